"""鄂州市科学技术协会's 2022年度科普经费项目自评表 (湖北, 鄂州), posted with the association's 绩效评价报告 (本级) on
2023-05-17, as a mirror stores the page: in traditional characters (鄂州市科學技術協會, 績效, 指標), the page's
heading lines (通知公告, a 當前位置 breadcrumb, the title 鄂州市科學技術協會(本級)績效評價報告 and 發布時間 / 來源)
above the table's own title, then a 單位名稱 / 填報日期 line and the Hubei 自评表 form (as u_06): 項目名稱 across,
主管部門 | 鄂州市科學技術協會 | 項目實施單位 | the same, three rows of option boxes (項目類別, 項目屬性, 項目類型) where
the mirror turned each ticked box into ? (1、部門預算項目 ? 2、省直專項 □ ...), a 預算執行情況(萬元)(20分) block of
one row (年度財政資金總額 104 | 103.97 | 99.97 -- the rate written without % -- | 19), then the indicators under a
label merged down the left, 年度績效目標1(80分): 一級 | 二級 | 三級 | 年初目標值(A) | 實際完成值(B) | 得分, 一級
without a weight (產出指標, 效益指標), no 時效指標 row, one 得分 per row.  The targets mix a floor in words (不少于800篇:
the mirror left the simplified 于), plain counts (10場, 200期), a cost ceiling in 萬元 (≤104萬元), and phrases that are
not values: 提高普及率 under 科普知識網絡競賽, the bare name of a rate 知識更新率 under 科普宣傳欄內容更新, and
提升10% three times under the 效益 rows (a relative change: 10% is not the level to reach).  The stored page breaks
off inside the next 一級/二級 cell (可持續影響指…): the rebuild ends after the 生態效益指標 row, so the 可持續影響
and 滿意度 rows, and whatever follows the table, are missing.

Decided: the text is kept in the mirror's traditional characters (as v_01 and zf_02 keep theirs); 不少于800篇 is a
floor (quantity >= 800 篇); 提高普及率 is a direction with no number (qualitative, as 提高 alone); 知識更新率 names a
rate and gives none (text, as 完成率); 提升10% is text (as 提高5% in the case table)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://obishi.cn/archive/993.html",
    "title": "鄂州市科學技術協會(本級)績效評價報告 (2022年度科普經費項目自評表)",
    "issuer": "鄂州市科学技术协会",
    "province": "湖北",
    "year": 2022,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "鄂州市科學技術協會(本級)績效評價報告.html"

UNIT = "鄂州市科學技術協會"

# 一級 (merged down), 二級 (merged down), 三級, 年初目標值(A), 實際完成值(B), 得分
OUTPUT = [
    ("數量指標", "“科普鄂州”微信公眾號運維", "不少于800篇", "800篇", "8"),
    ("數量指標", "開展全國科普日專題科普活動", "10場", "9場", "7"),
    ("數量指標", "《科協之窗-身邊的科普》欄目", "200期", "200期", "8"),
    ("質量指標", "科普知識網絡競賽", "提高普及率", "穩步提升", "6"),
    ("質量指標", "科普宣傳欄內容更新", "知識更新率", "實時更新", "6"),
    ("成本指標", "預算控制數", "≤104萬元", "103.97萬元", "10"),
]
EFFECT = [
    ("社會效益指標", "公民科學文化素質", "提升10%", "提升10%", "6"),
    ("經濟效益指標", "公民支持科技經濟融合發展", "提升10%", "提升10%", "6"),
    ("生態效益指標", "生態文明理念和意識", "提升10%", "提升10%", "6"),
]


def _block(g: Grid, level1: str, rows: list[tuple[str, str, str, str, str]], lead: list[C | str]) -> None:
    i = 0
    while i < len(rows):
        n = 1
        while i + n < len(rows) and rows[i + n][0] == rows[i][0]:
            n += 1
        for k in range(n):
            level2, *rest = rows[i + k]
            cells: list[C | str] = []
            if i + k == 0:
                cells = [*lead, C(level1, down=len(rows))]
            if k == 0:
                cells.append(C(level2, down=n) if n > 1 else level2)
            g.add(*cells, *rest)
        i += n


def doc() -> Doc:
    g = Grid(7)
    g.add("項目名稱", C("科學普及經費", span=6))
    g.add("主管部門", C(UNIT, span=2), C("項目實施單位", span=2), C(UNIT, span=2))
    g.add("項目類別", C("1、部門預算項目   ?   2、省直專項   □  3、省對下轉移支付項目 □", span=6))
    g.add("項目屬性", C("1、持續性項目     ?   2、新增性項目 □", span=6))
    g.add("項目類型", C("1、常年性項目     ?   2、延續性項目 □      3、一次性項目 □", span=6))
    g.add(C("預算執行情況(萬元)\n(20分)", span=2), "預算數(A)", "執行數(B)", "執行率(B/A)",
          C("得分\n(20分*執行率)", span=2))
    g.add(C("年度財政資金總額", span=2), C("104", value=104), C("103.97", value=103.97), C("99.97", value=99.97),
          C("19", span=2, value=19))
    g.add(C("年度績效目標1(80分)", down=1 + len(OUTPUT) + len(EFFECT)), "一級指標", "二級指標", "三級指標",
          "年初目標值(A)", "實際完成值(B)", "得分")
    _block(g, "產出指標", OUTPUT, [])
    _block(g, "效益指標", EFFECT, [])
    return Doc("鄂州市科學技術協會(本級)績效評價報告", [
        "通知公告",
        "當前位置: 首頁 > 信息公開 > 通知公告",
        "鄂州市科學技術協會(本級)績效評價報告",
        "發布時間:2023-05-17 來源:鄂州市科學技術協會",
        "2022年度科普經費項目自評表",
        f"單位名稱:{UNIT}         填報日期:2023年 5 月 17日",
        g,
    ])
