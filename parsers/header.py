"""Indicator header rows: which grid columns hold 一级指标, 指标值, 依据 …, by their words.

`map_header` recognises a header row and maps each of its cells to a logical field through
`vocab.HEADER_SYNONYMS`; a cell that maps to nothing is kept as an `extra:` column so that
its values are never dropped silently.  `HeaderMap.read` then reads a data row by the
same columns: by position when the row has as many logical cells as the header, else by
grid overlap (PDF grids often split columns that Word kept whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers import vocab
from parsers.grid import Cell, Row

LEVEL_FIELDS = frozenset({"level1", "level2", "level3"})
EXTRA = "extra:"


@dataclass(frozen=True, slots=True)
class HeaderColumn:
    field: str  # a logical field, or "extra:<label>"
    col: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class HeaderMap:
    columns: tuple[HeaderColumn, ...]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(c.field for c in self.columns if not c.field.startswith(EXTRA))

    def read(self, row: Row) -> dict[str, object] | None:
        """Field → text for one data row (extras under "__extra__"); None for a row that
        is one cell across the whole table (a note, not an indicator)."""
        cells = row.cells
        if len(cells) == 1 and len(self.columns) > 2:
            return None
        positional = len(cells) == len(self.columns)
        out: dict[str, object] = {}
        extra: dict[str, str] = {}
        for i, col in enumerate(self.columns):
            cell = cells[i] if positional else _cell_covering(cells, col)
            text = cell.text.strip() if cell is not None else ""
            if col.field.startswith(EXTRA):
                if text:
                    extra[col.label or f"列{i + 1}"] = text
            elif text and col.field not in out:
                out[col.field] = text
        if extra:
            out["__extra__"] = extra
        return out


def _cell_covering(cells: list[Cell], col: HeaderColumn) -> Cell | None:
    for c in cells:
        if c.col <= col.col < c.end:
            return c
    for c in cells:  # a data cell that starts inside a wide header cell
        if col.col <= c.col < col.end:
            return c
    return None


def header_field(label: str) -> str | None:
    """The logical field a header wording names: exact wordings first, then containment
    in the order of `vocab.HEADER_SYNONYMS` (so 指标值确定依据 is basis, not value)."""
    lab = vocab.clean_label(label)
    if not lab:
        return None
    for fld, words in vocab.HEADER_SYNONYMS:
        if lab in words:
            return fld
    if len(lab) > 16:
        return None
    for fld, words in vocab.HEADER_SYNONYMS:
        if any(w in lab for w in words if len(w) >= 2):
            return fld
    return None


def map_header(row: Row) -> HeaderMap | None:
    """The header map of a row, or None when the row is not an indicator header."""
    columns: list[HeaderColumn] = []
    seen: set[str] = set()
    for c in row.cells:
        text = c.text.strip()
        fld = header_field(text) if text else None
        if fld is None or fld in seen:
            fld = EXTRA + vocab.clean_label(text)
        seen.add(fld)
        columns.append(HeaderColumn(fld, c.col, c.end, text))
    fields = {c.field for c in columns if not c.field.startswith(EXTRA)}
    if len(fields) < vocab.HEADER_MIN_FIELDS or not fields & LEVEL_FIELDS:
        return None
    if not fields & {"value", "level3", "description", "actual"}:
        return None
    return HeaderMap(tuple(columns))
