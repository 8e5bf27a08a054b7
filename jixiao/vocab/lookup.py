"""Word lists compiled once, for the questions the layout asks of every cell of a table.

    contains_any(words)     text → True when one of the words occurs in it
    starts_with_any(words)  text → True when it starts with one of the words
    first_exact(table)      text → the first field of a (field, words) table naming it
    first_containing(table) text → the first field, in the table's order, one of whose
                            words the text contains
    memo_short(maxsize)     memoises a pure function of a label (its first argument) and
                            keyword flags

Each answers as the plain loop over the list would (`any(w in text for w in words)` …),
the list's order included, but the scan runs once in C.  Why a regular-expression
alternation and not an Aho–Corasick automaton (pyahocorasick): the lists are tens of
short words and the texts a few dozen characters, and only "is there one" is asked; the
compiled alternation answers that in well under a microsecond with no dependency.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from typing import ParamSpec, TypeVar, cast

Table = Sequence[tuple[str, Iterable[str]]]
P = ParamSpec("P")
R = TypeVar("R")
# Texts longer than this are prose, not labels: never remembered, so that a cache holds
# at most maxsize short keys whatever the documents contain (memory stays flat).
MEMO_MAX_CHARS = 64


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return None
    return re.compile("|".join(re.escape(w) for w in unique))


def contains_any(words: Iterable[str]) -> Callable[[str], bool]:
    """`lambda text: any(w in text for w in words)`, compiled."""
    pattern = _alternation(words)
    if pattern is None:
        return lambda _text: False
    search = pattern.search
    return lambda text: search(text) is not None


def starts_with_any(words: Iterable[str]) -> Callable[[str], bool]:
    """`lambda text: text.startswith(tuple(words))`, compiled."""
    pattern = _alternation(words)
    if pattern is None:
        return lambda _text: False
    match = pattern.match
    return lambda text: match(text) is not None


def first_exact(table: Table) -> Callable[[str], str | None]:
    """The first field of the table whose words include the text, or None."""
    index: dict[str, str] = {}
    for fld, words in table:
        for w in words:
            index.setdefault(w, fld)
    return index.get


def first_containing(table: Table) -> Callable[[str], str | None]:
    """The first field, in the table's order, one of whose words occurs in the text."""
    table = [(fld, tuple(words)) for fld, words in table]
    fields = [(fld, contains_any(words)) for fld, words in table]
    anywhere = contains_any(w for _fld, words in table for w in words)

    def find(text: str) -> str | None:
        if not anywhere(text):  # most texts contain none: one scan answers
            return None
        return next((fld for fld, has in fields if has(text)), None)

    return find


def memo_short(
    maxsize: int, max_chars: int = MEMO_MAX_CHARS
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """`functools.lru_cache(maxsize)` for a pure function of a text and keyword flags
    (`key_field(label, exact=True)`), applied only to texts of at most `max_chars`
    characters: labels repeat from table to table, a cell of prose does not.

    Written by hand, not as a wrapper around `lru_cache`: the layout asks thousands of
    times per document, and a dict looked up by the text itself (by the text and the
    flags where there are any) answers in a third of the time.  When full, the oldest
    answer is dropped: the function is pure, so what is dropped only costs time."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        memo: dict[object, R] = {}
        limit = max_chars

        @wraps(fn)
        def call(text: str, /, **flags: object) -> R:
            if len(text) > limit:
                return fn(text, **flags)  # type: ignore[arg-type]
            key: object = (text, tuple(flags.items())) if flags else text
            try:
                return memo[key]
            except KeyError:
                pass
            out = memo[key] = fn(text, **flags)  # type: ignore[arg-type]
            if len(memo) > maxsize:
                del memo[next(iter(memo))]
            return out

        return cast(Callable[P, R], call)

    return decorate
