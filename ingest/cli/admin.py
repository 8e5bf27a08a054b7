"""The bulk-ingestion commands: `history`, `remove`, `restore`, `runs`, `failures`.

Added to the `jixiao` group by `jixiao.ingest.cli.main` (COMMANDS); each opens the
database, calls one function of `jixiao.ingest.runlog`, prints a table (or `--json`) and
picks the exit code.  SQLAlchemy and the run log are imported inside the commands, so
that `jixiao normalize` starts without them.
"""

from __future__ import annotations

import shlex
from datetime import UTC, datetime
from typing import Any

import click

from jixiao.ingest.cli.options import db_option, fail, json_option, open_db
from jixiao.ingest.cli.output import console, print_json, table


def _when(t: datetime | None) -> str:
    """A stored time (UTC) in this machine's local time."""
    return t.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S") if t else ""


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
def history(unit: str, year: int | None, db: str | None, as_json: bool) -> None:
    """Every version of a unit's documents: current, superseded and removed."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog

    engine = open_db(db)
    with Session(engine) as s:
        versions = runlog.history(s, unit, year)
        rows = [_version_row(v) for v in versions]
    if not rows:
        fail(f"no document of a unit named {unit!r}; `jixiao documents` lists the units")
    if as_json:
        print_json(rows, default=_iso)
        return
    t = table("id", "单位 unit", "年度", "文件 file", "status", "ingested", "run", "sha256",
              "note", compact=True)
    for r in rows:
        t.add_row(str(r["id"]), r["unit_name"] or "", str(r["year"] or ""), r["source"],
                  r["status"], _when(r["ingested_at"]), str(r["run_id"] or ""),
                  r["sha256"][:12], r["note"])
    console().print(t)


def _version_row(v: Any) -> dict[str, Any]:
    d = v.document
    note = ""
    if d.status == "superseded":
        note = f"replaced by #{d.superseded_by_id}" if d.superseded_by_id else "replaced"
    elif d.status == "removed":
        note = f"removed {_when(v.removed_at)} by {v.removed_by or '?'}"
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
    @click.option("--unit", default=None, help="The document's unit, when several match.")
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
def runs(run_id: int | None, limit: int, db: str | None, as_json: bool) -> None:
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
        if as_json:
            print_json(rows, default=_iso)
            return
        t = table("run", "started", "finished", "status", "seen", "ingested", "unchanged",
                  "failed", "who", "command", compact=True)
        for r in rows:
            t.add_row(str(r["id"]), _when(r["started_at"]), _when(r["finished_at"]),
                      r["status"], str(r["seen"]), str(r["ingested"]), str(r["unchanged"]),
                      str(r["failed"]), f"{r['user']}@{r['host']}", r["command"] or "")
        console().print(t)
        return
    if as_json:
        print_json({**head, "files": files}, default=_iso)
        return
    click.echo(f"run {head['id']}  {head['status']}  {_when(head['started_at'])} → "
               f"{_when(head['finished_at'])}  {head['user']}@{head['host']}  {head['command']}")
    t = table("outcome", "file", "seconds", "document", "reason", compact=True)
    for f in files:
        t.add_row(f["outcome"], f["file"], f"{f['seconds'] or 0:.2f}",
                  str(f["document_id"] or ""), f["reason"] or "")
    console().print(t)


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
              help="Also failures that a later run resolved.")
@click.option("--paths", is_flag=True, help="Print only the paths, one a line (to retry them).")
@db_option()
@json_option()
def failures(include_resolved: bool, paths: bool, db: str | None, as_json: bool) -> None:
    """Files that failed and have not been ingested since: what failed and why.

    A failed file is tried again by the next run that meets it."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog

    engine = open_db(db)
    with Session(engine) as s:
        rows = [_outcome_row(f) for f in runlog.failures(s, include_resolved=include_resolved)]
    if as_json:
        print_json(rows, default=_iso)
        return
    if paths:
        for p in dict.fromkeys((r["path"] or r["file"]).split("!", 1)[0] for r in rows):
            click.echo(p)
        return
    if not rows:
        click.echo("no failures")
        return
    t = table("run", "when", "file", "reason", compact=True)
    for r in rows:
        t.add_row(str(r["run_id"]), _when(r["at"]), r["file"], r["reason"] or "")
    console().print(t)


COMMANDS = (history, remove, restore, runs, failures)
