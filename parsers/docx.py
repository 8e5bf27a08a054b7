"""Word .docx files → `SourceDocument`: paragraphs and tables in document order.

Why lxml and not python-docx: `docx.Document()` parses every part (styles, numbering,
themes: the default template's styles alone are larger than most documents), and its
per-cell API (`table.cell`, `row.cells`) rebuilds the table's cell list on every call, so
reading a table cell by cell is quadratic: about 200 ms for the seed against 7 ms for
unzipping and parsing `word/document.xml` alone.  Here we parse that one part with lxml
and walk the rows' XML once, resolving merges from the cell properties ourselves.

The chain: `open_package` → `parse_part` → `body_blocks` (paragraphs, tables, content
controls unwrapped) → for each table `read_rows` (raw cells: grid column, span, vMerge,
content) → `grid_widths` (room for nested tables) → `lay_out_rows` (logical `Cell`s with
vertical merges resolved and nested tables spliced in).

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
- pages: Word and WPS record where pages ended at the last save
  (`w:lastRenderedPageBreak`); where a file has those, paragraphs and rows get page
  numbers from them, otherwise pages are unknown (None).  Hard page breaks alone are not
  counted: a long table flows over pages without one.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from parsers.errors import LimitExceeded, UnreadableFile
from parsers.grid import Block, Cell, Paragraph, Row, SourceDocument, Table
from parsers.limits import LIMITS, Limits

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
GRID_SPAN, GRID_BEFORE, VMERGE, HMERGE = _w("gridSpan"), _w("gridBefore"), _w("vMerge"), _w("hMerge")
DEL, MOVE_FROM, ALT_CHUNK = _w("del"), _w("moveFrom"), _w("altChunk")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
VAL, TYPE = _w("val"), _w("type")
STYLE, STYLE_ID, NAME = _w("style"), _w("styleId"), _w("name")
MC_FALLBACK = f"{{{MC_NS}}}Fallback"

TEXT_TAGS = (T, TAB, BR, CR, NO_BREAK_HYPHEN, RENDERED_BREAK)


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    with open_package(path, limits) as z:
        main = main_part_name(z)
        root = parse_part(z, main, limits)
        body = root.find(BODY)
        reader = _Reader(limits)
        blocks = list(reader.body_blocks(body)) if body is not None else []
        if reader.styled:
            _name_styles(blocks, _style_names(z, main, limits))
    pages = reader.page if reader.rendered_breaks else None
    if pages is None:
        _forget_pages(blocks)
    return SourceDocument(blocks, format="docx", pages=pages, warnings=reader.warnings)


# -- the package ------------------------------------------------------------------------


def open_package(path: Path, limits: Limits) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise UnreadableFile(
            f"the Word file is broken or truncated (not a readable zip: {e}); "
            "open it in Word or WPS and save it again as .docx"
        ) from e
    if len(z.infolist()) > limits.max_zip_entries:
        z.close()
        raise LimitExceeded(
            f"the Word file holds {len(z.infolist()):,} zip entries, over the limit of "
            f"{limits.max_zip_entries:,}; raise JIXIAO_MAX_ZIP_ENTRIES if it is genuine"
        )
    return z


def main_part_name(z: zipfile.ZipFile) -> str:
    """The main document part, as the package's relationships name it."""
    names = set(z.namelist())
    if "_rels/.rels" in names:
        try:
            rels = etree.fromstring(z.read("_rels/.rels"), _parser())
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error) as e:
            raise UnreadableFile(f"the Word file's _rels/.rels is broken ({e})") from e
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


def _parser() -> etree.XMLParser:
    # Untrusted input: no entities, no DTD, no network, no huge text nodes.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def parse_part(z: zipfile.ZipFile, name: str, limits: Limits) -> etree._Element:
    info = z.getinfo(name)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.max_unzipped_bytes or ratio > limits.max_compression_ratio:
        raise LimitExceeded(
            f"{name} unpacks to {info.file_size:,} bytes ({ratio:.0f}× its packed size), "
            "over the safety limits; raise JIXIAO_MAX_UNZIPPED_BYTES or "
            "JIXIAO_MAX_COMPRESSION_RATIO if the file is genuine"
        )
    try:
        data = z.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        raise UnreadableFile(
            f"{name} inside the Word file is damaged ({e}); "
            "open the file in Word or WPS and save it again"
        ) from e
    except RuntimeError as e:  # zipfile: "File ... is encrypted, password required"
        raise UnreadableFile(
            "the Word file is password-protected; send it without the password"
        ) from e
    except NotImplementedError as e:  # an unusual zip compression method
        raise UnreadableFile(f"{name} uses a zip compression jixiao cannot unpack ({e})") from e
    if STRICT_W_NS.encode() in data[:8192]:
        # "Strict Open XML" is the same vocabulary under other namespace names.
        data = data.replace(STRICT_W_NS.encode(), W_NS.encode())
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise UnreadableFile(
            f"{name} inside the Word file is not well-formed XML ({e}); "
            "open the file in Word or WPS and save it again"
        ) from e
    # The old-Word copy of a text box or shape repeats the text of its mc:Choice.
    etree.strip_elements(root, MC_FALLBACK, MOVE_FROM, with_tail=False)
    return root


def _style_names(z: zipfile.ZipFile, main: str, limits: Limits) -> dict[str, str]:
    """styleId → style name ("1" → "heading 1" in a Chinese Word), from styles.xml.

    Read only when some paragraph has a style: the part can be larger than the document.
    """
    name = str(PurePosixPath(main).parent / "styles.xml")
    if name not in z.namelist():
        return {}
    root = parse_part(z, name, limits)
    names: dict[str, str] = {}
    for style in root.iterchildren(STYLE):
        sid, el = style.get(STYLE_ID), style.find(NAME)
        if sid is not None and el is not None and el.get(VAL):
            names[sid] = el.get(VAL, sid)
    return names


def _name_styles(blocks: list[Block], names: dict[str, str]) -> None:
    for b in blocks:
        if isinstance(b, Paragraph) and b.style is not None:
            b.style = names.get(b.style, b.style)


def _forget_pages(blocks: list[Block]) -> None:
    for b in blocks:
        b.page = None
        if isinstance(b, Table):
            for row in b.rows:
                row.page = None


# -- reading: blocks, paragraphs, tables -------------------------------------------------


def unwrap(parent: etree._Element) -> Iterator[etree._Element]:
    """Children of a body or cell, read through content controls and custom XML."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from unwrap(content)
        elif tag == CUSTOM_XML:
            yield from unwrap(child)
        else:
            yield child


@dataclass(slots=True)
class RawCell:
    """A `w:tc` as written: grid column and span, vMerge, and its content in order."""

    col: int
    span: int
    continues: bool  # vMerge continue: this cell is the one above it
    content: list[str | Table]  # runs of paragraphs (joined) and nested tables

    @property
    def text(self) -> str:
        return "\n".join(c for c in self.content if isinstance(c, str))

    @property
    def nested(self) -> list[Table]:
        return [c for c in self.content if isinstance(c, Table)]


class _Reader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.page = 1
        self.rendered_breaks = False
        self.styled = False
        self.tables = 0
        self.text_page = 1  # page of the last paragraph read
        self.row_page: int | None = 1  # page of the current row's first paragraph
        self.warnings: list[str] = []

    def body_blocks(self, body: etree._Element) -> Iterator[Block]:
        for el in unwrap(body):
            if el.tag == P:
                text = self.paragraph_text(el)
                yield Paragraph(text, page=self.text_page, style=self.paragraph_style(el))
            elif el.tag == TBL:
                table = self.table(el)
                table.index = self.tables
                self.tables += 1
                yield table
            elif el.tag == ALT_CHUNK:
                self.warnings.append(
                    "the document embeds another file (altChunk) whose content is not read"
                )

    def paragraph_style(self, p: etree._Element) -> str | None:
        ppr = p.find(PPR)
        style = ppr.find(PSTYLE) if ppr is not None else None
        if style is None:
            return None
        self.styled = True
        return style.get(VAL)

    def paragraph_text(self, p: etree._Element) -> str:
        """The text; `text_page` is the page it starts on (after breaks before any text)."""
        parts: list[str] = []
        start: int | None = None
        for el in p.iter(TEXT_TAGS):
            if start is None and parts:
                start = self.page
            tag = el.tag
            if tag == T:
                parts.append(el.text or "")
            elif tag == BR:
                if el.get(TYPE) in (None, "textWrapping"):  # not page / column breaks
                    parts.append("\n")
            elif tag == TAB:
                if el.getparent().tag == R:  # not a tab stop in the paragraph's properties
                    parts.append("\t")
            elif tag == CR:
                parts.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                parts.append("-")
            else:  # RENDERED_BREAK
                self.page += 1
                self.rendered_breaks = True
        self.text_page = start if start is not None and parts else self.page
        if self.row_page is None:
            self.row_page = self.text_page
        return "".join(parts)

    def table(self, tbl: etree._Element) -> Table:
        outer_row_page = self.row_page  # a nested table is read inside a row
        raw = self.read_rows(tbl)
        self.row_page = outer_row_page
        rows = lay_out_rows(raw, grid_widths(raw))
        return Table(rows, page=rows[0].page if rows else None)

    def read_rows(self, tbl: etree._Element) -> list[tuple[int, list[RawCell]]]:
        """(page, raw cells) of each row not marked deleted, in order."""
        rows: list[tuple[int, list[RawCell]]] = []
        for tr in unwrap(tbl):
            if tr.tag != TR:
                continue
            trpr = tr.find(TRPR)
            if trpr is not None and trpr.find(DEL) is not None:
                continue  # a tracked deletion of the whole row
            self.row_page = None
            cells = self.read_cells(tr, _int_val(trpr, GRID_BEFORE, 0))
            rows.append((self.row_page or self.page, cells))
            if len(rows) > self.limits.max_table_rows:
                raise LimitExceeded(
                    f"a table has over {self.limits.max_table_rows:,} rows; raise "
                    "JIXIAO_MAX_TABLE_ROWS if the file is genuine"
                )
        return rows

    def read_cells(self, tr: etree._Element, col: int) -> list[RawCell]:
        cells: list[RawCell] = []
        for tc in unwrap(tr):
            if tc.tag != TC:
                continue
            tcpr = tc.find(TCPR)
            span = max(_int_val(tcpr, GRID_SPAN, 1), 1)
            if _merge_val(tcpr, HMERGE) == "continue" and cells:
                cells[-1].span += span  # legacy horizontal merge: widen the cell before
                col += span
                continue
            continues = _merge_val(tcpr, VMERGE) == "continue"
            content = [] if continues else self.cell_content(tc)
            cells.append(RawCell(col, span, continues, content))
            col += span
        return cells

    def cell_content(self, tc: etree._Element) -> list[str | Table]:
        content: list[str | Table] = []
        lines: list[str] = []
        for el in unwrap(tc):
            if el.tag == P:
                lines.append(self.paragraph_text(el))
            elif el.tag == TBL:
                if lines:
                    content.append("\n".join(lines))
                    lines = []
                content.append(self.table(el))
        if lines or not content:
            content.append("\n".join(lines))
        return content


def _int_val(props: etree._Element | None, tag: str, default: int) -> int:
    el = props.find(tag) if props is not None else None
    if el is None:
        return default
    try:
        return int(el.get(VAL, default))
    except ValueError:
        return default


def _merge_val(props: etree._Element | None, tag: str) -> str | None:
    """"restart", "continue" (also written as a bare element), or None when unmerged."""
    el = props.find(tag) if props is not None else None
    if el is None:
        return None
    return el.get(VAL, "continue")


# -- laying out: widths, merges, nested tables -------------------------------------------


def grid_widths(rows: list[tuple[int, list[RawCell]]]) -> list[int]:
    """New start column of every old grid column (and one past the last).

    A nested table wider than the cell holding it needs more columns: the extra ones are
    inserted after the cell's last column, and every cell across them widens.
    """
    ncols = max((c.col + c.span for _, cells in rows for c in cells), default=0)
    extra = [0] * (ncols + 1)
    for _, cells in rows:
        for c in cells:
            need = max((t.ncols for t in c.nested), default=0)
            if need > c.span:
                last = c.col + c.span - 1
                extra[last] = max(extra[last], need - c.span)
    starts, at = [], 0
    for g in range(ncols + 1):
        starts.append(at)
        at += 1 + extra[g]
    return starts


def lay_out_rows(rows: list[tuple[int, list[RawCell]]], starts: list[int]) -> list[Row]:
    """Logical rows: vMerge resolved against the row above, nested tables spliced in."""
    out: list[Row] = []
    above: dict[int, str] = {}  # new grid column → text of the cell covering it above
    for page, cells in rows:
        for sub in _sub_rows(cells, starts, above):
            out.append(Row(sub, index=len(out), page=page))
            above = {g: c.text for c in sub for g in range(c.col, c.end)}
    return out


def _sub_rows(cells: list[RawCell], starts: list[int], above: dict[int, str]) -> list[list[Cell]]:
    """One row of cells, or several where a cell holds a nested table."""
    placed: list[list[list[Cell]]] = []  # per cell: its cells in each sub-row
    for rc in cells:
        col, end = starts[rc.col], starts[rc.col + rc.span]
        if rc.continues and col in above:
            placed.append([[Cell(above[col], col, end - col, merged_above=True)]])
        elif rc.nested:
            placed.append(_nested_sub_rows(rc, col, end))
        else:
            placed.append([[Cell(rc.text, col, end - col)]])
    height = max((len(p) for p in placed), default=1)
    subs: list[list[Cell]] = [[] for _ in range(height)]
    for per_cell in placed:
        for i in range(height):
            if i < len(per_cell):
                subs[i].extend(per_cell[i])
            elif len(per_cell) == 1:  # a plain cell spans the sub-rows of its neighbours
                first = per_cell[0][0]
                subs[i].append(Cell(first.text, first.col, first.colspan, merged_above=True))
            else:
                subs[i].append(Cell("", per_cell[-1][0].col, _span_of(per_cell[-1])))
    return subs


def _nested_sub_rows(rc: RawCell, col: int, end: int) -> list[list[Cell]]:
    """A cell's text runs and nested tables as rows laid over columns col … end-1."""
    subs: list[list[Cell]] = []
    for part in rc.content:
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
                        merged_above=c.merged_above,
                    )
                    for c in row.cells
                ]
            )
    return subs or [[Cell("", col, end - col)]]


def _span_of(cells: list[Cell]) -> int:
    return max(c.end for c in cells) - min(c.col for c in cells)
