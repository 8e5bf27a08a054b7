"""`grid.repeats_joined`: a grid with no merges that repeats a merged cell's words across
and down the cells it covered reads as the merged grid it was."""

from __future__ import annotations

from jixiao.parsers.grid import Cell, Row, repeats_joined


def grid(*rows: tuple[str, ...]) -> list[Row]:
    return [Row([Cell(t, i) for i, t in enumerate(r)], index=k) for k, r in enumerate(rows)]


def shape(rows: list[Row]) -> list[list[tuple[str, int, int, bool]]]:
    return [[(c.text, c.col, c.end, c.merged_above) for c in r.cells] for r in rows]


def test_words_across_are_one_cell_figures_stay_apart() -> None:
    rows = repeats_joined(grid(("项目名称", "项目名称", "党支部书记补贴", "党支部书记补贴"),
                               ("年度资金总额", "20", "20", "100%")))
    assert shape(rows) == [
        [("项目名称", 0, 2, False), ("党支部书记补贴", 2, 4, False)],
        [("年度资金总额", 0, 1, False), ("20", 1, 2, False), ("20", 2, 3, False),
         ("100%", 3, 4, False)],
    ]


def test_words_down_a_column_are_merged_down() -> None:
    rows = repeats_joined(grid(("产出指标", "数量指标", "培训人次", "100"),
                               ("产出指标", "质量指标", "合格率", "100")))
    assert [c.merged_above for c in rows[1].cells] == [True, False, False, False]


def test_a_row_written_twice_stays_two_rows() -> None:
    rows = repeats_joined(grid(("产出指标", "数量指标", "培训人次", "100"),
                               ("产出指标", "数量指标", "培训人次", "100")))
    assert not any(c.merged_above for c in rows[1].cells)


def test_a_grid_with_merges_is_left_as_it_is() -> None:
    rows = grid(("项目名称", "项目名称", "X"), ("产出指标", "产出指标", "Y"))
    rows[1].cells[2].merged_above = True  # a merge of its own: repeats are cells of their own
    repeats_joined(rows)
    assert [c.text for c in rows[0].cells] == ["项目名称", "项目名称", "X"]
    assert [c.merged_above for c in rows[1].cells] == [False, False, True]


def test_figures_under_one_cell_that_spans_them_are_its_value_filled_in() -> None:
    # 南岳's 雨露计划 filled where it was merged: 其他 over three columns, its 0 written into
    # each; 中央 | 省级 over 0 | 7 stay apart (a header per column)
    rows = repeats_joined(grid(("中央", "省级", "其他", "其他", "其他"),
                               ("0", "7", "0", "0", "0")))
    assert shape(rows)[1] == [("0", 0, 1, False), ("7", 1, 2, False), ("0", 2, 5, False)]


def test_a_value_led_by_a_figure_is_no_words_to_join() -> None:
    # a self-evaluation's target and result alike (5.5亩 | 5.5亩), two indicators' alike
    # deadline down the column: values each cell's own; a year-led title is words
    rows = repeats_joined(grid(("红薯种植面积", "5.5亩", "5.5亩"),
                               ("梨树种植面积", "≥95%", "2021年12月底前"),
                               ("桃种植面积", "≥95%", "2021年12月底前"),
                               ("2023年一般性项目绩效目标表(一级项目)",
                                "2023年一般性项目绩效目标表(一级项目)", "")))
    assert shape(rows)[0] == [("红薯种植面积", 0, 1, False), ("5.5亩", 1, 2, False),
                              ("5.5亩", 2, 3, False)]
    assert [c.merged_above for c in rows[2].cells] == [False, False, False]
    assert shape(rows)[3][0] == ("2023年一般性项目绩效目标表(一级项目)", 0, 2, False)


def test_a_text_export_joins_its_full_rows_side_by_side_only() -> None:
    # Word's text export writes a merged cell once: a row as wide as the table was typed
    # cell for cell (a filled table); a shorter one's spans are lost; down a column a
    # merge is written blank, so two rows alike are two indicators' own
    rows = repeats_joined(grid(("其中:财政拨款", "其中:财政拨款", "20", "20"),
                               ("绩效指标", "绩效指标", "指标值"),
                               ("产出指标", "数量指标", "效果明显", "有效"),
                               ("产出指标", "质量指标", "效果明显", "有效")),
                          full_rows_only=True)
    assert shape(rows)[0][0] == ("其中:财政拨款", 0, 2, False)
    assert [c.text for c in rows[1].cells] == ["绩效指标", "绩效指标", "指标值"]
    assert not any(c.merged_above for c in rows[3].cells)
