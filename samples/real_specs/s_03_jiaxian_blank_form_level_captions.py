"""佳县财政支出项目绩效目标申报表 (陕西, the 2016 form as a .doc shared on a document site): the county's
blank form, every page headed by its title, 填报单位(盖章) and ( 年度) left empty, 项目属性 as two
checkboxes (新增项目 □ 延续项目 □), 项目资金申请(万元) with seven empty sources (财政拨款, 自有资金, 事业收入,
经营性收入, 其他, 其他), a 项目实施进度计划 block (项目实施内容 | 开始时间 | 完成时间, rows 1、 2、 3、 ……),
then 长期绩效指标 and 年度绩效指标 tables (一级指标 | 二级指标 | 指标内容 | 指标值 | 备注) whose rows hold only
the captions of the levels (数量指标 … 服务对象满意度指标, 具体指标, ……) with nothing to measure, and the
填报说明 in prose after it.  Nothing in it is an indicator: a reader must not take the captions for ones.
The stored copy is cut inside the 填报说明's (二); the rebuild ends with (一)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://docx.baby/p/20793843881926.html",
    "title": "2016财政支出项目绩效目标申报表.doc",
    "issuer": "佳县",  # the form's title; no unit fills it in
    "province": "陕西",
    "year": 2016,
    "kind": "项目绩效目标申报表",
    "format": "docx",
}
FILE = "2016财政支出项目绩效目标申报表.docx"
NO_GOLDEN = "a blank form: the reader refuses it, saying so (its gap in real_gaps.json)"

TITLE = "佳县财政支出项目绩效目标申报表"
OUTPUT = ("数量指标", "质量指标", "时效指标", "成本指标", "…")
EFFECT = ("经济效益指标", "社会效益指标", "环境效益指标", "可持续影响指标", "…")


def indicators(caption: str) -> Grid:
    g = Grid(6)
    g.add(C(caption, down=13), "一级指标", "二级指标", "指标内容", "指标值", "备注")
    g.add(C("产出指标", down=5), OUTPUT[0], "", "", "")
    for level2 in OUTPUT[1:]:
        g.add(level2, "", "", "")
    g.add(C("效益指标", down=5), EFFECT[0], "", "", "")
    for level2 in EFFECT[1:]:
        g.add(level2, "", "", "")
    g.add(C("服务对象满意度指标", down=2), "具体指标", "", "", "")
    g.add("……", "", "", "")
    return g


def doc() -> Doc:
    head = Grid(6)
    head.add(C("填报单位(盖章)", span=6))
    head.add("项目名称", C("", span=5))
    head.add("项目属性", C("新增项目 □ 延续项目 □", span=5))
    head.add("主管部门", C("", span=2), "主管部门编码", C("", span=2))
    head.add("项目实施单位", C("", span=5))
    head.add("项目负责人", C("", span=2), "联系电话", C("", span=2))
    head.add("项目起止时间", C("", span=5))
    head.add(C("项目资金申请(万元)", down=7), C("资金总额:", span=5))
    for label in ("财政拨款:", "自有资金:", "事业收入:", "经营性收入:", "其他:", "其他:"):
        head.add(C(label, span=5))
    head.add("单位职能概述", C("", span=5))
    plan = Grid(6)
    plan.add("项目概况", C("", span=5))
    plan.add(C("项目立项情况", down=3), "项目立项的依据", C("", span=4))
    plan.add("项目申报的可行性", C("", span=4))
    plan.add("项目申报的必要性", C("", span=4))
    plan.add(C("项目实施进度计划", down=6), C("项目实施内容", span=3), "开始时间", "完成时间")
    for n in ("1、", "2、", "3、", "……", "……"):
        plan.add(C(n, span=3), "", "")
    plan.add(C("项目绩效目标", down=2), C("长期目标", span=2), C("年度目标", span=3))
    plan.add(C("", span=2), C("", span=3))
    tail = Grid(6)
    tail.add("其他说明的问题", C("", span=5))
    return Doc(TITLE, [
        TITLE, "( 年度)", head,
        TITLE, plan,
        TITLE, indicators("长期绩效指标"),
        TITLE, indicators("年度绩效指标"), tail,
        "填报人:          单位负责人:          填报日期:",
        TITLE + "填报说明",
        "一、适用范围",
        "(一)本表适用于预算部门在申请项目支出预算时填报,作为项目绩效目标审核、预算资金确定和绩效评价的主要依据。",
    ])
