"""The schema: Alembic migrations up to the newest revision, then the views.

`ensure_schema` runs on every command, so its usual path (the database is already at
the newest revision and its views are those of this code) costs one connection and one
small query.  Otherwise it upgrades in place, under a lock, in one transaction:

1. take the lock (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE), then look
   again: another process may have upgraded meanwhile;
2. a database made before jixiao used Alembic (tables, no `alembic_version`) is stamped
   at the first revision, which is exactly the schema `create_all` made then;
3. drop our views (SQLite copies tables to alter them, which views would block), run
   `alembic upgrade`, recreate the views from `jixiao.store.db.views` and record their hash.

The views belong to no revision: whoever changes one (in `store/db/views.py`, or a column
or label in `jixiao/fields.py`) changes the hash of their SQL, and the next command
recreates them.  Their SQL depends on one setting stored in the database, the order of
formats that chooses a submission's primary (`set_primary_formats`), so the hash does too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from jixiao.errors import StoreError
from jixiao.store.db import views as views_module
from jixiao.store.db.migrations import HEAD
from jixiao.store.db.submissions import (
    FORMAT_TIERS,
    PRIMARY_FORMATS_KEY,
    Tiers,
    parse_tiers,
    stored_tiers,
    tiers_text,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
# pg_advisory_xact_lock key for schema upgrades: any constant; "jixiao" in ASCII
_UPGRADE_LOCK = 0x6A697869616F


def ensure_schema(engine: Engine) -> None:
    """Tables and views are current after this; cheap when they already are."""
    if _is_current(engine):
        return
    upgrade(engine)


def views_hash(tiers: Tiers = FORMAT_TIERS) -> str:
    """The views' definition: a hash of the SQL that creates them, on either engine."""
    sql = [s for d in ("sqlite", "postgresql") for s in views_module.view_statements(d, tiers)]
    return hashlib.sha256("\n".join(sql).encode()).hexdigest()[:16]


def _is_current(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            return _at_head(conn, check_tables=False)
    except (OperationalError, ProgrammingError):
        return False  # no version table yet (or no database): upgrade() says which


# Whether the schema is current, in one query: the revision, the views' hash, and the
# order of formats their SQL is made with.
_STATE = text(
    "SELECT (SELECT version_num FROM alembic_version), "
    "(SELECT value FROM jixiao_meta WHERE key = 'views_hash'), "
    "(SELECT value FROM jixiao_meta WHERE key = :tiers_key)"
)


def _at_head(conn: Connection, *, check_tables: bool) -> bool:
    if check_tables:
        insp = inspect(conn)
        if not (insp.has_table("alembic_version") and insp.has_table("jixiao_meta")):
            return False
    version, stored, tiers = conn.execute(_STATE, {"tiers_key": PRIMARY_FORMATS_KEY}).one()
    if version != HEAD:
        return False
    return bool(stored == views_hash(parse_tiers(tiers) if tiers else FORMAT_TIERS))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` in place (see the module's docstring)."""
    with engine.connect() as conn, conn.begin():
        _lock(conn)
        if revision == "head" and _at_head(conn, check_tables=True):
            return
        tables = set(inspect(conn).get_table_names())
        if "documents" in tables and "alembic_version" not in tables:
            _alembic(conn, "stamp", FIRST_REVISION)
        elif "alembic_version" in tables:
            _refuse_newer(conn)
        _drop_views(conn)
        _alembic(conn, "upgrade", revision)
        if revision == "head":
            _create_views(conn)


def _lock(conn: Connection) -> None:
    """Only one process upgrades at a time; the others wait, then find it done."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _UPGRADE_LOCK})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn  # env.py runs in our transaction
    return cfg


def _alembic(conn: Connection, command_name: str, revision: str) -> None:
    from alembic import command

    getattr(command, command_name)(_config(conn), revision)


def _refuse_newer(conn: Connection) -> None:
    """A database upgraded by a newer jixiao (another machine) is not this one's to touch."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if version is None:
        return
    try:
        ScriptDirectory.from_config(_config()).get_revision(version)
    except CommandError as e:
        raise StoreError(
            f"the database's schema is at revision {version}, which this jixiao does not "
            f"know (its newest is {HEAD}): a newer jixiao upgraded it; upgrade jixiao on "
            "this machine too"
        ) from e


def _our_views(conn: Connection) -> set[str]:
    names = set(views_module.VIEWS) | {f"{v}_all" for v in views_module.VIEWS}
    if inspect(conn).has_table("jixiao_meta"):
        recorded = conn.execute(text("SELECT value FROM jixiao_meta WHERE key = 'views'")).scalar()
        names |= set(json.loads(recorded or "[]"))
    return names


def _drop_views(conn: Connection) -> None:
    existing = set(inspect(conn).get_view_names())
    cascade = " CASCADE" if conn.dialect.name == "postgresql" else ""
    for name in sorted(_our_views(conn) & existing):
        conn.execute(text(f'DROP VIEW IF EXISTS "{name}"{cascade}'))


def _create_views(conn: Connection) -> None:
    before = set(inspect(conn).get_view_names())
    views_module.create_views(conn)
    ours = sorted(set(inspect(conn).get_view_names()) - before)
    _set_meta(conn, "views", json.dumps(ours))
    _set_meta(conn, "views_hash", views_hash(stored_tiers(conn)))


def set_primary_formats(engine: Engine, tiers: Tiers | None) -> Tiers:
    """Store the order of formats that chooses a submission's primary (None: the usual
    `FORMAT_TIERS`) and remake the views with it, in one transaction; returns the order
    now used.  The schema must be current (`ensure_schema`)."""
    with engine.connect() as conn, conn.begin():
        _lock(conn)
        conn.execute(text("DELETE FROM jixiao_meta WHERE key = :k"), {"k": PRIMARY_FORMATS_KEY})
        if tiers is not None and tiers != FORMAT_TIERS:
            _set_meta(conn, PRIMARY_FORMATS_KEY, tiers_text(tiers))
        _drop_views(conn)
        _create_views(conn)
        return stored_tiers(conn)


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("DELETE FROM jixiao_meta WHERE key = :k"), {"k": key})
    conn.execute(
        text("INSERT INTO jixiao_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
    )
