"""A level header read without its numeral takes the rank its row leaves for it; where the
row does not decide, or the cell was not read by OCR, nothing changes.  One table of
(the header row as read, as corrected)."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, Recognised, Row, Table
from jixiao.parsers.readers.ocr.headers import level_numerals, whole_cells
from jixiao.parsers.readers.ocr.vocabulary import NOISE_MARK

CASES: list[tuple[list[str], list[str]]] = [
    # 二 lost on a phone photo (天津 畜禽粪污's 绩效目标表)
    (["绩效指标", "一级指标", "级指标", "三级指标", "指标值"],
     ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]),
    # 一 lost, or read as another character
    (["级指标", "二级指标", "三级指标"], ["一级指标", "二级指标", "三级指标"]),
    (["一级指标", "二级指标", "工级指标"], ["一级指标", "二级指标", "三级指标"]),
    (["一级指标", "二级指标", "级 指 标", "指标值"],
     ["一级指标", "二级指标", "三级指标", "指标值"]),
    # the row does not decide: two ranks fit, or none is lost
    (["一级指标", "级指标", "指标值"], ["一级指标", "级指标", "指标值"]),
    # ... but all three level headers run 一, 二, 三, however many numerals were lost or
    # read twice (共享工程's 自评表 photocopied: 一 lost, 二 read 三)
    (["级指标", "级指标", "三级指标"], ["一级指标", "二级指标", "三级指标"]),
    (["级指标", "三级指标", "三级指标", "指标值"], ["一级指标", "二级指标", "三级指标", "指标值"]),
    (["一级指标", "二级指标", "三级指标"], ["一级指标", "二级指标", "三级指标"]),
    # out of order around it: no rank fits
    (["三级指标", "级指标", "一级指标"], ["三级指标", "级指标", "一级指标"]),
    # 二 read as 一 (its upper stroke lost, 成安's scan): of the two 一级, the one a rank
    # fits where it stands
    (["一级指标", "一级指标", "三级指标", "指标分值"],
     ["一级指标", "二级指标", "三级指标", "指标分值"]),
    (["一级指标", "三级指标", "三级指标"], ["一级指标", "二级指标", "三级指标"]),
    (["一级指标", "一级指标"], ["一级指标", "一级指标"]),  # 二 or 三: the row does not say
    # 二's two strokes read as two characters, in traditional characters (南岳's 忠烈祠 form
    # photographed)
    (["績效指標", "一級指標", "一一級指標", "三級指標", "指標值"],
     ["績效指標", "一級指標", "二级指标", "三級指標", "指標值"]),
]


def _table(texts: list[str], *, ocr: bool = True) -> Table:
    cells = [Cell(t, i, ocr=Recognised(t, t, 0.5, 1, (0, 0, 1, 1)) if ocr else None)
             for i, t in enumerate(texts)]
    return Table(rows=[Row(cells)])


@pytest.mark.parametrize(("read", "want"), CASES, ids=[" | ".join(r) for r, _ in CASES])
def test_level_numerals(read: list[str], want: list[str]) -> None:
    table = _table(read)
    level_numerals([table])
    cells = table.rows[0].cells
    assert [c.text for c in cells] == want
    for cell, before in zip(cells, read, strict=True):
        assert cell.ocr is not None
        assert cell.ocr.text == cell.text
        changed = [f"{before}→{cell.text} (level header)"] if cell.text != before else []
        assert cell.ocr.corrections == changed  # every change recorded


def test_a_whole_cell_with_a_lost_character_takes_its_name_but_not_a_line_of_it() -> None:
    table = _table(["成本指", "产出指标"])
    whole_cells([table])
    [cost, output] = table.rows[0].cells
    assert (cost.text, output.text) == ("成本指标", "产出指标")
    assert cost.ocr is not None and cost.ocr.corrections == ["成本指→成本指标 (word)"]
    wrapped = _table(["产出指\n标"])  # a narrow cell wraps 产出指 / 标: its text is whole
    whole_cells([wrapped])
    assert wrapped.rows[0].texts == ["产出指\n标"]


def test_an_evaluation_forms_short_level_name_with_a_character_lost_takes_it() -> None:
    """疫情疫病's 评价表 in faded toner (batch zl): 项目效果 | 社会效益 read 社会效, its 益
    wrapped alone and dropped as a mark; the 二级 names of such forms are written without
    指标."""
    cells = [Cell(t, i, ocr=Recognised(t, t, 0.9, 1, (0, 0, 1, 1), [f"益{NOISE_MARK}"]))
             for i, t in enumerate(["社会效", "可持续影", "环境效益"])]
    table = Table(rows=[Row(cells)])
    whole_cells([table])
    assert table.rows[0].texts == ["社会效益", "可持续影响", "环境效益"]


def test_a_cell_not_read_by_ocr_stays() -> None:
    table = _table(["一级指标", "级指标", "三级指标"], ocr=False)
    level_numerals([table])
    assert table.rows[0].texts == ["一级指标", "级指标", "三级指标"]


@pytest.mark.parametrize(("text", "colspan", "expected"), [
    # 马鹿坑's 自评表 scanned black and white: the thin border between the two lost
    ("三级指标年度指标值", 2, [("三级指标", 0, 1), ("年度指标值", 1, 1)]),
    ("三级指标指标值", 3, [("三级指标", 0, 1), ("指标值", 1, 2)]),
    ("三级指标年度指标值", 1, [("三级指标年度指标值", 0, 1)]),  # one column: as read
    ("三级指标及说明", 2, [("三级指标及说明", 0, 2)]),  # not two header words
])
def test_two_header_words_in_one_cell_over_two_columns_are_split(
        text: str, colspan: int, expected: list[tuple[str, int, int]]) -> None:
    cell = Cell(text, 0, colspan, ocr=Recognised(text, text, 0.9, 1, (0, 0, 1, 1)))
    table = Table(rows=[Row([cell, Cell("实际完成值", colspan, ocr=Recognised(
        "实际完成值", "实际完成值", 0.9, 1, (0, 0, 1, 1)))])])
    whole_cells([table])
    cells = table.rows[0].cells[:-1]
    assert [(c.text, c.col, c.colspan) for c in cells] == expected
    if len(expected) == 2:
        fix = f"{text}→{expected[0][0]} | {expected[1][0]} (two header cells)"
        assert all(c.ocr is not None and c.ocr.corrections == [fix] for c in cells)


@pytest.mark.parametrize(("text", "confidence", "expected"), [
    # 门 wrapped alone on its line under a label, doubted and read as 内 or 內
    ("主管部內", 0.45, "主管部门"),
    ("中央主管部内", 0.23, "中央主管部门"),
    ("地方主管部內", 0.29, "地方主管部门"),
    ("主管部內", 0.97, "主管部內"),  # read surely: as the page shows it
    # a note in brackets inside the label is no part of the word (巴南's 部门(单位)名称)
    ("部內(单位)名称", 0.52, "部门(单位)名称"),
    ("部门(单位)名称", 0.52, "部门(单位)名称"),
    ("效果指标", 0.5, "效果指标"),  # a word of its own (a 一级 of older templates)
    ("项目效果指标", 0.5, "项目效果指标"),  # ends with a word of its own
    ("绩效目标设定的项目名单", 0.5, "绩效目标设定的项目名单"),  # longer than a label
    # 福建's levels named as targets (batch r): 成本目标 is a word, not 成本指标 misread
    ("成本目标", 0.6, "成本目标"),
    ("数量目标", 0.6, "数量目标"),
    ("成本指木", 0.6, "成本指标"),
    # a traditional table's level name (衡陽市社會福利院's, batch zr): known as it is, and
    # corrected in its own characters; its 濟 doubted alone on its line, the whole cell is
    # one off the name though it ends with a word, 成本指標
    ("經濟成本指標", 0.5, "經濟成本指標"),
    ("成本指標", 0.5, "成本指標"),
    ("經清成本指標", 0.51, "經濟成本指標"),
    ("主管部內", 0.5, "主管部门"),  # 內 the slip: no sign of a traditional table
])
def test_a_label_cell_a_character_off_a_known_word_takes_it_where_a_line_was_doubted(
        text: str, confidence: float, expected: str) -> None:
    table = Table(rows=[Row([Cell(text, 0, ocr=Recognised(text, text, confidence, 1,
                                                          (0, 0, 1, 1)))])])
    whole_cells([table])
    [cell] = table.rows[0].cells
    assert cell.text == expected
    assert cell.ocr is not None
    assert cell.ocr.corrections == ([] if expected == text else [f"{text}→{expected} (word)"])


def test_a_label_whose_last_character_was_dropped_as_a_mark_takes_it_back() -> None:
    # 汉阴's 县级主管部门 in a narrow cell: 门 wrapped alone onto its line, read as the kana ウ
    # and dropped as a pen's mark; the cell's text 县级主管部 is the label less its end
    dropped = Recognised("县级主管部", "县级主管部ウ", 1.0, 1, (0, 0, 1, 1),
                         corrections=["ウ→ (noise)"])
    kept = Recognised("县级主管部", "县级主管部", 1.0, 1, (0, 0, 1, 1))
    table = Table(rows=[Row([Cell("县级主管部", 0, ocr=dropped), Cell("县级主管部", 1, ocr=kept)])])
    whole_cells([table])
    [fixed, left] = table.rows[0].cells
    assert fixed.text == "县级主管部门"
    assert dropped.corrections[-1] == "县级主管部→县级主管部门 (word)"
    assert left.text == "县级主管部"  # no line dropped: nothing says a character was lost


LOST_ONES = [
    ("次性通过省文物局验收", "一次性通过省文物局验收"),  # b05 of batch ab: 一's stroke lost
    ("工程次性验收合格率", "工程一次性验收合格率"),
    ("一次性", "一次性"),  # read whole
    ("工程一\n次性验收", "工程一\n次性验收"),  # its 一 at the end of the line above
    ("1次性", "1次性"),
]


PAIRS = [
    ("项目年度绩效目标(定量指标）", "项目年度绩效目标(定量指标)"),  # q07 of batch q
    ("时效指标(工期指标、形象进度指标）", "时效指标(工期指标、形象进度指标)"),  # d08 of batch d
    ("项目资金（万元)", "项目资金（万元）"),
    ("((x）)", "((x))"),  # each closing one as wide as the one it closes
    ("(a)（b）", "(a)（b）"),  # each pair in one width: as read
    ("人数人）", "人数人）"),  # nothing opened
]


# a word these tables write read with a look-alike, its lines read apart (編外人 / 貝數量:
# 衡陽市社會福利院's photocopy, batch zr)
MISREAD = [("編外人貝數量", "編外人員數量"), ("编外人贝数量", "编外人员数量"), ("貝殼", "貝殼")]

CELL_FIXES = [(read, want, "一 lost") for read, want in LOST_ONES] + [
    (read, want, "bracket pair") for read, want in PAIRS] + [
    (read, want, "look-alike word") for read, want in MISREAD]


@pytest.mark.parametrize(("read", "want", "why"), CELL_FIXES, ids=[r for r, _, _ in CELL_FIXES])
def test_a_whole_cells_slip_is_fixed_and_recorded(read: str, want: str, why: str) -> None:
    """A 一 lost before what no word writes without it is put back; a closing bracket takes
    the width of the one it closes; each change recorded, a cell not read by OCR as written."""
    table = _table([read])  # (read with doubt: 0.5)
    whole_cells([table])
    [cell] = table.rows[0].cells
    assert cell.text == want
    assert cell.ocr is not None
    assert cell.ocr.corrections == ([f"{read}→{want} ({why})"] if want != read else [])
    plain = _table([read], ocr=False)
    whole_cells([plain])
    assert plain.rows[0].cells[0].text == read


def test_a_level_header_whose_one_broke_into_dashes_across_lines_is_one_name() -> None:
    """东莞's 绩效目标表 with faded toner and its back showing through (batch zh): the 一 of
    一级 / 指标, wrapped in a narrow cell, read as ---; each line alone is no word, the cell
    whole is 一级指标 (then 二级 beside it keeps its rank)."""
    table = _table(["---级\n指标", "二级\n指标", "三级指标"])
    whole_cells([table])
    assert [c.text for c in table.rows[0].cells] == ["一级指标", "二级\n指标", "三级指标"]
    first = table.rows[0].cells[0].ocr
    assert first is not None and any("broken 一" in c for c in first.corrections)
