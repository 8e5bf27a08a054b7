"""The indicators' header drawn in two rows (绩效指标 across 一级指标 | 二级指标 | 三级指标,
分值 and 得分 merged down beside them) at the head of a second table whose grid is the
first's: its first row is the header's, no indicator (部门整体支出绩效评价指标表's second
blank form read 绩效指标 | 绩效指标 | 绩效指标 as an indicator of the first's)."""

from __future__ import annotations

from jixiao.parsers.grid import Cell
from tests.parsers.layout.test_layout import grid, record


def test_a_row_of_header_words_under_the_indicators_is_no_indicator() -> None:
    first = grid(["项目名称", Cell("部门整体支出", 0, 4)],
                 ["一级指标", "二级指标", "三级指标", "分值", "得分"],
                 ["部门决策(25分)", "目标任务(15分)", "相关性(5分)", "5", ""])
    second = grid([Cell("绩效指标", 0, 3), "分值", "得分"],
                  ["一级指标", "二级指标", "三级指标", Cell("分值", 0, merged_above=True),
                   Cell("得分", 0, merged_above=True)],
                  ["(20分)", "(10分)", "必要性", "5", ""])
    [p] = record(first, second).projects
    assert [(i.level1, i.level2, i.level3) for i in p.indicators] == [
        ("部门决策(25分)", "目标任务(15分)", "相关性(5分)"), ("(20分)", "(10分)", "必要性")]
