"""Raw 指标值 (+ its context) → a typed `Value`: the ordered recognisers.

    normalize_value("95%以上")                     → percent >= 95
    normalize_value("91万", level2="成本指标")      → money 91 万元 = 910000 元
    normalize_value("年底前", year=2021)            → date <= 2021-12-31
    normalize_value("95", op="≥", unit="%")         → percent >= 95

First pass: canonical.canonical() (width, numerals, separators). Second pass: the
recognisers in RECOGNISERS, tried in order; the first that returns a Value wins, each
returns None when the phrase is not its kind. The normalizer is total: whatever no
recogniser reads is kind "text" with the raw phrase as its label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from jixiao.hanzi import is_plain, plain
from jixiao.normalize.canonical import canonical, surface
from jixiao.normalize.dates import NOT_A_DATE, could_be_a_date, read_deadline
from jixiao.normalize.patterns import QUALITATIVE_WORD
from jixiao.normalize.quantities import (
    BOUND_ENDINGS,
    Amount,
    Reading,
    is_measure_word,
    per_head,
    read_phrase,
    read_rate,
)
from jixiao.normalize.value import EMPTY, Op, Value, new_value
from jixiao.vocab.numerals import NUMBER_CHARS
from jixiao.vocab.placeholders import EMPTY_VALUES
from jixiao.vocab.values import (
    ALL_THAT_SHOULD,
    BOOLEANS,
    CHANGE_WORDS,
    COMPARED_YEAR,
    COMPOUND_UNIT_TAILS,
    COUNT_NAME_ENDINGS,
    COUNT_UNITS,
    DATE_COMPARATORS,
    DEADLINE_LEAD_FILLERS,
    DEADLINE_LEADS,
    DIRECTION_WORDS,
    EXCLUSIVE_MARKS,
    INCLUSIVE_MARKS,
    LEAD_LABEL_ENDINGS,
    MEASURE_UNITS,
    MONEY_MULTIPLIER_UNIT,
    MONEY_UNITS,
    MULTIPLIERS,
    NOT_A_NAMED_COUNT,
    OP_CELL,
    PERCENT_FILLERS,
    PERCENT_UNIT_WORDS,
    PREFIX_COMPARATORS,
    PROCEDURE_MIN_LEN,
    PROCEDURE_OPENINGS,
    QUALITATIVE_BOOLEANS,
    QUALITATIVE_EXACT,
    QUALITATIVE_MAX_LEN,
    RATE_NAME_ENDINGS,
    RATE_TAILS,
    SENTENCE_ENDS,
    SOFT_PREFIXES,
    UNIT_CELL_SPELLING,
    UNIT_SPELLING,
    YEAR_ENDINGS,
    ZERO_EVENT_ENDINGS,
    ZERO_EVENT_HAPPENS,
    ZERO_EVENT_MAX_LEN,
    ZERO_EVENT_NOUNS,
    ZERO_EVENT_PERIODS,
    ZERO_EVENT_PREFIXES,
    ZERO_EVENTS,
)

_MAX_DIGITS = 15  # before the point
_COUNT_UNITS = frozenset(COUNT_UNITS)


@dataclass(frozen=True, slots=True)
class Context:
    """What the table says around the value; nothing here comes from global state."""

    cost: bool = False  # the 二级指标 is a cost (成本) indicator: a bare 万 is money
    year: int | None = None  # the document's budget year, for 年底前 and 12月底前
    unit_mult: str = ""  # a separate 度量单位 cell, split: 万元 → ("万", "元")
    unit: str = ""
    unit_unknown: bool = False  # the cell names a unit we cannot convert
    unit_per: str = ""  # a rate cell: 次/年 → unit 次, per 年
    op: str = ""  # a separate 指标性质 cell: ">=", "<=", "=", ">", "<", "qualitative", ""
    timely: bool = False  # the 二级指标 is a time (时效) indicator: its figure may be a day
    dated_by: str = ""  # a 度量单位 cell that makes a bare figure a date (12 | 月底)

    @classmethod
    def of(
        cls, level2: str | None, year: int | None, unit: str | None, op: str | None
    ) -> Context:
        mult, unit_word, unknown, per = _unit_cell(unit)
        if level2 and (" " in level2 or "\u3000" in level2 or "\xa0" in level2):
            level2 = "".join(level2.split())  # 成 本 指 标, letter-spaced to its cell (in
            # ASCII, ideographic or no-break spaces)
        return cls(
            cost=bool(level2) and "成本" in (level2 or ""),
            year=year,
            unit_mult=mult,
            unit=unit_word,
            unit_unknown=unknown,
            unit_per=per,
            op=_op_cell(op) if op else "",
            timely=bool(level2) and "时效" in (level2 or ""),
            dated_by=_dated_by(unit),
        )


def _op_cell(text: str) -> str:
    """The op a separate 指标性质 cell gives: its words (≥, 大于等于, 正向 …), also after the
    budget system's code of the sign (云南's 004 >=, 005 <=), which says nothing more."""
    cell = surface(text.strip())
    if cell in OP_CELL:
        return OP_CELL[cell]
    coded = _CODED_OP.fullmatch(cell)
    return OP_CELL.get(coded.group(1), "") if coded else ""


_CODED_OP = re.compile(r"\d{1,4}\s*(\D+)")


def normalize_value(
    raw: str | None,
    *,
    level2: str | None = None,
    year: int | None = None,
    unit: str | None = None,
    op: str | None = None,
) -> Value:
    """The typed value of one raw 指标值 (see the module docstring). Never raises."""
    if raw is None:
        return EMPTY
    if not (type(raw) is str and type(level2 or "") is str and type(unit or "") is str
            and type(op or "") is str and (year is None or type(year) is int)):
        # called with what a JSON line or a spreadsheet gives (37, "2021"): read it as text
        raw, level2, unit, op = str(raw), _str_or_none(level2), _str_or_none(unit), _str_or_none(op)
        year = _year_or_none(year)
    return _normalize(raw, level2, year, unit, op)


# Pure and immutable, so safe to remember: real tables repeat 100%, 95%以上, 是 … endlessly.
# (16k entries: a few MB, and far more distinct values than a township writes in a year.)
@lru_cache(maxsize=1 << 14)
def _normalize(
    raw: str, level2: str | None, year: int | None, unit: str | None, op: str | None
) -> Value:
    text = raw.strip()
    if not is_plain(text):
        return _read_plainly(text, level2, year, unit, op)
    ctx = _context(level2, year, unit, op)
    s = canonical(text)
    if ctx.timely and (day := serial_day(text, s, ctx)) is not None:
        return day  # (before the shortcut below, which would count it)
    if (text[:1] in _STARTS_A_NUMBER and ctx.op != "qualitative" and not ctx.dated_by
            and _plainly_a_number(s)):
        # Shortcut for most values (95%, ≥90%, 12个, 17.3万元): a phrase that starts with a
        # digit or a sign and has no date word or rate can only be read by `amount`; the
        # recognisers before it would all return None (tests check both paths agree).
        value = amount(text, s, ctx)
        if value is not None:
            return value
    if ctx.op != "qualitative" and _none_of_the_first_reads(surface(text)):
        # Most other phrases (不低于95%, 约12个, 2021年12月底前, 达标, prose): what
        # _recognise returns, without asking the four recognisers that cannot read them.
        return _recognise_from(_FROM_DEADLINE, text, s, ctx)
    return _recognise(text, s, ctx)


def _read_plainly(text: str, level2: str | None, year: int | None, unit: str | None,
                  op: str | None) -> Value:
    """A value with full-width figures or traditional characters (８架, ≥２倍, 5 分鐘,
    完成時間為…): read as its plain, simplified form (8架, 5 分钟, 完成时间为…), a phrase
    keeping its label as written."""
    read_as = _normalize(plain(text), level2, year, unit, op)
    if read_as.kind == "qualitative":
        return _state(text)
    return new_value("text", label=text) if read_as.kind == "text" else read_as


def _recognise(text: str, s: str, ctx: Context) -> Value:
    """The recognisers in order; the first Value wins, else `text`."""
    if surface(text) in EMPTY_VALUES:
        return EMPTY
    return _recognise_from(RECOGNISERS, text, s, ctx)


def _recognise_from(recognisers: tuple[Recogniser, ...], text: str, s: str, ctx: Context
                    ) -> Value:
    try:
        for recognise in recognisers:
            value = recognise(text, s, ctx)
            if value is not None:
                return value
    except ArithmeticError:  # decimal overflow on an absurd number: unreadable, not an error
        pass
    return new_value("text", label=text)


def _none_of_the_first_reads(plain: str) -> bool:
    """True when, for a phrase whose op cell is not 定性, neither the empty check nor any
    recogniser before `deadline` can read `plain` (its surface form): each needs what is
    tested here (bracketed a closing bracket, zero_event one of its words at an end)."""
    return not (
        plain in EMPTY_VALUES
        or plain.endswith(")")  # bracketed
        or plain in BOOLEANS  # boolean
        or plain in ZERO_EVENTS  # zero_event ...
        or plain.startswith(ZERO_EVENT_PREFIXES)  # ... _no_such_event
        or plain.startswith(ZERO_EVENT_PERIODS)  # ... (全年未发生…)
        or plain.endswith(ZERO_EVENT_ENDINGS)  # ... _event_at_zero
    )


_STARTS_A_NUMBER = frozenset("0123456789≥≤><=")


def serial_day(text: str, s: str, ctx: Context) -> Value | None:
    """A time indicator's figure that is a spreadsheet's day (`spreadsheet_day`)."""
    day = spreadsheet_day(s) if ctx.timely else None
    return None if day is None else new_value("date", op="<=", date=day)


def spreadsheet_day(s: str) -> date | None:
    """A day as a spreadsheet keeps it, copied out as its number (44561, 44,561: Excel's
    serial of 2021-12-31, counted from 1899-12-30), for a time indicator's figure of five
    digits between the years 2000 and 2049; None for anything else."""
    m = _SERIAL.fullmatch(s)
    if m is None:
        return None
    n = int(m.group(1) + m.group(2))
    return _SERIAL_EPOCH + timedelta(days=n) if _SERIAL_DAYS[0] <= n <= _SERIAL_DAYS[1] else None


_SERIAL = re.compile(r"(\d{2}),?(\d{3})")
_SERIAL_EPOCH = date(1899, 12, 30)
_SERIAL_DAYS = (36526, 54789)  # 2000-01-01 .. 2049-12-31


def _plainly_a_number(s: str) -> bool:
    return "/" not in s and "每" not in s and not could_be_a_date(s)


# 度量单位 cells that make the figure beside them a date (12 | 月底); 月 alone is not here:
# 12 under 月 is twelve months (UNIT_CELL_SPELLING)
_DATE_UNIT_CELLS = frozenset({"年", "年底", "年末", "年度", "月底", "月末", "月份", "日", "号"})


@lru_cache(maxsize=1 << 10)  # (a table's 二级 names, unit and op cells repeat)
def _context(level2: str | None, year: int | None, unit: str | None, op: str | None) -> Context:
    """The cells beside a value as the vocabulary reads them (時效指標, 頭 as 时效指标, 头)."""
    return Context.of(_plain_cell(level2), year, _plain_cell(unit), _plain_cell(op))


def _plain_cell(cell: str | None) -> str | None:
    return cell if cell is None or is_plain(cell) else plain(cell)


def normalize_jsonl_line(obj: Any) -> dict[str, Any]:
    """One `jixiao normalize --jsonl` input object → the value object (a dict for JSON).

    Keys: raw, and optionally level2, year, unit, op. A year written as a string ("2021")
    is read; anything unusable in a key is ignored rather than failing the whole batch.
    """
    if not isinstance(obj, dict):  # a bare JSON string is the raw text itself
        return normalize_value(None if obj is None else str(obj)).to_dict()
    return normalize_value(
        _str_or_none(obj.get("raw")),
        level2=_str_or_none(obj.get("level2")),
        year=_year_or_none(obj.get("year")),
        unit=_str_or_none(obj.get("unit")),
        op=_str_or_none(obj.get("op")),
    ).to_dict()


def _str_or_none(x: object) -> str | None:
    if x is None:
        return None
    return x if isinstance(x, str) else str(x)


def _year_or_none(x: object) -> int | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int):
        return x
    if isinstance(x, str) and x.strip().isdecimal():
        return int(x.strip())
    return None


# ---------------------------------------------------------------------------------------
# The recognisers, in order. Each: (trimmed raw, canonical form, context) → Value | None.
# ---------------------------------------------------------------------------------------


def _state(text: str) -> Value:
    """A state (达标, 效果明显) labelled by its phrase, a line break typed inside it (效果
    / 明显, wrapped by hand in a narrow cell) taken out: the same state however it wraps."""
    if "\n" in text:
        text = "".join(line.strip() for line in text.splitlines())
    return new_value("qualitative", label=text)


def qualitative_cell(text: str, s: str, ctx: Context) -> Value | None:
    """A 定性 指标性质 cell: 是/否/有/无 answer a question, anything else is a state."""
    if ctx.op != "qualitative":
        return None
    answer = QUALITATIVE_BOOLEANS.get(surface(text))
    if answer is not None:
        return new_value("boolean", bool=answer)
    return _state(text)


def boolean(text: str, s: str, ctx: Context) -> Value | None:
    answer = BOOLEANS.get(surface(text))
    return None if answer is None else new_value("boolean", bool=answer)


def zero_event(text: str, s: str, ctx: Context) -> Value | None:
    """无, 没有, 不出现, 零, 未发生, 零投诉, 无安全事故, 重大火灾事故为零 → quantity = 0
    (unit null)."""
    plain = surface(text)
    for period in ZERO_EVENT_PERIODS:  # 全年未发生一起安全事故: the year's, none
        if plain.startswith(period) and plain[len(period):].startswith(ZERO_EVENT_PREFIXES):
            plain = plain[len(period):]
            break
    plain = _ONE_OF_THEM.sub(r"\1", plain, count=1)  # 未发生一起安全事故: not one
    if plain in ZERO_EVENTS or _no_such_event(plain) or _event_at_zero(plain):
        return new_value("quantity", op="=", number=Decimal(0), base_number=Decimal(0))
    return None


# 一起 / 1起 / 一例 right after the word for none: "not a single one" (未发生一起安全事故)
_ONE_OF_THEM = re.compile(f"^({'|'.join(ZERO_EVENT_PREFIXES)})(?:一|1)[起例次件]")


def _no_such_event(plain: str) -> bool:
    """无事故, 零投诉, 杜绝安全事故, 不发生安全事故: a word for none, then the event (and
    发生 after it: 零事故发生, 无安全责任事故发生)."""
    plain = plain.removesuffix(ZERO_EVENT_HAPPENS) if plain.endswith(ZERO_EVENT_HAPPENS) else plain
    return (
        len(plain) <= ZERO_EVENT_MAX_LEN
        and plain.startswith(ZERO_EVENT_PREFIXES)
        and plain.endswith(ZERO_EVENT_NOUNS)
    )


def _event_at_zero(plain: str) -> bool:
    """重大火灾事故为零: the event, then 为零."""
    if not plain.endswith(ZERO_EVENT_ENDINGS):
        return False
    for ending in ZERO_EVENT_ENDINGS:
        if plain.endswith(ending):
            event = plain[: -len(ending)]
            return 0 < len(event) <= ZERO_EVENT_MAX_LEN and event.endswith(ZERO_EVENT_NOUNS)
    return False


def dated_cell(text: str, s: str, ctx: Context) -> Value | None:
    """A bare figure beside a 度量单位 cell that dates it (2023 | 年, 12 | 月底): the date
    the two make together, where they make one (2 | 年 is two years: `amount`'s)."""
    if not ctx.dated_by or not _SIGNED_FIGURE.fullmatch(s):
        return None
    joined = s + ctx.dated_by  # (≤12 | 月底: ≤12月底, the sign before the date)
    value = deadline(joined, canonical(joined), ctx)
    return value if value is not None and value.kind == "date" else None


_SIGNED_FIGURE = re.compile(r"(?:[≤≥<>]=?|[<>]?=)?\d+")


def _dated_by(unit: str | None) -> str:
    cell = surface(unit.strip()) if unit else ""
    return cell if cell in _DATE_UNIT_CELLS else ""


def deadline(text: str, s: str, ctx: Context) -> Value | None:
    lead = _DEADLINE_LEAD.match(s)
    if lead and lead.end() < len(s) and (
            led := deadline(text, s[lead.end():], ctx)) is not None and led.kind == "date":
        return led  # 应确保年内完成, 确保项目在11月前完成建设: the deadline it must be met by
    op, rest = _date_comparator(s)
    if rest.startswith(_EVERY_YEAR) and ctx.year is not None and _BY.search(rest):
        # 每年12月底前: a deadline that comes back each year, this year's by the budget's
        yearly = read_deadline(_EVERY_YEAR_RE.sub("", rest, count=1), ctx.year)
        if isinstance(yearly, date):
            return new_value("date", op=op, date=yearly)
    day = read_deadline(rest, ctx.year)
    if isinstance(day, date):
        return new_value("date", op=op, date=day)
    if day is NOT_A_DATE:
        return None
    return new_value("text", label=text)  # NEEDS_YEAR or NO_SUCH_DAY: honestly unreadable


_DATE_COMPARATOR_STARTS = tuple({word[0] for word, _op in DATE_COMPARATORS})
_DEADLINE_LEAD = re.compile(
    f"(?:{'|'.join(DEADLINE_LEADS)})(?:{'|'.join(DEADLINE_LEAD_FILLERS)})*"
    rf"|(?:{'|'.join(DEADLINE_LEAD_FILLERS)})+(?=\d)")  # 于2022年12月底前: the 于 alone too


def _date_comparator(s: str) -> tuple[Op, str]:
    """The op a comparator before a deadline gives it (≤2022年12月31日: <=, ≥2022.12.31: >=)
    and the rest; "<=" and the whole phrase where none is written (a deadline is the last
    day it allows, so ≥ before a month, 不早于2022年6月, is left unread)."""
    if s[:1].isdigit() or not s.startswith(_DATE_COMPARATOR_STARTS):
        return "<=", s
    for word, op in DATE_COMPARATORS:
        if s.startswith(word) and could_be_a_date(rest := s[len(word):].lstrip()):
            # a deadline reads as its last day: after a month's, only a named day's
            if op[0] != ">" or _NAMES_A_DAY.search(rest):
                return cast("Op", op), rest
            return "<=", s
    return "<=", s


# a deadline that comes back each year (每年12月底前, 每年度6月底前)
_EVERY_YEAR = ("每年", "每年度")
_EVERY_YEAR_RE = re.compile("^每年度?")
# ... said as a deadline, by a month's end or before a day (每年12月 alone is a month that
# comes back, no deadline)
_BY = re.compile("[底末前]")
# the words of times a period (一年两次: a rate with no 每 and no /)
_TIMES = "次场期轮"
_NAMES_A_DAY = re.compile(r"[日号]|\d[./-]\d{1,2}[./-]\d")


def rate(text: str, s: str, ctx: Context) -> Value | None:
    """500元/人, 每人500元, 1次/月 → quantity with a composite unit (元/人, 次/月)."""
    if "/" not in s and "每" not in s and "均" not in s and not any(c in s for c in _TIMES):
        return None
    found = read_rate(s)
    if found is None and (lead := _LEAD_TO_RATE.match(s)) is not None and not any(
            w in lead.group() for w in NOT_A_NAMED_COUNT):
        # 标准为每人每月80元, 商品肉鸭每羽不超过0.15元, 给予每人每年960元补助: the rate a few
        # words lead to (not a change or a comparison: 较上年每人增加)
        found = read_rate(_removesuffixes(s[lead.end():], RATE_TAILS))
    if found is None:
        return None
    reading, per = found
    own = Context(cost=ctx.cost, year=ctx.year)
    if ctx.unit_per == per and not reading.low.unit:  # ≤28.40/株 under 元/株: 28.40元/株
        own = Context(cost=ctx.cost, year=ctx.year, unit_mult=ctx.unit_mult, unit=ctx.unit)
    return _as_rate(_from_reading(reading, own), per)


# a few Chinese words (the name, the recipients, 给予 or 标准为) before a rate's 每 or 人均
_LEAD_TO_RATE = re.compile(r"[\u4e00-\u9fff、]{1,24}?(?=每|人均|户均)")


def _removesuffixes(s: str, tails: tuple[str, ...]) -> str:
    for tail in tails:
        if s.endswith(tail):
            return s[: -len(tail)]
    return s


def amount(text: str, s: str, ctx: Context) -> Value | None:
    """Numbers with comparators, ranges and units: percent, money or quantity."""
    if not any(map(str.isdigit, s)):
        return None
    if s.startswith("在") and s[1:2].isdigit():
        s = s[1:]  # 在30个工作日内: within so many days
    reading = read_phrase(s)
    if reading is None and (share := _SHARE_OF.fullmatch(s)) is not None:
        reading = read_phrase(share.group(1))  # 90%的农户: the share, of whom
    if reading is None:
        return None
    if _unlisted_unit(reading.low.unit) and not any(c.isascii() and c.isdigit() for c in text):
        return None  # a measure word no list knows, after a numeral word: 一般, 两委
    value = _from_reading(reading, ctx)
    if ctx.unit_per and not reading.low.unit:  # 2 in a 次/年 column
        return _as_rate(value, ctx.unit_per)
    return value


# A percentage of whom or what it counts (≥90%的农户, 95%以上的学生): a few characters
# after 的, nothing after them
_SHARE_OF = re.compile(r"(.*\d(?:\.\d+)?%(?:以上|以下)?)的[\u4e00-\u9fff]{1,6}")


def _as_rate(value: Value | None, per: str) -> Value | None:
    """A figure over its denominator; one without a unit of its own keeps the bare /per
    (≤28.40/株: so much a plant, the unit of the figure left to its column)."""
    if value is None or value.kind not in ("money", "quantity"):
        return None
    return new_value(
        "quantity",
        op=value.op,
        number=value.number,
        number_max=value.number_max,
        unit=f"{value.unit or ''}/{per}",
        base_number=value.base_number,
        base_number_max=value.base_number_max,
        base_unit=f"{value.base_unit or ''}/{per}",
    )


def named_count(text: str, s: str, ctx: Context) -> Value | None:
    """A figure with its unit closing a short phrase that names what it counts (培训120人次,
    新建道路3公里, 实施乡镇社区基层医疗机构37个。, 合格率达100%, 培训人数≥200人): the figure,
    with the comparator written just before it (达, 不少于, ≥).  Not a change (签约率提高1%:
    a rate's rise is not the rate), a comparison (较上年, 同比) or a rate (每亩300)."""
    s = s.rstrip("。.")
    if "后" in s:  # 验收合格后10日内拨付: the time allowed, then what is done in it
        s = _DONE_WITHIN.sub(r"\1", s)
    m = _NAMED_FIGURE.fullmatch(s)
    if m is None:
        return None
    name, figure = m.group("name"), m.group("figure")
    over, name = per_head(name) or ("", name)  # 人均体育场地面积达到2.6平方米以上: a rate
    if over and any(w in _NEW_THINGS.sub("", _without_bound_word(name)) for w in CHANGE_WORDS):
        return None  # 户均增收2000元, 人均产粮增加290kg/人: a rise per head, not the rate
        # (人均预期寿命提高到80岁: raised to, a bound)
    head, per, _ = figure.partition("/")
    if could_be_a_date(head if per and not head[-1].isdigit() else figure) and not (
            name.endswith(_AFTER_AN_EVENT) and figure.endswith(_WITHIN)) and not (
            figure.endswith(_MONTHS_LONG)):  # 开通业务月份≥1个月: so many months, no date
        return None  # (a rate's period is no date: 资助标准≥1000元/人·年; after an event,
        # so many days within is a time allowed: 资金下达后30日内)
    if any(w in _RATE_NAMES.sub("", name) for w in NOT_A_NAMED_COUNT) or (
            name[-1] in NUMBER_CHARS):
        return None  # 二100百分比: a numeral glued to the digits (an OCR'd =) is no name
    if "、" in _BRACKETED.sub("", name) and figure[0] not in _SIGNS:
        return None  # 无资产损失、利用率高于80%: two targets; a list of what is counted only
        # before a sign (旅游景区、旅游度假区…个数≥90个)
    word = _closing_word(name)
    if any(map(str.isdigit, name)) and not (
            word or figure[0] in _SIGNS or figure.endswith(BOUND_ENDINGS)):
        return None  # 2个乡镇30公里: two figures, neither said to be the value
    # 控制在2%以内, ≥50%: said to be the target (达 and 为 say only that it is reached:
    # 一季度资金开销进展达到30%, a share by a time)
    bound = figure[0] in _SIGNS or (bool(word) and word not in _REACHED)
    figure = word + figure
    # 补助标准≥500元/人: a rate's figure is `rate`'s to read
    value = rate(figure, figure, ctx) if "/" in figure else amount(figure, figure, ctx)
    stem = name.removesuffix(word)
    if value is None or (value.kind == "quantity" and not value.unit and not (
            stem.endswith(COUNT_NAME_ENDINGS) or (bound and stem.endswith("率")))):
        return None  # a bare figure after words (第3) names no count; after a count's
        # name it is the count (当年在校学生数4953)
    if any(w in name for w in CHANGE_WORDS) and (
        value.kind == "percent" or (value.unit or "").endswith(_POINTS)
    ):
        return None  # 签约率提高1%, 下降2个百分点: a change of a rate
    if (value.unit or "").endswith(_POINTS) and any(w in name for w in _BELOW_OR_ABOVE):
        return None  # 低于全省平均水平2个百分点: a margin from another figure, not the rate
    if over and value.kind in ("money", "quantity") and "/" not in (value.unit or "/") and (
            not name.endswith(_AFTER_AN_EVENT)  # 每学期开学后1个月内: a time allowed
            and value.unit not in _OWN_MEASURES):  # 人均预期寿命达到80岁: an age, no rate
        if any(w in _NEW_THINGS.sub("", _without_bound_word(name)) for w in CHANGE_WORDS):
            return None  # 户均增收2000元: a rise, not the rate itself
        if name[:1] in _PERIODS_OF_A_RATE:  # 人均月收入3000元: 元/人/月
            over = f"{over}/{name[0]}"
        return _as_rate(value, over)  # 每千人拥有社会体育指导员2.3名: 2.3 名/千人
    if value.kind == "percent" and not bound and (
            not stem.endswith((*RATE_NAME_ENDINGS, *PERCENT_FILLERS))
            or stem in RATE_NAME_ENDINGS):
        return None  # 完成项目主体工程70%: a share of something, not a named rate (补助资金
        # 及时到位100%: the share that arrived, as 100%到位 is); 覆盖90%的村: a verb, no name
    return value


def _closing_word(name: str) -> str:
    """The comparator word that closes a name (种植面积达, 提高到, 控制在), or ""."""
    return next((w for w in _COMPARATOR_WORDS if name.endswith(w)), "")


def _without_bound_word(name: str) -> str:
    """The name without the comparator word that closes it."""
    return name.removesuffix(_closing_word(name))


# a sign or a bound's word before the figure says it is the target, whatever the name
# before it (抽查旅游企业(含区、县、市)≥50%, 因旱缺水人口控制在2%以内)
_SIGNS = frozenset("≥≤≧≦<>=")
_REACHED = frozenset({"达", "达到", "为", "是"})
_MONTHS_LONG = "个月"
_BRACKETED = re.compile(r"\([^()]*\)")
_POINTS = ("百分点", "千分点")
_BELOW_OR_ABOVE = ("低于", "高于")
# a few words (a bracketed note among them), then one figure and its unit or comparator
# word, nothing after
_NAMED_FIGURE = re.compile(
    r"(?P<name>(?:[\u4e00-\u9fff]|\d+(?:\.\d+)?(?=[\u4e00-\u9fff])"
    r"|[A-Za-z]{1,6}(?=[\u4e00-\u9fff])"  # A级旅游景区个数, HIV抗体检测卡发放率
    r"|、(?=[\u4e00-\u9fff])"  # 宣传推广旅游景区、旅游度假区…个数: a list of what is counted
    r"|\([^()\d]{1,12}\)(?=[\u4e00-\u9fff]|[≥≤≧≦<>=])){2,32}?)"  # 项目(工程)验收合格率,
    # 种植人员(县内培训)≥300人: a note in it
    r"(?P<figure>(?:[≥≤≧≦<>]=?|=)?\d+(?:\.\d+)?"
    r"(?:[-~至到]\d+(?:\.\d+)?)?"  # 建成35-40个…: a range
    r"(?:[^\d\s,，、;；:：()（）]|(?<=[mM])[23]){0,12})")  # ... its unit m2 or m3 (㎡) too;
    # what is counted after the unit (建成35个国家级文物标本库房)
# A name may hold figures of its own (3分钟出车率, 24小时预报误差, 120呼救电话): then only a
# bound written before the value (≥, 达到, 控制在) says which figure is the value's
# what a per-head figure may be of each one without being a rate of them (an age, a stay)
_OWN_MEASURES = frozenset({"岁", "年", "天", "日", "小时", "个月", "分钟"})
# a period opening what a per-head figure names (人均月收入, 人均年收入): its second denominator
_PERIODS_OF_A_RATE = frozenset("月年日")
# new things are no change of a figure (每年新增就业岗位100个: a hundred new posts a year)
_NEW_THINGS = re.compile("新增|新建")
# an event a time is counted from (资金下达后30日内, 收到申请之后5个工作日内)
_AFTER_AN_EVENT = ("后", "之后")
# ... and what is done within it, after 内 (拨付, 完成验收, 办结)
_DONE_WITHIN = re.compile(r"(?<=后)(\d+(?:\.\d+)?[^\d]{1,4}?(?:以内|之内|内))[\u4e00-\u9fff]{1,4}$")
_WITHIN = ("内", "以内", "之内")
# a bound written after the figure (100公里以内, 95%以上)
# a rate's name holds 比 (接听比例): no comparison with another year or place
_RATE_NAMES = re.compile("比例|比重|比率|占比")
# the comparator words a name may end with (种植面积达1000亩), longest first
_COMPARATOR_WORDS = sorted((w for w, _op in (*PREFIX_COMPARATORS, *SOFT_PREFIXES)
                            if not w.isascii()), key=len, reverse=True)


def qualitative(text: str, s: str, ctx: Context) -> Value | None:
    """A short state phrase with no number: 达标, 明显提升, 全覆盖, 有效保障 (明顯提升 is
    read plainly before it comes here); a grade (A级, AAA级, 3A级以上)."""
    plain = surface(text)
    if _GRADE.fullmatch(plain):
        return _state(text)
    if len(plain) > QUALITATIVE_MAX_LEN or any(map(str.isdigit, _COMPARED_YEAR.sub("", plain))
                                               ) or "%" in plain:
        return None
    if text.rstrip().endswith(SENTENCE_ENDS):
        return None  # a sentence (按照资金测算控制各项成本。): text
    if plain.endswith(LEAD_LABEL_ENDINGS) and not plain.endswith(YEAR_ENDINGS) and not (
            plain.startswith(DIRECTION_WORDS)):
        return None  # 完成率, 满意度: an indicator's name, not a state (提高普及率 is one)
    if len(plain) >= PROCEDURE_MIN_LEN and plain.startswith(PROCEDURE_OPENINGS):
        return None  # 严格执行相关制度规定: how the work is done, a sentence
    if plain in QUALITATIVE_EXACT or QUALITATIVE_WORD.search(plain) is not None:
        return _state(text)
    if any(_all_that_should(plain, first, then) for first, then in ALL_THAT_SHOULD):
        return _state(text)
    return None


_COMPARED_YEAR = re.compile(COMPARED_YEAR)
# A grade as ratings write it: A to E, A repeated, or a count of As (a 3A级 scenic area)
_GRADE = re.compile(r"(?:[1-5]A|A{1,5}|[A-E])级(?:以上|及以上)?", re.IGNORECASE)


def _all_that_should(plain: str, first: str, then: str) -> bool:
    """应检尽检, 应保尽保, 能收尽收: X…Y… with the same verb twice."""
    if not plain.startswith(first) or then not in plain[2:]:
        return False
    verb, _, rest = plain[1:].partition(then)
    return 0 < len(verb) <= 3 and rest == verb


_TRAILING_BRACKET = re.compile(r"^(?P<head>.+?)\((?P<note>[^()]+)\)$")
# Values a bracket note may leave standing: a note never turns a state into text.
_BRACKET_KINDS = frozenset({"quantity", "money", "percent", "date", "boolean"})


def bracketed(text: str, s: str, ctx: Context) -> Value | None:
    """A bracket after the value: a unit (1200（人次） → 1200人次) or a note that changes
    nothing (0起（安全事故）, 100%（全覆盖）, ≥95%（满意度）). Only notes without digits,
    another year's figure (≥95%(2022:90%)), or the same bound said again (90%以上（不低于
    90%）), and only readings that are
    numbers, dates or yes/no; 含 / 不含 brackets are the amount reader's."""
    plain = surface(text)
    if plain.startswith("(") and plain.endswith(")") and plain.count("(") == 1:
        inner = plain[1:-1].strip()  # (100%): the whole value in brackets
        return _read_unbracketed(inner, ctx) if any(map(str.isdigit, inner)) else None
    m = _TRAILING_BRACKET.match(plain) if plain.endswith(")") else None
    if m is None:
        return None
    head, note = m.group("head"), m.group("note")
    if any(map(str.isdigit, note)) and _NAME_ONLY.fullmatch(head) and head.endswith(
            (*RATE_NAME_ENDINGS, *COUNT_NAME_ENDINGS)):
        # 信访案件化解率(≥90%), a name and its target in brackets after it: the target read
        # as if written without them
        return _read_unbracketed(head + note, ctx)
    if any(map(str.isdigit, note)) and not _OTHER_YEAR.match(note):
        return _restated(head, note, ctx)  # 90%以上(不低于90%): one bound said twice
    if note.startswith(_BOUND_WORDS):
        return None
    unit = canonical(note)
    if head[-1:].isdigit() and (unit in _BRACKET_UNITS or any(  # (万人): 4.52 is 45,200 人
            unit.startswith(times) and unit[len(times):] in _BRACKET_UNITS
            for times in MULTIPLIERS)):
        head += unit
    value = _recognise(head, canonical(head), ctx)
    return value if value.kind in _BRACKET_KINDS else None


def _restated(head: str, note: str, ctx: Context) -> Value | None:
    """A value whose bracket says the same bound again in other words (90%以上(不低于90%),
    ≥95%(95%及以上)): that value; or says which way a bare figure binds (12个(不少于12个)):
    the bracket's.  A note that says another figure or another bound is not read."""
    value = _recognise(head, canonical(head), ctx)
    again = _recognise(note, canonical(note), ctx)
    if value.kind not in _BRACKET_KINDS or value.kind in ("boolean", "date") or (
            again.kind, again.number, again.unit) != (value.kind, value.number, value.unit):
        return None
    if again.op == value.op:
        return value
    return again if value.op == "=" and again.op != "range" else None


def _read_unbracketed(inner: str, ctx: Context) -> Value | None:
    """A target read with its brackets taken off, where it reads as a figure, a date or
    yes/no."""
    value = _recognise(inner, canonical(inner), ctx)
    return value if value.kind in _BRACKET_KINDS else None


_BOUND_WORDS = (*INCLUSIVE_MARKS, *EXCLUSIVE_MARKS)
# a name alone before a bracketed target: Chinese characters, no figure (and a rate's or a
# count's name: 翻一番(全省≥3.4万元) is a target and another place's figure)
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{2,24}")
# A note that gives another year's figure for comparison (≥95%(2022:90%), ≥62%(2022年:61%)):
# beside the value, not a second one
_OTHER_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年?度?\s*[:：]")
_BRACKET_UNITS = frozenset({"%", *MONEY_UNITS, *MEASURE_UNITS, *COUNT_UNITS})


Recogniser = Callable[[str, str, Context], Value | None]

RECOGNISERS: tuple[Recogniser, ...] = (
    qualitative_cell,  # a 定性 op cell overrides the value's own shape
    bracketed,  # 0起（安全事故）, 1200（人次）: read without the bracket, else go on
    boolean,  # 是 / 否 / 有
    zero_event,  # 无, 不出现, 零投诉 (before numbers: 零 would read as 0)
    dated_cell,  # 2023 | 年, 12 | 月底: a figure its unit cell makes a date
    deadline,  # dates before numbers: 2021-12 is not a range
    serial_day,  # 44561 under a 时效 indicator: a spreadsheet's day, before it counts
    rate,  # 500元/人 before plain amounts: the / would otherwise fail them
    amount,  # 95%以上, 17.3万元, 3-5个, 1.5万人
    named_count,  # 培训120人次, 新建道路3公里: the figure closing a name
    qualitative,  # 达标, 明显提升
)
# The recognisers from `dated_cell` on (see _none_of_the_first_reads)
_FROM_DEADLINE = RECOGNISERS[RECOGNISERS.index(dated_cell) :]


# ---------------------------------------------------------------------------------------
# Reading → Value
# ---------------------------------------------------------------------------------------


def _from_reading(reading: Reading, ctx: Context) -> Value | None:
    if not (_plausible(reading.low) and (reading.high is None or _plausible(reading.high))):
        return None
    low = _with_context_unit(reading.low, ctx)
    high = _with_context_unit(reading.high, ctx) if reading.high is not None else None
    if low is None or (reading.high is not None and high is None):
        return None
    # the value's own comparator wins over the 指标性质 cell, except a soft verb (达到95)
    op = (_cell_op(ctx) if reading.soft else None) or reading.op or _cell_op(ctx) or "="
    lo = _measure(low, ctx)
    if lo is None:
        return None
    kind, number, unit, base, base_unit = lo
    if high is None:
        return new_value(kind, op=op, number=number, unit=unit, base_number=base,  # type: ignore[arg-type]
                     base_unit=base_unit)
    hi = _measure(high, ctx)
    if hi is None or hi[0] != kind or hi[2] != unit or hi[1] < number:
        return None
    return new_value(kind, op="range", number=number, number_max=hi[1], unit=unit,  # type: ignore[arg-type]
                 base_number=base, base_number_max=hi[3], base_unit=base_unit)


def _plausible(a: Amount) -> bool:
    """At most fifteen digits before the point once the multiplier is applied (the
    reader already refuses longer numbers as written): more is an ID, not a target."""
    return not a.mult or a.number.adjusted() + MULTIPLIERS[a.mult].adjusted() < _MAX_DIGITS


def _cell_op(ctx: Context) -> str | None:
    return ctx.op if ctx.op in (">=", "<=", ">", "<", "=") else None


def _with_context_unit(a: Amount, ctx: Context) -> Amount | None:
    """A number written without a unit takes the 度量单位 cell's (95 + % → 95%)."""
    if a.unit or not (ctx.unit or ctx.unit_unknown):
        return a
    if ctx.unit_unknown or (a.mult and ctx.unit_mult):
        return None  # a unit we cannot convert, or 5万 in a 万元 column: not one reading
    return Amount(a.number, a.mult or ctx.unit_mult, ctx.unit)


_Measured = tuple[str, Decimal, str | None, Decimal, str | None]


def _measure(a: Amount, ctx: Context) -> _Measured | None:
    """(kind, number, unit, base_number, base_unit) of one amount, or None."""
    if a.unit == "%":
        if a.mult:
            return None
        return "percent", a.number, "%", a.number, "%"
    if a.unit == "元" or (not a.unit and a.mult and ctx.cost):  # 17.3万元; 91万 in a cost row
        scale, money_unit = MONEY_MULTIPLIER_UNIT[a.mult]
        number = a.number * scale if a.mult else a.number
        return "money", number, money_unit, number * MONEY_UNITS[money_unit], "元"
    number = a.number * MULTIPLIERS[a.mult] if a.mult else a.number
    if a.unit in MEASURE_UNITS:
        base_unit, factor = MEASURE_UNITS[a.unit]
        unit = UNIT_SPELLING.get(a.unit, a.unit)
        return "quantity", number, unit, number * factor, base_unit
    if a.unit in _COUNT_UNITS:
        if a.unit == "年" and number >= 1000:
            return None  # 2020-2021年 is a span of years, not a duration
        unit = UNIT_SPELLING.get(a.unit, a.unit)
        return "quantity", number, unit, number, unit
    if not a.unit:
        return "quantity", number, None, number, None
    if a.unit in _COMPOUND_UNITS or is_measure_word(a.unit):  # 12台套, 500标箱
        return "quantity", number, a.unit, number, a.unit
    return None


_COMPOUND_UNITS = frozenset(u + tail for u in COUNT_UNITS for tail in COMPOUND_UNIT_TAILS)
_LISTED_UNITS = frozenset({"", "%", *MONEY_UNITS, *MEASURE_UNITS, *COUNT_UNITS, *_COMPOUND_UNITS})


def _unlisted_unit(unit: str) -> bool:
    return unit not in _LISTED_UNITS


# Decimal arithmetic is exact here: amounts have at most 21 significant digits (the
# reader's limit) and factors are powers of ten (or 10000/15, inexact anyway), so
# products fit Decimal's 28 digits. 17.3 万元 × 10000 is 173000.0, never 172999.99999.


_UNIT_AND_ITS_NAME = re.compile(r"(?P<unit>[^()]+)\((?P<name>[^()]+)\)")


def unit_of_name(name: str | None) -> tuple[str | None, str | None]:
    """The unit an indicator's name states in a bracket at its end, and the comparator
    a template's placeholder puts before it, as (unit cell, comparator cell): 实施营造林总面积
    (亩) → ("亩", None), 苗木成活率(≥**%) → ("%", "≥"), 资金到位率（%） → ("%", None).  Only
    a unit the unit lists know: 建设项目个数(含续建), 足额保障率(参保率) name none.  The
    caller gives it as the value's context where the row has no 度量单位 cell of its own."""
    if not name:
        return None, None
    found = _UNIT_AT_NAME_END.search(surface(plain(name.strip())))  # (種公豬(≥頭) too)
    if found is None:
        return None, None
    unit = found.group("unit")
    _mult, word, unknown, _per = _unit_cell(unit)
    if unknown or not word or _unlisted_unit(word):  # (not a measure word only guessed at)
        return None, None
    return unit, found.group("op") or None


# (亩), (万元), (≥**%), (≤ **天): a bracket closing a name, a unit in it after a template's
# comparator and placeholder stars
_UNIT_AT_NAME_END = re.compile(
    r"\((?P<op>[≥≤><=]{1,2})?\s*[*＊xX]*\s*(?P<unit>[^()\d*＊]{1,6})\)$")


def _unit_cell(cell: str | None) -> tuple[str, str, bool, str]:
    """A 度量单位 cell → (multiplier, unit, unknown, per). 万元 → ("万", "元", False, "")."""
    if cell is None:
        return "", "", False, ""
    named = _UNIT_AND_ITS_NAME.fullmatch(surface(cell.strip()))
    unit = surface(cell.strip()).strip("()")
    if unit in EMPTY_VALUES:
        return "", "", False, ""
    if named is not None:  # %(百分比), 人(人数): the unit, its name in brackets after it
        read = _unit_cell(named.group("unit"))
        if not read[2]:
            return read
    if "/" in unit:  # a rate column: 次/年, 元/人
        head, _, per = unit.rpartition("/")
        mult, word, unknown, inner = _unit_cell(head)
        if unknown or inner or not word or not per:
            return "", "", True, ""
        return mult, word, False, per.removeprefix("个")
    if unit in PERCENT_UNIT_WORDS:
        return "", "%", False, ""
    if unit in MONEY_UNITS:
        return unit[:-1], "元", False, ""
    if unit in MEASURE_UNITS or unit in _COUNT_UNITS:
        return "", unit, False, ""
    if unit in UNIT_CELL_SPELLING:  # 月 in a 度量单位 column is a duration, 个月
        return "", UNIT_CELL_SPELLING[unit], False, ""
    for mult in sorted(MULTIPLIERS, key=len, reverse=True):
        rest = unit.removeprefix(mult)
        if rest != unit and (rest in MEASURE_UNITS or rest in _COUNT_UNITS):
            return mult, rest, False, ""
    if is_measure_word(unit):  # 人数, 标箱: a measure no list knows, kept as written
        return "", unit, False, ""
    return "", "", True, ""
