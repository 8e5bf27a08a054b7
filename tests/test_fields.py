"""The columns of `jixiao.fields` agree with every typed declaration of the same columns:
the payload classes, the database tables, the typed value and the export schema."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from jixiao import fields
from jixiao.fields import Export, Fields, Role, Table
from jixiao.normalize.value import Value
from jixiao.store.db import payload
from jixiao.store.db.models import Base

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "export.schema.json"

# table → (its fields, its payload class, its database table)
STORED = {
    Table.DOCUMENT: (fields.DOCUMENT, payload.DocumentPayload, "documents"),
    Table.SECTION: (fields.SECTION, payload.SectionPayload, "sections"),
    Table.PROJECT: (fields.PROJECT, payload.ProjectPayload, "projects"),
    Table.FUNDING: (fields.FUNDING, payload.FundingPayload, "funding"),
    Table.INDICATOR: (fields.INDICATOR, payload.IndicatorPayload, "indicators"),
}


def keys(table: Fields, role: Role) -> set[str]:
    return {f.key for f in table if f.role is role}


@pytest.mark.parametrize("table", list(STORED), ids=str)
def test_a_payload_class_holds_its_tables_payload_fields_and_nested_rows(table: Table) -> None:
    declared, cls, _name = STORED[table]
    attributes = {f.name for f in dataclasses.fields(cls)}
    assert keys(declared, Role.PAYLOAD) <= attributes
    assert attributes - keys(declared, Role.PAYLOAD) <= keys(declared, Role.NESTED)


@pytest.mark.parametrize("table", list(STORED), ids=str)
def test_the_payload_fields_are_columns_of_the_database(table: Table) -> None:
    declared, _cls, name = STORED[table]
    assert keys(declared, Role.PAYLOAD) <= set(Base.metadata.tables[name].c.keys())


def test_the_value_is_stored_as_columns_of_indicators() -> None:
    assert {f.key for f in fields.VALUE} <= set(Base.metadata.tables["indicators"].c.keys())


def test_the_typed_value_has_the_value_fields_in_their_order() -> None:
    assert [f.name for f in dataclasses.fields(Value)] == [f.key for f in fields.VALUE]
    assert list(Value("empty").to_dict()) == [f.key for f in fields.VALUE]


@pytest.mark.parametrize(("table", "definition"), [
    (fields.DOCUMENT, "document"), (fields.PROJECT, "project"),
    (fields.INDICATOR, "indicator"), (fields.VALUE, "value"), (fields.CORRECTION, "correction"),
])
def test_the_required_fields_are_the_schemas(table: Fields, definition: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    required = [f.key for f in table if f.export is Export.REQUIRED]
    assert required == schema["$defs"][definition]["required"]


def test_required_fields_come_first_and_stored_only_ones_last() -> None:
    order = [Export.REQUIRED, Export.EXTRA, Export.NO]
    for table in fields.ALL:
        ranks = [order.index(Export.EXTRA if f.export is Export.IF_SET else f.export)
                 for f in table]
        assert ranks == sorted(ranks), table.table


def test_money_columns_end_in_yuan_and_say_so() -> None:
    money = [f for t in fields.ALL for f in t if f.key.endswith("_yuan")]
    assert money and all(f.zh.endswith("(元)") for f in money)


def test_the_measure_unit_is_one_label_everywhere() -> None:
    """计量单位 (the value's unit) is not 单位 (the submitting organisation)."""
    labels = {f.key: f.zh for f in fields.FLAT if f.table is Table.VALUE}
    assert labels["unit"] == "计量单位"
    assert [f.zh for f in fields.FLAT].count("单位") == 1
