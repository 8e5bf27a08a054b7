"""Tables drawn with no lines at all (`jixiao.parsers.readers.pdf.aligned`): columns from
the blank rivers down the text, rows from where a cell's text wraps.

The lines below are as LibreOffice prints the seed's tables with their borders set to
none (`samples/pdf_variants/borderless.pdf`): 10.5 pt characters on a 15.1 pt pitch, the
columns' text starting at 71, 125, 195, 283, 382 and 462 pt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.parsers.grid import Table
from jixiao.parsers.parse import read_source
from jixiao.parsers.readers.pdf import aligned
from jixiao.parsers.readers.pdf.aligned import TLine, known_label, rivers, rows_of, table_runs
from jixiao.parsers.readers.pdf.page import Glyph
from tests.helpers import SAMPLES

EM = 10.5
PITCH = 15.1
STARTS = (71, 125, 195, 283, 382, 462)  # where each column's text starts
BOUNDS = [119.0, 186.0, 276.0, 374.5, 443.5]  # … and the boundaries between them


def line(n: int, *cells: tuple[int, str]) -> TLine:
    """Line `n` of a table: (column, text) pieces, each character an em wide."""
    top = 100 + n * PITCH
    return TLine(top, top + EM, EM, [(STARTS[c], STARTS[c] + EM * len(t), t) for c, t in cells])


def grouped(lines: list[TLine], bounds: list[float] = BOUNDS) -> list[list[str]]:
    """The rows, each as its lines' texts joined by ' | ' (lines by ' // ')."""
    right = max(p[1] for ln in lines for p in ln.pieces) + aligned.PAD
    rows = rows_of(lines, bounds, aligned._reach(lines, bounds, right))
    return [[" | ".join(p[2] for p in ln.pieces) for ln in row.lines] for row in rows]


def test_a_wrapped_cell_is_one_row_and_a_short_one_ends_it() -> None:
    """完成征收土地补 fills its column (seven characters), so 偿亩数 below goes on it; 数量指标
    and 年度计划 end short, so the next line with text under them is the next row."""
    lines = [
        line(0, (0, "产出指标"), (1, "数量指标"), (2, "完成征收土地补"), (4, "37亩"),
             (5, "年度计划")),
        line(1, (2, "偿亩数")),
        line(2, (1, "质量指标"), (2, "保证征收土地完"), (4, "100%"), (5, "工作经验")),
        line(3, (2, "成率")),
    ]
    assert grouped(lines) == [
        ["产出指标 | 数量指标 | 完成征收土地补 | 37亩 | 年度计划", "偿亩数"],
        ["质量指标 | 保证征收土地完 | 100% | 工作经验", "成率"],
    ]


def test_a_whole_name_filling_its_column_does_not_take_the_next_row() -> None:
    """成本指标 is as wide as the widest line of its column less one character, as a
    wrapped line can be; but it is a whole level name, and nothing beside it wraps, so
    效果指标's row is a row of its own."""
    lines = [
        line(0, (1, "成本指标"), (2, "按照征收土地补"), (4, "17.3万元")),
        line(1, (2, "偿标准执行")),
        line(2, (0, "效果指标"), (1, "经济效益指")),
        line(3, (1, "标")),
    ]
    assert grouped(lines) == [
        ["成本指标 | 按照征收土地补 | 17.3万元", "偿标准执行"],
        ["效果指标 | 经济效益指", "标"],
    ]


def test_a_line_that_may_not_open_with_a_closing_mark_ends_a_character_early() -> None:
    """…值班发 / 放。: 。 may not open a line, so 放 went down with it and the line above
    ends a character short of the column's widest; it is still the same cell."""
    lines = [
        line(0, (0, "项目资金"), (1, "预算数三十万元其中财政资金三十万元主要用于信访维稳")),
        line(1, (1, "工作及节庆日的值班费用和经费保障等工作及节庆日发")),
        line(2, (1, "放。")),
    ]
    assert len(grouped(lines, [119.0])) == 1  # a key row: a label and its value
    lines[2] = line(2, (1, "放"))  # a character that may open a line: the cell ended
    assert len(grouped(lines, [119.0])) == 2


def test_a_label_filling_its_column_goes_on_alone_below() -> None:
    """项目资金 / 主要用途: a label that fills its column, and on the next line the rest of
    it with nothing beside, is one label; under a level's name it would be a row."""
    lines = [
        line(0, (0, "项目资金"), (1, "预算数100万元。其中：财政资金100万元。")),
        line(1, (0, "主要用途")),
        line(2, (0, "资金支出"), (1, "第一季度"), (2, "第二季度")),
    ]
    assert grouped(lines) == [
        ["项目资金 | 预算数100万元。其中：财政资金100万元。", "主要用途"],
        ["资金支出 | 第一季度 | 第二季度"],
    ]
    levels = [line(0, (1, "生态效益指标")), line(1, (1, "可持续影响指标"))]
    assert len(grouped(levels)) == 2


def test_a_row_of_labels_is_a_row_of_its_own() -> None:
    """A goal's line as wide as the header's words below it does not take them in."""
    lines = [
        line(0, (0, "绩效目标"), (1, "目标2：林带除草，树木补植。")),
        line(1, (0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (4, "指标值")),
    ]
    assert len(grouped(lines)) == 2


def test_rivers_may_be_crossed_by_a_key_row_above_the_indicators() -> None:
    """A value spanning the indicator block's columns (the budget's sentence over 二级 and
    三级) crosses their river; counted among the lines of the block only, it stays."""
    key = [line(n, (0, "项目资金"), (1, "预算数561.2万元。其中：政府性基金561.2万元。主要用途"))
           for n in range(6)]
    block = [line(6 + n, (0, "产出指标"), (1, "数量指标"), (2, "完成亩数"), (4, "37亩"))
             for n in range(3)]
    found = rivers([*key, *block])
    assert len(found) == 3
    assert found[1][0] < 195 < found[1][1] + 1  # between 二级 and 三级


def test_a_table_is_a_run_of_lines_split_into_cells() -> None:
    """Prose lines around the table are not rows of it: a run opens at a line of two
    cells or more and ends at the last, with the table's own lines after it."""
    prose = [TLine(60, 70.5, EM, [(71, 500, "一是坚持党建引领，全面提升干部作风。")])]
    table = [line(n, (0, "产出指标"), (1, "数量指标"), (4, "37亩")) for n in range(4)]
    tail = [line(4, (1, "标"))]
    after = [TLine(400, 410.5, EM, [(71, 500, "三、工作保障措施")])]
    [run] = table_runs([*prose, *table, *tail, *after])
    assert run == [*table, *tail]


@pytest.mark.parametrize("text, known", [
    ("项目名称", True), ("中央主管部门", True), ("省级财政部门", True), ("一级指标", True),
    ("社会效益指标", True), ("指标值确定依据", True), ("经济效益指", False),
    ("征地拆迁补偿款", False),
])
def test_known_labels(text: str, known: bool) -> None:
    assert known_label(text) is known


def test_the_seeds_tables_printed_without_borders_read_as_printed_with_them() -> None:
    """Every indicator row of the twelve tables, page breaks and all, as the ruled print
    reads it (the export is compared field by field in test_pdf's printed variants)."""
    def rows(path: Path) -> list[list[str]]:
        return [[c.text for c in r.cells if c.text]
                for b in read_source(path).blocks if isinstance(b, Table) for r in b.rows]

    def indicators(path: Path) -> list[list[str]]:  # 三级 to 确定依据 (the levels are merged)
        return [r[-4:] for r in rows(path) if r and r[-1] in {"年度计划", "工作经验", "上级政策"}]

    ruled = indicators(SAMPLES / "seed" / "老庄子镇_2021.pdf")
    assert len(ruled) == 72
    assert indicators(SAMPLES / "pdf_variants" / "borderless.pdf") == ruled


def test_a_glyph_gap_of_an_em_parts_two_cells() -> None:
    g = [Glyph(ch, x, x + EM, 100, 110.5, EM, True)
         for ch, x in (("产", 71), ("出", 81.5), ("数", 125), ("量", 135.5))]
    [ln] = aligned.text_lines(g)
    assert [p[2] for p in ln.pieces] == ["产出", "数量"]


def test_a_word_spaced_out_is_one_piece() -> None:
    """产 出 指 标, a character at a time a full space apart, is one cell's text; figures
    that far apart are two cells (1 | 1 under two villages)."""
    def g(ch: str, x: float) -> Glyph:
        return Glyph(ch, x, x + EM, 100, 110.5, EM, True)

    spaced = [g("产", 50), g("出", 72), g("指", 94), g("标", 116), g("数", 200), g("量", 210.5)]
    [ln] = aligned.text_lines(spaced)
    assert [p[2] for p in ln.pieces] == ["产 出 指 标", "数量"]
    [ln] = aligned.text_lines([g("1", 50), g("1", 72)])
    assert [p[2] for p in ln.pieces] == ["1", "1"]


def test_level_names_set_in_the_middle_of_their_cells_take_their_rows() -> None:
    """A browser's print of a table whose 一级 cells are merged and centred: 产出指标 stands
    between its second and third rows, 效益指标 on its second row's line.  Each cell runs
    as far below its name as above it, so the rows above a name are its own; the rule
    between them is left out in that column (no rule between them: one merged cell)."""
    head = line(0, (0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (4, "指标值"))
    body = [line(2, (1, "数量指标"), (2, "发放人数"), (4, "48人")),
            line(4, (1, "质量指标"), (2, "发放准确率"), (4, "100%")),
            line(5, (0, "产出指标")),
            line(6, (1, "时效指标"), (2, "按时发放率"), (4, "100%")),
            line(8, (1, "成本指标"), (2, "补贴标准"), (4, "20万元")),
            line(10, (1, "经济效益指标"), (2, "农民增收"), (4, "明显")),
            line(12, (0, "效益指标"), (1, "社会效益指标"), (2, "干部热情"), (4, "提高")),
            line(14, (1, "可持续影响指标"), (2, "长效机制"), (4, "建立"))]
    lines = [head, *body]
    right = max(p[1] for ln in lines for p in ln.pieces) + aligned.PAD
    rows = rows_of(lines, BOUNDS, aligned._reach(lines, BOUNDS, right))
    assert len(rows) == 9  # 产出指标 alone on its line is a row of its own
    assert aligned.centred(rows, BOUNDS) == {2: {0}, 3: {0}, 4: {0}, 5: {0}, 7: {0}, 8: {0}}
    # set at the top of their cells instead, the names open their first rows: nothing moves
    top = [head, line(2, (0, "产出指标"), (1, "数量指标"), (2, "发放人数"), (4, "48人")),
           line(4, (1, "质量指标"), (2, "发放准确率"), (4, "100%"))]
    rows = rows_of(top, BOUNDS, aligned._reach(top, BOUNDS, right))
    assert aligned.centred(rows, BOUNDS) == {}


def test_a_figure_under_a_whole_figure_is_the_next_row() -> None:
    """In columns four characters wide every cell fills its line: 病虫害防 under 造林面积
    looks wrapped, but 3.45万亩 under 1.2万亩 and 7 under 10 are whole targets, each its
    own row's; a number cut at its thousands comma goes on."""
    lines = [
        line(0, (0, "产出指标"), (1, "数量"), (2, "造林面积"), (3, "1.2万亩"), (4, "10")),
        line(1, (0, "(50)"), (1, "指标"), (2, "病虫害防"), (3, "3.45万亩"), (4, "7")),
        line(2, (2, "治面积")),
    ]
    assert len(grouped(lines)) == 2
    cut = [line(0, (1, "金额"), (3, "1,234,")), line(1, (3, "567"))]
    assert len(grouped(cut)) == 1


def test_a_level_name_centred_beside_a_wrapped_name_takes_no_row_of_its_own() -> None:
    """A sheet printed without borders, its cells centred down: 产出指标, merged over its
    rows, stands level with the wrapped rest of a 三级 name (入医保统筹), which goes on
    the row above all the same."""
    lines = [
        line(0, (1, "数量指标"), (2, "全县参合人数"), (4, "8755")),
        line(1, (1, "质量指标"), (2, "资金是否全部纳"), (4, "100%")),
        line(2, (0, "产出指标"), (2, "入医保统筹")),
        line(3, (1, "时效指标"), (2, "是否及时纳入"), (4, "100%")),
    ]
    assert grouped(lines) == [
        ["数量指标 | 全县参合人数 | 8755"],
        ["质量指标 | 资金是否全部纳 | 100%", "产出指标 | 入医保统筹"],
        ["时效指标 | 是否及时纳入 | 100%"],
    ]


def test_a_header_alone_parts_columns_no_other_line_fills_side_by_side() -> None:
    """一级指标 | 二级指标 over level names each set in the middle of a merged cell, so
    that no line below holds both: the header's gap is a river all the same."""
    lines = [line(0, (0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (4, "指标值")),
             line(1, (1, "数量指标"), (2, "改造覆盖率"), (4, "100%")),
             line(2, (0, "产出指标"), (2, "维修合格率"), (4, "100%")),
             line(3, (1, "质量指标"), (2, "设备合格率"), (4, "100%"))]
    found = rivers(lines)
    assert any(STARTS[0] + 4 * EM < (lo + hi) / 2 < STARTS[1] for lo, hi in found)


def test_a_figure_set_right_against_the_next_columns_words_is_cut_from_them() -> None:
    """470人/天: a figure set right in the 指标值 column runs up to the 度量单位 set left
    in the next, a blank narrower than a cell's gap between; cut there, and the boundary
    is that blank.  A piece across more columns than two (a key's value merged over
    them) is not cut, however its words are spaced."""

    def glyphs(top: float, *chars: tuple[str, float, float]) -> list[Glyph]:
        return [Glyph(t, x, x + w, top, top + 7.0, 7.0, True) for t, x, w in chars]

    head = glyphs(100.0, ("指", 10.0, 7.0), ("标", 17.0, 7.0), ("值", 24.0, 7.0),
                  ("度", 80.0, 7.0), ("量", 87.0, 7.0))
    figure = [("4", 60.0, 4.4), ("7", 64.5, 4.4), ("0", 69.0, 4.4)]
    row = glyphs(120.0, *figure, ("人", 74.8, 7.0), ("/", 81.8, 2.4), ("天", 84.2, 7.0))
    lines = aligned.text_lines([*head, *row])
    assert [p[2] for p in lines[1].pieces] == ["470人/天"]
    bounds = aligned.split_at(lines, [(31.0, 80.0)])
    assert [p[2] for p in lines[1].pieces] == ["470", "人/天"]
    assert 73.4 < bounds[0] < 74.8
    words = ((c, 74.8 + 7.0 * k, 7.0) for k, c in enumerate("万元主要用于修建站"))
    wide = glyphs(140.0, *figure, *words)
    [spread] = aligned.text_lines(wide)
    assert aligned.split_at([spread], [(31.0, 80.0), (102.0, 125.0)]) == [55.5, 113.5]
    assert [p[2] for p in spread.pieces] == ["470万元主要用于修建站"]
