"""The flat shape of an export (CSV, the xlsx 指标 sheet): one row per indicator, with its
document's and project's fields beside it, in the columns of `jixiao.fields.FLAT`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from jixiao import fields
from jixiao.fields import Field, Table
from jixiao.vocab.findings import kind_zh

# An exported dict (`jixiao.store.exports.documents`) of each table a row is made from.
Rows = Mapping[Table, Mapping[str, Any]]


# A column whose codes the Chinese views show by name (`Field.zh_values`) shows them by
# name in these Chinese tables too: 值类型 数量, not quantity.
IN_CHINESE: dict[str, Callable[[str | None], str]] = {"kind_zh": kind_zh}


def cells(columns: Iterable[Field], rows: Rows) -> list[Any]:
    """One output row: each column's value from the exported dict of its table."""
    return [_shown(f, rows[f.table].get(f.key)) for f in columns]


def _shown(f: Field, value: Any) -> Any:
    name = IN_CHINESE.get(f.zh_values or "")
    return value if name is None or value is None else name(value)


def flat_rows(docs: list[dict[str, Any]]) -> Iterator[list[Any]]:
    """The rows of `jixiao.fields.FLAT`: one per indicator."""
    for d in docs:
        for p in d["projects"]:
            for i in p["indicators"]:
                yield cells(fields.FLAT, {
                    Table.DOCUMENT: d, Table.PROJECT: p, Table.INDICATOR: i,
                    Table.VALUE: i["value"],
                })
