"""广东省高级技工学校 (also called 广东省技师学院 in the same text; 广东 惠州 博罗) — its application of November 2016
for the 2017年度就业及技工教育专项资金 (技工院校及技能实训基地建设方向), the 省级基础教育师资培训经费 (强师工程)
教师资助项目 of 25万元 for five teachers, as a real submission kept in a public repository: the plagiarism checker
HaoPy of haosky/HaoDT carries the whole Word file's text (field codes and all) as a test string in
HaoPy/haoml/articlesimhash.py (commit of 2017-08-07).  The text is what a .doc-to-text dump gives: paragraphs end in
line breaks, but table cells run together with nothing between them, so every table here is rebuilt from the order of
its cell texts; the cut between cells is an inference, said below wherever it could go two ways.

This module rebuilds the school-level part only: the cover lines (申报单位 / 申报项目; the 联系人, 联系电话 and 传真 lines
with a named clerk's mobile number are left out), the report's heading, 二、项目概况 in full, 三、项目基本情况 with
its 项目基本情况表, and 六、资金绩效目标及绩效表 with its seven short sections and the 项目绩效目标表.  Left out: the
table of contents, 一、学校简介, 四、五 (prose), 七、资金预算书 (表2, each teacher's lines, 合计25) and 八、佐证材料 with
the signature (广东省高级技工学校 / 2016年11月); the five teachers' own applications that follow are zzd_02 … zzd_04.

项目基本情况表 (Guangdong's form for this fund): its title and the two stamp captions (市(财政省直管理县)财政局(盖章) …
人力资源社会保障局(盖章)) run on one line with runs of spaces and no break before 项目名称, so they are the table's
first, merged row; 项目依据 over two rows (立项情况 正在办理立项前准备工作, then the 预通知 with its 粤人社函〔2016〕2020号);
投资总额(万元) 25; 投资结构(万元) beside 项目简介 (基础建设 0, 设置购置及 / 信息化建设 0 with a line break inside,
教学改革 25, the 简介 text merged down beside them); 筹资方案(万元) (已落实资金 0, 申报省级资金 25万元 — 万元 written
again in the cell though the caption says 万元); 项目情况 with 绩效目标 (a sentence and a list 1、发表论文3 篇 … 5、攻关
课题一项 in one cell) beside 起始时间(年月) 2017年1月, 终止时间(年月) 2017年12月 and 项目存续状态 新增项目.  The
申报单位 line is a soft line break away from 新增项目 in the dump; it is a paragraph under the table here, and its
填报人 / 项目负责人 with their mobile numbers are left out.

项目绩效目标表: not the national template but the Guangdong 2017 one of 预期产出 / 效率计划 / 预期效果 over nine
columns, the last a 佐证材料 column with no header: 产出计划 (1.… 2.… in one cell), 总目标 and 年度阶段性目标 as two
merged text rows; a 项目实施进度计划 of 项目实施内容 | 开始时间 | 完成时间 (1.项目启动 2017年1月 2017年2月 …); then
预期社会经济效益 with its own header row 指标类别 | 个性化指标 | 上年度实际水平 | 本年度计划完成水平 | 指标解释及计算公式 |
说明, one 指标类别 社会效益 merged down four rows and the 说明 cell the template's own sentence (反映项目实施直接产生的
社会、经济、生态效益等 …) merged beside them.  The four rows are bare numbers with the unit in the explanation only:
发表论文提升率 2 → 3 (发表3篇 …), 培养新教师 8 → 11, 培养世国家集训队赛选手 (sic) 5 → ≥5, 校企合作完成技术革新或改造一项
1 → 2 with no explanation.  Cut between cells: the dump reads 发表论文提升率23, 培养新教师811, 校企合作…一项12; 3 and 11
are read off the explanations (发表3篇, 完成11位), 1 | 2 is the only cut left.  The table ends in a 审核意见 row of three
empty opinion boxes (省级主管部门 / 第三方机构 / 省财政厅, each 审核人: 单位公章 年 月 日 after a line break; the
leading spaces of that line are dropped here) and the 注 under it.  Oddities kept: 效率计划 written with a trailing
space, the 年度阶段性目标 naming 2016年 in a plan for 2017, 发表论文3 篇 with a space.

Decided: unit 广东省高级技工学校 (the 申报单位 of cover and form); year 2017 (the fund's year, 起始时间 2017年1月); the
project is named by the form's 项目名称, 省级基础教育师资培训经费教师资助项目 (the 项目概况 says only 教师资助项目);
budget 25万元 from 投资总额, funding the two 筹资方案 lines; goals the 总目标 and 年度阶段性目标 cells of the 绩效目标表.
The levels: the headers name none, so the cells decide — 预期效果 is the 一级 (the template's 产出 / 效率 / 效果
dimension), 社会效益 the 二级 (指标类别), the 个性化指标 the 三级; the caption column 预期社会经济效益 between them is not a
level.  The value is the 本年度计划完成水平, never the 上年度实际水平.  The 进度计划 rows are a schedule, not
indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/haosky/HaoDT/blob/4650837ac94ac0457bb3d10a7644dfbe7babe1d4/"
            "HaoPy/haoml/articlesimhash.py"),
    "title": "2017年度就业及技工教育专项资金（技工院校及技能实训基地建设方向）项目申请报告（省级基础教育师资培训经费（强师工程））",
    "issuer": "广东省高级技工学校",
    "province": "广东",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "广东省高级技工学校2017年度就业及技工教育专项资金教师资助项目申请报告.docx"

UNIT = "广东省高级技工学校"
NAME = "省级基础教育师资培训经费教师资助项目"

COVER = [
    "2017年度就业及技工教育专项资金（技工院校及",
    "技能实训基地建设方向）项目申请报告",
    "（省级基础教育师资培训经费（强师工程））",
    f"申报单位： {UNIT}",
    "申报项目：    教师资助项目",
    "省级基础教育师资培训",
    "教师资助项目专项资金的申请报告",
]

OVERVIEW = [
    "二、项目概况",
    "（一）项目基本情况",
    "项目名称：教师资助项目",
    "项目类别：省级基础教育师资培训经费教师资助项目专项资金",
    "项目实施周期：一年",
    "（二）项目建设内容与任务",
    "1.通过对黄磊老师的资助，资助黄磊教师通过参加相关专业技能培训班、下厂生产实践、教研交流、参加德育、教学管理培训、"
    "学术讲座，带领新教师，参加行业专家交流会，学习专业目前的新知识与新技能，提升黄磊教师自身专业技能能力、教研科研能力，"
    "指导和带动本专业其他教师的成长并提高世赛网站设计、网络管理项目选拔赛成绩。",
    "2.通过对温锦文老师的资助，资助温锦文到国内外汽车水性漆喷涂技术领域领先的高校及企业学习、进修。学习掌握汽车水性漆的"
    "特性、水性漆（单工序、双工序、三工序）喷涂方法、调色技术。同时研究高校与高职院校汽车水性漆喷涂技术专业的课程设置。"
    "通过资助对象走访企业，向企业技术员请教汽车水性漆喷涂技术，并分别到广东雅图化工有限公司、珠海龙神有限公司、上海庞贝捷"
    "油漆贸易有限公司（美国PPG工业集团）等企业学汽车水性漆的喷涂及调色技术，提升该教师自身专业技能能力。通过邀请世赛专家"
    "进校进行培训、指导，提高我校世赛汽车喷漆选拔赛成绩。",
    "3.通过对杨文杰老师的资助，资助教师通过参加相关专业技能培训班、下厂生产实践、教研交流、参加教学管理培训、学术讲座，"
    "发表专业论文，带领新教师，参加行业专家交流会，学习专业目前的新知识与新技能，提升杨文杰教师自身专业技能能力、教研科研"
    "能力，指导和带动本专业其他教师的成长并提高全国赛数控维修项目及世赛相关项目成绩。",
    "4.通过对张小清老师的资助，使其掌握产品精密检测技术新技术。针对检测设备的应用，到厂家指定培训中心或其它培训机构进行"
    "技能培训，学习掌握检测设备的操作应用；参加企业实践，学习掌握精密检测行业新工艺、新技术知识，不断提高实践教学指导能力，"
    "同时到高校学习精密检测专业设置及教学模式，完善产品检测专业建设。；二是完善产品检测与质量管理专业实训课题开发工作，"
    "成立课题和试题库开发工作小组，通过三坐标精密测量、影像测量和金属材料性能检测三项实习课题建设和试题库开发工作，培养"
    "具有专业能力，具有教科研能力的专业教师，体现资助对象骨干教师带头作用。三是通过与企业合作平台，完成对学生或企业员工"
    "三坐标精密测量技术的培训工作。",
    "5.通过资助王怀术老师，主要使该教师掌握利用大数据、交互系统、卫星导引定位等创新物流管理服务模式，为校区物流管理专业"
    "教学做好充足的准备；二是完善物流管理专业人才需求调研、工作岗位调研、制定人才培养方案、人才培养课程体系工作，通过课题"
    "建设培养具有专业能力，使该教师成为具有教科研能力的专业带头人。",
    "（三）预期目标：通过资助五位教师提升个人自身能力素质，帮助其他教师提升能力素质，产生辐射效应，全面提高师资队伍素质为"
    "目标，提升学校在教科研水平、技能竞赛、校企合作方面的影响力。把五位教师打造成各相应专业带头人。",
    "（四）投资规模：该项目总共投资25万元，其中18.9万元用于提升教师个人能力素质；6.1万元用于提升其他教师个人能力素质。",
]

BASIS = ("《关于做好2017年度就业及技工教育专项资金（技工院校及技能实训基地建设方向）项目库入库项目申报工作的预通知》"
         "【粤人社函〔2016〕2020号】。")
INTRO = ("结合广东省技工学校师资队伍建设现状，通过对黄磊、温锦文、杨文杰、张小清、王怀术5位教师的资金资助，提升资助教师个人"
         "综合能力和帮助其他教师提升教学能力。")
INFO_GOAL = ("以全面提高资助教师综合素质为目标，实施教师学历、技能等级提升计划、师资培训计划，师德教育教育计划，着力于把资助"
             "教师培养成专业学科带头人，以点带面，全面提高本专业师资队伍素质。1、发表论文3 篇；2、帮扶其他教师12位；3、参加各类"
             "培训11次；4、举办各类培训班6次；5、攻关课题一项")

SECTIONS = [
    "六、资金绩效目标及绩效表",
    "（一）提升专业能力",
    "通过派资助对象到国内外参加专业培训、进修。学习掌握新的专业知识与技术，同时参加企业实践，学习掌握专业领域的新工艺、"
    "新材料知识，不断提高实践教学指导能力。",
    "（二）提升教科研能力",
    "以资助对象为组长，成立课程改革课题小组，开展人才需求调研、工作岗位调研、制定人才培养方案、人才培养课程体系工作，通过"
    "课题建设培养具有专业能力，具有教科研能力的专业带头人；通过撰写专业论文，提升自己专业理论水平；通过与企业开展技术攻关，"
    "为企业提供技术服务、解决企业技术难题，提升自己科研水平。",
    "（三）提升专业教学能力",
    "通过参加教学方法培训、一体化课程构建与实施培训、微格培训、教学实训基本技能和信息化教学培训，提高被资助人的专业教学能力。",
    "（四）提升职业生涯规划能力",
    "通过参加职业生涯规划培训、职业指导培训，提高被资助人的职业生涯规划能力，并指导其他教师提升职业生涯规划能力。",
    "（五）提升德育教育工作能力",
    "通过参加德育培训，提高被资助人的德育教育工作能力，在实际工作中践行“爱岗敬业、爱校如家、爱生如子”。",
    "（六）提升教学教研管理能力",
    "通过参加管理培训，提高被资助人的教科研管理工作能力，在工作中践行精细化、高效管理",
    "（七）承接师资培训",
    "以资助对象为组长，成立专业培训团队，利用现有学校实训室平台，对学校教师开展专业新技术、新工艺技术培训，帮助其他教师提升"
    "能力素质。",
]

PLAN = "1.提升个人自身能力素质\n2.帮助其他教师提升能力素质"
TOTAL_GOAL = ("总目标：投资25万，在一年建设期内，通过资助五位教师提升个人自身能力素质，帮助其他教师提升能力素质，产生辐射效应，"
              "全面提高师资队伍素质；")
STAGE_GOAL = "年度阶段性目标：2016年项目完成率100%，培训教师参培率100%，把资助的5位教师培养成为本专业的专业带头人或骨干教师"
SCHEDULE = [
    ("1.项目启动", "2017年1月", "2017年2月"),
    ("2.项目实施", "2017年2月", "2017年12月"),
    ("3.项目总结", "2017年12月", "2017年12月"),
]
# 个性化指标, 上年度实际水平, 本年度计划完成水平, 指标解释及计算公式
INDICATORS = [
    ("发表论文提升率", "2", "3", "发表3篇有影响力的学术论文"),
    ("培养新教师", "8", "11", "完成11位新教师的培养任务"),
    ("培养世国家集训队赛选手", "5", "≥5", "培养更多选手进入世赛国家集训队"),
    ("校企合作完成技术革新或改造一项", "1", "2", ""),
]
TEMPLATE_NOTE = "反映项目实施直接产生的社会、经济、生态效益等，根据项目属性特点，可选择其中一或多项效益，研究设置个性化指标及其目标值。"
STAMP = "审核人：    单位公章       年  月  日"
FOOTNOTE = ("注：各申报单位个性化指标可自行根据项目特点设置指标，指标设置应可考核、可量化，能够与项目事后绩效评价相对接。 "
            "经济效益和生态效益确实无法设置指标的，可不设置。")


def basic_info() -> Grid:
    g = Grid(4)
    g.add(C("省级基础教育师资培训经费教师资助 项目基本情况表    市（财政省直管理县）财政局（盖章）           "
            "市（财政省直管理县）人力资源社会保障局（盖章）", span=4))
    g.add("项目名称", C(NAME, span=3))
    g.add(C("项目依据", down=2), "立项情况", C("正在办理立项前准备工作", span=2))
    g.add(C(BASIS, span=3))
    g.add("投资总额（万元）", C("25", span=3))
    g.add(C("投资结构（万元）", span=2), C("项目简介", span=2))
    g.add("基础建设", "0", C(INTRO, span=2, down=3))
    g.add("设置购置及\n信息化建设", "0")
    g.add("教学改革", "25")
    g.add(C("筹资方案（万元）", down=2), "已落实资金", C("0", span=2))
    g.add("申报省级资金", C("25万元", span=2))
    g.add(C("项目情况", down=3), "绩效目标", "起始时间（年月）", "2017年1月")
    g.add(C(INFO_GOAL, down=2), "终止时间（年月）", "2017年12月")
    g.add("项目存续状态", "新增项目")
    return g


def targets() -> Grid:
    g = Grid(9)
    g.add(C("省级基础教育师资培训经费教师资助 项目绩效目标表", span=9))
    g.add(C("预期产出", down=2), C("产出计划", down=2), C(PLAN, down=2), C(TOTAL_GOAL, span=5),
          C("教师综合能力提升资料", down=2))
    g.add(C(STAGE_GOAL, span=5))
    n = len(SCHEDULE) + 1
    g.add(C("效率计划 ", down=n), C("项目实施进度计划", down=n), C("项目实施内容", span=2), C("开始时间", span=2),
          C("完成时间", span=2), C("实施计划、实施过程材料、项目总结材料", down=n))
    for item, start, end in SCHEDULE:
        g.add(C(item, span=2), C(start, span=2), C(end, span=2))
    m = len(INDICATORS) + 1
    g.add(C("预期效果", down=m), C("预期社会经济效益", down=m), "指标类别", "个性化指标", "上年度实际水平",
          "本年度计划完成水平", "指标解释及计算公式", "说明", C("发表论文、举办培训过程资料", down=m))
    for i, (name, last, target, note) in enumerate(INDICATORS):
        if i == 0:
            g.add(C("社会效益", down=len(INDICATORS)), name, last, target, note,
                  C(TEMPLATE_NOTE, down=len(INDICATORS)))
        else:
            g.add(name, last, target, note)
    g.add(C("审核意见", span=2), C("省级主管部门审核意见\n" + STAMP, span=2), C("第三方机构审核意见\n" + STAMP, span=2),
          C("省财政厅审核意见\n" + STAMP, span=3))
    return g


def doc() -> Doc:
    return Doc("2017年度就业及技工教育专项资金项目申请报告（教师资助项目）", [
        *COVER,
        *OVERVIEW,
        "三、项目基本情况",
        basic_info(),
        f"申报单位： {UNIT}",
        *SECTIONS,
        targets(),
        FOOTNOTE,
    ], landscape=True)
