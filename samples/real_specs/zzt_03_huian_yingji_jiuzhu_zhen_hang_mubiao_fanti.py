"""惠安縣農業農村局's notice of 2025-11-19 handing down 23.8萬元 of the 2025年市級財政銜接推進鄉村振興補助(第二批應急救助)
資金 to four towns (福建, 泉州, 惠安縣), as the county's traditional-character mirror (xunbal.com) stores it: the notice
from its first sentence (no addressee, heading or record items are kept), the two 附件 each broken over two lines
as the list has them (…(第二批 / 應急救助)資金分配表及任務清單), the sender and the date, then the two attachments.

附件1, the 資金分配表及任務清單, is 鎮 | 補助資金 (萬元) | 約束性任務, with its 附件1 label and title as rows of the table
itself: 崇武鎮 2.95, 東嶺鎮 16.1, 東橋鎮 1.5, 小岞鎮 3.25, each task a sentence with a count and an amount the aided
households pay themselves (扶持對象2個以上,對象自付金額3.69萬元以上。), and 合計 23.8.  附件2, the 績效目標表, lies on
its side like zzt_01's: one row per 鎮, the indicators across as a three-row head -- 鎮 merged down; 產出指標 over
質量指標 | 數量指標 | 時效指標, 效益指標 over 社會效益指標, 滿意度指標 over 服務對象滿意度指標 -- with its title a row
of the table (the 附件2 label above it is not).  The stored page breaks off in the head's third row, after its first
三級 name (扶持對象返貧致貧標準是否消除) and inside the second (幫扶…): that partial row is dropped, so the table ends
with the 二級 row; no town's row, and so no target, is shown.

Decided: the unit is 惠安縣農業農村局, the sender, as written in traditional characters (as zzq_06 keeps 安溪縣農業農村局);
year 2025; one project, the fund of 附件2's title less 績效目標表 (its stray space before the bracket dropped, as the
notice writes it); budget the 23.8萬元 (238,000 元) of the notice and of 附件1's 合計, not the tasks' 自付金額; no
funding, no goals, no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.xunbal.com/zwgk/zdxxgk/tpgj/gjzj/202511/t20251121_3233049.htm",
    "title": "",  # the stored text opens on the notice's first sentence: no heading is kept
    "issuer": "惠安縣農業農村局",
    "province": "福建",
    "year": 2025,
    "kind": "專項資金績效目標表",
    "format": "html",
}
FILE = "惠安縣下達2025年市級財政銜接推進鄉村振興補助(第二批應急救助)資金的通知.html"
NO_GOLDEN = ("a notice whose stored page breaks off in the target table head: no project "
             "table (its misses are in "
             "tests/documents/real_gaps.json)")

FUND = "2025年市級財政銜接推進鄉村振興補助(第二批應急救助)資金"
NOTICE = ("根據《泉州市財政局 泉州市農業農村局關于下達" + FUND + "的通知》(泉財農指〔2025〕109號),結合各鎮上報的應急救助項目"
          "申報情況,現將" + FUND + "23.8萬元及任務清單和績效目標下達給你們(見附件1、2)。本項資金專項用于低收入農戶應急救助,"
          "請嚴格按照《泉州市財政局 泉州市農業農村局關于印發<泉州市市級特色現代農業發展專項資金管理規定>等3個專項資金管理"
          "規定的通知》(泉財規〔2024〕7號)文件要求,加強資金監管,確保專款專用,做好績效跟蹤管理,充分發揮資金使用效益。"
          "各鎮收到資金后15天內通過“一卡通”將資金兌現給符合條件的補助對象,按規定完成公告公示工作。")
TOWNS = [
    ("崇武鎮", "2.95", "扶持對象2個以上,對象自付金額3.69萬元以上。"),
    ("東嶺鎮", "16.1", "扶持對象4個以上,對象自付金額21萬元以上。"),
    ("東橋鎮", "1.5", "扶持對象3個以上,對象自付金額1.88萬元以上。"),
    ("小岞鎮", "3.25", "扶持對象5個以上,對象自付金額4.1萬元以上。"),
]


def allocation() -> Grid:
    g = Grid(3)
    g.add(C("附件1", span=3))
    g.add(C(FUND + "分配表及任務清單", span=3))
    g.add("鎮", "補助資金 (萬元)", "約束性任務")
    for town, amount, task in TOWNS:
        g.add(town, amount, task)
    g.add("合計", "23.8", "")
    return g


def targets() -> Grid:
    g = Grid(6)
    g.add(C("2025年市級財政銜接推進鄉村振興補助 (第二批應急救助)資金績效目標表", span=6))
    g.add(C("鎮", down=2), C("產出指標", span=3), "效益指標", "滿意度指標")
    g.add("質量指標", "數量指標", "時效指標", "社會效益指標", "服務對象滿意度指標")
    return g


def doc() -> Doc:
    return Doc(FUND + "績效目標表", [
        NOTICE,
        "附件:1.2025年市級財政銜接推進鄉村振興補助(第二批",
        "應急救助)資金分配表及任務清單",
        "2.2025年市級財政銜接推進鄉村振興補助(第二批",
        "應急救助)資金績效目標表",
        "惠安縣農業農村局",
        "2025年11月19日",
        allocation(),
        "附件2",
        targets(),
    ])
