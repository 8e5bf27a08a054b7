"""Second pass for numbers: a canonical phrase → comparator, amount(s), multiplier, unit.

    "95%以上"     → Reading(op=">=", low=Amount(95, "", "%"))
    "不低于12个"   → Reading(op=">=", low=Amount(12, "", "个"))
    "90-95%"      → Reading(op="range", low=Amount(90, "", "%"), high=Amount(95, "", "%"))
    "1.5万人"     → Reading(op=None, low=Amount(1.5, "万", "人"))

`read_phrase` only takes the phrase apart; deciding money / percent / quantity and
converting to base units is values.py's job (it needs the context). Each function
returns None when the phrase is not of its shape; nothing raises.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from jixiao.normalize.patterns import QUALITATIVE_WORD, alternation
from jixiao.vocab.values import (
    COMPOUND_UNIT_TAILS,
    COUNT_UNITS,
    EXCLUSIVE_MARKS,
    INCLUSIVE_MARKS,
    LEAD_LABEL_ENDINGS,
    LEADING_FILLERS,
    MEASURE_UNITS,
    MEASURE_WORD_MAX_LEN,
    MORE_THAN_MARKS,
    MULTIPLIERS,
    NO_NOUN_AFTER,
    NOT_MEASURE_CHARS,
    NOUN_STOP_CHARS,
    PER_HEAD,
    PERCENT_FILLERS,
    PERIOD_SPELLING,
    PREFIX_COMPARATORS,
    QUALITATIVE_EXACT,
    RANGE_SEPARATORS,
    RATE_VERBS,
    SOFT_PREFIXES,
    SUFFIX_COMPARATORS,
    TRAILING_FILLERS,
    UNIT_SPELLING,
    ZERO_EVENT_NOUNS,
)


# NamedTuples rather than frozen dataclasses: built for every value read, and a tuple is
# four times quicker to make.
class Amount(NamedTuple):
    number: Decimal
    mult: str  # "", "万", "亿", "千", "百万", "千万"
    unit: str  # canonical unit as written ("%", "亩", "元", "个" …), "" when none


class Reading(NamedTuple):
    op: str | None  # None: the phrase gave no comparator
    low: Amount
    high: Amount | None = None
    soft: bool = False  # op came from a soft verb (达到, 控制在)


_tuple = tuple.__new__

_UNITS = ["%", "元", *MEASURE_UNITS, *COUNT_UNITS]
# At most 15 digits before the point and 6 after: longer runs are IDs or typing accidents,
# and anything this size stays exact through Decimal arithmetic (28 digits).
_NUM = r"\d{1,15}(?:\.\d{1,6})?"
# A multiplier is not one when it starts a unit: 5千米, 5千克, 3千瓦, 5百分点.
_MULT = f"(?:{alternation(MULTIPLIERS)})(?![米克瓦分])"
_AMOUNT = f"({_NUM})({_MULT})?({alternation(_UNITS)})?"
_SEP = alternation(RANGE_SEPARATORS)
_CORE = re.compile(f"{_AMOUNT}(?:(?:{_SEP}){_AMOUNT})?([\u4e00-\u9fff]{{1,12}})?")
_BOUND_MARK = re.compile(
    f"\\((?:(?P<ex>{alternation(EXCLUSIVE_MARKS)})|{alternation(INCLUSIVE_MARKS)})[^()]*\\)"
)
_PREFIX_OPS = dict(PREFIX_COMPARATORS)
_SUFFIX_OPS = dict(SUFFIX_COMPARATORS)
_SIMPLE = re.compile(
    f"({alternation(_PREFIX_OPS)})?{_AMOUNT}({alternation(_SUFFIX_OPS)})?"
)
_MORE_THAN = re.compile(f"(?<=[\\d万千亿])(?:{alternation(MORE_THAN_MARKS)})(?=\\D|$)")
# One C-level test per word list before any loop over it: most phrases have none of the
# words, and looping over 44 comparators and 19 fillers was most of a slow reading.
_PREFIX_WORDS = tuple(word for word, _ in PREFIX_COMPARATORS)
_SOFT_WORDS = tuple(word for word, _ in SOFT_PREFIXES)
_SUFFIX_WORDS = tuple(word for word, _ in SUFFIX_COMPARATORS)
_LEADING_FILLERS = tuple(LEADING_FILLERS)
_TRAILING_FILLERS = tuple(TRAILING_FILLERS)
# A name before the number, tried in this order: an indicator's (满意度≥95%, 完成率100%,
# 目标值:95%), then an event's (轻伤事故低于2起: the events counted, as in 无事故).  The
# indicator's first: 安全隐患及时整改率90% names a rate, not 隐患.
_LEAD_LABELS: tuple[re.Pattern[str], ...] = (
    re.compile(
        f"[\u4e00-\u9fff]{{1,12}}?(?:{alternation(LEAD_LABEL_ENDINGS)})(?:为|:)?"
        f"|[\u4e00-\u9fff]{{1,8}}:"
    ),
    re.compile(f"[\u4e00-\u9fff]{{1,12}}?(?:{alternation(ZERO_EVENT_NOUNS)})(?:为)?"),
)


def read_phrase(s: str) -> Reading | None:
    """Take a canonical phrase apart into comparator + amount(s), or None."""
    m = _SIMPLE.fullmatch(s)
    if m is None:
        return _read_slowly(s)
    # the common shapes in one regex: 95%, ≥95%, 95%以上, 不少于12个, 17.3万元
    prefix, number, mult, unit, suffix = m.groups()
    op = _PREFIX_OPS[prefix] if prefix else None
    if suffix:
        op = _combine_ops(op, False, _SUFFIX_OPS[suffix])
        if op is None:
            return None
    # built with tuple.__new__: a NamedTuple's own __new__ is a Python function, and this
    # line runs for most values (the fields in order, the defaults written out)
    low = _tuple(Amount, (Decimal(number), mult or "", unit or ""))
    return _tuple(Reading, (op, low, None, False))


def _read_slowly(s: str) -> Reading | None:
    """Fillers, labels, brackets, ranges, nouns: everything _SIMPLE does not cover."""
    if s.startswith("±"):
        return _plus_minus(s[1:])
    if "±" in s:
        return _about(*s.split("±", 1))
    written = s
    s, exclusive = _strip_trailing(s)
    s, suffix_op = _strip_suffix_comparator(s)
    s, _ = _strip_trailing(s)
    s, more_than = _strip_more_than(s)
    whole = s
    prefix_op, soft, s = _strip_prefix(whole)
    m = _CORE.fullmatch(s)
    if m is None:
        prefix_op, soft, m = _after_label(whole)  # 满意度≥95%, 达标率为100%, 事故低于2起
        if m is None:
            return _two_bounds(written)
    if more_than:
        if suffix_op or prefix_op:
            return None
        suffix_op = ">"
    number, mult, unit, number_max, mult_max, unit_max, noun = m.groups()
    low = _amount(number, mult, unit)
    high = _amount(number_max, mult_max, unit_max) if number_max else None
    if noun:
        unit = _unit_with(noun, (high or low).unit)
        if unit is None:
            return None
        low, high = _with_unit(low, unit), (high and _with_unit(high, unit))
    op = _combine_ops(prefix_op, soft, suffix_op)
    if op is None and (prefix_op or suffix_op):
        return None  # two comparators that disagree: 不低于95%以下
    if exclusive:
        op = {">=": ">", "<=": "<"}.get(op or "", op)
    if high is not None:
        if (prefix_op and not soft) or suffix_op:
            return None  # ≥90-95%: a comparator on a range is not one reading
        return Reading("range", *_share_range(low, high))
    return Reading(op, low, None, soft and suffix_op is None)


def _after_label(whole: str) -> tuple[str | None, bool, re.Match[str] | None]:
    """The comparator and the amount after a leading name (_LEAD_LABELS, in order)."""
    for pattern in _LEAD_LABELS:
        label = pattern.match(whole)
        if label is None:
            continue
        prefix_op, soft, rest = _strip_prefix(whole[label.end() :])
        m = _CORE.fullmatch(rest)
        if m is not None:
            return prefix_op, soft, m
    return None, False, None


def _unit_with(noun: str, unit: str) -> str | None:
    """The unit once the word after it is read, or None when the word makes the phrase
    unreadable.  A noun after a unit is what is counted and is dropped (17个村: 个); a
    second measure word makes a compound unit (12台套: 台套); a measure word after a bare
    number is the unit (500标箱: 标箱)."""
    if unit and noun in COMPOUND_UNIT_TAILS and unit in COUNT_UNITS:
        return unit + noun
    if not unit and is_measure_word(noun):
        return noun
    if unit in NO_NOUN_AFTER or not NOUN_STOP_CHARS.isdisjoint(noun):
        return None
    return unit


def is_measure_word(word: str) -> bool:
    """A word no unit list knows that can still be one: short, no function character,
    no state word (95达标 is no measure of 95)."""
    return (
        0 < len(word) <= MEASURE_WORD_MAX_LEN
        and NOT_MEASURE_CHARS.isdisjoint(word)
        and word not in QUALITATIVE_EXACT
        and QUALITATIVE_WORD.search(word) is None
    )


def _with_unit(a: Amount, unit: str) -> Amount:
    return a if a.unit == unit else Amount(a.number, a.mult, unit)


def _plus_minus(s: str) -> Reading | None:
    """±3%以内: the range from -3% to 3%."""
    inner = read_phrase(s)
    if inner is None or inner.high is not None or inner.op not in (None, "<=", "="):
        return None
    low = inner.low
    return Reading("range", Amount(-low.number, low.mult, low.unit), low)


def _about(centre: str, give: str) -> Reading | None:
    """10%±2%, 100±5, 37亩±2: the range the tolerance leaves about the figure, a unit written
    once shared; a share's tolerance only on a share (10±2% and 200±5% say too little)."""
    mid, tolerance = read_phrase(centre), _plus_minus(give)
    if mid is None or mid.op is not None or mid.high is not None or tolerance is None:
        return None
    t = tolerance.high
    assert t is not None  # (a range from _plus_minus)
    m = mid.low
    if (m.mult != t.mult or (m.unit and t.unit and m.unit != t.unit)
            or (t.unit == "%") != (m.unit == "%")):
        return None  # (200±5%: 5% of 200, or 5 points? a share's tolerance on a share only)
    unit = m.unit or t.unit
    return Reading("range", Amount(m.number - t.number, m.mult, unit),
                   Amount(m.number + t.number, m.mult, unit))


def _amount(number: str, mult: str | None, unit: str | None) -> Amount:
    return Amount(Decimal(number), mult or "", unit or "")


def _strip_trailing(s: str) -> tuple[str, bool]:
    """Remove 完成/整/之间 and a (含)/(不含) bracket; say whether the bound is excluded."""
    exclusive = False
    changed = True
    while changed:
        changed = False
        m = _BOUND_MARK.search(s) if "(" in s else None  # 95%以上(含), 95%(含)以上
        if m is not None and m.start() > 0:
            s = s[: m.start()] + s[m.end() :]
            exclusive, changed = exclusive or bool(m.group("ex")), True
        for filler in PERCENT_FILLERS:
            if s.endswith("%" + filler):
                s, changed = s[: -len(filler)], True
        if not s.endswith(_TRAILING_FILLERS):
            continue
        for filler in TRAILING_FILLERS:
            if s.endswith(filler) and len(s) > len(filler):
                s, changed = s[: -len(filler)], True
    return s, exclusive


def _strip_suffix_comparator(s: str) -> tuple[str, str | None]:
    if not s.endswith(_SUFFIX_WORDS):
        return s, None
    for word, op in SUFFIX_COMPARATORS:
        if s.endswith(word) and len(s) > len(word):
            return s[: -len(word)], op
    return s, None


def _strip_prefix(s: str) -> tuple[str | None, bool, str]:
    """Leading fillers and one comparator: 完成不低于95% → (">=", False, "95%")."""
    s = _strip_fillers(s)
    if s.startswith(_PREFIX_WORDS):
        for word, op in PREFIX_COMPARATORS:
            if s.startswith(word):
                return op, False, _strip_fillers(s[len(word) :])
    if s.startswith(_SOFT_WORDS):
        for word, op in SOFT_PREFIXES:
            if s.startswith(word):
                rest = s[len(word) :]
                if rest.startswith(_PREFIX_WORDS):  # 达到不低于 / 控制在≤
                    for hard, hard_op in PREFIX_COMPARATORS:
                        if rest.startswith(hard):
                            return hard_op, False, rest[len(hard) :]
                return op, True, rest
    return None, False, s


def _strip_fillers(s: str) -> str:
    while s.startswith(_LEADING_FILLERS) and not s.startswith(_SOFT_WORDS):  # (保持在: soft)
        for filler in LEADING_FILLERS:
            if s.startswith(filler) and len(s) > len(filler):
                s = s[len(filler) :]
                break
        else:  # only the filler itself is left: keep it
            return s
    return s


def _strip_more_than(s: str) -> tuple[str, bool]:
    """10余个, 20多人: "more than", written between the number and its unit."""
    m = _MORE_THAN.search(s)
    if m is None:
        return s, False
    return s[: m.start()] + s[m.end() :], True


def _combine_ops(prefix: str | None, soft: bool, suffix: str | None) -> str | None:
    if prefix is None or suffix is None:
        return prefix or suffix
    if prefix == suffix or soft:
        return suffix
    if suffix == "=":  # 约 … 左右
        return prefix
    return None


def _two_bounds(s: str) -> Reading | None:
    """A lower and an upper bound written apart (不低于90%,不高于100%; 80%以上且90%以下;
    ≥30,≤50万元): the range between them, the unit written once shared; None for anything
    else (two lower bounds, one bound, three parts)."""
    parts = _BOUND_SEPARATOR.split(s)
    if len(parts) != 2 or not all(parts):
        return None
    first, second = read_phrase(parts[0]), read_phrase(parts[1])
    if first is None or second is None or first.high is not None or second.high is not None:
        return None
    bounds = {first.op: first.low, second.op: second.low}
    low = bounds.get(">=") or bounds.get(">")
    high = bounds.get("<=") or bounds.get("<")
    if low is None or high is None or len(bounds) != 2:
        return None
    low, high = _share_range(low, high)
    if low.unit != high.unit or low.number > high.number:
        return None
    return Reading("range", low, high)


_BOUND_SEPARATOR = re.compile("[,，;；]|并且|且")


def _share_range(low: Amount, high: Amount) -> tuple[Amount, Amount]:
    """90-95%: the unit written once belongs to both ends; so does 1-2万's 万."""
    unit = low.unit or high.unit
    mult_low = low.mult
    if not low.mult and high.mult and low.number < high.number:
        mult_low = high.mult
    return (
        Amount(low.number, mult_low, unit if not low.unit else low.unit),
        Amount(high.number, high.mult, unit if not high.unit else high.unit),
    )


# ---------------------------------------------------------------------------------------
# Rates: 500元/人, 每人500元, 1次/月, 每月1次
# ---------------------------------------------------------------------------------------

# 人, 个月, 人、天, 人.每天 and 人*月 (a rate per person and day or month: a clerk types * for
# the template's ·), km
_PER_WORD = re.compile(
    r"(?:\d{1,6}(?:万|千|百)?)?"  # so many of them: 6.5次/10万公顷, 5例/10万人
    r"(?:(?:(?!每)[\u4e00-\u9fff]){1,3}(?:[、.·*][\u4e00-\u9fff]{1,3})?|[a-zA-Z]{1,3}[23]?)"
)  # ... and m2, m3 (㎡ and ㎥ after NFKC: 350元/㎡, a building's cost a square metre)


def read_rate(s: str) -> tuple[Reading, str] | None:
    """A rate as (reading of the numerator, denominator word), or None.

    500元/人 → (500元, 人); 每年不少于2次 → (不少于2次, 年); 1次/月 → (1次, 月); over two
    denominators, each in its place: 100元/人/月, 每人每月100元 and 人均100元/月 → (100元,
    人/月).
    """
    if s.endswith(")"):  # 101人/次以上(含101人/次): an inclusive bound restated says nothing more
        s = _INCLUSIVE_AT_END.sub("", s)
    once = _PERIOD_THEN_TIMES.match(s)
    if once is not None and once.group("month") is not None:  # 一月一次: 每月1次
        s = "每" + s[once.start("month") :]
    elif once is not None:  # 一年两次 (1年2次 once canonical), 半年1次, 两年一次: 每年2次 …
        n = once.group("n")
        s = "每" + ("" if n == "1" else n) + s[once.start("period") :]
    head = _PER_HEAD.match(s)
    if head is not None:  # 人均500元/年, 生均补助1500元: 人均 is 每人
        rest = _RATE_VERB.sub("", s[head.end() :], count=1)
        inner = read_rate(rest) if "/" in rest or rest.startswith("每") else None
        if inner is not None:
            return inner[0], f"{PER_HEAD[head.group(0)]}/{inner[1]}"
        reading = read_phrase(rest)
        return None if reading is None else (reading, PER_HEAD[head.group(0)])
    if s.startswith("每"):
        s = _FOR_EACH.sub(r"\1", s, count=1)  # 每年为每个县培育10名: 每年每个县10名
        for k in (1, 2, 3):  # the shortest denominator that leaves a readable phrase
            per, phrase = s[1 : 1 + k], s[1 + k :]
            if not _PER_WORD.fullmatch(per):
                continue
            phrase = _RATE_VERB.sub("", phrase, count=1)  # 每户补助2万元: the grant's verb
            if per in _PAID_PERIODS:  # 每年财政补助1000万元 (每个县培育: 县 is the per)
                phrase = _PAYER_AND_VERB.sub("", phrase, count=1)
            if phrase.startswith("每") or "/" in phrase:  # 每人每月300元, 每生1500元/学期:
                inner = read_rate(phrase)  # a second denominator
                if inner is not None:
                    return inner[0], f"{_per(per)}/{inner[1]}"
                continue
            reading = read_phrase(phrase)
            if reading is not None and reading.low.unit in _DAYS_OF.get(per, ()):
                return None  # 每月10日左右: the 10th of each month, a recurring day, no count
            if reading is not None:
                return reading, _per(per)
        return None
    lead = _LEAD_COMPARATOR.match(s)
    if lead is not None and s[lead.end():].startswith("每"):  # 不低于每生每年500元
        inner = read_rate(s[lead.end():])
        if inner is None or inner[0].op not in ("=", None):
            return None
        return inner[0]._replace(op=_PREFIX_OPS[lead.group(0)]), inner[1]
    each = _FIGURE_EACH.fullmatch(s)
    if each is not None:  # 3100元每平方米: the figure, then 每 and what it is counted per
        reading = read_phrase(each.group("figure"))
        if reading is not None and reading.low.unit:
            return reading, _per(each.group("per"))
    phrase, slash, per = s.rpartition("/")
    bound = _RATE_BOUND.search(per) if slash else None
    if bound is not None:  # 控制在15/10万以内, 475元/亩(含)以下: the bound of the whole rate
        phrase, per = phrase + bound.group(0), per[: bound.start()]
    if not slash or not _PER_WORD.fullmatch(per):
        return None
    reading = read_phrase(phrase)
    if reading is None and "/" in phrase:  # 100元/人/月: the rate over the first, per the second
        inner = read_rate(phrase)
        return None if inner is None else (inner[0], f"{inner[1]}/{_per(per)}")
    return None if reading is None else (reading, _per(per))


# the periods a payer's grant is counted per (每年财政补助, 每季度省级补助)
_PAID_PERIODS = frozenset({"年", "年度", "月", "季", "季度", "周", "学期", "学年"})
# 为 (for) between two denominators: 每年为每个县 is each year, each county
_FOR_EACH = re.compile(r"^(每[^每为]{1,3})为(?=每)")
# a comparator written before a whole rate (不低于每生每年500元), and a bound after it
_LEAD_COMPARATOR = re.compile(alternation(_PREFIX_OPS))
# (SUFFIX_COMPARATORS keeps a word before any shorter one it ends with: the first found is
# the longest)
BOUND_ENDINGS = tuple(w for w, _op in SUFFIX_COMPARATORS if len(w) > 1)
# ... as a rate's denominator may be followed by it, with or without a bracket saying
# whether the bound counts (10次/年以上, 475元/亩(含)以下, 5次/年以上(含))
_MARK = f"\\((?:{alternation((*EXCLUSIVE_MARKS, *INCLUSIVE_MARKS))})[^()]*\\)"
_RATE_BOUND = re.compile(f"(?:{_MARK})?(?:{alternation(BOUND_ENDINGS)})(?:{_MARK})?$")
_INCLUSIVE_AT_END = re.compile(f"(?<=[^(])\\((?:{alternation(INCLUSIVE_MARKS)})[^()]*\\)$")


def per_head(name: str) -> tuple[str, str] | None:
    """A name that opens by what it is counted per, as (denominator, the rest of the name):
    人均体育场地面积 → (人, 体育场地面积), 每千人拥有社会体育指导员 → (千人, 拥有社会体育指导员);
    None for any other name."""
    head = _PER_HEAD.match(name)
    if head is not None:
        return PER_HEAD[head.group(0)], name[head.end() :]
    each = _EACH.match(name)
    if each is not None and each.end() < len(name):
        return _per(each.group("per")), name[each.end() :]
    return None


# 每 and what a name counts per: one word, after a magnitude (每千人, 每10万人口) or 个 (每个村,
# 每一个村), the words of two characters first (每个社区, 每批次, 每人次)
_EACH = re.compile(
    r"每(?P<per>(?:1(?=个)|\d+(?:\.\d+)?[十百千万]*|[十百千万]+)?个?"
    r"(?:平方公里|平方米|公里|公顷|季度|学期|学年|乡镇|社区|行政村|人次|户次|批次|人口"
    r"|[\u4e00-\u9fff]))")


# A period, then how many times in it (一年两次, 半年1次, 两年一次): so many times a period.
# Only times (次, 场, 期, 轮): 1年200人 may be a year's count or a year then a count.
_PERIOD_THEN_TIMES = re.compile(
    r"(?:(?P<n>\d*)(?P<period>半年|年|个月|周|季度)|(?P<one>1?)(?P<month>月))"
    r"(?=(?:不少于|至少|不低于)?\d+(?:次|场|期|轮)(?:及以上|以上|以下)?$)")
# (a figure before 月 is a month, 5月2次 twice in May: only 一月一次 is monthly)


# 人均 (each person's), 生均 (each pupil's) … before an amount: a rate over that word
_PER_HEAD = re.compile(f"^(?:{'|'.join(PER_HEAD)})")


# A period and the units that name a day or month inside it (每月10日, 每年12月): a date
# that recurs, not so many of them each period
_DAYS_OF = {"月": ("日", "号"), "年": ("月", "日", "号"), "周": ("日",)}
_RATE_VERB = re.compile(f"^(?:{'|'.join(RATE_VERBS)})")
# who pays, then the verb, before the amount (每年财政补助1000万元): neither is the denominator
_PAYER_AND_VERB = re.compile(f"^(?:财政|中央|省级|市级|县级|省|市|县)(?:{'|'.join(RATE_VERBS)})")
# a figure with its unit, then 每 and a word (3100元每平方米, 500元每人)
_FIGURE_EACH = re.compile(r"(?P<figure>.*\d.*?)每(?P<per>[\u4e00-\u9fff]{1,3})")


def _per(word: str) -> str:
    """The denominator's word: 个月 is 月, but 个 alone stays (2875元/个); a Latin unit in
    its one spelling (m2 is 平方米, km 公里), and a period in its (季 is 季度)."""
    if word.isascii() and word in UNIT_SPELLING:  # a Chinese one stays as written (元/平米)
        return UNIT_SPELLING[word]
    word = word.removeprefix("1个")  # 每一个村: per village
    word = word.removeprefix("个") if len(word) > 1 else word
    return PERIOD_SPELLING.get(word, word)
