"""枝江市畜牧獸醫服務中心's notice of 2023年1月9日 to 湖北豐聯佳沃農業開發有限公司 on the 2023年夷陵牛品種資源保護項目
(枝江, 宜昌, 湖北), as a traditional-character mirror of a policy-news site stores it (繁體; the mirror's pinyin
glosses after some characters, 聯(lián), 農(nóng), 項(xiàng) …, are left out, as in zx_04), here as a Word file.  The
stored text has no title and runs the whole notice together, with doubled or stray punctuation the mirror left
(項目,,根據; the section numbers 一,、 二,、 三,、; 設備,、采購飼料,、; 張俊俊,,電話; the date ending in ,。); simplified characters the
conversion missed are kept (關于, 主要用于, 采購, 不低于, 聯系人).  The line breaks here — before each numbered
section, before 請申報主體 and between the signature and its date — are inferred; the text within each line is as
stored.

Three numbered sections: 一,、資金投入方向 (the grant: 獎補資金20萬元, with a condition, 獎補比例不超過50%, which is
no indicator), 二,、實施內容 (prose), 三,、績效目標: three targets in a row, each a name followed by its floor
(夷陵牛核心群家系數不低于6個, 夷陵牛核心群公牛不低于12個家系, 母牛存欄不低于60頭), separated by ,, and ,.  No 一級
or 二級 is written: the targets are read with both levels unknown, the name split from its 不低于 value.  12個家系
counts lineages: 個 is the measure word and 家系 the unit (as 3個工作日 counts 工作日).  The cited 通知 is about the
2022 provincial fund, while the project and the notice are 2023: the year is the project's.

Unit: the notice is the centre's (it signs it, and the applications go to its room 605); the company it is
addressed to is the one that applies for and carries out the project, named only in the salutation.  The
budget is the grant, 20萬元."""
from samples.templates import Doc

SOURCE = {
    "url": "https://0477ly.com/newsdetail/news425234.html",
    "title": None,  # the stored text has no title
    "issuer": "枝江市畜牧獸醫服務中心",
    "province": "湖北",
    "year": 2023,
    "kind": "项目绩效目标提示",
    "format": "html",
}
FILE = "2023年夷陵牛品種資源保護項目有關事項提示.docx"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")


def doc() -> Doc:
    return Doc("2023年夷陵牛品種資源保護項目有關事項提示", [
        "湖北豐聯佳沃農業開發有限公司:為實施好2023年夷陵牛品種資源保護項目,,根據《省農業發展中心關于下達2022年省農業"
        "事業創新發展補助資金任務清單和績效目標的通知》,現就有關事項提示如下:",
        "一,、資金投入方向:支持夷陵牛保種場開展夷陵牛品種資源保護和開發利用,,獎補資金20萬元,獎補比例不超過50%,,",
        "二,、實施內容:主要用于采購夷陵牛、改善保種設施設備,、采購飼料,、疫病防控等方面,不斷提高夷陵牛生產性能和產品"
        "品質,,加快產業化發展步伐,,完善夷陵牛品種資源保護體系,",
        "三,、績效目標:夷陵牛核心群家系數不低于6個,,夷陵牛核心群公牛不低于12個家系,母牛存欄不低于60頭,,",
        "請申報主體于1月20日前將申報材料一式三份報送至市畜牧獸醫服務中心605室(聯系人:張俊俊,,電話:4286727),",
        "枝江市畜牧獸醫服務中心",
        "2023年1月9日,。",
    ])
