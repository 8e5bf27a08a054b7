"""Sheets of cell texts → rows of logical cells → blocks: what a workbook and a delimited
text file (.csv, a tab-separated .txt) have in common.

    Sheet         cell texts by (row, column) and merged ranges (a .csv has none)
    sheet_rows    logical `Cell`s with merges resolved: a range spanning columns is one
                  cell with `colspan`, the rows below its first repeat its text with
                  `merged_above=True`; empty leading columns and trailing rows dropped
    sheet_blocks  the sheet cut at blank rows; the one-cell rows that open a part (a title
                  such as "征地拆迁补偿款项目绩效目标表") become paragraphs, the rest a table
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from jixiao.errors import LimitExceeded
from jixiao.parsers.grid import Block, Cell, Paragraph, Row, Table, repeats_joined
from jixiao.parsers.readers.limits import LIMITS, Limits


@dataclass(frozen=True, slots=True)
class Merge:
    """A merged range, 0-based and inclusive."""

    r0: int
    c0: int
    r1: int
    c1: int


@dataclass(slots=True)
class Sheet:
    name: str
    texts: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → text
    merges: list[Merge] = field(default_factory=list)


# A grid may hold JIXIAO_MAX_TABLE_ROWS rows of this many columns (the merge check below
# uses the same bound): a cell typed far out, or a text line of a million commas, would
# otherwise make a Cell for every position up to it.
GRID_COLUMNS = 64


def sheet_rows(sheet: Sheet, limits: Limits = LIMITS) -> list[Row]:
    """Logical rows with merges resolved; empty leading columns and trailing rows dropped."""
    anchors = {(m.r0, m.c0) for m in sheet.merges}
    used = [rc for rc in sheet.texts] + list(anchors)
    if not sheet.texts:
        return []
    nrows = max(r for r, _c in sheet.texts) + 1
    first_col = min(c for _r, c in used)
    ncols = 1 + max(
        max(c for _r, c in sheet.texts), max((m.c1 for m in sheet.merges), default=0)
    )
    if nrows * (ncols - first_col) > limits.max_table_rows * GRID_COLUMNS:
        far = max(sheet.texts, key=lambda rc: rc[0] * (ncols + 1) + rc[1])
        raise LimitExceeded(
            f"sheet {sheet.name!r} spans {nrows:,} rows by {ncols - first_col:,} columns "
            f"(its last cell is row {far[0] + 1:,}, column {far[1] + 1:,}), over the limit of "
            f"{limits.max_table_rows * GRID_COLUMNS:,} cells; delete the stray cells far from "
            "the table and save it again, or raise JIXIAO_MAX_TABLE_ROWS if it is genuine"
        )
    covering: dict[tuple[int, int], Merge] = {}
    for m in sheet.merges:
        if (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) > limits.max_table_rows * GRID_COLUMNS:
            raise LimitExceeded(
                f"sheet {sheet.name!r} merges a range of absurd size; unmerge it and save again"
            )
        for r in range(m.r0, min(m.r1, nrows - 1) + 1):
            for c in range(m.c0, m.c1 + 1):
                covering[(r, c)] = m
    rows: list[Row] = []
    for r in range(nrows):
        cells: list[Cell] = []
        c = first_col
        while c < ncols:
            cover = covering.get((r, c))
            if cover is None:
                cells.append(Cell(sheet.texts.get((r, c), ""), c - first_col))
                c += 1
                continue
            span = min(cover.c1, ncols - 1) - c + 1
            text = sheet.texts.get((cover.r0, cover.c0), "")
            cells.append(Cell(text, c - first_col, span, merged_above=r > cover.r0))
            c += span
        rows.append(Row(cells, index=r))
    # a sheet that repeats a merged cell's text across it: one cell, before its rows are
    # told apart as titles and tables (a title written across the row is one line)
    return rows if sheet.merges else repeats_joined(rows)


def sheet_blocks(rows: list[Row], *, first_table: int = 0) -> Iterator[Block]:
    """The sheet cut at blank rows; the one-cell rows that open a part are paragraphs."""
    index = first_table
    for part in _parts(rows):
        table_rows: list[Row] = []
        for row in part:
            filled = [c for c in row.cells if c.text.strip()]
            if not table_rows and len(filled) == 1 and not filled[0].merged_above:
                yield Paragraph(filled[0].text.strip())
            else:
                table_rows.append(Row(row.cells, index=len(table_rows)))
        if table_rows:
            yield Table(table_rows, index=index)
            index += 1


def _parts(rows: list[Row]) -> Iterator[list[Row]]:
    part: list[Row] = []
    for row in rows:
        if row.is_blank():
            if part:
                yield part
            part = []
        else:
            part.append(row)
    if part:
        yield part
