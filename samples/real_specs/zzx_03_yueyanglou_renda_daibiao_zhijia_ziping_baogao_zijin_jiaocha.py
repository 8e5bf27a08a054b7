"""岳阳楼区人大办's 2016 self-evaluation of its 代表之家 project (湖南, 岳阳, 岳阳楼区), as the
district's site shows it in the page: 岳阳市岳阳楼区财政局's 财政支出项目绩效评价自评报告 form, a
Word report pasted into the page, not a 自评表 grid.  The page's title (2016年度区人大代表之家项目支
出绩效自评报告) and its source line (来源:楼区财政局, the district's 岳阳 dropped) come first; then
the report's cover as lines of text: 岳阳楼区财政支出项目绩效评价自评报告, 评价类型 with two boxes
(项目实施过程评价□, 项目完成结果评价■ ticked), 项目名称 and 项目单位 padded out with spaces to their
values (代表之家, 岳阳楼区人大办), 主管部门 with no value, 评价方式: 自评, 评价机构: empty, 报告日
期:2017年5月8日 and 岳阳市岳阳楼区财政局(制).

The body is three tables under numbered headings.  一、项 目 基 本 概 况 (the heading spaced out):
label | value pairs two to a row (项目负责人, 联系电话, 项目地址, 邮  编, 项目起止时间 with only its
start date), then the money as a cross-table: four column pairs 计划安排资金(万元) | 48, 实际到位资
金(万元) | 48, 实际支出(万元) | 46.5, 结余(万元) | 1.5, and under each the same five sources
repeated as row labels (其中:中央财政, 省财政, 市财政, 县市区财政, 其它), only 县市区财政 filled
(48, 48, 46.5, 1.5).  二、项目支出明细情况: 支出内容 | 实际支出数(万元) | 会计凭证号 | 备注, five
kinds of spending and 支出合计 46.5, the voucher column empty.  三、项目绩效自评情况: 项目绩效定性目
标及实施计划完成情况 across, 预  期 目 标 | 实际完成 with a paragraph each (the second's slips kept:
人大代表联之家, 制制度化, 遗留留), then 项目绩效定量目标(指标)及完成情况 and its head 一级指标 | 二
级指标 | 指标内容.

Left out: the 项目负责人's name and the 联系电话 (personal data; their cells are left empty).
Rebuilt: the stored page gives each cell as its own paragraph, so where a table ends and a heading
stands between tables is read from the numbered headings; the page breaks off inside the 定量目标
head, after 指标内容: the head's remaining cell is left empty rather than guessed and no indicator
row is readable.

Decided: the unit is the 项目单位 岳阳楼区人大办; the year is 2016 (the title's 2016年度 and the 项
目起止时间; the report is dated 2017); the project is the 项目名称 代表之家 as the form writes it;
the budget is the 计划安排资金 48万元 (480,000 元), its one source the 县市区财政 48 of that column
(实际到位, 实际支出 and 结余 are what became of it); the goal is the 预期目标 paragraph (the 实际完
成 one reports what was done)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.yylq.gov.cn/21487/21498/21516/42803/content_1237724.html",
    "title": "2016年度区人大代表之家项目支出绩效自评报告",
    "issuer": "岳阳楼区人大办",
    "province": "湖南",
    "year": 2016,
    "kind": "财政支出项目绩效评价自评报告",
    "format": "html",
}
FILE = "2016年度区人大代表之家项目支出绩效自评报告.html"

SOURCES = ["其中:中央财政", "省财政", "市财政", "县市区财政", "其它"]
# column pair → the amount of each source (only 县市区财政 is filled)
MONEY = [("计划安排资金\n(万元)", "48"), ("实际到位资金\n(万元)", "48"),
         ("实际支出\n(万元)", "46.5"), ("结余(万元)", "1.5")]
SPENT = [("办公费", "9.6"), ("印刷费", "8.5"), ("接待费", "1.5"), ("其他商品服务支出", "15.9"),
         ("拨出经费", "11"), ("支出合计", "46.5")]
GOAL = ("根据省人大常委会要求,2014年年底前基本实现全省各乡镇、街道设立人大代表之家的全覆盖,并提出"
        "推进代表进站全员化、联系活动长效化、联系工作网络化和活动机制规范化、舆论宣传多样化"
        "等要求。")
DONE = ("截至目前,我区已建成人大代表联之家16个,达到省人大常委会“全覆盖、制制度化、常活动”的目标,"
        "2016年共开展活动58次,接待选民36批200多人次,其帮助解决重点项目“堵头”和历史遗留留问题23个。")


def _overview() -> Grid:
    g = Grid(8)
    g.add(C("项目负责人", span=2), C("", span=2), C("联系电话", span=2), C("", span=2))
    g.add(C("项目地址", span=2), C("岳阳楼区人大常委会", span=2), C("邮  编", span=2),
          C("414000", span=2))
    g.add(C("项目起止时间", span=2), C("2016年1月1日", span=6))
    g.add(*[cell for label, amount in MONEY for cell in (label, amount)])
    for source in SOURCES:
        amount = {"县市区财政": [a for _, a in MONEY]}.get(source, ["", "", "", ""])
        g.add(*[cell for a in amount for cell in (source, a)])
    return g


def _spending() -> Grid:
    g = Grid(4)
    g.add("支出内容", "实际支出数(万元)", "会计凭证号", "备注")
    for what, amount in SPENT:
        g.add(what, amount, "", "")
    return g


def _evaluation() -> Grid:
    g = Grid(4)
    g.add(C("项目绩效定性目标及实施计划完成情况", span=4))
    g.add(C("预  期 目 标", span=2), C("实际完成", span=2))
    g.add(C(GOAL, span=2), C(DONE, span=2))
    g.add(C("项目绩效定量目标(指标)及完成情况", span=4))
    g.add("一级指标", "二级指标", "指标内容", "")
    return g


def doc() -> Doc:
    return Doc("2016年度区人大代表之家项目支出绩效自评报告", [
        "2016年度区人大代表之家项目支出绩效自评报告",
        "来源:楼区财政局   2017-11-23 10:15",
        "岳阳楼区财政支出项目绩效评价自评报告",
        "评价类型:项目实施过程评价□   项目完成结果评价■",
        "项目名称            代表之家",
        "项目单位          岳阳楼区人大办",
        "主管部门",
        "评价方式: 自评",
        "评价机构:",
        "报告日期:2017年5月8日",
        "岳阳市岳阳楼区财政局(制)",
        "一、项 目 基 本 概 况",
        _overview(),
        "二、项目支出明细情况",
        _spending(),
        "三、项目绩效自评情况",
        _evaluation(),
    ])
