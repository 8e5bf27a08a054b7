"""Answers about a row remembered by what the layout reads of it.

    memo_row(maxsize)   memoises a pure function of a row (and keyword flags) by its
                        cells' texts, columns, spans and merges

The same rows come again and again: a header in every table of a document, the key rows
every submission of a template repeats, a row asked by the walk and again by the unit
search.  A function that reads nothing else of a row (not its index or page, not the OCR
readings of its cells) answers the same for the same cells, and is asked once.  Its
answer is shared between the rows that ask: it must not be changed by the caller (a
frozen `HeaderMap`, tuples and texts).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar, cast

from jixiao.parsers.grid import Row

P = ParamSpec("P")
R = TypeVar("R")


def row_key(row: Row) -> tuple[tuple[str, int, int, bool], ...]:
    """What a row's meaning depends on: each cell's text, column, span and merge."""
    key = row.key
    if key is None:
        key = row.key = tuple([(c.text, c.col, c.colspan, c.merged_above) for c in row.cells])
    return key


def memo_row(
    maxsize: int,
) -> Callable[[Callable[Concatenate[Row, P], R]], Callable[Concatenate[Row, P], R]]:
    """Memoises `fn(row, **flags)` by `row_key(row)` and the flags; when full, the oldest
    answer is dropped (the function is pure: what is dropped only costs time)."""

    def decorate(fn: Callable[Concatenate[Row, P], R]) -> Callable[Concatenate[Row, P], R]:
        memo: dict[object, R] = {}

        @wraps(fn)
        def call(row: Row, /, **flags: object) -> R:
            cells = row_key(row)
            key: object = (cells, tuple(flags.items())) if flags else cells
            try:
                return memo[key]
            except KeyError:
                pass
            out = memo[key] = fn(row, **flags)  # type: ignore[arg-type, call-arg]
            if len(memo) > maxsize:
                del memo[next(iter(memo))]
            return out

        return cast(Callable[Concatenate[Row, P], R], call)

    return decorate
