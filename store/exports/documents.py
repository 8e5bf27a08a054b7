"""Reading documents back in the export shape of INTERFACE.md."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jixiao.store.analysis.evaluations import link_self_evaluations
from jixiao.store.db.models import Document, Indicator, Project
from jixiao.store.db.write import VALUE_COLUMNS


def documents(session: Session, *, history: bool = False) -> Iterator[Document]:
    """Current documents (or all versions), with everything loaded, in a stable order."""
    stmt = (
        select(Document)
        .options(
            selectinload(Document.projects).selectinload(Project.funding),
            selectinload(Document.projects).selectinload(Project.indicators),
            selectinload(Document.sections),
        )
        .order_by(Document.unit_name, Document.year, Document.source, Document.id)
    )
    if not history:
        stmt = stmt.where(Document.status == "current")
    yield from session.scalars(stmt)


def document_dict(doc: Document, *, extras: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": doc.source,
        "sha256": doc.sha256,
        "format": doc.format,
        "unit_name": doc.unit_name,
        "year": doc.year,
        "projects": [project_dict(p, extras=extras) for p in doc.projects],
    }
    if extras:
        out["status"] = doc.status
        out["pages"] = doc.pages
        out["sections"] = [{"heading": s.heading, "text": s.text} for s in doc.sections]
        link_self_evaluations(doc, out)  # targets beside their 绩效自评表 outcomes
    return out


def project_dict(p: Project, *, extras: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seq": p.seq,
        "code": p.code,
        "name": p.name,
        "purpose": p.purpose,
        "budget_total_yuan": p.budget_total_yuan,
        "funding": [{"source": f.source, "amount_yuan": f.amount_yuan} for f in p.funding],
        "spend_plan": p.spend_plan,
        "goals": list(p.goals or []),
        "indicators": [indicator_dict(i, extras=extras) for i in p.indicators],
    }
    if extras:
        out["kind"] = p.kind
        out["budget_text"] = p.budget_text
        if p.fields:
            out["fields"] = p.fields
    return out


def value_dict(i: Indicator) -> dict[str, Any]:
    v: dict[str, Any] = {k: getattr(i, k) for k in VALUE_COLUMNS}
    v["bool"] = i.bool_value
    order = ("kind", "op", "number", "number_max", "unit", "base_number", "base_number_max",
             "base_unit", "date", "bool", "label")
    return {k: _clean_num(v[k]) for k in order}


def _clean_num(x: Any) -> Any:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


def indicator_dict(i: Indicator, *, extras: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "level1": i.level1,
        "level2": i.level2,
        "level3": i.level3,
        "description": i.description,
        "value_raw": i.value_raw,
        "basis": i.basis,
        "value": value_dict(i),
    }
    if extras:
        out["level1_canonical"] = i.level1_canonical
        out["actual_raw"] = i.actual_raw
        out["actual"] = i.actual
        out["weight"] = i.weight
        out["score"] = i.score
        if i.deviation:
            out["deviation"] = i.deviation
        if i.op_raw:
            out["op_raw"] = i.op_raw
        if i.unit_raw:
            out["unit_raw"] = i.unit_raw
        if i.extra:
            out["extra"] = i.extra
        out["where"] = {"table": i.table_index, "row": i.row_index, "page": i.page}
    return out
