"""长吉图发展战略专项经费绩效评价表, the form of the 检验检疫 绩效考核 system of zm_02, zm_04, zzb_02, zzb_03, zzb_05,
zze_01 and zze_02 for the 长吉图 money (长春-吉林-图们江, 吉林's border-opening strategy: the only place in the system
that names where it is) -- repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/fzzl.jsp, initial
commit of 2016-08-02 -- as its JSP page shows it: targets and scores written in, what the unit reports (采集数据项,
指标值, 得分, 填报单位, 单位负责人) input boxes, empty here; no unit, year or amount named, the project named only by
the title; the admin app's breadcrumb and buttons left out.  The shared 11-column layout (一级指标 | 权重 | 二级指标 |
分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标值), the header repeated
before each block, from the second header on 目标值 and (标准) two paragraphs.  What sets this form apart: ONLY the
预算绩效 block is filled, and it carries the whole weight -- 预算绩效 100, 项目产出 0, 项目效果 0 -- while 总分
still reads 100: the 产出 block is its four 二级 names (产出数量, 产出质量, 产出时效, 产出成本), one row each, every
other cell a non-breaking space; the 效果 block its five 二级 names (经济效益, 社会效益, 环境效益, 可持续影响,
服务对象满意度), two rows each, weight cells of two non-breaking spaces and every other cell one.  The 预算绩效 block
is the system's common one (预算管理 75: 40%, 80.21%, 0 次, 否, -0%, 是; 财务管理 25: -0%, 否, 是).  Under the
table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: the nine 预算绩效 rows are the indicators; the 产出 and 效果 rows carry a category and
nothing else, so they are no records (the contract's rule for blank category rows), and the 0 weights stay in the
table only."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/fzzl.jsp"),
    "title": "长吉图发展战略专项经费绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": "吉林",  # 长吉图 (长春-吉林-图们江) is 吉林's; no unit or place is named otherwise
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "fzzl(长吉图发展战略专项经费绩效评价表).html"

TITLE = "长吉图发展战略专项经费绩效评价表"
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


def doc() -> Doc:
    g = Grid(11)
    g.add(*header("目标值(标准)"))
    g.add("数据项1", "数据项2")
    g.add(C("预算绩效", down=9), C("100", down=9), C("预算管理", down=6), C("75", down=6),
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
    for i, name in enumerate(("产出数量", "产出质量", "产出时效", "产出成本")):
        lead = [C("项目产出", down=4), C("0", down=4)] if i == 0 else []
        g.add(*lead, name, *[NB] * 8)

    hdr = list(header("目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    for i, name in enumerate(("经济效益", "社会效益", "环境效益", "可持续影响", "服务对象满意度")):
        lead = [C("项目效果", down=10), C("0", down=10)] if i == 0 else []
        g.add(*lead, C(name, down=2), C(NB * 2, down=2), NB, NB, NB, NB, NB, C(NB * 2, span=2))
        g.add(NB, NB, NB, NB, NB, C(NB * 2, span=2))
    g.add("总分", "100", "得分", "", C(NB, span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
