"""normalize/value.py: `new_value` builds the very object `Value(...)` builds."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from jixiao.normalize.value import Value, new_value

_KWARGS: list[dict[str, object]] = [
    {"kind": "empty"},
    {"kind": "text", "label": "详见附件"},
    {"kind": "boolean", "bool": False},
    {"kind": "date", "op": "<=", "date": date(2021, 12, 31)},
    {"kind": "percent", "op": ">=", "number": Decimal("95.5"), "unit": "%",
     "base_number": Decimal("95.5"), "base_unit": "%"},
    {"kind": "money", "op": "range", "number": Decimal("1"), "number_max": Decimal("2.5"),
     "unit": "万元", "base_number": Decimal("10000"), "base_number_max": Decimal("25000.0"),
     "base_unit": "元"},
]


@pytest.mark.parametrize("kwargs", _KWARGS)
def test_new_value_is_the_value_the_dataclass_builds(kwargs: dict[str, object]) -> None:
    built, made = new_value(**kwargs), Value(**kwargs)  # type: ignore[arg-type]
    assert type(built) is Value
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert built.to_dict() == made.to_dict()
    assert dataclasses.astuple(built) == dataclasses.astuple(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.kind = "text"  # type: ignore[misc]


def test_new_value_sets_every_field_of_value() -> None:
    """A field added to Value must be added to new_value too (in the same order)."""
    fields = [f.name for f in dataclasses.fields(Value)]
    assert list(Value.__slots__) == fields
    params = list(new_value.__code__.co_varnames[: new_value.__code__.co_argcount])
    assert params == fields
