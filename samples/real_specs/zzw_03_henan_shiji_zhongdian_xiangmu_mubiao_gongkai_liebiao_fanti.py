"""A 河南 city's 市财政局 putting its 2024 重大政策和重点项目 绩效目标 before the public
(the city is not named: 截至市十四屆人大二次會議, 人人持證、技能河南 places it in 河南), as
a mirror stores the page: in traditional characters (績效目標, 財政資金, 萬元), no heading,
two paragraphs and a numbered list.  Rebuilt as the page.

What sets it apart: ten projects and their amounts, and nothing else -- no table, no unit per
project, no indicator (the 绩效目标 themselves are not on the stored page).  The first
paragraph carries figures that are not projects (预算项目1296个, 财政资金43.13億元: what the
财政局 reviewed), the second the total (涉及項目10個,財政資金6692.8萬元) and then the list,
one line a project, each 1.名称 amount萬元; -- the tenth ends in 。 and opens with a year
(10.2024年養老服務業專項資金), one name carries a parenthesised 支出方向
(農業防災減災和水利救災資金(動物防疫補助支出方向)), one is a slogan with a 、 inside it
(人人持證、技能河南), and each name is parted from its amount by one space only.  The ten add
up to 6692.8萬元.

Decided: the text is kept in the mirror's traditional characters (as zzc_01 keeps its own);
the unit is not named (the 市财政局 of an unnamed city publishes, it runs none of the ten), so
unit_name is null; the year 2024; ten projects in the list's order, each its name as written
without the number and the amount, budget the amount in 萬元 (2293萬元 = 22,930,000 元 …);
no goals and no indicators; 1296个 and 43.13億元 are not projects, 6692.8萬元 is the ten's
sum."""
from samples.templates import Doc

SOURCE = {
    "url": "http://jlslash.com/article/21163.html",
    "title": "",  # the stored text opens on its first paragraph: no heading is kept
    "issuer": None,  # a 河南 city's 市财政局, the city not named on the stored page
    "province": "河南",
    "year": 2024,
    "kind": "重大政策和重点项目绩效目标公开",
    "format": "html",
}
FILE = "2024年重大政策和重點項目績效目標公開.html"
NO_GOLDEN = ("prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

ITEMS = [
    ("青年人才生活補貼", "2293"),
    ("基本公共衛生服務項目市級配套經費", "1144"),
    ("文旅融合發展專項資金", "1000"),
    ("殘疾兒童康復救助項目", "564.4"),
    ("農業防災減災和水利救災資金(動物防疫補助支出方向)", "336.4"),
    ("促消費專項資金", "300"),
    ("應急管理治理工作經費", "300"),
    ("人人持證、技能河南", "300"),
    ("市級水利發展資金", "255"),
    ("2024年養老服務業專項資金", "200"),
]


def doc() -> Doc:
    lines = [f"{i}.{name} {amount}萬元{'。' if i == len(ITEMS) else ';'}"
             for i, (name, amount) in enumerate(ITEMS, 1)]
    return Doc("", [
        "按照建立全方位、全過程、全覆蓋的預算績效管理要求,市財政局堅持強化預算績效目標管理,不斷推進"
        "預算和績效管理深度融合,我們采取了“業務科室+績效科+第三方機構”集中審核方式,加強項目支出績效"
        "目標審核,強化業務科室作為預算單位管理職責,推動業務科室審核績效目標業務水平,促進形成“財政+"
        "單位”齊抓共管局面,切實從源頭上把好關,起好頭。不斷提升績效目標的完整性、相關性、適當性、"
        "可行性。截至市十四屆人大二次會議,市財政局共審核通過市直各單位預算項目1296個,涉及財政資金"
        "43.13億元。",
        "2024年,圍繞市委、市政府安排部署,落實市政府工作報告工作重點,結合市重點民生實事,現對重大政策"
        "和重點項目的績效目標予以公開,涉及項目10個,財政資金6692.8萬元。項目分別為:",
        *lines,
    ])
