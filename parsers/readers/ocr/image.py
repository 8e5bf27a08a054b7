"""A page image made fit to read: coloured ink removed, the page flattened, lit evenly and
turned straight.  Each step takes and returns an image and does nothing when it finds no
reason to act.

    unstreaked      a sheet feeder's streaks (a speck on its glass: a thin line down the
                    whole image, dark; a dead sensor pixel: a white one) painted over
                    with the columns either side, before anything turns the picture
    remove_ink      red and violet seals and blue pen strokes turned white (HSV masks), so
                    that a seal over a cell or a signature across a line is not read as
                    text; a second layer keeps what may be a ruling line under them
                    (`layers`)
    unwarp          a phone photo: the page, the largest four-cornered shape in the picture,
                    warped to a rectangle (a flatbed scan has none and is left alone)
    even_light      the background estimated by a wide blur and divided out
    deskew          the angle of the long ruling lines, undone
    unsheared       upright ruling lines that all lean alike (a parallelogram), made upright
    unbow           a sheet that did not lie flat: its ruling lines, bowed, made straight
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from jixiao.parsers.readers.ocr.lines import text_height

# HSV boxes (OpenCV: H 0-180, S and V 0-255) of the inks that are not the printed text:
# (hue from, hue to, least saturation, least value, the channel that shows paper through
# that ink).  A printed heading in a muted blue is less saturated than pen ink.
# seals from a purple ink pad (an office's second pad, or red ink aged towards violet),
# between the pens' blue and the seals' red: told in the blue channel, where violet is lightest
VIOLET_HUES = (136, 159)
INKS: tuple[tuple[int, int, int, int, int], ...] = (
    (0, 12, 60, 40, 2),  # seals (印章) and red stamps: the red channel
    (160, 180, 60, 40, 2),
    (95, 135, 150, 40, 0),  # ballpoint and gel pen signatures: the blue channel
    (*VIOLET_HUES, 80, 40, 0),  # violet seals (above): the blue channel
)
# Violet ink is darker than red in every channel: in the blue channel, where it is lightest,
# its dense strokes are some 0.3-0.6 of the paper's brightness, black print under it (JPEG's
# blur and all) at most some 0.3; brighter than 0.4 is ink on paper (a dense stroke's
# middle left darker stays, a ghost too thin to read, as a red seal's edge once did); the
# ruling lines' layer keeps PRINT_UNDER_INK, as for red seals
VIOLET_PAPER_UNDER_INK = 0.4
# Under an ink, brighter than this share of the paper around it in the ink's channel:
# paper, made white (a seal in the dim corner of a photo is as light, in its channel, as
# the paper there; a thin grey ruling line under it is darker, and stays)
SHADOWED = 180  # grey level: paper darker than this lies in a shadow (a hand's, a phone's)
PAPER_UNDER_INK = 0.55
PRINT_UNDER_INK = 0.75  # ... and for the ruling lines, darker than this share: print
# ... where there is paper: in the ink's channel the surroundings of paper are brighter than
# this even in the dim corner of a photo (a page lit at two thirds is ~165); darker
# surroundings are the desk or the floor a page was photographed on, whose brown or wood
# falls in the seals' box of hues, and which made white would take the page's corner with it
MIN_PAPER = 96
# A pixel whose red exceeds its green and its blue by this much is seal ink however pale:
# the blurred fringe of a seal's strokes and JPEG's colour bleeding are too pale for the
# HSV boxes, and were left as a grey ghost of the seal (its ring read as ruling lines, its
# characters as letters in a cell).  Black print is never this red.
SEAL_CHROMA = 18
# The masks are widened by this much: the outermost pixels of an ink's strokes, blurred
# into the paper, are grey rather than coloured; there the grey is the ink's channel as it
# is (paper there is light, a thin ruling line beside the seal keeps its own grey).
FRINGE = np.ones((5, 5), np.uint8)

# A photo under a warm lamp has paper whose colour falls in the seals' box of hues (orange:
# its red some 1.8 times its blue in a night photo): the paper is made neutral first, each
# colour channel scaled so that the paper's (the WHITE_SHARE percentile of the picture,
# mostly paper) is as bright as its brightest channel's, where one channel is CAST times
# another or more.  A white page under daylight or a scanner's lamp is left as it is, and
# so is recycled or yellowed paper (some 1.2 times: its yellow is no seal's hue).
WHITE_SHARE = 90
CAST = 1.3

PAGE_SHARE = 0.35  # a quadrilateral covering this share of the photo can be the page
FRAME_SHARE = 0.97  # ... unless it is the photo's own frame
INK_DARKNESS = 190  # grey levels: print is darker than this once lit evenly
# A page printed with too little toner: its darkest ink (the FADED_SHARE percentile of its
# ink pixels) paler than FADED_PRINT (measured: 100-130 on faded pages, 20-60 on ordinary
# print, scanned or photographed, grey or colour) is made as dark as PRINT_BLACK there,
# on a page with at least MIN_INK_SHARE of it ink (`restored`).  A photo blurred at some
# 100 dpi is as pale by this measure (111-117) and is made darker too: none of the chat
# photos of the unseen batches reads otherwise for it.
FADED_SHARE = 5
FADED_PRINT = 90
PRINT_BLACK = 40
MIN_INK_SHARE = 0.002
FADED_BANDS = 40  # the page's width in bands, each measured on its own (streaks)
MIN_BAND_INK = 200  # ink pixels a band needs to be measured (else between its neighbours)
MAX_SKEW = 8.0  # degrees: a larger angle is not a skewed scan (a rotated page, a diagram)
MIN_SKEW = 0.15  # degrees: smaller is not worth a resampling


# A sheet feeder scans the sheet as it moves past one line of sensors: a speck of dust or
# toner on its glass draws a thin dark line down the whole image, straight whatever the
# sheet's skew, and a dead sensor pixel a white one.  Read as they are, a dark streak is an
# upright ruling line through every row it crosses (a value's 1 cut off from its 00%), a
# white one a cut through each line and character.  A column is a streak where, against
# the columns STREAK_SIDE px either side, it differs by STREAK_CONTRAST grey levels in
# nearly every row where they agree (dark: where both sides are paper, in STREAK_SHARE of
# such rows over the image, and of those in its top and bottom STREAK_MARGIN, where a
# scanned sheet has margins and no table reaches; white: where both sides are ink, in
# STREAK_SHARE of at least STREAK_LEAST_INK such rows spread over half the height).  A
# table's upright border ends above the bottom margin and below the top one; a photo's
# lines are never one column of pixels from top to bottom.
STREAK_SIDE = 4  # px
STREAK_CONTRAST = 30  # grey levels
STREAK_SHARE = 0.9
STREAK_MARGIN = 0.03  # of the image's height
STREAK_WIDEST = 4  # px: a wider run of such columns is no speck's line
STREAK_LEAST_INK = 40  # rows where a white streak crosses ink


def unstreaked(bgr: np.ndarray) -> np.ndarray:
    """The image with its feeder streaks (above) painted over, each column of a streak
    and the one beside it on either side drawn between the columns two px beyond, in
    every row; the same array when there is none."""
    grey = bgr if bgr.ndim == 2 else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    h, w = grey.shape
    s = STREAK_SIDE
    if w <= 4 * s or h < 10 / STREAK_MARGIN:
        return bgr
    g = grey.astype(np.int16)
    left, mid, right = g[:, : -2 * s], g[:, s:-s], g[:, 2 * s :]
    near = np.abs(left - right) < STREAK_CONTRAST // 2  # both sides alike
    paper = near & (np.minimum(left, right) >= INK_DARKNESS)
    darker = paper & (np.minimum(left, right) - mid >= STREAK_CONTRAST)
    inked = near & (np.maximum(left, right) < INK_DARKNESS - STREAK_CONTRAST)
    lighter = inked & (mid - np.maximum(left, right) >= STREAK_CONTRAST)
    m = max(round(STREAK_MARGIN * h), 1)
    dark = _share(darker, paper, h // 2)
    for band in (slice(0, m), slice(h - m, h)):
        dark &= _share(darker[band], paper[band], m // 2)
    white = _share(lighter, inked, STREAK_LEAST_INK) & _spread(lighter, h // 2)
    columns = np.flatnonzero(dark | white) + s
    if not len(columns):
        return bgr
    out = bgr.copy()
    for run in np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1):
        x0, x1 = int(run[0]) - 1, int(run[-1]) + 1
        if run[-1] - run[0] + 1 > STREAK_WIDEST or x0 < 2 or x1 > w - 3:
            continue
        a, b = out[:, x0 - 2].astype(np.float32), out[:, x1 + 2].astype(np.float32)
        for k, x in enumerate(range(x0, x1 + 1), 1):
            t = k / (x1 - x0 + 2)
            out[:, x] = np.round(a * (1 - t) + b * t).astype(out.dtype)
    return out


def _share(hits: np.ndarray, rows: np.ndarray, least: int) -> np.ndarray:
    """Columns where `hits` are STREAK_SHARE of `rows` (at least `least` of them)."""
    count = rows.sum(axis=0)
    return (count >= least) & (hits.sum(axis=0) >= STREAK_SHARE * np.maximum(count, 1))


def _spread(hits: np.ndarray, least: int) -> np.ndarray:
    """Columns whose first and last hit are `least` rows apart or more."""
    any_hit = hits.any(axis=0)
    first = np.argmax(hits, axis=0)
    last = hits.shape[0] - 1 - np.argmax(hits[::-1], axis=0)
    return any_hit & (last - first >= least)


def remove_ink(bgr: np.ndarray) -> np.ndarray:
    """Grey image without the red and blue inks: where a pixel has that ink's colour, its
    grey is the channel of the ink's own colour, in which the ink is as light as paper
    while black print under it (a ruling line, text under a seal) stays dark; light
    there, it is paper and made white."""
    return layers(bgr)[:, :, 0]


def white_balanced(bgr: np.ndarray) -> np.ndarray:
    """The picture with its paper made neutral where a lamp's colour casts it (`CAST`):
    each channel scaled by the brightest channel's paper over its own."""
    if bgr.ndim != 3:
        return bgr
    paper = np.percentile(bgr[::4, ::4].reshape(-1, bgr.shape[2]), WHITE_SHARE, axis=0)
    paper = np.maximum(paper.astype(np.float32), 1)
    if paper.max() < CAST * paper.min():
        return bgr
    gains = paper.max() / paper
    return np.clip(bgr.astype(np.float32) * gains, 0, 255).astype(np.uint8)


def layers(bgr: np.ndarray) -> np.ndarray:
    """Two grey images of the page without its coloured inks: the text's (`remove_ink`),
    and the ruling lines', which keeps also what under an ink is only somewhat darker
    than paper in the ink's channel (`PRINT_UNDER_INK`): a thin ruling line through a seal
    in a JPEG, whose red bled into it, is that light; a seal's stroke is lighter.  Colours
    are told on the picture `white_balanced` (a lamp's orange paper is no seal)."""
    bgr = white_balanced(bgr)
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    rules = grey.copy()
    blank: np.ndarray | None = None  # the paper's own grey, found once an ink is
    claimed = np.zeros(grey.shape, bool)  # what the red and blue inks took, with fringes
    reddish: np.ndarray | None = None  # `_reddish`, found once a red ink is looked at
    em: int | None = None  # the print's characters' height, found once an ink is
    kept: dict[tuple[int, int], np.ndarray] = {}  # text typed in an ink's colour (`typed`)
    papers: dict[int, np.ndarray] = {}  # `background` of each channel, found once (the
    # seals' two boxes of hues share one, the pen's and the violet seal's another)
    for lo, hi, saturation, value, channel in INKS:
        violet = (lo, hi) == VIOLET_HUES
        mask = cv2.inRange(hsv, (lo, saturation, value), (hi, 255, 255)) > 0
        if channel == 2:
            reddish = _reddish(bgr) if reddish is None else reddish
            mask |= reddish
        elif violet:
            # violet is told last, and only where no red seal or blue pen was: a red seal's
            # JPEG fringe can be magenta, and in the blue channel red ink is dark as print
            mask = (mask | _violet(bgr)) & ~claimed
        if not mask.any():
            continue
        seen = bgr[:, :, channel]
        if channel not in papers:
            papers[channel] = background(seen)
        around = papers[channel]
        mask &= around >= MIN_PAPER
        if em is None:
            em = text_height(ink(grey))
        # typed in colour: told over the ink's whole mask (red's two boxes of hues
        # together: each alone holds a figure in pieces)
        family = (lo, hi) if channel != 2 else (0, 180)
        if family not in kept:
            paper_around = around >= MIN_PAPER  # on paper: a desk's brown is red too
            core = _of_hues(hsv, family) & paper_around
            edges = reddish if channel == 2 and reddish is not None else core
            kept[family] = typed(core | (edges & paper_around), em, core)
        mask &= ~kept[family]
        if not mask.any():
            continue
        fringe = (cv2.dilate(mask.astype(np.uint8), FRINGE) > 0) & ~mask
        paper = around[mask].astype(np.float32)
        # made paper: white, but in a shadow as grey as the paper around it (white there
        # would be a bright disc, which evening the light then turns into a halo over
        # the text around it)
        if blank is None:
            paper_grey = background(grey)
            blank = np.where(paper_grey < SHADOWED, np.maximum(paper_grey, grey), 255)
        under = VIOLET_PAPER_UNDER_INK if violet else PAPER_UNDER_INK
        grey[mask] = np.where(seen[mask] > under * paper, blank[mask], seen[mask])
        rules[mask] = np.where(seen[mask] > PRINT_UNDER_INK * paper, blank[mask], seen[mask])
        if violet:
            # no fringe: its pale edge is in the mask already (`_violet`), and next to a
            # red seal's magenta fringe the blue channel would darken what red left white
            fringe[:] = False
        grey[fringe] = rules[fringe] = seen[fringe]
        claimed |= mask | fringe
    for text in kept.values():
        # typed in colour: as dark as its darkest channel (a red figure's grey is some
        # 130, as pale as a seal's remains on a grey page, which a cell's line is not)
        grey[text] = np.minimum(grey[text], bgr[text].min(axis=1))
    return np.dstack([grey, rules])


# Figures typed in colour (a form's filled-in values in blue, a revised figure in red) are
# print, not a seal or a pen: in an ink's mask they are marks no taller than a character
# (TYPED_TALL ems), in rows with gaps of at most TYPED_GAP ems, two or more (or one
# between TYPED_RUN and TYPED_BIG ems wide: figures that touch, as JPEG blurs them; a
# signature's scrawl, one stroke, is wider), away by TYPED_NEAR ems from every mark of
# that ink both taller than a character and larger than TYPED_BIG ems (a seal's ring, a
# stamp's box): a seal's own characters and star lie within its ring.  A pen's tick is
# one mark alone.
TYPED_TALL = 1.5
TYPED_BIG = 2.5
TYPED_NEAR = 0.5
TYPED_GAP = 1.2
TYPED_STEP = 0.25
TYPED_RUN = 1.2
TYPED_CORE = 0.2
TYPED_CROSSED = np.ones((5, 5), np.uint8)  # closes over a border's print


def _of_hues(hsv: np.ndarray, family: tuple[int, int]) -> np.ndarray:
    """The pixels in the HSV boxes of the ink `family`: the seals' red in both its boxes
    of hues for (0, 180), else the one ink of those hues."""
    red = family == (0, 180)
    found = np.zeros(hsv.shape[:2], bool)
    for lo, hi, saturation, value, channel in INKS:
        if (channel == 2) if red else (lo, hi) == family:
            found |= cv2.inRange(hsv, (lo, saturation, value), (hi, 255, 255)) > 0
    return found


def typed(mask: np.ndarray, em: int, core: np.ndarray | None = None) -> np.ndarray:
    """The part of an ink's `mask` that is typed text (above); none without `em`.  `core`:
    where the mask is the ink's own hue (its HSV box), which a row of typed text is in
    TYPED_CORE of its pixels or more (red figures: about half; a yellow highlighter's
    stroke, red enough for `_reddish` round the print it covers: 0-3 %)."""
    keep = np.zeros(mask.shape, bool)
    if not em or mask.sum() < em:  # hardly a speck of that ink
        return keep
    # the work done within the ink's own box (a seal's, a signature's: a small part of
    # the page, most often), with a large mark's reach of paper round it
    ys, xs = np.nonzero(mask)
    margin = round(TYPED_NEAR * em) + 2
    top, left = max(int(ys.min()) - margin, 0), max(int(xs.min()) - margin, 0)
    bottom, right = int(ys.max()) + margin + 1, int(xs.max()) + margin + 1
    window = (slice(top, bottom), slice(left, right))
    keep[window] = _typed(mask[window], em, None if core is None else core[window])
    return keep


def _typed(mask: np.ndarray, em: int, core: np.ndarray | None) -> np.ndarray:
    """`typed` within one window of the page."""
    keep = np.zeros(mask.shape, bool)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    # the large marks found with the print that crosses them closed over: a seal's ring
    # on a table is cut into arcs by every border it crosses
    _, _, whole, _ = cv2.connectedComponentsWithStats(
        cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, TYPED_CROSSED),
        connectivity=8)
    near = np.zeros(mask.shape, np.uint8)
    pad = round(TYPED_NEAR * em)
    for bx, by, bw, bh, _area in whole[1:]:
        if bh > TYPED_TALL * em and max(bw, bh) > TYPED_BIG * em:
            cv2.rectangle(near, (int(bx) - pad, int(by) - pad),
                          (int(bx + bw) + pad, int(by + bh) + pad), 1, thickness=-1)
    big = (h > TYPED_TALL * em) & (np.maximum(w, h) > TYPED_BIG * em)
    flat = ~big & (h <= TYPED_TALL * em)
    flat[0] = False
    if not flat.any():
        return keep
    marks = np.isin(labels, np.flatnonzero(flat)) & (near == 0)
    # rows of characters: the marks joined across gaps of TYPED_GAP ems along a line, and
    # of TYPED_STEP ems up or down (一 stands in the middle of its line, 、 at its foot)
    gap = max(round(TYPED_GAP * em), 1)
    step = max(round(TYPED_STEP * em), 1)
    rows = cv2.dilate(marks.astype(np.uint8), np.ones((step, gap), np.uint8))
    count, groups, boxes, _ = cv2.connectedComponentsWithStats(rows, connectivity=8)
    for g in range(1, count):
        gx, gy, gw, gh = boxes[g, :4]
        here = marks[gy:gy + gh, gx:gx + gw] & (groups[gy:gy + gh, gx:gx + gw] == g)
        inside = np.unique(labels[gy:gy + gh, gx:gx + gw][here])
        cols = np.flatnonzero(here.any(axis=0))
        wide = cols[-1] - cols[0] + 1 if len(cols) else 0
        if core is not None and core[gy:gy + gh, gx:gx + gw][here].mean() < TYPED_CORE:
            continue
        if len(inside) >= 2 or TYPED_RUN * em <= wide <= TYPED_BIG * em:
            keep[gy:gy + gh, gx:gx + gw] |= here
    return keep


def _violet(bgr: np.ndarray) -> np.ndarray:
    """Pixels whose red and blue both exceed their green by SEAL_CHROMA: a violet seal's
    pale fringe, as `_reddish` finds a red one's (black print, grey paper and a blue pen,
    its red low, are never so)."""
    b, g, r = (bgr[:, :, i].astype(np.int16) for i in range(3))
    return np.asarray(np.minimum(r, b) - g >= SEAL_CHROMA)


def _reddish(bgr: np.ndarray) -> np.ndarray:
    """Pixels redder than their green and blue by SEAL_CHROMA (`SEAL_CHROMA`)."""
    b, g, r = (bgr[:, :, i].astype(np.int16) for i in range(3))
    return np.asarray(r - np.maximum(g, b) >= SEAL_CHROMA)


def unwarp(grey: np.ndarray) -> np.ndarray:
    """The page warped flat when the picture shows it as a quadrilateral on a background
    (found in the first layer; every layer warped alike)."""
    h, w = grey.shape[:2]
    small = cv2.resize(_first(grey), (w // 4, h // 4))
    _, bright = cv2.threshold(cv2.GaussianBlur(small, (5, 5), 0), 0, 255,
                              cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return grey
    page = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(page) / (small.shape[0] * small.shape[1])
    if not PAGE_SHARE <= area <= FRAME_SHARE or _paper_beyond(page, bright):
        return grey
    quad: np.ndarray | None = cv2.approxPolyDP(page, 0.02 * cv2.arcLength(page, True), True)
    # a shadow over an edge (the phone's, the hand's) is as dark as the desk and bites
    # into the page's outline: its hull has the page's corners, or, where the bite took a
    # corner, its four longest sides meet there; only where the desk shows all round (a
    # flatbed's page reaches the picture's sides, and a shade along one of them is no desk)
    if quad is not None and len(quad) != 4 and _on_a_desk(page, small.shape):
        hull = cv2.convexHull(page)
        quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if quad is not None and len(quad) > 4:
            quad = _four_sides(quad.reshape(-1, 2).astype(np.float64), small.shape)
    if quad is None or len(quad) != 4:
        return grey
    corners = _order(quad.reshape(4, 2).astype(np.float32) * 4)
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                      dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    flat = cv2.warpPerspective(grey, matrix, (width, height), flags=cv2.INTER_CUBIC,
                               borderValue=PAPER)
    # the sheet's very edge: slivers of the desk the corners, found at a quarter of the
    # size, left inside it, whose line against the paper would be read as a table's frame
    # round the page; no printer prints there
    m = max(round(EDGE_SHARE * min(width, height)), 1)
    for band in (flat[:m], flat[-m:], flat[:, :m], flat[:, -m:]):
        band[...] = 255
    return flat


DESK_ROUND = 0.01  # of the picture's side: a page this near a side reaches it
# Beyond a photographed sheet lies the desk, darker than paper; where more than
# PAPER_BEYOND of the picture beyond the brightest outline is as bright as it, that outline
# is a stretch of one sheet parted from the rest by a band across it (a workbook's shaded
# rows carried across the page: the sheet below the last band was taken for the page, and
# the table above it cut off), not the sheet.
PAPER_BEYOND = 0.1


def _paper_beyond(outline: np.ndarray, bright: np.ndarray) -> bool:
    """More than PAPER_BEYOND of the picture `bright` (paper) lies beyond `outline`."""
    inside = np.zeros_like(bright)
    cv2.drawContours(inside, [outline], -1, 255, cv2.FILLED)
    return bool(np.count_nonzero(bright & ~inside) > PAPER_BEYOND * bright.size)


def _on_a_desk(outline: np.ndarray, shape: tuple[int, ...]) -> bool:
    """The outline keeps clear of all four sides of the picture: a sheet on a desk."""
    h, w = shape[:2]
    x, y, bw, bh = cv2.boundingRect(outline)
    return bool(x > DESK_ROUND * w and y > DESK_ROUND * h
                and x + bw < (1 - DESK_ROUND) * w and y + bh < (1 - DESK_ROUND) * h)


def _four_sides(poly: np.ndarray, shape: tuple[int, ...]) -> np.ndarray | None:
    """The quadrilateral of a convex outline's four longest sides (a sheet's; the short
    ones are where a shadow cut a corner off), each corner where two of them meet; None
    where two are parallel or a corner falls off the picture."""
    n = len(poly)
    longest = sorted(range(n), key=lambda i: -np.linalg.norm(poly[(i + 1) % n] - poly[i]))
    sides = sorted(longest[:4])
    corners = []
    for a, b in zip(sides, sides[1:] + sides[:1], strict=True):
        p, r = poly[a], poly[(a + 1) % n] - poly[a]
        q, t = poly[b], poly[(b + 1) % n] - poly[b]
        cross = r[0] * t[1] - r[1] * t[0]
        if abs(cross) < 1e-6 * np.linalg.norm(r) * np.linalg.norm(t):
            return None
        u = ((q - p)[0] * t[1] - (q - p)[1] * t[0]) / cross
        corner = p + u * r
        h, w = shape[:2]
        if not (-0.05 * w <= corner[0] <= 1.05 * w and -0.05 * h <= corner[1] <= 1.05 * h):
            return None
        corners.append(corner)
    return np.array(corners, dtype=np.float32).reshape(4, 1, 2)


PAPER = (255, 255, 255, 255)  # white in every layer, where a warp reaches past the image
EDGE_SHARE = 0.012  # of a photographed sheet's shorter side: 2.5 mm of an A4 sheet


def _first(img: np.ndarray) -> np.ndarray:
    """The first layer (the text's) of a page image of one or more layers."""
    return img if img.ndim == 2 else np.ascontiguousarray(img[:, :, 0])


def _order(pts: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
                    dtype=np.float32)


def even_light(grey: np.ndarray) -> np.ndarray:
    """Shadows and a bright corner divided out (the paper's `background`, found in the
    first layer; every layer divided by it)."""
    paper = np.maximum(background(_first(grey)), 1)
    if grey.ndim == 2:
        return cv2.divide(grey, paper, scale=255)
    return np.dstack([cv2.divide(np.ascontiguousarray(grey[:, :, k]), paper, scale=255)
                      for k in range(grey.shape[2])])


def restored(grey: np.ndarray) -> np.ndarray:
    """Print a printer low on toner left pale made dark again (every layer by the first's
    measure): where the page's darkest ink (the FADED_SHARE percentile of its ink pixels)
    is paler than FADED_PRINT, the darkness of every pixel stretched so that it is
    PRINT_BLACK, and more in a band of columns whose darkest ink is paler still: a worn
    drum prints paler in streaks down the page; the streaks gone, a line's end is as dark
    as its start (as `scan`'s test for a seal's character read at a line's end asks).  A
    page of ordinary print (its darkest 20-60) is left as it is, and so is one with hardly
    any ink (a blank back)."""
    first = _first(grey)
    marks = ink(first) > 0
    if marks.mean() < MIN_INK_SHARE:
        return grey
    dark = float(np.percentile(first[marks], FADED_SHARE))
    if dark <= FADED_PRINT:
        return grey
    w = first.shape[1]
    step = max(w // FADED_BANDS, 1)
    centres, levels = [], []
    for x in range(0, w, step):
        here = marks[:, x : x + step]
        if here.sum() >= MIN_BAND_INK:
            centres.append(x + step / 2)
            levels.append(float(np.percentile(first[:, x : x + step][here], FADED_SHARE)))
    level = np.interp(np.arange(w), centres, levels) if centres else np.full(w, dark)
    gain = (255 - PRINT_BLACK) / (255 - np.minimum(level, 254))
    darkness = 255 - grey.astype(np.float32)
    scaled = darkness * (gain[None, :, None] if grey.ndim == 3 else gain[None, :])
    return np.clip(255 - scaled, 0, 255).astype(np.uint8)


def background(grey: np.ndarray) -> np.ndarray:
    """The paper's brightness at each pixel: what remains of the page after closing away
    everything thinner than a character stroke, blurred."""
    k = max(15, (min(grey.shape) // 40) | 1)
    closed = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    return cv2.GaussianBlur(closed, (k, k), 0)


def ink(grey: np.ndarray) -> np.ndarray:
    """Binary image, ink white on black: darker than its surroundings, and dark outright
    (what is left of a seal or a pen stroke is light grey on the lit-evenly page)."""
    local = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                  cv2.THRESH_BINARY_INV, 31, 15)
    return cv2.bitwise_and(local, cv2.inRange(grey, 0, INK_DARKNESS))


# A table's borders may be printed light grey (a spreadsheet's gridlines, a template's
# grey lines: 40-65 grey levels below the paper, once the light is even) or photographed
# soft; no character is that light, but a line is a line however pale.  What is FAINT
# levels darker than the mean around it may be such a line (the back's print showing
# through thin paper is 15-20 levels, a line's halo after a blur less).
FAINT = 16


def faint_ink(grey: np.ndarray) -> np.ndarray:
    """Binary image of what is FAINT grey levels darker than its surroundings, however
    light: where `ruling_masks` looks for light ruling lines (never for text)."""
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                 cv2.THRESH_BINARY_INV, 31, FAINT)


def skew_angle(binary: np.ndarray) -> float:
    """Degrees the long horizontal ruling lines lean (as OpenCV turns images: positive is
    clockwise on screen), the median over the lines; 0 without any.  A short flat opening
    keeps the pieces of a leaning line and drops the text; the pieces of one line touch
    each other, and a straight line fitted through each long group gives its slope."""
    w = binary.shape[1]
    flat = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((1, max(w // 80, 8)), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=8)
    angles = []
    for i in range(1, n):
        x, y, bw, bh, _area = stats[i]
        if bw < w // 4:
            continue
        ys, xs = np.nonzero(labels[y : y + bh, x : x + bw] == i)
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        angle = math.degrees(math.atan(slope))
        if abs(angle) <= MAX_SKEW:
            angles.append(angle)
    return float(np.median(angles)) if angles else text_skew(binary)


# A page without long ruling lines (a notice in prose, its table on another page) leans as its
# text lines do: the angle at which its rows of ink are sharpest (the squared ink of each row
# summed is largest: lines of text and the blank between them), tried every TEXT_SKEW_STEP
# degrees up to TEXT_SKEW_MAX, on the page shrunk TEXT_SKEW_SHRINK times
TEXT_SKEW_MAX = 4.0
TEXT_SKEW_STEP = 0.1  # (a coarse pass four times as wide first, then half this around it)
TEXT_SKEW_SHRINK = 2
MIN_TEXT_INK = 0.002  # share of the page's pixels that are ink: less is no text to go by


def text_skew(binary: np.ndarray) -> float:
    """Degrees the text lines lean (as `skew_angle`), 0 on a page with hardly any ink.  A
    line of text leaning across its neighbours' rows blurs the rows' profile; turned
    straight, each row is all ink or all paper."""
    h, w = binary.shape
    small = cv2.resize(binary, (w // TEXT_SKEW_SHRINK, h // TEXT_SKEW_SHRINK),
                       interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    if small.size == 0 or small.mean() < MIN_TEXT_INK:
        return 0.0
    sh, sw = small.shape

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), angle, 1.0)
        rows = cv2.warpAffine(small, m, (sw, sh), flags=cv2.INTER_LINEAR).sum(axis=1)
        return float(np.dot(rows, rows))

    coarse = 4 * TEXT_SKEW_STEP
    steps = round(TEXT_SKEW_MAX / coarse)
    best = max((k * coarse for k in range(-steps, steps + 1)), key=sharpness)
    fine = [best + k * TEXT_SKEW_STEP / 2 for k in range(-8, 9)]
    return float(max(fine, key=sharpness))


def deskew(grey: np.ndarray) -> np.ndarray:
    """The page turned straight (the angle read in the first layer; every layer turned)."""
    angle = skew_angle(ink(_first(grey)))
    if abs(angle) < MIN_SKEW:
        return grey
    h, w = grey.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(grey, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=PAPER)


def unsheared(grey: np.ndarray) -> np.ndarray:
    """The page with its upright ruling lines made upright where, the page turned straight
    by its flat lines, they still lean alike (`shear_angle`): a photo's sheet unwarped from
    a corner a thumb or a shadow hid is a parallelogram, its flat lines level and its
    upright ones all leaning a degree or so.  Each row is moved across by the lean times
    its distance from the page's middle row (every layer alike)."""
    angle = shear_angle(ink(_first(grey)))
    if abs(angle) < MIN_SHEAR:
        return grey
    h, w = grey.shape[:2]
    lean = math.tan(math.radians(angle))
    matrix = np.array([[1.0, -lean, lean * h / 2], [0.0, 1.0, 0.0]], np.float32)
    return cv2.warpAffine(grey, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=PAPER)


MIN_SHEAR = 0.3  # degrees: less is what fitting a line to its pixels measures of none
UPRIGHT_LINE = 0.25  # of the page's height: an upright ruling line this long counts


def shear_angle(binary: np.ndarray) -> float:
    """Degrees the long upright ruling lines lean from the vertical (positive: their foot to
    the right), the median over them weighted by their length; 0 with fewer than two (a
    page without a table) or where they do not all lean the same way, each by half of
    MIN_SHEAR or more (a scan's upright lines stand within a few hundredths of a degree
    either side; a photo's perspective leans them apart, which this does not undo)."""
    h = binary.shape[0]
    tall = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((max(h // 80, 8), 1), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(tall, connectivity=8)
    leans: list[tuple[float, int]] = []
    for i in range(1, n):
        x, y, bw, bh, _area = stats[i]
        if bh < UPRIGHT_LINE * h:
            continue
        ys, xs = np.nonzero(labels[y : y + bh, x : x + bw] == i)
        slope = np.polyfit(ys.astype(np.float64), xs.astype(np.float64), 1)[0]
        angle = math.degrees(math.atan(slope))
        if abs(angle) <= MAX_SKEW:
            leans.append((angle, int(bh)))
    if len(leans) < 2:
        return 0.0
    ordered = sorted(leans)
    half, seen = sum(b for _a, b in ordered) / 2, 0
    middle = ordered[-1][0]
    for a, b in ordered:
        seen += b
        if seen >= half:
            middle = a
            break
    if any(a * middle <= 0 or abs(a) < MIN_SHEAR / 2 for a, _b in leans):
        return 0.0
    return middle


# A sheet photographed as it lay, bowed (held in a hand, folded once, curling off a binder):
# its horizontal ruling lines are curves, each a parabola near enough.  A line that leaves
# its straight chord by less than MIN_BOW px everywhere is straight (a flatbed's scan, and
# what the JPEG and the deskew leave of a line); one fitted worse than BOW_FIT px (the
# median distance of its pixels from the curve) is not one ruling line.  The lines that
# bow are made straight by moving each column of the page up or down, by the bow of the
# lines above and below that place, in proportion to its distance from each.
MIN_BOW = 2.5  # px
BOW_FIT = 1.5  # px
MIN_BOWED_LINES = 2


def bows(binary: np.ndarray) -> list[tuple[int, int, np.ndarray]]:
    """The long horizontal ruling lines as (first x, last x, coefficients of a parabola
    y(x)), each fitted through the pixels of one piece kept by a short flat opening."""
    h, w = binary.shape
    flat = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((1, max(w // 80, 8)), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=8)
    found = []
    for i in range(1, n):
        x, y, bw, bh, _area = stats[i]
        if bw < w // 3 or bh > h // 10:
            continue
        ys, xs = np.nonzero(labels[y : y + bh, x : x + bw] == i)
        xs, ys = xs.astype(np.float64) + x, ys.astype(np.float64) + y
        coef = np.polyfit(xs, ys, 2)
        if float(np.median(np.abs(np.polyval(coef, xs) - ys))) <= BOW_FIT:
            found.append((int(x), int(x + bw - 1), coef))
    return found


def _bow(x0: int, x1: int, coef: np.ndarray, xs: np.ndarray) -> np.ndarray:
    """How far the curve lies below its chord at each of `xs` (held at its ends' values
    beyond them)."""
    at = np.clip(xs, x0, x1)
    chord = np.polyval(coef, x0) + (np.polyval(coef, x1) - np.polyval(coef, x0)) * (
        (at - x0) / max(x1 - x0, 1))
    return np.polyval(coef, at) - chord


def unbow(grey: np.ndarray) -> np.ndarray:
    """The page with its bowed ruling lines made straight (found in the first layer;
    every layer moved alike); a page whose lines are straight is returned as it is."""
    h, w = grey.shape[:2]
    xs = np.arange(w, dtype=np.float64)
    lines = []
    for x0, x1, coef in bows(ink(_first(grey))):
        bow = _bow(x0, x1, coef, xs)
        if float(np.abs(bow).max()) >= MIN_BOW:
            lines.append((float(np.polyval(coef, (x0 + x1) / 2)), bow))
    if len(lines) < MIN_BOWED_LINES:
        return grey
    lines.sort(key=lambda line: line[0])
    at = np.array([y for y, _ in lines])  # each line's height at its middle
    shift = np.array([bow for _, bow in lines])  # (lines, w)
    # each row of the page: the bow of the lines above and below it, weighed by nearness
    rows = np.arange(h, dtype=np.float64)
    k = np.clip(np.searchsorted(at, rows), 1, len(at) - 1)
    t = np.clip((rows - at[k - 1]) / np.maximum(at[k] - at[k - 1], 1), 0, 1)[:, None]
    field = (1 - t) * shift[k - 1] + t * shift[k]
    map_x = np.broadcast_to(xs.astype(np.float32), (h, w))
    map_y = (rows[:, None] + field).astype(np.float32)
    return cv2.remap(grey, np.ascontiguousarray(map_x), map_y, cv2.INTER_CUBIC,
                     borderMode=cv2.BORDER_CONSTANT, borderValue=PAPER)


def squared(grey: np.ndarray) -> np.ndarray:
    """The page's perspective undone by its table's own frame, where a photo shows no desk
    to find the sheet by (taken so close that the sheet fills the picture): the outermost
    long ruling lines, each fitted straight, left and right, top and bottom; where two
    opposite ones lean apart by KEYSTONE degrees or more (a rectangle seen at a slant), the
    quadrilateral they make is warped to a rectangle (every layer alike).  A scan's or a
    flattened photo's frame is a rectangle already, and is left as it is."""
    binary = ink(_first(grey))
    h, w = binary.shape
    found: dict[bool, list[tuple[float, float, float, int, int]]] = {}
    for across, kernel, least in ((False, (1, max(h // 50, 10)), FRAME_LINE * h),
                                  (True, (max(w // 50, 10), 1), FRAME_LINE * w)):
        mask = cv2.morphologyEx(binary, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        found[across] = []
        for i in range(1, count):
            x, y, bw, bh = stats[i, :4]
            if (bw if across else bh) < least:
                continue
            ys, xs = np.nonzero(labels[y : y + bh, x : x + bw] == i)
            # x = a·y + b for an upright line, y = a·x + b for a flat one
            a, b = np.polyfit(ys + y, xs + x, 1) if not across else np.polyfit(xs + x, ys + y, 1)
            mid = h / 2 if not across else w / 2
            found[across].append((a * mid + b, a, b, *((x, x + bw) if across else (y, y + bh))))
    # the table's frame, not a sheet's edge against the desk at a corner of the picture:
    # the upright lines that stand within the flat ones' reach, and the other way round
    frame = {}
    for across in (False, True):
        other = found[not across]
        if not other:
            return grey
        tol = FRAME_REACH * (h if across else w)
        lo, hi = min(o[3] for o in other) - tol, max(o[4] for o in other) + tol
        lines = [line for line in found[across] if lo <= line[0] <= hi]
        if len(lines) < 2:
            return grey
        frame[across] = (min(lines)[:3], max(lines)[:3])
    leans = [abs(np.degrees(np.arctan(first[1]) - np.arctan(last[1])))
             for first, last in frame.values()]
    if max(leans) < KEYSTONE:
        return grey
    (_, la, lb), (_, ra, rb) = frame[False]
    (_, ta, tb), (_, ba, bb) = frame[True]

    def meet(va: float, vb: float, ha: float, hb: float) -> tuple[float, float]:
        y = (ha * vb + hb) / (1 - ha * va)  # x = va·y + vb and y = ha·x + hb
        return va * y + vb, y

    corners = np.array([meet(la, lb, ta, tb), meet(ra, rb, ta, tb), meet(ra, rb, ba, bb),
                        meet(la, lb, ba, bb)], dtype=np.float32)
    tl, tr, br, bl = corners
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    x0, y0 = float(tl[0] + bl[0]) / 2, float(tl[1] + tr[1]) / 2
    target = np.array([[x0, y0], [x0 + width, y0], [x0 + width, y0 + height],
                       [x0, y0 + height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(grey, matrix, (w, h), flags=cv2.INTER_CUBIC,
                               borderValue=PAPER)


FRAME_LINE = 0.3  # of the page's side: a ruling line this long may be the table's frame
KEYSTONE = 0.4  # degrees two opposite sides of the frame lean apart in perspective
FRAME_REACH = 0.02  # of the page's side: how far past the crossing lines' ends a frame may be


def prepare(bgr: np.ndarray) -> np.ndarray:
    """The chain above: a grey page, ink removed, flat, evenly lit and straight."""
    return _first(prepare_layers(bgr))


def prepare_layers(bgr: np.ndarray) -> np.ndarray:
    """`prepare` of both `layers`: [:, :, 0] the text's, [:, :, 1] the ruling lines'.  A
    page `unwarp` found on a desk is flat already: only a picture it left as it was (a
    scan, a close-up) is `squared` by its table's frame."""
    seen = layers(bgr)
    flat = unwarp(seen)
    straight = unsheared(deskew(restored(even_light(flat))))
    return unbow(straight if flat is not seen else squared(straight))
