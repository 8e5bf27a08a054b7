"""A form's head typed as lines above its table (项目名称：… / 主管部门：…　实施单位：…), the
table holding the rest; found by the `head-as-lines` alteration of `python -m
tests.documents.variants` (16 of the 294 real tables read worse at first, none now): the
title named the project, several pairs on one line were one name, a label's bracketed note
(实施单位 (盖章)：) ended no pair."""

from __future__ import annotations

from jixiao.parsers.grid import Paragraph
from jixiao.parsers.layout.key_lines import key_line_pairs
from tests.parsers.layout.test_layout import HEADER4, grid, only_project, record

INDICATOR = ["产出指标", "数量指标", "硬化道路", "3公里"]

PAIRS = [
    ("项目名称：初中公用经费　主管部门：银川市教育局",
     [("name", "项目名称", "初中公用经费"), ("department", "主管部门", "银川市教育局")]),
    ("主管部门：青神县发展和改革局本级　实施单位 (盖章)：青神县发展和改革局",
     [("department", "主管部门", "青神县发展和改革局本级"),
      ("implementer", "实施单位 (盖章)", "青神县发展和改革局")]),
    ("项目名称:乡村道路 硬化工程", [("name", "项目名称", "乡村道路 硬化工程")]),
    ("单位：万元", None),  # a unit's note, no pair
    ("根据文件精神，现将资金下达你们。", None),
]


def test_the_pairs_a_line_holds() -> None:
    assert [key_line_pairs(text) for text, _ in PAIRS] == [want for _, want in PAIRS]


def test_head_lines_above_a_table_of_the_rest_name_the_project_over_the_title() -> None:
    rec = record(
        Paragraph("安徽省2023年以工代赈示范工程绩效目标表"),
        Paragraph("项目名称：舒茶镇清水河治理工程"),
        Paragraph("主管部门：舒城县发展和改革委员会　实施单位：舒茶镇人民政府"),
        Paragraph("单位：万元"),
        grid(["资金总额", "120", "", ""], HEADER4, INDICATOR),
    )
    p = only_project(rec)
    assert (p.name, p.fields.get("主管部门"), p.budget_raw, p.budget_unit_hint) == (
        "舒茶镇清水河治理工程", "舒城县发展和改革委员会", "120", "万元")
    assert rec.unit_name == "舒茶镇人民政府"
    assert [i.level3 for i in p.indicators] == ["硬化道路"]


def test_a_table_that_names_its_own_project_keeps_its_name() -> None:
    p = only_project(record(
        Paragraph("项目名称：乡村道路"),
        Paragraph("主管部门：交通局"),
        grid(["项目名称", "乡村道路硬化", "", ""], HEADER4, INDICATOR),
    ))
    assert p.name == "乡村道路硬化"


def test_a_head_line_a_print_wrapped_inside_a_label_is_one_line() -> None:
    # printed, 主管部门：…　实施单位 (盖章)：… wraps after 实施: the lines are one again
    rec = record(
        Paragraph("项目名称：工资性支出"),
        Paragraph("主管部门：青神县发展和改革局本级\u2003实施"),
        Paragraph("单位 (盖章)：青神县发展和改革局"),
        grid(["资金总额", "120", "", ""], HEADER4, INDICATOR),
    )
    assert rec.unit_name == "青神县发展和改革局"
    assert only_project(rec).fields.get("主管部门") == "青神县发展和改革局本级"
