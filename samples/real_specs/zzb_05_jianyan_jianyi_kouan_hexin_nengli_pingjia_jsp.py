"""提升口岸核心能力达标建设专项经费支出绩效评价表, the ports' public-health emergency capacity form (the 国际卫生条例
核心能力 of every open port: 应对公共卫生风险和突发公共卫生事件) of the 检验检疫 绩效考核 system of zm_02, zm_04,
zzb_02 and zzb_03 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/dbjs.jsp, initial commit of
2016-08-02), as its JSP page shows it: targets and scores written in, what the unit reports (采集数据项, 指标值, 得分,
填报单位, 单位负责人) input boxes, empty here; no unit, year or amount named, the project named only by the title;
the admin app's breadcrumb and buttons left out.  The page indents its title (style margin-left 19%), kept here as a
plain title paragraph.  The shared 11-column layout (一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 |
目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标值), the header repeated before each block (预算绩效 50,
项目产出 25, 项目效果 25); here every header has 目标值(标准) on one line and ends in 指标值.  This form's own
oddities: a 项目产出 block of only four rows, one per 二级, each 分值 equal to its weight (30, 40, 30), 产出成本 ONE
empty row; a 数量 三级 that names no measure at all (全国所有国家开放口岸 | % | 100%: the ports, not a rate of them),
the 质量 and 时效 rows national rates (考核验收率, 考核达标率); in 项目效果 each 是/否 question merged over four rows,
5 points on each, 理由 ① … ④, 环境效益 filled (是否有利于保护国境口岸生态环境), 可持续影响 (40) holding two long
questions over eight rows, one with a full-width comma inside (…不必要的干扰，最大限度地…) and one doubling its noun
(…突发公共卫生突发事件能力), 服务对象满意度 two empty rows; a closing row 总分 | 100 | 得分 | (input).  The
预算绩效 block is the system's common one (40%, 80.21%, 0 次, 否, -0%, 是).  Under the table the 填报单位（公章）/
单位负责人 line and the six 填表说明 notes."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/dbjs.jsp"),
    "title": "提升口岸核心能力达标建设专项经费支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "dbjs(提升口岸核心能力达标建设专项经费支出绩效评价表).html"

TITLE = "提升口岸核心能力达标建设专项经费支出绩效评价表"
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]


def header() -> tuple[C, ...]:
    return (C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
            C("三级指标", down=2), C("计量单位", down=2), C("目标值(标准)", down=2), C("分值", down=2),
            C("采集数据项", span=2), C("指标值", down=2))


def question(g: Grid, text: str, lead: list[C | str]) -> None:
    """A 项目效果 是/否 question merged over four rows, 5 points on each, 理由 ① … ④."""
    g.add(*lead, C(text, down=4), C("是/否", down=4), C("是", down=4), "5", C("", down=4), C("①", span=2))
    for mark in "②③④":
        g.add("5", C(mark, span=2))


def doc() -> Doc:
    g = Grid(11)
    g.add(*header())
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

    g.add(*header())
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=4), C("25", down=4), "产出数量", "30", "全国所有国家开放口岸", "%", "100%", "30",
          "", "", "")
    g.add("产出质量", "40", "全国国家开放口岸核心能力建设考核验收率", "%", "100%", "40", "", "", "")
    g.add("产出时效", "30", "全国国家开放口岸核心能力考核达标率", "%", "100%", "30", "", "", "")
    g.add("产出成本", "", "", "", "", "", "", "", "")

    hdr = list(header())
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    question(g, "口岸核心能力建设工作是否对地方外经作出贡献",
             [C("项目效果", down=22), C("25", down=22), C("经济效益", down=4), C("20", down=4)])
    question(g, "是否有效预防、抵御、控制和应对疾病的国际传播", [C("社会效益", down=4), C("20", down=4)])
    question(g, "是否有利于保护国境口岸生态环境", [C("环境效益", down=4), C("20", down=4)])
    question(g, "是否有效避免对国际交通和贸易造成不必要的干扰，最大限度地减少导致疾病国际传播的事件对人们生活的影响",
             [C("可持续影响", down=8), C("40", down=8)])
    question(g, "是否加强和维持国境口岸应对公共卫生风险和国际关注的突发公共卫生突发事件能力", [])
    g.add(C("服务对象满意度", down=2), C("", down=2), "", "", "", "", "", C("", span=2))
    g.add("", "", "", "", "", C("", span=2))
    g.add("总分", "100", "得分", "", C("", span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
