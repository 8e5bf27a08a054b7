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

from jixiao.ingest.cli import admin, analysis
from jixiao.ingest.cli.options import (
    Group,
    db_option,
    fail,
    format_option,
    json_option,
    open_db,
    output_option,
)
from jixiao.ingest.cli.output import open_output, print_json, require_file


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

    Exit 0 when every file was ingested or unchanged, 1 when any failed."""
    from jixiao.ingest import pipeline
    from jixiao.ingest.cli.progress import Reporter

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    if jobs is not None and jobs < 1:
        fail("--jobs must be 1 or more", 2)
    if path_pattern is not None:
        pipeline.compile_path_pattern(path_pattern)  # an OptionError is a usage error
    engine = open_db(db)
    opts = pipeline.Options(
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        unit_name=unit_name,
        year=year,
        command=" ".join(["jixiao", *sys.argv[1:]]),
        path_pattern=path_pattern,
        inline=False,  # workers even for --jobs 1: the time limit and crash isolation
    )
    with Reporter(quiet=as_json) as rep:
        summary = pipeline.ingest(engine, list(paths), opts, on_file=rep.file, on_start=rep.start)
    out = summary.as_json()
    if as_json:
        print_json(out, indent=None)
    else:
        click.echo(
            f"{out['seen']} seen: {out['ingested']} ingested, {out['unchanged']} unchanged, "
            f"{out['failed']} failed"
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

    engine = open_db(db)
    require_file(fmt, output)
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
@click.option("--unit", "unit", default=None, help="Only this unit.")
@click.option("--year", type=int, default=None, help="Only this year.")
def projects(db: str | None, unit: str | None, year: int | None) -> None:
    """List stored projects: unit, year, name, budget, indicators."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    listing.print_projects(engine, unit=unit, year=year)


@main.command()
@click.argument("project")
@db_option()
def show(project: str, db: str | None) -> None:
    """Show one project (by id or by a part of its name) with its indicators."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    if not listing.print_project(engine, project):
        fail(f"no project matches {project!r}; `jixiao projects` lists them")


@main.command()
@db_option()
def documents(db: str | None) -> None:
    """For each document: unit, year, projects, indicator rows and total budget."""
    from jixiao.ingest.cli import listing

    engine = open_db(db)
    listing.print_documents(engine)


for _command in (*admin.COMMANDS, *analysis.COMMANDS):
    main.add_command(_command)

if __name__ == "__main__":
    main()
