"""原州区民族宗教事务局's 2022 项目支出绩效自评表 for the 2022年原州区健康饮茶“送茶入户”边销茶推广项目 (宁夏, 固原,
原州区), a 2022年少数民族发展资金项目, as a re-publishing site (chacewang) shows it: one opening sentence that calls the
table a 绩效目标申报表 (现将…绩效目标申报表公示如下,具体内容如下:) and then the table itself, titled 项目支出绩效自评表
(2022年度) -- an announcement of targets that is in fact the year-end self-evaluation.

The Ningxia self-evaluation form: 项目名称 across; 主管部门及代码 holding the name with an 18-digit code glued to it
(原州区宗教事务局116422210101621779, the 主管 named 宗教事务局 while the 实施单位 is the 民族宗教事务局); a 项目资金(万元)
block whose header shows only 年初预算数 and 全年执行数, whose 年度资金总额: row holds 38.75万元 and then three times the
same long cell (the project name followed by 38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)), and whose 其中:财政拨款
and 其他资金 rows hold a named source with its amount as text (少数民族发展资金37万元, 中央衔接资金1.75万元); a 年度总体目标
that only repeats the project's name.  What sets it apart: the indicator header puts 分值 BEFORE the target and calls the
target 指标值(A), the actual 全年实际值(B), with an 得分计算方法 column between it and 得分; the 二级 names carry the
template's prompts (数量指标(必填硬性指标), 时效指标(必填), 成本指标(必填硬性指标)); every target is a bare number with no
unit anywhere (100, 100, 38.75); the 数量指标's 三级 is a whole report (the 3875 people, 3620 served, 255 still waiting,
the December deadline) and the 时效指标's 三级 is the deadline sentence itself (with its doubled 于于), while the
成本指标's 三级 is just the amount 38.75万元.

The copy runs every cell together with no separator; the cells are cut where the form's columns fall, and the
numbers after each 三级 are split by the scores: 分值 20 + 10 + 10 makes the 产出指标(40分), and the 成本指标 row's
得分 9.34 is 10 × 36.2 / 38.75; the 得分计算方法 column is empty in all three rows (four numbers per row, five columns).
The 时效指标 row also shows 得分 9.34 (as the copy has it).  Where the copy joins cells a trailing comma is left in the
text (as elsewhere on this site); it is kept.  The 项目资金 block's three long cells stand where the copy puts them,
one under 全年执行数 and two in columns whose headers the copy does not show.  The stored page breaks off inside the
first 效益指标(40分) row (社会效益指标(必填) | 紧紧围绕“茶叶市场流通监管”和“健…): the rebuild ends after the 成本指标 row.

Decided: the unit is the 实施单位 原州区民族宗教事务局 (the 主管 cell is a name with a code and names another office);
the year is the form's 2022年度; the budget is the 年度资金总额 38.75万元 (387,500 元); no funding is recorded (the two
source rows write source and amount together as text in one cell); the goal is the 年度总体目标 sentence without its
trailing comma; the targets are the 指标值(A) cells, bare numbers read as quantities without a unit."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news223201.html",
    "title": "2022年原州区健康饮茶“送茶入户”边销茶推广项目绩效目标申报表公示",
    "issuer": "原州区民族宗教事务局",
    "province": "宁夏",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2022年原州区健康饮茶送茶入户边销茶推广项目绩效自评表.html"

PROJECT = "2022年原州区健康饮茶“送茶入户”边销茶推广项目(2022年少数民族发展资金项目)"
FUNDS = "2022年原州区健康饮茶“送茶入户”边销茶推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)"
GOAL = "2022年原州区健康饮茶“送茶入户”边销茶推广项目,通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,"
QUANTITY = ("针对原州区监测帮扶对象:边缘易致贫人口突发严重困难人口共计3875人(涉及北塬街道办和11个乡镇),"
            "发放边销茶目标人群是3875人,目前已发放边销茶目标人群3620人,目前255人目标人群茶叶未发放确定于剩余255人"
            "茶叶于2022年12月底前发放完毕,")
COST_REASON = "2021年底初步预算资金36.2万元,发放边销茶目标人群是3875人,目前已发放边销茶目标人群3620人,"


def doc() -> Doc:
    g = Grid(10)
    g.add("项目名称", C(PROJECT, span=9))
    g.add("主管部门及代码", C("原州区宗教事务局116422210101621779", span=4), C("实施单位", span=2),
          C("原州区民族宗教事务局", span=3))
    g.add(C("项目资金(万元)", down=4), C("", span=3), C("年初预算数", span=2), C("全年执行数", span=2),
          C("", span=2))
    g.add(C("年度资金总额:", span=2), "38.75万元", C(FUNDS, span=2), C(FUNDS, span=2), C(FUNDS, span=2))
    g.add(C("其中:财政拨款", span=3), C("少数民族发展资金37万元", span=6))
    g.add(C("其他资金", span=3), C("中央衔接资金1.75万元", span=6))
    g.add("年度总体目标", C(GOAL, span=9))
    g.add(C("绩效指标", down=4), "一级指标", "二级指标", "三级指标", "分值", "指标值(A)", "全年实际值(B)",
          "得分计算方法", "得分", "未完成原因分析")
    g.add(C("产出指标(40分)", down=3), "数量指标(必填硬性指标)", QUANTITY, "20", "100", "100", "", "20", "")
    g.add("时效指标(必填)", "确定于于2022年12月底前发放完毕", "10", "100", "100", "", "9.34", "")
    g.add("成本指标(必填硬性指标)", "38.75万元", "10", "38.75", "36.2", "", "9.34", COST_REASON)
    return Doc(SOURCE["title"], [
        "现将2022年原州区健康饮茶“送茶入户”边销茶推广项目绩效目标申报表公示如下,具体内容如下:",
        "项目支出绩效自评表",
        "(2022年度)",
        g,
    ])
