"""广东省高级技工学校's application of October 2016 for the 省级基础教育师资培训经费王怀术教师资助项目 (5万元 for the head of
the 物流 teachers of its 广州校区; the last of the five sub-applications of the school's 2017 教师资助项目, zzd_01), a
real submission kept as text in a public repository: haosky/HaoDT's plagiarism checker carries the whole Word file
as a test string (HaoPy/haoml/articlesimhash.py, commit of 2017-08-07); the string ends with this sub-application.
The dump keeps paragraph breaks but runs table cells together; the tables are rebuilt from the order of their cell
texts (read row by row, the rebuild's cells give back the dump's text exactly).

Rebuilt: the cover (省级基础教育强师工程 — a third name for the fund — / 王怀术教师资助项目, then 申 / 报 / 材 / 料 one
character a line), the heading, 二、项目概况 (its 项目内容及投资规模 paragraph splits the 5万元 into 4万元 and 1万元),
三、项目基本情况表 with its 注, and 六、资金绩效目标表.  Left out: 一、学校简介, 四、五, 七、资金预算书, 八 (certificate
lists), the closing signature (广东省技师学院 / 二0一六年十月) and the 填报人 / 项目负责人 names with their mobile numbers.

项目基本情况表: the form of zzd_02, but its 项目依据 cell was never filled in: beside 立项情况 正在办理立项前准备工作 it
still reads the form's own prompt, 支持项目申报国家、省、市县出台的相关政策文件依据以及相关文号; 投资总额(万元) 5;
基础建设 0, 设置购置及 / 信息化建设 0, 教学改革 5; 筹资方案(万元) with a bare 0 before 已落实资金 0 and 申报省级资金 5;
绩效目标 a list of tasks (…编写教改教材、撰写专业论文、完成物流专业教师的转型培训。); 延续项目; the 申报单位 line under
the table.

项目绩效目标表 (Guangdong's 2017 template, nine columns, the last an unheaded 佐证材料 column): the title
王怀术教师资助        项目绩效目标表 with a run of eight spaces inside (the leading ones dropped); 产出计划 a list
(培训结业证书 / 论文1篇 / 企业实践材料 / 举办培训班1次 / 以老带新), 总目标 ending in a space, 佐证 提交相关资料及证书, a
年度阶段性目标 in money (2.5万元左右 / 2.5万左右); a 进度计划 of six unnumbered lines with dates written 2017.1, 2017.6,
2017.12 (the dump runs them together: 2017.12017.6 is 2017.1 | 2017.6); then two rows under 社会效益.  Cut between
cells: 校内专业培训100% 0人1次以上校内培训合格 and 参与实践完成率100%0天15天以上寒假1-2周,暑假4-6周。 — four pieces
for the three columns after the name each time, so 100% is read as part of the 个性化指标 (校内专业培训100% with a
trailing space, 参与实践完成率100%), 0人 / 0天 as 上年度实际水平, 1次以上 / 15天以上 as 本年度计划完成水平 and 校内培训合格 /
寒假1-2周,暑假4-6周。 (half-width comma) as the explanation; the template's sentence stands as 说明 beside them.
A 审核意见 row of three empty boxes and the 注 close the table.

Decided: unit 广东省高级技工学校 (申报单位); year 2017; name the 项目概况's 省级基础教育师资培训经费王怀术教师资助项目; budget
5万元, funding 已落实资金 0 and 申报省级资金 5; goals the 总目标 (trimmed) and 年度阶段性目标 cells; levels 预期效果 /
社会效益 / 个性化指标 as in zzd_01, the 三级 keeping its 100%; values 1次以上 and 15天以上 (以上 includes the number:
at least 1 次, at least 15 天), not the 0人 / 0天 of last year; the six schedule lines are no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/haosky/HaoDT/blob/4650837ac94ac0457bb3d10a7644dfbe7babe1d4/"
            "HaoPy/haoml/articlesimhash.py"),
    "title": "省级基础教育师资培训经费王怀术教师资助项目申请报告",
    "issuer": "广东省高级技工学校",
    "province": "广东",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "省级基础教育强师工程王怀术教师资助项目申报材料.docx"

UNIT = "广东省高级技工学校"

COVER = [
    "省级基础教育强师工程",
    "王怀术教师资助项目",
    "申", "报", "材", "料",
    "省级基础教育师资培训经费",
    "王怀术教师资助项目申请报告",
]
OVERVIEW = [
    "二、项目概况",
    "项目名称：省级基础教育师资培训经费王怀术教师资助项目",
    "项目内容及投资规模：通过项目投入，提升王怀术老师的专业能力、教科研能力、专业教学及培训能力、职业生涯规划能力、德育教育"
    "工作能力、教学教研管理能力、提升师资培训能力。本项项目投资总额5万元，本项目资金投向：自身能力素质提升培训4万元，帮助其他"
    "教师能力素质提升培训1万元。",
    "主要任务：一是通过校外深造学习掌握物联网、大数据物流、物流金融、北斗卫星应用等大数据应用技术在物流中的应用，掌握利用大数据、"
    "交互系统、卫星导引定位等创新物流管理服务模式，为校区物流管理专业教学做好充足的准备；二是完善物流管理专业人才需求调研、工作"
    "岗位调研、制定人才培养方案、人才培养课程体系工作，通过课题建设培养具有专业能力，具有教科研能力的专业带头人。",
    "预期目标：参加专业培训1次、参与实践1次、发表论文1篇、参加教研交流1次、开展项目开发1个、能胜任校内外培师资培训、制定物流"
    "专业发展方向。",
]
BASIS = "支持项目申报国家、省、市县出台的相关政策文件依据以及相关文号"
INTRO = ("通过项目投入，提升王怀术老师的专业能力、参加专业培训、购买专业领域的参考用书、参与企业实践、参加教研交流、发表学术论文、"
         "提升教学教研能力、带领提升新教师。")
INFO_GOAL = "能胜任校内外培师资培训、制定物流专业发展方向、编写教改教材、撰写专业论文、完成物流专业教师的转型培训。"
FORM_NOTES = [
    "注：1.“立项情况”指向发改部门提交立项的情况，填写：无需立项、正在办理立项前准备工作、项目建议书已批复、可行性研究报告已批复、"
    "已完成所有立项手续。",
    "2.“项目依据”填写支持项目申报的国家、省、市、县出台的相关政策文件依据及相关文号。",
    "3.“项目存续状态”填写：延续项目或新增项目。延续项目指上一年度曾申报并获得省级补助资金，本次继续申报的同一项目；新增项目指"
    "新申报的项目。",
]

PLAN = "培训结业证书\n论文1篇\n企业实践材料\n举办培训班1次\n以老带新"
TOTAL_GOAL = "总目标：胜任对内对外的师资培训、制定物流管理专业建设发展方案、成立物流管理精英团队。 "
STAGE_GOAL = ("年度阶段性目标：前六个月参加专业技能培训、教学方面培训（2.5万元左右）；后六个月举办校内培训班及参与企业实践、制定新的"
              "专业规划、编写一体化计划教材和撰写专业论文（2.5万左右）")
SCHEDULE = [
    ("专业技能培训", "2017.1", "2017.6"),
    ("专业教学培训", "2017.3", "2017.6"),
    ("编写教材", "2017.8", "2017.12"),
    ("制定专业规划和撰写专业论文", "2017.7", "2017.12"),
    ("校内专业培训班", "2017.8", "2017.12"),
    ("参与企业实践", "2017.7", "2017.8"),
]
# 个性化指标, 上年度实际水平, 本年度计划完成水平, 指标解释及计算公式
INDICATORS = [
    ("校内专业培训100% ", "0人", "1次以上", "校内培训合格"),
    ("参与实践完成率100%", "0天", "15天以上", "寒假1-2周,暑假4-6周。"),
]
TEMPLATE_NOTE = "反映项目实施直接产生的社会、经济、生态效益等，根据项目属性特点，可选择其中一或多项效益，研究设置个性化指标及其目标值。"
STAMP = "审核人：    单位公章       年  月  日"
FOOTNOTE = ("注：各申报单位个性化指标可自行根据项目特点设置指标，指标设置应可考核、可量化，能够与项目事后绩效评价相对接。 "
            "经济效益和生态效益确实无法设置指标的，可不设置。")


def basic_info() -> Grid:
    g = Grid(4)
    g.add(C("省级基础教育师资培训经费教师资助项目基本情况表    市（财政省直管理县）财政局（盖章）           "
            "市（财政省直管理县）人力资源社会保障局（盖章）", span=4))
    g.add("项目名称", C("王怀术教师资助项目", span=3))
    g.add(C("项目依据", down=2), "立项情况", C("正在办理立项前准备工作", span=2))
    g.add(C(BASIS, span=3))
    g.add("投资总额（万元）", C("5", span=3))
    g.add(C("投资结构（万元）", span=2), C("项目简介", span=2))
    g.add("基础建设", "0", C(INTRO, span=2, down=3))
    g.add("设置购置及\n信息化建设", "0")
    g.add("教学改革", "5")
    g.add(C("筹资方案（万元）", down=2), C("0", down=2), "已落实资金", "0")
    g.add("申报省级资金", "5")
    g.add(C("项目情况", down=3), "绩效目标", "起始时间（年月）", "2017年1月")
    g.add(C(INFO_GOAL, down=2), "终止时间（年月）", "2017年12月")
    g.add("项目存续状态", "延续项目")
    return g


def targets() -> Grid:
    g = Grid(9)
    g.add(C("王怀术教师资助        项目绩效目标表", span=9))
    g.add(C("预期产出", down=2), C("产出计划", down=2), C(PLAN, down=2), C(TOTAL_GOAL, span=5),
          C("提交相关资料及证书", down=2))
    g.add(C(STAGE_GOAL, span=5))
    n = len(SCHEDULE) + 1
    g.add(C("效率计划 ", down=n), C("项目实施进度计划", down=n), C("项目实施内容", span=2), C("开始时间", span=2),
          C("完成时间", span=2), C("取得相关结业证书并提供相关资料", down=n))
    for item, start, end in SCHEDULE:
        g.add(C(item, span=2), C(start, span=2), C(end, span=2))
    m = len(INDICATORS) + 1
    g.add(C("预期效果", down=m), C("预期社会经济效益", down=m), "指标类别", "个性化指标", "上年度实际水平",
          "本年度计划完成水平", "指标解释及计算公式", "说明", C("提供相关证明材料", down=m))
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
    return Doc("省级基础教育师资培训经费王怀术教师资助项目申请报告", [
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
