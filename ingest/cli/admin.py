"""The bulk-ingestion commands: `history`, `remove`, `restore`, `runs`, `failures`.

Added to the `jixiao` group by `jixiao.ingest.cli.main` (COMMANDS); each opens the
database, calls one function of `jixiao.ingest.runlog`, prints a table (or `--json`,
`--csv`) and picks the exit code.  Tables fit the terminal: times in a short form
(12-02 09:30), file names cut in the middle with their extension kept.  `failures
--acknowledge FILE` writes no database: it adds the file to the .jixiaoignore of its
folder (`jixiao.ingest.discover.acknowledge`).  SQLAlchemy and the run log are imported
inside the commands, so that `jixiao normalize` starts without them.
"""

from __future__ import annotations

import shlex
import socket
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from jixiao.ingest.cli.options import (
    csv_option,
    db_option,
    fail,
    json_option,
    open_db,
    unit_option,
)
from jixiao.ingest.cli.output import (
    console,
    fitted,
    print_json,
    print_rows,
    short_when,
    table,
    width,
)

NARROW = 120  # columns: a narrower terminal gets the short form of the run log


def _iso(x: object) -> str:
    """Times as ISO 8601 in UTC (`2024-03-01T08:30:00Z`)."""
    if isinstance(x, datetime):
        return x.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    return str(x)


# --- history ----------------------------------------------------------------------------


@click.command()
@click.argument("unit")
@click.option("--year", type=int, default=None, help="Only this budget year.")
@db_option()
@json_option()
@csv_option()
def history(unit: str, year: int | None, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Every version of a unit's documents: current, superseded and removed.

    UNIT is its name, an alias on the roster (`jixiao roster`), or a part of its name
    that one unit has; several units with that part are listed (exit 2)."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog

    engine = open_db(db)
    with Session(engine) as s:
        versions = runlog.history(s, unit, year)
        rows = [_version_row(v) for v in versions]
    if not rows:
        fail(f"no document of a unit named {unit!r}; `jixiao documents` lists the units")
    if print_rows(rows, as_json=as_json, as_csv=as_csv, default=_iso):
        return
    t = table("id", "单位 unit", "年度", "文件 file", "status", "ingested", "run", "sha256",
              "note", compact=True)
    console().print(fitted(t, [
        [str(r["id"]), r["unit_name"] or "", str(r["year"] or ""), r["source"], r["status"],
         short_when(r["ingested_at"]), str(r["run_id"] or ""), r["sha256"][:12], r["note"]]
        for r in rows
    ], shrink=(1, 3, 8)))


def _version_row(v: Any) -> dict[str, Any]:
    d = v.document
    note = ""
    if d.status == "superseded":
        note = f"replaced by #{d.superseded_by_id}" if d.superseded_by_id else "replaced"
    elif d.status == "removed":
        note = f"removed {short_when(v.removed_at)} by {v.removed_by or '?'}"
        if v.removed_reason:
            note += f": {v.removed_reason}"
    return {"id": d.id, "unit_name": d.unit_name, "year": d.year, "source": d.source,
            "status": d.status, "ingested_at": d.ingested_at, "run_id": d.run_id,
            "sha256": d.sha256, "origin": d.origin, "superseded_by": d.superseded_by_id,
            "removed_at": v.removed_at, "removed_by": v.removed_by, "note": note}


# --- remove / restore -------------------------------------------------------------------


def _change_command(verb: str, doc: str) -> click.Command:
    @click.command(name=verb, help=doc)
    @click.argument("document")
    @unit_option(help="The document's unit, when several match: its name, an alias on "
                      "the roster, or a part of its name that one unit has.")
    @click.option("--year", type=int, default=None, help="The document's year, when several match.")
    @click.option("--reason", default=None, help="Why (kept in the run log).")
    @db_option()
    def command(document: str, unit: str | None, year: int | None, reason: str | None,
                db: str | None) -> None:
        from jixiao.ingest import runlog

        engine = open_db(db)
        action = runlog.remove if verb == "remove" else runlog.restore
        change = action(engine, document, unit=unit, year=year, reason=reason,
                        command=_command_line(verb, document, unit, year, reason))
        what = (f"#{change.document_id} {change.unit_name or '?'} {change.year or '?'} "
                f"{change.source}")
        if verb == "remove":
            click.echo(f"removed {what} (run {change.run_id}; kept in history)")
            if change.other_id is not None:
                click.echo(f"#{change.other_id}, the version it had replaced, is current again")
        else:
            click.echo(f"restored {what} (run {change.run_id})")
            if change.other_id is not None:
                click.echo(f"#{change.other_id}, current until now, is kept in history")

    return command


def _command_line(
    verb: str, document: str, unit: str | None, year: int | None, reason: str | None
) -> str:
    """The command as the run log shows it."""
    words = ["jixiao", verb, document]
    for option, value in (("--unit", unit), ("--year", year), ("--reason", reason)):
        if value is not None:
            words += [option, str(value)]
    return shlex.join(words)


remove = _change_command(
    "remove",
    """Take a wrongly ingested document out (it stays in history).

    DOCUMENT is an id, the start of a sha256 or a file name.  The run log records who
    removed it and when; the version it had replaced, if any, becomes current again.
    Ingesting the same content again leaves it out; `jixiao restore` brings it back.""",
)
restore = _change_command(
    "restore",
    """Bring a removed document back as the current version.

    DOCUMENT is an id, the start of a sha256 or a file name.""",
)


# --- runs -------------------------------------------------------------------------------


@click.command()
@click.argument("run_id", type=int, required=False)
@click.option("--limit", type=int, default=20, show_default=True, help="How many runs.")
@db_option()
@json_option()
@csv_option()
def runs(run_id: int | None, limit: int, db: str | None, as_json: bool, as_csv: bool) -> None:
    """The run log: recent runs, or each file's outcome in run RUN_ID."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog
    from jixiao.store.db.models import Run

    engine = open_db(db)
    with Session(engine) as s:
        if run_id is not None:
            run = s.get(Run, run_id)
            if run is None:
                fail(f"no run {run_id}; `jixiao runs` lists them")
            files = [_outcome_row(f) for f in runlog.run_files(s, run_id)]
            head = _run_row(run, runlog.run_status(run))
        else:
            rows = [_run_row(r, runlog.run_status(r)) for r in runlog.runs(s, limit)]
    if run_id is None:
        if print_rows(rows, as_json=as_json, as_csv=as_csv, default=_iso):
            return
        console().print(_runs_table(rows))
        return
    if as_json:
        print_json({**head, "files": files}, default=_iso)
        return
    if print_rows(files, as_csv=as_csv, default=_iso):
        return
    click.echo(f"run {head['id']}  {head['status']}  {short_when(head['started_at'])} → "
               f"{_finished(head)}  {head['user']}@{head['host']}  {head['command']}")
    t = table("outcome", "file", "seconds", "document", "reason", compact=True)
    console().print(fitted(t, [
        [f["outcome"], f["file"], f"{f['seconds'] or 0:.2f}", str(f["document_id"] or ""),
         f["reason"] or ""] for f in files
    ], shrink=(1, 4)))


def _runs_table(rows: list[dict[str, Any]]) -> Any:
    """The run log as a table; under 120 columns, without `who` and with short headers
    (new: ingested, same: unchanged), so that 80 columns hold it."""
    narrow = width() < NARROW
    t = table("run", "started", "finished", "status", "seen",
              "new" if narrow else "ingested", "same" if narrow else "unchanged", "failed",
              *(() if narrow else ("who",)), "command", compact=True)
    return fitted(t, [
        [str(r["id"]), short_when(r["started_at"]), _finished(r), r["status"],
         str(r["seen"]), str(r["ingested"]), str(r["unchanged"]), str(r["failed"]),
         *(() if narrow else (f"{r['user']}@{r['host']}",)),
         (r["command"] or "").removeprefix("jixiao " if narrow else "")] for r in rows
    ], shrink=(len(t.columns) - 1,))


def _finished(r: dict[str, Any]) -> str:
    """The end of a run, short: only the time when it ended the day it started."""
    start, end = short_when(r["started_at"]), short_when(r["finished_at"])
    same_day = start[:-5] == end[:-5] and len(start) == len(end) == 11
    return end[-5:] if same_day else end


def _run_row(r: Any, status: str) -> dict[str, Any]:
    return {"id": r.id, "started_at": r.started_at, "finished_at": r.finished_at,
            "status": status, "seen": r.seen, "ingested": r.ingested,
            "unchanged": r.unchanged, "failed": r.failed, "user": r.user, "host": r.host,
            "pid": r.pid, "jobs": r.jobs, "command": r.command}


def _outcome_row(f: Any) -> dict[str, Any]:
    return {"run_id": f.run_id, "file": f.file, "path": f.path, "outcome": f.outcome,
            "reason": f.reason, "sha256": f.sha256, "document_id": f.document_id,
            "format": f.format, "seconds": f.seconds, "at": f.at}


# --- failures ---------------------------------------------------------------------------


@click.command()
@click.option("--all", "include_resolved", is_flag=True,
              help="Also failures that a later run resolved, and acknowledged ones.")
@click.option("--paths", is_flag=True, help="Print only the paths, one a line (to retry them).")
@click.option("--acknowledge", "acknowledge", default=None, metavar="FILE",
              help="Mark FILE as never to be fixed: add it to the .jixiaoignore of its "
                   "folder, so that runs leave it out (and say so).")
@click.option("--reason", default=None, help="Why, with --acknowledge (kept in the comment).")
@db_option()
@json_option()
@csv_option()
def failures(include_resolved: bool, paths: bool, acknowledge: str | None,
             reason: str | None, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Files that failed and have not been ingested since: what failed and why.

    A failed file is tried again by the next run that meets it, unless it is
    acknowledged (--acknowledge FILE: a file that will never be fixed, such as a
    circular with no table); acknowledged files are listed with --all."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog

    if acknowledge is not None:
        _acknowledge(acknowledge, reason, db)
        return
    if reason is not None:
        fail("--reason goes with --acknowledge FILE", 2)
    engine = open_db(db)
    with Session(engine) as s:
        rows = [_outcome_row(f) | {"host": f.run.host, "acknowledged": _acknowledged(f)}
                for f in runlog.failures(s, include_resolved=include_resolved)]
    if not include_resolved:
        rows = [r for r in rows if r["acknowledged"] is None]
    if as_json or as_csv:
        print_rows(rows, as_json=as_json, as_csv=as_csv, default=_iso)
        return
    if paths:
        for p in dict.fromkeys((r["path"] or r["file"]).split("!", 1)[0] for r in rows):
            click.echo(p)
        return
    if not rows:
        click.echo("no failures")
        return
    hosts = len({r["host"] for r in rows}) > 1  # a farm: say which machine met each file
    t = table("run", "when", "file", "reason", compact=True)
    console().print(fitted(t, [
        [f"{r['run_id']} {r['host']}" if hosts else str(r["run_id"]), short_when(r["at"]),
         r["file"],
         (f"acknowledged ({r['acknowledged']}); " if r["acknowledged"] else "")
         + (r["reason"] or "")] for r in rows
    ], shrink=(2, 3)))


def _acknowledged(f: Any) -> str | None:
    """Where the .jixiaoignore rule that now keeps this failed file out is, if any."""
    from jixiao.ingest.discover import ignored_by

    if not f.path:
        return None
    outer, _, inner = f.path.partition("!")
    rule = ignored_by(Path(outer), inner or None)
    return rule.where if rule is not None else None


def _acknowledge(file: str, reason: str | None, db: str | None) -> None:
    """Add FILE (a path here, or a failed file as `jixiao failures` lists it) to the
    .jixiaoignore of its folder."""
    from jixiao.ingest import discover, runlog

    outer, _, inner = file.partition("!")
    path = Path(outer)
    if not path.exists():
        from sqlalchemy.orm import Session

        engine = open_db(db)
        with Session(engine) as s:
            known = [f.path for f in runlog.failures(s, include_resolved=True)
                     if f.path and file in (f.file, f.path)]
        if not known:
            fail(f"no such file: {file}; give its path, or the file as `jixiao failures` "
                 "lists it", 2)
        outer, _, inner = known[0].partition("!")
        path = Path(outer)
    if not path.exists():
        fail(f"no such file: {path} (it was there when it failed); nothing to acknowledge")
    if path.is_dir():
        fail(f"{path} is a folder: acknowledge the files in it, or write a pattern in "
             f"{path.parent / discover.IGNORE_FILE}", 2)
    rule = discover.ignored_by(path, inner or None)
    if rule is not None:
        click.echo(f"{file} is already left out ({rule.pattern}, {rule.where})")
        return
    try:
        who = f"{runlog.current_user()}@{socket.gethostname()}"
        target, pattern = discover.acknowledge(path, reason, who,
                                               inner=inner or None)
    except OSError as e:
        fail(f"cannot write {path.parent / discover.IGNORE_FILE}: {e.strerror or e}")
    click.echo(f"acknowledged {file}: {pattern} added to {discover.from_here(target)}; "
               "runs leave it out")


COMMANDS = (history, remove, restore, runs, failures)
