"""海口市档案局's 2016年度项目支出绩效评价报告 for its 档案征集编研 project (海南 海口; posted on the bureau's site,
daj.haikou.gov.cn, 2017-10-10), as the stored page gives it: the page's title (the only place the year 2016 is
written), the report's cover as label lines (评价类型 / 组织方式 / 评价机构 with all their option words and nothing
ticked, 主管部门: left empty, 评价单位:海口市档案局), then the Haikou 项目绩效目标表 with a 项目名称: line above it.
The table is the Hainan evaluation-report template of zb_01 and ze_02 in its four-column Haikou form: 指标类型 |
指标名称 | 绩效目标 | 绩效标准, only two levels (产出指标 merged down four rows, 成效指标, 效率指标 as the type),
and every 绩效目标 a sentence, not a number: counts inside prose (每月3000本,一年12期; 30本和《档案馆指南》1000 with
no unit after 1000), a list ending 等等。, and a 成效指标 row whose target repeats its name with one character changed
(和 → 及).  A name carries a stray space (成立95 周年) that its target does not.  The 绩效标准 cells are empty: the
page has nothing between one row's target and the next row's name (the sibling page of 美兰区, zy_02, shows the
same header over four graded cells; here they are rebuilt as one empty column).  The cover's dates are kept as the
page gives them, their 年 and 月 lost (评价时间: 2017913日至 2017915, 上报时间:2017915); the runs of spaces in
the cover's lines (between option words, after 项目名称:) are single spaces here.  The stored page breaks off in the
效率指标 row (项目资金到位率 | 全…), so the rebuild ends after the 成效指标 row; no budget amount comes before the
cut."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://daj.haikou.gov.cn/hksdag/zwgk/201710/83ffbc18d7f5444ca150d40b15bd6545.shtml",
    "title": "海口市档案局2016年度项目支出绩效评价报告",
    "issuer": "海口市档案局",
    "province": "海南",
    "year": 2016,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "海口市档案局2016年度项目支出绩效评价报告(档案征集编研).docx"

TITLE = "海口市档案局2016年度项目支出绩效评价报告"
UNIT = "海口市档案局"
PROJECT = "档案征集编研"

COVER = [
    "财政支出项目绩效评价报告",
    "评价类型:实施过程评价 完成结果评价",
    f"项目名称: {PROJECT}",
    f"项目单位: {UNIT}",
    "主管部门:",
    "评价时间: 2017913日至 2017915",
    "组织方式:财政部门 主管部门 项目单位",
    "评价机构:中介机构 专家组 项目单位评价组",
    f"评价单位:{UNIT}",
    "上报时间:2017915",
]

# 指标名称, 绩效目标 (产出指标)
OUTPUTS = [
    ("编印《海口市人民政府公报》及其合订本、光盘",
     "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。"),
    ("举办庆祝中国共产党成立95 周年档案图片展", "向社会宣传中国共产党成立95周年来取得的成就"),
    ("开展民间档案资料的征集工作", "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。"),
    ("编印《市领导政务活动画册》、《档案馆指南》", "编印《市领导政务活动画册》30本和《档案馆指南》1000"),
]
EFFECT = ("向社会公开政府公开信息和记录市领导政务活动信息", "向社会公开政府公开信息及记录市领导政务活动信息")


def targets() -> Grid:
    g = Grid(4)
    g.add("指标类型", "指标名称", "绩效目标", "绩效标准")
    for i, (name, target) in enumerate(OUTPUTS):
        lead = [C("产出指标", down=len(OUTPUTS))] if i == 0 else []
        g.add(*lead, name, target, "")
    g.add("成效指标", *EFFECT, "")
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        *COVER,
        "项目绩效目标表",
        f"项目名称:{PROJECT}",
        targets(),
    ])
