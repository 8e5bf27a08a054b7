"""Many rows into one table with one executemany, and no object per row.

The INSERT is compiled once per dialect, table and column list, exactly as SQLAlchemy
compiles it for an executemany, and each value goes through its column type's own bind
processor (JSON serialised, dates and booleans converted as the dialect wants them), so
that what is stored is byte for byte what a Core or ORM insert stores; only SQLAlchemy's
per-row work (a parameter dict compiled for each row) is left out.

On PostgreSQL the rows go by COPY (`_copied`), in the caller's transaction: an
executemany there is a round of the protocol per row, each row's INSERT bound, planned and
executed by the server one by one (psycopg's pipeline saves the waits, not the work), and
a statement of many rows is no better on the client, where psycopg parses the
placeholders of a text it has not cached (long ones it never caches) at some 15 µs each.
COPY's rows are written by psycopg's C code and read by the server as one stream.

A function takes a Connection (the caller's, inside its transaction) and never commits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError

Processor = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Insert:
    sql: str
    keys: tuple[str, ...]  # the columns, in the order a row gives them
    processors: tuple[tuple[int, Processor], ...]  # (position, processor) where there is one
    # a positional statement: the columns in the parameter order (None: as given)
    order: Callable[[Sequence[Any]], tuple[Any, ...]] | None
    positional: bool
    copy: str | None = None  # PostgreSQL: COPY t (a, b) FROM STDIN


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """INSERT `rows` (each a sequence of values in the order of `columns`) into `table`
    in one executemany.  Every column with a default must be among `columns`."""
    prepared = _prepare(conn.dialect, table, tuple(columns))
    rows = list(rows)
    if not rows:
        return
    if set(map(len, rows)) != {len(prepared.keys)}:
        raise ValueError(f"insert_rows into {table.name}: a row without one value for each "
                         f"of the {len(prepared.keys)} columns")
    # column by column: each processor mapped over its column, the rows zipped back (the
    # loops run in C, not one Python step per row and column)
    values: list[Iterable[Any]] = list(zip(*rows, strict=True))
    for i, proc in prepared.processors:
        values[i] = map(proc, values[i])
    if prepared.copy is not None:
        _copied(conn, prepared.copy, zip(*values, strict=True))
        return
    params: list[Any]
    if not prepared.positional:
        params = [dict(zip(prepared.keys, row, strict=True)) for row in zip(*values, strict=True)]
    elif prepared.order is not None:
        params = list(zip(*prepared.order(values), strict=True))
    else:
        params = list(zip(*values, strict=True))
    conn.exec_driver_sql(prepared.sql, params)


@lru_cache(maxsize=64)
def _prepare(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> _Insert:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns),
                                     for_executemany=True)
    names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    if set(names) != set(columns) or len(columns) < 2:
        raise ValueError(f"insert_rows into {table.name}: give two columns or more, every "
                         f"column with a default ({sorted(set(names) - set(columns))}) and "
                         f"only columns ({sorted(set(columns) - set(names))} are not)")
    processors = []
    for i, key in enumerate(columns):
        column_type = table.c[key].type
        proc = column_type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            processors.append((i, _json_shortcut(proc) if isinstance(column_type, JSON)
                               else proc))
    order = None
    if compiled.positional and names != columns:
        order = itemgetter(*(columns.index(n) for n in names))
    copy = None
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        quote = dialect.identifier_preparer
        copy = (f"COPY {quote.format_table(table)} ({', '.join(map(quote.quote, columns))}) "
                "FROM STDIN")
    return _Insert(compiled.string, columns, tuple(processors), order, compiled.positional,
                   copy)


def _copied(conn: Connection, copy: str, rows: Iterable[Sequence[Any]]) -> None:
    """`rows`, each value as the column's bind processor made it, through COPY on the
    connection's own psycopg connection, inside its transaction."""
    import psycopg

    driver: Any = conn.connection.dbapi_connection
    try:
        with driver.cursor() as cursor, cursor.copy(copy) as stream:
            for row in rows:
                stream.write_row(row)
    except psycopg.Error as e:  # as SQLAlchemy raises it for an INSERT (IntegrityError …)
        raise DBAPIError.instance(copy, None, e, psycopg.Error) from e


def _json_shortcut(proc: Processor) -> Processor:
    """A JSON column's processor, with the values most rows carry (none, an empty dict or
    list) processed once: the same result, without a serialisation per row."""
    null, empty_dict, empty_list = proc(None), proc({}), proc([])

    def process(value: Any) -> Any:
        if value is None:
            return null
        if not value and type(value) is dict:
            return empty_dict
        if not value and type(value) is list:
            return empty_list
        return proc(value)

    return process
