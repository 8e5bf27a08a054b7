"""Pages of glyphs and grids → the document's blocks, in reading order.

    page_items          one page: each ruled table becomes a `Piece` (rows of logical
                        cells, merges resolved), the text outside tables becomes lines
    drop_running_lines  running headers, footers and page numbers: text in the top or
                        bottom margin that repeats across pages, or reads as a page number
    to_blocks           tables that go on over a page break stitched into one `Table`
                        (repeated header rows dropped); lines joined into paragraphs,
                        also across a page break
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise, takewhile
from operator import attrgetter

from jixiao.parsers.grid import Block, Cell, Paragraph, Row, Table
from jixiao.parsers.readers.pdf.aligned import aligned_grids, frames
from jixiao.parsers.readers.pdf.page import Glyph, PageContent
from jixiao.parsers.readers.pdf.ruled import SNAP, Grid, find_grids
from jixiao.parsers.readers.pdf.text import (
    ITEM,
    TextLine,
    build_lines,
    inside_brackets,
    join_lines,
    joint,
    runs_on,
    wraps,
)
from jixiao.parsers.readers.pdf.unruled import unruled_grids
from jixiao.vocab.labels import KEY_LABELS, clean_label, level_kind
from jixiao.vocab.placeholders import PROMPT_RE

_TEXT = attrgetter("text")
MARGIN = 0.1  # share of the page height, top and bottom, where running headers sit
RUNNING_SHARE = 0.3  # a margin line on this share of the pages (and on two) is running
MIN_ROW = 4.0  # a grid row thinner than this (pt) with no text is a double border
SAME_EDGE = 4.0  # tables whose sides are this close (pt) line up across a page break
# pt: pages as wide as each other (a photo's page, fitted to A4 as its pixels times A4's width
# over their count, is 841.8999999999999 pt wide beside another's 841.9)
SAME_WIDTH = 0.5
# ... and a table read from pictures (photos of each page, a scan's pages) lines up within
# this share of the page's width: each photo's sheet, found by its outline and warped to
# A4, puts the table's sides where the corners it found put them (a phone's two pages'
# tables 2.9 pt apart, measured; a close-up, fitted whole to A4, by its framing)
SCANNED_EDGE = 0.02
INDENT = 0.8  # a line starting this many em right of the text's left edge is indented
PARA_GAP = 0.4  # em of extra space between lines that separates paragraphs
CENTRED = 1.0  # em off the middle of the text's edges that a centred line's middle may be
# a centred paragraph's wrapped line spans the page's text column, at least this share of
# the page's width; the widest of a cover's centred headings sets the loose lines' edges
# too, but ends where its words do, well short of the column (a title, 评价类型:…■)
COLUMN_SHARE = 0.5
SENTENCE_ENDS = frozenset("。！？；：!?;:")  # what ends a paragraph's last line
MIN_PADDING = 1.5  # pt: text nearer its cell's left border than this touches it

# Page numbers as printed in footers: 3, - 3 -, 第3页, 第3页 共5页, 共5页 第3页, 3/5, Page 3 of 5.
PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–－\s]*\d+[-—–－\s]*"
    r"|第\s*\d+\s*页(?:\s*[,，/、]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，、]?\s*第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+"
    r"|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class PCell:
    """A logical cell of a table piece, placed by its x extent (grids differ by page)."""

    text: str
    x0: float
    x1: float
    merged_above: bool = False
    head: TextLine | None = None  # first and last line, to see whether a row was split
    tail: TextLine | None = None
    right: float = 0.0  # where the cell's lines end when they wrap
    # the cell's upper and lower borders on its page (None: not known)
    top: float | None = None
    bottom: float | None = None


@dataclass(slots=True)
class Piece:
    """The part of a ruled table drawn on one page."""

    page: int
    page_width: float
    x0: float
    x1: float
    top: float
    bottom: float
    xs: list[float]
    rows: list[list[PCell]]
    row_pages: list[int] = field(default_factory=list)
    ruled: bool = True  # False: columns inferred from the text (`unruled`, `aligned`)
    columns: list[float] | None = None  # `Grid.columns`: what the next page's part takes
    scanned: bool = False  # drawn on a page read by OCR (`PageContent.scanned`)


@dataclass(slots=True)
class PLine:
    line: TextLine
    page: int
    page_width: float
    page_height: float


Item = Piece | PLine


# --- one page ----------------------------------------------------------------------------


def _without_frames_round_tables(grids: list[Grid]) -> list[Grid]:
    """The grids less each box (`frames`) that holds another grid whole: a border drawn
    round the page, or a photo's sheet edge against the desk or a monitor's dark round
    the page shown on it; read as a table, it took every glyph inside it, the table's
    too, and left the table's cells empty."""
    def inside(a: Grid, b: Grid) -> bool:
        ax0, atop, ax1, abottom = a.bbox
        bx0, btop, bx1, bbottom = b.bbox
        return bx0 <= ax0 and btop <= atop and ax1 <= bx1 and abottom <= bbottom
    return [g for g in grids if not (frames(g) and any(
        o is not g and inside(o, g) and not inside(g, o) for o in grids))]  # (not its twin)


def page_items(page: PageContent, carry: list[float] | None = None) -> list[Item]:
    """The page's tables and text lines, top to bottom.  `carry`: the columns of a table
    whose columns were read from its text (ruled by horizontal lines only, or by no line
    at all) that ended the page before (`carried_columns`)."""
    grids = _without_frames_round_tables(find_grids(page.segments))
    by_text = unruled_grids(page, grids, carry)
    if not by_text:  # no table of rules alone: one with no lines at all, perhaps
        grids, by_text = aligned_grids(page, grids, carry)
    ruled = len(grids)
    grids += by_text
    in_table: list[dict[int, list[Glyph]]] = [defaultdict(list) for _ in grids]
    loose: list[Glyph] = []
    # each grid's box, then `Grid.region_at` written out (a call a glyph saved)
    boxes = [(cells, grid.xs, grid.ys, len(grid.xs) - 1, len(grid.ys) - 1, grid.owner,
              *grid.bbox) for cells, grid in zip(in_table, grids, strict=True)]
    # A glyph mostly lies in the grid cell of the glyph before it (a cell's text is drawn
    # in one go), so that cell's box is tried first: where no two tables overlap, a point
    # in it is in no other table, and bisecting would find that cell again.
    remember = _disjoint([box[6:] for box in boxes])
    target: list[Glyph] | None = None  # the list of the cell the last glyph went to
    lx0 = lx1 = ly0 = ly1 = 0.0  # … and that cell's box
    for g in page.glyphs:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        if target is not None and lx0 <= cx < lx1 and ly0 <= cy < ly1:
            target.append(g)
            continue
        for cells, xs, ys, ncols, nrows, owner, x0, top, x1, bottom in boxes:
            if not (x0 <= cx < x1 and top <= cy < bottom):
                continue  # outside the grid: region_at would say None
            c = bisect_right(xs, cx) - 1
            r = bisect_right(ys, cy) - 1
            if 0 <= r < nrows and 0 <= c < ncols:
                cell = cells[owner[r][c]]
                cell.append(g)
                if remember:
                    target, lx0, lx1, ly0, ly1 = cell, xs[c], xs[c + 1], ys[r], ys[r + 1]
                break
        else:
            loose.append(g)
    spaces = " " in map(_TEXT, page.glyphs)  # any glyph's text is a space
    items: list[Item] = [
        piece_of(grid, in_table[k], page, spaces) for k, grid in enumerate(grids)
    ]
    for piece, grid in zip(items[ruled:], grids[ruled:], strict=True):
        assert isinstance(piece, Piece)
        piece.ruled = False
        piece.columns = grid.columns
    items += [
        PLine(ln, page.number, page.width, page.height)
        for ln in build_lines(loose, spaces_drawn=spaces)
    ]
    return in_reading_order(items, page.width, page.height)


def in_reading_order(items: list[Item], width: float, height: float) -> list[Item]:
    """Top to bottom; but a landscape sheet that holds two pages side by side (printed two
    to a sheet, "2-up") reads its left page, then its right: where a blank gutter runs
    down the whole sheet in its middle (GUTTER_SPAN of its width), crossed by no table and
    no line, with a ruled table on each side.  (Sorted by their tops, the right page's
    table, beginning higher than the left's under its title, came first.)"""
    ordered = sorted(items, key=_item_top)
    if width <= height:
        return ordered
    spans = sorted(_span(it) for it in ordered)
    gutter = None
    reach = 0.0
    for x0, x1 in spans:
        if x0 > reach and x0 - reach >= GUTTER_WIDTH * width and (
                GUTTER_SPAN[0] * width <= (reach + x0) / 2 <= GUTTER_SPAN[1] * width):
            gutter = (reach + x0) / 2
            break
        reach = max(reach, x1)
    if gutter is None:
        return ordered
    tables = [it for it in ordered if isinstance(it, Piece) and it.ruled]
    if not (any(t.x1 <= gutter for t in tables) and any(t.x0 >= gutter for t in tables)):
        return ordered
    return [it for it in ordered if _span(it)[1] <= gutter] + [
        it for it in ordered if _span(it)[1] > gutter]


GUTTER_SPAN = (0.35, 0.65)  # of a landscape sheet's width: where two pages' gutter lies
GUTTER_WIDTH = 0.02  # … and it is at least this wide, blank from top to bottom


def _span(item: Item) -> tuple[float, float]:
    return (item.x0, item.x1) if isinstance(item, Piece) else (item.line.x0, item.line.x1)


def _disjoint(boxes: list[tuple[float, float, float, float]]) -> bool:
    """True when no two boxes (x0, top, x1, bottom, each half-open) share a point."""
    return not any(
        a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
        for i, a in enumerate(boxes) for b in boxes[i + 1:]
    )


def carried_columns(items: list[Item]) -> list[float] | None:
    """The column boundaries of the page's last table, if it has no vertical lines: a
    table that goes on over the page break keeps them."""
    pieces = [it for it in items if isinstance(it, Piece)]
    if not pieces or pieces[-1].ruled:
        return None
    return pieces[-1].columns or pieces[-1].xs


def _item_top(item: Item) -> tuple[float, float]:
    return (item.top, item.x0) if isinstance(item, Piece) else (item.line.top, item.line.x0)


def piece_of(
    grid: Grid, glyphs: dict[int, list[Glyph]], page: PageContent, spaces: bool = True
) -> Piece:
    """Rows of logical cells: a merged region appears in every grid row it covers, marked
    `merged_above` below its first row, with its text."""
    lines = {k: build_lines(gs, spaces_drawn=spaces) for k, gs in glyphs.items()}
    pad = _padding(grid, lines, scanned=page.scanned)
    rights = [grid.xs[reg.c1] - pad for reg in grid.regions]
    texts = {k: join_lines(ls, rights[k]) for k, ls in lines.items()}
    rows: list[list[PCell]] = []
    for r in range(len(grid.ys) - 1):
        seen: set[int] = set()
        cells: list[PCell] = []
        for k in grid.owner[r]:
            if k in seen:
                continue
            seen.add(k)
            reg, ls = grid.regions[k], lines.get(k)
            cells.append(PCell(texts.get(k, ""), grid.xs[reg.c0], grid.xs[reg.c1], reg.r0 < r,
                               ls[0] if ls else None, ls[-1] if ls else None, rights[k],
                               grid.ys[reg.r0], grid.ys[reg.r1]))
        thin = grid.ys[r + 1] - grid.ys[r] < MIN_ROW
        if not (thin and all(c.merged_above or not c.text for c in cells)):
            rows.append(cells)
    x0, top, x1, bottom = grid.bbox
    return Piece(page.number, page.width, x0, x1, top, bottom, grid.xs, rows,
                 [page.number] * len(rows), scanned=page.scanned)


def _padding(grid: Grid, lines: dict[int, list[TextLine]], *, scanned: bool = False
             ) -> float:
    """The cells' inner margin: the least distance from a cell's left border to its text
    (left-aligned cells show it; a wrapped line stops that far before the right one).
    A gap under `MIN_PADDING` is ink touching the border (on a scan, a seal's ring or a
    pen's stroke running into the cell), not text set in from it: it says nothing.  On a
    scanned page the least gap that `SHARED_PADDING` cells' lines share, within
    `PADDING_NEAR` (a speck or a stroke's end before a cell's text sets one line in less
    than the rest: 1.6 pt where the rows' left-aligned texts stand 6.3 in, and each
    wrapped line then looked short of the cell's edge by a character's width)."""
    gaps = [
        min(ln.x0 for ln in ls) - grid.xs[grid.regions[k].c0] for k, ls in lines.items() if ls
    ]
    set_in = [g for g in gaps if g >= MIN_PADDING]
    if scanned:
        shared = [g for g in set_in
                  if sum(abs(h - g) <= PADDING_NEAR for h in set_in) >= SHARED_PADDING]
        set_in = shared or set_in
    return min(set_in) if set_in else max(0.0, min(gaps, default=0.0))


SHARED_PADDING = 3  # cells' lines
PADDING_NEAR = 0.5  # pt


# --- running headers and footers ------------------------------------------------------


def drop_running_lines(pages: list[list[Item]]) -> list[list[Item]]:
    """Pages without their running headers, footers and page numbers."""
    def key(pl: PLine) -> tuple[bool, str] | None:
        h = pl.page_height
        if pl.line.bottom < MARGIN * h or pl.line.top > (1 - MARGIN) * h:
            return (pl.line.top < h / 2, re.sub(r"\d+", "#", pl.line.text.replace(" ", "")))
        return None

    seen: Counter[tuple[bool, str]] = Counter()
    for items in pages:
        seen.update({k for it in items if isinstance(it, PLine) and (k := key(it))})
    limit = max(2.0, RUNNING_SHARE * len(pages))

    def running(it: Item) -> bool:
        if not isinstance(it, PLine):
            return False
        k = key(it)
        return k is not None and (seen[k] >= limit or bool(PAGE_NUMBER_RE.match(it.line.text)))

    return [[it for it in items if not running(it)] for items in pages]


# --- blocks ---------------------------------------------------------------------------


def to_blocks(pages: list[list[Item]]) -> list[Block]:
    """Tables stitched over page breaks, lines joined into paragraphs."""
    items = _stitch([it for items in pages for it in items])
    _columns_shared(items)
    edges = _text_edges(items)
    gap = _line_gap(items)
    blocks: list[Block] = []
    para: list[PLine] = []
    for it in items:
        if isinstance(it, PLine):
            if para and not _continues(para[-1], it, edges, gap):
                blocks.append(_paragraph(para))
                para = []
            para.append(it)
            continue
        if para:
            blocks.append(_paragraph(para))
            para = []
        blocks.append(to_table(it, index=sum(isinstance(b, Table) for b in blocks)))
    if para:
        blocks.append(_paragraph(para))
    return blocks


def _columns_shared(items: list[Item]) -> None:
    """A table after another with the same sides, whose column boundaries are all among the
    other's (or the other's among its own), takes the other's: the same form's columns, some
    merged over all of its rows (a table cut in two with a line between, 已完成 merged over
    年度指标值 | 实际完成值 all down the second part), so that its cells stand in the columns
    the first's header names, as a web page's colspans keep them."""
    last: Piece | None = None
    for it in items:
        if not isinstance(it, Piece):
            continue
        if (last is not None and not it.scanned and not last.scanned
                and abs(it.page_width - last.page_width) <= SAME_WIDTH
                and abs(it.x0 - last.x0) <= SAME_EDGE and abs(it.x1 - last.x1) <= SAME_EDGE):
            if _among(it.xs, last.xs):
                it.xs = list(last.xs)
            elif _among(last.xs, it.xs):
                last.xs = list(it.xs)
        last = it


def _among(xs: list[float], more: list[float]) -> bool:
    """Every boundary of `xs` one of `more`'s (within SNAP), and `more` has more."""
    return len(more) > len(xs) and all(any(abs(x - m) <= SNAP for m in more) for x in xs)


def _stitch(items: list[Item]) -> list[Item]:
    """A table that ends a page and one that starts the next page, with the same sides,
    are one table: the second is appended to the first, its repeated header rows left out."""
    out: list[Item] = []
    for it in items:
        if isinstance(it, Piece):
            _take_stranded_lines(out, it)
            _drop_strays_across_a_break(out, it)
        prev = out[-1] if out else None
        if (
            isinstance(it, Piece)
            and isinstance(prev, Piece)
            and _continued(prev, it)
        ):
            if it.scanned:
                _aligned(it, prev)
            skip = repeated_header_rows(prev.rows, it.rows)
            if skip < len(it.rows) and split_row(prev.rows[-1], it.rows[skip]):
                _join_split_row(prev.rows, it.rows[skip:])
                skip += 1
            elif skip < len(it.rows):
                _carry_merged(prev.rows, it.rows[skip:])
                for cell in it.rows[skip]:
                    if cell.text in LEVEL_NAME_ENDS:
                        _merge_a_split_label(prev.rows[-1], cell)
            prev.rows.extend(it.rows[skip:])
            prev.row_pages.extend(it.row_pages[skip:])
            prev.xs = _union(prev.xs, it.xs)
            continue
        out.append(it)
    return out


def _aligned(it: Piece, prev: Piece) -> None:
    """The piece's columns and cells moved and stretched across so that its sides are
    `prev`'s: a table photographed page by page lies a few points off from one page to
    the next (`SCANNED_EDGE`), and its columns, taken as they lie, would each be two
    boundaries apart by that much, every cell of the one page spanning two columns of the
    other's.  Between the sides each inner column goes onto `prev`'s nearest within
    SCANNED_EDGE of the page (`_matched`), where the photo bent the page (5 pt off a
    stretch between the sides, mid-table), the cells between moved with them."""
    if it.x1 - it.x0 <= 0:
        return
    k = (prev.x1 - prev.x0) / (it.x1 - it.x0)
    stretched = [prev.x0 + (x - it.x0) * k for x in it.xs]
    inner = _matched(stretched, prev.xs, SCANNED_EDGE * it.page_width, prev.x0, prev.x1)
    src = [it.x0, *(it.xs[i] for i, _ in inner), it.x1]
    dst = [prev.x0, *(x for _, x in inner), prev.x1]

    def at(x: float) -> float:
        j = min(max(bisect_left(src, x), 1), len(src) - 1)
        a, b = src[j - 1], src[j]
        return dst[j - 1] + (x - a) * (dst[j] - dst[j - 1]) / (b - a) if b > a else dst[j]

    it.xs = [at(x) for x in it.xs]
    for row in it.rows:
        for c in row:
            c.x0, c.x1, c.right = at(c.x0), at(c.x1), at(c.right) if c.right else c.right
    it.x0, it.x1 = prev.x0, prev.x1


def _matched(xs: list[float], onto: list[float], near: float, left: float, right: float
             ) -> list[tuple[int, float]]:
    """(index in `xs`, where it goes) for each of `xs` inside (`left`, `right`) with one of
    `onto`'s inside them within `near`, in order, each of `onto`'s taken once."""
    out: list[tuple[int, float]] = []
    targets = [x for x in onto if left < x < right]
    j = 0
    for i, x in enumerate(xs):
        if not left < x < right:
            continue
        best = min(range(j, len(targets)), key=lambda t: abs(targets[t] - x), default=None)
        if best is not None and abs(targets[best] - x) <= near:
            out.append((i, targets[best]))
            j = best + 1
    return out


def _continued(prev: Piece, it: Piece) -> bool:
    """`it` atop a page after `prev`'s last, with the same sides: the next page, or one
    after blank pages (a duplex scan's blank backs, a page Word left empty), which hold no
    item (the caller's `prev` is the item just before `it`)."""
    edge = SAME_EDGE
    if it.scanned or prev.scanned:
        edge = max(edge, SCANNED_EDGE * it.page_width)
    return (it.page > prev.row_pages[-1] and abs(it.page_width - prev.page_width) <= SAME_WIDTH
            and abs(it.x0 - prev.x0) <= edge and abs(it.x1 - prev.x1) <= edge)


STRANDED_LINES = 2.5  # line heights below a table's last border, at a page's foot


def _take_stranded_lines(out: list[Item], it: Piece) -> None:
    """Lines left between a table ending a page and its continuation atop the next: a
    merged label's middle printed below the page's last border (石狮's 年度 / 总体 / 目标, a
    browser's print splitting the label's row: 总体 under the border, 目标 atop the next
    page).  Each line just below the table, inside one column of the next page's first
    row, goes before that cell's text; the pieces are then stitched as ever."""
    k = _lines_after_an_item(out)
    if k is None:
        return
    prev, lines = out[k - 1], out[k:]
    if not isinstance(prev, Piece) or not _continued(prev, it) or not it.rows:
        return
    page = prev.row_pages[-1]
    first = it.rows[0]
    cells: list[PCell] = []
    for pl in lines:
        assert isinstance(pl, PLine)
        line = pl.line
        cell = next((c for c in first
                     if c.x0 - SAME_EDGE <= line.x0 and line.x1 <= c.x1 + SAME_EDGE), None)
        # (below the border by its middle: a glyph's box reaches above its ink, over the
        # border just above it: 分) at 734 under a border at 735, a browser's print)
        if (pl.page != page or cell is None or (line.top + line.bottom) / 2 < prev.bottom
                or line.bottom > prev.bottom + STRANDED_LINES * line.size * (len(cells) + 1)
                or PAGE_NUMBER_RE.match(line.text)):  # (— 2 —: the page's number, no label)
            return
        cells.append(cell)
    for pl, cell in reversed(list(zip(lines, cells, strict=True))):
        assert isinstance(pl, PLine)
        cell.text = pl.line.text + cell.text
        cell.head, cell.tail = pl.line, cell.tail or pl.line
    for one in {id(c): c for c in cells}.values():  # each cell once
        _merge_a_split_label(prev.rows[-1], one)
    del out[k:]


def _lines_after_an_item(out: list[Item]) -> int | None:
    """Where the lines that end `out` begin, after the item before them; None where `out`
    does not end with a line or holds nothing before its lines."""
    k = len(out)
    while k and isinstance(out[k - 1], PLine):
        k -= 1
    return None if k == len(out) or k == 0 else k


STRAY_CHARS = 3  # characters: a scanned line no longer than this between a table's two
# parts is a watermark's or a speck's, not a caption (a table's caption names the table)


def _drop_strays_across_a_break(out: list[Item], it: Piece) -> None:
    """Scanned lines of a few characters (`STRAY_CHARS`) left between a scanned table
    ending a page and its continuation atop the next, dropped: a watermark's phrase tilted
    across the page, read in pieces (内部资料 as 部少, 内部贷), stood between the two and
    kept them two tables, a row the break split left in two.  A longer line (a caption, a
    note) still parts them."""
    k = _lines_after_an_item(out)
    if k is None:
        return
    prev = out[k - 1]
    if not (isinstance(prev, Piece) and prev.scanned and it.scanned and _continued(prev, it)):
        return
    strays = out[k:]
    if all(isinstance(pl, PLine) and prev.row_pages[-1] <= pl.page <= it.page
           and len("".join(pl.line.text.split())) <= STRAY_CHARS for pl in strays):
        del out[k:]


_KEY_WORDINGS = frozenset(w for words in KEY_LABELS.values() for w in words)
# A line opening with a field's label and a colon (项目单位:文昌市林业局) starts a paragraph,
# however far the line above ran: a cover's or a form's key lines, each a paragraph of its
# own, are short, and the longest of them sets the text's right edge, so that it seemed to
# run on into the next (项目名称:…配套项目项目单位:文昌市林业局).  Labels of four characters
# or more only: 部门: or 名称: may start the rest of a sentence wrapped before it.  A space
# stands for the colon (项目名称 代表之家): Chinese puts no space inside a sentence.
KEY_OPENING = re.compile("(?:{})(?:[:：]| +[^ ])".format("|".join(sorted(
    (w for w in _KEY_WORDINGS if len(w) >= 4), key=lambda w: (-len(w), w)))))


# The word a level's name ends in, never a cell's whole text below a level's name: atop a
# page, under a name the break cut (成效 | 指标, a narrow column's name printed a character
# a line over two rows), it is that name's end
LEVEL_NAME_ENDS = frozenset({"指标", "指\n标"})


def _merge_a_split_label(last: list[PCell], cell: PCell) -> None:
    """The label above and the one below the break read as one key label (年度 | 总体目标:
    年度总体目标), or as one text whose bracket the break left open (效益指标(30 | 分)), or a
    level's name whose last word the break put on the next page (成效 | 指标): one cell
    merged down over both rows, as the page drew it."""
    above = _at(last, cell)
    if above is None or not above.text or above.merged_above:
        return
    whole = above.text + cell.text
    if ((clean_label(whole) in _KEY_WORDINGS and clean_label(cell.text) != clean_label(whole))
            or inside_brackets(above.text, cell.text)  # 效益指标(30 | 分): a bracket closed
            or (cell.text in LEVEL_NAME_ENDS and not above.text.endswith(cell.text))):
        above.text = cell.text = whole
        cell.merged_above = True


def repeated_header_rows(first: list[list[PCell]], more: list[list[PCell]]) -> int:
    """How many leading rows of `more` repeat the leading rows of `first` (a header row
    Word or WPS repeats on every page).  A one-cell title row alone does not count: a
    new table may well start with the same title."""
    n = 0
    while n < min(len(first), len(more)) and _same_row(first[n], more[n]):
        n += 1
    if not any(sum(1 for c in row if c.text) >= 2 for row in more[:n]):
        return 0
    return n


def split_row(last: list[PCell], first: list[PCell]) -> bool:
    """True when `first` (atop a page) is the rest of `last` (the row that ended the page
    before), split by the page break: every cell with text in `first` continues the text
    of the cell above it, whose last line ran to the cell's edge (it wrapped)."""
    if not _same_shape(last, first) and not _blanks_joined(last, first):
        return False
    filled = [(a, b) for b in first if b.text and (a := _at(last, b)) is not None]
    return bool(filled) and all(
        a.tail is not None and b.head is not None
        and (runs_on(a.tail, b.head, a.right + _indent(a, a.tail))
             or _items_go_on(a.text, b.text))
        and not _set_in_the_middle(a)
        and not _word_that_fits(a, a.tail, b.head)
        and b.text != a.tail.text  # a text does not go on by saying its last line again:
        # the same value in two rows (定性 | 定性, 15 | 15 under a score)
        and not (level_kind(a.text) and level_kind(b.text))
        and not _SIGNED_FIGURE.match(b.text)
        and not PROMPT_RE.match(b.text)  # (指标2 atop the page: the template's next row)
        for a, b in filled
    )  # a level's name under another is a row of its own (经济效益指标, then 社会效益指标
    # atop the next page: six characters fill a narrow column as a wrapped line does); so
    # is a target that opens with its sign and figure (较高, then ≥100百分比 atop the next
    # page: the sign and the figure are one word, wider than the room 较高 left)


_SIGNED_FIGURE = re.compile(r"[≥≤＞＜><=＝]{1,2}\s*\d")  # (>=29人 as typed)

# a numbered item opening a line (1. 2、 3．), after a quotation mark that opens the text
_ITEM_NUMBER = re.compile(r"(?:^|\n)\s*[\"“]?(\d{1,2})[.、．](?!\d)")


def _items_go_on(above: str, below: str) -> bool:
    """`below` opens with the item after the last one `above` numbers (1.完成… 2.新增… at a
    page's foot, 3.开展… atop the next): the page broke between two items of one cell."""
    m = _ITEM_NUMBER.match(below)
    numbers = _ITEM_NUMBER.findall(above)
    return m is not None and bool(numbers) and int(numbers[-1]) + 1 == int(m.group(1))


# type sizes of room above a cell's text and below it that set it in the cell's middle
ROOM_AROUND = 2.0


def _set_in_the_middle(cell: PCell) -> bool:
    """The cell's text stands in its middle, room above it and below: a name centred in a
    cell merged down over several rows (社会效益 beside its five ①…⑤ rows at a page's
    foot) ended there, and the cell atop the next page (环境效益) is a row of its own,
    however far the name ran across its column.  A text the break cut fills its cell from
    the top (a column beside may end a line or two higher: 传染 | 病监测 atop the next)."""
    if cell.top is None or cell.bottom is None or cell.head is None or cell.tail is None:
        return False
    room = ROOM_AROUND * cell.tail.size
    return cell.head.top - cell.top > room and cell.bottom - cell.tail.bottom > room


def _word_that_fits(cell: PCell, tail: TextLine, head: TextLine) -> bool:
    """The tail ends and the head begins inside one Latin word or number with no space
    between (15 | 15), and the whole word fits on one of the cell's lines: a line breaks
    inside a word only where the word is wider than the line, so these are two cells'
    texts (the same score in two rows), not one wrapped."""
    if tail.ends_with_space or not (_word_char(tail.text[-1]) and _word_char(head.text[0])):
        return False
    left = list(takewhile(lambda g: _word_char(g.text), reversed(tail.glyphs)))
    right = list(takewhile(lambda g: _word_char(g.text), head.glyphs))
    width = sum(g.x1 - g.x0 for g in (*left, *right))
    return width <= cell.right - _line_start(cell)


def _word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".,%<>=+")  # (>=100% breaks nowhere)


def _indent(cell: PCell, line: TextLine) -> float:
    """How far the line begins right of where the cell's lines begin (the cell's padding
    taken as on its right): a centred line leaves room on both sides, and only the two
    together tell whether the next word would have fitted (预算执行率 centred, then
    预算资金拨款率 atop the next page: two rows, not one wrapped name)."""
    return max(0.0, line.x0 - _line_start(cell))


def _line_start(cell: PCell) -> float:
    """Where the cell's lines begin: its padding taken as on its right (`PCell.right`)."""
    return cell.x0 + (cell.x1 - cell.right)


def _blanks_joined(last: list[PCell], first: list[PCell]) -> bool:
    """`first` is `last`'s row but for blank cells drawn as one where `last` has several
    (衡陽's twelve columns merged down beside a split row, drawn as one blank cell atop
    the next page): each text of `first` stands in a cell of `last`'s extent, and each
    blank cell begins and ends where cells of `last` do."""
    starts, ends = [c.x0 for c in last], [c.x1 for c in last]
    return all(_at(last, c) is not None if c.text else
               any(abs(c.x0 - x) <= SAME_EDGE for x in starts)
               and any(abs(c.x1 - x) <= SAME_EDGE for x in ends)
               for c in first) and any(c.text for c in first)


def _join_split_row(rows: list[list[PCell]], more: list[list[PCell]]) -> None:
    """Join `more[0]`, the rest of a split row, into the last row of `rows`: each text
    continued, also in the rows a merged cell covers above and below the break."""
    for rest in more[0]:
        cell = _at(rows[-1], rest)
        if rest.text and cell is not None:
            assert cell.tail is not None and rest.head is not None
            text = _went_on(cell, rest)
            _retext(reversed(rows), cell, text, rest.tail)
    for cell in rows[-1]:
        _retext(more[1:], cell, cell.text, None, below=True)


def _went_on(cell: PCell, rest: PCell) -> str:
    """A cell's text with its rest from atop the next page: joined as a wrapped line, or
    on a line of its own where the rest opens an item."""
    assert cell.tail is not None and rest.head is not None
    sep = joint(cell.tail, rest.head) if wraps(cell.tail, rest.head, cell.right) else "\n"
    return cell.text + sep + rest.text


def _carry_merged(rows: list[list[PCell]], more: list[list[PCell]]) -> None:
    """A merged cell that goes on over the page break is drawn again, empty, atop the next
    page: it is the same cell, with the same text.  Where such a merge, begun in the same
    row, goes on beside it, a merged cell whose text the break cut (是否有利于促 over three
    rows, 进人民身体健康水平提高 atop the next page, the rest of its five, beside 是/否 merged
    as far) is one cell too, its text whole, where no other merge begun in its row holds
    new text below the break; and so are merges begun in the page's last row
    (`_merge_begun_at_the_foot`)."""
    last = rows[-1]
    carried: set[int] = set()  # the rows where the merges that go on begin
    for cell in more[0]:
        above = _at(last, cell)
        if above is None or cell.text or not above.text:
            continue
        below = _at(more[1], cell) if len(more) > 1 else None
        if above.merged_above or (below is not None and below.merged_above):
            cell.merged_above = True
            carried.add(_merge_top(rows, above))
            _retext(more, cell, above.text, None, below=True)
    # the merged cells above the break that hold text below it: each begun in some row
    cut = [(cell, above, _merge_top(rows, above)) for cell in more[0]
           if not cell.merged_above and (above := _at(last, cell)) is not None
           and above.merged_above and cell.text and above.text]
    for cell, above, top in cut:
        # one of them alone among the merges begun in its row (产出数量 and 60 begun
        # together, 产出质量 and 30 below: two new cells, not one cut)
        if (top not in carried or sum(t == top for _c, _a, t in cut) > 1
                or not split_row([above], [cell])):
            continue
        _cut_merge_goes_on(rows, more, above, cell)
    _merge_begun_at_the_foot(rows, more)


def _cut_merge_goes_on(rows: list[list[PCell]], more: list[list[PCell]], above: PCell,
                       cell: PCell) -> None:
    """`cell` atop the page is the rest of the merged cell `above`: one cell, its text whole
    in every row it covers on both pages."""
    text = _went_on(above, cell)
    cell.merged_above = True
    _retext(reversed(rows), above, text, cell.tail)
    _retext(more, cell, text, cell.tail, below=True)


def _merge_begun_at_the_foot(rows: list[list[PCell]], more: list[list[PCell]]) -> None:
    """Merged cells begun in the page's last row, cut by the break after it: a question
    over two rows (是否 at the foot beside 是/否 | 是, the rest, 有利于促进商品质量提高, atop
    the next page beside blanks under 是/否 and 是, and the second row's own ② and score
    5).  Where one cell atop the page goes on with the text above it, some stand blank
    under texts, and every other text stands under a text of the row above (the columns
    each row fills), the blank ones and the one that goes on are the merges, cut."""
    last, first = rows[-1], more[0]
    going_on, blanks, own = [], [], []
    for cell in first:
        if cell.merged_above:
            continue  # (a merge begun higher up, carried on)
        above = _at(last, cell)
        if above is None or above.merged_above:
            return
        if not cell.text:
            if above.text:
                blanks.append((cell, above))
        elif not above.text:
            return  # a text under a blank: a new row
        elif split_row([above], [cell]) and not ITEM.match(cell.text):
            going_on.append((cell, above))
        else:
            own.append(cell)
    if len(going_on) != 1 or not blanks:
        return
    merged = [c.x0 for c, _ in (*going_on, *blanks)]
    if any(min(merged) < c.x0 < max(merged) for c in own):
        return  # (the merges side by side: a row's own text between them is a new row's)
    for cell, above in blanks:
        cell.merged_above = True
        _retext(more, cell, above.text, None, below=True)
    _cut_merge_goes_on(rows, more, going_on[0][1], going_on[0][0])


def _merge_top(rows: list[list[PCell]], where: PCell) -> int:
    """The row where the merged cell at `where`'s extent in the last row begins."""
    i = len(rows) - 1
    while i > 0 and (cell := _at(rows[i], where)) is not None and cell.merged_above:
        i -= 1
    return i


def _retext(rows: Iterable[list[PCell]], where: PCell, text: str, tail: TextLine | None,
            *, below: bool = False) -> None:
    """Give one merged cell (the cells at `where`'s extent) its text in every row it
    covers, walking away from the page break."""
    for row in rows:
        cell = _at(row, where)
        if cell is None or (below and not cell.merged_above):
            return
        cell.text = text
        cell.tail = tail or cell.tail
        if not below and not cell.merged_above:
            return


def _at(row: list[PCell], where: PCell) -> PCell | None:
    """The cell of a row with the same extent as `where`."""
    return next((c for c in row if _same_extent(c, where)), None)


def _same_shape(a: list[PCell], b: list[PCell]) -> bool:
    return len(a) == len(b) and all(_same_extent(x, y) for x, y in zip(a, b, strict=True))


def _same_extent(a: PCell, b: PCell) -> bool:
    return abs(a.x0 - b.x0) <= SAME_EDGE and abs(a.x1 - b.x1) <= SAME_EDGE


def _same_row(a: list[PCell], b: list[PCell]) -> bool:
    return _same_shape(a, b) and all(x.text == y.text for x, y in zip(a, b, strict=True))


def _union(xs: list[float], more: list[float]) -> list[float]:
    out: list[float] = []
    for x in sorted([*xs, *more]):
        if not out or x - out[-1] > SNAP:
            out.append(x)
    return out


def to_table(piece: Piece, *, index: int) -> Table:
    """A piece (or stitched pieces) as a grid table: columns from all its boundaries."""
    xs = piece.xs

    def col(x: float) -> int:
        i = bisect_left(xs, x - SNAP)
        return min(i, len(xs) - 1)

    rows = []
    for r, (cells, page) in enumerate(zip(piece.rows, piece.row_pages, strict=True)):
        out = []
        for c in cells:
            c0, c1 = col(c.x0), col(c.x1)
            out.append(Cell(c.text, c0, max(1, c1 - c0), c.merged_above))
        rows.append(Row(out, index=r, page=page))
    return Table(rows, index=index, page=piece.page, ncols=len(xs) - 1)


# --- paragraphs -------------------------------------------------------------------------


def _text_edges(items: list[Item]) -> dict[float, tuple[float, float]]:
    """Left and right edge of the running text, per page width (portrait, landscape)."""
    edges: dict[float, tuple[float, float]] = {}
    for it in items:
        if isinstance(it, PLine):
            lo, hi = edges.get(it.page_width, (it.line.x0, it.line.x1))
            edges[it.page_width] = (min(lo, it.line.x0), max(hi, it.line.x1))
    return edges


def _line_gap(items: list[Item]) -> float:
    """The space between two lines of one paragraph (pt): a low percentile of the gaps
    between successive lines, since most gaps may be between one-line paragraphs."""
    gaps = [
        b.line.top - a.line.bottom
        for a, b in pairwise(items)
        if isinstance(a, PLine) and isinstance(b, PLine) and a.page == b.page
        and 0 <= b.line.top - a.line.bottom < 2 * a.line.size
    ]
    return sorted(gaps)[len(gaps) // 5] if gaps else 0.0


def _continues(prev: PLine, pl: PLine, edges: dict[float, tuple[float, float]],
               gap: float) -> bool:
    """True when `pl` is the next line of `prev`'s paragraph (on this page or the next)."""
    left, right = edges[pl.page_width]
    line = pl.line
    if line.x0 - left > INDENT * line.size and not _centred_tail(prev.line, line, left, right,
                                                                  pl.page_width):
        return False
    if pl.page == prev.page:
        if line.top - prev.line.bottom > gap + PARA_GAP * line.size:
            return False
    elif pl.page != prev.page + 1:
        return False
    if KEY_OPENING.match(line.text):
        return False
    return wraps(prev.line, line, edges[prev.page_width][1])


def _centred_tail(prev: TextLine, line: TextLine, left: float, right: float,
                  page_width: float) -> bool:
    """`line` is the last line of a centred paragraph (a site's page with its text centred):
    centred between the text's edges, under a line that spans them and breaks off
    mid-sentence (以及其 | 他抢险救援任务。), where a heading under a paragraph follows the
    sentence's end (…以内。 | 二)绩效目标完成情况); a line that spans only the other
    loose lines, not half the page, is a centred heading, ended where its words end."""
    return (prev.x0 - left <= INDENT * prev.size
            and prev.x1 - prev.x0 >= COLUMN_SHARE * page_width
            and abs((line.x0 + line.x1) - (left + right)) / 2 <= CENTRED * line.size
            and prev.text[-1:] not in SENTENCE_ENDS)


def _paragraph(lines: list[PLine]) -> Paragraph:
    parts = [lines[0].line.text]
    for a, b in pairwise(lines):
        parts.append(joint(a.line, b.line))
        parts.append(b.line.text)
    return Paragraph("".join(parts), page=lines[0].page)
