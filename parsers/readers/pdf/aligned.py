"""Tables drawn with no lines at all (a Word table whose borders were set to none, a
sheet printed without gridlines, a web page's table printed without its style, a scan whose
inner lines were lost): rows and columns read from where the text stands.

    text_lines      the page's lines, each cut into pieces where a gap of GAP em or more
                    parts its glyphs (one piece a cell's line)
    table_runs      the runs of lines that make a table: from a line of two pieces or
                    more to the last such line, MIN_SPLIT of them at least, with the lines
                    that go on a cell after the last
    rivers          the column boundaries: blank rivers down the run that the gaps of
                    several lines share (or a gap between two of a header's words) and the
                    text of few lines about them crosses
    split_at        a figure set right that runs up to the next column's words cut from
                    them at the narrow blank between, the boundary put there
    rows_of         lines grouped into rows by the cells above each piece: one whose last
                    line filled its column wrapped into the line (the line goes on the
                    row), one that ended short of it was whole (the line opens a row);
                    votes, with labels as their words say (一级 / 指标 goes on, 成本指标
                    is whole)
    merged_down     a key label going on down beside its rows (绩效目标 by 目标1, 目标2),
    centred         and level names set in the middle of merged cells: no rule there
    run_grid        rules drawn between the rows and down every boundary but where a row's
                    text crosses it (and between a row's two pieces no river parts): the
                    ruled finder's own `grid_of`, so spans and merges come out as ever

Why by hand: pdfplumber's "text" strategy finds columns from words aligned on one edge of
a whole page, and takes every line for a row; a table's cells wrap, and a wrapped cell's
lines are one cell.  What no line shows stays unknown: a merged cell whose text sits at its
top is read as a blank level below, which the layout fills down, as for every format.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from jixiao.parsers.readers.pdf.page import Glyph, PageContent
from jixiao.parsers.readers.pdf.ruled import Grid, Line, grid_of
from jixiao.parsers.readers.pdf.text import build_lines, is_cjk
from jixiao.parsers.readers.pdf.unruled import Span, uprights
from jixiao.vocab.labels import (
    FUNDING_WORDS,
    HEADER_SYNONYMS,
    KEY_ENDINGS,
    KEY_LABELS,
    LEVEL_HEADERS,
    OTHER_KEY_LABELS,
    OTHER_KEY_MAX_CHARS,
    clean_label,
    level_kind,
)

GAP = 0.8  # em of blank between glyphs on a line that parts two cells
CUT = 0.15  # em: a blank this wide within a piece may still part two cells (`split_at`)
HALF_LINE = 1.0  # em: lines nearer than this (their middles) are one (a line's pitch is 1.3+)
SPACED = 1.6  # em: a word spaced out a character at a time leaves gaps no wider
FRAME_CELLS = 2  # a ruled grid of no more cells is a frame round its text (`frames`)
MIN_SPLIT = 4  # lines of two pieces or more a table has at least
MAX_LONE = 8  # lines of one piece in a row within a table: more ends it (prose between tables)
NARROW = 2.5  # em: a column no wider is narrow (its cells fill their lines, `_goes_on`)
FULL = 0.9  # em: a cell's line ending nearer the column's widest line filled it (wrapped)
RIVER_SUPPORT = 2  # lines whose gaps a river runs through, at least
CROSS_SHARE = 0.25  # share of the lines about a river whose text may cross it
CLUSTER = 6  # lines: gaps of a river further apart than this are of two blocks of rows
PAD = 2.0  # pt: the drawn rules lie this far outside the text
SAME_COLUMN = 6.0  # pt: a table's side this near the page before's is the same
STEP = 1.2  # the table's line pitch: a line after it further down than this is no row of it
TOP_MARGIN = 0.07  # share of the page height where a running header stands (a page's text
# starts at 0.085 under Word's margin of 2.54 cm)
# a target's figure, whole (≥95%, 1.2万亩, 10): one under another is the next row's
_FIGURE = re.compile(r"[≥≤＞＜><=＝≧≦]?\s*\d(?:[\d.,，]*\d)?"
                     r"(?:\s*[%％‰]|[\u4e00-\u9fff]{1,3}|[A-Za-z㎡]{1,3})?")
OPENING = frozenset("(（《“")  # ... and a printer breaks a line before these, the word after
CLOSING = frozenset("。，、；：？！）》」』”’.,;:?!)]")  # no line may open with these

# what a template writes as a label: the key rows' and the indicator header's words
_KEY_WORDINGS = frozenset(clean_label(w) for words in (
    *KEY_LABELS.values(), *(words for _field, words in HEADER_SYNONYMS),
    LEVEL_HEADERS.values(), OTHER_KEY_LABELS, FUNDING_WORDS) for w in words)
# ... of which an indicator header's
_HEADER_WORDINGS = frozenset(clean_label(w) for words in (
    *(words for _field, words in HEADER_SYNONYMS), LEVEL_HEADERS.values()) for w in words)
# ... of which the levels' headings head a column of names, not a caption going down
_LEVEL_HEADINGS = frozenset(LEVEL_HEADERS.values())
# ... and a short label ending with a unit's role (中央主管部门, 省级财政部门); not with the
# other labels' endings, which names of indicators end with as often (完成时间, 资金来源)
_KEY_ENDINGS = ("财政部门", *(w for _field, words in KEY_ENDINGS for w in words))


Piece = tuple[float, float, str]  # a cell's line: from x, to x, its text


@dataclass(slots=True)
class TLine:
    """A line of the page cut into pieces (x0, x1, text), one per cell it crosses."""

    top: float
    bottom: float
    size: float
    pieces: list[Piece]
    # piece → where it may be cut: the blanks (from x, to x, at text index) narrower than
    # a cell's gap but wider than a glyph's (`CUT`) that part its glyphs
    cuts: dict[Piece, list[tuple[float, float, int]]] = field(default_factory=dict)


River = tuple[float, float]  # a blank band down a table between two columns: from x to x
Gap = tuple[float, float, int]  # a blank between two pieces of a line: from x, to x, line
ENDED = (0.0, float("-inf"), "")  # a cell whose text ended above the row's last line


@dataclass(slots=True)
class _Row:
    lines: list[TLine] = field(default_factory=list)
    # column → the pieces the row's last line holds there (ENDED: none, the cell ended)
    last: dict[int, list[Piece]] = field(default_factory=dict)


def aligned_grids(page: PageContent, ruled: list[Grid], carry: list[float] | None = None
                  ) -> tuple[list[Grid], list[Grid]]:
    """The page's tables drawn with no lines, top to bottom, where the page has no ruled
    table, or where its only lines frame one (`frames`: a fax's or a crumpled sheet's
    scan, whose inner lines were lost, or a table boxed by its outer border alone).
    Returns the ruled grids kept and the grids read from the text.  `carry`: the sides
    and column boundaries of such a table that ended the page before; a table opening
    the page goes on with them (a row the break split is then joined)."""
    framed = [g for g in ruled if frames(g)]
    if len(framed) < len(ruled):
        return ruled, []
    glyphs = page.glyphs if not ruled else [g for g in page.glyphs if _inside_any(g, framed)]
    lines = text_lines(glyphs)
    body = [ln for ln in lines if ln.top >= TOP_MARGIN * page.height]
    grids = []
    for run in table_runs(lines):
        goes_on = carry is not None and bool(body) and run[0] is body[0]
        grid = run_grid(run, carry if goes_on else None)
        if grid is not None:
            grids.append(grid)
    return (ruled, []) if not grids else ([], grids)


def frames(grid: Grid) -> bool:
    """A ruled grid of at most FRAME_CELLS cells: a box round text, not a table's rows."""
    return len(grid.regions) <= FRAME_CELLS


def _inside_any(g: Glyph, grids: list[Grid]) -> bool:
    cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom
               for x0, top, x1, bottom in (grid.bbox for grid in grids))


def text_lines(glyphs: list[Glyph]) -> list[TLine]:
    """The glyphs' lines, each cut into pieces at gaps of GAP em; a word spaced out one
    character at a time (产 出 指 标, 项 目 名 称) is one piece; lines half a line apart
    side by side one line (`_half_a_line_apart`)."""
    out: list[TLine] = []
    for ln in build_lines([g for g in glyphs if not g.text.isspace()]):
        pieces: list[Piece] = []
        cuts: list[list[tuple[float, float, int]]] = []
        last = None
        for g in ln.glyphs:
            size = max(g.size, last.size) if last is not None else g.size
            gap = g.x0 - last.x1 if last is not None else 0.0
            if last is not None and (gap < GAP * size or (
                    gap < SPACED * size and _spaced(pieces[-1][2], g.text))):
                x0, _, text = pieces[-1]
                joint = "" if gap < GAP * size else " "
                if CUT * size <= gap < GAP * size:
                    cuts[-1].append((last.x1, g.x0, len(text)))
                pieces[-1] = (x0, g.x1, text + joint + g.text)
            else:
                pieces.append((g.x0, g.x1, g.text))
                cuts.append([])
            last = g
        line = TLine(ln.top, ln.bottom, ln.size, pieces,
                     {p: c for p, c in zip(pieces, cuts, strict=True) if c})
        if out and _half_a_line_apart(out[-1], line):
            out[-1] = TLine(min(out[-1].top, line.top), max(out[-1].bottom, line.bottom),
                            max(out[-1].size, line.size),
                            sorted([*out[-1].pieces, *line.pieces]),
                            {**out[-1].cuts, **line.cuts})
        else:
            out.append(line)
    return out


def split_at(run: list[TLine], found: list[River]) -> list[float]:
    """A piece that runs into a river from one side and out of it on the other, and into
    no other river, where a narrow blank inside the river parts a figure from what follows
    is two cells' text: a figure set right in its cell runs up to the next column's words
    set left (470 | 人/天 printed from a sheet as 470人/天, the blank between them narrower
    than a cell's gap).  Cuts them there, and returns the column boundaries: in the middle
    of each river, or of the blank where its pieces were cut (a boundary right of the
    figures set right)."""
    cut_at: dict[int, tuple[float, float]] = {}
    for ln in run:
        if not ln.cuts:
            continue
        pieces: list[Piece] = []
        for p in ln.pieces:
            for r, (lo, hi) in enumerate(found):
                if not (p[0] < hi and lo < p[1] and (p[0] < lo - PAD or p[1] > hi + PAD)):
                    continue
                if sum(1 for a, b in found if p[0] < b and a < p[1]) > 1:
                    break  # a sentence across the row's columns (a key's value merged over
                    # them), however its words are spaced (Word's blank between 资金 and 100)
                cut = next((c for c in ln.cuts.get(p, ())
                            if lo - PAD <= c[0] and c[1] <= hi + PAD
                            and _FIGURE.fullmatch(p[2][:c[2]])), None)
                if cut is not None:
                    left, right = (p[0], cut[0], p[2][:cut[2]]), (cut[1], p[1], p[2][cut[2]:])
                    pieces.append(left)
                    ln.cuts[right] = [(a, b, k - cut[2]) for a, b, k in ln.cuts[p]
                                      if a >= cut[1]]
                    was = cut_at.get(r, (cut[0], cut[1]))
                    cut_at[r] = (max(was[0], cut[0]), min(was[1], cut[1]))
                    p = right
            pieces.append(p)
        ln.pieces = pieces
    return [(cut_at[r][0] + cut_at[r][1]) / 2 if r in cut_at and cut_at[r][0] <= cut_at[r][1]
            else (lo + hi) / 2 for r, (lo, hi) in enumerate(found)]


def _half_a_line_apart(above: TLine, line: TLine) -> bool:
    """Two lines less than HALF_LINE em apart whose pieces stand side by side: cells set in
    their middles (垂直居中), a one-line cell beside a two-line one standing half a line
    off each of its lines; one line of the table."""
    size = max(above.size, line.size)
    apart = (line.top + line.bottom) / 2 - (above.top + above.bottom) / 2
    return apart < HALF_LINE * size and not any(
        a[0] < b[1] and b[0] < a[1] for a in above.pieces for b in line.pieces)


def _spaced(before: str, char: str) -> bool:
    """The piece so far is Chinese characters each after a space, and one more follows."""
    return is_cjk(char) and all(is_cjk(c) for c in before[::2]) and (
        len(before) == 1 or set(before[1::2]) == {" "})


def table_runs(lines: list[TLine]) -> list[list[TLine]]:
    """Runs of lines from a line of two pieces to the last such line, MAX_LONE lines of
    one piece at most between two; each run with MIN_SPLIT lines of two pieces."""
    runs: list[list[TLine]] = []
    run: list[TLine] = []
    lone: list[TLine] = []
    for ln in lines:
        if len(ln.pieces) >= 2:
            if run and len(lone) <= MAX_LONE:
                run += lone
            elif run:
                runs.append(run)
                run = []
            lone = []
            run.append(ln)
        elif run and _in_step(run, lone, ln):
            run.append(ln)  # the table's last lines: a cell of its last row, or rows
        elif run:
            lone.append(ln)
        if run and len(lone) > MAX_LONE:
            runs.append(run)
            run, lone = [], []
    if run:
        runs.append(run)
    return [r for r in runs if sum(len(ln.pieces) >= 2 for ln in r) >= MIN_SPLIT]


def _in_step(run: list[TLine], lone: list[TLine], ln: TLine) -> bool:
    """A line of one piece after the table's lines of two, at their pitch, standing where
    a piece of theirs starts: the table's own (a goal's line below its label, the wrapped
    rest of a last row), not the prose after it."""
    if lone:
        return False
    last = run[-1]
    pitch = min((b.top - a.top for a, b in itertools.pairwise(run)),
                default=last.bottom - last.top)
    starts = {round(p[0]) for line in run for p in line.pieces}
    x0 = ln.pieces[0][0]
    return (ln.top - last.top <= STEP * pitch
            and any(abs(x0 - x) <= PAD for x in starts))


def run_grid(run: list[TLine], carry: list[float] | None = None) -> Grid | None:
    """The run's grid: rules between its rows (left out where a cell goes on down) and
    down its boundaries (left out where a row's text crosses one), by the ruled finder's
    `grid_of`; its `columns` what a part atop the next page takes (`carry` this one's)."""
    left = min(p[0] for ln in run for p in ln.pieces) - PAD
    right = max(p[1] for ln in run for p in ln.pieces) + PAD
    found = rivers(run)
    bounds = split_at(run, found)
    if carry is not None and _agrees(carry, left, found, right):
        left, bounds, right = carry[0], carry[1:-1], carry[-1]
    reach = _reach(run, bounds, right)
    rows = rows_of(run, bounds, reach)
    if len(rows) < 2:
        return None
    ys = [rows[0].lines[0].top - PAD]
    for above, below in itertools.pairwise(rows):
        ys.append((above.lines[-1].bottom + below.lines[0].top) / 2)
    ys.append(rows[-1].lines[-1].bottom + PAD)
    edges = [left, *bounds, right]
    hs = [Line(True, ys[0], ((left, right),)), Line(True, ys[-1], ((left, right),))]
    down = merged_down(rows, bounds)
    for r, columns in centred(rows, bounds).items():
        down[r - 1] |= columns
    for r, columns in enumerate(down, start=1):
        drawn = [(edges[c], edges[c + 1]) for c in range(len(edges) - 1) if c not in columns]
        if drawn:
            hs.append(Line(True, ys[r], tuple(_joined(drawn))))
    spans: list[list[Span]] = [[(p[0], p[1]) for ln in row.lines for p in ln.pieces]
                               for row in rows]
    vs = uprights(ys, left, right, bounds, spans)
    # a gap within a row that no boundary passes: a boundary in that row alone
    for r, row in enumerate(rows):
        for ln in row.lines:
            for a, b in zip(ln.pieces, ln.pieces[1:], strict=False):
                if not any(a[1] < x < b[0] for x in bounds):
                    vs.append(Line(False, (a[1] + b[0]) / 2, ((ys[r], ys[r + 1]),)))
    grid = grid_of((sorted(hs, key=lambda h: h.pos), sorted(vs, key=lambda v: v.pos)))
    if grid is not None:
        grid.columns = [left, *bounds, right]
    return grid


def _agrees(carry: list[float], left: float, found: list[River], right: float) -> bool:
    """The columns of the page before hold this page's part of the table: its sides
    within them and one of their boundaries in each of its rivers (a part a few rows long
    shows fewer)."""
    near = SAME_COLUMN
    return (carry[0] - near <= left and right <= carry[-1] + near
            and all(any(lo - PAD <= c <= hi + PAD for c in carry[1:-1]) for lo, hi in found))


def _reach(run: list[TLine], bounds: list[float], right: float) -> list[float]:
    """Where each column's text ends at the furthest: the widest line of a piece in it
    alone (and in the last column of one spanning into it: a goal's sentence reaches the
    table's right; a key row's value over narrow columns of indicators is no measure of
    theirs), else an em inside its boundary."""
    widest: dict[int, float] = {}
    for ln in run:
        for p in ln.pieces:
            c0, c1 = _columns(p, bounds)
            if c0 == c1 or c1 == len(bounds):
                widest[c1] = max(widest.get(c1, p[1]), p[1])
    size = max(ln.size for ln in run)
    return [widest.get(c, edge - size) for c, edge in enumerate([*bounds, right])]


def _joined(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def merged_down(rows: list[_Row], bounds: list[float]) -> list[set[int]]:
    """For each row after the first, the columns where the cell above goes on down into
    it (no rule between them): a key label whose rest opens the row (资金支出 / 计划 beside
    the quarters and their shares, 预算资金 / (万元) beside the year's total), and a key
    label or a caption beside which the row holds nothing, its value going on (绩效目标
    beside 目标1 then 目标2, 绩效指标 beside the indicator rows; not 一级指标 over a
    column of names set in their cells' middles, `centred`)."""
    out: list[set[int]] = []
    label: tuple[int, int] | None = None  # the columns of a key label going down
    for above, row in itertools.pairwise(rows):
        first = row.lines[0].pieces[0]
        f0, f1 = _columns(first, bounds)
        t0, t1 = _columns(above.lines[0].pieces[0], bounds)
        upper = _cell_text(above, t0, t1, bounds)
        if (known_label(upper) and level_kind(upper) is None
                and clean_label(upper) not in _LEVEL_HEADINGS):
            label = (t0, t1)
        columns: set[int] = set()
        if (f0, f1) == (t0, t1) and _wraps_into(upper, first[2]):
            columns = set(range(t0, t1 + 1))
        elif label is not None and f0 > label[1] and min(
                _columns(p, bounds)[0] for ln in row.lines for p in ln.pieces) > label[1]:
            columns = set(range(label[0], label[1] + 1))
        else:
            label = None
        out.append(columns)
    return out


def centred(rows: list[_Row], bounds: list[float]) -> dict[int, set[int]]:
    """Level names set in the middle of cells merged down (Word's 垂直居中): row → the
    columns where the cell above goes on into it.  Below a header row, a column of level
    names whose first row is blank holds each name in the middle of its cell, and the
    cells lie one under the next: the first from the block's top, each as far below its
    name as it begins above it, the last as far above its name as the block's foot lies
    below (where a name was set a little off the middle, the last cell is still its own).
    (Set at the top, a name opens its cell's first row, and
    the rows below take it as any blank level does.)"""
    out: dict[int, set[int]] = {}
    heads = [r for r, row in enumerate(rows)
             if sum(1 for ln in row.lines for p in ln.pieces
                    if known_label(p[2]) and level_kind(p[2]) is None) >= 2]
    for h, end in itertools.pairwise([*heads, len(rows)]):
        start = next((r for r in range(h + 1, end) if _opens_body(rows[h], rows[r], bounds)),
                     end)
        for r, columns in _centred_block(rows[start:end], bounds).items():
            out.setdefault(start + r, set()).update(columns)
    return out


def _opens_body(head: _Row, row: _Row, bounds: list[float]) -> bool:
    """The row's text stands under two of the header's labels or more (a second line of
    the header, 2021年实际实现值 | 预期2022年实现值 under 指标标准或依据, stands under one)."""
    labels = [_columns(p, bounds) for ln in head.lines for p in ln.pieces if known_label(p[2])]
    under = {k for ln in row.lines for p in ln.pieces for k, (c0, c1) in enumerate(labels)
             if c0 <= _columns(p, bounds)[0] <= c1}
    return len(under) >= 2


def _centred_block(body: list[_Row], bounds: list[float]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    if len(body) < 2:
        return out
    for c in range(len(bounds) + 1):
        names = [(k, _cell_text(row, c, c, bounds)) for k, row in enumerate(body)]
        texts = [(k, t) for k, t in names if t]
        if (not texts or names[0][1] or len(texts) == len(body)
                or not all(level_kind(t) for _, t in texts)):
            continue
        top = body[0].lines[0].top
        for n, (k, _) in enumerate(texts):
            middle = _middle_of(body[k], c, bounds)
            bottom = 2 * middle - top
            if n == len(texts) - 1:  # the last cell reaches the block's foot: from there up
                foot = k
                while foot + 1 < len(body) and not _covers(body[foot + 1], c, bounds):
                    foot += 1
                top = max(top, 2 * middle - body[foot].lines[-1].bottom)
                bottom = body[foot].lines[-1].bottom
            limit = texts[n + 1][0] if n + 1 < len(texts) else len(body)
            inside = [j for j in range(limit) if top <= _row_middle(body[j]) <= bottom]
            # a cell merged down holds no other text: a row with text in its column (a
            # sign-off row across the table) ends it
            taken = [j for j in inside if j == k or not _covers(body[j], c, bounds)]
            for j in taken[1:]:
                if j - 1 not in taken:
                    break
                out.setdefault(j, set()).add(c)
            top = bottom
    return out


def _covers(row: _Row, c: int, bounds: list[float]) -> bool:
    return any(c0 <= c <= c1 for ln in row.lines for p in ln.pieces
               for c0, c1 in [_columns(p, bounds)])


def _middle_of(row: _Row, c: int, bounds: list[float]) -> float:
    lines = [ln for ln in row.lines if any(_columns(p, bounds) == (c, c) for p in ln.pieces)]
    return (lines[0].top + lines[-1].bottom) / 2


def _row_middle(row: _Row) -> float:
    return (row.lines[0].top + row.lines[-1].bottom) / 2


def _cell_text(row: _Row, c0: int, c1: int, bounds: list[float]) -> str:
    return "".join(p[2] for ln in row.lines for p in ln.pieces
                   if _columns(p, bounds) == (c0, c1))


def _wraps_into(upper: str, lower: str) -> bool:
    """The lower text is the rest of a label the upper one began (资金支出 / 计划, 产出 /
    指标, though 产出 alone names the level too), or its note in brackets (预算资金 /
    (万元))."""
    if not upper:
        return False
    if lower.startswith(("(", "（")):
        return known_label(upper) and known_label(upper + lower)
    return not known_label(lower) and known_label(upper + lower)


def rivers(run: list[TLine]) -> list[River]:
    """Blank rivers down the run, left to right, that the gaps of RIVER_SUPPORT lines or
    more share and the text of at most CROSS_SHARE of the lines between the first and the
    last of those crosses (a key row's value above an indicator block spans the block's
    columns), the most shared first: each as wide as all its gaps are blank."""
    gaps: list[Gap] = [(a[1], b[0], i) for i, ln in enumerate(run)
            for a, b in zip(ln.pieces, ln.pieces[1:], strict=False)]
    # a gap between two of a header's words holds a river alone: 一级指标 | 二级指标 over
    # names each set in the middle of a merged cell, no line holding both
    headed = {(a[1], b[0], i) for i, ln in enumerate(run)
              for a, b in zip(ln.pieces, ln.pieces[1:], strict=False)
              if _header_word(a[2]) and _header_word(b[2])}
    out: list[River] = []
    while True:
        best: tuple[int, float, list[Gap]] | None = None
        points = sorted({g for gap in gaps for g in gap[:2]})
        for u, v in itertools.pairwise(points):
            x = (u + v) / 2
            inside = _held(run, [gap for gap in gaps if gap[0] <= x <= gap[1]], x)
            support = len(inside) + sum(RIVER_SUPPORT for gap in inside if gap in headed)
            if (support < RIVER_SUPPORT or (best is not None and support <= best[0])
                    or any(a <= x <= b for a, b in out)):
                continue
            best = (support, x, inside)
        if best is None:
            return sorted(out)
        _, x, inside = best
        out.append((max(g[0] for g in inside), min(g[1] for g in inside)))
        gaps = [gap for gap in gaps if not gap[0] <= x <= gap[1]]


def _held(run: list[TLine], inside: list[Gap], x: float) -> list[Gap]:
    """The gaps holding x whose lines keep it blank: taken in clusters of lines (gaps at
    most CLUSTER lines apart), a cluster whose lines from its first to its last have
    text across x no more than CROSS_SHARE of them is kept (the key rows above a block
    of indicators cross the block's rivers; a blank cell of theirs is no river)."""
    held: list[Gap] = []
    cluster: list[Gap] = []
    for gap in [*sorted(inside, key=lambda g: g[2]), None]:
        if cluster and (gap is None or gap[2] - cluster[-1][2] > CLUSTER):
            first, last = cluster[0][2], cluster[-1][2]
            crossed = sum(1 for ln in run[first : last + 1]
                          if any(p[0] < x < p[1] for p in ln.pieces))
            if crossed <= CROSS_SHARE * (last - first + 1):
                held += cluster
            cluster = []
        if gap is not None:
            cluster.append(gap)
    return held


def rows_of(run: list[TLine], bounds: list[float], reach: list[float]) -> list[_Row]:
    """The run's lines grouped into rows (see the module's text).  `reach`: for each
    column, where its text ends at the furthest."""
    starts = [min((p[0] for ln in run for p in ln.pieces if _columns(p, bounds) == (c, c)),
                  default=edge) for c, edge in enumerate(reach)]
    narrow = [edge - start <= NARROW * max(ln.size for ln in run)
              for start, edge in zip(starts, reach, strict=True)]
    rows: list[_Row] = []
    for ln in run:
        row = rows[-1] if rows else None
        if row is None or not _goes_on(row, ln, bounds, reach, narrow):
            row = _Row()
            rows.append(row)
        row.lines.append(ln)
        here: dict[int, list[Piece]] = {}
        for p in ln.pieces:
            c0, c1 = _columns(p, bounds)
            for c in range(c0, c1 + 1):
                here.setdefault(c, []).append(p)
        for c in row.last.keys() - here.keys():
            row.last[c] = [ENDED]  # a wrapped cell goes on on the very next line, or not
        row.last.update(here)
    return rows


def _goes_on(row: _Row, ln: TLine, bounds: list[float], reach: list[float],
             narrow: list[bool]) -> bool:
    """Whether the line goes on the row: more of its pieces go on a cell that wrapped into
    it (its last line filled the column) than stand under one that ended short of its
    width or open a label where the row had nothing.  A cell that fills its width with a
    whole label (成本指标 in a column four characters wide), or a label under a filled
    cell, counts neither way; a column the row left blank neither.  Votes,
    not a veto: a printer breaks a line of Chinese between words too (年度 / 指标值 beside
    三级指 / 标), a character early.  And a label that fills its width goes on alone on
    the next line where nothing else is (项目资金 / 主要用途 beside a one-line sentence).
    In a column two characters wide nearly every cell fills its line: a line there is a
    weak sign of a wrap, which goes on the row only where nothing ends it (a village's
    name over three lines, 西坪 / 镇尧 / 山村, beside the header's)."""
    # a line may not open with a closing mark, so the character before it goes down
    # with it, and the line above ends an em earlier (…值班发 / 放。)
    slack = FULL + (1.0 if any(p[2][1:2] and p[2][1] in CLOSING for p in ln.pieces) else 0.0)

    def filled(q: Piece) -> bool:
        return q[1] >= reach[_columns(q, bounds)[1]] - slack * ln.size

    label = row.lines[0].pieces[0]
    if (len(ln.pieces) == 1 and _columns(ln.pieces[0], bounds) == _columns(label, bounds)
            and len(row.lines) == 1 and filled(label) and level_kind(label[2]) is None
            and level_kind(ln.pieces[0][2]) is None):
        return True
    wrapped = short = weak = 0
    for p in ln.pieces:
        c0, c1 = _columns(p, bounds)
        above = {q for c in range(c0, c1 + 1) for q in row.last.get(c, ())}
        # of two cells in one column (一级 | 二级指标, their river not found), the one over it
        over = {q for q in above if q[0] < p[1] and p[0] < q[1]}
        above = over or above
        if any(_wraps_into(q[2], p[2]) for q in above):
            # the rest of a label (一级 / 指标); of a level's name a weak sign: its cell is
            # merged down beside rows of their own as often (产出 / 指标 beside a second
            # indicator's row)
            if level_kind(p[2]) is None and not any(level_kind(q[2] + p[2]) for q in above):
                wrapped += 1
            else:
                weak += 1
        elif _FIGURE.match(p[2]) and any(_FIGURE.fullmatch(q[2]) for q in above):
            short += 1  # a figure under a whole figure (1.2万亩 / 3.45万亩): two targets
        elif any(_stacked(q, p) for q in above):
            wrapped += 1  # a label set one character a line (绩 / 效 / 指 / 标)
        elif p[2][:1] in OPENING and above and not any(q is ENDED for q in above):
            pass  # a printer breaks before a bracket whose words do not fit: no sign
        elif not above and level_kind(p[2]) is not None and len(ln.pieces) > 1:
            pass  # a level's name where the row had none, beside other text: set in the
            # middle of a cell merged down beside its rows (产出指标 level with the wrapped
            # rest of a 三级 name, 入医保统筹), no sign either way
        elif any(not filled(q) for q in above) or (not above and known_label(p[2])):
            short += 1  # the cell above ended short of its width: its text was whole;
            # or a label opens a cell where the row had none (一级指标 | 二级指标 | …)
        elif not known_label(p[2]) and any(not known_label(q[2]) for q in above):
            if all(narrow[_columns(q, bounds)[1]] for q in above):
                weak += 1
            else:
                wrapped += 1
    return wrapped > short or (short == 0 and weak > 0)


def _stacked(q: Piece, p: Piece) -> bool:
    """One character under another, at the same place: text set upright down a cell."""
    return len(q[2]) == 1 == len(p[2]) and is_cjk(q[2]) and is_cjk(p[2]) and abs(
        q[0] - p[0]) <= PAD


def _columns(p: Piece, bounds: list[float]) -> tuple[int, int]:
    """The first and last column a piece stands in."""
    return bisect_right(bounds, p[0]), bisect_right(bounds, p[1])


def _header_word(text: str) -> bool:
    """A word an indicator header writes over a column (一级指标, 三级指标, 指标值)."""
    return clean_label(text) in _HEADER_WORDINGS


def known_label(text: str) -> bool:
    """A key row's label, a header's word or a level's name, as templates write them (also
    a short label by its ending: 中央主管部门, 省级财政部门)."""
    label = clean_label(text)
    return (label in _KEY_WORDINGS or level_kind(text) is not None
            or (len(label) <= OTHER_KEY_MAX_CHARS and label.endswith(_KEY_ENDINGS)))
