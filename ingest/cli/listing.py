"""Readable listings for a terminal (rich aligns Chinese text by display width), and the
same rows for scripts (`--json`, `--csv`).

Imported by the commands that print them (`jixiao documents`, `projects`, `show`), not
by the command module, so that the other commands start without SQLAlchemy.  Each
listing is two steps: the rows (plain dicts, the keys `--json` and `--csv` print) and
their table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, selectinload

from jixiao.ingest.cli.output import amount, console, fitted, plain_number, table
from jixiao.store.analysis.units import resolve_unit
from jixiao.store.db.models import Document, Indicator, Project
from jixiao.vocab.findings import kind_zh

# --- documents ----------------------------------------------------------------------------


def document_rows(engine: Engine) -> list[dict[str, Any]]:
    """One row per current document: unit, year, projects, indicator rows, total budget."""
    with Session(engine) as s:
        n_ind = (
            select(func.count(Indicator.id))
            .join(Project, Project.id == Indicator.project_id)
            .where(Project.document_id == Document.id)
            .scalar_subquery()
        )
        n_proj = select(func.count(Project.id)).where(
            Project.document_id == Document.id).scalar_subquery()
        budget = select(func.sum(Project.budget_total_yuan)).where(
            Project.document_id == Document.id).scalar_subquery()
        rows = s.execute(
            select(Document.id, Document.source, Document.format, Document.unit_name,
                   Document.year, n_proj, n_ind, budget)
            .where(Document.status == "current")
            .order_by(Document.unit_name, Document.year, Document.source)
        ).all()
    return [{"id": i, "source": source, "format": fmt, "unit_name": unit, "year": year,
             "projects": np_, "indicators": ni, "budget_total_yuan": b}
            for i, source, fmt, unit, year, np_, ni, b in rows]


def print_documents(rows: list[dict[str, Any]]) -> None:
    t = table("文件", "单位", "年度", "项目", "指标", "预算数(元)")
    console().print(fitted(t, [
        [r["source"], r["unit_name"] or "", str(r["year"] or ""), str(r["projects"]),
         str(r["indicators"]), amount(r["budget_total_yuan"])] for r in rows
    ], shrink=(0, 1)))


# --- projects -----------------------------------------------------------------------------


def project_rows(engine: Engine, *, unit: str | None = None,
                 year: int | None = None) -> list[dict[str, Any]]:
    with Session(engine) as s:
        chosen = resolve_unit(s, unit)
        stmt = (
            select(Project, Document)
            .join(Document, Document.id == Project.document_id)
            .where(Document.status == "current")
            .options(selectinload(Project.indicators))
            .order_by(Document.unit_name, Document.year, Document.source, Project.seq)
        )
        if chosen is not None:  # its name, an alias or a part of it: its stored names
            stmt = stmt.where(Document.unit_name.in_(chosen.spellings))
        if year:
            stmt = stmt.where(Document.year == year)
        return [_project_row(p, d) | {"indicators": len(p.indicators)}
                for p, d in s.execute(stmt).all()]


def _project_row(p: Project, d: Document) -> dict[str, Any]:
    return {"id": p.id, "unit_name": d.unit_name, "year": d.year, "source": d.source,
            "document_id": d.id, "seq": p.seq, "name": p.name,
            "budget_total_yuan": p.budget_total_yuan}


def print_projects(rows: list[dict[str, Any]]) -> None:
    t = table("id", "单位", "年度", "文件", "#", "项目名称", "预算数(元)", "指标")
    console().print(fitted(t, [
        [str(r["id"]), r["unit_name"] or "", str(r["year"] or ""), r["source"], str(r["seq"]),
         r["name"] or "", amount(r["budget_total_yuan"]), str(r["indicators"])] for r in rows
    ], shrink=(1, 3, 5)))


# --- show ---------------------------------------------------------------------------------


@dataclass
class Choice:
    """What `show` was asked for: a project id or a part of its name, and what narrows it."""

    key: str
    unit: str | None = None
    year: int | None = None
    source: str | None = None
    seq: int | None = None


def find_projects(engine: Engine, choice: Choice) -> list[dict[str, Any]]:
    """Every current project that fits `choice`; one when the key is an id, or when
    exactly one of several is named exactly by the key."""
    with Session(engine) as s:
        stmt = (
            select(Project)
            .join(Document, Document.id == Project.document_id)
            .where(Document.status == "current")
            .options(selectinload(Project.indicators), selectinload(Project.funding),
                     selectinload(Project.document))
        )
        key = choice.key.strip()
        stmt = stmt.where(Project.id == int(key)) if key.isdigit() else stmt.where(
            Project.name.contains(key))
        chosen = resolve_unit(s, choice.unit)
        if chosen is not None:
            stmt = stmt.where(Document.unit_name.in_(chosen.spellings))
        if choice.year is not None:
            stmt = stmt.where(Document.year == choice.year)
        if choice.source:
            stmt = stmt.where(Document.source.contains(choice.source))
        if choice.seq is not None:
            stmt = stmt.where(Project.seq == choice.seq)
        found = list(s.scalars(stmt.order_by(Document.unit_name, Document.year,
                                             Document.source, Project.seq)))
        exact = [p for p in found if (p.name or "").strip() == key]
        if len(found) > 1 and len(exact) == 1:
            found = exact
        return [project_detail(p) for p in found]


def project_detail(p: Project) -> dict[str, Any]:
    """One project with its funding, plan, goals and indicators (what `show` prints)."""
    d = p.document
    return _project_row(p, d) | {
        "purpose": p.purpose,
        "funding": [{"source": f.source, "amount_yuan": f.amount_yuan} for f in p.funding],
        "spend_plan": p.spend_plan,
        "goals": list(p.goals or []),
        "indicators": [
            {"seq": i.seq, "level1": i.level1, "level2": i.level2, "level3": i.level3,
             "value_raw": i.value_raw, "kind": i.kind, "kind_zh": kind_zh(i.kind),
             "value": value_text(i)} for i in p.indicators
        ],
    }


def print_matches(rows: list[dict[str, Any]]) -> None:
    """The projects that match, one a line, to choose from."""
    t = table("id", "单位", "年度", "文件", "#", "项目名称", "预算数(元)")
    console().print(fitted(t, [
        [str(r["id"]), r["unit_name"] or "", str(r["year"] or ""), r["source"], str(r["seq"]),
         r["name"] or "", amount(r["budget_total_yuan"])] for r in rows
    ], shrink=(1, 3, 5)))


def print_project(p: dict[str, Any]) -> None:
    from rich.markup import escape

    con = console()
    con.print(f"[bold]{escape(p['name'] or '')}[/bold]  ({escape(p['unit_name'] or '?')} "
              f"{p['year'] or '?'}, {escape(p['source'])}, project {p['seq']}, id {p['id']})")
    con.print(f"预算数 {amount(p['budget_total_yuan']) or '–'} 元  " + "  ".join(
        f"{escape(f['source'] or '')} {amount(f['amount_yuan'])}" for f in p["funding"]))
    if p["spend_plan"]:
        con.print("资金支出计划 " + " / ".join(
            f"{plain_number(x)}%" if isinstance(x, (int, float)) else "–"
            for x in p["spend_plan"]))
    for g in p["goals"]:
        con.print(f"目标: {escape(str(g))}")
    t = table("一级", "二级", "三级", "指标值", "类型", "值")
    console().print(fitted(t, [
        [i["level1"] or "", i["level2"] or "", i["level3"] or "", i["value_raw"] or "",
         i["kind_zh"], i["value"]] for i in p["indicators"]
    ], shrink=(0, 1, 2, 3)))


def value_text(i: Indicator) -> str:
    """The typed value as a reader writes it: >= 95 %, = 5 万元, <= 2021-05-31, 是."""
    if i.kind in ("quantity", "money", "percent"):
        num = plain_number(i.number) if i.number is not None else "?"
        if i.op == "range" and i.number_max is not None:
            num += f"–{plain_number(i.number_max)}"
        op = "" if i.op == "range" else (i.op or "")
        return f"{op} {num} {i.unit or ''}".strip()
    if i.kind == "date":
        return f"{i.op or ''} {i.date or ''}".strip()
    if i.kind == "boolean":
        return "" if i.bool_value is None else ("是" if i.bool_value else "否")
    return i.label or ""
