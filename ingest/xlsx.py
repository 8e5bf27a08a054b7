"""Excel exports with openpyxl: Chinese headers, a frozen header row, fitting widths."""

from __future__ import annotations

from typing import IO, Any

from ingest.exporting import FLAT_COLUMNS, flat_rows

PROJECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "文件"), ("unit_name", "单位"), ("year", "年度"), ("seq", "项目序号"),
    ("code", "项目编码"), ("name", "项目名称"), ("budget_total_yuan", "预算数(元)"),
    ("funding", "资金来源"), ("spend_plan", "资金支出计划(%)"), ("goals", "绩效目标"),
    ("purpose", "主要用途"),
)


def write_workbook(docs: list[dict[str, Any]], out: IO[bytes]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目"
    _sheet(ws, [zh for _k, zh in PROJECT_COLUMNS], _project_rows(docs))
    ind = wb.create_sheet("指标")
    _sheet(
        ind,
        [zh for _k, zh in FLAT_COLUMNS],
        ([r.get(k) for k, _zh in FLAT_COLUMNS] for r in flat_rows(docs)),
    )
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


def _sheet(ws: Any, header: list[str], rows: Any) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    widths = [_width(h) for h in header]
    for row in rows:
        ws.append(row)
        for i, v in enumerate(row):
            widths[i] = max(widths[i], min(60, _width(v)))
    ws.freeze_panes = "A2"
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w + 2


def _width(v: Any) -> int:
    """Display width: a Chinese character is two columns wide."""
    if v is None:
        return 4
    s = str(v).split("\n")[0]
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)
