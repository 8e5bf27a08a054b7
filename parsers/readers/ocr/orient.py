"""A page turned upright by quarter turns, before anything else is done to it: a landscape
table scanned sideways on a portrait scanner, a sheet fed upside down, a phone held the
other way.  Skew (a few degrees) is `image.deskew`'s; this is only 90°, 180° and 270°.

    sideways    the page's text runs down it: its characters, spread along the page's
                columns, join into tall lines, not into wide ones along its rows; then
                the page read a quarter round each way, and turned the way it reads
                surest
    upside down the page's lines read with more faith turned half round: PP-OCR's text
                model reads a line upside down as a few unlikely characters

No library does this on a table page: Tesseract's orientation detection (OSD) wants its
own engine and a model for the script; PP-OCR's line classifier turns a line half round
but not a page a quarter, and was trained on lines found by its own detector.  Two cheap
measures of the page's own lines, and the recogniser already loaded, tell all four.
"""

from __future__ import annotations

import cv2
import numpy as np

from jixiao.parsers.readers.ocr.engine import recogniser
from jixiao.parsers.readers.ocr.image import ink
from jixiao.parsers.readers.ocr.lines import Box, padded, ruling_masks, text_height

SHRINK = 2  # the page is measured at half size
LINE_SHAPE = 4  # a run of characters this many times as long as it is thick is a line
MAX_THICK = 2.0  # ems: thicker, a block of lines or a seal, not one line
# The text runs down the page when its tall lines hold this many times the ink of its wide
# ones: an upright table's few tall marks (a column of 1 2 3, a letter-spaced label) hold
# a twentieth of its wide lines' (0.04-0.06 measured), a sideways page's tall lines 1.7-2.8
# times its wide ones' (the half-character spread joins some of its close lines)
SIDEWAYS = 1.2
MIN_LINE_EMS = 40  # ... and hold this many characters' length at least (a page of a few
# short cells, the rest of a table atop its last page, tells nothing either way)
MIN_READ = 12  # characters read in the sample lines, at least, for their faith to tell
SAMPLE = 8  # lines read each way round to tell up from down (one batch of the model)
LONGEST = 12  # ems of each: enough characters to tell
FAITH = 0.9  # the lines' mean certainty read the right way up: above it, no need to try
MORE_FAITH = 0.15  # ... another way round must read this much surer to be taken
DEFAULT_EM = 12  # px at half size, where the page has too few marks to measure


def upright(bgr: np.ndarray) -> np.ndarray:
    """The page image turned by the quarter turns that set its text upright (the same
    array when it is upright already)."""
    h, w = bgr.shape[:2]
    small = cv2.resize(bgr, (max(w // SHRINK, 1), max(h // SHRINK, 1)),
                       interpolation=cv2.INTER_AREA)
    grey = small if small.ndim == 2 else cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    text = text_ink(ink(grey))
    em = text_height(text) or DEFAULT_EM
    tall = line_ink(np.ascontiguousarray(text.T), em)
    sideways = tall > SIDEWAYS * max(line_ink(text, em), 1) and tall >= MIN_LINE_EMS * em
    as_is = _lines(bgr, text, em)
    faith = _faith(as_is)
    if sideways:  # the page read a quarter round each way, and kept as it is unless surer
        best, turn = faith, 0
        for quarter in (90, 270):
            other = _faith(_lines(_turned(bgr, quarter), _turned(text, quarter), em))
            if other > best + MORE_FAITH:
                best, turn = other, quarter
        return _turned(bgr, turn) if turn else bgr
    if as_is and faith < FAITH:
        other = _faith([cv2.rotate(im, cv2.ROTATE_180) for im in as_is])
        if other > faith + MORE_FAITH:
            return _turned(bgr, 180)
    return bgr


def _lines(page: np.ndarray, text: np.ndarray, em: int) -> list[np.ndarray]:
    """The images of the page's SAMPLE longest lines along its rows, for the recogniser."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    return [padded(grey, _scaled(b)) for b in line_boxes(text, em)]


def text_ink(binary: np.ndarray) -> np.ndarray:
    """The ink less the ruling lines (a table's lines run both ways, whichever way up)."""
    horizontal, vertical = ruling_masks(binary, dotted=False)
    rules = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    return cv2.bitwise_and(binary, cv2.bitwise_not(rules))


def _runs_of_characters(text: np.ndarray, em: int) -> tuple[int, np.ndarray]:
    """The ink spread along its rows by half a character (the blank between two
    characters of a line, not between two lines), as connected components."""
    spread = cv2.dilate(text, np.ones((1, max(em // 2, 2)), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(spread, connectivity=8)
    return n, stats


def line_ink(text: np.ndarray, em: int) -> int:
    """How much of the page lies in lines running along its rows (summed widths)."""
    n, stats = _runs_of_characters(text, em)
    return int(sum(bw for _x, _y, bw, bh, _a in stats[1:n]
                   if bw >= LINE_SHAPE * bh and bh <= MAX_THICK * em))


def line_boxes(text: np.ndarray, em: int) -> list[Box]:
    """The SAMPLE longest lines along the rows, as boxes at half size, each cut to its
    first LONGEST ems."""
    n, stats = _runs_of_characters(text, em)
    found = [Box(int(x), int(y), int(x + min(bw, LONGEST * em)), int(y + bh))
             for x, y, bw, bh, _a in stats[1:n]
             if bw >= LINE_SHAPE * bh and bh <= MAX_THICK * em]
    return sorted(found, key=lambda b: -b.width)[:SAMPLE]


def _scaled(b: Box) -> Box:
    return Box(b.x0 * SHRINK, b.top * SHRINK, b.x1 * SHRINK, b.bottom * SHRINK)


def _faith(lines: list[np.ndarray]) -> float:
    """The mean certainty of the characters read in the lines; 0 when fewer than
    MIN_READ are read (a page's few short cells, a dash read either way up, tell
    nothing)."""
    chars = [c for rd in recogniser()(lines) for c in rd.chars] if lines else []
    return float(np.mean(chars)) if len(chars) >= MIN_READ else 0.0


def _turned(img: np.ndarray, degrees: int) -> np.ndarray:
    if degrees == 0:
        return img
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
            270: cv2.ROTATE_90_COUNTERCLOCKWISE}[degrees]
    return np.ascontiguousarray(cv2.rotate(img, code))
