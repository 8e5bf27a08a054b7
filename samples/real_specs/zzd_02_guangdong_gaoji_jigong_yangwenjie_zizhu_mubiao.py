"""广东省高级技工学校's application of November 2016 for the 省级基础教育师资培训经费杨文杰教师资助项目 (5万元, one of the
five teachers of the school's 2017年度就业及技工教育专项资金 教师资助项目; 广东 惠州 博罗), a real submission kept as
text in a public repository: haosky/HaoDT carries the whole Word file as a test string of its plagiarism checker
(HaoPy/haoml/articlesimhash.py, commit of 2017-08-07; zzd_01 is the school-level part of the same file).  The dump
keeps paragraph breaks but runs table cells together, so the tables are rebuilt from the order of their cell texts
(the rebuild's cells, read row by row, give back the dump's text exactly).

Rebuilt: the sub-application's cover, set one character a line as Word files do (申 / 报 / 材 / 料) under
省级基础教育师资培训经费 / 杨文杰教师资助项目, its heading, 二、项目概况 (项目名称 … 投资规模: 项目总建设预算资金5万元),
三、项目基本情况表 with the form's 注 (three numbered notes; in the dump the first runs on from the 项目负责人 line and the
others follow soft breaks), and 六、资金绩效目标表.  Left out: 一、学校简介 (which calls the school 广东省技师学院),
四、五 (prose), 七、资金预算书, 八、主要佐证材料 (certificate lists) and the 填报人 / 项目负责人 names with their mobile
numbers on the line after 申报单位.

项目基本情况表: as in zzd_01 — title and both stamp captions on the first row, 项目名称 杨文杰教师资助项目 (shorter than
the 项目概况's name), 项目依据 over 立项情况 and the 预通知, 投资总额(万元) 5, 投资结构(万元) / 项目简介 (基础建设 0,
设置购置及 / 信息化建设 0, 教学改革 5), then 筹资方案(万元) with a bare 0 of its own before 已落实资金 0 and 申报省级资金 5
(the 0 read as a cell under the caption), 项目情况 / 绩效目标 (参加专业培训1次、下厂实践1次、…带领年轻教师1名。) beside
起始 2017年1月, 终止 2017年12月, 项目存续状态 延续项目; the 申报单位 line under the table.

项目绩效目标表 (Guangdong's 2017 template, nine columns, the last an unheaded 佐证材料 column): title on its own merged
row; 预期产出 / 产出计划 with the plan cell empty and the 总目标 cell reading 三项总目标：（提升…成为专业带头人。） — the
dump could also put 三项 alone in the plan cell; the phrase reads as one; 佐证 过程资料; 年度阶段性目标 (three
date ranges); 效率计划 (trailing space) / 项目实施进度计划 with three lines numbered 1. … 3. and a space after the
dot; 预期效果 / 预期社会经济效益 with its header row (指标类别 | 个性化指标 | 上年度实际水平 | 本年度计划完成水平 | 指标解释
及计算公式 | 说明), 社会效益 merged down three rows: 培训计划率, 下企业实践率, 提升年轻教师率, each 0% last year and 100%
this year, the count in the explanation (完成专业技能培训1次 … 提升1名年轻教师能力), the template's sentence as 说明; a
审核意见 row of three empty opinion boxes (leading spaces of their 审核人 line dropped) and the 注 under the table.

Decided: unit 广东省高级技工学校 (申报单位); year 2017; name the 项目概况's full 省级基础教育师资培训经费杨文杰教师资助项目
(the form's 项目名称 drops the fund's name); budget 5万元 (投资总额), funding 已落实资金 0 and 申报省级资金 5 (the bare 0
under 筹资方案 is no source); goals the 总目标 and 年度阶段性目标 cells; levels 预期效果 / 社会效益 / 个性化指标 as in zzd_01;
values the 本年度计划完成水平 (100%), not the 0% of 上年度实际水平; the schedule rows are no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/haosky/HaoDT/blob/4650837ac94ac0457bb3d10a7644dfbe7babe1d4/"
            "HaoPy/haoml/articlesimhash.py"),
    "title": "省级基础教育师资培训经费专项资金杨文杰教师资助项目申请报告",
    "issuer": "广东省高级技工学校",
    "province": "广东",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "省级基础教育师资培训经费杨文杰教师资助项目申报材料.docx"

UNIT = "广东省高级技工学校"

COVER = [
    "省级基础教育师资培训经费",
    "杨文杰教师资助项目",
    "申", "报", "材", "料",
    "省级基础教育师资培训经费专项资金",
    "杨文杰教师资助项目申请报告",
]
OVERVIEW = [
    "二、项目概况",
    "项目名称：省级基础教育师资培训经费杨文杰教师资助项目",
    "项目内容：结合广东省高级技工学校师资与学校专业建设现状，提升师资队伍建设，资助数控技术系骨干教师杨文杰完成师资培训任务。",
    "主要任务：资助杨文杰教师通过参加相关专业技能培训班、下厂生产实践、教研交流、参加教学管理培训、学术讲座，发表专业论文，"
    "带领新教师，参加行业专家交流会，学习专业目前的新知识与新技能，提升杨文杰教师自身专业技能能力、教研科研能力，指导和带动"
    "本专业其他教师的成长并并提高全国赛数控维修项目及世赛相关项目成绩。",
    "预期目标：打造一支师德高尚、业务精湛、结构合理、充满活力的高素质专业化教师队伍，将资助对象培养成为一个思想品德高尚、"
    "职业素养齐备、教学水平高超、技术水平先进、专业技能精通、教研能力突出的具有现代职教理念、广阔职教视野、能引领我校数控维修"
    "专业发展的专业名师。",
    "投资规模：项目总建设预算资金5万元，项目完成时间为一年，并明确资金使用目标、考核指标。",
]
BASIS = ("《关于做好2017年度就业及技工教育专项资金（技工院校及技能实训基地建设方向）项目库入库项目申报工作的预通知》"
         "【粤人社函〔2016〕2020号】。")
INTRO = ("资助杨文杰教师完成师资培训，参加专业培训，购买书籍，下厂实践，参加教研交流、发表学术论文，参加教学管理培训，聘请国、"
         "世赛专家，带领提升新教师。")
INFO_GOAL = "参加专业培训1次、下厂实践1次、发表论文1篇、参加教研交流1次、带领年轻教师1名。"
FORM_NOTES = [
    "注：1.“立项情况”指向发改部门提交立项的情况，填写：无需立项、正在办理立项前准备工作、项目建议书已批复、可行性研究报告已批复、"
    "已完成所有立项手续。",
    "2.“项目依据”填写支持项目申报的国家、省、市、县出台的相关政策文件依据及相关文号。",
    "3.“项目存续状态”填写：延续项目或新增项目。延续项目指上一年度曾申报并获得省级补助资金，本次继续申报的同一项目；新增项目指"
    "新申报的项目。",
]

TOTAL_GOAL = "三项总目标：（提升杨文杰教师专业能力、教研科研能力、帮助提升其他教师，成为专业带头人。）"
STAGE_GOAL = ("年度阶段性目标：2017年1月至2017年12月完成专业培训计划提升自身专业能力、2017年6月至2017年9月完成学术论文发表提升"
              "教研科研能力、2017年1月到2017年12月完成带领新教师1名以及提升其他教师。")
SCHEDULE = [
    ("1. 提升教师本人专业技能能力", "2017年1月", "2017年12月"),
    ("2. 提升教师本人教研科研能力", "2017年6月", "2017年9月"),
    ("3. 提升其他教师能力", "2017年1月", "2017年12月"),
]
# 个性化指标, 上年度实际水平, 本年度计划完成水平, 指标解释及计算公式
INDICATORS = [
    ("培训计划率", "0%", "100%", "完成专业技能培训1次"),
    ("下企业实践率", "0%", "100%", "完成下企业实践1次"),
    ("提升年轻教师率", "0%", "100%", "提升1名年轻教师能力"),
]
TEMPLATE_NOTE = "反映项目实施直接产生的社会、经济、生态效益等，根据项目属性特点，可选择其中一或多项效益，研究设置个性化指标及其目标值。"
STAMP = "审核人：    单位公章       年  月  日"
FOOTNOTE = ("注：各申报单位个性化指标可自行根据项目特点设置指标，指标设置应可考核、可量化，能够与项目事后绩效评价相对接。 "
            "经济效益和生态效益确实无法设置指标的，可不设置。")


def basic_info() -> Grid:
    g = Grid(4)
    g.add(C("省级基础教育师资培训经费教师资助项目基本情况表    市（财政省直管理县）财政局（盖章）           "
            "市（财政省直管理县）人力资源社会保障局（盖章）", span=4))
    g.add("项目名称", C("杨文杰教师资助项目", span=3))
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
    g.add(C("省级基础教育师资培训经费教师资助项目绩效目标表", span=9))
    g.add(C("预期产出", down=2), C("产出计划", down=2), C("", down=2), C(TOTAL_GOAL, span=5), C("过程资料", down=2))
    g.add(C(STAGE_GOAL, span=5))
    n = len(SCHEDULE) + 1
    g.add(C("效率计划 ", down=n), C("项目实施进度计划", down=n), C("项目实施内容", span=2), C("开始时间", span=2),
          C("完成时间", span=2), C("培训、发表论文、以老带新过程资料", down=n))
    for item, start, end in SCHEDULE:
        g.add(C(item, span=2), C(start, span=2), C(end, span=2))
    m = len(INDICATORS) + 1
    g.add(C("预期效果", down=m), C("预期社会经济效益", down=m), "指标类别", "个性化指标", "上年度实际水平",
          "本年度计划完成水平", "指标解释及计算公式", "说明", C("培训、下厂实践、以老带新证明材料", down=m))
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
    return Doc("省级基础教育师资培训经费杨文杰教师资助项目申请报告", [
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
