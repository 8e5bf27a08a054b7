"""武义县环境卫生管理所's 防尘洗护费 (金华, 浙江; 主管部门 武义县综合行政执法局), the opening of the 浙江省项目支出绩效
评价报告 the county's 财政局 published on 2020-12-31 (索引号 …/2020-223259), as a bidding portal (bidcenter) republished
the bureau's page, here as a Word file.  Not a target table: the cover and first part of the province's evaluation
REPORT form (浙江省财政厅(制)), for a 2019 project evaluated by a 第三方机构 for the 财政局 (财政评价), dated 2020年10月20日.
The page heading, then the page's record (索引号 masked by the portal as ****************48/2020-223259, kept so;
发布机构 县财政局; 文号 empty; 公开日期 2020-12-31), then the cover as lines of label and value (项目名称 防尘洗护费,
项目单位, 主管部门) and three lines of tick boxes whose ticks the portal shows as a bare "t" (事后评价t, 财政评价t,
第三方机构t: the form's check-mark glyph, kept as shown).  Then one table: 一、项 目 基 本 信 息 (spaced out) as a
row over the table, 项目负责人 | 宁华武 | 联系电话 | (empty), 地 址 | … | 邮编 | 321200, 项目起止时间 2019.1.1~2019.12.31,
计划安排资金(万元) 1355.81 beside 实际到位资金(万元) 1355.81, each over its own 其中: list (中央财政, 省财政, 市县财政,
其它: only 市县财政 filled, 1355.81 both sides), 实际支出(万元) 588.23; then 二、项目支出明细情况, a 支出内容 (经济科目) |
计划支出数 | 实际支出数 block of eight spending lines with ONE figure each and a 支出合计 line with two (1355.81 |
588.23).  The eight figures add up to 588.23 exactly (177.80 + 61.35 + 2.78 + 74.67 + 84.68 + 10.62 + 156.33 + 20.00),
so they are put under 实际支出数 with 计划支出数 left empty: the page gives them with no column.  Money in 万元
everywhere, no unit on the figures themselves.

No indicator in the part kept: the stored copy breaks off inside 三、评价报告摘要 (its 概况 cell stops mid-sentence,
防尘洗护项目主要针对武义县城区范围内的主要街道、人行道、), so the rebuild ends with the 支出合计 row; the evaluation's
scored indicators come later in the form.  A reader must not turn the spending lines (燃料费, 保险费, 临时工资 …) into
indicator rows, nor take 588.23 (spent) or the report's 2020 for the budget and year.  Inferred: the grid (four
columns; the 其中 lines as label | value | label | value; 支出内容 over two columns) -- the portal pads every row to
eleven cells and shows no merges; the breadcrumb line of masked links above the record is the portal's and left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-117140109.html",
    "title": "浙江省项目支出绩效评价报告(防尘洗护费)",
    "issuer": "武义县环境卫生管理所",
    "province": "浙江",
    "year": 2019,
    "kind": "项目支出绩效评价报告",
    "format": "html",
}
FILE = "浙江省项目支出绩效评价报告(防尘洗护费).docx"

# 支出内容 (经济科目) -> 实际支出数 (万元); 计划支出数 is empty on every line
SPENDING = [
    ("其他交通(燃料费)", "177.80"),
    ("其他交通费用(保险费)", "61.35"),
    ("其他费用", "2.78"),
    ("临时工资", "74.67"),
    ("收费劳务费", "84.68"),
    ("维修费", "10.62"),
    ("劳务派遣费", "156.33"),
    ("水费", "20.00"),
]


def record() -> Grid:
    g = Grid(4)
    g.add("索引号:", "****************48/2020-223259", "发布机构:", "县财政局")
    g.add("文号:", "", "公开日期:", "2020-12-31")
    return g


def basics() -> Grid:
    g = Grid(4)
    g.add(C("一、项 目 基 本 信 息", span=4))
    g.add("项目负责人", "宁华武", "联系电话", "")
    g.add("地 址", "武义县明招路火车站旁", "邮编", "321200")
    g.add("项目起止时间", C("2019.1.1~2019.12.31", span=3))
    g.add("计划安排资金(万元)", "1355.81", "实际到位资金(万元)", "1355.81")
    g.add("其中:中央财政", "", "其中:中央财政", "")
    g.add("省财政", "", "省财政", "")
    g.add("市县财政", "1355.81", "市县财政", "1355.81")
    g.add("其它", "", "其它", "")
    g.add("实际支出(万元)", C("588.23", span=3))
    g.add(C("二、项目支出明细情况", span=4))
    g.add(C("支出内容 (经济科目)", span=2), "计划支出数", "实际支出数")
    for what, spent in SPENDING:
        g.add(C(what, span=2), "", spent)
    g.add(C("支出合计", span=2), "1355.81", "588.23")
    return g


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        record(),
        "项目名称 防尘洗护费",
        "项目单位 武义县环境卫生管理所",
        "主管部门 武义县综合行政执法局",
        "评价类型:事前评价□ 事中评价□ 事后评价t",
        "评价方式:部门(单位)评价□ 财政评价t",
        "评价机构:第三方机构t 部门(单位)评价组□ 财政评价组□",
        "2020年10月20日",
        "浙江省财政厅(制)",
        basics(),
    ])
