"""叶县畜牧局 (平顶山, 河南) 2020 公示 of the 扶贫资金 plan for its 桑树种植建设项目, as the county's page shows it, here
as a Word file of paragraphs and its PDF: the title on two lines (叶县畜牧局2020年桑树种植建设项目 /
扶贫资金计划安排情况公示), one opening sentence, then seven numbered items 1、 … 7、 each a label, a colon and its text
on one line (1、项目名称:叶县2020年桑树种植建设项目 … 4、项目金额及资金来源:653万元(财政资金)), an unnumbered
项目计划建设时限 line slipped in between 4 and 5 (2019年6月30日——2020年10月30日), a 监督电话 line and the date.
No table and no indicator: the targets are one sentence under 6、项目绩效目标, and it does not match the project
(种植构树饲草918亩 in 12个乡镇,31个村, while item 3 funds 桑树 on 8060亩 in the nine towns item 2 lists; 3060亩 at
500元 and 5000亩 at 1000元 do make the 653万元) — a sentence carried over from another project, kept as published.
The per-亩 rates (每亩补贴资金500元, 每亩补助资金1000元) and the counts (645户,2021人) sit in prose only: a reader
must not turn them into indicator rows."""
from samples.templates import Doc

SOURCE = {
    "url": "http://yexian.gov.cn/contents/54280/653288.html",
    "title": "叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示",
    "issuer": "叶县畜牧局",
    "province": "河南",
    "year": 2020,
    "kind": "扶贫资金计划安排情况公示",
    "format": "html",
}
FILE = "叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示.pdf"

GOAL = ("在全县12个乡镇,31个村种植构树饲草918亩,每亩补助资金1000元,引导25493名群众调整种植结构,"
        "拓宽增收渠道。")


def doc() -> Doc:
    return Doc("叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示", [
        "叶县畜牧局2020年桑树种植建设项目",
        "扶贫资金计划安排情况公示",
        "经县扶贫开发领导小组审定,将我局2020年桑树种植建设项目列为2020年度年度实施计划,"
        "现将该项目计划安排情况公告如下:",
        "1、项目名称:叶县2020年桑树种植建设项目",
        "2、项目实施地点:仙台镇、夏李乡、龙泉乡、田庄乡、常村镇、辛店镇、邓李乡、任店镇、叶邑镇;",
        "3、项目建设内容:计划对我县境内优质桑树种植8060亩进行专项奖补。其中,2019年种植3060亩,"
        "每亩补贴资金500元;2020年计划种植5000亩,每亩补贴资金1000元。",
        "4、项目金额及资金来源:653万元(财政资金)",
        "项目计划建设时限:2019年6月30日——2020年10月30日",
        "5、实施部门及责任人:畜牧局 杨东方",
        "6、项目绩效目标:" + GOAL,
        "7、项目带贫减贫机制:该项目实施后可带动贫困群众645户,2021人调整种植结构,拓宽增收渠道。",
        "监督电话:8052348",
        "2020年3月5日",
    ])
