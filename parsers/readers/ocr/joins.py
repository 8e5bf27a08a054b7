"""Rows read twice where two photos of one page overlap.

A page too long for one photo is taken as its top and its foot, the rows in the middle in
both, and the photos are sent in order as the pages of one PDF.  Read page by page, the
rows at the join come twice: the foot's photo opens with the rows the top's photo ended
with (after, often, what the frame left of a row it cut through).  Two readings of one row
are alike but not the same (each photo has its own slips: 经费 and 经益), so rows are
compared cell by cell with a similarity ratio (difflib, the standard library's; nothing
here needs more).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from difflib import SequenceMatcher
from itertools import pairwise

from jixiao.parsers.grid import Block, Row, Table

ALIKE = 0.8  # each cell's two readings at least this alike (群众满意度 / 学生满意度: 0.6)
LEAST_TEXT = 6  # characters a row holds to be matched at all (blank rows match anything)
CUT = 1  # rows the frame may have cut at the join, on either side, dropped with the repeat


def overlaps_dropped(blocks: list[Block], scanned: Collection[int] | None = None
                     ) -> tuple[list[Block], list[str]]:
    """The blocks with each table's rows read twice at the join of two scanned pages
    (`scanned`: their numbers; None: every page) left out (the foot's copy, and what a
    frame cut of a row there), and a warning for each join."""
    warnings: list[str] = []
    for b in blocks:
        if isinstance(b, Table):
            b.rows, said = _joined_once(b.rows, scanned)
            warnings += said
            for i, row in enumerate(b.rows):
                row.index = i
    return blocks, warnings


def _joined_once(rows: list[Row], scanned: Collection[int] | None
                 ) -> tuple[list[Row], list[str]]:
    pages = sorted({r.page for r in rows if r.page is not None})
    warnings = []
    for before_page, after_page in pairwise(pages):
        if scanned is not None and not (before_page in scanned and after_page in scanned):
            continue  # a typed page's rows are read as typed, once
        before = [r for r in rows if r.page == before_page]
        after = [r for r in rows if r.page == after_page]
        found = _overlap(before, after)
        if found is None:
            continue
        k, cut_before, cut_after = found
        drop = {id(r) for r in after[: cut_after + k]}
        drop |= {id(r) for r in before[len(before) - cut_before :]}
        rows = [r for r in rows if id(r) not in drop]
        warnings.append(f"page {after_page} opens with {k} row(s) of page {before_page} "
                        "(two photos of one page overlapping): read once")
    return rows, warnings


def _overlap(before: list[Row], after: list[Row]) -> tuple[int, int, int] | None:
    """(rows repeated, rows cut at the end of `before`, rows cut at the start of `after`)
    for the longest run of `before`'s last rows that `after` opens with, or None."""
    best: tuple[int, int, int] | None = None
    for cut_before in range(CUT + 1):
        for cut_after in range(CUT + 1):
            tail = before[: len(before) - cut_before]
            head = after[cut_after:]
            for k in range(min(len(tail), len(head)), 0, -1):
                if all(_alike(a, b, alone=k == 1)
                       for a, b in zip(tail[-k:], head[:k], strict=True)):
                    if best is None or k > best[0]:
                        best = (k, cut_before, cut_after)
                    break
    return best


def _texts(row: Row) -> list[str]:
    return [t for c in row.cells if not c.merged_above and (t := "".join(c.text.split()))]


def _alike(a: Row, b: Row, *, alone: bool = False) -> bool:
    """Two readings of one row: as many cells, each pair with the same figures (≥150 and
    ≥10 are 0.86 alike by their characters, and another row's) and alike in the rest.  A
    row `alone` (the only one repeated) is matched by slips only, a character misread or
    lost a cell: two rows of one list are as alike by their characters (国家助学金人均资助
    atop the next page under 国家励志奖学金人均资助: 0.8), not one row read twice."""
    ta, tb = _texts(a), _texts(b)
    if len(ta) != len(tb) or sum(map(len, ta)) < LEAST_TEXT:
        return False
    return all(x == y or (_DIGITS.findall(x) == _DIGITS.findall(y)
                          and SequenceMatcher(None, x, y).ratio() >= ALIKE
                          and (not alone or abs(len(x) - len(y)) <= SLIPS_ALONE))
               for x, y in zip(ta, tb, strict=True))


SLIPS_ALONE = 1  # characters a cell of a row repeated alone may gain or lose between reads


_DIGITS = re.compile(r"\d+")
