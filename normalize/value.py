"""The typed value of one 指标值: the `value` object of INTERFACE.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

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
        """The JSON shape: all eleven keys, numbers as JSON numbers, the date as ISO."""
        return {
            "kind": self.kind,
            "op": self.op,
            "number": _num(self.number),
            "number_max": _num(self.number_max),
            "unit": self.unit,
            "base_number": _num(self.base_number),
            "base_number_max": _num(self.base_number_max),
            "base_unit": self.base_unit,
            "date": self.date.isoformat() if self.date else None,
            "bool": self.bool,
            "label": self.label,
        }


def _num(d: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number a reader expects: 37 stays 37, 17.3 stays 17.3."""
    if d is None:
        return None
    if d == d.to_integral_value() and abs(d) < 10**15:
        return int(d)
    return float(d)


EMPTY = Value("empty")
