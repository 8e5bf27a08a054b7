"""海南省人民政府研究室's 财政支出项目绩效评价报告 for 海南宏观经济形势分析预测与经济动态监测预警项目 (海南; the
province's own 2013 evaluation-report template, filled in and shared on a document library, 淘文阁, under the name
财政支出项目绩效评价报告范本.doc), as the library's preview text gives its first pages: a cover of label lines
(评价类型 / 组织方式 / 评价机构 with their option words and no ticks left, 评价单位(盖章): and 上报时间 2013年4月 25 日),
then a 项目绩效目标表 with a 项目名称: line above it and a layout none of the others has: 指标类型 | 绩效指标 |
年初绩效目标 | 调整后绩效目标(如有) | 绩效标准 spread over four graded columns 优 / 良 / 中 / 差 (each headed
"(年初/调整后)") on a second header row; only two levels (产出指标, 成效指标, 效率指标 as the 指标类型, the 绩效
指标 a sentence starting 指标1: or 指标:); an unfilled "指标2:" prompt row under 产出指标; every 年初绩效目标
全部完成 with 调整后 无 and the grades 全部完成 / 80% / 60% / 60%以下; a 注: line below.  Then 项目基本信息 and
一、项目基本情况, a key block with 主管部门 left empty (the cover names it), 联系电话 / 地址 / 邮编, 项目类型 with
both brackets empty, 计划投资额 144, 实际到位资金 144, 实际使用情况 142 (万元), and two 其中: lists side by side
(中央财政 / 省财政 / 市县财政 / 其他; only 省财政 filled: 144 planned, 144 received and 142 used).  The library's
text runs the cells together: the key block's geometry is read from the order of its words.  The library's page
markers (1、 2、 3、) and a stray "10" after the cover's date are not kept; the preview is cut at the heading
二、绩效…, so the rebuild ends after the 其中: lists.  The budget year is not written anywhere on these pages
(the evaluation ran from February to April 2013)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.taowenge.com/p-3089252.html",
    "title": "财政支出项目绩效评价报告范本.doc",
    "issuer": "海南省人民政府研究室",
    "province": "海南",
    "year": 2012,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "财政支出项目绩效评价报告范本(海南宏观经济形势分析预测与经济动态监测预警项目).doc"

PROJECT = "海南宏观经济形势分析预测与经济动态监测预警项目"
UNIT = "海南省人民政府研究室"

COVER = [
    "财政支出项目绩效评价报告",
    "评价类型:实施过程评价 完成结果评价",
    f"项目名称: {PROJECT}",
    f"项目单位: {UNIT}",
    f"主管部门: {UNIT}",
    "评价时间: 2013年 2 月 10 日至 2013年 4月 25日",
    "组织方式:财政部门 主管部门 项目单位",
    "评价机构:中介机构 专家组 项目单位评价组",
    "评价单位(盖章):",
    "上报时间:2013年4月 25 日",
]
NOTE = "注:“年初”目标指编制预算时(或绩效分析调整)申报的目标,“调整后”目标按项目自评情况填报"

GRADES = ("全部完成", "80%", "60%", "60%以下")


def targets() -> Grid:
    g = Grid(8)
    g.add(C("指标类型", down=2), C("绩效指标", down=2), C("年初绩效目标", down=2),
          C("调整后绩效目标(如有)", down=2), C("绩效标准", span=4))
    g.add("优(年初/调整后)", "良(年初/调整后)", "中(年初/调整后)", "差(年初/调整后)")
    g.add(C("产出指标", down=2), "指标1:海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告",
          "全部完成", "无", *GRADES)
    g.add("指标2:", "", "", "", "", "", "")
    g.add("成效指标", "指标:以报告的进度衡量标准", "全部完成", "无", *GRADES)
    g.add("效率指标", "指标:以资金的使用进度为衡量标准", "全部完成", "无", *GRADES)
    return g


def basics() -> Grid:
    g = Grid(7)
    g.add(C("项目实施单位", span=2), C(UNIT, span=5))
    g.add(C("主管部门", span=2), C("", span=2), "项目负责人", C("张焕南", span=2))
    g.add(C("联系电话", span=2), C("08986560316", span=5))
    g.add(C("地址", span=2), C("海口市国兴大道9号", span=2), "邮编", C("570203", span=2))
    g.add(C("项目类型", span=2), C("经常性项目( ) 一次性项目( )", span=5))
    g.add(C("计划投资额(万元)", span=2), "144", "实际到位资金(万元)", "144", "实际使用情况(万元)", "142")
    g.add(C("其中:", down=4), "中央财政", "", C("其中:", down=4), "中央财政", "", "")
    g.add("省财政", "144", "省财政", "144", "142")
    g.add("市县财政", "", "市县财政", "", "")
    g.add("其他", "", "其他", "", "")
    return g


def doc() -> Doc:
    return Doc("财政支出项目绩效评价报告", [
        *COVER,
        "项目绩效目标表",
        f"项目名称:{PROJECT}",
        targets(),
        NOTE,
        "项目基本信息",
        "一、项目基本情况",
        basics(),
    ])
