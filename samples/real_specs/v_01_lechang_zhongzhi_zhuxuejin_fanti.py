"""乐昌市财政局's 2018 page for the 中职学校国家助学金和免学费补助资金 (广东, 韶关), as a mirror stores it: in
traditional characters, here as the Excel workbook the page was exported from.  附件1 first, a 安排表 in 元 for
one school (單位 | 全年中央補助資金 | 其中:免學費補助 and 其中:國家助學金, each over 小計 | 提前下達 | 本次下達,
7,548,150 in all), then 附件2, the 專項 績效目標表 (2018年度): 專項名稱, six authorities in pairs (中央主管部門;
省級, 市級 and 縣級 財政部門 and 主管部門, the 縣級 ones left as the template's placeholders 縣(市、區)財政部門 and
縣(市、區)教育部門), 資金情況 (萬元) merged down over 年度金額, 其中:中央資金 and 地方資金 (市: | 縣:), all
unfilled, 總體目標 as three numbered goals in one cell (目標1:…; 目標2:…: 目標3:…), 已實施情況 and
未實施情況及原因 rows, and the indicators under a 績效指標 label merged down the left with the header 一級目標
(not 一級指標) | 二級指標 | 三級指標 | 指標值 | 實際完成值 | 未達到指標值原因, the last two empty.  The mirror
writes the pinyin of some characters after them (學(xué), 標(biāo)): that gloss is the mirror's, not the page's,
and is left out.  No unit is named as the table's own: the 縣級主管部門 is the template's placeholder, so the
unit is left unknown.  The stored page is cut after the second 數量指標 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://blackcurrantstudio.com/zdlyxxgk/dzjg/lcsczj/czysjshsgjfgk/czzxxx/content/post_2231307.html",
    "title": "中等職業學校國家助學金和免學費補助資金績效目標表 (2018年中職學校國家助學金和免學費補助資金安排表 附件2)",
    "issuer": "乐昌市财政局",
    "province": "广东",
    "year": 2018,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "2018年中職學校國家助學金和免學費補助資金績效目標表.xlsx"

GOALS = ("目標1:中等職業教育各項國家資助政策按規定得到落實; 目標2:教育公平顯著提升,滿足家庭經濟困難學生基本學習"
         "生活需求: 目標3:提升中職教育吸引力")


def yuan(n: int) -> C:
    return C(f"{n:,}", value=n, fmt="#,##0")


def allocation() -> Grid:
    g = Grid(8)
    g.add(C("單 位", down=2), C("全年中央補助資金", down=2), C("其中:免學費補助", span=3),
          C("其中:國家助學金", span=3))
    g.add("小計", "提前下達", "本次下達", "小計", "提前下達", "本次下達")
    g.add("樂昌市中等職業技術學校", yuan(7548150), yuan(7074550), yuan(6728925), yuan(345625),
          yuan(473600), yuan(414400), yuan(59200))
    return g


def targets() -> Grid:
    g = Grid(7)
    g.add("專項名稱", C("學生資助補助經費(中等職業學校國家助學金和免學費補助資金)", span=6))
    g.add("中央主管部門", C("財政部、教育部、人力資源社會保障部", span=6))
    g.add("省級財政部門", C("廣東省財政廳", span=2), "省級主管部門", C("廣東省教育廳、廣東省人力資源和社會保障廳", span=3))
    g.add("市級財政部門", C("韶關市財政局", span=2), "市級主管部門", C("韶關市教育局", span=3))
    g.add("縣級財政部門", C("縣(市、區)財政部門", span=2), "縣級主管部門", C("縣(市、區)教育部門", span=3))
    g.add(C("資金情況 (萬元)", down=3), "年度金額", C("", span=5))
    g.add("其中:中央資金", C("", span=5))
    g.add("地方資金", C("市:", span=2), C("縣:", span=3))
    g.add(C("總體目標", down=2), C(GOALS, span=6))
    g.add(C("已實施情況:", span=2), C("", span=4))
    g.add(C("未實施情況及原因:", span=7))
    g.add(C("績效指標", down=3), "一級目標", "二級指標", "三級指標", "指標值", "實際完成值", "未達到指標值原因")
    g.add(C("產出指標", down=2), C("數量指標", down=2), "中等職業學校國家助學金應受助學生數", "100%", "", "")
    g.add("中職免學費應受助學生數", "100%", "", "")
    return g


def doc() -> Doc:
    return Doc("中職學校國家助學金和免學費補助資金", [
        "附件1", "2018年中職學校國家助學金和免學費補助資金安排表", "單位:元", allocation(),
        "附件2", "中等職業學校國家助學金和免學費補助資金績效目標表", "(2018年度)", targets(),
    ])
