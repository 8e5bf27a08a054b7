"""`jixiao roster`: the units expected to submit, kept in the database.

    jixiao roster load FILE.csv    replace the stored roster (one transaction)
    jixiao roster [list]           the stored roster (--json, --csv)

The CSV is the one `jixiao missing --roster` reads (单位名称, 别名, 所属区; UTF-8 or
GBK).  Once loaded, `missing` needs no --roster, and every `--unit` (and `history UNIT`)
takes an alias or a part of a name for its unit (`jixiao.store.analysis.units`).
SQLAlchemy and the store are imported inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from jixiao.ingest.cli.options import csv_option, db_option, fail, json_option, open_db
from jixiao.ingest.cli.output import console, fitted, print_json, print_rows, table


@click.group(invoke_without_command=True)
@db_option()
@json_option()
@csv_option()
@click.pass_context
def roster(ctx: click.Context, db: str | None, as_json: bool, as_csv: bool) -> None:
    """The roster of units expected to submit: `roster load FILE.csv` stores it, `roster`
    (or `roster list`) prints it.  Every --unit resolves aliases and parts of names
    through it, and `missing` uses it when no --roster is given."""
    if ctx.invoked_subcommand is None:
        _print_roster(db, as_json=as_json, as_csv=as_csv)


@roster.command(name="list")
@db_option()
@json_option()
@csv_option()
@click.pass_context
def list_roster(ctx: click.Context, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Print the stored roster: each unit, its aliases, its district, and the unit names
    of stored documents that mean it."""
    _print_roster(_db(ctx, db), as_json=as_json, as_csv=as_csv)


@roster.command()
@click.argument("file", type=click.Path(path_type=Path))
@db_option()
@json_option(help="Print what was stored as JSON.")
@click.pass_context
def load(ctx: click.Context, file: Path, db: str | None, as_json: bool) -> None:
    """Replace the stored roster with the units of FILE.csv (columns 单位名称, and
    optionally 别名 and 所属区), in one transaction."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.roster import read_roster, replace_roster

    if not file.exists():
        fail(f"no such file: {file}; give the roster CSV (columns 单位名称, 别名, 所属区)", 2)
    units = read_roster(file)
    if not units:
        fail(f"the roster {file} has a header but no units; nothing was changed")
    engine = open_db(_db(ctx, db), create=True)  # a roster may come before the documents
    with Session(engine) as s, s.begin():
        counts = replace_roster(s, units)
    if as_json:
        print_json({"file": str(file), "units": counts.units, "aliases": counts.aliases,
                    "districts": counts.districts, "replaced": counts.replaced})
        return
    replaced = f" (replacing {counts.replaced})" if counts.replaced else ""
    click.echo(f"roster loaded from {file}: {_n(counts.units, 'unit')}, "
               f"{_n(counts.aliases, 'alias', 'aliases')}, "
               f"{_n(counts.districts, 'district')}{replaced}")


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _db(ctx: click.Context, db: str | None) -> str | None:
    """--db given to the subcommand, else to `roster` (jixiao roster --db X load F)."""
    return db or (ctx.parent.params.get("db") if ctx.parent is not None else None)


def roster_rows(db: str | None) -> list[dict[str, Any]]:
    """The stored roster, a row per unit, with the stored names that match it."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.roster import stored_roster
    from jixiao.store.analysis.units import candidates, stored_names

    engine = open_db(db)
    with Session(engine) as s:
        units = stored_roster(s)
        spellings = {c.name: c.spellings for c in candidates(stored_names(s), units)}
    return [{"unit_name": u.name, "aliases": u.aliases, "district": u.district,
             "stored_names": spellings.get(u.name, [])} for u in units]


def _print_roster(db: str | None, *, as_json: bool, as_csv: bool) -> None:
    rows = roster_rows(db)
    if as_csv:  # names joined as the roster CSV writes them, for Excel
        rows = [r | {k: "；".join(r[k]) for k in ("aliases", "stored_names")} for r in rows]
    if print_rows(rows, as_json=as_json, as_csv=as_csv):
        return
    if not rows:
        click.echo("no roster stored; load one with `jixiao roster load FILE.csv`")
        return
    t = table("单位 unit", "别名 aliases", "区 district", "文件中的名称 stored names",
              compact=True)
    console().print(fitted(t, [
        [r["unit_name"], "；".join(r["aliases"]), r["district"] or "",
         "；".join(r["stored_names"])] for r in rows
    ], shrink=(1, 3)))


COMMANDS: list[click.Command] = [roster]
