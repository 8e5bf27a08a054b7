"""Parsing in worker processes: read, parse and normalize one file; touch no database.

`parse_task` turns one file into a `DocumentPayload` (or a readable failure) that the
single writer stores.  `ParsePool` runs it in `jobs` worker processes and guards the run
against hostile files:

- a parse that takes longer than the time limit is killed with its worker and reported
  as failed ("reading took longer than N s …"); a fresh worker takes its place;
- a worker that dies (a crash in a C library, the out-of-memory killer) fails only the
  file it was reading;
- each worker's address space is capped (RLIMIT_AS), so a memory bomb ends in a
  MemoryError for that file instead of swapping the machine, and each worker is
  replaced after `tasks_per_worker` files, so slow leaks in readers cannot add up.

Why not `concurrent.futures.ProcessPoolExecutor`: it can neither stop one running task
nor survive the death of a worker (the whole pool becomes "broken"); the loop below is
the smallest pool that can, built on `multiprocessing` pipes and process sentinels.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from multiprocessing import connection, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError, ParseError
from jixiao.store.db.payload import DocumentPayload


@dataclass(frozen=True, slots=True)
class Task:
    path: str  # where the bytes are on this machine
    display: str  # the name to report (folders relative to the input, a.zip!b inside a zip)
    source: str  # the file's own name, stored and exported
    sha256: str
    size: int
    unit_name: str | None = None  # overrides (command line)
    year: int | None = None
    path_unit_name: str | None = None  # from the path; docfields.unit_and_year decides
    path_year: int | None = None
    origin: str | None = None  # the full path (or archive!member), for the run log
    file_time: datetime | None = None  # the file's own time (UTC); decides the version


@dataclass(frozen=True, slots=True)
class Parsed:
    task: Task
    payload: DocumentPayload | None
    reason: str | None
    seconds: float
    peak_rss_kb: int = 0  # the worker's peak resident memory so far (0: parsed inline)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


Parser = Callable[[Task], "Parsed"]


def parse_task(task: Task) -> Parsed:
    """Parse and normalize one file; never raises for a bad file."""
    t0 = time.perf_counter()
    payload, reason = _parse(task)
    return Parsed(task, payload, reason, time.perf_counter() - t0)


MEMORY_REASON = (
    "the file needs more memory than a worker may use (JIXIAO_WORKER_MEMORY_MB); raise it "
    "if the file is genuine"
)


def _parse(task: Task) -> tuple[DocumentPayload | None, str | None]:
    # Imported here, not at the top: the writer imports this module for the pool and
    # parses nothing; the fork server (PRELOAD) and the workers have these loaded already.
    from jixiao.ingest.build import build_payload
    from jixiao.parsers import parse
    from jixiao.parsers.layout.docfields import UnitAndYear

    try:
        rec = parse.parse_file(Path(task.path), file_name=task.source)
        payload = build_payload(
            rec,
            source=task.source,
            sha256=task.sha256,
            size_bytes=task.size,
            origin=task.origin or task.display,
            given=UnitAndYear(task.unit_name, task.year),
            folder=UnitAndYear(task.path_unit_name, task.path_year),
        )
    except ParseError as e:
        return None, e.reason
    except JixiaoError as e:
        return None, str(e)
    except MemoryError:
        return None, MEMORY_REASON
    except RecursionError:
        return None, "the file is nested too deeply to read"
    except Exception as e:  # a reader bug must not stop the batch; say what it was
        return None, (f"internal error while reading ({type(e).__name__}: {e}); "
                      "please report this file")
    return payload, None


# --- the pool ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    file_seconds: float | None = None  # None or 0: no time limit
    memory_mb: int = 0  # RLIMIT_AS per worker; 0: no cap
    tasks_per_worker: int = 200  # then the worker is replaced


# Imported once by the fork server, so that each new worker starts with them loaded: the
# parsing side and the readers of the common formats (pdfplumber, openpyxl, lxml).
PARSING = [
    "jixiao.ingest.worker", "jixiao.ingest.build", "jixiao.parsers.parse",
    "jixiao.parsers.layout.document", "jixiao.normalize",
]
COMMON_READERS = [
    "jixiao.parsers.readers.docx", "jixiao.parsers.readers.text",
    "jixiao.parsers.readers.excel", "jixiao.parsers.readers.pdf",
]
PRELOAD = PARSING + COMMON_READERS


def preload_for(paths: Iterable[Path]) -> list[str]:
    """What the fork server should load for these inputs: when they are all files whose
    names say a format, the parsing side and those formats' readers only (a worker
    imports any other reader it turns out to need); else PRELOAD."""
    from jixiao.parsers.readers import READERS

    readers: set[str] = set()
    for path in paths:
        reader = READERS.get(path.suffix.lower().lstrip("."))
        if reader is None or not path.is_file():
            return PRELOAD
        readers.add(reader)
    return PARSING + [r for r in COMMON_READERS if r in readers] if readers else PRELOAD


def _worker_main(
    conn: connection.Connection, memory_mb: int, tasks: int, parse: Parser = parse_task,
    workers: int = 1,
) -> None:
    """A worker: parse the tasks its pipe brings, up to `tasks`, then exit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    os.environ[PARSE_WORKERS] = str(workers)  # (the OCR engine shares the cores out by it)
    _quiet_stdout()
    _say_pages()
    if memory_mb > 0:
        _cap_memory(memory_mb * 1024 * 1024)
    for _ in range(tasks):
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the writer is gone
            return
        if task is None:
            return
        parsed = parse(task)
        conn.send(replace(parsed, peak_rss_kb=_peak_rss_kb()))
    conn.close()


def _quiet_stdout() -> None:
    """The worker's standard output goes to its standard error: stdout is the writer's
    (`ingest --json` prints one JSON document there), and reading libraries print there
    on damaged files (xlrd's `WARNING *** file size … not 512 + multiple of sector size`,
    C libraries' own messages), which would break the JSON."""
    import sys

    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        os.dup2(2, 1)
    sys.stdout = sys.stderr


def _say_pages() -> None:
    """The pages of a long scan on stderr as OCR reads them (`ocr        FILE: page 3 of 40
    read (2.4 s)`): a file of many scanned pages takes minutes, and the run's progress
    counts files."""
    import logging
    import sys

    log = logging.getLogger(OCR_LOG)  # without importing the reader: most runs need none
    if log.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


OCR_LOG = "jixiao.parsers.readers.ocr"  # the OCR reader's logger (`ocr.log`)
# how many parsing workers run at once, for the OCR engine's threads (its `WORKERS_ENV`,
# named here so that a worker never imports the engine for it)
PARSE_WORKERS = "JIXIAO_PARSE_WORKERS"


def _cap_memory(limit: int) -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process of the context
    conn: connection.Connection
    task: Task | None = None
    started: float = 0.0
    done: int = 0


class ParsePool:
    """`jobs` worker processes, each parsing one file at a time; results come back in
    the order they finish.  Use as a context manager; workers start when there is work."""

    def __init__(
        self, jobs: int, limits: WorkerLimits, context: BaseContext | None = None,
        parse: Parser = parse_task, share: int | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        # how many parsing processes run at once on this machine, this pool's and others'
        # (a farm worker's pools, one a job slot): each worker's OCR engine takes its share
        # of the cores by it
        self.share = max(1, share or jobs)
        self.limits = limits
        self.parse = parse  # a top-level function (workers import it by name)
        self.context = context or _default_context()
        self.workers: list[_Worker] = []
        # tasks that ran out of memory in a worker that had read other files before: each
        # is read once more, by a fresh worker (`_collect`)
        self.again: deque[Task] = deque()
        self.retried: set[str] = set()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Parsed]:
        pending = iter(tasks)
        more = True
        while True:
            if more or self.again:
                more = self._hand_out(pending) and more
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                return
            waitables: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(connection.wait(waitables, timeout=self._wait_seconds(busy)))
            done = [
                parsed
                for w in busy
                if w.conn in ready or w.process.sentinel in ready or self._overdue(w)
                if (parsed := self._collect(w)) is not None
            ]
            if more or self.again:  # refill first: the workers parse while the caller stores
                more = self._hand_out(pending) and more
            yield from done

    def close(self) -> None:
        for w in self.workers:
            self._stop(w, polite=w.task is None)
        self.workers = []

    # --- handing out and collecting ---------------------------------------------------

    def _hand_out(self, pending: Iterator[Task]) -> bool:
        """Give each idle worker (starting workers up to `jobs`) a task; False when none
        are left."""
        while True:
            idle = next((w for w in self.workers if w.task is None), None)
            if idle is None and len(self.workers) >= self.jobs:
                return True
            again = bool(self.again)
            task = self.again.popleft() if again else next(pending, None)
            if task is None:
                return False
            if again and idle is not None and idle.done:
                self._replace(idle, polite=True)  # a file read again is read by a fresh one
                idle = None
            worker = idle or self._start()
            worker.task, worker.started = task, time.monotonic()
            with contextlib.suppress(OSError):  # it died already: _collect says how
                worker.conn.send(task)

    def _collect(self, w: _Worker) -> Parsed | None:
        """The result of a worker's task: what it sent, or why it sent nothing."""
        task = w.task
        assert task is not None
        if w.conn.poll():
            try:
                parsed: Parsed = w.conn.recv()
            except (EOFError, OSError):
                pass  # it died while sending: handled below as a death
            else:
                before, w.task, w.done = w.done, None, w.done + 1
                # after a MemoryError the worker's heap is not to be trusted (it kept what
                # it had grown to, and the next file in it failed at once): a fresh one
                if w.done >= self.limits.tasks_per_worker or parsed.reason == MEMORY_REASON:
                    self._replace(w, polite=True)
                # ... and the file, if that worker had read others before, is read again by
                # a fresh one: what the files before left in its address space (a scan's
                # engine and buffers) may have been what ran out, not this file
                if parsed.reason == MEMORY_REASON and before and task.path not in self.retried:
                    self.retried.add(task.path)
                    self.again.append(task)
                    return None
                return parsed
        if not w.process.is_alive():
            w.process.join()
            reason = death_reason(w.process.exitcode)
        elif self._overdue(w):
            reason = timeout_reason(self.limits.file_seconds or 0)
        else:
            return None  # woken for nothing
        elapsed = time.monotonic() - w.started
        self._replace(w, polite=False)
        return Parsed(task, None, reason, elapsed)

    def _overdue(self, w: _Worker) -> bool:
        limit = self.limits.file_seconds
        return bool(limit and w.task is not None and time.monotonic() - w.started > limit)

    def _wait_seconds(self, busy: list[_Worker]) -> float | None:
        limit = self.limits.file_seconds
        if not limit:
            return None
        first_deadline = min(w.started for w in busy) + limit
        return max(0.0, first_deadline - time.monotonic()) + 0.01

    # --- worker processes -------------------------------------------------------------

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child, self.limits.memory_mb, self.limits.tasks_per_worker, self.parse,
                  self.share),
            daemon=True,
            name="jixiao-parse",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _replace(self, w: _Worker, *, polite: bool) -> None:
        """Stop a worker (recycled, hung or dead); a new one starts when work needs it."""
        self._stop(w, polite=polite)
        self.workers.remove(w)

    def _stop(self, w: _Worker, *, polite: bool) -> None:
        if polite and w.process.is_alive():
            with contextlib.suppress(OSError):
                w.conn.send(None)
            w.process.join(timeout=5)
        if w.process.is_alive():
            w.process.kill()
        w.process.join()
        w.conn.close()
        w.task = None


def start_fork_server(preload: list[str] = PRELOAD) -> None:
    """Start the fork server now rather than with the first worker: it loads `preload`
    in its own process while this one imports the store and opens the database, instead
    of after.  Nothing crosses: the server holds no connection, and workers fork from it."""
    from multiprocessing import forkserver

    _default_context(preload)
    forkserver.ensure_running()


def _default_context(preload: list[str] = PRELOAD) -> BaseContext:
    """A fork server: workers start fast (modules preloaded) and inherit no open database
    connections or threads from the writer.  (`preload` counts only before the server
    starts: `start_fork_server` may have started it with less.)"""
    ctx = get_context("forkserver")
    ctx.set_forkserver_preload(preload)
    return ctx


def death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        if sig == signal.SIGKILL:
            what = "was killed (signal 9), most often by the system's out-of-memory killer"
        elif sig == signal.SIGSEGV:
            what = "crashed (signal 11, a segmentation fault in a reading library)"
        else:
            what = f"was stopped by signal {sig} ({signal.Signals(sig).name})"
        return (
            f"the reading process {what} while reading this file; the other files were not "
            "affected; check the file (open and re-save it) and run again"
        )
    return (
        f"the reading process stopped unexpectedly (exit code {exitcode}) while reading this "
        "file; the other files were not affected; please report this file"
    )


def timeout_reason(seconds: float) -> str:
    return (
        f"reading took longer than {seconds:g} s; the reader was stopped and the file skipped; "
        "if the file is just very large, raise JIXIAO_MAX_FILE_SECONDS and run again"
    )


def default_memory_mb() -> int:
    """Per-worker address-space cap: JIXIAO_WORKER_MEMORY_MB, default 2048 (0: none)."""
    raw = os.environ.get("JIXIAO_WORKER_MEMORY_MB", "").strip()
    return int(raw) if raw.isdigit() else 2048
