"""The words by which `jixiao.parsers.layout.document` recognises tables and fields: vocabulary as
data.

Every list is ordered where order matters: a longer, more specific wording comes before
a shorter one it contains (指标值确定依据 before 指标值), and the first match wins.
A new template is usually a new line here, for every format at once.
"""

from __future__ import annotations

import re

from jixiao.vocab import categories, numerals
from jixiao.vocab.lookup import memo_short

# --- key-value rows above the indicators -------------------------------------------
# field → label wordings (compared after `clean_label`).  Matching is exact first, then
# "the label starts with the wording".
KEY_LABELS: dict[str, tuple[str, ...]] = {
    # 转移支付(项目)名称 and 项目(专项)名称 are compared without their brackets
    "name": (
        "项目名称", "项目名", "名称", "专项名称", "专项资金名称", "项目支出名称", "资金名称",
        "转移支付名称", "转移支付项目名称", "项目专项名称", "专项项目名称", "二级项目名称",
        "转移名称",  # 转移(项目)名称, 旺苍's form missing its 支付
    ),
    "code": ("项目编码", "项目代码", "项目编号", "编码"),
    "budget_text": ("项目资金主要用途", "资金主要用途", "项目资金用途", "资金用途及预算"),
    "budget": (
        "年度资金总额", "项目资金总额", "资金总额", "预算数", "预算金额", "项目预算",
        "年度预算", "预算资金", "项目总金额", "项目资金", "资金情况",
        # a transfer's 区域绩效目标表: the year's amount of the grant it allocates
        "年度金额", "中央补助年度金额", "省级补助年度金额", "补助年度金额",
        # 广东's 预算金额 | 总金额 | 50万元 | 当年度金额 | 50万元: the label, then two pairs
        "总金额", "当年度金额",
        # 浙江's 评价报告: 计划安排资金(万元) | 1355.81 | 实际到位资金(万元) | 1355.81
        "计划安排资金",
        # the amount a 申报表 asks for this year (大庆's 本年度申请金额), a 报告's 资金规模
        "本年度申请金额", "申请资金总额", "资金规模",
        "资金额度",  # 专项名称 | … // 主管部门 | 省残联 | 资金额度 | 4623 万
    ),
    "spend_plan": ("资金支出计划", "支出计划", "资金使用计划", "资金支出进度"),
    "goals": (
        "年度绩效目标", "年度总体目标", "项目绩效目标", "绩效目标", "年度目标", "总体目标",
        "实施目标", "当年绩效目标", "年度总体绩效目标", "项目年度目标", "年初设定目标",
        "项目年度绩效目标", "整体绩效目标", "年度主要目标", "主要目标", "年度绩效总目标",
        "绩效总目标", "整体目标", "项目当年绩效目标", "本年度绩效目标", "本年度目标",
        "当年整体绩效目标", "年度整体绩效目标", "总体绩效目标",
        # 广东's 总体绩效目标 | 当年度目标 | …: the year's goal under the label
        "当年度目标", "当年度绩效目标",
        # 河北's 自评表: 三、目标完成情况 merged down beside 年度预期目标 | 具体完成情况
        "目标完成情况",
        "年初绩效目标",  # 重庆's 部门整体 自评表
    ),
    # the multi-year goal: kept as a field, and the goals where no annual goal is written
    "long_goals": (
        "中长期目标", "长期目标", "实施期目标", "中期目标", "中长期绩效目标",
        "项目中期规划绩效目标", "中期规划绩效目标", "中期绩效目标", "长期绩效目标",
        "实施期绩效目标",
        "中期滚动目标",  # 东莞's 批复表: 中期滚动目标(2019年--2021年)
        "项目总目标", "总目标",  # a 申报表's whole-period goal beside its 年度目标
    ),
    "purpose": ("项目概况", "项目内容", "项目主要内容", "实施内容", "主要用途", "项目用途",
                "项目总体概况", "项目实施内容"),
    "unit": (
        "单位名称", "预算单位", "填报单位", "部门名称", "申报单位", "项目单位", "资金使用单位",
        "绩效编制单位", "预算部门", "编制单位", "部门单位名称", "部门", "下达地方或单位",
        "单位信息", "用款单位",
        "申报部门",  # 南京's 市级专项资金 form: 申报部门(单位) | 南京市财政局 | 项目名称 | …
    ),
    "department": (
        "主管部门", "主管单位", "主管部门及代码", "主管预算部门", "主管部门名称", "主管单位名称",
        "预算主管部门",  # 上海's 部门预算 under its title: 预算主管部门：上海市普陀区司法局
    ),
    "implementer": ("实施单位", "项目实施单位", "项目执行单位", "执行单位",
                    "项目承担单位", "承担单位"),  # the unit that carries the project out
    # 部门整体支出绩效目标表: the tasks list, kept as a project field with its rows
    "tasks": (
        "年度主要任务", "主要任务", "年度重点工作任务", "重点工作任务", "年度履职目标", "履职目标",
    ),
    # a group label merged down beside its funding lines (资金来源 | 财政拨款 | 40.00):
    # no value of its own, the lines beside it are the funding
    "funding_group": ("资金来源", "项目资金来源", "资金构成", "资金来源构成", "资金来源情况"),
    # 其他 alone, a line of the sources (其中:财政资金 | 6.84 / 其他 | 0.00)
    "funding": (
        "其他",
        # a level's budget, the whole label, as a source (海南's 其中: 中央财政 / 省财政预算 /
        # 市县财政预算); inside a longer one (中期市财政预算) a budget still
        "中央财政预算", "省财政预算", "市财政预算", "县财政预算", "市县财政预算", "区财政预算",
        "本级财政预算",
    ),
}
# A key label of a 专项 form names its fund first (专项年度绩效目标, 专项长期绩效目标 of
# 湖南's 专项资金绩效目标表): the same field as the label after it.
FUND_PREFIXES: tuple[str, ...] = ("专项",)

# Labels of a key row that fill no field of their own but must not be read as a value
# (项目名称 | X | 项目负责人及电话 | Y): kept as project fields under their label.  A short
# label ending with one of OTHER_KEY_ENDINGS counts too (项目起止时间, 归口业务科室).
OTHER_KEY_LABELS: tuple[str, ...] = (
    "项目负责人及电话", "项目负责人", "负责人", "联系电话", "联系人", "项目属性", "项目类型",
    "项目类别", "开始日期", "结束日期", "起止时间", "项目期限", "项目周期", "归口业务科室",
    "是否政府采购", "项目口径", "项目来源", "项目期", "资金性质", "支出类型", "项目级次",
    "项目负责人及联系电话", "项目分类", "组织实施单位", "一级项目名称", "填报人", "填表人",
    "项目性质",
    # an evaluation's summary (概要): the year it looks at and the scores it gives
    "评价年度", "预算年度", "所属年度", "自评分值", "自评等级", "评价分值", "评价等级",
)
# Money laid out as columns, a head of sources over a row of amounts (parsers.layout.
# money_columns): the levels of government that pay, and the words of a total's column.
MONEY_COLUMN_WORDS: frozenset[str] = frozenset({
    "中央", "省级", "省", "市级", "市", "县级", "县", "区级", "本级", "乡级", "镇级", "其他",
    "上级", "自筹", "社会", "中央资金", "省级资金", "市级资金", "县级资金", "本级资金",
})
# A money block's caption, whatever names the money before it (总体资金情况(万元))
MONEY_BLOCK_ENDINGS: tuple[str, ...] = ("资金情况",)
MONEY_COLUMN_TOTALS: tuple[str, ...] = ("预计投入", "总投入", "合计", "总计", "总额")
# levels written together in one head cell (省、地 of 湖北's 自评表: the province's and the
# prefecture's money in one column)
MONEY_COLUMN_LEVELS_APART = re.compile(r"[、/／和及]")
MONEY_COLUMN_LEVELS: frozenset[str] = MONEY_COLUMN_WORDS | {"地", "州", "区", "乡", "镇"}
# What was spent, beside the sources (… | 合计 | 执行数 | 执行率 over … | 309 | 309 | 100%):
# no money the project was given; its columns are read past.
MONEY_COLUMN_SPENT: tuple[str, ...] = ("执行数", "执行率", "支出数", "实际支出", "实际到位")
# A goal's sentence is at least this long (a row above the indicators whose label was lost)
GOAL_MIN_CHARS = 10

# The spending side of a 部门整体 table's budget block, beside its funding lines in the same
# rows (公共财政拨款 | 222.45 | 基本支出 | 220.45): a label after a source's amount, kept
# as a project field; elsewhere a value (支出类型 | 项目支出)
SPENDING_SIDE_LABELS: tuple[str, ...] = ("基本支出", "项目支出")
OTHER_KEY_ENDINGS: tuple[str, ...] = (
    "负责人", "电话", "日期", "时间", "期限", "属性", "类型", "类别", "科室", "口径", "来源",
    "级次", "方式", "周期", "分类", "编码", "代码", "财政部门", "执行数", "执行率",
    "年份",  # 项目名称 | … | 项目年份 | 2021 (苏州's 自评表)
    "领域",  # a bond's or a fund's sector (投向领域 | 老旧小区改造领域15500)
    "实施期",  # 专项实施期 | 2022年3月-2022年11月 (宁夏's 自评表)
)
# The record a government site prints above a page (索引号 | 发文时间, 发布机构 | 文号 …) names
# the office that published it: the unit, where the document itself names none.
PUBLISHER_LABELS: tuple[str, ...] = (
    "发布机构", "发布单位", "发文机关", "信息来源单位", "发文单位", "发布部门", "信息来源",
    "来源", "文章来源",  # 来源: 泸县文化广电旅游局 发布时间:… (a county site's record line)
)
# The other labels of such a record, on one line with the publisher's (发布时间:… 信息来源:
# 莆田市市场监督管理局 点击数: 字号:): where a scan lost the spaces between them, a label
# and its colon still end the value before it
PAGE_RECORD_LABELS: tuple[str, ...] = (
    *PUBLISHER_LABELS, "发布时间", "发布日期", "点击数", "点击量", "浏览次数", "阅读次数",
    "访问量", "字号", "作者",
)
# ... and the labels of the record box a site prints above its article (索引号 | … | 发文字号
# | 无 // 发布机构 | …): such a box is no part of any project's table
RECORD_BOX_LABELS: frozenset[str] = frozenset({
    *PAGE_RECORD_LABELS, "索引号", "文号", "发文字号", "主题分类", "体裁分类", "成文日期",
    "浏览量", "效力状态", "有效性", "公开方式", "发文时间", "标题",
})
# A 主管部门 label opening with one of these is a level above the submitting unit.
UPPER_LEVEL_WORDS: tuple[str, ...] = ("中央", "省级", "省", "国家", "自治区")
# A short label ending with one of these names a unit by its role, whatever comes before
# (项目主管部门, 县级主管部门, 中央主管部门, 项目执行单位, 资金使用单位, 评价部门名称).
KEY_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("department", ("主管部门", "主管单位")),
    ("implementer", ("实施单位", "执行单位")),
    ("unit", ("使用单位", "申报单位", "填报单位", "预算单位", "编制单位", "单位名称", "部门名称")),
)
OTHER_KEY_MAX_CHARS = 10

# A label that names the budget by its words, beyond KEY_LABELS' wordings (本次下达中央预算内
# 投资, 年度本级预算金额, 项目总预算): a short label containing one of these.
BUDGET_LABEL_WORDS: tuple[str, ...] = (
    "预算数", "预算金额", "资金总额", "总预算", "预算内投资", "申请预算", "预算总额", "当年预算",
    "项目金额", "预算申报数", "申报金额",
    # 重庆's 部门整体 form: 区级支出预算总量 (a district unit's spending for the year)
    "预算总量",
    # 海南's evaluation forms: 计划投资额(万元) beside 实际到位资金 and 实际使用情况
    "投资额",
)

# 中期市财政预算, 本年度申请市财政预算资金: a label with 预算 ending so names a budget;
# where a row names several, the year's (ANNUAL_WORDS) is the budget.
BUDGET_LABEL_ENDINGS: tuple[str, ...] = ("预算", "预算资金", "资金", "金额", "投资")

# A block caption merged down the left of key rows (预算执行情况(万元), 预算规模及资金用途)
# is at most this long.
CAPTION_MAX_CHARS = 12

# Words that make a label the total whatever source it names (年度财政资金总额).
TOTAL_LABEL_WORDS: tuple[str, ...] = ("总额", "总预算", "预算总额", "资金总计", "投入总数")
# A label that counts what was checked (抽查资金总数), states a share (资金抽查占比) or what
# was received or spent (实际到位资金, 实际使用情况, beside 计划投资额) names no money the
# project was given, whatever source it names: kept as a field.
NO_AMOUNT_LABEL_WORDS: tuple[str, ...] = ("抽查", "占比", "实际到位", "实际使用", "实际支出",
                                          # a rate or a class of the money (年度预算执行率,
                                          # 财政资金预算分类, 财政资金科目代码): no amount
                                          "执行率", "科目", "预算分类", "资金分类")
# A label that starts as a unit's does but asks its code or its opinion (主管部门编码,
# 主管部门审核意见): no unit named after it
NOT_A_UNIT_ENDINGS: tuple[str, ...] = ("编码", "代码", "编号", "意见")
# A row labelled only this, in a funding block, is its total (合 计 | 130.54 | …).
TOTAL_ROW_LABELS: tuple[str, ...] = ("合计", "总计")
# A source's own total beside it (一般公共预算拨款 | 小计 | 250, its lines below): a word
# between a funding label and its amount, not part of the amount.
SUBTOTAL_LABELS: tuple[str, ...] = (*TOTAL_ROW_LABELS, "小计")

# Keys whose row is a list under them (任务名称 | 主要内容 | 预算金额): no label after them.
WHOLE_ROW_KEYS: frozenset[str] = frozenset({"tasks"})

# Labels after the indicators that are not indicators (review and sign-off rows, the
# total of a self-evaluation); a label ending in 意见 is one too (市财政局审核意见).
TRAILER_LABELS: tuple[str, ...] = (
    "审核意见", "主管部门意见", "财政部门意见", "部门审核意见", "财政审核意见", "备注",
    "填报人", "填表人", "联系电话", "联系人", "填报日期", "审核人", "单位负责人", "总分",
    "其他说明的问题", "其他需要说明", "评价结论", "存在问题", "改进措施",
    "绩效自评结论", "自评结论",
)
TRAILER_SUFFIXES: tuple[str, ...] = ("意见",)
# Sign-off labels that follow the unit's name on its line (项目单位(盖章):黄石市图书馆
# 主要领导签字:): where a scan lost the spaces before them, they end the name.
SIGN_OFF_LABELS: tuple[str, ...] = (
    "主要领导签字", "单位负责人签字", "负责人签字", "领导签字", "签字", "签名", "签章",
    "单位负责人", "项目负责人", "负责人", "填报日期", "填表日期", "联系电话", "联系人",
    "填报人", "填表人", "审核人",
    "财务负责人", "责任人", "经办人", "制表人", "分管领导",  # 温泉县医疗保障局 责任人：马玉秀
)
# Boxes ticked or not (□ ☑ ■ …): a cell with two is a row of choices (项目属性), never
# an indicator.
CHECKBOX_RE = re.compile("[□☐☑☒■✓✔√]")
# A numbered label on a row of its own (2.项目实施内容及过程概述): a label, not text.
ENUMERATED_LABEL_RE = re.compile(r"^\d{1,2}[.、．][^\n]{2,16}$")
# A short label with its colon and nothing after it (已实施情况:, 未实施情况及原因：): a prompt
# of the template left unanswered, never text of its own.
BARE_PROMPT_RE = re.compile(r"^[^:：\n]{2,12}[:：]\s*$")
# A cell holding only the place of a stamp: part of a sign-off, never text of its own.
STAMP_WORDS: tuple[str, ...] = ("盖章", "签章", "公章", "签字", "签名")
STAMP_ONLY_RE = re.compile(r"^\s*[(（]?\s*(?:" + "|".join(STAMP_WORDS) + r")\s*[)）]?\s*$")

# Funding-source wordings: a key row whose label contains one of these, under a budget,
# is a funding line.
FUNDING_WORDS: tuple[str, ...] = (
    "财政拨款", "财政资金", "一般公共预算", "政府性基金", "国有资本经营", "上级补助",
    "上级资金", "中央资金", "省级资金", "市级资金", "县级资金", "本级资金", "自筹资金",
    "其他资金", "社会资金", "专项资金", "专项债", "财政专户", "事业收入", "经营收入",
    "上年结转",  # 大庆's 上年结转 | 5: last year's money carried over, a source
)

# A short label ending so is a funding line where it leads a key row (经营性收入, 上级资金,
# 中央补助); a label opening with 其中 is one whatever it names.
FUNDING_ENDINGS: tuple[str, ...] = ("收入", "资金", "拨款", "补助", "基金", "投款", "补助资金",
                                    "财政")  # 中央财政 | 165万元, 省级财政 | 43万元
# The word that opens the parts of the line above (其中: 省级财政 under 财政资金)
PARTS_WORD = "其中"

# --- the indicator header ------------------------------------------------------------
# logical column → header wordings, most specific first.  `header.header_match` tries
# exact matches over all columns first (after `clean_label` on both sides, so 评(扣)分标准
# is 评分标准), then containment in this order (指标值确定依据 is basis, not value; 评分标准
# is standard, not score), then jieba words (`HEADER_KEYWORDS`).
HEADER_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # 目标值制订说明 (江苏's 绩效目标名称 | 目标值 | … | 目标值制订说明): how the target was set
    ("basis", ("指标值确定依据", "指标值设定依据", "确定依据", "设定依据", "依据", "制订说明",
               "制定说明")),
    ("deviation", ("偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "未完成原因")),
    ("actual", ("实际完成值", "全年实际值", "实际完成情况", "完成值", "实际值")),
    # 评(扣)分标准: how a row is scored, kept beside the row (extra 评分标准); 绩效标准 is
    # the same column in older templates, and stands for the target where no 指标值 is, as
    # does a 评价标准 graded 优 | 良 | 中 | 差 (its first cell, the best grade; see
    # STANDARD_AS_TARGET).
    # 标准值 too: 江苏's 目标名称 | 目标值 | 评价指标 | 标准值, the standard of the rate a row
    # is scored on beside the target; alone, the target.
    # 评分规则 (宜兴's, beside 得分) is a standard too, not a score.
    # 评价标准及依据 (广水's management block) is how rows are scored, not the target's
    # basis; 赋分规则 and 扣分标准 (a budget system's columns) the same
    ("standard", ("评(扣)分标准", "绩效标准", "评价标准", "标准值", "评分规则", "计分规则",
                  "评价标准及依据", "赋分规则", "扣分标准")),
    ("value", (
        "年度指标值", "全年指标值", "指标值及单位", "指标值", "目标值", "预期目标值",
        "预期目标", "预期指标值",
        # 澧县's 部门整体 form: 指标解释 | 指标说明及公式 | 预期达到目标
        "预期达到目标",
        # 海南's evaluation report: 年初绩效目标 | 调整后绩效目标(如有), the target set with
        # the budget and the one changed during the year (kept beside it)
        "年初绩效目标",
        # 广东's 2017 form and 大庆's: 上年度实际水平 | 本年度计划完成水平 (last year's figure
        # kept beside the target)
        "本年度计划完成水平", "本年度计划水平", "计划完成水平",
    )),
    ("op", ("指标性质", "指标方向", "计算符号", "符号", "指标值类型")),
    ("unit", ("度量单位", "计量单位", "单位")),
    ("weight", ("权重", "分值")),
    ("score", ("得分", "自评得分", "评分")),
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    # 指标值说明 explains the target, 计算公式 how the figure is worked out: neither is one
    ("description", ("绩效指标描述", "指标描述", "指标说明", "指标解释", "描述", "指标值说明",
                     "计算公式")),
    ("level3", ("三级指标", "指标名称", "具体指标", "指标内容")),
    # the label column left of the levels (本年度绩效指标 merged down beside the rows);
    # a 绩效指标 column right of the levels is a 三级指标 (see header.place_block_column)
    ("block", (
        "本年度绩效指标", "年度绩效指标", "绩效指标", "中长期绩效指标", "长期绩效指标",
        "年度指标", "中长期指标", "长期指标",
    )),
    # wide sheets: one row per indicator, the project's own cells merged down beside it
    ("project_name", ("项目名称",)),
    ("project_code", ("项目编码", "项目代码", "项目编号")),
    ("project_budget", (
        "年度资金总额", "预算数", "预算金额", "资金总额", "项目资金", "预算资金", "项目预算",
    )),
    ("project_goals", ("年度绩效目标", "年度目标", "绩效目标", "年度总体目标", "总体目标")),
    # a budget system's listing may give only the multi-year goal: the goals where no
    # annual goal stands beside it (as for a table's 实施期目标 row)
    ("project_long_goals", (
        "实施周期总目标", "实施周期目标", "实施期绩效目标", "实施期目标", "中长期绩效目标",
        "中长期目标", "长期目标", "中期目标",
    )),
)

# A standard column whose header holds one of these stands for the target where the table
# has no 指标值 column: 绩效标准, and 绩效指标评价标准 split into grades 优 | 良 | 中 | 差 (the
# cell under its first column, the best grade, is what the project sets out to reach).
STANDARD_AS_TARGET: tuple[str, ...] = ("绩效标准", "评价标准", "标准值")
# The grades such a standard is split into, a row of them under its header
GRADE_WORDS: frozenset[str] = frozenset({
    "优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差", "一般", "及格", "不及格",
})

# Wordings that name a column only as the whole header cell, never inside a longer one
# (指标 alone is the indicator's name; 指标内涵, 指标类型 are not).
HEADER_EXACT_ONLY: tuple[tuple[str, tuple[str, ...]], ...] = (
    # 绩效指标分类 | 绩效指标 | 绩效指标描述: the indicators' class (产出指标, 效果指标) heads
    # the rows as their 一级; 绩效指标 right of it is then the indicator's name
    ("level1", ("一级", "一级指标名称", "绩效指标分类", "指标分类", "指标类型", "项目指标类型",
                "指标类别")),
    ("level2", ("二级", "二级指标名称")),
    ("level3", ("指标", "三级", "三级指标名称", "个性化指标",  # 广东's 指标类别 | 个性化指标
                "目标名称", "绩效目标名称")),  # 江苏's 绩效目标名称 | 目标值 | 评价指标 | 标准值
    ("value", ("数值", "年度数值", "目标数值")),
)

# A bare 指标 header left of a column that names the indicators (指标 | 指标内容 | 指标值)
# heads their categories (产出指标 merged down), not their names: a level column whose
# cells decide which level (header.HeaderMap.with_levels_from), 一级 until they say 二级.
CATEGORY_HEADERS: tuple[str, ...] = ("指标", "指标类别")  # 广东's 指标类别 | 个性化指标
# The header a level column is given once its cells have decided it, and the word that
# makes a header name its level itself (三级指标, 三级) rather than what its cells hold
# (指标名称, 指标内容: a column of 数量指标 … under these is the 二级).
LEVEL_HEADERS: dict[str, str] = {"level1": "一级指标", "level2": "二级指标", "level3": "三级指标"}
LEVEL_WORDS: dict[str, str] = {"level1": "一级", "level2": "二级", "level3": "三级"}

# jieba words for wordings no synonym covers: field → (strong words, weak words).  A header
# scores 1 per strong word and 0.5 per weak word among its jieba words (search mode); it
# maps to the best field when that scores at least HEADER_KEYWORD_THRESHOLD and no other
# field scores as much.  Only indicator columns are here: project columns must be named.
HEADER_KEYWORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "value": (("指标值", "目标值", "标值", "预期", "预计"), ("年度", "全年", "计划", "目标", "值")),
    "actual": (("实际", "完成值", "实际值", "实现值"), ("完成", "情况", "值")),
    "level3": (("三级", "名称", "内容", "具体"), ("指标",)),
    "description": (("描述", "说明", "解释", "内涵", "释义"), ()),
    "basis": (("依据",), ("确定", "设定")),
    "op": (("性质", "方向", "符号"), ()),
    "unit": (("单位", "计量", "度量"), ()),
    "weight": (("权重", "分值", "满分"), ()),
    "score": (("得分", "评分", "自评"), ("分数",)),
    "standard": (("标准", "评分标准"), ("扣分",)),
    "deviation": (("偏差", "原因", "未完成", "改进"), ("措施", "分析")),
    "level1": (("一级",), ()),
    "level2": (("二级",), ()),
}
HEADER_KEYWORD_THRESHOLD = 1.0

# Header words that are never an indicator column (填报单位 is not 单位, 联系电话 is not
# a value): a header containing one maps to nothing unless it is an exact synonym.
UNRELATED_HEADER_WORDS: tuple[str, ...] = (
    "填报", "实施", "主管", "联系", "负责", "电话", "日期", "审核", "签字", "盖章", "佐证",
    "序号", "备注", "来源", "历史", "代码", "编码",
    "上年",  # 上年度实际水平 beside 本年度计划完成水平: last year's figure, not this year's
)
# A budget system's export lists each unit with its 专项 below it in one name column,
# 单位(专项)名称 (the unit's code repeated beside them): the projects' name column of a wide
# sheet, its unit rows no projects.
UNIT_AND_PROJECT_COLUMN: tuple[str, tuple[str, ...]] = ("单位名称", ("专项", "项目"))
# A unit's name heading a column of a wide row beside the project's own columns and no
# 项目名称 (header._unit_as_project): each unit its own project, the 部门整体 form.
UNIT_NAME_COLUMNS: frozenset[str] = frozenset({"单位名称", "部门名称", "预算单位名称", "预算单位"})

# A header row needs at least this many recognised columns, one of them a level.
HEADER_MIN_FIELDS = 3
# Header cells longer than this (after cleaning) are text, not a column name.
HEADER_MAX_CHARS = 16

# Words in a header cell or a caption above it that mark the long-term block of a table
# with 中长期 and 年度 indicators side by side (the 年度 block makes the records).
LONG_TERM_WORDS: tuple[str, ...] = ("中长期", "长期")
ANNUAL_WORDS: tuple[str, ...] = ("年度", "本年", "当年")
LONG_TERM_PREFIX = "中长期·"  # extra attributes of the long-term block: 中长期·指标值
ANNUAL_PREFIX = "年度·"  # the annual block's, where a table fills only the long-term one

# --- captions: a row of column titles whose values come in the rows below -------------
# 预期目标 / 实际完成情况 under 年度总体目标; 中长期目标 / 年度目标 under 总体目标: the
# annual or expected column is the goals, the others are kept as project fields.
GOAL_CAPTIONS: tuple[str, ...] = (
    "年度目标", "本年度目标", "预期目标", "年度绩效目标", "中长期目标", "长期目标", "总目标",
    "实际完成情况", "实际完成", "完成情况", "年初设定目标", "全年实际完成情况", "项目总目标",
    "年度总体目标", "实施期目标", "总体目标", "中期滚动目标", "中期目标",
    "项目年度目标", "年度目标完成情况", "年度预期目标", "项目总体目标",
    # 东莞's 实施周期总目标(2022年--2024年) | 年度目标: the project's whole span beside the year
    "实施周期总目标", "实施周期目标", "实施期总目标",
    # 重庆's 部门整体绩效自评表: 当年绩效目标 | 年初绩效目标 | 全年(调整)绩效目标 | 全年目标
    # 实际完成情况, the adjusted one kept as a field beside the goal set at the year's start
    "年初绩效目标", "全年绩效目标",
)
# A goals text that only points to where the goals are (详见单位的项目绩效目标表, （包括总
# 目标、年度目标、分解目标等，具体见表格）, 见附表): no goal of its own.
GOAL_POINTER_RE = re.compile(
    r"[(（]?(?:[^()（）]{0,30}[，,、])?\s*(?:详见|具体见|具体详见|参见|见)"
    r"[^。，,；;]{0,16}?(?:表格|附表|附件|表)\s*[0-9一二三四五六七八九十]*\s*[)）]?[。.]?"
)
GOALS_FROM_CAPTIONS: tuple[str, ...] = (
    "年度目标", "本年度目标", "预期目标", "年度绩效目标", "年初设定目标", "项目年度目标",
    "年度总体目标", "年度预期目标", "年初绩效目标",
)
# The year's goal as adjusted (重庆's 全年(调整)绩效目标): kept as a field beside the goal set
# at the year's start, the goal itself where that one is blank or 无.
GOALS_ADJUSTED: tuple[str, ...] = ("全年绩效目标",)
# A caption that is the goals only when no annual caption stands beside it (总体目标 |
# 全年实际完成情况); beside 年度总体目标 it is the multi-year goal, kept as a field.
GOALS_UNLESS_ANNUAL: tuple[str, ...] = ("总体目标", "项目总体目标")
# A caption holding one of these is what was achieved, kept beside the goals.
ACHIEVED_WORDS: tuple[str, ...] = ("完成情况", "实际完成")
# ... the field that keeps it (a self-evaluation's goal row whose captions were left out)
ACHIEVED_FIELD = "实际完成情况"
# 年初预算数 / 全年预算数 / 全年执行数 … over the funding rows of a self-evaluation, or
# 上年度安排资金 / 本年度申请资金 over those of a request (湖南's county 申报表): the first of
# MONEY_PREFERRED present is the amount, the others are kept as project fields.
MONEY_CAPTIONS: tuple[str, ...] = (
    "年初预算数", "全年预算数", "全年执行数", "预算数", "执行数", "调整预算数", "分值",
    "执行率", "得分", "年初预算", "调整后预算数", "调整后预算", "预算执行数", "预算执行率",
    "权重", "上年度安排资金", "上年安排资金", "上年度预算数", "上年预算数",
    "本年度申请资金", "本年申请资金", "本年度申请数", "本年度预算数", "本年预算数",
)
# Money captions labelled so list what the money buys (支出明细预算(万元) | 项 目 |
# 上年度安排资金 | 本年度申请资金 | 测算依据及说明): their lines are no funding sources.
SPENDING_DETAIL_WORDS: tuple[str, ...] = ("支出明细", "支出预算明细", "明细预算", "支出测算")
# Beside a preferred money caption, a column title ending so counts money too (财政拨款数,
# 指标结余数 of 苏州's 市级预算执行情况).
AMOUNT_TITLE_ENDINGS: tuple[str, ...] = ("数", "金额")
MONEY_PREFERRED: tuple[str, ...] = (
    "本年度申请资金", "本年申请资金", "本年度申请数", "本年度预算数", "本年预算数",
    "年初预算数", "年初预算", "预算数", "全年预算数", "调整预算数", "调整后预算数", "调整后预算",
)

# A registry's received stamp (收文章) read as a table of its own, as a scan's ruling lines
# show its box: a title ending so (县财政局收文), then rows of these labels and what was
# written in (日期 | 2023.3.8, 编号 | 第45号).  No table of the submission.
RECEIVED_STAMP_TITLE_RE = re.compile(r"收文(?:章|登记)?$")
RECEIVED_STAMP_LABELS: frozenset[str] = frozenset({
    "日期", "编号", "收文日期", "收文编号", "收文号", "文号", "登记号", "来文号", "份数",
    "签收", "签收人", "经办人", "处理", "处理意见",
})

# --- wide sheets ------------------------------------------------------------------------
# The first column title of a numbered list (序号 | 学校性质 | 培训机构 | 补助资金, an
# allocation or a roster after the indicators): a row opening with one, that is no
# indicator header, starts a table of another kind.
LIST_NUMBER_TITLES: tuple[str, ...] = ("序号", "编号", "排序")

# A 项目名称 or 序号 cell with one of these is a total row (部门合计), not a project.
TOTAL_ROW_WORDS: tuple[str, ...] = ("合计", "总计", "小计", "共计", "部门整体")
# Under the indicators, a row labelled only one of these adds the scores up (合计 | 100,
# 总分 | 100 | 96): not an indicator.  (总分 is no project total: 图书馆总分馆 is a project.)
SCORE_TOTAL_LABELS: tuple[str, ...] = (*TOTAL_ROW_WORDS, "总分", "总得分", "得分合计")
# A self-evaluation's own scoring lines, a row each below its indicators (预算执行率 | 10 |
# 100% …, 总分 | 100): at the top of a page never the rest of the row above it.
SCORING_ROW_LABELS: frozenset[str] = frozenset({*SCORE_TOTAL_LABELS, "预算执行率"})
# (A row named after the unit itself is its total too: organisations.OWN_TOTAL_ENDINGS.)

# --- levels -------------------------------------------------------------------------
# canonical level1 → its wordings in a 一级 cell (产出指标, 产出, 项目完成指标 …), from the
# categories (see there).  A cell is matched exactly first, then by containment, in this
# order.
LEVEL1_CANONICAL: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (canon, (
        *(short + "指标" for short in categories.SHORT_NAMES[canon]),
        *categories.OTHER_WORDINGS.get(canon, ()),
        *categories.SHORT_NAMES[canon],
    ))
    for canon in categories.CATEGORY_ORDER
)
# The weight a 一级 cell may state beside its name, kept in `level1` as written and read
# into `level1_weight`: the last bracket, with a 分 written after it (产出指标(50分),
# 效益指标（30%）, 产出指标(50), (0-20)分), after a word that names it (（权重50%）).  The
# bracket is read as a value; one number in one of LEVEL1_WEIGHT_UNITS is the weight, a
# range or anything else is none.
LEVEL1_WEIGHT_RE = re.compile(
    r"[(（]\s*(?:权重|分值|满分)?\s*[:：]?\s*(?P<weight>[^()（）]*?)\s*[)）]\s*(?P<after>分?)"
)
LEVEL1_WEIGHT_UNITS: tuple[str | None, ...] = ("分", "%", None)

# Words of a 二级 name (数量指标, 社会效益指标, 服务对象满意度指标): a column of cells ending
# in 指标 with one of these is the 二级 column where no header names it.
LEVEL2_WORDS: tuple[str, ...] = (
    "数量", "质量", "时效", "成本", "效益", "满意", "可持续", "经济", "社会", "生态", "影响",
)
# A 二级 name written alone, without 指标 (黄石's 指标名称 column: 质量, 时效, 社会效益)
LEVEL2_SHORT_NAMES: frozenset[str] = frozenset({
    *LEVEL2_WORDS, "社会效益", "经济效益", "生态效益", "环境效益", "可持续影响", "满意度",
    "服务对象满意度",
})

# A one-column tree of unit, project, levels and indicators (parsers.layout.tree): the
# header of its column, and of the column of the project's amount beside the targets.
TREE_COLUMN_LABELS: tuple[str, ...] = ("项目", "项目及指标", "项目名称及指标")
TREE_AMOUNT_LABELS: tuple[str, ...] = ("绩效金额", "金额", "预算金额", "项目金额")

# A listing of projects, one a row, their targets as lines in one cell (parsers.layout.listing):
# column → header wordings (compared after `clean_label`, so 单位名称(项目类别/支出项目) is
# 单位名称).  Every cell of its header is one of these, a targets and a name column among them.
LISTING_COLUMN_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("targets", (
        "绩效目标", "绩效目标和指标", "绩效目标及指标", "绩效目标和绩效指标", "绩效目标及指标值",
    )),
    ("name", ("单位名称", "项目名称", "支出项目", "单位项目名称", "支出项目名称", "项目")),
    ("code", ("单位编码", "项目编码", "单位代码", "项目代码", "编码", "代码")),
    ("amount", (
        "年度预算安排", "预算安排", "年度预算", "预算数", "预算金额", "金额", "年度预算数",
        # a 项目库's or 实施情况表's money: 资金规模(万元), 计划投资(万元)
        "资金规模", "投资规模", "资金金额", "投资额", "计划投资", "投资金额",
    )),
    ("content", (
        "项目内容", "项目概况", "主要内容", "项目主要内容", "建设内容", "建设内容及规模",
        "项目建设内容", "建设任务",
    )),
)

# --- spending plan --------------------------------------------------------------------
_Q = numerals.NONZERO_DIGITS[:4]  # 一二三四
QUARTER_RE = re.compile(rf"^(?:第?[{_Q}1-4１-４]季度|[QＱ][1-4１-４]|[{_Q}1-4]季)$")
# A quarter and its percentage in one cell, beside the 资金支出计划 label: 第一季度25%.
QUARTER_VALUE_RE = re.compile(
    rf"(?:第?[{_Q}1-4１-４]季度?|[QＱ][1-4１-４])\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%％])"
)

# --- amount units stated once for a table -------------------------------------------------
# A note outside a table or in a cell of its own (单位：万元, 金额单位：元): the unit of the
# bare amounts (预算数 | 45.60) of the table that follows or holds it.
# The units of the table's counts may follow the money's (单位:万元、类、个).
_OTHER_UNITS = r"(?:\s*[、,，/]\s*[\u4e00-\u9fff]{1,2})*"
AMOUNT_UNIT_NOTE_RE = re.compile(
    r"^\s*[(（]?\s*(?:金额|资金|货币|计量)?单位\s*[:：]\s*(千元|万元|亿元|元)"
    + _OTHER_UNITS + r"\s*[)）]?\s*$"
)
# The same note at the end of a line that says something else first (部门:505_湘西州教育和
# 体育局金额单位:万元; 评价机构全称(盖章):…有限公司单位:万元、类、个): the amounts below are
# in that unit.
AMOUNT_UNIT_TAIL_RE = re.compile(
    r"(?:金额|资金|货币)?单位\s*[:：]\s*(千元|万元|亿元|元)" + _OTHER_UNITS + r"\s*[)）]?\s*$"
)

# A line above a table that states its project's amount (金额:100 万元 under 填报单位(公章):…,
# 澧县's 预算项目绩效目标申报表): the budget, where the table states none.  Its unit written.
ABOVE_TABLE_AMOUNT_RE = re.compile(
    r"(?:^|\s)(?P<label>(?:项目|资金|预算|申报|申请)?总?金额|资金总额|预算数)\s*[:：]\s*"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:万元|元))\s*$"
)

# The word both notes hold, whatever else they say: a text without it is not scanned for
# them (most cells and lines; keep it in step with the two patterns above).
AMOUNT_UNIT_WORD = "单位"


@memo_short(1 << 12)  # asked of every cell of the key rows, and of the rows outside tables
def amount_unit_note(text: str) -> str | None:
    """The unit a note states (单位：万元), the cell's whole text or one of its lines (a
    merged label 部门总体资金情况 / 单位:万元), else None."""
    if AMOUNT_UNIT_WORD not in text:
        return None
    for line in (text, *text.split("\n")) if "\n" in text else (text,):
        m = AMOUNT_UNIT_NOTE_RE.match(line) or AMOUNT_UNIT_TAIL_RE.search(line)
        if m is not None:
            return m.group(1)
    return None


# --- headings ----------------------------------------------------------------------------
# A paragraph that names a project table: "1. 征地拆迁补偿款项目绩效目标表".
_ENUM = f"[{numerals.ENUMERATION_CHARS}]+"  # 一 … 十, 十一 …
TABLE_HEADING_RE = re.compile(
    rf"^\s*(?:[(（]?\d{{1,2}}(?![\d年])[)）.．、]?|{_ENUM}[、.．])?\s*"
    r"(?P<name>.*?)\s*(?:项目)?(?:支出)?"
    # a transfer's kind before the form's (食品监管补助资金区域绩效目标自评表, …资金转移支付
    # 绩效目标自评表, 转移支付区域(项目)绩效目标表)
    r"(?:转移支付)?(?:区域)?(?:[(（]项目[)）])?"
    r"(?:绩效目标(?:申报|审批|批复|自评)?|绩效自评|绩效(?:评价)?指标|绩效评价|自评)总?表\s*$"
)  # (…项目自评表 without 绩效, 2022年度共享工程项目自评表; a 区域绩效目标总表 over the counties')
# What a heading may end with after the form's name and is no part of it: a file's
# extension (….xls), the year in brackets (…绩效目标自评表(2021年度))
HEADING_TAIL_RE = re.compile(
    r"(?:\.(?:xlsx?|docx?|pdf|wps|et|ofd)|\s*[(（]\s*\d{4}\s*年?度?\s*[)）]"
    r"|\s*[(（]第[一二三四五六七八九十\d]{1,3}批[)）])\s*$", re.I)  # …绩效目标表(第一批)
# An amount or a document's number closing a project's name in a list of forms (村务公开工作
# 经费4.5万, 困难群众救助补助资金7423万冀财社2021152号): no part of the name
NAME_AMOUNT_TAIL_RE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:万元|万|元)|\d+\.\d+)?(?:[\u4e00-\u9fff]{1,4}[〔\[(（]?\d{4}[〕\])）]?\d{1,4}号)?$")
# A name that is a unit (or a place) and a year, and no more (保山市档案局2017年度, 昌宁县第一
# 示范小学2023年度, 鄂州市2020年市直部门预算): what follows the year is the name, if anything
UNIT_THEN_YEAR_RE = re.compile(  # (a bracket in the unit: 南县疾控中心(南县卫生综合监督执法局))
    r"^(?P<head>[\u4e00-\u9fff()（）]{2,40}?)(?:19|20)\d{2}\s*年度?(?P<tail>.*)$")
# A county, city or district that starts a table's title before the project's name
# (2019年度宁晋县高中助学金项目绩效评价指标表): the unit, where nothing else names one.
DIVISION_PREFIX_RE = re.compile(
    r"^(?:\d{4}年度?)?(?P<unit>[\u4e00-\u9fff]{2,6}?(?:自治县|自治州|县|市|区|旗))"
    r"(?!域|级|直)(?=[\u4e00-\u9fff]{2,})"
)
# A table's heading that restates the notice allocating its funds, by the notice's number
# (邯财社〔2018〕126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表): the project is
# the funds it allocates, without the number, the verb, the year and 预算指标.
ALLOCATION_HEADING_RE = re.compile(
    r"^\S{0,12}?[〔\[(（]\d{4}[〕\])）]\d{1,4}号\s*(?:关于)?(?:提前)?"
    r"(?:下达|拨付|下拨|分配|预拨|追加)(?:\d{4}年度?)?(?P<subject>\S{4,40}?)"
    r"(?:预算指标|资金预算|预算)?$"
)
# A column headed with a place or unit (笏石街道办, 埭头镇) holds that recipient's targets.
RECIPIENT_ENDINGS: tuple[str, ...] = ("街道办", "办事处", "街道", "镇", "乡", "村", "县", "区")

# A notice's title that names what it allocates (关于下达2021年第四季度省级会展项目奖励资金的通知):
# the project of a target table attached to it that names none itself.
NOTICE_SUBJECT_RE = re.compile(
    r"关于(?:提前)?(?:下达|拨付|下拨|分配|安排|预拨|追加)(?P<subject>\S{4,40}?)的通知\s*$"
)

# Targets published as prose, not as a table (parsers.layout.prose): the notice's title
# (关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示, or a title that is only
# the project's and 绩效目标设定: 同心县2025年设施农业技术培训项目绩效目标设定), whose subject
# is the project; the sentences that state its goal, up to the one that brings the targets
# (项目总体绩效目标是:增加…。 项目总体绩效目标:提高…。促进…。现将…); the amount of the fund
# it spends (资金50万元, 资金总额500万元).
PROSE_NOTICE_SUBJECT_RE = re.compile(
    r"关于(?P<subject>\S{4,80}?)(?:资金)?绩效目标(?:设定|设置|申报|批复)?(?:情况)?的(?:公示|公告|通知)"
)
PROSE_TITLE_SUBJECT_RE = re.compile(r"^\s*(?P<subject>\S{4,80}?项目)绩效目标(?:设定|设置)\s*$")
PROSE_GOAL_RE = re.compile(
    r"(?:总体|绩效年度|年度)(?:绩效)?目标(?:(?:是|为)\s*[:：]?|\s*[:：])\s*"
    r"(?P<goal>[^。\n]+。(?:(?!现将)[^。\n]+。)*|[^。\n]+$)"  # its paragraph's sentences
)
PROSE_AMOUNT_RE = re.compile(
    r"资金(?:总额|总计|合计)?(?:为|共)?\s*(?P<amount>\d+(?:\.\d+)?\s*(?:千元|万元|亿元|元))"
)
# A notice of one project in numbered sections (一、立项依据 … 四、绩效目标, or (3)实施主体。…):
# section → heading wordings (after the number; its text follows on the line or below).
NOTICE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a 扶贫 project's 公示 (1、项目名称:… 4、项目金额及资金来源:653万元 6、项目绩效目标:…)
    ("name", ("项目名称",)),
    ("purpose", ("项目概述", "项目概况", "项目内容", "主要内容", "项目建设内容", "建设内容")),
    ("basis", ("立项依据",)),
    ("implementer", ("实施主体", "实施单位", "实施部门")),
    ("period", ("起止时间", "实施期限", "实施时间", "实施日期", "项目实施日期")),
    ("budget", ("年度预算安排", "预算安排", "资金安排", "预算金额", "项目金额", "资金规模",
                "资金来源", "项目投资", "总投资", "投资规模")),
    ("goals", ("绩效目标和指标", "绩效目标", "年度绩效目标", "项目绩效目标")),
)
# the sections without which a run of numbered paragraphs is no such notice
NOTICE_REQUIRED: frozenset[str] = frozenset({"budget", "goals"})
NOTICE_MIN_SECTIONS = 3
# its title: the project, then the sections it discloses (X项目立项依据、实施主体…情况公示)
# 上海's 部门预算 explains each project in its own titled block (人民调解项目经费情况说明,
# 科技创新专项经费情况说明, X项目情况说明, or 项目经费情况说明 naming none) of the same
# numbered sections (一、项目概述 … 六、年度预算安排 七、绩效目标): the title, and what it names.
EXPLANATION_TITLE_RE = re.compile(
    r"^\s*(?P<subject>\S{0,60}?)(?:项目经费|项目资金|经费|资金|项目)情况说明\s*$"
)
# a nameless explanation's project, as its 概况 first names it (由…建设的万里街道社区公共服务
# 中心新建工程，位于…)
EXPLANATION_SUBJECT_RE = re.compile(
    r"(?:建设的|实施的|开展的|承担的)(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:工程|项目))(?=[，,。；;、\s]|$)"
)
NOTICE_TITLE_RE = re.compile(
    r"^(?:关于)?(?P<subject>\S{2,60}?项目)(?:的)?(?:立项依据|实施主体|预算安排|绩效目标)"
)
# a numbered line naming the project just above its sections (1、“水源地保护”项目)
NOTICE_PROJECT_LINE_RE = re.compile(r"^[“\"](?P<name>[^”\"]{2,40})[”\"]\s*项目\s*[。.]?$")
# an amount in the 预算安排 text (全年预算数为 362万元)
# (项目总预算1720.00万，其中…: 万 with no 元, before no other word)
NOTICE_AMOUNT_RE = re.compile(
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:千元|万元|亿元|元|[万亿](?![\u4e00-\u9fff])))")
# ... or only what each quarter spends (第一季度用款计划158.05万元，第二季度…): their sum
NOTICE_QUARTER_RE = re.compile(
    r"第[一二三四1-4]季度[^，,。；;\d]{0,10}?(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>千元|万元|亿元|元)")
# ... and the sources it names after 其中 (项目规模共计380万元,其中财政衔接资金380万元;
# 中央资金200万元、县级配套50万元): each a funding line
NOTICE_SOURCE_RE = re.compile(
    r"(?P<source>[\u4e00-\u9fff]{2,16}?(?:资金|补助|配套|拨款|自筹))\s*(?:为|共计|共)?\s*"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万元|亿元|元))")

# A 二级 name written with 目标 for 指标 (社会效益目标): the same level.
LEVEL_WORD_VARIANTS: tuple[tuple[str, str], ...] = (("目标", "指标"),)

# A heading that names its project without saying 表 (3岁以下婴幼儿照护服务项目项目绩效目标).
# A budget the text around a table states, the money allocated to the project: 批复下达预算
# 资金10万元, 实际下达预算2596万元 (what it spent is no budget: 支出, 执行 are not here)
BUDGET_STATED_RE = re.compile(
    r"(?:(?:下达|安排|批复)[^，,。；;]{0,6}?(?:预算(?:资金|金额|数)?|资金)"
    # the project named, then its budget: …宣传文化工作经费项目”预算资金100万元
    r"|项目[”\"]?预算(?:资金|金额)"
    # a self-evaluation report's own words: 全年预算数2565万元, 年初预算数为…
    r"|(?:全年|年初|年度)预算数)"
    r"(?:为|共计|共|合计)?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)")
# A report's sentence that names the project it tells of: 该双心及文明城市创建专项资金项目于…
PROJECT_NAMED_IN_TEXT_RE = re.compile(
    r"该(?P<name>[\u4e00-\u9fff（）()“”]{4,30}?)项目(?:于|在|由|是|自|已|共)")
# ... and a heading that names its project before 项目绩效目标, or before the self-evaluation
# it opens (2021年度本专科生奖助学金项目自评结果, …项目绩效自评报告)
PROJECT_HEADING_RE = re.compile(
    r"^\s*(?P<name>[^\s一二三四五六七八九十、.．]\S.{0,39}?)项目"
    # (the year may come between: …宣传文化经费项目2017年度绩效自评报告)
    r"(?:\d{4}年度?)?(?:绩效目标|(?:支出)?(?:绩效)?自评(?:结果|报告|情况))\s*$")
TITLE_WORDS: tuple[str, ...] = ("绩效目标表", "绩效目标指标表", "绩效目标申报表", "绩效自评表")
SELF_EVALUATION_WORDS: tuple[str, ...] = ("自评表", "绩效自评", "实际完成值", "完成值")
WHOLE_DEPARTMENT_WORDS: tuple[str, ...] = (
    "部门整体支出绩效目标表", "整体支出绩效目标", "部门整体绩效目标表", "部门整体支出绩效",
    "部门整体绩效",  # 重庆市梁平区林业局2022年度部门整体绩效自评表
    "整体支出绩效自评", "整体绩效目标", "单位整体支出",
    "整体支出项目绩效",  # 部门整体支出项目绩效目标申报表 (澧县's form of 2021)
)

# Narrative headings: 一、…  第一部分 …
SECTION_HEADING_RE = re.compile(rf"^\s*(?:第{_ENUM}部分|{_ENUM}\s*[、.．])\s*\S")

# --- year ---------------------------------------------------------------------------
# (The words of unit names are in jixiao.vocab.organisations.)
YEAR_RE = re.compile(r"(20\d{2})\s*年")
# A year in Chinese numerals (二〇二五年度): the digits, read one by one (numerals.YEAR_DIGITS).
_CN_YEAR = "[" + "".join(numerals.YEAR_DIGITS) + "]{4}"
CN_YEAR_RE = re.compile(rf"({_CN_YEAR})\s*年")
# A year at the start of a table heading's name (2021年度征地拆迁补偿款): not part of it.
LEADING_YEAR_RE = re.compile(  # (2016财政支出…: a year with no 年 before the words)
    rf"^(?:(?:\d{{4}}|{_CN_YEAR})年(?:度)?|(?:19|20)\d{{2}}(?=[\u4e00-\u9fff]))")
FILE_YEAR_RE = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# ... and a report's title with the unit and the year before the project (丰都县公安局2022年度
# 辅警人员经费绩效自评工作报告): the name is what comes after the year
REPORT_HEADING_RE = re.compile(
    rf"^\s*\S{{0,24}}?(?:\d{{4}}|{_CN_YEAR})年度?(?P<name>[\u4e00-\u9fff（）()]{{2,30}}?)"
    r"(?:项目)?(?:支出)?绩效(?:自评|评价)(?:工作)?报告\s*$")

# ... and a title that names its project in brackets after the kind of form or report
# (2024年度市级预算项目绩效自评报告(标准化工作专项补助经费), …绩效目标公开表（百色天立学校
# 办学补贴）); a bracket holding a year, a page's 续 or a kind of target names no project
BRACKETED_SUBJECT_RE = re.compile(
    r"^\s*\S{0,40}?绩效(?:目标|自评|评价)\S{0,8}?(?:表|报告)\s*[(（]"
    r"(?P<name>[^()（）]{2,40})[)）]\s*$")
NOT_A_BRACKETED_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?:\d{{4}}|{_CN_YEAR})?\s*年度?|续|.*(?:目标|指标|单位|万元|元)\s*"
    # where the money comes from, how the form was sent or filled (一般公共预算资金, 福彩公益金,
    # 打捆项目, 参考模板, 分区县下发): no project
    r"|.*(?:预算资金|公益金|基金|打捆项目|模板|下发)\s*)$")

_LABEL_STRIP_RE = re.compile(r"[\s:：*＊]+")
_LABEL_PAREN_RE = re.compile(r"[(（]([^()（）]*)[)）]")
_LABEL_OPEN_UNIT_RE = re.compile(r"[(（]\s*((?:千|万|亿)?元)\s*$")
# A formula letter whose other bracket the page lost (执行数B), 年初目标值(A, 执行率B/A)):
# the label less it, as its whole bracket would be
_LABEL_HALF_BRACKET_RE = re.compile(
    r"(?:[(（][A-Za-z0-9/×*÷+\-%]{0,8}|[A-Za-z0-9/×*÷+\-%]{1,8}[)）])\s*$")


@memo_short(1 << 14)  # the same labels come in every table of every document
def clean_label(text: str) -> str:
    """A label as compared: no spaces, colons or asterisks, no parenthesised note."""
    return _LABEL_STRIP_RE.sub("", _LABEL_HALF_BRACKET_RE.sub("", _LABEL_PAREN_RE.sub("", text)))


def level_label(text: str) -> str:
    """A level's cell as its name is compared: the label (`clean_label`) less the number an
    outline gives it (一、产出指标, 1.数量指标: 产出指标, 数量指标)."""
    return OUTLINE_NUMBER_RE.sub("", clean_label(text), count=1)


@memo_short(1 << 14)  # every level cell of every indicator row is asked, several times
def level_kind(text: str) -> str | None:
    """"level1" for a 一级 name (产出, 效益指标, 满意度指标), "level2" for a 二级 name
    (数量指标, 社会效益指标, 服务对象满意度指标), else None.  A level named as a target
    (产出目标 over 数量目标, 福建's forms) is one too."""
    lab = level_label(text)
    if lab.endswith(LEVEL_AS_TARGET):
        lab = lab.removesuffix(LEVEL_AS_TARGET) + "指标"
    if any(lab in words for _canon, words in LEVEL1_CANONICAL):
        return "level1"
    if lab.endswith("指标") and len(lab) <= 16 and any(w in lab for w in LEVEL2_WORDS):
        return "level2"
    if lab in LEVEL2_WITHOUT_SUFFIX:
        return "level2"
    return None


# The number an outline gives a level's name (一、产出指标, 1.数量指标, 1、, 第一, ①; a
# bracketed one, (一) or (1), is a note clean_label has taken off already): not its name.
# A figure's decimal point is none (1.5万元).
OUTLINE_NUMBER_RE = re.compile(
    rf"^(?:{_ENUM}[、.．]|\d{{1,2}}(?:[、．]|\.(?!\d))|第{_ENUM}[、.．]?|[\u2460-\u2473])")


# 二级 names a form writes without 指标 (广东's 指标类别 | 社会效益): only those no 一级 and
# no value is spelt as (数量, 质量 alone could be either)
LEVEL2_WITHOUT_SUFFIX: frozenset[str] = frozenset({
    "社会效益", "经济效益", "生态效益", "环境效益", "可持续影响", "服务对象满意度",
    # ... and the 二级 of the 检验检疫 programmes' 项目产出 (产出数量 | 核与辐射监测设备覆盖率)
    "产出数量", "产出质量", "产出时效", "产出成本",
})


# 产出目标, 数量目标: a level's name written with 目标 for 指标
LEVEL_AS_TARGET = "目标"


@memo_short(1 << 14)  # asked of every short cell by the money steps
def label_note(text: str) -> str | None:
    """The parenthesised note of a label: 预算数（万元） → 万元; a money unit whose closing
    bracket the page lost (年度预算申请(万元) is one too."""
    m = _LABEL_PAREN_RE.search(text) or _LABEL_OPEN_UNIT_RE.search(text)
    return m.group(1).strip() if m else None
