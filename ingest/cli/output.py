"""How `jixiao` commands print: JSON, rich tables and text, files given with -o.

    print_json(data, indent=1, default=str, file=None)  JSON and a newline (stdout, or file)
    to_json(data, indent=1, default=str)                the same text, for a file
    require_file(fmt, output)      xlsx goes to a file: a usage error without -o
    open_output(output, binary=False)  stdout, or the -o file (UTF-8, no newline
                                   translation); OSError: `jixiao: cannot write FILE: why`
    write_text(path, text)         a whole file, the same message when it cannot be written
    print_rows(rows, as_json=, as_csv=)  a listing's rows (dicts) as JSON or CSV
    console("wide" | "lines")      a rich console on stdout
    table(*columns, compact=False) a rich table
    fitted(table, rows, shrink=)   add rows, shortening the `shrink` columns to fit the width
    shorten(name, width)           a file name cut in the middle, its extension kept
    when(t) / short_when(t)        a stored time (UTC) in local time; short: 12-02 09:30
    amount(x) / wan(x)             15,554,700 / 1,555.47万元 (never `.0`, never None)

Output fits the terminal (80 columns and more); in a pipe, $COLUMNS or 220 columns.

rich is imported by `console` and `table`, when something is printed for a reader, so
that `jixiao normalize` starts without it.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, Literal

import click

from jixiao.ingest.cli.options import fail

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


# --- JSON ---------------------------------------------------------------------------------


def to_json(data: Any, *, indent: int | None = 1,
            default: Callable[[Any], Any] = str) -> str:
    """JSON as jixiao prints it: Chinese as written, `default` for anything else (str)."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=default)


def print_json(data: Any, *, indent: int | None = 1, default: Callable[[Any], Any] = str,
               file: IO[str] | None = None) -> None:
    """`data` as JSON and a newline on stdout (or `file`); indent=None: one line."""
    text = to_json(data, indent=indent, default=default)
    if file is None:
        click.echo(text)
    else:
        file.write(text + "\n")


# --- files --------------------------------------------------------------------------------


def require_file(fmt: str, output: Path | None) -> None:
    """An xlsx workbook is written to a file only: without -o it is a usage error."""
    if fmt == "xlsx" and output is None:
        fail("--format xlsx writes a file: give -o FILE.xlsx", 2)


@contextmanager
def open_output(output: Path | None, *, binary: bool = False) -> Iterator[IO[Any]]:
    """stdout, or the -o file opened for writing (binary for xlsx); a file that cannot be
    opened or written is `jixiao: cannot write FILE: why` and exit 1."""
    if output is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    try:
        with output.open("wb") if binary else output.open(
                "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as e:
        fail(_cannot_write(output, e))


def print_rows(rows: Sequence[dict[str, Any]], *, as_json: bool = False, as_csv: bool = False,
               default: Callable[[Any], Any] = str) -> bool:
    """A listing's rows as JSON (a list of objects) or CSV (a header of the keys, a BOM
    for Excel, blanks for nulls) on stdout; False when neither was asked for."""
    if as_json:
        print_json(list(rows), default=default)
        return True
    if not as_csv:
        return False
    out = sys.stdout
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n")
    if rows:
        keys = list(rows[0])
        w.writerow(keys)
        for r in rows:
            w.writerow(["" if r.get(k) is None else _csv_cell(r.get(k), default) for k in keys])
    return True


def _csv_cell(v: Any, default: Callable[[Any], Any]) -> Any:
    if isinstance(v, float):
        return plain_number(v)
    if isinstance(v, (list, tuple, dict)):
        return to_json(v, indent=None, default=default)
    if isinstance(v, (str, int, Decimal)):
        return v
    return default(v)


def write_text(path: Path, text: str) -> None:
    """Write a whole text file (UTF-8); the same message as open_output when it fails."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        fail(_cannot_write(path, e))


def _cannot_write(path: Path, e: OSError) -> str:
    return f"cannot write {path}: {e.strerror or e}"


# --- the terminal -------------------------------------------------------------------------


def width() -> int:
    """The terminal's width; in a pipe or a file, $COLUMNS or 220."""
    if sys.stdout.isatty():
        return os.get_terminal_size(sys.stdout.fileno()).columns
    try:
        return int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return 220


def console(kind: Literal["wide", "lines"] = "wide") -> Console:
    """A rich console on stdout.

    "wide": tables that never truncate (220 columns when stdout is a file or a pipe), for
    listings; "lines": each line printed whole (no wrapping, no highlighting), for
    findings, matches and summaries."""
    from rich.console import Console

    con = (Console(soft_wrap=True, highlight=False) if kind == "lines"
           else Console(soft_wrap=False, width=width()))
    con.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    return con


def _broken_pipe() -> None:
    """rich would exit 1 when the reader closes the pipe; the command ends quietly with 0
    instead (`options.Group`)."""
    raise BrokenPipeError


def table(*columns: str, compact: bool = False) -> Table:
    """A rich table; compact: no borders, bold headers (the run log's listings)."""
    from rich.table import Table

    if compact:
        return Table(*columns, box=None, pad_edge=False, header_style="bold")
    return Table(*columns)


def fitted(t: Table, rows: Sequence[Sequence[str]], *, shrink: Sequence[int] = (),
           room: int | None = None) -> Table:
    """Add `rows` to `t`, cutting the columns at the indexes `shrink` so that the table
    fits `room` (default: the width) where it can: the widest first, none under 8
    columns.  A file name is cut in the middle with its extension kept, any other text
    (a reason, a command) at its end."""
    room = width() if room is None else room
    n = len(t.columns)
    widest = [max([cells(str(c.header))] + [cells(r[i]) for r in rows]) for i, c in
              enumerate(t.columns)]
    gap = max(1, t.padding[1] + t.padding[3])  # between columns of a table without borders
    overhead = 3 * n + 1 if t.box is not None else (n - 1) * gap
    excess = sum(widest) + overhead - room
    budget = {i: widest[i] for i in shrink}
    while excess > 0 and budget:
        i = max(budget, key=lambda k: budget[k])
        if budget[i] <= MIN_CUT:
            break
        budget[i] -= 1
        excess -= 1
    for r in rows:
        t.add_row(*(_cut(v, budget[i]) if i in budget else v for i, v in enumerate(r)))
    return t


MIN_CUT = 8  # columns: no text is cut narrower than this


def _cut(text: str, room: int) -> str:
    if cells(text) <= room:
        return text
    if looks_like_a_file(text):
        return shorten(text, room)
    return _fit(text, room - 1) + "…"


def looks_like_a_file(text: str) -> bool:
    """A file name or path: no spaces, and an extension."""
    return " " not in text and bool(PurePosixPath(text.replace("!", "/")).suffix)


def cells(text: str) -> int:
    """Columns a text takes on a terminal (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(name: str, room: int) -> str:
    """`name` in at most `room` columns: cut in the middle with …, keeping the extension
    and the end of the name (江苏省…示例区老庄子镇_2021.docx)."""
    if cells(name) <= room:
        return name
    suffix = PurePosixPath(name.replace("!", "/")).suffix
    if cells(suffix) > room // 2:
        suffix = ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    keep = room - cells(suffix) - 1  # the …
    head_room, tail_room = (keep + 1) // 2, keep // 2
    head = _fit(stem, head_room)
    tail = _fit(stem[::-1], tail_room)[::-1]
    return f"{head}…{tail}{suffix}"


def _fit(text: str, room: int) -> str:
    out, used = [], 0
    for ch in text:
        w = cells(ch)
        if used + w > room:
            break
        out.append(ch)
        used += w
    return "".join(out)


# --- times and amounts --------------------------------------------------------------------


def when(t: datetime | None) -> str:
    """A stored time (UTC) in this machine's local time: 2026-12-02 09:30:05."""
    return t.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S") if t else ""


def short_when(t: datetime | None, *, now: datetime | None = None) -> str:
    """A stored time in local time, short: 12-02 09:30 this year, 2025-12-02 before."""
    if t is None:
        return ""
    local = t.replace(tzinfo=UTC).astimezone()
    this_year = (now or datetime.now(UTC)).astimezone().year
    return local.strftime("%m-%d %H:%M" if local.year == this_year else "%Y-%m-%d")


def plain_number(x: float | int | Decimal | None) -> str:
    """A number as written by hand: 646000, 0.5, 17052600 (never 646000.0), '' for None."""
    if x is None:
        return ""
    d = Decimal(str(x)) if isinstance(x, float) else Decimal(x)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def amount(x: float | int | Decimal | None) -> str:
    """An amount in 元 with thousands separators and two decimals: 15,554,700.00."""
    return "" if x is None else f"{Decimal(str(x)):,.2f}"


def wan(x: float | int | Decimal | None) -> str:
    """An amount in 万元 with two decimals: 1,555.47万元 ('–' for none)."""
    return "–" if x is None else f"{Decimal(str(x)) / 10000:,.2f}万元"
