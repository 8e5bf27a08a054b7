"""隆阳区土壤肥料工作站's 2022年度项目支出绩效自评表 for the 隆阳区2021年中央化肥减量增效示范县项目补助资金 (云南, 保山,
隆阳区), as 隆阳区's site (longyang.gov.cn) shows it in the page under 公开目录 绩效自评报告, posted 2023-05-29 by
隆阳区农业农村局: the page title (…补助资金绩效自评), the site's record items one a line (索引号, 发文机构, 公开目录,
文 号 and 浏览量 left empty, 日期), then the table's own title 2022年度项目支出绩效自评表 and a 单位名称 / 填报日期 line.

The form is the Hubei-style 项目支出绩效自评表 (as zzc_01 and zzg_02 have it), in a Yunnan county's variant: 项目名称
across, 主管部门 隆阳区农业农村局 beside 项目实施单位, two option rows (项目类别 with 区直专项 and 上级转移支付项目,
项目属性; no 项目类型 row) whose boxes the page shows as the Wingdings letters they were typed in -- £ for an empty box,
R for the ticked one (3、上级转移支付项目 R, 2、新增性项目 R) --, a one-row 预算执行情况(万元)(20分) block (年度财政资金总额
278.4449 | 30.00 | 10.77% | 2.16: four decimals in the budget, and a rate of barely a tenth), then 年度绩效目标(80分)
merged down the left over 一级 | 二级 | 三级 | 年初目标值(A) | 实际完成值(B) | 得分.  What sets it apart: the eleven
数量指标 rows are an outline, not a flat list -- four group rows numbered 一、 二、 三、 四、 (示范区建立 ≧20000亩,
化肥减量增效田间试验 ≧15组, 土样植株化验, 农户施肥情况调查(户)) with numbered sub-rows 1、 2、 3、 under the first two,
each carrying its own target and score, the group target being the sum of its parts (500 + 1000 + 18500 = 20000亩);
every floor is written with ≧ (U+2267); one 三级 puts its unit in brackets in the name (农户施肥情况调查(户) ≧300户); the
二级 under 效益指标 doubles a word (社会效益效益指标); 时效指标 is a rate (项目按时完成率 100%).

The stored page breaks off at the start of the next row (生态…, under 效益指标): the rebuild ends after 受益农户数, so the
生态/满意度 rows, the 总分 and whatever follows are missing; the label cells merged down (年度绩效目标, 产出指标 …) cover
only the rows shown.

Decided: the unit is the 单位名称 line (隆阳区土壤肥料工作站, also the 项目实施单位), not the 农业农村局 that posted the page;
the year is the form's 2022年度 (the project's name carries 2021, the year the central money was allotted); the budget is
the 预算数(A) 278.4449万元, with no fund sources named; each group row and each sub-row is an indicator as written, the
outline numbers (一、 1、) kept in the 三级; ≧ is a floor (>=)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://longyang.gov.cn/info/5311/13352539.htm",
    "title": "隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评",
    "issuer": "隆阳区农业农村局",
    "province": "云南",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评.html"

TITLE = "隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评"
PROJECT = "隆阳区2021年中央化肥减量增效示范县项目补助资金"

# 三级, 年初目标值(A), 实际完成值(B), 得分 -- the 数量指标 outline
QUANTITY = [
    ("一、示范区建立", "≧20000亩", "20000亩", "15.0"),
    ("1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "5.0"),
    ("2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", "5.0"),
    ("3、施用配方肥", "≧18500亩", "18500亩", "5.0"),
    ("二、化肥减量增效田间试验", "≧15组", "15组", "15.0"),
    ("1、肥料利用率", "≧5组", "5组", "5.0"),
    ("2、化肥减量增效", "≧5组", "5组", "5.0"),
    ("3、其他试验(水稻)", "≧3组", "3组", "3.0"),
    ("4、其他试验(玉米)", "≧2组", "2组", "2.0"),
    ("三、土样植株化验", "≧60个", "105个", "5.0"),
    ("四、农户施肥情况调查(户)", "≧300户", "300户", "5.0"),
]


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C(PROJECT, span=6))
    g.add("主管部门", C("隆阳区农业农村局", span=2), C("项目实施单位", span=2), C("隆阳区土壤肥料工作站", span=2))
    g.add("项目类别", C("1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R", span=6))
    g.add("项目属性", C("1、持续性项目 £ 2、新增性项目 R", span=6))
    g.add(C("预算执行情况(万元)\n(20分)", span=2), "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分\n(20分*执行率)", span=2))
    g.add(C("年度财政资金总额", span=2), "278.4449", "30.00", "10.77%", C("2.16", span=2))
    n_output = len(QUANTITY) + 2
    g.add(C("年度绩效目标\n(80分)", down=1 + n_output + 1), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    for k, row in enumerate(QUANTITY):
        lead: list[C | str] = []
        if k == 0:
            lead = [C("产出指标", down=n_output), C("数量指标", down=len(QUANTITY))]
        g.add(*lead, *row)
    g.add("质量指标", "示范区配方肥到位率", "≧80%", "85.6%", "10.0")
    g.add("时效指标", "项目按时完成率", "100%", "100%", "10.0")
    g.add("效益指标", "社会效益效益指标", "受益农户数", "5000户", "5000户", "5.0")
    return Doc(TITLE, [
        TITLE,
        "索引号",
        "01525707-9/20230529-00013",
        "发文机构",
        "隆阳区农业农村局",
        "公开目录",
        "绩效自评报告",
        "文 号",
        "浏览量",
        "日期",
        "2023-05-29",
        "2022年度项目支出绩效自评表",
        "单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日",
        g,
    ])
