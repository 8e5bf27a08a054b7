"""A document's stored reading, measured to compare it with another reading of the same
file (`jixiao reread`): counts, the budget, and every row read as text, ids left out.

A query: takes a Session, writes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jixiao import fields
from jixiao.store.db.models import Document
from jixiao.store.db.write import FILE_COLUMNS, TABLES


@dataclass(frozen=True)
class Reading:
    """What is stored of one document, to compare a reading with the next."""

    unit_name: str | None
    year: int | None
    projects: int
    indicators: int
    budget_yuan: float | None  # the projects' 预算数 added up; None when none states one
    indicator_rows: tuple[str, ...]  # each indicator, as text, to count what changed
    rows: tuple[str, ...]  # everything else read, as text

    def as_json(self) -> dict[str, Any]:
        return {"unit_name": self.unit_name, "year": self.year, "projects": self.projects,
                "indicators": self.indicators, "budget_yuan": self.budget_yuan}


# What was read of the document itself (the rest of its columns name the file).
_DOCUMENT_COLUMNS = tuple(x.key for x in fields.DOCUMENT.payload if x.key not in FILE_COLUMNS)


def reading_of(s: Session, doc: Document) -> Reading:
    """The document's stored reading, as text rows in a stable order (ids left out)."""
    p, i, f, sec = (TABLES[n] for n in ("projects", "indicators", "funding", "sections"))
    project_cols = [p.c[x.key] for x in fields.PROJECT.payload]
    indicator_cols = [i.c[k] for k in _indicator_keys()]
    projects = s.execute(select(*project_cols).where(p.c.document_id == doc.id)
                         .order_by(p.c.seq, p.c.id)).all()
    indicators = s.execute(
        select(p.c.seq, *indicator_cols).join(p, p.c.id == i.c.project_id)
        .where(p.c.document_id == doc.id).order_by(p.c.seq, p.c.id, i.c.seq, i.c.id)).all()
    funding = s.execute(
        select(p.c.seq, f.c.seq, f.c.source, f.c.amount_yuan).join(p, p.c.id == f.c.project_id)
        .where(p.c.document_id == doc.id).order_by(p.c.seq, p.c.id, f.c.seq)).all()
    sections = s.execute(select(sec.c.heading, sec.c.text, sec.c.page)
                         .where(sec.c.document_id == doc.id).order_by(sec.c.seq)).all()
    budget = s.scalar(select(func.sum(p.c.budget_total_yuan)).where(p.c.document_id == doc.id))
    head = [getattr(doc, c) for c in _DOCUMENT_COLUMNS] + [doc.doc_key, doc.submission]
    return Reading(
        unit_name=doc.unit_name, year=doc.year, projects=len(projects),
        indicators=len(indicators),
        budget_yuan=float(budget) if budget is not None else None,
        indicator_rows=tuple(_text(r) for r in indicators),
        rows=tuple(_text(r) for r in [head, *projects, *funding, *sections]),
    )


def _indicator_keys() -> list[str]:
    keys = [x.key for x in fields.INDICATOR.payload if x.key != "value"]
    return keys + [x.key for x in fields.VALUE if x.key not in keys]


def _text(row: Any) -> str:
    return json.dumps(list(row), ensure_ascii=False, sort_keys=True, default=str)
