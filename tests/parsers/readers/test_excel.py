"""The Excel reader: merges, hidden sheets, trailing rows, display text."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from jixiao.errors import UnreadableFile
from jixiao.parsers.grid import Paragraph, Table
from jixiao.parsers.parse import parse_file, read_source
from jixiao.parsers.readers.excel import display_text
from tests.helpers import SAMPLES

NATIONAL = SAMPLES / "templates" / "柳河镇_2022_项目绩效目标表.xlsx"
NATIONAL_XLS = NATIONAL.with_suffix(".xls")


@pytest.mark.parametrize(
    "value,fmt,shown",
    [
        (0.95, "0%", "95%"),
        (0.9837, "0.00%", "98.37%"),
        (3309840, "#,##0.00", "3,309,840.00"),
        (3309840, "General", "3309840"),
        (0.1 + 0.2, "General", "0.3"),
        (37, '0"亩"', "37亩"),
        (17.3, '0.00"万元"', "17.30万元"),
        (1234.5, "#,##0.##", "1,234.5"),
        (1234, "#,##0.##", "1,234"),
        (5, "[Red]0.00", "5.00"),
        (100, "[$¥-804]#,##0.00", "¥100.00"),
        (95, '"≥"0"%"', "≥95%"),
        (12, "@", "12"),
        (datetime(2021, 12, 31), 'yyyy"年"m"月"d"日"', "2021年12月31日"),
        (datetime(2021, 12, 31), "yyyy-mm-dd", "2021-12-31"),
        (datetime(2021, 12, 1), 'yyyy"年"m"月"', "2021年12月"),
        ("  保持原样 ", "General", "  保持原样 "),
        (True, "General", "TRUE"),
    ],
)
def test_cells_read_as_excel_shows_them(value: object, fmt: str, shown: str) -> None:
    assert display_text(value, fmt) == shown


def test_merged_ranges_resolved() -> None:
    src = read_source(NATIONAL)
    table = src.tables[0]
    money = [r for r in table.rows if r.cells[0].text == "项目资金（元）"]
    assert [r.cells[0].merged_above for r in money] == [False, True, True, True, True]
    name_row = table.rows[0]
    assert [(c.text, c.col, c.colspan) for c in name_row.cells] == [
        ("项目名称", 0, 1), ("村级组织运转经费", 1, 7)]


def test_hidden_sheet_skipped_with_a_warning_and_trailing_rows_ignored() -> None:
    src = read_source(NATIONAL)
    assert src.warnings == ["hidden sheet '旧版' skipped"]
    assert all(not r.is_blank() for t in src.tables for r in t.rows)
    rec = parse_file(NATIONAL)
    assert [p.name for p in rec.projects] == ["村级组织运转经费", "防汛抗旱专项经费"]


def test_one_sheet_per_project_each_titled_by_a_one_cell_row() -> None:
    src = read_source(NATIONAL)
    titles = [b.text for b in src.blocks if isinstance(b, Paragraph)]
    assert titles == ["1. 村级组织运转经费项目绩效目标表", "2. 防汛抗旱专项经费项目绩效目标表"]
    assert [t.index for t in src.tables] == [0, 1]


def test_several_projects_on_one_sheet() -> None:
    path = SAMPLES / "templates" / "东坝乡_2022_四列指标表.xlsx"
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 1
    rec = parse_file(path)
    assert [p.name for p in rec.projects] == ["农村人居环境整治经费", "乡村道路养护经费"]


def test_xls_reads_like_the_xlsx_it_was_saved_from() -> None:
    xls, xlsx = parse_file(NATIONAL_XLS), parse_file(NATIONAL)
    assert xls.format == "xls"
    assert xls.warnings == xlsx.warnings
    assert xls.projects == xlsx.projects


def test_numbers_formatted_in_the_sheet_reach_the_record_as_shown() -> None:
    p = parse_file(NATIONAL).projects[0]
    assert p.budget_raw == "3,309,840.00"
    deadline = next(i for i in p.indicators if i.level2 == "时效指标")
    assert deadline.value_raw == "2022年12月31日"


def test_a_workbook_built_here(tmp_path: Path) -> None:
    """A sheet that starts at column B, a title row, a percent cell, a merged level."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["B2"] = "示范村项目绩效目标表"
    rows: list[list[str | int | None]] = [
        ["项目名称", "示范村建设", None, None],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "示范村数", "3个"],
        [None, "质量指标", "验收合格率", 1],
    ]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=2):
            ws.cell(r, c, v)
    ws.merge_cells("C4:E4")
    ws.merge_cells("B6:B7")
    ws["E7"].number_format = "0%"
    path = tmp_path / "示范镇_2022.xlsx"
    wb.save(path)
    src = read_source(path)
    assert isinstance(src.blocks[0], Paragraph)
    assert isinstance(src.blocks[1], Table)
    rec = parse_file(path)
    [p] = rec.projects
    assert p.name == "示范村建设"
    assert [(i.level1, i.level2, i.value_raw) for i in p.indicators] == [
        ("产出指标", "数量指标", "3个"), ("产出指标", "质量指标", "100%")]


def test_a_broken_xlsx_is_unreadable_and_says_what_to_do(tmp_path: Path) -> None:
    data = NATIONAL.read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFile) as e:
        parse_file(broken, fmt="xlsx")
    assert "broken.xlsx" in str(e.value)
    assert "save it again" in str(e.value)


def test_a_broken_xls_is_unreadable_and_says_what_to_do(tmp_path: Path) -> None:
    data = NATIONAL_XLS.read_bytes()
    broken = tmp_path / "broken.xls"
    broken.write_bytes(data[:1024] + b"\x00" * 4096)
    with pytest.raises(UnreadableFile) as e:
        parse_file(broken, fmt="xls")
    assert "broken.xls" in str(e.value)
    assert "save it again" in str(e.value)


def test_a_formula_the_file_holds_no_result_for_reads_as_written(tmp_path: Path) -> None:
    """=22个 typed into a cell by a program that writes workbooks (openpyxl writes no
    result for a formula, nor do budget systems' exports): the cell reads =22个, not
    nothing; a formula whose result the file holds reads as its result."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "涉及乡镇街数量", "=22个"])
    ws.append(["产出指标", "质量指标", "验收合格率", "100%"])
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    [table] = [b for b in read_source(path).blocks if isinstance(b, Table)]
    assert [c.text for c in table.rows[1].cells] == [
        "产出指标", "数量指标", "涉及乡镇街数量", "=22个"]
    assert table.rows[2].cells[3].text == "100%"


def test_a_workbook_with_every_result_held_is_read_once(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.parsers.readers import excel

    wb = openpyxl.Workbook()
    wb.active.append(["一级指标", "二级指标", "三级指标", "指标值"])
    wb.active.append(["产出指标", "数量指标", "涉及乡镇街数量", "22个"])
    path = tmp_path / "values.xlsx"
    wb.save(path)
    monkeypatch.setattr(excel, "_formulas", lambda path: pytest.fail("read twice"))
    [table] = [b for b in read_source(path).blocks if isinstance(b, Table)]
    assert table.rows[1].cells[3].text == "22个"


def _as_calculated(path: Path, results: dict[str, tuple[str, str]]) -> None:
    """The workbook as a spreadsheet program saves it after calculating: each formula's
    cell (by reference) given its result and the result's type ("e" an error, "n" a
    number), as LibreOffice and Excel write them."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, (kind, value) in results.items():
        sheet = re.sub(rf'<c r="{ref}"(.*?)<v></v></c>',
                       rf'<c r="{ref}" t="{kind}"\1<v>{value}</v></c>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_formula_typed_as_a_value_reads_as_written_once_calculated(tmp_path: Path) -> None:
    """The same =22个 and =100% after a spreadsheet calculated them (the file a clerk saves
    from Excel or WPS, or LibreOffice's copy of a web page's table): =22个 holds the error
    #NAME?, which no clerk meant to show, and =100% holds 1, shown 100.00% by its format;
    each reads as written.  A formula that calculates (=B2*2) reads as its result."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "年度", "合计"])
    ws.append(["产出指标", "数量指标", "涉及乡镇街数量", "=22个", "=2023", "=E2*2"])
    ws.append(["产出指标", "质量指标", "验收合格率", "=100%", "", ""])
    ws["D3"].number_format = "0.00%"
    path = tmp_path / "calculated.xlsx"
    wb.save(path)
    _as_calculated(path, {"D2": ("e", "#NAME?"), "E2": ("n", "2023"), "F2": ("n", "4046"),
                          "D3": ("n", "1")})
    [table] = [b for b in read_source(path).blocks if isinstance(b, Table)]
    assert [c.text for c in table.rows[1].cells] == [
        "产出指标", "数量指标", "涉及乡镇街数量", "=22个", "=2023", "4046"]
    assert table.rows[2].cells[3].text == "=100%"
