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
