"""The analysts' commands: query, check, search, summary, serve, report, missing.

A thin skin, like ingest/cli/main.py (which adds these, COMMANDS): each command
parses its options, opens the database, calls one function of store/ (or
jixiao.store.exports.report, jixiao.store.exports.serving), prints, and picks the exit
code.  Exit 1 when the database refuses or fails, 2 on a usage error.  SQLAlchemy, the
store and rich are imported inside the commands, so that `jixiao normalize` starts
without them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import click

from jixiao.ingest.cli.options import (
    csv_option,
    db_option,
    fail,
    format_option,
    json_option,
    open_db,
    output_option,
    stoppable,
    unit_option,
)
from jixiao.ingest.cli.output import (
    console,
    open_output,
    plain_number,
    print_json,
    print_rows,
    require_file,
    table,
    to_json,
    wan,
    write_text,
)
from jixiao.vocab.findings import FINDING_ZH, SEVERITY_ZH, finding_zh


def _plain(v: Any) -> Any:
    """30.0 → 30 for printing; None → ''."""
    if v is None:
        return ""
    if isinstance(v, float):
        return plain_number(v)
    return v


# Characters that a file name cannot hold on some system (and the path separators).
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str) -> str:
    """`text` as one file name on any system: separators and reserved characters become
    `_`, and it never starts with a dot or a dash (某街道/办事处 → 某街道_办事处)."""
    name = _UNSAFE_IN_NAME.sub("_", text.strip()).strip(". ")
    return name.lstrip("-") or "_"


def _marked(escaped: str) -> str:
    """A search snippet (escaped for rich) with its matches (【…】) in bold yellow."""
    return escaped.replace("【", "[bold yellow]【").replace("】", "】[/]")


# --- query ------------------------------------------------------------------------------------


@click.command()
@click.argument("sql")
@db_option()
@format_option("table", "csv", "json", "xlsx", show_default=True)
@output_option(help="Write to FILE (needed for xlsx).")
def query(sql: str, db: str | None, fmt: str, output: Path | None) -> None:
    """Run one read-only SQL statement and print its rows.

    The views v_documents, v_projects, v_funding, v_indicators and v_findings (and
    Chinese ones: 文件, 项目, 资金来源, 指标, 问题) are there to query.  A statement
    that would change the database is refused (exit 1)."""
    from jixiao.store.db.views import read_only_query

    require_file(fmt, output)
    engine = open_db(db)
    result = read_only_query(engine, sql)
    if fmt == "table":
        t = table(*result.columns)
        for r in result.rows:
            t.add_row(*(str(_plain(v)) for v in r))
        console("lines").print(t)
        n = len(result.rows)
        click.echo(f"({n} row{'' if n == 1 else 's'})", err=True)
        return
    with open_output(output, binary=fmt == "xlsx") as fh:
        # the writers' modules (the exports, openpyxl) are loaded only for their format
        if fmt == "csv":
            from jixiao.store.exports.exporting import write_table_csv

            write_table_csv(result.columns, result.rows, fh)
        elif fmt == "json":
            print_json(result.dicts(), file=fh)
        else:
            from jixiao.store.exports.xlsx import write_sheets

            write_sheets([("查询", result.columns, result.rows)], fh)
    if output is not None:
        click.echo(f"{len(result.rows)} rows written to {output}", err=True)


# --- check ------------------------------------------------------------------------------------


@click.command()
@db_option()
@unit_option()
@click.option("--year", type=int, default=None, help="Only this budget year.")
@click.option("--severity", type=click.Choice([*SEVERITY_ZH, *SEVERITY_ZH.values()]),
              multiple=True, help="Only this severity (error/错误, warning/警告, info/提示); "
                                  "repeat for several.")
@click.option("--kind", "kinds", multiple=True, metavar="CODE",
              help="Only this kind of finding: its code (funding_sum …) or Chinese name "
                   "(资金来源合计与预算数不符 …); repeat for several.")
@json_option()
@csv_option()
def check(db: str | None, unit: str | None, year: int | None, severity: tuple[str, ...],
          kinds: tuple[str, ...], as_json: bool, as_csv: bool) -> None:
    """Find inconsistencies in the current documents and store them (table `findings`).

    Funding that does not add up to 预算数, cost indicators above or far below the
    budget, spending plans that are not cumulative or do not reach 100%, deadlines
    outside the year, missing 产出/效益/满意度 indicators, unread or empty values,
    duplicate projects, descriptions unrelated to their 三级指标.  The filters choose
    what is printed; every finding is stored."""
    from rich.markup import escape
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.checks import count_by_severity, issue_rows, run_checks
    from jixiao.store.analysis.units import resolve_unit

    codes = {_finding_code(k) for k in kinds}
    severities = {_severity_code(x) for x in severity}
    engine = open_db(db)
    with Session(engine) as s, s.begin():
        chosen = resolve_unit(s, unit)
        rows = issue_rows(s, run_checks(s))
    rows = [r | {"code_zh": finding_zh(r["code"])} for r in rows
            if (chosen is None or r["unit_name"] in chosen.spellings)
            and (year is None or r["year"] == year)
            and (not severities or r["severity"] in severities)
            and (not codes or r["code"] in codes)]
    counts = count_by_severity(rows)
    if as_json:
        print_json({"findings": rows, "counts": counts})
        return
    if print_rows(rows, as_csv=as_csv):
        return
    con = console("lines")
    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    for r in rows:
        where = " ".join(str(x) for x in (r["unit_name"], r["year"]) if x)
        con.print(f"[{style.get(r['severity'], '')}]{r['severity_zh']}[/]  {escape(where)}  "
                  f"《{escape(r['source'])}》 {escape(r['message'])}")
    con.print(f"{len(rows)} finding{'' if len(rows) == 1 else 's'}: " + ", ".join(
        f"{SEVERITY_ZH[k]} {k} {n}" for k, n in counts.items()))


def _finding_code(kind: str) -> str:
    """A finding code from its code or its Chinese name (a usage error when neither)."""
    by_name = {v: k for k, v in FINDING_ZH.items()}
    code = kind.strip()
    code = by_name.get(code, code)
    if code not in FINDING_ZH:
        fail(f"no kind of finding {kind!r}; the kinds: " + ", ".join(
            f"{k} ({v})" for k, v in FINDING_ZH.items()), 2)
    return code


def _severity_code(severity: str) -> str:
    by_name = {v: k for k, v in SEVERITY_ZH.items()}
    return by_name.get(severity, severity)


# --- search -----------------------------------------------------------------------------------


@click.command()
@click.argument("words", nargs=-1, required=True)
@db_option()
@json_option()
@csv_option()
@click.option("--limit", "-n", type=int, default=20, show_default=True,
              help="Print at most this many matches (the count is of all).")
def search(words: tuple[str, ...], db: str | None, as_json: bool, as_csv: bool,
           limit: int) -> None:
    """Find Chinese words in project names, purposes, goals, indicators and the
    narrative, best matches first, matches marked 【】.  Several words: all must occur."""
    from rich.markup import escape
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.search import count as count_matches
    from jixiao.store.analysis.search import search as run_search

    if limit < 1:
        fail("--limit must be 1 or more", 2)
    engine = open_db(db)
    with Session(engine) as s, s.begin():
        hits = run_search(s, " ".join(words), limit=limit)
        found = count_matches(s, " ".join(words))
    if as_json:
        print_json({"query": " ".join(words), "count": found,
                    "hits": [h.as_json() for h in hits]})
        return
    if print_rows([h.as_json() for h in hits], as_csv=as_csv):
        return
    con = console("lines")
    field_zh = {"document": "文件", "project": "项目名称", "purpose": "用途", "goal": "目标",
                "indicator": "指标", "section": "文字"}
    for h in hits:
        where = " ".join(str(x) for x in (h.unit_name, h.year) if x)
        name = h.project or h.label or ""
        what = f" {escape(name)}" if name else ""
        con.print(f"[dim]{field_zh.get(h.field, h.field)}[/] {escape(where)} "
                  f"《{escape(h.source)}》{what}")
        con.print(f"    {_marked(escape(h.snippet))}")
    shown = f" (the first {len(hits)} shown; -n N for more)" if len(hits) < found else ""
    con.print(f"{found} match{'' if found == 1 else 'es'}{shown}")


# --- summary ----------------------------------------------------------------------------------


@click.command()
@db_option()
@unit_option()
@click.option("--year", type=int, default=None, help="Only this year.")
@json_option()
@csv_option()
def summary(db: str | None, unit: str | None, year: int | None, as_json: bool,
            as_csv: bool) -> None:
    """For each unit and year: projects, budget by funding source, indicators by
    category and kind, findings by severity."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.summary import summarize
    from jixiao.store.analysis.units import resolve_unit

    engine = open_db(db)
    with Session(engine) as s:
        chosen = resolve_unit(s, unit)
        figures = (summarize(s, year=year) if chosen is None else
                   summarize(s, unit=chosen.name, spellings=chosen.spellings, year=year))
    if print_rows([f.as_json() for f in figures], as_json=as_json, as_csv=as_csv):
        return
    con = console("lines")
    for f in figures:
        share = f"{f.measurable_share:.0%}" if f.measurable_share is not None else "–"
        con.print(f"[bold]{f.unit_name or '（未识别单位）'} {f.year or ''}[/]  "
                  f"{f.documents} 个文件, {f.projects} 个项目, 预算 {wan(f.budget_yuan)}, "
                  f"有可计量产出指标的项目预算占 {share}")
        con.print("  资金来源  " + "；".join(f"{k} {wan(v)}" for k, v in f.funding.items()))
        con.print("  指标类别  " + "；".join(f"{k} {v}" for k, v in f.by_category.items()))
        con.print("  值类型    " + "；".join(f"{k} {v}" for k, v in f.by_kind.items()))
        con.print("  问题      " + "；".join(
            f"{SEVERITY_ZH.get(k, k)} {v}" for k, v in f.findings.items()))
    if not figures:
        con.print("no documents (ingest some with `jixiao ingest PATH`)")


# --- serve ------------------------------------------------------------------------------------

# The modules Datasette loads beside the database: the review page of scanned cells
# (/-/review, `jixiao.ingest.reviewing`), by file name → source.
SERVE_PLUGINS = {
    "jixiao_review.py":
        "from jixiao.ingest.reviewing import menu_links, register_routes  # noqa: F401\n",
}


@click.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", "-p", type=int, default=8001, show_default=True)
@click.option("--metadata", "metadata_out", type=click.Path(path_type=Path), default=None,
              help="Only write Datasette's metadata (labels, facets, queries) to FILE.")
def serve(db: str | None, host: str, port: int, metadata_out: Path | None) -> None:
    """Browse the SQLite database in a web browser (Datasette), with Chinese labels,
    facets and saved queries.  Needs the `serve` extra: pip install 'jixiao[serve]'."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.checks import run_checks
    from jixiao.store.exports import serving

    engine = open_db(db)
    if engine.dialect.name != "sqlite":
        fail("serve shows a SQLite database; for PostgreSQL use `jixiao query`, "
             "`jixiao export --format xlsx`, or point Datasette at an export", 2)
    path = Path(engine.url.database or "")
    with Session(engine) as s, s.begin():
        run_checks(s)  # the 问题 view shows the current findings
    engine.dispose()
    if metadata_out is not None:
        write_text(metadata_out, to_json(serving.metadata(path)))
        click.echo(f"metadata written to {metadata_out}")
        return
    if not serving.available():
        fail("Datasette is not installed: pip install 'jixiao[serve]' (or datasette)", 1)
    click.echo(f"serving {path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    try:
        with stoppable():  # SIGTERM, like Ctrl-C, stops Datasette too
            code = serving.run(path, host=host, port=port, plugins=SERVE_PLUGINS)
    except KeyboardInterrupt:
        code = 0
    if code in (-2, -15, 130, 143):  # Datasette ended by the same Ctrl-C or SIGTERM
        code = 0
    click.echo("stopped", err=True)
    sys.exit(code)


# --- report -----------------------------------------------------------------------------------


@click.command()
@unit_option(required=True, help="The unit: its name, an alias on the roster, or a part "
                                  "of its name that one unit has.")
@click.option("--year", type=int, required=True, help="The budget year.")
@db_option()
@output_option(help="The HTML file (default: 绩效报告_UNIT_YEAR.html here).")
def report(unit: str, year: int, db: str | None, output: Path | None) -> None:
    """Write a self-contained HTML report for one unit and year: budget by project
    and by funding source, spending plans, indicators, findings (charts inside)."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.checks import issue_rows
    from jixiao.store.analysis.summary import summarize
    from jixiao.store.analysis.units import resolve_unit
    from jixiao.store.exports.report import render_report

    engine = open_db(db)
    with Session(engine) as s:
        chosen = resolve_unit(s, unit)
        if chosen is None:
            fail("give the unit: --unit NAME (its name, an alias or a part of it)", 2)
        unit = chosen.name
        figures = summarize(s, unit=unit, spellings=chosen.spellings, year=year)
        if not figures:
            fail(f"no current documents for {unit} {year}; `jixiao documents` lists them")
        findings = issue_rows(s, figures[0].issues)
    out = output or Path(safe_file_name(f"绩效报告_{unit}_{year}") + ".html")
    write_text(out, render_report(figures[0], findings))
    click.echo(str(out))


# --- missing ----------------------------------------------------------------------------------


@click.command()
@click.option("--year", type=int, required=True, help="The budget year.")
@click.option("--roster", type=click.Path(path_type=Path), envvar="JIXIAO_ROSTER",
              default=None,
              help="CSV of the units expected to submit: 单位名称, 别名, 所属区 ($JIXIAO_ROSTER; "
                   "default: the roster `jixiao roster load` stored, else roster.csv here).")
@db_option()
@json_option()
@csv_option(help="Print the missing units as CSV (UTF-8 with a BOM, for Excel).")
def missing(year: int, roster: Path | None, db: str | None, as_json: bool,
            as_csv: bool) -> None:
    """List the roster's units with no current document for YEAR (names are matched
    through the roster's aliases), and documents whose unit is not on the roster."""
    from sqlalchemy.orm import Session

    from jixiao.store.analysis.roster import read_roster, stored_roster, submissions

    if roster is not None and not roster.exists():
        fail(f"no roster at {roster}: give --roster FILE.csv (columns 单位名称, 别名, 所属区)", 2)
    engine = open_db(db)
    with Session(engine) as s:
        units = read_roster(roster) if roster is not None else stored_roster(s)
        if not units and roster is None and _HERE_ROSTER.exists():
            units = read_roster(_HERE_ROSTER)
        if not units:
            fail("no roster: load one with `jixiao roster load FILE.csv`, or give "
                 "--roster FILE.csv (columns 单位名称, 别名, 所属区)", 2)
        result = submissions(s, units, year)
    if as_json:
        print_json(result.as_json())
        return
    if print_rows([{"unit_name": u.name, "district": u.district, "year": year}
                   for u in result.missing], as_csv=as_csv):
        return
    con = console("lines")
    for u in result.missing:
        con.print(f"missing   {u.name}" + (f"  ({u.district})" if u.district else ""))
    for name, files in result.unknown.items():
        con.print(f"unknown   {name}: {', '.join(files)} (not on the roster)")
    con.print(f"{year}: {len(result.submitted)} of {len(result.expected)} units submitted, "
              f"{len(result.missing)} missing")


_HERE_ROSTER = Path("roster.csv")  # `missing` without --roster or a stored roster

COMMANDS = (query, check, search, summary, serve, report, missing)
