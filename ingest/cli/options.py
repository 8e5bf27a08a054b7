"""What every `jixiao` command shares: its common options, the error line and exit code,
opening the database.  Its own module so that jixiao.ingest.cli.main and the modules it
registers (admin, analysis) import it without importing each other.

The options, declared once here and used by every command that takes them:

    @db_option()                        --db URL (or $JIXIAO_DB)
    @json_option(help=...)              --json: print JSON instead of a table
    @format_option("json", "csv", ...)  --format, the first choice the default
    @output_option(help=...)            -o/--output FILE (else standard output)

Errors: a `jixiao.errors.JixiaoError` that leaves any command becomes one line,
`jixiao: message` on stderr, and exit 1 (2 for the errors in USAGE_ERRORS), in one place:
the group class `Group`.  `fail` is the same line for what the command itself finds
wrong (2: a usage error).  SQLAlchemy is imported by `open_db` when a command opens the
database, so that `jixiao normalize` starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
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
            return super().invoke(ctx)
        except JixiaoError as e:
            raise (UsageFailure if isinstance(e, USAGE_ERRORS) else Failure)(str(e)) from e


# --- the database -------------------------------------------------------------------------


def open_db(url: str | None) -> Any:
    """The engine for --db (schema created or upgraded), closed when the command ends."""
    from jixiao.store.db.engine import open_engine  # SQLAlchemy: only for commands that use it

    engine = open_engine(url)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(engine.dispose)  # no connection left open when the command ends
    return engine
