"""How `jixiao` commands print: JSON, rich tables and text, files given with -o.

    print_json(data, indent=1, default=str, file=None)  JSON and a newline (stdout, or file)
    to_json(data, indent=1, default=str)                the same text, for a file
    require_file(fmt, output)      xlsx goes to a file: a usage error without -o
    open_output(output, binary=False)  stdout, or the -o file (UTF-8, no newline
                                   translation); OSError: `jixiao: cannot write FILE: why`
    write_text(path, text)         a whole file, the same message when it cannot be written
    console("wide" | "lines")      a rich console on stdout
    table(*columns, compact=False) a rich table

rich is imported by `console` and `table`, when something is printed for a reader, so
that `jixiao normalize` starts without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
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


def write_text(path: Path, text: str) -> None:
    """Write a whole text file (UTF-8); the same message as open_output when it fails."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        fail(_cannot_write(path, e))


def _cannot_write(path: Path, e: OSError) -> str:
    return f"cannot write {path}: {e.strerror or e}"


# --- the terminal -------------------------------------------------------------------------


def console(kind: Literal["wide", "lines"] = "wide") -> Console:
    """A rich console on stdout.

    "wide": tables that never truncate (220 columns when stdout is a file or a pipe), for
    listings; "lines": each line printed whole (no wrapping, no highlighting), for
    findings, matches and summaries."""
    from rich.console import Console

    if kind == "lines":
        return Console(soft_wrap=True, highlight=False)
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 220)


def table(*columns: str, compact: bool = False) -> Table:
    """A rich table; compact: no borders, bold headers (the run log's listings)."""
    from rich.table import Table

    if compact:
        return Table(*columns, box=None, pad_edge=False, header_style="bold")
    return Table(*columns)
