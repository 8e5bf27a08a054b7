"""How `jixiao ingest` shows a run as it goes: a progress bar on a terminal, plain lines
otherwise (cron mails, log files, pipes).

Plain lines: `ingested   FILE (N projects, M indicators)` and `unchanged  FILE` on stdout,
`failed     FILE: REASON` on stderr.  On a terminal (stderr is a TTY) a rich progress
bar on stderr counts the files, names the last one and shows each failure above it.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from jixiao.ingest.runlog import FileResult


class Reporter:
    """Use as a context manager; pass `start` and `file` to `jixiao.ingest.pipeline.ingest`."""

    def __init__(self, *, quiet: bool = False, tty: bool | None = None) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty() if tty is None else tty
        self._progress: Any = None
        self._bar: Any = None

    def __enter__(self) -> Reporter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def start(self, total: int) -> None:
        if self.quiet or not self.tty:
            return
        self._progress = Progress(
            TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[last]}"),
            console=Console(stderr=True), transient=False,
        )
        self._bar = self._progress.add_task("ingest", total=total, last="")
        self._progress.start()

    def file(self, r: FileResult) -> None:
        if self.quiet:
            return
        if self._progress is not None:
            if r.outcome == "failed":
                self._progress.console.print(f"[red]failed[/]     {escape(line(r)[11:])}",
                                             highlight=False)
            self._progress.update(self._bar, advance=1, last=_short(r.file))
            return
        click.echo(line(r), err=r.outcome == "failed")


def line(r: FileResult) -> str:
    if r.outcome == "failed":
        return f"failed     {r.file}: {r.reason}"
    if r.outcome == "ingested":
        replaced = f", replaces #{r.replaced}" if r.replaced is not None else ""
        return f"ingested   {r.file} ({r.projects} projects, {r.indicators} indicators{replaced})"
    note = f" ({r.reason})" if r.reason else ""
    return f"unchanged  {r.file}{note}"


def _short(name: str, width: int = 40) -> str:
    return name if len(name) <= width else "…" + name[-(width - 1):]
