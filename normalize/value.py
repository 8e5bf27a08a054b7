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
