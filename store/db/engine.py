"""Opening a database: engine, schema, sessions.  The caller owns the transaction."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from jixiao.errors import StoreError
from jixiao.store.db.schema import ensure_schema

DEFAULT_URL = "sqlite:///jixiao.db"


def resolve_url(url: str | None) -> str:
    """`--db`, else `JIXIAO_DB`, else the SQLite file jixiao.db in the working folder.

    A bare path (`x.db`) is taken as a SQLite file."""
    url = url or os.environ.get("JIXIAO_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{Path(url)}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def open_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """An engine for the URL, with the schema created (or upgraded) on first use."""
    resolved = resolve_url(url)
    try:
        u = make_url(resolved)
        kwargs: dict[str, object] = {}
        if u.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"timeout": 60}
        engine = create_engine(resolved, **kwargs)
    except (ArgumentError, ImportError, ValueError) as e:
        raise StoreError(
            f"cannot use the database URL {_safe(resolved)!r}: {e}; give a SQLAlchemy URL "
            "such as sqlite:///jixiao.db or postgresql+psycopg://user@host/db"
        ) from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if create:
        try:
            ensure_schema(engine)
        except OperationalError as e:
            raise StoreError(
                f"cannot open the database {_safe(resolved)}: {e.orig}; check that it is "
                "reachable and writable"
            ) from e
        except SQLAlchemyError as e:
            raise StoreError(f"cannot prepare the database {_safe(resolved)}: {e}") from e
    return engine


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 60000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
