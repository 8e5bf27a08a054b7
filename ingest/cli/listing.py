"""Readable listings for a terminal (rich aligns Chinese text by display width).

Imported by the commands that print them (`jixiao documents`, `projects`, `show`), not
by the command module, so that the other commands start without SQLAlchemy.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, selectinload

from jixiao.ingest.cli.output import console, table
from jixiao.store.db.models import Document, Indicator, Project


def yuan(x: float | None) -> str:
    return "" if x is None else f"{x:,.2f}"


def print_documents(engine: Engine) -> None:
    """One line per current document: unit, year, projects, indicator rows, total budget."""
    t = table("文件", "单位", "年度", "项目", "指标", "预算数(元)")
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
            select(Document.source, Document.unit_name, Document.year, n_proj, n_ind, budget)
            .where(Document.status == "current")
            .order_by(Document.unit_name, Document.year, Document.source)
        ).all()
    for source, unit, year, np_, ni, b in rows:
        t.add_row(source, unit or "", str(year or ""), str(np_), str(ni), yuan(b))
    console().print(t)


def print_projects(engine: Engine, *, unit: str | None = None, year: int | None = None) -> None:
    t = table("id", "单位", "年度", "#", "项目名称", "预算数 (元)", "指标")
    with Session(engine) as s:
        stmt = (
            select(Project, Document)
            .join(Document, Document.id == Project.document_id)
            .where(Document.status == "current")
            .options(selectinload(Project.indicators))
            .order_by(Document.unit_name, Document.year, Document.source, Project.seq)
        )
        if unit:
            stmt = stmt.where(Document.unit_name == unit)
        if year:
            stmt = stmt.where(Document.year == year)
        for p, d in s.execute(stmt).all():
            t.add_row(str(p.id), d.unit_name or "", str(d.year or ""), str(p.seq), p.name or "",
                      yuan(p.budget_total_yuan), str(len(p.indicators)))
    console().print(t)


def print_project(engine: Engine, key: str) -> bool:
    """Print one project; False when nothing matches."""
    with Session(engine) as s:
        stmt = (
            select(Project)
            .join(Document, Document.id == Project.document_id)
            .where(Document.status == "current")
            .options(selectinload(Project.indicators), selectinload(Project.funding))
        )
        stmt = stmt.where(Project.id == int(key)) if key.isdigit() else stmt.where(
            Project.name.contains(key))
        p = s.scalars(stmt.order_by(Project.id)).first()
        if p is None:
            return False
        d = p.document
        con = console()
        con.print(f"[bold]{p.name}[/bold]  ({d.unit_name or '?'} {d.year or '?'}, "
                  f"{d.source}, project {p.seq})")
        con.print(f"预算数 {yuan(p.budget_total_yuan)} 元  " + "  ".join(
            f"{f.source} {yuan(f.amount_yuan)}" for f in p.funding))
        if p.spend_plan:
            con.print("资金支出计划 " + " / ".join(f"{x}%" for x in p.spend_plan))
        for g in p.goals or []:
            con.print(f"目标: {g}")
        t = table("一级", "二级", "三级", "指标值", "类型", "值")
        for i in p.indicators:
            t.add_row(i.level1 or "", i.level2 or "", i.level3 or "", i.value_raw or "",
                      i.kind, _value_text(i))
        con.print(t)
    return True


def _value_text(i: Indicator) -> str:
    if i.kind in ("quantity", "money", "percent"):
        num = f"{i.number:g}" if i.number is not None else "?"
        if i.op == "range":
            num += f"–{i.number_max:g}" if i.number_max is not None else ""
        return f"{i.op or ''} {num} {i.unit or ''}".strip()
    if i.kind == "date":
        return f"{i.op or ''} {i.date}"
    if i.kind == "boolean":
        return "是" if i.bool_value else "否"
    return i.label or ""
