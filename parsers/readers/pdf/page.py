"""One PDF page as plain geometry: glyphs and ruling segments, in top-down page points.

pdfplumber builds a dict of some twenty attributes for every character and every path
(`page.chars`, `page.edges`); a table finder needs five numbers per glyph and four per
ruling line, and on a text-heavy page the dicts cost a third of the time.  So the page
is interpreted by pdfminer (the engine under pdfplumber) into a small device that keeps
only that: `Glyph` and `Segment` tuples.  Coordinates are points from the page's top-left
corner, as in pdfplumber (`top` grows downwards).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from pdfminer.pdfdevice import PDFTextDevice, PDFTextSeq
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import (
    PDFGraphicState,
    PDFPageInterpreter,
    PDFResourceManager,
    PDFTextState,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.utils import Matrix, apply_matrix_pt

from jixiao.hanzi import ideographs
from jixiao.parsers.readers.pdf.content import FastInterpreter, Unusual

# A glyph whose font has no Unicode map (pdfminer would write "(cid:123)").
UNMAPPED = "\ufffd"

THIN = 3.0  # a filled rectangle thinner than this (pt) is a drawn line (Word, WPS)
STRAIGHT = 0.5  # a segment whose ends differ by less than this across is axis-aligned
CHECK_EVERY = 2000  # device callbacks between two looks at the clock
_log = logging.getLogger("pdfminer.pdfdevice")  # pdfminer's own warning, from its logger

# What a font says of itself (vertical, multibyte, descent) and of each glyph it draws
# (text, width), asked once: a document's fonts are the same objects on every page
# (pdfminer's resource manager keeps them), and leave this with their document.
# (and whether its codes are its bytes as they stand: a simple font's `decode` copies them
# into a bytearray, the same numbers)
FontFacts = tuple[bool, bool, float, dict[int, tuple[str, float]], bool]
_FONT_FACTS: WeakKeyDictionary[PDFFont, FontFacts] = WeakKeyDictionary()


class Glyph(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool


class Segment(NamedTuple):
    """An axis-aligned ruling line: horizontal when `horizontal`, at `pos` (top for a
    horizontal line, x for a vertical one), from `start` to `end` along it."""

    horizontal: bool
    pos: float
    start: float
    end: float


INVISIBLE = 3  # the text rendering mode (Tr) that neither fills nor strokes
CURVES = frozenset("cvy")  # the path operators of Bézier curves


# A glyph turned at a slant, neither level nor a quarter turn (each of the matrix's
# diagonal and cross terms this share of the other or more, about 6° to 84°), is a
# watermark's (仅供政府信息公开使用 typed across the page at 35° or 45°): no table is typed
# at a slant, while a landscape page's text turned a quarter, and an italic's shear (one
# cross term only), are text.
SLANT = 0.1


def slanted(a: float, b: float, c: float, d: float) -> bool:
    """The text matrix (a b c d) turns its glyphs at a slant (see SLANT)."""
    return (abs(b) >= SLANT * abs(a) and abs(c) >= SLANT * abs(d)
            and abs(a) >= SLANT * abs(b) and abs(d) >= SLANT * abs(c))


class Picture(NamedTuple):
    """An image drawn on the page: its box in points (as a glyph's), its size in pixels
    (0 where the image does not say)."""

    x0: float
    top: float
    x1: float
    bottom: float
    width: int
    height: int


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    images: int = 0
    # filled shapes drawn with curves: a page of text turned into outlines draws one a
    # glyph (a table's lines and boxes are straight)
    shapes: int = 0
    pictures: list[Picture] = field(default_factory=list)  # where the images are drawn
    seconds: float = 0.0  # time spent reading it
    # glyphs drawn invisibly (text rendering mode 3): a scanner's or a converter's OCR of
    # the picture under it (a "searchable" scan), kept apart (`read_page`)
    hidden: list[Glyph] = field(default_factory=list)
    # glyphs typed at a slant (`slanted`): a watermark's, kept apart (no cell's text)
    slanted: list[Glyph] = field(default_factory=list)
    scanned: bool = False  # read by OCR from a picture: its lines placed within a few points


class PageTimeout(BaseException):
    """A page took longer than its time limit.  Raised from a signal handler or the
    device, anywhere inside pdfminer; a BaseException (like KeyboardInterrupt) so that no
    `except Exception` on the way swallows it."""


class _Collector(PDFTextDevice):
    """A pdfminer device that records glyph boxes and straight ruling segments."""

    def __init__(self, rsrcmgr: PDFResourceManager, page: PageContent, deadline: float) -> None:
        super().__init__(rsrcmgr)
        self.page = page
        self.deadline = deadline
        self.calls = 0
        self.check_at = CHECK_EVERY  # the next look at the clock, in callbacks
        self._fonts: dict[PDFFont, FontFacts] = {}  # _FONT_FACTS of the page's fonts
        self._hidden = False  # the string being drawn is invisible (`render_char`)

    def _tick(self, n: int = 1) -> None:
        self.calls += n
        if self.calls >= self.check_at:
            self.check_at = (self.calls // CHECK_EVERY + 1) * CHECK_EVERY
            if time.monotonic() > self.deadline:
                raise PageTimeout

    def render_string(
        self,
        textstate: PDFTextState,
        seq: PDFTextSeq,
        ncs: Any,
        graphicstate: Any,
    ) -> None:
        """pdfminer's `render_string` and `render_char` for horizontal fonts, in one loop,
        with what a font says of itself and of each glyph (text, width) asked once a
        document: the same arithmetic in the same order, so the same boxes to the last
        bit (min and max written out as the builtins choose, the matrix product inline)."""
        font = textstate.font
        assert font is not None and self.ctm is not None
        facts = self._fonts.get(font)
        if facts is None:
            facts = self._fonts[font] = _font_facts(font)
        vertical, multibyte, descent, known, codes_are_bytes = facts
        if vertical:
            self._hidden = textstate.render == INVISIBLE
            super().render_string(textstate, seq, ncs, graphicstate)
            return
        a1, b1, c1, d1, e1, f1 = textstate.matrix  # utils.mult_matrix(matrix, ctm)
        a0, b0, c0, d0, e0, f0 = self.ctm
        a, b = a0 * a1 + c0 * b1, b0 * a1 + d0 * b1
        c, d = a0 * c1 + c0 * d1, b0 * c1 + d0 * d1
        e, f = a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0
        fontsize = textstate.fontsize
        scaling = textstate.scaling * 0.01
        charspace = textstate.charspace * scaling
        wordspace = 0 if multibyte else textstate.wordspace * scaling
        dxscale = 0.001 * fontsize * scaling
        low = descent * fontsize + textstate.rise
        high = low + fontsize
        upright = a * d > 0 and abs(b) < 1e-6 and abs(c) < 1e-6
        height = self.page.height
        append = (self.page.hidden if textstate.render == INVISIBLE
                  else self.page.slanted if not upright and slanted(a, b, c, d)
                  else self.page.glyphs).append
        new = tuple.__new__
        x, y = textstate.linematrix
        # translate_matrix(matrix, (x, y)) then apply_matrix_pt to two corners of each
        # glyph, with the products that do not change along the string taken out (the
        # same operations in the same order: Python adds left to right)
        low_x, low_y = a * 0 + c * low, b * 0 + d * low
        high_x, high_y = c * high, d * high
        y_c, y_d = y * c, y * d
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                cids = obj if codes_are_bytes else font.decode(obj)
                if not isinstance(cids, (bytes, bytearray, tuple)):  # a CMap's decode generates
                    cids = tuple(cids)
                self.calls += len(cids)
                if self.calls >= self.check_at:
                    self._tick(0)
                for cid in cids:
                    if needcharspace:
                        x += charspace
                    glyph = known.get(cid)
                    if glyph is None:
                        glyph = known[cid] = (_unicode(font, cid), font.char_width(cid))
                    adv: float = glyph[1] * fontsize * scaling
                    e2, f2 = x * a + y_c + e, x * b + y_d + f
                    x0, y0 = low_x + e2, low_y + f2
                    x1, y1 = a * adv + high_x + e2, b * adv + high_y + f2
                    # x0, x1 = min(x0, x1), max(x0, x1); top and bottom from max and min
                    x0, x1 = (x1 if x1 < x0 else x0), (x1 if x1 > x0 else x0)
                    top = height - (y1 if y1 > y0 else y0)
                    bottom = height - (y1 if y1 < y0 else y0)
                    append(new(Glyph, (glyph[0], x0, x1, top, bottom, bottom - top, upright)))
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                _log.warning("Cannot render horizontal string because %r is not a valid "
                             "int, float or bytes.", obj)
        textstate.linematrix = (x, y)

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        self._tick()
        text = _unicode(font, cid)
        adv: float = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():  # rare in tables: a box around the advance is enough
            x0, y0 = apply_matrix_pt(matrix, (-fontsize / 2, rise + adv))
            x1, y1 = apply_matrix_pt(matrix, (fontsize / 2, rise))
        else:
            low = font.get_descent() * fontsize + rise
            x0, y0 = apply_matrix_pt(matrix, (0, low))
            x1, y1 = apply_matrix_pt(matrix, (adv, low + fontsize))
        a, b, c, d = matrix[:4]
        upright = a * d > 0 and abs(b) < 1e-6 and abs(c) < 1e-6
        x0, x1 = min(x0, x1), max(x0, x1)
        top, bottom = self.page.height - max(y0, y1), self.page.height - min(y0, y1)
        glyphs = (self.page.hidden if self._hidden
                  else self.page.slanted if not upright and slanted(a, b, c, d)
                  else self.page.glyphs)
        glyphs.append(Glyph(text, x0, x1, top, bottom, bottom - top, upright))
        return adv

    def paint_path(
        self,
        gstate: PDFGraphicState,
        stroke: bool,
        fill: bool,
        evenodd: bool,
        path: Sequence[Any],
    ) -> None:
        self._tick()
        if not (stroke or fill) or _is_white(gstate.scolor if stroke else gstate.ncolor):
            return
        assert self.ctm is not None
        if fill and len(path) > 5 and any(seg[0] in CURVES for seg in path):
            self.page.shapes += 1  # (a rectangle, a table's border, is five steps)
        for points, closed in _subpaths(path, self.ctm, self.page.height):
            self.page.segments.extend(ruling(points, closed, stroke=stroke))

    def render_image(self, name: str, stream: Any) -> None:
        self.page.images += 1
        assert self.ctm is not None
        a, b, c, d, e, f = self.ctm  # the image is drawn on the unit square
        xs, ys = (e, e + a, e + c, e + a + c), (f, f + b, f + d, f + b + d)
        height = self.page.height
        self.page.pictures.append(Picture(min(xs), height - max(ys), max(xs), height - min(ys),
                                          _pixels(stream, "Width"), _pixels(stream, "Height")))


def _font_facts(font: PDFFont) -> FontFacts:
    facts = _FONT_FACTS.get(font)
    if facts is None:
        facts = _FONT_FACTS[font] = (font.is_vertical(), font.is_multibyte(),
                                     font.get_descent(), {},
                                     type(font).decode is PDFFont.decode)
    return facts


def _unicode(font: PDFFont, cid: int) -> str:
    """The glyph's text, a radical its font maps it to read as the ideograph (⽬ as 目,
    `hanzi.ideographs`), so that the line and item rules see Chinese text."""
    try:
        return ideographs(font.to_unichr(cid))
    except PDFUnicodeNotDefined:
        return UNMAPPED


def _subpaths(
    path: Sequence[Any], ctm: Matrix, height: float
) -> list[tuple[list[tuple[float, float]], bool]]:
    """Each subpath as its corner points in top-down page coordinates; curves end it
    (a rounded corner is no ruling line)."""
    out: list[tuple[list[tuple[float, float]], bool]] = []
    points: list[tuple[float, float]] = []
    closed = False
    for seg in path:
        op = seg[0]
        if op == "m":
            if len(points) > 1:
                out.append((points, closed))
            points, closed = [], False
        if op in ("m", "l"):
            x, y = apply_matrix_pt(ctm, (float(seg[-2]), float(seg[-1])))
            points.append((x, height - y))
        elif op == "h":
            closed = True
        else:  # c, v, y: a curve
            if len(points) > 1:
                out.append((points, closed))
            x, y = apply_matrix_pt(ctm, (float(seg[-2]), float(seg[-1])))
            points, closed = [(x, height - y)], False
    if len(points) > 1:
        out.append((points, closed))
    return out


def ruling(points: list[tuple[float, float]], closed: bool, *, stroke: bool) -> list[Segment]:
    """The ruling segments a painted subpath draws (a PDF's, or an OFD's PathObject).

    A stroked path draws its straight sides.  A filled thin rectangle is a line drawn as
    a rectangle (Word and WPS draw borders so); a larger filled one is cell shading, and
    draws no border.
    """
    if closed and points[0] != points[-1]:
        points = [*points, points[0]]
    if not stroke:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if len(points) < 4 or min(w, h) > THIN:
            return []
        if w >= h:
            return [Segment(True, (min(ys) + max(ys)) / 2, min(xs), max(xs))]
        return [Segment(False, (min(xs) + max(xs)) / 2, min(ys), max(ys))]
    out: list[Segment] = []
    for (ax, ay), (bx, by) in pairwise(points):
        if abs(ay - by) < STRAIGHT and abs(ax - bx) >= STRAIGHT:
            out.append(Segment(True, (ay + by) / 2, min(ax, bx), max(ax, bx)))
        elif abs(ax - bx) < STRAIGHT and abs(ay - by) >= STRAIGHT:
            out.append(Segment(False, (ax + bx) / 2, min(ay, by), max(ay, by)))
    return out


def _is_white(color: Any) -> bool:
    """True for white in gray, RGB or CMYK (an invisible border)."""
    if isinstance(color, (int, float)):
        return color >= 0.99
    if isinstance(color, (tuple, list)) and all(isinstance(c, (int, float)) for c in color):
        if len(color) == 4:
            return all(c <= 0.01 for c in color)
        if len(color) in (1, 3):
            return all(c >= 0.99 for c in color)
    return False


def page_size(page: PDFPage) -> tuple[float, float]:
    """Width and height as displayed (a page turned by /Rotate 90 shows its box sideways)."""
    x0, y0, x1, y1 = page.mediabox
    w, h = abs(x1 - x0), abs(y1 - y0)
    return (h, w) if page.rotate % 180 == 90 else (w, h)


def read_page(
    rsrcmgr: PDFResourceManager, page: PDFPage, number: int, *, deadline: float
) -> PageContent:
    """Interpret one page into glyphs and ruling segments (raises PageTimeout): with the
    fast content reader, or with pdfminer's own where the content is unusual."""
    width, height = page_size(page)
    try:
        content = PageContent(number, width, height)
        FastInterpreter(rsrcmgr, _Collector(rsrcmgr, content, deadline)).process_page(page)
    except Unusual:
        content = PageContent(number, width, height)
        PDFPageInterpreter(rsrcmgr, _Collector(rsrcmgr, content, deadline)).process_page(page)
    if content.hidden:
        # invisible text over no picture is the page's text all the same (a form's
        # hidden copy); over a picture it is an OCR layer: the picture is a scan, and read
        # as one (its layer has no table's lines, and reads a table's cells as lines
        # across the page)
        content.glyphs += [g for g in content.hidden if not over_picture(g, content.pictures)]
    return content


def over_picture(g: Glyph, pictures: list[Picture]) -> bool:
    """True where the glyph's centre lies on one of the page's pictures."""
    x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return any(p.x0 <= x <= p.x1 and p.top <= y <= p.bottom for p in pictures)


def _pixels(stream: Any, key: str) -> int:
    """An image's Width or Height as its dictionary states it (0 where it does not)."""
    try:
        value = resolve1(stream.get(key))
    except Exception:  # a damaged reference: the size is only a hint
        return 0
    return value if isinstance(value, int) and value > 0 else 0
