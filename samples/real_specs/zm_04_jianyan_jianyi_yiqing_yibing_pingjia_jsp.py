"""疫情疫病项目支出绩效评价表 of the same 检验检疫 绩效考核 system as zm_02 (repository hktianyi/Meeting, the admin
app's WEB-INF/views/task/kpi/yqyb.jsp, initial commit of 2016-08-02), as its JSP page shows it: the form's targets
and scores written in, what the unit reports (采集数据项, 指标值, 得分, 填报单位, 单位负责人) input boxes, empty here;
no unit, year or amount named; the admin app's breadcrumb and buttons left out.  The layout of zm_02 (11 columns,
levels alternating with their weights, the header repeated before each block, 计量单位 in its own column), with
this form's own oddities: every header says 指标值 and 目标值(标准) on one line; a 项目产出 block of 22 rows
whose 三级 are long sentences (出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率);
three % rows with NO target (进境植物疫情检出率, 进口食品化妆品不合格检出率, 出口食品化妆品实际通报率); a rate
whose target is not a percentage although its unit column says % (…检疫筛查率 | % | 5人/10万人); a growth rate
written -0% and two written 5%; trailing spaces in some merged cells (财务管理 , 25 , 28 , 产出成本 ); in 项目效果
each 是/否 question merged over four rows with 5 points on every row and 理由 ① … ④, 可持续影响 holding two
questions over eight rows, 服务对象满意度 left as two empty rows; a closing row 总分 | 100 | 得分 | (input)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/yqyb.jsp"),
    "title": "疫情疫病项目支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "yqyb(疫情疫病项目支出绩效评价表).html"

TITLE = "疫情疫病项目支出绩效评价表"
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]
HEAD = (C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2), C("三级指标", down=2),
        C("计量单位", down=2), C("目标值(标准)", down=2), C("分值", down=2))
# (三级, 计量单位, 目标值, 分值, whether 数据项2 is an input box (else "/"))
OUTPUT = [
    ("进出境动植物检疫完成率", "%", "100%", "8", True),
    ("出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率", "%", "100%", "8", True),
    ("食品化妆品检验检疫批次增长率", "%", "-0%", "8", True),
    ("输入性医学媒介生物截获率", "%", "100%", "5", True),
    ("进境植物疫情检出率", "%", "", "5", True),
    ("建立并及时完善进出境重大动物疫情应急管理体系", "是/否", "是", "2", False),
    ("检疫、口岸防疫和检疫处理的仪器设备和设施适应本地区工作需要", "是/否", "是", "2", False),
    ("储备必要的进出境重大动物疫病诊断试剂、防护用品及防疫消毒药品", "是/否", "是", "2", False),
    ("组织口岸重大动物疫情应急处置演练或培训", "是/否", "是", "2", False),
    ("进口食品化妆品不合格检出率", "%", "", "3", True),
    ("出口食品化妆品实际通报率", "%", "", "3", True),
    ("出入境人员检疫查验发现传染病有症状者检疫筛查率", "%", "5人/10万人", "6", True),
    ("出入境人员发现有症状者排查率", "%", "100%", "6", True),
    ("旅客携带、邮寄禁止进境物截获增长率", "%", "5%", "6", True),
    ("旅客携带、邮寄有害生物截获增长率", "%", "5%", "6", True),
    ("安全风险监控计划完成率", "%", "100%", "6", True),
    ("疫情疫病监测计划完成率", "%", "100%", "6", True),
    ("口岸卫生监督频次完成率", "%", "100%", "6", True),
    ("口岸医学媒介生物监测工作完成率", "%", "100%", "5", True),
    ("卫生检疫技术支撑项目完成率", "%", "100%", "5", True),
]
GROUPS = [("产出数量", "24", 3), ("产出质量", "48", 12), ("产出时效", "28 ", 5)]
EFFECT = [
    ("经济效益", "20", ["检验检疫是否对地方外经作出贡献"]),
    ("社会效益", "20", ["是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质随货物传入传出"]),
    ("环境效益", "20", ["是否有利于保护生态环境"]),
    ("可持续影响", "40", ["是否有利于保护农林生产安全", "是否有利于促进人民身体健康水平提高"]),
]


def doc() -> Doc:
    g = Grid(11)
    g.add(*HEAD, C("采集数据项", span=2), C("指标值", down=2))
    g.add("数据项1", "数据项2")
    g.add(C("预算绩效", down=9), C("50", down=9), C("预算管理", down=6), C("75", down=6),
          "预算执行进度(7月)", "%", "40%", "7", "", "", "")
    g.add("预算执行进度（11月）", "%", "80.21%", "8", "", "", "")
    g.add("预算调整次数（实际调整数）", "次", "0", "5", "", "/", "")
    g.add("项目预算资金是否被核减", "是/否", "否", "25", "", "/", "")
    g.add("结转结余资金率", "%", "-0%", "25", "", "", "")
    g.add("是否开展预算编报考评", "是/否", "是", "5", "", "/", "")
    g.add(C("财务管理 ", down=3), C("25 ", down=3), "用款计划差错率", "%", "-0%", "7", "", "", "")
    g.add("是否存在违规行为", "是/否", "否", "13", "", "/", "")
    g.add("是否开展会计决算报表考评", "是/否", "是", "5", "", "/", "")

    g.add(*HEAD, C("采集数据项", span=2), C("指标值", down=2))
    g.add("数据项1", "数据项2")
    rows = iter(OUTPUT)
    lead: list[C | str] = [C("项目产出", down=22), C("25", down=22)]
    for name, weight, n in GROUPS:
        for i in range(n):
            third, unit, target, score, two = next(rows)
            head = [*lead, C(name, down=n), C(weight, down=n)] if i == 0 else []
            g.add(*head, third, unit, target, score, "", "" if two else "/", "")
            lead = []
    g.add(C("产出成本 ", down=2), C("", down=2), "", "", "", "", "", "", "")
    g.add("", "", "", "", "", "", "")

    g.add(*HEAD, C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    lead = [C("项目效果", down=22), C("25", down=22)]
    for name, weight, questions in EFFECT:
        for k, question in enumerate(questions):
            head = [*lead, C(name, down=4 * len(questions)), C(weight, down=4 * len(questions))] if k == 0 else []
            g.add(*head, C(question, down=4), C("是/否", down=4), C("是", down=4), "5", C("", down=4),
                  C("①", span=2))
            for mark in "②③④":
                g.add("5", C(mark, span=2))
            lead = []
    g.add(C("服务对象满意度", down=2), C("", down=2), "", "", "", "", "", C("", span=2))
    g.add("", "", "", "", "", C("", span=2))
    g.add("总分", "100", "得分", "", C("", span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
