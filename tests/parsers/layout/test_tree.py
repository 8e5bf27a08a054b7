"""Indicator trees in one column (宁夏's 项目绩效目标批复表): levels by their words and,
where the print indents them, by indentation; where no indentation survives (a scan, a
text PDF), a heading straight after a 一级 with nothing under it yet is part of that 一级."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import SourceDocument
from jixiao.parsers.layout.document import to_document_record
from tests.parsers.layout.test_layout import grid


def levels(names: list[str]) -> list[tuple[str | None, str | None, str]]:
    rows = [["项目", "指标值", "绩效金额"], ["某县疾病预防控制中心", "", ""],
            ["疫苗及美沙酮药物", "", "3000000"]]
    rows += [[n, "100%" if n.strip().startswith("按") or "率" in n else "", ""] for n in names]
    rec = to_document_record(SourceDocument([grid(*rows)], format="xlsx"),
                             file_name="某县_2020.xlsx")
    [p] = rec.projects
    return [(i.level1, i.level2, i.level3) for i in p.indicators]


@pytest.mark.parametrize("indent", ["", " "], ids=["flush", "indented"])
def test_a_heading_straight_after_a_first_level_is_its_second_level(indent: str) -> None:
    names = ["产出指标", f"{indent}成本指标(必填硬性指标)", f"{indent * 2}按照物价部门定价标准采购",
             f"{indent}时效指标(必填)", f"{indent * 2}疫苗提供及时率",
             "满意度指标", f"{indent}服务对象满意度指标(必填)", f"{indent * 2}服务对象满意率"]
    assert levels(names) == [
        ("产出指标", "成本指标(必填硬性指标)", "按照物价部门定价标准采购"),
        ("产出指标", "时效指标(必填)", "疫苗提供及时率"),
        ("满意度指标", "服务对象满意度指标(必填)", "服务对象满意率"),
    ]


def test_a_first_level_indented_as_the_one_before_stays_a_first_level() -> None:
    """成本指标 as a 一级 of its own (the 2021 framework), printed level with 产出指标."""
    names = [" 产出指标", " 成本指标", "  按照物价部门定价标准采购"]
    assert levels(names) == [("成本指标", None, "按照物价部门定价标准采购")]
