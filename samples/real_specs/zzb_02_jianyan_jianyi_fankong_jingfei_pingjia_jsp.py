"""反恐经费支出绩效评价表, a third form of the 检验检疫 绩效考核 system of zm_02 and zm_04 (repository hktianyi/Meeting,
the admin app's WEB-INF/views/task/kpi/fk.jsp, initial commit of 2016-08-02), as its JSP page shows it: the port's
nuclear/radiological and counter-terror spending (核与辐射监测, 核化生 恐怖事件), the form's targets and scores
written in, what the unit reports (采集数据项, 指标值, 得分, 填报单位, 单位负责人) input boxes, empty here; no unit,
year or amount named anywhere, the project named only by the title (反恐经费支出绩效评价表, without 项目); the admin
app's breadcrumb and buttons left out.  The shared layout: 11 columns in which the levels alternate with their weights
(一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标),
the header repeated before each of the three blocks (预算绩效 50, 项目产出 25, 项目效果 25); the first header ends in
指标, the second in 指标值, and from the second on 目标值 and (标准) are two paragraphs.  This form's own oddities:
the 产出 block has NO empty row -- 产出成本 is filled with two 是/否 questions (大宗设备、物品采购是否政府采购,
结余经费是否用于反恐项目支出), and 产出质量 mixes a % rate with a 是/否 question; the 分值 and 权重 cells of several
rows carry a non-breaking space before or after the figure (10 , 20, 5 , 5 , 20 ); in 项目效果 each 是/否 question is
merged over four rows, 5 points on every row and 理由 ① … ④ (the 理由 column spanning two), 社会效益 (40) holding two
questions over eight rows, 环境效益 one question (是否提高了口岸超标放射性物质的发现能力) rather than an empty row, and
only 服务对象满意度 left as two empty rows (its weight a lone non-breaking space); a closing row 总分 | 100 | 得分 |
(input).  The targets: 40%, 80.21%, 0 (次), -0% (two rates that should be nil), 否 / 是, and 100% for every rate of
the 产出 block.  Under the table the 填报单位（公章）/ 单位负责人 line and six 填表说明 notes, as in zm_02."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/fk.jsp"),
    "title": "反恐经费支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "fk(反恐经费支出绩效评价表).html"

TITLE = "反恐经费支出绩效评价表"
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


def header(last: str, target: str) -> tuple[C, ...]:
    return (C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
            C("三级指标", down=2), C("计量单位", down=2), C(target, down=2), C("分值", down=2),
            C("采集数据项", span=2), C(last, down=2))


def question(g: Grid, text: str, lead: list[C | str], score: str = "5") -> None:
    """A 项目效果 是/否 question merged over four rows, 5 points on each, 理由 ① … ④."""
    g.add(*lead, C(text, down=4), C("是/否", down=4), C("是", down=4), score, C("", down=4), C("①", span=2))
    for mark in "②③④":
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
    g.add(C("项目产出", down=7), C("25", down=7), C("产出数量", down=2), C("40", down=2),
          "核与辐射监测设备覆盖率", "%", "100%", "20", "", "", "")
    g.add("反恐人员专业培训覆盖率", "%", "100%", "20", "", "", "")
    g.add(C("产出质量", down=2), C("30", down=2), "发现异常情况的处置率", "%", "100%", "20", "", "", "")
    g.add("是否提高口岸应对核化生等恐怖事件综合能力", "是/否", "是", "10" + NB, "", "/", "")
    g.add("产出时效", "10", "年度设备采购安装到位率", "%", "100%", "10" + NB, "", "", "")
    g.add(C("产出成本", down=2), C(NB + "20", down=2), "大宗设备、物品采购是否政府采购", "是/否", "是", "10" + NB,
          "", "/", "")
    g.add("结余经费是否用于反恐项目支出", "是/否", "是", "10" + NB, "", "/", "")

    hdr = list(header("", "目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    question(g, "专项资金投入是否提高了口岸反恐综合能力建设",
             [C("项目效果", down=22), C("25", down=22), C("经济效益", down=4), C("20", down=4)])
    question(g, "专项资金投入是否降低了核、生、化材料非法入境量", [C("社会效益", down=8), C("40", down=8)])
    question(g, "专项资金投入是否减少了口岸发生核、生、化恐怖袭击的可能性", [])
    question(g, "专项资金投入是否提高了口岸超标放射性物质的发现能力",
             [C("环境效益", down=4), C(NB + "20", down=4)], score="5" + NB)
    question(g, "专项资金投入是否提高了恐怖组织通过口岸运输核、生、化材料或对口岸实施相应恐怖袭击的威慑力",
             [C("可持续影响", down=4), C("20" + NB, down=4)], score=NB + "5" + NB)
    g.add(C("服务对象满意度", down=2), C(NB, down=2), "", "", "", "", "", C("", span=2))
    g.add("", "", "", "", "", C("", span=2))
    g.add("总分", "100", "得分", "", C("", span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
