"""博乐市逸夫小学 (博尔塔拉, 新疆) 2020 公示 of its 家庭经济困难寄宿生生活补助资金 project, as the 博乐 city site
(xjbl.gov.cn) stores it: no heading (the text opens on 经市扶贫开发领导小组研究决定,…), the Xinjiang 项目公示 items in
one run (一、 then 1. … 8., each label and its text on one line after a colon), then the school's name and the date
(2020年1月3日).  No table and no indicator: the target is one sentence after 7.绩效目标:, and the amounts and the
standard (14.17万元, 625元/人/年) sit in prose only — a reader must not turn them into indicator rows.

The text contradicts itself, and is kept as published: the opening names a 2020年家庭经济困难寄宿生生活补助资金项目
carried out by 博乐市逸夫学校 with money for 非寄宿生; the numbered heading calls it the 2019年…寄宿生… project; 建设内容
says 2019年家庭经济困难非寄宿生生活补助资金项目; the school is 逸夫学校 once and 逸夫小学 everywhere else; the
实施期限 is 2020年1月至2020年12月.

Truth decisions: unit_name is the school as the 实施单位 line and the signature name it (博乐市逸夫小学); year 2020 (the
opening's project year, the 实施期限 and the date agree; the 2019 of the heading is the subsidy's school year at
most); the project's name is the numbered heading as written (一、2019年家庭经济困难寄宿生生活补助资金项目 — the only
line that names it as an item), its budget 14.17万元 of 财政资金 with 自筹资金 0元; the 绩效目标 sentence is the goal;
there are no indicators."""
from samples.templates import Doc

SOURCE = {
    "url": "https://www.xjbl.gov.cn/info/1051/51643.htm",
    "title": "",  # the stored text opens on the announcing sentence: no heading is kept
    "issuer": "博乐市逸夫小学",
    "province": "新疆",
    "year": 2020,
    "kind": "项目公示(绩效目标公开 in prose)",
    "format": "html",
}
FILE = "51643.html"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")


def doc() -> Doc:
    return Doc("51643", [
        "经市扶贫开发领导小组研究决定,2020年家庭经济困难寄宿生生活补助资金项目由博乐市逸夫学校实施1个,涉及资金非寄宿生"
        "生活补助14.17万元;现将项目有关情况公示如下。",
        "一、2019年家庭经济困难寄宿生生活补助资金项目",
        "1.实施地点:博乐市逸夫小学",
        "2.建设内容:2019年家庭经济困难非寄宿生生活补助资金项目",
        "3.补助标准:625元/人/年",
        "4.资金来源及规模(其中:财政资金14.17万元,自筹资金0元)",
        "5.实施期限:2020年1月至2020年12月",
        "6.实施单位及负责人:博乐市逸夫小学 张秀丽",
        "7.绩效目标:为切实解决家庭经济困难寄宿生生活上的基本保障,对家庭经济困难学生进行生活上的补助,得到应有的关爱和"
        "教育。",
        "8.带贫减贫机制:严格按照文件精神组织实施,全方位关心关爱学生,及时做好扶贫资金的发放工作,让孩子们在校放心学习,"
        "感受到党和政府的关怀,立志为国家、社会贡献自己的力量。",
        "博乐市逸夫小学",
        "2020年1月3日",
    ])
