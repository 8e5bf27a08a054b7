"""滁州市人力资源和社会保障局's 2022年度项目支出绩效自评表 (安徽, 滁州), the bureau's page (rsj.chuzhou.gov.cn, posted
2024-06-13) that puts all its 本级 self-evaluations in one article, as the stored page gives it: the page title and its
发布时间 line, the article's title 2022年度项目支出绩效自评表 again, then a table of contents before any form -- 滁州市人力
资源和社会保障局本级单位项目绩效自评表清单, a 序号 | 项目名称 | 备注 table naming eight forms (“三支一扶”省级财政补助资金
自评表 … 提前下达“三支一扶”中央补助资金自评表, 备注 empty) --, then the first form.

The form is Anhui's 项目支出绩效自评表 (as t_06 and t_02 have it): its title over a year line that lost its opening
bracket (2022年度)), 项目名称 “三支一扶”省级财政补助资金 in curly quotes, 主管部门 and 实施单位 the same bureau, 项目资金(万元)
with 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 (99 | 99 | 99 | 10 | 100% | 10), the
其中:本年财政拨款 line repeating the amounts with - in the score cells and 100% in the rate, 上年结转资金 and 其他资金 empty,
then 年度总体目标完成情况 with 预期目标 beside 实际完成情况; the 预期目标 sentence lost its opening quote (三支一扶”高校毕业生
生活补贴标准…).

The stored page breaks off inside the 实际完成情况 cell (…保障了“三支一扶”人): the rebuild keeps that cell's text as far
as it is shown and ends there, so this form's indicators and the seven forms the list announces are missing.

Decided: the list is a table of contents, not projects: the one project is the form shown; the unit is its 实施单位 (the
bureau, as the list's heading names it too); the year is 2022; the budget is 99万元 (年初 = 全年), all of it 本年财政拨款;
the goal is the 预期目标 sentence as written, its stray quote kept; no indicator is readable."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://rsj.chuzhou.gov.cn/public/2681507/1112202840.html",
    "title": "2022年度项目支出绩效自评表",
    "issuer": "滁州市人力资源和社会保障局",
    "province": "安徽",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2022年度项目支出绩效自评表.html"

UNIT = "滁州市人力资源和社会保障局"
FORMS = [
    "“三支一扶”省级财政补助资金自评表",
    "“三支一扶”市级补助资金自评表",
    "城乡劳动力发展工作经费自评表",
    "人事考试专项经费自评表",
    "社会保障工作经费自评表",
    "市级就业补助资金自评表",
    "水电费、物业费自评表",
    "提前下达“三支一扶”中央补助资金自评表",
]
GOAL = ("三支一扶”高校毕业生生活补贴标准按照乡镇事业单位从高校毕业生中新聘用工作人员试用期满后工资收入水平确定。中央和省级"
        "给予定额补助,不足部分由市级财政配套补足。")
DONE_AS_SHOWN = "2022年度1月份将“三支一扶”省级补助资金99万元全部拨付各个县市区,保障了“三支一扶”人"


def contents() -> Grid:
    g = Grid(3)
    g.add("序号", "项目名称", "备注")
    for i, name in enumerate(FORMS, 1):
        g.add(str(i), name, "")
    return g


def form() -> Grid:
    g = Grid(9)
    g.add("项目名称", C("“三支一扶”省级财政补助资金", span=8))
    g.add("主管部门", C(UNIT, span=3), "实施单位", C(UNIT, span=4))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值",
          "执行率(B/A)", "得分")
    g.add(C("年度资金总额:", span=2), "99", "99", "99", "10", "100%", "10")
    g.add(C("其中:本年财政拨款", span=2), "99", "99", "99", "-", "100%", "-")
    g.add(C("上年结转资金", span=2), "", "", "", "-", "", "-")
    g.add(C("其他资金", span=2), "", "", "", "-", "", "-")
    g.add(C("年度总体目标完成情况", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE_AS_SHOWN, span=4))
    return g


def doc() -> Doc:
    return Doc("2022年度项目支出绩效自评表", [
        "2022年度项目支出绩效自评表",
        "发布时间:2024-06-13 17:10",
        "2022年度项目支出绩效自评表",
        f"{UNIT}本级单位项目绩效自评表清单",
        contents(),
        "项目支出绩效自评表",
        "2022年度)",
        form(),
    ])
