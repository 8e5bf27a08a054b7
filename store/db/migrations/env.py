"""Alembic environment.  jixiao runs migrations itself (`jixiao.store.db.schema.ensure_schema`),
passing an open connection whose transaction it owns (and has locked); the plain
`alembic` command works too, given `-x url=...` or a `sqlalchemy.url` option."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from jixiao.store.db.models import Base

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database: alembic -x url=sqlite:///jixiao.db upgrade head")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite changes tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("jixiao's migrations run online only (they need the database)")
run_migrations_online()
