"""What an analyst's value for a field means: the value a correction sets, and the stored
columns it writes (`jixiao.store.db.corrections.correct` stores and applies them).

The value is read the way ingest reads the cell (`jixiao.ingest.build`): a budget as an
amount in 元 (`91万` → 910000), a year as a year, a 指标值 with its typed columns
(kind, op, number …) from the normalizer, with the 二级指标, unit and 指标性质 cells as
its context; a level-1 label with its canonical name and weight.  A field whose value
is the context of the typed value (二级指标, 度量单位, 指标性质) writes the typed value
again too.  A value the field cannot take is an OptionError that says what to write.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jixiao.errors import OptionError
from jixiao.ingest.build import canonical_level1, level1_weight
from jixiao.normalize import normalize_value, parse_amount_yuan
from jixiao.store.db.corrections import Target, check_field
from jixiao.store.db.models import Indicator

Columns = dict[str, Any]

_YEAR_RE = re.compile(r"^\s*((?:19|20)\d\d)\s*年?(?:度)?\s*$")
# The indicator fields the typed 指标值 is read with (`normalize_value`'s arguments), and
# those the typed 实际完成值 is.
VALUE_CONTEXT = ("value_raw", "level2", "unit_raw", "op_raw")
ACTUAL_CONTEXT = ("actual_raw", "level2", "unit_raw")


def correction_columns(target: Target, field: str, text: str) -> tuple[Any, Columns]:
    """The value `text` gives `field` of the target, and the columns it writes."""
    check_field(target.kind, field)
    value = READERS.get(field, _text)(field, text)
    columns: Columns = {field: value}
    if isinstance(target.row, Indicator):
        columns |= _indicator_columns(target.row, target.document.year, field, value)
    return value, columns


def _text(_field: str, text: str) -> str | None:
    """Text as written; blank is no value (null)."""
    return text.strip() or None


def _year(_field: str, text: str) -> int:
    m = _YEAR_RE.match(text)
    if m is None:
        raise OptionError(f"cannot read {text!r} as a year: write it as 2021")
    return int(m.group(1))


def _amount(_field: str, text: str) -> float | None:
    if not text.strip():
        return None
    yuan = parse_amount_yuan(text)
    if yuan is None:
        raise OptionError(f"cannot read {text!r} as an amount: write it in 元 (910000) or "
                          "with its unit (91万, 91万元)")
    return float(yuan)


def _score(field: str, text: str) -> float | None:
    if not text.strip():
        return None
    v = normalize_value(text)
    if v.number is None or v.number_max is not None:
        raise OptionError(f"cannot read {text!r} as the {field}: write one number (10, 10分)")
    return float(v.number)


# How each field's value is read from what the analyst wrote (text unless named here).
READERS: dict[str, Callable[[str, str], Any]] = {
    "year": _year,
    "budget_total_yuan": _amount,
    "weight": _score,
    "score": _score,
}


def _indicator_columns(i: Indicator, year: int | None, field: str, value: Any) -> Columns:
    """The typed columns that follow from an indicator field: the typed value, the typed
    实际完成值, the canonical level 1 and its weight."""
    cells = {k: getattr(i, k) for k in (*VALUE_CONTEXT, "actual_raw")} | {field: value}
    out: Columns = {}
    if field in VALUE_CONTEXT:
        out |= normalize_value(cells["value_raw"], level2=cells["level2"], year=year,
                               unit=cells["unit_raw"], op=cells["op_raw"]).to_dict()
    if field in ACTUAL_CONTEXT:
        out["actual"] = (normalize_value(cells["actual_raw"], level2=cells["level2"], year=year,
                                         unit=cells["unit_raw"]).to_dict()
                         if cells["actual_raw"] else None)
    if field == "level1":
        out |= {"level1_canonical": canonical_level1(value), "level1_weight": level1_weight(value)}
    return out
