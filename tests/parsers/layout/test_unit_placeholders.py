"""Where a table names no unit of its own: a 专项 table passed down with the county's
主管部门 left as the template's words, and a file name that opens with a kind of unit."""

from __future__ import annotations

import pytest

from tests.parsers.layout.test_layout import grid, record

INDICATORS = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "应受助学生数", "100%"],
]


def unit_of(county_department: str, *, file_name: str = "专项绩效目标表.xlsx") -> str | None:
    return record(grid(
        ["专项名称", "学生资助补助经费"],
        ["中央主管部门", "财政部、教育部"],
        ["省级主管部门", "广东省教育厅"],
        ["市级主管部门", "韶关市教育局"],
        ["县级主管部门", county_department],
        *INDICATORS,
    ), name=file_name).unit_name


def test_the_county_department_names_the_unit() -> None:
    assert unit_of("乐昌市教育局") == "乐昌市教育局"


@pytest.mark.parametrize("placeholder",
                         ["县(市、区)教育部门", "县（市、区）教育部门", "市(州)教育局"])
def test_the_templates_words_for_the_county_name_no_unit(placeholder: str) -> None:
    """Not the city above it either: the table was passed down unfilled."""
    assert unit_of(placeholder) is None


@pytest.mark.parametrize(("file_name", "unit"), [
    ("安居区市场监管局食品监管补助资金绩效目标表.docx", "安居区市场监管局"),
    ("2018年中职学校国家助学金和免学费补助资金绩效目标表.xlsx", None),
    ("财政局2023年项目绩效目标表.docx", "财政局"),
])
def test_a_file_name_opening_with_a_kind_of_unit_names_none(file_name: str,
                                                             unit: str | None) -> None:
    rec = record(grid(["项目名称", "补助资金"], *INDICATORS[:1],
                      ["产出指标", "数量指标", "应受助学生数", "100%"]), name=file_name)
    assert rec.unit_name == unit
