"""Exports that open cleanly in Excel: CSV with a BOM; a workbook with
Chinese headers, a frozen header row, fitting widths and a sheet per table."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jixiao.store.exports.xlsx import _width
from tests.helpers import jixiao


@pytest.fixture(scope="module")
def workbook(seeded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx") / "绩效.xlsx"
    r = jixiao("export", "--db", seeded_url, "--format", "xlsx", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    return out


def test_csv_has_a_bom_and_chinese_headers(seeded_url: str) -> None:
    r = jixiao("export", "--db", seeded_url, "--format", "csv")
    raw = r.stdout_bytes
    assert raw.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0][:4] == ["文件", "格式", "单位", "年度"]
    assert "三级指标" in table[0]
    assert len(table) == 1 + 72
    assert b"\r\n" in raw  # Excel's line ends


def test_workbook_has_a_sheet_per_table(workbook: Path) -> None:
    wb = load_workbook(workbook)
    assert wb.sheetnames == ["项目", "资金来源", "指标", "问题"]
    assert wb["项目"].max_row == 1 + 12
    assert wb["资金来源"].max_row == 1 + 12
    assert wb["指标"].max_row == 1 + 72
    assert wb["问题"].max_row == 1 + 6


def test_every_sheet_has_a_frozen_bold_chinese_header(workbook: Path) -> None:
    wb = load_workbook(workbook)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        header = [c.value for c in ws[1]]
        assert all(isinstance(h, str) and any(ord(ch) > 0x2E80 for ch in h) for h in header
                   if h not in ("sha256",)), header
        assert all(c.font.bold for c in ws[1])
        assert ws.auto_filter.ref


def test_columns_fit_their_contents(workbook: Path) -> None:
    ws = load_workbook(workbook)["项目"]
    header = [c.value for c in ws[1]]
    name_col = ws.column_dimensions["F"]
    assert header[5] == "项目名称"
    longest = max(_width(ws.cell(row=r, column=6).value) for r in range(2, ws.max_row + 1))
    assert name_col.width >= longest  # 老庄子镇集贸市场附近修建排水沟: 30 columns
    assert name_col.width <= 62
    assert ws.column_dimensions["C"].width < 10  # 年度 stays narrow


def test_findings_sheet_lists_the_seed_inconsistency(workbook: Path) -> None:
    ws = load_workbook(workbook)["问题"]
    header = [c.value for c in ws[1]]
    assert header == ["单位", "年度", "文件", "项目序号", "项目名称", "三级指标", "严重程度",
                      "类别", "说明"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    errors = [r for r in rows if r[6] == "错误"]
    assert len(errors) == 1
    assert errors[0][3] == 12
    assert "资金来源合计 39.97万元" in errors[0][8]


def test_money_is_formatted_with_thousands(workbook: Path) -> None:
    ws = load_workbook(workbook)["项目"]
    budget = ws["G2"]
    assert budget.value == 5_612_000 and isinstance(budget.value, int)
    assert budget.number_format == "#,##0"  # 5,612,000: no 分 when there are none


# A real table with a funding line without an amount (其他资金) and a budget with 分.
MINGLANG = "real/临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表).xlsx"
MINGLANG_FUNDING = "当年财政拨款 387,664.62；其他资金"  # not `其他资金 None`


@pytest.fixture(scope="module")
def real_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and a real table from samples/, exported as a workbook."""
    from tests.helpers import SAMPLES, SEED, ingest_into

    folder = tmp_path_factory.mktemp("real_xlsx")
    url = f"sqlite:///{folder / 'j.db'}"
    ingest_into(url, [SEED, SAMPLES / MINGLANG])
    out = folder / "绩效.xlsx"
    r = jixiao("export", "--db", url, "--format", "xlsx", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    return out


def test_no_cell_shows_none_or_a_whole_amount_with_a_decimal(real_workbook: Path) -> None:
    for ws in load_workbook(real_workbook).worksheets:
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, str):
                    assert "None" not in c.value, (ws.title, c.coordinate, c.value)
                    assert not re.search(r"\d\.0(?!\d)", c.value), (ws.title, c.coordinate)
                assert not (isinstance(c.value, float) and c.value.is_integer()), \
                    (ws.title, c.coordinate, c.value)


def test_amounts_are_numbers_with_a_number_format(real_workbook: Path) -> None:
    ws = load_workbook(real_workbook)["项目"]
    header = [c.value for c in ws[1]]
    col = header.index("预算数(元)") + 1
    budgets = {ws.cell(r, col).value: ws.cell(r, col).number_format
               for r in range(2, ws.max_row + 1)}
    assert budgets[5_612_000] == "#,##0"
    assert budgets[387_664.62] == "#,##0.00"  # the real table's budget, to the 分


def test_a_funding_line_without_an_amount_is_its_source_alone(real_workbook: Path) -> None:
    ws = load_workbook(real_workbook)["项目"]
    header = [c.value for c in ws[1]]
    funding: dict[str, list[str]] = {}
    for r in range(2, ws.max_row + 1):
        unit = ws.cell(r, header.index("单位") + 1).value
        funding.setdefault(unit, []).append(ws.cell(r, header.index("资金来源") + 1).value)
    assert funding["老庄子镇"][0] == "政府性基金 5,612,000"
    assert funding["临沧市永德县明朗中学"] == [MINGLANG_FUNDING]


@pytest.mark.parametrize(("value", "width"), [
    (None, 4), ("abc", 3), ("项目名称", 8), ("第一行\n第二行很长很长", 6), (5612000.0, 9),
])
def test_display_width(value: object, width: int) -> None:
    assert _width(value) == width


def test_flat_rows_say_their_submission_and_which_copy_is_primary(db_url: str) -> None:
    """The seed's .docx and its .pdf: one submission, the .docx its primary, in the flat
    CSV as in the JSON export (docs/contract.md, "Submissions")."""
    from tests.helpers import SAMPLES, ingest_into

    url, seed = db_url, SAMPLES / "seed"
    ingest_into(url, [seed / "老庄子镇_2021.docx", seed / "老庄子镇_2021.pdf"])
    r = jixiao("export", "--db", url, "--format", "csv")
    table = list(csv.reader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))
    head = table[0]
    rows = [dict(zip(head, row, strict=True)) for row in table[1:]]
    assert {"申报", "主文件"} <= set(head)
    assert len({row["申报"] for row in rows}) == 1
    primary = {row["文件"]: row["主文件"] for row in rows}
    assert primary == {"老庄子镇_2021.docx": "True", "老庄子镇_2021.pdf": "False"}


def test_chinese_tables_name_the_codes_and_write_amounts_as_amounts(
    seeded_url: str, workbook: Path
) -> None:
    """The CSV and the workbook are Chinese tables: 值类型 and 类别 by their Chinese names
    (the names of the views 指标 and 问题), and whole amounts without `.0`, on each engine."""
    r = jixiao("export", "--db", seeded_url, "--format", "csv")
    table = list(csv.reader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))
    rows = [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    assert {row["值类型"] for row in rows} == {"数量", "金额", "百分比", "日期", "是否", "定性"}
    assert rows[0]["预算数(元)"] == "5612000"  # not 5612000.0
    assert not any(cell.endswith(".0") for row in table for cell in row)
    r = jixiao("query", "SELECT count(*) AS n, sum(budget_total_yuan) AS budget FROM v_projects",
               "--format", "csv", "--db", seeded_url)
    assert r.stdout_bytes.decode("utf-8-sig").splitlines() == ["n,budget", "12,15554700"]

    wb = load_workbook(workbook)
    kinds = {c.value for c in next(c for c in wb["指标"].columns if c[0].value == "值类型")[1:]}
    assert kinds == {"数量", "金额", "百分比", "日期", "是否", "定性"}
    found = {c.value for c in next(c for c in wb["问题"].columns if c[0].value == "类别")[1:]}
    assert found == {"资金来源合计与预算数不符", "成本指标远低于预算数", "数量指标不可计量"}
