"""What every `jixiao` command shares: its common options, the error line and exit code,
opening the database.  Its own module so that jixiao.ingest.cli.main and the modules it
registers (admin, analysis) import it without importing each other.

The options, declared once here and used by every command that takes them:

    @db_option()                        --db URL (or $JIXIAO_DB)
    @json_option(help=...)              --json: print JSON instead of a table
    @format_option("json", "csv", ...)  --format, the first choice the default
    @output_option(help=...)            -o/--output FILE (else standard output)
    @csv_option()                       --csv: print CSV instead of a table (listings)
    @unit_option()                      --unit: a unit's name, alias or a part of its name

Errors: a `jixiao.errors.JixiaoError` that leaves any command becomes one line,
`jixiao: message` on stderr, and exit 1 (2 for the errors in USAGE_ERRORS), in one place:
the group class `Group`.  `fail` is the same line for what the command itself finds
wrong (2: a usage error).  A reader that closes the pipe (`jixiao export | head`) ends
the command quietly with exit 0.  SQLAlchemy is imported by `open_db` when a command
opens the database, so that `jixiao normalize` starts without it; a reading command's
SQLite file must exist (only `ingest` creates one).

Stopping: within `stoppable()`, SIGTERM raises `Terminated`, a KeyboardInterrupt, so that
what cleans up after Ctrl-C cleans up after SIGTERM too; `interrupted_status` is the
conventional exit status (130 for Ctrl-C, 143 for SIGTERM).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import click

from jixiao.errors import AmbiguousDocument, JixiaoError, OptionError

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "Database URL (SQLAlchemy); default: $JIXIAO_DB, else sqlite:///jixiao.db here."


# --- the options --------------------------------------------------------------------------


def db_option() -> Callable[[F], F]:
    """--db URL, else $JIXIAO_DB, else (None) the SQLite file jixiao.db here."""
    return click.option("--db", "db", envvar="JIXIAO_DB", default=None, help=DB_HELP)


def json_option(help: str = "Print JSON.") -> Callable[[F], F]:
    """--json, passed to the command as `as_json`."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def format_option(*choices: str, show_default: bool = False) -> Callable[[F], F]:
    """--format, one of `choices` (the first is the default), passed as `fmt`."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)),
                        default=choices[0], show_default=show_default)


def csv_option(help: str = "Print CSV (UTF-8 with a BOM, for Excel).") -> Callable[[F], F]:
    """--csv, passed to the command as `as_csv`."""
    return click.option("--csv", "as_csv", is_flag=True, help=help)


UNIT_HELP = ("Only this unit: its name, an alias on the roster (`jixiao roster`), or a "
             "part of its name that one unit has.")


def unit_option(*, required: bool = False, help: str = UNIT_HELP) -> Callable[[F], F]:
    """--unit NAME, passed as `unit`; the command resolves it with
    `jixiao.store.analysis.units.resolve_unit` (trimmed, aliases, parts of names)."""
    return click.option("--unit", "unit", default=None, required=required, help=help)


def output_option(help: str | None = None) -> Callable[[F], F]:
    """-o/--output FILE, passed as `output` (a Path, None for standard output)."""
    return click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
                        help=help)


# --- errors and exit codes ----------------------------------------------------------------


class Failure(click.ClickException):
    """`jixiao: message` on stderr and exit 1: the command could not do what was asked."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"jixiao: {self.format_message()}", file=file, err=file is None)


class UsageFailure(Failure):
    """`jixiao: message` and exit 2: the command was given something it cannot use."""

    exit_code = 2


# The project's errors that are the user's to fix by asking differently (exit 2); every
# other JixiaoError is a failure (exit 1).
USAGE_ERRORS: tuple[type[JixiaoError], ...] = (AmbiguousDocument, OptionError)


def fail(message: str, code: int = 1) -> NoReturn:
    """Stop the command with `jixiao: message` on stderr (code 1: failed, 2: usage)."""
    raise (UsageFailure if code == 2 else Failure)(message)


class Group(click.Group):
    """The `jixiao` group: a JixiaoError from any of its commands is `jixiao: message`
    and its exit code, here rather than in each command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        except JixiaoError as e:
            raise (UsageFailure if isinstance(e, USAGE_ERRORS) else Failure)(str(e)) from e
        except BrokenPipeError:
            _quiet_stdout()  # the reader has gone (`| head`): nothing more to say
            ctx.exit(0)


def _quiet_stdout() -> None:
    """After a broken pipe: what is still buffered for stdout goes nowhere, so that the
    interpreter's last flush has nothing to complain about."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's buffer): nothing will be flushed to a pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


# --- stopping -----------------------------------------------------------------------------


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, as Ctrl-C raises KeyboardInterrupt."""


def _terminate(_signum: int, _frame: object) -> None:
    raise Terminated()


@contextmanager
def stoppable() -> Iterator[None]:
    """Within the block, SIGTERM raises `Terminated` (only the main thread has signals)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def interrupted_status(e: KeyboardInterrupt) -> int:
    """128 + the signal: 143 for SIGTERM, 130 for Ctrl-C (SIGINT)."""
    return 128 + (signal.SIGTERM if isinstance(e, Terminated) else signal.SIGINT)


# --- the database -------------------------------------------------------------------------


def open_db(url: str | None, *, create: bool = False) -> Any:
    """The engine for --db (schema upgraded), closed when the command ends.

    Only a command that writes what it reads from files (`ingest`, create=True) creates a
    database; for any other, a SQLite file that does not exist is an error."""
    from jixiao.store.db.engine import open_engine  # SQLAlchemy: only for commands that use it

    engine = open_engine(url, must_exist=not create)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(engine.dispose)  # no connection left open when the command ends
    return engine
