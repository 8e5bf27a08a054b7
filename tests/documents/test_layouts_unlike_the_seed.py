"""Acceptance documents (samples/acceptance/, built by samples/acceptance.py): submissions
unlike the seed and the templates, each checked field by field against what a careful
reader takes from it, and against a golden export.

Each assertion below names the case a document guards; the golden catches the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from tests.conftest import (
    ROOT,
    SAMPLES,
    assert_golden,
    by_level3,
    cached_exports,
    doc,
)

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))
ACC = SAMPLES / "acceptance"

# golden name → sample path under samples/acceptance/
FILES: dict[str, str] = {
    "acc_bureau_national_docx": "平山县农业农村局_申报表.docx",
    "acc_bureau_national_pdf": "平山县农业农村局_申报表.pdf",
    "acc_township_two_row_header_docx": "滹沱镇人民政府_道路改造.docx",
    "acc_township_two_row_header_pdf": "滹沱镇人民政府_道路改造.pdf",
    "acc_health_commission_sheets_xlsx": "卫健委项目绩效目标.xlsx",
    "acc_education_text_export_txt": "元氏县教育局_2019年部门预算.txt",
    "acc_folder_only_unit_docx": "2020/城关镇/项目绩效目标.docx",
    "acc_national_text_export_txt": "井陉县发改局.txt",
}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, Any]]:
    """export(golden name): the document's export from a fresh database, computed once.
    The folder sample is ingested by its folder, as a clerk's tree is."""
    inputs = {
        name: (ACC / f).parents[1] if "/" in f else ACC / f for name, f in FILES.items()
    }
    return cached_exports(tmp_path_factory, inputs)


@pytest.mark.parametrize("name", list(FILES))
def test_acceptance_golden(name: str, export: Callable[[str], dict[str, Any]]) -> None:
    e = export(name)
    jsonschema.validate(e, SCHEMA)
    assert_golden(name, e)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bureau_unit_note_outside_table(fmt: str, export: Callable[[str], dict[str, Any]]) -> None:
    """单位名称：… in a paragraph; 单位：万元 above each table makes 预算数 45.60 万元;
    资金来源 merged down beside its funding rows; a per-quarter plan kept as written."""
    d = doc(export(f"acc_bureau_national_{fmt}"))
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
    d = doc(export(f"acc_township_two_row_header_{fmt}"))
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
    d = doc(export("acc_health_commission_sheets_xlsx"))
    assert (d["unit_name"], d["year"]) == ("赞皇县卫生健康委员会", 2025)
    p1, p2 = d["projects"]
    assert (p1["name"], p2["name"]) == ("基本公共卫生服务", "村医补助")
    assert len(p1["indicators"]) == 6 and len(p2["indicators"]) == 4
    v = by_level3(p1)["资金拨付时限"]["value"]
    assert (v["kind"], v["op"], v["number"], v["unit"]) == ("quantity", "<=", 12, "个月")


def test_education_text_export_only_projects(export: Callable[[str], dict[str, Any]]) -> None:
    """A 部门预算收支总表, a table of contents and a signature table are no projects;
    four columns (no 描述, no 依据); the year only in the file name."""
    d = doc(export("acc_education_text_export_txt"))
    assert (d["unit_name"], d["year"]) == ("元氏县教育局", 2019)
    assert [p["name"] for p in d["projects"]] == ["学生营养改善计划", "校舍维修改造"]
    p1, p2 = d["projects"]
    assert p1["funding"] == [{"source": "财政资金", "amount_yuan": 864000.0}]
    assert all(i["description"] is None and i["basis"] is None for i in p1["indicators"])
    assert by_level3(p2)["校舍安全隐患"]["value"]["kind"] == "qualitative"


def test_folder_names_unit(export: Callable[[str], dict[str, Any]]) -> None:
    """The unit and year only in the folders (2020/城关镇/); quarters and percentages in
    one cell each (第一季度25%); funding labels without their (万元) note."""
    d = doc(export("acc_folder_only_unit_docx"))
    assert (d["unit_name"], d["year"]) == ("城关镇", 2020)
    [p] = d["projects"]
    assert p["spend_plan"] == [25, 50, 75, 100]
    assert p["funding"] == [{"source": "财政资金", "amount_yuan": 600000.0},
                            {"source": "其他资金", "amount_yuan": 80000.0}]
    assert len(p["indicators"]) == 5


def test_national_text_export(export: Callable[[str], dict[str, Any]]) -> None:
    """金额单位：万元 as a paragraph makes the bare 预算数 12.5 万元; Q1–Q4; 序号 kept
    as an extra; blank 一级/二级 filled down."""
    d = doc(export("acc_national_text_export_txt"))
    assert (d["unit_name"], d["year"]) == ("井陉县发展和改革局", 2022)
    [p] = d["projects"]
    assert (p["code"], p["budget_total_yuan"]) == ("130121220000000042", 125000.0)
    assert p["spend_plan"] == [25, 50, 75, 100]
    rows = [(i["level1"], i["level2"], i["value"]["kind"]) for i in p["indicators"]]
    assert rows[1] == ("产出指标", "数量指标", "quantity")
    assert rows[3] == ("效益指标", "社会效益指标", "qualitative")


def test_samples_are_built() -> None:
    missing = [f for f in FILES.values() if not (ACC / f).exists()]
    assert not missing, f"run `make samples`: missing {missing}"



