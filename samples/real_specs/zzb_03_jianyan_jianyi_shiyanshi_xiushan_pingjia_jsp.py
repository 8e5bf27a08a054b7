"""实验室大型修缮经费绩效评价表, the building-repair form of the 检验检疫 绩效考核 system of zm_02, zm_04 and zzb_02
(repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/sysdx.jsp, initial commit of 2016-08-02), as its
JSP page shows it: the targets and scores of the laboratories' major repairs (修缮竣工, 验收, 交付) written in, what
the unit reports (采集数据项, 指标值, 得分, 填报单位, 单位负责人) input boxes, empty here; no unit, year or amount named,
the project named only by the title; the admin app's breadcrumb and buttons left out.  The shared 11-column layout
(一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标值),
its header repeated before each block (预算绩效 50, 项目产出 25, 项目效果 25); unlike zm_02 and zzb_02 every header
here ends in 指标值, the first with 目标值(标准) on one line, the later two in two paragraphs.  This form's own
oddities: 产出数量 is a single unmerged row whose 分值 equals its weight (40 | … | 40); 产出质量 and its weight 30
carry a trailing non-breaking space; every 产出 target is 100% (完成率, 合格率, 交付率); 产出成本 is two empty rows with
an empty weight; in 项目效果 each 是/否 question is merged over FIVE rows with 理由 ① … ⑤, 7 points on each row under
经济效益 (35) and 社会效益 (35) but 6 under 可持续影响 (30), while 环境效益 and 服务对象满意度 are two empty rows each;
a closing row 总分 | 100 | 得分 | (input).  The 预算绩效 block is the one every form of the system repeats (40%,
80.21%, 0 次, 否, -0%, 是).  Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/sysdx.jsp"),
    "title": "实验室大型修缮经费绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "sysdx(实验室大型修缮经费绩效评价表).html"

TITLE = "实验室大型修缮经费绩效评价表"
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


def question(g: Grid, text: str, lead: list[C | str], score: str) -> None:
    """A 项目效果 是/否 question merged over five rows, the same points on each, 理由 ① … ⑤."""
    g.add(*lead, C(text, down=5), C("是/否", down=5), C("是", down=5), score, C("", down=5), C("①", span=2))
    for mark in "②③④⑤":
        g.add(score, C(mark, span=2))


def empty_pair(g: Grid, name: str) -> None:
    g.add(C(name, down=2), C("", down=2), "", "", "", "", "", C("", span=2))
    g.add("", "", "", "", "", C("", span=2))


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
    g.add(C("财务管理", down=3), C("25", down=3), "用款计划差错率", "%", "-0%", "7", "", "", "")
    g.add("是否存在违规行为", "是/否", "否", "13", "", "/", "")
    g.add("是否开展会计决算报表考评", "是/否", "是", "5", "", "/", "")

    g.add(*header("目标值\n(标准)"))
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=7), C("25", down=7), "产出数量", "40",
          "实验室大型修缮竣工项目完成率", "%", "100%", "40", "", "", "")
    g.add(C("产出质量" + NB, down=2), C("30" + NB, down=2),
          "实验室大型修缮竣工项目验收合格率", "%", "100%", "15", "", "", "")
    g.add("实验室大型设备维修合格率", "%", "100%", "15", "", "", "")
    g.add(C("产出时效", down=2), C("30", down=2), "实验室大型修缮项目验收交付率", "%", "100%", "15", "", "", "")
    g.add("实验室大型设备维修验收交付率", "%", "100%", "15", "", "", "")
    g.add(C("产出成本", down=2), C("", down=2), "", "", "", "", "", "", "")
    g.add("", "", "", "", "", "", "")

    hdr = list(header("目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    question(g, "当年新竣工项目是否达到预期目标",
             [C("项目效果", down=19), C("25", down=19), C("经济效益", down=5), C("35", down=5)], "7")
    question(g, "是否提高检验检疫技术保障能力", [C("社会效益", down=5), C("35", down=5)], "7")
    empty_pair(g, "环境效益")
    question(g, "是否有利于提高检验检疫执法保障能力", [C("可持续影响", down=5), C("30", down=5)], "6")
    empty_pair(g, "服务对象满意度")
    g.add("总分", "100", "得分", "", C("", span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
