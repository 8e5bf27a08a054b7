"""云南省2022年度中央自然灾害资金绩效自评报告 (云南省应急管理厅's site, 预算公开, 2023-06-01), the year after zg_02's
report, as the stored page shows it: no table, a numbered report whose first fund (中央自然灾害救灾资金(森林草原航空
消防租机补助经费)) states its money (10441万元, of which 中央转移支付资金8353万元 and 省级配套资金2088万元, then the
execution to six decimals: 9265.353442万元, 7177.373442万元), a 年度绩效目标 sentence with no figure at all, and
under 4.绩效指标完成情况分析 the indicators in prose: a level heading of its own line ((1)产出指标。) and then one line
per 二级 whose label stands before a colon (数量指标:…, 质量指标:…); each target is a name and a ≥ figure followed by
what was achieved (布防飞机数量≥6架,实际布防6架), two targets share the 数量 line split by a semicolon, and the
质量 target is a ratio whose name holds a slash (实际完成飞行小时数/计划小时数≥80%).  Unlike zg_02's page this one
keeps its brackets ((一), (1)), and the achievement of the year (6架 rented, 909.93小时 flown, short of 928) is told
twice, in 3.总体绩效目标完成情况分析 and beside each target.  The unit is not named in the text (only the province and
the fund), as in zg_02.  The stored page breaks off inside the 质量指标 line, after its target (…≥80%,实际完): the
rebuild ends with that line as cut, so no 效益 or 满意度 indicator and no other fund of the report is known.

What I decided for the truth: unit null and the fund as the project, as zg_02's truth reads its sibling page; the
budget is the 10441万元 invested, its two named sources the funding; each target is the name before the ≥ and the
figure with its sign (the 实际… after the comma is the achievement, not read); the level heading (1)产出指标。 gives
the 一级 of all three rows."""
from samples.templates import Doc

SOURCE = {
    "url": "https://yjglt.yn.gov.cn/html/2023/ysgk_0601/27146.html",
    "title": "云南省2022年度中央自然灾害资金绩效自评报告",
    "issuer": "云南省应急管理厅",
    "province": "云南",
    "year": 2022,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "云南省2022年度中央自然灾害资金绩效自评报告.html"

TITLE = "云南省2022年度中央自然灾害资金绩效自评报告"


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "发布时间:2023-06-01 14:16:00",
        "一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)",
        "(一)绩效目标分解下达情况。",
        "2022年共投入森林草原航空消防租机补助经费预算10441万元。其中,中央转移支付资金8353万元,省级配套资金2088万元,"
        "专项用于保障云南省森林草原航空消防租机工作。",
        "年度绩效目标:推进森林草原航空消防救援能力建设,按照租机方案及时开展租用工作,及时处置火灾,开展综合性森林航空护林"
        "演练,协调跨省调机任务,努力减少灾害损失。",
        "(二)绩效目标完成情况分析。",
        "1.资金投入情况分析。",
        "(1)项目资金投入情况。10441万元资金全部拨付到位,资金到位率100%。",
        "(2)项目资金执行情况。实际执行9265.353442万元,项目执行率88.74%。其中中央补助飞行经费执行7177.373442万元,"
        "省级财政配套资金执行2087.98万元。",
        "2.资金管理情况分析。",
        "严格落实《财政部 应急部 国家林草局关于印发〈中央补助地方森林草原航空消防租机经费管理暂行规定〉》(财资环〔2021〕90号),"
        "资金全部用于航空应急救援飞机租赁,按照合同约定付款。",
        "3.总体绩效目标完成情况分析。",
        "2022年云南省租用6架航空应急救援直升机开展森林航空消防工作。2022年防期共发生森林火灾16起,为自1951年云南省有记录以来"
        "火灾起数历史最低年份,森林火灾发生率为0.064次/10万公顷,受害森林面积114.48公顷,受害率为0.0046‰,有效遏制了重特大"
        "森林火灾发生,全面提升了森林草原火灾综合防控能力,较好实现了年度目标。",
        "4.绩效指标完成情况分析。",
        "(1)产出指标。",
        "数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时。",
        "质量指标:实际完成飞行小时数/计划小时数≥80%,实际完",
    ])
