"""广水市交通运输局 (随州, 湖北) 2021 乡村道路建设养护项目 self-evaluation, as a PDF-sharing site (pdf.wenkuvip.com)
holds the bureau's "广水市交通运输局2021年度乡村道路项目自评表.pdf", here as LibreOffice's print of the rebuilt Word
file.  The 广水市财政预算支出项目绩效目标自评表 is a scored form, not the national 自评表: a line 填报日期 | 自评总分:
95 | 单位领导审签 above the table; 项目名称, 项目主管单位 beside 项目实施单位 and 项目负责人 (孙章勇); 项目属性 as
tick boxes (1、常年性 has lost its tick in the copy, the others keep their empty □); a 项目资金来源 row in 万元 with
中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率 (309 | 309 | 309 | 100%); 项目年度目标 with one filled line (1.完成乡村
道路建设养护里程300公里;) and two empty numbers (2. 3.).  Then a 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 |
评价标准及依据 block scoring the management of the project -- 项目决策2分 (决策依据 2 | 2) and 项目管理13分 (财务制度 3 |
3, 组织机构 2 | 2, 运行监管 4 | 4, 目标申报 4 | 4), each with a paragraph of scoring rules: rows that look like
indicators (a name, a number, a score) and are not; no target is set in them.  Only after the page break comes the
indicator block, under 项目绩效85分 and a 项目年度目标1:乡村道路建设养护项目 row: 一级指标 | 二级指标 | 指标名称(三级指标)
| 年初指标值 | 年终完成值 | 自评分 | 复核分 | 评价标准, the 一级 and 二级 cells carrying their weights run in
(产出指标40分, 数量指标15分), 复核分 left empty, and the 评价标准 a rule again.  The year is only in the file's name
(2021年度); the form itself dates the filling (2022年8月).

The PDF's text comes out in layout order with cells wrapped every few characters (300 公 / 里, 项目主管单 / 位, 年初指 /
标值); the cells are joined back and the spaces the extraction puts between figures and characters (2022 年 8 月,
40 分, 300 公里) are dropped.  Inferred: the three 309s placed under 本级, 合计 and 执行数 (the copy gives them with
no column; 合计 = 执行数 = 309 and 执行率 100% are what they must be, which source column holds the third is not
known), the "日" the copy prints apart put back after 填报日期's 10, and the page-number line "— 1 —" between the two
blocks left out.  The stored copy ends inside the 质量指标12分 rows (农村公路建设验收合格率, 农村公路养护验收合格率,
their values cut off): the rebuild ends with the 数量指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    "title": "广水市交通运输局2021年度乡村道路项目自评表.pdf",
    "issuer": "广水市交通运输局",
    "province": "湖北",
    "year": 2021,
    "kind": "财政预算支出项目绩效目标自评表",
    "format": "pdf",
}
FILE = "广水市交通运输局2021年度乡村道路项目自评表.pdf"

UNIT = "广水市交通运输局"
NAME = "乡村道路建设养护项目"

# 项目权重 -> rows of 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据
MANAGEMENT = [
    ("项目决策2分", [
        ("决策依据", "2", "2", "", "有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。"),
    ]),
    ("项目管理13分", [
        ("财务制度", "3", "3", "", "1、单位财务管理制度1分;\n2、项目管理制度1分;\n3、有制度执行佐证资料1分。没有不得分。"),
        ("组织机构", "2", "2", "", "有明确的绩效管理机构或专人负责2分。没有不得分"),
        ("运行监管", "4", "4", "", "1、运行监管记录3分;\n2、填报《项目支出绩效监控表》1分。没有不得分。"),
        ("目标申报", "4", "4", "", "1、项目绩效目标全申报的1分,缺一项扣0.5分,扣完为止;\n2、绩效目标规范1分,不规范扣0.5分;\n"
                                  "3、按时申报绩效目标计2分,逾期扣1分。"),
    ]),
]
RULE = "1、提供三级指标完成程度的佐证资料;\n2、三级指标分值按三级指标个数平均确定(15分÷三级指标个数),四舍五入保留整数。"


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C(NAME, span=8))
    g.add("项目主管单位", C(UNIT, span=3), "项目实施单位", C(UNIT, span=2), "项目负责人", "孙章勇")
    g.add("项目属性", C("1、常年性 2、延续性□ 3、一次性□ 4、新增性□", span=8))
    g.add(C("项目资金\n来源", down=2), "中央\n(万元)", "省、地\n(万元)", "本级\n(万元)", "其他\n(万元)", "合计\n(万元)",
          "执行数\n(万元)", C("执行率", span=2))
    g.add("", "", "309", "", "309", "309", C("100%", span=2))
    g.add("项目年度目标", C("1.完成乡村道路建设养护里程300公里;\n2.\n3.", span=8))
    g.add("项目权重", C("评价内容", span=3), C("分值", span=2), "自评分", "复核分", "评价标准及依据")
    for weight, rows in MANAGEMENT:
        for i, (what, points, score, review, rule) in enumerate(rows):
            lead = [C(weight, down=len(rows))] if i == 0 else []
            g.add(*lead, C(what, span=3), C(points, span=2), score, review, rule)
    g.add(C("项目绩效85分", down=3), C("项目年度目标1:" + NAME, span=8))
    g.add("一级指标", "二级指标", "指标名称\n(三级指标)", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准")
    g.add("产出指标40分", "数量指标15分", "乡村道路建设养护里程", "300公里", "300公里", "15", "", RULE)
    return Doc("广水市交通运输局2021年度乡村道路项目自评表", [
        "广水市财政预算支出项目绩效目标自评表",
        "填报日期:2022年8月10日    自评总分:95    单位领导审签:",
        g,
    ])
