"""The `jixiao` command: a thin skin over the library.

Each command parses its options, opens the database, calls one library function, prints
through `output`, and picks the exit code; a JixiaoError it meets is turned into a message
and an exit code by the group (`options.Group`).  What only some commands need
(SQLAlchemy, pandas, pdfplumber, rich, the normalizer) is imported inside those commands,
so that `jixiao normalize` starts fast and each command loads only what it uses.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from jixiao.ingest.cli import admin, analysis, config, corrections, farm, reread, roster
from jixiao.ingest.cli.options import (
    Group,
    csv_option,
    db_option,
    fail,
    format_option,
    interrupted_status,
    json_option,
    open_db,
    output_option,
    stoppable,
    unit_option,
)
from jixiao.ingest.cli.output import open_output, print_json, print_rows, require_file


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jixiao")
def main() -> None:
    """jixiao (绩效): read performance-target tables into a typed SQL database."""


# --- ingest ---------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option()
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: cores).")
@json_option(help="Print one JSON summary of the run.")
@click.option("--unit-name", default=None, help="Unit name for every file (overrides the text).")
@click.option("--year", type=int, default=None, help="Budget year for every file.")
@click.option("--path-pattern", default=None,
              help="Where unit and year sit in the path, e.g. '{year}/{unit}/*' (default: "
                   "guessed from folder names); used when the document lacks them.")
def ingest(
    paths: tuple[Path, ...],
    db: str | None,
    jobs: int | None,
    as_json: bool,
    unit_name: str | None,
    year: int | None,
    path_pattern: str | None,
) -> None:
    """Read files, folders (recursively) and zip archives into the database.

    The database's own files are never read, nor what a .jixiaoignore lists (glob
    patterns, one a line, applying below its folder; `jixiao failures --acknowledge FILE`
    adds one): those are listed as ignored.  Exit 0 when every file was ingested or
    unchanged, 1 when any failed; stopped by Ctrl-C or SIGTERM, it says what was stored
    and exits 130 or 143."""
    from jixiao.ingest.worker import preload_for, start_fork_server

    # the workers' modules (the readers of the formats given) load in the fork server
    # while this process loads the store
    start_fork_server(preload_for(paths))
    from jixiao.ingest import discover, pipeline
    from jixiao.ingest.cli.progress import Reporter
    from jixiao.store.db.engine import sqlite_files

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    if jobs is not None and jobs < 1:
        fail("--jobs must be 1 or more", 2)
    if path_pattern is not None:
        pipeline.compile_path_pattern(path_pattern)  # an OptionError is a usage error
    engine = open_db(db, create=True)
    opts = pipeline.Options(
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        unit_name=(unit_name.strip() or None) if unit_name else None,  # trimmed
        year=year,
        command=" ".join(["jixiao", *sys.argv[1:]]),
        path_pattern=path_pattern,
        inline=False,  # workers even for --jobs 1: the time limit and crash isolation
    )
    with Reporter(quiet=as_json) as rep, discover.screening(sqlite_files(db)) as screen:
        try:
            with stoppable():
                summary = pipeline.ingest(engine, list(paths), opts, on_file=rep.file,
                                          on_start=rep.start)
        except KeyboardInterrupt as e:
            rep.close()
            click.echo(f"interrupted: {rep.stopped_line()}", err=True)
            sys.exit(interrupted_status(e))
    out = summary.as_json() | {"ignored": len(screen.ignored),
                               "ignored_files": [i.as_json() for i in screen.ignored]}
    if as_json:
        print_json(out, indent=None)
    else:
        for i in screen.ignored:
            click.echo(f"ignored    {i.display} ({i.rule.pattern}, {i.rule.where})")
        for line in summary.version_lines():  # two versions of one file met: which is current
            click.echo(line)
        ignored = f", {len(screen.ignored)} ignored" if screen.ignored else ""
        click.echo(
            f"{out['seen']} seen: {out['ingested']} ingested, {out['unchanged']} unchanged, "
            f"{out['failed']} failed{ignored}"
        )
    sys.exit(1 if out["failed"] else 0)


# --- export ---------------------------------------------------------------------------


@main.command()
@db_option()
@format_option("json", "jsonl", "csv", "xlsx")
@output_option()
@click.option("--history", is_flag=True, help="Include superseded and removed versions.")
def export(db: str | None, fmt: str, output: Path | None, history: bool) -> None:
    """Print every current document with its projects and typed indicators."""
    from jixiao.store.exports import exporting

    require_file(fmt, output)
    engine = open_db(db)
    with open_output(output, binary=fmt == "xlsx") as fh:
        exporting.export(engine, fmt, fh, history=history)


# --- normalize ------------------------------------------------------------------------


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("text", required=False)
@click.option("--level2", default=None, help="The indicator's 二级指标 (成本指标 …).")
@click.option("--year", type=int, default=None, help="The document's budget year.")
@click.option("--unit", default=None, help="A separate 度量单位 cell.")
@click.option("--op", default=None, help="A separate 指标性质 cell (≥ ≤ = 定性 正向 反向).")
@click.option("--jsonl", "jsonl", default=None, help="Read one JSON object a line (FILE or -).")
def normalize(
    text: str | None,
    level2: str | None,
    year: int | None,
    unit: str | None,
    op: str | None,
    jsonl: str | None,
) -> None:
    """Print the typed value of one raw 指标值 as one line of JSON."""
    from jixiao.normalize import normalize_value
    from jixiao.normalize.recognise import normalize_jsonl_line

    if jsonl is None:
        if text is None:
            fail("give TEXT, or --jsonl FILE (or - for standard input)", 2)
        v = normalize_value(text, level2=level2, year=year, unit=unit, op=op)
        print_json(v.to_dict(), indent=None)
        return
    try:
        stream = sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8")  # noqa: SIM115
    except OSError as e:
        fail(f"cannot read {jsonl}: {e.strerror or e}")
    bad = 0
    with stream:
        # output line N answers input line N: a blank line gets the empty value, a line
        # that is not JSON gets a `text` value of itself (and a message on stderr)
        for n, raw_line in enumerate(stream, 1):
            line = raw_line.rstrip("\r\n")
            try:
                obj = json.loads(line) if line.strip() else None
                out = (normalize_jsonl_line(obj) if obj is not None
                       else normalize_value(None).to_dict())
            except json.JSONDecodeError as e:
                bad += 1
                click.echo(f"jixiao: line {n}: not JSON ({e.msg}); read as raw text", err=True)
                out = normalize_value(line).to_dict()
            print_json(out, indent=None, file=sys.stdout)
    if bad:
        sys.exit(1)


# --- listings ---------------------------------------------------------------------------


@main.command()
@db_option()
@unit_option()
@click.option("--year", type=int, default=None, help="Only this year.")
@json_option()
@csv_option()
def projects(db: str | None, unit: str | None, year: int | None, as_json: bool,
             as_csv: bool) -> None:
    """List stored projects: unit, year, file, name, budget, indicators."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    rows = listing.project_rows(engine, unit=unit, year=year)
    if not print_rows(rows, as_json=as_json, as_csv=as_csv):
        listing.print_projects(rows)


@main.command()
@click.argument("project")
@unit_option(help="Only projects of this unit: its name, an alias on the roster, or a part "
                  "of its name that one unit has.")
@click.option("--year", type=int, default=None, help="Only this budget year.")
@click.option("--source", "source", default=None, help="Only this file (a part of its name).")
@click.option("--seq", type=int, default=None, help="The project's number in its document.")
@db_option()
@json_option()
@csv_option(help="Print the indicators as CSV (UTF-8 with a BOM, for Excel).")
def show(project: str, unit: str | None, year: int | None, source: str | None,
         seq: int | None, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Show one project (by id or by a part of its name) with its indicators.

    When several projects match, all are listed (exit 2): give the id, the exact name,
    or narrow with --unit, --year, --source and --seq."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    found = listing.find_projects(
        engine, listing.Choice(project, unit=unit, year=year, source=source, seq=seq))
    if not found:
        fail(f"no project matches {project!r}; `jixiao projects` lists them")
    if len(found) > 1:
        brief = [{k: v for k, v in p.items()
                  if k not in ("purpose", "funding", "spend_plan", "goals", "indicators")}
                 for p in found]
        if not print_rows(brief, as_json=as_json, as_csv=as_csv):
            listing.print_matches(brief)
        fail(f"{len(found)} projects match {project!r}: give its id (first column), its "
             "exact name, or narrow with --unit, --year, --source, --seq", 2)
    p = found[0]
    if as_csv:
        head = {k: p[k] for k in ("id", "unit_name", "year", "source", "seq", "name")}
        print_rows([{"project_" + k if k in ("id", "name", "seq") else k: v
                     for k, v in head.items()} | i for i in p["indicators"]], as_csv=True)
    elif as_json:
        print_json(p)
    else:
        listing.print_project(p)


@main.command()
@db_option()
@json_option()
@csv_option()
def documents(db: str | None, as_json: bool, as_csv: bool) -> None:
    """For each document: unit, year, projects, indicator rows and total budget."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    rows = listing.document_rows(engine)
    if not print_rows(rows, as_json=as_json, as_csv=as_csv):
        listing.print_documents(rows)


for _command in (*admin.COMMANDS, *analysis.COMMANDS, *corrections.COMMANDS,
                 *reread.COMMANDS, *roster.COMMANDS, *farm.COMMANDS, *config.COMMANDS):
    main.add_command(_command)

if __name__ == "__main__":
    main()
