"""Reading stored documents again with the current reader (`jixiao reread`).

After the reader improves, a database still holds the old readings: ingest skips a file
whose content is stored.  `reread()` reads the chosen current documents again and
returns a `RereadSummary` of what changed; the command only prints it.  The steps:

1. `select_documents`: the current documents of a unit (its name, an alias, a part of
   its name) and/or a year, or all of them;
2. `_prepare`: the document's bytes, as kept with it (`jixiao.store.db.originals`), else
   the file at the path it was found at (an archive entry: in its archive) when its
   content still has the stored hash; else it cannot be read again, and the summary
   says why;
3. the workers parse them (`jixiao.ingest.worker`: the reader, limits and guards of
   ingest); the unit and year come, as for ingest, from what the document says, else
   from what was stored (the folders' say at ingest), and an ingest that named them
   (`--unit-name`, `--year`) keeps them;
4. `_replace`, one transaction per document: the new reading replaces the stored one
   in the same row (`write.replace_reading`), the analysts' corrections are applied
   again (`jixiao.store.db.corrections.reapply`), bytes read from the path are kept
   from now on, and the reading is measured before and after
   (`jixiao.store.db.readings`);
5. the run log gets a run (`reread`: the reading changed, `unchanged`: it did not,
   `failed`).  A dry run rolls every transaction back and logs nothing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from sqlalchemy.orm import Session

from jixiao.errors import NoSuchDocument, OptionError, StoreError
from jixiao.ingest.archives import ArchiveError, Entry, Workspace, list_entries
from jixiao.ingest.runlog import FileResult, RunLog, RunSummary, database_answers, writing
from jixiao.ingest.worker import (
    Parsed,
    ParsePool,
    Parser,
    Task,
    WorkerLimits,
    default_memory_mb,
    parse_task,
    sha256_of,
)
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.store.analysis.units import resolve_unit
from jixiao.store.db.corrections import reapply
from jixiao.store.db.models import Document, Run
from jixiao.store.db.originals import keep_original, original_of
from jixiao.store.db.payload import DocumentPayload
from jixiao.store.db.readings import Reading, reading_of
from jixiao.store.db.write import (
    doc_key,
    lock_document,
    replace_reading,
)

__all__ = ["DocumentChange", "Reading", "RereadOptions", "RereadSummary", "reread",
           "select_documents"]


@dataclass
class RereadOptions:
    unit: str | None = None  # a part of the unit's name
    year: int | None = None
    everything: bool = False  # --all: every current document
    dry_run: bool = False  # read and compare, store nothing
    jobs: int = 1
    command: str | None = None
    inline: bool | None = None  # None: in this process when jobs == 1 (tests), else workers
    file_seconds: float | None = field(default_factory=lambda: LIMITS.max_file_seconds)
    worker_memory_mb: int = field(default_factory=default_memory_mb)
    tasks_per_worker: int = 200
    limits: Limits = field(default_factory=lambda: LIMITS)
    parse: Parser = parse_task  # a top-level function; tests put stand-ins here


@dataclass
class DocumentChange:
    """One document read again: its reading before and after, or why it could not be."""

    document_id: int
    source: str
    outcome: str = "failed"  # reread (the reading changed) | unchanged | failed
    reason: str | None = None
    before: Reading | None = None
    after: Reading | None = None
    bytes_from: str | None = None  # kept | path
    corrections: int = 0  # corrections applied again
    other_version: int | None = None  # the version under the new key, now history or current
    origin: str | None = None
    sha256: str | None = None
    seconds: float = 0.0

    @property
    def indicators_added(self) -> int:
        return _count_new(self.after, self.before)

    @property
    def indicators_removed(self) -> int:
        return _count_new(self.before, self.after)

    def compared(self) -> str:
        """The reading before and after, in words: unit and year when they changed,
        projects, indicators (with those added and gone), budget, corrections."""
        b, a = self.before, self.after
        if b is None or a is None:
            return self.reason or ""
        parts = []
        if (b.unit_name, b.year) != (a.unit_name, a.year):
            parts.append(f"{b.unit_name or '?'} {b.year or '?'} → "
                         f"{a.unit_name or '?'} {a.year or '?'}")
        parts.append(_pair("projects", b.projects, a.projects))
        indicators = _pair("indicators", b.indicators, a.indicators)
        if self.indicators_added or self.indicators_removed:
            indicators += f" (+{self.indicators_added} −{self.indicators_removed})"
        parts.append(indicators)
        parts.append(_pair("budget", _money(b.budget_yuan), _money(a.budget_yuan)))
        if self.corrections:
            parts.append(f"{self.corrections} correction{'s' * (self.corrections != 1)} "
                         "applied again")
        return ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "source": self.source,
                "outcome": self.outcome, "reason": self.reason,
                "bytes_from": self.bytes_from,
                "before": self.before.as_json() if self.before else None,
                "after": self.after.as_json() if self.after else None,
                "indicators_added": self.indicators_added,
                "indicators_removed": self.indicators_removed,
                "corrections_reapplied": self.corrections,
                "other_version": self.other_version}


def _count_new(a: Reading | None, b: Reading | None) -> int:
    """How many indicators of `a` are not in `b` (as multisets)."""
    if a is None or b is None:
        return 0
    return sum((Counter(a.indicator_rows) - Counter(b.indicator_rows)).values())


@dataclass
class RereadSummary:
    run_id: int | None = None
    dry_run: bool = False
    changes: list[DocumentChange] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for c in self.changes if c.outcome == outcome)

    def totals(self) -> dict[str, dict[str, Any]]:
        """Projects, indicators and budget before and after, over the documents read
        again (a document that failed keeps its reading and is left out)."""
        done = [c for c in self.changes if c.before is not None and c.after is not None]

        def total(get: Callable[[Reading], float | int | None]) -> dict[str, Any]:
            def add(readings: list[Reading]) -> float | int | None:
                values = [v for r in readings if (v := get(r)) is not None]
                return sum(values) if values else None
            return {"before": add([c.before for c in done if c.before]),
                    "after": add([c.after for c in done if c.after])}

        return {"projects": total(lambda r: r.projects),
                "indicators": total(lambda r: r.indicators),
                "budget_yuan": total(lambda r: r.budget_yuan)}

    def as_json(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "dry_run": self.dry_run,
                "documents": len(self.changes), "changed": self.count("reread"),
                "unchanged": self.count("unchanged"), "failed": self.count("failed"),
                "totals": self.totals(),
                "changes": [c.as_json() for c in self.changes]}


Progress = Callable[[DocumentChange], None]


def reread(engine: Engine, options: RereadOptions, *,
           on_document: Progress | None = None) -> RereadSummary:
    """Read the chosen current documents again with the current reader and store the new
    readings (see the module's docstring); `on_document` gets each change as it is done."""
    with database_answers("choosing the documents"), Session(engine) as s:
        chosen = [_Chosen.of(s, d) for d in select_documents(s, options)]
    log = None if options.dry_run else RunLog.start(engine, options.command, options.jobs)
    summary = RereadSummary(run_id=log.run_id if log else None, dry_run=options.dry_run)

    def report(change: DocumentChange) -> None:
        summary.changes.append(change)
        if log is not None:
            log.record(_file_result(change))
        if on_document is not None:
            on_document(change)

    status = "failed"
    by_sha = {c.sha256: c for c in chosen}
    found_in: dict[str, str] = {}  # sha256 → where its bytes came from (kept | path)
    try:
        with Workspace(options.limits) as ws:
            tasks = _tasks(engine, chosen, ws, options, report, found_in)
            for parsed in _parse(tasks, options):
                sha = parsed.task.sha256
                report(_replace(engine, by_sha[sha], parsed, found_in[sha], options))
                ws.discard(Path(parsed.task.path))
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if log is not None:
            log.finish(RunSummary(log.run_id, [_file_result(c) for c in summary.changes]),
                       status)
    return summary


def select_documents(session: Session, options: RereadOptions) -> list[Document]:
    """The current documents of the unit (its name, an alias or a part of its name:
    `resolve_unit`) and year, or all with `everything`; raises OptionError when nothing
    is chosen, NoSuchDocument when nothing matches."""
    if options.unit is None and options.year is None and not options.everything:
        raise OptionError("say which documents to read again: --unit U, --year Y, or --all")
    stmt = select(Document).where(Document.status == "current")
    unit = resolve_unit(session, options.unit)
    if unit is not None:
        stmt = stmt.where(Document.unit_name.in_(unit.spellings))
    if options.year is not None:
        stmt = stmt.where(Document.year == options.year)
    docs = list(session.scalars(stmt.order_by(Document.unit_name, Document.year,
                                              Document.source, Document.id)))
    if not docs:
        which = " ".join(str(x) for x in (options.unit, options.year) if x is not None)
        raise NoSuchDocument(f"no current document{' of ' + which if which else ''}; "
                             "`jixiao documents` lists them")
    return docs


# --- the bytes to read --------------------------------------------------------------------


@dataclass(frozen=True)
class _Chosen:
    """A document to read again, as it was when chosen (no session needed after)."""

    id: int
    source: str
    sha256: str
    size: int | None
    origin: str | None
    file_time: datetime | None
    unit_name: str | None
    year: int | None
    given_unit: bool  # its ingest named the unit (--unit-name): it stays
    given_year: bool

    @classmethod
    def of(cls, session: Session, doc: Document) -> _Chosen:
        words = _ingest_words(session, doc.run_id)
        return cls(doc.id, doc.source, doc.sha256, doc.size_bytes, doc.origin, doc.file_time,
                   doc.unit_name, doc.year, _names(words, "--unit-name"),
                   _names(words, "--year"))

    def change(self) -> DocumentChange:
        return DocumentChange(self.id, self.source, origin=self.origin, sha256=self.sha256)


def _ingest_words(session: Session, run_id: int | None) -> list[str]:
    command = session.scalar(select(Run.command).where(Run.id == run_id)) if run_id else None
    return (command or "").split()


def _names(words: list[str], option: str) -> bool:
    return any(w == option or w.startswith(option + "=") for w in words)


def _tasks(engine: Engine, chosen: list[_Chosen], ws: Workspace, options: RereadOptions,
           report: Progress, found_in: dict[str, str]) -> Iterator[Task]:
    """A task per document whose bytes are found (`found_in` says where); the others
    are reported on the way."""
    for doc in chosen:
        prepared = _prepare(engine, doc, ws, options.limits)
        if isinstance(prepared, DocumentChange):
            report(prepared)
        else:
            task, found_in[doc.sha256] = prepared
            yield task


def _prepare(engine: Engine, doc: _Chosen, ws: Workspace,
             limits: Limits) -> tuple[Task, str] | DocumentChange:
    """The task that reads the document again, from its kept bytes (`kept`) or from its
    path (`path`)."""
    with database_answers(f"reading the kept bytes of {doc.source}"), Session(engine) as s:
        content = original_of(s, doc.sha256)
    if content is not None:
        assert ws.root is not None
        path = ws.root / f"reread-{doc.id}{Path(doc.source).suffix[:12]}"
        path.write_bytes(content)
        return _task(doc, path, len(content)), "kept"
    found = _from_origin(doc, ws, limits)
    if isinstance(found, str):
        change = doc.change()
        change.reason = (f"cannot reread: bytes not kept and {found}; put the file back "
                         "there and run again")
        return change
    return _task(doc, found, found.stat().st_size), "path"


def _from_origin(doc: _Chosen, ws: Workspace, limits: Limits) -> Path | str:
    """The file at the document's path (an archive's entry: extracted), when its content
    still has the stored hash; else what is wrong, as words."""
    if not doc.origin:
        return f"no path is known for {doc.source}"
    outer, _, inner = doc.origin.partition("!")
    try:
        if not inner:
            path = Path(outer)
            same = sha256_of(path) == doc.sha256
        else:
            path, same = _entry(Path(outer), inner, doc, ws, limits)
    except (OSError, ArchiveError):
        same = False
    if not same:
        return f"{doc.origin} changed or gone"
    return path


def _entry(archive: Path, inner: str, doc: _Chosen, ws: Workspace,
           limits: Limits) -> tuple[Path, bool]:
    """The entry `inner` of the archive, extracted; whether it has the stored hash."""
    for item in list_entries(archive, str(archive), limits, depth=1):
        if isinstance(item, Entry) and "/".join(item.parts) == inner:
            path, sha, _size = ws.extract(item)
            return path, sha == doc.sha256
    raise ArchiveError(f"{inner} is not in {archive}")


def _task(doc: _Chosen, path: Path, size: int) -> Task:
    """What unit and year say: the document, else what was stored (the folders' say at
    ingest, or the old reading's); an ingest that named them keeps them."""
    return Task(
        path=str(path), display=_shown(doc.id, doc.source), source=doc.source,
        sha256=doc.sha256, size=size,
        unit_name=doc.unit_name if doc.given_unit else None,
        year=doc.year if doc.given_year else None,
        path_unit_name=doc.unit_name, path_year=doc.year,
        origin=doc.origin, file_time=doc.file_time,
    )


def _shown(document_id: int, source: str) -> str:
    """A document as the run log names it."""
    return f"#{document_id} {source}"


def _parse(tasks: Iterator[Task], options: RereadOptions) -> Iterator[Parsed]:
    inline = options.inline if options.inline is not None else options.jobs <= 1
    if inline:
        yield from map(options.parse, tasks)
        return
    limits = WorkerLimits(options.file_seconds or None, options.worker_memory_mb,
                          options.tasks_per_worker)
    with ParsePool(options.jobs, limits, parse=options.parse) as pool:
        yield from pool.map_unordered(tasks)


# --- storing the new reading --------------------------------------------------------------


class _DryRun(Exception):
    """Raised at the end of a dry run's transaction, so that it rolls back."""


def _replace(engine: Engine, doc: _Chosen, parsed: Parsed, bytes_from: str,
             options: RereadOptions) -> DocumentChange:
    """Store the new reading of one document in its own transaction (rolled back for a
    dry run), with the reading before and after."""
    t0 = time.perf_counter()
    change = doc.change()
    change.bytes_from = bytes_from
    change.seconds = parsed.seconds
    if parsed.payload is None:
        change.reason = f"the current reader cannot read it: {parsed.reason}; the old reading stays"
        return change
    payload = _as_stored(parsed.payload, doc)
    original = _read(parsed.task.path) if bytes_from == "path" else None
    try:
        with writing(engine) as s:
            _store(s, doc, payload, original, change)
            if options.dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    except OperationalError as e:
        raise StoreError(
            f"the database stopped accepting writes while storing the new reading of "
            f"{doc.source}: {e.orig}; its old reading stays; fix the database and run again"
        ) from e
    except (DBAPIError, StatementError) as e:
        change.outcome, change.before, change.after = "failed", None, None
        change.reason = (f"the database refused the new reading ({_first_line(e)}); the old "
                         "reading stays; please report this file")
    change.seconds += time.perf_counter() - t0
    return change


def _as_stored(payload: DocumentPayload, doc: _Chosen) -> DocumentPayload:
    """The payload as the store knows the file: its stored origin, time and size."""
    return replace(payload, origin=doc.origin, file_time=doc.file_time,
                   size_bytes=doc.size if doc.size is not None else payload.size_bytes)


def _read(path: str) -> bytes | None:
    """A file's bytes, to keep (None when it cannot be read: then they are not kept)."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _store(s: Session, doc: _Chosen, payload: DocumentPayload, original: bytes | None,
           change: DocumentChange) -> None:
    """Replace the stored reading, apply the corrections again, keep the bytes read from
    the path (`original`), and measure the reading before and after."""
    stored = s.get(Document, doc.id)
    new_key = doc_key(payload.unit_name, payload.year, payload.source)
    if stored is not None:
        lock_document(s, stored.doc_key, stored.sha256, new_key)
        s.refresh(stored)
    if stored is None or stored.status != "current":
        change.reason = "it was removed or replaced meanwhile; nothing changed"
        return
    change.before = reading_of(s, stored)
    other = replace_reading(s, stored, payload)
    change.other_version = other.id if other is not None else None
    change.corrections = len(reapply(s, stored))  # the analysts'; refreshes the submission
    if original is not None:
        keep_original(s, stored.sha256, original)  # checks the hash
    change.after = reading_of(s, stored)
    same = change.before == change.after
    change.outcome = "unchanged" if same else "reread"
    if other is not None:
        change.reason = (f"now {stored.unit_name or '?'} {stored.year or '?'}, where "
                         + (f"it replaced #{other.id}" if stored.status == "current"
                            else f"#{other.id} is newer and stays current; this is history"))


def _first_line(e: Exception) -> str:
    orig = getattr(e, "orig", None) or e
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# --- the run log --------------------------------------------------------------------------


def _file_result(c: DocumentChange) -> FileResult:
    return FileResult(
        _shown(c.document_id, c.source), c.outcome, c.reason or _what(c),
        c.document_id, c.seconds, c.sha256, path=c.origin,
        projects=c.after.projects if c.after else 0,
        indicators=c.after.indicators if c.after else 0,
    )


def _what(c: DocumentChange) -> str | None:
    """A reread's change in a few words, for the run log."""
    return c.compared() if c.outcome == "reread" else None


def _pair(name: str, before: Any, after: Any) -> str:
    """`name 3` when the same, `name 3 → 4` when not."""
    return f"{name} {before}" if before == after else f"{name} {before} → {after}"


def _money(x: float | None) -> str:
    return "none" if x is None else f"{x:,.2f} 元"
