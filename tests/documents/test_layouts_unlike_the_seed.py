"""Layouts unlike the seed (samples/layouts_unlike_the_seed/, built by
samples/layouts_unlike_the_seed.py): submissions unlike the seed and the templates, each
checked field by field against what a careful reader takes from it.

Each assertion below names the case a document guards; the golden export
(tests/documents/test_goldens.py) catches the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from samples.layouts_unlike_the_seed import DIR
from tests.helpers import SAMPLES, by_level3, doc

# the case a document guards → its sample (a path under samples/)
FILES: dict[str, str] = {
    "bureau_national_docx": f"{DIR}/平山县农业农村局_申报表.docx",
    "bureau_national_pdf": f"{DIR}/平山县农业农村局_申报表.pdf",
    "township_two_row_header_docx": f"{DIR}/滹沱镇人民政府_道路改造.docx",
    "township_two_row_header_pdf": f"{DIR}/滹沱镇人民政府_道路改造.pdf",
    "health_commission_sheets_xlsx": f"{DIR}/卫健委项目绩效目标.xlsx",
    "education_text_export_txt": f"{DIR}/元氏县教育局_2019年部门预算.txt",
    "folder_only_unit_docx": f"{DIR}/2020/城关镇/项目绩效目标.docx",
    "national_text_export_txt": f"{DIR}/井陉县发改局.txt",
}


@pytest.fixture
def export(sample_export: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """export(case): the export of the document that guards it (the folder sample is
    ingested by its folder, as a clerk's tree is: samples/registry.py `ingest_from`)."""

    def get(case: str) -> dict[str, Any]:
        return sample_export(FILES[case])

    return get


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bureau_unit_note_outside_table(fmt: str, export: Callable[[str], dict[str, Any]]) -> None:
    """单位名称：… in a paragraph; 单位：万元 above each table makes 预算数 45.60 万元;
    资金来源 merged down beside its funding rows; a per-quarter plan kept as written."""
    d = doc(export(f"bureau_national_{fmt}"))
    assert (d["unit_name"], d["year"]) == ("平山县农业农村局", 2023)
    p1, p2 = d["projects"]
    assert p1["code"] == "13010221000000000123"
    assert p1["budget_total_yuan"] == 456000.0
    assert p1["funding"] == [{"source": "财政拨款", "amount_yuan": 400000.0},
                             {"source": "其他资金", "amount_yuan": 56000.0}]
    assert p1["spend_plan"] == [10, 20, 30, 40]
    assert p2["budget_total_yuan"] == 300000.0
    assert len(p1["indicators"]) == 9 and len(p2["indicators"]) == 11
    v = by_level3(p2)["培训覆盖行政村"]["value"]
    assert (v["kind"], v["number"]) == ("percent", 100)
    v = by_level3(p1)["管护农田面积"]["value"]
    assert (v["kind"], v["op"], v["number"], v["unit"]) == ("quantity", ">=", 5000, "亩")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_township_title_names_unit(fmt: str, export: Callable[[str], dict[str, Any]]) -> None:
    """The unit only in the title (…镇人民政府2024年度…申报表); the header on two rows;
    an empty 生态效益 row is no record; 1季度 captions."""
    d = doc(export(f"township_two_row_header_{fmt}"))
    assert (d["unit_name"], d["year"]) == ("滹沱镇人民政府", 2024)
    [p] = d["projects"]
    assert p["spend_plan"] == [20, 60, 90, 100]
    assert p["budget_total_yuan"] == 1200000.0
    assert len(p["indicators"]) == 13
    assert [i["level2"] for i in p["indicators"]].count("社会效益") == 2


def test_health_commission_stamp_row_and_chinese_year(
    export: Callable[[str], dict[str, Any]],
) -> None:
    """预算单位（盖章）：… in one cell is the unit (金额单位：元 beside it is no value);
    the year only as 二〇二五年度; the second sheet's stamp row is no indicator; 12 under
    a 月 column is twelve months."""
    d = doc(export("health_commission_sheets_xlsx"))
    assert (d["unit_name"], d["year"]) == ("赞皇县卫生健康委员会", 2025)
    p1, p2 = d["projects"]
    assert (p1["name"], p2["name"]) == ("基本公共卫生服务", "村医补助")
    assert len(p1["indicators"]) == 6 and len(p2["indicators"]) == 4
    v = by_level3(p1)["资金拨付时限"]["value"]
    assert (v["kind"], v["op"], v["number"], v["unit"]) == ("quantity", "<=", 12, "个月")


def test_education_text_export_only_projects(export: Callable[[str], dict[str, Any]]) -> None:
    """A 部门预算收支总表, a table of contents and a signature table are no projects;
    four columns (no 描述, no 依据); the year only in the file name."""
    d = doc(export("education_text_export_txt"))
    assert (d["unit_name"], d["year"]) == ("元氏县教育局", 2019)
    assert [p["name"] for p in d["projects"]] == ["学生营养改善计划", "校舍维修改造"]
    p1, p2 = d["projects"]
    assert p1["funding"] == [{"source": "财政资金", "amount_yuan": 864000.0}]
    assert all(i["description"] is None and i["basis"] is None for i in p1["indicators"])
    assert by_level3(p2)["校舍安全隐患"]["value"]["kind"] == "qualitative"


def test_folder_names_unit(export: Callable[[str], dict[str, Any]]) -> None:
    """The unit and year only in the folders (2020/城关镇/); quarters and percentages in
    one cell each (第一季度25%); funding labels without their (万元) note."""
    d = doc(export("folder_only_unit_docx"))
    assert (d["unit_name"], d["year"]) == ("城关镇", 2020)
    [p] = d["projects"]
    assert p["spend_plan"] == [25, 50, 75, 100]
    assert p["funding"] == [{"source": "财政资金", "amount_yuan": 600000.0},
                            {"source": "其他资金", "amount_yuan": 80000.0}]
    assert len(p["indicators"]) == 5


def test_national_text_export(export: Callable[[str], dict[str, Any]]) -> None:
    """金额单位：万元 as a paragraph makes the bare 预算数 12.5 万元; Q1–Q4; 序号 kept
    as an extra; blank 一级/二级 filled down."""
    d = doc(export("national_text_export_txt"))
    assert (d["unit_name"], d["year"]) == ("井陉县发展和改革局", 2022)
    [p] = d["projects"]
    assert (p["code"], p["budget_total_yuan"]) == ("130121220000000042", 125000.0)
    assert p["spend_plan"] == [25, 50, 75, 100]
    rows = [(i["level1"], i["level2"], i["value"]["kind"]) for i in p["indicators"]]
    assert rows[1] == ("产出指标", "数量指标", "quantity")
    assert rows[3] == ("效益指标", "社会效益指标", "qualitative")


def test_samples_are_built() -> None:
    missing = [f for f in FILES.values() if not (SAMPLES / f).exists()]
    assert not missing, f"run `make samples`: missing {missing}"



