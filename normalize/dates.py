"""Deadlines: a canonical phrase + the document year → the last day the phrase allows.

    "2021年12月底前"  → 2021-12-31       "12月底前" (year 2021) → 2021-12-31
    "2021.12.31"     → 2021-12-31       "第三季度" (year 2021) → 2021-09-30
    "次年3月"         → (year+1)-03-31   "年底前" with no year known → NEEDS_YEAR

Written by hand on purpose: date libraries (dateparser and the like) read calendar
dates, not budget deadlines — 年底前, 第三季度, 次年3月 and 12月底前 need the document's
year and the rule "the last day the phrase allows", and a wrong guess must become `text`.

`read_deadline` answers a date, NOT_A_DATE (try the other readers), NEEDS_YEAR (a
deadline whose year is unknown) or NO_SUCH_DAY (2019年2月29日); the last two become
kind `text`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import Enum

from jixiao.normalize.patterns import alternation
from jixiao.vocab.values import (
    DEADLINE_PREFIXES,
    DEADLINE_SUFFIXES,
    DONE_FILLERS,
    HALF_YEARS,
    MONTH_PARTS,
    RELATIVE_YEARS,
    TASK_VERBS,
    YEAR_END_WORDS,
)


class Unreadable(Enum):
    NOT_A_DATE = "not a date"
    NEEDS_YEAR = "a deadline, but no year is known"
    NO_SUCH_DAY = "a day that does not exist"


NOT_A_DATE = Unreadable.NOT_A_DATE
NEEDS_YEAR = Unreadable.NEEDS_YEAR
NO_SUCH_DAY = Unreadable.NO_SUCH_DAY

_REL = "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True))
_PARTS = "|".join(sorted(MONTH_PARTS, key=len, reverse=True))
_YEAR = f"(?:(?P<y>(?:19|20)\\d\\d)年?(?:度)?|(?P<rel>{_REL})(?:度)?)?"
_MONTH = "0?[1-9]|1[0-2]"
_DAY = "0?[1-9]|[12]\\d|3[01]"
# Each pattern with a character every phrase it matches contains ("": none to test): a
# `in` test is a tenth of a failed fullmatch, and most phrases fail all but one pattern.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2021年12月31日, 12月31日, 次年3月15日; 12月31 (前) with its 日 left out
    ("月", re.compile(f"{_YEAR}(?P<m>\\d{{1,2}})月份?(?P<d>\\d{{1,2}})[日号]?")),
    # a span of months ends with its last month: 2024年1-6月, 3至5月
    ("", re.compile(f"{_YEAR}(?:{_MONTH})月?[-~至到—](?P<m>{_MONTH})月份?(?P<part>底|末|内)?")),
    # 2021年12月, 12月底, 2021年6月中旬, 12月内
    ("月", re.compile(f"{_YEAR}(?P<m>\\d{{1,2}})月份?(?P<part>{_PARTS}|底|末|内|份)?")),
    # 2021.12.31, 2021-12-31, 2021/12/31, 2021-12, 2021.6
    # (only real months and days: 2021.13 is a number, not a date)
    ("", re.compile(
        f"(?P<y>(?:19|20)\\d\\d)(?P<s>[./-])(?P<m>{_MONTH})(?:(?P=s)(?P<d>{_DAY}))?")),
    # 20211231
    ("", re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])")),
    # 第三季度, 2021年第4季度, 四季度末
    ("季", re.compile(f"{_YEAR}第?(?P<q>[1-4])(?:季度|季)(?:底|末|内)?")),
    # 上半年, 2021年下半年, 年中 (every half-year word has 年)
    ("年", re.compile(f"{_YEAR}(?P<half>{'|'.join(HALF_YEARS)})(?:底|末|内)?")),
    # 2021年, 2021年底, 2021年度内, 次年底 (every relative year has 年: 次年, 第二年 …)
    ("年", re.compile(r"(?P<y>(?:19|20)\d\d)年(?:度)?(?:底|末|内|终)?")),
    ("年", re.compile(f"(?P<rel>{_REL})(?:度)?(?:底|末|内|终)?")),
)
# Every date phrase has one of these: a date word, or a 4-digit year followed by a separator.
# (and a month as six digits opening a period, 202001-202012)
_DATE_HINT = re.compile(
    r"[年月季日号旬]|(?:19|20)\d\d(?:[./-]\d|\d{4}$|(?:0[1-9]|1[0-2])(?:-|—|–|~|至|到))")
_PREFIX = re.compile(alternation(DEADLINE_PREFIXES))
# a time's label left before its date, with its colon or 为 (建设工期:2020年9月-2021年6月,
# 该项目的实施期限为2022年6月--2023年6月): a few characters naming a time, then the date
_TIME_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:时间|时限|期限|工期|周期)(?:为|是)?[:,]?(?=\d)")
_SUFFIX = re.compile(f"(?:{alternation(DEADLINE_SUFFIXES)})+$")
_YEAR_THEN_WORD = re.compile(r"(?P<y>(?:19|20)\d\d)年(?:度)?(?P<w>.+)")
_PERIOD_SEPARATOR = re.compile(r"-{1,2}|—{1,2}|–|~|起?至|起?到")  # 2016年1月起至2016年12月止
_AFTER_WORDS = ("以后", "之后", "后", "起", "开始", "以来")
# a deadline, then the task done by it: 完成, or the verb of what is done (发放, 竣工, 拨付 …)
_DONE = re.compile(alternation(TASK_VERBS))
_TASK_MAX = 20  # characters: a task named, not a sentence
# what may stand between a deadline and its 完成: a comma, and words that say it must be
# done or done whole (要, 全面, 全部, 须 …)
_BEFORE_DONE = re.compile(f"(?:[,，;；、]|{'|'.join(DONE_FILLERS)})+$")


def read_deadline(s: str, year: int | None) -> date | Unreadable:
    """The last day a canonical deadline phrase allows (see the module docstring)."""
    if not could_be_a_date(s):
        return _dotted_month_day(s, year)  # most values (95%, 12个, 17.3万元): NOT_A_DATE
    if s.endswith(_AFTER_WORDS):
        return NOT_A_DATE  # "2021年6月以后" has no last day
    core = _strip_words(s)
    found = _one_date(core, year)
    if found is NOT_A_DATE:
        found = _period(core, year)
    return found if found is not NOT_A_DATE else _done_by(core, year)


def _done_by(core: str, year: int | None) -> date | Unreadable:
    """A deadline and what is done by it (2021年12月底完成项目规划相关工作): the deadline,
    where what follows 完成 is a few words with no figure (2021年完成3个村 counts villages)."""
    verb = _DONE.search(core)
    if verb is None:
        return NOT_A_DATE
    head, task = core[: verb.start()], core[verb.end() :]
    if not head or len(task) > _TASK_MAX or (not task and verb.group() == "完成") or any(
            c.isdigit() for c in task):
        return NOT_A_DATE
    head = _BEFORE_DONE.sub("", head)  # 5月底前,完成…; 2025年底前要全面完成除险加固
    return _one_date(_strip_words(head), year) if head else NOT_A_DATE


def _one_date(core: str, year: int | None) -> date | Unreadable:
    if core in YEAR_END_WORDS:
        return _day(year, 12, None)
    m = _YEAR_THEN_WORD.fullmatch(core) if core.endswith(YEAR_END_WORDS) else None
    if m is not None and m.group("w") in YEAR_END_WORDS:  # 2021年全年, 2025年年底前
        return _day(int(m.group("y")), 12, None)
    for needs, pattern in _PATTERNS:
        if needs not in core:  # ("" is in every phrase)
            continue
        m = pattern.fullmatch(core)
        if m is not None:
            return _from_match(m, year)
    return NOT_A_DATE


def _period(core: str, year: int | None) -> date | Unreadable:
    """A period from one date to another (2021年3月--2021年10月, 2022.05-2022.12,
    2022年3月至2022年12月) ends on the last day of its end; the end takes the start's year
    when it has none.  Every separator is tried, since a date may hold dashes itself."""
    for m in _PERIOD_SEPARATOR.finditer(core):
        start = _one_date(core[: m.start()], year)
        if not isinstance(start, date):
            both = [_SIX_DIGIT_MONTH.fullmatch(p) for p in (core[: m.start()], core[m.end() :])]
            if all(both):  # 202001-202012: months as six digits, both ends so written
                first, last = (_from_match(x, year) for x in both if x is not None)
                if isinstance(first, date) and isinstance(last, date) and last >= first:
                    return last
            continue
        end = _one_date(core[m.end() :], start.year)
        if not isinstance(end, date):  # 2021.1.1-12.31: the end as month and day
            end = _month_day(core[m.end() :], start.year)
        if isinstance(end, date) and end >= start:
            return end
    return NOT_A_DATE


# A month as six digits (202012): a date only as both ends of a period, where it cannot be a
# count (a lone 202012 may be one)
_SIX_DIGIT_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])")


# A period's end written as month and day in the start's notation (2021.1.1-12.31).
_MONTH_DAY = re.compile(f"(?P<m>{_MONTH})[./](?P<d>{_DAY})")


def _month_day(s: str, year: int) -> date | Unreadable:
    m = _MONTH_DAY.fullmatch(s)
    return _day(year, int(m.group("m")), int(m.group("d"))) if m else NOT_A_DATE


# A month and day in dots with "before" after them (12.31前, 6.30之前): the day in the
# document's year.  Without that word 12.31 is a number.
_DOTTED_BEFORE = re.compile(f"(?P<m>{_MONTH})\\.(?P<d>{_DAY})(?:之前|以前|前)")


def _dotted_month_day(s: str, year: int | None) -> date | Unreadable:
    m = _DOTTED_BEFORE.fullmatch(s) if s.endswith("前") else None  # most values: no regex
    return _day(year, int(m.group("m")), int(m.group("d"))) if m else NOT_A_DATE


def could_be_a_date(s: str) -> bool:
    """False for phrases that cannot be a date (no date word, no 2021-12 shape)."""
    return _DATE_HINT.search(s) is not None


def _strip_words(s: str) -> str:
    """截至2021年12月底前完成 → 2021年12月底."""
    s = _TIME_LABEL.sub("", s, count=1)
    m = _PREFIX.match(s)
    if m is not None and m.end() < len(s):
        s = s[m.end() :]
    m = _SUFFIX.search(s) if s.endswith(DEADLINE_SUFFIXES) else None
    if m is not None and m.start() > 0:
        s = s[: m.start()]
    return s


def _from_match(m: re.Match[str], year: int | None) -> date | Unreadable:
    groups = m.groupdict()
    y = _year(groups.get("y"), groups.get("rel"), year)
    if groups.get("q"):
        return _day(y, int(groups["q"]) * 3, None)
    if groups.get("half"):
        return _day(y, HALF_YEARS[groups["half"]], None)
    month = groups.get("m")
    if month is None:
        return _day(y, 12, None)
    day = groups.get("d")
    if day is not None:
        return _day(y, int(month), int(day))
    part = groups.get("part")
    return _day(y, int(month), MONTH_PARTS.get(part) if part else None)


def _year(written: str | None, relative: str | None, year: int | None) -> int | None:
    if written:
        return int(written)
    if year is None:
        return None
    return year + RELATIVE_YEARS[relative] if relative else year


def _day(year: int | None, month: int, day: int | None) -> date | Unreadable:
    if year is None:
        return NEEDS_YEAR
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return NO_SUCH_DAY
    if day is None:
        day = calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return NO_SUCH_DAY
