"""Rows read twice where two photos of one page overlap (`ocr.joins`): the foot's copy of
the rows the top's photo ended with is left out, with what the frame cut of a row at the
join; rows that only look alike, and typed pages, are left as they are."""

from __future__ import annotations

from jixiao.parsers.grid import Cell, Row, Table
from jixiao.parsers.readers.ocr.joins import overlaps_dropped


def _row(page: int, *texts: str, merged: int = -1) -> Row:
    return Row([Cell(t, i, merged_above=i == merged) for i, t in enumerate(texts)], page=page)


# x01 of batch x (南县's 成本指标 rows), as the two photos read them: each with its slips
TOP = [
    _row(1, "一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位"),
    _row(1, "成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", "70",
         "反映疾病顶防控制中心经费"),
    _row(1, "成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少",
         "反映实施项目", merged=0),
]
FOOT = [
    _row(2, "成本指标", "", "—", "型", "", "容", merged=0),  # the header row the frame cut
    _row(2, "成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", "70",
         "反映疾病预防控制中心经益"),
    _row(2, "成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少",
         "反映实施项目", merged=0),
]


def test_the_rows_a_second_photo_repeats_are_read_once() -> None:
    table = Table(TOP + FOOT)
    [out], warnings = overlaps_dropped([table])
    assert out.rows == TOP
    assert [r.index for r in out.rows] == [0, 1, 2]
    assert warnings == ["page 2 opens with 2 row(s) of page 1 (two photos of one page "
                        "overlapping): read once"]


def test_rows_that_only_look_alike_are_kept() -> None:
    """A page break between two indicators of one 二级 (群众满意度 / 学生满意度): alike, not
    the same row."""
    top = [_row(1, "满意度指标", "服务对象满意度", "群众满意度", "≥90%")]
    foot = [_row(2, "满意度指标", "服务对象满意度", "学生满意度", "≥90%")]
    [out], warnings = overlaps_dropped([Table(top + foot)])
    assert out.rows == top + foot and warnings == []


def test_rows_with_other_figures_are_kept() -> None:
    """A page break between 指标5 and 指标6 of one 二级 (batch c's 经开区 self-evaluation):
    their names alike, and ≥150 / ≥10 alike by their characters, but not their figures."""
    top = [_row(1, "", "", "质量指标", "指标5:药品不良反应每百万人口报告数", "≥150", "150",
                merged=2)]
    foot = [_row(2, "", "", "质量指标", "指标6.化妆品不良反应每百万人口报告", "≥10", "10",
                 merged=2)]
    [out], warnings = overlaps_dropped([Table(top + foot)])
    assert out.rows == top + foot and warnings == []


def test_a_join_next_to_a_typed_page_is_left_as_it_is() -> None:
    """Only pages read by OCR are photos that may overlap (a mixed PDF's typed page is
    read once as typed)."""
    table = Table(TOP + FOOT)
    [out], warnings = overlaps_dropped([table], scanned={2})
    assert out.rows == TOP + FOOT and warnings == []


def test_a_row_alone_atop_the_next_page_is_matched_by_slips_only() -> None:
    """Batch zc's 湖北工程学院 (a flatbed scan of a browser's print): 国家助学金人均资助 atop
    page 2 under 国家励志奖学金人均资助 at page 1's foot, each alone in its row and 0.8 alike
    by their characters: two rows of one list, both kept; a row read twice with a slip (a
    character lost) is still read once."""
    top = [_row(1, "成本指标", "国家励志奖学金人均资助", "", "")]
    foot = [_row(2, "", "国家助学金人均资助", "", "")]
    [out], warnings = overlaps_dropped([Table(top + foot)])
    assert out.rows == top + foot and warnings == []
    slip = [_row(2, "成本指标", "国家励志奖学金均资助", "", "")]
    [out], warnings = overlaps_dropped([Table(top + slip)])
    assert out.rows == top and len(warnings) == 1
