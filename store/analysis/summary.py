"""Figures per unit and year (`jixiao summary`, `jixiao report`), read from the views.

Projects, funding and indicators come from the views that show primary documents only,
so a submission stored as .docx, .pdf and .txt counts once; `documents` counts the
files, `submissions` the submissions.

The findings are computed afresh (`jixiao.store.analysis.checks.collect_findings`, which only
reads), so
a summary never shows stale findings and never writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jixiao.store.analysis.checks import Issue, collect_findings, count_by_severity

Key = tuple[str | None, int | None]


@dataclass
class ProjectFigures:
    project_id: int
    seq: int
    name: str | None
    source: str
    budget_yuan: float | None
    funding: dict[str, float]
    spend_plan: list[float | None]
    indicators: int
    measurable_outputs: int


@dataclass
class UnitYear:
    unit_name: str | None
    year: int | None
    documents: int = 0  # current files, copies of one submission included
    submissions: int = 0
    projects: int = 0
    budget_yuan: float = 0.0
    # budget of the projects with at least one 产出 indicator that is a number
    measurable_budget_yuan: float = 0.0
    funding: dict[str, float] = field(default_factory=dict)
    indicators: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    by_category_kind: dict[tuple[str, str], int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)
    project_list: list[ProjectFigures] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    @property
    def measurable_share(self) -> float | None:
        return self.measurable_budget_yuan / self.budget_yuan if self.budget_yuan else None

    def as_json(self) -> dict[str, Any]:
        return {
            "unit_name": self.unit_name, "year": self.year, "documents": self.documents,
            "submissions": self.submissions,
            "projects": self.projects, "budget_yuan": self.budget_yuan,
            "measurable_budget_yuan": self.measurable_budget_yuan,
            "measurable_share": self.measurable_share,
            "funding": self.funding, "indicators": self.indicators,
            "by_category": self.by_category, "by_kind": self.by_kind,
            "findings": self.findings,
        }


def unit_year_where(unit: str | Sequence[str] | None,
                    year: int | None) -> tuple[str, dict[str, Any]]:
    """A WHERE clause (and its parameters) on the views' unit_name and year columns; a
    unit is a name or the names it is stored under (none: no rows)."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if unit is not None:
        names = [unit] if isinstance(unit, str) else list(unit)
        marks = [f":unit{n}" for n in range(len(names))]
        clauses.append(f"unit_name IN ({', '.join(marks)})" if names else "1 = 0")
        params |= {m[1:]: name for m, name in zip(marks, names, strict=True)}
    if year is not None:
        clauses.append("year = :year")
        params["year"] = year
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def summarize(session: Session, *, unit: str | None = None, year: int | None = None,
              spellings: Sequence[str] | None = None) -> list[UnitYear]:
    """One `UnitYear` per unit and year among the current documents, in order.

    `unit`: only that unit, stored under its name or, given `spellings`, under any of
    them (`jixiao.store.analysis.units`), all of them counted as `unit`."""
    where, params = unit_year_where(
        None if unit is None else (spellings if spellings is not None else unit), year)
    out: dict[Key, UnitYear] = {}

    def get(u: str | None, y: int | None) -> UnitYear:
        u = unit if unit is not None else u
        return out.setdefault((u, y), UnitYear(u, y))

    def rows(sql: str) -> Any:
        return session.execute(text(sql.format(where=where)), params)

    for u, y, n, submissions in rows(
            "SELECT unit_name, year, COUNT(*), COUNT(DISTINCT submission) FROM v_documents"
            "{where} GROUP BY unit_name, year"):
        get(u, y).documents += n  # += : a unit stored under several names
        get(u, y).submissions += submissions
    projects = rows(
        "SELECT unit_name, year, project_id, seq, name, source, budget_total_yuan, "
        "spend_q1, spend_q2, spend_q3, spend_q4, indicators, measurable_outputs "
        "FROM v_projects{where} ORDER BY unit_name, year, source, seq")
    by_id: dict[int, ProjectFigures] = {}
    for r in projects:
        uy = get(r.unit_name, r.year)
        pf = ProjectFigures(r.project_id, r.seq, r.name, r.source, r.budget_total_yuan, {},
                            [r.spend_q1, r.spend_q2, r.spend_q3, r.spend_q4],
                            r.indicators, r.measurable_outputs)
        uy.project_list.append(pf)
        by_id[pf.project_id] = pf
        uy.projects += 1
        uy.indicators += r.indicators
        uy.budget_yuan += r.budget_total_yuan or 0.0
        if r.measurable_outputs:
            uy.measurable_budget_yuan += r.budget_total_yuan or 0.0
    for r in rows("SELECT unit_name, year, project_id, source, amount_yuan FROM v_funding{where}"
                  " ORDER BY unit_name, year, project_id, seq"):
        name = r.source or "（未注明）"
        uy = get(r.unit_name, r.year)
        uy.funding[name] = uy.funding.get(name, 0.0) + (r.amount_yuan or 0.0)
        owner = by_id.get(r.project_id)
        if owner is not None:
            owner.funding[name] = owner.funding.get(name, 0.0) + (r.amount_yuan or 0.0)
    for u, y, cat, kind, n in rows(
            "SELECT unit_name, year, COALESCE(level1_canonical, level1, '（无）'), kind_zh, "
            "COUNT(*) FROM v_indicators{where} GROUP BY unit_name, year, "
            "COALESCE(level1_canonical, level1, '（无）'), kind_zh"):
        uy = get(u, y)
        uy.by_category[cat] = uy.by_category.get(cat, 0) + n
        uy.by_kind[kind] = uy.by_kind.get(kind, 0) + n
        uy.by_category_kind[(cat, kind)] = uy.by_category_kind.get((cat, kind), 0) + n
    _add_findings(session, out, {} if unit is None else
                  {name: unit for name in (spellings if spellings is not None else [unit])})
    return [out[k] for k in sorted(out, key=lambda k: (k[0] or "", k[1] or 0))]


def _add_findings(session: Session, out: dict[Key, UnitYear],
                  shown_as: dict[str, str]) -> None:
    """The findings of the figures' documents; `shown_as`: stored unit name → the name
    the figures show it under."""
    doc_key: dict[int, Key] = {
        r.document_id: (shown_as.get(r.unit_name, r.unit_name), r.year)
        for r in session.execute(text(
            'SELECT document_id, unit_name, year FROM v_documents WHERE "primary"'))
    }
    wanted = [d for d, k in doc_key.items() if k in out]
    grouped: dict[Key, list[Issue]] = defaultdict(list)
    for issue in collect_findings(session, wanted):
        grouped[doc_key[issue.document_id]].append(issue)
    for k, uy in out.items():
        uy.issues = grouped.get(k, [])
        uy.findings = count_by_severity(uy.issues)
