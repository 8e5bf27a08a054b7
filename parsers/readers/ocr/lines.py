"""Where the lines are, in a prepared page image (pixels): the table's ruling lines by
morphology, and the text lines by ink projections.

    ruling          long thin runs of ink, horizontal and vertical (an opening with a long
                    flat kernel keeps only those), as `Segment`s for the PDF table finder
    text_lines      inside a box, the bands of rows holding ink, each trimmed to its ink;
                    outside tables, a band is cut where a wide gap separates two phrases
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

import cv2
import numpy as np

from jixiao.parsers.readers.pdf.page import Segment
from jixiao.parsers.readers.pdf.ruled import OPEN_ALIGN, OPEN_MIN_VERTICALS

# A ruling line is longer than this share of the page's width (height): longer than the
# strokes of three or four characters in a row (一二, 提升), so that text is never a rule.
H_LINE_SHARE = 15
V_LINE_SHARE = 50
# ... or, on a page whose characters' height is known (`text_height`), longer than this
# many characters' heights: no stroke of one character is, and a border between the cells
# of a row of one line of text is
STROKE_SHARE = 1.3
FAINT_GAP = 5  # px: the gaps closed in a faint line (`_opened`)
TEXT_PERCENTILE = 90  # the height of a whole character among the marks (radicals apart)
MIN_MARKS = 50  # marks needed to tell the characters' height
MIN_INK_ROWS = 4  # px: a band thinner than this is a speck or the rest of a border
JOIN_ROWS = 2  # px: bands this close are one (a character's parts, 二 and 三)
PAD = 8  # px of paper kept around a text line for the recogniser
BRIDGE = 30.0  # pt: the longest gap a seal or a pen leaves in a ruling line
SNAP = 3.0  # pt: pieces this close across are on one line
TOUCH = 4.0  # pt: a gap's end this close to a crossing line is at that line
PHRASE_GAP = 2.5  # line heights: a wider gap outside tables separates two phrases
# ... and on a page where no table's lines were found (a fax's, a crumpled sheet's), a
# gap as wide as a line is tall: two cells' texts, their border lost between them (a cell's
# margins are half an em each), read apart so that their columns can be found
CELL_GAP = 1.0
# A ruling piece shorter than this many characters' heights is a cell's border only where
# both its ends meet a crossing line (within TOUCH): a border runs from one crossing line
# to the next, while the arcs of a seal's ring, its star and its characters on a grey scan
# (where no colour tells the seal from the print) float inside the cells they cross
FLOATING = 8.0
# pt: no border of these tables is drawn thicker (they are 0.5 to 1.5 pt, a frame at most
# 2.25 pt, which blur and JPEG widen); the arc of a seal's ring, as the opening keeps it,
# is (its stroke is ~4 pt, and it curves)
THICKEST_RULE = 3.5
# A vertical ruling piece shorter than FLOATING characters' heights with ink beside it
# (BESIDE px off either side, past a border's own blur) along more than this share of its
# length is a character's stroke that a grey seal's ring, crossing it, made as long as a
# row is high (the 卜 of 补): a cell's text keeps clear of its borders.
EMBEDDED = 0.3
BESIDE = (3, 6)  # px off the piece's middle
# pt: a vertical border's end that falls this short of the next crossing line or more is
# no border's end (which meets its line) but a stub, where text beside it lengthened it
STUB_SHORT = 1.5


@dataclass(frozen=True, slots=True)
class Box:
    x0: int
    top: int
    x1: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.x1 - self.x0


def ruling_masks(binary: np.ndarray, faint: np.ndarray | None = None, *,
                 dotted: bool = True, em: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling lines as masks; a short closing first bridges the
    gaps that scanning and a seal's removal leave in a line.  `faint`: the page's faint
    marks too (`image.faint_ink`), where a line may be printed light grey: a pale line
    one pixel thin is found in pieces, a row or column apart where the page was turned,
    so there each mark is widened by a pixel across first (`_opened`).  `dotted`: dotted
    and dashed lines too (`dashed`; not needed to tell which way up a page is).  `em`:
    `text_height(binary)`, where the caller has it already."""
    h, w = binary.shape
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // H_LINE_SHARE, 10), 1))
    tall = h // V_LINE_SHARE
    em = text_height(binary) if em is None else em
    if em:  # a border between two cells of a one-line row is shorter than h / 50, and
        # longer than any stroke of a character (a landscape page's h / 50, or a close-up's,
        # is shorter than the upright strokes of its characters: 出, 门, 市)
        tall = max(min(tall, round(STROKE_SHARE * em)), em)
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(tall, 10)))
    horizontal = _opened(binary if faint is None else _faint_gaps_filled(binary, faint, True),
                         hk, True)
    vertical = _opened(binary if faint is None else _faint_gaps_filled(binary, faint, False),
                       vk, False)
    marks = binary if faint is None else cv2.bitwise_or(binary, faint)
    if faint is not None and _few_rows(horizontal):
        pale_h = _opened(faint, hk, True, widen=True)
        pale_v = _opened(faint, vk, False, widen=True)
        crossing_h, crossing_v = vertical | pale_v, horizontal | pale_h
        horizontal |= _faint_lines(pale_h, binary, marks, True, em, crossing_h)
        vertical |= _faint_lines(pale_v, binary, marks, False, em, crossing_v)
    if em and dotted:
        horizontal |= _wavy(binary, hk, em, horizontal)
        more_h, more_v = dashed(marks, em, hk, vk)
        horizontal |= more_h
        vertical |= more_v
    return horizontal, vertical


# A crumpled sheet's borders wave: a flat line two or three pixels thick that climbs a
# pixel every thirty or so is no run along one row of pixels as long as the opening's
# kernel, so the opening finds it in pieces or not at all (a photo of a crumpled 自评表:
# four rows' borders lost, their cells read as one).  Each mark a pixel taller either side,
# and the page turned WAVY_ANGLES degrees either way (where a bend climbs steeper), such a
# line is one run.  Of a run so found, the columns where it is no taller than WAVY_THICK
# of a character's height (the foot of a grey seal's ring beside a border joins the
# border's run, and makes it taller there) BROKEN_PIECE characters' heights wide or wider,
# side by side, are a border's, where they are clear of other ink above and below (BESIDE
# px off) along all but EMBEDDED of them (`_clear`: a row of text's strokes, level by
# chance, has the rest of its characters there).
WAVY_ANGLES = (-3.0, 3.0)
WAVY_THICK = 0.25


def _wavy(binary: np.ndarray, kernel: np.ndarray, em: int, flat: np.ndarray) -> np.ndarray:
    """The flat borders that wave (above), as a mask of the print's own pixels, on a page
    whose characters are `em` px tall, beyond the lines `flat` found already."""
    wide = cv2.dilate(binary, np.ones((3, 1), np.uint8))
    found = _opened(wide, kernel, True)
    h, w = binary.shape
    for angle in WAVY_ANGLES:
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        back = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
        opened = _opened(cv2.warpAffine(wide, turn, (w, h), flags=cv2.INTER_NEAREST),
                         kernel, True)
        found |= cv2.warpAffine(opened, back, (w, h), flags=cv2.INTER_NEAREST)
    # (a pixel off where turned back: kept where the marks are)
    found = cv2.bitwise_and(cv2.dilate(found, np.ones((3, 3), np.uint8)), wide)
    count, labels, boxes, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
    for k in range(1, count):
        x, y, bw, bh = (int(v) for v in boxes[k, :4])
        here = labels[y:y + bh, x:x + bw] == k
        found[y:y + bh, x:x + bw][here & ~_border_columns(binary, here, x, y, em)] = 0
    # the lines `flat` found already stay as found: what runs beside them (their edge rows,
    # a pixel off their runs) would make them thicker, and the text beside them thinner
    reach = round(WAVY_THICK * em)
    near = cv2.dilate(flat, np.ones((2 * reach + 1, 3), np.uint8))
    return cv2.bitwise_and(cv2.bitwise_and(found, binary), cv2.bitwise_not(near))


def _border_columns(binary: np.ndarray, here: np.ndarray, x: int, y: int, em: int
                    ) -> np.ndarray:
    """The columns of a flat run's mask `here` (its box's corner at `x`, `y`) that are a
    border's (above), as a row of booleans."""
    inside = here.any(axis=0)
    tops = y + here.argmax(axis=0)
    bottoms = y + here.shape[0] - 1 - here[::-1].argmax(axis=0)
    xs = x + np.arange(here.shape[1])
    beside = np.zeros(here.shape[1], bool)
    for d in range(*BESIDE):
        for rows in (tops - d, bottoms + d):
            ok = (rows >= 0) & (rows < binary.shape[0])
            beside[ok] |= binary[rows[ok], xs[ok]] > 0
    good = inside & (bottoms - tops + 1 <= WAVY_THICK * em + 2)
    if not good.any() or float(beside[good].mean()) > EMBEDDED:
        return np.zeros(here.shape[1], bool)
    least = BROKEN_PIECE * em
    for a, b in _runs(good, 0):
        if b - a < least:
            good[a:b] = False
    return good


# A faded border is dark in stretches with gaps between them where its ink is only faint,
# and here and there a pixel paler still: gaps wider than the closing in `_opened` bridges,
# that cut a short row's border into pieces too short to be lines (a faded 自评表's last
# row, alone atop a page: two of its eleven borders lost, its 100 | 100 and % | 7 read as
# one cell each).  A faint mark in a line's gap, with print on both sides of it along the
# line within FILLED_GAP px, is the line's.
FILLED_GAP = 3  # px


def _faint_gaps_filled(binary: np.ndarray, faint: np.ndarray, across: bool) -> np.ndarray:
    """The print with the faint marks in its gaps along lines `across` (flat) or down;
    not within FAINT_EDGE of the picture's sides across such lines, where a photo, its
    sheet warped flat, keeps the sheet's edge against the desk (a night photo's: filled,
    it ran a column's border up past the table's corner through a goal's last words)."""
    k = FILLED_GAP
    kernel = np.ones((1, k + 1) if across else (k + 1, 1), np.uint8)
    before = cv2.dilate(binary, kernel, anchor=(k, 0) if across else (0, k))
    after = cv2.dilate(binary, kernel, anchor=(0, 0))
    gaps = faint & before & after
    edge = round(FAINT_EDGE * (gaps.shape[0] if across else gaps.shape[1]))
    if edge:
        if across:
            gaps[:edge], gaps[-edge:] = 0, 0
        else:
            gaps[:, :edge], gaps[:, -edge:] = 0, 0
    return cv2.bitwise_or(binary, gaps)


# A faint run is a pale line only where it is pale: a blurred photo's text, its strokes'
# halos joined, can make a faint run along a line of characters' feet; such a run is dark
# ink along more than FAINT_DARK of its length, and has ink beside it (`_clear`, faint
# marks counted: a shaded cell's halftone dots, in rows, lie beside each other), as a
# border has not.  Nor is one within FAINT_EDGE of the picture's side
# across it a table's line: there a photo, its sheet warped flat, keeps the sheet's edge
# against the desk, faint after the light is evened.  And one shorter than FAINT_LONG
# characters' heights is a border only where both its ends meet a crossing line (within
# FAINT_MEET px): the pale edge a seal's ring leaves once its red is taken out is nearly
# straight for a short stretch where it runs across or down, and meets no line.
FAINT_DARK = 0.3
FAINT_EDGE = 0.02
FAINT_LONG = 3.0
FAINT_MEET = 4
FAINT_FEW = 3
FAINT_WIDE = 1 / 6


def _few_rows(horizontal: np.ndarray) -> bool:
    """Fewer than FAINT_FEW flat lines a FAINT_WIDE share of the page wide (the rows of
    the mask that hold so much of it, each run of such rows one line): the print draws no
    table's rows, so pale lines are looked for (a page whose tables are ruled in black has
    no pale ones to find, and a shaded cell's halftone, or a seal's pale edge, would only
    add false ones)."""
    full = np.count_nonzero(horizontal, axis=1) >= FAINT_WIDE * horizontal.shape[1]
    starts = int(np.count_nonzero(full[1:] & ~full[:-1])) + int(full[0]) if len(full) else 0
    return starts < FAINT_FEW


def _faint_lines(found: np.ndarray, binary: np.ndarray, marks: np.ndarray, across: bool,
                 em: int, crossing: np.ndarray) -> np.ndarray:
    """The runs `found` in the faint marks that are pale lines (above), where the print is
    `binary`, every mark (print and faint) `marks` and the lines across them `crossing`."""
    count, runs_, boxes, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
    side = found.shape[0] if across else found.shape[1]
    edge = FAINT_EDGE * side
    m = FAINT_MEET
    for k in range(1, count):
        x, y, w, h = (int(v) for v in boxes[k, :4])
        here = runs_[y:y + h, x:x + w] == k
        dark = (binary[y:y + h, x:x + w] > 0) & here
        along = dark.any(axis=0 if across else 1).mean()
        lo, hi = (y, y + h) if across else (x, x + w)
        if across:
            ends = (crossing[max(y - m, 0):y + h + m, max(x - m, 0):x + m + 1],
                    crossing[max(y - m, 0):y + h + m, max(x + w - 1 - m, 0):x + w + m])
        else:
            ends = (crossing[max(y - m, 0):y + m + 1, max(x - m, 0):x + w + m],
                    crossing[max(y + h - 1 - m, 0):y + h + m, max(x - m, 0):x + w + m])
        short = (w if across else h) < FAINT_LONG * em
        if (lo < edge or hi > side - edge or along > FAINT_DARK
                or (short and not all(end.any() for end in ends))
                or not _clear(marks, (x, y, w, h), across)):
            found[y:y + h, x:x + w][here] = 0
    return found


def _opened(binary: np.ndarray, kernel: np.ndarray, across: bool, *, widen: bool = False
            ) -> np.ndarray:
    """The runs of `binary` as long as `kernel` (`across`: flat), gaps of two pixels
    closed first (and, `widen`, each mark a pixel wider across, either side, and gaps of
    FAINT_GAP closed: a pale line's lightest pixels are no darker than its paper's noise)."""
    gap = 3
    if widen:
        binary = cv2.dilate(binary, np.ones((3, 1) if across else (1, 3), np.uint8))
        gap = FAINT_GAP
    closed = cv2.morphologyEx(binary, cv2.MORPH_CLOSE,
                              np.ones((1, gap) if across else (gap, 1), np.uint8))
    return cv2.morphologyEx(closed, cv2.MORPH_OPEN, kernel)


# A border printed dotted or dashed (a spreadsheet's dotted lines, a Word table's dashed
# ones) is no run of ink the opening above keeps: its dots or dashes are marks at most
# DOT_THIN of a character's height thick and DASH_LONG long, in a row with gaps of at most
# DASH_GAP, at least DASH_COUNT of them, alike in length and in spacing (DASH_EVEN of
# their lengths, and of the steps from one mark's start to the next's, within DASH_NEAR
# of the median: a crossing line takes a mark here and there, and at a dot's size a pixel
# is a large share).  Text's flat marks (a decimal point, a hyphen, 一) never line up so,
# many and evenly; an ellipsis (……) is too short for a rule.
DOT_THIN = 0.15
DASH_LONG = 1.2
DASH_GAP = 0.6
DASH_COUNT = 6
DASH_EVEN = 0.75
DASH_NEAR = 0.3
DASH_ON = 3  # px
DASH_ROW = 3


Stretch = tuple[float, float, "float | None", tuple[int, int, int, int], np.ndarray]


def dashed(binary: np.ndarray, em: int, hk: np.ndarray, vk: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """The masks of the dotted and dashed lines (above), flat and upright.  A stretch of
    marks as long as the opening's kernel for solid lines (`hk`, `vk`), clear of other ink
    (`_clear`), with DASH_COUNT marks or more is one; a shorter stretch (a border between
    two crossing lines, whose marks at the crossings join those lines and drop out, may
    keep one or two) counts where its marks are of the pattern of a long one on the page
    (length and step within DASH_NEAR of its medians, either way: one pen draws the table)
    and it lies on the line of a long one (within DASH_ON px across) or of DASH_ROW such
    stretches (a column's border through short rows)."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    gap = max(3, round(DASH_GAP * em)) + 1
    dot = max(2, round(DOT_THIN * em))
    tiny = (stats[:, cv2.CC_STAT_WIDTH] <= dot) & (stats[:, cv2.CC_STAT_HEIGHT] <= dot)
    tiny[0] = False
    dots = (stats[tiny, :2] + stats[tiny, 2:4] / 2).astype(float)  # their middles, (x, y)
    out = {True: np.zeros_like(binary), False: np.zeros_like(binary)}
    longs: dict[bool, list[tuple[float, float, float | None]]] = {True: [], False: []}
    shorts: dict[bool, list[Stretch]] = {True: [], False: []}
    leftovers: dict[bool, tuple[np.ndarray, np.ndarray]] = {}
    for across, kernel in ((True, hk), (False, vk)):
        thick, length = (cv2.CC_STAT_HEIGHT, cv2.CC_STAT_WIDTH) if across else (
            cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT)
        small = (stats[:, thick] <= dot) & (stats[:, length] <= DASH_LONG * em)
        small[0] = False
        if small.sum() < DASH_COUNT:
            continue
        marks = small[labels].astype(np.uint8) * 255
        joined = cv2.morphologyEx(marks, cv2.MORPH_CLOSE,
                                  np.ones((1, gap) if across else (gap, 1), np.uint8))
        joined = cv2.dilate(joined, np.ones((3, 1) if across else (1, 3), np.uint8))
        found = cv2.morphologyEx(joined, cv2.MORPH_OPEN, kernel)
        if not found.any():
            continue
        for at, size, step, marked, box, chain in _chains(found, labels, marks, stats, across):
            if not _clear(binary, box, across) or _lattice(dots, box, across, step):
                continue
            if marked >= DASH_COUNT:
                longs[across].append((at, size, step))
                _ends_reached(out[across], chain, box, binary, across, gap + size)
            else:
                shorts[across].append((at, size, step, box, chain))
        rest = cv2.bitwise_and(joined,
                               cv2.bitwise_not(cv2.dilate(found, np.ones((3, 3), np.uint8))))
        leftovers[across] = (rest, marks)
    patterns = longs[True] + longs[False]
    if not patterns:
        return out[True], out[False]
    for across, (rest, marks) in leftovers.items():
        on_lines = [at for at, _, _ in longs[across]]
        if on_lines:
            shorts[across] += [(at, size, step, box, chain) for at, size, step, _, box, chain
                               in _chains(rest, labels, marks, stats, across, on_lines)
                               if _clear(binary, box, across)
                               and not _lattice(dots, box, across, step)]
        alike = [st for st in shorts[across] if _of_a_pattern(st, patterns)]
        for at, size, _, box, chain in alike:
            if (any(abs(at - on) <= DASH_ON for on in on_lines)
                    or sum(abs(at - other[0]) <= DASH_ON for other in alike) >= DASH_ROW):
                _ends_reached(out[across], chain, box, binary, across, gap + size)
    return out[True], out[False]


# A shaded cell printed as halftone dots (a laser printer's grey fill) is rows of dots, each
# an even dotted line clear of print; but its dots lie in rows beside each other, where a
# dotted border's have paper.  A stretch is such a lattice's row where tiny marks lie
# beside it (within LATTICE_STEPS of its marks' steps across it) all along it: in
# LATTICE_SHARE of its steps or more (a crossing border's own dots lie at a few places
# along it only, a cell's text along part of it).
LATTICE_STEPS = 3
LATTICE_SHARE = 0.5


def _lattice(dots: np.ndarray, box: tuple[int, int, int, int], across: bool,
             step: float | None) -> bool:
    """The stretch in `box` is a row of a lattice of `dots` (tiny marks' middles, above)."""
    if not len(dots):
        return False
    x, y, w, h = box
    pitch = max(step or 2.0, 2.0)
    reach = max(6.0, LATTICE_STEPS * pitch)
    along, off = (dots[:, 0], dots[:, 1]) if across else (dots[:, 1], dots[:, 0])
    start, length, mid, half = (x, w, y + h / 2, h / 2 + 1) if across else (
        y, h, x + w / 2, w / 2 + 1)
    apart = np.abs(off - mid)
    near = (along >= start) & (along <= start + length) & (apart > half) & (
        apart <= half + reach)
    steps = max(int(length / pitch), 1)
    bins = np.unique(((along[near] - start) / pitch).astype(int))
    return len(bins) >= LATTICE_SHARE * steps


def _of_a_pattern(stretch: Stretch, patterns: list[tuple[float, float, float | None]]) -> bool:
    """The stretch's marks are as long and as far apart as those of one of `patterns`."""
    _, size, step, _, _ = stretch
    return any(_alike(np.array([size, long_size]))
               and (step is None or long_step is None or _alike(np.array([step, long_step])))
               for _, long_size, long_step in patterns)


def _clear(binary: np.ndarray, box: tuple[int, int, int, int], across: bool) -> bool:
    """No ink BESIDE px off either side of the stretch in `box` along more than EMBEDDED
    of its length: a border keeps clear of text, and the strokes of a merged cell's text,
    which lie where the borders of the cells beside it run on, do not."""
    x, y, w, h = box
    lo, hi = BESIDE
    if across:
        sides = (binary[max(y - hi, 0):max(y - lo, 0), x:x + w],
                 binary[y + h + lo:y + h + hi, x:x + w])
        inked = [side.any(axis=0) for side in sides if side.size]
    else:
        sides = (binary[y:y + h, max(x - hi, 0):max(x - lo, 0)],
                 binary[y:y + h, x + w + lo:x + w + hi])
        inked = [side.any(axis=1) for side in sides if side.size]
    if not inked:
        return True
    either = inked[0] if len(inked) == 1 else inked[0] | inked[1]
    return float(either.mean()) <= EMBEDDED


def _chains(mask: np.ndarray, labels: np.ndarray, marks: np.ndarray, stats: np.ndarray,
            across: bool, on: list[float] | None = None
            ) -> Iterator[tuple[float, float, float | None, int, tuple[int, int, int, int],
                                np.ndarray]]:
    """Each run of `mask` (lying within DASH_ON of one of `on`, if given) whose marks (the
    components of `labels` under it) are `_even`: where it lies across, its marks' median
    length and step (None for one mark), how many marks, its box and its pixels there."""
    start, length = (cv2.CC_STAT_LEFT, cv2.CC_STAT_WIDTH) if across else (
        cv2.CC_STAT_TOP, cv2.CC_STAT_HEIGHT)
    count, chains, boxes, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    for k in range(1, count):
        x, y, w, h = (int(v) for v in boxes[k, :4])
        at = y + h / 2 if across else x + w / 2
        if on is not None and not any(abs(at - o) <= DASH_ON for o in on):
            continue
        chain = chains[y:y + h, x:x + w] == k
        inside = np.unique(labels[y:y + h, x:x + w][chain & (marks[y:y + h, x:x + w] > 0)])
        inside = inside[inside > 0]
        if not len(inside) or not _even(stats[inside, start], stats[inside, length]):
            continue
        steps = np.diff(np.sort(stats[inside, start]))
        yield (at, float(np.median(stats[inside, length])),
               float(np.median(steps)) if len(steps) else None, len(inside), (x, y, w, h), chain)


def _ends_reached(out: np.ndarray, chain: np.ndarray, box: tuple[int, int, int, int],
                  binary: np.ndarray, across: bool, reach: float) -> None:
    """The chain (its pixels in its `box`) drawn into `out`, each end carried on to the
    furthest ink on its line within `reach` px: the mark that touches a crossing line
    joins that line's ink and is no mark of its own, so the chain stops a mark short of
    the line it meets."""
    x, y, w, h = box
    out[y:y + h, x:x + w][chain] = 255
    reach = int(reach)
    if across:
        band = slice(y, y + h)
        for lo, hi, far in ((max(x - reach, 0), x, min), (x + w, x + w + reach, max)):
            cols = np.flatnonzero(binary[band, lo:hi].any(axis=0))
            if len(cols):
                end = lo + int(far(cols))
                out[band, min(end, x):max(end + 1, x + w)] = 255
    else:
        band = slice(x, x + w)
        for lo, hi, far in ((max(y - reach, 0), y, min), (y + h, y + h + reach, max)):
            rows = np.flatnonzero(binary[lo:hi, band].any(axis=1))
            if len(rows):
                end = lo + int(far(rows))
                out[min(end, y):max(end + 1, y + h), band] = 255


def _even(starts: np.ndarray, lengths: np.ndarray) -> bool:
    """Marks alike in length and evenly spaced along their line (`DASH_EVEN`); one or
    two marks are even."""
    if len(starts) < 3:
        return len(starts) < 2 or _alike(lengths.astype(float))
    steps = np.diff(np.sort(starts).astype(float))
    return _alike(lengths.astype(float)) and _alike(steps)


def _alike(values: np.ndarray) -> bool:
    """DASH_EVEN of the values within DASH_NEAR of their median."""
    median = float(np.median(values))
    near = np.abs(values - median) <= DASH_NEAR * median
    return bool(median > 0 and near.mean() >= DASH_EVEN)


def text_height(binary: np.ndarray) -> int:
    """The height of the page's characters (px): the TEXT_PERCENTILE of the heights of its
    marks of a character's size (0 without enough of them)."""
    h = binary.shape[0]
    n, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    heights = [int(bh) for _x, _y, bw, bh, _a in stats[1:n]
               if MIN_INK_ROWS <= bh <= h // 30 and bw <= h // 30]
    if len(heights) < MIN_MARKS:  # a bled print's characters run together into words, a
        # line's worth wide, but each is still a line tall
        heights = [int(bh) for _x, _y, bw, bh, _a in stats[1:n]
                   if MIN_INK_ROWS <= bh <= h // 30 and bw >= bh]
    if len(heights) < MIN_MARKS:
        return 0
    return int(np.percentile(heights, TEXT_PERCENTILE))


# A fax's thin border, at its coarse rows and in black and white only, drops out where it
# crosses from one row of pixels to the next: it is left in dashes a few pixels long with
# gaps as long between them, and where those are shorter than the opening's kernel (a
# fifteenth of the page) that stretch is lost, so that a row's border misses the cell at
# its end and two rows are read as one cell.  The page's flat marks, each a pixel taller
# either side (a dash a row off the next) and with gaps up to BROKEN_GAP characters'
# heights closed, that then run BROKEN_PIECE characters' heights or longer (as the upright
# borders' kernel: longer than any character's stroke) clear of other ink (`_clear`: the
# strokes of a row of text, joined so, have the rest of their characters beside them) are
# a broken line; such a run counts where it lies on a line found (within SNAP) and reaches
# it (within BRIDGE, `along`), a line FLOATING characters' heights long or longer once its
# pieces are joined (a crease's shadow, dark enough in a stretch or two, is not one: its
# pieces along it would carry it across the cells and into the margin), and no further
# than the table's outer columns (a riding seal's marks beside the frame are no line's).
BROKEN_GAP = 0.75
BROKEN_PIECE = STROKE_SHARE


def _within_the_frame(pieces: list[Segment], cols: list[Segment]) -> list[Segment]:
    """The flat `pieces`, each cut to the outermost of the upright `cols` that cross its
    height (none where fewer than two do)."""
    out = []
    for p in pieces:
        xs = _columns_at(cols, p.pos)
        if len(xs) >= 2 and p.start < max(xs) and p.end > min(xs):
            out.append(Segment(True, p.pos, max(p.start, min(xs)), min(p.end, max(xs))))
    return out


def _columns_at(cols: list[Segment], y: float) -> list[float]:
    """Where the upright `cols` that reach the height `y` (within TOUCH) stand."""
    return [c.pos for c in cols if c.start - TOUCH <= y <= c.end + TOUCH]


def _broken_line(ink: np.ndarray, em: int) -> np.ndarray:
    """The mask of the flat runs of a broken line (above) on a page whose characters
    are `em` px tall."""
    wide = cv2.dilate(ink, np.ones((3, 1), np.uint8))
    closed = cv2.morphologyEx(wide, cv2.MORPH_CLOSE,
                              np.ones((1, max(round(BROKEN_GAP * em), 3)), np.uint8))
    found = cv2.morphologyEx(closed, cv2.MORPH_OPEN,
                             np.ones((1, max(round(BROKEN_PIECE * em), 10)), np.uint8))
    count, labels, boxes, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
    for k in range(1, count):
        x, y, w, h = (int(v) for v in boxes[k, :4])
        if not _clear(ink, (x, y, w, h), True):
            found[y:y + h, x:x + w][labels[y:y + h, x:x + w] == k] = 0
    return found


def segments(horizontal: np.ndarray, vertical: np.ndarray, scale: float, *,
             lax: tuple[np.ndarray, np.ndarray] | None = None, em: float = 0.0,
             ink: np.ndarray | None = None) -> list[Segment]:
    """Every run of the masks as a segment in points (`scale`: points per pixel), with the
    gaps a seal or a pen left in a line bridged (`bridged`).  `lax`: masks found where
    print under a seal was kept more freely; their runs count only along a line of the
    masks themselves (`along`), where they fill what the seal took of that line.  `em`:
    the characters' height in points, if known: short pieces that float are dropped
    (`anchored`), and with the page's `ink`, short vertical ones with ink beside them
    (`embedded`)."""
    found: dict[bool, list[Segment]] = {}
    more_h, more_v = lax if lax is not None else (None, None)
    for across, mask, more in ((True, horizontal, more_h), (False, vertical, more_v)):
        found[across] = runs(mask, across, scale)
        if not across and ink is not None and em > 0:
            found[across] = _unembedded(found[across], ink, scale, FLOATING * em, found[True])
        if more is not None:
            found[across] += along(runs(more, across, scale), found[across])
    rows = bridged(found[True], found[False])
    if ink is not None and em > 0:
        sure = [r for r in rows if r.end - r.start >= FLOATING * em]
        pieces = _within_the_frame(
            along(runs(_broken_line(ink, round(em / scale)), True, scale), sure), found[False])
        if pieces:
            rows = bridged(rows + pieces, found[False])
    cols = bridged(found[False], found[True])
    if ink is not None:
        rows, cols = through_ink(rows, ink, scale), through_ink(cols, ink, scale)
    if em > 0:
        rows, cols = ended_on(rows, cols, ENDED_LONG * em), ended_on(cols, rows, ENDED_LONG * em)
    if ink is not None and em > 0:
        cols = _inside_the_frame([_stubs_trimmed(p, rows, ink, scale) for p in cols], rows)
        rows = _inside_the_frame(rows, cols)
        rows, cols = ([_to_the_border(r, cols, SHORT_OF * em, ink, scale) for r in rows],
                      [_to_the_border(c, rows, SHORT_OF * em, ink, scale) for c in cols])
    out = rows + cols
    return corners_restored(levelled(anchored(out, FLOATING * em) if em > 0 else out))


# A fold's crease runs across the whole sheet, a shadow dark enough in stretches to be
# found as a line: inside a table it parts a cell in two (忠烈祠保護 | 合格率, a 質量指標
# cell cut where the sheet was folded).  No border runs on past the table's side into the
# margin; a crease does, faint or dark: a flat piece inside the table, an end of it at no
# crossing line (a border runs from line to line; a crease is found where its shadow is
# dark enough; a piece found on into the margin is left to `_inside_the_frame`, as is a
# border the crease runs along), whose line has marks (print or faint, within CREASE_NEAR
# px across) along CREASE_SHARE of the margin beyond either side (from the outermost
# column crossing its height to the picture's side; a margin narrower than a character is
# no sure sign) is a crease, and is dropped.
CREASE_SHARE = 0.6
CREASE_NEAR = 2


def without_creases(found: list[Segment], marks: np.ndarray, scale: float, em: int
                    ) -> list[Segment]:
    """The segments (in points; `scale` points per pixel) without the creases (above),
    where `marks` are the page's marks, print and faint, and `em` px its characters'
    height."""
    cols = [s for s in found if not s.horizontal]
    return [s for s in found if not (s.horizontal and _crease(s, cols, marks, scale, em))]


def _crease(row: Segment, cols: list[Segment], marks: np.ndarray, scale: float, em: int
            ) -> bool:
    crossing = _columns_at(cols, row.pos)
    if (len(crossing) < 2 or row.start < min(crossing) - TOUCH
            or row.end > max(crossing) + TOUCH
            or all(any(abs(end - x) <= TOUCH for x in crossing)
                   for end in (row.start, row.end))):
        return False  # (a border from line to line, or found on into the margin itself)
    y = round(row.pos / scale)
    band = marks[max(y - CREASE_NEAR, 0) : y + CREASE_NEAR + 1]
    if not band.size:
        return False
    inked = band.any(axis=0)
    left, right = round(min(crossing) / scale) - 1, round(max(crossing) / scale) + 2
    margins = (inked[:max(left - CREASE_NEAR, 0)], inked[right + CREASE_NEAR:])
    return any(len(m) >= em and float(m.mean()) >= CREASE_SHARE for m in margins)


def corners_restored(found: list[Segment]) -> list[Segment]:
    """The table's top or bottom line drawn on over a corner something hid (a sticky note,
    a folded corner, a thumb over the sheet): the outer columns there end loose short of
    it, beyond its end, while the line is the frame the other columns reach (three or
    more).  A border's end meets a line; one that meets none, beside the frame's line,
    under the frame's opposite line and with no other line between its end and the
    frame's, is one whose last stretch is hidden.  Each such column is drawn on to the line and
    the line on to the farthest of them, as the printed frame is a rectangle; a corner
    left blank on purpose has its columns ending on a line, and is left as it is."""
    rows = [s for s in found if s.horizontal]
    cols = [s for s in found if not s.horizontal]
    if len(cols) < 4:
        return found
    bottom = max(c.end for c in cols)
    top = min(c.start for c in cols)
    for upper in (True, False):
        end = (lambda c: c.start) if upper else (lambda c: c.end)
        frame, other = _frame_line(rows, cols, upper), _frame_line(rows, cols, not upper)
        if frame is None or other is None:
            continue
        far = bottom if upper else top  # the columns of the frame's table reach across
        hidden = [c for c in cols if not _crossed(rows, end(c), c.pos)
                  and not frame.start - TOUCH <= c.pos <= frame.end + TOUCH
                  and other.start - TOUCH <= c.pos <= other.end + TOUCH
                  and (end(c) - frame.pos) * (1 if upper else -1) > TOUCH
                  and abs((c.end if upper else c.start) - far) <= TOUCH
                  and not any(r is not frame and min(end(c), frame.pos) < r.pos
                              < max(end(c), frame.pos) for r in rows)]
        if not hidden:
            continue
        for c in hidden:
            cols[cols.index(c)] = (Segment(False, c.pos, frame.pos, c.end) if upper
                                   else Segment(False, c.pos, c.start, frame.pos))
        new = Segment(True, frame.pos, min(frame.start, *(c.pos for c in hidden)),
                      max(frame.end, *(c.pos for c in hidden)))
        rows[rows.index(frame)] = new
    return rows + cols


def _frame_line(rows: list[Segment], cols: list[Segment], upper: bool) -> Segment | None:
    """The outermost line (topmost, or bottommost) that three or more columns end on."""
    ends = [r for r in rows if sum(abs((c.start if upper else c.end) - r.pos) <= TOUCH
                                   and r.start - TOUCH <= c.pos <= r.end + TOUCH
                                   for c in cols) >= 3]
    if not ends:
        return None
    return min(ends, key=lambda r: r.pos) if upper else max(ends, key=lambda r: r.pos)


def levelled(found: list[Segment]) -> list[Segment]:
    """The loose ends of the borders of a row a page break split (`open_ends`: atop the
    next page, no line drawn across them) made level with the farthest of them: the page
    drew them level, but a phone's photo, its perspective undone from the page's corners
    and its bow from its lines, leaves them some points apart (3.6 pt measured), and a row
    is bounded only where all of its borders reach."""
    rows = [s for s in found if s.horizontal]
    cols = {id(s): s for s in found if not s.horizontal}
    for top in (True, False):
        loose = sorted(((c.start if top else c.end), id(c)) for c in cols.values()
                       if not _crossed(rows, c.start if top else c.end, c.pos)
                       and _crossed(rows, c.end if top else c.start, c.pos))
        for group in _level_groups([end for end, _ in loose]):
            level = loose[group.start][0] if top else loose[group.stop - 1][0]
            for _, key in loose[group]:
                c = cols[key]
                cols[key] = Segment(False, c.pos, level, c.end) if top else Segment(
                    False, c.pos, c.start, level)
    return rows + list(cols.values())


def _level_groups(ends: list[float]) -> list[slice]:
    """The runs of OPEN_MIN_VERTICALS or more of the sorted `ends` that lie within
    OPEN_ALIGN of the first of their run: loose ends level along one line."""
    out = []
    i = 0
    while i < len(ends):
        j = i
        while j + 1 < len(ends) and ends[j + 1] - ends[i] <= OPEN_ALIGN:
            j += 1
        if j + 1 - i >= OPEN_MIN_VERTICALS:
            out.append(slice(i, j + 1))
        i = j + 1
    return out


def _unembedded(pieces: list[Segment], ink: np.ndarray, scale: float, least: float,
                crossing: Sequence[Segment] = ()) -> list[Segment]:
    """The pieces less those `embedded` in ink, unless a piece at least `least` long lies
    on the same line (a border a seal's ring crossed: its pieces near the ring have the
    ring's ink beside them), or the piece borders two rows or more (`_through_rows`)."""
    long = [p.pos for p in pieces if p.end - p.start >= least]
    return [p for p in pieces if any(abs(p.pos - x) <= SNAP for x in long)
            or _through_rows(p, crossing) or not embedded(ink, p, scale, least)]


def _through_rows(piece: Segment, crossing: Sequence[Segment]) -> bool:
    """The piece runs from a crossing line to a crossing line through a third one: a
    border beside two rows or more (a sheet's rows fitted to their text, where the text
    touches it), not a character's stroke that a seal's ring made as tall as one row."""
    inside = [c for c in crossing if piece.start + TOUCH < c.pos < piece.end - TOUCH
              and c.start - TOUCH <= piece.pos <= c.end + TOUCH]
    return bool(inside) and _crossed(crossing, piece.start, piece.pos) and _crossed(
        crossing, piece.end, piece.pos)


def _stubs_trimmed(piece: Segment, crossing: Sequence[Segment], ink: np.ndarray,
                   scale: float) -> Segment:
    """The vertical piece less a stub at either end that runs past its last crossing line
    into the next row between two characters of one line of text (ink on both sides of
    it along more than EMBEDDED of its length): a border's end that the strokes of
    规|范 beside it lengthened, on a blurred photo of small type, until it seemed to part
    the merged cell above (a 总体目标 read as two cells).  A cell's text keeps clear of its
    borders; text that runs past one's end is one line.  A stub's end falls short of the
    next line (by STUB_SHORT or more); an end that meets it is a border's (the one between
    3 | 万元 of a sheet's row, whose figure and unit touch it on both sides)."""
    inside = sorted(c.pos for c in crossing if piece.start + TOUCH < c.pos < piece.end - TOUCH
                    and c.start - TOUCH <= piece.pos <= c.end + TOUCH)
    if not inside:
        return piece
    start, end = piece.start, piece.end
    lines = [c.pos for c in crossing if c.start - TOUCH <= piece.pos <= c.end + TOUCH]
    if not _meets(lines, start, -1) and _between_text(
            ink, Segment(False, piece.pos, start, inside[0]), scale):
        start = inside[0]
    if not _meets(lines, end, 1) and _between_text(
            ink, Segment(False, piece.pos, inside[-1], end), scale):
        end = inside[-1]
    return piece if (start, end) == (piece.start, piece.end) else Segment(
        False, piece.pos, start, end)


def _inside_the_frame(cols: list[Segment], rows: Sequence[Segment]) -> list[Segment]:
    """The pieces `cols` (vertical; or flat, `rows` then the vertical ones), each less a
    tail that runs on past the table's outer line (the last line it crosses, at which
    every other border crossing it ends) into no line at all: a column's border lengthened
    by the strokes of a note's characters below the table (注:… | …0分, read as a row of
    the table), to a seal's ring below it; a crease's shadow across the sheet, found as a
    line where it runs dark enough, past the table's right side into the margin.  A row a
    page break split has all its borders running on together, and is left as it is; a
    tail that ends on a line another border meets too is a row of the table's."""
    out = []
    for c in cols:
        for top in (False, True):
            end = c.start if top else c.end
            crossed = [r for r in rows if r.start - TOUCH <= c.pos <= r.end + TOUCH
                       and c.start + TOUCH < r.pos < c.end - TOUCH]
            met = [r for r in rows if abs(r.pos - end) <= TOUCH
                   and r.start - TOUCH <= c.pos <= r.end + TOUCH]
            if not crossed or any(_meet(o, r) for r in met for o in cols if o is not c):
                continue
            frame = min(crossed, key=lambda r: r.pos) if top else max(crossed, key=lambda r: r.pos)
            others = [o for o in cols if o is not c and _meet(o, frame)]
            if len(others) >= 2 and all(abs((o.start if top else o.end) - frame.pos) <= TOUCH
                                        for o in others):
                c = Segment(c.horizontal, c.pos, frame.pos, c.end) if top else Segment(
                    c.horizontal, c.pos, c.start, frame.pos)
        out.append(c)
    return out


def _meet(a: Segment, b: Segment) -> bool:
    """The two pieces, one flat and one upright, meet or cross."""
    return _reaches(b, a) if a.horizontal else _reaches(a, b)


def _reaches(col: Segment, row: Segment) -> bool:
    """The vertical `col` and the horizontal `row` meet or cross."""
    return (row.start - TOUCH <= col.pos <= row.end + TOUCH
            and col.start - TOUCH <= row.pos <= col.end + TOUCH)


def _meets(lines: list[float], at: float, outward: int) -> bool:
    """An end within STUB_SHORT of a crossing line, or past it outward (`outward`: -1 up
    for a top end, 1 down for a bottom one) by at most TOUCH: a border's end, which meets
    its line, and may reach through it where the line is thick (a copy's thickened print:
    the line's middle 2.5 pt inside the border's end)."""
    return any(-STUB_SHORT < (at - y) * outward < TOUCH for y in lines)


def _between_text(ink: np.ndarray, s: Segment, scale: float) -> bool:
    """Ink on both sides of the vertical piece `s` (BESIDE px off it) along more than
    EMBEDDED of its length."""
    sides = _ink_beside(ink, s, scale)
    return sides is not None and float((sides[0] & sides[1]).mean()) > EMBEDDED


def embedded(ink: np.ndarray, s: Segment, scale: float, least: float) -> bool:
    """The vertical piece `s` (points) is shorter than `least` and has ink beside it, in
    the binary page `ink`, along more than EMBEDDED of its length (`EMBEDDED`)."""
    if s.end - s.start >= least:
        return False
    sides = _ink_beside(ink, s, scale)
    return sides is not None and float((sides[0] | sides[1]).mean()) > EMBEDDED


def _ink_beside(ink: np.ndarray, s: Segment, scale: float
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """For each pixel row of the vertical piece `s` (points), whether the binary page
    `ink` has ink BESIDE px off its left side, and off its right; None for no rows."""
    x, top, bottom = round(s.pos / scale), round(s.start / scale), round(s.end / scale)
    if bottom <= top:
        return None
    w = ink.shape[1]
    left = ink[top:bottom, max(x - BESIDE[1], 0) : max(x - BESIDE[0], 0)]
    right = ink[top:bottom, min(x + BESIDE[0] + 1, w) : min(x + BESIDE[1] + 1, w)]
    return left.any(axis=1), right.any(axis=1)


def anchored(found: list[Segment], least: float) -> list[Segment]:
    """The segments at least `least` long, and the shorter ones whose two ends each meet a
    crossing segment (`FLOATING`); and a short one with one end on a crossing segment
    where one of those lies on the same line: a border broken by a seal, of which a piece
    runs from a crossing line into the seal (an arc of the seal's ring cut by a crossing
    line has only arcs like it on its line)."""
    crossing = {True: [s for s in found if not s.horizontal],
                False: [s for s in found if s.horizontal]}
    ends = [_crossed(crossing[s.horizontal], s.start, s.pos)
            + _crossed(crossing[s.horizontal], s.end, s.pos) for s in found]
    sure = [s for s, n in zip(found, ends, strict=True) if s.end - s.start >= least or n == 2]
    sure += open_ends([s for s, n in zip(found, ends, strict=True)
                       if n == 1 and not s.horizontal], crossing[False])
    return [s for s, n in zip(found, ends, strict=True)
            if s.end - s.start >= least or n == 2 or (n == 1 and any(
                o.horizontal == s.horizontal and abs(o.pos - s.pos) <= SNAP for o in sure))]


def open_ends(pieces: list[Segment], crossing: Sequence[Segment]) -> list[Segment]:
    """The vertical pieces with one end on a crossing line whose other ends lie level with
    those of OPEN_MIN_VERTICALS of them or more: the borders of a row a page break split,
    atop the next page, whose top is not drawn (`ruled.open_ended`), not a character's
    stroke that touches a border (three of those do not end level along one line)."""
    loose = sorted((p.start if _crossed(crossing, p.end, p.pos) else p.end, p) for p in pieces)
    return [p for group in _level_groups([end for end, _ in loose]) for _, p in loose[group]]


def runs(mask: np.ndarray, across: bool, scale: float) -> list[Segment]:
    """The mask's connected runs as segments in points, without what is thicker than a
    table's borders are ever drawn (`THICKEST_RULE`)."""
    mask = _thin(mask, across, round(THICKEST_RULE / scale) + 1)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if across:
        return [Segment(True, (y + h / 2) * scale, x * scale, (x + w) * scale)
                for x, y, w, h, _area in stats[1:n]]
    return [Segment(False, (x + w / 2) * scale, y * scale, (y + h) * scale)
            for x, y, w, h, _area in stats[1:n]]


def _thin(mask: np.ndarray, across: bool, thick: int) -> np.ndarray:
    """The mask without what is `thick` px or thicker across its lines (and a pixel
    around it): a seal's ring, whose pieces a thin border through it then leaves as two."""
    kernel = np.ones((thick, 1) if across else (1, thick), np.uint8)
    wide = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    if not wide.any():
        return mask
    return cv2.bitwise_and(mask, cv2.bitwise_not(cv2.dilate(wide, np.ones((3, 3), np.uint8))))


def along(pieces: list[Segment], lines: list[Segment]) -> list[Segment]:
    """The pieces that lie on one of `lines` (within SNAP across) and reach it (within
    BRIDGE along): what a seal left of that line, not a seal's own stroke."""
    return [p for p in pieces
            if any(abs(p.pos - ln.pos) <= SNAP and p.start <= ln.end + BRIDGE
                   and ln.start - BRIDGE <= p.end for ln in lines)]


def bridged(pieces: list[Segment], crossing: list[Segment]) -> list[Segment]:
    """Collinear pieces joined across a gap that is not a border left out between merged
    cells: such a gap runs from one crossing line to the next, while a seal's or a pen's
    gap ends somewhere inside a cell.  The pieces of one line are those within SNAP of
    the next across (`_collinear`), taken along the line in order."""
    return _joined(pieces, lambda last, s: s.start - last.end <= BRIDGE and not (
        _crossed(crossing, last.end, s.pos) and _crossed(crossing, s.start, s.pos)))


def _joined(pieces: list[Segment], across_gap: Callable[[Segment, Segment], bool]
            ) -> list[Segment]:
    """The pieces of each line (`_collinear`), in order along it, each joined to the one
    before where they overlap, or where `across_gap(last, next)` says the gap between
    them is no gap in the line."""
    out: list[Segment] = []
    for line in _collinear(pieces):
        joined: list[Segment] = []
        for s in sorted(line, key=lambda s: s.start):
            last = joined[-1] if joined else None
            if last is not None and s.start > last.end and across_gap(last, s):
                joined[-1] = Segment(s.horizontal, (last.pos + s.pos) / 2, last.start,
                                     max(last.end, s.end))
            elif last is not None and s.start <= last.end:
                joined[-1] = Segment(s.horizontal, last.pos, last.start, max(last.end, s.end))
            else:
                joined.append(s)
        out += joined
    return out


def through_ink(pieces: list[Segment], ink: np.ndarray, scale: float) -> list[Segment]:
    """Collinear pieces joined across a gap, however long, that the page's `ink` fills
    along the line (INKED_GAP of its length, within INKED_NEAR of it): where a grey
    seal's ring runs along a border, ring and border are one band too thick to be a line
    (`runs` leaves it out), and the gap it leaves is as long as the ring is tangent to the
    line (48 pt on a photocopy), longer than any gap a seal leaves by its colour
    (`BRIDGE`); a gap between two cells merged is paper, or a line of text with gaps
    between its characters."""
    return _joined(pieces, lambda last, s: _inked(
        ink, (last.pos + s.pos) / 2, last.end, s.start, s.horizontal, scale))


def ended_on(pieces: list[Segment], crossing: list[Segment], least: float) -> list[Segment]:
    """Collinear pieces joined across a gap, however long, where a crossing piece at least
    `least` long (ENDED_LONG characters' heights: no character's stroke) ends on the line
    inside the gap: a border ends on a line, never in a cell's blank, so the line runs on
    there, faded or worn away (a faded 自评表's last row, its bottom line lost for 66 pt
    under % and 7 and the border between them ending level with it).  Where cells are
    merged across the gap no border ends in it."""
    def ends_inside(last: Segment, s: Segment) -> bool:
        pos = (last.pos + s.pos) / 2
        return any(c.end - c.start >= least and last.end + TOUCH < c.pos < s.start - TOUCH
                   and (abs(c.start - pos) <= TOUCH or abs(c.end - pos) <= TOUCH)
                   for c in crossing)
    return _joined(pieces, ends_inside)


ENDED_LONG = 2.0  # characters' heights: a border's piece this long ends on a line (`ended_on`)
INKED_GAP = 0.97  # of a gap's length inked along the line: the line runs on under ink
INKED_NEAR = 1.0  # pt either side of the line (its pieces' middle, pulled by the ring's ink)

# A border of a crumpled sheet that waves near its end is found short of the line it runs
# to (a row's line under 优化教育布局… stopping 0.6 of a character before the table's left
# side, a column's 1.3 characters under the header row's top, a row's curling up 1.7 before
# the right side), and the cells either side of its lost end are read as one.  A line
# FLOATING characters long or more whose end lies within SHORT_OF characters before a
# crossing line (one that spans its place), meeting none, runs to that line where its ink
# goes on there, wandering no more than WANDER characters off its line along WANDER_SHARE
# of the way: no border stops in a cell.  (A border that ends on a dotted line not found
# leaves a blank, or a cell's text, between its end and the next line: it stays.)
SHORT_OF = 2.0
WANDER = 0.3
WANDER_SHARE = 0.9


def _to_the_border(piece: Segment, crossing: list[Segment], reach: float, ink: np.ndarray,
                   scale: float) -> Segment:
    """The line `piece` run on to the crossing line its ends stop short of (above)."""
    if piece.end - piece.start < FLOATING * reach / SHORT_OF:
        return piece
    spans = [c.pos for c in crossing if c.start - TOUCH <= piece.pos <= c.end + TOUCH]
    start, end = piece.start, piece.end
    if not any(start <= x <= start + TOUCH for x in spans):  # (none it runs through)
        start = max((x for x in spans if start - reach <= x < start), default=start)
    if not any(end - TOUCH <= x <= end for x in spans):
        end = min((x for x in spans if end < x <= end + reach), default=end)
    wander = WANDER * reach / SHORT_OF
    if start < piece.start and not _goes_on(ink, piece, start, piece.start, wander, scale):
        start = piece.start
    if end > piece.end and not _goes_on(ink, piece, piece.end, end, wander, scale):
        end = piece.end
    return piece._replace(start=start, end=end) if (start, end) != (
        piece.start, piece.end) else piece


def _goes_on(ink: np.ndarray, piece: Segment, a: float, b: float, wander: float,
             scale: float) -> bool:
    """The line `piece` has ink from `a` to `b` along it (points), within `wander` points
    across of its place, at WANDER_SHARE of the way."""
    at, lo, hi = round(piece.pos / scale), round(a / scale), round(b / scale)
    off = max(1, round(wander / scale))
    if hi <= lo:
        return True
    band = (ink[max(at - off, 0) : at + off + 1, lo:hi] if piece.horizontal
            else ink[lo:hi, max(at - off, 0) : at + off + 1])
    return float(band.any(axis=0 if piece.horizontal else 1).mean()) >= WANDER_SHARE


def _inked(ink: np.ndarray, pos: float, start: float, end: float, horizontal: bool,
           scale: float) -> bool:
    at, a, b = round(pos / scale), round(start / scale), round(end / scale)
    if b - a < 2:
        return False
    near = max(1, round(INKED_NEAR / scale))
    lo, hi = max(at - near, 0), at + near + 1
    band = ink[lo:hi, a:b] if horizontal else ink[a:b, lo:hi]
    return float(band.any(axis=0 if horizontal else 1).mean()) >= INKED_GAP


def _collinear(pieces: list[Segment]) -> list[list[Segment]]:
    """The pieces grouped by line: sorted across, a group ends where the next piece lies
    more than SNAP across from the last (a piece that leans a pixel or two stays with
    its line, wherever SNAP's multiples fall)."""
    groups: list[list[Segment]] = []
    for s in sorted(pieces, key=lambda s: s.pos):
        if groups and s.pos - groups[-1][-1].pos <= SNAP:
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def _crossed(crossing: Sequence[Segment], at: float, pos: float) -> bool:
    """A crossing line runs through `at` along, over `pos` across."""
    return any(abs(c.pos - at) <= TOUCH and c.start - TOUCH <= pos <= c.end + TOUCH
               for c in crossing)


def _runs(profile: np.ndarray, join: int) -> Iterator[tuple[int, int]]:
    """Runs of non-zero entries, [start, end), runs closer than `join` joined."""
    on = np.flatnonzero(profile)
    if not len(on):
        return
    start = prev = int(on[0])
    for i in on[1:]:
        i = int(i)
        if i - prev > join + 1:
            yield start, prev + 1
            start = i
        prev = i
    yield start, prev + 1


# A night photo's grain, or a recycled sheet's flecks, leaves specks of ink in every row
# between the lines outside the tables: the rows of a title, a short line under it and the
# paper between are one band of ink, and a short line (单位:万元 under a long title, its rows
# holding a tenth of the title's ink) was taken for the thin rows that join two lines and
# lost.  On a page with more marks smaller than GRAIN of a character's square than
# larger ones (grain, not the dots of characters such as 率), the small ones are no part of
# a line's shape (a decimal point lies in its line's rows, which its figures fill): the
# lines are found without them (the recogniser still reads the page as it is).
GRAIN = 0.02


def without_grain(ink: np.ndarray, em: int) -> np.ndarray:
    """The ink without its grain (above), on a page whose characters are `em` px tall."""
    least = GRAIN * em * em
    if least <= 1:
        return ink
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = stats[:, cv2.CC_STAT_AREA] >= least
    keep[0] = False
    if np.count_nonzero(~keep[1:]) <= np.count_nonzero(keep):
        return ink  # no grain: the small marks are characters' dots (率's), kept as they are
    return np.where(keep[labels], ink, 0).astype(ink.dtype)


def text_lines(text_ink: np.ndarray, box: Box, *, phrases: bool = False, em: int = 0,
               phrase_gap: float = PHRASE_GAP) -> list[Box]:
    """Text lines inside `box` of the ink image (ruling lines already removed); `em`, the
    page's characters' height if known, lets a band two lines tall be cut (`_stacked`);
    with `phrases`, a line is cut where a gap of `phrase_gap` line heights parts it."""
    crop = text_ink[box.top : box.bottom, box.x0 : box.x1]
    if crop.size == 0:
        return []
    out: list[Box] = []
    rows = np.count_nonzero(crop, axis=1)
    bands = _bars_of_one_character(crop, _halves(crop, _character_parts(
        crop, [cut for top, bottom in _runs(rows > 0, JOIN_ROWS)
               for cut in _stacked(rows, top, bottom, em)], em), em), em)
    for top, bottom in _flat_marks(crop, bands, em):
        band = crop[top:bottom]
        pieces = (_lines_beside_a_tall_mark(band, em, phrase_gap) if phrases
                  else _at_other_heights(band, em))
        if pieces:
            out += [Box(box.x0 + x0, box.top + top + t, box.x0 + x1, box.top + top + b)
                    for x0, t, x1, b in pieces]
            continue
        gap = int(phrase_gap * (bottom - top)) if phrases else band.shape[1]
        for x0, x1 in _runs(band.sum(axis=0) > 0, gap):
            if x1 - x0 >= MIN_INK_ROWS:
                out.append(Box(box.x0 + x0, box.top + top, box.x0 + x1, box.top + bottom))
    return out


# A line's ink that runs on flat, FLAT_END characters' heights or more, before its first
# or after its last column of character height (a column whose ink is more than
# FLAT_COLUMN of the band's rows) is no text: a crease across the sheet, its shadow too
# slanted and broken for a ruling line, under a cell's last character (間, alone on the
# second line of 二等乙級…保障時, found as a line as wide as its cell: one character that
# wide is a pen's scrawl, and was dropped).  No text ends in so long a flat stroke; a line
# all flat (a dash typed as a placeholder) is as wide as it is.  The line is read as found
# (the engine reads past a border's or a crease's ink); its inked width is what
# `scan._noise` weighs.
FLAT_END = 2.5
FLAT_COLUMN = 0.15


def inked_width(band: np.ndarray, em: int) -> int:
    """The width of a line's ink (`band`, its box's) less its flat ends (above)."""
    width = band.shape[1]
    if em <= 0:
        return width
    counts = np.count_nonzero(band, axis=0)
    tall = np.flatnonzero(counts > max(FLAT_COLUMN * band.shape[0], 2))
    if not tall.size:
        return width
    reach = FLAT_END * em
    start = int(tall[0]) if tall[0] >= reach else 0
    end = int(tall[-1]) + 1 if width - (tall[-1] + 1) >= reach else width
    return end - start


# A cell's band of ink rows TALL_BAND ems tall or taller that falls, across, into pieces
# APART ems apart or more, one of them no taller than a line (LINE_TALL ems) and clear of
# every other's rows (sharing less than PART_ROWS of its own): a line of print with a grey
# seal's character beside it, higher or lower (时效指标 and the ring's 生 below its right
# end), which the rows alone join into one band; read as one line, the print shrinks to a
# third of the recogniser's height and the seal's character joins its text.  Each piece
# is its own line (a line of print spaced out keeps its rows, as two lines one above the
# other keep their columns).
APART = 0.5
LINE_TALL = 1.3
PART_ROWS = 0.5


def _at_other_heights(band: np.ndarray, em: int) -> list[tuple[int, int, int, int]]:
    """The pieces (x0, top, x1, bottom, in the band) of a tall band whose pieces lie at
    other heights (above), each cut further where it is two lines tall (`_stacked`);
    [] where the band is one line, or lines one above the other."""
    if em <= 0 or band.shape[0] < TALL_BAND * em:
        return []
    spans = [(x0, x1, *_ink_rows(band[:, x0:x1]))
             for x0, x1 in _runs(band.sum(axis=0) > 0, round(APART * em))]
    if len(spans) < 2:
        return []
    lines = [s for s in spans if s[3] - s[2] <= LINE_TALL * em]
    if not any(all(_clear_of(a, b) for b in spans if b is not a) for a in lines):
        return []
    out = []
    for x0, x1, top, bottom in spans:
        rows = np.count_nonzero(band[:, x0:x1], axis=1)
        out += [(x0, t, x1, b) for t, b in _stacked(rows, top, bottom, em)
                if b - t >= MIN_INK_ROWS]
    return out


def _lines_beside_a_tall_mark(band: np.ndarray, em: int, phrase_gap: float
                              ) -> list[tuple[int, int, int, int]]:
    """Outside the tables, the lines (x0, top, x1, bottom, in the band) of a tall band whose
    phrases apart across (`phrase_gap` ems) keep rows of their own: two lines of prose one
    above the other beside a grey seal as tall as both (2025.1.1-2025.12.31 over
    六、年度预算安排, the seal right of them), whose ink fills the rows between the lines, so
    that the rows alone join the two, and the seal, into one band.  Each phrase is cut by
    its own rows; [] where none of them is two lines apart (a band of one line)."""
    if em <= 0 or band.shape[0] < TALL_BAND * em:
        return []
    out: list[tuple[int, int, int, int]] = []
    apart = False
    for x0, x1 in _runs(band.sum(axis=0) > 0, max(1, round(phrase_gap * em))):
        rows = np.count_nonzero(band[:, x0:x1], axis=1)
        runs = list(_runs(rows > 0, JOIN_ROWS))
        apart = apart or len(runs) > 1
        out += [(x0, t, x1, b) for top, bottom in runs for t, b in _stacked(rows, top, bottom, em)
                if b - t >= MIN_INK_ROWS]
    return out if apart else []


def _ink_rows(piece: np.ndarray) -> tuple[int, int]:
    on = np.flatnonzero(piece.any(axis=1))
    return int(on[0]), int(on[-1]) + 1


def _clear_of(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """The rows of the piece `a` overlap those of `b` by less than PART_ROWS of its own."""
    overlap = min(a[3], b[3]) - max(a[2], b[2])
    return overlap < PART_ROWS * (a[3] - a[2])


# A band thinner than MIN_INK_ROWS is a flat mark where its ink is one stroke this many ems
# long, away from the box's top and bottom: a dash (—, -) or a bar of =, which a cell holds
# alone (a placeholder, a comparator), 1 or 2 px thick at 150 dpi; a speck is shorter, the
# rest of a border longer and at the cell's edge
DASH_LENGTH = (0.25, 1.6)
MARK_BARS = 0.5  # ems: two flat marks this close one above the other are one mark (=)


def _flat_marks(crop: np.ndarray, bands: list[tuple[int, int]], em: int
                ) -> list[tuple[int, int]]:
    """The bands at least MIN_INK_ROWS tall, and the flat marks among the thinner ones
    (`DASH_LENGTH`), the bars of one mark (`MARK_BARS`) as one band."""
    out: list[tuple[int, int]] = []
    last_flat = False
    for top, bottom in bands:
        if bottom - top >= MIN_INK_ROWS:
            out.append((top, bottom))
            last_flat = False
            continue
        if em <= 0 or top == 0 or bottom >= crop.shape[0]:
            continue
        runs = list(_runs(np.asarray(crop[top:bottom].any(axis=0)), JOIN_ROWS))
        if len(runs) != 1 or not DASH_LENGTH[0] * em <= runs[0][1] - runs[0][0] <= (
                DASH_LENGTH[1] * em):
            continue
        if last_flat and top - out[-1][1] <= MARK_BARS * em:
            out[-1] = (out[-1][0], bottom)
        else:
            out.append((top, bottom))
        last_flat = True
    return out


# A character set one to a line (a narrow column's stacked 万 / 元) is cut where its own
# strokes leave a gap: 元's or 二's top bar, 旦's bottom bar, a band of its own and read as
# 一 (万一元).  A band this flat, as wide as a character's bar, beside another this near,
# one character wide, is that character's part, where the two together are no taller
# than a character.
PART_BAND = 0.3  # ems: a band this flat or flatter
PART_WIDTH = 0.4  # ems: and at least this wide: a bar, not a speck or a dot
PART_GAP = 0.35  # ems: at most this far from the next band
PART_REST = 0.5  # ems: which is at least this tall (the rest of the character)
ONE_CHARACTER = 1.2  # ems: the two together at most this tall


def _character_parts(crop: np.ndarray, bands: list[tuple[int, int]], em: int
                     ) -> list[tuple[int, int]]:
    """The bands with each flat one joined to the band beside it where they are the
    parts of one character (`PART_BAND`)."""
    if em <= 0 or len(bands) < 2:
        return bands
    out = list(bands)
    i = 0
    while i < len(out):
        top, bottom = out[i]
        if bottom - top <= PART_BAND * em and (
                PART_WIDTH * em <= _ink_width(crop[top:bottom]) <= ONE_CHARACTER * em):
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(out)
                    and _gap(out[i], out[j]) <= PART_GAP * em
                    and PART_REST * em <= out[j][1] - out[j][0]
                    and max(bottom, out[j][1]) - min(top, out[j][0]) <= ONE_CHARACTER * em
                    and _ink_width(crop[out[j][0] : out[j][1]]) <= ONE_CHARACTER * em]
            if near:
                j = min(near, key=lambda k: _gap(out[i], out[k]))
                out[min(i, j)] = (min(top, out[j][0]), max(bottom, out[j][1]))
                del out[max(i, j)]
                i = min(i, j)
                continue
        i += 1
    return out


# A line cut through by a stroke taken out as a ruling line or a seal's (a grey seal's
# arc along a line of bold print on a copy): two bands one over the other, each shorter
# than a character (HALF_LINE) but a fair part of one (LEAST_HALF), as near as a
# character's parts, together no taller than one, over the same stretch of the cell
# (SAME_STRETCH of the wider): the engine reads each half as the whole line (资金分 /
# 资金分).  Two lines of print are each a character tall, and together twice that; a
# seal's bit under a figure is flatter, and narrower than the line.
HALF_LINE = 0.85  # ems
LEAST_HALF = 0.3  # ems
SAME_STRETCH = 0.8


def _halves(crop: np.ndarray, bands: list[tuple[int, int]], em: int
            ) -> list[tuple[int, int]]:
    """The bands with the two halves of a line cut through joined (`HALF_LINE`)."""
    if em <= 0 or len(bands) < 2:
        return bands
    out = [bands[0]]
    for top, bottom in bands[1:]:
        a0, a1 = out[-1]
        if (max(a1 - a0, bottom - top) < HALF_LINE * em and top - a1 <= PART_GAP * em
                and min(a1 - a0, bottom - top) >= LEAST_HALF * em
                and bottom - a0 <= ONE_CHARACTER * em
                and _same_stretch(crop[a0:a1], crop[top:bottom])):
            out[-1] = (a0, bottom)
        else:
            out.append((top, bottom))
    return out


def _same_stretch(a: np.ndarray, b: np.ndarray) -> bool:
    (x0, x1), (y0, y1) = _ink_span(a), _ink_span(b)
    return min(x1, y1) - max(x0, y0) >= SAME_STRETCH * max(x1 - x0, y1 - y0, 1)


# ... and a character of bars alone (二、 and 三、 numbering a chapter in a narrow column,
# 二、 | 管理目标 wrapped): its bars, each a band this flat or flatter and as wide as a bar
# (or a 、 right of the last bar, as tall as a dot: not a seal's speck under a stroke),
# this near one above the other and beside each other across, no taller together than a
# character, are one line (read 一 and 一、)
BAR_BAND = 0.35  # ems
BAR_GAP = 0.5  # ems
BAR_BESIDE = 0.5  # ems across between the two bands' ink
BAR_DOT = 0.2  # ems: a 、 at least this tall, right of the bar's end (no further in)
BAR_WIDEST = 1.6  # ems: a bar with the 、 after it at most this wide


def _bars_of_one_character(crop: np.ndarray, bands: list[tuple[int, int]], em: int
                           ) -> list[tuple[int, int]]:
    """The bands with flat ones one above the other joined where they are the bars of one
    character (`BAR_BAND`)."""
    if em <= 0 or len(bands) < 2:
        return bands
    out = [bands[0]]
    for bar, band in pairwise(bands):  # out[-1] ends with bar
        if _bar_below_bar(crop, bar, band, em) and band[1] - out[-1][0] <= ONE_CHARACTER * em:
            out[-1] = (out[-1][0], band[1])
        else:
            out.append(band)
    return out


def _bar_below_bar(crop: np.ndarray, a: tuple[int, int], b: tuple[int, int], em: int) -> bool:
    if max(a[1] - a[0], b[1] - b[0]) > BAR_BAND * em or _gap(a, b) > BAR_GAP * em:
        return False
    spans = [_ink_span(crop[top:bottom]) for top, bottom in (a, b)]
    if not _beside(spans[0], spans[1], BAR_BESIDE * em):
        return False
    widths = [x1 - x0 for x0, x1 in spans]
    if max(widths) > BAR_WIDEST * em:
        return False  # wider than a character and its 、: a border's rest, a rule
    if min(widths) >= PART_WIDTH * em:
        return True  # two bars
    # a bar and the 、 after it: the narrower right of the bar's end, a dot's height
    wide, narrow = (0, 1) if widths[0] >= widths[1] else (1, 0)
    dot = (a, b)[narrow]
    return (widths[wide] >= PART_WIDTH * em and spans[narrow][0] >= spans[wide][1] - BAR_DOT * em
            and dot[1] - dot[0] >= BAR_DOT * em)


def _ink_span(band: np.ndarray) -> tuple[int, int]:
    cols = np.flatnonzero(band.any(axis=0))
    return (int(cols[0]), int(cols[-1]) + 1) if len(cols) else (0, 0)


def _beside(a: tuple[int, int], b: tuple[int, int], near: float) -> bool:
    return b[0] <= a[1] + near and a[0] <= b[1] + near


def _ink_width(band: np.ndarray) -> int:
    cols = np.flatnonzero(band.any(axis=0))
    return int(cols[-1] - cols[0] + 1) if len(cols) else 0


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0], b[0]) - min(a[1], b[1])


TALL_BAND = 1.6  # ems: a band of ink rows this tall or taller may be two lines of text
THIN_ROW = 0.12  # ... joined by a row holding less than this share of the band's fullest row


def _stacked(rows: np.ndarray, top: int, bottom: int, em: int) -> list[tuple[int, int]]:
    """The band [top, bottom) of ink rows (`rows`: ink pixels per row), cut into lines
    where it is two or more lines tall and a thin row joins them: a pen's stroke or a
    seal's ring across the gap between two lines of a cell (the recogniser reads one
    line at a time, and reads two as the first of them)."""
    if em <= 0 or bottom - top < TALL_BAND * em:
        return [(top, bottom)]
    lo, hi = top + round(0.6 * em), bottom - round(0.6 * em)
    if hi <= lo:
        return [(top, bottom)]
    at = lo + int(np.argmin(rows[lo:hi]))
    thin = THIN_ROW * rows[top:bottom].max()
    if rows[at] > thin:
        return _parted_by_a_mark(rows, top, bottom, lo, hi, em)
    end, start = at, at + 1  # the thin rows on either side of the cut go with it
    while end > top + 1 and rows[end - 1] <= thin:
        end -= 1
    while start < bottom - 1 and rows[start] <= thin:
        start += 1
    return _stacked(rows, top, end, em) + _stacked(rows, start, bottom, em)


def _parted_by_a_mark(rows: np.ndarray, top: int, bottom: int, lo: int, hi: int, em: int
                      ) -> list[tuple[int, int]]:
    """The band [top, bottom) cut where, between `lo` and `hi`, a run of rows LOW_RUN ems
    long or longer holds under LOW_ROW of its fullest row each: the gap between two lines
    of a cell that a grey seal's character beside them, or its ring, fills with a few
    strokes (产床(全复 / 合双体产, 昌 at their right: every row of the gap holds 13 of the
    fullest row's 82 pixels, no row thin enough for THIN_ROW).  Each side of the cut is a
    line, LINE_PART ems tall or more: a short line's sparse rows (5亿元, its 元's middle,
    under a seal's blot that fills the fullest row) are no gap."""
    low = LOW_ROW * rows[top:bottom].max()
    gaps = [(a, b) for a, b in _runs(rows[lo:hi] <= low, 0) if b - a >= LOW_RUN * em]
    if not gaps:
        return [(top, bottom)]
    a, b = max(gaps, key=lambda g: g[1] - g[0])
    if min(lo + a - top, bottom - lo - b) < LINE_PART * em:
        return [(top, bottom)]  # a sparse run inside one line (5亿元 beside a seal's blot)
    return _stacked(rows, top, lo + a, em) + _stacked(rows, lo + b, bottom, em)


LOW_ROW = 0.25
LOW_RUN = 0.3
LINE_PART = 0.8  # ems: each side of such a gap is a line, as tall as its characters


def padded(grey: np.ndarray, b: Box) -> np.ndarray:
    """The line's image with a margin of paper, for the recogniser."""
    h, w = grey.shape
    return grey[max(b.top - PAD, 0) : min(b.bottom + PAD, h),
                max(b.x0 - PAD, 0) : min(b.x1 + PAD, w)]


LOW_MARK = 0.45  # a comma's ink lies below this share of the line's height from its top
NEAR_MARK = 1.0  # ems: how far from where the engine read it a mark's ink may lie


CHAR_SPACING = 0.1  # ems: the blank that parts any two characters' ink, at most


def blank_after_mark(line: np.ndarray, x: float, em: float, *, low: bool = True,
                     centred: bool = False) -> float | None:
    """The blank after the low mark (a comma; `low` False: any narrow mark, a colon) read
    at `x` in the line's image (binary, ink non-zero), in ems (`em`: the text's height in
    px); None where no such mark lies near `x` or nothing follows it.  `centred`: with
    the blank before the mark beyond CHAR_SPACING added, since some faces set a full-width
    mark in the middle of its square, not at its left (a web page printed by Chromium:
    0.46 em before the ， and 0.44 after it, where a half-width , leaves 0.1 or less
    before it)."""
    ink = np.asarray(line > 0)
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.asarray(ink.any(axis=0))
    if not len(rows) or em <= 0:
        return None
    top = rows[0]
    best: tuple[float, int, int] | None = None
    for x0, x1 in _runs(cols, 0):
        mark = ink[:, x0:x1]
        first = int(np.flatnonzero(mark.any(axis=1))[0])
        if (not low or first - top >= LOW_MARK * em) and x1 - x0 <= em / 2:
            away = abs((x0 + x1) / 2 - x)
            if away <= NEAR_MARK * em and (best is None or away < best[0]):
                best = (away, x1, x0)
    if best is None:
        return None
    after = np.flatnonzero(cols[best[1]:])
    if not len(after):
        return None
    before = np.flatnonzero(cols[: best[2]])
    centring = (best[2] - 1 - before[-1]) / em - CHAR_SPACING if centred and len(before) else 0.0
    return float(after[0]) / em + max(0.0, centring)


def blank_between(line: np.ndarray, xa: float, xb: float, em: float) -> float:
    """The widest blank between two characters read at `xa` and `xb` in the line's image
    (binary, ink non-zero), in ems: the run of columns without ink between them."""
    cols = np.asarray(np.asarray(line > 0).any(axis=0))
    lo, hi = max(int(xa), 0), min(int(xb) + 1, len(cols))
    if hi <= lo or em <= 0:
        return 0.0
    return max((x1 - x0 for x0, x1 in _runs(~cols[lo:hi], 0)), default=0) / em


def bands_of_mark(line: np.ndarray, x: float, em: float, darker: np.ndarray | None = None
                  ) -> int | None:
    """How many bands of ink, one above the other, the mark read at `x` in the line's
    image (binary, ink non-zero) is made of: 3 for ≧ (the chevron and two bars), 1 or 2
    for ≥; None where no mark lies near `x`.  `darker`, the line's ink at a darker level,
    separates the bars where a pale print blurred them into the chevron (`_bars_darker`)."""
    ink = np.asarray(line > 0)
    cols = np.asarray(ink.any(axis=0))
    near = [(abs((x0 + x1) / 2 - x), x0, x1) for x0, x1 in _runs(cols, 0)]
    near = [n for n in near if n[0] <= NEAR_MARK * em]
    if not near or em <= 0:
        return None
    _, x0, x1 = min(near)
    mark = ink[:, x0:x1]
    bands = list(_runs(np.asarray(mark.any(axis=1)), 0))
    if len(bands) == 2 and _two_bars(mark[bands[1][0] : bands[1][1]]):
        return 3
    if len(bands) < 3 and darker is not None and _bars_darker(np.asarray(darker[:, x0:x1] > 0)):
        return 3
    if len(bands) == 1 and _solid_base(_without_specks_below(mark[slice(*bands[0])]))[0] == 2:
        return 3  # a small ≧ in a low-resolution picture: its bars and chevron one blot
    return len(bands)


SPECK_ROW = 0.25  # a row at a mark's foot with ink over less of its width is a speck's


def _without_specks_below(mark: np.ndarray) -> np.ndarray:
    """The mark without the rows at its foot that hold a speck of the JPEG's, not a bar."""
    bottom = mark.shape[0]
    while bottom > 1 and np.count_nonzero(mark[bottom - 1]) < SPECK_ROW * mark.shape[1]:
        bottom -= 1
    return mark[:bottom]


def _bars_darker(mark: np.ndarray) -> bool:
    """The mark, at a darker level of ink, is three bands whose lower two are bars: flat
    (FLAT_BAR of the mark's height at most) and wide (WIDE_BAR of its width at least): ≧
    in a pale phone photo, where the paper between its bars is a light grey."""
    bands = list(_runs(np.asarray(mark.any(axis=1)), 0))
    if len(bands) != 3:
        return False
    height = bands[-1][1] - bands[0][0]
    return all(bottom - top <= FLAT_BAR * height
               and np.count_nonzero(mark[top:bottom].any(axis=0)) >= WIDE_BAR * mark.shape[1]
               for top, bottom in bands[1:])


RAISED_BOTTOM = 0.6  # a raised mark's ink ends above this share of the line's height
RAISED_WIDTH = 0.6  # ems: and it is at most this wide (a superscript 2)
RAISED_AFTER = 0.4  # ems: and begins at most this far after the mark before it


def raised_mark_after(line: np.ndarray, x: float, em: float, *, joined: bool = True
                      ) -> tuple[int, int] | None:
    """The columns [x0, x1) of a small raised mark straight after the mark read at `x` in
    the line's image (binary, ink non-zero), apart from it or joined to it
    (`_raised_at_right`): the 2 of ㎡ after its m (the engine, which has no ㎡, reads it m2
    or m); None where the next ink is not one.  Not `joined`: the engine read a 2 after the
    m, so a 2 joined to the m counts only where it ends clear above the baseline beyond the
    m's last stroke (a 2 typed on the line rises above x-height too, down to the baseline)."""
    cols = [r for r in _runs(np.asarray(line.any(axis=0)), 0)]
    if em <= 0 or not cols:
        return None
    here = min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - x))
    if abs((cols[here][0] + cols[here][1]) / 2 - x) > NEAR_MARK * em:
        return None
    start = max(cols[here][0], round(x - M_HALF * em))  # (the m's own ink, where the blur
    at_right = _raised_at_right(line, start, cols[here][1])  # joins it to the figures before)
    if at_right is not None and (joined or _ends_clear_above(line, at_right[1], em)):
        return at_right
    if here + 1 >= len(cols):
        return None
    x0, x1 = cols[here + 1]
    if x0 - cols[here][1] > RAISED_AFTER * em or x1 - x0 > RAISED_WIDTH * em:
        return None
    rows = np.flatnonzero(line[:, x0:x1].any(axis=1))
    return (x0, x1) if rows.size and rows[-1] < RAISED_BOTTOM * line.shape[0] else None


M_HALF = 0.3  # ems before an m's centre where its own ink is weighed from: its left half,
# clear of a figure the blur joins to it (300m2 one run of ink)
RAISED_TOP = 0.3  # a letter's ink at x-height begins below this share of the line's height
RAISED_CLEAR = 0.1  # ems: a joined raised 2 stands this far beyond its m, clear above the
# baseline (a night photo's ㎡, its 2 touching the m's last leg, read m2)


def _raised_at_right(line: np.ndarray, x0: int, x1: int) -> tuple[int, int] | None:
    """The right end of the mark [x0, x1) where its ink rises above x-height while its left
    half keeps below it: a raised 2 joined to its m by the print or the blur (㎡), or a 2
    typed on the line joined to its m (`_ends_clear_above` tells them apart)."""
    h = line.shape[0]
    mid, right = x0 + (x1 - x0) // 2, x1 - max((x1 - x0) // 3, 1)
    left_rows = np.flatnonzero(line[:, x0:mid].any(axis=1))
    right_rows = np.flatnonzero(line[:, right:x1].any(axis=1))
    if not left_rows.size or not right_rows.size:
        return None
    if left_rows[0] >= RAISED_TOP * h and right_rows[0] < RAISED_TOP * h:
        return right, x1
    return None


def _ends_clear_above(line: np.ndarray, x1: int, em: float) -> bool:
    """The last RAISED_CLEAR ems of ink before `x1` end above RAISED_BOTTOM of the line."""
    rows = np.flatnonzero(line[:, max(x1 - max(round(RAISED_CLEAR * em), 1), 0) : x1]
                          .any(axis=1))
    return bool(rows.size) and rows[-1] < RAISED_BOTTOM * line.shape[0]


BLURRED_GAP = 0.5  # a row between two bars holds less than this share of a bar's ink


def _two_bars(band: np.ndarray) -> bool:
    """The band under a comparator's chevron is two bars the blur joined (≧ in a phone
    photo): rows as wide as the mark above and below a row with less than BLURRED_GAP of
    their ink, where the paper between them was."""
    counts = band.sum(axis=1)
    full = counts >= WIDE_BAR * band.shape[1]
    thin = np.flatnonzero(counts < BLURRED_GAP * counts.max())
    return any(full[:i].any() and full[i + 1 :].any() for i in thin)


FLAT_BAR = 0.3  # a bar under a comparator's chevron is at most this share of the mark's height
WIDE_BAR = 0.6  # ... and at least this share of its width
APEX_SHIFT = 0.15  # the chevron's middle lies this share of its width right (≥) or left (≤)
BESIDE_ROWS = 0.25  # share of the lower half's rows where a slanted bar runs beside the stroke


def comparator_shape(line: np.ndarray) -> str | None:
    """What a mark alone in its line (binary, ink non-zero) shows, if it is a comparator
    with bars: ≥ or ≤ (a chevron over one bar), ≧ or ≦ (over two); None for anything else
    (a chevron alone, =, a figure).  A bar is flat, a band of its own under the chevron,
    or slanted along the chevron's lower stroke (⩾, as many Chinese fonts draw ≥), a run
    of ink beside that stroke in the rows of the mark's lower half.  The chevron points
    where its middle rows' ink lies, against its top row's."""
    ink = np.asarray(line > 0)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if len(rows) < 6 or len(cols) < 4:
        return None
    m = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h, w = m.shape
    bands = list(_runs(np.asarray(m.any(axis=1)), 0))
    bars, top = 0, h
    for b0, b1 in reversed(bands[1:]):
        across = np.flatnonzero(m[b0:b1].any(axis=0))
        if b1 - b0 > FLAT_BAR * h or across[-1] - across[0] + 1 < WIDE_BAR * w:
            break
        bars, top = bars + 1, b0
    if not bars:
        bars, top = _solid_base(m)
    if not bars:
        counts = [len(list(_runs(r, 0))) for r in m]
        lower, upper = counts[h // 2 :], counts[: h // 2]
        beside = sum(c >= 2 for c in lower)
        if beside < BESIDE_ROWS * len(lower) or sum(c >= 2 for c in upper) > beside / 2:
            return None
        bars = 2 if sum(c >= 3 for c in lower) >= BESIDE_ROWS * len(lower) else 1
    chevron = m[:top]
    filled = np.flatnonzero(chevron.any(axis=1))
    if len(filled) < 3:
        return None
    first, middle = filled[0], filled[len(filled) // 3]
    shift = (np.flatnonzero(chevron[middle]).mean() - np.flatnonzero(chevron[first]).mean()) / w
    if abs(shift) < APEX_SHIFT:
        return None
    return ("≥" if shift > 0 else "≤") if bars == 1 else ("≧" if shift > 0 else "≦")


SOLID_BASE = (0.15, 0.45)  # shares of a small mark's height its bars, blurred into one
# block under the chevron, take: one bar up to TWO_BARS, two above it
TWO_BARS = 0.25
SOLID_ROW = 0.8  # a row of that block is ink over this share of its extent, as wide as a bar


def _solid_base(m: np.ndarray) -> tuple[int, int]:
    """The bars of a small comparator (`comparator_shape`) that the blur joined to each
    other and to the chevron: a block of full rows at the mark's foot, each as wide as a
    bar (`WIDE_BAR`); (bars, the block's first row), (0, height) where there is none."""
    h, w = m.shape
    top = h
    while top > 0:
        cols = np.flatnonzero(m[top - 1])
        if not len(cols) or cols[-1] - cols[0] + 1 < WIDE_BAR * w or len(cols) < SOLID_ROW * (
                cols[-1] - cols[0] + 1):
            break
        top -= 1
    share = (h - top) / h
    if not SOLID_BASE[0] <= share <= SOLID_BASE[1]:
        return 0, h
    return (2 if share > TWO_BARS else 1), top
