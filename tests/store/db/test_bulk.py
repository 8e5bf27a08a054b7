"""insert_rows stores what SQLAlchemy's own INSERT stores, byte for byte."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError

from jixiao.store.db.bulk import insert_rows

META = MetaData()
THINGS = Table(
    "things", META,
    Column("id", Integer, primary_key=True),
    Column("name", String),
    Column("when", Date),
    Column("ok", Boolean),
    Column("share", Float),
    Column("extra", JSON),
)
COLUMNS = ("name", "when", "ok", "share", "extra")
ROWS: list[tuple[Any, ...]] = [
    ("一", dt.date(2021, 12, 31), True, 0.5, {"来源": "填报", "n": [1, 2]}),
    ("", None, False, None, {}),
    (None, dt.date(2020, 1, 1), None, 1e-9, []),
    ("37亩", None, True, 37.0, None),
]


def _stored(how: str, columns: tuple[str, ...] = COLUMNS, url: str = "sqlite://"
            ) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    META.drop_all(engine)
    META.create_all(engine)
    with engine.begin() as conn:
        if how == "bulk":
            insert_rows(conn, THINGS, columns, (tuple(r[COLUMNS.index(c)] for c in columns)
                                                 for r in ROWS))
        else:
            conn.execute(insert(THINGS), [dict(zip(COLUMNS, r, strict=True)) for r in ROWS])
        raw = conn.execute(text('SELECT name, "when", ok, share, extra FROM things ORDER BY id'))
        typed = conn.execute(select(*(THINGS.c[c] for c in COLUMNS)).order_by(THINGS.c.id))
        out = [*map(tuple, raw), *map(tuple, typed)]
    engine.dispose()
    return out


@pytest.mark.parametrize("columns", [COLUMNS, ("extra", "share", "name", "ok", "when")],
                         ids=["in table order", "in another order"])
def test_rows_are_stored_as_sqlalchemy_stores_them(columns: tuple[str, ...], db_url: str
                                                   ) -> None:
    """On PostgreSQL by COPY, elsewhere by executemany: the same stored values either way."""
    assert _stored("bulk", columns, db_url) == _stored("core", url=db_url)


def test_a_value_postgresql_refuses_by_copy_raises_as_an_insert_would(pg_url: str) -> None:
    """A uniqueness broken inside COPY is SQLAlchemy's IntegrityError, which the store
    catches to tell a lost race (`ingest.pipeline._lost_race`), not the driver's own."""
    engine = create_engine(pg_url)
    META.create_all(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE UNIQUE INDEX things_name ON things (name)"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        insert_rows(conn, THINGS, COLUMNS, [ROWS[0], ROWS[0]])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM things")).scalar() == 0
    engine.dispose()


def test_no_rows_is_no_statement() -> None:
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        insert_rows(conn, THINGS, COLUMNS, iter(()))
        assert conn.execute(text("SELECT count(*) FROM things")).scalar() == 0


def test_a_row_short_of_a_value_is_refused() -> None:
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn, pytest.raises(ValueError, match="one value for each"):
        insert_rows(conn, THINGS, COLUMNS, [ROWS[0], ROWS[1][:4]])
