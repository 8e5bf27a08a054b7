"""泸县文化广电旅游局 (四川, 泸州) 2024: the 县级部门整体支出绩效目标申报表 it posted on the county's site on 2024-03-12
under the title 2024年县级部门整体支出绩效目标申报表, as the stored page gives it: the title, a 来源 / 发布时间 line
naming the bureau, a line 预算部门:文化部门 above the table -- the department named by its sector, not by its name --,
then Sichuan's 部门整体 form: 总体资金情况(万元) as a label merged down over a three-row money block whose first header
cell is 预算支出 / 总额 (one cell, two lines) merged down two rows beside 基本支出 and 项目支出, each spanning
合计 | 财政拨款 | 专户资金 | 单位资金; the amounts 1695.55 | 1478.75 | 1478.75 | - | - | 216.80 | 216.80 | - | -
(basic and project money all 财政拨款, the 专户 and 单位 cells empty); then 年度主要任务, a label merged down over
任务名称 | 主要内容 rows: 基本支出:人员类、公用经费等运转类支出 and 项目支出1:公共文化服务(群众文化), each with a
paragraph of content.  The stored page breaks off inside the 项目支出2:文旅融合 row's content, so the rebuild ends
after 项目支出1: no 年度总体目标 and no indicator block are shown.

Inferred: which of the empty cells sit under 专户资金 and 单位资金 (the page gives one empty line where two empty
cells are expected); that 总体资金情况(万元) and 年度主要任务 are label cells merged down (the page gives only the
order of the cells).

Decided: the unit is the bureau the page names as 来源, 泸县文化广电旅游局 -- 文化部门 in the 预算部门 line is the
sector, not a unit's name; year 2024; one project, the department's whole spending, named by the unit as other
部门整体 truths are; budget the 预算支出总额 1695.55万元; no funding is decided (the form splits the money by basic and
project spending, each all 财政拨款, not by source of one total); no goals and no indicators are shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://123.56.154.50:9104/zwgk/fdzdgknr/qtfdxx/czzj/czzjsy/content_372872",
    "title": "2024年县级部门整体支出绩效目标申报表",
    "issuer": "泸县文化广电旅游局",
    "province": "四川",
    "year": 2024,
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "2024年县级部门整体支出绩效目标申报表（泸县文化广电旅游局）.html"

TASKS = [
    ("基本支出:人员类、公用经费等运转类支出",
     "保障部门本级及下属单位人员类、公用经费等运转类支出。提高预算编制质量,严格执行预算,保障单位日常运转。"),
    ("项目支出1:公共文化服务(群众文化)",
     "组织县级非遗展演、非遗进校园活动,设计、制作、购买非遗文创产品,开展非物质文化遗产公益性宣传、展示、交流、传播"
     "等活动。促进泸县文化发展大繁荣、丰富广大群众精神文化生活,组织开展群众文化惠民系列活动,组织开展2024三下乡文"
     "化文艺演出,积极参与配合省市品牌活动赛事及演出,组织开展送文化下乡,送文化进乡镇、进校园、进社区、进园区、送景"
     "区等系列精品文化惠民演出活动促进精神文明建设,满足群众文化需求,引进优秀剧目,创作文艺作品等。"),
]


def doc() -> Doc:
    g = Grid(10)
    g.add(C("总体资金情况(万元)", down=3), C("预算支出\n总额", down=2), C("基本支出", span=4), C("项目支出", span=4))
    g.add("合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金")
    g.add("1695.55", "1478.75", "1478.75", "", "", "216.80", "216.80", "", "")
    g.add(C("年度主要任务", down=len(TASKS) + 1), C("任务名称", span=3), C("主要内容", span=6))
    for name, content in TASKS:
        g.add(C(name, span=3), C(content, span=6))
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "来源: 泸县文化广电旅游局 发布时间:2024-03-12 14:56:00",
        "预算部门:文化部门",
        g,
    ])
