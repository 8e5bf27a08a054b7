"""岳阳楼区价格认证鉴定中心2023年度整体绩效目标表 as a traditional-character mirror prints it (繁體,
pinyin glosses of the mirror left out): 部门整体 template with 指標值類型 / 計量單位 columns, a
money value (28.8萬元) whose unit cell says %, a 定性 state phrase (應保盡保), a 效益 row with only a
scoring rule and no 三級指標; the stored mirror breaks off inside the 生態效益 row, so the table is
rebuilt up to the last row it shows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html",
    "title": "岳陽樓區價格認證鑒定中心2023年度整體績效目標表",
    "issuer": "岳阳楼区价格认证鉴定中心",
    "province": "湖南",
    "year": 2023,
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "岳陽樓區價格認證鑒定中心2023年度整體績效目標表.docx"


def doc() -> Doc:
    g = Grid(9)
    g.add(C("岳陽樓區價格認證鑒定中心2023年度整體績效目標表", span=9))
    g.add("部門(單位)名稱", C("岳陽樓區價格認證鑒定中心", span=8))
    g.add("*部門(單位)職責", C("負責價格認定工作", span=8))
    g.add("*年度總體績效目標", C("做好涉案、價格認定工作。", span=8))
    g.add(C("績效指標", span=9))
    g.add("一級指標", "二級指標", "三級指標", "指標值類型", "*指標值", "計量單位", "*指標解釋",
          "*評(扣)分標準", "備注")
    g.add(C("產出指標", down=4), "數量指標", "業務工作支出安排金額", "定量", "28.8萬元", "%",
          "該指標主要考察業務工作支出安排情況", "未達指標值酌情扣分", "")
    g.add("質量指標", "業務工作支出到位率", "定量", "100", "%",
          "該指標主要考察業務工作支出安排到位情況", "未達指標值酌情扣分", "")
    g.add("時效指標", "工作安排時間", "定量", "按月安排", "",
          "該指標主要考察業務工作支出安排時間", "未達指標值酌情扣分", "")
    g.add("成本指標", "社會成本指標", "定量", "100", "%",
          "該指標主要考察總成本控制情況", "未達指標值酌情扣分", "")
    g.add(C("效益指標", down=2), "經濟效益指標", "", "", "", "", "", "未達指標值酌情扣分", "")
    g.add("社會效益指標", "保證單位正常運轉", "定性", "應保盡保", "%",
          "該指標主要考察單位運轉需要保障範圍應保盡保", "未達指標值酌情扣分", "")
    return Doc("岳陽樓區價格認證鑒定中心2023年度整體績效目標表", [
        "岳陽樓區價格認證鑒定中心2023年度整體績效目標表",
        "來源:區發改局 發布時間:2023-04-26 10:57",
        g,
    ], landscape=True)
