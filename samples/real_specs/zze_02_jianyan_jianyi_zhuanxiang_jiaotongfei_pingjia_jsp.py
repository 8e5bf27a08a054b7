"""专项交通费绩效评价表, the vehicles form of the 检验检疫 绩效考核 system of zm_02, zm_04, zzb_02, zzb_03, zzb_05 and
zze_01 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/zxjtf.jsp, initial commit of
2016-08-02), as its JSP page shows it: the 执法执勤用车 of an inspection office (their mileage, the new cars' arrival,
their use) after the car reform, targets and scores written in, what the unit reports (采集数据项, 指标值, 得分,
填报单位, 单位负责人) input boxes, empty here; no unit, year or amount named, the project named only by the title
(专项交通费绩效评价表: neither 项目 nor 支出 in it); the admin app's breadcrumb and buttons left out.  The shared
11-column layout (一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项
(数据项1 | 数据项2) | 指标值), the header repeated before each block, from the second header on 目标值 and (标准)
two paragraphs, and the common 预算绩效 block (50: 40%, 80.21%, 0 次, 否, -0%, 是 …), here with 财务管理 and its
25 each followed by two non-breaking spaces.  This form's own oddities:
- the weights differ from its siblings: 项目产出 30 and 项目效果 20 (not 25 and 25), 产出数量 60;
- a 数量 row whose name and unit disagree: 执法执勤用车平均里程数（公里） with 计量单位 万公里 and target 3.3
  (33,000 km a car if the unit cell is right, 3.3 km if the name is);
- 产出时效 and, in 项目效果, 经济效益, 环境效益 and 服务对象满意度 are empty two-row blocks whose cells hold only
  non-breaking spaces (one or two), their weight cells too;
- 社会效益 (50) and 可持续影响 (50) each one 是/否 question merged over FIVE rows, 10 points a row, 理由 ① … ⑤.
Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: the 里程 target is read with its 计量单位 cell, as the contract reads a 万 in a unit cell
(3.3 万公里 = 33000 公里); the name's （公里） is the name's.  Rows of non-breaking spaces are blank and no records."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/zxjtf.jsp"),
    "title": "专项交通费绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "zxjtf(专项交通费绩效评价表).html"

TITLE = "专项交通费绩效评价表"
NB = "\u00a0"  # the page's &nbsp;
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]


def header(target: str) -> tuple[C, ...]:
    return (C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
            C("三级指标", down=2), C("计量单位", down=2), C(target, down=2), C("分值", down=2),
            C("采集数据项", span=2), C("指标值", down=2))


def empty_effect(g: Grid, lead: list[C | str], name: str) -> None:
    """An empty two-row 项目效果 block: the 二级 name, its weight and every cell a non-breaking space or two."""
    g.add(*lead, C(name, down=2), C(NB * 2, down=2), NB, NB, NB, NB, NB, C(NB * 2, span=2))
    g.add(NB, NB, NB, NB, NB, C(NB * 2, span=2))


def question(g: Grid, lead: list[C | str], text: str) -> None:
    """A 是/否 question merged over five rows, 10 points on each, 理由 ① … ⑤."""
    g.add(*lead, C(text, down=5), C("是/否", down=5), C("是", down=5), "10", C("", down=5), C("①", span=2))
    for mark in "②③④⑤":
        g.add("10", C(mark, span=2))


def doc() -> Doc:
    g = Grid(11)
    g.add(*header("目标值(标准)"))
    g.add("数据项1", "数据项2")
    g.add(C("预算绩效", down=9), C("50", down=9), C("预算管理", down=6), C("75", down=6),
          "预算执行进度(7月)", "%", "40%", "7", "", "", "")
    g.add("预算执行进度（11月）", "%", "80.21%", "8", "", "", "")
    g.add("预算调整次数（实际调整数）", "次", "0", "5", "", "/", "")
    g.add("项目预算资金是否被核减", "是/否", "否", "25", "", "/", "")
    g.add("结转结余资金率", "%", "-0%", "25", "", "", "")
    g.add("是否开展预算编报考评", "是/否", "是", "5", "", "/", "")
    g.add(C("财务管理" + NB * 2, down=3), C("25" + NB * 2, down=3), "用款计划差错率", "%", "-0%", "7", "", "", "")
    g.add("是否存在违规行为", "是/否", "否", "13", "", "/", "")
    g.add("是否开展会计决算报表考评", "是/否", "是", "5", "", "/", "")

    g.add(*header("目标值\n(标准)"))
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=6), C("30", down=6), C("产出数量", down=2), C("60", down=2),
          "执法执勤用车平均里程数（公里）", "万公里", "3.3", "30", "", "", "")
    g.add("新购执法执勤车辆到位率", "%", "100%", "30", "", "", "")
    g.add("产出质量", "20", "执法执勤用车车辆使用率", "%", "100%", "20", "", "", "")
    g.add(C("产出时效", down=2), C(NB * 2, down=2), NB, NB, NB, NB, NB, NB, NB)
    g.add(NB, NB, NB, NB, NB, NB, NB)
    g.add("产出成本", "20", "项目支出是否完成专项交通费控制目标", "是/否", "是", "20", "", "/", "")

    hdr = list(header("目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    empty_effect(g, [C("项目效果", down=16), C("20", down=16)], "经济效益")
    question(g, [C("社会效益", down=5), C("50", down=5)], "是否提高检验检疫技术保障能力")
    empty_effect(g, [], "环境效益")
    question(g, [C("可持续影响", down=5), C("50", down=5)], "是否有利于提高检验检疫执法保障能力")
    empty_effect(g, [], "服务对象满意度")
    g.add("总分", "100", "得分", "", C(NB, span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
