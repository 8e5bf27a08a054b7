"""Tables ruled by horizontal lines only (三线表, "horizontal borders only"): the columns
read from the text, since no vertical line draws them.

    free_rules      long horizontal lines that belong to no ruled table, one per position
    rule_groups     consecutive rules of the same left and right end: one group a table
                    (at least three; two where a table goes on from the page before)
    columns         column boundaries: where a rule stops short of the table's side (a cell
                    merged down), and where text starts that the text of most rows does
                    not cross (the header row's cells, a column's left-aligned text)
    grid_from_text  the missing vertical lines drawn in, in every row but where that row's
                    text crosses the boundary (a cell spanning columns); then the ruled
                    finder's own `grid_of`, so spans and merges come out as for a ruled
                    table

Why by hand: pdfplumber's "text" strategy infers columns from words aligned on one edge,
for whole pages; it has no notion of rules marking the rows, and splits a wrapped or
centred cell into columns of its own.  Here the rules bound the table and its rows, and a
boundary must hold in most rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from jixiao.parsers.readers.pdf.page import Glyph, PageContent, Segment
from jixiao.parsers.readers.pdf.ruled import SNAP, TOUCH, Grid, Line, grid_of, snap_and_join

MIN_RULES = 3  # a table has a top rule, a bottom rule and one between rows at least
MIN_LENGTH = 0.3  # share of the page width a rule of such a table spans at least
SAME_END = 4.0  # rules whose ends are this close (pt) bound the same table
CLUSTER_GAP = 0.6  # em: glyphs closer than this are one piece of text
CROSS_SHARE = 0.25  # a boundary crossed by the text of more rows than this share is none
MIN_SPLIT_ROWS = 0.5  # share of the rows whose text falls into two columns or more

Span = tuple[float, float]  # a piece of text on a row: from x0 to x1


def unruled_grids(
    page: PageContent, ruled: list[Grid], carry: list[float] | None = None
) -> list[Grid]:
    """The page's tables drawn with horizontal rules only, top to bottom.  `carry`: the
    column boundaries of such a table that ended the page before; a group of rules at the
    top of this page with the same sides goes on with them (it may be a single row)."""
    rules = free_rules(page.segments, ruled, MIN_LENGTH * page.width)
    grids: list[Grid] = []
    for k, group in enumerate(rule_groups(rules)):
        left, right = group[0].start, group[0].end
        goes_on = (
            carry is not None and k == 0
            and abs(carry[0] - left) <= SAME_END and abs(carry[-1] - right) <= SAME_END
        )
        if len(group) < MIN_RULES and not goes_on:
            continue
        rows = row_spans(page.glyphs, group)
        if goes_on:
            assert carry is not None
            bounds = carry[1:-1]
        else:
            bounds = columns(rows, group)
            split = sum(1 for row in rows if len(row) >= 2)
            if not bounds or split < MIN_SPLIT_ROWS * sum(1 for row in rows if row):
                continue
        grid = grid_from_text(group, bounds, rows)
        if grid is not None:
            grids.append(grid)
    return grids


def free_rules(segments: Iterable[Segment], ruled: list[Grid], min_length: float) -> list[Line]:
    """Horizontal lines outside every ruled table, the pieces at one height joined into
    one line (a rule broken where a cell is merged down is still one rule), top to bottom."""
    by_pos: dict[float, list[Line]] = defaultdict(list)
    for ln in snap_and_join(s for s in segments if s.horizontal):
        by_pos[ln.pos].append(ln)
    out: list[Line] = []
    for pos, lines in sorted(by_pos.items()):
        pieces = tuple(sorted(p for ln in lines for p in ln.pieces))
        line = Line(True, pos, pieces)
        if line.end - line.start >= min_length and not any(_inside(line, g) for g in ruled):
            out.append(line)
    return out


def _inside(line: Line, grid: Grid) -> bool:
    x0, top, x1, bottom = grid.bbox
    return top - SNAP <= line.pos <= bottom + SNAP and line.start < x1 and line.end > x0


def rule_groups(rules: list[Line]) -> list[list[Line]]:
    """Consecutive rules between the same two ends: the first rule gives the table's
    sides, and a rule that starts or stops short of one side (a merged cell) still
    belongs to it as long as it reaches the other."""
    groups: list[list[Line]] = []
    for ln in rules:
        if groups:
            first = groups[-1][0]
            within = ln.start >= first.start - SAME_END and ln.end <= first.end + SAME_END
            if within and (abs(ln.start - first.start) <= SAME_END
                           or abs(ln.end - first.end) <= SAME_END):
                groups[-1].append(ln)
                continue
        groups.append([ln])
    return groups


def row_spans(glyphs: list[Glyph], group: list[Line]) -> list[list[Span]]:
    """For each row between two rules, its text as pieces along x: glyphs closer than
    CLUSTER_GAP em (over all the row's lines) are one piece."""
    ys = [ln.pos for ln in group]
    left, right = group[0].start, group[0].end
    by_row: list[list[Glyph]] = [[] for _ in ys[1:]]
    for g in glyphs:
        if g.text.isspace():
            continue
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        if not (left <= cx <= right and ys[0] <= cy <= ys[-1]):
            continue
        for r in range(len(ys) - 1):
            if cy <= ys[r + 1]:
                by_row[r].append(g)
                break
    rows: list[list[Span]] = []
    for gs in by_row:
        spans: list[Span] = []
        for g in sorted(gs, key=lambda g: g.x0):
            if spans and g.x0 - spans[-1][1] < CLUSTER_GAP * g.size:
                spans[-1] = (spans[-1][0], max(spans[-1][1], g.x1))
            else:
                spans.append((g.x0, g.x1))
        rows.append(spans)
    return rows


def columns(rows: list[list[Span]], group: list[Line]) -> list[float]:
    """Inner column boundaries, left to right.  Where a rule's piece ends inside the
    table, a cell edge is drawn; elsewhere a boundary lies a cell margin left of where
    text starts, if the text of at most CROSS_SHARE of the rows runs across it."""
    left, right = group[0].start, group[0].end
    drawn = sorted({x for ln in group for p in ln.pieces for x in p
                    if left + TOUCH < x < right - TOUCH})
    filled = [row for row in rows if row]
    if not filled:
        return []
    margin = max(0.0, min(s[0] for row in filled for s in row) - left)
    limit = CROSS_SHARE * len(filled)
    bounds = list(drawn)
    for start in _starts(filled):
        edge = start - margin
        if edge <= left + TOUCH or any(abs(edge - b) <= margin + SNAP for b in bounds):
            continue
        point = start - SNAP
        crossed = sum(1 for row in filled if any(a < point < b for a, b in row))
        if crossed <= limit:
            bounds.append(edge)
    return sorted(bounds)


def _starts(rows: list[list[Span]]) -> list[float]:
    """Where pieces of text start, those within SNAP of each other taken as one."""
    out: list[float] = []
    for x in sorted(s[0] for row in rows for s in row):
        if not out or x - out[-1] > SNAP:
            out.append(x)
    return out


def grid_from_text(group: list[Line], bounds: list[float], rows: list[list[Span]]
                   ) -> Grid | None:
    """The table's grid: its rules, both sides, and each boundary drawn row by row except
    where the row's text crosses it."""
    ys = [ln.pos for ln in group]
    vs = uprights(ys, group[0].start, group[0].end, bounds, rows)
    return grid_of((group, sorted(vs, key=lambda v: v.pos)))


def uprights(ys: list[float], left: float, right: float, bounds: list[float],
             rows: list[list[Span]]) -> list[Line]:
    """The vertical lines of a table whose rows lie between `ys`: both sides, and each
    boundary drawn row by row except where the row's text crosses it."""
    vs = [Line(False, left, ((ys[0], ys[-1]),)), Line(False, right, ((ys[0], ys[-1]),))]
    for x in bounds:
        pieces = tuple((ys[r], ys[r + 1]) for r, row in enumerate(rows)
                       if not any(a < x < b for a, b in row))
        if pieces:
            vs.append(Line(False, x, pieces))
    return vs
