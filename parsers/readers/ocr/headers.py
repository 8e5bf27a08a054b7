"""Corrections that need a whole cell or a whole table row, not one line: a level name or
header word with a character lost, and a level header whose numeral the engine lost.

A cell's text is its lines joined, so only here is a cell read whole: 成本指 alone in its
cell is 成本指标 with 标 under a seal's ring, where the line 产出指 of a cell that wraps
产出指 / 标 is no slip at all (`correct.lost_character`).

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
from jixiao.parsers.readers.ocr.correct import lost_character

RANKS = ("一", "二", "三")  # the level headers' numerals, left to right
_LEVEL_HEADER = re.compile(r"(.?)级指标")


def whole_cells(blocks: list[Block]) -> None:
    """Each cell read by OCR whose whole text is a level name or header word with one
    character lost takes that word, recorded; then each row's level headers
    (`level_numerals`)."""
    for table in (b for b in blocks if isinstance(b, Table)):
        for row in table.rows:
            for cell in row.cells:
                if cell.ocr is None or cell.merged_above:
                    continue
                fixed = lost_character("".join(cell.text.split()))
                if fixed is not None:
                    _correct(cell, fixed, "word")
    level_numerals(blocks)


def _correct(cell: Cell, fixed: str, why: str) -> None:
    if cell.ocr is not None:
        cell.ocr.corrections.append(f"{cell.text}→{fixed} ({why})")
        cell.ocr.text = fixed
    cell.text = fixed


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
    _correct(found[at][0], f"{RANKS[low]}级指标", "level header")
