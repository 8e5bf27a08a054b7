"""金寨县司法局 (安徽, 六安) 2024: a page of the county's 政务公开 listing the bureau's projects, as the stored page
gives it -- from its first item on, the page's heading not kept: 1.“法治宣传经费、法治建设经费”项目。 in the Anhui
budget-disclosure prose of seven numbered parts ((1)项目概述 … (7)绩效目标), run together as the page prints them
((2)立项依据 and (3)实施主体 on one line, (4)起止时间 and (5)项目内容 on another; 起止时间 written 2024年1月1日-
2024年12月31日; (6)年度预算安排:财政预算内拨款安排50.00万元 with a colon where the other parts have a full stop;
the same typo twice, 法律顾问病督促工作 for 并督促), then the project's 项目支出绩效目标申报表 ( 2024 年度) in the
Anhui form m_05 and u_03 also show: 项目责任人(签字): and 单位(盖章): left blank as the table's third row; 主管部门及代码
[017]金寨县司法局 beside 实施单位 金寨县司法局; 项目属性 一次性项目, 项目期 1年; 项目资金 (万元) with a 中期 and a 年度
half side by side, EQUAL here (中期资金总额: 50.00 | 年度资金总额: 50.00, each 其中:财政拨款 50.00 and 其他资金
0.00) -- a one-year project whose 中期 span reads (2024年—2024年); a spaced 总 体 目 标 label over
中期目标(2024年—2024年) | 年度目标.  The stored page breaks off inside the first goal cell (1.深入学习… 请县政府法律): the
rebuild ends with the 总体目标 header row, so the goals are seen only in the prose (7) and no indicator block is
shown.  The page's "1." suggests more projects follow; only this one is seen.

Decided: the unit is 金寨县司法局 (实施主体, 主管部门 and 实施单位 alike); year 2024; one project, the 项目名称 as the
table writes it (the prose quotes it in “ ”); budget the 年度资金总额 50.00 万元 (500,000 元), the same as the prose's
年度预算安排; funding the 年度 half's 财政拨款 50.00 and 其他资金 0.00 万元 (written, so kept as u_03 keeps it); one
goal, the prose's (7)绩效目标 text after its colon, whole with its 1. and 2. (the table's goal cells are cut, and
the prose runs the two numbered aims into one sentence-like line); no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahjinzhai.gov.cn/public/6596381/37144942.html",
    "title": "“法治宣传经费、法治建设经费”项目 项目支出绩效目标申报表(2024年度)",
    "issuer": "金寨县司法局",
    "province": "安徽",
    "year": 2024,
    "kind": "项目支出绩效目标申报表",
    "format": "html",
}
FILE = "金寨县司法局2024年“法治宣传经费、法治建设经费”项目支出绩效目标申报表.html"

GOALS = ("1.深入学习贯彻习近平法治思想,紧紧围绕党委政府中心工作开展法治宣传教育,着力推动 谁执法准普法深入开展基层依法治理,"
         "全面提升法治宣传教育工作水平 2.组织开展全县行政机关应诉业务培训,请县政府法律顾问病督促工作,依法办理行政复议案件,"
         "按省市局要求落实行政复议改革,依法办理行政应诉案件。")
PROSE = [
    "1.“法治宣传经费、法治建设经费”项目。",
    "(1)项目概述。开展全县行政应诉业务培训工作,聘请县政府年度法律顾问费用,办理行政复议案件,行政复议改革配套落实,"
    "办理行政诉讼案件。",
    "(2)立项依据。《六安市全面依法治市督察考核办法》(3)实施主体。金寨县司法局。",
    "(4)起止时间。2024年1月1日-2024年12月31日。(5)项目内容。组织开展全县行政机关应诉业务培训聘请县政府法律顾问病督促"
    "工作,依法办理行政复议案件按省市局要求落实行政复议改革,依法办理行政应诉案件",
    "(6)年度预算安排:财政预算内拨款安排50.00万元。",
    f"(7)绩效目标:{GOALS}",
]


def doc() -> Doc:
    g = Grid(8)
    g.add(C("项目支出绩效目标申报表", span=8))
    g.add(C("( 2024 年度)", span=8))
    g.add(C("项目责任人(签字):", span=4), C("单位(盖章):", span=4))
    g.add(C("项目名称", span=2), C("法治宣传经费、法治建设经费", span=6))
    g.add(C("主管部门及代码", span=2), C("[017]金寨县司法局", span=2), "实施单位", C("金寨县司法局", span=3))
    g.add(C("项目属性", span=2), C("一次性项目", span=2), "项目期", C("1年", span=3))
    g.add(C("项目资金 (万元)", span=2, down=3), "中期资金总额:", C("50.00", span=2), "年度资金总额:", C("50.00", span=2))
    g.add("其中:财政拨款", C("50.00", span=2), "其中:财政拨款", C("50.00", span=2))
    g.add("其他资金", C("0.00", span=2), "其他资金", C("0.00", span=2))
    g.add(C("总 体 目 标", span=2), C("中期目标(2024年—2024年)", span=3), C("年度目标", span=3))
    return Doc(SOURCE["title"], [*PROSE, g])
