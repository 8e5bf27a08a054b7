"""Ruled tables from drawn lines: the table finder, as a chain of small transforms.

    segments ─ snap_and_join ─▶ lines ─ connected_groups ─▶ one group per table
    group ─ grid_of ─▶ x and y boundaries ─ merged_regions ─▶ rectangles of grid cells

A PDF table has no cells, only lines and characters.  The lines of one table touch each
other, so a table is a connected group of horizontal and vertical lines.  Their positions
give the grid; a grid cell whose right (or lower) border is not drawn belongs to the
same cell as its neighbour, and the union of such grid cells is a merged cell, which
gives colspan and rowspan.  pdfplumber's `find_tables` does the same from intersections
and rebuilds cells corner by corner; working on the grid directly is cheaper and gives
the spans without a second pass.

Pure geometry on plain numbers: nothing here knows about pdfminer or text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from jixiao.parsers.readers.pdf.page import Segment

SNAP = 2.5  # lines closer than this (pt) are one line: double borders, rounding
JOIN = 3.0  # collinear pieces with a gap smaller than this are one line
TOUCH = 3.0  # a line ending this close to another line touches it
MIN_SIDE = 4.0  # a table is at least this wide and high (pt)
OVERSHOOT = 6.0  # a line's end this near past the outermost crossing line is no column (pt)
OPEN_MIN_VERTICALS = 3  # borders of a row split by a page break: its columns, at least two
OPEN_ALIGN = 2 * JOIN  # the loose ends of those borders lie this close along them


@dataclass(frozen=True, slots=True)
class Line:
    """Snapped and joined: `pos` across, pieces [(start, end), ...] along, sorted."""

    horizontal: bool
    pos: float
    pieces: tuple[tuple[float, float], ...]

    @property
    def start(self) -> float:
        return self.pieces[0][0]

    @property
    def end(self) -> float:
        return self.pieces[-1][1]

    def covers(self, a: float, b: float, tol: float = TOUCH) -> bool:
        """True when one piece runs from `a` to `b` (within `tol` at both ends)."""
        return any(s <= a + tol and e >= b - tol for s, e in self.pieces)


@dataclass(frozen=True, slots=True)
class Region:
    """A logical cell: grid rows r0..r1-1 and columns c0..c1-1."""

    r0: int
    r1: int
    c0: int
    c1: int


@dataclass(slots=True)
class Grid:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    regions: list[Region]  # ordered by first row, then first column
    owner: list[list[int]]  # owner[row][col] = index into regions
    # a table drawn with no lines (`aligned`): its sides and column boundaries, which its
    # continuation on the next page takes (its `xs` hold a row's own boundaries too)
    columns: list[float] | None = None

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def region_at(self, x: float, y: float) -> int | None:
        """The region holding the point, or None outside the table."""
        c = bisect_right(self.xs, x) - 1
        r = bisect_right(self.ys, y) - 1
        if 0 <= r < len(self.ys) - 1 and 0 <= c < len(self.xs) - 1:
            return self.owner[r][c]
        return None


def find_grids(segments: Iterable[Segment]) -> list[Grid]:
    """Every ruled table on a page, top to bottom."""
    lines = snap_and_join(segments)
    grids = [grid_of(group) for group in connected_groups(lines)]
    found = [g for g in grids if g is not None]
    return sorted(found, key=lambda g: (g.ys[0], g.xs[0]))


def snap_and_join(segments: Iterable[Segment]) -> list[Line]:
    """Collinear segments within SNAP of each other become one line at their mean
    position; overlapping or nearly touching pieces along it are joined."""
    by_dir: dict[bool, list[Segment]] = defaultdict(list)
    for s in segments:
        by_dir[s.horizontal].append(s)
    lines: list[Line] = []
    for horizontal, segs in by_dir.items():
        segs.sort(key=lambda s: s.pos)
        cluster: list[Segment] = []
        for s in segs:
            if cluster and s.pos - cluster[-1].pos > SNAP:
                lines.extend(_split_line(horizontal, cluster))
                cluster = []
            cluster.append(s)
        if cluster:
            lines.extend(_split_line(horizontal, cluster))
    return lines


def _split_line(horizontal: bool, cluster: list[Segment]) -> list[Line]:
    """One line per run of joined pieces: two tables side by side share a y but not a
    border, so pieces far apart along the line are separate lines."""
    pos = sum(s.pos for s in cluster) / len(cluster)
    pieces = sorted((s.start, s.end) for s in cluster)
    runs: list[list[tuple[float, float]]] = []
    for start, end in pieces:
        if runs and start <= runs[-1][-1][1] + JOIN:
            last = runs[-1][-1]
            runs[-1][-1] = (last[0], max(last[1], end))
        else:
            runs.append([(start, end)])
    return [Line(horizontal, pos, tuple(run)) for run in runs]


def connected_groups(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Lines that touch, grouped (union-find); only groups with at least two lines each
    way can be tables (a lone rule under a heading is not one)."""
    hs = [ln for ln in lines if ln.horizontal]
    vs = sorted((ln for ln in lines if not ln.horizontal), key=lambda ln: ln.pos)
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vpos = [v.pos for v in vs]
    for i, h in enumerate(hs):
        lo = bisect_left(vpos, h.start - TOUCH)
        hi = bisect_right(vpos, h.end + TOUCH)
        for k in range(lo, hi):
            v = vs[k]
            if v.start - TOUCH <= h.pos <= v.end + TOUCH:
                parent[find(i)] = find(len(hs) + k)
    groups: dict[int, tuple[list[Line], list[Line]]] = defaultdict(lambda: ([], []))
    for i, h in enumerate(hs):
        groups[find(i)][0].append(h)
    for k, v in enumerate(vs):
        groups[find(len(hs) + k)][1].append(v)
    tables = [(h, v) for h, v in groups.values()
              if (len(h) >= 2 and len(v) >= 2) or open_ended(h, v)]
    lone = [v for h, vs_ in groups.values() if not h for v in vs_]
    return [_with_columns_beside(t, lone) for t in tables] if lone else tables


def _with_columns_beside(table: tuple[list[Line], list[Line]], lone: list[Line]
                         ) -> tuple[list[Line], list[Line]]:
    """A table open at the top or the bottom (a page break runs through it) with the
    verticals beside it that touch no horizontal line but run as far as its own, level at
    both ends: columns whose cells are merged over the whole page (a wide sheet's 项目名称,
    预算数, 年度绩效目标 beside a project's indicator rows) are the same table's."""
    hs, vs = table
    top, bottom = min(v.start for v in vs), max(v.end for v in vs)
    closed = [any(abs(h.pos - end) <= TOUCH for h in hs) for end in (top, bottom)]
    if all(closed):
        return table
    beside = [v for v in lone
              if abs(v.start - top) <= OPEN_ALIGN and abs(v.end - bottom) <= OPEN_ALIGN]
    return (hs, sorted([*vs, *beside], key=lambda v: v.pos)) if beside else table


def open_ended(hs: list[Line], vs: list[Line]) -> bool:
    """A table's piece whose top (or bottom) border is not drawn: the rest of a row a page
    break split, atop the next page, as a browser prints it (Chromium draws no border at
    the break).  One horizontal line across at least OPEN_MIN_VERTICALS verticals that
    all end at it, their other ends level: the top of the page's content, not a rule
    under a heading with a tick or two."""
    if len(hs) != 1 or len(vs) < OPEN_MIN_VERTICALS:
        return False
    (h,) = hs
    if not all(h.covers(v.pos, v.pos) for v in vs):
        return False
    for near, far in ((lambda v: v.end, lambda v: v.start), (lambda v: v.start, lambda v: v.end)):
        if all(abs(near(v) - h.pos) <= TOUCH for v in vs):
            loose = [far(v) for v in vs]
            if max(loose) - min(loose) <= OPEN_ALIGN and abs(loose[0] - h.pos) > MIN_SIDE:
                return True
    return False


def grid_of(group: tuple[list[Line], list[Line]]) -> Grid | None:
    """The grid of one table: boundaries where lines run, and its merged regions."""
    hs, vs = group
    xs = _boundaries([v.pos for v in vs], min(h.start for h in hs), max(h.end for h in hs))
    ys = _boundaries([h.pos for h in hs], min(v.start for v in vs), max(v.end for v in vs))
    if len(xs) < 2 or len(ys) < 2 or xs[-1] - xs[0] < MIN_SIDE or ys[-1] - ys[0] < MIN_SIDE:
        return None
    vlines = _by_position(vs, xs)
    hlines = _by_position(hs, ys)
    regions, owner = merged_regions(xs, ys, vlines, hlines)
    return Grid(xs, ys, regions, owner)


def _boundaries(positions: list[float], lo: float, hi: float) -> list[float]:
    """Sorted distinct positions; the far ends of the crossing lines count too, so that a
    table drawn without outer side borders still has its first and last column, but not
    where they run past the outermost line by less than OVERSHOOT: no column is that
    narrow (a scan's border joined to a seal's ring beside the table ran 3 pt on)."""
    ends = [lo] if not positions or min(positions) - lo > OVERSHOOT else []
    ends += [hi] if not positions or hi - max(positions) > OVERSHOOT else []
    out: list[float] = []
    for p in sorted([*positions, *ends]):
        if out and p - out[-1] <= SNAP:
            continue
        out.append(p)
    return out


def _by_position(lines: list[Line], bounds: list[float]) -> dict[int, list[Line]]:
    """Boundary index → the lines drawn there."""
    out: dict[int, list[Line]] = defaultdict(list)
    last = len(bounds) - 1
    for ln in lines:
        # the nearest boundary (the first of two as near): beside where the line would go
        i = min(bisect_left(bounds, ln.pos), last)
        if i and abs(bounds[i - 1] - ln.pos) <= abs(bounds[i] - ln.pos):
            i -= 1
        out[i].append(ln)
    return out


def _drawn_along(lines: list[Line] | None, bounds: list[float]) -> list[bool]:
    """From each boundary to the next: whether one of the lines covers it (`Line.covers`),
    so that the cell side there is drawn.  (Which side is joined first does not matter: a
    joined shape's root is its least cell whatever the order.)"""
    pieces = [p for ln in lines for p in ln.pieces] if lines else []
    return [any(s <= a + TOUCH and e >= b - TOUCH for s, e in pieces)
            for a, b in pairwise(bounds)]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def merged_regions(
    xs: list[float],
    ys: list[float],
    vlines: dict[int, list[Line]],
    hlines: dict[int, list[Line]],
) -> tuple[list[Region], list[list[int]]]:
    """Grid cells joined wherever the border between them is not drawn.

    The joined shapes are made rectangular: a merged cell is a rectangle, and an L-shape
    means a border is missing, so the cell is its bounding box."""
    nr, nc = len(ys) - 1, len(xs) - 1
    uf = _UnionFind(nr * nc)
    for c in range(1, nc):  # the border between columns c - 1 and c, row by row
        for r, drawn in enumerate(_drawn_along(vlines.get(c), ys)):
            if not drawn:
                uf.union(r * nc + c - 1, r * nc + c)
    for r in range(1, nr):  # the border between rows r - 1 and r, column by column
        for c, drawn in enumerate(_drawn_along(hlines.get(r), xs)):
            if not drawn:
                uf.union((r - 1) * nc + c, r * nc + c)
    uf = _room_beside_rows(uf, nr, nc)
    boxes = _boxes(uf, nr, nc)
    while any(_fill_box(uf, root, box, nc) for root, box in boxes.items()):
        boxes = _boxes(uf, nr, nc)
    ordered = sorted(boxes.items(), key=lambda kv: (kv[1][0], kv[1][2]))
    index = {root: k for k, (root, _) in enumerate(ordered)}
    regions = [Region(*box) for _, box in ordered]
    owner = [[index[uf.find(r * nc + c)] for c in range(nc)] for r in range(nr)]
    return regions, owner


def _room_beside_rows(uf: _UnionFind, nr: int, nc: int) -> _UnionFind:
    """The room beside the rows of a ragged table, each row's run of it a cell of its own.

    Rows of different widths (a Word table whose rows the clerk dragged apart, a web page's
    rows of fewer cells) leave room beside the shorter rows that no border closes: one
    shape, stepped, at the table's left or right side.  Made rectangular it would swallow
    the cells it steps around (宣城's 实施单位 and budget rows, their texts run into one).
    Such a shape, beside cells of its rows at a side and whose box holds only whole cells of
    their own, is no merged cell: each row's run of it is an empty cell.  Any other L-shape
    is still one cell (a border left out inside a merged cell)."""
    shapes: dict[int, list[int]] = defaultdict(list)
    for i in range(nr * nc):
        shapes[uf.find(i)].append(i)
    if len(shapes) < 2:
        return uf
    boxes = _boxes(uf, nr, nc)

    def whole(root: int) -> bool:
        r0, r1, c0, c1 = boxes[root]
        return len(shapes[root]) == (r1 - r0) * (c1 - c0)

    def within(root: int, box: list[int]) -> bool:
        r0, r1, c0, c1 = boxes[root]
        return box[0] <= r0 and r1 <= box[1] and box[2] <= c0 and c1 <= box[3]

    def beside_rows(root: int) -> bool:  # in each row, at a side, the row's cells beside it
        runs: dict[int, list[int]] = defaultdict(list)
        for i in shapes[root]:
            runs[i // nc].append(i % nc)
        return all(len(cs) < nc and (min(cs) == 0 or max(cs) == nc - 1) for cs in runs.values())

    room = set()
    for root in shapes:
        r0, r1, c0, c1 = box = boxes[root]
        if whole(root) or not beside_rows(root):
            continue
        stepped_round = {uf.find(r * nc + c) for r in range(r0, r1) for c in range(c0, c1)}
        stepped_round.discard(root)
        if all(whole(o) and within(o, box) for o in stepped_round):
            room.add(root)
    if not room:
        return uf
    out = _UnionFind(nr * nc)
    for i in range(nr * nc):
        root = uf.find(i)
        if root not in room:
            out.union(root, i)
        elif (i + 1) % nc and uf.find(i + 1) == root:  # its run along the row
            out.union(i, i + 1)
    return out


def _boxes(uf: _UnionFind, nr: int, nc: int) -> dict[int, list[int]]:
    """Root → [r0, r1, c0, c1], the bounding box of its grid cells."""
    boxes: dict[int, list[int]] = {}
    for i in range(nr * nc):
        r, c = divmod(i, nc)
        box = boxes.setdefault(uf.find(i), [r, r + 1, c, c + 1])
        box[0], box[1] = min(box[0], r), max(box[1], r + 1)
        box[2], box[3] = min(box[2], c), max(box[3], c + 1)
    return boxes


def _fill_box(uf: _UnionFind, root: int, box: list[int], nc: int) -> bool:
    """Join every grid cell inside the box to the root; True when any was outside it."""
    r0, r1, c0, c1 = box
    changed = False
    for r in range(r0, r1):
        for c in range(c0, c1):
            changed |= uf.union(root, r * nc + c)
    return changed
