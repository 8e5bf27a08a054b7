"""Ingestion as a library: find → hash → skip the unchanged → parse (in workers) → store.

`ingest()` returns a `RunSummary`; the command only prints it.  Each document is written
in its own transaction, so a failure (or a kill) leaves every other document intact and
none half-written; the run log records each file's outcome.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from ingest.discover import Found, discover
from ingest.worker import Parsed, Task, parse_task, sha256_of
from store.errors import StoreError
from store.models import FileOutcome, Run
from store.write import add_document, find_by_sha


@dataclass
class Options:
    jobs: int = 1
    unit_name: str | None = None  # override for every file
    year: int | None = None
    command: str | None = None


@dataclass
class FileResult:
    file: str
    outcome: str  # ingested | unchanged | failed
    reason: str | None = None
    document_id: int | None = None
    seconds: float = 0.0
    sha256: str | None = None
    projects: int = 0
    indicators: int = 0


@dataclass
class RunSummary:
    run_id: int | None = None
    files: list[FileResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    def as_json(self) -> dict[str, Any]:
        return {
            "seen": len(self.files),
            "ingested": self.count("ingested"),
            "unchanged": self.count("unchanged"),
            "failed": self.count("failed"),
            "failures": [
                {"file": f.file, "reason": f.reason} for f in self.files if f.outcome == "failed"
            ],
            "run_id": self.run_id,
            "files": [
                {"file": f.file, "outcome": f.outcome, "reason": f.reason,
                 "document_id": f.document_id, "seconds": round(f.seconds, 3)}
                for f in self.files
            ],
        }


Progress = Callable[[FileResult], None]


def ingest(
    engine: Engine,
    paths: Iterable[Path],
    options: Options | None = None,
    *,
    on_file: Progress | None = None,
) -> RunSummary:
    opts = options or Options()
    summary = RunSummary()
    run_id = _start_run(engine, opts)
    summary.run_id = run_id
    report = _reporter(engine, run_id, summary, on_file)
    tasks: list[Task] = []
    for found in discover(list(paths)):
        task_or_result = _prepare(engine, found, opts)
        if isinstance(task_or_result, FileResult):
            report(task_or_result)
        else:
            tasks.append(task_or_result)
    with _executor(opts.jobs, len(tasks)) as pool:
        for parsed in _parse_all(pool, tasks):
            report(_store(engine, parsed, run_id))
    _finish_run(engine, run_id, summary)
    return summary


def _prepare(engine: Engine, found: Found, opts: Options) -> Task | FileResult:
    """Hash the file; a stored hash is `unchanged` and needs no parsing."""
    t0 = time.perf_counter()
    try:
        size = found.path.stat().st_size
        sha = sha256_of(found.path)
    except OSError as e:
        return FileResult(found.display, "failed", f"cannot read the file: {e.strerror or e}")
    with Session(engine) as s:
        doc = find_by_sha(s, sha)
        if doc is not None and doc.status != "removed":
            return FileResult(
                found.display, "unchanged", None, doc.id, time.perf_counter() - t0, sha
            )
    unit, year = from_path(found.rel_parts)
    return Task(
        path=str(found.path),
        display=found.display,
        source=found.path.name,
        sha256=sha,
        size=size,
        unit_name=opts.unit_name,
        year=opts.year,
        path_unit_name=unit,
        path_year=year,
    )


_PATH_YEAR = re.compile(r"^(20\d{2})(?:年|年度)?$")
_PATH_UNIT = re.compile(r"(镇|乡|街道|办事处|局|委员会|中心|委|办)$")


def from_path(parts: tuple[str, ...]) -> tuple[str | None, int | None]:
    """Unit name and year from folder names (`2022/老庄子镇/x.docx`), where present."""
    unit: str | None = None
    year: int | None = None
    for part in parts:
        m = _PATH_YEAR.match(part)
        if m:
            year = int(m.group(1))
        elif _PATH_UNIT.search(part):
            unit = part
    return unit, year


def _executor(jobs: int, n: int) -> Executor:
    if jobs <= 1 or n <= 1:
        return _InlineExecutor()
    return ProcessPoolExecutor(max_workers=min(jobs, n), mp_context=get_context("forkserver"))


class _InlineExecutor(Executor):
    """Parse in this process (jobs=1): no pickling, easier to debug."""

    def map(self, fn: Callable[..., Any], *iterables: Iterable[Any], **_: Any) -> Iterator[Any]:
        return map(fn, *iterables)


def _parse_all(pool: Executor, tasks: list[Task]) -> Iterator[Parsed]:
    yield from pool.map(parse_task, tasks)


def _store(engine: Engine, parsed: Parsed, run_id: int) -> FileResult:
    task = parsed.task
    if parsed.payload is None:
        return FileResult(
            task.display, "failed", parsed.reason, None, parsed.seconds, task.sha256
        )
    try:
        with Session(engine) as s, s.begin():
            existing = find_by_sha(s, task.sha256)
            if existing is not None and existing.status != "removed":
                return FileResult(
                    task.display, "unchanged", None, existing.id, parsed.seconds, task.sha256
                )
            doc = add_document(s, parsed.payload, run_id=run_id)
            doc_id = doc.id
    except IntegrityError:
        # another run stored the same content (or a newer version of it) first
        with Session(engine) as s:
            existing = find_by_sha(s, task.sha256)
        if existing is not None:
            return FileResult(
                task.display, "unchanged", None, existing.id, parsed.seconds, task.sha256
            )
        raise
    except OperationalError as e:
        raise StoreError(
            f"the database stopped accepting writes while storing {task.display}: {e.orig}; "
            "nothing of that file was stored; fix the database and run again"
        ) from e
    projects = parsed.payload["projects"]
    return FileResult(
        task.display,
        "ingested",
        None,
        doc_id,
        parsed.seconds,
        task.sha256,
        projects=len(projects),
        indicators=sum(len(p["indicators"]) for p in projects),
    )


# --- the run log ------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _start_run(engine: Engine, opts: Options) -> int:
    try:
        with Session(engine) as s, s.begin():
            run = Run(
                started_at=_now(),
                command=opts.command,
                host=socket.gethostname(),
                user=_user(),
                status="running",
            )
            s.add(run)
            s.flush()
            return run.id
    except SQLAlchemyError as e:
        raise StoreError(f"cannot write the run log: {e}; check the database") from e


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def _reporter(
    engine: Engine, run_id: int, summary: RunSummary, on_file: Progress | None
) -> Callable[[FileResult], None]:
    def report(result: FileResult) -> None:
        summary.files.append(result)
        with Session(engine) as s, s.begin():
            s.add(
                FileOutcome(
                    run_id=run_id,
                    file=result.file,
                    outcome=result.outcome,
                    reason=result.reason,
                    sha256=result.sha256,
                    document_id=result.document_id,
                    seconds=result.seconds,
                )
            )
        if on_file is not None:
            on_file(result)

    return report


def _finish_run(engine: Engine, run_id: int, summary: RunSummary) -> None:
    with Session(engine) as s, s.begin():
        run = s.get(Run, run_id)
        assert run is not None
        run.finished_at = _now()
        run.seen = len(summary.files)
        run.ingested = summary.count("ingested")
        run.unchanged = summary.count("unchanged")
        run.failed = summary.count("failed")
        run.status = "done"
