"""A 一级 written as a row of its own over its indicators, one cell across the table, with
no 一级 column (产出指标 over 数量指标 | 发放人数 | 100人): the 一级 of the rows below, as a
merged cell beside them would be.  Found by `python -m tests.documents.variants --only
level-rows`: the 294 real tables with their 一级 column made such rows read 122 as their
pages did before this, all 294 after."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell
from tests.parsers.layout.test_layout import grid, record

HEAD = [["项目名称", Cell("党支部书记补贴", 0, 2)], ["主管部门", Cell("圣灯山镇人民政府", 0, 2)],
        ["二级指标", "三级指标", "指标值"]]


def _levels(*rows: list[str | Cell]) -> list[tuple[str | None, str | None, str | None]]:
    [p] = record(grid(*HEAD, *rows)).projects
    return [(i.level1, i.level2, i.level3) for i in p.indicators]


@pytest.mark.parametrize("caption", [
    "产出指标", "一、产出指标", "产出指标(50分)",
    # a 一级 no vocabulary knows, and one with only its weight: a caption by its place
    "项目完成指标", "决策", "效益指标30分)", "(50分)",
])
def test_a_row_across_naming_a_level1_heads_the_rows_below(caption: str) -> None:
    assert _levels([Cell(caption, 0, 3)], ["数量指标", "发放人数", "48人"],
                   ["质量指标", "发放准确率", "100%"],
                   [Cell("满意度指标", 0, 3)], ["服务对象满意度指标", "群众满意度", "≥95%"]) == [
        (caption, "数量指标", "发放人数"), (caption, "质量指标", "发放准确率"),
        ("满意度指标", "服务对象满意度指标", "群众满意度")]


@pytest.mark.parametrize("note", [
    "部门:临沧市永德县明朗中学",  # a key and its value: a note
    "注:指标值请填写具体数值",  # a sentence
    "合计",
])
def test_a_row_across_that_is_no_caption_names_no_level(note: str) -> None:
    assert _levels([Cell("产出指标", 0, 3)], ["数量指标", "发放人数", "48人"],
                   [Cell(note, 0, 3)], ["质量指标", "发放准确率", "100%"]) == [
        ("产出指标", "数量指标", "发放人数"), ("产出指标", "质量指标", "发放准确率")]


def test_an_indicator_named_like_a_source_of_funds_without_an_amount_is_an_indicator() -> None:
    """部门整体支出绩效评价指标表's 专项资金分配时限(2分) | 市级财力专项预算分配时限(1分)
    under 综合管理: a label that reads as a funding line, but no amount beside it."""
    assert _levels([Cell("综合管理(30分)", 0, 3)],
                   ["专项资金分配时限(2分)", "市级财力专项预算分配时限(1分)", ""],
                   ["中期评估(2分)", "执行中期评估(2分)", ""]) == [
        ("综合管理(30分)", "专项资金分配时限(2分)", "市级财力专项预算分配时限(1分)"),
        ("综合管理(30分)", "中期评估(2分)", "执行中期评估(2分)")]
