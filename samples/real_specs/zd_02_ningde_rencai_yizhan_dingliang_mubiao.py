"""A 宁德 (福建) unit's evaluation of its 2023 人才驿站补助资金, as a mirror site (0477ly.com) shows the report: turned
into traditional characters, with pinyin glosses after some (執(zhí)), its paragraphs run together with doubled
commas.  The stored page opens inside the report, on the sentence that leads to the table (…如下圖:); the table is
the report's 項目年度績效目標(定量目標): a title row across it, then 評價內容 heading two columns (the groups 產出
目標 and, under it, 數量目標 / 質量目標: the 一级 and 二级 written as 目標, not 指標) | 績效內容 | 績效目標值 |
實際完成值 | 累計完成率 (143%, 340%: the actual over the target); targets with an ASCII >= and their unit glued on
(>=2個, >=28次).  After it, the report's prose: 本項目累計安排資金10萬元 and the scores, cut mid-sentence (…得分);
the rebuild keeps the prose up to the first scoring sentences.  Neither the unit nor the project is named in the
stored text except in the prose (人才驛站補助資金)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://0477ly.com/newsdetail/news661681.html",
    "title": "項目年度績效目標(定量目標)",
    "issuer": None,
    "province": "福建",
    "year": 2023,
    "kind": "項目年度績效目標(定量目標)",
    "format": "html",
}
FILE = "news661681(項目年度績效目標).html"

LEAD = "人才驛站補助資金到位率績效目標值為100%,,如下圖:"
AFTER = [
    "(二)項目財務管理狀況本項目累計安排資金10萬元,,其中:項目立項6分,績效目標5分,資金投入4分,資金管理9分,"
    "組織實施6分,時效目標10分,成本目標0分,數量目標10分,質量目標10分,社會效益目標15分,服務對象滿意度15分,"
    "總得分90,,",
    "(二)項目績效目標完成情況1.產出目標完成情況(1)時效目標:人才驛站補助資金到位時間績效目標值是2023年12月前,"
    "實際完成值為2023年12月前,目標完成率為100%,(2)成本目標:項目資金投入績效目標值是10萬元,實際完成值為0萬元,"
    "目標完成率為0%,(3)數量目標:當年獲得寧德市級以上確認的人才驛站數量績效目標值是2個,實際完成值為0個,"
    "目標完成率為0%,,",
    "績效目標合理性本項目滿分3分,得3分,得分原因為:績效目標設置合理,,預算執(zhí)行率本項目滿分3分,得3分,"
    "得分原因為:資金使用率大于95%的得滿分,,",
]


def doc() -> Doc:
    g = Grid(6)
    g.add(C("項目年度績效目標(定量目標)", span=6))
    g.add(C("評價內容", span=2), "績效內容", "績效目標值", "實際完成值", "累計完成率")
    g.add(C("產出目標", down=5), C("數量目標", down=3), "當年獲得寧德市級以上確認的人才驛站數量", ">=2個", "0個",
          "0%")
    g.add("當年人才驛站組織活動數量", ">=28次", "40次", "143%")
    g.add("每年人才驛站服務人次", ">=500人", "1700人", "340%")
    g.add(C("質量目標", down=2), "各類人才對我市人才政策的知曉率", ">=95%", "98%", "103%")
    g.add("人才驛站補助資金到位率", ">=100%", "100%", "100%")
    return Doc(SOURCE["title"], [LEAD, g, *AFTER])
