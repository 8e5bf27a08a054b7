"""Ingestion as a library: find → hash → skip the unchanged → parse (in workers) → store.

`ingest()` returns a `RunSummary`; the command only prints it.  The steps:

1. `discover` lists files, folders (recursively) and zip archives (their entries);
2. `_prepare`, in this process, extracts an archive entry into a private temporary
   folder, hashes the file and skips it when its sha256 is stored (`unchanged`);
3. workers (`jixiao.ingest.worker.ParsePool`) parse and normalize, under a time and memory
   limit each; tasks are handed out as workers free up, so memory stays flat however
   many files there are;
4. one writer, this process, stores each document in its own transaction, locked
   against concurrent runs (`jixiao.store.db.write.begin_write`, `lock_document`), so a failure
   or a kill leaves every other document intact and none half-written;
5. the run log gets one row per file as soon as it is done (`jixiao.ingest.runlog`).

Each file carries its own time (`file_time`: its modification time, or the date a zip
stores for the entry), and the store keeps the newest version of a document current
whatever order the files are met or parsed in (`jixiao.store.db.write.add_document`);
a run that meets two versions of one document says so, and which it kept
(`RunSummary.versions`).
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from jixiao.errors import OptionError, StoreError
from jixiao.ingest.archives import ArchiveError, Entry, Workspace
from jixiao.ingest.discover import Found, Screen, current_screen, discover, readable_name
from jixiao.ingest.runlog import (
    FileResult,
    RunLog,
    RunSummary,
    VersionMet,
    VersionsMet,
    database_answers,
    log_outcome,
    writing,
)
from jixiao.ingest.worker import (
    Parsed,
    ParsePool,
    Parser,
    Task,
    WorkerLimits,
    default_memory_mb,
    parse_task,
)
from jixiao.ingest.worker import sha256_of as sha256_of
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.store.db.corrections import any_to_reapply, reapply
from jixiao.store.db.models import Document
from jixiao.store.db.originals import keep_original
from jixiao.store.db.payload import DocumentPayload
from jixiao.store.db.write import (
    Version,
    add_document,
    current_with_key,
    doc_key,
    find_by_sha,
    lock_document,
    version_by_sha,
)
from jixiao.vocab.organisations import FOLDER_ENDINGS

__all__ = ["FileResult", "Options", "RunSummary", "from_path", "ingest"]


@dataclass
class Options:
    jobs: int = 1
    unit_name: str | None = None  # override for every file
    year: int | None = None
    command: str | None = None
    path_pattern: str | None = None  # e.g. "{year}/{unit}/*"; default: folder-name guesses
    # None: parse in this process when jobs == 1 (no time limit; for tests and debugging),
    # else in worker processes.  The command always uses workers.
    inline: bool | None = None
    file_seconds: float | None = field(default_factory=lambda: LIMITS.max_file_seconds)
    worker_memory_mb: int = field(default_factory=default_memory_mb)
    tasks_per_worker: int = 200
    limits: Limits = field(default_factory=lambda: LIMITS)
    parse: Parser = parse_task  # a top-level function; tests put stand-ins here


Progress = Callable[[FileResult], None]


# A file up to this size is read whole once, for its hash and for the copy the store keeps
# (`keep_original`); a larger one is hashed as it streams, and read again to be kept.  The
# writer holds at most one such file per job in flight.
KEEP_READ = 32 * 1024 * 1024


def ingest(
    engine: Engine,
    paths: Iterable[Path],
    options: Options | None = None,
    *,
    on_file: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> RunSummary:
    """Ingest files, folders and zip archives; `on_start(n)` gets the number of files
    found, `on_file(result)` each file's outcome as it happens."""
    opts = options or Options()
    locate = path_locator(opts.path_pattern)
    log = RunLog.start(engine, opts.command, opts.jobs)
    summary = RunSummary(run_id=log.run_id)

    def report(result: FileResult) -> None:
        summary.files.append(result)
        log.record(result)
        if on_file is not None:
            on_file(result)

    status = "failed"
    try:
        with Workspace(opts.limits) as ws:
            found = list(discover(list(paths), ws, opts.limits))
            log_ignored(log, current_screen())
            if on_start is not None:
                on_start(len(found))
            summary.peak_worker_rss_kb = ingest_found(engine, found, opts, ws, log.run_id,
                                                      report, locate)
        summary.versions = versions_met(engine, summary.files)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        try:
            log.finish(summary, status)
        except DBAPIError:
            if status == "done":
                raise
    return summary


def log_ignored(log: RunLog, screen: Screen | None) -> None:
    """The files discovery kept out (a .jixiaoignore pattern, the database's own files),
    in the run log as `ignored`, with the reason; they are neither seen nor failures."""
    if screen is None:
        return
    for i in screen.ignored:
        log.record(FileResult(i.display, "ignored",
                              f"left out by the pattern {i.rule.pattern} ({i.rule.where})"))
    for own in screen.own_met:
        log.record(FileResult(own, "ignored", "the database's own file: never read"))


def ingest_found(
    engine: Engine, found: list[Found], opts: Options, ws: Workspace, run_id: int,
    report: Progress, locate: Callable[[Found], tuple[str | None, int | None]] | None = None,
    pool: ParsePool | None = None,
) -> int:
    """Hash, parse (in guarded workers) and store files already found, each outcome to
    `report`; returns the workers' peak memory (KiB).  `ingest` and the farm's task
    (`jixiao.ingest.farm`) both store through here; the farm passes a `pool` whose workers
    outlive one call (a pool left by an exception must be closed, not reused)."""
    peak = 0
    hashed: dict[str, bytes] = {}  # a task's path → the bytes its hash was taken of
    tasks = _tasks(engine, found, opts, ws, locate or path_locator(opts.path_pattern), report,
                   hashed)
    for parsed in _parse(tasks, opts, pool):
        report(_store(engine, parsed, run_id, hashed.pop(parsed.task.path, None)))
        peak = max(peak, parsed.peak_rss_kb)
        ws.discard(Path(parsed.task.path))
    return peak


def _tasks(
    engine: Engine, found: list[Found], opts: Options, ws: Workspace,
    locate: Callable[[Found], tuple[str | None, int | None]], report: Progress,
    hashed: dict[str, bytes] | None = None,
) -> Iterator[Task]:
    """Tasks for the files that need parsing; the others are reported on the way.
    `hashed` gets the bytes each task's hash was taken of, where they were read whole."""
    for f in found:
        prepared = _prepare(engine, f, opts, ws, locate, hashed)
        if isinstance(prepared, FileResult):
            report(prepared)
        else:
            yield prepared


def _prepare(
    engine: Engine, found: Found, opts: Options, ws: Workspace,
    locate: Callable[[Found], tuple[str | None, int | None]],
    hashed: dict[str, bytes] | None = None,
) -> Task | FileResult:
    """Hash the file (extracting it first from its archive); a stored hash needs no parsing.
    A file up to KEEP_READ bytes is read whole for its hash, and its bytes go to `hashed`
    for the store to keep (`keep_original`) without reading and hashing them again."""
    t0 = time.perf_counter()
    origin = _origin(found)
    if found.refused is not None:
        return FileResult(found.display, "failed", found.refused, path=origin)
    content: bytes | None = None
    try:
        if found.entry is not None:
            path, sha, size = ws.extract(found.entry)
            when = entry_time(found.entry) or _utc(found.path.stat().st_mtime)
        else:
            info = found.path.stat()
            path, size, when = found.path, info.st_size, _utc(info.st_mtime)
            if hashed is not None and size <= KEEP_READ:
                content = path.read_bytes()
                sha = hashlib.sha256(content).hexdigest()
            else:
                sha = sha256_of(path)
    except ArchiveError as e:
        return FileResult(found.display, "failed", str(e), path=origin)
    except OSError as e:
        return FileResult(found.display, "failed", f"cannot read the file: {e.strerror or e}",
                          path=origin)
    with database_answers(f"checking {found.display}"), Session(engine) as s:
        doc = version_by_sha(s, sha)
        if doc is not None:
            ws.discard(path)
            return FileResult(found.display, "unchanged", _unchanged_note(doc.status, doc.id),
                              doc.id, time.perf_counter() - t0, sha, path=origin,
                              format=doc.format)
    unit, year = locate(found)
    if content is not None and hashed is not None:
        hashed[str(path)] = content
    return Task(path=str(path), display=found.display, source=found.name, sha256=sha,
                size=size, unit_name=opts.unit_name, year=opts.year, path_unit_name=unit,
                path_year=year, origin=origin, file_time=when)


def _origin(found: Found) -> str:
    """Where the file is on this machine (for the run log; never exported).

    os.path.realpath, not Path.resolve: it does not raise on a symlink loop."""
    if found.origin is not None:  # a copy: where it was made from
        return found.origin
    real = readable_name(os.path.realpath(found.path))
    if found.entry is None:
        return real
    outer = found.display.split("!", 1)
    return f"{real}!{outer[1]}" if found.entry.depth == 1 else found.display


def _utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)


def entry_time(entry: Entry) -> datetime | None:
    """The date the archive stores for the entry, in UTC; None when unreadable.  A zip's
    is the local time of the machine that zipped it, read as this machine's local time,
    as unzip does; 7z and RAR store their own (`Entry.mtime`, seconds since the epoch)."""
    if not str(entry.archive).lower().endswith(".zip") and entry.mtime:
        try:
            return _utc(entry.mtime)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        info = entry.archive.stat()
        y, mo, d, h, mi, sec = _zip_dates(str(entry.archive), info.st_mtime_ns,
                                          info.st_size)[entry.index]
        return datetime(y, mo, d, h, mi, sec).astimezone(UTC).replace(tzinfo=None)
    except (OSError, IndexError, ValueError, OverflowError, zipfile.BadZipFile):
        return None


@lru_cache(maxsize=8)
def _zip_dates(archive: str, _mtime_ns: int, _size: int) -> tuple[tuple[int, ...], ...]:
    """Every entry's date, in entry order (one read of the archive's directory)."""
    with zipfile.ZipFile(archive) as zf:
        return tuple(tuple(i.date_time) for i in zf.infolist())


def _unchanged_note(status: str, doc_id: int) -> str | None:
    if status == "removed":
        return (f"this content was taken out with `jixiao remove` (document #{doc_id}); it "
                f"stays out; `jixiao restore {doc_id}` brings it back")
    if status == "superseded":
        return f"an older version (document #{doc_id}), kept in history"
    return None


def _parse(tasks: Iterator[Task], opts: Options, pool: ParsePool | None = None
           ) -> Iterator[Parsed]:
    if pool is not None:
        yield from pool.map_unordered(tasks)
        return
    inline = opts.inline if opts.inline is not None else opts.jobs <= 1
    if inline:
        yield from map(opts.parse, tasks)
        return
    limits = WorkerLimits(opts.file_seconds or None, opts.worker_memory_mb, opts.tasks_per_worker)
    with ParsePool(opts.jobs, limits, parse=opts.parse) as pool:
        yield from pool.map_unordered(tasks)


def _store(engine: Engine, parsed: Parsed, run_id: int, content: bytes | None = None
           ) -> FileResult:
    """Store one parsed document in its own transaction; `content`: the bytes its hash
    was taken of, when they were kept (else the file is read again for them)."""
    task = parsed.task
    t0 = time.perf_counter()
    result = FileResult(task.display, "failed", parsed.reason, None, parsed.seconds,
                        task.sha256, path=task.origin, parse_seconds=parsed.seconds)
    if parsed.payload is None:
        return result
    payload = parsed.payload
    if payload.file_time is None:
        payload = replace(payload, file_time=task.file_time)
    result.format = payload.format
    key = doc_key(payload.unit_name, payload.year, payload.source)
    original = content if content is not None else _original_bytes(task)
    try:
        with writing(engine) as s:
            lock_document(s, key, task.sha256)
            existing = version_by_sha(s, task.sha256)
            if existing is not None:  # another run stored it meanwhile
                result.outcome, result.document_id = "unchanged", existing.id
                return result
            doc = add_document(s, payload, run_id=run_id)
            previous = doc.previous
            if any_to_reapply(s, doc.sha256, doc.doc_key):
                # analysts' corrections of this content or an earlier version
                reapply(s, s.get_one(Document, doc.id))
            if original is not None:
                # for `jixiao reread`; bytes read here again are checked against the hash
                keep_original(s, task.sha256, original, hashed=content is not None)
            result.document_id = doc.id
            if doc.status == "current":
                result.replaced = previous.id if previous is not None else None
            elif previous is not None:
                result.kept = previous.id
                result.reason = _older_note(payload.file_time, previous)
            done = _ingested(result, payload, parsed.seconds + time.perf_counter() - t0)
            log_outcome(s, run_id, done)
        done.logged = True
        return done
    except IntegrityError:
        return _lost_race(engine, result)
    except OperationalError as e:
        raise StoreError(
            f"the database stopped accepting writes while storing {task.display}: {e.orig}; "
            "nothing of that file was stored; fix the database and run again"
        ) from e
    except (DBAPIError, StatementError) as e:  # a value the database refuses (too long …)
        result.reason = (f"the database refused this document ({_first_line(e)}); the other "
                         "files were stored; please report this file")
        return result


def _ingested(result: FileResult, payload: DocumentPayload, seconds: float) -> FileResult:
    """The outcome of a document stored: as logged with it, returned once committed."""
    return replace(result, outcome="ingested", projects=len(payload.projects),
                   indicators=sum(len(p.indicators) for p in payload.projects),
                   seconds=seconds)


def _original_bytes(task: Task) -> bytes | None:
    """The file's bytes as read again here (an archive entry: its extracted copy), kept
    with the document when they still have the hash it was parsed under; None when the
    file cannot be read (the document is stored without them)."""
    try:
        return Path(task.path).read_bytes()
    except OSError:
        return None


def _older_note(when: datetime | None, current: Version) -> str:
    times = f" ({_shown(when)} < {_shown(current.file_time)})" if when else ""
    return (f"an older version of {current.source} than document #{current.id} by the "
            f"files' own time{times}: stored in history; #{current.id} stays current")


def _shown(when: datetime | None) -> str:
    return f"{when:%Y-%m-%d %H:%M:%S} UTC" if when is not None else "time unknown"


def versions_met(engine: Engine, files: list[FileResult]) -> list[VersionsMet]:
    """The documents this run met in more than one version (ingested or found stored),
    each with the version that is current now and the others."""
    met = {f.document_id: f for f in files if f.document_id is not None}
    if len(met) < 2:
        return []
    with database_answers("comparing the versions met"), Session(engine) as s:
        docs = list(s.scalars(select(Document).where(Document.id.in_(sorted(met)))))
        by_key: dict[str, list[Document]] = {}
        for d in docs:
            by_key.setdefault(d.doc_key, []).append(d)
        out: list[VersionsMet] = []
        for key, versions in sorted(by_key.items()):
            if len(versions) < 2:
                continue
            current = current_with_key(s, key)
            out.append(VersionsMet(
                unit_name=versions[0].unit_name, year=versions[0].year,
                source=versions[0].source,
                kept=_version(current, met) if current is not None else None,
                others=[_version(d, met) for d in sorted(versions, key=lambda d: d.id)
                        if current is None or d.id != current.id],
            ))
    return out


def _version(doc: Document, met: dict[int, FileResult]) -> VersionMet:
    seen = met.get(doc.id)
    return VersionMet(document_id=doc.id, file=seen.file if seen else None,
                      file_time=doc.file_time, status=doc.status)


def _lost_race(engine: Engine, result: FileResult) -> FileResult:
    """A unique constraint stopped a duplicate: another writer got there first."""
    with Session(engine) as s:
        existing = find_by_sha(s, result.sha256 or "")
    if existing is None:
        raise StoreError(f"{result.file}: another run stored a different version of this "
                         "document at the same moment; run again to take the newest")
    result.outcome, result.document_id, result.reason = "unchanged", existing.id, None
    return result


def _first_line(e: Exception) -> str:
    orig = getattr(e, "orig", None) or e
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# --- unit and year from the path ------------------------------------------------------

_PATH_YEAR = re.compile(r"^(20\d{2})(?:年度?)?$")
_YEAR_THEN_UNIT = re.compile(r"^(20\d{2})(?:年度?)?[\s_\-]*(.+)$")
_UNIT_THEN_YEAR = re.compile(r"^(.+?)[\s_\-]*(20\d{2})(?:年度?)?$")
# How units name their folders: 老庄子镇, 某某乡, 某某街道(办事处), 某某局 …
_PATH_UNIT = re.compile("(" + "|".join(FOLDER_ENDINGS) + ")$")


def from_path(parts: tuple[str, ...]) -> tuple[str | None, int | None]:
    """Unit name and year from folder names (`2022/老庄子镇/x.docx`,
    `2022年老庄子镇/x.docx`), where present; the folder nearest the file wins."""
    unit: str | None = None
    year: int | None = None
    for part in parts:
        m = _PATH_YEAR.match(part)
        if m:
            year = int(m.group(1))
            continue
        for pattern, y, u in ((_YEAR_THEN_UNIT, 1, 2), (_UNIT_THEN_YEAR, 2, 1)):
            m = pattern.match(part)
            if m and _PATH_UNIT.search(m.group(u)):
                year, unit = int(m.group(y)), m.group(u)
                break
        else:
            if _PATH_UNIT.search(part):
                unit = part
    return unit, year


def compile_path_pattern(pattern: str) -> re.Pattern[str]:
    """`{year}/{unit}/*` → a regex matched against the end of each file's path.

    Segments are separated by `/`; `{unit}` and `{year}` capture, `*` matches within one
    folder or file name, `**` any number of folders.  Raises OptionError."""
    if "{unit}" not in pattern and "{year}" not in pattern:
        raise _bad_pattern(f"the path pattern {pattern!r} names neither {{unit}} nor {{year}}")
    for name in ("{unit}", "{year}"):
        if pattern.count(name) > 1:
            raise _bad_pattern(f"the path pattern {pattern!r} names {name} twice")
    segments = [seg for seg in pattern.strip("/").split("/") if seg]
    out: list[str] = []
    for seg in segments:
        if seg == "**":
            out.append("(?:[^/]+/)*")
            continue
        piece = re.escape(seg)
        piece = piece.replace(r"\{unit\}", "(?P<unit>[^/]+?)", 1)
        piece = piece.replace(r"\{year\}", r"(?P<year>\d{4})", 1)
        piece = piece.replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        out.append(piece + "/")
    body = "".join(out).removesuffix("/")
    try:
        return re.compile(rf"(?:^|/){body}$")
    except re.error as e:
        raise _bad_pattern(f"the path pattern {pattern!r} is not usable: {e}") from e


def _bad_pattern(why: str) -> OptionError:
    return OptionError(f"{why}; write it like '{{year}}/{{unit}}/*'")


def path_locator(pattern: str | None) -> Callable[[Found], tuple[str | None, int | None]]:
    """Unit and year for a found file, from the pattern, else from folder names."""
    if pattern is None:
        return lambda found: from_path(found.rel_parts)
    regex = compile_path_pattern(pattern)

    def locate(found: Found) -> tuple[str | None, int | None]:
        m = regex.search("/".join((*found.rel_parts, found.name)))
        if m is None:
            return None, None
        groups = m.groupdict()
        year = groups.get("year")
        return groups.get("unit"), int(year) if year else None

    return locate
