"""One page image → the same `PageContent` (glyphs and ruling segments in points) the PDF
reader makes from a text PDF, so that tables, merges, paragraphs and tables continued
over a page break are found by one path (`jixiao.parsers.readers.pdf.blocks`).

    prepare         ink removed, flattened, lit evenly, straight (`image`)
    ruling          ruling lines by morphology → segments → the PDF table finder's grids
    text_lines      per grid cell, and outside the tables, the bands of text (`lines`)
    recognise       every line image in batches (`engine`), then `correct`
    glyphs          each line's characters spread over its box, as the PDF device would
                    give them; each cell's reading kept as a `Recognised` beside them
"""

from __future__ import annotations

import itertools
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from jixiao.errors import LimitExceeded
from jixiao.hanzi import has_traditional, simplified_only, traditional
from jixiao.parsers.grid import Recognised
from jixiao.parsers.readers.ocr import correct
from jixiao.parsers.readers.ocr.engine import Reading, recogniser
from jixiao.parsers.readers.ocr.image import (
    INK_DARKNESS,
    faint_ink,
    ink,
    prepare_layers,
    unstreaked,
)
from jixiao.parsers.readers.ocr.lines import (
    CELL_GAP,
    DASH_LENGTH,
    PAD,
    PHRASE_GAP,
    THICKEST_RULE,
    Box,
    bands_of_mark,
    blank_after_mark,
    blank_between,
    comparator_shape,
    inked_width,
    padded,
    raised_mark_after,
    ruling_masks,
    segments,
    text_height,
    text_lines,
    without_creases,
    without_grain,
)
from jixiao.parsers.readers.ocr.orient import upright
from jixiao.parsers.readers.ocr.vocabulary import (
    CELL_WORD_SET,
    COLONS,
    COMMAS,
    DOUBLE_BARS,
    FLAT_BARS,
    FLAT_DASHES,
    FORM_WORD_SET,
    HYPHEN_LENGTH,
    LONE_SIGN_LOOKALIKES,
    NOISE_MARK,
    SEMICOLONS,
    SIGNS_ALONE,
    SPACED_RUN,
    SURE,
    TRADITIONAL_LEAST,
    TRADITIONAL_SHARE,
    UNIT_WORDS,
)
from jixiao.parsers.readers.pdf.aligned import frames
from jixiao.parsers.readers.pdf.page import Glyph, PageContent, Segment
from jixiao.parsers.readers.pdf.ruled import find_grids
from jixiao.parsers.readers.pdf.text import is_cjk
from jixiao.vocab.numerals import ENUMERATION_CHARS
from jixiao.vocab.organisations import NAME_ENDINGS

A4 = (595.3, 841.9)  # points: the page size assumed for an image file of unknown size
INSET = 3  # px inside a cell's borders where its text starts
LOOSE_MIN_CONFIDENCE = 0.5  # a loose mark read below this, and short, is noise (a seal's
LOOSE_MIN_CHARS = 3  # remains, a signature), not a line of text
MARGIN_SURE_SHARE = 0.5  # a loose line with this share of its characters sure is text
LOOSE_SURE_SHARE = 0.25  # ... as is a loose line of any length with fewer of its characters sure
SPECK_CONFIDENCE = 0.9  # punctuation alone read below this is a speck (•, ·)
# A line flatter than this share of the page's usual line height is the remains of a
# stroke (a seal's ring, an underline) read as a letter, unless it reads as a dash, the
# one flat thing a cell holds on its own (a placeholder: —, -, 一).
FLAT_SHARE = 0.4
# ... and such a line longer than this many ems is no dash (at most 1.6 ems, `DASH_LENGTH`;
# —— twice that), nor any other text
FLAT_LONGEST = 4.0
# ... and a 二 alone in its cell at most this share of a line tall is = (a night photo's
# noise thickens its bars to 0.46 of a line; the character 二 stands 0.6 to 0.7 tall)
BARS_SHARE = 0.55
CURVED_SHARE = 0.6  # ... and a dash read from ink this share of a line tall or taller curves
SMALL_SHARE = 0.8  # … and a figure alone shorter than this share is smaller than print
SCRAWL_SHARE = 1.8  # a line of one character read doubtfully and taller than this: a scrawl
DASHES = FLAT_DASHES
FLAT_SIGNS = frozenset("=＝")  # the signs as flat as a dash: bars alone
# ems of room a wrapped line ending in a comma leaves before where the cell's lines end:
# at most this, the half-width , (its ink reaches as far as a character's); within this
# range, the full-width ， (its ink at the left of a square)
NARROW_COMMA_ROOM = 0.3
WIDE_COMMA_ROOM = (0.45, 0.9)
# ems: a cell's other wrapped line that ends no further than this before the comma's
# line filled its width (Chinese wraps at any character, so a full line ends less than a
# character short of where the lines end; the comma's may reach past it, a first line
# indented or a half-width comma squeezed in); shorter, it ended a paragraph
FULL_LINE = 1.0
LARGER_TYPE = 1.4  # a line this many times as tall as the page's usual line is larger type
# ... unless its characters stand at the usual pitch: a line of this many squares or more
# whose squares are narrower than LARGER_PITCH usual lines is the usual type, its box made
# taller by a pen's stroke or a seal's ring across it (larger type is wider too)
PITCH_SQUARES = 3  # (矛盾。 wrapped under a cell's full line, a watermark's stroke in its
# band: three squares, 88 px wide beside the usual 39 px line, larger type's would be 150)
LARGER_PITCH = 1.2
SQUARED = 2  # a line of this many Chinese characters or fewer spans their squares (`glyphs`)
# Grey levels (the page lit evenly, paper 255): a line of Chinese (or of letters: a seal's
# character read as one) in a table cell whose
# darkest ink (the DARKEST_SHARE percentile of its ink pixels) is lighter than SEAL_GREY and
# than the page's usual line by SEAL_PALER is a seal's characters on a grey page, where no
# colour told the seal from the print: a red seal's ink is a middle grey (~100), black
# print darker than 70 at its darkest even blurred in a phone photo, or as pale as the
# whole page where the photo is dim (then a seal is paler still).  A sign or a figure
# alone, thin, is paler than characters and is not taken for a seal's (unless far paler
# and doubted, `SIGN_PALER`); outside the
# tables a title may be printed in colour: those lines are kept.
SEAL_GREY = 82
SEAL_PALER = 25
# ... but on a page whose print is black at its darkest (a scanning app's document filter
# clips it: the usual line's darkest at most FILTERED_PRINT) the seal's red turns a grey
# of 40-50 (measured): a line of Chinese FILTERED_SEAL_PALER paler than the usual line
# is the seal's
FILTERED_PRINT = 10
FILTERED_SEAL_PALER = 35
# A sign alone read doubtfully is a seal's remains when its ink is this much paler than the
# page's print (`pale_ink`): a phone's doubted printed > is at most some 30 levels paler
SIGN_PALER = 50
DARKEST_SHARE = 5
# A seal's ring or star, found as ink thicker than any stroke (`blots`), is longer than
# this many ems one way or the other (a star two or three ems wide, a ring many)
BLOT_LEAST = 1.5
# A reading of one character beside a grey seal's ring whose line is wider than this many
# usual line heights (a Chinese character is about as wide as it is tall, a figure half
# that) is an arc of the ring, not the character, where the engine doubted it
WIDE_FOR_ONE = 2.0
STROKES_ALONE = frozenset({"1", "l", "I", "|", "丨", "L", "J"})  # a stroke read alone
# What a cell's vertical border reads as beside text that touches it (within BORDER_TOUCH
# px of the cell's inside), where the engine places it beyond the text's ink (`_bordered`)
BORDER_MARKS = frozenset("|丨]】[【:：;；!！'1lI")
BORDER_TOUCH = 1
# line heights: the engine places a character within this of where its ink is (a frame of
# its output is 4 px of a 48 px line); a mark read further out than this beyond the line's
# ink is in the margin whatever it reads as (0 and the border read "of")
BORDER_EDGE = 0.1
DARKER_INK = 160  # grey level: the darker ink that parts a pale ≧'s bars (`bands_of_mark`)
FAR_MARK = 1.5  # line heights between a doubtful last mark and the text it follows
LONG_LINE = 8  # characters: a line this long, read surely (SURE_SHARE of its characters
SURE_SHARE = 0.9  # above SURE), is text however one character of it was doubted
# A cell's line of this many characters or fewer, beside a known word, is a seal's or a
# pen's remains where it looks like one (`_marks_beside_a_word`)
MARK_CHARS = 2
APART_HEIGHT = 0.6  # of a character's height: a mark this tall is a character's stroke
TEXT_BESIDE = 4  # Chinese characters of a cell's text beside which a doubted 1. is a mark
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*[.,]?")  # a figure as read: 15, 2.61, 2023.3.8
# A list's number (一、, 十二、): a bar or a few and a dot, strokes thinner and so paler than
# a character's in a blurred picture (a chat's JPEG: 一、 at 99 beside print at 75); no seal
# bears one, so it is print however pale, where the engine read it with some faith
_NUMBERING = re.compile(rf"[{ENUMERATION_CHARS}]{{1,3}}、")
_FIGURE_VALUE = re.compile(r"[≥≤≧≦><=]{0,2}\d+(?:\.\d+)?%?")  # a value that is a figure
# A cell's line of this many Chinese characters, every one read surely, no taller than
# print (PRINT_TALL of the usual line), is print however pale its ink: a lamp's glare
# through a plastic sleeve paled 农村低保资金 to 94-101 beside print at 62.  A seal bears
# a unit's name (阜康市统计局: it ends as one, `NAME_ENDINGS`) or a seal's word (专用章),
# so a line that does either is not taken for print so
PRINTED_PHRASE = 6
PRINT_TALL = 1.25
SEAL_WORD = "章"
FOREIGN_SCRIPTS = ("KATAKANA", "HIRAGANA", "HANGUL")  # no 绩效 table is written in these
INK_AT_LEFT = frozenset("，。、；：！？）》」』】”’")  # full-width marks inked at the left
# What the engine reads a closing bracket alone on its line as (a wrapped "(15分 | )"):
# a mark no wider than NARROW_MARK line heights
CLOSING_LOOKALIKES = frozenset(")）D]}」』Jj")
NARROW_MARK = 0.6


@dataclass(slots=True)
class ScannedPage:
    content: PageContent
    cells: list[Recognised] = field(default_factory=list)
    lines: list[Recognised] = field(default_factory=list)  # each line outside the tables


@dataclass(slots=True)
class _Line:
    box: Box
    region: tuple[int, int] | None  # (grid, region) of a table cell; None outside tables
    cell: Box | None = None  # the inside of that cell
    by_blot: bool = False  # it touches ink left out as a seal's (`blots`)
    darkest: int = 0  # grey level of its darkest ink (`DARKEST_SHARE`; 0: not measured)
    apart: bool = False  # by a blot, yet with a mark of a character's height clear of it
    inked: int = 0  # px: the width of its ink less flat ends (`lines.inked_width`; 0: its box's)


@dataclass(slots=True)
class _Layout:
    segments: list[Segment]
    lines: list[_Line]


@dataclass(slots=True)
class _Read:
    line: _Line
    raw: str
    text: str
    confidence: float
    corrections: list[str]
    sure: float = 0.0  # the share of its characters the engine read above SURE
    blanks: tuple[float | None, ...] = ()  # the blank after each character, in ems (if measured)


def read_image(bgr: np.ndarray, number: int, *, scale: float | None, deadline: float
               ) -> ScannedPage:
    """A page image read; `scale` in points per pixel (None: fit the page to A4)."""
    turned = upright(unstreaked(bgr))
    layered = prepare_layers(turned)
    grey = np.ascontiguousarray(layered[:, :, 0])
    _check(deadline, number)
    h, w = grey.shape
    scale = page_scale(turned.shape, grey.shape, scale)
    layout = layout_of(grey, scale, rules=np.ascontiguousarray(layered[:, :, 1]))
    _check(deadline, number)
    images = [padded(grey, ln.box) for ln in layout.lines]
    readings = recogniser()(images)
    _check(deadline, number)
    again = [i for i, (ln, rd) in enumerate(zip(layout.lines, readings, strict=True))
             if not rd.text and ln.cell is not None]
    if again:  # read as nothing: once more with only the cell's inside in the margin
        clipped = [within_cell(grey, layout.lines[i]) for i in again]
        for i, im, rd in zip(again, clipped, recogniser()(clipped), strict=True):
            if any(ch.isalnum() for ch in rd.text):  # (a mark alone, a rule's rest read
                images[i], readings[i] = im, rd  # as —, is no text the first read lost)
    read = [_corrected(ln, rd, im)
            for ln, rd, im in zip(layout.lines, readings, images, strict=True)]
    return to_page(number, (w * scale, h * scale), scale, layout.segments, read)


def within_cell(grey: np.ndarray, line: _Line) -> np.ndarray:
    """The line's image as `padded` cuts it, with what lies beyond its cell's inside (the
    cell's border, the next cell's text) made paper: a figure set against its cell's side
    (1 right-aligned beside 年 in a sheet's narrow column) is read with a rule and the next
    cell's character in its margin, and the engine reads nothing."""
    image = padded(grey, line.box).copy()
    cell = line.cell
    assert cell is not None
    top, left = max(line.box.top - PAD, 0), max(line.box.x0 - PAD, 0)
    paper = np.percentile(image, PAPER_SHARE)
    ys = np.arange(top, top + image.shape[0])[:, None]
    xs = np.arange(left, left + image.shape[1])[None, :]
    outside = (ys < cell.top) | (ys >= cell.bottom) | (xs < cell.x0) | (xs >= cell.x1)
    image[outside] = paper
    return image


PAPER_SHARE = 90  # the percentile of a line image's grey levels that is its paper


def page_scale(before: tuple[int, ...], after: tuple[int, ...], scale: float | None) -> float:
    """Points per pixel of a page image as read: `scale` (a PDF page's) unless none is
    given or the page was a photo's, cut out of the picture and warped flat (its shape
    changed): then the sheet fitted to A4, so that a photo's pages, each taken from its
    own distance, are as wide as each other and a table goes on from one to the next."""
    h, w = after[:2]
    if scale is None or before[:2] != after[:2]:
        return (A4[0] if h >= w else A4[1]) / w
    return scale


def _corrected(line: _Line, rd: Reading, image: np.ndarray | None = None) -> _Read:
    """`_read_corrected`, after what the engine's per-character places show: a cell's
    border read at either end (`_bordered`) and a doubtful mark far after the text
    (`_far_mark`) left out, ㎡ read back (`_square_metres`)."""
    inner, fix = _bordered(rd, line)
    inner, far = _far_mark(inner, line)
    inner, square = _square_metres(inner, line, image)
    inner, seal = _pale_tail(inner, line, image)
    inner, head = _pale_head(inner, line, image)
    inner, inkless = _inkless_tail(inner, line, image)
    read = _read_corrected(line, inner, image)
    fixes = [f for f in (fix, far, square, seal, head, inkless) if f]
    if fixes:
        read.raw = rd.text.strip()
        read.corrections[:0] = fixes
    if (seal or head) and image is not None and inner.xs:
        read.line = _narrowed(line, inner.xs, image)
    return read


def _narrowed(line: _Line, xs: tuple[float, ...], image: np.ndarray) -> _Line:
    """The line with its box shrunk to the ink of the characters kept (read at `xs` in
    its image, `padded`): a seal's character dropped from a line's end (康有序发展。处)
    took its box a third wider and half as tall again, so the line's text seemed larger
    type than the line it wraps from, and a cell's goal kept a line break mid-word."""
    steps = [b - a for a, b in itertools.pairwise(xs)]
    half = (float(np.median(steps)) if steps else float(line.box.height)) / 2
    left, right = max(int(xs[0] - half), 0), min(int(xs[-1] + half) + 1, image.shape[1])
    ink = image[:, left:right] < INK_DARKNESS
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return line
    x, y = line.box.x0 - min(PAD, line.box.x0), line.box.top - min(PAD, line.box.top)
    box = Box(max(line.box.x0, x + left + int(cols[0])), max(line.box.top, y + int(rows[0])),
              min(line.box.x1, x + left + int(cols[-1]) + 1),
              min(line.box.bottom, y + int(rows[-1]) + 1))
    return replace(line, box=box)


RAISED_NEAR = 0.3  # ems: the engine puts a joined 2's centre this far past its ink, or less


def _square_metres(rd: Reading, line: _Line, image: np.ndarray | None
                   ) -> tuple[Reading, str | None]:
    """㎡ read back: the engine has no ㎡ and reads one as m2 or m.  An m after a figure or
    a /, with a small raised mark straight after it on the page (`raised_mark_after`), is
    ㎡; a 2 read there is that mark.  A 2 typed on the line (m2) is not raised, and stays."""
    text, n = rd.text, len(rd.text)
    if image is None or "m" not in text or len(rd.xs) != n or len(rd.chars) != n:
        return rd, None
    top = min(PAD, line.box.top)
    binary = image[top : top + line.box.height] < INK_DARKNESS
    em = line.box.height
    keep = list(range(n))
    chars = list(text)
    for i, ch in enumerate(text):
        if ch != "m" or i == 0 or not (text[i - 1].isdigit() or text[i - 1] == "/") or (
                i + 1 < n and text[i + 1].isascii() and text[i + 1].isalpha()):
            continue
        mark = raised_mark_after(binary, rd.xs[i], em,
                                 joined=not (i + 1 < n and text[i + 1] in "2²"))
        if mark is None:
            continue
        chars[i] = "㎡"
        if i + 1 < n and text[i + 1] in "2²" and (
                mark[0] - 3 <= rd.xs[i + 1] <= mark[1] + RAISED_NEAR * em):
            keep.remove(i + 1)  # the raised mark read as a 2
    if chars == list(text):
        return rd, None
    inner = _kept(rd, keep, chars)
    return inner, f"{text}→{inner.text} (square metre)"


def _pale_tail(rd: Reading, line: _Line, image: np.ndarray | None
               ) -> tuple[Reading, str | None]:
    """The reading less the characters at the end of a cell's line whose ink is a seal's:
    on a page where no colour told the seal from the print (a grey scan, a scanning app's
    document filter) a seal's character or a piece of its ring that touches a line's end
    is read with it (2207共 for 220, 100%中, 项目总成全).  Such a character's darkest ink
    is lighter than PALE_TAIL_GREY and than the rest of the line's by SEAL_PALER (a seal's
    red turns a middle grey: 40-50 measured after an app's filter, print under 25), and
    the engine doubted one of them (below SURE) or read them far after the rest
    (`_far_after`: 核 … 局, 完成率 … 府, a seal's character printed as crisply as print and
    read as surely, 60 levels paler and two to five characters off) or the line's print is
    clipped black and they are not (`_paler_than_clipped_print`): print is
    as dark at the end of a line as before it, but for a thin character (the 二 of 表十二,
    29 paler in a dim photo, read surely, next to the rest), nor is a unit after a figure
    (200次: a grey seal over a dim photo's cell left its 次 some 40 paler than its
    figures, and doubted)."""
    text, n = rd.text, len(rd.text)
    if image is None or line.cell is None or n < 2 or len(rd.xs) != n:
        return rd, None
    dark = _inks(rd, line, image)
    rest = n
    while rest > n - PALE_TAIL_CHARS and rest > 1 and (
            correct.ideograph(text[rest - 1]) or text[rest - 1].isdigit()):
        rest -= 1
    pale = rest
    level = float(np.median([d for d in dark[:rest] if d is not None] or [0]))
    while pale < n and not _pale_enough(dark[pale], level):
        pale += 1
    if pale == n or any(not _pale_enough(d, level) for d in dark[pale:]) or (
            len(rd.chars) == n and min(rd.chars[pale:]) >= SURE
            and not _far_after(rd.xs, pale, line.box.height)
            and not _paler_than_clipped_print(rd, line, image, pale, level)) or (
            text[pale - 1].isdigit() and any(text.startswith(u, pale) for u in UNIT_WORDS)):
        return rd, None
    inner = _kept(rd, range(pale))
    return inner, f"{text}→{inner.text} (seal's ink)"


def _paler_than_clipped_print(rd: Reading, line: _Line, image: np.ndarray, start: int,
                              level: float) -> bool:
    """The characters from `start` to a line's end are a seal's however surely read: the
    line's print is black (a scanning app's filter clips it: `FILTERED_PRINT`), theirs
    FILTERED_SEAL_PALER paler (a seal's red turns a grey of 40-50 there: 差错率出, its 出
    at 52 beside print at 0-6), after a Chinese character (a published scan's 月 after
    black figures is 70 paler, and print), and none is a numeral of a stroke or two
    (thinner, so paler once blurred).  Each is measured within one advance round where
    it was read, not to the line's end: a seal's pale ring caught in a line's box beyond
    its text (4000 and the ring, under a purple seal taken out by colour) is not the last
    figure's ink."""
    if (level > FILTERED_PRINT or THIN_NUMERALS & set(rd.text[start:])
            or not correct.ideograph(rd.text[start - 1])):
        return False  # (after figures a character may be paler than they: 2023年12月)
    top, left = min(PAD, line.box.top), min(PAD, line.box.x0)
    band = image[top : top + line.box.height]
    steps = [b - a for a, b in itertools.pairwise(rd.xs)]
    half = max(float(np.median(steps)) if steps else 0.0, CJK_ADVANCE * line.box.height) / 2
    for x in rd.xs[start:]:  # (within the line's own ink, as `_inks`: not its border)
        d = _darkest_between(band, max(int(x - half), left),
                             min(int(x + half) + 1, left + line.box.width))
        if d is None or d < level + FILTERED_SEAL_PALER:
            return False
    return True


def _pale_head(rd: Reading, line: _Line, image: np.ndarray | None
               ) -> tuple[Reading, str | None]:
    """The reading less a Chinese character at the start of a cell's line whose ink is a
    seal's, as `_pale_tail` drops one at its end: a grey seal's character over a cell is
    read before the answer in it (疫是 for 是, the 疫 of 出入境检验检疫局).  Its darkest ink
    is lighter than PALE_TAIL_GREY and than the rest of the line's by SEAL_PALER, and the
    engine doubted it (below SURE)."""
    text, n = rd.text, len(rd.text)
    if image is None or line.cell is None or n < 2 or len(rd.xs) != n or len(rd.chars) != n:
        return rd, None
    if not correct.ideograph(text[0]) or text[0] in THIN_NUMERALS:
        return rd, None  # (a numeral's few strokes are paler than print's: 二100百分比)
    # before an amount (监督35,543.19: 食品药品监督管理局's ring over the 资金总额 column)
    # a run of such characters, all pale, one doubted at least: no amount is written after
    # Chinese in its cell
    head = 1
    while head < min(PALE_HEAD_CHARS, n - 1) and correct.ideograph(text[head]):
        head += 1
    if not correct.AMOUNT_RE.fullmatch(text[head:]):
        head = 1
    if min(rd.chars[:head]) >= SURE:
        return rd, None
    dark = _inks(rd, line, image)
    level = float(np.median([d for d in dark[head:] if d is not None] or [0]))
    if not all(_pale_enough(d, level) for d in dark[:head]):
        return rd, None
    inner = _kept(rd, range(head, n))
    return inner, f"{text}→{inner.text} (seal's ink)"


PALE_HEAD_CHARS = 3  # a seal's characters read before an amount: up to three


def _inkless_tail(rd: Reading, line: _Line, image: np.ndarray | None
                  ) -> tuple[Reading, str | None]:
    """The reading less a figure or a letter at its end that the engine doubted and that
    has no ink in its share of the line: nothing is printed there (作用。0 at the end of a
    goal in a phone photo, the 0 at 0.26 a full advance after the 。, the paper blank)."""
    n = len(rd.text)
    if (image is None or n < 2 or len(rd.xs) != n or len(rd.chars) != n
            or not rd.text[-1].isalnum() or correct.ideograph(rd.text[-1])
            or rd.chars[-1] >= SURE or _inks(rd, line, image)[-1] is not None):
        return rd, None
    inner = _kept(rd, range(n - 1))
    return inner, f"{rd.text}→{inner.text} (no ink)"


def _inks(rd: Reading, line: _Line, image: np.ndarray) -> list[int | None]:
    """Each character's darkest ink (`_darkest_between`) in its share of the line, within
    the line's own ink: the margin beyond it may hold its cell's border, as dark as print
    (a seal's 市 against the border, read as dark as the 成本 before it)."""
    top = min(PAD, line.box.top)
    band = image[top : top + line.box.height]
    left = min(PAD, line.box.x0)
    right = left + line.box.width
    return [_darkest_between(band, max(_char_left(rd.xs, i), left),
                             min(_char_left(rd.xs, i + 1, band), right))
            for i in range(len(rd.text))]


# Chinese numerals of a stroke or two, whose ink blurs paler than a full character's
THIN_NUMERALS = frozenset("一二三十")
PALE_TAIL_CHARS = 2  # a seal's characters read at a line's end: one or two
PALE_TAIL_GREY = 35
FAR_TAIL = 2.0  # advances: a character this far after the one before stands apart
# line heights: a Chinese character's advance, at the least (a figure's is half that: the
# 月 after 2023年12 is no further from the 2 than the next character would be)
CJK_ADVANCE = 0.9


def _pale_enough(darkest_ink: int | None, level: float) -> bool:
    return darkest_ink is not None and darkest_ink >= max(PALE_TAIL_GREY, level + SEAL_PALER)


def _far_after(xs: tuple[float, ...], i: int, height: int) -> bool:
    """The character `i` was read FAR_TAIL advances or more after the one before it: the
    median step between the characters before it, and no less than a Chinese character's
    (CJK_ADVANCE)."""
    steps = [b - a for a, b in itertools.pairwise(xs[:i])]
    usual = max(float(np.median(steps)) if steps else 0.0, CJK_ADVANCE * height)
    return xs[i] - xs[i - 1] >= FAR_TAIL * usual


def _char_left(xs: tuple[float, ...], i: int, band: np.ndarray | None = None) -> int:
    """Where the i-th character's share of the line image begins (half way from the one
    before); the image's end for i past the last (given `band`)."""
    if i == 0:
        return 0
    if i >= len(xs):
        return band.shape[1] if band is not None else int(xs[-1])
    return int((xs[i - 1] + xs[i]) / 2)


def _darkest_between(band: np.ndarray, a: int, b: int) -> int | None:
    """The grey level of the darkest ink (`DARKEST_SHARE` percentile) of the columns
    a..b of a line image; None without ink."""
    part = band[:, a:b]
    ink_here = part[part < INK_DARKNESS]
    return int(np.percentile(ink_here, DARKEST_SHARE)) if ink_here.size else None


def _kept(rd: Reading, keep: list[int] | range, chars: list[str] | None = None) -> Reading:
    """The reading of the characters `keep` (indices, in order), as `chars` if given."""
    text = chars or list(rd.text)
    seconds = tuple(rd.seconds[k] for k in keep) if len(rd.seconds) == len(rd.text) else ()
    return Reading("".join(text[k] for k in keep), min(rd.chars[k] for k in keep),
                   tuple(rd.chars[k] for k in keep), seconds, tuple(rd.xs[k] for k in keep))


def _far_mark(rd: Reading, line: _Line) -> tuple[Reading, str | None]:
    """The reading less its last character where the engine doubted it (below
    LOOSE_MIN_CONFIDENCE) and read it more than FAR_MARK line heights after the one before:
    a pen's stroke or a seal's remains beside a cell's value (≥90% and a stroke, read
    ≥90%1), not a character of it; with it, the whole line was dropped as noise."""
    text, n = rd.text, len(rd.text)
    if line.cell is None or n < 2 or len(rd.xs) != n or len(rd.chars) != n or not (
            rd.chars[-1] < LOOSE_MIN_CONFIDENCE
            and rd.xs[-1] - rd.xs[-2] > FAR_MARK * line.box.height):
        return rd, None
    inner = _kept(rd, range(n - 1))
    return inner, f"{text}→{inner.text} (stray mark)"


def _bordered(rd: Reading, line: _Line) -> tuple[Reading, str | None]:
    """The reading less a mark at an end of the line where its ink reaches its cell's side
    and the engine read that mark at the edge of the ink (a mark like a ruling line: |, ],
    1) or beyond it, in the margin of paper (`PAD`): the cell's border beside a figure set
    against it (a sheet's right-aligned 116 read 116|, a unit % read 1%), which the line's
    margin showed the recogniser.  What it did, as a correction, or None."""
    text, cell = rd.text, line.cell
    n = len(text)
    if cell is None or n < 2 or len(rd.xs) != n or len(rd.chars) != n:
        return rd, None
    left = min(PAD, line.box.x0)  # where the line's ink begins in its image
    right = left + line.box.width  # and ends
    edge = BORDER_EDGE * line.box.height  # how far off its place the engine puts a mark
    lo = int(line.box.x0 <= cell.x0 + BORDER_TOUCH and (
        rd.xs[0] < left - edge or (text[0] in BORDER_MARKS and rd.xs[0] < left + edge)))
    hi = n - int(line.box.x1 >= cell.x1 - BORDER_TOUCH and (
        rd.xs[-1] > right + edge or (text[-1] in BORDER_MARKS and rd.xs[-1] > right - edge)))
    if (lo, hi) == (0, n) or hi - lo < 1:
        return rd, None
    inner = _kept(rd, range(lo, hi))
    return inner, f"{text}→{inner.text} (border)"


def _read_corrected(line: _Line, rd: Reading, image: np.ndarray | None = None) -> _Read:
    """The line's reading corrected (`correct`), with what the engine said of each
    character and, for a comma, the blank after it on the page, for ≥ and ≤ the bands of
    ink of their mark, for a mark alone in its line the comparator its ink shows."""
    raw = rd.text.strip()
    if raw != rd.text:
        text, fixes = correct.line(raw)
        return _Read(line, raw, text, rd.confidence, fixes, _sure_share(rd))
    gaps: tuple[float | None, ...] = ()
    bands: tuple[int | None, ...] = ()
    if image is not None and len(rd.xs) == len(raw) and (
            COMMAS | COLONS | DOUBLE_BARS.keys()) & set(raw):
        top = min(PAD, line.box.top)  # the line's own rows: no ruling line in the margin
        binary = image[top : top + line.box.height] < INK_DARKNESS
        printed = image[top : top + line.box.height] < print_darkness(line)
        em = line.box.height
        gaps = tuple(blank_after_mark(printed, x, em, centred=True) if ch in COMMAS
                     else blank_after_mark(printed, x, em, low=False) if ch in COLONS else None
                     for ch, x in zip(raw, rd.xs, strict=True))
        darker = image[top : top + line.box.height] < DARKER_INK
        bands = tuple(bands_of_mark(binary, x, em, darker) if ch in DOUBLE_BARS else None
                      for ch, x in zip(raw, rd.xs, strict=True))
    blanks: tuple[float | None, ...] = ()
    if image is not None and len(rd.xs) == len(raw) and _may_hide_a_space(
            raw, in_cell=line.region is not None):
        top = min(PAD, line.box.top)
        binary = image[top : top + line.box.height] < INK_DARKNESS
        blanks = (*(blank_between(binary, a, b, line.box.height)
                    for a, b in itertools.pairwise(rd.xs)), None)
    shape = None
    if image is not None and raw in LONE_SIGN_LOOKALIKES:
        top = min(PAD, line.box.top)
        shape = comparator_shape(image[top : top + line.box.height] < INK_DARKNESS)
    text, fixes = correct.line(raw, rd.chars, rd.seconds, gaps, bands, shape=shape,
                               blanks=blanks)
    return _Read(line, raw, text, rd.confidence, fixes, _sure_share(rd), blanks)


def print_darkness(line: _Line) -> float:
    """The grey level under which the line's pixels are its print, for measuring the blank
    after a comma or a colon: half way from its darkest ink to paper (at most
    `INK_DARKNESS`), so that a watermark's or a seal's pale ink across the line fills no
    blank (a watermark's grey stroke after 美誉度, took the blank after its half-width
    comma: read ，).  Not the blank between two characters (a typed space, `blank_between`):
    print measured so, its strokes' grey edges left out, leaves blanks a space wide
    between characters set close (项目 (工程), 南 岳 区 in a 楷 face)."""
    if line.darkest <= 1:  # (unmeasured, or black: `darkest`)
        return INK_DARKNESS
    return min(INK_DARKNESS, (line.darkest + PAPER_GREY) / 2)


PAPER_GREY = 255  # the page lit evenly (`image.even_light`)


def _sure_share(rd: Reading) -> float:
    return sum(c > SURE for c in rd.chars) / len(rd.chars) if rd.chars else 0.0


def _may_hide_a_space(raw: str, *, in_cell: bool) -> bool:
    """A Chinese character before a half-width bracket, or in a table cell a run of
    SPACED_RUN Chinese characters (a label or a level name spaced out, 产 出 指 标; a
    heading's blanks tell nothing, set in larger type or stretched to fit): where a typed
    space may stand that the engine did not read (`correct.typed_space`)."""
    if any(is_cjk(a) and b == "(" for a, b in itertools.pairwise(raw)):
        return True
    if in_cell and len(raw) >= 2 and all(map(correct.ideograph, raw)):
        return True  # a line of a cell spaced out over several (产 出 / 指 标)
    return in_cell and any(all(map(correct.ideograph, raw[i : i + SPACED_RUN]))
                           for i in range(len(raw) - SPACED_RUN + 1))


def layout_of(grey: np.ndarray, scale: float, *, rules: np.ndarray | None = None
              ) -> _Layout:
    """The ruling lines (as segments in points; where a seal took part of one, filled
    from `rules`, the page's layer for them, if given) and the text lines: those of each
    table cell, then those outside the tables."""
    binary = ink(grey)
    em = text_height(binary)
    faint = faint_ink(grey)
    horizontal, vertical = ruling_masks(binary, faint, em=em)
    lax = None if rules is None else ruling_masks(ink(rules))
    found = segments(horizontal, vertical, scale, lax=lax, em=em * scale, ink=binary)
    found = without_creases(found, cv2.bitwise_or(binary, faint), scale, em)
    blotted = blots(binary, scale, em, horizontal | vertical)
    rules = cv2.dilate(horizontal | vertical | blotted, np.ones((3, 3), np.uint8))
    text_ink = cv2.bitwise_and(binary, cv2.bitwise_not(rules))
    near = round(THICKEST_RULE / scale)
    beside_blots = cv2.dilate(blotted, np.ones((2 * near + 1, 2 * near + 1), np.uint8))
    loose_ink = text_ink.copy()
    lines: list[_Line] = []
    grids = find_grids(found)
    for g, grid in enumerate(grids):
        if frames(grid):
            continue  # a box round the text (a table whose inner lines were lost): its
            # lines are read as phrases, as outside a table, for the columns their gaps show
        px = [round(x / scale) for x in grid.xs]
        py = [round(y / scale) for y in grid.ys]
        for k, reg in enumerate(grid.regions):
            box = Box(px[reg.c0] + INSET, py[reg.r0] + INSET, px[reg.c1] - INSET,
                      py[reg.r1] - INSET)
            for b in text_lines(text_ink, box, em=em):
                by_blot = bool(beside_blots[b.top : b.bottom, b.x0 : b.x1].any())
                if by_blot and b.height >= SEAL_BAND * em and (
                        parts := print_apart_from_a_grey_seal(grey, text_ink, b, em)):
                    lines += [_Line(p, (g, k), box, True, darkest(grey, text_ink, p))
                              for p in parts]
                    continue
                apart = by_blot and apart_from_blots(text_ink, beside_blots, b, em)
                inked = inked_width(text_ink[b.top : b.bottom, b.x0 : b.x1], em)
                lines.append(_Line(b, (g, k), box, by_blot, darkest(grey, text_ink, b), apart,
                                   inked))
        loose_ink[py[0] : py[-1], px[0] : px[-1]] = 0
    h, w = grey.shape
    gap = CELL_GAP if all(frames(grid) for grid in grids) else PHRASE_GAP
    lines += [_Line(b, None) for b in text_lines(without_grain(loose_ink, em), Box(0, 0, w, h),
                                                 phrases=True, em=em, phrase_gap=gap)]
    return _Layout(found, [ln for ln in lines if not _no_text(ln.box, em)])


def _no_text(box: Box, em: int) -> bool:
    """A line flatter than text (`FLAT_SHARE` of a character) and longer than any dash
    (`FLAT_LONGEST`): a ruling line's remains, an underline or a row of a photocopy's specks
    across a cell, which would be read as nothing, twice (`read_image`), at the cost of a
    line of text as long."""
    return em > 0 and box.height < FLAT_SHARE * em and box.width > FLAT_LONGEST * em


# A cell's line SEAL_BAND ems tall or taller beside a seal's blot, on a grey page: print
# and a grey seal's characters across it (15 under 县农业农村局's ring), which no colour
# tells apart and the rows and columns alone join into one line.  Where most of its ink is
# the seal's (its commonest grey level, 100 or so for a red seal scanned grey) and some is
# SEAL_CONTRAST levels darker or more (print is black: 0-40), that dark ink is the print:
# the line's lines are found in it alone, each widened to the ink round it (print's pale
# edges), and the seal's characters are not read.  Dark ink less than DARK_LEAST of an
# em's square is no character's
SEAL_BAND = 2.0
SEAL_CONTRAST = 60
DARK_LEAST = 0.1
LEVEL_BIN = 8  # grey levels a bin when the commonest level is counted


def print_apart_from_a_grey_seal(grey: np.ndarray, text_ink: np.ndarray, b: Box, em: int
                                 ) -> list[Box]:
    """The lines of print in the line `b` with a grey seal's characters across it, found
    in its dark ink alone (`SEAL_BAND`); none where its ink is of one darkness."""
    here = grey[b.top : b.bottom, b.x0 : b.x1]
    ink_here = text_ink[b.top : b.bottom, b.x0 : b.x1] > 0
    levels = here[ink_here]
    if levels.size == 0:
        return []
    commonest = int(np.argmax(np.bincount(levels // LEVEL_BIN))) * LEVEL_BIN
    cut = commonest - SEAL_CONTRAST
    if cut <= 0 or np.count_nonzero(levels <= cut) < DARK_LEAST * em * em:
        return []
    core = (ink_here & (here <= cut)).astype(np.uint8)
    widened = (cv2.dilate(core, np.ones((3, 3), np.uint8)) > 0) & ink_here
    found = text_lines(np.ascontiguousarray(widened, dtype=np.uint8) * 255,
                       Box(0, 0, b.width, b.height), em=em)
    parts = [Box(b.x0 + p.x0, b.top + p.top, b.x0 + p.x1, b.top + p.bottom) for p in found]
    return parts if parts and all(p.height < b.height for p in parts) else []


def apart_from_blots(text_ink: np.ndarray, beside_blots: np.ndarray, b: Box, em: int
                     ) -> bool:
    """The line `b` beside a seal's blot holds a mark as tall as a character
    (`APART_HEIGHT` of `em`) that keeps clear of the blot: print (the figure 1 alone in
    its cell, a star's arm beside it), where a thinner stretch of the seal's ring runs on
    from the blot."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        np.ascontiguousarray(text_ink[b.top : b.bottom, b.x0 : b.x1]), connectivity=8)
    near = beside_blots[b.top : b.bottom, b.x0 : b.x1] > 0
    touching = set(np.unique(labels[near]).tolist())
    return any(stats[i, cv2.CC_STAT_HEIGHT] >= APART_HEIGHT * em and i not in touching
               for i in range(1, count))


def darkest(grey: np.ndarray, text_ink: np.ndarray, b: Box) -> int:
    """The grey level of the darkest ink of the line `b` (the `DARKEST_SHARE` percentile of
    its ink pixels), 0 where it has none: ink as black as can be counts 1, so that a page
    of black print is measured (its grey seal told by `pale_ink`), not taken as unmeasured."""
    ink_here = text_ink[b.top : b.bottom, b.x0 : b.x1] > 0
    if not ink_here.any():
        return 0
    return max(1, int(np.percentile(grey[b.top : b.bottom, b.x0 : b.x1][ink_here],
                                    DARKEST_SHARE)))


def blots(binary: np.ndarray, scale: float, em: int = 0, rules: np.ndarray | None = None
          ) -> np.ndarray:
    """Ink thicker every way than any stroke of print (`THICKEST_RULE` across): a seal's
    ring and star on a grey page, where no colour told them from the print; read, they
    come out as 1, l or L beside a cell's text.  A seal's ring runs on for many characters
    and its star is two or three wide; a thick patch in a mark of ink smaller than
    BLOT_LEAST ems (`em`, if known) every way is a dense character's strokes run together
    in a low-resolution picture (率 at some 100 dpi, JPEG), print; a grey ring that
    crosses print runs on in it.  `rules`: the page's ruling lines, which a character set
    against its cell's border touches (量 at the foot of a workbook's fitted row, its mark
    then the table's): its mark is measured without them."""
    k = round(THICKEST_RULE / scale) + 1
    thick = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((k, k), np.uint8))
    if em <= 0:
        return thick
    _, labels, stats, _ = cv2.connectedComponentsWithStats(thick, connectivity=8)
    small = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) < BLOT_LEAST * em
    small[0] = False
    if not small.any():
        return thick
    # ... and the ink it lies in is one character's, not a ring's that runs on through print
    drop = _characters_cores(binary, labels, stats, small, em)
    if rules is not None:  # (measured apart from the rules it touches, where it is dense)
        apart = cv2.bitwise_and(binary, cv2.bitwise_not(rules))
        drop |= _characters_cores(apart, labels, stats, small & ~drop, em, DENSE_FILL)
    thick[drop[labels]] = 0
    return thick


# Of its box a dense character's ink fills this much or more (0.66-0.79 at 13 px a line);
# a grey ring's arc between two rules it crosses, 0.37-0.54
DENSE_FILL = 0.6


def _characters_cores(binary: np.ndarray, labels: np.ndarray, stats: np.ndarray,
                      small: np.ndarray, em: int, fill: float = 0.0) -> np.ndarray:
    """Of the thick patches `small` (`labels`, `stats` their components), those whose mark
    of ink in `binary` is smaller than BLOT_LEAST ems every way and fills at least `fill`
    of its box."""
    _, marks, sizes, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    whole = np.maximum(sizes[:, cv2.CC_STAT_WIDTH], sizes[:, cv2.CC_STAT_HEIGHT])
    filled = sizes[:, cv2.CC_STAT_AREA] / np.maximum(
        sizes[:, cv2.CC_STAT_WIDTH] * sizes[:, cv2.CC_STAT_HEIGHT], 1)
    out = np.zeros(len(stats), bool)
    for i in np.flatnonzero(small):
        x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        box = (slice(y, y + stats[i, cv2.CC_STAT_HEIGHT]),
               slice(x, x + stats[i, cv2.CC_STAT_WIDTH]))
        mark = int(marks[box][labels[box] == i][0])
        out[i] = whole[mark] < BLOT_LEAST * em and filled[mark] >= fill
    return out


def to_page(number: int, size: tuple[float, float], scale: float, found: list[Segment],
            read: list[_Read]) -> ScannedPage:
    """Glyphs of every line kept (noise dropped), and one reading per table cell (a noise
    line dropped from a cell stays in its raw reading, and its drop is recorded)."""
    content = PageContent(number, size[0], size[1], segments=found, scanned=True)
    content.glyphs.append(spaces_read(size))
    usual = float(np.median([r.line.box.height for r in read if r.raw] or [0]))
    _flat_signs(read, usual)
    closing = _closing_brackets(read, usual)
    pale = pale_ink(read)
    noise = {id(r) for r in read if r.raw and _noise(r, usual, pale)} | _in_the_margin(
        read, usual)
    noise -= _words_made_whole(read, noise)
    noise |= _marks_beside_a_word([r for r in read if r.raw and id(r) not in noise], pale)
    noise -= closing
    noise |= _borders_read_as_dashes([r for r in read if r.raw and id(r) not in noise], usual)
    kept = [r for r in read if r.raw and id(r) not in noise]
    _in_traditional(kept)
    dropped: dict[tuple[int, int], list[_Read]] = {}
    for r in read:
        if id(r) in noise and r.line.region is not None:
            dropped.setdefault(r.line.region, []).append(r)
    spaced = _followed(kept)
    _wrapped_commas(kept, usual)
    _last_commas(kept)
    _wrapped_brackets(kept)
    wrapped_at_spaces = _letter_spaced_cells(kept)
    _spaced_as_their_column(kept, usual)
    for r in kept:
        content.glyphs += glyphs(r.text, r.line.box, scale, em=usual)
        if id(r) in spaced:
            content.glyphs += _gap(r.line.box, scale, before=spaced[id(r)])
        elif id(r) in wrapped_at_spaces:
            content.glyphs += _gap(r.line.box, scale)[:1]
    return ScannedPage(content, [_recognised(number, parts, scale, dropped.get(region, []))
                                 for region, parts in _by_cell(kept).items()],
                       [_recognised(number, [r], scale) for r in kept if r.line.region is None])


def _in_traditional(kept: list[_Read]) -> None:
    """On a page printed in traditional characters (of its Chinese characters that are
    written one way in each, TRADITIONAL_SHARE or more traditional, at least
    TRADITIONAL_LEAST of them), each character read in a simplified form no traditional
    text writes made traditional (预算 read off 預算, 院内 off 院內: the engine's model
    writes many a character in the simplified form it learned), the change recorded."""
    text = "".join(r.text for r in kept)
    old = sum(map(has_traditional, text))
    new = sum(map(simplified_only, text))
    if old < TRADITIONAL_LEAST or old < TRADITIONAL_SHARE * (old + new):
        return
    for r in kept:
        if (fixed := traditional(r.text)) != r.text:
            r.corrections.append(f"{r.text}→{fixed} (traditional page)")
            r.text = fixed


def pale_ink(read: list[_Read]) -> float:
    """The grey level above which a cell's line of Chinese is a grey seal's (`SEAL_GREY`):
    SEAL_PALER lighter than the page's usual cell line at its darkest, and no darker than
    SEAL_GREY, or on a page of print clipped black FILTERED_SEAL_PALER lighter than its
    usual line; 0 where no line was measured."""
    levels = [r.line.darkest for r in read
              if r.raw and r.line.region is not None and r.line.darkest > 0]
    if not levels:
        return 0.0
    usual = float(np.median(levels))
    if usual <= FILTERED_PRINT:
        return usual + FILTERED_SEAL_PALER
    return max(float(SEAL_GREY), usual + SEAL_PALER)


def _noise(r: _Read, usual: float, pale: float = 0.0) -> bool:
    """A speck, a seal's remains or a signature read as text: in a table cell a line of
    Chinese or letters with no ink as dark as print (`pale`, see `pale_ink`), unless it
    reads as a sign or a dash; outside tables a short reading the engine doubts; anywhere, a
    doubtful reading of punctuation alone (not of a sign that means something alone,
    `SIGNS_ALONE`) or of Latin letters alone, or a
    line too flat to be text that does not read as a dash."""
    loose = r.line.region is None
    if loose and r.confidence < LOOSE_MIN_CONFIDENCE and (
            len(r.raw) < LOOSE_MIN_CHARS or r.sure < LOOSE_SURE_SHARE):
        return True  # (or, however long, hardly a character of it read surely: a grey
        # seal's name beside prose, 湖洋演领 for 普陀区商务委员会, none of its four sure)
    if (loose and r.confidence < SURE and r.sure == 0
            and len("".join(r.text.split())) <= LOOSE_MIN_CHARS):
        return True  # a few characters, none read surely: a watermark's pieces tilted
        # across the page (内部资料 read 保口, 注总, 溪), which stood between a table's foot
        # and its continuation atop the next page and kept the two apart
    if r.confidence < LOOSE_MIN_CONFIDENCE and _letters(r.text):
        return True  # a pen's scrawl across a cell read as letters (chf, ’tarf), with
        # little faith
    if _foreign(r.text):
        return True  # a pen's tick or a ring's arc read as kana (パ, バ): no table is
        # written in them
    if (r.text and set(r.text) <= SIGNS_ALONE and not loose and pale > 0
            and r.confidence < LOOSE_MIN_CONFIDENCE and r.line.darkest > pale + SIGN_PALER):
        return True  # a seal's remains read, with little faith, as a sign (二 as =, its
        # ink far paler than print's): a printed sign is as dark as the text beside it
    if (not loose and r.text and set(r.text) <= DASHES
            and r.line.box.height >= CURVED_SHARE * usual):
        return True  # a pen's ring round a figure, its arc read as 一: a dash is one
        # straight stroke, a few pixels tall; ink read as one that is as tall as this
        # curves
    if (r.text and set(r.text) <= SIGNS_ALONE - FLAT_SIGNS and r.confidence < SURE
            and r.line.box.height < FLAT_SHARE * usual):
        return True  # a sign with a slant or a curve (≦, %) stands a character tall: one
        # read with doubt from a flat mark is a bit of a ring by the border (MR → ≦)
    if r.text and set(r.text) <= SIGNS_ALONE:
        return False  # a comparator the mark's shape showed (V read, ≥ on the page)
    if (not loose and pale > 0 and r.line.darkest > pale
            and r.line.box.height >= FLAT_SHARE * usual and not set(r.text) <= DASHES
            and any(is_cjk(ch) or (ch.isascii() and ch.isalpha()) for ch in r.raw)
            and not (r.confidence >= SURE and "".join(r.text.split()) in FORM_WORD_SET)
            and not (r.confidence >= LOOSE_MIN_CONFIDENCE and _NUMBERING.fullmatch(r.text))
            and not _phrase_of_print(r, usual)):
        return True  # a grey seal's characters (`SEAL_GREY`), read as such or as letters;
        # a dash alone (一 read), a stroke one or two pixels thick, is as pale; a label or
        # a header's word read surely is print a lamp's glare paled (实施单位, 年初预算数):
        # no seal bears one (its unit's name it does: that one is not kept so), nor a
        # list's number (`_NUMBERING`), nor a long phrase read surely (`_phrase_of_print`)
    if (not loose and pale > 0 and r.line.darkest > pale and _NUMBER.fullmatch(r.text) and (
            (r.confidence < SURE and r.line.box.height < SMALL_SHARE * usual)
            or r.confidence < LOOSE_MIN_CONFIDENCE)):
        return True  # a bit of a seal's character read, doubtfully, as a figure (the 4
        # under 100%): smaller than print and paler, or as tall with little faith (a 1
        # beside =100%, a received stamp's date 2023.3.8 across 4种 read 8.81); a figure
        # of print is as dark as text
    if r.confidence < LOOSE_MIN_CONFIDENCE and _from_the_border(r.line) and not (
            len(r.raw) >= LONG_LINE and r.sure >= SURE_SHARE):
        return True  # a stroke running in from beyond the border; not a long line read
        # surely but for one character (1712486㎡ read 1712486m, its m doubted)
    if r.line.by_blot and not r.line.apart and (r.raw in STROKES_ALONE or r.raw in DASHES):
        return True  # a thinner stretch of a grey seal's ring, or a tip of its star,
        # beside the part left out
    if (r.line.by_blot and not loose and len(r.raw) == 1 and r.confidence < SURE
            and r.line.box.width > WIDE_FOR_ONE * usual and r.text not in DASHES):
        return True  # an arc of a grey seal's ring read, doubtfully, as one character
        # (a 7): its ink runs wider than any one character's
    if (len(r.text) == 1 and correct.ideograph(r.text) and r.confidence < SURE
            and (r.line.inked or r.line.box.width) > WIDE_FOR_ONE * usual):
        return True  # a pen's wavy scrawl across a blank cell read, doubtfully, as one
        # Chinese character (八, its ink 2.2 characters wide): a character is a square
        # (a crease's flat shadow beside one is no part of its width: `lines.inked_width`)
    if (not loose and len(r.text) == 1 and r.confidence < LOOSE_MIN_CONFIDENCE
            and r.line.box.height > SCRAWL_SHARE * usual):
        return True  # a pen's scrawl read, with little faith, as one character (心 over
        # 产出指标): its ink runs over rows of print; a printed character is a line tall
    flat = r.line.box.height < FLAT_SHARE * usual
    if flat and not set(r.text) <= DASHES | SIGNS_ALONE:
        return True
    if flat and set(r.text) <= DASHES and r.line.box.width >= DASH_LENGTH[0] * usual:
        return False  # a dash alone (a placeholder), however doubtful: no speck is as long
    return r.confidence < SPECK_CONFIDENCE and not any(
        ch.isalnum() or ch in SIGNS_ALONE for ch in r.raw)


def _phrase_of_print(r: _Read, usual: float) -> bool:
    """A line of PRINTED_PHRASE Chinese characters or more, every one read surely and none
    taller than print, that neither ends as a unit's name nor holds a seal's word: no
    seal bears such a line, so it is print however pale."""
    text = "".join(r.text.split())
    return (sum(map(correct.ideograph, text)) >= PRINTED_PHRASE and r.sure >= 1.0
            and r.confidence >= SURE and r.line.box.height <= PRINT_TALL * usual
            and not text.endswith(NAME_ENDINGS) and SEAL_WORD not in text)


def _words_made_whole(read: list[_Read], noise: set[int]) -> set[int]:
    """The lines taken for noise, read surely, without which their cell's lines read no
    word the form prints and with which they read one: print, however pale (标 at the foot
    of 产 / 出 / 指 / 标 stacked in a narrow cell, paler where an oblique photo's light fell
    off: a seal bears no 产出指标).  The reverse of `_marks_beside_a_word`."""
    out: set[int] = set()
    for parts in _by_cell([r for r in read if r.raw]).values():
        lost = [r for r in parts if id(r) in noise]
        if not lost or any(r.confidence < SURE for r in lost):
            continue
        whole = "".join("".join(r.text.split()) for r in parts)
        rest = "".join("".join(r.text.split()) for r in parts if id(r) not in noise)
        if whole in FORM_WORD_SET and rest not in FORM_WORD_SET:
            out |= {id(r) for r in lost}
    return out


def _marks_beside_a_word(read: list[_Read], pale: float) -> set[int]:
    """In a cell whose lines, less a few short ones, read a known cell word (a level name,
    a header word, a label) that the whole does not, those short lines where they look
    like a seal's or a pen's, not print: a seal's character over 效益指标 (安 / 效益指标),
    the ring read as a kana (バ), a pale stroke (1 / 社会效益 / 指标).  So too beside a
    figure (a value: 100%, ≥90%) a short line of Chinese the engine doubted (a black
    seal's 局 over 100%), where a unit wrapped under its figure is print, read surely
    (9 / 人); and above or below a name in Chinese a doubted line of figures or marks
    alone (a seal's 大 read as 1. over 资金执行率), where print would keep a number with
    the text it numbers.  A short line of print stays (服务对象满意度指标 / 等).  And a
    Latin letter alone on its line in a cell of Chinese text with no other letter, however
    surely read: a pen's tick (J over 执行统一规定)."""
    out: set[int] = set()
    for parts in _by_cell(read).values():
        out |= _ticks(parts)
        marks = [r for r in parts if len(r.text) <= MARK_CHARS and _seal_like(r, pale)]
        if not marks or len(marks) == len(parts):
            continue
        mark_ids = {id(r) for r in marks}
        rest = "".join("".join(r.text.split()) for r in parts if id(r) not in mark_ids)
        whole = "".join("".join(r.text.split()) for r in parts)
        if rest in CELL_WORD_SET and whole not in CELL_WORD_SET and (
                correct.one_off(whole) is None):  # 部內 / 名称: 部门名称 misread, not a mark
            out |= {id(r) for r in marks}
        elif _FIGURE_VALUE.fullmatch(rest):
            out |= {id(r) for r in marks if r.confidence < SURE
                    and all(correct.ideograph(ch) for ch in r.text)}
        elif sum(map(correct.ideograph, rest)) >= TEXT_BESIDE:
            out |= {id(r) for r in marks if r.confidence < SURE
                    and not any(ch.isalpha() for ch in r.text)}
    return out


def _ticks(parts: list[_Read]) -> set[int]:
    """A cell's lines that are a Latin letter alone, where the rest is Chinese text with no
    letter: a pen's tick read as a letter, however surely (J on a line of its own over
    执行统一规定: no cell of Chinese text holds one Latin letter alone on a line); and the
    lines of ticks alone beside a label or a figure, and no box (a choice's)."""
    ticks = {id(r) for r in parts if len(r.text) == 1 and r.text.isascii() and r.text.isalpha()}
    rest = "".join(r.text for r in parts if id(r) not in ticks)
    out = set()
    if ticks and sum(map(correct.ideograph, rest)) >= TEXT_BESIDE and not any(
            ch.isascii() and ch.isalpha() for ch in rest):
        out = ticks
    marked = {id(r) for r in parts if r.text and set(r.text) <= correct.TICKS}
    rest = "".join(r.text for r in parts if id(r) not in marked)
    if marked and not correct.BOXES & set(rest) and (
            sum(map(correct.ideograph, rest)) >= TEXT_BESIDE or _FIGURE_VALUE.fullmatch(rest)):
        out |= marked  # a tick on a line of its own beside a label or a value (實施單位 / √,
        # 0.00 / √√): the reviewer's, as no label or value is written with one
    return out


def _seal_like(r: _Read, pale: float) -> bool:
    """A reading that looks like a seal's or a pen's ink: it touches a seal's blot, the
    engine doubted it, its ink is paler than print, or it holds a script no such table
    is written in (kana, hangul: a ring's arc read as バ)."""
    return (r.line.by_blot or r.confidence < SURE or (pale > 0 and r.line.darkest > pale)
            or any(unicodedata.name(ch, "").startswith(FOREIGN_SCRIPTS) for ch in r.text))


def _from_the_border(line: _Line) -> bool:
    """The line's ink reaches its cell's side, where the cell's inside begins (`INSET`
    from the border): ink that runs in from beyond the border (a seal's ring, a pen's
    stroke), where a cell's text keeps its margin.  Read with little faith, it is noise."""
    cell = line.cell
    return cell is not None and (line.box.x0 <= cell.x0 or line.box.x1 >= cell.x1)


def _foreign(text: str) -> bool:
    """Characters of a script no such table is written in (`FOREIGN_SCRIPTS`), or Latin
    letters with an accent (à, è: a speck by a night photo's edge), and nothing else but
    punctuation."""
    marks = [ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "P"]
    return bool(marks) and all(
        unicodedata.name(ch, "").startswith(FOREIGN_SCRIPTS) or correct.accented_letter(ch)
        for ch in marks)


def _in_the_margin(read: list[_Read], usual: float) -> set[int]:
    """Loose characters read alone beyond the ends of every loose line of text on the page,
    right or left, with doubt or from a speck far smaller than a character (`SMALL_SHARE`
    of a line): the sheet's edge against a desk in a night photo, broken into pieces (1, l)
    and grains (3, 5, à), not print (a page number stands inside the text's width, a line
    tall, read surely)."""
    text = [r.line.box for r in read  # (lines read surely: a desk's grain read as a
            if r.line.region is None and len(r.raw) >= LOOSE_MIN_CHARS  # row of doubted
            and r.sure >= MARGIN_SURE_SHARE]  # figures runs to the picture's edge)
    if not text:
        return set()
    left, right = min(b.x0 for b in text), max(b.x1 for b in text)
    return {id(r) for r in read
            if r.line.region is None and len(r.raw) == 1
            and (r.confidence < SURE or r.line.box.height < SMALL_SHARE * usual)
            and (r.line.box.x0 > right or r.line.box.x1 < left)}


def _letters(text: str) -> bool:
    """Latin letters, and nothing else but punctuation (a pen's loops read as ’ or ,)."""
    return any(ch.isascii() and ch.isalpha() for ch in text) and all(
        (ch.isascii() and ch.isalpha()) or unicodedata.category(ch).startswith("P")
        for ch in text)


def _flat_signs(read: list[_Read], em: float) -> None:
    """A flat mark alone in its cell read as a character of that shape: the sign it is
    (`FLAT_BARS`: 二 is =, up to `BARS_SHARE` of a line tall; a dash, — or - by its
    length, `HYPHEN_LENGTH`).  Recorded
    (flat mark).  (A 一 on a line of its own under others is a wrapped line's last
    character; a line read with doubt, none of its characters sure, a seal's ring across
    the cell read 術數, is no such line.)"""
    def believed(r: _Read) -> bool:
        return bool(r.raw) and (r.sure > 0 or r.confidence >= SURE)

    lines = Counter(r.line.region for r in read if believed(r))
    for r in read:
        flat = (BARS_SHARE if r.text in FLAT_BARS else FLAT_SHARE) * em
        if (em <= 0 or r.line.box.height >= flat or len(r.text) != 1
                or r.line.region is None or lines[r.line.region] - believed(r) > 0):
            continue  # (the mark itself may be doubted: a night photo's 二 for =)
        sign = FLAT_BARS.get(r.text)
        if r.text in FLAT_DASHES:
            sign = "-" if r.line.box.width < HYPHEN_LENGTH * em else "—"
        if sign and sign != r.text:
            r.corrections.append(f"{r.text}→{sign} (flat mark)")
            r.text = sign


def _wrapped_commas(read: list[_Read], em: float) -> None:
    """A comma that ends a line of a cell the next line of which goes on in Chinese (a
    wrapped line) is as wide as the room the line leaves before where the cell's lines
    end (its other wrapped lines, else its right border less its left margin): the
    engine tells ， from , by shape, but at a line's end nothing follows to measure the
    blank against (`correct.comma`).  A semicolon likewise.  Recorded (comma width)."""
    cells = _by_cell(read)
    for parts in cells.values():
        for r, after in itertools.pairwise(parts):
            if (em <= 0 or len(r.text) < 2 or r.text[-1] not in COMMAS | SEMICOLONS
                    or not is_cjk(r.text[-2]) or not is_cjk(after.text[:1] or " ")):
                continue
            others = [p.line.box.x1 for p in parts[:-1] if p is not r]
            cell = r.line.cell
            if others and max(others) >= r.line.box.x1 - FULL_LINE * em:
                edge = float(max(others))  # (shorter, they ended paragraphs: no measure)
            elif cell is not None:
                edge = cell.x1 - max(0, min(p.line.box.x0 for p in parts) - cell.x0)
            else:
                continue
            room = (edge - r.line.box.x1) / em
            full, half = ("，", ",") if r.text[-1] in COMMAS else ("；", ";")
            wide = full if WIDE_COMMA_ROOM[0] <= room <= WIDE_COMMA_ROOM[1] else None
            width = half if room <= NARROW_COMMA_ROOM else wide
            if width and width != r.text[-1]:
                fixed = r.text[:-1] + width
                r.corrections.append(f"{r.text}→{fixed} (comma width)")
                r.text = fixed


def _last_commas(read: list[_Read]) -> None:
    """A comma that ends a cell's text after a Chinese character (…发放完毕,) has nothing
    after it to measure, nor a line after it to wrap to: it takes the width of the cell's
    other commas where they are all of one width (a clerk types one kind throughout a
    cell).  Recorded (comma width)."""
    for parts in _by_cell(read).values():
        last = parts[-1]
        if len(last.text) < 2 or last.text[-1] not in COMMAS or not is_cjk(last.text[-2]):
            continue
        others = {ch for r in parts for ch in (r.text[:-1] if r is last else r.text)
                  if ch in COMMAS}
        if len(others) == 1 and (width := next(iter(others))) != last.text[-1]:
            fixed = last.text[:-1] + width
            last.corrections.append(f"{last.text}→{fixed} (comma width)")
            last.text = fixed


def _closing_brackets(read: list[_Read], em: float) -> set[int]:
    """A narrow mark alone on the line under a cell's text that leaves a bracket open is
    its closing bracket, wrapped (可持续发展能力(15分 | ), read D, made 0, then dropped as
    a mark beside a word): it takes the width of the bracket it closes, recorded, and is
    kept (returned)."""
    kept: set[int] = set()
    for parts in _by_cell(read).values():
        last = ""  # the last bracket of the cell's lines so far
        for above, r in itertools.pairwise(parts):
            last = next((ch for ch in reversed(above.text) if ch in "(（)）"), last)
            if (len(r.raw) != 1 or r.raw not in CLOSING_LOOKALIKES
                    or r.line.box.width > NARROW_MARK * em or last not in ("(", "（")
                    or above.line.box.bottom > r.line.box.top):
                continue
            closing = ")" if last == "(" else "）"
            if r.text != closing:  # (as the engine read it: D, not the 0 `correct` made)
                r.corrections = [f"{r.raw}→{closing} (closing bracket)"]
                r.text = closing
            kept.add(id(r))
    return kept


def _wrapped_brackets(read: list[_Read]) -> None:
    """A bracket a cell's line leaves open, read full-width (`correct.bracket_width`), is
    closed full-width on a later line of the cell (预算执行进度（11 | 月)): the pair is
    one width.  Recorded (bracket width)."""
    for parts in _by_cell(read).values():
        depth = 0  # full-width brackets left open by the lines above
        for r in parts:
            chars = list(r.text)
            for i, ch in enumerate(chars):
                if ch == "（":
                    depth += 1
                elif ch in ")）" and depth:
                    depth -= 1
                    chars[i] = "）"
            fixed = "".join(chars)
            if fixed != r.text:
                r.corrections.append(f"{r.text}→{fixed} (bracket width)")
                r.text = fixed


def _borders_read_as_dashes(read: list[_Read], usual: float) -> set[int]:
    """In a cell whose other lines read text, the flat lines read as dashes alone: what a
    crumpled sheet's waving border left inside the cell, read as 一 before or after its
    text (≥1290.3平方米一, 一1年); a dash that stands for a value stands alone in its cell."""
    out: set[int] = set()
    for parts in _by_cell(read).values():
        dashes = {id(r) for r in parts if r.text and set(r.text) <= DASHES
                  and r.line.box.height < FLAT_SHARE * usual}
        if dashes and any(ch.isalnum() for r in parts if id(r) not in dashes for ch in r.text):
            out |= dashes
    return out


def _by_cell(read: list[_Read]) -> dict[tuple[int, int], list[_Read]]:
    """The lines read in table cells, by cell, in their order."""
    cells: dict[tuple[int, int], list[_Read]] = {}
    for r in read:
        if r.line.region is not None:
            cells.setdefault(r.line.region, []).append(r)
    return cells


def _letter_spaced_cells(read: list[_Read]) -> set[int]:
    """A cell of two lines or more, each of two Chinese characters or more, whose blanks
    between characters are every one wider than Chinese characters leave and on average a
    typed space's (`correct.typed_space`'s measures): a letter-spaced name wrapped in a
    narrow cell (产 出 / 指 标), whose every line is spaced and whose wraps fell at spaces.
    Its lines are spaced (recorded); the lines after which the cell wrapped are returned,
    to end with the space it wrapped at."""
    cells = _by_cell(read)
    wrapped: set[int] = set()
    for parts in cells.values():
        if len(parts) < 2 or not all(
                r.text == r.raw and len(r.raw) >= 2 and all(map(correct.ideograph, r.raw))
                and len(r.blanks) == len(r.raw) for r in parts):
            continue
        if not correct.letter_spacing([b or 0.0 for r in parts for b in r.blanks[:-1]]):
            continue
        for r in parts:
            fixed = " ".join(r.text)
            r.corrections.append(f"{r.text}→{fixed} (space)")
            r.text = fixed
        wrapped |= {id(r) for r in parts[:-1]}
    return wrapped


# a run of SPACED_RUN Chinese characters or more, a space after each but the last
_SPACED = re.compile(f"[\u3400-\u9fff](?: [\u3400-\u9fff]){{{SPACED_RUN - 1},}}")


def _spaced_as_their_column(read: list[_Read], em: float) -> None:
    """A run of Chinese characters in a cell whose every blank is wider than characters
    leave (`LOOSE_BLANK`), though not a typed space's on average, spaced as a letter-spaced
    run the page showed in another cell of the same column: a template spaces its level
    names alike (产 出 指 标 (50分) read spaced, its blanks 0.32, 0.32, 0.23 ems; 效 益 指 标
    (30分) below it measured 0.27, 0.27, 0.23, short of SPACED_BLANK).  Recorded."""
    spaced = [r.line.cell for r in read if r.line.cell is not None and _SPACED.search(r.text)]
    if not spaced:
        return
    for r in read:
        cell = r.line.cell
        if (cell is None or _SPACED.search(r.text) or len(r.blanks) != len(r.raw)
                or not any(abs(cell.x0 - c.x0) <= em and abs(cell.x1 - c.x1) <= em
                           for c in spaced)):
            continue
        for i, j in correct.loose_runs(r.raw, r.blanks):
            run = r.raw[i : j + 1]
            if r.text.count(run) == 1:
                fixed = r.text.replace(run, " ".join(run))
                r.corrections.append(f"{r.text}→{fixed} (space, as its column)")
                r.text = fixed


def _followed(read: list[_Read]) -> dict[int, int]:
    """The phrases outside tables that another phrase follows on the same line (`text_lines`
    cut them apart at a wide gap), each with where the next begins (pixels): the gap is
    kept as spaces, as a text PDF draws it (单位名称:某局    填报日期:…), so that the two are
    not read as one."""
    bands: dict[tuple[int, int], list[_Read]] = {}
    for r in read:
        if r.line.region is None:
            bands.setdefault((r.line.box.top, r.line.box.bottom), []).append(r)
    out: dict[int, int] = {}
    for band in bands.values():
        ordered = sorted(band, key=lambda r: r.line.box.x0)
        for r, after in itertools.pairwise(ordered):
            out[id(r)] = after.line.box.x0
    return out


def _recognised(number: int, parts: list[_Read], scale: float,
                dropped: list[_Read] | None = None) -> Recognised:
    """A cell's reading: its lines' texts joined, the least confidence, their box; the
    raw reading has also the lines dropped as noise (in the order of the lines), and each
    drop is a correction."""
    boxes = [p.line.box for p in parts]
    box = (min(b.x0 for b in boxes) * scale, min(b.top for b in boxes) * scale,
           max(b.x1 for b in boxes) * scale, max(b.bottom for b in boxes) * scale)
    every = sorted([*parts, *(dropped or [])], key=lambda p: (p.line.box.top, p.line.box.x0))
    return Recognised(
        text="".join(p.text for p in parts),
        raw="".join(p.raw for p in every),
        confidence=min(p.confidence for p in parts),
        page=number,
        box=(round(box[0], 1), round(box[1], 1), round(box[2], 1), round(box[3], 1)),
        corrections=[*(f for p in parts for f in p.corrections),
                     *(f"{d.raw}{NOISE_MARK}" for d in dropped or [])],
    )


def glyphs(text: str, box: Box, scale: float, *, em: float = 0.0) -> list[Glyph]:
    """The line's characters spread over its box, in points, a Chinese character (and a
    full-width mark) twice as wide as a digit or a letter.  Their size is the
    page's usual line height `em` (px) or the box's, if taller: a line of digits or of 一
    is flatter than its neighbours in the cell, but of the same type (the PDF chain joins
    wrapped lines of one size only).  A full-width mark at the end whose ink sits at the
    left of its square (、，。) ends the line half a square further, where the text PDF's
    glyph ends (the chain asks how much room a line left before the cell's edge).  A box
    taller than the usual line by less than LARGER_TYPE is of the usual size too: what
    makes it taller is a seal's or a pen's remains caught in its band, not larger type.
    A line of one or two Chinese characters (`SQUARED`) takes their squares, not their
    ink: 日 alone on a line is inked over two thirds of its square, and the chain asks
    whether that square would have fitted on the line above.  A box taller still is of
    the usual size where its characters stand at the usual pitch (`LARGER_PITCH`): a
    signature's stroke across a line of a value makes its box half as tall again, and the
    line must still be joined to the wrapped line below it; so is a box wider than larger
    type would stand at its own height (a pen's stroke caught beside 旅游局, the wrapped
    end of the unit's name above it)."""
    if not text:
        return []
    widths = [1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text]
    squares = sum(widths)
    inked = box.x1 - box.x0 + (max(em, 1.0) / 2 if text[-1] in INK_AT_LEFT else 0.0)
    usual_pitch = squares >= PITCH_SQUARES and inked < LARGER_PITCH * max(em, 1.0) * squares
    larger = (box.height >= LARGER_TYPE * em and not usual_pitch
              and box.x1 - box.x0 <= LARGER_PITCH * box.height * squares)
    em = box.height if larger else max(em, 1.0)
    x0, x1 = float(box.x0), box.x1 + (em / 2 if text[-1] in INK_AT_LEFT else 0)
    if len(text) <= SQUARED and all(w == 1.0 for w in widths) and x1 - x0 < len(text) * em:
        mid = (x0 + x1) / 2
        x0, x1 = mid - len(text) * em / 2, mid + len(text) * em / 2
    step = (x1 - x0) / squares
    out, x = [], x0
    for ch, w in zip(text, widths, strict=True):
        out.append(Glyph(ch, x * scale, (x + w * step) * scale, box.top * scale,
                         box.bottom * scale, em * scale, True))
        x += w * step
    return out


def spaces_read(size: tuple[float, float]) -> Glyph:
    """A space at the page's foot, alone on its line (which, only a space, is no line):
    the recogniser reads the spaces a page shows (between words, in a figure's groups),
    so a scanned page draws its spaces as a text PDF that draws them does, and the page
    chain is told so (`blocks.page_items` asks whether any glyph is a space): a word
    broken between two lines of a narrow cell (1250KV / A变压器) is one word, where on a
    page without a space read the chain took two Latin letters across a wrap for two
    words."""
    h = size[1]
    return Glyph(" ", 0.0, 1.0, h - 1.0, h, 1.0, True)


def _gap(box: Box, scale: float, before: int | None = None) -> list[Glyph]:
    """Two spaces after the box: what stands between two phrases of a line; set just
    `before` the next phrase (pixels), a quarter em each, where the gap parts two phrases:
    the opening blanks of the next, not a blank closing this one (where the phrases are
    two cells of a table drawn with no lines, `pdf.aligned`, this one's text wraps on
    without a space: 保证完成规划环 / 评率)."""
    size, step = box.height * scale, box.height * scale / 2
    x = box.x1 * scale
    if before is not None:
        step = size / 4
        x = max(x, before * scale - 2 * step)
    return [Glyph(" ", x + i * step, x + (i + 1) * step, box.top * scale, box.bottom * scale,
                  size, True) for i in range(2)]


def _check(deadline: float, number: int) -> None:
    if time.monotonic() > deadline:
        raise LimitExceeded(
            f"page {number} takes too long to read by OCR (the time limit per scanned "
            "page); "
            "check that page, or raise JIXIAO_MAX_SCAN_PAGE_SECONDS"
        )
