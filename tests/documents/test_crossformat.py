"""The cross-format check's own pieces (tests/documents/crossformat.py), without the
programs it converts with."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.documents.crossformat import as_word_text, fitted_for_print, unspaced
from tests.helpers import SAMPLES


def test_word_text_written_from_the_seeds_docx_is_the_seeds_own_text() -> None:
    """The seed is Word's text export of a real submission; its .docx rebuilds the tables
    with their merges.  Written back as Word writes text, it gives the seed's lines again
    (a blank line between two paragraphs aside, which Word writes or not)."""
    seed = SAMPLES / "seed"
    written = as_word_text(seed / "老庄子镇_2021.docx").splitlines()
    original = (seed / "老庄子镇_2021.txt").read_text(encoding="utf-8").splitlines()
    assert [ln.strip() for ln in written if ln.strip()] == [
        ln.strip() for ln in original if ln.strip()]
    assert [ln for ln in written if ln.startswith("\t")] == [
        ln for ln in original if ln.startswith("\t")]


def test_unspaced_takes_out_spaces_from_texts_but_never_from_typed_values() -> None:
    truth = {"unit_name": "老庄子 镇", "projects": [{"name": "征地 拆迁", "indicators": [
        ["产 出 指 标", None, "完成率", "≥ 95%", "percent >= 95 %"]]}]}
    assert unspaced(truth) == {"unit_name": "老庄子镇", "projects": [{
        "name": "征地拆迁",
        "indicators": [["产出指标", None, "完成率", "≥95%", "percent >= 95 %"]]}]}
    export = [{"projects": [{"indicators": [
        {"level1": "产出\n指标", "value": {"unit": "万 元"}}]}]}]
    assert unspaced(export) == [
        {"projects": [{"indicators": [{"level1": "产出指标", "value": {"unit": "万 元"}}]}]}]


def test_a_workbook_fitted_for_print_wraps_and_is_as_tall_as_its_text(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "保证征收土地完成率" * 4])
    ws.append(["产出指标", "37亩"])
    wb.save(tmp_path / "a.xlsx")
    fitted_for_print(tmp_path / "a.xlsx", tmp_path / "b.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "b.xlsx").active
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws["B1"].alignment.wrap_text
    # 36 characters of two widths each in a column 8.43 wide: ten lines of 15 points; 产出指标
    # beside 37亩: two lines
    assert ws.row_dimensions[1].height == 150 and ws.row_dimensions[2].height == 30
