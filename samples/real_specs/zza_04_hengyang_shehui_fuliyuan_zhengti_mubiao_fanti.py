"""衡阳市社会福利院 (湖南 衡阳; the city's orphanage and home for 特困人员) 2025 部门预算公开, its 整体支出绩效目标表,
as a mirror of the 衡阳 site stores the page (m.fu-954cc.com, path /mzj/xxgk/czxx/20250116/…, 來源:市社會福利院,
發布時間:2025-01-16): the mirror turned every character into traditional script (衡陽市社會福利院, 整體支出績效目標表,
編外人員數量) and put a spam line and its navigation (您好!今天是, 當前頁面: 首頁 > 信息公開 > 財政信息) above the
article; those are left out, the article's text is kept in its traditional script.  Under the page title come a short
title line (福利院2025年部門預算公開), the table's title and 金額單位:萬元.

The table is the Hunan 预算一体化 export of the 整体 form (the layout of 祁东's zl_02 and 湘西's c_02 sheets, here in
one wide row): 單位編碼 | 單位名稱 | 資金總額 | 按收入性質分 (一般公共預算 | 政府性基金撥款 | 財政專戶管理資金 |
其他資金) | 按支出性質分 (基本支出 | 項目支出) | 整體績效目標 | 部門整體支出年度績效目標 (一級 | 二級 | 三級 |
指標值類型 | 指標值 | 計量單位 | 指標解釋 | 評(扣)分標準 | 備注), the unit's cells merged down beside the indicator
rows.  On the stored page the cells of a row run together with nothing between them; they are split here by the
header and by the sums: 1,752.48 = 1,462.48 + 200 + 90 (財政專戶管理資金 empty, a lone space on the page) =
700.38 + 1,052.1, so the 1,052.1 that runs into the goal's own numbering (…1,052.11、建立健全…) ends at 1,052.1 and the
goal starts 1、.  指標值 and 計量單位 are split as in the Hunan 2025 export of zl_02/n_04: the number in 指標值, % in
計量單位 (成本節約率 | | 0 | %); 指標值類型 is empty on every row but one (=, before 100 %); the counts have no unit
(開放日活動次數 1, 編外人員數量 153, though their 評分標準 speak of 次 and 名); the last column holds the row's weight
(20, 3) under 備注.  成本 comes first, with 社會成本指標 and 生態環境成本指標 as empty category rows; a 覆蓋率 and
a staff head-count sit under 數量指標.

The stored page breaks off inside the first 質量指標 row (院內各項設施設備有效使用率 | 90% | 保障…): the rebuild ends
after the five 數量指標 rows.

Truth decisions: the project is the unit itself (name = 單位名稱, as for zl_02); budget 1,752.48萬元 with the three
named sources that hold amounts; the goal cell holds two numbered goals (1、…;2、…), split as the contract splits goals (corrected after the first read: the truth first kept them as one); values are
typed from 指標值 with 計量單位 and 指標值類型 beside it — an empty 類型 gives =, so 成本節約率 is percent = 0 % even though
its 評分標準 reads 0%以上."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://m.fu-954cc.com/mzj/xxgk/czxx/20250116/i3559229.html",
    "title": "衡陽市社會福利院2025年度部門預算公開",
    "issuer": "衡阳市社会福利院",
    "province": "湖南",
    "year": 2025,
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "衡陽市社會福利院2025年度部門預算公開.html"

GOAL = "1、建立健全孤兒、特困人員保障體系,維護院內服務對象權益;2、為全院283名服務對象提供良好的生活、學習環境。"

# 三級, 指標值類型, 指標值, 計量單位, 指標解釋, 評(扣)分標準, 備注 (under 產出指標 / 數量指標)
COUNTS = [
    ("開展開放日活動次數", "", "1", "", "通過開放日活動,擴大社會影響力", "開放日活動次數1次以上計3分,未開展不計分", "3"),
    ("開展全院安全排查次數", "", "6", "", "開展安全排查,保障院內安全", "安全排查次數6次以上計3分,少于6次不計分", "3"),
    ("全院設施設備維修維護覆蓋率", "", "90", "%", "全院設施設備應維盡維、應修盡修",
     "維修維護覆蓋率90%計3分,每少5%扣1分,扣完為止", "3"),
    ("編外人員數量", "", "153", "", "嚴格控制全院編外人員數量", "編外人數小于或等于155名計3分,超過不計分", "3"),
    ("全院服務對象護理覆蓋率", "=", "100", "%", "保障院內孤兒、特困人員等服務對象的日常照料、醫療康復等護理服務全覆蓋",
     "護理覆蓋率100%計3分,低于100%不計分", "3"),
]


def doc() -> Doc:
    n = 3 + len(COUNTS)
    g = Grid(19)
    g.add(C("單位編碼", down=2), C("單位名稱", down=2), C("資金總額", down=2), C("按收入性質分", span=4),
          C("按支出性質分", span=2), C("整體績效目標", down=2), C("部門整體支出年度績效目標", span=9))
    g.add("一般公共預算", "政府性基金撥款", "財政專戶管理資金", "其他資金", "基本支出", "項目支出", "一級指標", "二級指標",
          "三級指標", "指標值類型", "指標值", "計量單位", "指標解釋", "評(扣)分標準", "備注")
    unit = [C(t, down=n) for t in ("058003", "衡陽市社會福利院", "1,752.48", "1,462.48", "200", " ", "90", "700.38",
                                   "1,052.1", GOAL)]
    g.add(*unit, C("成本指標", down=3), "經濟成本指標", "成本節約率", "", "0", "%", "資金支出嚴格按預算執行",
          "成本節約率0%以上計20分,低于0%,每降低1%扣1分,扣完為止", "20")
    g.add("社會成本指標", "", "", "", "", "", "", "")
    g.add("生態環境成本指標", "", "", "", "", "", "", "")
    for k, row in enumerate(COUNTS):
        lead = [C("產出指標", down=len(COUNTS)), C("數量指標", down=len(COUNTS))] if k == 0 else []
        g.add(*lead, *row)
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "來源:市社會福利院發布時間:2025-01-16",
        "福利院2025年部門預算公開",
        "整體支出績效目標表",
        "金額單位:萬元",
        g,
    ], landscape=True)
