"""海口市美兰区文化体育和旅游发展局's 乡镇文体广场建设财政支出项目绩效评价报告 (海南 海口 美兰区; 发文日期 2017年05月30日
on the district's disclosure page, mlqzf.haikou.gov.cn), as the stored page gives it: the report's title twice (the
page's heading, then the cover's 乡镇文体广场建设 / 财政支出项目绩效评价报告), the Haikou 项目绩效目标表 with a 项目名称:
line that names the project after the notice that paid for it (关于下达区文体局乡镇(社区)文体广场建设经费, not the
乡镇文体广场建设 of the title), the form's own 说明: (four paragraphs, the last one: 绩效标准的设定要将绩效目标分优良中差
四档形式量化表述), then 项目基本信息 / 一、项目基本情况 and the first rows of its key block.  The table is the four-header
Haikou form of zy_01 with 绩效标准 spread over four graded cells that have no 优/良/中/差 captions of their own; each type
(产出指标, 成效指标) is merged down three rows: the filled row, an empty row and a row holding only a "……" prompt, as the
template left them.  The grades are satisfaction rates (满意率98%以上 / 满意率80%以上 / 满意率50%以上 / 满意率30%以下) on
both rows although neither target is a rate: the 绩效目标 column holds 完成区政府为民办实事 and a sentence
(得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活), so the only percentages in the table are the grades, not the
targets.  The 成效指标's 指标名称 is a category word (社会效益), and the 产出指标's a count inside a phrase (7个社区(乡镇)文体广场
改建或新建工作, which the page starts with a space, not kept).  No year is written in the table or the report's pages
kept here (the page is dated 2017-05-30; its 索引号 00817879-4/2022-00265 and the page's 发布机构 / 名称 / 文号 lines are
the site's, not kept).  Published as an HTML page; rebuilt as a printed report (.pdf).  Each key row on the page is
followed by an empty cell (a fifth column or a spacer row), not kept; the stored page breaks off after 邮编 570203 at
the next label (项目…), so the key block ends with the 地址 row (海口市美兰区振兴路8, with no 号)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://mlqzf.haikou.gov.cn/xgk/mlqzf/mlqlyhwhtyj/fdzdgknr/czgk_8703/201706/t1192505.shtml",
    "title": "乡镇文体广场建设财政支出项目绩效评价报告",
    "issuer": "海口市美兰区文化体育和旅游发展局",
    "province": "海南",
    "year": None,  # not stated; the page is dated 2017-05-30
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "乡镇文体广场建设财政支出项目绩效评价报告(美兰区).pdf"

TITLE = "乡镇文体广场建设财政支出项目绩效评价报告"
UNIT = "海口市美兰区文化体育和旅游发展局"
PROJECT = "关于下达区文体局乡镇(社区)文体广场建设经费"

GRADES = ("满意率98%以上", "满意率80%以上", "满意率50%以上", "满意率30%以下")

NOTES = [
    "说明:",
    "产出指标反映项目实施提供的产品或服务,例如:清理排水沟公里数、维修养护道路数(条或公里)、亮化路灯数量等。",
    "成效指标反映项目产出或活动带来的结果,例如:验收合格率、车行道年维修保养率、人行道年维修保养率、道路完好率、"
    "社会公众满意度等。",
    "绩效目标的制定要经过科学预测和调查研究,既要符合实际,又要有一定的挑战性且可衡量(即高于历史水平或平均水平,"
    "在既定条件下经过努力可以实现)。",
    "绩效标准的设定要将绩效目标分优良中差四档形式量化表述。",
]


def targets() -> Grid:
    g = Grid(7)
    g.add("指标类型", "指标名称", "绩效目标", C("绩效标准", span=4))
    g.add(C("产出指标", down=3), "7个社区(乡镇)文体广场改建或新建工作", "完成区政府为民办实事", *GRADES)
    g.add("", "", "", "", "", "")
    g.add("……", "", "", "", "", "")
    g.add(C("成效指标", down=3), "社会效益", "得到领导的充分肯定,极大的丰富和活跃了人民群众的文体生活", *GRADES)
    g.add("", "", "", "", "", "")
    g.add("……", "", "", "", "", "")
    return g


def basics() -> Grid:
    g = Grid(4)
    g.add("项目实施单位", UNIT, "主管部门", UNIT)
    g.add("项目负责人", "章远军", "联系电话", "65373121")
    g.add("地址", "海口市美兰区振兴路8", "邮编", "570203")
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "乡镇文体广场建设",
        "财政支出项目绩效评价报告",
        "项目绩效目标表",
        f"项目名称:{PROJECT}",
        targets(),
        *NOTES,
        "项目基本信息",
        "一、项目基本情况",
        basics(),
    ])
