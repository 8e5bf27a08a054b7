"""Writing Word files the way a township clerk builds them, for samples only.

Built on python-docx (the writer side is not where speed matters).  A table is given as
rows of cell texts, the way the seed's text shows them; the builder turns that into a
real Word table:

- a row with fewer cells than the grid has columns gets its last cell spread over the
  rest (`gridSpan`): key-value rows such as 项目名称 | 征地拆迁补偿款;
- an empty first cell under a filled one, in rows of the same shape, is merged into it
  (`vMerge`): 一级指标 groups, 资金支出计划 over its percent row.  That is how the
  seed's text shows merged cells (the cells below the first come out blank);
- a cell's text with newlines becomes several paragraphs, or manual line breaks
  (`w:br`) where the text is a `Breaks`.

`save` writes with fixed dates and zip timestamps so that rebuilding changes nothing.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

SERIF = "Noto Serif CJK SC"  # fonts-noto-cjk; LibreOffice renders the PDF samples with it
SANS = "Noto Sans CJK SC"
FIXED_DATE = datetime(2021, 1, 15, 9, 0, 0)
ZIP_DATE = (2021, 1, 15, 9, 0, 0)

# Column widths (cm) of the usual 6-column 项目绩效目标表: 一级 二级 三级 描述 指标值 依据.
WIDTHS_6 = (1.9, 2.5, 3.1, 3.5, 2.8, 2.6)

Rows = Sequence[Sequence[str]]


def new_document(title: str) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin = section.bottom_margin = Cm(2.5)
    _set_font(doc, "Normal", SERIF, 10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _set_font(doc, name, SANS, None)
    props = doc.core_properties
    props.title = title
    props.author = props.last_modified_by = "乡镇财政所"
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    return doc


def _set_font(doc: DocxDocument, style_name: str, font: str, size: float | None) -> None:
    style = doc.styles[style_name]
    style.font.name = font
    if size:
        style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), font)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme_attr), None)


def add_paragraph(doc: DocxDocument, text: str, style: str | None = None) -> None:
    doc.add_paragraph(text, style=style)


def add_page_break(doc: DocxDocument) -> None:
    """An otherwise empty paragraph holding a hard page break (Ctrl+Enter)."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


class Breaks(str):
    """Cell text whose newlines are manual line breaks (Shift+Enter), not paragraphs."""


def set_cell_text(cell: _Cell, text: str) -> None:
    """Newlines become paragraphs, or manual line breaks in one paragraph for `Breaks`."""
    lines = text.split("\n")
    if isinstance(text, Breaks):
        run = cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
        return
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def spans_for(n_cells: int, ncols: int) -> list[int]:
    """A short row's last cell takes the remaining grid columns."""
    return [1] * (n_cells - 1) + [ncols - n_cells + 1]


def merge_down_runs(rows: Rows) -> list[tuple[int, int]]:
    """(first, last) row pairs whose first cells form one vertically merged cell."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for r, row in enumerate(rows):
        blank = not any(t.strip() for t in row)
        if row and row[0].strip():
            start = r
        elif blank or start is None or len(row) != len(rows[start]) or len(row) < 2:
            start = None
        elif runs and runs[-1][0] == start:
            runs[-1] = (start, r)
        else:
            runs.append((start, r))
    return runs


def add_grid_table(
    container: DocxDocument | _Cell,
    rows: Rows,
    *,
    widths: Sequence[float] = WIDTHS_6,
    merge_down: bool = True,
) -> Table:
    """A bordered Word table from rows of cell texts (see the module docstring)."""
    ncols = len(widths)
    if isinstance(container, _Cell):
        table = container.add_table(len(rows), ncols)
    else:
        table = container.add_table(len(rows), ncols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.style = "Table Grid"
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)  # the grid; cells carry their own widths too
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)
    starts: list[list[int]] = []
    for r, row in enumerate(rows):
        spans = spans_for(len(row), ncols)
        col_starts = [sum(spans[:i]) for i in range(len(spans))]
        if spans[-1] > 1:
            table.cell(r, col_starts[-1]).merge(table.cell(r, ncols - 1))
        starts.append(col_starts)
    continued: set[int] = set()
    if merge_down:
        for first, last in merge_down_runs(rows):
            table.cell(first, 0).merge(table.cell(last, 0))
            continued.update(range(first + 1, last + 1))
    for r, row in enumerate(rows):
        for i, text in enumerate(row):
            if i == 0 and r in continued:
                continue
            if text:
                set_cell_text(table.cell(r, starts[r][i]), text)
    return table


def save(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps, so that an unchanged sample rebuilds byte for byte."""
    body = doc.element.body
    if len(body) >= 2 and body[-2].tag == qn("w:tbl"):
        # Word always ends a document with a paragraph; LibreOffice's .doc export drops
        # a table that ends the document without one.
        doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_zip_deterministic(buf.getvalue(), path)


def write_zip_deterministic(data: bytes, path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
