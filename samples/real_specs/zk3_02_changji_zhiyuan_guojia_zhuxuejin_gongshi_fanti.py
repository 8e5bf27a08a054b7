"""昌吉職業技術學院 (昌吉州, 新疆) 2019 公示 of a 專項 subsidy fund, the 2019年高等職業院校國家助學金資助補助資金 (895.8萬元
passed down by 昌吉州財政局 from the 自治區高校資助專項經費), as a traditional-character mirror (olshare.net, under
a 2019年扶貧資金公開 path) stores the county site's page, here as LibreOffice's print of a Word file of paragraphs.
繁體 throughout, with the simplified 于 the mirror left in (關于下達); the mirror's pinyin glosses after many characters
(職業(yè), 項(xiàng), 績(jī)效目標(biāo)) are left out, as zx_04 does, and its garbled 享受?chē)?guó)家 (twice) is read as 享受國家.
No table: a title (昌吉職業技術學院項目情況公告公示), one opening sentence naming the fund, its implementer and the amount,
then seven headed items 一、 … 七、, each heading on a line and its text on the next (實施地點, 建設內容 6140人次 at
895.8萬元, 補助標準 平均每生每年3300元, 資金來源及規模 財政資金895.8萬元, 實施期限 2019.01.01--2019.12.31, 實施單位及責任人
with the name after a space), and under 七、績效目標 a 總體目標: line, then (一)產出指標 with four numbered lines, each a
二級 label, a colon and the indicator run together with its target: 資助建檔立卡貧困子女1966人, 資助標準100%達標,
two under 時效指標 joined by a comma (資助經費發放率100%達標,資助經費到位率100%達標), and 享受國家助學金平均每生每年3300元.
The 達標 after 100% restates that the rate is the target (read as 100%, like 100%完成); the 1966 建檔立卡 children are
a subset of the 6140人次 in 建設內容, not the same count.  The stored copy breaks off in the first line under (二)效益指標
(社會效益指標…): the rebuild ends with 4、成本指標 and leaves the (二) heading out.  The project's name is not labelled:
it is the subject of the opening sentence (2019年高等職業院校國家助學金資助補助資金項目由昌吉職業技術學院實施完成)."""
from samples.templates import Doc

SOURCE = {
    "url": "http://www.olshare.net/p118/2019nfpzjgk/20200526/185693.html",
    "title": "昌吉職業技術學院項目情況公告公示",
    "issuer": "昌吉職業技術學院",
    "province": "新疆",
    "year": 2019,
    "kind": "专项资金项目情况公示",
    "format": "html",
}
FILE = "昌吉職業技術學院項目情況公告公示.pdf"

UNIT = "昌吉職業技術學院"
OPENING = ("依據昌吉州財政局“關于下達2019年自治區高校資助專項經費的通知”(昌州財教【2018】123號、昌州財教【2019】19號、"
           "36號、63號)文件及所列分配資金,2019年高等職業院校國家助學金資助補助資金項目由昌吉職業技術學院實施完成,"
           "涉及資金895.8萬元,現將項目有關情況公示如下:")
GOAL = "按照2019年高等職業院校國家助學金標準平均每生每年3300元,實行春、秋季評選發放,涉及6140人次困難學生。"


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        OPENING,
        "一、實施地點",
        UNIT,
        "二、建設內容",
        "昌吉職業技術學院6140人次困難學生享受國家助學金895.8萬元,按學期評選直接轉入學生本人銀行卡。",
        "三、補助標準",
        "2019年高等職業院校國家助學金平均每生每年3300元。",
        "四、資金來源及規模",
        "財政資金895.8萬元。",
        "五、實施期限",
        "2019.01.01--2019.12.31",
        "六、實施單位及責任人",
        "昌吉職業技術學院 莊業強",
        "七、績效目標",
        "總體目標:" + GOAL,
        "(一)產出指標",
        "1、數量指標:資助建檔立卡貧困子女1966人。",
        "2、質量指標:資助標準100%達標。",
        "3、時效指標:資助經費發放率100%達標,資助經費到位率100%達標。",
        "4、成本指標:享受國家助學金平均每生每年3300元。",
    ])
