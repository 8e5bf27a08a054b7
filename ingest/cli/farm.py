"""`jixiao` commands of the farm: `enqueue`, `worker`, `queue`.

A queue of files in the shared PostgreSQL, worked by `jixiao worker` on any number of
machines (`jixiao.ingest.farm`, over procrastinate).  Each command parses its options,
calls one function of the farm and prints; SQLite is refused with a usage error (exit 2):
the queue needs PostgreSQL, and `jixiao ingest` stays the one-machine way.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

import click

from jixiao.ingest.cli.options import db_option, fail, json_option
from jixiao.ingest.cli.output import console, fitted, print_json, table


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--carry", is_flag=True,
              help="Keep each file's content in the database with its job, for workers "
                   "that cannot reach the files (no shared drive).")
@db_option()
@json_option(help="Print one JSON summary.")
def enqueue(paths: tuple[Path, ...], carry: bool, db: str | None, as_json: bool) -> None:
    """Queue files, folders (recursively) and archives for `jixiao worker`: one job each.

    The database must be PostgreSQL (its queue and jixiao's tables are created if
    missing).  A file already queued or being read, or whose content is stored, is not
    queued again.  Workers read each file at the path given here (absolute): a shared
    drive mounted at the same place on every machine; or, with --carry, from the
    database, where its content is kept as `ingest` keeps a document's original.  Exit 0;
    1 when a file cannot be read."""
    from jixiao.ingest import farm

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    farm.libpq_dsn(db)  # SQLite: a usage error before anything is read
    done = farm.enqueue(db, list(paths), carried=carry)
    counts = {k: sum(1 for q in done if q.outcome == k)
              for k in ("queued", "waiting", "unchanged", "refused")}
    if as_json:
        print_json({**counts, "files": [q.as_json() for q in done]}, indent=None)
    else:
        for q in done:
            how = ", its content carried" if q.carried else ""
            job = f" (job {q.job_id}{how})" if q.job_id is not None else ""
            why = f": {q.reason}" if q.reason else ""
            click.echo(f"{q.outcome:<10} {q.display}{job}{why}")
        click.echo(f"{len(done)} files: {counts['queued']} queued, {counts['waiting']} queued "
                   f"already, {counts['unchanged']} stored already, {counts['refused']} refused")
    sys.exit(1 if counts["refused"] else 0)


@click.command()
@db_option()
@click.option("--jobs", "-j", type=int, default=None,
              help="Files read at once, each in its own guarded process (default: cores).")
@click.option("--schedule", "schedules", multiple=True, metavar="FOLDER@HH:MM",
              help="Queue what is new in FOLDER every day at HH:MM UTC (02:00 in Beijing "
                   "is 18:00), or at a cron line in UTC: 'FOLDER@0 18 * * 0-4'.  Repeatable.")
@click.option("--until-empty", is_flag=True,
              help="Stop when no job is waiting (a batch, a bench), instead of waiting for more.")
def worker(db: str | None, jobs: int | None, schedules: tuple[str, ...],
           until_empty: bool) -> None:
    """Work the queue in the PostgreSQL database until stopped: read and store each file.

    Run it on every machine that reaches the database and the files.  Each file is read
    under the time and memory limits of `ingest` and stored exactly once.  SIGTERM or
    Ctrl-C: the files in hand are finished, then it stops (exit 0); a second Ctrl-C stops
    at once (exit 130), and another worker takes those files again, as it does those of
    a worker killed or a machine gone, within a minute.  The worker is a run in `jixiao
    runs`, its failures in `jixiao failures`."""
    from jixiao.ingest import farm

    if jobs is not None and jobs < 1:
        fail("--jobs must be 1 or more", 2)
    farm.libpq_dsn(db)
    planned = [farm.parse_schedule(s) for s in schedules]
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    _log_to_stderr()
    for folder, cron in planned:
        click.echo(f"schedule   {folder} at '{cron}' (cron)")
    # The first SIGTERM or Ctrl-C is procrastinate's (finish the jobs in hand, then stop);
    # after it, procrastinate puts these back, and a second one stops at once.
    previous = {sig: signal.signal(sig, _stop_at_once) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        summary = farm.work(db, n, schedules=planned, until_empty=until_empty,
                            command=" ".join(["jixiao", *sys.argv[1:]]),
                            on_file=_print_file, say=click.echo)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    out = summary.as_json()
    click.echo(f"stopped: {out['seen']} files: {out['ingested']} ingested, {out['unchanged']} "
               f"unchanged, {out['failed']} failed (run {summary.run_id})")


def _stop_at_once(signum: int, _frame: object) -> None:
    """The second signal: exit now, without waiting for the threads reading files; their
    jobs go back to the queue when this worker's heartbeat is missed."""
    os.write(2, b"jixiao: stopped at once; the files in hand go back to the queue\n")
    os._exit(128 + signum)


def _print_file(r: Any) -> None:
    why = f": {r.reason}" if r.outcome == "failed" and r.reason else ""
    click.echo(f"{r.outcome:<10} {r.file}{why}")


class _NotFileFailures(logging.Filter):
    """A file that failed is printed by the worker; procrastinate's traceback of it is
    noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        from jixiao.ingest.farm import FileFailed

        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, FileFailed)


def _log_to_stderr() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("jixiao worker: %(message)s"))
    handler.addFilter(_NotFileFailures())
    for name in ("procrastinate", "jixiao.ingest.farm"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        logger.addHandler(handler)
        logger.propagate = False


@click.command(name="queue")
@db_option()
@click.option("--minutes", type=float, default=10.0, show_default=True,
              help="The window of the rate.")
@json_option()
def queue(db: str | None, minutes: float, as_json: bool) -> None:
    """The farm's queue: jobs waiting, running, done and failed; each machine's workers
    and files; the rate over the last minutes and the time left at that rate."""
    from jixiao.ingest import farm

    if minutes <= 0:
        fail("--minutes must be more than 0", 2)
    engine = farm.open_farm_db(db)
    try:
        view = farm.queue_view(engine, minutes=minutes)
    finally:
        engine.dispose()
    if as_json:
        print_json(view.as_json(), indent=None)
        return
    left = view.minutes_left()
    click.echo(f"jobs: {view.waiting} waiting, {view.running} running, {view.done} done, "
               f"{view.failed} failed" + (f", {view.other} cancelled" if view.other else ""))
    click.echo(f"rate: {view.per_minute:.1f} files/min over the last {minutes:g} min"
               + (f"; about {left:.0f} min left" if left is not None else ""))
    if view.machines:
        t = table("machine", "workers", "running", "ingested", "unchanged", "failed",
                  "files/min", compact=True)
        console().print(fitted(t, [
            [m.host, str(m.workers), str(m.running), str(m.ingested), str(m.unchanged),
             str(m.failed), f"{m.recent / minutes:.1f}"] for m in view.machines
        ], shrink=(0,)))


COMMANDS: list[click.Command] = [enqueue, worker, queue]
