"""澧县食用菌研究所 2021 部门整体支出项目绩效目标申报表 (湖南, 常德), as the county's site shows it in the page
(澧县食用菌研究所2021年度绩效目标公开, 信息来源:澧县财政局): the unit in a 填报单位(公章): line and again in a
部门(单位)名称 row, two more key rows (资金类别 部门(单位)整体支出, 业务股室 农业股), a 年度预算申请(万元) block
merged down over 资金总额 222.45 and two side-by-side lists under 按收入性质分: / 按支出性质分: -- income
sources (公共财政拨款 222.45, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金, the last three blank) on the
left, 基本支出 220.45 / 项目支出 2 on the right, each label beside its own amount cell --, 部门职能职责概述,
an 整体绩效目标 cell holding three goals numbered 1、2、3、 in one run, then an indicator block under a merged
绩效目标 caption with two explanation columns before the value: 一级 | 二级 | 三级 | 指标解释 | 指标说明及公式
| 预期达到目标.  The 指标解释 repeats or rewords the 三级 name (建立秸秆综合利用点 beside 消化利用农作物秸秆数量) and
指标说明及公式 is left blank (the page runs the cells together; which of the two holds the wording is read
from the template, not seen); targets are counts with their unit (2种, 5个, 10家) and 100%.  The stored
page is cut inside the third 质量指标 row (培育推广成功率 | 食用菌及中药材…): the rebuild ends after the
党建任务完成率 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.li-xian.gov.cn/zwgk/public/6616363/1168565791.html",
    "title": "澧县食用菌研究所2021年度绩效目标公开",
    "issuer": "澧县食用菌研究所",
    "province": "湖南",
    "year": 2021,
    "kind": "部门整体支出绩效目标申报表",
    "format": "html",
}
FILE = "澧县食用菌研究所2021年度绩效目标公开(部门整体支出项目绩效目标申报表).html"

DUTIES = ("县食用菌研究所为县农业农村局所属副科级公益类事业单位,主要职能是为全县食用菌生产科研提供服务,引进新品种,"
          "对食用菌新技术进行推广。推动我县食用菌和中药材产业健康稳定发展,围绕食用菌品种结构进一步优化,"
          "秸秆基料化利用率进一点提高等工作。")
GOALS = ("1、围绕我县农业特色产业发展的总体要求,着力培育我县食用菌及中药材产业,夯实产业基础。"
         "2、以局党组为核心,配合抓好局里各项中心工作,以服务强根本。"
         "3、保障干部职工生活待遇,保证日常工作正常运转")

# 三级指标, 指标解释, 预期达到目标 (指标说明及公式 blank on every row)
QUANTITY = [
    ("研究培育食用菌品种数量", "研究培育食用菌品种数量", "2种"),
    ("培育中药材品种数量", "培育中药材品种数量", "4种"),
    ("创建食用菌生产基地", "创建食用菌生产基地", "2个"),
    ("推广食用菌品种数量", "推广食用菌品种数量", "3种"),
    ("消化利用农作物秸秆数量", "建立秸秆综合利用点", "5个"),
    ("技术指导服务数量", "对生产种植企业技术指导服务数量", "10家"),
]
QUALITY = [
    ("机关事务正常运转率", "机关事务正常运转率", "100%"),
    ("党建任务完成率", "上级党组织要求完成党建工作任务完成率", "100%"),
]


def doc() -> Doc:
    g = Grid(7)
    g.add(C("部门(单位)名称", span=2), C("澧县食用菌研究所", span=5))
    g.add(C("资金类别", span=2), C("部门(单位)整体支出", span=5))
    g.add(C("业务股室", span=2), C("农业股", span=5))
    g.add(C("年度预算申请\n(万元)", span=2, down=6), "资金总额", C("222.45", span=4))
    g.add(C("按收入性质分:", span=2), C("按支出性质分:", span=3))
    g.add("公共财政拨款", "222.45", "基本支出", C("220.45", span=2))
    g.add("政府性基金拨款", "", "项目支出", C("2", span=2))
    g.add("纳入专户管理的非税收入拨款", "", "", C("", span=2))
    g.add("其他资金", "", "", C("", span=2))
    g.add(C("部门职能职责概述", span=2), C(DUTIES, span=5))
    g.add(C("整体绩效目标", span=2), C(GOALS, span=5))
    rows = len(QUANTITY) + len(QUALITY)
    g.add(C("绩效目标", down=rows + 1), "一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式",
          "预期达到目标")
    for i, (name, note, value) in enumerate(QUANTITY):
        lead = [C("产出指标", down=rows), C("数量指标", down=len(QUANTITY))] if i == 0 else []
        g.add(*lead, name, note, "", value)
    for i, (name, note, value) in enumerate(QUALITY):
        lead = [C("质量指标", down=len(QUALITY))] if i == 0 else []
        g.add(*lead, name, note, "", value)
    return Doc("澧县食用菌研究所2021年度绩效目标公开", [
        "澧县食用菌研究所2021年度绩效目标公开",
        "2021-09-27 10:55 信息来源:澧县财政局",
        "部门整体支出项目绩效目标申报表",
        "(    2021     年度)",
        "填报单位(公章):  澧县食用菌研究所",
        g,
    ])
