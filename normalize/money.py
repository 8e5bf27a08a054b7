"""Money amounts as clerks write them, read exactly into 元.

    parse_amount_yuan("561.2万元")                  → Decimal("5612000")
    parse_amount_yuan("壹佰贰拾万元整")              → Decimal("1200000")
    parse_amount_yuan("3,309,840.00")               → Decimal("3309840.00")
    parse_amount_yuan("30", default_unit="万元")      → Decimal("300000")

`find_amounts` finds every amount in a sentence (for the 项目资金主要用途 cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.normalize.canonical import canonical
from jixiao.vocab.numerals import NUMBER_CHARS
from jixiao.vocab.values import MONEY_MULTIPLIER_UNIT, MONEY_UNITS

_MULT = "百万|千万|万亿|万|亿|千"
_ONE_AMOUNT = re.compile(
    f"(?:人民币|¥|RMB)?(?P<n>\\d+(?:\\.\\d+)?)(?P<mult>{_MULT})?(?P<yuan>元)?(?:整|正)?"
)
# An amount inside a sentence (surface form: Chinese numerals not yet read): a number
# with 元, or with a bare 万/亿 not followed by another unit (561.2万 is money in a budget
# sentence; 37亩 and 1.5万人 are not).
_IN_TEXT = re.compile(
    f"(?:\\d+(?:\\.\\d+)?|[{NUMBER_CHARS}][{NUMBER_CHARS}万亿点]*)"
    f"(?:(?:{_MULT})?元|(?:万|亿)(?![人平亩吨户个次株棵米公千立方册件名家处辆台套项场所间]))"
)
_BREAKDOWN = re.compile(r"^([^()]+?)\s*\([^()]*\)$")
# Two figures, not one written with a space: a figure on each line of a cell (213.4 ⏎ 259,
# two years' columns run together) or a decimal then more digits (213.4 259).  The space
# that canonical() takes out would fuse them into one amount (2134259).
_TWO_FIGURES = re.compile(r"\d\s*\n\s*\d|\d\.\d+\s+\d")


@dataclass(frozen=True, slots=True)
class MoneyAmount:
    number: Decimal  # as written, after numerals are read: 561.2
    unit: str  # 元, 千元, 万元 or 亿元
    yuan: Decimal  # the same amount in 元: 5612000
    start: int = 0  # where it is in the canonical text (find_amounts only)
    end: int = 0


def parse_money(text: str, default_unit: str = "元") -> MoneyAmount | None:
    """One amount (the whole text) as number + unit + 元, or None when it is not one."""
    if _TWO_FIGURES.search(text):
        return None
    s = canonical(text.strip())
    m = _ONE_AMOUNT.fullmatch(s)
    if m is None:
        # an amount with its breakdown after it: 854万(高标准农田建设400万元,…)
        head = _BREAKDOWN.match(s)
        m = _ONE_AMOUNT.fullmatch(head.group(1)) if head else None
    if m is None:
        return None
    return _money(m.group("n"), m.group("mult") or "", bool(m.group("yuan")), default_unit)


def parse_amount_yuan(text: str, default_unit: str = "元") -> Decimal | None:
    """One money amount in 元 (exact), or None. default_unit applies when none is written."""
    money = parse_money(text, default_unit)
    return None if money is None else money.yuan


def closing_amount(text: str) -> MoneyAmount | None:
    """The one amount in 元 that closes a text naming what it is (中央财政衔接推进乡村振兴补助
    资金(以工代赈任务)375万元: a source's name, then its amount), or None: a text with
    another amount in it, or going on after its amount, is a sentence to read otherwise."""
    s = text.strip().rstrip("。.;；")
    found = find_amounts(s)
    if len(found) != 1 or found[0].end != len(s) or not s.endswith("元"):
        return None
    return found[0]


def find_amounts(text: str) -> list[MoneyAmount]:
    """Every money amount in a sentence (surface form, see canonical.surface), in order,
    with its position in that text."""
    found = []
    for m in _IN_TEXT.finditer(text):
        money = parse_money(m.group(0))
        if money is not None:
            found.append(MoneyAmount(money.number, money.unit, money.yuan, m.start(), m.end()))
    return found


def _money(number: str, mult: str, yuan: bool, default_unit: str) -> MoneyAmount | None:
    if not yuan and not mult:
        unit = _money_unit(default_unit)
        if unit is None:
            return None
        n = Decimal(number)
    else:
        scale, unit = MONEY_MULTIPLIER_UNIT[mult]
        n = Decimal(number) * scale
    return MoneyAmount(n, unit, to_yuan(n, unit))


def _money_unit(unit: str) -> str | None:
    """A header's unit (万元, （万元）, 万, 元) as one of MONEY_UNITS, or None."""
    unit = canonical(unit).strip("()[]:")
    if unit.startswith("单位:"):
        unit = unit[3:]
    if unit in MONEY_UNITS:
        return unit
    if unit in ("万", "亿", "千"):
        return unit + "元"
    return None


def to_yuan(number: Decimal, unit: str) -> Decimal:
    """number × the unit's factor, exact: 17.3 万元 → 173000 (a decimal shift, no rounding)."""
    factor = MONEY_UNITS[unit]
    shifted = number.scaleb(len(str(factor)) - 1)
    if shifted == shifted.to_integral_value() and shifted.adjusted() < 27:
        return shifted.quantize(Decimal(1))
    return shifted
