"""Web pages and web archives → `SourceDocument`: the tables Word and Excel save as HTML.

Clerks send more web pages than they know: Word's "save as web page" (.htm, often renamed
.doc), its single-file web archive (.mht/.mhtml, also sent as .doc), Excel's .xls that is
really an HTML table (what many government sites serve as "Excel"), and pages saved from
a browser.  HTML tables carry their merges as `rowspan`/`colspan`, so the grid is exact.

Reading, in small steps:
- `decode`: a web archive's HTML part (the standard library's `email` parser undoes its
  quoted-printable or base64), then the text by its BOM, its `<meta charset>`, else UTF-8
  or GB18030 as for text files;
- `parse`: lxml's HTML parser (libxml2: forgiving of the tag soup Office writes, no
  network, comments and Word's conditional blocks dropped, scripts and styles removed);
- `_Walker`: the body in order, each outermost `<table>` a `Table` (a page's frame of
  layout tables is looked through to the tables it holds), the text around them
  paragraphs; a cell's text keeps its paragraphs and `<br>` as lines.

Hand-written, because no maintained library turns HTML tables into a grid with the merges
kept as merges: pandas.read_html copies a spanning cell's text into every slot it covers,
so "merged into the cell above" and "the same text twice" look alike, which the layout
needs to tell apart (`jixiao.parsers.grid`).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import lxml.html
from lxml import etree

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Block, Cell, Paragraph, Row, SourceDocument, Table
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.text import decode as decode_text
from jixiao.parsers.readers.text import read_capped

# Elements whose content is never shown.
HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "xml", "title", "meta",
                    "link", "object", "iframe", "select", "option"})
# Elements that start and end a line of text (a paragraph inside a cell is a line).
BLOCK = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
                   "h6", "pre", "blockquote", "address", "center", "caption", "tr", "table",
                   "section", "article", "header", "footer", "form", "fieldset", "hr"})
# Spans beyond these are not a table a person made: a hostile file's `rowspan=99999999`.
MAX_SPAN = 1000
# A table inside a cell beside text is the page's data, not a frame, from this many rows.
FRAME_ROWS = 5

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none", re.I)
_SPACE_RE = re.compile(r"[ \t\r\n\f]+")
_BREAK = "\x00"  # a line break the page shows (<br>, a paragraph's end), while text is joined
_BLOCK = "\x02"  # a block's edge: edges next to each other are one line break
_BLOCKS_RE = re.compile("\x02(?:[ ]*\x02)*")
_NBSP = "\x01"  # a no-break space while lines are cut (a space `str.strip` must not drop)


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    root = parse(decode(read_capped(path, limits, "the web page")))
    walker = _Walker(limits)
    body = root.find("body")
    blocks = list(walker.blocks(body if body is not None else root))
    return SourceDocument(blocks, format="html")


# -- bytes to text --------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """The page's text: a web archive's HTML part, by its declared or guessed encoding."""
    if is_web_archive(data):
        return archive_html(data)
    return decode_html(data)


def is_web_archive(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def archive_html(data: bytes) -> str:
    """The first text/html part of a MIME web archive (Word's .mht), decoded."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() != "text/html" or not isinstance(part, EmailMessage):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset()
        if charset:
            try:
                return payload.decode(_codec(charset))
            except (LookupError, UnicodeDecodeError):
                pass
        return decode_html(payload)
    raise UnreadableFile(
        "the web archive (.mht) holds no HTML page; open it in Word or WPS and save it as .docx"
    )


def decode_html(data: bytes) -> str:
    """By the page's `<meta charset>` when it names one that decodes it, else as a text file."""
    found = _CHARSET_RE.search(data[:8192])
    if found and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(_codec(found.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def _codec(charset: str) -> str:
    """GB2312 and GBK pages hold GB18030 characters in practice (a superset, so safe)."""
    name = charset.strip().lower()
    return "gb18030" if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936") else name


# -- text to tree ---------------------------------------------------------------------------


def parse(text: str) -> etree._Element:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL_RE.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise UnreadableFile(f"the web page cannot be parsed ({e}); save it as .docx") from e
    return root


# -- tree to blocks -------------------------------------------------------------------------


class _Walker:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.tables = 0

    def blocks(self, el: etree._Element) -> Iterator[Block]:
        """Paragraphs and tables of `el`'s content, in order."""
        pending: list[str] = [_source_text(el.text)]
        for child in el:
            tag = _tag(child)
            if tag == "table" or (tag not in HIDDEN and not _hidden(child)
                                  and _has_table(child)):
                yield from _paragraphs(pending)
                pending = []
                if tag == "table" and _is_frame(child):
                    for cell in _cells(child):
                        yield from self.blocks(cell)
                elif tag == "table":
                    yield self.table(child)
                else:
                    yield from self.blocks(child)
                pending.append(_source_text(child.tail))
            else:
                _collect(child, pending)
        yield from _paragraphs(pending)

    def table(self, table: etree._Element) -> Table:
        """Rows of logical cells: a `rowspan` cell in each row it covers, `merged_above`
        below its first; a `colspan` cell once, spanning."""
        rows: list[Row] = []
        carried: dict[int, tuple[Cell, int]] = {}  # column → (cell from above, rows left)
        for tr in _rows(table):
            above, carried = sorted(carried.items()), {}
            cells: list[Cell] = []
            col = i = 0
            for td in tr:
                if _tag(td) not in ("td", "th") or _hidden(td):
                    continue
                while i < len(above) and above[i][0] <= col:  # cells merged down into here
                    col = _merged(above[i], col, cells, carried)
                    i += 1
                span, down = _span(td, "colspan"), _span(td, "rowspan")
                cell = Cell(self.cell_text(td), col, span)
                cells.append(cell)
                if down > 1:
                    carried[col] = (cell, down - 1)
                col += span
            for item in above[i:]:
                col = _merged(item, col, cells, carried)
            rows.append(Row(cells, index=len(rows)))
            if len(rows) > self.limits.max_table_rows:
                raise LimitExceeded(
                    f"a table has over {self.limits.max_table_rows:,} rows; raise "
                    "JIXIAO_MAX_TABLE_ROWS if the file is genuine"
                )
        index, self.tables = self.tables, self.tables + 1
        return Table(rows, index=index)

    def cell_text(self, td: etree._Element) -> str:
        parts = [_source_text(td.text)]
        for child in td:
            _collect(child, parts)
        lines = [_shown(line) for line in _lines(parts)]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        text = "\n".join(lines)
        if len(text) > self.limits.max_cell_chars:
            raise LimitExceeded(
                f"a cell holds {len(text):,} characters, over the limit of "
                f"{self.limits.max_cell_chars:,}; raise JIXIAO_MAX_CELL_CHARS if the file is "
                "genuine"
            )
        return text


def _cells(table: etree._Element) -> Iterator[etree._Element]:
    for tr in _rows(table):
        yield from (td for td in tr if _tag(td) in ("td", "th") and not _hidden(td))


def _is_frame(table: etree._Element) -> bool:
    """A table that lays out a web page rather than holding data: a cell of it holds a
    table with more rows than it has itself, and that cell is alone in its row or the
    table it holds is no small one (a government site's page frame around the published
    table, perhaps beside a menu).  A small table in a cell beside its label (a quarterly
    plan in a project's table) stays in its cell."""
    own = sum(1 for _ in _rows(table))
    for tr in _rows(table):
        cells = [td for td in tr if _tag(td) in ("td", "th") and not _hidden(td)]
        for cell in cells:
            inner = max((sum(1 for _ in _rows(t)) for t in cell.iter("table")), default=0)
            alone = all(c is cell or not "".join(c.itertext()).strip() for c in cells)
            if inner > own and (alone or inner >= FRAME_ROWS):
                return True
    return False


def _merged(item: tuple[int, tuple[Cell, int]], col: int, cells: list[Cell],
            carried: dict[int, tuple[Cell, int]]) -> int:
    """The cell merged down from above at its column (unless a wider cell of this row
    already covers it); carried on while rows are left; the next free column."""
    at, (top, left) = item
    if left > 1:
        carried[at] = (top, left - 1)
    if at < col:
        return col
    cells.append(Cell(top.text, at, top.colspan, merged_above=True))
    return at + top.colspan


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own rows (in thead, tbody, tfoot or bare), not a nested table's."""
    for child in table:
        tag = _tag(child)
        if tag == "tr" and not _hidden(child):
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            yield from (tr for tr in child if _tag(tr) == "tr" and not _hidden(tr))


def _collect(el: etree._Element, out: list[str]) -> None:
    """`el`'s visible text into `out`, with `_BREAK` where the page breaks the line; a
    nested table's rows are lines, its cells joined by a space."""
    tag = _tag(el)
    if tag and tag not in HIDDEN and not _hidden(el):
        if tag == "br":
            out.append(_BREAK)
        else:
            block = tag in BLOCK
            if block:
                out.append(_BLOCK)
            out.append(_source_text(el.text))
            for child in el:
                _collect(child, out)
                if tag == "tr" and _tag(child) in ("td", "th"):
                    out.append(" ")
            if block:
                out.append(_BLOCK)
    out.append(_source_text(el.tail))


def _paragraphs(parts: list[str]) -> Iterator[Paragraph]:
    for line in _lines(parts):
        line = _shown(line)
        if line:
            yield Paragraph(line)


def _lines(parts: list[str]) -> list[str]:
    return _BLOCKS_RE.sub(_BREAK, "".join(parts)).split(_BREAK)


def _shown(line: str) -> str:
    """A line as shown: the spaces around it dropped, an `&nbsp;` kept as a space inside
    it (Word's empty paragraph is one `&nbsp;`: an empty line)."""
    return line.strip(" ").replace(_NBSP, " ").strip(" ") if _NBSP in line else line.strip(" ")


def _source_text(s: str | None) -> str:
    """Text as a browser shows it: the source's line breaks and runs of spaces one space
    (an editor wraps its lines where the text had a space), `&nbsp;` a space kept."""
    if not s:
        return ""
    return _SPACE_RE.sub(" ", s).replace("\xa0", _NBSP)


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.lower().rpartition(":")[2] if isinstance(tag, str) else ""


def _hidden(el: etree._Element) -> bool:
    """Not shown: `hidden`, `display:none`, or a row of no height (Word's row of column
    widths for browsers that misalign columns, `<tr height=0>`)."""
    style = el.get("style")
    return (el.get("hidden") is not None or bool(style and _HIDDEN_STYLE_RE.search(style))
            or el.get("height", "").strip() == "0")


def _has_table(el: etree._Element) -> bool:
    return next(el.iter("table"), None) is not None


def _span(td: etree._Element, name: str) -> int:
    raw = (td.get(name) or "1").strip()
    digits = re.match(r"\d+", raw)
    n = int(digits.group()) if digits else 1
    return min(max(n, 1), MAX_SPAN)
