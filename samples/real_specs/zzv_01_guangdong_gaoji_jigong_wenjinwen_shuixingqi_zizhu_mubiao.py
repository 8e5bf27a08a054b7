"""广东省高级技工学校's application of November 2016 for the 温锦文教师资助项目 (5万元 for a teacher of its 汽车工程系, to
learn 汽车水性漆喷涂 and then train 8 骨干教师 of other 技工学校; one of the five sub-applications of the school's 2017
教师资助项目, zzd_01), a real submission kept as text in a public repository: haosky/HaoDT's plagiarism checker
carries the whole Word file as a test string (HaoPy/haoml/articlesimhash.py, commit of 2017-08-07; zzd_01 to zzd_04
are the school-level part and three other teachers of the same file).  The dump keeps paragraph breaks (\\r\\n) and
soft breaks (\\u000B) but runs table cells together, so the tables are rebuilt from the order of their cell texts (the
rebuild's cells, read row by row, give back the dump's text).

What sets this sub-application apart from its four siblings: it names its project four ways -- the cover's
省级基础教育师资培训经费 / 温锦文教师资助项目, the heading's 省级基础教育师资培训经费专项资金温锦文教师资助项目申请报告, the
项目概况's 项目名称：省级基础教育培训经费温锦文教师资助项目 (师资 left out) and the form's 项目名称
省级技工教育强师工程专项资金温锦文老师教师资助项目 (a fifth name for the fund, 老师 before 教师); its 项目基本情况表
writes units into the amount cells under captions that already carry (万元): 教学改革 5万, 已落实资金 0元 (元 under a
万元 caption), 申报省级资金 5万, while 投资总额 stays a bare 5; its 绩效目标 cell and its 产出计划 are five-item lists
(the first with 1. 2., the second with full-width 1． 2．); its 总目标 and 年度阶段性目标 sit inside round brackets after
their labels; the 进度计划 numbers its lines 1. 2. 3、 3. (the 3 twice, once with 、); and its indicators are
培训计划完成率 (not 培训计划率), 下企业实践率 and 提升年轻教师率, the last explained as 提升8名年轻教师能力.

Rebuilt: the cover (省级基础教育师资培训经费 / 温锦文教师资助项目, then 申 / 报 / 材 / 料 one character a line), the
heading, 二、项目概况 (项目名称 and （一）项目内容及主要任务 with its three numbered parts, the first of three
paragraphs, the last of them ending in a space), 三、项目基本情况表 with the 申报单位 line and the form's three-part 注,
and 六、资金绩效目标表 with its 注.  Left out: 一、学校简介 (which calls the school 广东省技师学院), 四、五 (prose),
七、资金预算书, 八、主要佐证材料 (certificate lists) and the 填报人 / 项目负责人 names with their mobile numbers after
申报单位 (personal data).

项目基本情况表 (four columns, as zzd_02 has it): title and both stamp captions on the first row (4 and 23 spaces
between them); 项目依据 over 立项情况 正在办理立项前准备工作 and the 预通知; 投资总额（万元） 5; 投资结构（万元） / 项目简介
(基础建设 0, 设置购置及 / 信息化建设 0, 教学改革 5万; the 项目简介 opens with four spaces); 筹资方案（万元） then 已落实资金
0元 and 申报省级资金 5万.  Decided: the sibling forms (zzd_02, zzd_04) have a bare 0 between 筹资方案 and 已落实资金;
here the dump has nothing there, so that cell is rebuilt empty (same form, cell left blank) rather than dropped.
项目情况 / 绩效目标 holds the five-item list beside 起始 2017年1月, 终止 2017年12月 and 项目存续状态 延续项目.  The 注 under
the table: 1. runs on in the dump from the 项目负责人 line, 2. and 3. follow paragraph breaks with four leading spaces
(kept), 1. ends in seven spaces (kept); 3. reads 本次继续申报同一项目 (the siblings: 申报的同一项目).

项目绩效目标表 (Guangdong's 2017 template, nine columns, the last an unheaded 佐证材料 column): title on its own row;
预期产出 / 产出计划 / the five-item plan / 总目标：（…） over 年度阶段性目标：（…）, 佐证 1、师资培训名册 2、培训讲义、PPT
(then 50 spaces) 3、师资培训计划; 效率计划 (trailing space) / 项目实施进度计划 with four lines (1.高校进修 2017年1月 -
2017年8月, 2.企业实践 the same, 3、邀请专家 2017年1月 - 2017年12月, 3.开展师资班 2017年9月 - 2017年12月) and 佐证
学习结业证明 / 下企业实践证明 (20 spaces) 3、企业评价; 预期效果 / 预期社会经济效益 with its header row, then 社会效益
(followed by a paragraph break in its cell) merged down three rows: 培训计划完成率, 下企业实践率, 提升年轻教师率, each
0% last year and 100% this year, the count in the explanation, the template's sentence as 说明; a 审核意见 row of three
empty opinion boxes (the leading spaces of their 审核人 lines dropped, as in zzd_02) and the 注 under the table.

Decided: unit 广东省高级技工学校 (申报单位; the 学校简介's 广东省技师学院 is the same school's other name); year 2017 (the
form's 2017年1月 - 2017年12月, the 2017年度 fund); name the 项目概况's 项目名称 as written,
省级基础教育培训经费温锦文教师资助项目 (as zzd_02 and zzd_04 take theirs; not mended to 师资培训经费, not the form's
强师工程 name); budget 5万元 (投资总额), funding 已落实资金 0 (0元) and 申报省级资金 50000 元 (5万); goals the 总目标 and
年度阶段性目标 cells with their brackets (the plan list and the 绩效目标 list are tasks, as in zzd_04); levels 预期效果 /
社会效益 / 个性化指标 as in zzd_01; values the 本年度计划完成水平 (100%), not the 0% of 上年度实际水平; the four
schedule lines are no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/haosky/HaoDT/blob/4650837ac94ac0457bb3d10a7644dfbe7babe1d4/"
            "HaoPy/haoml/articlesimhash.py"),
    "title": "省级基础教育师资培训经费专项资金温锦文教师资助项目申请报告",
    "issuer": "广东省高级技工学校",
    "province": "广东",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "省级基础教育培训经费温锦文教师资助项目申报材料.docx"

UNIT = "广东省高级技工学校"

COVER = [
    "省级基础教育师资培训经费",
    "温锦文教师资助项目",
    "申", "报", "材", "料",
    "省级基础教育师资培训经费专项资金",
    "温锦文教师资助项目申请报告",
]
OVERVIEW = [
    "二、项目概况",
    "项目名称：省级基础教育培训经费温锦文教师资助项目",
    "（一）项目内容及主要任务：",
    "1.专业能力的提升",
    "资助对象到国内外汽车水性漆喷涂技术领域领先的高校及企业学习、进修。学习掌握汽车水性漆的特性、水性漆（单工序、"
    "双工序、三工序）喷涂方法、调色技术。同时研究高校与高职院校汽车水性漆喷涂技术专业的课程设置。",
    "资助对象走访企业，向企业技术员请教汽车水性漆喷涂技术，并分别到广东雅图化工有限公司、珠海龙神有限公司、"
    "上海庞贝捷油漆贸易有限公司（美国PPG工业集团）等企业学汽车水性漆的喷涂及调色技术。",
    "通过邀请世赛专家进校进行培训、指导，提高我校世赛汽车喷漆选拔赛成绩。 ",
    "2.教科研能力的提升",
    "以资助对象为组长，成立广东省高级技工学校汽车维修（汽车水性漆喷涂技术方向）一体化课程改革课题小组，开展人才需求"
    "调研、工作岗位调研、制定人才培养方案、人才培养课程体系。通过课题建设培养具有专业能力、教科研能力的专业带头人。",
    "3.承接师资培训",
    "以资助对象为组长，建立以广东省高级技工学校教师为主的汽车水性漆喷涂技术培训团队，利用广东省高级技工学校汽车钣喷"
    "实训中心的平台，对广州地区、惠州地区、河源地区技工学校汽车专业骨干教师开展汽车水性漆技术培训，一年内培训8名专业"
    "骨干教师。",
]
BASIS = ("《关于做好2017年度就业及技工教育专项资金（技工院校及技能实训基地建设方向）项目库入库项目申报工作的预通知》"
         "【粤人社函〔2016〕2020号】。")
INTRO = ("    被资助人温锦文老师到国内外高校与企业进行汽车水性漆喷涂技术理论与实践学习，邀请国内专家教授到校对汽车喷涂"
         "研究小组进行专业培训，并以广东省高级技工学校汽车工程系钣喷实训中心平台开展师资培训。")
INFO_GOAL = "\n".join([
    "1.到国内知名水性漆生产企业以及高校参加水性漆喷涂技术培训；",
    "2.邀请国内知名专家教授到校对水性漆专业团队进行培训；",
    "3.邀请世赛专家到校对世界技能大赛参赛选手进行水性漆技术指导；",
    "4.通过开展培训班的形式培养8名省内汽车专业骨干教师；",
    "5.培养优秀的汽车水性漆喷涂技术毕业生。",
])
FORM_NOTES = [
    "注：1.“立项情况”指向发改部门提交立项的情况，填写：无需立项、正在办理立项前准备工作、项目建议书已批复、可行性研究"
    "报告已批复、已完成所有立项手续。       ",
    "    2.“项目依据”填写支持项目申报的国家、省、市、县出台的相关政策文件依据及相关文号。",
    "    3.“项目存续状态”填写：延续项目或新增项目。延续项目指上一年度曾申报并获得省级补助资金，本次继续申报同一项目；"
    "新增项目指新申报的项目。",
]

PLAN = "\n".join([
    "1．到国内知名水性漆生产企业以及高校参加水性漆喷涂技术培训；",
    "2．邀请国内知名专家教授到校对水性漆专业团队进行培训；",
    "3．邀请世赛专家到校对世界技能大赛参赛选手进行水性漆技术指导；",
    "4．通过开展培训班的形式培养8名省内汽车专业骨干教师；",
    "5．培养优秀的汽车水性漆喷涂技术毕业生。",
])
TOTAL_GOAL = "总目标：（资助人掌握汽车水性漆喷涂技术，并培养8名汽车喷涂专业骨干教师掌握该项技术，通过教师培养企业急需的技能型人才）"
STAGE_GOAL = ("年度阶段性目标：（通过10个月的学习完全掌握好汽车汽车水性漆喷涂技术，再通过2个月以培训班外加远程技术指导的方法"
              "培养8名省内汽车喷涂专业骨干教师。）")
OUTPUT_PROOF = "1、师资培训名册 2、培训讲义、PPT" + " " * 50 + "3、师资培训计划"
SCHEDULE_PROOF = "学习结业证明\n下企业实践证明" + " " * 20 + "3、企业评价"
SCHEDULE = [
    ("1.高校进修", "2017年1月", "2017年8月"),
    ("2.企业实践", "2017年1月", "2017年8月"),
    ("3、邀请专家", "2017年1月", "2017年12月"),
    ("3.开展师资班", "2017年9月", "2017年12月"),
]
# 个性化指标, 上年度实际水平, 本年度计划完成水平, 指标解释及计算公式
INDICATORS = [
    ("培训计划完成率", "0%", "100%", "完成专业技能培训1次"),
    ("下企业实践率", "0%", "100%", "完成下企业实践1次"),
    ("提升年轻教师率", "0%", "100%", "提升8名年轻教师能力"),
]
TEMPLATE_NOTE = "反映项目实施直接产生的社会、经济、生态效益等，根据项目属性特点，可选择其中一或多项效益，研究设置个性化指标及其目标值。"
STAMP = "审核人：    单位公章       年  月  日"
FOOTNOTE = ("注：各申报单位个性化指标可自行根据项目特点设置指标，指标设置应可考核、可量化，能够与项目事后绩效评价相对接。 "
            "经济效益和生态效益确实无法设置指标的，可不设置。")


def basic_info() -> Grid:
    g = Grid(4)
    g.add(C("省级基础教育培训经费温锦文教师资助项目基本情况表    市（财政省直管理县）财政局（盖章）"
            + " " * 23 + "市（财政省直管理县）人力资源社会保障局（盖章）", span=4))
    g.add("项目名称", C("省级技工教育强师工程专项资金温锦文老师教师资助项目", span=3))
    g.add(C("项目依据", down=2), "立项情况", C("正在办理立项前准备工作", span=2))
    g.add(C(BASIS, span=3))
    g.add("投资总额（万元）", C("5", span=3))
    g.add(C("投资结构（万元）", span=2), C("项目简介", span=2))
    g.add("基础建设", "0", C(INTRO, span=2, down=3))
    g.add("设置购置及\n信息化建设", "0")
    g.add("教学改革", "5万")
    g.add(C("筹资方案（万元）", down=2), C("", down=2), "已落实资金", "0元")
    g.add("申报省级资金", "5万")
    g.add(C("项目情况", down=3), "绩效目标", "起始时间（年月）", "2017年1月")
    g.add(C(INFO_GOAL, down=2), "终止时间（年月）", "2017年12月")
    g.add("项目存续状态", "延续项目")
    return g


def targets() -> Grid:
    g = Grid(9)
    g.add(C("省级基础教育培训经费温锦文教师资助项目绩效目标表", span=9))
    g.add(C("预期产出", down=2), C("产出计划", down=2), C(PLAN, down=2), C(TOTAL_GOAL, span=5),
          C(OUTPUT_PROOF, down=2))
    g.add(C(STAGE_GOAL, span=5))
    n = len(SCHEDULE) + 1
    g.add(C("效率计划 ", down=n), C("项目实施进度计划", down=n), C("项目实施内容", span=2), C("开始时间", span=2),
          C("完成时间", span=2), C(SCHEDULE_PROOF, down=n))
    for item, start, end in SCHEDULE:
        g.add(C(item, span=2), C(start, span=2), C(end, span=2))
    m = len(INDICATORS) + 1
    g.add(C("预期效果", down=m), C("预期社会经济效益", down=m), "指标类别", "个性化指标", "上年度实际水平",
          "本年度计划完成水平", "指标解释及计算公式", "说明", C("培训、下厂实践、以老带新证明材料", down=m))
    for i, (name, last, target, note) in enumerate(INDICATORS):
        if i == 0:
            g.add(C("社会效益\n", down=len(INDICATORS)), name, last, target, note,
                  C(TEMPLATE_NOTE, down=len(INDICATORS)))
        else:
            g.add(name, last, target, note)
    g.add(C("审核意见", span=2), C("省级主管部门审核意见\n" + STAMP, span=2), C("第三方机构审核意见\n" + STAMP, span=2),
          C("省财政厅审核意见\n" + STAMP, span=3))
    return g


def doc() -> Doc:
    return Doc("省级基础教育师资培训经费专项资金温锦文教师资助项目申请报告", [
        *COVER,
        *OVERVIEW,
        "三、项目基本情况表",
        basic_info(),
        f"申报单位：{UNIT}",
        *FORM_NOTES,
        "六、资金绩效目标表",
        targets(),
        FOOTNOTE,
    ], landscape=True)
