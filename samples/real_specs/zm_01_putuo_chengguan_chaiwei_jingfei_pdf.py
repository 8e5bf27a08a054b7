"""上海市普陀区城市管理行政执法局's 2026 部门预算 (PDF, 24 pages), its last two pages: the 项目经费情况说明 of 拆违经费
and the 财政项目支出绩效目标申报表 (2026年度) of that project -- as a public repository keeps them: the GovBudgetChecker
project (zxj6827111-blip/GovBudgetChecker) froze the published PDF (上海市普陀区城市管理行政执法局2026年度部门预算公开.pdf,
sha256 c56f4368…) as a test fixture of page texts AND pdfplumber's page tables, so the cells of the form are known
(tests/fixtures/chengguan_budget_page_data.json; the same pages in perf_phase_amount_truth_page_data.json).
The 说明 names no project in its heading (项目经费情况说明, 七、绩效目标 (包括总目标、年度目标、分解目标等，具体见
表格)) and states the year's money in 万元 (349.80万元).  Shanghai's 2026 form, not the national one: an 8-column
grid with label cells spanning two columns; 项目性质 阶段性项目 in a column so narrow it wraps every two characters;
主管部门 and 实施单位 both 执法大队 (普陀区城市管理行政执法局执法大队 / 上海市普陀区城市管理行政执法局执法大队);
dates 2024-01-01 / 2026-12-31 (a three-year project); a 项目资金（元） block of two halves, 项目资金总额 10,308,000.00
(the three years) beside 年度资金申请总额 3,498,000.00, the left 其中：财政资金 merged over two rows against the right's
其中：当年财政拨款 and 上年结转资金, 其他资金 0.00 on both sides; 项目总体目标 (2024 年-2026 年) beside 年度总体目标,
each cell a numbered list wrapped in a stray pair of straight double quotes as an Excel export leaves them (the left
one with its closing quote on a line of its own); a 绩效指标 caption merged down the left of the indicator block,
its header 一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值, 成本指标 listed first, values written
=100.00(%) / ≥90.00(%) with the percent sign in brackets, and states (合理, 提高, 降低).  Line breaks the PDF
makes inside narrow cells are not kept (阶段性项目, 项目资金（元）, 绩效指标, 服务对象满意度指标); the breaks of
the two goal cells are the items'."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/c5fdaeae373266e6f1f4318a53e0d04771ebb976/"
            "tests/fixtures/chengguan_budget_page_data.json"),
    "title": "上海市普陀区城市管理行政执法局2026年度部门预算公开 财政项目支出绩效目标申报表(拆违经费)",
    "issuer": "上海市普陀区城市管理行政执法局",
    "province": "上海",
    "year": 2026,
    "kind": "财政项目支出绩效目标申报表",
    "format": "pdf",
}
FILE = "上海市普陀区城市管理行政执法局2026年度部门预算公开(拆违经费).pdf"

OVERVIEW = (
    "为深入落实贯彻党的二十届三中全会精神和习近平总书记关于城市建设和国土空间规划的重要论述，持续扎实、稳妥、高效推动本市"
    "违法建设常态化治理工作，根据《上海市城市管理精细化三年行动计划（2024-2026）》等文件精神，按照住房城乡建设部印发的《城市"
    "建成区违法建设专项治理工作五年行动方案》要求，进一步增强全社会防控和治理违法建筑意识，全面遏制违法建设行为，着力形成防控"
    "和治理违法建筑长效机制，有效巩固“五违四必”（安全隐患必须清除、违法无证建筑必须拆除、脏乱现象必须整治、违法经营必须取"
    "缔）区域生态环境综合治理成果。区拆违专办承担全区违法建筑治理的统筹协调工作，2026年将继续作好各类存量违法建筑的拆除工作和"
    "新建违法建筑的控违工作。应对领导批示舆情曝光群众反映强烈的违法建筑的快速处置；为创建良好的违建治理氛围而将进行各种形式的"
    "宣传活动和多媒体制作；为保障违法建筑整治数据的准确性，做好无证建筑数据库销项管理核对和分析，做好违建拆除点位面积的现场核"
    "对，聘请第三方评测公司来开展此项工作；用于拆违现场安全区域的警戒，连续拆违作业现场和重点控违区域的日夜固守，日常街面违建"
    "巡查和小区物业装修巡查而购买第三方巡查队伍；采用无人机巡查等新科技方式来创新违法建筑发现手段。")
BASIS = [
    "1.《上海市住宅物业管理规定》",
    "2.《上海市城乡规划条例》",
    "3.《上海市拆除违法建筑若干规定》",
    "4.《关于进一步加强本市违法建筑治理工作的实施意见》",
    "5.《上海市城市管理行政执法条例实施办法》",
    "6、《上海市城市管理精细化三年行动计划（2024-2026）》",
    "7.《城市建成区违法建设专项治理工作五年行动方案》",
    "8.《关于开展无违建居村（街镇）创建工作的实施意见》",
    "9.《关于加强新增违法建筑监管和信息化建设工作的通知》等",
]
PLAN = [
    "1.加强组织，强化领导，强化对突发事件的协调和处置。",
    "2.构建监控网络，开展对违法建设行为的全方位巡查，做到“及时制止，及时拆除，及时上报”。",
    "3.违建治理的工作安排要高度重视、严密组织、完善方案，确保拆违工作安全有序顺利实施。",
    "4.营造强大舆论宣传氛围，对拒不整改实施违法建设行为的单位及个人给予曝光，对违建治理中先进单位和个人进行表彰。",
    "5.制定年度计划，严格落实对各街镇的年度考核制度。",
    "6.为加强本区新增违法建筑的监管治理，运用智能化、信息化和技术化手段及时有效地查处违法建设行为。",
]
ANNUAL_BUDGET = (
    "本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护第三方服务、普陀城管执法无人机巡查、重大应急拆违工程"
    "款、重大应急工程审价费、第三方航拍巡查对比服务费、拆违设计宣传服务费、全年拆违跟拍及宣传片制作、第三方无证点位复核以及数"
    "据库销项、法律顾问费等。")

ITEMS = ("1.完成市、区相关部门下达的年度拆违任务。\n"
         "2.新增违建“零增长”，坚决做到“无增减存”。\n"
         "3.开展存量违建专项治理，快速降低违建点位数。\n"
         "4.开展普查数据平台“拆一件、销一项、存一档”目标管理。")
TOTAL_GOAL = "\"" + ITEMS + "\n\""
YEAR_GOAL = "\"" + ITEMS + "\""


def doc() -> Doc:
    g = Grid(8)
    g.add(C("财政项目支出绩效目标申报表", span=8))
    g.add(C("（2026年度）", span=8))
    g.add(C("项目名称", span=2), C("拆违经费", span=2), "项目性质", "阶段性项目", "项目类别", "特定目标类")
    g.add(C("主管部门", span=2), C("普陀区城市管理行政执法局执法大队", span=2), "实施单位",
          C("上海市普陀区城市管理行政执法局执法大队", span=3))
    g.add(C("计划开始日期", span=2), C("2024-01-01", span=2), "计划完成日期", C("2026-12-31", span=3))
    g.add(C("项目资金（元）", span=2, down=4), C("项目资金总额", span=2), "10,308,000.00",
          C("年度资金申请总额", span=2), "3,498,000.00")
    g.add(C("其中：财政资金", span=2, down=2), C("10,308,000.00", down=2), C("其中：当年财政拨款", span=2),
          "3,498,000.00")
    g.add(C("上年结转资金", span=2), "0.00")
    g.add(C("其他资金", span=2), "0.00", C("其他资金", span=2), "0.00")
    g.add(C("项目绩效目标", down=2), C("项目总体目标\n(2024 年-2026 年)", span=4), C("年度总体目标", span=3))
    g.add(C(TOTAL_GOAL, span=4), C(YEAR_GOAL, span=3))
    g.add(C("绩效指标", down=9), "一级指标", "二级指标", C("三级指标", span=3), C("年度(/项目)指标值", span=2))
    g.add("成本指标", "经济成本指标", C("成本控制合理性", span=3), C("合理", span=2))
    g.add(C("产出指标", down=3), "数量指标", C("完成年度拆违计划", span=3), C("=100.00(%)", span=2))
    g.add("质量指标", C("违法建筑销项正确率", span=3), C("=100.00(%)", span=2))
    g.add("时效指标", C("新增违建处置率", span=3), C("=100.00(%)", span=2))
    g.add(C("效益指标", down=3), "社会效益指标", C("群众政策知晓度", span=3), C("≥90.00(%)", span=2))
    g.add("生态效益指标", C("提升城市环境美化指数", span=3), C("提高", span=2))
    g.add("可持续影响指标", C("新增违建发生数", span=3), C("降低", span=2))
    g.add("满意度指标", "服务对象满意度指标", C("群众满意度", span=3), C("≥90.00(%)", span=2))
    blocks: list[str | Grid] = [
        "项目经费情况说明",
        "一、项目概述", OVERVIEW,
        "二、立项依据", *BASIS,
        "三、实施主体", "普陀区城市管理行政执法局",
        "四、实施方案", *PLAN,
        "五、实施周期", "2026年1月1日-2026年12月31日",
        "六、年度预算安排", ANNUAL_BUDGET,
        "七、绩效目标", "（包括总目标、年度目标、分解目标等，具体见表格）",
        g,
    ]
    return Doc(SOURCE["title"], blocks)
