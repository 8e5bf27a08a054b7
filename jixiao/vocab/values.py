"""The words submitters write, as data: comparators, units and their factors, labels.

Everything the normalizer knows about Chinese target phrases lives here; the code in
canonical.py / values.py only says how to use it. Add a word here, add a row to
tests/normalize_cases.tsv, and nothing else should need to change.
"""

from __future__ import annotations

from decimal import Decimal

# ---------------------------------------------------------------------------------------
# Comparators
# ---------------------------------------------------------------------------------------

# Words and signs written BEFORE the number. ORDER MATTERS: a word must come before any
# shorter word it starts with (不低于 before 低于, 不超过 before 不超, >= before >), because
# the first that fits wins; patterns.alternation matches longest first, which is the same
# thing, and tests/test_normalize.py checks that the lists keep saying so.
# Chinese legal usage: 以上, 以下, 以内, 不低于, 不少于, 不超过, 不高于, 至少, 最多 include
# the number; 超过, 高于, 低于, 不足, 不满 exclude it.
# A prohibition before a comparison turns it round (不得低于95%: at least 95%; 不得超过 5万元:
# at most), whichever comparison word follows it.
PROHIBITIONS: tuple[str, ...] = ("不得", "不应", "不能", "不宜", "不可", "不准", "严禁", "禁止")
_TURNED: dict[str, str] = {
    "低于": ">=", "少于": ">=", "小于": ">=", "超过": "<=", "超出": "<=", "高于": "<=",
    "大于": "<=", "多于": "<=",
}
PREFIX_COMPARATORS: tuple[tuple[str, str], ...] = (
    *((no + word, op) for no in PROHIBITIONS for word, op in _TURNED.items()),
    (">=", ">="), ("<=", "<="), ("=>", ">="), ("=<", "<="),
    ("≥", ">="), ("≤", "<="), ("≧", ">="), ("≦", "<="), ("⩾", ">="), ("⩽", "<="),
    ("大于等于", ">="), ("大于或等于", ">="), ("小于等于", "<="), ("小于或等于", "<="),
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("不下于", ">="),
    ("不超过", "<="), ("不高于", "<="), ("不大于", "<="), ("不多于", "<="),
    ("未超过", "<="), ("不超出", "<="), ("不超", "<="),
    ("至少", ">="), ("最少", ">="), ("最低", ">="), ("最多", "<="), ("最高", "<="),
    ("超过", ">"), ("高于", ">"), ("大于", ">"), ("多于", ">"),
    ("超", ">"),  # 社会体育指导员超390万人, 灌溉面积已超10.9亿亩 (不超 and 超过 read first)
    ("突破", ">"),  # 力争旅游总收入突破1万亿元: past the figure, as 超过 is
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("不满", "<"),
    (">", ">"), ("<", "<"), ("=", "="), ("等于", "="), ("为", "="), ("是", "="),
)

# "Soft" leading verbs: 达到 95% means at least 95%; 控制在 5% means at most 5%. A suffix
# comparator that disagrees (控制在5%以上) overrides them instead of conflicting.
SOFT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("达到", ">="), ("达", ">="), ("控制在", "<="), ("控制", "<="),
    ("保持在", ">="),  # 常年保持在90%以上: kept at (at least) 90%
    ("稳定在", ">="),  # 婚检率稳定在85%左右: held steady at, as 保持在
    # the level a figure is brought to (下降到4.0‰, 提高到95%): that level, a bound, not the
    # change (下降2% is a change: CHANGE_WORDS)
    ("下降到", "<="), ("下降至", "<="), ("降低到", "<="), ("降低至", "<="), ("降到", "<="),
    ("降至", "<="), ("减少到", "<="), ("减少至", "<="),
    ("扩大到", ">="), ("扩大至", ">="), ("缩小到", "<="), ("缩小至", "<="),  # 规模扩大到3.3万公顷
    ("提高到", ">="), ("提高至", ">="), ("提升到", ">="), ("提升至", ">="), ("增加到", ">="),
    ("增加至", ">="), ("增长到", ">="), ("增长至", ">="),
)

# Words written AFTER the number (and its unit). Same rule, from the end: a word comes
# before any shorter word it ends with (及以上 before 以上, 以内 before 内).
SUFFIX_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("及其以上", ">="), ("及其以下", "<="),  # 15%及其以下 (苏州's 自评表)
    ("及以上", ">="), ("或以上", ">="), ("以上", ">="), ("及以下", "<="), ("或以下", "<="),
    ("以下", "<="), ("以内", "<="), ("之内", "<="), ("内", "<="),
    ("左右", "="), ("上下", "="),
    ("+", ">="), ("＋", ">="),  # 100+, 500人+: a hundred or more, as a form's short hand
)

# Written between the number and its unit, "more than": 10余个, 20多人 → > 10, > 20.
MORE_THAN_MARKS: tuple[str, ...] = ("余", "多")

# Filler words around the number that change nothing: 100%完成, 完成100%, 壹佰万元整.
LEADING_FILLERS: tuple[str, ...] = (
    "完成", "实现", "新增", "共计", "合计", "总计", "累计", "共", "计", "约", "大约", "人民币",
    "全年", "常年", "年均", "平均", "预计", "确保", "保证", "保持", "力争",  # 力争超过145亿元
    "各",  # 各 1 次: one of each (a 年度 and a 半年 report): the count is the number
    "需", "应", "要", "需要", "应当",  # 需达到80%以上, 需控制在1‰以内: what the target asks
    "年度预算", "预算",  # 年度预算220万元 (a 成本 target): the amount budgeted
)
TRAILING_FILLERS: tuple[str, ...] = (
    "完成", "整", "之间", "范围内", "区间", "全覆盖", "覆盖",  # 100%覆盖 is 100%
)
# ... and these only after a percentage's sign: 100%达标 (昌吉's targets), 100%到位, done
# as 100%完成 is (95达标, with no sign, names no share: text)
# Words a deadline may open with, saying it must be met (应确保年内完成, 力争6月底前完成):
# the deadline is what follows
DEADLINE_LEADS: tuple[str, ...] = ("应确保", "确保", "力争", "争取", "务必", "必须", "确定")
# ... and what may stand between such a word and the date (确保项目在11月前完成建设, 确定于于
# 2022年12月底前发放完毕, a doubled 于 as typed)
DEADLINE_LEAD_FILLERS: tuple[str, ...] = ("项目", "在", "于")
# ... and between the deadline and the 完成 of the task done by it (2025年底前要全面完成除险加固)
DONE_FILLERS: tuple[str, ...] = ("必须", "要", "须", "应", "将", "全面", "全部", "基本", "按时",
                                 "直接")  # 于5月20日前直接发放至农户银行账户
# The verbs of what is done by a deadline (5月底前完成…, 5月20日前发放至农户账户, 年末竣工)
TASK_VERBS: tuple[str, ...] = ("完成", "发放", "拨付", "竣工", "完工", "下达", "兑付", "支付",
                               "报送", "上报", "报")  # 于2024年3月15日前报市安办备案
PERCENT_FILLERS: tuple[str, ...] = ("达标", "到位", "完成")  # 已完成100%: done, all of it
# A bracket after the number saying whether the bound itself counts: 95%以上(含),
# 95%以上(含95%) keep the inclusive reading; 95%以上(不含) makes it exclusive.
INCLUSIVE_MARKS: tuple[str, ...] = ("含", "包含", "包括")
EXCLUSIVE_MARKS: tuple[str, ...] = ("不含", "不包含", "不包括")

# A leading indicator name before the number: 满意度≥95%, 合格率达到100%, 完成率:100%
# (any name followed by a colon is skipped too: 目标值:95%).
LEAD_LABEL_ENDINGS: tuple[str, ...] = ("率", "度", "比例", "占比", "比率", "指数")
# ... but a phrase ending with a year names no measure (超上年度: more than last year)
YEAR_ENDINGS: tuple[str, ...] = ("年度",)

# Range separators between two numbers: 90%-95%, 90～95%, 90%至95%, 3到5个.
RANGE_SEPARATORS: tuple[str, ...] = ("-", "~", "—", "–", "至", "到", "~")

# A separate 指标性质 / 指标方向 cell → the op it gives ("qualitative" for 定性). Cell text
# is canonicalised first (full-width → half-width), so ＞ is already >.
OP_CELL: dict[str, str] = {
    "≥": ">=", ">=": ">=", "≧": ">=", "大于等于": ">=", "不低于": ">=", "不少于": ">=",
    "正向": ">=", "正向指标": ">=", "越大越好": ">=", "越高越好": ">=",
    "≤": "<=", "<=": "<=", "≦": "<=", "小于等于": "<=", "不高于": "<=", "不超过": "<=",
    "反向": "<=", "反向指标": "<=", "越小越好": "<=", "越低越好": "<=",
    ">": ">", "大于": ">", "<": "<", "小于": "<",
    "=": "=", "等于": "=", "==": "=",
    "定性": "qualitative", "定性指标": "qualitative",
    # These say nothing about the op: the value's own words decide.
    "定量": "", "定量指标": "", "区间": "", "/": "", "-": "", "无": "",
}

# ---------------------------------------------------------------------------------------
# Units: written form → (base unit, factor to the base unit)
# (A table rather than a units library such as pint: the set is small and Chinese, the
# factors are exact Decimals, and importing pint alone would cost the CLI its 0.3 s.)
# ---------------------------------------------------------------------------------------

TEN_THOUSAND_OVER_15 = Decimal(10000) / Decimal(15)  # 1 亩 in m2 (inexact: a repeating decimal)

MEASURE_UNITS: dict[str, tuple[str, Decimal]] = {
    # length → m
    "米": ("m", Decimal(1)), "m": ("m", Decimal(1)), "延米": ("m", Decimal(1)),
    "公里": ("m", Decimal(1000)), "千米": ("m", Decimal(1000)), "km": ("m", Decimal(1000)),
    "厘米": ("m", Decimal("0.01")), "cm": ("m", Decimal("0.01")),
    "毫米": ("m", Decimal("0.001")), "mm": ("m", Decimal("0.001")),
    # area → m2
    "平方米": ("m2", Decimal(1)), "m2": ("m2", Decimal(1)), "平米": ("m2", Decimal(1)),
    "平方": ("m2", Decimal(1)),
    "亩": ("m2", TEN_THOUSAND_OVER_15),
    "公顷": ("m2", Decimal(10000)), "ha": ("m2", Decimal(10000)),
    "平方公里": ("m2", Decimal(1000000)), "平方千米": ("m2", Decimal(1000000)),
    "km2": ("m2", Decimal(1000000)),
    # weight → kg
    "吨": ("kg", Decimal(1000)), "t": ("kg", Decimal(1000)),
    "千克": ("kg", Decimal(1)), "公斤": ("kg", Decimal(1)), "kg": ("kg", Decimal(1)),
    "斤": ("kg", Decimal("0.5")), "克": ("kg", Decimal("0.001")), "g": ("kg", Decimal("0.001")),
    # energy as coal burnt and carbon emitted (a plant's 吨标准煤/万元, 吨二氧化碳/万元):
    # tonnes of what the name says, not of mass → kgce, kgCO2
    "吨标准煤": ("kgce", Decimal(1000)), "吨标煤": ("kgce", Decimal(1000)),
    "千克标准煤": ("kgce", Decimal(1)), "吨二氧化碳": ("kgCO2", Decimal(1000)),
    "吨二氧化碳当量": ("kgCO2", Decimal(1000)),
    # a sum in a foreign currency (服务外包在岸(万美元)): its own unit, no 元
    "美元": ("USD", Decimal(1)), "欧元": ("EUR", Decimal(1)), "港元": ("HKD", Decimal(1)),
    # volume → m3
    "立方米": ("m3", Decimal(1)), "m3": ("m3", Decimal(1)), "立方": ("m3", Decimal(1)),
    "方": ("m3", Decimal(1)), "升": ("m3", Decimal("0.001")), "L": ("m3", Decimal("0.001")),
    "毫升": ("m3", Decimal("0.000001")), "ml": ("m3", Decimal("0.000001")),
    "mL": ("m3", Decimal("0.000001")),  # 使用疫苗621万毫升
    # power → W (a plant's 5kW, a station's 2兆瓦) and a transformer's capacity → VA
    "瓦": ("W", Decimal(1)), "千瓦": ("W", Decimal(1000)), "kW": ("W", Decimal(1000)),
    "kw": ("W", Decimal(1000)), "KW": ("W", Decimal(1000)), "兆瓦": ("W", Decimal(1000000)),
    "MW": ("W", Decimal(1000000)),
    "千伏安": ("VA", Decimal(1000)), "kVA": ("VA", Decimal(1000)), "KVA": ("VA", Decimal(1000)),
    # Latin letters typed in capitals (60M is 60 米; G and T stay unread: 5G, 2T disks)
    "M": ("m", Decimal(1)), "KM": ("m", Decimal(1000)), "Km": ("m", Decimal(1000)),
    "M2": ("m2", Decimal(1)), "M3": ("m3", Decimal(1)), "KG": ("kg", Decimal(1)),
    "Kg": ("kg", Decimal(1)),
}

# How a unit is spelled in the output: one Chinese spelling per unit, so that a query
# for 平方米 also finds ㎡ (NFKC turns it into m2) and m2.
UNIT_SPELLING: dict[str, str] = {
    "m2": "平方米", "m3": "立方米", "km2": "平方公里", "平米": "平方米", "平方": "平方米",
    "m": "米", "km": "公里", "cm": "厘米", "mm": "毫米", "kg": "千克", "t": "吨", "g": "克",
    "L": "升", "ha": "公顷", "立方": "立方米", "方": "立方米", "个工作日": "工作日",
    "个百分点": "百分点", "个千分点": "千分点", "M": "米", "KM": "公里", "Km": "公里",
    "M2": "平方米", "M3": "立方米",
    "KG": "千克", "Kg": "千克", "kW": "千瓦", "kw": "千瓦", "KW": "千瓦", "MW": "兆瓦",
    "kVA": "千伏安", "KVA": "千伏安", "个季度": "季度",
}

# A 度量单位 cell that is a unit only there: 12 under 月 is twelve months (a value 12月
# written in one cell stays December).
UNIT_CELL_SPELLING: dict[str, str] = {"月": "个月"}

# Money: unit → factor to 元. A bare 万/亿/千 only becomes money in a cost row or
# under a money unit cell.
MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000),
}

# Count and time units: each is its own base unit (the reader's regex tries longer
# spellings first, so 人次 is not 人). 月 alone is not here: 12月 is December, and a
# duration is written 个月. 分 is a score (≥90分).
COUNT_UNITS: tuple[str, ...] = (
    "人次", "户次", "车次", "架次", "台次", "批次", "场次", "班次", "课时", "学时", "期次",
    "册次", "件次", "家次", "个次",  # 检查旅游企业370家次, 检查团队1030个次
    "盏次",  # 已维修路灯500盏次: lamps mended, each time counted
    "头只",  # 免疫口蹄疫30.9万头只: cattle and sheep counted together
    "份次", "种次", "工作日", "个工作日", "小时", "分钟", "个月", "周岁", "周", "天", "日", "年",
    "个季度", "季度",
    "次",
    "人", "名", "位", "个", "户", "场", "项", "家", "辆", "台", "套", "处", "所", "棵", "株",
    "件", "篇", "期", "组", "批", "座", "间", "张", "份", "条", "本", "册", "部", "盏", "块",
    "根", "只", "头", "匹", "对", "双", "幅", "面", "节", "轮", "班", "栋", "幢", "宗", "起",
    "例", "村", "镇", "校", "支", "片", "口", "眼", "点", "类", "种", "门", "届", "层", "道",
    "分", "个百分点", "百分点", "个千分点", "千分点",  # 下降0.1个千分点: a change of a ‰ rate
    "‰",  # per mille (森林火灾受害率控制在1‰以内): a unit of its own, not a tenth of a %
    # sizes of storage in Latin capitals (25TB, 500GB), each its own unit; a bare G or T
    # stays unread (5G, 2T)
    "PB", "TB", "GB", "MB", "KB",
)

# A short noun may follow a unit and is ignored (17个村, 3家企业, 37亩土地, 268米管道),
# except after these: "十分满意" must not read as 10 分, nor "95%满意" as 95%.
NO_NOUN_AFTER: frozenset[str] = frozenset({
    "", "%", "分", "天", "日", "小时", "分钟", "周", "月", "个月", "年", "工作日", "个工作日",
    "百分点", "个百分点", "千分点", "个千分点",
})
# …and the noun itself must not carry a qualifier we would be ignoring (5个不等, 10人左右的).
NOUN_STOP_CHARS: frozenset[str] = frozenset("不未没以及或之多余约内外上下前后每至到性")

# A measure word no list knows, written right after a bare number, is the unit (500标箱,
# 3人天): one or two characters, none of them these, and not a state word (95达标).
NOT_MEASURE_CHARS: frozenset[str] = NOUN_STOP_CHARS | frozenset("月时号的和是等及由为在")
MEASURE_WORD_MAX_LEN = 2
# A second measure word after a count unit makes one compound unit: 12台套, 5件套, 30人天.
COMPOUND_UNIT_TAILS: frozenset[str] = frozenset({"套", "天", "日"})

# Multipliers written after a number. For money they become part of the unit (5万元:
# number 5, unit 万元); for everything else they belong to the number (1.5万人 = 15000 人).
MULTIPLIERS: dict[str, Decimal] = {
    "万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000),
    "百万": Decimal(1000000), "千万": Decimal(10000000), "万亿": Decimal(10**12),
    "百": Decimal(100),
}
# money unit for "number + multiplier + 元": 5万元 → 万元, 3千万元 → (×1000) 万元.
MONEY_MULTIPLIER_UNIT: dict[str, tuple[Decimal, str]] = {
    "": (Decimal(1), "元"), "千": (Decimal(1), "千元"), "万": (Decimal(1), "万元"),
    "亿": (Decimal(1), "亿元"), "百万": (Decimal(100), "万元"), "千万": (Decimal(1000), "万元"),
    "万亿": (Decimal(10000), "亿元"), "百": (Decimal(100), "元"),
}

# Percent written as a word after the number: ≥90百分比 is ≥90%.
PERCENT_WORDS_AFTER: tuple[str, ...] = ("百分比", "百分率")

# A share written after its number as a word (≥0.97比例, 比率): a budget system that keeps
# rates as fractions prints them so.  A fraction up to 1 is that share of 100%; a larger
# number is already the percent (95比例 is 95%).
RATIO_WORDS_AFTER: tuple[str, ...] = ("比例", "比率")

# Unit cells (度量单位) that name the percent sign in words.
PERCENT_UNIT_WORDS: frozenset[str] = frozenset({"%", "百分比", "百分率", "百分之", "比例", "比率"})

# (Placeholders in a unit or value cell, "nothing here": placeholders.EMPTY_VALUES.)

# ---------------------------------------------------------------------------------------
# Traditional → simplified, for the characters that matter to reading a value.
# ---------------------------------------------------------------------------------------
TRADITIONAL: dict[str, str] = {
    "萬": "万", "億": "亿", "個": "个", "兩": "两", "圓": "元", "噸": "吨", "畝": "亩",
    "頃": "顷", "項": "项", "場": "场", "間": "间", "張": "张", "條": "条", "處": "处",
    "輛": "辆", "臺": "台", "戶": "户", "組": "组", "點": "点", "時": "时", "內": "内",
    "於": "于", "過": "过", "達": "达", "滿": "满", "週": "周", "標": "标", "參": "叁",
    "歲": "岁", "無": "无", "沒": "没", "發": "发", "現": "现", "實": "实", "棟": "栋",
    "盞": "盏", "隻": "只", "雙": "双", "節": "节", "對": "对", "種": "种", "門": "门",
    "層": "层", "屆": "届", "釐": "厘", "為": "为", "優": "优", "蓋": "盖", "開": "开",
    "顯": "显", "進": "进", "預": "预", "數": "数", "資": "资", "專": "专", "籌": "筹",
    "撥": "拨", "財": "财", "總": "总", "計": "计", "費": "费", "經": "经", "補": "补",
    "貼": "贴", "區": "区", "縣": "县", "鄉": "乡", "鎮": "镇", "單": "单", "後": "后",
    "來": "来", "車": "车", "當": "当", "則": "则", "級": "级", "稱": "称", "額": "额",
    "範": "范", "圍": "围", "積": "积", "這": "这", "農": "农", "運": "运",
}

# ---------------------------------------------------------------------------------------
# Words with no number
# ---------------------------------------------------------------------------------------

BOOLEANS: dict[str, bool] = {
    "是": True, "是的": True, "有": True, "能": True, "可以": True, "具备": True,
    "否": False, "不是": False, "不能": False, "不可以": False, "不具备": False,
    # a tick or a cross alone in the cell (a 自评表's 是否 answered by a mark)
    "√": True, "✓": True, "✔": True, "×": False, "✗": False, "✘": False,
}
# Under a 定性 op cell these also answer a yes/no question.
QUALITATIVE_BOOLEANS: dict[str, bool] = {**BOOLEANS, "无": False, "没有": False}

# Targets of zero events: quantity, op "=", number 0, unit null.  (So 无 is no placeholder
# for a value: see placeholders.)
ZERO_EVENTS: frozenset[str] = frozenset({
    "无", "没有", "零", "〇", "不出现", "未出现", "不发生", "未发生", "无发生", "零发生",
    "杜绝", "零容忍", "为零", "无一", "未有", "不存在", "无出现", "不产生", "未产生",
    "零控制",  # 特别重大事故起数实行零控制: zero as the control target
})
# 无X / 零X / 未发生X where X ends with one of these event words (无事故, 零投诉, 无安全事故).
ZERO_EVENT_PREFIXES: tuple[str, ...] = (
    "无", "零", "没有", "未发生", "杜绝", "不发生", "不出现", "未出现", "不产生", "未产生")
ZERO_EVENT_HAPPENS = "发生"  # after the event: 零事故发生, 无安全责任事故发生
ZERO_EVENT_NOUNS: tuple[str, ...] = (
    "事故", "投诉", "上访", "信访", "访", "案件", "违规", "违纪", "违法", "问题", "隐患", "火灾",
    "事件", "差错", "纠纷", "伤亡", "死亡", "失误", "污染", "损失", "返贫", "举报", "反弹",
    "重大事故", "安全事故", "安全问题", "质量问题",
    "伤害", "违章",  # 零伤害, 零违章 (safety targets)
    "违法行为", "违纪行为", "违规行为",  # 无违纪违法行为
    "起数",  # 特别重大事故起数实行零控制: how many there are
)
# X为零 where X ends with an event word: 重大火灾事故为零, 急性中毒事故为零.
ZERO_EVENT_ENDINGS: tuple[str, ...] = (
    "发生次数为零", "发生次数为0", "次数为零", "次数为0",  # 重大安全事件发生次数为0
    "实行零控制", "零控制",  # 特别重大事故起数实行零控制: held at zero
    "为零", "为0")
# At most this many characters name the event (无安全事故, 重大火灾事故为零): a longer
# phrase is a sentence about events, not a target of none.
ZERO_EVENT_MAX_LEN = 12  # (未发生因灾人员伤亡事故: 11)
# A time the target holds for, before the word for none (全年未发生一起安全事故): no part
# of the event
ZERO_EVENT_PERIODS: tuple[str, ...] = ("全年", "年内", "当年", "本年度", "年度内", "项目期内")

# Qualitative states: a short phrase with no digits that contains one of these words is a
# state label (达标, 明显提升, 全覆盖 …); single characters must match exactly.
QUALITATIVE_EXACT: frozenset[str] = frozenset({
    "优", "良", "好", "高", "中", "低", "强", "较好", "较高", "一般", "优秀", "良好", "满意",
    "完成", "合格", "达标", "及时", "正常", "稳定", "显著", "明显", "有效", "到位", "提升",
    "提高", "改善", "增加", "减少", "降低", "增强", "加强", "持续", "全面", "基本", "按时",
    "逐步", "长期", "通过", "规范", "安全", "完善", "畅通", "准确", "达到", "开展", "优良",
    "符合", "满足", "已完成", "按期", "如期", "完好", "齐全", "可控", "合理", "合规", "有序",
    "得到保障", "保障", "提升中", "即时", "随时", "当天", "当日", "实时", "长远", "明确",
    "拓宽", "拓展",  # 宣传覆盖面: 拓宽, a direction as 提高 is
    "扩大", "缩小",  # 特殊教育资源: 扩大 (霍山's 社会效益)
    "完整", "健全",  # 项目组织机构建设完整性 | 完整 (江苏's 管理目标)
})
QUALITATIVE_WORDS: tuple[str, ...] = (
    "达标", "合格", "优良", "优秀", "良好", "开展", "提升", "提高", "改善", "改进", "保障",
    "完成", "覆盖", "到位", "及时", "正常", "稳定", "显著", "明显", "有效", "规范", "满意",
    "降低", "减少", "增加", "增强", "加强", "持续", "促进", "推动", "落实", "实现", "符合",
    "满足", "准确", "安全", "完善", "健全", "完整", "按时", "按期", "如期", "顺利", "全面", "基本",
    "较好", "高效", "保持", "维持", "不断", "确保", "保证", "控制", "得到", "充分", "发挥",
    "巩固", "好转", "改观", "通过", "验收", "无误", "齐全", "完好", "合理", "合规", "合法",
    "畅通", "运行", "运转", "可控", "公开", "透明", "整洁", "清洁", "优化", "增长", "上升",
    "下降", "缓解", "遏制", "减轻", "支持", "支撑", "带动", "受益", "长效", "可持续", "预算内",
    "标准", "要求", "规定", "有序", "达到", "一致", "领先", "突出", "稳步", "逐年", "逐步",
    "长期", "消除", "不超", "未超", "专款专用", "按计划", "按月", "按季", "按年度", "较高",
    "全天候", "拓宽", "拓展", "扩大", "缩小",
    "增收", "高涨",  # 农民增收, 创业热情高涨 (霍邱's 效益 targets)
    "建立", "建成",  # 已建立, 建成并投入使用: a state reached, no figure
    "专账", "单独核算",  # 专账核算: how the money is kept, as 专款专用 is
    # how money is paid out, no figure: 足额发放, 按实际情况发放 (福建's 成本目标), as 按标准
    # 发放 is (按实际发生, a cost as incurred, is no target: text)
    "足额", "按实际情况",
    # a direction against another year or a standard, no figure: 超上年度, 高于上年, 好于去年
    "高于", "低于", "超过", "好于", "优于", "多于", "少于", "超上年",
    # an effect or a reception, as 促进 and 带动 are (有利于城市生态、韧性发展, 获得目的国受众
    # 欢迎, 社会认可的办学环境: 黄石's and a 商务局's 自评表, a school's 可持续影响)
    "有利于", "欢迎", "认可",
)
# ... and words that state one only where they open the phrase, as the work a 效益 target
# names as its effect (统筹海绵城市项目谋划, 指导城市建设), not the nouns they make
# (社会体育指导员, 统筹资金, 指导单位)
QUALITATIVE_OPENINGS = r"^(?:统筹|指导)(?!员|单位|老师|意见|资金|整合资金)"
# A comparison's reference year is no figure of the target (同比2022年销量显著提高,
# 较2020年有所下降): the phrase may still state a direction.
COMPARED_YEAR = r"(?:同比|较|比|相比|对比)\d{4}年"
# 应检尽检, 应保尽保, 能收尽收: "every case that should be, is" — a state, not a number.
ALL_THAT_SHOULD: tuple[tuple[str, str], ...] = (("应", "尽"), ("能", "尽"), ("应", "必"))
# Words that make a figure closing a phrase no count of what the phrase names
# (normalize.recognise.named_count): a comparison with another year or a rate per unit
NOT_A_NAMED_COUNT: tuple[str, ...] = ("每", "较", "比", "同比", "上年", "去年", "人均", "户均",
                                      "近")  # 近300人: below 300 by how much, unsaid
# ... and, before a percentage, a change of the rate rather than the rate (签约率提高1%)
# Words after a rate that change nothing (给予每人每年960元补助): the grant's name
RATE_TAILS: tuple[str, ...] = ("的补助", "补助", "的标准")
CHANGE_WORDS: tuple[str, ...] = ("提高", "提升", "增长", "增加", "降低", "下降", "减少",
                                 "上升", "增", "减", "升", "降")
# ... and a figure with no unit closes a phrase only where the phrase names a count
# (当年在校学生数4953: the count itself; 第3 names none)
COUNT_NAME_ENDINGS: tuple[str, ...] = ("数", "数量", "人数", "户数", "次数",
                                      "评分", "得分")  # 综合评分≥90: the score itself
# ... and a percentage closes a phrase only where the phrase names a rate (合格率达100%)
# (覆盖: 学校绿化覆盖达70%; 性, a property measured as a share: 可用性达到99.9%以上)
RATE_NAME_ENDINGS: tuple[str, ...] = ("率", "比例", "比重", "占比", "度", "覆盖", "性")
# A state is said in a few words: past this many characters a phrase with a state word is a
# sentence (text).  Measured on the real tables' truths: no state longer than 14, eight
# sentences of 17 to 29 (向社会公开政府公开信息及记录市领导政务活动信息 is no state of 公开).
QUALITATIVE_MAX_LEN = 16
# A phrase that opens by the manner of the work (严格执行相关制度规定, 按要求完成当年的教育
# 教学工作, 参照政府采购成本控制) says how it is to be done, not a state reached: text once it
# is a clause (PROCEDURE_MIN_LEN characters or more).  Five such phrases in the real tables'
# truths, every one text.  (在规定时间内完成 is left a state: 按时完成 said at length.)
PROCEDURE_OPENINGS: tuple[str, ...] = ("严格", "按要求", "按照", "参照", "依照", "依据", "根据")
PROCEDURE_MIN_LEN = 8
# A direction word before a rate's name (提高普及率, 降低发生率) states where the rate goes:
# a state, although the phrase ends as a rate's name does
DIRECTION_WORDS: tuple[str, ...] = ("提高", "提升", "降低", "扩大", "缩小", "增加", "减少")
# A phrase that ends like a sentence is text, not a state (clauses apart by commas may
# still state one: 保障各房间温度达标，管道运行顺畅).
SENTENCE_ENDS: tuple[str, ...] = ("。", "；", ";")

# ---------------------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------------------

# A period a rate is counted over, in its one spelling (1次/季 and 每季度1次 are both 次/季度;
# 每年度 is 每年): so that rates of one period compare.
PERIOD_SPELLING: dict[str, str] = {"季": "季度", "年度": "年", "月份": "月", "星期": "周"}

# The verb of a grant between a rate's denominator and its amount (每户补助2万元, 每公里补助
# 20万元): read as 每户2万元; likewise a task's verb (每年组织1次: 每年1次).
RATE_VERBS: tuple[str, ...] = (
    "补助", "补贴", "资助", "奖励", "奖补", "发放", "投入", "支付",
    "补",  # 每公里补20万—40万元: 补助 written short
    # ... and of a task done so many times a period (每年组织1次演练, 每季度开展1次督导)
    "组织", "开展", "举办", "召开", "进行", "完成",
    "培训", "培育",  # 每年培训2万人: people trained a year
    "配备", "安排", "落实",  # 每村配备1名保洁员: who is put in place per village
)

# A word before an amount that makes it a rate over whom or what it names: 人均500元 is
# 每人500元, 生均 each pupil's, 户均 each household's, 亩均 each mu's.
PER_HEAD: dict[str, str] = {"人均": "人", "生均": "生", "户均": "户", "亩均": "亩", "村均": "村",
                            "日均": "日"}  # 日均处理约800吨: so much a day

# Words after a date that keep it a deadline (2021年12月底前完成), stripped from the end,
# longest first. 底/末/内 are not here: the date patterns read them (12月底, 年内).
DEADLINE_SUFFIXES: tuple[str, ...] = (
    "之前完成", "以前完成", "前完成", "完成前", "结束前", "之前", "以前", "前", "完成",
    "截止", "为止", "止", "结束",
    # what is done by then: 12月底前全部拨付到位, 2023年12月31日前完成拨付
    "全部", "拨付", "到位", "完毕", "发放", "支付",
    "解决", "完结", "办结", "务必", "必须",  # 2018年底前全部解决, 3月1日前务必完结
    # ... and a building's stages: 12月底前完工, 2023年11月底前建成
    "完工", "竣工", "建成", "开工", "投用", "投入使用", "交付使用", "验收",
    "并",  # 2023年12月底前完工并验收: two stages done by then
    # ... all of it: 11月底完成100%, 12月底前100%到位 (a share short of the whole by then,
    # 6月底前完成80%, is a milestone, not the deadline of the whole)
    "100%",
)
DEADLINE_PREFIXES: tuple[str, ...] = (
    "完成时间为", "完成时限为", "时间为", "截至", "截止到", "截止", "于", "在", "到", "至", "预计",
    "完成时间:", "完成时限:", "完成时间,", "完成时限,",  # 完成时间:2023年12月 (a label left in;
    "完成时间", "完成时限",  # a comma for its colon: 完成时限,2025年10月底前)
    "项目完成时间", "计划",  # 项目完成时间2023年12月, 计划2023年12月底前完成
)

# A comparator written before a deadline (≤2022年12月31日: a 自评表's 年度指标值 cell that holds
# the 指标性质 and the date in one), and the words that say the same of a day: the date's op.
DATE_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("<=", "<="), ("≤", "<="), ("≦", "<="), ("⩽", "<="), ("=<", "<="),
    (">=", ">="), ("≥", ">="), ("≧", ">="), ("⩾", ">="), ("=>", ">="),
    ("不晚于", "<="), ("不迟于", "<="), ("最迟", "<="), ("不早于", ">="),
    ("<", "<"), (">", ">"), ("=", "="),
)

# Whole-year words (resolved against the document year): all mean 12-31 of that year.
YEAR_END_WORDS: tuple[str, ...] = (
    "本年度内", "本年度", "年度内", "本年内", "本年底", "本年末", "当年度", "当年底",
    "当年内", "年底前", "年末前", "当年", "本年", "年内", "年底", "年末", "全年", "年度",
)
# Relative years: 次年3月 = (year + 1)-03-31.
RELATIVE_YEARS: dict[str, int] = {
    "次年": 1, "下年": 1, "明年": 1, "来年": 1, "第二年": 1, "下一年": 1, "翌年": 1,
    "本年": 0, "当年": 0, "今年": 0,
}
# Parts of a year → last month.
HALF_YEARS: dict[str, int] = {"上半年": 6, "年中": 6, "下半年": 12}
# Parts of a month → last day (None = the month's last day).
MONTH_PARTS: dict[str, int | None] = {"上旬": 10, "中旬": 20, "下旬": None, "初": 10, "中": 20}
