"""安溪縣農業農村局's notice 安農財〔2025〕31號 of 2025-05-21 handing down 100萬元 of the 2025年市級財政鄉村振興專項資金
(第一批整鎮推進創建鄉鎮獎補) to 龍涓鎮 and 桃舟鄉 (福建, 泉州, 安溪縣), as the county's site shows it in its
traditional-character version (tst57ck.com, the site's 繁體 mirror: 索 引 號, 發布機構, 用于 and 范圍 left as a converter
leaves them): the record items (索 引 號, 備注/文號, 發布機構, 公文生成日期), the notice (addressee, body, 附件: list,
sender and date), 附件1 and its table, then 附件2's title and the first row of its table.

附件1, the 分配表和任務清單, is a five-column list -- 序號 | 鄉鎮名單 | 鄉鎮類型 | 補助資金(萬元) | 任務清單 -- with one row a
township (1 龍涓鎮 農業生態型 50, 2 桃舟鄉 農業生態型 50, each with the same 任務清單 sentence, whose own 100萬元 is the
township's minimum investment, not its grant) and a 合計 row merged over the first three columns (100, 任務清單 empty).
附件2 is the 績效目標表 of the whole 100萬元, named like the fund.  What sets it apart: the page is in traditional
characters, the money is written in the notice, in 附件1's 合計 and (as a minimum) in the 任務清單, and the one
target table is cut in its first row.

The stored page breaks off inside 附件2's 項目名稱 value (2025年市級財政鄉村振興專…): that partial row is dropped, so
the rebuild ends with 附件2's title; no 資金情況, goal or indicator is shown.

Decided: the unit is 安溪縣農業農村局, the 發布機構 and the notice's sender (no form cell names one), as written in
traditional characters; year 2025; one project, 附件2's, named by its title less 績效目標表 -- the cut 項目名稱 begins
the same way; budget the 100萬元 (1,000,000 元) the notice hands down, 附件1's 合計 (not the 任務清單's minimum
investment); no funding, no goals, no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.tst57ck.com/zwgk/zfxxgkzl/bmzfxxgk/nyycgj/zfxxgkml/202506/t20250603_3176055.htm",
    "title": "",  # the stored text opens on the record items: no heading is kept
    "issuer": "安溪縣農業農村局",
    "province": "福建",
    "year": 2025,
    "kind": "專項資金績效目標表",
    "format": "html",
}
FILE = "t20250603_3176055.html"
NO_GOLDEN = ("the head of a page cut inside its target table's title: the reader finds no project in "
             "the notice and the allocation table above it "
             "(its misses are in real_gaps.json)")

FUND = "2025年市級財政鄉村振興專項資金(第一批整鎮推進創建鄉鎮獎補)"
NOTICE = ("根據泉財農指〔2025〕24號文精神,現下達2025年市級財政鄉村振興專項資金(第一批整鎮推進創建鄉鎮獎補)100萬元,款列"
          "“2120804-農村基礎設施建設支出”科目,本項市級資金用于2025年度入選整鎮推進創建鄉鎮的項目建設補助。同步下達任務清單和"
          "績效目標(詳見附件1、2)。請按照《泉州市財政局 泉州市農業農村局關于印發<泉州市市級特色現代農業發展專項資金管理規定>"
          "等3個專項資金管理規定的通知》(泉財規〔2024〕7號)、《安溪縣鄉村振興專項資金使用管理辦法》(安財農〔2020〕35號)要求"
          "管理使用本項資金,加強資金監管,按照規定的用途和范圍分配使用,確保專款專用,任何部門和單位不得截留、擠占和挪用,專項資金"
          "的支付按照財政國庫管理制度有關規定執行,同時做好績效跟蹤和管理,切實提高財政資金使用效益。")
TASK = "用于整鎮推進項目建設補助,項目預算總投資不低于100萬元"


def doc() -> Doc:
    g = Grid(5)
    g.add("序號", "鄉鎮名單", "鄉鎮類型", "補助資金(萬元)", "任務清單")
    g.add("1", "龍涓鎮", "農業生態型", "50", TASK)
    g.add("2", "桃舟鄉", "農業生態型", "50", TASK)
    g.add(C("合計", span=3), "100", "")
    return Doc("t20250603_3176055", [
        "索 引 號:QZ09026-0101-2025-00091",
        "備注/文號:安農財〔2025〕31號",
        "發布機構:安溪縣農業農村局",
        "公文生成日期:2025-05-21",
        "龍涓鎮、桃舟鄉人民政府:",
        NOTICE,
        f"附件:1.{FUND}分配表和任務清單",
        f"2.{FUND}績效目標表",
        "安溪縣農業農村局",
        "2025年5月21日",
        "附件1",
        f"{FUND}分配表和任務清單",
        g,
        "附件2",
        f"{FUND}績效目標表",
    ])
