"""财政支出绩效目标申报表 (2021年度), an Excel form published as the workbook's web export (sheet001.htm):
every key left blank (填报单位, 项目名称, 项目类型, 主管部门编码/名称, 项目实施单位 …, the 资金总额 and its seven
sources, the 450字 narrative rows), then 项目年度绩效目标衡量指标 with the columns in an order not seen before
(一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则): 投入指标 and 过程指标 as the levels one, the
indicator's own name under 二级指标 (资金到位率, 预算支出进度 …), its definition under 指标内容 and the target
as a sentence (资金到位率达100%).  The stored copy is cut inside the fourth indicator (资金使用合规性, its
指标内容 half written); the rebuild ends before it.  The page names no issuer."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://gxglmes.com/templets/default/2021yusuan/sqb.files/sheet001.htm",
    "title": "财政支出绩效目标申报表(2021年度)",
    "issuer": None,  # not named on the page
    "province": None,
    "year": 2021,
    "kind": "项目绩效目标申报表",
    "format": "xlsx",
}
FILE = "财政支出绩效目标申报表(2021年度).xlsx"

FUNDS = ("一般公共预算拨款:", "政府性基金预算拨款:", "国有资本经营预算拨款:", "纳入财政专户管理的收入:",
         "未纳入财政专户管理的收入:", "上年结余收入:")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("财政支出绩效目标申报表", span=7))
    g.add(C("(2021年度)", span=7))
    g.add("填报单位:", C("", span=6))
    g.add("项目名称", C("", span=2), "项目类型", C("", span=3))
    g.add("主管部门编码", C("", span=2), "主管部门名称", C("", span=3))
    g.add("项目实施单位", "", "项目负责人", "", "联系电话", C("", span=2))
    g.add("项目起止时间(如20190101)", C("", span=2), "到", C("", span=3))
    g.add(C("项目资金申请(万元)", down=7), C("资金总额:", span=2), C("", span=4))
    for label in FUNDS:
        g.add(C(label, span=2), C("", span=4))
    g.add("单位职能概述(450字内)", C("", span=6))
    g.add("项目概况(450字内)", C("", span=6))
    g.add(C("项目立项情况", down=4), C("项目立项的依据(450字内)", span=2), C("", span=4))
    g.add(C("项目申报的可行性(450字内)", span=2), C("", span=4))
    g.add(C("项目申报的必要性(450字内)", span=2), C("", span=4))
    g.add(C("项目实施进度计划(450字内)", span=2), C("", span=4))
    g.add(C("项目绩效目标", down=2), C("长期目标(450字内)", span=3), C("年度目标(450字内)", span=3))
    g.add(C("", span=3), C("", span=3))
    g.add(C("项目年度绩效目标衡量指标", down=4), "一级指标", "二级指标", "分值", "指标内容(150字内)",
          "指标值(150字内)", "评分细则(150字内)")
    g.add(C("投入指标", down=2), "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。",
          "资金到位率达100%", "到位率100%得5分,每少10个百分点以内扣1分,扣完为止。")
    g.add("预算支出进度", "15", "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上",
          "预算支出进度达到90%以上(含90%)得15分,每少1个百分点扣1分,扣完为止。")
    g.add("过程指标", "项目资金专项核算", "5",
          "专项资金是否按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算。",
          "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算",
          "专项资金按《行政单位财务规则》和《事业单位财务规则》专款专用得2分,专项核算得3分,否则0分。")
    return Doc("财政支出绩效目标申报表", [g])
