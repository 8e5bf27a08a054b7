"""2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表, as a policy database (gopolicy.las.ac.cn, 政策提纲
暂无提纲) stores it: the page gives the title, then an [摘要] that is the whole form run together as one paragraph
-- the rebuild is the form that text was read from, cell by cell in the order the text gives them.  The
绩效目标、评价指标与标准值表 of a province's special fund (表-2), the 投入 / 管理 / 产出 layout that zf_03 (宜兴) has,
but as the target sheet only, with no completion half: a 项目名称: row with 单位:万元 at its end, a 资金申报计划 block
(资金总额 35,543.19 = 财政资金 24,543.19, 其中: 省级财政 24,543.19, + 其他资金 11,000.00, amounts with thousands
commas), then 绩效目标名称 | 目标值 | 评价指标 | 标准值 | 目标值制订说明.  Every row pairs an absolute target with the
rate it is scored on (1.预算投入资金 35543.19万元 beside 预算完成率 =100%), the 标准值 written with a bare = (=100%); the
levels are numbered captions on otherwise empty rows (一、投入目标, 二、管理目标, 三、产出目标, 1.数量目标), the
管理 block mixes a numbered row (5.财务管理, its target a two-item list (1)专账核算(2)符合财务管理制度规定) with unnumbered
ones (资产管理, 项目管理) and sub-items numbered 1-1 … 1-6 whose targets are single words (合规, 完整, 健全, 规范) that
the 标准值 repeats; the 目标值制订说明 column says where each target comes from (财政管理统一要求, 按照项目进程制定).
The stored text breaks off after the first 数量目标 row (1-1 两所完成搬迁时间 …) at the number of the next (1-2): the
rebuild ends after that row.

Decided: no unit is named anywhere on the page (the 省级财政 line shows a province's money, but neither the
province nor the department is stated): unit null, province not stated; the year is the title's 2017年度; one
project, 食品药品监管事业发展专项 (the 项目名称: cell); the budget is the 资金总额 35,543.19 万元, its sources 财政资金
and 其他资金 (省级财政 is the 其中 of 财政资金, not a third source); as zf_03 reads this layout, an indicator is the
绩效目标名称 with its 目标值, the 评价指标 and 标准值 being how it is scored; the numbered captions are the levels
(一、… the first, 1.数量目标 the second), rows under 二、管理目标 having no second level."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://gopolicy.las.ac.cn/service/pread?id=1168264",
    "title": "2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表",
    "issuer": None,  # not named on the page
    "province": None,  # not stated (a province's 省级财政 fund)
    "year": 2017,
    "kind": "绩效目标、评价指标与标准值表",
    "format": "html",
}
FILE = "2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表.html"

TITLE = SOURCE["title"]
FIN = "财政管理统一要求"
EMPTY4 = ("", "", "", "")

# 绩效目标名称, 目标值, 评价指标, 标准值, 目标值制订说明
INPUT = [
    ("1.预算投入资金", "35543.19万元", "预算完成率", "=100%", FIN),
    ("2.实际到位资金", "35543.19万元", "资金到位率", "=100%", FIN),
    ("3.实际支出", "35543.19万元", "实际支出率", "=100%", FIN),
    ("4.专款专用资金", "35543.19万元", "专款专用率", "=100%", FIN),
]
MANAGEMENT = [
    ("5.财务管理", "(1)专账核算(2)符合财务管理制度规定", "财务管理规范度", "=100%", FIN),
    ("资产管理", "执行统一规定", "资产管理规范度", "=100%", FIN),
    ("项目管理", "执行统一规定", "项目管理规范度", "=100%", FIN),
    ("1-1 项目立项", "合规", "项目立项合规性", "合规", FIN),
    ("1-2 项目组织机构建设", "完整", "项目组织机构建设完整性", "完整", FIN),
    ("1-3 项目管理制度", "健全", "项目管理制度健全性", "健全", FIN),
    ("1-4 项目执行监控", "有效执行", "项目执行监控有效性", "有效执行", FIN),
    ("1-5 政府采购与招投标管理", "规范", "政府采购与招投标管理规范性", "规范", FIN),
    ("1-6 合同与监理管理", "规范", "合同与监理管理规范度", "规范", FIN),
]


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称:", C("食品药品监管事业发展专项", span=3), "单位:万元")
    g.add(C("资金申报计划", down=4), "资金总额", C("35,543.19", span=3))
    g.add("财政资金", C("24,543.19", span=3))
    g.add("其中: 省级财政", C("24,543.19", span=3))
    g.add("其他资金", C("11,000.00", span=3))
    g.add("绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明")
    g.add("一、投入目标", *EMPTY4)
    for row in INPUT:
        g.add(*row)
    g.add("二、管理目标", "", "", "", FIN)
    for row in MANAGEMENT:
        g.add(*row)
    g.add("三、产出目标", *EMPTY4)
    g.add("1.数量目标", *EMPTY4)
    g.add("1-1 两所完成搬迁时间", "按照工期计划", "按时完成率", "100%", "按照项目进程制定")
    return Doc(TITLE, [
        "已收录 273763 条政策",
        "政策提纲",
        "暂无提纲",
        TITLE,
        f"[摘要] {TITLE}",
        "绩效目标、评价指标与标准值表",
        "表-2",
        g,
    ])
