"""麗江市古城區自然資源局 2020年度項目支出績效自評表 in traditional characters (as the page shows it): title as the table's first row, two-row indicator header (績效指標 over the levels, 年度指標值 over 指標性質/指標值/度量單位), ﹦ as the op, a money target in a 數量指標 row; the page's copy ends in the last row (its 得分 and any 總分 are not shown)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://m.jjiadianqingjie.com.cn/changyong/13241.html",
    "title": "2020年云南省級自然資源衛片執法補助經費",
    "issuer": "麗江市古城區自然資源局",
    "province": "云南",
    "year": 2020,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "2020年省級自然資源衛片執法補助經費支出績效自評表.docx"


def doc() -> Doc:
    g = Grid(11)
    g.add(C("2020年度項目支出績效自評表", span=11))
    g.add("項目名稱", C("2020年省級自然資源衛片執法補助經費支出績效自評表", span=10))
    g.add("主管部門", C("麗江市自然資源和規劃局", span=4), C("實施單位", span=2),
          C("麗江市古城區自然資源局", span=4))
    g.add(C("項目資金\n(萬元)", down=5), C("", span=4), "年初預算數", "全年預算數", "全年執行數", "分值",
          "執行率", "得分")
    g.add(C("年度資金總額", span=4), "7.29", "7.29", "7.29", "10.00", "100%", "10.00")
    g.add(C("其中:當年財政撥款", span=4), "7.29", "7.29", "7.29", "", "100%", "")
    g.add(C("上年結轉資金", span=4), "", "", "", "", "", "")
    g.add(C("其他資金", span=4), "", "", "", "", "", "")
    g.add(C("年度\n總體\n目標", down=2), C("預期目標", span=5), C("實際完成情況", span=5))
    g.add(C("自然資源衛片執法補助經費", span=5), C("自然資源衛片執法補助經費", span=5))
    g.add(C("績效指標", span=3), C("年度指標值", span=3), C("實際完成值", down=2), C("分值", down=2),
          C("得分", down=2), C("偏差原因分析及改進措施", span=2, down=2))
    g.add("一級\n指標", "二級指標", "三級指標", "指標性質", "指標值", "度量單位")
    g.add(C("產出指標", down=3), "數量指標", "衛片執法補助經費", "﹦", "72890", "元", "72890", "10.00",
          "9.00", C("", span=2))
    g.add("質量指標", "項目驗收合格率", "﹦", "100", "%", "100", "20", "19", C("", span=2))
    g.add("時效指標", "項目完成及時率", "﹦", "100", "%", "100", "20.00", "19.00", C("", span=2))
    g.add("效益指標", "社會效益指標", "違法行為責停率", "≥", "95", "%", "95", "30.00", "27.00", C("", span=2))
    g.add("滿意度指標", "服務對象滿意度指標", "滿意度", "≥", "95", "%", "95", "10.00", "", C("", span=2))
    return Doc("2020年度項目支出績效自評表", ["2020年云南省級自然資源衛片執法補助經費", g], landscape=True)
