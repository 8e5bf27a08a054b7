"""Running the real pipeline over bad inputs, judging how each file ended, and the tally
of every case tried (printed at the end of the session by conftest.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from jixiao.ingest.pipeline import FileResult, Options, RunSummary, ingest
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, Indicator, Project

INTERNAL = "internal error"  # how the worker words an exception no reader translated


@dataclass
class Tally:
    """(class of bad input, outcome, detail) for every case tried."""

    rows: list[dict[str, str]] = field(default_factory=list)

    def add(self, kind: str, outcome: str, detail: str = "") -> None:
        self.rows.append({"class": kind, "outcome": outcome, "detail": detail[:300]})

    def table(self) -> dict[str, dict[str, int]]:
        out: dict[str, Counter[str]] = {}
        for r in self.rows:
            out.setdefault(r["class"], Counter())[r["outcome"]] += 1
        return {k: dict(sorted(v.items())) for k, v in sorted(out.items())}


TALLY = Tally()  # the session's: the `tally` fixture gives it, hypothesis tests use it directly


def run(folder: Path | list[Path], db: Path | str, *, jobs: int = 1) -> RunSummary:
    engine = open_engine(db if isinstance(db, str) else f"sqlite:///{db}")
    try:
        return ingest(engine, folder if isinstance(folder, list) else [folder], Options(jobs=jobs))
    finally:
        engine.dispose()


def outcome(r: FileResult) -> str:
    """How one file ended, in the few words of the summary table."""
    if r.outcome != "failed":
        return r.outcome
    reason = r.reason or ""
    if not reason.strip():
        return "failed WITHOUT a reason"
    if INTERNAL in reason:
        return "internal error"
    low = reason.lower()
    if "took longer" in low:
        return "killed: time limit"
    if "more memory" in low:
        return "stopped: memory limit"
    if "entit" in low:
        return "refused: entities"
    if "jixiao_max" in low or "limit" in low or "zip bomb" in low:
        return "refused: limit"
    return "failed with reason"


def assert_defined(summary: RunSummary, expected_files: int) -> None:
    """Every file was seen once and either ingested (or unchanged) or failed with a
    readable reason, not an exception that escaped a reader."""
    assert len(summary.files) == expected_files, [f.file for f in summary.files]
    out = summary.as_json()
    assert out["ingested"] + out["unchanged"] + out["failed"] == out["seen"] == expected_files
    bad = [
        (f.file, f.reason)
        for f in summary.files
        if f.outcome == "failed" and (not (f.reason or "").strip() or INTERNAL in (f.reason or ""))
    ]
    assert not bad, bad


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {
            "documents": s.scalar(select(func.count()).select_from(Document)) or 0,
            "projects": s.scalar(select(func.count()).select_from(Project)) or 0,
            "indicators": s.scalar(select(func.count()).select_from(Indicator)) or 0,
        }


def orphans(engine: Engine) -> list[Any]:
    """Documents stored without any project: a half-written document (the pipeline
    stores only files that have projects)."""
    with Session(engine) as s:
        has_projects = select(Project.document_id)
        return list(s.scalars(select(Document.source).where(Document.id.not_in(has_projects))))


def document_warnings(url: str, document_id: int | None) -> list[str]:
    if document_id is None:
        return []
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            doc = s.get(Document, document_id)
            return list(doc.warnings or []) if doc is not None else []
    finally:
        engine.dispose()


def export_text(url: str) -> str:
    """Everything `jixiao export` shows, in every format, as one string to search."""
    import io
    import json

    from jixiao.store.exports import exporting

    engine = open_engine(url)
    try:
        out = [
            json.dumps(
                {"documents": exporting.export_dicts(engine, history=True)}, ensure_ascii=False
            )
        ]
        for fmt in ("jsonl", "csv"):
            buf = io.StringIO()
            exporting.export(engine, fmt, buf, history=True)
            out.append(buf.getvalue())
        return "\n".join(out)
    finally:
        engine.dispose()
