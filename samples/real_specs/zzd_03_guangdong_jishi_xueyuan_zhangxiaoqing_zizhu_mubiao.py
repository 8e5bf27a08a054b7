"""广东省技师学院 (= 广东省高级技工学校)'s application of October 2016 for the 省级基础教育师资培训经费专项资金张小清
教师资助项目 (5万元 for a teacher of 产品检测与质量管理; one of the five sub-applications of the school's 2017 教师资助项目,
zzd_01), a real submission kept as text in a public repository: haosky/HaoDT's plagiarism checker carries the whole
Word file as a test string (HaoPy/haoml/articlesimhash.py, commit of 2017-08-07).  The dump keeps paragraph breaks
but runs table cells together; the tables are rebuilt from the order of their cell texts (read row by row, the
rebuild's cells give back the dump's text exactly).

Rebuilt: the cover (省级基础教育师资培训经费 / 张小清教师专项资金申请报告 — not 资助项目 as the heading below says — then
申 / 报 / 材 / 料 one character a line), the heading, 二、项目概况, 三、项目基本情况表 with its 注, 六、资金绩效目标表,
and the signature that closes the sub-application (广东省技师学院 / 二0一六年十月, pushed right with spaces in the dump,
trimmed here).  Left out: 一、学校简介, 四、五, 七、资金预算书, 八 (certificate lists, 图1 … 图37) and the 填报人 /
项目负责人 names with their mobile numbers.

项目基本情况表, this teacher's own variant of the form: titled 省级技工教育强师工程专项资金教师资助项目基本情况表 (the other
four say 省级基础教育师资培训经费), six spaces before the stamp captions; 项目名称 张小清教师资助项目; two spaces before the
预通知; every 投资结构 line with (万元) of its own — 基础建设（万元） 0, 设置购置及信息 / 化建设（万元） with the line broken
inside 信息化, and 改革教学（万元） 5 (the others write 教学改革); 筹资方案(万元) with a bare 0 before 已落实资金（万元） 0 and
申报省级资金 5; 项目存续状态 延续项目.  The 申报单位 under the form is left EMPTY (申报单位： and a run of spaces before
填报人), the one sub-application without the school's name there.  The form's 注 keeps its own line breaks (the first
note broken after 正在办理立项前准备工作、, note 2 without its final 。).

项目绩效目标表 (Guangdong's 2017 template, nine columns, the last an unheaded 佐证材料 column): the title
张小清教师资助   项目绩效目标表 (leading spaces dropped, the three inside kept); 产出计划 a list of deliverables in one
cell (培训结业证书 / 校编教材1本 / 论文1篇 / 企业实践或调研材料 / 培训与竞赛材料), 总目标, 佐证 提交相关资料和证书, a
年度阶段性目标 that speaks in money (1.8万元左右 / 3.2万左右); a 进度计划 numbered 1. 2. 2. (the second 2 a slip, the
first two with a space after the dot); then the 预期社会经济效益 block with only two rows under 社会效益: 校编教材编写
1本 → 1本 and 精密测量高级应用培训 0 → 20人.  Cut between cells: the dump reads 校编教材编写1本1本为学生提供… and
精密测量高级应用培训020人 with nothing after; the long sentence (为学生提供实用性强的教材，…带来社会或经济效益) stands
where zzd_02's 说明 has the template's sentence, but as it answers the first row it is rebuilt as that row's
指标解释, the merged 说明 left empty; the second row has no explanation.  A 审核意见 row of three empty boxes and a
注 in a wording of its own (…可不局限于表中示例，可自行…) close the table.

Decided: unit 广东省技师学院 — the form's 申报单位 is empty, the heading names no unit, and the sub-application is
signed 广东省技师学院 (the file name here carries it, as the contract's fallback); year 2017; name the 项目概况's
省级基础教育师资培训经费专项资金张小清教师资助项目; budget 5万元 (投资总额), funding 已落实资金 0 and 申报省级资金 5; goals
the 总目标 and 年度阶段性目标 cells; levels 预期效果 / 社会效益 / 个性化指标 as in zzd_01; values the 本年度计划完成水平
(1本, 20人); the 进度计划 rows are a schedule, not indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/haosky/HaoDT/blob/4650837ac94ac0457bb3d10a7644dfbe7babe1d4/"
            "HaoPy/haoml/articlesimhash.py"),
    "title": "省级基础教育师资培训经费专项资金张小清教师资助项目申请报告",
    "issuer": "广东省技师学院",
    "province": "广东",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "广东省技师学院张小清教师资助项目申请报告.docx"

COVER = [
    "省级基础教育师资培训经费",
    "张小清教师专项资金申请报告",
    "申", "报", "材", "料",
    "省级基础教育师资培训经费专项资金",
    "张小清教师资助项目申请报告",
]
OVERVIEW = [
    "二、项目概况",
    "项目名称：省级基础教育师资培训经费专项资金张小清教师资助项目",
    "项目内容：通过项目投入，提升张小清老师及其团队的教学业务能力、教科研能力、专业技术能力、实践培训能力和德育教育工作能力。",
    "主要任务：一是掌握产品精密检测技术新技术。针对检测设备的应用，到厂家指定培训中心或其它培训机构进行技能培训，学习掌握检测"
    "设备的操作应用；参加企业实践，学习掌握精密检测行业新工艺、新技术知识，不断提高实践教学指导能力，同时到高校学习精密检测"
    "专业设置及教学模式，完善产品检测专业建设。二是完善产品检测与质量管理专业实训课题开发工作，成立课题和试题库开发工作小组，"
    "通过三坐标精密测量、影像测量和金属材料性能检测三项实习课题建设和试题库开发工作，培养具有专业能力，具有教科研能力的专业"
    "教师，体现资助对象骨干教师带头作用。三是通过与企业合作平台，完成对学生或企业员工三坐标精密测量技术的培训工作。",
    "预期目标：能胜任对内对外的师资培训、制定精密检测专业建设发展方案、成立精密检测精英团队，提高学生对精密检测技术的应用能力。",
    "投资规模：本项项目投资总额5万元，项目完成时间为一年,本项目资金投向：自身能力素质提升培训和帮助其他教师能力素质提升培训,"
    "并明确资金使用目标、考核指标。",
]
BASIS = ("《关于做好2017年度就业及技工教育专项资金（技工院校及技能实训基地建设方向）项目库入库项目申报工作的预通知》"
         "【粤人社函〔2016〕2020号】。")
INTRO = "通过项目的资助，提升张小清老师及其团队的教学业务能力、专业技术能力、教科研能力、德育教育工作能力和实践培训能力。"
INFO_GOAL = "能胜任对内对外的师资培训、制定精密检测专业建设发展方案、成立精密检测精英团队，提高学生对精密检测技术的应用能力。"
FORM_NOTES = [
    "注：1.“立项情况”指向发改部门提交立项的情况，填写：无需立项、正在办理立项前准备工作、",
    "项目建议书已批复、可行性研究报告已批复、已完成所有立项手续。",
    "2.“项目依据”填写支持项目申报的国家、省、市、县出台的相关政策文件依据及相关文号",
    "3.“项目存续状态”填写：延续项目或新增项目。延续项目指上一年度曾申报并获得省级补助资金，本次继续申报的同一项目；新增项目指"
    "新申报的项目。",
]

PLAN = "培训结业证书\n校编教材1本\n论文1篇\n企业实践或调研材料\n培训与竞赛材料"
TOTAL_GOAL = "总目标：能胜任对内对外的师资培训、制定精密检测专业建设发展方案、成立精密检测精英团队，提高学生对精密检测技术的应用能力。"
STAGE_GOAL = ("年度阶段性目标：上半年主要提升自身或教师团队教科研能力和德育工作能力（1.8万元左右）；下半年自身或教师团队主要参加专业"
              "技术培训、下厂调研学习并开展相关培训竞赛工作（3.2万左右）")
SCHEDULE = [
    ("1. 提升教研科研能力", "2017年1月", "2017年12月"),
    ("2. 提升专业技能能力", "2017年6月", "2017年12月"),
    ("2.帮助提升其他教师能力", "2017年10月", "2017年12月"),
]
# 个性化指标, 上年度实际水平, 本年度计划完成水平, 指标解释及计算公式
INDICATORS = [
    ("校编教材编写", "1本", "1本",
     "为学生提供实用性强的教材，为社会培养出三坐标精密检测高级应用型人才，能给单位及系部带来社会或经济效益"),
    ("精密测量高级应用培训", "0", "20人", ""),
]
STAMP = "审核人：    单位公章       年  月  日"
FOOTNOTE = ("注：各申报单位个性化指标可不局限于表中示例，可自行根据项目特点设置指标，指标设置应可考核、可量化，能够与项目事后绩效"
            "评价相对接。 经济效益和生态效益确实无法设置指标的，可不设置。")


def basic_info() -> Grid:
    g = Grid(4)
    g.add(C("省级技工教育强师工程专项资金教师资助项目基本情况表      市（财政省直管理县）财政局（盖章）         "
            "市（财政省直管理县）人力资源社会保障局（盖章）", span=4))
    g.add("项目名称", C("张小清教师资助项目", span=3))
    g.add(C("项目依据", down=2), "立项情况", C("正在办理立项前准备工作", span=2))
    g.add(C(BASIS, span=3))
    g.add("投资总额（万元）", C("5", span=3))
    g.add(C("投资结构（万元）", span=2), C("项目简介", span=2))
    g.add("基础建设（万元）", "0", C(INTRO, span=2, down=3))
    g.add("设置购置及信息\n化建设（万元）", "0")
    g.add("改革教学（万元）", "5")
    g.add(C("筹资方案（万元）", down=2), C("0", down=2), "已落实资金（万元）", "0")
    g.add("申报省级资金", "5")
    g.add(C("项目情况", down=3), "绩效目标", "起始时间（年月）", "2017年1月")
    g.add(C(INFO_GOAL, down=2), "终止时间（年月）", "2017年12月")
    g.add("项目存续状态", "延续项目")
    return g


def targets() -> Grid:
    g = Grid(9)
    g.add(C("张小清教师资助   项目绩效目标表", span=9))
    g.add(C("预期产出", down=2), C("产出计划", down=2), C(PLAN, down=2), C(TOTAL_GOAL, span=5),
          C("提交相关资料和证书", down=2))
    g.add(C(STAGE_GOAL, span=5))
    n = len(SCHEDULE) + 1
    g.add(C("效率计划 ", down=n), C("项目实施进度计划", down=n), C("项目实施内容", span=2), C("开始时间", span=2),
          C("完成时间", span=2), C("学习、培训、教研过程材料", down=n))
    for item, start, end in SCHEDULE:
        g.add(C(item, span=2), C(start, span=2), C(end, span=2))
    m = len(INDICATORS) + 1
    g.add(C("预期效果", down=m), C("预期社会经济效益", down=m), "指标类别", "个性化指标", "上年度实际水平",
          "本年度计划完成水平", "指标解释及计算公式", "说明", C("提供相关证明材料", down=m))
    for i, (name, last, target, note) in enumerate(INDICATORS):
        if i == 0:
            g.add(C("社会效益", down=len(INDICATORS)), name, last, target, note, C("", down=len(INDICATORS)))
        else:
            g.add(name, last, target, note)
    g.add(C("审核意见", span=2), C("省级主管部门审核意见\n" + STAMP, span=2), C("第三方机构审核意见\n" + STAMP, span=2),
          C("省财政厅审核意见\n" + STAMP, span=3))
    return g


def doc() -> Doc:
    return Doc("省级基础教育师资培训经费专项资金张小清教师资助项目申请报告", [
        *COVER,
        *OVERVIEW,
        "三、项目基本情况表",
        basic_info(),
        "申报单位：",
        *FORM_NOTES,
        "六、资金绩效目标表",
        targets(),
        FOOTNOTE,
        "广东省技师学院",
        "二0一六年十月",
    ], landscape=True)
