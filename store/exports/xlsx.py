"""Excel exports with openpyxl: Chinese headers, a frozen header row, fitting widths,
one sheet per table (项目 projects, 资金来源 funding, 指标 indicators, 问题 findings)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO, Any

from jixiao.store.exports.flat import FLAT_COLUMNS, flat_rows

PROJECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "文件"), ("unit_name", "单位"), ("year", "年度"), ("seq", "项目序号"),
    ("code", "项目编码"), ("name", "项目名称"), ("budget_total_yuan", "预算数(元)"),
    ("funding", "资金来源"), ("spend_plan", "资金支出计划(%)"), ("goals", "绩效目标"),
    ("purpose", "主要用途"),
)
FUNDING_COLUMNS: tuple[str, ...] = (
    "文件", "单位", "年度", "项目序号", "项目名称", "资金来源", "金额(元)",
)
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("unit_name", "单位"), ("year", "年度"), ("source", "文件"), ("project_seq", "项目序号"),
    ("project", "项目名称"), ("indicator", "三级指标"), ("severity_zh", "严重程度"),
    ("code", "类别"), ("message", "说明"),
)
MAX_WIDTH = 60  # columns wider than this wrap in Excel rather than fill the screen
# Number formats: money with thousands separators, percentages and counts as written.
MONEY_HEADERS = frozenset({"预算数(元)", "金额(元)", "资金来源合计(元)", "预算合计(元)"})
MONEY_FORMAT = "#,##0.00"

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


def write_workbook(
    docs: list[dict[str, Any]],
    out: IO[bytes],
    *,
    findings: list[dict[str, Any]] | None = None,
) -> None:
    sheets: list[Sheet] = [
        ("项目", [zh for _k, zh in PROJECT_COLUMNS], _project_rows(docs)),
        ("资金来源", FUNDING_COLUMNS, _funding_rows(docs)),
        ("指标", [zh for _k, zh in FLAT_COLUMNS],
         ([r.get(k) for k, _zh in FLAT_COLUMNS] for r in flat_rows(docs))),
    ]
    if findings is not None:
        sheets.append(("问题", [zh for _k, zh in FINDING_COLUMNS],
                       ([f.get(k) for k, _zh in FINDING_COLUMNS] for f in findings)))
    write_sheets(sheets, out)


def write_sheets(sheets: Iterable[Sheet], out: IO[bytes]) -> None:
    """Any tables as one workbook, a sheet each."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    for n, (title, header, rows) in enumerate(sheets):
        ws = first if n == 0 else wb.create_sheet()
        ws.title = title[:31]  # Excel's limit
        _sheet(ws, list(header), rows)
    wb.save(out)


def _project_rows(docs: list[dict[str, Any]]) -> Any:
    for d in docs:
        for p in d["projects"]:
            yield [
                d["source"], d["unit_name"], d["year"], p["seq"], p["code"], p["name"],
                p["budget_total_yuan"],
                "；".join(f"{f['source']} {f['amount_yuan']}" for f in p["funding"]),
                "、".join("" if x is None else str(x) for x in (p["spend_plan"] or [])),
                "\n".join(p["goals"]),
                p["purpose"],
            ]


def _funding_rows(docs: list[dict[str, Any]]) -> Any:
    for d in docs:
        for p in d["projects"]:
            for f in p["funding"]:
                yield [d["source"], d["unit_name"], d["year"], p["seq"], p["name"],
                       f["source"], f["amount_yuan"]]


def _sheet(ws: Any, header: list[str], rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    widths = [_width(h) for h in header]
    for row in rows:
        ws.append([_cell(v) for v in row])
        for i, v in enumerate(row):
            shown = f"{v:,.2f}" if header[i] in MONEY_HEADERS and isinstance(v, float) else v
            widths[i] = max(widths[i], min(MAX_WIDTH, _width(shown)))
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions
    for i, (h, w) in enumerate(zip(header, widths, strict=True), 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = w + 2
        if h in MONEY_HEADERS:
            for (c,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                c.number_format = MONEY_FORMAT
        if w >= MAX_WIDTH:
            for (c,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                c.alignment = Alignment(wrap_text=True, vertical="top")


def _cell(v: Any) -> Any:
    """Lists and dicts (a JSON column in a query) as text; Excel takes the rest."""
    if isinstance(v, list | dict):
        import json

        return json.dumps(v, ensure_ascii=False)
    return v


def _width(v: Any) -> int:
    """Display width: a Chinese character is two columns wide."""
    if v is None:
        return 4
    s = str(v).split("\n")[0]
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)
