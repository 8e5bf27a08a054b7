"""The farm: one queue of files in the shared PostgreSQL, worked by any number of
`jixiao worker` processes on any number of machines.

The queue is procrastinate's (tables `procrastinate_*` beside jixiao's, in the same
database and schema): jobs, queueing locks, retries, worker heartbeats and periodic
tasks.  What jixiao adds:

- `enqueue` lists files as `ingest` does (folders walked, `.jixiaoignore` obeyed; an
  archive is one job), hashes each and queues one job per file, with the queueing lock
  path|sha256: a file already queued (waiting or running) or stored is not queued again;
  workers read the file at its path (a shared drive) or, queued with `carry`, its bytes
  kept in the database (`document_files`, where `ingest` keeps a document's original);
- the task `ingest_file` reads the file with the worker guards (time and memory limits,
  in a separate process) and stores it through the same code as `ingest`
  (`jixiao.ingest.pipeline.ingest_found`: unique sha256, current-version key, advisory
  locks), so a file stored by another worker or run meanwhile is `unchanged`;
- a file that fails for a reason fails its job once (`FileFailed`, never retried); a
  database that stops answering (`StoreError`) is retried a few times;
- each worker process is one run in the run log (its host, pid, jobs), and each file it
  does a row of that run, so `jixiao runs` and `jixiao failures` show the farm by machine;
- each worker also looks for jobs of dead workers (no heartbeat for `STALLED_SECONDS`)
  every `REAP_SECONDS` and puts them back in the queue, where any worker takes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import queue
import re
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from procrastinate import App, JobContext, PsycopgConnector, RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued, ConnectorException
from procrastinate.jobs import Status
from procrastinate.schema import SchemaManager
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from jixiao.errors import JixiaoError, OptionError, StoreError
from jixiao.ingest import pipeline
from jixiao.ingest.archives import Workspace, is_archive
from jixiao.ingest.discover import Found, discover
from jixiao.ingest.runlog import FileResult, RunLog, RunSummary, now
from jixiao.ingest.worker import ParsePool, WorkerLimits, sha256_of
from jixiao.parsers.readers.limits import LIMITS
from jixiao.store.db.engine import open_engine, resolve_url
from jixiao.store.db.originals import keep_original, original_of
from jixiao.store.db.write import advisory_key, find_by_sha

QUEUE = "jixiao"
INGEST_TASK = "jixiao.ingest_file"
ENQUEUE_TASK = "jixiao.enqueue_folder"
HEARTBEAT_SECONDS = 10.0  # each worker says it is alive this often …
STALLED_SECONDS = 30.0  # … and is taken for dead after this long without a word
REAP_SECONDS = 15.0  # how often each worker looks for the jobs of dead workers
MAX_ATTEMPTS = 5  # deaths and database outages of one job before it is failed
RETRY_SECONDS = 10  # the wait before a job is tried again after a database outage
# A test-only hook: a worker with this set (a folder) takes a job, writes held-PID there
# and waits to be killed, so that a test can kill a worker in the middle of a job.
HOLD_ENV = "JIXIAO_FARM_HOLD"
_META_SCHEMA = "procrastinate_schema"  # jixiao_meta: the newest procrastinate migration applied
_META_WORKER = "farm_worker:"  # jixiao_meta: a procrastinate worker id → host, pid, run
_SCHEMA_LOCK = advisory_key("schema", "procrastinate")

log = logging.getLogger(__name__)


class FileFailed(JixiaoError):
    """A file failed for a reason (it cannot be read, it holds no table …): its job fails
    once with that reason and is not retried; the run log has it."""


# --- the database --------------------------------------------------------------------------


def libpq_dsn(url: str | None) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL; OptionError for any
    other database: the queue lives in PostgreSQL."""
    u = make_url(resolve_url(url))
    if u.get_backend_name() != "postgresql":
        raise OptionError(
            f"the queue needs PostgreSQL, and {u.render_as_string(hide_password=True)} is "
            f"{u.get_backend_name()}; give --db postgresql+psycopg://user@host/db (SQLite "
            "stays for one machine: `jixiao ingest PATH`)")
    return u.set(drivername="postgresql").render_as_string(hide_password=False)


def open_farm_db(url: str | None) -> Engine:
    """The engine, with jixiao's schema and procrastinate's created or brought up to date."""
    libpq_dsn(url)  # refuses anything but PostgreSQL before creating anything
    engine = open_engine(url)
    ensure_queue_schema(engine)
    return engine


def ensure_queue_schema(engine: Engine) -> None:
    """procrastinate's tables and functions: created in an empty database, else brought
    to this procrastinate's newest migration; one process at a time (advisory lock)."""
    newest = queue_migrations()[-1].stem
    with engine.connect() as conn:
        if _meta(conn, _META_SCHEMA) == newest:
            return
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
            applied = _meta(conn, _META_SCHEMA)
            if applied == newest:
                return
            raw: Any = conn.connection.driver_connection
            if conn.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is None:
                raw.execute(SchemaManager.get_schema())
            elif applied is not None:  # made by an older procrastinate: its migrations since
                for m in queue_migrations():
                    if m.stem > applied:
                        raw.execute(m.read_text(encoding="utf-8"))
            _set_meta(conn, _META_SCHEMA, newest)
    except OperationalError as e:
        raise StoreError(f"cannot prepare the queue's tables: {e.orig}; check the database") from e


def queue_migrations() -> list[Path]:
    """procrastinate's migrations, oldest first (their names sort by version)."""
    return sorted(Path(SchemaManager.get_migrations_path()).glob("*.sql"))


def _meta(conn: Connection, key: str) -> str | None:
    value = conn.execute(text("SELECT value FROM jixiao_meta WHERE key = :k"), {"k": key})
    return value.scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("DELETE FROM jixiao_meta WHERE key = :k"), {"k": key})
    conn.execute(text("INSERT INTO jixiao_meta (key, value) VALUES (:k, :v)"),
                 {"k": key, "v": value})


def farm_app(url: str | None, *, pool: int = 4) -> App:
    """A procrastinate App on the database, with jixiao's tasks."""
    app = App(connector=PsycopgConnector(conninfo=libpq_dsn(url), min_size=1,
                                         max_size=max(4, pool)))
    app.task(name=INGEST_TASK, queue=QUEUE, pass_context=True, retry=RetryStrategy(
        max_attempts=MAX_ATTEMPTS, wait=RETRY_SECONDS,
        retry_exceptions={StoreError, OperationalError}))(ingest_file)
    app.task(name=ENQUEUE_TASK, queue=QUEUE, pass_context=True)(enqueue_folder)
    return app


# --- enqueueing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Queued:
    """One file given to `enqueue` and what became of it."""

    path: str  # on disk (absolute): every worker must reach it there
    display: str  # as `ingest` names it
    folders: tuple[str, ...]  # the folders that may name its unit and year
    sha256: str | None
    outcome: str  # queued | waiting (queued already) | unchanged (stored) | refused
    reason: str | None = None
    job_id: int | None = None
    carried: bool = False  # its bytes are in the database: workers need not reach the path
    mtime: float | None = None  # the file's time, carried with its bytes

    def as_json(self) -> dict[str, Any]:
        return {"file": self.display, "path": self.path, "outcome": self.outcome,
                "reason": self.reason, "job_id": self.job_id, "carried": self.carried}

    def job_args(self) -> dict[str, Any]:
        carried = {"carried": True, "mtime": self.mtime} if self.carried else {}
        return {"path": self.path, "display": self.display, "folders": list(self.folders),
                "sha256": self.sha256, **carried}

    @property
    def lock(self) -> str:
        return f"{self.path}|{self.sha256}"


def plan(engine: Engine, paths: Iterable[Path]) -> list[Queued]:
    """The files under `paths` (an archive is one file), each hashed and checked
    against the store and the queue; nothing is queued yet."""
    out = []
    for f in top_level(paths):
        if f.refused is not None and f.entry is None and not is_archive(f.path.name):
            out.append(Queued(str(f.path), f.display, f.rel_parts, None, "refused", f.refused))
            continue
        try:
            sha = sha256_of(f.path)
        except OSError as e:
            out.append(Queued(str(f.path), f.display, f.rel_parts, None, "refused",
                              f"cannot read the file: {e.strerror or e}"))
            continue
        out.append(_check(engine, Queued(os.path.abspath(f.path), f.display, f.rel_parts,
                                         sha, "queued")))
    return out


def top_level(paths: Iterable[Path]) -> Iterator[Found]:
    """What discovery finds, an archive's entries folded into the archive (its display
    and the folders above it)."""
    seen: set[Path] = set()
    for f in discover(list(paths)):
        if f.path in seen:
            continue
        seen.add(f.path)
        if "!" not in f.display:
            yield f
            continue
        if f.entry is not None and f.entry.depth == 1:
            folders = f.rel_parts[:len(f.rel_parts) - len(f.entry.parts)]
        else:
            folders = f.rel_parts[:-1]
        yield Found(f.path, f.display.split("!", 1)[0], folders)


def _check(engine: Engine, q: Queued) -> Queued:
    with Session(engine) as s:
        doc = find_by_sha(s, q.sha256 or "")
        if doc is not None:
            return replace(q, outcome="unchanged", reason=f"stored as document #{doc.id}")
        row = s.execute(text(
            "SELECT id, status FROM procrastinate_jobs WHERE queueing_lock = :l "
            "AND status IN ('todo', 'doing', 'succeeded') ORDER BY id DESC LIMIT 1"),
            {"l": q.lock}).first()
    if row is not None:
        return replace(q, outcome="waiting", job_id=row.id, reason=_job_state(row.status))
    return q


def _job_state(status: str) -> str:
    return {"todo": "queued already", "doing": "being read now",
            "succeeded": "done already"}.get(status, status)


def defer(app: App, planned: list[Queued]) -> list[Queued]:
    """Queue the planned files (app opened); a file queued meanwhile by another
    `enqueue` is `waiting`."""
    out = []
    for q in planned:
        if q.outcome != "queued":
            out.append(q)
            continue
        try:
            job_id = app.configure_task(INGEST_TASK, queueing_lock=q.lock).defer(**q.job_args())
        except AlreadyEnqueued:
            out.append(replace(q, outcome="waiting", reason="queued already"))
        else:
            out.append(replace(q, job_id=job_id))
    return out


def carry(engine: Engine, planned: list[Queued]) -> list[Queued]:
    """Keep the bytes of each file to be queued in the database, for workers that cannot
    reach the files; they are kept as `ingest` keeps a document's original (`jixiao
    reread` reads them too), once per content.  A file too large, or changed since it
    was hashed, is refused."""
    out = []
    for q in planned:
        if q.outcome != "queued":
            out.append(q)
            continue
        try:
            info = os.stat(q.path)
            if info.st_size > LIMITS.max_file_bytes:
                out.append(replace(q, outcome="refused", reason=(
                    f"larger than {LIMITS.max_file_bytes:,} bytes (JIXIAO_MAX_FILE_BYTES): "
                    "too large to carry; put it where the workers can read it")))
                continue
            content = Path(q.path).read_bytes()
        except OSError as e:
            out.append(replace(q, outcome="refused",
                               reason=f"cannot read the file: {e.strerror or e}"))
            continue
        try:
            with Session(engine) as s, s.begin():
                kept = keep_original(s, q.sha256 or "", content)
        except IntegrityError:  # kept meanwhile by another `enqueue` or a worker
            kept = True
        if not kept:
            out.append(replace(q, outcome="refused",
                               reason="the file changed while it was queued; queue it again"))
            continue
        out.append(replace(q, carried=True, mtime=info.st_mtime))
    return out


def enqueue(url: str | None, paths: list[Path], *, carried: bool = False) -> list[Queued]:
    """Put one job per file into the queue in the database at `url`; `carried`: with
    each file's bytes, for workers that cannot reach the files."""
    engine = open_farm_db(url)
    try:
        planned = plan(engine, paths)
        if carried:
            planned = carry(engine, planned)
    finally:
        engine.dispose()
    app = farm_app(url, pool=1)
    with app.open():
        return defer(app, planned)


async def enqueue_folder(context: JobContext, timestamp: int, folder: str) -> dict[str, int]:
    """The periodic task of `jixiao worker --schedule`: queue what is new in a folder."""
    state: WorkerState = context.additional_context["farm"]
    planned = await asyncio.to_thread(plan, state.engine, [Path(folder)])
    counts: dict[str, int] = {}
    for q in planned:
        outcome = q.outcome
        if outcome == "queued":
            try:
                await context.app.configure_task(
                    INGEST_TASK, queueing_lock=q.lock).defer_async(**q.job_args())
            except AlreadyEnqueued:
                outcome = "waiting"
        counts[outcome] = counts.get(outcome, 0) + 1
    state.say(f"scheduled  {folder}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    return counts


# --- working --------------------------------------------------------------------------------


# A dead worker's run: interrupted, with the counts of the files it finished.
_BURY = text("""
UPDATE runs SET status = 'interrupted', finished_at = :t,
    seen = (SELECT count(*) FROM run_files WHERE run_id = :r
            AND outcome IN ('ingested', 'unchanged', 'failed')),
    ingested = (SELECT count(*) FROM run_files WHERE run_id = :r AND outcome = 'ingested'),
    unchanged = (SELECT count(*) FROM run_files WHERE run_id = :r AND outcome = 'unchanged'),
    failed = (SELECT count(*) FROM run_files WHERE run_id = :r AND outcome = 'failed')
WHERE id = :r AND status = 'running'""")


@dataclass
class WorkerState:
    """What the jobs of one worker process share: the database, its run, the options."""

    engine: Engine
    run: RunLog
    options: pipeline.Options
    on_file: Callable[[FileResult], None] | None = None
    say: Callable[[str], None] = log.info
    summary: RunSummary = field(default_factory=RunSummary)
    known_as: set[int] = field(default_factory=set)  # procrastinate worker ids announced
    lock: threading.Lock = field(default_factory=threading.Lock)
    idle: queue.SimpleQueue[ParsePool] = field(default_factory=queue.SimpleQueue)
    jobs: int = 1  # job slots, each with its reading process: they share the cores

    @contextlib.contextmanager
    def parse_pool(self) -> Iterator[ParsePool]:
        """A reading process for one job, kept for the next (starting one per file costs
        more than most files take); one a job is stopped by an error is not kept."""
        try:
            pool = self.idle.get_nowait()
        except queue.Empty:
            o = self.options
            pool = ParsePool(1, WorkerLimits(o.file_seconds or None, o.worker_memory_mb,
                                             o.tasks_per_worker), parse=o.parse,
                             share=self.jobs)
        try:
            yield pool
        except BaseException:
            pool.close()
            raise
        self.idle.put(pool)

    def close_pools(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self.idle.get_nowait().close()

    def report(self, r: FileResult) -> None:
        self.run.record(r)
        with self.lock:
            self.summary.files.append(r)
        if self.on_file is not None:
            self.on_file(r)

    def announce(self, worker_id: int | None) -> None:
        """Note which machine and run this procrastinate worker is (for `jixiao queue`)."""
        if worker_id is None or worker_id in self.known_as:
            return
        who = json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                          "run_id": self.run.run_id})
        with self.engine.begin() as conn:
            _set_meta(conn, f"{_META_WORKER}{worker_id}", who)
        self.known_as.add(worker_id)

    def bury(self, worker_ids: Iterable[int]) -> None:
        """The runs of dead workers are `interrupted` (for `jixiao runs` on any machine)."""
        with self.engine.begin() as conn:
            for worker_id in worker_ids:
                who = _meta(conn, f"{_META_WORKER}{worker_id}")
                if who is None:
                    continue
                conn.execute(_BURY, {"t": now(), "r": json.loads(who)["run_id"]})
                conn.execute(text("DELETE FROM jixiao_meta WHERE key = :k"),
                             {"k": f"{_META_WORKER}{worker_id}"})

    def retire(self) -> None:
        with self.engine.begin() as conn:
            for worker_id in self.known_as:
                conn.execute(text("DELETE FROM jixiao_meta WHERE key = :k"),
                             {"k": f"{_META_WORKER}{worker_id}"})


def ingest_file(context: JobContext, path: str, display: str, folders: list[str],
                sha256: str | None = None, carried: bool = False,
                mtime: float | None = None) -> dict[str, int]:
    """The job: read and store one file (or each file of one archive), from its path or,
    `carried`, from its bytes kept in the database."""
    state: WorkerState = context.additional_context["farm"]
    state.announce(context.job.worker_id)
    _hold_for_tests(display)
    results: list[FileResult] = []

    def report(r: FileResult) -> None:
        results.append(r)
        state.report(r)

    with tempfile.TemporaryDirectory(prefix="jixiao-carried-") as tmp:
        copy = unpack_carried(state, Path(tmp), path, display, sha256, mtime) if carried else None
        with Workspace(state.options.limits) as ws, state.parse_pool() as pool:
            found = (job_files(copy, display, tuple(folders), ws, origin=path) if copy
                     else job_files(Path(path), display, tuple(folders), ws))
            pipeline.ingest_found(state.engine, found, state.options, ws, state.run.run_id,
                                  report, pool=pool)
    failed = [r for r in results if r.outcome == "failed"]
    if failed:
        raise FileFailed("; ".join(f"{r.file}: {r.reason}" for r in failed))
    return {o: sum(1 for r in results if r.outcome == o) for o in ("ingested", "unchanged")}


def job_files(path: Path, display: str, folders: tuple[str, ...], ws: Workspace, *,
              origin: str | None = None) -> list[Found]:
    """The files of a job as `ingest` would have found them under the folder given to
    `enqueue`: the same display and the same folders naming unit and year.  `origin`:
    `path` is a copy of the file there (carried content)."""
    alone = tuple(path.resolve().parent.parts[-2:])  # what discovery gives a file alone
    return [replace(f, display=display + f.display[len(str(path)):],
                    rel_parts=(*folders, *f.rel_parts[len(alone):]),
                    origin=None if origin is None else origin + f.display[len(str(path)):])
            for f in discover([path], ws)]


def unpack_carried(state: WorkerState, folder: Path, path: str, display: str,
                   sha256: str | None, mtime: float | None) -> Path:
    """The bytes carried with a job, written in `folder` under the file's name and with
    its time (which version is newest goes by it); FileFailed when they are gone."""
    with Session(state.engine) as s:
        content = original_of(s, sha256 or "")
    if content is None:
        reason = ("its content, queued with --carry, is no longer in the database; "
                  "queue the file again")
        state.report(FileResult(display, "failed", reason, sha256=sha256, path=path))
        raise FileFailed(f"{display}: {reason}")
    copy = folder / Path(path).name
    copy.write_bytes(content)
    if mtime is not None:
        os.utime(copy, (mtime, mtime))
    return copy


def _hold_for_tests(display: str) -> None:
    folder = os.environ.get(HOLD_ENV)
    if not folder:
        return
    (Path(folder) / f"held-{os.getpid()}").write_text(display, encoding="utf-8")
    while True:  # until killed
        time.sleep(1)


async def retry_stalled(app: App) -> dict[int, int | None]:
    """Put the jobs of dead workers (no heartbeat for STALLED_SECONDS) back in the
    queue; a job that has died MAX_ATTEMPTS times is failed.  Returns their ids, each
    with the id of the worker that died."""
    manager = app.job_manager
    done: dict[int, int | None] = {}
    for job in await manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_SECONDS):
        try:
            if job.attempts + 1 >= MAX_ATTEMPTS:
                await manager.finish_job_by_id_async(job.id or 0, Status.FAILED, False)
            else:
                await manager.retry_job(job)
        except ConnectorException:
            continue  # another worker put it back first
        log.warning("job %s (%s) of a dead worker is back in the queue", job.id,
                    job.task_kwargs.get("display"))
        done[job.id or 0] = job.worker_id
    return done


async def _reap(app: App, state: WorkerState) -> None:
    while True:
        await asyncio.sleep(REAP_SECONDS)
        try:
            dead = await retry_stalled(app)
            await asyncio.to_thread(state.bury, {w for w in dead.values() if w is not None})
        except (ConnectorException, OperationalError) as e:  # the next round tries again
            log.warning("cannot look for stalled jobs: %s", e)


def work(url: str | None, jobs: int = 1, *, schedules: Iterable[tuple[str, str]] = (),
         command: str | None = None, until_empty: bool = False,
         on_file: Callable[[FileResult], None] | None = None,
         say: Callable[[str], None] = log.info) -> RunSummary:
    """Work the queue with `jobs` jobs at a time until stopped (SIGTERM, Ctrl-C: the jobs
    in hand are finished first), or until it is empty (`until_empty`).  `schedules`:
    (folder, cron) pairs queued by a periodic task."""
    engine = open_farm_db(url)
    app = farm_app(url, pool=jobs + 2)
    for folder, cron in schedules:
        app.periodic(cron=cron, periodic_id=folder, task_kwargs={"folder": folder})(
            app.tasks[ENQUEUE_TASK])
    opts = pipeline.Options(jobs=1, inline=False, command=command)
    run = RunLog.start(engine, command, jobs)
    state = WorkerState(engine, run, opts, on_file=on_file, say=say, jobs=jobs)
    state.summary.run_id = run.run_id
    status = "interrupted"
    try:
        asyncio.run(_serve(app, state, jobs, until_empty))
        status = "done"
    finally:
        state.close_pools()
        with contextlib.suppress(StoreError, OperationalError):
            state.retire()
            run.finish(state.summary, status)
        engine.dispose()
    return state.summary


async def _serve(app: App, state: WorkerState, jobs: int, until_empty: bool) -> None:
    async with app.open_async():
        reaper = asyncio.create_task(_reap(app, state))
        try:
            await app.run_worker_async(
                queues=[QUEUE], concurrency=jobs, wait=not until_empty,
                name=f"{socket.gethostname()}:{os.getpid()}",
                additional_context={"farm": state},
                update_heartbeat_interval=HEARTBEAT_SECONDS,
                stalled_worker_timeout=STALLED_SECONDS)
        finally:
            reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reaper


_DAILY = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_schedule(text_: str) -> tuple[str, str]:
    """`FOLDER@HH:MM` (daily) or `FOLDER@CRON` (five fields), in UTC as procrastinate's
    periodic tasks are → (absolute folder, cron)."""
    folder, at, when = text_.rpartition("@")
    if not at or not folder:
        raise OptionError(f"--schedule {text_!r}: write FOLDER@HH:MM (daily) or "
                          "'FOLDER@MIN HOUR DAY MONTH WEEKDAY'")
    m = _DAILY.match(when.strip())
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 23 or minute > 59:
            raise OptionError(f"--schedule {text_!r}: no such time of day {when!r}")
        cron = f"{minute} {hour} * * *"
    elif len(when.split()) == 5:
        cron = " ".join(when.split())
    else:
        raise OptionError(f"--schedule {text_!r}: {when!r} is neither HH:MM nor a cron line "
                          "of five fields")
    if not Path(folder).is_dir():
        raise OptionError(f"--schedule {text_!r}: no such folder {folder}")
    return os.path.abspath(folder), cron


# --- the queue's progress ----------------------------------------------------------------


@dataclass
class Machine:
    host: str
    workers: int = 0  # worker processes alive (a heartbeat within STALLED_SECONDS)
    running: int = 0
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    recent: int = 0  # files done within the window

    def as_json(self, minutes: float) -> dict[str, Any]:
        return {"host": self.host, "workers": self.workers, "running": self.running,
                "ingested": self.ingested, "unchanged": self.unchanged, "failed": self.failed,
                "files_per_minute": round(self.recent / minutes, 2)}


@dataclass
class QueueView:
    """The queue now: jobs by state, the machines working it, the rate of the last minutes."""

    waiting: int
    running: int
    done: int
    failed: int
    other: int  # cancelled or aborted
    machines: list[Machine]
    minutes: float  # the window of the rate

    @property
    def per_minute(self) -> float:
        return sum(m.recent for m in self.machines) / self.minutes

    def minutes_left(self) -> float | None:
        rate = self.per_minute
        return (self.waiting + self.running) / rate if rate else None

    def as_json(self) -> dict[str, Any]:
        left = self.minutes_left()
        return {"waiting": self.waiting, "running": self.running, "done": self.done,
                "failed": self.failed, "other": self.other,
                "files_per_minute": round(self.per_minute, 2),
                "minutes_left": round(left, 1) if left is not None else None,
                "window_minutes": self.minutes,
                "machines": [m.as_json(self.minutes) for m in self.machines]}


_JOBS_BY_STATUS = text("SELECT status::text AS status, count(*) AS n FROM procrastinate_jobs "
                       "WHERE task_name = :t GROUP BY status")
_RUNNING_BY_WORKER = text("SELECT worker_id, count(*) AS n FROM procrastinate_jobs "
                          "WHERE task_name = :t AND status = 'doing' GROUP BY worker_id")
_ALIVE = text("SELECT id FROM procrastinate_workers "
              "WHERE last_heartbeat > now() - make_interval(secs => :s)")
_WORKERS = text("SELECT key, value FROM jixiao_meta WHERE key LIKE :p")
_DONE_BY_HOST = text(
    "SELECT r.host, f.outcome, count(*) AS n, count(*) FILTER (WHERE f.at >= :since) AS recent "
    "FROM run_files f JOIN runs r ON r.id = f.run_id "
    "WHERE r.command LIKE 'jixiao worker%' AND f.outcome IN ('ingested', 'unchanged', 'failed') "
    "GROUP BY r.host, f.outcome")


def queue_view(engine: Engine, *, minutes: float = 10.0) -> QueueView:
    """What `jixiao queue` shows."""
    since = now() - timedelta(minutes=minutes)
    with engine.connect() as conn:
        jobs = {r.status: r.n for r in conn.execute(_JOBS_BY_STATUS, {"t": INGEST_TASK})}
        who = {int(r.key.removeprefix(_META_WORKER)): json.loads(r.value)["host"]
               for r in conn.execute(_WORKERS, {"p": _META_WORKER + "%"})}
        machines: dict[str, Machine] = {}

        def machine(host: str | None) -> Machine:
            return machines.setdefault(host or "?", Machine(host or "?"))

        for worker_id in conn.execute(_ALIVE, {"s": STALLED_SECONDS}).scalars():
            if worker_id in who:
                machine(who[worker_id]).workers += 1
        for r in conn.execute(_RUNNING_BY_WORKER, {"t": INGEST_TASK}):
            machine(who.get(r.worker_id, "?")).running += r.n
        for r in conn.execute(_DONE_BY_HOST, {"since": since}):
            m = machine(r.host)
            setattr(m, r.outcome, getattr(m, r.outcome) + r.n)
            m.recent += r.recent
    return QueueView(
        waiting=jobs.get("todo", 0), running=jobs.get("doing", 0),
        done=jobs.get("succeeded", 0), failed=jobs.get("failed", 0),
        other=sum(n for s, n in jobs.items() if s not in ("todo", "doing", "succeeded", "failed")),
        machines=sorted(machines.values(), key=lambda m: m.host), minutes=minutes)
