"""南岳区民族宗教事务局's 2020 自评表 for the 忠烈祠 free-opening money (湖南, 衡阳; 2021-02-03), as a
traditional-character mirror of the 南岳区 finance bureau's page prints it (繁體; the mirror's pinyin glosses such as
經(jīng)費 and 指標(biāo) left out, as f_01 does; its other garbling kept).  A project's money filled into the
部門整體支出績效自評表 form: the table's own caption row (…236.25萬元部門整體支出績效自評表) while the budget cells say
236, 單位名稱 / 單位負責人及電話 instead of 項目名稱, a 資金情況(萬元) block whose columns are 年初預算資金總額: |
實際投入資金額 | 產生差異的原因, a 總體目標 caption over 年度目標 | 年度總體目標完成情況 written with doubled commas
(,,) and comma-enumeration marks (,、), and the 績效指標 block: targets with a bare = (=230畝, =365天, =100%),
one count with no operator (32人), a 三級 name with ,、 in it, and a 時效指標 whose 三級 is a date (2020年12月完成)
and whose value is a rate (=95%).  Every 實際完成值 repeats the target.  The stored mirror breaks off inside the
成本指標 row (忠烈祠、博物館,、大廟運轉經…): the table is rebuilt up to the 時效指標 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://fyfantasy.com/nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj/20210203/i2295863.html",
    "title": "2020年忠烈祠免費開放經費236.25萬整體支出績效自評表",
    "issuer": "南岳区民族宗教事务局",
    "province": "湖南",
    "year": 2020,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "2020年忠烈祠免費開放經費236.25萬整體支出績效自評表.html"

TITLE = SOURCE["title"]
UNIT = "南岳區民族宗教事務局"
GOAL = "認真完成年度各項工作任務,,做好日常運轉經費及臨聘人員工資的發放"
DONE = ("通過文物保護專項經費的支出,,促進文化遺產的保護,,從而有利于當?shù)芈糜螛I的發展與當?shù)亟?jīng)濟結構的調整;"
        "通過文物內含的傳統文化,,教育,、影響人民大眾,;通過營造的文化氛圍,,促進社區文化環境的提升;"
        "最后通過文化景觀,、傳統建筑的保護達到可持續影響的效益")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("2020年忠烈祠免費開放經費236.25萬元部門整體支出績效自評表", span=7))
    g.add("單位名稱", C(UNIT, span=2), C("單位負責人及電話", span=2), C("郭剛毅13975405091", span=2))
    g.add("主管部門", C(UNIT, span=2), C("實施單位", span=2), C(UNIT, span=2))
    g.add(C("資金情況(萬元)", down=4), C("", span=2), "年初預算資金總額:", "實際投入資金額",
          C("產生差異的原因", span=2))
    g.add(C("合計", span=2), "236", "236", C("", span=2))
    g.add(C("其中:財政撥款", span=2), "236", "236", C("", span=2))
    g.add(C("其他資金", span=2), "", "", C("", span=2))
    g.add(C("總體目標", down=2), C("年度目標", span=3), C("年度總體目標完成情況", span=3))
    g.add(C(GOAL, span=3), C(DONE, span=3))
    g.add(C("績效指標", down=6), "一級指標", "二級指標", "三級指標", "指標值", "全年實際完成值",
          "產生差異的原因及改進措施")
    g.add(C("產出指標", down=5), C("數量指標", down=3), "管理忠烈祠面積", "=230畝", "=230畝", "")
    g.add("忠烈祠免費開放", "=365天", "=365天", "")
    g.add("聘用講解員,、綜治隊員以及物業管理人員", "32人", "32人", "")
    g.add("質量指標", "忠烈祠保護合格率", "=100%", "=100%", "")
    g.add("時效指標", "2020年12月完成", "=95%", "=95%", "")
    return Doc(TITLE, [
        TITLE,
        "發布時間:2021年02月03日 12:48",
        "來源:11",
        "作者:",
        g,
    ])
