"""Corrections that need a whole table row, not one line: a level header whose numeral the
engine lost.

The numerals 一 and 二 are one and two thin strokes; on a grey or blurred scan the engine
drops them or reads them as something else (级指标, 工级指标), and a line one character
from 一级指标, 二级指标 and 三级指标 alike is no word the line's own correction can choose
(`correct.word`).  The header row decides: its level headers run 一级, 二级, 三级 from left
to right, so the one whose numeral was lost is the rank its neighbours leave for it.  Each
change is recorded on the cell's reading, as every OCR correction is.
"""

from __future__ import annotations

import re

from jixiao.parsers.grid import Block, Cell, Table

RANKS = ("一", "二", "三")  # the level headers' numerals, left to right
_LEVEL_HEADER = re.compile(r"(.?)级指标")


def level_numerals(blocks: list[Block]) -> None:
    """In each table row holding level headers, the one read without its numeral (or with
    another character for it) takes the only rank its place leaves: 一级指标 | 级指标 |
    三级指标 reads 二级指标."""
    for table in (b for b in blocks if isinstance(b, Table)):
        for row in table.rows:
            _row(row.cells)


def _row(cells: list[Cell]) -> None:
    found = [(cell, m.group(1)) for cell in cells if not cell.merged_above
             and (m := _LEVEL_HEADER.fullmatch("".join(cell.text.split())))]
    lost = [i for i, (cell, numeral) in enumerate(found)
            if numeral not in RANKS and cell.ocr is not None]  # only what OCR read
    if len(lost) != 1 or len(found) < 2:
        return
    [at] = lost
    before = [RANKS.index(n) for _, n in found[:at]]
    after = [RANKS.index(n) for _, n in found[at + 1 :]]
    low = max(before, default=-1) + 1
    high = min(after, default=len(RANKS)) - 1
    if low != high:  # no rank, or more than one, fits between its neighbours
        return
    cell = found[at][0]
    fixed = f"{RANKS[low]}级指标"
    if cell.ocr is not None:
        cell.ocr.corrections.append(f"{cell.text}→{fixed} (level header)")
        cell.ocr.text = fixed
    cell.text = fixed
