"""`jixiao reread`: read stored documents again with the current reader.

    jixiao reread --unit U [--year Y] | --year Y | --all  [--dry-run] [--jobs N] [--json]

A thin skin over `jixiao.ingest.reread.reread`: it parses the options, opens the
database, prints one line per document as it is done and the totals, and picks the exit
code (0: every document read again, 1: any could not be, 2: a usage error).  SQLAlchemy
and the readers are imported inside the command.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import click

from jixiao.ingest.cli.options import (
    db_option,
    fail,
    interrupted_status,
    json_option,
    open_db,
    stoppable,
    unit_option,
)
from jixiao.ingest.cli.output import amount, print_json

if TYPE_CHECKING:
    from jixiao.ingest.reread import DocumentChange, RereadSummary


@click.command()
@unit_option()
@click.option("--year", type=int, default=None, help="Only this budget year.")
@click.option("--all", "everything", is_flag=True, help="Every current document.")
@click.option("--dry-run", is_flag=True, help="Read and compare; store nothing.")
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: cores).")
@db_option()
@json_option(help="Print one JSON summary: each document before and after, and the totals.")
def reread(unit: str | None, year: int | None, everything: bool, dry_run: bool,
           jobs: int | None, db: str | None, as_json: bool) -> None:
    """Read stored documents again with the current reader, and say what changed.

    For the current documents of --unit and/or --year (or --all): their bytes as kept
    in the database, else the file where it was found if its content is unchanged.
    Each new reading replaces the old one in one transaction; corrections are applied
    again.  Exit 0 when every document was read again, 1 when any could not be."""
    from jixiao.ingest.reread import RereadOptions
    from jixiao.ingest.reread import reread as run_reread

    if jobs is not None and jobs < 1:
        fail("--jobs must be 1 or more", 2)
    engine = open_db(db)
    options = RereadOptions(
        unit=unit, year=year, everything=everything, dry_run=dry_run,
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        command=" ".join(["jixiao", *sys.argv[1:]]),
        inline=False,  # workers, as ingest: the time limit and crash isolation
    )
    try:
        with stoppable():
            summary = run_reread(engine, options,
                                 on_document=None if as_json else _print_change)
    except KeyboardInterrupt as e:
        click.echo("interrupted: the documents read again so far are stored", err=True)
        sys.exit(interrupted_status(e))
    if as_json:
        print_json(summary.as_json(), indent=None)
    else:
        click.echo(totals_line(summary))
    sys.exit(1 if summary.count("failed") else 0)


def _print_change(c: DocumentChange) -> None:
    click.echo(change_line(c))


def change_line(c: DocumentChange) -> str:
    """One document: `reread`, `same` or `failed`, its id and file, and what changed."""
    what = f"#{c.document_id} {c.source}"
    if c.before is None or c.after is None:
        return f"failed     {what}: {c.reason}"
    label = "reread" if c.outcome == "reread" else "same"
    return f"{label:<10} {what}: {c.compared()}" + (f"; {c.reason}" if c.reason else "")


def _pair(name: str, before: Any, after: Any) -> str:
    return f"{name} {before}" if before == after else f"{name} {before} → {after}"


def _yuan(x: float | None) -> str:
    return "none" if x is None else f"{amount(x)} 元"


def totals_line(s: RereadSummary) -> str:
    t = s.totals()
    n = len(s.changes)
    head = (f"{n} document{'s' * (n != 1)}: {s.count('reread')} changed, "
            f"{s.count('unchanged')} the same, {s.count('failed')} failed")
    if t["projects"]["before"] is not None:
        budget = {k: _yuan(v) for k, v in t["budget_yuan"].items()}
        head += (f"; {_pair('projects', t['projects']['before'], t['projects']['after'])}, "
                 f"{_pair('indicators', t['indicators']['before'], t['indicators']['after'])}, "
                 f"{_pair('budget', budget['before'], budget['after'])}")
    return head + (" (dry run: nothing stored)" if s.dry_run else f" (run {s.run_id})")


COMMANDS: list[click.Command] = [reread]
