"""Key rows: labels that end the value before them, and prompts left unanswered."""

from __future__ import annotations

from tests.parsers.layout.test_layout import down, grid, only_project, record

INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
              ["产出指标", "数量指标", "发放人数", "42人"]]


def test_an_unanswered_prompt_under_the_goals_label_is_no_goal() -> None:
    p = only_project(record(grid(
        ["专项名称", "学生资助补助经费"],
        ["总体目标", "目标1:政策得到落实"],
        [down("总体目标"), "已实施情况:"],
        *INDICATORS,
    )))
    assert p.goals_text == "目标1:政策得到落实"
