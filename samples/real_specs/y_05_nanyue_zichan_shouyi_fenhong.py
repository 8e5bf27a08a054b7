"""南岳区's 2018 绩效目标申报表 of 南岳镇's 资产收益扶贫 project (湖南, 衡阳; a township's project, 主管部门
南岳镇人民政府, 实施单位 "[607001]衡阳市南岳区南岳镇人民政府" with its budget code in brackets), as the
district finance bureau's site shows it in the page (an HTML table) under an archive notice
(归档时间:2023-09-06) and a 发布时间 line: key rows with two label/value pairs and the 项目负责人及电话 cell
left empty, a 资金情况(万元) block (年度资金总额: 214.06, 其中:财政拨款 214.06, 其他资金 0), a 总体目标
caption over 年度目标 | 年度总体目标完成情况 (the second empty) with a goal full of the clerk's typos
(反本, 按总客%), a 绩效指标 caption column merged down, template placeholders kept in the names
(*…(≥**人), "( ≥**% )" with spaces), targets written with ASCII ">=" and with a bare "=" (=10个, =5年,
=46.16万元), a 质量 target that is a sentence with two rates in it (第一年按总投资额返本20%,分红按8%分红),
a recurring deadline without a year (每年12月底前), a count of years under 时效指标 (=5年), a cost per
cooperative in 万元/个, and three (盖章) review rows closing the table."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951215.html",
    "title": "2018年南岳镇资产收益扶贫项目绩效目标申报表",
    "issuer": "衡阳市南岳区南岳镇人民政府",
    "province": "湖南",
    "year": 2018,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "2018年南岳镇资产收益扶贫项目绩效目标申报表.html"

TITLE = "2018年南岳镇资产收益扶贫项目绩效目标申报表"
GOAL = ("10个合作社为入股贫困户返本分红,第一年按投资额20%反本,第二年第三年均各按25%本,第四年第五年各按15%返本,"
        "分红第一年按总客%,第二年以后按返本后的余额8%,余下小部分用于企业发展")

# (一级, rows it spans, 二级, rows it spans, 三级, 指标值)
ROWS = [
    ("产出指标", 7, "数量指标", 3, "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人"),
    (None, 0, None, 0, "资产入股贫困人口总数(≥**人)", ">=1102人"),
    (None, 0, None, 0, "入股合作社个数", "=10个"),
    (None, 0, "质量指标", 1, "返本分红比例", "第一年按总投资额返本20%,分红按8%分红"),
    (None, 0, "时效指标", 2, "每年返本分红时间", "每年12月底前"),
    (None, 0, None, 0, "返本分红分几年", "=5年"),
    (None, 0, "成本指标", 1, "补助合作社平均标准", "=23万元/个"),
    ("效益指标", 3, "经济效益指标", 2, "*资产股权年收益率( ≥**% )", ">=8%"),
    (None, 0, None, 0, "贫困户全年返本分红总额", "=46.16万元"),
    (None, 0, "社会效益指标", 1, "受益建档立卡贫困人口数(≥**人)", ">=1102人"),
    ("满意度指标", 1, "服务对象满意度指标", 1, "*资产入股贫困人口满意度( ≥**% )", ">=95%"),
]


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("2018年南岳镇资产收益扶贫项目", 2), "项目负责人及电话", C("", 2))
    g.add("主管部门", C("南岳镇人民政府", 2), "实施单位", C("[607001]衡阳市南岳区南岳镇人民政府", 2))
    g.add(C("资金情况(万元)", down=3), C("年度资金总额:", 2), C("214.06", 3))
    g.add(C("其中:财政拨款", 2), C("214.06", 3))
    g.add(C("其他资金", 2), C("0", 3))
    g.add(C("总体目标", down=2), C("年度目标", 3), C("年度总体目标完成情况", 2))
    g.add(C(GOAL, 3), C("", 2))
    g.add(C("绩效指标", down=len(ROWS) + 1), "一级指标", "二级指标", "三级指标", "指标值", "备注")
    for l1, n1, l2, n2, l3, value in ROWS:
        cells: list[C | str] = []
        if l1:
            cells.append(C(l1, down=n1))
        if l2:
            cells.append(C(l2, down=n2))
        g.add(*cells, l3, value, "")
    g.add(C("财政部门支出股室初审意见", 2), C("(盖章)", 4))
    g.add(C("财政部门绩效评价股审核意见", 2), C("(盖章)", 4))
    g.add(C("区扶贫办审核意见", 2), C("(盖章)", 4))
    return Doc(TITLE, [
        "归档时间:2023-09-06",
        TITLE,
        "发布时间:2018年05月20日 15:19 来源:南岳区财政局 作者:尹海燕",
        "绩效目标申报表",
        g,
    ])
