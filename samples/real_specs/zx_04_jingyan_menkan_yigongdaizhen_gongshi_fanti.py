"""井研縣 (乐山, 四川) 2026 提前批 中央財政以工代賑 項目公示, as a traditional-character mirror stores the county's
page (繁體; the mirror's pinyin glosses after some characters, 財(cái), 項(xiàng), are left out), here as a Word
file: the title on two lines (井研縣2026年提前批中央財政以工代賑 / 項目公示) over a two-column table of key and value,
its header a blank cell and 內  容 (the mirror shows the blanks as "?", taken for no-break spaces), then 項目名稱
(井研縣門坎鎮2026年中央財政以工代賑項目), 主要建設內容 (4.2千米 of road, 11處 retaining walls, nine ponds each with its
立方米/口), 補助資金 (中央財政銜接推進鄉村振興補助資金(以工代賑任務)375萬元: the only amount, so the project's
budget), 勞務報酬 (a floor, 不得低于國家下達資金計劃的42%(不低于157.50萬元), with the simplified 于 the mirror left
in) and 建設工期 11個月.  The stored copy breaks off inside the next row, 相關要求 (numbered duties of 門坎鎮), which
is left out.  No 績效目標 and no indicator table: the 勞務報酬 floor is a condition of the grant in a key/value row,
not an indicator row, and no unit signs the table as its own (the unit is left unknown)."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "http://charitysboutique.com/news/d576de13bf526296f46e2e5193aae6e7.html",
    "title": "井研縣2026年提前批中央財政以工代賑項目公示",
    "issuer": "井研縣",
    "province": "四川",
    "year": 2026,
    "kind": "以工代赈项目公示",
    "format": "html",
}
FILE = "井研縣2026年提前批中央財政以工代賑項目公示.docx"

WORKS = ("改建農村公路共4.2千米(寬4.5米,厚0.2米,C30混凝土);新建擋土墻11處(571立方米);整治山坪塘9口,"
         "1口(3381立方米/口),1口(3947立方米/口),1口(1976立方米/口),1口(841立方米/口),1口(1764立方米/口),"
         "1口(1411立方米/口),1口(7416立方米/口),1口(2405立方米/口),1口(1128立方米/口)。")


def doc() -> Doc:
    g = Grid(2)
    g.add("", "內 \u00a0\u00a0容")
    g.add("項目名稱", "井研縣門坎鎮2026年中央財政以工代賑項目")
    g.add("主要建設內容", WORKS)
    g.add("補助資金", "中央財政銜接推進鄉村振興補助資金(以工代賑任務)375萬元")
    g.add("勞務報酬", "勞務報酬發放比例不得低于國家下達資金計劃的42%(不低于157.50萬元)")
    g.add("建設工期", "11個月")
    return Doc("井研縣2026年提前批中央財政以工代賑項目公示", [
        "井研縣2026年提前批中央財政以工代賑",
        "項目公示",
        g,
    ])
