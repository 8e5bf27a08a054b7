"""A blank form whose indicator block is 指标名称 split into 二级指标 | 三级指标 on a row below,
each 二级 caption over numbered blank lines 1. 2. 3. …… (大庆市's 申报表, batch w): the second
row is the header's own, the numbered lines are no indicators, and a 项目名称 left empty after
a caption merged down the left makes the refusal say the form is blank."""

from __future__ import annotations

import pytest

from jixiao.errors import NoProjects
from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.header import map_header
from tests.parsers.layout.test_layout import down, grid, only_project, record


def test_levels_named_under_a_wide_header_cell_split_it() -> None:
    hm = map_header(Row([
        Cell("绩效指标", 0), Cell("指标名称", 1, colspan=2), Cell("上年度实际水平", 3),
        Cell("本年度计划水平", 4),
    ]))
    assert hm is not None
    split = hm.split_by_levels(Row([Cell("绩效指标", 0, merged_above=True), Cell("二级指标", 1),
                                    Cell("三级指标", 2), Cell("", 3), Cell("", 4)]))
    assert split is not None
    assert [(c.field, c.col, c.end) for c in split.columns][1:3] == [("level2", 1, 2),
                                                                   ("level3", 2, 3)]
    # a data row under the same header is no such row
    data = Row([Cell("绩效指标", 0, merged_above=True), Cell("数量指标", 1), Cell("培训人数", 2),
                Cell("100人", 3), Cell("120人", 4)])
    assert hm.split_by_levels(data) is None


def test_the_sub_header_row_is_read_and_the_filled_rows_keep_their_levels() -> None:
    p = only_project(record(grid(
        ["项目名称", "农民培训"],
        ["绩效指标", Cell("指标名称", 0, colspan=2), "上年度实际水平", "本年度计划水平"],
        [down("绩效指标"), "二级指标", "三级指标", "", ""],
        [down("绩效指标"), "目标完成程度", "培训人数", "100人", "120人"],
        [down("绩效指标"), down("目标完成程度"), "2.", "", ""],
    )))
    assert [(i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("目标完成程度", "培训人数", "120人"),
    ]


@pytest.mark.parametrize("number", ["1.", "2、", "(3)", "３．"])
def test_a_numbered_blank_line_is_no_indicator(number: str) -> None:
    p = only_project(record(grid(
        ["项目名称", "农民培训"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "120人"],
        [down("产出指标"), "质量指标", number, ""],
    )))
    assert [i.level3 for i in p.indicators] == ["培训人数"]


def test_an_empty_project_name_after_a_caption_says_the_form_is_blank() -> None:
    with pytest.raises(NoProjects, match="the form is blank"):
        record(grid(
            ["项目基本情况", "项目名称", "", "项目负责人", ""],
            ["绩效指标", Cell("指标名称", 0, colspan=2), "上年度实际水平", "本年度计划水平"],
            [down("绩效指标"), "二级指标", "三级指标", "", ""],
            [down("绩效指标"), "目标完成程度", "1.", "", ""],
            [down("绩效指标"), down("目标完成程度"), "2.", "", ""],
        ))
