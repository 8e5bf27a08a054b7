"""PDF submissions: the table finder's steps, the samples, their exports.

Three layers, as for Word: small cases pin one rule each (the grid and its merged cells,
Chinese text joining, running headers, the fast content reader); the samples are read
as grids; every sample's export is compared with the export of the Word or text file it
was printed from (its golden export in tests/documents/test_goldens.py).  Unreadable PDFs
fail with a message that says what to do.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import time
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pdfplumber
import pytest
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import Type1FontHeaderParser
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers import parse
from jixiao.parsers.grid import Paragraph, Table
from jixiao.parsers.readers import pdf
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.pdf import blocks
from jixiao.parsers.readers.pdf.blocks import (
    PAGE_NUMBER_RE,
    PCell,
    Piece,
    PLine,
    _carry_merged,
    _join_split_row,
    drop_running_lines,
    page_items,
    split_row,
    to_blocks,
    to_table,
)
from jixiao.parsers.readers.pdf.content import FastInterpreter
from jixiao.parsers.readers.pdf.fonts import _MapParser, bfchar_pairs, encoding
from jixiao.parsers.readers.pdf.objects import NotPlain, parse_object
from jixiao.parsers.readers.pdf.page import (
    INVISIBLE,
    Glyph,
    PageContent,
    Segment,
    _Collector,
    page_size,
    read_page,
)
from jixiao.parsers.readers.pdf.page import slanted as page_slanted
from jixiao.parsers.readers.pdf.ruled import (
    Line,
    Region,
    _boxes,
    _by_position,
    _fill_box,
    _room_beside_rows,
    _UnionFind,
    find_grids,
    merged_regions,
)
from jixiao.parsers.readers.pdf.text import (
    TextLine,
    _undouble,
    build_lines,
    join_lines,
    line_text,
)
from samples.pdf_variants import minimal_pdf, objects_pdf, ruled_grid_content
from tests.helpers import SAMPLES, contract

SEED_PDF = SAMPLES / "seed" / "老庄子镇_2021.pdf"
SEED_TXT = SAMPLES / "seed" / "老庄子镇_2021.txt"
VARIANTS = SAMPLES / "pdf_variants"
# Each printed sample and the Word file it was printed from (or, edited, the file its
# source PDF came from): their exports must agree field by field.
PRINTED = {
    "long_table_repeated_header": "long_table_repeated_header",
    "long_table_no_header": "long_table_no_header",
    "two_tables_one_page": "two_tables_one_page",
    "landscape": "landscape",
    "narrow_columns": "narrow_columns",
    "borderless": "borderless",  # the seed's tables with no border drawn (`aligned`)
    "fake_bold": "two_tables_one_page",
    "watermarked": "two_tables_one_page",
    "owner_password_only": "two_tables_one_page",
}


# --- the grid: segments → tables with merged cells -------------------------------------------


def H(y: float, x0: float, x1: float) -> Segment:
    return Segment(True, y, x0, x1)


def V(x: float, y0: float, y1: float) -> Segment:
    return Segment(False, x, y0, y1)


def box_grid(xs: list[float], ys: list[float]) -> list[Segment]:
    """Every line of a fully ruled grid."""
    return [H(y, xs[0], xs[-1]) for y in ys] + [V(x, ys[0], ys[-1]) for x in xs]


def spans(segments: list[Segment]) -> list[tuple[int, int, int, int]]:
    [grid] = find_grids(segments)
    return [(r.r0, r.r1, r.c0, r.c1) for r in grid.regions]


def test_full_grid_has_one_region_per_cell() -> None:
    assert spans(box_grid([0, 50, 100], [0, 20, 40])) == [
        (0, 1, 0, 1), (0, 1, 1, 2), (1, 2, 0, 1), (1, 2, 1, 2)]


def test_a_line_running_a_little_past_the_outer_border_makes_no_column() -> None:
    """A scan's row border joined to a seal's ring beside the table ran 3 pt past the
    right border (batch s, a 骑缝章): no column is that narrow; the table is as wide as on
    the page before.  A table drawn without side borders keeps its outer columns."""
    segs = box_grid([0, 50, 100], [0, 20, 40])
    segs[1] = H(20, 0, 103)
    [grid] = find_grids(segs)
    assert grid.xs == [0, 50, 100]
    open_sides = [H(y, 0, 150) for y in (0, 20, 40)] + [V(50, 0, 40), V(100, 0, 40)]
    [grid] = find_grids(open_sides)
    assert grid.xs == [0, 50, 100, 150]


def test_missing_vertical_border_makes_a_colspan() -> None:
    segs = [H(y, 0, 150) for y in (0, 20, 40)] + [V(0, 0, 40), V(150, 0, 40)]
    segs += [V(50, 0, 40), V(100, 20, 40)]  # x=100 only in the lower row
    assert spans(segs) == [(0, 1, 0, 1), (0, 1, 1, 3), (1, 2, 0, 1), (1, 2, 1, 2),
                           (1, 2, 2, 3)]


def test_missing_horizontal_border_makes_a_rowspan() -> None:
    segs = [V(x, 0, 60) for x in (0, 50, 100)] + [H(0, 0, 100), H(60, 0, 100)]
    segs += [H(20, 50, 100), H(40, 0, 100)]  # the first column's cell spans rows 0-1
    assert spans(segs) == [(0, 2, 0, 1), (0, 1, 1, 2), (1, 2, 1, 2), (2, 3, 0, 1),
                           (2, 3, 1, 2)]


def test_an_l_shaped_merge_becomes_its_bounding_box() -> None:
    segs = box_grid([0, 50, 100], [0, 20, 40])
    segs = [s for s in segs if s not in (H(20, 0, 100), V(50, 0, 40))]
    segs += [H(20, 50, 100), V(50, 20, 40)]  # only the lower right cell is closed
    assert spans(segs) == [(0, 2, 0, 2)]


def test_pieces_of_a_border_drawn_cell_by_cell_are_joined() -> None:
    segs = [H(y, x, x + 50) for y in (0, 20) for x in (0, 50)]
    segs += [V(x, 0, 20) for x in (0, 50, 100)]
    assert spans(segs) == [(0, 1, 0, 1), (0, 1, 1, 2)]


def test_double_border_lines_snap_to_one() -> None:
    segs = [*box_grid([0, 50, 100], [0, 20, 40]), H(41.5, 0, 100)]
    assert spans(segs) == [(0, 1, 0, 1), (0, 1, 1, 2), (1, 2, 0, 1), (1, 2, 1, 2)]


def test_two_tables_and_a_lone_rule() -> None:
    segs = box_grid([0, 50, 100], [0, 20]) + box_grid([0, 80], [100, 130, 160])
    segs.append(H(300, 0, 400))  # a rule under a heading: no table
    grids = find_grids(segs)
    assert [(g.xs, g.ys) for g in grids] == [([0, 50, 100], [0, 20]),
                                              ([0, 80], [100, 130, 160])]


def test_the_rest_of_a_row_atop_a_page_without_its_top_border() -> None:
    # 霍山's listing printed by a browser: the row a page break split goes on atop the next
    # page with its columns' borders and its bottom border, no top border
    segs = [V(x, 30, 110) for x in (0, 40, 90, 150)] + [H(110, 0, 150)]
    [grid] = find_grids(segs)
    assert (grid.xs, grid.ys) == ([0, 40, 90, 150], [30, 110])
    # a rule under a heading with a tick or two, or ticks of unequal lengths, is no table
    assert find_grids([V(0, 30, 110), V(150, 30, 110), H(110, 0, 150)]) == []
    assert find_grids([V(0, 30, 110), V(40, 60, 110), V(150, 30, 110), H(110, 0, 150)]) == []


def test_columns_merged_over_a_whole_page_beside_a_table_open_at_the_top() -> None:
    # 扎赉特旗's wide sheet: 项目名称, 预算数 … merged down the whole second page, their
    # borders touching no horizontal line, beside the indicator rows
    rows = [V(x, 30, 300) for x in (200, 250, 300)] + [H(y, 200, 300) for y in (100, 200, 300)]
    lone = [V(x, 30, 300) for x in (0, 80, 150)]
    [grid] = find_grids(rows + lone)
    assert grid.xs == [0, 80, 150, 200, 250, 300]
    assert grid.ys == [30, 100, 200, 300]
    assert (0, 3, 0, 1) in [(r.r0, r.r1, r.c0, r.c1) for r in grid.regions]
    # beside a table closed at both ends, such lines are no part of it
    closed = [*rows, H(30, 200, 300)]
    [grid] = find_grids(closed + lone)
    assert grid.xs == [200, 250, 300]


def test_table_without_outer_side_borders() -> None:
    segs = [H(y, 0, 150) for y in (0, 20, 40)] + [V(x, 0, 40) for x in (50, 100)]
    [grid] = find_grids(segs)
    assert grid.xs == [0, 50, 100, 150]
    assert len(grid.regions) == 6


def test_ragged_rows_keep_their_cells() -> None:
    """Rows of different widths (two, three and four cells, no outer frame): the room beside
    the shorter rows is an empty cell in each row, not one cell over the cell it steps round
    (宣城's 实施单位 and budget rows had been read as one)."""
    segs = [H(0, 0, 100), H(20, 0, 150), H(40, 0, 200), H(60, 0, 200),
            V(0, 0, 60), V(50, 0, 60), V(100, 0, 60), V(150, 20, 60), V(200, 40, 60)]
    [grid] = find_grids(segs)
    assert grid.xs == [0, 50, 100, 150, 200]
    spans = [(r.r0, r.r1, r.c0, r.c1) for r in grid.regions]
    assert (1, 2, 2, 3) in spans  # the third row's third cell, apart
    assert (0, 1, 2, 4) in spans and (1, 2, 3, 4) in spans  # the room beside, row by row
    assert len(spans) == 4 + 3 + 4 + 1 - 2 + 1  # nothing spans two rows


# The grid's steps as first written, cell by cell (each side's lines asked whether they
# cover it, the nearest boundary by a scan): the table finder must give what they give.
def _regions_cell_by_cell(xs: list[float], ys: list[float], vlines: dict[int, list[Line]],
                          hlines: dict[int, list[Line]]) -> tuple[list[Region], list[list[int]]]:
    def drawn(lines: list[Line] | None, a: float, b: float) -> bool:
        return bool(lines) and any(ln.covers(a, b) for ln in lines or ())

    nr, nc = len(ys) - 1, len(xs) - 1
    uf = _UnionFind(nr * nc)
    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not drawn(vlines.get(c + 1), ys[r], ys[r + 1]):
                uf.union(r * nc + c, r * nc + c + 1)
            if r + 1 < nr and not drawn(hlines.get(r + 1), xs[c], xs[c + 1]):
                uf.union(r * nc + c, (r + 1) * nc + c)
    uf = _room_beside_rows(uf, nr, nc)
    boxes = _boxes(uf, nr, nc)
    while any(_fill_box(uf, root, box, nc) for root, box in boxes.items()):
        boxes = _boxes(uf, nr, nc)
    ordered = sorted(boxes.items(), key=lambda kv: (kv[1][0], kv[1][2]))
    index = {root: k for k, (root, _) in enumerate(ordered)}
    return ([Region(*box) for _, box in ordered],
            [[index[uf.find(r * nc + c)] for c in range(nc)] for r in range(nr)])


def _random_ruling(rng: random.Random) -> tuple[list[float], list[float], list[Line],
                                                list[Line]]:
    """A grid's boundaries, and lines near them drawn in pieces, some sides left out."""
    def bounds(n: int) -> list[float]:
        return [round(b, 1) for b in itertools.accumulate(rng.uniform(2, 40) for _ in range(n))]

    xs, ys = bounds(rng.randint(2, 9)), bounds(rng.randint(2, 12))

    def lines(horizontal: bool, across: list[float], along: list[float]) -> list[Line]:
        out = []
        for pos in across:
            pieces = [(a + rng.uniform(-4, 4), b + rng.uniform(-4, 4))
                      for a, b in itertools.pairwise(along) if rng.random() < 0.7]
            if pieces:
                out.append(Line(horizontal, pos + rng.uniform(-2, 2), tuple(pieces)))
        return out

    return xs, ys, lines(False, xs, ys), lines(True, ys, xs)


def test_merged_regions_are_those_found_cell_by_cell() -> None:
    rng = random.Random(16)
    for _ in range(400):
        xs, ys, vs, hs = _random_ruling(rng)
        vlines, hlines = _by_position(vs, xs), _by_position(hs, ys)
        for lines, bounds in ((vlines, xs), (hlines, ys)):
            for k, at in lines.items():  # each line at its nearest boundary, the first of two
                for ln in at:
                    near = min(range(len(bounds)), key=lambda i: abs(bounds[i] - ln.pos))
                    assert k == near
        assert merged_regions(xs, ys, vlines, hlines) == _regions_cell_by_cell(
            xs, ys, vlines, hlines)


# --- tables ruled by horizontal lines only: columns from the text ----------------------------


def rule_only_page(rows: list[list[str]], *, xs: tuple[float, ...] = (8, 108, 208),
                   rules: list[Segment] | None = None) -> PageContent:
    """A page with a table of horizontal rules every 20 pt from y=0 (0 to 300 wide) and
    each row's cells set at the given x."""
    page = PageContent(1, 400, 600)
    page.segments = rules if rules is not None else [
        H(20 * r, 0, 300) for r in range(len(rows) + 1)]
    for r, row in enumerate(rows):
        for x, text in zip(xs, row, strict=False):
            page.glyphs += glyphs(text, x, 20 * r + 5)
    return page


def unruled_rows(page: PageContent, carry: list[float] | None = None
                 ) -> list[list[tuple[str, int, int, bool]]]:
    [piece] = [it for it in page_items(page, carry) if isinstance(it, Piece)]
    assert not piece.ruled
    table = to_table(piece, index=0)
    return [[(c.text, c.col, c.colspan, c.merged_above) for c in row.cells]
            for row in table.rows]


def test_columns_from_text_between_horizontal_rules() -> None:
    page = rule_only_page([["一级指标", "三级指标", "指标值"], ["产出指标", "人数", "30名"],
                           ["效益指标", "满意度", "95%"]])
    assert unruled_rows(page) == [
        [("一级指标", 0, 1, False), ("三级指标", 1, 1, False), ("指标值", 2, 1, False)],
        [("产出指标", 0, 1, False), ("人数", 1, 1, False), ("30名", 2, 1, False)],
        [("效益指标", 0, 1, False), ("满意度", 1, 1, False), ("95%", 2, 1, False)]]
    assert find_grids(page.segments) == []  # the ruled finder alone sees no table


def test_text_across_an_inferred_boundary_spans_columns() -> None:
    page = rule_only_page([["项目名称", "乡村保洁经费按计划完成全年任务"],
                           ["一级指标", "三级指标", "指标值"], ["产出指标", "人数", "30名"],
                           ["效益指标", "满意度", "95%"]])
    assert unruled_rows(page)[0] == [("项目名称", 0, 1, False),
                                     ("乡村保洁经费按计划完成全年任务", 1, 2, False)]


def test_a_rule_stopping_short_of_the_side_merges_the_cell_down() -> None:
    rules = [H(y, 0, 300) for y in (0, 20, 60)] + [H(40, 100, 300)]
    page = rule_only_page([["一级指标", "三级指标", "指标值"], ["产出指标", "人数", "30名"],
                           ["", "面积", "12亩"]], rules=rules)
    assert [row[0] for row in unruled_rows(page)] == [
        ("一级指标", 0, 1, False), ("产出指标", 0, 1, False), ("产出指标", 0, 1, True)]


def test_one_row_atop_the_next_page_keeps_the_columns_carried() -> None:
    page = rule_only_page([["效益指标", "满意度", "95%"]])
    assert unruled_rows(page, carry=[0, 100, 200, 300]) == [
        [("效益指标", 0, 1, False), ("满意度", 1, 1, False), ("95%", 2, 1, False)]]
    assert not any(isinstance(it, Piece) for it in page_items(page))  # two rules alone


def test_two_pages_printed_on_one_sheet_read_left_then_right() -> None:
    """A landscape sheet printed two pages to a side (2-up, batch s): the right page's
    table, beginning higher than the left one under its title, came first, and the rows of
    the first page's table were read as the end of the second's.  A blank gutter down the
    sheet's middle with a table each side: the left page first, its title with it.  A
    wide table across the gutter, or a portrait page, reads top to bottom."""
    page = PageContent(1, 842, 595)
    page.segments = box_grid([40, 200, 380], [120, 160, 200, 560]) + box_grid(
        [460, 620, 800], [40, 80, 120, 480])
    page.glyphs += glyphs("项目绩效目标表", 60, 60) + glyphs("项目名称", 45, 130)
    page.glyphs += glyphs("社会效益指标", 465, 50)
    tops = [it.top if isinstance(it, Piece) else it.line.top for it in page_items(page)]
    kinds = [type(it).__name__ for it in page_items(page)]
    assert kinds == ["PLine", "Piece", "Piece"] and tops[1] == 120
    page.segments += [H(300, 40, 800)]  # a line across the gutter: one sheet
    assert next(type(it).__name__ for it in page_items(page)) == "Piece"
    portrait = PageContent(1, 595, 842)
    portrait.segments = box_grid([40, 150, 280], [120, 160, 400]) + box_grid(
        [320, 420, 560], [40, 80, 300])
    assert [it.top for it in page_items(portrait) if isinstance(it, Piece)] == [40, 120]


def test_paragraphs_between_rules_are_no_table() -> None:
    text = "本年度镇政府围绕农村饮水安全人居环境整治统筹安排财政资金"
    page = rule_only_page([[text], [text], [text]], xs=(8,))
    assert not any(isinstance(it, Piece) for it in page_items(page))


# --- text: glyphs → lines → cell text ---------------------------------------------------------


def glyphs(text: str, x: float = 0.0, top: float = 0.0, *, size: float = 10.0,
           gaps: dict[int, float] | None = None) -> list[Glyph]:
    """Glyphs of a text set left to right (CJK full width, Latin half), with extra gaps
    before the given positions."""
    out: list[Glyph] = []
    for i, ch in enumerate(text):
        x += (gaps or {}).get(i, 0.0)
        w = size if ord(ch) > 0x2E80 else size / 2
        out.append(Glyph(ch, x, x + w, top, top + size, size, True))
        x += w
    return out


@pytest.mark.parametrize(
    ("text", "gaps", "expected"),
    [
        ("37亩", {2: 3.0}, "37亩"),  # the visual gap after a number is not a space
        ("2021年12月底前", {4: 3.0, 5: 3.0, 7: 3.0}, "2021年12月底前"),
        ("征地拆迁", {1: 4.0}, "征地拆迁"),  # distributed alignment spreads Chinese
        ("Helloworld", {5: 4.0}, "Hello world"),  # a word gap between Latin letters
        ("Hello world", {}, "Hello world"),  # the PDF's own space is kept
        ("PM2.5", {}, "PM2.5"),
        ("Wi-Fi热点", {5: 2.5}, "Wi-Fi热点"),
        ("ab", {1: 1.0}, "ab"),  # kerning, not a word gap
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_line_text_spacing(text: str, gaps: dict[int, float], expected: str) -> None:
    assert line_text(glyphs(text, gaps=gaps)) == expected


def _lines_with_min_and_max(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """build_lines' grouping into lines as first written, with min and max."""
    rows: list[list[Glyph]] = []
    top = bottom = 0.0
    for g in sorted(glyphs, key=lambda g: g.top):
        if rows:
            overlap = min(bottom, g.bottom) - max(top, g.top)
            if overlap >= 0.5 * min(bottom - top, g.size):
                rows[-1].append(g)
                top, bottom = min(top, g.top), max(bottom, g.bottom)
                continue
        rows.append([g])
        top, bottom = g.top, g.bottom
    return rows


def test_lines_are_built_as_with_min_and_max() -> None:
    rng = random.Random(16)
    for _ in range(300):
        page: list[Glyph] = []
        for _ in range(rng.randint(1, 6)):
            text = "".join(rng.choice("指标值aB3 .（%") for _ in range(rng.randint(1, 8)))
            page += glyphs(text, rng.choice([0.0, 5.0, 7.5]), rng.choice([0.0, 4.0, 9.0, 12.0]),
                           size=rng.choice([9.0, 10.5, 12.0]),
                           gaps={i: rng.choice([0.0, 1.0, 4.0]) for i in range(len(text))})
        if rng.random() < 0.3:  # fake bold
            page += [g._replace(x0=g.x0 + 0.3, x1=g.x1 + 0.3) for g in page]
        built = build_lines(page)
        rows = [sorted(row, key=lambda g: g.x0) for row in _lines_with_min_and_max(page)]
        expected = [line_text(_undouble(row)).strip() for row in rows]
        assert [ln.text for ln in built] == [t for t in expected if t]


def test_fake_bold_glyphs_are_dropped() -> None:
    once = glyphs("预算数561.2万元")
    twice = once + [g._replace(x0=g.x0 + 0.35, x1=g.x1 + 0.35) for g in once]
    assert [ln.text for ln in build_lines(twice)] == ["预算数561.2万元"]


def test_a_doubled_character_written_twice_is_kept() -> None:
    assert [ln.text for ln in build_lines(glyphs("哈哈"))] == ["哈哈"]


def test_superscript_stays_on_its_line() -> None:
    base = glyphs("面积120m")
    sup = [Glyph("2", base[-1].x1, base[-1].x1 + 3, -3.0, 3.0, 6.0, True)]
    assert [ln.text for ln in build_lines(base + sup)] == ["面积120m2"]


def cell_lines(*rows: str, size: float = 10.0) -> list[TextLine]:
    gl = [g for i, r in enumerate(rows) for g in glyphs(r, top=i * 15, size=size)]
    return build_lines(gl)


@pytest.mark.parametrize(
    ("rows", "right", "expected"),
    [
        (("完成征收土地补", "偿亩数"), 70, "完成征收土地补偿亩数"),  # wrapped: joined
        (("目标1：完成检测。", "目标2：清理到位"), 200, "目标1：完成检测。\n目标2：清理到位"),
        (("保证按照预算", "，执行"), 70, "保证按照预算，执行"),  # kinsoku moved a char down
        (("about the", "budget"), 45, "about the budget"),  # PDFs that draw no spaces
        (("2021年12", "月底前"), 50, "2021年12月底前"),
        # a line opening an item starts a line, though its first word would not fit
        (("维护成本(<16元)", "【效益指标】"), 85, "维护成本(<16元)\n【效益指标】"),
        (("保障民生", "(2)服务对象"), 45, "保障民生\n(2)服务对象"),
        (("增长到", "2.5倍"), 35, "增长到2.5倍"),  # a number, not an item: wrapped
        # a half-width bracket goes down with the character after it (马鹿坑's 目标, PDF)
        (("能同时收容近百头", "(只)野生动物。"), 93, "能同时收容近百头(只)野生动物。"),
        # a line that opens with a mark no paragraph opens with goes on with the one above,
        # whatever room that left (湘西's 17元 | /人.每天 printed from Word), and / goes down
        # with the character before it (>=530 | 元/人*月)
        (("17元", "/人.每天"), 200, "17元/人.每天"),
        ((">=530", "元/人*月"), 40, ">=530元/人*月"),
        # a unit per unit is kept whole (桃源's 1130 | 元/月/人, printed by LibreOffice,
        # though 元/ alone would have fitted)
        (("1130", "元/月/人"), 45, "1130元/月/人"),
        (("完成检测", "。"), 200, "完成检测。"),
        # no break between a half-width colon and the number after it: 算:952.22 went
        # down whole (祁东's 其中:一般公共预 | 算:952.22, a browser's print), though 算:
        # alone would have fitted; a 2. that numbers an item still opens its line
        (("其中:一般公共预", "算:952.22"), 105, "其中:一般公共预算:952.22"),
        (("目标1:完成检测", "2.清理到位"), 105, "目标1:完成检测\n2.清理到位"),
        # an item's label cut by the wrap after a sentence (7c4bdd8f's 目标 | 2:减少…, a
        # browser's print): one paragraph, as the items ran on; a 2. under a full line
        # ending in a word of no item's label still opens its line
        (("接种。目标", "2:减少发病"), 50, "接种。目标2:减少发病"),
        (("随访服务。目", "标5:分别完成"), 60, "随访服务。目标5:分别完成"),
        (("完成检测任务", "2.清理到位"), 60, "完成检测任务\n2.清理到位"),
        # ... in traditional characters, after a colon (中職's …需求: 目標 | 3:提升…, printed
        # from Word), and 目標2: on a line of its own opens an item as 目标2: does
        (("需求: 目標", "3:提升中"), 60, "需求: 目標3:提升中"),
        (("得到落實;", "目標2:教育"), 50, "得到落實;\n目標2:教育"),
        # one character alone on its line, the printer keeping 扶” whole on the next (项目名称
        # “三支一扶”… printed from Word by LibreOffice): the line broke early, the name goes on
        (("“三支", "一", "扶”省"), 32, "“三支一扶”省"),
        # 统一's 一 and the list's 、 opening the next line is no section's 一、; after a
        # stop it is (为建立全县统 | 一、城乡一体)
        (("为建立全县统", "一、城乡一"), 65, "为建立全县统一、城乡一"),
        (("建立制度。", "一、城乡"), 50, "建立制度。\n一、城乡"),
        # a short label and its colon after a full stop opens a paragraph, however far the
        # stop ran (青山区's 经济普查:…各项工作。 | 人口普查:…, printed from Word)
        (("等各项工作。", "人口普查:根据"), 60, "等各项工作。\n人口普查:根据"),
        (("等各项工作,", "人口普查:根据"), 60, "等各项工作,人口普查:根据"),
        # a figure broken every two characters in a narrow column (衡陽's 1,752.48 printed
        # from Word by LibreOffice): its 2. is no item's number
        (("1,", "75", "2.", "48"), 14, "1,752.48"),
    ],
)
def test_join_lines(rows: tuple[str, ...], right: float, expected: str) -> None:
    lines = cell_lines(*rows)
    for ln in lines:
        ln.spaces_drawn = False
    assert join_lines(lines, right) == expected


def test_items_running_on_in_a_paragraph_are_wrapped_not_broken() -> None:
    """宜兴's (1)成立管理组织;(2)季度督导…; | (3)季度通报: the item before (3) stands
    inside the paragraph, so the items run on and the line break is a wrap; an item whose
    forerunner opens its own line (or a line of its own above) starts a line."""
    def joined(*rows: str) -> str:
        lines = cell_lines(*rows)
        return join_lines(lines, max(ln.x1 for ln in lines))

    assert joined("(1)组织;(2)督导考核;", "(3)季度通报") == "(1)组织;(2)督导考核;(3)季度通报"
    assert joined("建设1、道路2、桥梁", "3、水渠") == "建设1、道路2、桥梁3、水渠"
    # (1) opening the paragraph: a list, each item on its line, may run to the edge
    assert joined("(1)组织管理;督导考核", "(2)季度通报") == "(1)组织管理;督导考核\n(2)季度通报"
    assert joined("(2)季度督导考核;", "(3)季度通报") == "(2)季度督导考核;\n(3)季度通报"
    assert joined("组织;(1)季度督导;", "3、季度通报") == "组织;(1)季度督导;\n3、季度通报"
    assert joined("(1)组织管理;季度", "督导考核;", "(3)季度通报") == (
        "(1)组织管理;季度督导考核;\n(3)季度通报")


def test_a_sections_chinese_numeral_opens_a_line() -> None:
    """服务贸易's 自评表 (batch r): its title, then 一、项目基本情况 under it, no wider; the
    title ran to the right edge of the few lines outside the table and the heading went
    on after it (服务贸易项目绩效自评表一、项目基本情况, no project name).  一、 opens a
    section, as 1、 opens an item."""
    def joined(*rows: str) -> str:
        lines = cell_lines(*rows)
        return join_lines(lines, max(ln.x1 for ln in lines))

    assert joined("服务贸易项目绩效自评表", "一、项目基本情况") == (
        "服务贸易项目绩效自评表\n一、项目基本情况")
    assert joined("完成了全年的各项工作任", "务二、三季度") == "完成了全年的各项工作任务二、三季度"


def test_word_broken_in_a_narrow_cell_is_joined_without_space() -> None:
    lines = cell_lines("Performan", "ce")  # no space drawn at the line end
    assert join_lines(lines, 45) == "Performance"


def _left(text: str, x0: float, x1: float, merged: bool = False) -> PCell:
    """A cell of text set from its left padding (5 pt), as Word and LibreOffice set it."""
    lines = cell_lines(text) if text else []
    for ln in lines:
        ln.glyphs = [g._replace(x0=g.x0 + x0 + 5, x1=g.x1 + x0 + 5) for g in ln.glyphs]
        ln.x0, ln.x1 = ln.glyphs[0].x0, ln.glyphs[-1].x1
    return PCell(text, x0, x1, merged, lines[0] if lines else None,
                 lines[-1] if lines else None, x1 - 5)


def test_split_row_is_recognised_by_text_running_to_the_edge() -> None:
    cell = _left
    # widths as in the seed: 一级指标 fills its column, 二级指标 does not, 三级 wraps
    last = [cell("产出指标", 0, 50, True), cell("成本指标", 50, 120),
            cell("保证按照预算指", 120, 200)]
    rest = [cell("", 0, 50), cell("", 50, 120), cell("标进行", 120, 200)]
    new = [cell("效果指标", 0, 50), cell("经济效益指标", 50, 120), cell("", 120, 200)]
    assert split_row(last, rest)
    assert not split_row(last, new)
    # the rest of a cell that opens an item still goes on with it, on a line of its own
    item = [cell("", 0, 50), cell("", 50, 120), cell("2.保证质量", 120, 200)]
    assert split_row(last, item)
    _join_split_row([last], [item])
    assert last[2].text == "保证按照预算指\n2.保证质量"
    # a level's name fills a narrow column as a wrapped line does; one atop the next page
    # under another is a row of its own (南岳镇's 经济效益指标, then 社会效益指标)
    level = [cell("效益指标", 0, 50, True), cell("经济效益指标", 50, 75),
             cell("贫困户全年返本分红总", 75, 185)]
    after = [cell("", 0, 50), cell("社会效益指标", 50, 75), cell("额", 75, 185)]
    assert split_row(level, [cell("", 0, 50), cell("", 50, 75), cell("额", 75, 185)])
    assert not split_row(level, after)


def test_a_target_atop_the_next_page_that_opens_with_its_sign_is_a_row_of_its_own() -> None:
    """城管's 申报表 printed by LibreOffice: 较高 ends the page in a narrow 指标值 column, then
    ≥100百分比 atop the next, its sign and figure one word wider than the room left."""
    last = [_left("经费支出合规性", 0, 55), _left("较高", 55, 95)]
    assert split_row(last, [_left("", 0, 55), _left("满意", 55, 95)])
    assert not split_row(last, [_left("项目验收合格率", 0, 55), _left("≥100百分比", 55, 95)])


def test_a_merged_cell_whose_text_the_page_break_cut_is_whole() -> None:
    """检验检疫's 评价表: each question merged five rows down beside 是/否 and 是, merged as
    far, and five rows of marks; the break falls after three of them, 是否有利于促 above it
    and 进人民身体健康水平提高 atop the next page: one cell.  A merge that began lower (环境效益
    over two rows, the break after them) stays whole, and the next row's name its own."""
    def row(q: str, merged: bool, mark: str) -> list[PCell]:
        return [_left(q, 0, 70, merged), _left("是/否" if not merged else "", 70, 100, merged),
                _left(mark, 100, 130)]

    rows = [row("是否有利于促", False, "1"), row("是否有利于促", True, "2"),
            row("是否有利于促", True, "3")]
    more = [[_left("进人民身体健康水平提高", 0, 70), _left("", 70, 100), _left("4", 100, 130)],
            [_left("", 0, 70, True), _left("", 70, 100, True), _left("5", 100, 130)]]
    rows[1][1].text = rows[2][1].text = "是/否"
    _carry_merged(rows, more)
    whole = "是否有利于促进人民身体健康水平提高"
    assert [r[0].text for r in rows + more] == [whole] * 5
    assert [r[1].text for r in more] == ["是/否", "是/否"]

    # 效益指标 merged over the break from a row above 环境效益's two: no cut text
    block = [[_left("效益指标", 0, 40), _left("经济效益", 40, 70), _left("公益", 70, 100)],
             [_left("效益指标", 0, 40, True), _left("环境效益", 40, 70), _left("良好", 70, 100)],
             [_left("效益指标", 0, 40, True), _left("环境效益", 40, 70, True),
              _left("良好", 70, 100)]]
    nxt = [[_left("", 0, 40), _left("可持续影响指标", 40, 70), _left("≥360天", 70, 100)]]
    _carry_merged(block, nxt)
    assert [c.text for c in nxt[0]] == ["效益指标", "可持续影响指标", "≥360天"]

    # 项目产出 and 产出数量 | 60 begun in one row, the break after 产出数量's rows: 项目产出
    # goes on, but 产出质量 | 30 below are new cells, as their two texts together say
    block = [[_left("项目产出", 0, 40), _left("产出数量", 40, 62), _left("60", 62, 80),
              _left("网络覆盖率", 80, 130)],
             [_left("项目产出", 0, 40, True), _left("产出数量", 40, 62, True),
              _left("60", 62, 80, True), _left("电子通关率", 80, 130)]]
    nxt = [[_left("", 0, 40), _left("产出质量", 40, 62), _left("30", 62, 80),
            _left("瘫痪次数", 80, 130)]]
    _carry_merged(block, nxt)
    assert [c.text for c in nxt[0]] == ["项目产出", "产出质量", "30", "瘫痪次数"]


def test_the_templates_next_prompt_atop_a_page_is_a_row_of_its_own() -> None:
    """廊坊's 自评表 printed from Word: 指标1工程资金金额 fills its line at a page's foot, and
    the template's unfilled 指标2 opens the next page: a row of its own, not the rest."""
    last = [_left("指标1工程资金金", 0, 85), _left("43.2", 85, 120)]
    assert not split_row(last, [_left("指标2", 0, 85), _left("", 85, 120)])
    assert split_row(last, [_left("额", 0, 85), _left("", 85, 120)])


def test_a_target_with_its_sign_broken_before_its_percent_sign_goes_on() -> None:
    """雨露计划's 逾期发放率 | >=100% printed from Word, the row broken across pages: >=100 at
    the foot, % atop the next page.  >=100% breaks nowhere, so the line broke it only
    because the whole did not fit: the row goes on (15 | 15, two scores, still do not)."""
    last = [_left("逾期发", 0, 40), _left(">=100", 40, 78)]
    assert split_row(last, [_left("放率", 0, 40), _left("%", 40, 78)])
    assert not split_row([_left("15", 0, 40)], [_left("15", 0, 40)])


def test_a_merge_begun_in_the_pages_last_row_cut_after_it_is_whole() -> None:
    """检验检疫's 评价表 printed from Word: a question merged over two rows beside 是/否 | 是
    merged as far, the break after its first row: 是否 at the foot, 有利于促进商品质量提高
    atop the next page beside blanks, and the second row's own score 5.  The question is
    one cell over both rows, 是/否 | 是 merged down.  A row atop the page whose own text
    stands between the blank and the one that goes on is a new row (>=29人 under
    >=60000人, 社会效益指标 merged above it, 受益人数 its own name between)."""
    last = [[_left("是否", 0, 35), _left("是/否", 35, 100), _left("是", 100, 120),
             _left("5", 120, 140)]]  # (是否 fills its narrow column's line)
    more = [[_left("有利于促进商品质量提高", 0, 35), _left("", 35, 100), _left("", 100, 120),
             _left("5", 120, 140)],
            [_left("是否有利于保护消费者安全", 0, 35), _left("是/否", 35, 100),
             _left("是", 100, 120), _left("5", 120, 140)]]
    _carry_merged(last, more)
    assert [c.text for c in more[0]] == ["是否有利于促进商品质量提高", "是/否", "是", "5"]
    assert [c.merged_above for c in more[0]] == [True, True, True, False]
    assert last[0][0].text == "是否有利于促进商品质量提高"
    assert more[1][0].text == "是否有利于保护消费者安全" and not more[1][0].merged_above

    last = [[_left("社会效益指标", 0, 60), _left("游客数量", 60, 130),
             _left(">=60000人", 130, 175)]]
    more = [[_left("", 0, 60), _left("受益人数", 60, 130), _left(">=29人", 130, 175)]]
    _carry_merged(last, more)
    assert [c.text for c in more[0]] == ["", "受益人数", ">=29人"]
    assert last[0][2].text == ">=60000人"


def test_a_table_whose_columns_are_all_among_the_one_before_takes_its_columns() -> None:
    """安居区's 自评表 cut in two with a line between (— 2 —), printed from Word: the second
    part merges 年度指标值 | 实际完成指标值 over all of its rows, so its grid lacks that
    column; it takes the first part's, its target under 年度指标值 and its score under
    the score's column.  A table of other columns keeps its own."""
    xs = [50.0, 150.0, 250.0, 300.0, 345.0]
    first = _piece(1, 100, [["三级指标", "年度指标值", "实际完成值", "分值"],
                            ["培训人数", "30人", "30人", "5"]], xs)
    more = _piece(1, 300, [["演练次数", "已完成", "3"]], [50.0, 150.0, 300.0, 345.0])
    [page] = build_lines(glyphs("— 2 —", 180, 270))
    blocks = to_blocks([[first, PLine(page, 1, 595, 842), more]])
    second = blocks[-1]
    assert isinstance(second, Table)
    assert [(c.text, c.col, c.colspan) for c in second.rows[0].cells] == [
        ("演练次数", 0, 1), ("已完成", 1, 2), ("3", 3, 1)]
    other = _piece(1, 300, [["签字", "日期"]], [50.0, 200.0, 345.0])
    blocks = to_blocks([[first, PLine(page, 1, 595, 842), other]])
    assert isinstance(blocks[-1], Table) and blocks[-1].ncols == 2


def _centred(text: str, x0: float, x1: float, *, pad: float = 4.0) -> PCell:
    """A cell of one line set in the middle (as a browser or a scan sets 预算执行率)."""
    [ln] = cell_lines(text)
    shift = x0 + (x1 - x0 - (ln.x1 - ln.x0)) / 2 - ln.x0
    ln.glyphs = [g._replace(x0=g.x0 + shift, x1=g.x1 + shift) for g in ln.glyphs]
    ln.x0, ln.x1 = ln.glyphs[0].x0, ln.glyphs[-1].x1
    return PCell(text, x0, x1, False, ln, ln, x1 - pad)


def test_a_name_centred_in_a_merged_cell_at_a_pages_foot_ended_there() -> None:
    # zxjtf's 社会效益, merged down beside five ①…⑤ rows that end the page, its name in
    # the middle: 环境效益 atop the next page is a row of its own, though 社会效益 filled
    # its narrow column as a wrapped line does; the same name at the foot of a cell that
    # the break cut (its text from the cell's top down) goes on, with words that name no level
    def name(top: float, bottom: float) -> PCell:
        c = _left("社会效益", 0, 45)
        assert c.head is not None
        c.top, c.bottom = c.head.top - top, c.head.bottom + bottom
        return c

    assert not split_row([name(40, 40)], [_left("环境效益", 0, 45)])
    assert split_row([name(3, 3)], [_left("与生态", 0, 45)])
    assert split_row([name(3, 60)], [_left("与生态", 0, 45)])  # a column beside ran longer
    # (and a level's name under another is a row of its own wherever it stands)
    assert not split_row([name(3, 3)], [_left("环境效益", 0, 45)])


def test_a_split_row_whose_blank_cells_the_next_page_draws_as_one() -> None:
    # 衡陽's form printed by a browser: the twelve columns merged down beside the 三级
    # names are one blank cell atop the next page, where the split name goes on
    last = [_left("058003", 0, 40), _left("福利院", 40, 80), _left("全院服务对", 80, 135)]
    assert split_row(last, [_left("", 0, 80), _left("象护理覆盖率", 80, 135)])
    assert not split_row(last, [_left("", 0, 60), _left("象护理覆盖率", 80, 135)])
    assert not split_row(last, [_left("", 0, 80), _left("象护理覆盖率", 70, 135)])


def test_a_cells_items_go_on_atop_the_next_page() -> None:
    # 上海's 拆违 goals printed by a browser: 1. and 2. at a page's foot, 3. and 4. atop the
    # next, the break between two items of one cell (no line ran to the edge)
    items = _left("1.完成任务。", 40, 200)
    items.text, items.tail = "1.完成任务。\n2.新增违建。", _left("2.新增违建。", 40, 200).tail
    last = [_left("目标", 0, 40), items]
    assert split_row(last, [_left("", 0, 40), _left("3.开展治理。", 40, 200)])
    assert not split_row(last, [_left("", 0, 40), _left("5.开展治理。", 40, 200)])


def test_a_centred_line_atop_the_next_page_is_a_row_of_its_own() -> None:
    # 鄂州's 自评表 printed by a browser, no border drawn at the break: 预算执行率 (centred,
    # room on both sides) then 预算资金拨款率 are two rows, though the room right of the first
    # alone is narrower than a character and a half
    last = [_centred("预算执行率", 0, 80)]
    assert last[0].tail is not None and last[0].right - last[0].tail.x1 < 15
    assert not split_row(last, [_centred("预算资金拨款率", 0, 80)])
    # the same line set from the left edge, the rest of it wrapped atop the next page
    left = cell_lines("预算执行率预算资金拨款率")[0]
    left.glyphs = left.glyphs[:7]
    left.x0, left.x1 = left.glyphs[0].x0, left.glyphs[-1].x1
    wrapped = [PCell("预算执行率预算", -4, 76, False, left, left, 72)]
    assert split_row(wrapped, [_centred("资金拨款率", -4, 76)])


def test_the_same_value_or_a_whole_number_atop_the_next_page_is_a_row_of_its_own() -> None:
    # 扎赉特旗's wide sheet: 定性 then 定性 in a narrow 指标性质 column, a score 15 then 15 —
    # each fills its column as a wrapped line does
    narrow = [_centred("定性", 0, 23, pad=1.5), _centred("有效", 23, 44, pad=1.5)]
    assert split_row(narrow, [_centred("一般", 0, 23, pad=1.5), _centred("提升", 23, 44, pad=1.5)])
    assert not split_row(narrow, [_centred("定性", 0, 23, pad=1.5),
                                  _centred("提升", 23, 44, pad=1.5)])
    # a line breaks inside a number only where the number is wider than the line
    assert not split_row([_centred("100", 0, 40)], [_centred("95", 0, 40)])
    assert split_row([_centred("1030", 0, 30, pad=1)], [_centred("700", 0, 30, pad=1)])


# --- running headers, footers and page numbers ---------------------------------------------


@pytest.mark.parametrize("text", ["3", "- 3 -", "—3—", "第 3 页", "第3页 共5页", "共5页 第3页",
                                  "3/5", "Page 3 of 5"])
def test_page_number_forms(text: str) -> None:
    assert PAGE_NUMBER_RE.match(text)


@pytest.mark.parametrize("text", ["2021年", "第三季度", "3个", "100%", "一、总体绩效目标"])
def test_not_page_numbers(text: str) -> None:
    assert not PAGE_NUMBER_RE.match(text)


def test_running_header_dropped_first_body_line_kept() -> None:
    def pline(text: str, page: int, top: float) -> PLine:
        [ln] = build_lines(glyphs(text, 60, top))
        return PLine(ln, page, 595, 842)

    pages = [
        [pline("东堤头镇2023年部门预算项目绩效目标", p, 40), pline(f"正文第{p}段", p, 80),
         pline(f"第 {p} 页 共 3 页", p, 800)]
        for p in (1, 2, 3)
    ]
    kept = drop_running_lines(pages)  # type: ignore[arg-type]
    assert [[it.line.text for it in items] for items in kept] == [  # type: ignore[union-attr]
        ["正文第1段"], ["正文第2段"], ["正文第3段"]]


def test_a_centred_paragraphs_last_line_goes_on_with_the_line_above() -> None:
    """A site's page with its paragraphs centred (云南's 自评报告, printed or scanned): the
    last line, centred under a line that spans the text's width and breaks off mid-sentence
    (以及其 | 他抢险救援任务。), is the paragraph's; a centred heading under a sentence's
    end, and a centred line under a short one, open paragraphs of their own."""
    def pline(text: str, top: float, centred: bool = False) -> PLine:
        x = (595 - 10 * len(text)) / 2 if centred else 97.5  # the text 400 pt wide
        [ln] = build_lines(glyphs(text, x, top))
        return PLine(ln, 1, 595, 842)

    full = "专项用于执行森林草原航空灭火救援任务以及其他抢险救援任务和应急救援任务以及其"  # 40
    items = [pline("标题居中一行", 40, True), pline(full, 70), pline("他抢险救援任务。", 84, True),
             pline(full[:-1] + "。", 98), pline("二)绩效目标完成情况", 112, True)]
    texts = [b.text for b in to_blocks([items])]  # type: ignore[list-item]
    assert texts == ["标题居中一行", full + "他抢险救援任务。", full[:-1] + "。",
                     "二)绩效目标完成情况"]


def test_a_covers_centred_lines_each_a_paragraph_under_the_widest_heading() -> None:
    """岳阳楼区's 自评报告 cover, its lines centred, scanned (batch zg): the widest of them (the
    title, 评价类型:…■) set the loose lines' edges, so the centred line under each seemed
    the last line of a centred paragraph (…自评报告来源:…, …评价项目名称 代表之家) and
    项目名称 was lost.  A centred paragraph's wrapped line spans half the page or more; and
    a known label followed by a space, as by a colon, opens a line of its own."""
    def pline(text: str, top: float) -> PLine:
        [ln] = build_lines(glyphs(text, (595 - 10 * len(text)) / 2, top))
        return PLine(ln, 1, 595, 842)

    title = "2016年度区人大代表之家项目支出绩效自评报告"
    items = [pline(title, 40), pline("来源:楼区财政局", 56), pline("评价类型:完成结果评价■", 90),
             pline("项目名称 代表之家", 106), pline("项目单位 岳阳楼区人大办", 122)]
    texts = [b.text for b in to_blocks([items])]  # type: ignore[list-item]
    assert texts == [title, "来源:楼区财政局", "评价类型:完成结果评价■", "项目名称 代表之家",
                     "项目单位 岳阳楼区人大办"]


def test_a_line_opening_with_a_fields_label_starts_a_paragraph() -> None:
    """A cover's key lines, each a paragraph of its own (文昌's 评价报告): the longest sets
    the text's right edge, so it seemed to run on into the next line; a line opening with a
    field's label and a colon (项目单位:) starts its own paragraph, and a wrapped line that
    opens with no label goes on with the line above."""
    def pline(text: str, top: float) -> PLine:
        [ln] = build_lines(glyphs(text, 60, top))
        return PLine(ln, 1, 595, 842)

    name = "项目名称:2017年退耕还林苗圃建设市级配套项目"
    items = [pline("评价类型:完成结果评价", 40), pline(name, 54),
             pline("项目单位:文昌市林业局", 68)]
    texts = [b.text for b in to_blocks([items])]  # type: ignore[list-item]
    assert texts == ["评价类型:完成结果评价", name, "项目单位:文昌市林业局"]
    items = [pline(name, 54), pline("单位文昌市林业局", 68)]
    assert [b.text for b in to_blocks([items])] == [name + "单位文昌市林业局"]  # type: ignore[list-item]


def _piece(page: int, top: float, rows: list[list[str]], xs: list[float]) -> Piece:
    def cell(text: str, x0: float, x1: float, y: float) -> PCell:
        lines = build_lines(glyphs(text, x0 + 2, y)) if text else []
        return PCell(text, x0, x1, head=lines[0] if lines else None,
                     tail=lines[-1] if lines else None, right=x1 - 2)

    out = [[cell(t, x0, x1, top + 20 * r + 5) for t, x0, x1 in zip(row, xs, xs[1:], strict=False)]
           for r, row in enumerate(rows)]
    return Piece(page, 595, xs[0], xs[-1], top, top + 20 * len(rows), xs, out, [page] * len(rows))


def test_a_level_names_last_word_atop_the_next_page_ends_the_name() -> None:
    """2022年项目绩效报告's 成效指标, a character a line in a narrow column merged down over
    two rows, printed by a browser across a page break: 成效 beside the first row, 指标
    beside the second atop the next page.  指标 alone names no level: the name is one
    cell, merged down over both rows; a name atop the next page is a row of its own."""
    xs = [50.0, 90.0, 300.0, 545.0]
    first = _piece(1, 600, [["产出指标", "培训人数", "200人次"], ["成效", "满意度", "95%"]], xs)
    more = _piece(2, 40, [["指标", "达成率", "95%"], ["", "到位率", "100%"]], xs)
    [table] = to_blocks([[first], [more]])
    assert isinstance(table, Table)
    assert [r.cells[0].text for r in table.rows] == ["产出指标", "成效指标", "成效指标", ""]
    more = _piece(2, 40, [["效益指标", "达成率", "95%"]], xs)
    first = _piece(1, 600, [["产出指标", "培训人数", "200人次"], ["成效", "满意度", "95%"]], xs)
    [table] = to_blocks([[first], [more]])
    assert isinstance(table, Table)
    assert [r.cells[0].text for r in table.rows] == ["产出指标", "成效", "效益指标"]


def test_a_labels_middle_below_the_pages_last_border_goes_with_the_table() -> None:
    """石狮's 年度总体目标, merged down beside 预期目标 | 实际完成情况 and the goal's row, as a
    browser prints it across a page break: 年度 in the last row above the break, 总体 below
    the page's last border, 目标 atop the next page.  The line left between the two pieces
    goes into its column's cell below; the label read whole, merged down, as the page drew
    it.  A line under the table wider than a column is a paragraph of its own."""
    xs = [50.0, 90.0, 300.0, 545.0]
    first = _piece(1, 600, [["项目资金", "100", "100"], ["年度", "预期目标", "实际完成情况"]], xs)
    [stranded] = build_lines(glyphs("总体", 52, first.bottom + 4))
    more = _piece(2, 40, [["目标", "保障食堂运行", "已达到预期"],
                          ["一级指标", "二级指标", "指标值"]], xs)
    [table] = to_blocks([[first, PLine(stranded, 1, 595, 842)], [more]])
    assert isinstance(table, Table)
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["项目资金", "100", "100"], ["年度总体目标", "预期目标", "实际完成情况"],
        ["年度总体目标", "保障食堂运行", "已达到预期"], ["一级指标", "二级指标", "指标值"]]
    assert table.rows[2].cells[0].merged_above
    # a page's number between the pieces (— 2 —, a line of the body) is no label's middle
    first = _piece(1, 600, [["项目资金", "100", "100"], ["年度", "预期目标", "实际完成情况"]], xs)
    [number] = build_lines(glyphs("— 2 —", 52, first.bottom + 4))
    more = _piece(2, 40, [["目标", "保障食堂运行", "已达到预期"]], xs)
    texts = [b.text if isinstance(b, Paragraph) else b.rows[-1].cells[0].text
             for b in to_blocks([[first, PLine(number, 1, 595, 842)], [more]])]
    assert "— 2 —目标" not in texts
    first = _piece(1, 600, [["项目资金", "100", "100"]], xs)
    [note] = build_lines(glyphs("注:本表金额单位为万元", 52, first.bottom + 4))
    blocks = to_blocks([[first, PLine(note, 1, 595, 842)],
                        [_piece(2, 40, [["一级指标", "二级指标", "指标值"]], xs)]])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph", "Table"]


def test_a_watermarks_pieces_between_a_scanned_tables_parts_do_not_part_them() -> None:
    """A 部门整体自评表 printed with 内部资料 注意保存 tilted across every page and scanned
    (batch zm): the watermark's pieces below the table's foot and atop the next page, read
    部少 and 内部贷, stood between the table's two parts, and the row the break split
    (公用经费控制 | 率) stayed two rows.  On scanned pages lines of a few characters there
    are dropped and the parts are one table; a longer line (a note) still parts them, and a
    text PDF's short line is left as it is."""
    xs = [50.0, 90.0, 300.0, 545.0]

    def parts(between: list[str], scanned: bool = True) -> list[Paragraph | Table]:
        first = _piece(1, 600, [["产出指标", "预算完成率", "70%"],
                                ["", "公用经费控制", "100%"]], xs)
        more = _piece(2, 60, [["", "率", ""], ["", "政府采购执行率", "100%"]], xs)
        first.scanned = more.scanned = scanned
        lines = [PLine(build_lines(glyphs(t, 285, first.bottom + 10 * (k + 1)))[0], 1, 595, 842)
                 for k, t in enumerate(between)]
        return to_blocks([[first, *lines], [more]])

    [table] = parts(["部少", "内部贷"])
    assert isinstance(table, Table)
    assert [r.cells[1].text for r in table.rows] == [
        "预算完成率", "公用经费控制", "率", "政府采购执行率"]  # (the layout joins the split row)
    assert [r.page for r in table.rows] == [1, 1, 2, 2]
    assert [type(b).__name__ for b in parts(["注:本表金额单位为万元"])] == [
        "Table", "Paragraph", "Table"]
    assert [type(b).__name__ for b in parts(["部少"], scanned=False)] == [
        "Table", "Paragraph", "Table"]


def test_a_photographed_pages_columns_bent_off_the_page_befores_are_one_column_each() -> None:
    """濮阳's 目标表 photographed page by page: the second page's table lies 3 pt right of
    the first's on the left and 7 pt short on the right, and its inner columns are bent
    5 pt off where a stretch between the sides puts them.  Each goes onto the first
    page's nearest column (within 2 % of the page): one grid, no cell spanning two; a
    text PDF's pieces are taken as they lie."""
    xs = [67.9, 142.6, 217.6, 292.9, 368.1, 443.7, 594.2]
    head = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标说明"]
    first = _piece(1, 600, [head, ["", "产出指标", "数量指标", "灭火装置", "10套", ""]], xs)
    more = _piece(2, 80, [["", "产出指标", "数量指标", "施工材料", "1批", ""]],
                  [70.7, 147.1, 222.5, 297.0, 370.8, 443.7, 587.2])
    for piece in (first, more):
        piece.scanned = True
    [table] = to_blocks([[first], [more]])
    assert isinstance(table, Table)
    assert table.ncols == 6
    assert [[c.text for c in r.cells] for r in table.rows][-1] == [
        "", "产出指标", "数量指标", "施工材料", "1批", ""]
    assert all(c.colspan == 1 for r in table.rows for c in r.cells)


def test_a_bracket_the_page_break_left_open_is_closed_by_the_stranded_line() -> None:
    """黄石's 自评表 printed by Chrome: 效益指标(30分) merged down beside the rows after the
    break, 效益指标(30 in the page's last row and 分) under its last border, the glyphs' box
    reaching a point above the border: one label, merged down, whatever it names."""
    xs = [50.0, 110.0, 300.0, 545.0]
    first = _piece(1, 600, [["产出指标(40分)", "成本指标", "5万"],
                            ["效益指标(30", "经济效益", "公益"]], xs)
    [stranded] = build_lines(glyphs("分)", 62, first.bottom - 1))
    more = _piece(2, 40, [["", "社会效益", "良好"]], xs)
    [table] = to_blocks([[first, PLine(stranded, 1, 595, 842)], [more]])
    assert isinstance(table, Table)
    assert [r.cells[0].text for r in table.rows] == ["产出指标(40分)", "效益指标(30分)",
                                                     "效益指标(30分)"]
    assert table.rows[2].cells[0].merged_above


def test_a_spaced_out_line_wrapped_keeps_its_space() -> None:
    """产 出 指 标 (50分), a letter-spaced level name in a narrow cell, wrapped after 指: the
    printer draws no space at a line's end; a line spaced out so is joined with one."""
    lines = cell_lines("产 出 指", "标 (50分)")
    assert join_lines(lines, max(ln.x1 for ln in lines)) == "产 出 指 标 (50分)"
    lines = cell_lines("社会效益指", "标")
    assert join_lines(lines, max(ln.x1 for ln in lines)) == "社会效益指标"


def test_a_table_goes_on_over_blank_pages() -> None:
    """A duplex scan's blank backs (or a page Word left empty) between a table's pages:
    the table atop the page after them goes on from the one before, as over a page break;
    a table after a page with something on it does not."""
    xs = [50.0, 90.0, 300.0, 545.0]
    first = _piece(1, 600, [["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "10"]], xs)
    more = _piece(3, 40, [["效益指标", "社会效益指标", "显著"]], xs)
    [table] = to_blocks([[first], [], [more], []])
    assert isinstance(table, Table)
    assert [r.page for r in table.rows] == [1, 1, 3]
    [line] = build_lines(glyphs("附件2", 52, 300))
    first = _piece(1, 600, [["一级指标", "二级指标", "指标值"]], xs)
    blocks = to_blocks([[first], [PLine(line, 2, 595, 842)],
                        [_piece(3, 40, [["效益指标", "社会效益指标", "显著"]], xs)]])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph", "Table"]


def test_a_table_goes_on_onto_a_page_a_hair_narrower() -> None:
    """Two photos of one page sent as a PDF (batch x's x02), each sheet fitted to A4 as
    its pixels times 841.9 over their count: one page 841.9 pt wide, the next
    841.8999999999999.  They are as wide as each other, and the table goes on (it was read
    as two, the second a project of its own, 1 of 7 indicator rows found); a page of
    another size does not take it on."""
    xs = [50.0, 90.0, 300.0, 545.0]
    first = _piece(1, 600, [["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "10"]], xs)
    first.page_width = 841.9
    more = _piece(2, 40, [["效益指标", "社会效益指标", "显著"]], xs)
    more.page_width = 2732 * (841.9 / 2732)  # 841.8999999999999
    assert more.page_width != first.page_width
    [table] = to_blocks([[first], [more]])
    assert isinstance(table, Table)
    assert [r.page for r in table.rows] == [1, 1, 2]
    other = _piece(2, 40, [["效益指标", "社会效益指标", "显著"]], xs)
    other.page_width = 595.3
    first = _piece(1, 600, [["一级指标", "二级指标", "指标值"]], xs)
    first.page_width = 841.9
    assert [type(b).__name__ for b in to_blocks([[first], [other]])] == ["Table", "Table"]


def test_a_table_read_from_photos_goes_on_though_its_sides_lie_a_few_points_off() -> None:
    """Each page's photo warped to A4 by the corners found puts the table's sides where
    those corners put them: 8 pt apart from one page to the next goes on where the pages
    were read from pictures (within 2 % of the page's width), not where they are typed
    (4 pt: a text PDF draws a table's sides where its writer set them).  The second
    page's columns are moved onto the first's: each of its cells in one column, as on the
    page (taken as they lay, every column would be two, 8 pt apart)."""
    xs = [50.0, 90.0, 300.0, 545.0]
    shifted = [x + 8 for x in xs]
    rows = [["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "10"]]
    for scanned, tables in ((False, 2), (True, 1)):
        first = _piece(1, 600, rows, xs)
        more = _piece(2, 40, [["效益指标", "社会效益指标", "显著"]], shifted)
        first.scanned = more.scanned = scanned
        blocks = to_blocks([[first], [more]])
        assert [type(b).__name__ for b in blocks] == ["Table"] * tables
    [table] = blocks[:1]
    assert isinstance(table, Table) and table.ncols == 3
    assert [(c.col, c.colspan) for c in table.rows[2].cells] == [(0, 1), (1, 1), (2, 1)]


# --- the fast content reader gives what pdfminer's own parser gives ---------------------------


CONTENTS = [
    b"BT /F1 12 Tf 72 700 Td (Hello \\(nested (paren)\\) \\101\\n) Tj ET",
    b"BT /F1 12 Tf 72 700 Td [(A) -250 (B) 120.5 (C)] TJ T* (next) ' 2 1 (w) \" ET",
    b"BT /F#31 12 Tf 72 700 Td <48 65 6C6C 6F> Tj ET % a comment\n0.5 w 10 10 m 200 10 l S",
    b"/OC << /Type /OCMD /P [/AnyOn] >> BDC q 1 0 0 1 5 5 cm 0 0 100 50 re S Q EMC",
    b"BT /F1 9 Tf 1 0 0 1 50 600 Tm -.5 Tc (x) Tj ET 0 0 1 rg 10 10 100 1 re f",
    b"q 1 0 0 1 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI Q BT /F1 9 Tf (i) Tj ET",
]


@pytest.mark.parametrize("content", CONTENTS, ids=range(len(CONTENTS)))
def test_fast_content_reader_matches_pdfminer(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(minimal_pdf(content))
    seen = []
    with pdfplumber.open(path) as doc:
        page = next(PDFPage.create_pages(doc.doc))
        for interp in (FastInterpreter, PDFPageInterpreter):
            out = PageContent(1, *page_size(page))
            dev = _Collector(doc.rsrcmgr, out, time.monotonic() + 60)
            try:
                interp(doc.rsrcmgr, dev).process_page(page)
            except Exception as e:  # the fast reader must fail over, never differ
                seen.append(type(e).__name__)
                continue
            seen.append((out.glyphs, out.segments))
        fallback = read_page(doc.rsrcmgr, page, 1, deadline=time.monotonic() + 60)
    assert seen[1] != [] and (seen[0] == seen[1] or seen[0] == "Unusual")
    assert (fallback.glyphs, fallback.segments) == seen[1]


class _PdfminerText(_Collector):
    """The collector drawing text through pdfminer's own render_string and render_char
    (invisible text kept apart, as the collector does)."""

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        self._hidden = textstate.render == INVISIBLE
        PDFTextDevice.render_string(self, textstate, seq, ncs, graphicstate)


def test_text_drawn_in_one_loop_gives_pdfminers_glyph_boxes_to_the_bit() -> None:
    with pdfplumber.open(SEED_PDF) as doc:
        for number, page in enumerate(PDFPage.create_pages(doc.doc), 1):
            boxes = []
            for device in (_Collector, _PdfminerText):
                out = PageContent(number, *page_size(page))
                FastInterpreter(doc.rsrcmgr, device(doc.rsrcmgr, out, time.monotonic() + 60)
                                ).process_page(page)
                boxes.append(repr(out.glyphs))  # repr: -0.0 and 0.0 apart
            assert boxes[0] == boxes[1] and boxes[0] != "[]"


# Every PDF among the samples: what the fast reader (its plain operators run on the
# interpreter's state, text drawn in one loop) and pdfminer's own (its parser, its do_*
# methods, its render_string) make of each page must agree to the bit.
SAMPLE_PDFS = sorted(p for p in SAMPLES.rglob("*.pdf") if "encrypted" not in p.name)


def _interpreted(doc: Any, page: PDFPage, fast: bool) -> str:
    """A page's glyphs, segments and images (and where they are drawn) through the fast
    reader or pdfminer's own; the name of the exception where one stops it."""
    out = PageContent(1, *page_size(page))
    interp, device = (FastInterpreter, _Collector) if fast else (PDFPageInterpreter,
                                                                 _PdfminerText)
    try:
        interp(doc.rsrcmgr, device(doc.rsrcmgr, out, time.monotonic() + 60)).process_page(page)
    except Exception as e:
        return type(e).__name__
    return repr((out.glyphs, out.segments, out.images, out.pictures))


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_fast_reader_gives_pdfminers_pages_on_every_sample(path: Path) -> None:
    with pdfplumber.open(path) as doc:
        for page in PDFPage.create_pages(doc.doc):
            fast, slow = _interpreted(doc, page, True), _interpreted(doc, page, False)
            assert fast == slow or fast == "Unusual"


# Odd operands where the plain operators are written: numbers no plain number reads
# (read token by token, as pdfminer reads them), -0, operands too few or too many, a font
# the page does not have, operands of another kind, a string or array before the operator.
ODD = [b"-0", b"-0.0", b"0.", b"+.5", b"007", b"1.2.3", b"-", b".", b"1e3", b"--5",
       b"99999999999999999999", b"/F9", b"/F2", b"<41>", b"<4>", b"(x)", b"[1 2]", b"true",
       b"q", b"Q", b"BT", b"ET", b"1 0 0 1 5 5 Tm", b"/F2 0 Tf", b"<0C>Tj", b"0 0 1 rg",
       b"0.5 g", b"1 G", b"2 w", b"0 J", b"1 j", b"W*", b"n", b"f", b"S", b"re", b"5 5 9 1 re f",
       b"2 0 0 2 0 0 cm", b"0 0 m 50 0 l S"]
_WORD = re.compile(rb"[^\s<>/\[\]()]+|<[0-9A-Fa-f]*>|/[^\s<>/\[\]()]*")


def _mutated(data: bytes, rng: random.Random) -> bytes:
    words = list(_WORD.finditer(data))
    out = bytearray(data)
    for w in sorted(rng.sample(words, 6), key=lambda w: -w.start()):
        what = rng.random()
        odd = rng.choice(ODD)
        if what < 0.5:
            out[w.start() : w.end()] = odd  # replaced
        elif what < 0.8:
            out[w.start() : w.start()] = odd + b" "  # an operand more
        else:
            del out[w.start() : w.end()]  # an operand fewer
    return bytes(out)


def test_fast_reader_gives_pdfminers_pages_on_mutated_content() -> None:
    rng = random.Random(16)
    with pdfplumber.open(SEED_PDF) as doc:
        pages = list(PDFPage.create_pages(doc.doc))
        data = b"\n".join(resolve1(s).get_data() for s in pages[-1].contents)
        page = pages[-1]
        for _ in range(120):
            stream = PDFStream({}, _mutated(data, rng))
            stream.objid = 10**6
            page.contents = [stream]
            fast, slow = _interpreted(doc, page, True), _interpreted(doc, page, False)
            assert fast == slow or fast == "Unusual"


def _type1_headers(path: Path) -> list[bytes]:
    with pdfplumber.open(path) as doc:
        streams = [resolve1(doc.doc.getobj(i)) for xref in doc.doc.xrefs
                   for i in xref.get_objids()]
    return [s.get_data()[: s["Length1"]] for s in streams
            if isinstance(s, PDFStream) and "Length1" in s.attrs]


HEADERS = [
    b"%!FontType1\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
    b"dup 65 /A put\ndup 66 /uni4E00 put\n[1 2] /x put 7 (s) put true /B put\n"
    b"readonly def\ncurrentfile eexec\n",
    b"dup 65 /A put\n/FontInfo << /Notice (c) >> def\n",  # a dictionary: pdfminer's parser
    b"dup 65 /A#42 put\n",  # an escaped name: pdfminer's parser
    b"put\n",  # a put short of operands: pdfminer's parser, and its error
]


@pytest.mark.parametrize("header", HEADERS, ids=range(len(HEADERS)))
def test_type1_header_encoding_is_pdfminers(header: bytes) -> None:
    def pdfminers() -> object:
        try:
            return Type1FontHeaderParser(BytesIO(header)).get_encoding()
        except ValueError as e:
            return type(e)

    found = encoding(header)
    assert found is None or found == pdfminers()
    assert (found is None) == (header is not HEADERS[0])


def test_type1_headers_of_the_seed_read_without_pdfminers_parser() -> None:
    headers = _type1_headers(SEED_PDF)
    assert headers
    for header in headers:
        assert encoding(header) == Type1FontHeaderParser(BytesIO(header)).get_encoding()


def _to_unicode_maps(path: Path) -> list[bytes]:
    with pdfplumber.open(path) as doc:
        fonts = [resolve1(doc.doc.getobj(i)) for xref in doc.doc.xrefs
                 for i in xref.get_objids()]
        return [resolve1(f["ToUnicode"]).get_data() for f in fonts
                if isinstance(f, dict) and "ToUnicode" in f]


MAPS = [
    b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange\n"
    b"2 beginbfchar <01> <4E00>\n<02><0032> endbfchar 1 beginbfchar <01> <4E8C> endbfchar\n"
    b"endcmap",
    b"begincmap 1 beginbfchar <01> <4E00> endbfchar 1 beginbfrange <02> <03> <0041> "
    b"endbfrange endcmap",  # a range: pdfminer's parser
    b"begincmap /Note (unclosed 1 beginbfchar <01> <4E00> endbfchar endcmap",  # in a string
    b"begincmap endcmap 1 beginbfchar <01> <4E00> endbfchar",  # after the map: not read
    # the same boilerplate with other counts (read once, then taken as read), and what its
    # `def`s set
    b"begincmap /CMapName /A def 9 beginbfchar <01> <4E00> endbfchar endcmap",
    b"begincmap /CMapName /A def 1 beginbfchar <01> <4E01>\n<02> <4E02> endbfchar endcmap",
    b"begincmap /CMapName /A def 1 beginbfchar <01> <4E01> endbfchar /CMapType 2 def endcmap",
    b"begincmap /CMapName /A def endcmap 1 beginbfchar <01> <4E01> endbfchar",  # outside
]


@pytest.mark.parametrize("data", MAPS, ids=range(len(MAPS)))
def test_to_unicode_map_is_pdfminers(data: bytes) -> None:
    def read(parser: type[CMapParser]) -> tuple[dict[int, str], dict[str, Any]]:
        cmap = FileUnicodeMap()
        parser(cmap, BytesIO(data)).run()
        return cmap.cid2unichr, cmap.attrs

    assert read(_MapParser) == read(CMapParser)


def test_to_unicode_maps_of_the_seed_read_with_their_pairs_apart() -> None:
    maps = _to_unicode_maps(SEED_PDF)
    assert maps and all(bfchar_pairs(m) is not None for m in maps)
    for data in maps:
        got, want = FileUnicodeMap(), FileUnicodeMap()
        _MapParser(got, BytesIO(data)).run()
        CMapParser(want, BytesIO(data)).run()
        assert (got.cid2unichr, got.attrs) == (want.cid2unichr, want.attrs)


# --- the file's objects read plainly give what pdfminer's parser gives ------------------------


def _pdfminers_object(doc: Any, data: bytes, pos: int, objid: int) -> str:
    """What pdfminer's `_getobj_parse` makes of the object at `pos` of `data` (its repr,
    or the exception's name)."""
    parser = PDFParser(BytesIO(data))
    parser.set_document(doc)
    holder = SimpleNamespace(_parser=parser, KEYWORD_OBJ=PDFDocument.KEYWORD_OBJ)
    try:
        return repr(PDFDocument._getobj_parse(holder, pos, objid))  # type: ignore[arg-type]
    except Exception as e:
        return type(e).__name__


def _plain_object(doc: Any, data: bytes, pos: int, objid: int) -> str | None:
    try:
        return repr(parse_object(data, pos, objid, doc))
    except NotPlain:
        return None


def _file_objects(path: Path) -> Iterator[tuple[Any, bytes, int, int]]:
    """(document, file bytes, position, object number) of each object outside streams."""
    data = path.read_bytes()
    with pdfplumber.open(path) as pdf_:
        for xref in pdf_.doc.xrefs:
            for objid in xref.get_objids():
                strmid, pos, _ = xref.get_pos(objid)
                if strmid is None:
                    yield pdf_.doc, data, pos, objid


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_plain_objects_are_pdfminers_on_every_sample(path: Path) -> None:
    for doc, data, pos, objid in _file_objects(path):
        got = _plain_object(doc, data, pos, objid)
        assert got is None or got == _pdfminers_object(doc, data, pos, objid), objid


def test_the_seeds_fonts_and_pages_are_read_plainly() -> None:
    kinds: dict[str, list[bool]] = {}
    for doc, data, pos, objid in _file_objects(SEED_PDF):
        obj = _pdfminers_object(doc, data, pos, objid)
        head = "stream" if obj.startswith("<PDFStream") else obj[:40]
        kind = next((k for k in ("/'Font'", "/'Page'", "/'FontDescriptor'", "stream")
                     if k in head), "other")
        kinds.setdefault(kind, []).append(_plain_object(doc, data, pos, objid) is not None)
    assert all(kinds["/'Font'"]) and all(kinds["/'Page'"]) and all(kinds["/'FontDescriptor'"])
    assert not any(kinds["stream"])  # streams stay pdfminer's


# Objects as a writer might set them down, odd ones among them: what pdfminer makes of each
# (a value, or an exception) is what `parse_object` makes of it, or it leaves it alone.
OBJECTS = [
    b"<< /Type /Page /Parent 2 0 R /Contents [4 0 R 5 0 R] /MediaBox [0 0 595.3 841.9] >>",
    b"[ 1 2.5 -3 +.5 0. (a \\(b\\) \\101) <4F 6b> <4> /N true false null ]",
    b"<< /A null /B [null] /C << /D 1 >> >>",
    b"7 0 R", b"1234", b"1 2", b"1 2 3 4 5", b"(x) (y)", b"/Name", b"<< /A 1 /B >>",
    b"<< 1 2 >>", b"[1 2 R]", b"[/A 0 R]", b"[1 R]", b"<< /A [1 2 >> ]", b"[ 1 2",
    b"<< /N#20x 1 >>", b"[1 2]\x00", b"<< /A (endobj) >>", b"% a comment\n[1]",
    b"{ 1 2 }", b"[1.2.3]", b"[--5]", b"[1e3]", b"<< /Length 3 >> stream\nabc\nendstream",
    b"", b"[(unterminated]", b"[ 99999999999999999999 -0 -0.0 ]", b"[ /F2 12 Tf ]",
]


@pytest.mark.parametrize("body", OBJECTS, ids=range(len(OBJECTS)))
@pytest.mark.parametrize("after", [b"\nendobj\n", b" endobj", b"\nendobjx\n1 0 obj 5 endobj"],
                         ids=["line", "space", "longer"])
def test_plain_object_is_pdfminers_or_left_to_it(body: bytes, after: bytes) -> None:
    data = b"%PDF-1.4\n3 0 obj\n" + body + after
    with pdfplumber.open(SEED_PDF) as pdf_:
        got = _plain_object(pdf_.doc, data, 9, 3)
        assert got is None or got == _pdfminers_object(pdf_.doc, data, 9, 3)


# What a damaged or odd writer might put among an object's tokens
ODD_OBJECT_TOKENS = [b"R", b"0 R", b"null", b"endobj", b"obj", b"<<", b">>", b"[", b"]", b"(s)",
                     b"(a(b)c)", b"<4>", b"/N#41", b"true", b"-0", b"1.2.3", b"stream", b"{",
                     b"%c\n", b"/", b"99999999999999999999", b"\x00", b"\x0b"]


def _mutated_object(data: bytes, rng: random.Random) -> bytes:
    words = list(_WORD.finditer(data))
    out = bytearray(data)
    for w in sorted(rng.sample(words, min(2, len(words))), key=lambda w: -w.start()):
        what, odd = rng.random(), rng.choice(ODD_OBJECT_TOKENS)
        if what < 0.4:
            out[w.start() : w.end()] = odd
        elif what < 0.8:
            out[w.start() : w.start()] = odd + b" "
        else:
            del out[w.start() : w.end()]
    return bytes(out)


def test_mutated_objects_are_pdfminers_or_left_to_it() -> None:
    rng = random.Random(1)
    data = SEED_PDF.read_bytes()
    with pdfplumber.open(SEED_PDF) as pdf_:
        objects = [(pos, objid) for _, _, pos, objid in _file_objects(SEED_PDF)
                   if b"stream" not in data[pos : data.index(b"endobj", pos)]]
        checked = 0
        for _ in range(1200):
            pos, objid = rng.choice(objects)
            head = data.index(b"obj", pos) + 3
            end = data.index(b"endobj", head)
            mutated = data[pos:head] + _mutated_object(data[head:end], rng) + data[end:end + 8]
            got = _plain_object(pdf_.doc, mutated, 0, objid)
            if got is not None:
                checked += 1
                assert got == _pdfminers_object(pdf_.doc, mutated, 0, objid), mutated
        assert checked > 100


def test_a_pdf_reads_the_same_with_its_objects_left_to_pdfminer(monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    fast = pdf.read(SEED_PDF)
    monkeypatch.setattr(pdf, "read_objects_plainly", lambda doc, path: None)
    assert pdf.read(SEED_PDF) == fast


@pytest.mark.parametrize("path", SAMPLE_PDFS[::3], ids=lambda p: p.stem)
def test_glyphs_go_to_the_cells_bisecting_finds(path: Path, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    """A glyph tried first against the cell of the glyph before it lands where bisecting
    every table would put it."""
    fast = pdf.read(path)
    monkeypatch.setattr(blocks, "_disjoint", lambda boxes: False)
    assert pdf.read(path) == fast


def test_overlapping_tables_are_not_disjoint() -> None:
    assert blocks._disjoint([(0, 0, 10, 10), (10, 0, 20, 10), (0, 10, 10, 20)])
    assert not blocks._disjoint([(0, 0, 10, 10), (5, 5, 20, 20)])
    assert not blocks._disjoint([(0, 0, 10, 10), (20, 20, 30, 30), (2, 2, 3, 3)])


# --- the samples as grids ----------------------------------------------------------------------


def tables_of(path: Path) -> list[Table]:
    return pdf.read(path).tables


def test_seed_pdf_grid() -> None:
    src = pdf.read(SEED_PDF)
    assert src.format == "pdf" and src.pages == 12
    assert len(src.tables) == 12  # one per project, stitched over the page breaks
    first = src.tables[0]
    row = next(r for r in first.rows if r.cells[0].text == "产出指标")
    assert [c.text for c in row.cells] == [
        "产出指标", "数量指标", "完成征收土地补偿亩数", "完成征收土地补偿亩数", "37亩", "年度计划"]
    below = first.rows[row.index + 1].cells[0]
    assert (below.text, below.merged_above) == ("产出指标", True)
    names = next(r for r in first.rows if r.cells[0].text == "项目编码")
    assert [(c.text, c.col, c.colspan) for c in names.cells] == [
        ("项目编码", 0, 1), ("", 1, 1), ("项目名称", 2, 1), ("征地拆迁补偿款", 3, 3)]


def test_seed_pdf_rows_keep_their_pages() -> None:
    pages = [r.page for t in tables_of(SEED_PDF) for r in t.rows]
    assert pages == sorted(pages)
    assert set(pages) == set(range(3, 13))
    stitched = [t for t in tables_of(SEED_PDF) if len({r.page for r in t.rows}) > 1]
    assert stitched, "the seed has tables over page breaks"


def test_seed_pdf_paragraphs_join_wrapped_lines() -> None:
    paras = [p.text for p in pdf.read(SEED_PDF).paragraphs]
    assert "二、分项绩效目标" in paras
    assert any(p.startswith("一是坚持党建引领") and p.endswith("持之以恒加强作风建设。")
               for p in paras)
    assert not any(p.strip().isdigit() for p in paras)


def test_repeated_header_rows_dropped_and_pages_kept() -> None:
    src = pdf.read(VARIANTS / "long_table_repeated_header.pdf")
    [_keys, long, _next] = src.tables
    headers = [r for r in long.rows if r.cells[0].text == "一级指标"]
    assert len(headers) == 1
    assert {r.page for r in long.rows} == {1, 2, 3}
    assert not any("页" in p.text for p in src.paragraphs)  # the footer is gone
    assert not any(p.text == "东堤头镇2023年部门预算项目绩效目标" and p.page != 1
                   for p in src.paragraphs)  # the running header too


def test_split_rows_joined_over_page_breaks() -> None:
    src = pdf.read(VARIANTS / "long_table_no_header.pdf")
    [table] = src.tables
    assert {r.page for r in table.rows} == {1, 2, 3}
    level3 = [r.cells[2].text for r in table.rows if len(r.cells) == 6]
    assert all(t == "" or t.endswith(("里程", "合格率", "时限", "成本", "改善", "人口", "年限",
                                      "满意度", "三级指标")) for t in level3), level3


def test_two_tables_on_one_page_stay_apart() -> None:
    src = pdf.read(VARIANTS / "two_tables_one_page.pdf")
    assert src.pages == 1
    assert [t.page for t in src.tables] == [1, 1]


def test_landscape_pages_are_read_with_their_own_width() -> None:
    with pdfplumber.open(VARIANTS / "landscape.pdf") as doc:
        widths = {round(p.width) for p in doc.pages}
    assert widths == {595, 842}
    assert all(t.ncols == 6 for t in tables_of(VARIANTS / "landscape.pdf"))


def test_narrow_columns_keep_latin_spaces() -> None:
    texts = [c.text for t in tables_of(VARIANTS / "narrow_columns.pdf") for r in t.rows
             for c in r.cells]
    assert "保证经费使用完成率，按照 Performance Budget 管理要求于每季度末核对支出进度" in texts
    assert any("(treasury payment system)" in t for t in texts)


def test_page_stored_turned_reads_upright(tmp_path: Path) -> None:
    """A landscape page stored as a portrait one drawn sideways, shown with /Rotate 90."""
    table = b"0.5 w 100 400 m 300 400 l S 100 450 m 300 450 l S 100 500 m 300 500 l S "
    table += b"100 400 m 100 500 l S 200 400 m 200 500 l S 300 400 m 300 500 l S "
    table += b"BT /F1 10 Tf 110 470 Td (Apple) Tj 100 0 Td (Banana) Tj ET "
    table += b"BT /F1 10 Tf 110 420 Td (Cherry) Tj 100 0 Td (Date) Tj ET"
    path = tmp_path / "turned.pdf"
    path.write_bytes(minimal_pdf(b"q 0 1 -1 0 595 0 cm " + table + b" Q", rotate=90))
    [t] = pdf.read(path).tables
    assert [r.texts for r in t.rows] == [["Apple", "Banana"], ["Cherry", "Date"]]


def test_borders_drawn_as_thin_rectangles_and_shading_ignored(tmp_path: Path) -> None:
    """Word and WPS draw borders as filled hairline rectangles; a shaded cell is a large
    filled rectangle and draws no border."""
    rects = b"0.9 g 100 450 100 50 re f 0 g "  # the shading of the first cell
    rects += b"".join(b"100 %d 200 0.5 re f " % y for y in (400, 450, 500))
    rects += b"".join(b"%d 400 0.5 100 re f " % x for x in (100, 200, 300))
    text = b"BT /F1 10 Tf 110 470 Td (Apple) Tj 100 0 Td (Banana) Tj ET "
    text += b"BT /F1 10 Tf 110 420 Td (Cherry) Tj 100 0 Td (Date) Tj ET"
    path = tmp_path / "rects.pdf"
    path.write_bytes(minimal_pdf(rects + text))
    [t] = pdf.read(path).tables
    assert [r.texts for r in t.rows] == [["Apple", "Banana"], ["Cherry", "Date"]]


def test_a_few_unmapped_glyphs_are_dropped_with_a_warning() -> None:
    page = PageContent(1, 595, 842)
    page.glyphs = glyphs("项目名称征地拆迁补偿款" * 5) + glyphs("\ue001\ue002")
    warnings = pdf.check_text([page])
    assert warnings == ["2 character(s) without a Unicode map were left out"]
    assert len(page.glyphs) == 55


def test_fake_bold_sample_really_doubles_glyphs() -> None:
    with pdfplumber.open(VARIANTS / "fake_bold.pdf") as doc, pdfplumber.open(
            VARIANTS / "two_tables_one_page.pdf") as plain:
        assert len(doc.pages[0].chars) == 2 * len(plain.pages[0].chars)


# --- exports: golden files and the source files they were printed from ---------------------


@pytest.fixture
def seed_exports(sample_export: Callable[[str], dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p.suffix: sample_export(p.relative_to(SAMPLES).as_posix())
            for p in (SEED_PDF, SEED_TXT)}


def test_seed_pdf_exports_as_the_seed_text(seed_exports: dict[str, dict[str, Any]]) -> None:
    assert seed_exports[".pdf"]["documents"][0]["format"] == "pdf"
    pdf_doc, txt_doc = contract(seed_exports[".pdf"]), contract(seed_exports[".txt"])
    [a], [b] = pdf_doc, txt_doc
    assert a.keys() == b.keys()
    for key in a:
        if key != "projects":
            assert a[key] == b[key], key
    assert len(a["projects"]) == len(b["projects"]) == 12
    for pa, pb in zip(a["projects"], b["projects"], strict=True):
        for field in pa:
            assert pa[field] == pb[field], (pa["name"], field)


def test_seed_pdf_indicators_carry_their_pages(seed_exports: dict[str, dict[str, Any]]
                                                ) -> None:
    pages = [i["where"]["page"] for p in seed_exports[".pdf"]["documents"][0]["projects"]
             for i in p["indicators"]]
    assert None not in pages and pages == sorted(pages)


@pytest.mark.parametrize("name", sorted(PRINTED))
def test_variant_exports_as_its_word_source(
    name: str, sample_export: Callable[[str], dict[str, Any]]
) -> None:
    printed = sample_export(f"pdf_variants/{name}.pdf")
    source = sample_export(f"pdf_variants/src/{PRINTED[name]}.docx")
    assert contract(printed) == contract(source)


# --- unreadable PDFs fail clearly ----------------------------------------------------------------


def reason(path: Path) -> str:
    with pytest.raises(UnreadableFile) as e:
        parse.parse_file(path)
    assert str(e.value).startswith(f"{path.name}: ")
    return e.value.reason


def test_user_password() -> None:
    assert "encrypted with a password" in reason(VARIANTS / "encrypted_user_password.pdf")


@pytest.fixture
def without_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without the OCR extra (with it, such pages are read by OCR:
    tests/parsers/readers/ocr)."""
    from jixiao.parsers.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)


@pytest.mark.usefixtures("without_ocr")
def test_scan_without_text_layer() -> None:
    said = reason(VARIANTS / "scan_no_text_layer.pdf")
    assert said.startswith("the PDF has no text layer: it is a scan")
    assert "pip install 'jixiao[ocr]'" in said


@pytest.mark.usefixtures("without_ocr")
@pytest.mark.parametrize("name", ["garbage_private_use", "garbage_no_unicode_map"])
def test_garbage_text_layer(name: str) -> None:
    assert "text layer is unreadable" in reason(VARIANTS / f"{name}.pdf")


@pytest.mark.usefixtures("without_ocr")
def test_font_without_any_unicode_map(tmp_path: Path) -> None:
    path = tmp_path / "cid.pdf"
    path.write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 700 Td <0041004200430044> Tj ET",
                                 cid_font=True))
    assert "(cid:…)" in reason(path)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 3],  # cut short in transfer
        lambda b: b"%PDF-1.7\n" + bytes(range(256)) * 20,  # a header and then noise
        lambda b: b"%PDF-1.4\n%%EOF\n",
    ],
    ids=["truncated", "noise", "empty"],
)
def test_broken_files(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(damage(SEED_PDF.read_bytes()))
    text = reason(path)
    assert "damaged" in text or "no pages" in text or "no text" in text, text


def _one_page_pdf(path: Path, page: bytes, *more: bytes) -> Path:
    content = b"BT /F1 12 Tf 72 720 Td (hi) Tj ET"
    path.write_bytes(objects_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *more]))
    return path


def test_a_reference_loop_is_damage(tmp_path: Path) -> None:
    """A page box that is a reference to a reference back to it: pdfminer would follow it
    for ever."""
    path = _one_page_pdf(tmp_path / "loop.pdf", b"<< /Type /Page /Parent 2 0 R /MediaBox 5 0 R "
                         b"/Contents 4 0 R >>", b"6 0 R", b"5 0 R")
    with pytest.raises(UnreadableFile, match="the PDF is damaged"):  # not read for ever
        pdf.read(path)


def test_a_page_box_of_no_numbers_reads_on_the_default_box(tmp_path: Path) -> None:
    """[0 0 1e400 -0] (pdfplumber refuses it while closing the file, which it leaves open):
    pdfminer reads the page on its default box."""
    path = _one_page_pdf(tmp_path / "box.pdf", b"<< /Type /Page /Parent 2 0 R "
                         b"/MediaBox [0 0 1e400 -0] /Contents 4 0 R >>")
    assert [b.text for b in pdf.read(path).blocks] == ["hi"]


def test_a_stream_past_memory_is_named_so() -> None:
    reason = str(pdf._translate(MemoryError()))
    assert "more data than a worker may hold" in reason and "MemoryError" not in reason


def test_owner_password_only_reads() -> None:
    assert len(pdf.read(VARIANTS / "owner_password_only.pdf").tables) == 2


def test_page_limit() -> None:
    with pytest.raises(LimitExceeded, match="more than 3 pages"):
        pdf.read(SEED_PDF, limits=Limits(max_pdf_pages=3))


def test_page_time_limit_names_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose table finding outlasts the limit is stopped, and the error names the
    page.  The step is a stand-in that never ends, so no machine is fast enough to beat
    the limit."""

    def never_ends(*args: Any) -> Any:
        time.sleep(60)
        raise AssertionError("the page's time limit did not stop its table finding")

    monkeypatch.setattr(pdf, "page_items", never_ends)
    path = tmp_path / "grid.pdf"
    path.write_bytes(minimal_pdf(ruled_grid_content(2)))
    with pytest.raises(LimitExceeded, match=r"page 1 takes longer than 0\.05 s"):
        pdf.read(path, limits=Limits(max_page_seconds=0.05))


def test_ink_touching_a_cells_border_does_not_set_the_cells_margin() -> None:
    """On a scan a seal's ring or a pen's stroke reaches a cell's border: a line 0.4 pt
    from it says nothing of the margin (3 pt, as the other cells show), which decides
    whether a line ran to the right edge and wrapped (`blocks._padding`)."""
    from types import SimpleNamespace

    from jixiao.parsers.readers.pdf.blocks import _padding
    from jixiao.parsers.readers.pdf.ruled import Grid, Region

    grid = Grid(xs=[0.0, 100.0, 200.0, 300.0], ys=[0.0, 20.0],
                regions=[Region(0, 1, 0, 1), Region(0, 1, 1, 2), Region(0, 1, 2, 3)],
                owner=[[0, 1, 2]])
    line = SimpleNamespace  # only x0 is read
    lines = {0: [line(x0=3.0)], 1: [line(x0=100.4)], 2: [line(x0=203.0), line(x0=210.0)]}
    assert _padding(grid, lines) == 3.0  # type: ignore[arg-type]
    assert _padding(grid, {1: [line(x0=100.4)]}) == pytest.approx(0.4)  # type: ignore[arg-type]


def test_a_scans_cell_margin_is_the_one_several_cells_share() -> None:
    """A 卫生院's 自评表 scanned (batch zk): a speck or a stroke's end before one cell's
    text set that line 1.6 pt in where the left-aligned texts stood 6.3 pt in; taken as
    the margin, every wrapped line looked a character short of its cell's edge, so 质量指
    | 标 split over a page break stayed two rows and 完整、/准确率 kept its line break.  On
    a scanned page the margin is the least gap three cells share; a text PDF's is the
    least gap, as drawn."""
    from types import SimpleNamespace

    from jixiao.parsers.readers.pdf.blocks import _padding
    from jixiao.parsers.readers.pdf.ruled import Grid, Region

    xs = [100.0 * i for i in range(7)]
    grid = Grid(xs=xs, ys=[0.0, 20.0], regions=[Region(0, 1, i, i + 1) for i in range(6)],
                owner=[list(range(6))])
    line = SimpleNamespace  # only x0 is read
    lines = {0: [line(x0=1.6)], 1: [line(x0=103.2)], 2: [line(x0=206.3)],
             3: [line(x0=306.4)], 4: [line(x0=406.2)], 5: [line(x0=540.0)]}
    assert _padding(grid, lines, scanned=True) == pytest.approx(6.2)  # type: ignore[arg-type]
    assert _padding(grid, lines) == pytest.approx(1.6)  # type: ignore[arg-type]
    few = {0: [line(x0=1.6)], 1: [line(x0=106.3)]}  # none shared: the least, as before
    assert _padding(grid, few, scanned=True) == pytest.approx(1.6)  # type: ignore[arg-type]


def _pdf(content: bytes, *, image: bool) -> bytes:
    """A one-page PDF drawing `content` (Helvetica as /F1), with a 1×1 grey picture as
    /Im1 if `image`."""
    pic = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
          b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    xobject = b" /XObject << /Im1 6 0 R >>" if image else b""
    return objects_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >>" + xobject + b" >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        pic,
    ])


HIDDEN_TEXT = b"BT /F1 12 Tf 3 Tr 20 150 Td (Hidden words) Tj ET"


def test_invisible_text_over_a_picture_is_an_ocr_layer_kept_apart(tmp_path: Path) -> None:
    """A "searchable" scan: the page draws a picture and, invisibly (rendering mode 3),
    the scanner's reading of it; that reading is no text of the page, which is a scan."""
    from jixiao.parsers.readers.pdf import read_pages, without_text

    path = tmp_path / "searchable.pdf"
    path.write_bytes(_pdf(b"q 300 0 0 200 0 0 cm /Im1 Do Q " + HIDDEN_TEXT, image=True))
    [page] = read_pages(path, LIMITS)
    assert not page.glyphs and "".join(g.text for g in page.hidden) == "Hidden words"
    assert without_text(page)


def test_invisible_text_over_no_picture_is_the_pages_text(tmp_path: Path) -> None:
    from jixiao.parsers.readers.pdf import read_pages, without_text

    path = tmp_path / "hidden.pdf"
    path.write_bytes(_pdf(HIDDEN_TEXT, image=False))
    [page] = read_pages(path, LIMITS)
    assert "".join(g.text for g in page.glyphs) == "Hidden words"
    assert not without_text(page)


def test_a_watermark_typed_at_a_slant_is_left_out_with_a_warning() -> None:
    """仅供政府信息公开使用 typed across the page at 35° falls into the table's cells (37亩用,
    10使0%): its glyphs are kept apart, and the cells read as without it."""
    src = pdf.read(VARIANTS / "watermarked.pdf")
    plain = pdf.read(VARIANTS / "two_tables_one_page.pdf")
    assert [[r.texts for r in t.rows] for t in src.tables] == [
        [r.texts for r in t.rows] for t in plain.tables]
    assert src.warnings == ["30 character(s) typed at a slant (a watermark across the page) "
                            "were left out"]


@pytest.mark.parametrize(("degrees", "slanted"), [
    (0, False), (3, False), (10, True), (35, True), (45, True), (80, True), (90, False),
    (180, False), (270, False)])
def test_only_text_turned_at_a_slant_is_a_watermarks(degrees: int, slanted: bool) -> None:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    assert page_slanted(c, s, -s, c) == slanted
    assert not page_slanted(1, 0, 0.25, 1)  # an italic's shear


def test_text_drawn_as_outlines_is_read_as_a_scan() -> None:
    """Fonts turned into outlines: no glyph, no picture, hundreds of curved shapes; read
    by OCR (refused without it, saying why), where it was refused as blank pages."""
    [page] = pdf.read_pages(SAMPLES / "scans/text_as_outlines.pdf", LIMITS)
    assert not page.glyphs and not page.images and page.shapes >= pdf.OUTLINED_SHAPES
    assert pdf.without_text(page)
    with pytest.raises(UnreadableFile, match="drawn as shapes"):
        pdf.check_text([page])
    assert not any(p.shapes for p in pdf.read_pages(SEED_PDF, LIMITS))


def test_a_box_round_a_table_is_no_table_and_takes_none_of_its_text() -> None:
    """亳州's 绩效目标表 photographed off a monitor (batch zg's sequel, zh): the page's edge
    against the dark round it read as a box round the whole page, and read as a table it
    took every glyph inside it, the table's too, leaving the table's cells empty (the scan
    refused).  A box holding another grid whole is no table; its text outside the inner
    table is loose text; a box round text alone is still read as one."""
    page = PageContent(1, 400, 600)
    page.segments = [H(5, 5, 395), H(595, 5, 395), V(5, 5, 595), V(395, 5, 595),  # the box
                     H(100, 50, 250), H(120, 50, 250), H(140, 50, 250),
                     V(50, 100, 140), V(150, 100, 140), V(250, 100, 140)]
    page.glyphs += glyphs("项目支出绩效目标表", 60, 60)
    page.glyphs += glyphs("项目名称", 55, 105) + glyphs("人工增雨", 155, 105)
    page.glyphs += glyphs("主管部门", 55, 125) + glyphs("气象局", 155, 125)
    items = page_items(page)
    [piece] = [it for it in items if isinstance(it, Piece)]
    rows = [[c.text for c in row.cells] for row in to_table(piece, index=0).rows]
    assert rows == [["项目名称", "人工增雨"], ["主管部门", "气象局"]]
    assert [it.line.text for it in items if isinstance(it, PLine)] == ["项目支出绩效目标表"]
    alone = PageContent(1, 400, 600)
    alone.segments = page.segments[:4]
    alone.glyphs += glyphs("说明文字", 60, 60)
    assert [it for it in page_items(alone) if isinstance(it, Piece)]
    [box] = find_grids(page.segments[:4])
    [twin] = find_grids(page.segments[:4])  # one box found twice over: neither holds a table
    assert blocks._without_frames_round_tables([box, twin]) == [box, twin]
