"""雅安市名山区林业局's 2024年度林业草原改革发展资金绩效评价表 (四川, 雅安, 名山区), as a tender-news site (qianlima)
reprints it: the site's heading (the unit named in full), its own lines (审批, 四川-雅安-名山区, 发布时间: 2025年05月28日,
项目详情, the notice that ****-masked text is for members only), then the table's own title with the unit masked
(****2024年度林业草原改革发展资金绩效评价表), a second 发布时间 line and 年度:2024年.

The form is the 2024 version of the central 转移支付 self-evaluation as 四川's reporting system prints it, unlike every
转移支付 自评表 in the set: its rows and columns are numbered (行次 1, 2, 3 … beside each row label, a 列次 row of
0 … 7 under the money headers and 8 9 10 under the 资金管理 ones), the money block splits the budget four ways
(全年预算数(A) | 统筹整合资金数(B) | 扣除统筹整合资金后预算金额(C) | 全年到位资金(D) | 预算到位(D/C×100%) |
全年执行资金(E) | 预算执行(E/C×100%)) and ends in a 佐证材料 column split into 所需材料 | 上传端口; the amounts are
written to six decimals (52.800000, 30.800000: a system's export) while the rates have two (100.00%, 58.33%); B is
empty.  年度资金总额(万元): and 其中:中央财政资金(万元) carry the same money, only the second naming its 佐证材料
(预算下达文件、资金到位及支出凭证); 地方财政资金(万元) and the long 其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)
row are empty.  Then a 资金管理情况 block, not the indicators: four group labels (分配科学性, 下达及时性, 拨付合规性,
使用规范性), each merged over its numbered items (资金分配规范性, 资金分配合理性, 资金分解下达进度, 资金到位率 …) with
a 情况说明 | 存在问题 | 改进措施 each; one item tells that the 2024 central money (第三批) came down from the province only
on 2025年2月26日, one keeps the typo 支信资金 (for 支付资金).

The stored page breaks off inside row 11 (使用规范性 | 资金使用规范性 | 严格按照下达的预算科目和项目规范使): the rebuild
keeps that row as cut, so the rest of 资金管理情况, the 总体目标 and every 绩效指标 row are missing.  The flattened text
does not show spans: the money block is read as label | 行次 | seven amounts | 所需材料 | 上传端口 (eleven columns, the
列次 row giving 0 to the 行次 column), and in the 资金管理 block the group label, the 行次 and the item fill the first
three columns and 情况说明 | 存在问题 | 改进措施 are spread as 3 + 2 + 3 columns (a guess; no text depends on it).

Decided: the unit is 雅安市名山区林业局, named in the site's heading (the table masks it); the year is the form's
2024; the project is the fund the title names, 林业草原改革发展资金 (no 项目名称 row is shown); the budget is
全年预算数(A) 52.8万元 (528,000 元), not the 30.8万元 spent; funding the one source row with an amount,
中央财政资金 52.8万元; no goals and no indicators are shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.qianlima.com/bid-510642257.html",
    "title": "雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表",
    "issuer": "雅安市名山区林业局",
    "province": "四川",
    "year": 2024,
    "kind": "中央对地方转移支付绩效评价表",
    "format": "html",
}
FILE = "雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表.html"
NO_GOLDEN = ("a self-evaluation cut off before its indicators: no 项目名称 row, no "
             "indicator header, no project table (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = "雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表"
AMOUNT = "52.800000"
# 行次 row label | 行次 | 情况说明 | 存在问题 | 改进措施 -- under a group label merged over its items
MANAGEMENT = [
    ("分配科学性", [
        ("5", "资金分配规范性", "严格按照转移支付管理制度以及资金管理办法规定分配资金", "", ""),
        ("6", "资金分配合理性", "严格按照转移支付管理制度以及资金管理办法规定的范围和标准合理分配资金", "", ""),
    ]),
    ("下达及时性", [
        ("7", "资金分解下达进度", "及时分解下达",
         "2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后",
         "积极对接市级部门,建议省级部门及时下达资金。"),
        ("8", "资金到位率", "资金已到位", "", ""),
    ]),
    ("拨付合规性", [
        ("9", "资金拨付合规性", "严格按照国库集中支付制度有关规定支信资金,确保资金拨付合规", "", ""),
        ("10", "资金项目支付进度", "严格按照项目合同约定支付进度支付资金", "项目支付进度缓慢", "加强与财政沟通,加快资金支付"),
    ]),
]


def table() -> Grid:
    g = Grid(11)
    g.add("资金投入情况\n(万元)", "行次", "全年预算数\n(A)", "统筹整合资金数\n(B)", "扣除统筹整合资金后预算金额\n(C)",
          "全年到位资金\n(D)", "预算到位\n(D/C×100%)", "全年执行资金\n(E)", "预算执行\n(E/C×100%)", C("佐证材料", span=2))
    g.add("列次", "0", "1", "2", "3", "4", "5", "6", "7", "所需材料", "上传端口")
    g.add("年度资金总额(万元):", "1", AMOUNT, "", AMOUNT, AMOUNT, "100.00%", "30.800000", "58.33%", "", "")
    g.add("其中:中央财政资金(万元)", "2", AMOUNT, "", AMOUNT, AMOUNT, "100.00%", "30.800000", "58.33%",
          "预算下达文件、资金到位及支出凭证", "")
    g.add("地方财政资金(万元)", "3", "", "", "", "", "", "", "", "", "")
    g.add("其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)", "4", "", "", "", "", "", "", "", "", "")
    g.add(C("资金管理情况", span=3), C("情况说明", span=3), C("存在问题", span=2), C("改进措施", span=3))
    g.add(C("列次", span=3), C("8", span=3), C("9", span=2), C("10", span=3))
    for group, items in MANAGEMENT:
        for k, (row, item, said, problem, remedy) in enumerate(items):
            lead = [C(group, down=len(items))] if k == 0 else []
            g.add(*lead, row, item, C(said, span=3), C(problem, span=2), C(remedy, span=3))
    # as far as the stored page goes
    g.add("使用规范性", "11", "资金使用规范性", C("严格按照下达的预算科目和项目规范使", span=3))
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "审批",
        "四川-雅安-名山区",
        "发布时间: 2025年05月28日",
        "项目详情",
        "下文中****为隐藏内容,仅对千里马会员开放,如需查看完整内容请 或 拨打咨询热线: 400-688-2000",
        "****2024年度林业草原改革发展资金绩效评价表",
        "发布时间: 2025-05-28 10:33",
        "年度:2024年",
        table(),
    ])
