"""广水市人民政府办公室 2021 部门整体支出绩效目标申报表 (湖北, 随州), 附件2 of a landscape PDF mirrored by a
PDF-sharing site: the unit in a 部门(单位)名称 row beside 填报人 and 联系电话, 填报日期:2021年1月28日 above the
table as the only year, and a 部门总体资金情况 block captioned "单位:万元" in its merged label, whose columns
are 总体资金情况 | 当年金额 | 近两年收支金额 (two blank "年" columns) | 占比: 收入构成 (财政拨款 968.1918,
其他资金 blank, 合计 968.1918 at 100%) over 支出构成 (基本支出 724.2318 at 74.8%, 项目支出 243.96 at
25.2%, 合计) — the spending lines are no sources and the shares no amounts.  The mirror's text is the
PDF's extraction: labels of merged cells come out of order, 968.1918 wraps as "968.191 8" and 724.2318
loses its point ("7242318"; the lines add up to 968.1918); they are restored.  The page then runs into
部门职能概述 ((一)…(十二), across a page break) and is cut off inside it: the table ends after the 支出构成
合计 row, before any indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://pdf.chddh.cn/archives/m536dx2vr743xlkg7098.html",
    "title": "广水市人民政府办公室整体支出绩效目标",
    "issuer": "广水市人民政府办公室",
    "province": "湖北",
    "year": 2021,
    "kind": "部门整体支出绩效目标申报表",
    "format": "pdf",
}
FILE = "广水市人民政府办公室整体支出绩效目标.pdf"


def doc() -> Doc:
    g = Grid(7)
    g.add(C("部门(单位)\n名称", span=1), C("广水市人民政府办公室", span=2), "填报人", "南春锋", "联系电话",
          "6296906")
    g.add(C("部门总体\n资金情况\n单位:万元", down=8), C("总体资金情况", span=2, down=2), C("当年\n金额", down=2),
          C("近两年收支金额", span=2), C("占比", down=2))
    g.add("年", "年")
    g.add(C("收入构成", down=3), "财政拨款", "968.1918", "", "", "")
    g.add("其他资金", "", "", "", "")
    g.add("合计", "968.1918", "", "", "100%")
    g.add(C("支出构成", down=3), "基本支出", "724.2318", "", "", "74.8%")
    g.add("项目支出", "243.96", "", "", "25.2%")
    g.add("合计", "968.1918", "", "", "100%")
    return Doc("部门整体支出绩效目标申报表", [
        "附件2:", "部门整体支出绩效目标申报表", "填报日期:2021年1月28日", g,
    ], landscape=True)
