"""Page geometry on made-up images: each step does its one thing, and nothing when there is
nothing to do.  No model is loaded here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jixiao.parsers.readers.pdf.page import Segment
from tests.parsers.readers.ocr.conftest import needs_ocr

pytestmark = needs_ocr

cv2 = pytest.importorskip("cv2")

from jixiao.parsers.readers.ocr import correct, image, lines, scan  # noqa: E402


def ruled_page(w: int = 1200, h: int = 1600) -> np.ndarray:
    """A white page with a 4 × 6 ruled table and a line of 'text' in each cell."""
    page = np.full((h, w, 3), 255, np.uint8)
    xs, ys = [100, 400, 700, 1100], [200 + 80 * k for k in range(7)]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), (0, 0, 0), 3)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), (0, 0, 0), 3)
    for y in ys[:-1]:
        for x in xs[:-1]:
            cv2.putText(page, "12345", (x + 20, y + 55), cv2.FONT_HERSHEY_SIMPLEX, 1.2,
                        (0, 0, 0), 3)
    return page


def turned(img: np.ndarray, degrees: float) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, m, (w, h), borderValue=(255, 255, 255))


@pytest.mark.parametrize("degrees", [0.0, 1.0, -2.0, 3.0])
def test_skew_read_from_the_ruling_lines(degrees: float) -> None:
    grey = cv2.cvtColor(turned(ruled_page(), degrees), cv2.COLOR_BGR2GRAY)
    assert image.skew_angle(image.ink(grey)) == pytest.approx(-degrees, abs=0.15)


def test_red_seal_goes_and_the_line_under_it_stays() -> None:
    page = np.full((200, 400, 3), 255, np.uint8)
    cv2.line(page, (0, 100), (399, 100), (0, 0, 0), 3)
    seal = np.full_like(page, 255)
    cv2.circle(seal, (200, 100), 60, (45, 50, 225), 8)  # BGR red ring across the line
    page = (page.astype(np.float32) * seal / 255).astype(np.uint8)
    grey = image.remove_ink(page)
    assert grey[100, 140] < 80  # the line where the ring crosses it: still dark
    assert grey[40, 200] == 255  # the ring away from the line: paper


@pytest.mark.parametrize("violet", [(150, 45, 120), (170, 60, 140)])  # BGR ink pads
def test_a_violet_seal_goes_and_the_print_under_it_stays(violet: tuple[int, int, int]) -> None:
    """A seal from a purple ink pad, between the pens' blue and the seals' red: its ring
    and its pale, blurred fringe made paper; a ruling line and a stroke of print under it
    stay dark (the blue channel, where violet is lightest)."""
    page = np.full((200, 400, 3), 255, np.uint8)
    cv2.line(page, (0, 100), (399, 100), (0, 0, 0), 3)
    cv2.line(page, (170, 30), (170, 90), (20, 20, 20), 3)  # a stroke of print
    seal = np.full_like(page, 255)
    cv2.circle(seal, (200, 100), 60, violet, 8)
    seal = cv2.GaussianBlur(seal, (5, 5), 1.2)
    page = (page.astype(np.float32) * seal / 255).astype(np.uint8)
    grey = image.remove_ink(page)
    assert grey[100, 140] < 80  # the line where the ring crosses it
    assert grey[41, 171] < 80  # the stroke where the ring crosses it
    assert grey[40, 200] == 255  # the ring away from print: paper
    assert grey[165, 200] == 255  # and its outer fringe
    assert (grey[35:45, 185:260] > 200).all()  # the ring's band beside the stroke


def test_blue_pen_goes_but_a_muted_blue_heading_stays() -> None:
    page = np.full((100, 200, 3), 255, np.uint8)
    page[20:30, 10:90] = (200, 60, 30)  # pen: saturated blue (BGR)
    page[60:70, 10:90] = (189, 129, 79)  # a heading printed in steel blue
    grey = image.remove_ink(page)
    assert grey[25, 50] == 255
    assert grey[65, 50] < 160


def test_photo_unwarped_to_its_page() -> None:
    desk = np.full((1400, 1100), 60, np.uint8)
    quad = np.array([[120, 90], [1000, 140], [1040, 1300], [70, 1250]], np.int32)
    cv2.fillPoly(desk, [quad], 250)
    flat = image.unwarp(desk)
    assert flat.shape[0] > 1000 and flat.shape[1] > 800
    assert flat.mean() > 240  # all page, no desk


def test_scan_without_a_desk_left_alone() -> None:
    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    assert image.unwarp(grey) is grey


def test_uneven_light_evened() -> None:
    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY).astype(np.float32)
    ramp = np.linspace(0.55, 1.0, grey.shape[1], dtype=np.float32)
    dim = (grey * ramp).astype(np.uint8)
    even = image.even_light(dim)
    assert abs(int(even[50, 20]) - int(even[50, -20])) < 10  # paper equally white


def test_ruling_lines_make_the_grid() -> None:
    from jixiao.parsers.readers.pdf.ruled import find_grids

    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    h, v = lines.ruling_masks(image.ink(grey))
    [grid] = find_grids(lines.segments(h, v, 0.5))
    assert (len(grid.xs), len(grid.ys)) == (4, 7)
    assert len(grid.regions) == 3 * 6  # no merges: every border drawn


def test_text_is_never_a_ruling_line() -> None:
    page = np.full((400, 1654), 255, np.uint8)  # A4 wide at 200 dpi: 10.5 pt is 29 px
    for k in range(3):  # 一一一: three characters' flat strokes in a row, 2 px apart
        page[150:154, 100 + k * 30 : 128 + k * 30] = 0
    h, _ = lines.ruling_masks(image.ink(page))
    assert not h.any()


def test_a_seal_gap_is_bridged_a_merged_cell_is_not() -> None:
    verticals = [Segment(False, x, 0, 100) for x in (0, 50, 100)]
    seal_gap = [Segment(True, 40, 0, 20), Segment(True, 40, 35, 100)]  # gap inside a cell
    merged = [Segment(True, 60, 0, 50)]  # the border stops at x=50: cells merged right
    assert lines.bridged(seal_gap, verticals) == [Segment(True, 40, 0, 100)]
    assert lines.bridged(merged, verticals) == merged
    border_left_out = [Segment(True, 80, 0, 50), Segment(True, 80, 100, 150)]
    assert lines.bridged(border_left_out, [*verticals, Segment(False, 150, 0, 100)]) == \
        border_left_out


def test_a_faded_borders_faint_gaps_are_the_line() -> None:
    """A faded 自评表's border (batch zo): dark in stretches, only faint between them, a
    pixel paler still here and there: with the page's faint marks the gaps are the line's,
    and the short row's border is found whole; without them it falls into pieces."""
    binary = np.zeros((120, 60), np.uint8)
    faint = np.zeros_like(binary)
    binary[10:110, 30] = 255
    for gap in (30, 60, 90):  # a pale pixel with faint ink either side: f.f
        binary[gap : gap + 3, 30] = 0
        faint[gap, 30] = faint[gap + 2, 30] = 255
    _, broken = lines.ruling_masks(binary, em=20)
    _, whole = lines.ruling_masks(binary, faint, em=20)
    assert np.count_nonzero(whole[:, 30]) >= 99
    assert np.count_nonzero(broken[:, 30]) < 90
    # faint marks beside the print, not between two stretches of it, are not the line's
    apart = np.zeros_like(binary)
    apart[10:20, 30] = 255
    lone = np.zeros_like(binary)
    lone[20:110, 30] = 255  # a long faint run going on from the print's end
    assert not lines._faint_gaps_filled(apart, lone, False)[30:, 30].any()
    # nor at the picture's side, where a night photo keeps the sheet's edge (batch zj)
    edge = np.zeros((120, 1000), np.uint8)
    edge_faint = np.zeros_like(edge)
    edge[10:110, 995] = 255
    edge[60:63, 995] = 0
    edge_faint[60, 995] = edge_faint[62, 995] = 255
    assert not lines._faint_gaps_filled(edge, edge_faint, False)[60:63, 995].any()


def test_a_line_goes_on_where_a_border_ends_on_it() -> None:
    """The faded 自评表's last row (batch zo): its bottom line lost for 66 pt under % and 7,
    where the border between them ends level with it.  A border ends on a line, never in
    a cell's blank: the line is joined across the gap; a gap where no border ends (cells
    merged across) stays, and so does one a border only crosses."""
    bottom = [Segment(True, 102, 60, 569), Segment(True, 102, 635, 772)]
    ending = Segment(False, 593.6, 71, 102.3)
    assert lines.ended_on(bottom, [ending], 20.0) == [Segment(True, 102, 60, 772)]
    assert lines.ended_on(bottom, [], 20.0) == bottom
    short = Segment(False, 593.6, 95, 102.3)  # a stroke's length, no border's
    assert lines.ended_on(bottom, [short], 20.0) == bottom
    through = Segment(False, 593.6, 71, 140)  # crosses the line's course, ends elsewhere
    assert lines.ended_on(bottom, [through], 20.0) == bottom


def test_a_band_across_the_sheet_is_no_desk() -> None:
    """A workbook's shaded rows carried across the page (batch zo): below the last band
    the sheet is one bright quadrilateral, the table above it; paper beyond it is the same
    sheet, not a desk, so the page is left whole."""
    page = np.full((1400, 1000), 250, np.uint8)
    page[500:560] = 190  # a band of shading across the sheet, as dark as a desk to Otsu
    for y in range(100, 480, 40):  # the table's small print above it
        page[y : y + 3, 100:900:12] = 40
    assert image.unwarp(page) is page


def test_a_crease_under_a_cells_last_character_is_no_part_of_its_width() -> None:
    """間 alone on a cell's second line with a crease's shadow under it, running on to the
    cell's sides in flat pieces (batch zo): the line's ink is the character's width, not
    the cell's (one character that wide is a pen's scrawl, and dropped); a dash alone is
    as wide as it is."""
    ink = np.zeros((80, 840), np.uint8)
    ink[20:52, 400:432] = 255  # the character, a line (em) of 32 px
    ink[48:50, 0:396] = 255  # the crease, left of it and right, a step between its pieces
    ink[47:49, 436:620] = 255
    ink[49:51, 620:838] = 255
    [line] = lines.text_lines(ink, lines.Box(0, 0, 840, 80), em=32)
    band = ink[line.top : line.bottom, line.x0 : line.x1]
    assert line.x1 - line.x0 > 800 and lines.inked_width(band, 32) == 32
    dash = np.zeros((4, 200), np.uint8) + 255  # a placeholder's long dash, flat throughout
    assert lines.inked_width(dash, 32) == 200
    scrawl = _cell_line("間", 100, confidence=0.89)  # its ink that wide: a pen's scrawl
    scrawl.line.box = lines.Box(0, 100, 840, 132)
    assert scan._noise(scrawl, 32.0)
    scrawl.line.inked = 32
    assert not scan._noise(scrawl, 32.0)


def test_a_seals_pale_fringe_goes_and_a_thin_line_beside_it_stays() -> None:
    page = np.full((200, 400, 3), 255, np.uint8)
    page[100:110, 20:380] = (45, 50, 225)  # a seal's stroke (BGR)
    page[110, 20:380] = (228, 222, 238)  # its blurred edge: grey, barely pink
    page[111, 20:380] = (120, 120, 120)  # a thin grey ruling line along it
    page[60:63, 20:380] = (215, 210, 240)  # a pale ghost of the seal: red, unsaturated
    grey = image.remove_ink(page)
    assert grey[105, 200] == 255
    assert grey[110, 200] > 230  # the edge: paper
    assert grey[111, 200] < 140  # the line: as dark as printed
    assert grey[61, 200] == 255


def _read(raw: str, box: tuple[int, int, int, int], region: tuple[int, int] | None
          ) -> scan._Read:
    return scan._Read(scan._Line(lines.Box(*box), region), raw, raw, 0.99, [])


def test_a_line_too_flat_to_be_text_is_noise_unless_a_dash() -> None:
    usual = 22.0
    assert scan._noise(_read("C", (10, 40, 60, 44), (0, 1)), usual)  # a seal ring's arc
    assert not scan._noise(_read("—", (10, 40, 60, 44), (0, 1)), usual)  # a placeholder
    assert not scan._noise(_read("10", (10, 40, 30, 62), (0, 1)), usual)
    # a sign with a slant read with doubt from a flat mark by the border (a phone's ring
    # read MR, its shape taken for ≦: batch zc), but not = nor a sign read surely
    doubted = scan._Read(scan._Line(lines.Box(10, 40, 60, 46), (0, 1)), "MR", "≦", 0.37, [])
    assert scan._noise(doubted, usual)
    assert not scan._noise(scan._Read(doubted.line, "二", "=", 0.37, []), usual)
    assert not scan._noise(scan._Read(doubted.line, "≦", "≦", 0.99, []), usual)


def test_two_phrases_of_one_line_keep_the_gap_between_them() -> None:
    page = scan.to_page(1, (595.0, 842.0), 0.5, [], [
        _read("单位名称:某医院", (100, 200, 300, 222), None),
        _read("填报日期:2022年3月18日", (420, 200, 640, 222), None),
    ])
    foot = scan.spaces_read((595.0, 842.0))  # the page's spaces are drawn
    text = "".join(g.text for g in sorted(page.content.glyphs, key=lambda g: g.x0)
                   if g != foot)
    assert text == "单位名称:某医院  填报日期:2022年3月18日"


def test_pieces_found_more_freely_count_only_along_a_line() -> None:
    line = [Segment(True, 100.0, 0.0, 280.0), Segment(True, 100.0, 420.0, 600.0)]
    under_a_seal = Segment(True, 101.0, 270.0, 430.0)  # fills the gap the seal left
    seals_own = Segment(True, 180.0, 300.0, 380.0)  # the bottom of its ring
    assert lines.along([under_a_seal, seals_own], line) == [under_a_seal]


def test_glyphs_are_as_wide_and_as_large_as_printed() -> None:
    digits = scan.glyphs("2022", lines.Box(0, 0, 40, 14), 1.0, em=20.0)
    assert {g.size for g in digits} == {20.0}  # a flat line of digits: the page's size
    wide = scan.glyphs("年12", lines.Box(0, 0, 40, 20), 1.0)
    assert [g.x1 - g.x0 for g in wide] == [20.0, 10.0, 10.0]
    assert scan.glyphs("改善、", lines.Box(0, 0, 50, 20), 1.0)[-1].x1 == 60.0  # 、's square
    # a box 1.45 times the usual height and far wider than three characters of that height
    # (a pen's stroke caught beside 旅游局, batch zc): the usual size, so the chain joins it
    # to the line it wraps; larger type stands at the pitch of its own height
    caught = scan.glyphs("旅游局", lines.Box(0, 0, 295, 58), 1.0, em=40.0)
    assert {g.size for g in caught} == {40.0}
    title = scan.glyphs("旅游局", lines.Box(0, 0, 180, 58), 1.0, em=40.0)
    assert {g.size for g in title} == {58.0}
    # 矛盾。 wrapped under a full line, a watermark's stroke in its band (batch zp): three
    # squares at the usual pitch, 。's ink at the left of its square, are the usual type
    wrapped = scan.glyphs("矛盾。", lines.Box(0, 0, 88, 55), 1.0, em=39.0)
    assert {g.size for g in wrapped} == {39.0}
    larger = scan.glyphs("矛盾。", lines.Box(0, 0, 137, 55), 1.0, em=39.0)
    assert {g.size for g in larger} == {55.0}


@pytest.mark.parametrize(("blank", "expected"), [(3, 0.15), (15, 0.75)])
def test_the_blank_after_a_comma(blank: int, expected: float) -> None:
    line = np.zeros((20, 80), np.uint8)
    line[0:20, 0:18] = 255  # a character
    line[15:20, 20:23] = 255  # a comma: low, narrow
    line[0:20, 23 + blank : 23 + blank + 18] = 255  # the next character
    assert lines.blank_after_mark(line, 21.0, 20.0) == pytest.approx(expected)
    assert lines.blank_after_mark(line, 70.0, 20.0) is None  # no low mark near there


def test_a_full_width_comma_set_in_the_middle_of_its_square_is_wide() -> None:
    """口岸's 评价表 printed from its web page (batch zm): Chromium's face sets ， in the
    middle of its square, 18 px of paper before the mark and 17 after at 39 px a
    character; the blank after alone (0.44 em) read it half-width, and 干扰，最大 became
    干扰,最大.  The blank before the mark, beyond the spacing of any two characters, counts
    too; a half-width comma hard after its character is measured as before."""
    def line_with(before: int, after: int) -> np.ndarray:
        line = np.zeros((39, 160), np.uint8)
        line[0:39, 0:36] = 255  # a character
        line[30:39, 36 + before : 40 + before] = 255  # a comma: low, narrow
        line[0:39, 40 + before + after : 76 + before + after] = 255  # the next character
        return line

    centred = lines.blank_after_mark(line_with(18, 17), 55.0, 39.0, centred=True)
    assert centred == pytest.approx(18 / 39 + 17 / 39 - lines.CHAR_SPACING)
    assert correct.line("干扰,最大", gaps=(None, None, centred, None, None))[0] == "干扰，最大"
    assert lines.blank_after_mark(line_with(18, 17), 55.0, 39.0) == pytest.approx(17 / 39)
    narrow = lines.blank_after_mark(line_with(2, 3), 38.0, 39.0, centred=True)
    assert narrow == pytest.approx(3 / 39)
    assert correct.line("干扰，最大", gaps=(None, None, narrow, None, None))[0] == "干扰,最大"


def test_the_border_between_the_cells_of_a_one_line_row_is_a_ruling_line() -> None:
    """Shorter than a fiftieth of the page, but longer than a character is tall."""
    binary = np.zeros((1600, 1200), np.uint8)
    for k in range(60):  # a page of characters 18 px tall
        x, y = 100 + (k % 20) * 30, 300 + (k // 20) * 40
        binary[y : y + 18, x : x + 14] = 255
    binary[600:603, 100:1100] = binary[630:633, 100:1100] = 255  # a row 30 px high
    binary[600:633, 500:503] = 255  # the border between its two cells
    binary[700:717, 800:802] = 255  # a character's stroke, 17 px
    _, vertical = lines.ruling_masks(binary)
    assert vertical[615, 501] and not vertical[708, 801]


def test_a_characters_upright_stroke_on_a_landscape_page_is_no_ruling_line() -> None:
    """A landscape photo's page (1,250 px high: a fiftieth is 25 px) of characters 30 px
    tall: the upright strokes of 出, 门, 市, 28 px, are longer than a fiftieth of the page
    but no longer than a character; they cut cells apart where they were taken for
    borders (batch x's x02: 临沧 | 市临翔区 | 木业和草原局).  A border between the cells of a
    one-line row, 40 px, stays one."""
    binary = np.zeros((1250, 2700), np.uint8)
    for k in range(60):  # a page of characters 30 px tall: a bar atop an upright stroke
        x, y = 100 + (k % 20) * 40, 300 + (k // 20) * 50
        binary[y : y + 2, x : x + 24] = 255
        binary[y + 2 : y + 30, x + 11 : x + 13] = 255
    binary[600:603, 100:1100] = binary[640:643, 100:1100] = 255  # a row 40 px high
    binary[600:643, 500:503] = 255  # the border between its two cells
    binary[700:728, 800:802] = 255  # a character's upright stroke, 28 px
    _, vertical = lines.ruling_masks(binary)
    assert vertical[620, 501] and not vertical[714, 801]


def test_a_doubtful_sign_alone_in_a_cell_is_kept_a_doubtful_speck_is_not() -> None:
    def doubtful(raw: str) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(10, 40, 28, 58), (0, 1)), raw, raw, 0.45, [])

    assert not scan._noise(doubtful("≥"), 22.0)  # a 指标性质 cell's comparator
    assert not scan._noise(doubtful("%"), 22.0)
    assert scan._noise(doubtful("·"), 22.0)


def test_one_doubted_character_wider_than_two_is_a_pens_scrawl() -> None:
    """市场监管's 自评表 annotated in black pen (batch zn): a wavy stroke across the blank
    一级 cell read 八 at 0.54, its ink 87 px wide at 39 px a line, and every row took 八 as
    its 一级.  One Chinese character read with doubt from ink more than WIDE_FOR_ONE
    characters wide is noise; a character of a square's width, or one read surely, is
    kept."""
    cell = lines.Box(540, 1460, 700, 1520)

    def one(raw: str, width: int, confidence: float) -> scan._Read:
        line = scan._Line(lines.Box(555, 1470, 555 + width, 1506), (0, 23), cell, False, 15)
        return scan._Read(line, raw, raw, confidence, [], sure=0.0)

    assert scan._noise(one("八", 87, 0.54), 39.0)
    assert not scan._noise(one("八", 38, 0.54), 39.0)
    assert not scan._noise(one("八", 87, 0.95), 39.0)


def test_a_level_name_is_letter_spaced_as_another_in_its_column() -> None:
    """A village's 种养 workbook through a grey feeder (batch zn): the 一级 column's 产出指标
    (50分) measured blanks of 0.32, 0.32, 0.23 ems and was spaced (产 出 指 标); 效益指标
    (30分) below it measured 0.27, 0.27, 0.23, every one wider than characters leave but
    short of a typed space's on average, and stayed unspaced.  A run so loose is spaced
    where another cell of its column was; in another column, or with one blank as narrow
    as characters leave, it is left."""
    column = lines.Box(330, 700, 515, 760)

    def read(raw: str, text: str, blanks: tuple[float | None, ...], cell: lines.Box
             ) -> scan._Read:
        line = scan._Line(lines.Box(cell.x0 + 6, cell.top + 20, cell.x1 - 8, cell.top + 42),
                          (0, 1), cell, False, 1)
        return scan._Read(line, raw, text, 1.0, [], 1.0, blanks)

    tail = (0.14, 0.09, 0.09, 0.14, None)
    spaced = read("产出指标(50分)", "产 出 指 标 (50分)", (0.32, 0.32, 0.23, 0.36, *tail), column)
    below = read("效益指标(30分)", "效益指标 (30分)", (0.27, 0.27, 0.23, 0.32, *tail),
                 lines.Box(330, 1100, 516, 1200))
    tight = read("满意度指标", "满意度指标", (0.27, 0.12, 0.23, 0.25, None),
                 lines.Box(331, 1300, 515, 1350))
    other = read("社会效益(30分)", "社会效益 (30分)", (0.27, 0.27, 0.23, 0.32, *tail),
                 lines.Box(540, 1100, 700, 1200))
    scan._spaced_as_their_column([spaced, below, tight, other], 22.0)
    assert below.text == "效 益 指 标 (30分)"
    assert below.corrections == ["效益指标 (30分)→效 益 指 标 (30分) (space, as its column)"]
    assert (tight.text, other.text) == ("满意度指标", "社会效益 (30分)")
    assert spaced.text == "产 出 指 标 (50分)"


def test_a_few_loose_characters_none_read_surely_are_noise() -> None:
    """A watermark tilted across a scanned page (内部资料 注意保存, batch zm) read in pieces
    outside the tables: 保口 at 0.70, 注总 at 0.62, 溪 at 0.67, no character of them above
    SURE.  A line of three characters or fewer read so is noise; one with a character read
    surely, or read surely as a whole, or longer, is kept."""
    def loose(raw: str, confidence: float, sure: float) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(9, 1465, 153, 1511), None), raw, raw,
                          confidence, [], sure=sure)

    assert scan._noise(loose("保口", 0.70, 0.0), 30.0)
    assert scan._noise(loose("溪", 0.67, 0.0), 30.0)
    assert not scan._noise(loose("附件", 0.70, 0.5), 30.0)
    assert not scan._noise(loose("附件", 0.95, 0.0), 30.0)
    assert not scan._noise(loose("单位万元", 0.70, 0.0), 30.0)


def test_a_line_read_in_a_script_no_table_is_written_in_is_noise() -> None:
    """A reviewer's black tick over a 一级 cell (batch r) read, surely, as パ on a line of
    its own: no colour tells a black pen from print, but no 绩效 table is written in kana
    or hangul; a line of Chinese with a kana in it is not this case."""
    def sure(raw: str) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(10, 40, 40, 62), (0, 1)), raw, raw, 0.98, [])

    assert scan._noise(sure("パ"), 22.0)
    assert scan._noise(sure("バ。"), 22.0)
    assert scan._noise(sure("레"), 22.0)
    assert not scan._noise(sure("产出指标"), 22.0)
    assert not scan._noise(sure("数量パ指标"), 22.0)


def test_a_sign_read_doubtfully_from_ink_far_paler_than_print_is_a_seals_remains() -> None:
    """广水's 部门整体 form photographed: the seal's ring, its red left as a pale grey (182),
    read 二 at 0.13 in an empty column of amounts became =, and the funding's amount beside
    it two figures.  A printed sign is as dark as print (a phone's pale = at 117, read
    surely; a doubted > at 95 or 115 on a dim photo) and stays."""
    def sign(raw: str, confidence: float, darkest: int) -> scan._Read:
        line = scan._Line(lines.Box(1449, 527, 1487, 535), (0, 9), lines.Box(1445, 519, 1698, 552),
                          False, darkest)
        return scan._Read(line, raw, "=" if raw == "二" else raw, confidence, [])

    pale = float(scan.SEAL_GREY)
    assert scan._noise(sign("二", 0.13, 182), 20.0, pale)
    assert not scan._noise(sign("=", 0.92, 117), 20.0, pale)  # read surely
    assert not scan._noise(sign(">", 0.42, 95), 20.0, pale)  # doubted, but as dark as print
    assert not scan._noise(sign(">", 0.42, 115), 20.0, pale + 4)  # a phone's dim print
    assert not scan._noise(sign("二", 0.13, 182), 20.0, 0.0)  # no print measured: kept


def test_the_bands_of_a_comparators_mark() -> None:
    line = np.zeros((20, 60), np.uint8)
    line[2:12, 5:17] = 255  # the chevron
    line[14:15, 5:17] = 255  # a bar
    assert lines.bands_of_mark(line, 11.0, 20.0) == 2
    line[17:18, 5:17] = 255  # and another: ≧
    assert lines.bands_of_mark(line, 11.0, 20.0) == 3
    assert lines.bands_of_mark(line, 55.0, 20.0) is None  # nothing near there


# -- slips met on unseen scans ---------------------------------------------------------------


def test_a_brown_desk_in_a_dim_corner_is_no_seal() -> None:
    """A photo's desk, dark and reddish-brown where the light falls off, falls in the seals'
    box of hues; made white, it took the page's corner with it and the unwarp missed the
    page.  A seal on the paper beside it still goes."""
    page = np.full((300, 300, 3), (46, 38, 35), np.uint8)  # the desk (BGR), H≈8, S≈61
    page[:, :150] = 255  # the page
    cv2.circle(page, (75, 150), 40, (45, 50, 225), 6)  # a seal on the page
    grey = image.remove_ink(page)
    assert grey[150, 250] < 80  # the desk stays dark
    assert grey[110, 75] == 255  # the ring goes


def test_a_seals_ring_on_a_grey_page_is_not_a_border() -> None:
    """On a grey scan no colour tells the seal from the print: its ring's arcs, thicker
    than borders and floating inside the cells, make no columns."""
    from jixiao.parsers.readers.pdf.ruled import find_grids

    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    cv2.circle(grey, (560, 420), 110, 90, 9)  # a grey seal's ring over four cells
    cv2.line(grey, (520, 380), (522, 470), 90, 2)  # and a thin stroke of its characters
    binary = image.ink(grey)
    h, v = lines.ruling_masks(binary)
    em = lines.text_height(binary) or 20
    [grid] = find_grids(lines.segments(h, v, 0.5, em=em * 0.5))
    assert (len(grid.xs), len(grid.ys)) == (4, 7)


def test_a_border_broken_by_a_seal_keeps_its_pieces() -> None:
    """A short piece of a border, from a crossing line into a seal, is kept where more of
    its line lies beyond the seal; an arc of a ring cut by a crossing line is not."""
    rows = [Segment(True, y, 0.0, 300.0) for y in (0.0, 40.0, 80.0, 200.0)]
    piece = Segment(False, 150.0, 0.0, 30.0)  # from the top border into the seal
    beyond = Segment(False, 150.5, 80.0, 200.0)  # the border below the seal: anchored
    arc = [Segment(False, 60.0, 25.0, 40.0), Segment(False, 60.5, 40.0, 55.0)]
    edges = [Segment(False, x, 0.0, 200.0) for x in (0.0, 300.0)]
    kept = lines.anchored([*rows, *edges, piece, beyond, *arc], least=80.0)
    assert piece in kept and beyond in kept
    assert not set(arc) & set(kept)


def test_the_borders_of_a_row_split_by_a_page_break_are_kept() -> None:
    """Atop the next page, the rest of a split row: its columns' borders run from the page's
    top (no border drawn there) down to its bottom border, shorter than a floating piece
    may be; kept where three or more end level.  A character's strokes touching a border
    do not end level with two more."""
    bottom = Segment(True, 110.0, 0.0, 300.0)
    borders = [Segment(False, x, 30.0 + d, 110.0) for x, d in ((0.0, 0), (90.0, 1), (300.0, 0.5))]
    strokes = [Segment(False, 150.0, 95.0, 110.0), Segment(False, 200.0, 70.0, 110.0)]
    kept = lines.anchored([bottom, *borders, *strokes], least=100.0)
    assert set(borders) <= set(kept)
    assert not set(strokes) & set(kept)
    assert not set(lines.anchored([bottom, *borders[:2]], least=100.0)) & set(borders)


def test_a_character_set_alone_on_its_line_is_not_cut_at_its_own_bars() -> None:
    """A narrow column's 万 / 元, one character a line: 元's top bar, a gap wider than two
    pixels below it, is part of 元, not a line of its own (read 一: 万一元); a dash alone
    on its line stays one."""
    ink = np.zeros((160, 60), np.uint8)
    ink[10:40, 15:45] = 255  # 万
    ink[52:56, 20:40] = 255  # 元's top bar
    ink[62:86, 15:45] = 255  # the rest of 元
    ink[120:124, 20:40] = 255  # a dash on a line of its own, far below
    found = lines.text_lines(ink, lines.Box(0, 0, 60, 160), em=30)
    assert [(b.top, b.bottom) for b in found] == [(10, 40), (52, 86), (120, 124)]
    # a flat stroke wider than a character (a pen's line under a phrase), or one beside a
    # speck, is no character's part (龙岩's goal read with a 。 more)
    page = np.zeros((160, 400), np.uint8)
    page[10:40, 10:390] = 255  # a line of text
    page[70:74, 20:380] = 255  # a long flat stroke ...
    page[79:80, 110:111] = 255  # ... a speck below it
    page[120:124, 100:130] = 255  # a bar as wide as a character's ...
    page[129:130, 110:111] = 255  # ... above a speck
    found = lines.text_lines(page, lines.Box(0, 0, 400, 160), em=30)
    assert [(b.top, b.bottom) for b in found] == [(10, 40), (70, 74), (120, 124)]


def test_a_chapter_numeral_alone_on_its_line_is_one_line_of_its_bars() -> None:
    """宜兴's 二、 | 管理目标 and 三、 | 产出目标 wrapped in a narrow column: the numeral's bars,
    each a flat band, and the 、 beside the last are one line (read 一 and 一、, and the 一、
    dropped as too flat: 一管理目标); a 一、 too, its 、 below the bar's band; bars a line
    apart are two lines."""
    ink = np.zeros((200, 126), np.uint8)
    ink[25:29, 30:57] = 255  # 二's top bar
    ink[43:47, 26:60] = 255  # its bottom bar ...
    ink[44:55, 65:75] = 255  # ... and the 、 beside it
    ink[87:123, 26:98] = 255  # 管理
    found = lines.text_lines(ink, lines.Box(0, 0, 126, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(25, 55), (87, 123)]
    three = np.zeros((200, 126), np.uint8)
    three[23:27, 29:58] = three[35:40, 32:55] = three[43:47, 27:60] = 255  # 三
    three[44:54, 65:75] = 255  # 、
    three[87:123, 26:98] = 255
    found = lines.text_lines(three, lines.Box(0, 0, 126, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(23, 54), (87, 123)]
    one = np.zeros((200, 126), np.uint8)
    one[36:41, 26:61] = 255  # 一
    one[44:55, 65:75] = 255  # 、 lower than the bar
    found = lines.text_lines(one, lines.Box(0, 0, 126, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(36, 55)]
    dashes = np.zeros((200, 126), np.uint8)
    dashes[40:44, 40:70] = dashes[88:92, 40:70] = 255  # a dash on each of two lines
    found = lines.text_lines(dashes, lines.Box(0, 0, 126, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(40, 44), (88, 92)]
    rests = np.zeros((200, 300), np.uint8)  # a thin row's text over its border's rests
    rests[40:44, 10:290] = rests[50:53, 10:290] = 255  # (济南's sheet printed black and white)
    found = lines.text_lines(rests, lines.Box(0, 0, 300, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(40, 44)]
    speck = np.zeros((200, 126), np.uint8)  # a seal's stroke and a speck under it, inside
    speck[40:44, 40:70] = 255  # its span (龙岩's goal read with a 。 more)
    speck[50:51, 50:58] = 255
    found = lines.text_lines(speck, lines.Box(0, 0, 126, 200), em=36)
    assert [(b.top, b.bottom) for b in found] == [(40, 44)]


def test_the_pieces_of_a_line_are_joined_whatever_their_order_across() -> None:
    """Two pieces of one line a pixel apart across, in SNAP buckets of their own: the
    line runs from the top of the first."""
    pieces = [Segment(False, 293.1, 287.0, 524.0), Segment(False, 291.9, 399.0, 417.0)]
    [line] = lines.bridged(pieces, [])
    assert (line.start, line.end) == (287.0, 524.0)


def test_two_lines_joined_by_a_pen_stroke_are_cut_apart() -> None:
    """A signature's remains across the gap between a cell's two lines made one band of
    them, which the recogniser read as the first line only."""
    ink = np.zeros((120, 300), np.uint8)
    ink[20:40, 10:280] = 255  # line one
    ink[48:68, 10:120] = 255  # line two
    ink[40:48, 150:152] = 255  # a stroke across the gap
    found = lines.text_lines(ink, lines.Box(0, 0, 300, 120), em=20)
    assert [(b.top, b.bottom) for b in found] == [(20, 40), (48, 68)]
    assert len(lines.text_lines(ink, lines.Box(0, 0, 300, 120))) == 1  # em unknown: as was


def test_two_lines_whose_gap_a_seals_character_fills_are_cut_apart() -> None:
    """g02's 产床(全复 / 合双体产: the seal's 昌 at the lines' right, and its ring, put a few
    strokes in every row of the gap between them (13 of the fullest row's 82 pixels), so
    that no row is thin enough to cut at; the run of rows that sparse, a third of a line
    long, is the gap.  Sparse rows fewer than that are a line's own (a row of characters
    whose middle strokes are few), and stay in it."""
    ink = np.zeros((120, 300), np.uint8)
    ink[20:40, 10:200] = 255  # line one
    ink[50:70, 10:200] = 255  # line two
    ink[15:75, 230:260] = 255  # the seal's character beside them, through the gap
    ink[40:50, 120:124] = 255  # and a stroke of its ring: 34 of 220 pixels in each row
    found = lines.text_lines(ink, lines.Box(0, 0, 300, 120), em=20)
    assert [(b.top, b.bottom) for b in found][:2] == [(15, 40), (50, 75)]
    one = np.zeros((120, 300), np.uint8)
    one[20:36, 10:200] = 255
    one[36:40, 10:48] = 255  # sparse for 4 px (a fifth of a line), a fifth of the width
    one[40:56, 10:200] = 255
    assert len(lines.text_lines(one, lines.Box(0, 0, 300, 120), em=20)) == 1


def test_a_line_and_a_seals_character_below_its_end_are_two_lines() -> None:
    """s09's 时效指标 cell on a grey scan: the line at the top, and right of it, lower, the
    seal's ring and its 生 running down to the cell's foot, joined by their rows into one
    band four lines tall, which the recogniser read as 时效指标生.  Pieces at other heights,
    apart across, are lines of their own; a line of print, and two lines one above the
    other, stay as they were."""
    ink = np.zeros((140, 290), np.uint8)
    for x in range(0, 128, 32):
        ink[2:30, x : x + 26] = 255  # 时 效 指 标
    ink[24:136, 150:160] = 255  # the ring's arc, from beside the line's foot down
    ink[20:100, 210:270] = 255  # 生, larger type, from beside the line
    found = lines.text_lines(ink, lines.Box(0, 0, 290, 140), em=31)
    assert (0, 2, 122, 30) in [(b.x0, b.top, b.x1, b.bottom) for b in found]
    assert all(b.x0 >= 150 for b in found if b.x0 > 0)
    spaced = np.zeros((80, 400), np.uint8)
    for x in range(0, 360, 60):  # 产 出 指 标 spaced out, on one line: one line
        spaced[20:48, x : x + 28] = 255
    assert [(b.top, b.bottom) for b in lines.text_lines(spaced, lines.Box(0, 0, 400, 80),
                                                         em=28)] == [(20, 48)]
    two = np.zeros((100, 300), np.uint8)
    two[10:38, 10:280] = 255
    two[46:74, 10:120] = 255
    two[38:46, 100:104] = 255  # a stroke across the gap, under the first line's text
    assert [(b.top, b.bottom) for b in lines.text_lines(two, lines.Box(0, 0, 300, 100),
                                                         em=28)] == [(10, 38), (46, 74)]


def test_a_line_made_taller_by_a_seals_remains_keeps_the_usual_size() -> None:
    taller = scan.glyphs("构建校园", lines.Box(0, 0, 80, 27), 1.0, em=20.0)
    assert {g.size for g in taller} == {20.0}  # 1.35 times: remains, not larger type
    title = scan.glyphs("绩效目标表", lines.Box(0, 0, 150, 30), 1.0, em=20.0)
    assert {g.size for g in title} == {30.0}


def test_letters_a_pen_left_in_a_cell_are_noise_and_their_drop_recorded() -> None:
    scrawl = scan._Read(scan._Line(lines.Box(300, 60, 340, 80), (0, 1)), "chf", "chf", 0.13,
                        [])
    assert scan._noise(scrawl, 22.0)
    page = scan.to_page(1, (595.0, 842.0), 0.5, [], [
        _read("社会效益指标", (100, 60, 280, 82), (0, 1)), scrawl])
    [cell] = page.cells
    assert cell.text == "社会效益指标" and cell.raw == "社会效益指标chf"
    assert cell.corrections == ["chf→ (noise)"]


def _art(rows: str) -> np.ndarray:
    return np.array([[255 if c == "#" else 0 for c in r] for r in rows.split()], np.uint8)


# ≥ as a phone photo of a Word table shows it (SimSun draws its bar slanted, ⩾), which the
# engine read as >, V and 7, alone in a 指标性质 cell
SLANTED_GE = _art("""
.##................. #####............... .######............. ...#######..........
......######........ ........#######..... ...........######... .............######.
..............###### ............#######. ..........#######... ........######......
.....#######.....### ...#######....###### .######......######. .###......#######...
.......#######...... .....#######........ ..#######........... .######.............
#####...............""")
CHEVRON = _art("""
###........ .####...... ...####.... .....####.. .......#### .....####.. ...####....
.####...... ###........""")


def test_a_comparators_bar_is_read_from_its_mark() -> None:
    assert lines.comparator_shape(SLANTED_GE) == "≥"
    assert lines.comparator_shape(SLANTED_GE[:, ::-1]) == "≤"
    assert lines.comparator_shape(CHEVRON) is None  # > without a bar: as read
    flat = np.zeros((30, 24), np.uint8)
    cv2.line(flat, (3, 3), (20, 11), 255, 2)
    cv2.line(flat, (20, 11), (3, 19), 255, 2)
    flat[25:27, 3:21] = 255  # a flat bar of its own
    assert lines.comparator_shape(flat) == "≥"
    equals = np.zeros((12, 24), np.uint8)
    equals[2:4, 2:22] = equals[8:10, 2:22] = 255
    assert lines.comparator_shape(equals) is None


# ≧ in small type on a phone photo (a spreadsheet fitted to one page): the blur joined its
# two bars to each other and to the chevron; the engine read it as N or M
SMALL_GEQQ = _art("""
...###............... ...######............ ...##########........ ......#########......
.........#######..... .......#########..... ....##########....... ...#######...........
...####.............. ...############...... ...#############..... ...#############.....
...#############..... ...#############..... ...############......""")


def test_a_small_comparators_bars_blurred_into_one_block_are_read_from_its_mark() -> None:
    assert lines.comparator_shape(SMALL_GEQQ) == "≧"
    assert lines.comparator_shape(SMALL_GEQQ[:, ::-1]) == "≦"
    one_bar = SMALL_GEQQ[:-3]  # a block a single bar high
    assert lines.comparator_shape(one_bar) == "≥"
    block = np.zeros((15, 20), np.uint8)
    block[:, 3:16] = 255  # a solid square (a blot): no chevron over a bar
    assert lines.comparator_shape(block) is None


@pytest.mark.parametrize(("x1", "expected"), [(300, "质量,"), (288, "质量，"), (292, "质量，")])
def test_a_comma_ending_a_wrapped_line_is_as_wide_as_the_room_it_leaves(
        x1: int, expected: str) -> None:
    """Its ink reaching as far as the cell's other wrapped lines: the half-width ,; some
    0.6 em short of them: the full-width ， (0.4 em: between the two, as read)."""
    cell = lines.Box(95, 95, 310, 200)
    parts = [scan._Read(scan._Line(lines.Box(100, top, right, top + 20), (0, 1), cell), raw,
                        raw, 0.99, [])
             for top, right, raw in ((100, 300, "优化环境提高"), (124, x1, "质量，"),
                                     (148, 160, "营造"))]
    scan._wrapped_commas(parts, 20.0)
    assert parts[1].text == expected
    assert parts[1].corrections == ([] if expected == "质量，" else ["质量，→质量, (comma width)"])


def test_a_semicolon_ending_a_wrapped_line_is_as_wide_as_the_room_it_leaves() -> None:
    """黄石's 海绵城市 自评表 in black and white (batch zh): 上半年完成宣传片制作; | 下半年…,
    the half-width ; read ；: measured as a comma is."""
    cell = lines.Box(95, 95, 310, 200)
    parts = [scan._Read(scan._Line(lines.Box(100, top, right, top + 20), (0, 1), cell), raw,
                        raw, 0.99, [])
             for top, right, raw in ((100, 300, "优化环境提高"), (124, 300, "质量；"),
                                     (148, 160, "营造"))]
    scan._wrapped_commas(parts, 20.0)
    assert parts[1].text == "质量;"
    assert parts[1].corrections == ["质量；→质量; (comma width)"]


@pytest.mark.parametrize(("above", "raw", "expected"), [
    ("可持续发展能力(15分", "D", ")"),  # the wrapped bracket, read D (then made 0)
    ("培训人数（人", ")", "）"),  # of the width of the bracket it closes
    ("可持续发展能力(15分)", "D", None),  # nothing left open: not a bracket
    ("可持续发展能力(15分", "W", None),  # not a bracket's look-alike
])
def test_a_closing_bracket_wrapped_alone_onto_its_line_is_kept(
        above: str, raw: str, expected: str | None) -> None:
    """o12's 可持续发展能力(15分 | ): a narrow mark alone under a line that leaves a bracket
    open closes it (recorded, and never dropped as a mark beside the words)."""
    cell = lines.Box(375, 1605, 643, 1855)
    parts = [scan._Read(scan._Line(lines.Box(375, 1704, 633, 1731), (0, 1), cell), above,
                        above, 1.0, []),
             scan._Read(scan._Line(lines.Box(376, 1738, 383, 1763), (0, 1), cell), raw,
                        "0" if raw == "D" else raw, 0.87, [])]
    kept = scan._closing_brackets(parts, 26.0)
    if expected is None:
        assert not kept and parts[1].corrections == []
        return
    assert kept == {id(parts[1])} and parts[1].text == expected
    assert parts[1].corrections == [f"{raw}→{expected} (closing bracket)"]


def test_a_full_width_bracket_left_open_is_closed_full_width_on_the_next_line() -> None:
    """预算执行进度（11 | 月): the opening bracket read full-width by its blank, its partner
    on the next line of the cell is the same width (recorded); elsewhere none changes."""
    cell = lines.Box(95, 95, 310, 200)
    parts = [scan._Read(scan._Line(lines.Box(100, top, 300, top + 20), (0, 1), cell), raw, raw,
                        0.99, [])
             for top, raw in ((100, "预算执行进度（11"), (124, "月)"), (148, "(注)"))]
    scan._wrapped_brackets(parts)
    assert [p.text for p in parts] == ["预算执行进度（11", "月）", "(注)"]
    assert parts[1].corrections == ["月)→月） (bracket width)"]


def test_a_thick_outer_border_is_still_a_border() -> None:
    """Some tables frame themselves in 2.25 pt: thinner than a seal's ring is thick."""
    from jixiao.parsers.readers.pdf.ruled import find_grids

    page = ruled_page()
    cv2.rectangle(page, (100, 200), (1100, 680), (0, 0, 0), 5)  # 2.5 pt at 0.5 pt a px
    binary = image.ink(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY))
    h, v = lines.ruling_masks(binary)
    [grid] = find_grids(lines.segments(h, v, 0.5, em=10.0))
    assert (len(grid.xs), len(grid.ys)) == (4, 7)


def test_a_stroke_read_alone_beside_a_grey_seals_ring_is_noise() -> None:
    """Where the ring thins it is no blot, and its stretch is read as a 1 under the
    cell's value: noise beside ink left out as the seal's, a figure elsewhere."""
    def stroke(by_blot: bool) -> scan._Read:
        line = scan._Line(lines.Box(300, 60, 306, 82), (0, 1), None, by_blot)
        return scan._Read(line, "1", "1", 0.95, [])

    assert scan._noise(stroke(True), 22.0)
    assert not scan._noise(stroke(False), 22.0)


def test_a_line_opening_an_item_starts_a_line_of_the_cell_where_a_word_would_not_fit() -> None:
    """A narrow cell of items as prose: a short item's last line leaves less room than
    the next line's first word needs (【效), yet the next 【label】 or numbered item starts
    a line of its own, as in the source; a wrapped line of the same item is joined."""
    from jixiao.parsers.readers.pdf.text import build_lines, join_lines

    rows = (("【产出指标-成本", 114, 270), ("指标】", 100, 160), ("指标1:维护成本", 100, 262),
            ("(<1681680元)", 100, 244), ("【效益指标-经济", 114, 270), ("效益指标】", 100, 202),
            ("指标1:服务保障", 100, 262), ("民生(有力保障)", 100, 255),
            ("2.保障机房运转", 100, 262))
    page = scan.to_page(1, (595.0, 842.0), 1.0, [], [
        _read(raw, (x0, 100 + 26 * i, x1, 122 + 26 * i), (0, 1))
        for i, (raw, x0, x1) in enumerate(rows)])
    assert join_lines(build_lines(page.content.glyphs), 282.0).split("\n") == [
        "【产出指标-成本指标】", "指标1:维护成本(<1681680元)", "【效益指标-经济效益指标】",
        "指标1:服务保障民生(有力保障)", "2.保障机房运转"]


def test_a_dash_or_an_equals_sign_alone_in_a_cell_is_a_line_a_speck_is_not() -> None:
    """A dash (a placeholder) or = (a comparator) is 1 or 2 px thick at 150 dpi, thinner
    than any line of text: kept where it is as long as a dash; a speck, and the rest of a
    border along the cell's edge, are not."""
    ink = np.zeros((120, 300), np.uint8)
    ink[20:22, 20:40] = 255  # a dash, 1 em long
    ink[60:62, 20:34] = ink[65:67, 20:34] = 255  # the two bars of =
    ink[100:102, 20:23] = 255  # a speck
    ink[0:2, 0:300] = 255  # what a border left at the cell's top
    found = lines.text_lines(ink, lines.Box(0, 0, 300, 120), em=20)
    assert [(b.top, b.bottom, b.x0, b.x1) for b in found] == [(20, 22, 20, 40), (60, 67, 20, 34)]
    assert lines.text_lines(ink, lines.Box(0, 0, 300, 120)) == []  # em unknown: as was


@pytest.mark.parametrize(("raw", "width", "expected"), [
    ("二", 14, "="),  # two bars
    ("Ⅱ", 14, "="),  # a phone app's clipped =, its bars read upright (batch zj)
    ("一", 20, "—"),  # the character, never alone in a cell: the placeholder dash
    ("—", 8, "-"),  # a dash shorter than half an em: the hyphen
    ("-", 8, "-"),
])
def test_a_flat_mark_alone_is_the_sign_of_its_shape(raw: str, width: int, expected: str
                                                    ) -> None:
    flat = _read(raw, (10, 40, 10 + width, 45), (0, 1))
    scan._flat_signs([flat], 22.0)
    assert flat.text == expected
    assert flat.corrections == ([f"{raw}→{expected} (flat mark)"] if raw != expected else [])
    tall = _read("二", (10, 40, 30, 60), (0, 1))  # the character as tall as its neighbours
    scan._flat_signs([tall], 22.0)
    assert tall.text == "二"
    # a night photo's = (batch ze's 大英 医保), its bars thickened by noise to 0.46 of a
    # line: still no character's height (二 stands 0.6 to 0.7)
    thick = _read("二", (10, 40, 37, 50), (0, 1))
    scan._flat_signs([thick], 22.0)
    assert thick.text == "="
    flat_dash = _read("一", (10, 40, 37, 50), (0, 1))  # (a dash's share stays FLAT_SHARE)
    scan._flat_signs([flat_dash], 22.0)
    assert flat_dash.text == "一"
    wrapped = [_read("加快推进全市统", (10, 10, 150, 30), (0, 2)), _read("一", (10, 40, 30, 44),
                                                                      (0, 2))]
    scan._flat_signs(wrapped, 22.0)  # a wrapped line's last character, under the others
    assert wrapped[1].text == "一"


def test_a_doubtful_dash_alone_is_kept_a_doubtful_speck_is_not() -> None:
    def doubtful(raw: str, width: int) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(10, 40, 10 + width, 43), (0, 1)), raw, raw,
                          0.65, [])

    assert not scan._noise(doubtful("-", 9), 22.0)  # a placeholder
    assert scan._noise(doubtful("-", 3), 22.0)  # no dash is that short


def test_a_pens_scrawl_read_as_letters_and_marks_is_noise() -> None:
    scrawl = scan._Read(scan._Line(lines.Box(10, 40, 90, 77), (0, 1)), "’tarf", "’tarf",
                        0.37, [])
    assert scan._noise(scrawl, 22.0)
    word = scan._Read(scan._Line(lines.Box(10, 40, 90, 62), (0, 1)), "km", "km", 0.95, [])
    assert not scan._noise(word, 22.0)


def test_a_tip_of_a_grey_seals_star_read_as_a_dash_is_noise() -> None:
    def tip(by_blot: bool) -> scan._Read:
        line = scan._Line(lines.Box(300, 60, 320, 63), (0, 1), None, by_blot)
        return scan._Read(line, "-", "-", 0.95, [])

    assert scan._noise(tip(True), 22.0)
    assert not scan._noise(tip(False), 22.0)


def test_a_strokes_piece_a_grey_seals_ring_made_as_tall_as_a_row_is_not_a_border() -> None:
    """On a grey page the ring, crossing a character's upright stroke (the 卜 of 补), makes
    it a vertical run as tall as the row: it has ink beside it along its length, which a
    border, clear of its cells' text, has not; a border the ring crosses keeps its pieces
    (a long piece lies on its line)."""
    ink = np.zeros((200, 300), np.uint8)
    ink[40:76, 100:102] = 255  # the stroke's run, from one row line to the next
    for k in range(36):  # the ring's band across it, and the character's other strokes
        ink[40 + k, 90 + k // 2 : 97 + k // 2] = 255
    ink[40:76, 200:202] = 255  # a border between two cells: paper beside it
    ink[50:52, 150:195] = 255  # a cell's text, its inset away
    stroke, border = Segment(False, 100.5, 40.0, 76.0), Segment(False, 200.5, 40.0, 76.0)
    assert lines.embedded(ink, stroke, 1.0, 160.0)
    assert not lines.embedded(ink, border, 1.0, 160.0)
    assert not lines.embedded(ink, stroke, 1.0, 30.0)  # long enough to be a border anyway
    rest_of_its_line = Segment(False, 101.0, 80.0, 190.0)
    assert lines._unembedded([stroke, border], ink, 1.0, 100.0) == [border]
    assert lines._unembedded([stroke, border, rest_of_its_line], ink, 1.0, 100.0) == [
        stroke, border, rest_of_its_line]


def test_the_blank_after_a_colon_is_measured_from_its_dots() -> None:
    ink = np.zeros((20, 80), np.uint8)
    ink[0:20, 0:18] = 255  # a character
    ink[5:8, 21:24] = ink[14:17, 21:24] = 255  # the colon's dots, one of them high
    ink[0:20, 27:45] = 255  # the next character, 3 px on
    assert lines.blank_after_mark(ink, 22.0, 20.0) is None  # not a low mark: no comma
    assert lines.blank_after_mark(ink, 22.0, 20.0, low=False) == pytest.approx(0.15)


def test_a_doubtful_reading_of_ink_running_in_from_the_cells_border_is_noise() -> None:
    """A seal's ring or a pen's stroke crossing a border reaches the very side of the
    cell's inside, where a cell's text keeps its margin."""
    cell = lines.Box(803, 1000, 920, 1110)

    def reading(x0: int, confidence: float) -> scan._Read:
        line = scan._Line(lines.Box(x0, 1024, 891, 1050), (0, 1), cell)
        return scan._Read(line, "203", "203", confidence, [])

    assert scan._noise(reading(803, 0.23), 22.0)
    assert not scan._noise(reading(803, 0.95), 22.0)  # read surely: text after all
    assert not scan._noise(reading(815, 0.23), 22.0)  # in from the side: the cell's own


# ≥95% on a phone photo whose blur joined ≧'s two bars (a row of less ink between them)
BLURRED_GEQQ = _art("""
##................. ####............... .######............ ...#######.........
......######....... ........#######.... ...........#######. .............######
..........########. ........######..... ......######....... ...######..........
#######............ ................... ################### ###################
............#####.. .#################. ################### ##################.""")


def test_a_comparators_two_bars_blurred_into_one_band_are_told_by_the_row_between() -> None:
    assert lines.bands_of_mark(BLURRED_GEQQ, 9.0, 23.0) == 3
    one_bar = BLURRED_GEQQ.copy()
    one_bar[-4:] = 0  # the chevron and a single bar
    assert lines.bands_of_mark(one_bar, 9.0, 23.0) == 2


def test_a_grey_seals_characters_in_a_cell_are_noise_print_and_a_coloured_title_are_not() -> None:
    """On a grey page a red seal's characters are a middle grey, paler than any print: a
    cell's line of Chinese (or letters) with no ink darker than SEAL_GREY, and paler than
    the page's usual line by SEAL_PALER, is the seal's, dropped and recorded; print is
    kept, and a thin sign or figure alone (paler than characters) too; outside the tables
    a title printed in colour is kept; on a dim photo whose print is as pale, nothing is
    dropped."""
    grey = np.full((200, 400), 255, np.uint8)
    grey[20:40, 20:120] = 30  # print
    grey[60:80, 20:120] = 105  # a red seal's characters, in grey
    grey[100:120, 20:24] = 100  # a thin printed ≤, blurred
    text_ink = (grey < 190).astype(np.uint8) * 255
    boxes = [lines.Box(20, 20, 120, 40), lines.Box(20, 60, 120, 80), lines.Box(20, 100, 24, 120)]
    levels = [scan.darkest(grey, text_ink, b) for b in boxes]
    assert levels == [30, 105, 100]
    cell = lines.Box(10, 10, 200, 130)

    def reading(k: int, text: str, region: tuple[int, int] | None = (0, 1),
                level: int | None = None) -> scan._Read:
        line = scan._Line(boxes[k], region, cell, False, levels[k] if level is None else level)
        return scan._Read(line, text, text, 0.97, [])

    prints = [reading(0, "数量指标"), reading(0, "375万平方米"), reading(0, "社会效益指标")]
    pale = scan.pale_ink(prints)
    assert pale == scan.SEAL_GREY
    assert not scan._noise(reading(0, "数量指标"), 20.0, pale)
    assert scan._noise(reading(1, "海市园林管理"), 20.0, pale)
    assert scan._noise(reading(1, "D"), 20.0, pale)  # a seal's character read as a letter
    assert not scan._noise(reading(2, "≤"), 20.0, pale)
    assert not scan._noise(reading(1, "海市园林管理", None), 20.0, pale)  # a coloured title
    dim = [reading(0, "数量指标", level=80), reading(0, "社会效益指标", level=78)]
    assert not scan._noise(reading(0, "影响", level=92), 20.0, scan.pale_ink(dim))
    page = scan.to_page(1, (595.0, 842.0), 0.5, [], [*prints[:1], reading(1, "海市园林管理")])
    [cell_read] = page.cells
    assert cell_read.text == "数量指标"
    assert cell_read.corrections == ["海市园林管理→ (noise)"]
    assert cell_read.raw == "数量指标海市园林管理"


@pytest.mark.parametrize("degrees", [0.0, 1.2, -2.5, 3.0])
def test_a_page_without_ruling_lines_is_turned_straight_by_its_text_lines(degrees: float
                                                                         ) -> None:
    """A notice in prose (a phone photo of it, the page turned on the desk) has no long
    ruling line to go by: its lines of text lean, and straight, read one by one, they do
    not run into each other."""
    page = np.full((1600, 1200), 255, np.uint8)
    for k in range(30):
        cv2.putText(page, f"line {k} of a notice in prose, wrapped", (80, 100 + 45 * k),
                    cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    grey = turned(page, degrees)
    assert image.skew_angle(image.ink(grey)) == pytest.approx(-degrees, abs=0.2)
    assert image.text_skew(np.zeros((400, 300), np.uint8)) == 0.0  # a blank page


def test_a_pale_comparator_read_as_a_letter_is_kept_when_its_mark_shows_the_sign() -> None:
    """A thin ≥ on a dim photo is as pale as a grey seal's ink: read as V, and its mark
    showing ≥, it is the sign, not a seal's letter."""
    line = scan._Line(lines.Box(668, 1025, 688, 1047), (0, 91), None, False, 92)
    sign = scan._Read(line, "V", "≥", 0.87, ["V→≥ (comparator shape)"])
    assert not scan._noise(sign, 22.0, 82.0)
    letter = scan._Read(line, "V", "V", 0.87, [])
    assert scan._noise(letter, 22.0, 82.0)


def test_a_pale_dash_alone_in_a_cell_is_a_placeholder_not_a_seals_character() -> None:
    """A dash (a placeholder, —) is a stroke one or two pixels thick, as pale as a grey
    seal's ink: read as 一, flat, it stays (as —)."""
    line = scan._Line(lines.Box(828, 1099, 852, 1102), (0, 45), None, False, 88)
    dash = scan._Read(line, "一", "—", 0.99, ["一→— (flat mark)"])
    assert not scan._noise(dash, 22.0, 82.0)
    tall = scan._Line(lines.Box(828, 1090, 852, 1112), (0, 45), None, False, 88)
    assert scan._noise(scan._Read(tall, "会", "会", 0.99, []), 22.0, 82.0)


def test_a_word_broken_between_two_lines_of_a_narrow_cell_is_one_word() -> None:
    """The recogniser reads the spaces a page shows, so a scanned page draws its spaces:
    1250KV at the end of a full line and A变压器 on the next are one word, 1250KVA, as in
    the Word file, whether or not the engine read a space elsewhere on the page."""
    from jixiao.parsers.readers.ocr import document

    scale = 0.5
    xs, ys = (100.0, 200.0), (100.0, 200.0)
    found = [Segment(True, y, xs[0], xs[1]) for y in ys] + [
        Segment(False, x, ys[0], ys[1]) for x in xs]
    cell = lines.Box(206, 206, 394, 394)

    def reading(text: str, box: tuple[int, int, int, int]) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(*box), (0, 0), cell), text, text, 0.99, [])

    page = scan.to_page(1, (595.0, 842.0), scale, found, [
        reading("配套电力设施", (208, 210, 388, 240)),
        reading("1250KV", (208, 250, 386, 280)),
        reading("A变压器3台", (208, 290, 330, 320)),
    ])
    assert [g for g in page.content.glyphs if g.text == " "] == [scan.spaces_read((595.0, 842.0))]
    [table] = document([page], fmt="image").tables
    assert table.rows[0].cells[0].text == "配套电力设施1250KVA变压器3台"


def test_an_arc_of_a_grey_seals_ring_read_as_one_character_is_noise() -> None:
    """Beside a grey seal's ring an arc of it, read doubtfully as one character (7), runs
    wider than any one character; a character the engine is sure of, or of its own width,
    stays."""
    def one(text: str, width: int, confidence: float, by_blot: bool = True) -> scan._Read:
        line = scan._Line(lines.Box(585, 573, 585 + width, 603), (0, 56), None, by_blot)
        return scan._Read(line, text, text, confidence, [])

    assert scan._noise(one("7", 70, 0.62), 24.0)
    assert not scan._noise(one("7", 14, 0.62), 24.0)  # a figure's width
    assert not scan._noise(one("是", 70, 0.99), 24.0)  # read surely, a ring's bit beside it
    assert not scan._noise(one("7", 70, 0.62, by_blot=False), 24.0)


@pytest.mark.parametrize(("text", "xs", "box", "cell", "expected"), [
    # batch d's 浮梁 sheet: 116 right-aligned against the border, | read at the ink's end
    ("116|", (15.2, 33.4, 45.6, 51.6), (1312, 1356), (1113, 1356), "116"),
    ("1%", (7.4, 12.3), (1619, 1632), (1619, 1779), "%"),  # 马踏's %, the left border read 1
    ("of", (18.9, 24.3), (1319, 1330), (1131, 1331), "o"),  # 0, and f in the margin
    ("116|", (15.2, 33.4, 45.6, 51.6), (1312, 1356), (1113, 1370), "116|"),  # clear of it
    ("1%", (7.4, 12.3), (1619, 1632), (1610, 1779), "1%"),
    ("11", (12.0, 20.0), (1619, 1640), (1619, 1779), "11"),  # the first 1 is ink of the line
])
def test_a_mark_read_beyond_the_ink_where_it_reaches_its_cells_border_is_the_border(
        text: str, xs: tuple[float, ...], box: tuple[int, int], cell: tuple[int, int],
        expected: str) -> None:
    from jixiao.parsers.readers.ocr.engine import Reading

    line = scan._Line(lines.Box(box[0], 10, box[1], 30), (0, 1),
                      lines.Box(cell[0], 5, cell[1], 35))
    rd = Reading(text, 0.6, tuple(0.6 for _ in text), tuple("" for _ in text), xs)
    inner, fix = scan._bordered(rd, line)
    assert inner.text == expected
    assert fix == (f"{text}→{expected} (border)" if expected != text else None)


def test_a_border_beside_rows_fitted_to_their_text_is_kept_where_text_touches_it() -> None:
    """鼎山's sheet (batch d): a border between 项目主管部门 and its value, three one-line
    rows tall, with the values' text against it all along; a short piece of a character's
    stroke made a row tall by a seal's ring has no crossing line inside it."""
    rows = [Segment(True, y, 0.0, 300.0) for y in (44.5, 63.5, 76.0, 120.5)]
    border = Segment(False, 150.0, 44.5, 120.5)
    stroke = Segment(False, 80.0, 63.5, 76.0)
    ink = np.zeros((300, 700), np.uint8)
    ink[:, 296:298] = 255  # text against the border (2 pt, scale 0.5: px 300) all along
    ink[:, 156:158] = 255
    kept = lines._unembedded([border, stroke], ink, 0.5, 82.0, rows)
    assert border in kept and stroke not in kept


def test_a_border_left_out_keeps_the_raw_reading_and_records_the_correction() -> None:
    from jixiao.parsers.readers.ocr.engine import Reading

    line = scan._Line(lines.Box(1312, 10, 1356, 30), (0, 1), lines.Box(1113, 5, 1356, 35))
    rd = Reading("116|", 0.67, (1.0, 1.0, 1.0, 0.67), ("", "", "", ""), (15.2, 33.4, 45.6, 51.6))
    read = scan._corrected(line, rd)
    assert (read.raw, read.text, read.corrections) == ("116|", "116", ["116|→116 (border)"])
    assert read.confidence == 1.0  # the border's own doubt is not the figure's


@pytest.mark.parametrize(("text", "chars", "xs", "expected"), [
    # batch e's 中江 self-evaluation: a pen's stroke after ≥90%, doubted, 1.7 heights on
    ("≥90%1", (1.0, 1.0, 1.0, 1.0, 0.19), (21.6, 30.2, 47.5, 64.7, 125.2), "≥90%"),
    ("≥90%1", (1.0, 1.0, 1.0, 1.0, 0.9), (21.6, 30.2, 47.5, 64.7, 125.2), "≥90%1"),  # sure
    # near, but a figure after a % at the line's end, doubted, is no figure of the value
    # either (`correct.stray`: a seal's ring beside ≥95% in batch w)
    ("≥90%1", (1.0, 1.0, 1.0, 1.0, 0.19), (21.6, 30.2, 47.5, 64.7, 75.0), "≥90%"),
    ("≥90%天", (1.0, 1.0, 1.0, 1.0, 0.19), (21.6, 30.2, 47.5, 64.7, 75.0), "≥90%天"),  # near
])
def test_a_doubtful_mark_far_after_a_cells_text_is_a_stray_mark(
        text: str, chars: tuple[float, ...], xs: tuple[float, ...], expected: str) -> None:
    from jixiao.parsers.readers.ocr.engine import Reading

    line = scan._Line(lines.Box(962, 1037, 1100, 1073), (0, 1), lines.Box(952, 1031, 1110, 1089))
    rd = Reading(text, min(chars), chars, tuple("" for _ in text), xs)
    read = scan._corrected(line, rd)
    assert read.text == expected
    assert read.corrections == ([f"{text}→{expected} (stray mark)"] if expected != text else [])


def _mark(rows: list[tuple[int, int, int]], shape: tuple[int, int] = (22, 20)) -> np.ndarray:
    """A binary mark: (row from, row to, columns wide from the left) runs of ink."""
    m = np.zeros(shape, np.uint8)
    for top, bottom, wide in rows:
        m[top:bottom, 2 : 2 + wide] = 255
    return m


def test_a_pale_comparators_bars_are_parted_at_a_darker_level_of_ink() -> None:
    """蒙城's ≧ photographed grey at 160 dpi (batch e): at the page's ink level the chevron
    and its two bars are one block; at a darker level, three bands, the lower two bars."""
    blurred = _mark([(0, 22, 16)])
    geqq = _mark([(1, 15, 16), (17, 18, 15), (20, 22, 15)])
    assert lines.bands_of_mark(blurred, 10.0, 22.0) == 1
    assert lines.bands_of_mark(blurred, 10.0, 22.0, geqq) == 3
    # a ≥ whose chevron a darker level breaks (its bar alone below): still one bar
    broken = _mark([(1, 6, 8), (8, 15, 8), (18, 20, 15)])
    assert lines.bands_of_mark(blurred, 10.0, 22.0, broken) == 1
    narrow = _mark([(1, 15, 16), (17, 18, 4), (20, 22, 15)])  # a speck, not a bar
    assert lines.bands_of_mark(blurred, 10.0, 22.0, narrow) == 1


def _glyphs(*boxes: tuple[int, int, int, int], shape: tuple[int, int] = (25, 60)) -> np.ndarray:
    """A binary line of ink boxes (x0, top, x1, bottom)."""
    m = np.zeros(shape, np.uint8)
    for x0, top, x1, bottom in boxes:
        m[top:bottom, x0:x1] = 255
    return m


def test_the_raised_2_of_a_square_metre_is_found_apart_or_joined_to_its_m() -> None:
    """The engine has no ㎡: it reads m2 or m.  The 2 is raised (above x-height, ending
    above the middle), apart from the m or joined to it; a 2 typed on the line is not."""
    m = (10, 9, 24, 22)  # an m at x-height, from row 9 to the baseline
    apart = _glyphs(m, (26, 0, 32, 11))
    assert lines.raised_mark_after(apart, 17.0, 25.0) == (26, 32)
    on_line = _glyphs(m, (26, 3, 36, 22))  # m2 typed: the 2 reaches the baseline
    assert lines.raised_mark_after(on_line, 17.0, 25.0) is None
    joined = _glyphs(m, (22, 0, 30, 11))  # one run: the raised 2 touching the m
    assert lines.raised_mark_after(joined, 17.0, 25.0) is not None
    # the engine read the 2 (m2): joined, it counts where it ends clear above the baseline
    # beyond the m (a night photo's ㎡, batch zo), not where it reaches the baseline
    assert lines.raised_mark_after(joined, 17.0, 25.0, joined=False) is not None
    typed = _glyphs(m, (22, 3, 32, 22))  # m2 typed, the 2 touching the m
    assert lines.raised_mark_after(typed, 17.0, 25.0, joined=False) is None
    # the blur joins the figures before it to the m (300m2 one run): the m's own ink counts
    figures = _glyphs((0, 3, 9, 22), m, (22, 0, 30, 11))
    figures[15:17, 0:12] = 255
    assert lines.raised_mark_after(figures, 17.0, 25.0, joined=False) is not None
    assert lines.raised_mark_after(_glyphs(m), 17.0, 25.0) is None  # an m alone: metres


def test_a_square_metre_read_as_m_or_m2_is_read_back_and_recorded() -> None:
    from jixiao.parsers.readers.ocr.engine import Reading

    image = np.full((25 + 16, 60 + 16), 255, np.uint8)  # the line and its margin (PAD 8)
    image[8:33, 8:68][_glyphs((0, 3, 8, 22), (10, 9, 24, 22), (26, 0, 32, 11)) > 0] = 0
    line = scan._Line(lines.Box(100, 100, 160, 125), (0, 1), lines.Box(90, 95, 200, 130))
    for text, xs in (("3m", (12.0, 25.0)), ("3m2", (12.0, 25.0, 37.0))):
        rd = Reading(text, 1.0, tuple(1.0 for _ in text), tuple("" for _ in text), xs)
        read = scan._corrected(line, rd, image)
        assert (read.text, read.corrections) == ("3㎡", [f"{text}→3㎡ (square metre)"])
    rd = Reading("3m", 1.0, (1.0, 1.0), ("", ""), (12.0, 25.0))
    plain = np.full((25 + 16, 60 + 16), 255, np.uint8)
    plain[8:33, 8:68][_glyphs((0, 3, 8, 22), (10, 9, 24, 22)) > 0] = 0
    assert scan._corrected(line, rd, plain).text == "3m"  # metres


def test_a_long_line_read_surely_but_for_one_character_is_not_noise_at_the_border() -> None:
    """鼎山's goals (batch d): 1712486㎡ read with its m doubted (0.48), the line reaching
    its cell's side; dropped as a stroke from beyond the border, the goal lost its start."""
    line = scan._Line(lines.Box(345, 784, 1532, 809), (0, 1), lines.Box(345, 767, 1583, 894))
    text = "完成1个老集镇的维护,完成1712486m面积"
    long = scan._Read(line, text, text, 0.48, [], sure=0.95)
    assert not scan._noise(long, 25.0)
    short = scan._Read(line, "l7", "l7", 0.3, [], sure=0.5)
    assert scan._noise(short, 25.0)


def _line_read(text: str, blanks: tuple[float, ...], region: tuple[int, int] = (0, 0),
          top: int = 0) -> scan._Read:
    line = scan._Line(lines.Box(0, top, 20 * len(text), top + 20), region)
    return scan._Read(line, text, text, 0.99, [], 1.0, (*blanks, None))


@pytest.mark.parametrize(("cell", "expected"), [
    # 涂井乡's 自评表 printed by a browser: 产 出 指 标 wrapped in a narrow 一级 cell
    ([("产出", (0.41,)), ("指标", (0.36,))], ["产 出", "指 标"]),
    ([("效益", (0.33,)), ("指标", (0.30,))], ["效 益", "指 标"]),
    # typed together: a wrapped label, a wide blank on one line only, a line not all Chinese
    ([("年度总体", (0.05, 0.1, 0.14)), ("目标", (0.09,))], ["年度总体", "目标"]),
    ([("产出", (0.41,)), ("指标", (0.12,))], ["产出", "指标"]),
    ([("项目资金", (0.3, 0.3, 0.3)), ("(万元)", (0.3, 0.3, 0.3, 0.3))], ["项目资金", "(万元)"]),
    ([("产出指标", (0.41, 0.36, 0.36))], ["产出指标"]),  # one line: `correct.typed_space`'s
])
def test_a_letter_spaced_cell_wrapped_over_lines_keeps_its_spaces(
        cell: list[tuple[str, tuple[float, ...]]], expected: list[str]) -> None:
    read = [_line_read(text, blanks, top=30 * i) for i, (text, blanks) in enumerate(cell)]
    wrapped = scan._letter_spaced_cells(read)
    assert [r.text for r in read] == expected
    spaced = expected != [t for t, _ in cell]
    assert wrapped == ({id(r) for r in read[:-1]} if spaced else set())
    assert all(r.corrections == ([f"{r.raw}→{r.text} (space)"] if spaced else []) for r in read)


def _line_of_text_across(x: int, top: int, bottom: int, w: int = 200) -> np.ndarray:
    """A binary page with a line of 'characters' (blocks 10 px wide, 4 px apart) from x-40
    to x+40 between `top` and `bottom`, the column `x` between two of them, and nothing
    else."""
    ink = np.zeros((200, w), np.uint8)
    for x0 in range(x - 40, x + 40, 14):  # ... x-12..x-2 | x+2..x+12 ...
        ink[top:bottom, x0 + 2 : x0 + 12] = 1
    return ink


def test_a_borders_end_run_between_two_characters_into_the_row_above_is_trimmed() -> None:
    """龙岩's workbook photographed (batch g): the border under 区域目标值 ran up past the
    row's line, between 规 and 范 of the 总体目标 above, and parted that merged cell."""
    rows = [Segment(True, 50.0, 0.0, 200.0), Segment(True, 70.0, 0.0, 200.0),
            Segment(True, 90.0, 0.0, 200.0)]
    border = Segment(False, 100.0, 55.0, 90.0)  # the rows 70-90 and a stub up to 55
    ink = _line_of_text_across(100, 53, 68)
    assert lines._stubs_trimmed(border, rows, ink, 1.0) == Segment(False, 100.0, 70.0, 90.0)
    # no text across its end: a border broken at a seal keeps its length
    assert lines._stubs_trimmed(border, rows, np.zeros_like(ink), 1.0) == border
    # text on one side only (a right-aligned figure set against the border): kept
    one_side = _line_of_text_across(100, 53, 68)
    one_side[:, 101:] = 0
    assert lines._stubs_trimmed(border, rows, one_side, 1.0) == border
    # a border whose end meets its line, a sheet's 3 | 万元 touching it on both sides: kept
    whole_row = Segment(False, 100.0, 50.5, 90.0)
    assert lines._stubs_trimmed(whole_row, rows, ink, 1.0) == whole_row


def test_a_figure_alone_beside_a_seals_star_is_print_where_its_mark_keeps_clear() -> None:
    """安溪's value 1 shares its line's band with a star's arm: the line touches the
    blot, yet the figure's own mark, as tall as a character, keeps clear of it (read, it
    is the value); a stretch of the ring that runs on from the blot is not apart."""
    text_ink = np.zeros((30, 160), np.uint8)
    text_ink[5:25, 4:7] = 255  # the figure 1, clear of the blot
    text_ink[2:20, 140:143] = 255  # a thin stretch of the star's arm, running into it
    beside = np.zeros_like(text_ink)
    beside[0:12, 138:160] = 255  # around the blot
    box = lines.Box(0, 0, 160, 30)
    assert scan.apart_from_blots(text_ink, beside, box, 20)
    text_ink[5:25, 4:7] = 0
    assert not scan.apart_from_blots(text_ink, beside, box, 20)

    def one(apart: bool) -> scan._Read:
        line = scan._Line(lines.Box(0, 0, 160, 30), (0, 1), None, True, 0, apart)
        return scan._Read(line, "1", "1", 0.96, [])

    assert scan._noise(one(False), 20.0)
    assert not scan._noise(one(True), 20.0)


def _cell_line(text: str, top: int, *, confidence: float = 0.99, by_blot: bool = False,
               darkest: int = 40, region: tuple[int, int] = (0, 1)) -> scan._Read:
    line = scan._Line(lines.Box(100, top, 100 + 24 * len(text), top + 24), region, None,
                      by_blot, darkest)
    return scan._Read(line, text, text, confidence, [])


def test_short_marks_beside_a_known_word_in_its_cell_are_a_seals_when_they_look_it() -> None:
    """A black seal over 效益指标 (its 安, its ring read as バ), a pale stroke over
    社会效益 / 指标, a doubtful 金实 under 经济效益指标: dropped, since the rest of the
    cell is the known word.  A short line of print beside a word stays (… / 等), and so
    does a cell whose whole is a word, or whose rest is none."""
    sealed = [_cell_line("安", 100, by_blot=True), _cell_line("バ", 130),
              _cell_line("效益指标", 200)]
    assert scan._marks_beside_a_word(sealed, 82.0) == {id(sealed[0]), id(sealed[1])}
    pale = [_cell_line("1", 90, darkest=165, region=(0, 2)),
            _cell_line("社会效益", 120, region=(0, 2)), _cell_line("指标", 150, region=(0, 2))]
    doubted = [_cell_line("经济效益指标", 100, region=(0, 3)),
               _cell_line("金实", 140, confidence=0.32, by_blot=True, region=(0, 3))]
    assert scan._marks_beside_a_word([*pale, *doubted], 82.0) == {id(pale[0]), id(doubted[1])}
    printed = [_cell_line("服务对象满意度指标", 100), _cell_line("等", 130)]
    assert scan._marks_beside_a_word(printed, 82.0) == set()
    no_word = [_cell_line("安", 100, by_blot=True), _cell_line("打造品牌赛事", 130)]
    assert scan._marks_beside_a_word(no_word, 82.0) == set()
    # 祁东's 部门 / 名称 on a black-and-white scan, 门 read 內: the whole one character from
    # a word (部门名称), the short line is the word's, misread, not a mark
    misread = [_cell_line("部內", 100, confidence=0.6), _cell_line("名称", 130)]
    assert scan._marks_beside_a_word(misread, 82.0) == set()


def test_a_latin_letter_alone_on_its_line_in_a_cell_of_chinese_is_a_pens_tick() -> None:
    """Batch zd's 食品药品 form with a reviewer's pen: a tick at the cell's corner read J,
    surely (0.93), on its own line over 执行统一规定: dropped.  Beside a code with letters
    (KPI考核指标), or beside too little Chinese to tell, it stays."""
    ticked = [_cell_line("J", 100, confidence=0.93), _cell_line("执行统一规定", 130)]
    assert scan._marks_beside_a_word(ticked, 82.0) == {id(ticked[0])}
    coded = [_cell_line("A", 100, region=(0, 2)), _cell_line("KPI考核指标", 130, region=(0, 2))]
    short = [_cell_line("B", 100, region=(0, 3)), _cell_line("类别", 130, region=(0, 3))]
    assert scan._marks_beside_a_word([*coded, *short], 82.0) == set()


def test_a_pale_line_that_makes_its_cells_word_whole_is_print() -> None:
    """产 / 出 / 指 / 标 stacked in a workbook's narrow cell, photographed at a slant (batch
    zp): 标, at the foot, paler than the page's print where the light fell off, was taken
    for a seal's character; with it the cell reads 产出指标, without it no word.  A pale
    character that makes no word stays noise."""
    stacked = [_cell_line(ch, 100 + 27 * i, darkest=62) for i, ch in enumerate("产出指")]
    foot = _cell_line("标", 181, darkest=89)
    seal = _cell_line("安", 100, darkest=89, region=(0, 2))
    word = _cell_line("效益指标", 130, darkest=62, region=(0, 2))
    read = [*stacked, foot, seal, word]
    assert scan._words_made_whole(read, {id(foot), id(seal)}) == {id(foot)}
    doubted = _cell_line("标", 181, darkest=89, confidence=0.6)
    assert scan._words_made_whole([*stacked, doubted], {id(doubted)}) == set()


def test_a_tick_on_a_line_of_its_own_beside_a_label_or_a_value_is_the_reviewers() -> None:
    """A sheet annotated in black pen (batch zo): 實施單位 / √ and 0.00 / √√, each tick read
    surely on a line of its own in the cell: no label or value is written with one, so
    they go.  A tick alone in its cell is an answer, and one beside boxes a choice."""
    label = [_cell_line("實施單位", 100), _cell_line("√", 130, confidence=0.95)]
    value = [_cell_line("0.00", 100, region=(0, 2)), _cell_line("√√", 130, region=(0, 2))]
    assert scan._marks_beside_a_word([*label, *value], 82.0) == {id(label[1]), id(value[1])}
    alone = [_cell_line("√", 100, region=(0, 3), confidence=0.95)]
    boxes = [_cell_line("是□否□", 100, region=(0, 4)), _cell_line("√", 130, region=(0, 4))]
    assert scan._marks_beside_a_word([*alone, *boxes], 82.0) == set()


def test_a_comma_ending_an_indented_first_line_is_measured_against_the_full_lines() -> None:
    """石嘴山's 质量符合国家标准, / 有国家颁发的批签发 / 等相关证明文件: the first line
    indented by a character, its half-width comma reaching 0.4 em past the next full
    line's end (which ends a character short of the border): measured against that line,
    the comma is the half-width one, not the full-width the border's room would make it."""
    cell = lines.Box(97, 1379, 348, 1511)
    parts = [scan._Read(scan._Line(lines.Box(x0, top, x1, top + 25), (0, 1), cell), raw, raw,
                        0.99, [])
             for x0, top, x1, raw in ((125, 1380, 333, "质量符合国家标准，"),
                                      (97, 1420, 323, "有国家颁发的批签发"),
                                      (97, 1460, 272, "等相关证明文件"))]
    scan._wrapped_commas(parts, 25.0)
    assert parts[0].text == "质量符合国家标准,"


def test_a_small_pale_doubted_figure_in_a_cell_is_a_seals_bit() -> None:
    """建档's 100% with a 4 under it: a bit of a grey seal's character read as a figure,
    doubtfully, paler than print and smaller than its lines: noise.  A figure of print
    (dark), or read surely, or of a line's height, stays."""
    def figure(darkest: int, confidence: float, height: int) -> scan._Read:
        line = scan._Line(lines.Box(1133, 580, 1138, 580 + height), (0, 7), None, False,
                          darkest)
        return scan._Read(line, "4", "4", confidence, [])

    usual, pale = 16.0, 82.0
    assert scan._noise(figure(96, 0.75, 11), usual, pale)
    assert not scan._noise(figure(50, 0.75, 11), usual, pale)
    assert not scan._noise(figure(96, 0.95, 11), usual, pale)
    assert not scan._noise(figure(96, 0.75, 16), usual, pale)


def test_a_received_stamps_date_read_with_little_faith_over_a_value_is_no_figure() -> None:
    """A 申报表 photocopied with a 收文 stamp (batch zk): the stamp's date 2023.3.8, grey
    (67) where print is black, read 8.81 at 0.46 over 4种; the cell read 8.84种.  A figure
    with a point is a figure as 4 is; as pale and read with as little faith, the stamp's.
    Print's own 2.61 stays, as dark as text."""
    def figure(raw: str, darkest: int, confidence: float) -> scan._Read:
        line = scan._Line(lines.Box(1573, 289, 1742, 320), (0, 10), None, False, darkest)
        return scan._Read(line, raw, raw, confidence, [])

    usual, pale = 39.0, 36.0
    assert scan._noise(figure("8.8", 67, 0.46), usual, pale)
    assert scan._noise(figure("2023.3.8", 67, 0.46), usual, pale)
    assert not scan._noise(figure("2.61", 1, 0.46), usual, pale)
    assert not scan._noise(figure("2.61", 67, 0.95), usual, pale)


def test_a_black_seals_doubted_characters_beside_a_value_or_a_name_are_marks() -> None:
    """大英's black-and-white scan: the seal's 局 over 100% and its 大 read as 1. over
    资金执行率, both doubted, are dropped; a unit wrapped under its figure, read surely
    (9 / 人), and a number read surely above a name stay."""
    over_value = [_cell_line("局", 100, confidence=0.64, region=(0, 1)),
                  _cell_line("100%", 130, by_blot=True, region=(0, 1))]
    over_name = [_cell_line("1.", 100, confidence=0.68, region=(0, 2)),
                 _cell_line("资金执行率", 130, by_blot=True, region=(0, 2))]
    assert scan._marks_beside_a_word([*over_value, *over_name], 82.0) == {
        id(over_value[0]), id(over_name[0])}
    unit = [_cell_line("9", 100, by_blot=True), _cell_line("人", 130, by_blot=True)]
    numbered = [_cell_line("1.", 100, by_blot=True, region=(0, 2)),
                _cell_line("资金执行率", 130, region=(0, 2))]
    assert scan._marks_beside_a_word([*unit, *numbered], 82.0) == set()


def test_a_wrapped_sentence_whose_next_line_holds_an_item_number_goes_on() -> None:
    """清涧's goal: …生命防 / 护问题3、极大的…: the line ran to the border, and its next line
    ends the word 防护问题 before the next item's 3、: one paragraph, not two (an item's
    number opens a line alone or after a label's word: 指标1:, 目标2、)."""
    from jixiao.parsers.readers.pdf.text import ITEM, build_lines, join_lines

    rows = (("1、改善基础设施建设,解决了生命防", 100, 270), ("护问题3、改善生活", 100, 190))
    page = scan.to_page(1, (595.0, 842.0), 1.0, [], [
        _read(raw, (x0, 100 + 26 * i, x1, 122 + 26 * i), (0, 1))
        for i, (raw, x0, x1) in enumerate(rows)])
    assert join_lines(build_lines(page.content.glyphs), 282.0) == (
        "1、改善基础设施建设,解决了生命防护问题3、改善生活")
    assert [bool(ITEM.match(t)) for t in ("指标1:维护", "绩效目标2、", "第1、", "护问题3、")] == [
        True, True, True, False]


def _bowed(img: np.ndarray, depth: float) -> np.ndarray:
    """The page as a sheet that does not lie flat shows it: each column moved down by up
    to `depth` px, most at the middle (as samples/scans.py `curl` does)."""
    h, w = img.shape[:2]
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    bow = (np.sin(np.pi * xx / w) * depth).astype(np.float32)
    return cv2.remap(img, xx, yy - bow, cv2.INTER_LINEAR, borderValue=255)


def _worst_bow(grey: np.ndarray) -> float:
    xs = np.arange(grey.shape[1], dtype=np.float64)
    return max((float(np.abs(image._bow(x0, x1, c, xs)).max())
                for x0, x1, c in image.bows(image.ink(grey))), default=0.0)


def test_a_bowed_sheets_lines_are_made_straight() -> None:
    """A sheet photographed bowed (16 px at the middle of a 1,200 px page): its ruling
    lines curve, which no turn undoes; each column moved back makes them straight and the
    table's grid is found again."""
    from jixiao.parsers.readers.pdf.ruled import find_grids

    grey = _bowed(cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY), 16.0)
    assert _worst_bow(grey) > 8
    flat = image.unbow(grey)
    assert _worst_bow(flat) < 1.5
    binary = image.ink(flat)
    found = lines.segments(*lines.ruling_masks(binary), 0.5)
    [grid] = find_grids(found)
    assert (len(grid.xs), len(grid.ys)) == (4, 7)


def test_a_flat_sheet_is_not_resampled() -> None:
    grey = cv2.cvtColor(turned(ruled_page(), 0.5), cv2.COLOR_BGR2GRAY)
    assert image.unbow(grey) is grey


def test_a_photo_whose_edge_a_shadow_bites_is_unwarped_to_its_page() -> None:
    """The hand's shadow over the page's right edge, as dark as the desk: the page's
    outline has a bite out of it, its hull the page's four corners."""
    desk = np.full((1400, 1100), 60, np.uint8)
    quad = np.array([[120, 90], [1000, 140], [1040, 1300], [70, 1250]], np.int32)
    cv2.fillPoly(desk, [quad], 250)
    cv2.circle(desk, (1030, 700), 220, 60, -1)  # the shadow, over the edge
    flat = image.unwarp(desk)
    assert flat.shape[0] > 1000 and flat.shape[1] > 800
    assert np.percentile(flat, 10) > 200  # all page but the shadow's bite: no desk


def test_the_loose_ends_of_a_split_rows_borders_are_made_level() -> None:
    """Atop the next page of a phone's photos, the borders of a row a page break split end
    a few points apart (the photo's perspective and bow undone but not exactly): made
    level with the highest, the row they bound is a row of the grid, each column its own
    cell; borders that meet a line at both ends are left as they are."""
    from jixiao.parsers.readers.pdf.ruled import find_grids

    middle, bottom = Segment(True, 94.0, 146.0, 698.0), Segment(True, 150.0, 42.5, 698.0)
    tops = (32.0, 33.5, 35.6, 35.3, 34.9, 34.2, 34.2, 34.2)
    xs = (43.7, 86.0, 147.1, 222.8, 383.2, 513.9, 600.5, 696.8)
    borders = [Segment(False, x, t, 150.0) for x, t in zip(xs, tops, strict=True)]
    closed = Segment(False, 300.0, 94.0, 150.0)
    found = lines.levelled([middle, bottom, *borders, closed])
    assert {s.start for s in found if not s.horizontal and s.pos in xs} == {32.0}
    assert closed in found
    [grid] = find_grids(found)
    assert sum(1 for r in grid.regions if r.r0 == 0) == 7  # 效益指标 | 经济效益指标 | …


def _continued_page(hidden: bool) -> list[Segment]:
    """Page two of t09's sticky-note scan, as its lines were found: the frame's top line
    (y 95) and nine columns reaching it; with `hidden`, a note over the top-left corner
    took the line's first 86 pt and the two outer columns' tops down to y 118."""
    rows = [Segment(True, 95.0, 166.0 if hidden else 80.0, 701.0),
            Segment(True, 156.0, 265.0, 701.0), Segment(True, 278.0, 203.0, 701.0),
            Segment(True, 501.0, 141.0, 701.0), Segment(True, 643.0, 79.0, 701.0)]
    cols = [Segment(False, x, (118.0 if hidden and x < 150 else 95.0), 644.0)
            for x in (80.0, 142.0, 204.0, 266.0, 328.0, 390.0, 700.0)]
    return rows + cols


def test_a_frames_corner_hidden_by_a_note_is_drawn_on() -> None:
    """The outer columns ending loose short of the frame's top line, beyond its end, are
    drawn on to it, and the line on to them: the split row's 一级 cell (empty atop page
    two) stays apart from the 效益指标 one below it, as on the page."""
    from jixiao.parsers.readers.pdf.ruled import find_grids

    found = lines.corners_restored(_continued_page(hidden=True))
    assert sorted(found, key=repr) == sorted(_continued_page(hidden=False), key=repr)
    [grid] = find_grids(found)
    assert [(r.r0, r.r1) for r in grid.regions if r.c0 == 1] == [(0, 3), (3, 4)]


def test_a_corner_left_blank_on_purpose_is_left_as_it_is() -> None:
    """Columns that end on a line (a top-left cell drawn without borders, 项目 | 年度 …)
    are no hidden corner: nothing is drawn on."""
    rows = [Segment(True, 95.0, 166.0, 701.0), Segment(True, 156.0, 80.0, 701.0),
            Segment(True, 643.0, 80.0, 701.0)]
    cols = [Segment(False, x, 156.0 if x < 150 else 95.0, 644.0)
            for x in (80.0, 142.0, 204.0, 266.0, 328.0, 700.0)]
    assert lines.corners_restored(rows + cols) == rows + cols


def test_an_edge_beside_the_table_is_no_hidden_corner() -> None:
    """A straight edge beyond the table (a photo's sheet edge against a shadow, found as a
    column ending at the table's foot) lies beyond the frame's opposite line, with the
    table's rows between its top and the frame: it is not drawn up to the frame."""
    rows = [Segment(True, y, 41.0, 802.0) for y in (68.0, 150.0, 268.0, 432.0)]
    cols = [Segment(False, x, 68.0, 432.0) for x in (41.0, 300.0, 560.0, 802.0)]
    edge = Segment(False, 835.0, 268.0, 432.0)
    assert lines.corners_restored([*rows, *cols, edge]) == [*rows, *cols, edge]


def _line_image(grey_of: list[int], width: int = 40) -> np.ndarray:
    """A line image: one character's ink per `width` px, each as dark as told."""
    img = np.full((40, width * len(grey_of) + 16), 255, np.uint8)
    for k, g in enumerate(grey_of):
        img[12:28, 8 + k * width + 8 : 8 + k * width + 30] = g
    return img


@pytest.mark.parametrize(("end", "text", "inks", "chars", "expected"), [
    ("tail", "2207共", [0, 0, 0, 40, 44], [1.0, 1.0, 1.0, 0.49, 0.99], "220"),  # doubted
    ("tail", "100%中", [0, 0, 0, 2, 43], [1.0, 1.0, 1.0, 1.0, 0.64], "100%"),
    ("tail", "表十二", [54, 66, 83], [1.0, 1.0, 1.0], "表十二"),  # a thin 二, read surely
    ("tail", "200次", [53, 37, 45, 90], [1.0, 1.0, 1.0, 0.68], "200次"),  # a figure's unit
    ("tail", "1125万元", [17, 6, 10, 3, 5, 24], [0.9] * 6, "1125万元"),  # as dark as the rest
    # read surely next to the rest, on a page whose print a scanning app clipped black
    # (batch zn's 交通费 评价表: 用款计划差错率出, the seal's 出 at 52): the seal's; on a page
    # of grey print, or a thin numeral, print
    ("tail", "差错率出", [3, 4, 6, 52], [1.0] * 4, "差错率"),
    ("tail", "差错率出", [30, 30, 30, 77], [1.0] * 4, "差错率出"),
    ("tail", "表十二", [3, 4, 52], [1.0] * 3, "表十二"),
    # ... but a figure's own ink, not a pale seal's ring caught in the line's box beyond it
    # (batch zh's purple seal taken out by colour: 4000 and the ring, the last 0 kept)
    ("tail", "4000", [0, 0, 0, 0, *[65] * 25], [1.0] * 4, "4000"),
    # at a line's start (za06: the seal's 疫 before the answer, doubted)
    ("head", "疫是", [47, 4], [0.53, 0.99], "是"),
    ("head", "疫是", [47, 4], [0.99, 0.99], "疫是"),  # read surely: kept
    ("head", "是否", [6, 4], [0.53, 0.99], "是否"),  # as dark as the rest: print
    ("head", "1是", [47, 4], [0.53, 0.99], "1是"),  # a figure: not a seal's character
    ("head", "二100", [47, 4, 4, 4], [0.53, 0.99, 0.99, 0.99], "二100"),  # a thin numeral
    # before an amount, the ring's characters read as a run (batch zc's 食品药品 grey scan:
    # 品监督35,543.19, one of them doubted): all of them; not before words, nor dark ones
    ("head", "品监督35.19", [47, 45, 50, 4, 4, 4, 4, 4], [0.53, 0.99, 0.99, *[0.99] * 5],
     "35.19"),
    ("head", "品监督管理", [47, 4, 4, 4, 4], [0.53, 0.99, 0.99, 0.99, 0.99], "监督管理"),
    ("head", "品监督35.19", [47, 4, 50, 4, 4, 4, 4, 4], [0.53, 0.99, 0.99, *[0.99] * 5],
     "品监督35.19"),
    ("head", "品监督35.19", [47, 45, 50, 4, 4, 4, 4, 4], [0.99] * 8, "品监督35.19"),
])
def test_a_seals_character_read_at_a_lines_end_on_a_grey_page_is_left_out(
        end: str, text: str, inks: list[int], chars: list[float], expected: str) -> None:
    from jixiao.parsers.readers.ocr.engine import Reading

    img = _line_image(inks)
    xs = tuple(8.0 + k * 40 + 19 for k in range(len(text)))
    rd = Reading(text, min(chars), tuple(chars), (), xs)
    box = lines.Box(100, 100, 100 + img.shape[1] - 16, 124)
    line = scan._Line(box, (0, 0), lines.Box(90, 90, 400, 140))
    inner, fix = (scan._pale_tail if end == "tail" else scan._pale_head)(rd, line, img)
    assert inner.text == expected
    assert (fix is None) == (expected == text)


@pytest.mark.parametrize(("text", "inks", "at", "expected"), [
    ("核局", [34, 97], (0, 4), "核"),  # s09: the seal's 局 five characters off, read surely
    ("成率府", [22, 27, 98], (0, 1, 4), "成率"),  # v08
    ("核局", [34, 97], (0, 1), "核局"),  # next to the rest, read surely: as print is
    ("核局", [34, 40], (0, 4), "核局"),  # far, but as dark as the rest: print
])
def test_a_seals_character_read_surely_far_after_a_lines_end_is_left_out(
        text: str, inks: list[int], at: tuple[int, ...], expected: str) -> None:
    """A grey seal's character printed as crisply as print is read as surely, but stands
    apart: three to five characters after the line's end, and 60 levels paler."""
    from jixiao.parsers.readers.ocr.engine import Reading

    grey = [255] * (at[-1] + 1)
    for k, ink in zip(at, inks, strict=True):
        grey[k] = ink
    img = _line_image(grey)
    xs = tuple(8.0 + k * 40 + 19 for k in at)
    rd = Reading(text, 1.0, (1.0,) * len(text), (), xs)
    box = lines.Box(100, 100, 100 + img.shape[1] - 16, 124)
    line = scan._Line(box, (0, 0), lines.Box(90, 90, 400, 140))
    inner, fix = scan._pale_tail(rd, line, img)
    assert inner.text == expected
    assert (fix is None) == (expected == text)


@pytest.mark.parametrize(("text", "inks", "chars", "expected"), [
    ("作用。0", [50, 50, 120, 255], [1.0, 1.0, 1.0, 0.26], "作用。"),  # zm12: no ink there
    ("作用。0", [50, 50, 120, 255], [1.0, 1.0, 1.0, 0.99], "作用。0"),  # read surely
    ("作用。0", [50, 50, 120, 60], [1.0, 1.0, 1.0, 0.26], "作用。0"),  # inked: printed
    ("作用。用", [50, 50, 120, 255], [1.0, 1.0, 1.0, 0.26], "作用。用"),  # not a figure
])
def test_a_doubted_figure_at_a_lines_end_with_no_ink_is_left_out(
        text: str, inks: list[int], chars: list[float], expected: str) -> None:
    """舒城's 绩效目标表 photographed with a thumb on the sheet (batch zm): its goal read
    …带动作用。0, the 0 at 0.26 a full advance after the 。, on blank paper.  A figure or
    letter the engine doubted, with no ink in its share of the line, is left out, and the
    drop recorded; one read surely, or inked, or a Chinese character stays."""
    from jixiao.parsers.readers.ocr.engine import Reading

    img = _line_image(inks)
    xs = tuple(8.0 + k * 40 + 19 for k in range(len(text)))
    rd = Reading(text, min(chars), tuple(chars), (), xs)
    box = lines.Box(100, 100, 100 + img.shape[1] - 16, 130)  # (the 0 an advance after: not
    line = scan._Line(box, (0, 0), lines.Box(90, 90, 400, 140))  # far, `_far_mark`)
    read = scan._corrected(line, rd, img)
    assert read.text == expected
    assert read.corrections == ([] if expected == text else [f"{text}→{expected} (no ink)"])


def test_a_line_less_a_seals_character_at_its_end_is_as_wide_and_tall_as_its_ink() -> None:
    """一品街道's 整体绩效目标 under its grey seal (batch zm): the goal's last line 康有序发展。
    read with the seal's 处 after it, taller and further right than the text; the 处 was
    dropped, but the line kept its box, so its text seemed larger type than the line above
    it and the wrap stayed a line break (社会健\n康有序发展。).  The line's box shrinks to
    the ink of the characters kept."""
    from jixiao.parsers.readers.ocr.engine import Reading

    img = _line_image([20, 20, 20, 255, 110])
    img[2:38, 8 + 4 * 40 + 4 : 8 + 4 * 40 + 36] = 110  # the seal's 处: taller, pale
    xs = tuple(8.0 + k * 40 + 19 for k in (0, 1, 2, 4))
    rd = Reading("康有序处", 0.6, (1.0, 1.0, 1.0, 0.6), (), xs)
    box = lines.Box(100, 100, 100 + img.shape[1] - 16, 100 + img.shape[0] - 16)
    line = scan._Line(box, (0, 0), lines.Box(90, 90, 400, 140))
    read = scan._corrected(line, rd, img)
    assert "".join(read.text.split()) == "康有序"
    assert read.line.box == lines.Box(108, 104, 210, 120)  # the three characters' ink


def test_a_seals_characters_against_the_cells_border_are_measured_without_it() -> None:
    """e03's 成本 | 阳市: a grey seal's 阳市 read surely after the level name, the 市 against
    the cell's right border.  Each character's ink is measured within the line's own ink,
    not in the margin beyond it where the border runs (as dark as print, it made the 市 seem
    print, and both were kept)."""
    from jixiao.parsers.readers.ocr.engine import Reading

    at = (0, 1, 3, 4)
    grey = [255] * 5
    for k, ink in zip(at, [13, 25, 97, 97], strict=True):
        grey[k] = ink
    img = _line_image(grey)
    img[:, -5:-3] = 0  # the cell's border, in the margin after the line's ink
    rd = Reading("成本阳市", 1.0, (1.0,) * 4, (), tuple(8.0 + k * 40 + 19 for k in at))
    box = lines.Box(100, 100, 100 + img.shape[1] - 16, 124)
    line = scan._Line(box, (0, 0), lines.Box(90, 90, box.x1, 140))
    inner, fix = scan._pale_tail(rd, line, img)
    assert (inner.text, fix) == ("成本", "成本阳市→成本 (seal's ink)")


def test_a_chinese_character_after_figures_is_no_further_than_its_own_width() -> None:
    """The published scan's 2023年12月, its 月 paler than the figures: figures advance half
    a Chinese character, and the 月 after them, a character's advance off, is print."""
    from jixiao.parsers.readers.ocr.engine import Reading

    img = np.full((40, 120), 255, np.uint8)
    img[12:28, 16:26] = 0  # 1
    img[12:28, 36:46] = 0  # 2
    img[12:28, 71:93] = 70  # 月, paler
    rd = Reading("12月", 1.0, (1.0,) * 3, (), (21.0, 41.0, 82.0))
    line = scan._Line(lines.Box(100, 100, 204, 124), (0, 0), lines.Box(90, 90, 400, 140))
    inner, fix = scan._pale_tail(rd, line, img)
    assert (inner.text, fix) == ("12月", None)


@pytest.mark.parametrize(("watermark", "expected"), [
    (None, "度,推"), (170, "度,推"), (100, "度，推")])
def test_a_watermark_across_the_blank_after_a_comma_does_not_fill_it(
        watermark: int | None, expected: str) -> None:
    """s16's 和美誉度,推动: a watermark's grey stroke runs down through the blank after a
    half-width comma.  The blank is measured on the line's print (half way from its darkest
    ink to paper), so that the stroke does not fill it and the comma stays narrow; ink as
    dark as print there (100, a character's stroke) fills it as ever."""
    from jixiao.parsers.readers.ocr.engine import Reading

    img = np.full((40, 120), 255, np.uint8)
    img[8:32, 8:32] = 15  # 度
    img[26:32, 34:37] = 15  # a half-width comma, low and narrow, at 34-37
    img[8:32, 40:64] = 15  # 推, 3 px after it (0.125 em): half-width
    if watermark is not None:
        img[0:40, 37:40] = watermark  # the watermark's stroke, across the blank
    rd = Reading("度，推", 1.0, (1.0,) * 3, (), (20.0, 35.5, 52.0))
    line = scan._Line(lines.Box(100, 100, 156, 124), (0, 0), lines.Box(90, 90, 400, 140),
                      darkest=15)
    assert scan._read_corrected(line, rd, img).text == expected


def test_a_seal_in_a_shadow_is_made_paper_as_grey_as_the_paper_there() -> None:
    """A red seal where the hand's shadow dims the page (paper at 150): its strokes made
    paper of that grey, not white, so that evening the light leaves no bright disc and no
    halo over the text around it; the line under the ring stays dark."""
    paper = 150
    page = np.full((300, 400, 3), paper, np.uint8)
    cv2.line(page, (0, 150), (399, 150), (0, 0, 0), 3)
    seal = np.full_like(page, 255)
    cv2.circle(seal, (200, 150), 80, (45, 50, 225), 8)
    page = (page.astype(np.float32) * seal / 255).astype(np.uint8)
    grey = image.layers(page)[:, :, 0]
    assert abs(int(grey[70, 200]) - paper) <= 10  # the ring away from the line: paper
    assert grey[150, 122] < 80  # the line where the ring crosses it
    even = image.even_light(grey)
    assert even[20:60, 20:380].min() > 235  # no halo: all paper white


def test_a_photo_whose_corner_a_shadow_covers_is_unwarped_to_its_page() -> None:
    """The shadow takes a corner whole: the outline's four longest sides, extended, meet
    where the corner is."""
    desk = np.full((1400, 1100), 60, np.uint8)
    quad = np.array([[120, 90], [1000, 140], [1040, 1300], [70, 1250]], np.int32)
    cv2.fillPoly(desk, [quad], 250)
    cv2.circle(desk, (1040, 1300), 260, 60, -1)  # the shadow, over the corner
    flat = image.unwarp(desk)
    assert flat.shape[0] > 1100 and flat.shape[1] > 850  # the whole sheet, not less
    assert np.percentile(flat[: flat.shape[0] // 2], 5) > 200  # its upper half: no desk


def test_a_photographed_sheets_very_edge_is_paper() -> None:
    """What the corners, found at a quarter of the size, leave of the desk along the
    sheet's edge is no frame round the page."""
    desk = np.full((1400, 1100), 60, np.uint8)
    quad = np.array([[120, 90], [1000, 140], [1040, 1300], [70, 1250]], np.int32)
    cv2.fillPoly(desk, [quad], 250)
    flat = image.unwarp(desk)
    assert flat[:, :3].min() == 255 and flat[-3:].min() == 255


def test_a_borders_end_that_reaches_through_its_thick_line_is_no_stub() -> None:
    """A copy of a copy (batch r): its print thickened, the table's top line is some 7 px
    thick and a border's top reaches 2.5 pt above the line's middle; with the header's
    bold words on both sides, the whole header row was taken for a stub and trimmed (分值
    and 三级指标 read as one cell).  A stub falls short of its line; this end passes it."""
    rows = [Segment(True, 52.5, 0.0, 200.0), Segment(True, 70.0, 0.0, 200.0),
            Segment(True, 90.0, 0.0, 200.0)]
    ink = _line_of_text_across(100, 53, 68)
    through = Segment(False, 100.0, 50.0, 90.0)  # 2.5 above the top line's middle
    assert lines._stubs_trimmed(through, rows, ink, 1.0) == through
    # ... and at the bottom alike
    below = Segment(False, 100.0, 52.5, 92.5)
    assert lines._stubs_trimmed(below, rows, ink, 1.0) == below
    # a stub still falls short: up to 55 under a line at 50 (the case above)
    short = Segment(False, 100.0, 55.0, 90.0)
    rows[0] = Segment(True, 50.0, 0.0, 200.0)
    assert lines._stubs_trimmed(short, rows, ink, 1.0) == Segment(False, 100.0, 70.0, 90.0)


def faded_page(streak_at: int | None = None) -> np.ndarray:
    """`ruled_page` printed by a printer low on toner: its ink at 45 % of its darkness, and
    a third paler still in a streak 60 px wide at `streak_at`, if given."""
    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY).astype(np.float32)
    level = np.full(grey.shape[1], 0.45, np.float32)
    if streak_at is not None:
        level[streak_at - 30 : streak_at + 30] *= 0.66
    return (255 - (255 - grey) * level[None, :]).astype(np.uint8)


def test_faded_print_is_made_dark_and_ordinary_print_is_left_as_it_is() -> None:
    """A printer low on toner (batch r): the print's darkest some 140, no table found;
    stretched, the print is as dark as ordinary print, and a streak as dark as the rest."""
    page = faded_page(streak_at=700)  # the border at x = 700 in the streak
    assert int(page[300, 100]) > 130 and int(page[300, 700]) > 170
    fixed = image.restored(page)
    assert int(fixed[300, 100]) < 60 and int(fixed[300, 700]) < 60  # border, in the streak
    assert (fixed[100] == 255).all()  # the paper stays paper
    ordinary = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    assert image.restored(ordinary) is ordinary
    blank = np.full((400, 300), 250, np.uint8)
    assert image.restored(blank) is blank


def test_a_close_up_photos_perspective_is_undone_by_its_tables_frame() -> None:
    """A photo so close that the sheet fills it (batch r): no desk to find the sheet by,
    and the table a trapezoid (its left and right borders leaning 1.5° apart); squared by
    its frame, its borders are upright again.  A page whose frame is square is left."""
    page = cv2.cvtColor(ruled_page(h=1000), cv2.COLOR_BGR2GRAY)
    h, w = page.shape
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    slant = np.array([[30, 10], [w - 30, 10], [w, h], [0, h]], dtype=np.float32)
    seen = cv2.warpPerspective(page, cv2.getPerspectiveTransform(corners, slant), (w, h),
                               borderValue=255)

    def leans(img: np.ndarray) -> float:
        binary = image.ink(img)
        tops = [int(np.nonzero(binary[220, :] > 0)[0].min()),
                int(np.nonzero(binary[660, :] > 0)[0].min())]
        return abs(tops[1] - tops[0])

    assert leans(seen) > 5
    assert leans(image.squared(seen)) <= 2
    assert image.squared(page) is page
    # the sheet's edge against the desk at the picture's side, a long upright line too:
    # no side of the table's frame (the frame's sides stand within its rows' reach)
    edged = seen.copy()
    edged[100:900, w - 25 : w - 15] = 40
    assert leans(image.squared(edged)) <= 2


def test_a_faxs_pixels_are_made_square_before_the_page_is_read(tmp_path: Path) -> None:
    """A fax filed as a TIFF at its standard resolution (batch r): 204 dpi across, 98 down,
    each pixel twice as tall as it is wide; read as square, every character was half its
    height and nothing read.  The frames come out as the page is, no pixel lost."""
    from PIL import Image

    from jixiao.parsers.readers.limits import LIMITS
    from jixiao.parsers.readers.ocr import image_frames, square_pixels

    page = Image.new("1", (1700, 1100), 1)
    fax = tmp_path / "fax.tif"
    page.save(fax, "TIFF", compression="group3", dpi=(204, 98))
    [frame] = image_frames(fax, LIMITS)
    assert frame.shape[:2] == (round(1100 * 204 / 98), 1700)
    square = Image.new("RGB", (300, 200))
    assert square_pixels(square, (200, 200)) is square
    assert square_pixels(square, None) is square
    assert square_pixels(square, (300, 150)).size == (300, 400)
    assert square_pixels(square, (100, 200)).size == (600, 200)


def test_a_line_cut_through_by_a_stroke_taken_out_is_one_line() -> None:
    """A copy's grey seal (batch r): its arc, taken out with the ruling lines, cut 资金分配
    through; each half, a band of its own, read 资金分, and the cell read 资金分 / 资金分.
    Two halves shorter than a character, as near as its parts, together one character
    tall over the same stretch, are one line; two lines of print stay two, and so does a
    line with a seal's bit under it."""
    ink = np.zeros((120, 200), np.uint8)
    for x0 in range(20, 160, 34):  # five "characters" 30 px tall, cut at 53-56
        ink[40:53, x0 : x0 + 28] = 255
        ink[56:70, x0 : x0 + 28] = 255
    box = lines.Box(0, 0, 200, 120)
    assert lines.text_lines(ink, box, em=30) == [lines.Box(20, 40, 184, 70)]
    two = np.zeros((120, 200), np.uint8)
    for x0 in range(20, 160, 34):
        two[20:50, x0 : x0 + 28] = 255
        two[58:88, x0 : x0 + 28] = 255
    assert len(lines.text_lines(two, box, em=30)) == 2
    # a seal's bit just under a figure (real_phone_grey_seal: >92% over a bit of the ring,
    # read 92% together): flatter than a half, and narrower than the line
    bit = np.zeros((120, 200), np.uint8)
    bit[40:62, 20:100] = 255
    bit[66:73, 40:52] = 255
    assert len(lines.text_lines(bit, box, em=30)) == 2


# -- batch s: tables as they arrive when nobody scans them properly --------------------------


def test_a_warm_lamps_cast_is_made_neutral_before_seals_are_told_by_colour() -> None:
    """A phone's photo at night under a warm lamp (batch s): the paper orange, in the seals'
    box of hues, so that the whole page was taken for a seal's ink and the table's borders
    went with it (1 table found, none a project table).  Scaled to a neutral paper first;
    a white page, and recycled paper's yellow tint (no seal's hue), are left as they are."""
    warm = np.full((200, 300, 3), (110, 170, 215), np.uint8)  # BGR: orange paper
    warm[100:103, 20:280] = (20, 25, 30)  # a ruling line
    balanced = image.white_balanced(warm)
    paper = balanced[50, 150].astype(int)
    assert paper.max() - paper.min() <= 3
    assert balanced[101, 150].max() < 60  # the line stays dark
    assert not image._reddish(balanced)[50, 150]
    assert image._reddish(warm)[50, 150]
    white = np.full((200, 300, 3), (245, 250, 252), np.uint8)
    assert image.white_balanced(white) is white
    recycled = np.full((200, 300, 3), (200, 228, 236), np.uint8)
    assert image.white_balanced(recycled) is recycled


def test_a_dense_characters_core_at_low_resolution_is_no_seals_blot() -> None:
    """率 in a chat photo forwarded twice (~100 dpi, batch s): its strokes ran together into
    a patch thicker than any rule, taken for a seal's blot and left out of its line, so the
    line measured as pale as a seal's and was dropped.  A patch in a mark of ink no larger
    than a character is the character's; a seal's ring, however it crosses print, stays."""
    binary = np.zeros((400, 400), np.uint8)
    binary[50:65, 50:65] = 255  # a character 15 px square, its middle solid
    binary[50:65, 57] = 0
    cv2.circle(binary, (250, 250), 100, 255, 10)  # a grey seal's ring
    scale = 0.67  # points per pixel at ~107 dpi: a blot is 6 px thick every way
    assert scan.blots(binary, scale)[55:60, 59:63].all()  # the size of a character unknown
    found = scan.blots(binary, scale, em=16)
    assert not found[50:65, 50:65].any()
    assert found[250, 150:160].any()
    # 量 at the foot of a workbook's fitted row, photographed at a slant (batch zp): it
    # touches the row's border, so its mark is the table's; measured without the rules it
    # is a character's, and the ring crossing a rule is still a ring
    rules = np.zeros_like(binary)
    rules[65:67, 0:400] = 255
    rules[140:142, 0:400] = 255  # a rule across the ring
    touching = binary | rules
    assert scan.blots(touching, scale, em=16)[55:60, 59:63].all()
    found = scan.blots(touching, scale, em=16, rules=rules)
    assert not found[50:65, 50:65].any()
    assert found[250, 150:160].any()


def test_a_small_blurred_comparators_bars_and_chevron_in_one_blot_are_two_bars() -> None:
    """≧85% in a chat photo forwarded twice (batch s), the mark 15 px tall: its two bars and
    the chevron joined in one band (a speck of the JPEG below): ≧, not ≥; a ≥ of one bar
    stays one."""
    rows = ["...............", "..###..........", "..######.......", "...########....",
            ".....########..", "........######.", ".........#####.", ".......#######.",
            ".....######....", "...######......", "..#####........", "..####.#######.",
            "..############.", "..#############", "..#############", "..#############",
            "..........#....", "..............."]
    mark = np.array([[255 if ch == "#" else 0 for ch in row] for row in rows], np.uint8)
    line = np.zeros((18, 40), np.uint8)
    line[:, :15] = mark
    assert lines.bands_of_mark(line, 8.0, 16.0) == 3
    one_bar = line.copy()
    one_bar[13:16] = 0
    assert lines.bands_of_mark(one_bar, 8.0, 16.0) != 3


def test_a_creases_line_past_the_tables_side_into_the_margin_is_trimmed() -> None:
    """A crease's shadow across a 自评表 (batch zk), found as a line where it ran dark enough
    once a faded border's faint gaps count (`_faint_gaps_filled`): from inside the last
    column past the table's right side into the margin, where it made an eleventh column.
    Trimmed at the frame, where every row's line ends, and then too short to float."""
    cols = [Segment(False, x, 0.0, 120.0) for x in (0.0, 100.0, 200.0, 300.0)]
    rows = [Segment(True, y, 0.0, 300.0) for y in (0.0, 40.0, 80.0, 120.0)]
    crease = Segment(True, 60.0, 260.0, 480.0)
    trimmed = lines._inside_the_frame([*rows, crease], cols)[-1]
    assert trimmed == Segment(True, 60.0, 260.0, 300.0)
    assert trimmed not in lines.anchored([*rows, *cols, trimmed], 80.0)
    beyond = [Segment(False, 480.0, 0.0, 120.0)]  # a border beyond, another row's line on it
    wider = [*rows, Segment(True, 120.0, 0.0, 480.0)]
    assert lines._inside_the_frame([*wider, crease], [*cols, *beyond])[-1] == crease


def test_a_borders_tail_past_the_tables_frame_into_nothing_is_trimmed() -> None:
    """Below a 骑缝章 page's table (batch s), one column's border ran on through the note
    under it (注:… | …0分 read as a row of the table) to a grey seal's ring: trimmed at the
    frame, where every other border ends.  The borders of a row a page break split all run
    on together and stay, and a border that goes on to a row line another border meets is
    a row's."""
    rows = [Segment(True, y, 0.0, 300.0) for y in (0.0, 40.0, 80.0)]
    cols = [Segment(False, x, 0.0, 80.0) for x in (0.0, 100.0, 200.0, 300.0)]
    tail = Segment(False, 150.0, 0.0, 110.0)
    arc = Segment(True, 110.0, 120.0, 160.0)  # the top of a seal's ring
    assert lines._inside_the_frame([*cols, tail], rows)[-1] == Segment(False, 150.0, 0.0, 80.0)
    assert lines._inside_the_frame([*cols, tail], [*rows, arc])[-1].end == 80.0
    split = [Segment(False, c.pos, 0.0, 110.0) for c in cols]
    assert lines._inside_the_frame([*split, tail], rows)[-1] == tail
    below = Segment(True, 110.0, 0.0, 300.0)
    reaching = [*cols[:3], Segment(False, 300.0, 0.0, 110.0)]
    assert lines._inside_the_frame([*reaching, tail], [*rows, below])[-1] == tail


def test_a_pale_figure_read_with_little_faith_is_a_seals_bit_however_tall() -> None:
    """An inkjet's bands broke a grey seal's ring into pieces (batch s); one, as tall as
    print, read 1 at 0.13 beside =100% in its cell, and the value became =100%1.  A figure
    of print is as dark as text, or read surely."""
    def figure(raw: str, confidence: float, darkest: int) -> scan._Read:
        line = scan._Line(lines.Box(1007, 1535, 1052, 1570), (0, 59),
                          lines.Box(900, 1400, 1060, 1600), False, darkest)
        return scan._Read(line, raw, raw, confidence, [])

    pale = float(scan.SEAL_GREY)
    assert scan._noise(figure("1", 0.13, 94), 33.0, pale)
    assert not scan._noise(figure("1", 0.13, 40), 33.0, pale)  # as dark as print
    assert not scan._noise(figure("1", 0.95, 94), 33.0, pale)  # read surely


def test_a_pens_scrawl_read_doubtfully_as_one_character_is_noise() -> None:
    """A reviewer's black pen over a 一级 cell (a sheet folded and annotated, batch r), read
    心 at 0.19 on a line two and a half rows tall above 产出指标(50分): every row of the
    indicator table read 心产出指标.  A printed character is a line tall, or read surely."""
    def one(raw: str, confidence: float, height: int, width: int = 142) -> scan._Read:
        line = scan._Line(lines.Box(485, 716, 485 + width, 716 + height), (0, 49),
                          lines.Box(420, 700, 645, 960), False, 7)
        return scan._Read(line, raw, raw, confidence, [])

    assert scan._noise(one("心", 0.19, 71), 28.0, 82.0)
    assert not scan._noise(one("心", 0.95, 71), 28.0, 82.0)  # read surely
    assert not scan._noise(one("产", 0.19, 30, 30), 28.0, 82.0)  # a character's square
    assert not scan._noise(one("产出", 0.19, 71), 28.0, 82.0)  # more than one character


def test_a_flat_mark_read_as_three_bars_is_equals() -> None:
    """= in a 指标性质 column of a grey PNG (batch c) read 三 (a speck a third bar), where 二
    had been read before: the sign of two bars, as 二 is."""
    line = scan._Line(lines.Box(427, 163, 439, 170), (0, 3), lines.Box(420, 150, 470, 185))
    r = scan._Read(line, "三", "三", 0.51, [])
    scan._flat_signs([r], 21.0)
    assert r.text == "="


def sheared(img: np.ndarray, degrees: float) -> np.ndarray:
    """Each row moved across by tan(degrees) times its distance from the middle row: the
    upright lines lean, the flat ones stay level (a parallelogram)."""
    h, w = img.shape[:2]
    lean = np.tan(np.radians(degrees))
    m = np.array([[1.0, lean, -lean * h / 2], [0.0, 1.0, 0.0]], np.float32)
    return cv2.warpAffine(img, m, (w, h), borderValue=(255, 255, 255))


@pytest.mark.parametrize("degrees", [1.2, -0.8, 1.6])
def test_a_sheet_unwarped_to_a_parallelogram_has_its_upright_lines_made_upright(
        degrees: float) -> None:
    """A photo's sheet unwarped from a corner a thumb hid: its flat lines level, its
    upright ones all leaning alike; the lean is read and undone (every layer alike)."""
    grey = cv2.cvtColor(sheared(ruled_page(), degrees), cv2.COLOR_BGR2GRAY)
    assert image.shear_angle(image.ink(grey)) == pytest.approx(degrees, abs=0.15)
    layered = np.dstack([grey, grey])
    fixed = image.unsheared(layered)
    assert fixed.shape == layered.shape
    assert abs(image.shear_angle(image.ink(fixed[:, :, 0]))) < image.MIN_SHEAR
    assert (fixed[:, :, 0] == fixed[:, :, 1]).all()


def test_upright_lines_that_stand_or_lean_apart_are_left_as_they_are() -> None:
    """A scan's table (upright) and a photo's keystone (its sides leaning apart, which
    `squared` undoes, not this) are not sheared."""
    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    assert image.shear_angle(image.ink(grey)) == 0.0
    assert (image.unsheared(grey) == grey).all()
    h, w = grey.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[30, 0], [w - 30, 0], [w, h], [0, h]])  # the top narrower
    keystone = cv2.warpPerspective(grey, cv2.getPerspectiveTransform(src, dst), (w, h),
                                   borderValue=255)
    assert image.shear_angle(image.ink(keystone)) == 0.0


def streaked_page(dark: bool = True, white: bool = False) -> np.ndarray:
    """The ruled page as a sheet feeder with a speck on its glass scans it: a thin dark
    line down the whole picture (and, `white`, a dead sensor's white one)."""
    page = ruled_page()
    for y in range(800, 1400, 20):  # a second table, of many rows
        cv2.line(page, (100, y), (1100, y), (0, 0, 0), 3)
    if dark:
        page[:, 550:552] = np.minimum(page[:, 550:552], 90)
    if white:
        page[:, 250] = 250
    return page


def test_a_feeders_streak_down_the_whole_picture_is_painted_over() -> None:
    page = streaked_page(white=True)
    out = image.unstreaked(page)
    assert out[50, 550:552].min() > 200  # the streak in the top margin: paper again
    assert out[200, 550].max() < 80  # where it crossed a ruling line: the line again
    assert out[800, 250].max() < 80  # the white streak through a line: the line again
    _, v = lines.ruling_masks(image.ink(cv2.cvtColor(out, cv2.COLOR_BGR2GRAY)))
    assert not v[:, 540:560].any()  # no upright rule where the streak ran


def test_a_tables_own_border_and_a_page_without_streaks_are_left_alone() -> None:
    page = ruled_page()  # its upright borders stop short of the margins
    assert image.unstreaked(page) is page
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    assert image.unstreaked(grey) is grey


def dotted_table(step: int, length: int, thick: int = 2) -> np.ndarray:
    """A binary page: a table of 3 × 8 cells whose borders are printed in marks `length`
    px long every `step` px (dots, or dashes), a short 'text' in each cell."""
    page = np.zeros((1400, 1654), np.uint8)
    xs, ys = [100, 520, 940, 1430], [200 + 105 * k for k in range(9)]
    for y in ys:  # each line's marks from one corner to the other
        for x in range(xs[0], xs[-1], step):
            page[y:y + thick, x:min(x + length, xs[-1] + thick)] = 255
    for x in xs:
        for y in range(ys[0], ys[-1], step):
            page[y:min(y + length, ys[-1] + thick), x:x + thick] = 255
    for y in ys[:-1]:
        for x in xs[:-1]:
            cv2.putText(page, "12345", (x + 20, y + 50), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    return page


@pytest.mark.parametrize(("step", "length"), [(6, 3), (35, 26)])  # dotted, dashed
def test_a_dotted_or_dashed_table_is_ruled(step: int, length: int) -> None:
    from jixiao.parsers.readers.pdf.ruled import find_grids

    h, v = lines.ruling_masks(dotted_table(step, length))
    [grid] = find_grids(lines.segments(h, v, 0.36))
    assert (len(grid.xs), len(grid.ys)) == (4, 9)
    assert len(grid.regions) == 3 * 8


def test_text_of_small_flat_marks_is_never_a_dotted_line() -> None:
    """Decimal points, hyphens and 一 in rows of text: flat marks, but never many evenly
    spaced on one line clear of other ink."""
    page = np.zeros((1600, 1654), np.uint8)
    rng = np.random.default_rng(7)
    for row in range(5):
        y = 100 + 60 * row
        for x in range(100, 1500, 31):  # a character's box every 31 px
            page[y:y + 26, x + 4:x + 7] = 255  # an upright stroke
            if rng.random() < 0.5:
                page[y + 12:y + 14, x + 8:x + 8 + int(rng.integers(4, 20))] = 255
    h, v = lines.ruling_masks(page)
    assert not h.any() and not v.any()


def test_a_pale_grey_border_is_found_a_blurred_lines_halo_is_not() -> None:
    grey = cv2.cvtColor(ruled_page(), cv2.COLOR_BGR2GRAY)
    pale = np.where(grey < 128, 205, 255).astype(np.uint8)  # the borders printed light grey
    for y in range(200, 680, 80):  # and the 'text' black again
        pale[y + 20:y + 60] = np.minimum(pale[y + 20:y + 60], grey[y + 20:y + 60] // 4 + 255
                                         * (grey[y + 20:y + 60] >= 128))
    binary = image.ink(pale)
    h, v = lines.ruling_masks(binary)
    assert not h[:, 300:600].any()  # black ink alone: no border at all
    h, v = lines.ruling_masks(binary, image.faint_ink(pale))
    assert h[200:204, 300:600].any() and v[300:500, 398:403].any()
    edge = np.full((800, 1000), 255, np.uint8)
    edge[790:792, :] = 210  # a photo's sheet edge at the picture's side
    h, _ = lines.ruling_masks(image.ink(edge), image.faint_ink(edge))
    assert not h.any()


def test_figures_typed_in_colour_stay_a_seal_and_a_pens_tick_go() -> None:
    em = 30
    mask = np.zeros((800, 1200), bool)
    ring = np.zeros(mask.shape, np.uint8)
    cv2.circle(ring, (900, 400), 150, 1, 10)  # a seal's ring ...
    mask |= ring > 0
    mask[380:405, 860:880] = mask[380:405, 900:920] = True  # ... and its characters
    for k in range(4):  # a row of figures typed in blue, far from the seal
        mask[100:125, 100 + 22 * k:116 + 22 * k] = True
    mask[600:625, 100:150] = True  # figures that touch (JPEG): one mark 1.7 ems wide
    tick = np.zeros(mask.shape, np.uint8)
    cv2.line(tick, (400, 600), (410, 615), 1, 3)
    cv2.line(tick, (410, 615), (430, 585), 1, 3)
    mask |= tick > 0
    kept = image.typed(mask, em)
    assert kept[100:125, 100:180].any() and kept[610, 120]
    assert not kept[380:405, 860:920].any() and not kept[250, 900]  # the seal goes
    assert not kept[585:616, 400:431].any()  # the tick goes


def test_a_halftone_shaded_cell_is_no_dotted_line() -> None:
    """A laser printer's grey fill: dots in rows and columns a few pixels apart; each row
    is an even dotted line, but rows lie beside it all along (a lattice)."""
    page = np.zeros((1600, 1654), np.uint8)
    for y in range(300, 380, 9):  # the rows binarisation keeps of a blurred fill
        for x in range(200 + (y // 9 % 2) * 2, 1400, 5):
            page[y:y + 2, x:x + 2] = 255
    for y in range(600, 1500, 60):  # and some 'text' elsewhere, for the characters' height
        for x in range(200, 1400, 31):
            page[y:y + 26, x + 4:x + 25] = 255
    h, v = lines.ruling_masks(page)
    assert not h[290:390].any() and not v[290:390].any()


def test_a_seals_ring_cut_into_arcs_by_the_tables_borders_is_no_typed_text() -> None:
    """A seal on a ruled table: every border the ring crosses is black print, no red, so
    the ring's mask is arcs a row high, flat as characters; they are still the seal's."""
    em = 22
    ring = np.zeros((800, 1200), np.uint8)
    cv2.circle(ring, (600, 400), 150, 1, 8)
    mask = ring > 0
    for y in range(240, 570, 30):  # the table's row borders, 3 px of black print
        mask[y:y + 3] = False
    assert not image.typed(mask, em).any()


def test_a_dash_read_from_curved_ink_is_a_pens_ring_not_a_placeholder() -> None:
    """A reviewer's ring round a figure crosses the cells above and below it: its arcs,
    read as 一, are as tall as text; a printed dash is a few pixels tall."""
    usual = 36.0
    assert scan._noise(_read("一", (1579, 747, 1683, 771), (0, 18)), usual)  # 24 px
    assert scan._noise(_read("一", (1576, 775, 1683, 811), (0, 18)), usual)  # 36 px
    assert not scan._noise(_read("一", (1600, 760, 1680, 765), (0, 18)), usual)  # 5 px
    assert not scan._noise(_read("——", (1600, 760, 1700, 768), (0, 18)), usual)


def test_a_line_read_again_has_only_its_cells_inside_in_its_margin() -> None:
    # a 1 right-aligned against its cell's side (a sheet's narrow column, 年 beyond the
    # rule): read once more, the rule and the next cell's text are paper
    grey = np.full((40, 100), 250, np.uint8)
    grey[5:35, 60:62] = 0  # the cell's right side
    grey[12:28, 64:72] = 0  # the next cell's character
    grey[12:28, 52:55] = 20  # the figure
    line = scan._Line(lines.Box(52, 12, 56, 28), (0, 0), cell=lines.Box(10, 5, 58, 35))
    plain = lines.padded(grey, line.box)
    clipped = scan.within_cell(grey, line)
    assert clipped.shape == plain.shape  # the same window: positions read the same
    assert (plain == 0).any() and not (clipped == 0).any()  # the rule and 年 gone
    assert (clipped == 20).sum() == (plain == 20).sum()  # the figure kept


def test_a_comma_ending_a_cells_text_takes_the_width_of_the_cells_other_commas() -> None:
    """Batch zc's 原州区 (a web page's half-width commas throughout a cell): the last
    line's 完毕， has nothing after it to measure; the cell's other commas say ,."""
    def part(text: str, top: int) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(10, top, 300, top + 20), (0, 3)), text, text,
                          0.99, [])

    cell = [part("共计3875人(涉及11个乡镇),发放", 10), part("目前3620人,目前255人", 40),
            part("年12月底前发放完毕，", 70)]
    scan._last_commas(cell)
    assert cell[-1].text == "年12月底前发放完毕,"
    assert cell[-1].corrections == ["年12月底前发放完毕，→年12月底前发放完毕, (comma width)"]
    mixed = [part("发放,目前", 10), part("完成，共计", 40), part("发放完毕，", 70)]
    scan._last_commas(mixed)
    assert mixed[-1].text == "发放完毕，"  # the cell's commas of both widths: as read


def test_two_lines_of_prose_beside_a_seal_as_tall_as_both_are_two_lines() -> None:
    """普陀区商务委员会's 预算 scanned grey (batch zf): 2025.1.1-2025.12.31 over 六、年度预算安排,
    the unit's grey seal right of both, its ink filling the rows between the lines: outside
    the tables each phrase is cut by its own rows (read as one band, the two lines and the
    seal came out as one line of mixed characters); a line of prose alone stays one."""
    page = np.zeros((200, 900), np.uint8)
    page[20:50, 40:300] = 255  # the dates
    page[100:130, 40:300] = 255  # the heading, a line below
    page[15:140, 500:800] = 255  # the seal right of them, as tall as both lines and as
    # inked all the way down (its ring, its star and its name's characters)
    found = lines.text_lines(page, lines.Box(0, 0, 900, 200), phrases=True, em=30)
    assert sorted((b.x0, b.top, b.bottom) for b in found) == [
        (40, 20, 50), (40, 100, 130), (500, 15, 140)]
    one = np.zeros((200, 900), np.uint8)
    one[20:50, 40:300] = one[20:50, 400:800] = 255  # one line, two phrases
    found = lines.text_lines(one, lines.Box(0, 0, 900, 200), phrases=True, em=30)
    assert sorted((b.x0, b.top, b.bottom) for b in found) == [(40, 20, 50), (400, 20, 50)]


def test_a_loose_line_with_hardly_a_character_read_surely_is_noise() -> None:
    """The grey seal beside that prose read 湖洋演领 (for 普陀区商务委员会), none of its four
    characters sure: noise, however long; a line of prose read with doubt in part stays."""
    seal = scan._Read(scan._Line(lines.Box(883, 1069, 1232, 1180), None), "湖洋演领", "湖洋演领",
                      0.18, [], sure=0.0)
    assert scan._noise(seal, 30.0)
    prose = scan._Read(seal.line, "七、绩效目标", "七、绩效目标", 0.43, [], sure=0.5)
    assert not scan._noise(prose, 30.0)


def test_grains_and_strokes_beyond_every_line_of_text_are_the_desks_edge() -> None:
    """万里街道's night photo (batch ze): the sheet's edge against the desk, broken into
    pieces read 1 and into grains read 3, 5 or à, right of every line of text, had made a
    column of its own beside the prose (a table of two columns, the notice's headings
    inside it, no project found).  A page number inside the text's width, a line tall and
    read surely, stays; so does a figure beyond it read surely from a mark a line tall."""
    usual = 35.0

    def loose(raw: str, box: tuple[int, int, int, int], confidence: float, sure: float
              ) -> scan._Read:
        return scan._Read(scan._Line(lines.Box(*box), None), raw, raw, confidence, [], sure)

    prose = [loose("由上海市普陀区人民政府万里街道办事处建设", (217, 300, 1750, 335), 0.98, 1.0),
             loose("建成后作为万里街道社区事务受理", (217, 360, 1300, 395), 0.97, 1.0)]
    edge = loose("1", (1957, 1099, 1966, 1148), 0.41, 0.0)  # a piece of the edge, doubted
    grain = loose("3", (1920, 1451, 1924, 1455), 0.95, 1.0)  # a grain, read surely
    number = loose("5", (960, 2600, 978, 2635), 0.99, 1.0)  # the page's number
    beyond = loose("7", (1900, 700, 1918, 735), 0.97, 1.0)  # a line tall, read surely
    desk = loose("2045a622v53h2262272", (689, 2682, 1979, 2704), 0.3, 0.1)  # doubted grain
    found = scan._in_the_margin([*prose, edge, grain, number, beyond, desk], usual)
    assert found == {id(edge), id(grain)}
    assert scan._foreign("à") and scan._foreign("è") and not scan._foreign("×")
    assert not scan._foreign("a") and not scan._foreign("单位")


def test_print_under_a_grey_seals_characters_is_found_in_its_dark_ink_alone() -> None:
    """施甸县's 自评表 scanned grey (batch zg): the seal's characters (县农业农村局, grey 100
    or so) across the figure 15 (black), which the rows and columns joined into one line
    87 px tall, read 县农业表村。; the figure was lost.  The line's black ink alone holds the
    line of print; a line of one darkness, print alone or a seal alone, is left as it is."""
    grey = np.full((120, 300), 255, np.uint8)
    ink_ = np.zeros_like(grey)
    grey[10:100, 20:280] = 255
    for x in range(20, 280, 40):  # the seal's characters, mid-grey, over three rows of text
        grey[10:100, x : x + 25] = 100
        ink_[10:100, x : x + 25] = 255
    grey[40:66, 130:165] = 0  # the figure, black, across them
    ink_[40:66, 130:165] = 255
    line = lines.Box(20, 10, 280, 100)
    assert scan.print_apart_from_a_grey_seal(grey, ink_, line, 30) == [
        lines.Box(130, 39, 165, 67)]  # (the ink a pixel round it kept with it: above and
    # below, where the seal's ink touches it)
    seal_alone = grey.copy()
    seal_alone[40:66, 130:165] = 100
    assert scan.print_apart_from_a_grey_seal(seal_alone, ink_, line, 30) == []
    print_alone = np.where(ink_ > 0, 0, 255).astype(np.uint8)
    assert scan.print_apart_from_a_grey_seal(print_alone, ink_, line, 30) == []


def test_black_print_is_measured_so_a_grey_seals_characters_are_told_from_it() -> None:
    """That page's print is black (its darkest 0), which had counted as not measured: no
    level for print was found and the seal's characters (92-96) were kept as text (肥 beside
    带动贫困户(人)).  Ink as black as can be counts 1; a line with no ink, 0."""
    grey = np.full((40, 100), 255, np.uint8)
    ink_ = np.zeros_like(grey)
    grey[10:30, 10:50] = 0
    ink_[10:30, 10:50] = 255
    assert scan.darkest(grey, ink_, lines.Box(0, 0, 100, 40)) == 1
    assert scan.darkest(grey, ink_, lines.Box(60, 0, 100, 40)) == 0

    def cell_line(raw: str, darkest: int, confidence: float = 1.0) -> scan._Read:
        line = scan._Line(lines.Box(854, 1690, 923, 1718), (0, 49),
                          lines.Box(640, 1680, 930, 1770), True, darkest)
        return scan._Read(line, raw, raw, confidence, [], sure=1.0)

    read = [cell_line("带动贫困户(人)", 1) for _ in range(20)] + [cell_line("肥", 93, 0.91)]
    pale = scan.pale_ink(read)
    assert pale == 1 + scan.FILTERED_SEAL_PALER
    assert scan._noise(read[-1], 32.0, pale)
    assert not scan._noise(read[0], 32.0, pale)


def _pale_cell_line(raw: str, confidence: float, box: lines.Box, cell: lines.Box,
                    darkest: int) -> scan._Read:
    """A cell's line read at `confidence` (each character as sure), its ink `darkest`."""
    line = scan._Line(box, (1, 8), cell, False, darkest)
    return scan._Read(line, raw, raw, confidence, [], sure=confidence)


def test_a_label_read_surely_under_a_lamps_glare_is_print_not_a_seal() -> None:
    """阜康's 自评表 photographed through a sleeve under a lamp (batch zg): the glare paled
    实施单位, 年初预算数 and 全年预算数 to the grey of a seal's characters, and they were
    dropped as the seal's; the funding lines lost their amounts.  A form's word read
    surely is print (no seal bears one); a unit's name, which a seal does bear, and a word
    read with doubt are the seal's."""
    def pale_line(raw: str, confidence: float) -> scan._Read:
        return _pale_cell_line(raw, confidence, lines.Box(450, 815, 592, 843),
                               lines.Box(440, 800, 600, 860), 150)

    assert not scan._noise(pale_line("年初预算数", 1.0), 28.0, 90.0)
    assert not scan._noise(pale_line("实施单位", 1.0), 28.0, 90.0)
    assert scan._noise(pale_line("阜康市统计局", 1.0), 28.0, 90.0)
    assert scan._noise(pale_line("年初预算数", 0.5), 28.0, 90.0)


def test_a_long_phrase_read_surely_under_a_lamps_glare_is_print_not_a_seal() -> None:
    """景东's 低保 再评价 photographed through a sleeve (batch zm): the glare paled the
    三级指标 农村低保资金 (twice) and 救助对象生活水平 to 94-101 beside print at 62; all
    three read at 1.00 and were dropped as a grey seal's, three rows without their names.
    Six Chinese characters or more, every one sure, of print's height, are print; a unit's
    name (a seal bears one), a seal's word, a doubted or a taller line stay the seal's."""
    def pale_line(raw: str, confidence: float, tall: int = 31) -> scan._Read:
        return _pale_cell_line(raw, confidence, lines.Box(689, 1042, 872, 1042 + tall),
                               lines.Box(680, 1030, 970, 1090), 94)

    assert not scan._noise(pale_line("农村低保资金", 1.0), 31.0, 87.0)
    assert not scan._noise(pale_line("救助对象生活水平", 1.0), 31.0, 87.0)
    assert scan._noise(pale_line("景东县民政局", 1.0), 31.0, 87.0)
    assert scan._noise(pale_line("财务专用章印", 1.0), 31.0, 87.0)
    assert scan._noise(pale_line("农村低保资金", 0.8), 31.0, 87.0)
    assert scan._noise(pale_line("农村低保资金", 1.0, tall=45), 31.0, 87.0)
    assert scan._noise(pale_line("低保资金", 1.0), 31.0, 87.0)


def test_a_dash_alone_in_its_cell_beside_a_seals_unsure_remains_is_a_dash() -> None:
    """银川's 自评表 photographed (batch zg): — in the 指标值 column under the seal's ring,
    read 一, with the ring's pieces read 術數 and m市x in the same cell (none of their
    characters sure): the 一 stayed a character, the row's value 一.  Lines read with no
    character sure do not count against the mark's being alone."""
    cell = lines.Box(740, 1290, 900, 1420)
    dash = scan._Read(scan._Line(lines.Box(755, 1312, 777, 1315), (0, 72), cell), "一", "一",
                      0.99, [], sure=1.0)
    ring = scan._Read(scan._Line(lines.Box(786, 1383, 872, 1400), (0, 72), cell), "術數", "術",
                      0.33, [], sure=0.0)
    scan._flat_signs([dash, ring], 24.0)
    assert dash.text == "—"
    doubted = scan._Read(scan._Line(lines.Box(755, 1312, 777, 1318), (0, 74), cell), "二", "二",
                         0.6, [], sure=0.0)  # a night photo's = (batch ze), itself doubted
    scan._flat_signs([doubted], 24.0)
    assert doubted.text == "="
    word = scan._Read(scan._Line(lines.Box(755, 1290, 790, 1314), (0, 73), cell), "一", "一",
                      0.99, [], sure=1.0)
    tail = scan._Read(scan._Line(lines.Box(755, 1330, 870, 1354), (0, 73), cell), "年", "年",
                      0.99, [], sure=1.0)
    scan._flat_signs([word, tail], 24.0)
    assert word.text == "一"  # (not flat, and not alone in its cell)


def test_a_lists_number_paler_than_print_in_a_chat_photo_is_print_not_a_seal() -> None:
    """A 绩效自评表 forwarded through a chat (batch zj): its 一、 before 投入目标, a bar and
    a dot blurred by the JPEG to a grey of 99 where print's darkest is 75, was dropped as
    a seal's character (the page's level for a seal's grey 95), and the row's 一级 read
    投入目标.  No seal bears a list's number; one read with little faith still goes."""
    def pale_line(raw: str, confidence: float) -> scan._Read:
        line = scan._Line(lines.Box(88, 327, 120, 342), (0, 11),
                          lines.Box(80, 315, 150, 440), False, 99)
        return scan._Read(line, raw, raw, confidence, [], sure=0.5)

    assert not scan._noise(pale_line("一、", 0.74), 24.0, 95.0)
    assert not scan._noise(pale_line("十二、", 0.74), 24.0, 95.0)
    assert scan._noise(pale_line("一、", 0.3), 24.0, 95.0)
    assert scan._noise(pale_line("县局", 0.74), 24.0, 95.0)  # a seal's characters


def test_a_flat_line_longer_than_any_dash_is_not_read() -> None:
    """A photocopy (batch zj): specks and a ruling line's remains across seven cells, each
    a line a few pixels tall and 4 to 26 ems long, were read (as nothing) and read again,
    a quarter of the page's reading time.  A line that flat and longer than any dash holds
    no text; a dash, a placeholder alone in its cell, is still read."""
    em = 38
    assert scan._no_text(lines.Box(100, 500, 842, 506), em)  # a rule's remains
    assert not scan._no_text(lines.Box(100, 500, 150, 503), em)  # — (1.3 ems)
    assert not scan._no_text(lines.Box(100, 500, 400, 530), em)  # a line of text


def _framed(w: int = 1400, h: int = 700) -> np.ndarray:
    """An ink image (255 ink) with a table's frame and two inner columns: xs 100, 500,
    900, 1300 from y 100 to 600."""
    binary = np.zeros((h, w), np.uint8)
    for x in (100, 500, 900, 1300):
        binary[100:600, x : x + 3] = 255
    for y in (100, 597):
        binary[y : y + 3, 100:1303] = 255
    return binary


def test_a_faxs_border_dropped_out_in_dashes_is_one_line() -> None:
    """A fax's thin border, black and white at its coarse rows (batch zq): left in dashes
    a few pixels long where it crosses from one row of pixels to the next.  Its dashes
    along the line found on from them are that line's, so the row's border reaches the
    frame; the same dashes on no line found are not taken for one."""
    binary = _framed()
    binary[300:302, 420:1303] = 255  # the row's border, whole from x 420 ...
    dashes = [(103, 121), (130, 139), (150, 175), (183, 195), (210, 232), (240, 251),
              (262, 290), (297, 306), (321, 340), (350, 371), (380, 389), (397, 416)]
    for a, b in dashes:  # ... and dashes 9 to 28 px long, 7 to 15 apart, before it
        binary[300:302, a:b] = 255
    h, v = lines.ruling_masks(binary, em=28)
    rows = [s for s in lines.segments(h, v, 1.0, em=28.0, ink=binary)
            if s.horizontal and 290 < s.pos < 310]
    assert len(rows) == 1 and rows[0].start <= 104 and rows[0].end >= 1300
    alone = _framed()
    for a, b in dashes:
        alone[450:452, a:b] = 255
    h, v = lines.ruling_masks(alone, em=28)
    assert not [s for s in lines.segments(h, v, 1.0, em=28.0, ink=alone)
                if s.horizontal and 440 < s.pos < 460]


def test_a_crumpled_sheets_border_that_waves_is_a_line() -> None:
    """A photo of a crumpled 自评表 (batch zq): a row's border, three pixels thick,
    climbing and falling eight pixels over a cell's width and more, is no run along one row of
    pixels; it is found whole.  A row of text's strokes, level by chance, is not; nor does
    the foot of a grey seal's ring beside a border make the border thicker."""
    binary = _framed()
    xs = np.arange(103, 1300)
    ys = (350 + 8 * np.sin(xs / 140)).astype(int)
    for x, y in zip(xs, ys, strict=True):
        binary[y : y + 3, x] = 255
    h, _ = lines.ruling_masks(binary, em=28)
    assert np.count_nonzero(h[330:375, 103:1300].any(axis=0)) > 0.95 * 1197
    flat, _ = lines.ruling_masks(binary, em=28, dotted=False)  # (no wavy pass)
    assert np.count_nonzero(flat[330:375, 103:1300].any(axis=0)) < 0.7 * 1197
    text = _framed()
    for k in range(12):  # characters 28 px tall, 2 px apart, their top strokes a pixel or
        x, top = 110 + k * 30, 200 + 3 * (k % 2)  # two off level: one run, widened
        text[200:228, x + 3 : x + 6] = text[200:228, x + 20 : x + 23] = 255
        text[top : top + 3, x : x + 28] = 255
        text[210:212, x + 2 : x + 26] = text[219:221, x + 4 : x + 24] = 255
    h, _ = lines.ruling_masks(text, em=28)
    assert not h[195:230, 105:495].any()
    ring = _framed()
    ring[450:453, 100:1303] = 255  # a border
    cv2.ellipse(ring, (700, 300), (400, 160), 0, 0, 360, 255, 12)  # a ring's foot on it
    h, _ = lines.ruling_masks(ring, em=28)
    assert not h[430:449, 400:1000].any()


def test_grain_between_the_lines_outside_a_table_does_not_join_them() -> None:
    """A night photo's grain in every row between a long title and the short line under
    it (单位:万元, batch zq): the two are one band of ink, and the short one, its rows
    holding a tenth of the title's ink, was cut away as the thin rows joining two lines.
    Without the grain each is a line; on a page without grain nothing is left out."""
    rng = np.random.default_rng(7)
    ink = np.zeros((300, 1500), np.uint8)
    ink[40:70, 100:1100:4] = 255  # a title's strokes, 30 px tall
    ink[90:120, 100:220:4] = 255  # a short line under it
    ys, xs = rng.integers(0, 300, 3000), rng.integers(0, 1500, 3000)
    ink[ys, xs] = 255  # grain: single pixels everywhere
    ink[ys, np.minimum(xs + 1, 1499)] = 255
    found = lines.text_lines(lines.without_grain(ink, 30), lines.Box(0, 0, 1500, 300),
                             phrases=True, em=30)
    assert any(b.top >= 85 and b.bottom <= 125 and b.x0 <= 100 and b.x1 < 400 for b in found)
    clean = np.zeros_like(ink)
    clean[40:70, 100:1100:4] = 255
    clean[60:62, 500:502] = 255  # a dot of a character: no grain
    assert lines.without_grain(clean, 30) is clean


def test_a_crease_across_the_sheet_is_no_border() -> None:
    """A fold's crease inside a table (batch zq: 忠烈祠保護 | 合格率, a cell cut in two):
    found as a piece ending in no line, its shadow running on through the margin beside
    the table; dropped.  A border from line to line stays, a crease along it or not, and so
    does a piece with a clear margin beside it."""
    marks = _framed()
    marks[400:402, 0:1400] = 255  # the crease, across the sheet
    cols = [Segment(False, x + 1.5, 100, 600) for x in (100, 500, 900, 1300)]
    crease = Segment(True, 401, 250, 820)
    border = Segment(True, 401, 101, 1301)
    kept = lines.without_creases([*cols, crease, border], marks, 1.0, 28)
    assert crease not in kept and border in kept
    clear = _framed()
    assert crease in lines.without_creases([*cols, crease], clear, 1.0, 28)


def test_a_page_in_traditional_characters_has_its_simplified_readings_made_traditional(
        ) -> None:
    """衡陽市社會福利院's 部門預算公開 photocopied (batch zr): the engine writes 預算 and 院內
    as it learned them, 预算 and 院内; on a page read mostly in traditional characters those
    are made traditional, recorded; characters traditional text writes too (于, 系) are kept,
    and a simplified page that reads a few traditional characters (財) stays as read."""
    def page(*texts: str) -> list[scan._Read]:
        return [scan._Read(scan._Line(lines.Box(0, 20 * i, 200, 16), (0, i)), t, t, 0.99, [])
                for i, t in enumerate(texts)]

    read = page("衡陽市社會福利院2025年度部門预算公開", "維護院内服務對象權益", "少于6次不計分",
                "資金支出嚴格按預算執行", "體系", "開展安全檢查，保障院內安全",
                "項目績效目標設定合理，資金撥付及時到位")
    scan._in_traditional(read)
    assert [r.text for r in read] == [
        "衡陽市社會福利院2025年度部門預算公開", "維護院內服務對象權益", "少于6次不計分",
        "資金支出嚴格按預算執行", "體系", "開展安全檢查，保障院內安全",
        "項目績效目標設定合理，資金撥付及時到位"]
    assert read[0].corrections == ["衡陽市社會福利院2025年度部門预算公開→衡陽市社會福利院2025年度"
                                   "部門預算公開 (traditional page)"]
    assert read[2].corrections == []
    simple = page("2024年县财政局项目支出绩效目标表", "財政资金按预算执行到位",
                  "项目资金使用合规性")
    scan._in_traditional(simple)
    assert [r.text for r in simple] == [
        "2024年县财政局项目支出绩效目标表", "財政资金按预算执行到位", "项目资金使用合规性"]


def test_a_long_border_stopping_just_short_of_a_crossing_line_runs_on_to_it() -> None:
    """项目支出绩效目标表3 photographed crumpled (batch zr): its waving borders were found
    short of the lines they run to, a row's line 0.6 of a character before the table's left
    side, a column's 1.3 under the header row's top, and the cells either side were read
    as one (structure 0).  A long line within two characters of a crossing line that spans
    its place runs on to it where its ink goes on, wandering a little; a short piece, a
    farther line, one that meets a line already, a crossing line that does not reach its
    place, or a gap with no ink of the line (a border ending on a dotted line not found,
    below a cell's text: scans/real_dotted_borders.pdf's goals were cut in two) are left
    alone.  (Points at one a pixel.)"""
    em = 10.0
    reach = lines.SHORT_OF * em
    ink = np.zeros((400, 400), np.uint8)
    ink[200, 50:300] = 1  # the row's line, its ends lost in the found piece only
    ink[201, 50:56] = 1  # ... wandering a pixel lower at the left
    ink[100:400, 300] = 1
    cols = [Segment(False, 50, 0, 400), Segment(False, 300, 100, 400)]

    def run(piece: Segment, crossing: list[Segment]) -> Segment:
        return lines._to_the_border(piece, crossing, reach, ink, 1.0)

    assert run(Segment(True, 200, 56, 294), cols) == Segment(True, 200, 50, 300)
    assert run(Segment(True, 200, 80, 294), cols) == Segment(True, 200, 80, 300)  # 3 ems
    assert run(Segment(True, 200, 245, 294), cols) == Segment(True, 200, 245, 294)  # 5
    # characters long: a stroke's length, not a sure border
    assert run(Segment(True, 50, 56, 294), cols) == Segment(True, 50, 56, 294)  # no ink
    assert run(Segment(True, 200, 49, 301), cols) == Segment(True, 200, 49, 301)  # met
    rows = [Segment(True, 100, 50, 300)]
    assert run(Segment(False, 300, 113, 400), rows) == Segment(False, 300, 100, 400)
    ink[100:113, 300] = 0  # the column's ink stops where it was found
    assert run(Segment(False, 300, 113, 400), rows) == Segment(False, 300, 113, 400)


def test_a_flat_dash_beside_a_cells_text_is_a_border_left_inside_it() -> None:
    """南华县's 野生菌 自评表 photographed crumpled (batch zs): what the waving borders left
    inside the cells was read as 一 beside their text (≥1290.3平方米一, 一配套烘干…); a
    dash that stands for a value stands alone in its cell, and a 一 as tall as text is a
    character."""
    usual = 22.0
    text = _read("≥1290.3平方米", (10, 40, 200, 62), (0, 1))
    rule = _read("一", (210, 58, 240, 61), (0, 1))
    alone = _read("一", (10, 100, 40, 103), (0, 2))
    tall = _read("一", (10, 140, 32, 162), (0, 3))
    beside_tall = _read("级指标", (40, 140, 100, 162), (0, 3))
    read = [text, rule, alone, tall, beside_tall]
    assert scan._borders_read_as_dashes(read, usual) == {id(rule)}


def test_a_bled_prints_words_still_tell_the_characters_height() -> None:
    """龙岩's workbook printed to one page and bled (batch zs): its characters ran together
    into words wider than any character, too few marks were left of a character's size,
    and the page was read with no character height at all (every step that measures by it
    off: a table with no project table found).  A word run together is still a line
    tall."""
    binary = np.zeros((2000, 2000), np.uint8)
    for i in range(60):
        y, x = 40 + (i // 6) * 60, 40 + (i % 6) * 300
        binary[y : y + 20, x : x + 100] = 1
    assert lines.text_height(binary) == 20
    assert lines.text_height(np.zeros((2000, 2000), np.uint8)) == 0
