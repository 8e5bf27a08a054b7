"""鄂州市行政审批局's 2021 项目支出绩效自评表 for 市民中心运行维护费 (湖北 鄂州; the 政务服务中心's site under 专项经费信息,
2022-11-04), as the page shows it: the site's record of the document above (索 引 号: / 发文单位: 鄂州市行政审批局
/ 主题分类: …, label and value pairs in a table), then the national 自评表 of 2020 with its 主管部门 and 实施单位
left empty (the unit is named only as 发文单位), amounts written with 万 in the cell (150万, 125.25万) under
项目资金 (万元), the 年度资金总额 row holding the whole form's 100 / 98 under 分值 / 得分, and an indicator block
that keeps the template's three rows under every 二级: blank rows between the filled ones, 时效指标's three all
blank; header words broken by spaces (年度 指标值, 实际 完成值, 绩 效 指 标).  The stored page breaks off in the
first 社会效益指标 row (岗…): the rebuild ends after 经济效益指标's three rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html",
    "title": "项目支出绩效自评表(市民中心运行维护费)",
    "issuer": "鄂州市行政审批局",
    "province": "湖北",
    "year": 2021,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "t20221108_506320(项目支出绩效自评表).html"

GOAL = ("为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施"
        "日常维修升级改造费用。")
DONE = "本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。"
BLANK = ("", "", "", "", "", "")


def doc() -> Doc:
    record = Grid(6)
    record.add("索 引 号:", "011217651/2022-01866", "发文字号:", "无", "发文日期:", "2022年11月04日")
    record.add("发文单位:", "鄂州市行政审批局", "发布日期:", "2022年11月04日", "", "")
    record.add("主题分类:", "财政", "效力状态:", "有效", "", "")
    g = Grid(9)
    g.add(C("项目支出绩效自评表", span=9))
    g.add(C("( 2021 年度)", span=9))
    g.add("项目名称", C("市民中心运行维护费", span=8))
    g.add("主管部门", C("", span=3), "实施单位", C("", span=4))
    g.add(C("项目资金 (万元)", down=5), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          C("得分", span=2))
    g.add("年度资金总额", "150万", "150万", "125.25万", "100", "83.5%", C("98", span=2))
    g.add("其中:当年财政拨款", "150万", "150万", "125.25万", "—", "", C("—", span=2))
    g.add("上年结转资金", "0", "0", "0", "—", "", C("—", span=2))
    g.add("其他资金", "0", "0", "0", "—", "", C("—", span=2))
    g.add(C("年度总体目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("绩 效 指 标", down=16), "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值",
          "得分", "偏差原因分析及改进措施")
    g.add(C("产出指标", down=12), C("数量指标", down=3), "预算执行率", "100%", "83.5%", "20", "18", "")
    g.add("预算资金拨款率", "100%", "100%", "10", "10", "")
    g.add(*BLANK)
    g.add(C("质量指标", down=3), "政务服务工作办结率", "100%", "100%", "10", "10", "")
    g.add("大厅业务日常考核结果", "100%", "100%", "10", "10", "")
    g.add(*BLANK)
    g.add(C("时效指标", down=3), *BLANK)
    g.add(*BLANK)
    g.add(*BLANK)
    g.add(C("成本指标", down=3), "市民中心运行维护费", "150万", "150万", "10", "10", "")
    g.add(*BLANK)
    g.add(*BLANK)
    g.add(C("效益指标", down=3), C("经济效益指标", down=3), "大厅运行正常率", "100%", "100%", "10", "10", "")
    g.add(*BLANK)
    g.add(*BLANK)
    return Doc(SOURCE["title"], [record, g])
