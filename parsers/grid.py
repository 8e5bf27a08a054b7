"""The intermediate every format reader produces: a document as blocks in reading order.

A reader's only job is to turn a file into `SourceDocument`: paragraphs and tables of
*logical* cells, merges resolved, each row carrying where it came from.  Everything that
reads meaning (which table is a project, which column is 指标值) lives in
`jixiao.parsers.layout.document` and works the same for every format.

Merges, the one subtle point:
- a cell spanning several grid columns appears once in its row, with `col` and `colspan`;
- a cell spanning several rows appears in every row it covers; in the rows below its
  first one it has `merged_above=True` (and the same text), so that "merged into the cell
  above" stays distinct from "an empty cell" (`text == ""`, `merged_above=False`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(slots=True)
class Recognised:
    """What OCR read in a cell of a scanned page: `text` as corrected (the cell's text),
    `raw` as the engine read it, the engine's confidence (the least of its lines), where
    (page, box in points from the page's top-left), and every correction made."""

    text: str
    raw: str
    confidence: float
    page: int
    box: tuple[float, float, float, float]
    corrections: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Cell:
    text: str
    col: int
    colspan: int = 1
    merged_above: bool = False
    ocr: Recognised | None = None  # read from a page image (`jixiao.parsers.readers.ocr`)

    @property
    def end(self) -> int:
        """One past the last grid column the cell covers."""
        return self.col + self.colspan


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    index: int = 0  # row number inside its table, from 0
    page: int | None = None  # 1-based page, where the format has pages
    # what the layout's memos know the row by (`layout.memo.row_key`), made once: the
    # readers have done changing a row's cells before the layout reads it
    key: tuple[tuple[str, int, int, bool], ...] | None = field(
        default=None, init=False, repr=False, compare=False)
    _own: tuple[Cell, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def is_blank(self) -> bool:
        return all(not c.text.strip() for c in self.cells)

    def own(self) -> tuple[Cell, ...]:
        """The cells with a text of their own: not blank, not merged down from above.
        (Asked of every row by many steps of the layout, so made once.)"""
        own = self._own
        if own is None:
            own = self._own = tuple(
                [c for c in self.cells if not c.merged_above and c.text.strip()])
        return own


@dataclass(slots=True)
class Table:
    rows: list[Row]
    index: int = 0  # table number inside the document, from 0
    page: int | None = None  # page of the first row
    ncols: int = 0

    def __post_init__(self) -> None:
        if not self.ncols:
            self.ncols = max((c.end for r in self.rows for c in r.cells), default=0)


@dataclass(slots=True)
class Paragraph:
    text: str
    page: int | None = None
    style: str | None = None  # the format's own style id (docx: "Heading1"), where it has one


Block = Paragraph | Table


def has_grid(blocks: list[Block]) -> bool:
    """Some block is a table of two rows or more (one cell round a pasted picture is a
    frame, not a table): a file without one may be pictures of its tables."""
    return any(isinstance(b, Table) and len(b.rows) > 1 for b in blocks)


@dataclass(slots=True)
class SourceDocument:
    """A file as read: blocks in document order, plus what the reader knows of it."""

    blocks: list[Block]
    format: str  # docx | pdf | txt | xlsx | xls | doc | wps
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    # OCR's readings of the lines outside tables (headings, notes): a scan's unit and year
    readings: list[Recognised] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


def row_from_texts(texts: list[str], *, index: int = 0, page: int | None = None) -> Row:
    """A row of unmerged cells, one grid column each (text and Excel readers start here)."""
    return Row([Cell(t, i) for i, t in enumerate(texts)], index=index, page=page)


def repeats_joined(rows: list[Row], *, full_rows_only: bool = False) -> list[Row]:
    """Rows of a grid with no merged cell that writes a merged cell's text into every cell
    it covered (WPS's unmerge and fill, a system's export, a converter's table): runs of
    one text side by side in a row read as the one cell they were (项目名称 | 项目名称 | X |
    X | X is 项目名称 | X), and one text down a column as a cell merged down (产出指标 in
    each row of its indicators, 一般公共预算拨款 beside its lines).  Only words: figures
    side by side are columns of their own (0 | 0 under 中央 | 省级, 100% | 100% or 5.5亩 |
    5.5亩 a target and its result), as are figures down a column (≥100% for two
    indicators).  A grid with merges, or read by OCR, is left as it is.

    `full_rows_only` (Word's text export, which writes a merged cell's text once, leaving
    the columns it spans out and the rows it covers blank): only rows as wide as the
    widest, written cell for cell, are joined, and only side by side; a shorter row's cells
    stand where its spans put them, which the text does not say, and a text down a column
    is each row's own (two indicators' 效果明显: a merge would have left the second blank)."""
    if any(c.colspan > 1 or c.merged_above or c.ocr is not None for r in rows for c in r.cells):
        return rows
    width = max((len(r.cells) for r in rows), default=0)
    full = {id(r) for r in rows if not full_rows_only or len(r.cells) == width}
    prev: list[Cell] = []  # the row above, joined
    for row in rows:
        if id(row) not in full:
            prev = row.cells
            continue
        joined: list[Cell] = []
        for c in row.cells:
            last = joined[-1] if joined else None
            if (last is not None and c.text == last.text and last.end == c.col
                    and (_words(c.text) or _under_one(prev, last.col, c.end))):
                last.colspan += c.colspan
                continue
            joined.append(c)
        row.cells = joined
        prev = joined
    if full_rows_only:
        return rows  # (down a column, a text export's repeats are each row's own)
    for above, row in pairwise(rows):  # … and down a column
        if row.texts == above.texts:
            continue  # a row written twice is two rows (a clerk's copy), not one merged
        over = {(c.col, c.end): c.text for c in above.cells}
        for c in row.cells:
            if over.get((c.col, c.end)) == c.text and _words(c.text):
                c.merged_above = True
    return rows


_WORDS = re.compile(r"[\u4e00-\u9fff]")
# a short text with a figure first, its sign, unit or date words after it (5.5亩, ≥95%,
# 2021年12月): a value, which a target and its result, or two indicators, may each write
# alike
_FIGURE_LED = re.compile(r"\s*[<>=≥≤＜＞≧≦]*\s*\d")
_VALUE_MAX = 12  # characters: 2021年12月底前, not 2023年一般性项目绩效目标表


def _words(text: str) -> bool:
    return _WORDS.search(text) is not None and not (
        len(text.strip()) <= _VALUE_MAX and _FIGURE_LED.match(text))


def _under_one(above: list[Cell], col: int, end: int) -> bool:
    """Columns `col` to `end` lie under one cell of the row above that spans them (其他
    over three columns, joined from its repeats): one figure written into each of them is
    that cell's value filled in, not a figure per column (0 | 0 | 0 under 其他)."""
    return any(a.colspan > 1 and a.col <= col and end <= a.end for a in above)
