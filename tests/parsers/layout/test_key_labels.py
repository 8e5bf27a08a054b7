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


def test_labels_beside_each_other_keep_their_own_values() -> None:
    """项目性质 and 评价年度 are labels: they end the value before them."""
    p = only_project(record(grid(
        ["项目名称", "图书馆资源购置经费", "项目类别", "运行维护类", "项目性质", "常年性项目"],
        ["评价年度", "2023", "自评分值", "100", "自评等级", "优"],
        *INDICATORS,
    )))
    assert p.name == "图书馆资源购置经费"
    assert {k: p.fields[k] for k in ("项目类别", "项目性质", "评价年度", "自评分值")} == {
        "项目类别": "运行维护类", "项目性质": "常年性项目", "评价年度": "2023", "自评分值": "100"}
