"""The run log: what each run did to each file, kept in the database.

A run (`jixiao ingest`, `jixiao remove`) is a `Run` row; each file's outcome is a
`FileOutcome` row written as soon as the file is done, so a killed run still shows
what it finished.  The queries behind `jixiao runs`, `failures` and `history`, and the
removal of a document, live here too; the commands only print.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, and_, exists, insert, or_, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from jixiao.errors import AmbiguousDocument, NoSuchDocument, StoreError
from jixiao.store.analysis.units import resolve_unit
from jixiao.store.db.models import Base, Document, FileOutcome, Run
from jixiao.store.db.write import begin_write, lock_document, remove_document, restore_document

MAX_LOGGED_PATH = 1000  # characters: keeps the path index within PostgreSQL's row limit


@dataclass(slots=True)
class FileResult:
    file: str
    outcome: str  # ingested | unchanged | failed | removed | ignored | reread
    reason: str | None = None
    document_id: int | None = None
    seconds: float = 0.0
    sha256: str | None = None
    projects: int = 0
    indicators: int = 0
    path: str | None = None  # where it is on this machine (archive!entry inside a zip)
    format: str | None = None
    replaced: int | None = None  # the id of the older version this one superseded
    kept: int | None = None  # stored as history: the id of the newer version kept current
    parse_seconds: float = 0.0  # of `seconds`, the part spent reading (in a worker)
    logged: bool = False  # its run-log row went in with the document (`log_outcome`)


@dataclass(frozen=True)
class VersionMet:
    """One version of a document that a run met (`file` None: stored, not met)."""

    document_id: int
    file: str | None
    file_time: datetime | None
    status: str  # current | superseded | removed

    def as_json(self) -> dict[str, Any]:
        when = self.file_time.isoformat(timespec="seconds") + "Z" if self.file_time else None
        return {"document_id": self.document_id, "file": self.file, "file_time": when,
                "status": self.status}

    def shown(self) -> str:
        when = f"{self.file_time:%Y-%m-%d %H:%M:%S} UTC" if self.file_time else "time unknown"
        return f"{self.file or 'stored'} (#{self.document_id}, {when})"


@dataclass(frozen=True)
class VersionsMet:
    """A document (unit, year, file name) a run met in several versions: the one kept
    current (the newest by file time) and the others, now history."""

    unit_name: str | None
    year: int | None
    source: str
    kept: VersionMet | None  # None: another command removed them all meanwhile
    others: list[VersionMet]

    def as_json(self) -> dict[str, Any]:
        return {"unit_name": self.unit_name, "year": self.year, "source": self.source,
                "kept": self.kept.as_json() if self.kept else None,
                "others": [v.as_json() for v in self.others]}

    def line(self) -> str:
        what = " ".join(str(x) for x in (self.unit_name, self.year, self.source) if x)
        kept = (f"kept {self.kept.shown()}, the newest by the file's own time"
                if self.kept else "none is current")
        others = "; ".join(v.shown() for v in self.others)
        return f"versions   {what}: {len(self.others) + 1} versions met, {kept}; history: {others}"


@dataclass
class RunSummary:
    run_id: int | None = None
    files: list[FileResult] = field(default_factory=list)
    peak_worker_rss_kb: int = 0
    versions: list[VersionsMet] = field(default_factory=list)

    def version_lines(self) -> list[str]:
        """One line per document met in several versions, saying which is current."""
        return [v.line() for v in self.versions]

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    def as_json(self) -> dict[str, Any]:
        ordered = sorted(self.files, key=lambda f: f.file)
        return {
            "seen": len(self.files),
            "ingested": self.count("ingested"),
            "unchanged": self.count("unchanged"),
            "failed": self.count("failed"),
            "failures": [
                {"file": f.file, "reason": f.reason} for f in ordered if f.outcome == "failed"
            ],
            "superseded": sum(1 for f in self.files if f.replaced is not None),
            "versions": [v.as_json() for v in self.versions],
            "run_id": self.run_id,
            "files": [
                {"file": f.file, "outcome": f.outcome, "reason": f.reason,
                 "document_id": f.document_id, "seconds": round(f.seconds, 3)}
                for f in ordered
            ],
        }


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A session in a write transaction that commits on success (SQLite: locked at once)."""
    with Session(engine) as s, s.begin():
        begin_write(s)
        yield s


@contextmanager
def database_answers(what: str) -> Iterator[None]:
    """Translate a database that stops answering (gone, read-only, full) into StoreError."""
    try:
        yield
    except OperationalError as e:
        raise StoreError(
            f"the database stopped answering while {what}: {_orig_line(e)}; nothing of that "
            "file was stored; fix the database and run again"
        ) from e


def _orig_line(e: OperationalError) -> str:
    text = str(e.orig).strip()
    return text.splitlines()[0] if text else type(e.orig).__name__


class RunLog:
    """The log of one run, written row by row as the run goes."""

    def __init__(self, engine: Engine, run_id: int) -> None:
        self.engine = engine
        self.run_id = run_id

    @classmethod
    def start(cls, engine: Engine, command: str | None, jobs: int | None = None) -> RunLog:
        try:
            with writing(engine) as s:  # Core, as each file's row: no ORM set-up for a run
                added = s.connection().execute(_RUNS.insert(), {
                    "started_at": now(), "command": command, "host": socket.gethostname(),
                    "user": current_user(), "status": "running", "pid": os.getpid(),
                    "jobs": jobs})
                key = added.inserted_primary_key
                assert key is not None  # an INSERT of one row has one
                return cls(engine, int(key[0]))
        except SQLAlchemyError as e:
            raise StoreError(f"cannot write the run log: {e}; check the database") from e

    def record(self, r: FileResult) -> None:
        """The file's row, in a transaction of its own (unless it went in with the
        document it stored: `log_outcome`)."""
        if r.logged:
            return
        with database_answers(f"logging {r.file}"), writing(self.engine) as s:
            log_outcome(s, self.run_id, r)

    def finish(self, summary: RunSummary, status: str) -> None:
        with writing(self.engine) as s:
            s.connection().execute(_RUNS.update().where(_RUNS.c.id == self.run_id).values(
                finished_at=now(), seen=len(summary.files),
                ingested=summary.count("ingested") + summary.count("reread"),
                unchanged=summary.count("unchanged"), failed=summary.count("failed"),
                status=status))


_INSERT_OUTCOME = insert(Base.metadata.tables["run_files"])
_RUNS = Base.metadata.tables["runs"]


def log_outcome(session: Session, run_id: int, r: FileResult) -> None:
    """The file's row in the run log, in the caller's transaction: a stored document's
    row goes in with it (one commit a file, and never one without the other)."""
    session.connection().execute(_INSERT_OUTCOME, _outcome_columns(run_id, r))


def _outcome(run_id: int, r: FileResult) -> FileOutcome:
    return FileOutcome(**_outcome_columns(run_id, r))


def _outcome_columns(run_id: int, r: FileResult) -> dict[str, Any]:
    return {"run_id": run_id, "file": r.file[:MAX_LOGGED_PATH], "outcome": r.outcome,
            "reason": r.reason, "sha256": r.sha256, "document_id": r.document_id,
            "seconds": r.seconds, "path": (r.path or r.file)[:MAX_LOGGED_PATH],
            "format": r.format, "at": now()}


# --- runs and failures ------------------------------------------------------------------


def runs(session: Session, limit: int = 20) -> list[Run]:
    return list(session.scalars(select(Run).order_by(Run.id.desc()).limit(limit)))


def run_status(run: Run) -> str:
    """The status, with "interrupted" for a run whose process on this machine is gone."""
    if run.status != "running" or run.pid is None or run.host != socket.gethostname():
        return run.status
    try:
        os.kill(run.pid, 0)
    except ProcessLookupError:
        return "interrupted"
    except PermissionError:
        pass
    return run.status


def run_files(session: Session, run_id: int) -> list[FileOutcome]:
    return list(session.scalars(
        select(FileOutcome).where(FileOutcome.run_id == run_id).order_by(FileOutcome.id)))


def failures(session: Session, *, include_resolved: bool = False) -> list[FileOutcome]:
    """Failed files, newest first.  A failure is resolved when a later run ingested the
    same path or the same content (or found it unchanged); only the latest failure of
    each path is listed."""
    later = aliased(FileOutcome)
    stmt = select(FileOutcome).where(FileOutcome.outcome == "failed")
    stmt = stmt.where(~exists().where(
        later.id > FileOutcome.id, later.outcome == "failed", later.path == FileOutcome.path))
    if not include_resolved:
        stmt = stmt.where(~exists().where(
            later.id > FileOutcome.id,
            later.outcome.in_(("ingested", "unchanged")),
            or_(later.path == FileOutcome.path,
                and_(later.sha256.is_not(None), later.sha256 == FileOutcome.sha256)),
        ))
    return list(session.scalars(stmt.order_by(FileOutcome.id.desc())))


# --- history, remove, restore -----------------------------------------------------------


@dataclass(frozen=True)
class Version:
    document: Document
    removed_at: datetime | None = None
    removed_by: str | None = None
    removed_reason: str | None = None


def history(session: Session, unit: str, year: int | None = None) -> list[Version]:
    """Every version of the unit's documents (current, superseded, removed), oldest first
    within each file; the unit is its name, an alias on the roster or a part of its name
    (`jixiao.store.analysis.units`), its documents those stored under any of its names."""
    stmt = select(Document).where(Document.unit_name.in_(_unit_names(session, unit)))
    if year is not None:
        stmt = stmt.where(Document.year == year)
    docs = list(session.scalars(stmt.order_by(
        Document.year, Document.source, Document.ingested_at, Document.id)))
    removals = _removals(session, [d.id for d in docs if d.status == "removed"])
    return [Version(d, *removals.get(d.id, (None, None, None))) for d in docs]


def _removals(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[datetime | None, str | None, str | None]]:
    if not ids:
        return {}
    rows = session.execute(
        select(FileOutcome.document_id, FileOutcome.at, Run.user, Run.host, FileOutcome.reason)
        .join(Run, Run.id == FileOutcome.run_id)
        .where(FileOutcome.outcome == "removed", FileOutcome.document_id.in_(ids))
        .order_by(FileOutcome.id)
    ).all()
    return {doc_id: (at, f"{user}@{host}", reason)
            for doc_id, at, user, host, reason in rows if doc_id is not None}


def find_documents(
    session: Session, selector: str, *, unit: str | None = None, year: int | None = None,
    statuses: Sequence[str] = ("current",),
) -> list[Document]:
    """Documents by id, sha256 prefix (6+ hex digits) or file name."""
    conditions: list[Any] = [Document.source == selector]
    if selector.isdigit():
        conditions.append(Document.id == int(selector))
    if len(selector) >= 6 and all(c in "0123456789abcdef" for c in selector.lower()):
        conditions.append(Document.sha256.startswith(selector.lower()))
    stmt = select(Document).where(or_(*conditions), Document.status.in_(statuses))
    if unit is not None:
        stmt = stmt.where(Document.unit_name.in_(_unit_names(session, unit)))
    if year is not None:
        stmt = stmt.where(Document.year == year)
    return list(session.scalars(stmt.order_by(Document.id)))


def _unit_names(session: Session, unit: str) -> tuple[str, ...]:
    """The stored names of the unit a --unit means (none when it means none)."""
    chosen = resolve_unit(session, unit)
    return chosen.spellings if chosen is not None else ()


@dataclass(frozen=True)
class Change:
    """What `remove` or `restore` did: the document, and the other version it affected."""

    document_id: int
    source: str
    unit_name: str | None
    year: int | None
    other_id: int | None  # remove: the previous version made current; restore: the one replaced
    run_id: int


def remove(
    engine: Engine, selector: str, *, unit: str | None = None, year: int | None = None,
    reason: str | None = None, command: str | None = None,
) -> Change:
    """Take a wrongly ingested document out; the run log records who and when."""
    return _change(engine, selector, unit, year, reason, command, remove=True)


def restore(
    engine: Engine, selector: str, *, unit: str | None = None, year: int | None = None,
    reason: str | None = None, command: str | None = None,
) -> Change:
    """Bring a removed document back as the current version."""
    return _change(engine, selector, unit, year, reason, command, remove=False)


def _change(
    engine: Engine, selector: str, unit: str | None, year: int | None, reason: str | None,
    command: str | None, *, remove: bool,
) -> Change:
    verb = "remove" if remove else "restore"
    with writing(engine) as s:
        statuses = ("current",) if remove else ("removed",)
        doc = _one(find_documents(s, selector, unit=unit, year=year, statuses=statuses),
                   selector, "current" if remove else "removed")
        lock_document(s, doc.doc_key, doc.sha256)
        s.refresh(doc)
        if doc.status not in statuses:
            raise NoSuchDocument(f"document #{doc.id} changed meanwhile; run the command again")
        other = remove_document(s, doc) if remove else restore_document(s, doc)
        stamp = now()
        run = Run(started_at=stamp, finished_at=stamp,
                  command=command or f"jixiao {verb} {selector}", host=socket.gethostname(),
                  user=current_user(), pid=os.getpid(), status="done", seen=1)
        s.add(run)
        s.flush()
        s.add(_outcome(run.id, FileResult(
            doc.source, "removed" if remove else "restored", reason, doc.id, 0.0, doc.sha256,
            path=doc.origin, format=doc.format, replaced=other.id if other else None)))
        return Change(doc.id, doc.source, doc.unit_name, doc.year,
                      other.id if other else None, run.id)


def _one(docs: list[Document], selector: str, status: str) -> Document:
    if not docs:
        raise NoSuchDocument(
            f"no {status} document matches {selector!r} (give its id, the start of its "
            "sha256 or its file name; `jixiao history UNIT` lists them)")
    if len(docs) > 1:
        listing = "; ".join(f"#{d.id} {d.unit_name or '?'} {d.year or '?'} {d.source}"
                            for d in docs[:10])
        raise AmbiguousDocument(
            f"{len(docs)} documents match {selector!r}: {listing}; give the id, or --unit "
            "and --year")
    return docs[0]
