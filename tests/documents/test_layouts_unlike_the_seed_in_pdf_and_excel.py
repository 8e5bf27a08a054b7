"""Layouts unlike the seed in PDF and Excel
(samples/layouts_unlike_the_seed_in_pdf_and_excel/, built by the module of that name):
PDFs that are not plain prints of our docx, a clerk's workbook (also as .xls and as
Calc's PDF) and a quirky text export, each checked against what a careful reader takes
from it (the golden exports are compared in tests/documents/test_goldens.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from samples.layouts_unlike_the_seed_in_pdf_and_excel import DIR
from tests.helpers import SAMPLES, by_level3, contract, doc

# the case a document guards → its sample (a path under samples/)
FILES: dict[str, str] = {
    "repeated_header_docx": f"{DIR}/岗底镇_重复表头.docx",
    "repeated_header_pdf": f"{DIR}/岗底镇_重复表头.pdf",
    "bottom_of_page_docx": f"{DIR}/石门镇_页底起表.docx",
    "bottom_of_page_pdf": f"{DIR}/石门镇_页底起表.pdf",
    "horizontal_rules_docx": f"{DIR}/北冶乡_横线表.docx",
    "horizontal_rules_pdf": f"{DIR}/北冶乡_横线表.pdf",
    "clerk_workbook_xlsx": f"{DIR}/南甸镇_部门预算.xlsx",
    "clerk_workbook_xls": f"{DIR}/南甸镇_部门预算.xls",
    "clerk_workbook_calc_pdf": f"{DIR}/南甸镇_部门预算.pdf",
    "quirky_text_txt": f"{DIR}/上寨乡_导出.txt",
}


@pytest.fixture
def export(sample_export: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """export(case): the export of the document that guards it."""

    def get(case: str) -> dict[str, Any]:
        return sample_export(FILES[case])

    return get


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_repeated_header_over_page_break(fmt: str, export: Callable[[str], dict[str, Any]]) -> None:
    """The indicator table on its own, its header row repeated on every page: no header
    becomes an indicator, and 产出指标 merged over the page break fills every row."""
    d = doc(export(f"repeated_header_{fmt}"))
    assert (d["unit_name"], d["year"]) == ("岗底镇", 2023)
    [p] = d["projects"]
    assert p["budget_total_yuan"] == 2600000.0
    assert len(p["indicators"]) == 25
    assert [i["level1"] for i in p["indicators"][:22]] == ["产出指标"] * 22
    assert not any(i["level3"] == "三级指标" for i in p["indicators"])
    v = by_level3(p)["安全事故"]["value"]
    assert (v["kind"], v["number"], v["unit"]) == ("quantity", 0, "起")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_table_starting_at_bottom_of_page(
    fmt: str, export: Callable[[str], dict[str, Any]],
) -> None:
    """项目名称 … header on page 1, every indicator on page 2: one project."""
    d = doc(export(f"bottom_of_page_{fmt}"))
    [p] = d["projects"]
    assert (p["name"], p["budget_total_yuan"]) == ("农村饮水安全巡查", 185000.0)
    assert p["spend_plan"] == [25, 50, 75, 100]
    assert len(p["indicators"]) == 7
    v = by_level3(p)["饮水安全事故"]["value"]
    assert (v["kind"], v["number"]) == ("quantity", 0)


@pytest.mark.parametrize("name", ["clerk_workbook_xlsx", "clerk_workbook_xls",
                                  "clerk_workbook_calc_pdf"])
def test_clerk_workbook(name: str, export: Callable[[str], dict[str, Any]]) -> None:
    """A 部门预算收支总表 is no project and lends no funding to the next one (Calc's PDF
    puts it just above the first project); typed numbers read as shown (0.95 as 95%,
    12600 as 12,600, an Excel date)."""
    d = doc(export(name))
    assert (d["unit_name"], d["year"]) == ("南甸镇", 2023)
    p1, p2 = d["projects"]
    assert (p1["name"], p2["name"]) == ("村级公益事业建设", "困难群众临时救助")
    assert (p1["budget_total_yuan"], p2["budget_total_yuan"]) == (865000.0, 200000.0)
    assert p1["funding"] == [] and p2["funding"] == []
    assert p1["spend_plan"] == [25, 50, 75, 100]
    ind = by_level3(p1)
    assert ind["群众满意度"]["value"]["kind"] == "percent"
    assert ind["群众满意度"]["value"]["number"] == 95
    assert ind["完工时间"]["value"]["date"] == "2023-10-31"
    assert ind["硬化道路面积"]["value"]["number"] == 12600
    assert by_level3(p2)["救助对象满意度"]["value"]["number"] == 98.5


def test_quirky_text_export(export: Callable[[str], dict[str, Any]]) -> None:
    """BOM, CRLF, a form feed, trailing spaces and ragged rows change nothing."""
    d = doc(export("quirky_text_txt"))
    assert (d["unit_name"], d["year"]) == ("上寨乡", 2021)
    [p] = d["projects"]
    assert p["name"] == "乡村学校少年宫运行经费"
    assert p["budget_total_yuan"] == 60000.0
    assert len(p["indicators"]) == 5
    last = p["indicators"][-1]
    assert (last["description"], last["value_raw"], last["basis"]) == (
        "学生及家长满意度", "95%及以上", "工作经验")


def test_horizontal_rules_docx(export: Callable[[str], dict[str, Any]]) -> None:
    d = doc(export("horizontal_rules_docx"))
    assert [len(p["indicators"]) for p in d["projects"]] == [4, 3]


def test_horizontal_rules_pdf(export: Callable[[str], dict[str, Any]]) -> None:
    """Drawn with horizontal rules only: the columns come from the text, and the export
    is the Word file's, field by field (the last row goes on over a page break)."""
    pdf_export = export("horizontal_rules_pdf")
    assert [len(p["indicators"]) for p in doc(pdf_export)["projects"]] == [4, 3]
    assert contract(pdf_export) == contract(export("horizontal_rules_docx"))


def test_samples_are_built() -> None:
    missing = [f for f in FILES.values() if not (SAMPLES / f).exists()]
    assert not missing, f"run `make samples`: missing {missing}"
