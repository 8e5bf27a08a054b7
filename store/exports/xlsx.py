"""Excel exports with openpyxl: Chinese headers, a frozen header row, fitting widths,
one sheet per table (项目 projects, 资金来源 funding, 指标 indicators, 问题 findings)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from jixiao import fields
from jixiao.fields import Field, Table
from jixiao.store.exports.flat import cells, flat_rows
from jixiao.vocab.findings import finding_zh

MAX_WIDTH = 60  # columns wider than this wrap in Excel rather than fill the screen
# Number formats: money with thousands separators, percentages and counts as written.
# Amounts are numbers in the cells (a whole amount an integer: 646000, never 646000.0),
# shown with thousands separators, and with 分 only when there are any.
MONEY_HEADERS = frozenset(f.zh for t in fields.ALL for f in t if f.key.endswith("_yuan"))
MONEY_FORMAT = "#,##0.00"
WHOLE_MONEY_FORMAT = "#,##0"


def number(v: Any) -> Any:
    """A whole float as an int (646000.0 → 646000); anything else as it is."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _amount_text(v: float | int) -> str:
    """An amount in a text cell: 5,612,000 or 5,612,000.50."""
    v = number(v)
    return f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"


def _funding_text(lines: list[dict[str, Any]]) -> str:
    """A project's funding lines in one cell: 政府性基金 5,612,000；其他资金 (a line without
    an amount is its source alone; one without a source its amount alone)."""
    return "；".join(t for t in map(_funding_line, lines) if t)


def _funding_line(f: dict[str, Any]) -> str:
    amount = f.get("amount_yuan")
    words = [f.get("source") or "", "" if amount is None else _amount_text(amount)]
    return " ".join(w for w in words if w)


def _plan_text(plan: list[Any] | None) -> str:
    return "、".join("" if x is None else str(number(x)) for x in plan or [])


# A project's lists on the 项目 sheet, one cell of text each.
_AS_TEXT: dict[Field, Callable[[Any], str]] = {
    fields.PROJECT["funding"]: _funding_text,
    fields.PROJECT["spend_plan"]: _plan_text,
    fields.PROJECT["goals"]: "\n".join,
}

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


def write_workbook(
    docs: list[dict[str, Any]],
    out: IO[bytes],
    *,
    findings: list[dict[str, Any]] | None = None,
) -> None:
    sheets: list[Sheet] = [
        ("项目", fields.header(fields.PROJECT_SHEET), _project_rows(docs)),
        ("资金来源", fields.header(fields.FUNDING_SHEET), _funding_rows(docs)),
        ("指标", fields.header(fields.FLAT), flat_rows(docs)),
    ]
    if findings is not None:
        keys = [fields.view_column(c, Table.FINDING) for c in fields.FINDING_SHEET]
        named = ({**f, "code": finding_zh(f["code"])} for f in findings)  # 类别 by its name
        sheets.append(("问题", fields.header(fields.FINDING_SHEET),
                       ([f.get(k) for k in keys] for f in named)))
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


def _project_rows(docs: list[dict[str, Any]]) -> Iterable[list[Any]]:
    for d in docs:
        for p in d["projects"]:
            row = cells(fields.PROJECT_SHEET, {Table.DOCUMENT: d, Table.PROJECT: p})
            yield [_AS_TEXT[c](v) if c in _AS_TEXT else v
                   for c, v in zip(fields.PROJECT_SHEET, row, strict=True)]


def _funding_rows(docs: list[dict[str, Any]]) -> Iterable[list[Any]]:
    for d in docs:
        for p in d["projects"]:
            for f in p["funding"]:
                yield cells(fields.FUNDING_SHEET,
                            {Table.DOCUMENT: d, Table.PROJECT: p, Table.FUNDING: f})


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
            shown = (_amount_text(v) if header[i] in MONEY_HEADERS
                     and isinstance(v, float | int) else v)
            widths[i] = max(widths[i], min(MAX_WIDTH, _width(shown)))
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions
    for i, (h, w) in enumerate(zip(header, widths, strict=True), 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = w + 2
        if h in MONEY_HEADERS:
            for (c,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                c.number_format = (WHOLE_MONEY_FORMAT if isinstance(c.value, int)
                                   else MONEY_FORMAT)
        if w >= MAX_WIDTH:
            for (c,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                c.alignment = Alignment(wrap_text=True, vertical="top")


def _cell(v: Any) -> Any:
    """Lists and dicts (a JSON column in a query) as text, whole numbers as integers;
    Excel takes the rest."""
    if isinstance(v, list | dict):
        import json

        return json.dumps(v, ensure_ascii=False)
    return number(v)


def _width(v: Any) -> int:
    """Display width: a Chinese character is two columns wide."""
    if v is None:
        return 4
    s = str(v).split("\n")[0]
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)
