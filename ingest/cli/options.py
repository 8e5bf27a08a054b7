"""What every `jixiao` command module shares: the --db option, the error line, opening
the database.  Its own module so that jixiao.ingest.cli.main and the modules it registers
(cli_admin, cli_analysis) import it without importing each other."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

DB_HELP = "Database URL (SQLAlchemy); default: $JIXIAO_DB, else sqlite:///jixiao.db here."
db_option = click.option("--db", "db", envvar="JIXIAO_DB", default=None, help=DB_HELP)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print `jixiao: message` on stderr and exit (1: failed, 2: usage)."""
    click.echo(f"jixiao: {message}", err=True)
    sys.exit(code)


def open_db(url: str | None) -> Any:
    """The engine for --db (schema created or upgraded), closed when the command ends."""
    from jixiao.errors import StoreError
    from jixiao.store.db.engine import open_engine

    try:
        engine = open_engine(url)
    except StoreError as e:
        fail(str(e))
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(engine.dispose)  # no connection left open when the command ends
    return engine
