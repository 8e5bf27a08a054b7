"""The typed value of one 指标值: the `value` object of docs/contract.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from jixiao.fields import VALUE

Kind = Literal["quantity", "money", "percent", "date", "boolean", "qualitative", "text", "empty"]
Op = Literal["=", ">=", "<=", ">", "<", "range"]

KINDS: tuple[str, ...] = (
    "quantity", "money", "percent", "date", "boolean", "qualitative", "text", "empty",
)


@dataclass(frozen=True, slots=True)
class Value:
    kind: Kind
    op: Op | None = None
    number: Decimal | None = None
    number_max: Decimal | None = None
    unit: str | None = None
    base_number: Decimal | None = None
    base_number_max: Decimal | None = None
    base_unit: str | None = None
    date: date | None = None
    bool: bool | None = None
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: the keys of `jixiao.fields.VALUE` in their order, numbers as
        JSON numbers, the date as ISO."""
        return {f.key: _json(getattr(self, f.key)) for f in VALUE}


def _json(x: object) -> object:
    if isinstance(x, Decimal):
        return _num(x)
    if isinstance(x, date):
        return x.isoformat()
    return x


def _num(d: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number a reader expects: 37 stays 37, 17.3 stays 17.3."""
    if d is None:
        return None
    if d == d.to_integral_value() and abs(d) < 10**15:
        return int(d)
    return float(d)


EMPTY = Value("empty")


class _Unfrozen:
    """Value's slots, in Value's order, writable: see `new_value`."""

    __slots__ = Value.__slots__


def new_value(
    kind: Kind,
    op: Op | None = None,
    number: Decimal | None = None,
    number_max: Decimal | None = None,
    unit: str | None = None,
    base_number: Decimal | None = None,
    base_number_max: Decimal | None = None,
    base_unit: str | None = None,
    date: date | None = None,
    bool: bool | None = None,
    label: str | None = None,
) -> Value:
    """`Value(...)` with the same arguments, made in a fifth of the time.

    A frozen dataclass sets each of its eleven fields through object.__setattr__ (≈2 µs,
    a fifth of reading a value); here the fields are set plainly on an object with the same
    slots, which then becomes a Value. The result is the same object as Value(...) gives:
    its class, fields, equality, hash and repr (tests/normalize/test_value.py checks).
    """
    v: Any = _Unfrozen()  # (Any: mypy does not read __slots__ copied from Value)
    v.kind, v.op, v.number, v.number_max, v.unit = kind, op, number, number_max, unit
    v.base_number, v.base_number_max, v.base_unit = base_number, base_number_max, base_unit
    v.date, v.bool, v.label = date, bool, label
    v.__class__ = Value  # the same slots in the same order: CPython allows the swap
    return v
