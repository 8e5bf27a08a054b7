"""How `jixiao ingest` shows a run as it goes: a progress bar on a terminal, plain lines
otherwise (cron mails, log files, pipes).

Plain lines: `ingested   FILE (N projects, M indicators)` and `unchanged  FILE` on stdout,
`failed     FILE: REASON` on stderr.  On a terminal (stderr is a TTY) a rich progress
bar on stderr counts the files, names the last one and shows each failure above it.
The reporter counts the outcomes, so that a run stopped half-way can say what it stored
(`stopped_line`).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import click

from jixiao.ingest.cli.output import shorten
from jixiao.ingest.runlog import FileResult


class Reporter:
    """Use as a context manager; pass `start` and `file` to `jixiao.ingest.pipeline.ingest`."""

    def __init__(self, *, quiet: bool = False, tty: bool | None = None) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty() if tty is None else tty
        self._progress: Any = None
        self._bar: Any = None
        self.total: int | None = None  # files found, once discovery is done
        self.outcomes: Counter[str] = Counter()

    def __enter__(self) -> Reporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the progress bar (the line it drew stays)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def stopped_line(self) -> str:
        """What a run stopped half-way has done: `12 of 68 stored (1 failed), run again to
        continue` (stored: ingested, or found unchanged)."""
        stored = self.outcomes["ingested"] + self.outcomes["unchanged"]
        failed = f" ({self.outcomes['failed']} failed)" if self.outcomes["failed"] else ""
        of = f" of {self.total}" if self.total is not None else ""
        return f"{stored}{of} stored{failed}, run again to continue"

    def start(self, total: int) -> None:
        self.total = total
        if self.quiet or not self.tty:
            return
        # rich only for a bar: a run in a pipe or a cron job never loads it
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[last]}"),
            console=Console(stderr=True), transient=False,
        )
        self._bar = self._progress.add_task("ingest", total=total, last="")
        self._progress.start()

    def file(self, r: FileResult) -> None:
        self.outcomes[r.outcome] += 1
        if self.quiet:
            return
        if self._progress is not None:
            if r.outcome == "failed":
                from rich.markup import escape

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
        return (f"ingested   {r.file} ({plural(r.projects, 'project')}, "
                f"{plural(r.indicators, 'indicator')}{replaced})")
    note = f" ({r.reason})" if r.reason else ""
    return f"unchanged  {r.file}{note}"


def plural(n: int, word: str) -> str:
    """1 project, 2 projects."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _short(name: str, width: int = 40) -> str:
    return shorten(name, width)
