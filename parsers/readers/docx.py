"""Word .docx files → `SourceDocument`: paragraphs and tables in document order.

Why lxml and not python-docx: `docx.Document()` parses every part (styles, numbering,
themes: the default template's styles alone are larger than most documents), and its
per-cell API (`table.cell`, `row.cells`) rebuilds the table's cell list on every call, so
reading a table cell by cell is quadratic (on this machine, for the seed: over a second
cell by cell, 9 ms for `Document()` alone, 2 ms to unzip and parse `word/document.xml`).
Here we parse that one part with lxml and walk the rows' XML once, resolving merges from
the cell properties ourselves (`bench/bench_docx.py` measures it: within 3× of the floor).

The chain: `open_package` → `main_part_name` → `parse_part` → `simplify` (one pass of
lxml's C-level edits: wrappers, deleted and invisible text removed, breaks made text) →
`body_blocks` (paragraphs and tables in order) → for each table, `read_cells` row by row
(logical `Cell`s, vertical merges resolved against the row above) → `splice_nested` for
the rare table with tables in its cells.

Reading rules:
- a cell's text is its paragraphs joined by "\\n"; a manual line break (`w:br`) is "\\n",
  a tab "\\t"; text is kept as written (the layout trims);
- `w:gridSpan` gives `colspan`; `w:gridBefore` shifts a row's first cell; the legacy
  `w:hMerge` continue widens the cell before it;
- `w:vMerge` continue: the cell repeats the text of the cell above it in the same grid
  column, with `merged_above=True`;
- tracked changes: insertions are read, deletions (`w:delText`, `w:moveFrom`, rows marked
  deleted) are not; content controls (`w:sdt`) and custom XML are read through;
  `mc:Fallback` (the old-Word copy of a text box or shape) is dropped so nothing is read
  twice;
- a table nested in a cell is spliced into its parent: its rows become rows of the parent
  table, laid over the columns of the cell that holds it, and the other cells of that
  row span them (`merged_above`).  A clerk who puts the quarter table inside the
  资金支出计划 cell means the same grid as one who merges cells, and a project table
  pasted into the cell of a frame table is still that project table; flattening the
  nested table to text or listing it as a separate table would lose that;
- pictures: a file with no table (one cell round a picture at most) but pictures the size
  of a page is a scan or photo pasted in under a typed heading: with the OCR extra the
  pictures are read as the pages of a scan (`body_pictures`, `ocr.read_pictures`), their
  tables where the first picture stood;
- pages: Word and WPS record where pages ended at the last save
  (`w:lastRenderedPageBreak`); where a file has those, paragraphs and rows get page
  numbers from them, otherwise pages are unknown (None).  Hard page breaks alone are not
  counted: a long table flows over pages without one.
"""

from __future__ import annotations

import importlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import (
    Block,
    Cell,
    Paragraph,
    Row,
    SourceDocument,
    Table,
    has_grid,
)
from jixiao.parsers.readers import SCANS
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.safety import (
    open_zip,
    parse_xml,
    read_entry,
    relationships,
    xml_parser,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"  # "Strict Open XML"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "/officeDocument"  # relationship type suffix of the main part


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


BODY, P, TBL, TR, TC = _w("body"), _w("p"), _w("tbl"), _w("tr"), _w("tc")
R, T, TAB, BR, CR = _w("r"), _w("t"), _w("tab"), _w("br"), _w("cr")
NO_BREAK_HYPHEN = _w("noBreakHyphen")
RENDERED_BREAK = _w("lastRenderedPageBreak")
PPR, PSTYLE, TRPR, TCPR = _w("pPr"), _w("pStyle"), _w("trPr"), _w("tcPr")
GRID_SPAN, GRID_BEFORE = _w("gridSpan"), _w("gridBefore")
VMERGE, HMERGE = _w("vMerge"), _w("hMerge")
DEL, MOVE_FROM, ALT_CHUNK = _w("del"), _w("moveFrom"), _w("altChunk")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
SDT_PR, SDT_END_PR, CUSTOM_XML_PR = _w("sdtPr"), _w("sdtEndPr"), _w("customXmlPr")
VAL, TYPE = _w("val"), _w("type")
MC_FALLBACK = f"{{{MC_NS}}}Fallback"


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    with open_package(path, limits) as z:
        main = main_part_name(z, limits)
        root = simplify(parse_part(z, main, limits))
        body = root.find(BODY)
        reader = _Reader(limits)
        blocks = list(reader.body_blocks(body)) if body is not None else []
        pictures = (body_pictures(z, main, body, limits)
                    if body is not None and not has_grid(blocks) else [])
    pages = reader.page if reader.rendered_breaks else None
    if pages is None or pictures:
        _forget_pages(blocks)
    src = SourceDocument(blocks, format="docx", pages=pages, warnings=reader.warnings)
    if pictures:
        importlib.import_module(SCANS).read_pictures(src, pictures, path.name, limits)
    return src


# -- pictures -----------------------------------------------------------------------------
# A clerk who has only the stamped paper scans or photographs it and pastes the pictures
# into a Word file, under a typed heading.  Such a file has no table (a frame of one cell
# round a picture at most): its pictures are read by OCR, as the pages of a scan, where the
# OCR extra is installed (`jixiao.parsers.readers.ocr.read_pictures`, which keeps those
# large enough to be a page).

BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"  # a picture as old Word writes it
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PICTURE_REFS = {BLIP: f"{{{R_NS}}}embed", IMAGEDATA: f"{{{R_NS}}}id"}


def body_pictures(z: zipfile.ZipFile, main: str, body: etree._Element, limits: Limits
                  ) -> list[tuple[int, bytes]]:
    """The pictures embedded in the body, in reading order: (the index of the block that
    holds each, its bytes).  Linked pictures (outside the file), missing parts and a
    picture's second showing are passed over."""
    found = [(el, el.get(PICTURE_REFS[el.tag])) for el in body.iter(BLIP, IMAGEDATA)]
    if not found:
        return []
    targets = relationships(z, main, limits, what=WHAT)
    index = {child: i for i, child in enumerate(body.iterchildren(P, TBL))}
    out: list[tuple[int, bytes]] = []
    seen: set[str] = set()
    for el, rid in found:
        name = targets.get(rid or "")
        if name is None or name in seen:
            continue  # a link to a file outside, or a picture shown twice: read once
        seen.add(name)
        top = el
        while top.getparent() is not body:
            top = top.getparent()
        if top in index:
            out.append((index[top], read_entry(z, name, limits, what=WHAT)))
        if len(out) > limits.max_pdf_pages:
            raise LimitExceeded(
                f"the Word file holds more than {limits.max_pdf_pages} pictures; split it, "
                "or raise JIXIAO_MAX_PDF_PAGES if it is genuine")
    return out


# -- the package ------------------------------------------------------------------------
# Opening and unpacking go through `jixiao.parsers.readers.safety` (bounded zip, capped reads, XML
# with
# entities refused), which also translates zipfile and lxml errors into ours.

WHAT = "the Word file"


def open_package(path: Path, limits: Limits) -> zipfile.ZipFile:
    return open_zip(path, limits, what=WHAT)


def main_part_name(z: zipfile.ZipFile, limits: Limits = LIMITS) -> str:
    """The main document part, as the package's relationships name it."""
    names = set(z.namelist())
    if "_rels/.rels" in names:
        rels = parse_xml(read_entry(z, "_rels/.rels", limits, what=WHAT), "_rels/.rels", what=WHAT)
        for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
            target = (rel.get("Target") or "").lstrip("/")
            if rel.get("Type", "").endswith(OFFICE_DOCUMENT) and target in names:
                return target
    if "word/document.xml" in names:
        return "word/document.xml"
    raise UnreadableFile(
        "the zip holds no Word document part (word/document.xml), so it is not a .docx; "
        "check that the right file was sent"
    )


def parse_part(z: zipfile.ZipFile, name: str, limits: Limits) -> etree._Element:
    data = read_entry(z, name, limits, what=WHAT)
    if STRICT_W_NS.encode() in data[:8192]:
        # "Strict Open XML" is the same vocabulary under other namespace names.
        data = data.replace(STRICT_W_NS.encode(), W_NS.encode())
    # remove_blank_text drops indentation between elements (a pretty-printed part) and
    # keeps a w:t that holds only spaces.
    return parse_xml(data, name, what=WHAT, parser=xml_parser(remove_blank_text=True))


def _forget_pages(blocks: list[Block]) -> None:
    for b in blocks:
        b.page = None
        if isinstance(b, Table):
            for row in b.rows:
                row.page = None


# -- simplifying the tree -----------------------------------------------------------------
# One pass of lxml's C-level tree edits, so that the per-cell loops below stay simple and
# fast: wrappers vanish, deleted, hidden and duplicate content goes, and what reads as
# text (a line break, a tab) becomes a w:t, so that an element's text is all its text nodes.

# Elements whose text content is not part of the visible text.  After they are gone, every
# text node left is visible: w:t, and text in text boxes (w:t too), math (m:t) and shapes.
INVISIBLE = (
    _w("delText"),  # tracked deletion
    _w("delInstrText"),
    _w("instrText"),  # field code: "PAGE \\* MERGEFORMAT"
    _w("fldData"),  # base64 field data
    MOVE_FROM,  # tracked move, the old place
    MC_FALLBACK,  # mc:AlternateContent's copy for old readers
    "{urn:schemas-microsoft-com:office:office}OLEObject",  # o:FieldCodes, o:LinkType
    "{urn:schemas-microsoft-com:office:excel}ClientData",  # VML form-control data
    _w("rt"),  # ruby text: the pinyin printed above its base characters
)
PAGE_MARK = "\ufdd0"  # a Unicode noncharacter: stands for a rendered page break in text
AS_TEXT = {CR: "\n", NO_BREAK_HYPHEN: "-", RENDERED_BREAK: PAGE_MARK}


def simplify(root: etree._Element) -> etree._Element:
    # Content controls and custom XML: keep the content, drop the wrapper and its settings.
    etree.strip_elements(root, SDT_PR, SDT_END_PR, CUSTOM_XML_PR, with_tail=False)
    etree.strip_tags(root, SDT, SDT_CONTENT, CUSTOM_XML)
    # Text no reader sees: deleted or moved-away text, field codes, embedded-object data,
    # and the old-Word copy of a text box that repeats its mc:Choice.
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    for el in root.iter(BR, TAB, CR, NO_BREAK_HYPHEN, RENDERED_BREAK):
        tag = el.tag
        if tag == BR:
            text = "\n" if el.get(TYPE) in (None, "textWrapping") else None  # not page breaks
        elif tag == TAB:
            text = "\t" if el.getparent().tag == R else None  # not a tab stop definition
        else:
            text = AS_TEXT[tag]
        if text is not None:
            el.tag, el.text = T, text
    return root


# -- reading: blocks, paragraphs, tables -------------------------------------------------
# The loops below run once per cell of every table, so they avoid per-call costs that add
# up: children are fetched with lxml's tag filters, text by lxml's C serialiser, and a
# cell's properties in one pass over `w:tcPr` rather than one `find` per property.

Holder = tuple[int, int, list["str | Table"]]  # (row, cell in row, content): a cell holding tables


class _Reader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.page = 1
        self.rendered_breaks = False
        self.tables = 0
        self.text_page = 1  # page of the last paragraph read
        self.row_page: int | None = 1  # page of the current row's first paragraph
        self.warnings: list[str] = []

    def body_blocks(self, body: etree._Element) -> Iterator[Block]:
        for el in body.iterchildren(P, TBL, ALT_CHUNK):
            if el.tag == P:
                text = self.text(el)
                yield Paragraph(text, page=self.text_page, style=_style_id(el))
            elif el.tag == TBL:
                table = self.table(el)
                table.index = self.tables
                self.tables += 1
                yield table
            else:
                self.warnings.append(
                    "the document embeds another file (altChunk) whose content is not read"
                )

    def text(self, el: etree._Element) -> str:
        """An element's text; `text_page` is the page it starts on.

        After `simplify`, the only text left in the tree is what a reader sees, so lxml's
        C serialiser can collect it (several times faster than walking the runs).
        """
        text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        self.text_page = self.page
        if PAGE_MARK in text:
            self.rendered_breaks = True
            body = text.lstrip(PAGE_MARK)
            self.text_page += len(text) - len(body)  # breaks before the text: it starts after
            self.page = self.text_page + body.count(PAGE_MARK)
            text = body.replace(PAGE_MARK, "")
        if self.row_page is None:
            self.row_page = self.text_page
        return text

    def table(self, tbl: etree._Element) -> Table:
        outer_row_page = self.row_page  # a nested table is read inside a row
        rows: list[Row] = []
        holders: list[Holder] = []
        ncols = 0  # counted here: cheaper than `Table` finding it from every cell
        for tr in tbl.iterchildren(TR):
            col = 0
            trpr = tr.find(TRPR)
            if trpr is not None:
                if trpr.find(DEL) is not None:
                    continue  # a tracked deletion of the whole row
                col = _int_val(trpr.find(GRID_BEFORE), 0)
            self.row_page = None
            above = rows[-1].cells if rows else []
            cells = self.read_cells(tr, col, above, holders, len(rows))
            rows.append(Row(cells, index=len(rows), page=self.row_page or self.page))
            if cells and cells[-1].end > ncols:
                ncols = cells[-1].end
            if len(rows) > self.limits.max_table_rows:
                raise LimitExceeded(
                    f"a table has over {self.limits.max_table_rows:,} rows; raise "
                    "JIXIAO_MAX_TABLE_ROWS if the file is genuine"
                )
        self.row_page = outer_row_page
        if holders:
            rows, ncols = splice_nested(rows, holders), 0
        return Table(rows, page=rows[0].page if rows else None, ncols=ncols)

    def read_cells(
        self, tr: etree._Element, col: int, above: list[Cell], holders: list[Holder], r: int
    ) -> list[Cell]:
        """The row's logical cells in grid columns: the hot loop of the reader, kept flat."""
        cells: list[Cell] = []
        for tc in tr.iterchildren(TC):
            n = len(tc)
            span, vmerge, hmerge = 1, None, None
            first = tc[0] if n else None
            if first is not None and first.tag == TCPR:
                n -= 1
                for prop in first:  # one pass over w:tcPr rather than a find per property
                    tag = prop.tag
                    if tag == GRID_SPAN:
                        span = max(_int_val(prop, 1), 1)
                    elif tag == VMERGE:
                        vmerge = prop.get(VAL, "continue")  # a bare <w:vMerge/> continues
                    elif tag == HMERGE:
                        hmerge = prop.get(VAL, "continue")
            if hmerge == "continue" and cells:
                cells[-1].colspan += span  # legacy horizontal merge: widen the cell before
            elif vmerge == "continue" and (top := _cell_at(above, col)) is not None:
                cells.append(Cell(top.text, col, span, True))
            elif n <= 1 and tc[-1].tag != TBL:  # one paragraph (the usual case): its text
                cells.append(Cell(self.text(tc), col, span))
            else:
                content = self.cell_content(tc)
                if any(isinstance(part, Table) for part in content):
                    holders.append((r, len(cells), content))
                text = "\n".join(part for part in content if isinstance(part, str))
                cells.append(Cell(text, col, span))
            col += span
        return cells

    def cell_content(self, tc: etree._Element) -> list[str | Table]:
        """Runs of paragraphs (joined by newlines) and nested tables, in order."""
        content: list[str | Table] = []
        lines: list[str] = []
        for el in tc.iterchildren(P, TBL):
            if el.tag == P:
                lines.append(self.text(el))
                continue
            if lines:
                content.append("\n".join(lines))
            content.append(self.table(el))
            lines = []
        if lines or not content:
            content.append("\n".join(lines))
        return content


def _cell_at(cells: list[Cell], col: int) -> Cell | None:
    for c in cells:
        if c.col == col:
            return c
    return None


def _style_id(p: etree._Element) -> str | None:
    """The paragraph's style id: "Heading1", or "1" in a Chinese Word.

    Style *names* live in styles.xml, which can be larger than the document itself (the
    python-docx template's is 350 KB, twice the time of parsing the seed's text), and
    nothing downstream needs them, so they are not looked up.
    """
    ppr = p.find(PPR)
    style = ppr.find(PSTYLE) if ppr is not None else None
    return style.get(VAL) if style is not None else None


def _int_val(el: etree._Element | None, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(VAL, default))
    except ValueError:
        return default


# -- nested tables -----------------------------------------------------------------------


def splice_nested(rows: list[Row], holders: list[Holder]) -> list[Row]:
    """Rows with each nested table's rows laid into the row of the cell holding it."""
    content = {(r, i): parts for r, i, parts in holders}
    starts = grid_starts(rows, holders)
    out: list[Row] = []
    for r, row in enumerate(rows):
        placed = [_place(cell, starts, content.get((r, i))) for i, cell in enumerate(row.cells)]
        for cells in _stack(placed):
            out.append(Row(cells, index=len(out), page=row.page))
    return out


def grid_starts(rows: list[Row], holders: list[Holder]) -> list[int]:
    """New start column of every grid column, and one past the last.

    A nested table wider than the cell holding it needs more columns: the extra ones are
    inserted after the cell's last column, and every cell across them widens.
    """
    extra: dict[int, int] = {}
    for r, i, parts in holders:
        cell = rows[r].cells[i]
        need = max(t.ncols for t in parts if isinstance(t, Table))
        if need > cell.colspan:
            extra[cell.end - 1] = max(extra.get(cell.end - 1, 0), need - cell.colspan)
    ncols = max(c.end for row in rows for c in row.cells)
    starts, at = [], 0
    for g in range(ncols + 1):
        starts.append(at)
        at += 1 + extra.get(g, 0)
    return starts


def _place(cell: Cell, starts: list[int], parts: list[str | Table] | None) -> list[list[Cell]]:
    """A cell in the new grid: one sub-row, or its text runs and nested rows."""
    col, end = starts[cell.col], starts[cell.end]
    if parts is None:
        return [[Cell(cell.text, col, end - col, cell.merged_above)]]
    subs: list[list[Cell]] = []
    for part in parts:
        if isinstance(part, str):
            if part.strip():
                subs.append([Cell(part, col, end - col)])
            continue
        for row in part.rows:
            subs.append(
                [
                    Cell(
                        c.text,
                        col + c.col,
                        (end - col - c.col) if c.end == part.ncols else c.colspan,
                        c.merged_above,
                    )
                    for c in row.cells
                ]
            )
    return subs or [[Cell("", col, end - col)]]


def _stack(placed: list[list[list[Cell]]]) -> list[list[Cell]]:
    """Sub-rows of a row: a plain cell spans them all (merged_above below its first)."""
    height = max(len(p) for p in placed)
    subs: list[list[Cell]] = [[] for _ in range(height)]
    for per_cell in placed:
        first = per_cell[0][0]
        for i in range(height):
            if i < len(per_cell):
                subs[i].extend(per_cell[i])
            elif len(per_cell) == 1:
                subs[i].append(Cell(first.text, first.col, first.colspan, merged_above=True))
            else:  # a shorter nested table: blank below its last row
                end = max(c.end for c in per_cell[-1])
                subs[i].append(Cell("", first.col, end - first.col))
    return subs
