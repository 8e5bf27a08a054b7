"""Opening a database: engine, schema, sessions.  The caller owns the transaction.

`open_engine(url)` opens (and creates) the database a writer needs; a reading command
passes `must_exist=True`, so that a mistyped SQLite path is an error and creates nothing.
A URL whose scheme is not followed by `://` (`sqlite:jixiao.db`) is refused, never taken
as a file name.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from jixiao.errors import StoreError
from jixiao.store.db.models import for_dialect
from jixiao.store.db.schema import ensure_schema

DEFAULT_URL = "sqlite:///jixiao.db"

# `scheme:` at the start: a URL, whatever follows (a Windows drive, `C:`, is one letter).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")
# SQLite's own files beside the database: its write-ahead log, shared memory and journal.
SQLITE_SIBLINGS = ("-wal", "-shm", "-journal")


def resolve_url(url: str | None) -> str:
    """`--db`, else `JIXIAO_DB`, else the SQLite file jixiao.db in the working folder.

    A bare path (`x.db`) is taken as a SQLite file."""
    url = url or os.environ.get("JIXIAO_DB") or DEFAULT_URL
    if "://" not in url:
        if _SCHEME.match(url):
            raise StoreError(
                f"cannot parse the database URL {url!r}: a scheme must be followed by "
                "`://`; write sqlite:///jixiao.db (a file here), sqlite:////abs/path.db or "
                "postgresql+psycopg://user@host/db"
            )
        url = f"sqlite:///{Path(url)}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def open_engine(url: str | None = None, *, create: bool = True,
                must_exist: bool = False) -> Engine:
    """An engine for the URL, with the schema created (or upgraded) on first use.

    must_exist: a SQLite database file that does not exist is a StoreError (a reading
    command: nothing is created)."""
    resolved = resolve_url(url)
    try:
        u = make_url(resolved)
        if must_exist:
            _require_file(u)
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
    for_dialect(engine.dialect.name)
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


def sqlite_files(url: str | None) -> tuple[Path, ...]:
    """The files a SQLite database at `url` writes: the database and its siblings (none
    for another engine or an in-memory database)."""
    path = _file_of(make_url(resolve_url(url)))
    if path is None:
        return ()
    return (path, *(path.with_name(path.name + s) for s in SQLITE_SIBLINGS))


def _file_of(u: URL) -> Path | None:
    """The file of a SQLite URL; None for another engine or an in-memory database."""
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    if str(u.query.get("mode", "")) == "memory" or u.database.startswith("file:"):
        return None
    return Path(u.database)


def _require_file(u: URL) -> None:
    """A reading command's database: a SQLite file must already be there."""
    path = _file_of(u)
    if path is not None and not path.is_file():
        raise StoreError(
            f"no database at {path}: check the name (--db or $JIXIAO_DB), or create it "
            "with `jixiao ingest PATH --db ...`"
        )


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
