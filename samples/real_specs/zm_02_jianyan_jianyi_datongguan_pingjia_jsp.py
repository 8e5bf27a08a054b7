"""大通关(电子监管)项目支出绩效评价表, a form of a 检验检疫 (entry-exit inspection and quarantine) office's 绩效考核
system, as the JSP page of that system shows it (repository hktianyi/Meeting, the admin app's
WEB-INF/views/task/kpi/dtg.jsp, initial commit of 2016-08-02; the sibling pages carry 长吉图发展战略专项经费, 赴港直通车,
口岸核心能力达标建设 … forms of the same system).  The page holds one real table with its targets and scores written
in; what the unit reports (采集数据项, 指标值, 得分, 填报单位, 单位负责人) are input boxes, empty here.  No unit, year
or amount is named anywhere; the project is named only by the form's title.  The admin app's breadcrumb and
buttons around the form are left out.  Layout: 11 columns in which the levels alternate with their weights
(一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) |
指标), the header repeated before each of the three blocks (预算绩效 50, 项目产出 25, 项目效果 25) -- the first
header says 指标 where the others say 指标值, and from the second on 目标值 and (标准) are two paragraphs; the
third block's 采集数据项 is 数据项1 | 理由 (理由 over two columns), each of its 三级 questions merged over five rows
with 分值 5 on every row and the 理由 rows numbered ① … ⑤.  The unit of each target is in its own column (%, 次,
是/否), targets written 40%, 80.21%, -0% (a negative zero for two rates that should be nil), 0 (次), 否 / 是;
数据项2 holds / where a second figure is not asked for; 产出成本, 环境效益, 可持续影响 and 服务对象满意度 are left
as empty rows, the weight cells of the empty 二级 blank; a closing row 总分 | 100 | 得分 | (input).  The
parentheses of the 三级 names mix half- and full-width (预算执行进度(7月) / 预算执行进度（11月）)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/dtg.jsp"),
    "title": "大通关(电子监管)项目支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "dtg(大通关(电子监管)项目支出绩效评价表).html"

TITLE = "大通关(电子监管)项目支出绩效评价表"
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]


def header(last: str, target: str) -> tuple[C, ...]:
    return (C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
            C("三级指标", down=2), C("计量单位", down=2), C(target, down=2), C("分值", down=2),
            C("采集数据项", span=2), C(last, down=2))


def reasons(g: Grid, question: str, name: str | None = None, weight: str | None = None) -> None:
    """A 项目效果 question: merged over five rows, 5 points on each, 理由 ① … ⑤."""
    first: list[C | str] = []
    if name is not None:
        first += [C(name, down=10), C(weight or "", down=10)]
    g.add(*first, C(question, down=5), C("是/否", down=5), C("是", down=5), "5", C("", down=5), C("①", span=2))
    for mark in "②③④⑤":
        g.add("5", C(mark, span=2))


def doc() -> Doc:
    g = Grid(11)
    g.add(*header("指标", "目标值(标准)"))
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

    g.add(*header("指标值", "目标值\n(标准)"))
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=10), C("25", down=10), C("产出数量", down=5), C("60", down=5),
          "网络覆盖率", "%", "100%", "10", "", "", "")
    g.add("电子通关率", "%", "100%", "15", "", "", "")
    g.add("电子申报率", "%", "100%", "10", "", "", "")
    g.add("电子转单覆盖率", "%", "100%", "10", "", "", "")
    g.add("电子监管企业覆盖率", "%", "20%", "15", "", "", "")
    g.add(C("产出质量", down=2), C("30", down=2), "核心业务系统的瘫痪次数", "次", "0", "15", "", "/", "")
    g.add("核心系统被入侵次数", "次", "0", "15", "", "/", "")
    g.add("产出时效", "10", "核心业务数据是否及时准确传输", "是/否", "是", "10", "", "/", "")
    g.add(C("产出成本", down=2), C("", down=2), "", "", "", "", "", "", "")
    g.add("", "", "", "", "", "", "")

    hdr = list(header("", "目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    first = [C("项目效果", down=26), C("25", down=26)]
    g.add(*first, C("经济效益", down=10), C("50", down=10), C("是否减少了企业通关成本", down=5), C("是/否", down=5),
          C("是", down=5), "5", C("", down=5), C("①", span=2))
    for mark in "②③④⑤":
        g.add("5", C(mark, span=2))
    reasons(g, "是否降低了检验检疫部门的监管成本")
    reasons(g, "是否提高了企业通关速度", "社会效益", "50")
    reasons(g, "是否提高了检验检疫部门的监管成效")
    for name in ("环境效益", "可持续影响", "服务对象满意度"):
        g.add(C(name, down=2), C("", down=2), "", "", "", "", "", C("", span=2))
        g.add("", "", "", "", "", C("", span=2))
    g.add("总分", "100", "得分", "", C("", span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
