"""pandas DataFrames for notebooks, from any supported database URL.

    >>> from jixiao.store.analysis import frames
    >>> ind = frames.indicators("sqlite:///jixiao.db", year=2021)
    >>> ind.groupby(["level1", "kind"]).size()

Every function takes a URL (or an Engine, or None for $JIXIAO_DB / jixiao.db) and
returns the current documents' rows; `unit` and `year` narrow them.  `findings` are
computed afresh and nothing is written; `query` runs one read-only statement.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from jixiao.store.analysis.checks import collect_findings, issue_rows
from jixiao.store.analysis.summary import unit_year_where
from jixiao.store.db.engine import open_engine
from jixiao.store.db.views import read_only_query

Db = str | Engine | None


def _engine(db: Db) -> tuple[Engine, bool]:
    """The engine, and whether we opened it (and so dispose of it)."""
    if isinstance(db, Engine):
        return db, False
    return open_engine(db), True


def _view(db: Db, view: str, unit: str | None, year: int | None,
          order: str) -> pd.DataFrame:
    where, params = unit_year_where(unit, year)
    engine, own = _engine(db)
    try:
        with engine.connect() as conn:
            result = conn.execute(text(f"SELECT * FROM {view}{where} ORDER BY {order}"), params)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    finally:
        if own:
            engine.dispose()


def documents(db: Db = None, *, unit: str | None = None, year: int | None = None
              ) -> pd.DataFrame:
    return _view(db, "v_documents", unit, year, "unit_name, year, source")


def projects(db: Db = None, *, unit: str | None = None, year: int | None = None
             ) -> pd.DataFrame:
    """One row per project: budget, funding total and sources, quarterly plan, counts."""
    return _view(db, "v_projects", unit, year, "unit_name, year, source, seq")


def funding(db: Db = None, *, unit: str | None = None, year: int | None = None
            ) -> pd.DataFrame:
    return _view(db, "v_funding", unit, year, "unit_name, year, project_id, seq")


def indicators(db: Db = None, *, unit: str | None = None, year: int | None = None
               ) -> pd.DataFrame:
    """One row per indicator: unit, year, project, levels, raw value, typed value."""
    return _view(db, "v_indicators", unit, year, "unit_name, year, source, project_seq, seq")


def findings(db: Db = None, *, unit: str | None = None, year: int | None = None
             ) -> pd.DataFrame:
    """The consistency findings of `jixiao check`, computed now (nothing is stored)."""
    engine, own = _engine(db)
    try:
        with Session(engine) as s:
            rows = issue_rows(s, collect_findings(s))
    finally:
        if own:
            engine.dispose()
    rows = [r for r in rows if (unit is None or r["unit_name"] == unit)
            and (year is None or r["year"] == year)]
    columns = ["unit_name", "year", "source", "project_seq", "project", "indicator", "code",
               "severity", "severity_zh", "message", "document_id", "project_id",
               "indicator_id"]
    # whole numbers stay whole where a finding has none (a document's own finding has no
    # project): pandas' nullable Int64, not 1.0 beside NaN
    return pd.DataFrame(rows, columns=columns).astype({c: "Int64" for c in _WHOLE})


_WHOLE = ("year", "project_seq", "document_id", "project_id", "indicator_id")


def query(db: Db, sql: str) -> pd.DataFrame:
    """One read-only statement's rows (a write raises jixiao.errors.ReadOnlyViolation)."""
    engine, own = _engine(db)
    try:
        result = read_only_query(engine, sql)
    finally:
        if own:
            engine.dispose()
    return pd.DataFrame(result.rows, columns=result.columns)


__all__ = ["documents", "findings", "funding", "indicators", "projects", "query"]
