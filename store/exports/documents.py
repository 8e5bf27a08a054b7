"""Reading documents back in the export shape of docs/contract.md.

The keys, their order and which are extras are those of the tables in `jixiao.fields`;
this module says only how a nested field (projects, funding, the typed value …) is made.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from jixiao import fields
from jixiao.fields import Export
from jixiao.store.analysis.evaluations import link_self_evaluations
from jixiao.store.db.corrections import row_id
from jixiao.store.db.models import Correction, Document, Indicator, Project


def documents(session: Session, *, history: bool = False) -> Iterator[Document]:
    """Current documents (or all versions), with everything loaded, in a stable order."""
    stmt = (
        select(Document)
        .options(
            selectinload(Document.projects).selectinload(Project.funding),
            selectinload(Document.projects).selectinload(Project.indicators),
            selectinload(Document.sections),
            selectinload(Document.corrections),
        )
        .order_by(Document.unit_name, Document.year, Document.source, Document.id)
    )
    if not history:
        stmt = stmt.where(Document.status == "current")
    yield from session.scalars(stmt)


def document_dict(doc: Document, *, primary: bool, extras: bool = True) -> dict[str, Any]:
    """`primary`: whether the document is its submission's primary
    (`jixiao.store.db.submissions.primary_ids`)."""
    out = _exported(doc, fields.DOCUMENT, extras, {
        "primary": primary,
        "projects": [project_dict(p, extras=extras) for p in doc.projects],
        "sections": [_exported(s, fields.SECTION, extras, {}) for s in doc.sections],
        "corrections": _corrections(doc, "document", doc.id),
    })
    if extras:
        link_self_evaluations(doc, out)  # targets beside their 绩效自评表 outcomes
    return out


def project_dict(p: Project, *, extras: bool = True) -> dict[str, Any]:
    return _exported(p, fields.PROJECT, extras, {
        "funding": [_exported(f, fields.FUNDING, extras, {}) for f in p.funding],
        "goals": list(p.goals or []),
        "indicators": [indicator_dict(i, extras=extras) for i in p.indicators],
        "corrections": _corrections(p.document, "project", p.id),
    })


def indicator_dict(i: Indicator, *, extras: bool = True) -> dict[str, Any]:
    return _exported(i, fields.INDICATOR, extras, {
        "value": value_dict(i),
        "where": {"table": i.table_index, "row": i.row_index, "page": i.page},
        "corrections": _corrections(i.project.document, "indicator", i.id),
    })


# The typed value's keys with the attributes that hold them (the column `bool` is the
# attribute `bool_value`: `bool` is a Python name).
_VALUE_ATTRIBUTES = tuple(
    (f.key, inspect(Indicator).get_property_by_column(Indicator.__table__.c[f.key]).key)
    for f in fields.VALUE
)


def value_dict(i: Indicator) -> dict[str, Any]:
    return {key: _clean_num(getattr(i, attr)) for key, attr in _VALUE_ATTRIBUTES}


def _corrections(doc: Document, target: str, row: int) -> list[dict[str, Any]]:
    """The corrections applied to one row, each with the value as read beside the value
    set (an empty list, left out of the export, for most rows)."""
    return [correction_dict(c) for c in doc.corrections
            if c.target == target and (row_id(c) or doc.id) == row]


def correction_dict(c: Correction) -> dict[str, Any]:
    """A correction as the export shows it: the CORRECTION fields it requires."""
    made = {"correction_id": c.id, "at": c.at.isoformat(timespec="seconds") + "Z"}
    return {f.key: made.get(f.key, getattr(c, f.key, None))
            for f in fields.CORRECTION if f.export is Export.REQUIRED}


def _exported(
    row: object, table: fields.Fields, extras: bool, made: Mapping[str, Any]
) -> dict[str, Any]:
    """`row`'s exported fields in order: the required ones, and with `extras` the others
    (an IF_SET one only when not empty).  A field's value is `made[key]` when given,
    else the row's attribute."""
    out: dict[str, Any] = {}
    for f in table:
        if f.export is Export.NO or (f.export is not Export.REQUIRED and not extras):
            continue
        value = made[f.key] if f.key in made else getattr(row, f.key)
        if f.export is Export.IF_SET and not value:
            continue
        out[f.key] = value
    return out


def _clean_num(x: Any) -> Any:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x
