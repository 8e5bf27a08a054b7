"""Excel workbooks (.xlsx through openpyxl, .xls through xlrd, Excel 2003 XML through
lxml) → `SourceDocument`.

The chain: `xlsx_sheets` / `xls_sheets` (each visible sheet as cell texts and merged
ranges; hidden sheets skipped with a warning) → `sheet_rows` (logical `Cell`s with merges
resolved: a range spanning columns is one cell with `colspan`, the rows below its first
repeat its text with `merged_above=True`; empty leading columns and trailing rows
dropped) → `sheet_blocks` (the sheet cut at blank rows; the rows of one cell that open a
part, such as "征地拆迁补偿款项目绩效目标表", become paragraphs so that they name the
project, the rest a table).  Several projects on one sheet or one sheet per project both
come out as blocks in order; `jixiao.parsers.layout.document` does the rest, as for every format.

Cells read as Excel shows them (`display_text`): 0.95 formatted as a percent is "95%",
3309840 with #,##0.00 is "3,309,840.00", a date is 2021年12月31日 when its format writes
年, else ISO.  openpyxl and xlrd give the stored number and the format code, not the
displayed text, and no library renders number formats, hence the small formatter below
for the formats clerks use (decimals, thousands, percent, literal text).
"""

from __future__ import annotations

import importlib
import io
import re
import struct
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import xlrd
from lxml import etree
from openpyxl.utils.exceptions import InvalidFileException
from xlrd.compdoc import CompDocError

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Block, SourceDocument, Table, has_grid
from jixiao.parsers.readers import SCANS
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.safety import (
    open_zip,
    parse_xml,
    read_entry,
    relationships,
    scan_package,
)
from jixiao.parsers.readers.sheets import Merge, Sheet, sheet_blocks, sheet_rows

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    with path.open("rb") as f:
        head = f.read(8)
    warnings: list[str] = []
    if head == OLE_MAGIC:
        fmt, sheets = "xls", xls_sheets(path, warnings, limits)
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        fmt, sheets = "xlsxml", xml_sheets(path, warnings, limits)
    else:
        fmt, sheets = "xlsx", xlsx_sheets(path, warnings, limits)
    blocks: list[Block] = []
    for sheet in sheets:
        blocks.extend(sheet_blocks(sheet_rows(sheet, limits), first_table=_count_tables(blocks)))
    src = SourceDocument(blocks, format=fmt, warnings=warnings)
    if fmt == "xlsx" and not has_grid(blocks):
        # a workbook of pictures: the stamped table scanned or photographed and pasted
        # onto a sheet; read by OCR as the pages of a scan (`ocr.read_pictures`)
        pictures = xlsx_pictures(path, limits)
        if pictures:
            at = max(len(blocks) - 1, 0)
            importlib.import_module(SCANS).read_pictures(
                src, [(at, data) for data in pictures], path.name, limits)
    return src


def _count_tables(blocks: list[Block]) -> int:
    return sum(1 for b in blocks if isinstance(b, Table))


XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
WHAT = "the Excel file"


def xlsx_pictures(path: Path, limits: Limits = LIMITS) -> list[bytes]:
    """The pictures placed on the workbook's sheets, sheet by sheet, each sheet's top to
    bottom and left to right (each once)."""
    out: list[bytes] = []
    seen: set[str] = set()
    with open_zip(path, limits, what=WHAT) as z:
        book = "xl/workbook.xml"
        if book not in z.namelist():
            return []
        sheets = relationships(z, book, limits, what=WHAT)
        root = parse_xml(read_entry(z, book, limits, what=WHAT), book, what=WHAT)
        for sheet in root.iter("{*}sheet"):
            part = sheets.get(sheet.get(R_ID) or "")
            if part is None:
                continue
            for drawing in relationships(z, part, limits, what=WHAT).values():
                if not drawing.startswith("xl/drawings/") or not drawing.endswith(".xml"):
                    continue
                media = relationships(z, drawing, limits, what=WHAT)
                anchors = parse_xml(read_entry(z, drawing, limits, what=WHAT), drawing,
                                    what=WHAT)
                placed = []
                for anchor in anchors:
                    at = anchor.find(f"{XDR}from")
                    where = ((int(at.findtext(f"{XDR}row") or 0),
                              int(at.findtext(f"{XDR}col") or 0)) if at is not None
                             else (0, 0))
                    for blip in anchor.iter(BLIP):
                        name = media.get(blip.get(R_EMBED) or "")
                        if name is not None:
                            placed.append((where, name))
                for _where, name in sorted(placed):
                    if name not in seen:
                        seen.add(name)
                        out.append(read_entry(z, name, limits, what=WHAT))
    return out


# --- .xlsx ---------------------------------------------------------------------------------


def xlsx_sheets(path: Path, warnings: list[str], limits: Limits = LIMITS) -> list[Sheet]:
    with open_zip(path, limits, what="the Excel file") as z:
        uncached = scan_package(z, limits, what="the Excel file", find=_UNCACHED,
                                in_parts="xl/worksheets/")
    try:
        # not read_only: read-only worksheets do not expose their merged ranges.  Opened
        # from a file object: openpyxl refuses a path not named .xlsx (a workbook sent as
        # .docx or .xls is read by its content, like every other format)
        with path.open("rb") as f:
            wb = openpyxl.load_workbook(f, read_only=False, data_only=True, rich_text=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            OSError, EOFError, SyntaxError) as e:  # SyntaxError: broken XML (ElementTree, lxml)
        raise _unopenable(path, e, limits) from e
    if not wb.worksheets:  # openpyxl drops a sheet whose part is missing, without a word
        wb.close()
        raise UnreadableFile(
            "the Excel file holds no worksheet (the parts its workbook lists are missing, or "
            "it has only charts); it is not a complete file: open it in Excel or WPS and "
            "save it again as .xlsx"
        )
    written = _formulas(path) if uncached else {}
    sheets: list[Sheet] = []
    try:
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                warnings.append(f"hidden sheet {ws.title!r} skipped")
                continue
            sheet = Sheet(ws.title)
            last_row = min(ws.max_row, limits.max_table_rows)
            if ws.max_row > limits.max_table_rows:
                warnings.append(
                    f"sheet {ws.title!r}: rows after {limits.max_table_rows:,} not read "
                    "(JIXIAO_MAX_TABLE_ROWS)"
                )
            # the cells the sheet holds, not the rectangle up to its last one: iter_rows
            # would make every cell up to a stray one at XFD1048576 (17 billion of them)
            formulas = written.get(ws.title, {})
            for r, col in sorted(ws._cells):
                c = ws._cells[(r, col)]
                if r <= last_row and (r, col) in formulas and (
                        c.value is None or c.data_type == "e"
                        or _CONSTANT.fullmatch(formulas[(r, col)])):
                    sheet.texts[(r - 1, col - 1)] = formulas[(r, col)]
                elif r <= last_row and c.value is not None:
                    text = display_text(c.value, c.number_format or "General")
                    if text:
                        sheet.texts[(r - 1, col - 1)] = text
            sheet.merges = [
                Merge(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                for m in ws.merged_cells.ranges
            ]
            sheets.append(sheet)
    finally:
        wb.close()
    return sheets


# A formula whose result the file does not hold (<f>22个</f><v></v>, or no <v> at all):
# what a program that writes workbooks leaves where a clerk typed =22个 or =100%, which
# no spreadsheet program has calculated since; or whose result is an error (#NAME?: the
# =22个 a spreadsheet took for a formula, calculated and could not read), which no clerk
# meant to show; or of one figure (=100%, =95), a value typed with its sign of equality,
# the clerk's =100% and not the 100.00% its format shows.  Each way the text written is
# what the cell holds.
_UNCACHED = re.compile(rb"</f>(?:<v\s*/>|<v></v>)?</c>|<f[^>]*/>(?:<v\s*/>|<v></v>)?</c>"
                       rb"|</f><v>#(?:NAME\?|VALUE!|REF!|N/A|NUM!|NULL!|DIV/0!)</v>"
                       rb"|<f[^>/]*>[+-]?\d+(?:\.\d+)?%?</f>")
_CONSTANT = re.compile(r"=[+-]?\d+(?:\.\d+)?%?")


def _formulas(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Each sheet's formulas as written (=22个), by (row, column): the text of a cell
    whose result the file does not hold, which is all a reader of it would see typed."""
    with path.open("rb") as f:
        wb = openpyxl.load_workbook(f, read_only=False, data_only=False, rich_text=False)
    try:
        return {ws.title: {key: c.value for key, c in ws._cells.items()
                           if isinstance(c.value, str) and c.value.startswith("=")}
                for ws in wb.worksheets}
    finally:
        wb.close()


def _unopenable(path: Path, e: BaseException, limits: Limits) -> UnreadableFile:
    """Why openpyxl could not open the workbook, in the words of the file: the part that
    is missing or not well-formed (openpyxl's own message names neither), else its
    message without the exception's class."""
    if isinstance(e, KeyError):
        m = re.search(r"no item named '([^']+)'", str(e))
        if m:
            return UnreadableFile(
                f"the Excel file has no part named {m.group(1)}; it is not a complete file: "
                "open it in Excel or WPS and save it again as .xlsx"
            )
    if isinstance(e, SyntaxError):
        with open_zip(path, limits, what="the Excel file") as z:
            for info in z.infolist():
                if info.filename.lower().endswith((".xml", ".rels")):
                    try:
                        parse_xml(read_entry(z, info.filename, limits, what="the Excel file"),
                                  info.filename, what="the Excel file")
                    except UnreadableFile as found:
                        return found
    said = str(e).strip() or "no reason given"
    return UnreadableFile(
        f"the Excel file cannot be opened ({said}); open it in Excel or WPS and save it again "
        "as .xlsx"
    )


# --- .xls ----------------------------------------------------------------------------------


# What xlrd raises on a damaged file, opening it or reading a sheet's records (struct
# and index errors on records cut short).
XLS_DAMAGE: tuple[type[Exception], ...] = (
    xlrd.XLRDError, CompDocError, AssertionError, IndexError, KeyError, ValueError,
    UnicodeDecodeError, EOFError, struct.error,
)


def xls_sheets(path: Path, warnings: list[str], limits: Limits = LIMITS) -> list[Sheet]:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20]:
        raise UnreadableFile(
            "the Excel file is password-protected; save it again without a password"
        )
    try:
        # xlrd writes its complaints about a damaged file (`WARNING *** file size …`) to
        # stdout unless given a log of its own
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  logfile=io.StringIO())
    except XLS_DAMAGE as e:
        reason = "password-protected" if "encrypt" in str(e).lower() else f"{e}"
        raise UnreadableFile(
            f"the old Excel (.xls) file cannot be read ({reason}); open it in Excel or WPS "
            "and save it again as .xlsx"
        ) from e
    sheets: list[Sheet] = []
    try:
        for i in range(book.nsheets):
            try:  # on_demand: xlrd reads the sheet's records only now
                sh = book.sheet_by_index(i)
            except XLS_DAMAGE as e:
                raise UnreadableFile(
                    f"sheet {i + 1} of the old Excel (.xls) file is damaged ({e}); open it in "
                    "Excel or WPS and save it again as .xlsx"
                ) from e
            if sh.visibility != 0:
                warnings.append(f"hidden sheet {sh.name!r} skipped")
                continue
            if sh.nrows > limits.max_table_rows:
                raise LimitExceeded(
                    f"sheet {sh.name!r} has {sh.nrows:,} rows, over the limit of "
                    f"{limits.max_table_rows:,}; raise JIXIAO_MAX_TABLE_ROWS if it is genuine"
                )
            sheet = Sheet(sh.name)
            for r in range(sh.nrows):
                for c in range(sh.ncols):
                    text = _xls_text(book, sh.cell(r, c))
                    if text:
                        sheet.texts[(r, c)] = text
            sheet.merges = [Merge(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
            sheets.append(sheet)
    finally:
        book.release_resources()
    return sheets


def _xls_text(book: object, cell: object) -> str:
    ctype, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if ctype == xlrd.XL_CELL_TEXT:
        return str(value).replace("\r\n", "\n").replace("\r", "\n")
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERR")
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    fmt = _xls_format(book, cell)
    if ctype == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate_as_datetime(value, book.datemode)  # type: ignore[attr-defined]
            return display_text(when, fmt)
        except (ValueError, OverflowError):
            return display_text(value, "General")
    return display_text(value, fmt)


def _xls_format(book: object, cell: object) -> str:
    try:
        xf = book.xf_list[cell.xf_index]  # type: ignore[attr-defined]
        return str(book.format_map[xf.format_key].format_str)  # type: ignore[attr-defined]
    except (AttributeError, IndexError, KeyError, TypeError):
        return "General"


# --- Excel 2003 XML (SpreadsheetML) -----------------------------------------------------
# What older finance systems export as ".xls": one XML file of worksheets, rows and cells,
# merges as ss:MergeAcross / ss:MergeDown, skipped cells as ss:Index.  openpyxl and xlrd
# do not read it (pandas neither), and its schema is small, so it is read here with lxml.

SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
X = "{urn:schemas-microsoft-com:office:excel}"
# SpreadsheetML's named number formats, as the format codes `display_text` renders.
NAMED_FORMATS = {"general": "General", "general number": "General", "fixed": "0.00",
                 "standard": "#,##0.00", "percent": "0.00%", "scientific": "0.00E+00",
                 "short date": "yyyy-mm-dd", "medium date": "yyyy-mm-dd",
                 "long date": "yyyy年m月d日", "general date": "yyyy-mm-dd"}


def xml_sheets(path: Path, warnings: list[str], limits: Limits = LIMITS) -> list[Sheet]:
    size = path.stat().st_size
    if size > limits.max_part_bytes:
        raise LimitExceeded(
            f"the Excel XML file is {size:,} bytes, over the limit of "
            f"{limits.max_part_bytes:,}; raise JIXIAO_MAX_PART_BYTES if the file is genuine"
        )
    root = parse_xml(path.read_bytes(), "the workbook", what="the Excel XML file")
    formats = {
        style.get(f"{SS}ID"): _named_format(number.get(f"{SS}Format", "General"))
        for style in root.iter(f"{SS}Style")
        if (number := style.find(f"{SS}NumberFormat")) is not None
    }
    sheets: list[Sheet] = []
    for ws in root.iter(f"{SS}Worksheet"):
        name = ws.get(f"{SS}Name", "")
        visible = ws.find(f"{X}WorksheetOptions/{X}Visible")
        if visible is not None and (visible.text or "").strip() != "SheetVisible":
            warnings.append(f"hidden sheet {name!r} skipped")
            continue
        sheet = Sheet(name)
        for table in ws.iter(f"{SS}Table"):
            _xml_table(table, sheet, formats, warnings, limits)
        sheets.append(sheet)
    return sheets


def _xml_table(table: etree._Element, sheet: Sheet, formats: dict[str | None, str],
               warnings: list[str], limits: Limits) -> None:
    r = -1
    for row in table.iterchildren(f"{SS}Row"):
        r = _index(row, r + 1)
        if r >= limits.max_table_rows:
            warnings.append(f"sheet {sheet.name!r}: rows after {limits.max_table_rows:,} not "
                            "read (JIXIAO_MAX_TABLE_ROWS)")
            return
        c = -1
        for cell in row.iterchildren(f"{SS}Cell"):
            c = _index(cell, c + 1)
            across = _int_attr(cell, "MergeAcross")
            down = _int_attr(cell, "MergeDown")
            if across or down:
                sheet.merges.append(Merge(r, c, r + down, c + across))
            data = cell.find(f"{SS}Data")
            if data is not None:
                text = _xml_text(data, formats.get(cell.get(f"{SS}StyleID"), "General"))
                if text:
                    sheet.texts[(r, c)] = text
            c += across


def _xml_text(data: etree._Element, number_format: str) -> str:
    raw = "".join(data.itertext())  # rich text: html:Font runs
    kind = data.get(f"{SS}Type", "String")
    if kind == "Number":
        try:
            return display_text(float(raw), number_format)
        except ValueError:
            return raw.strip()
    if kind == "DateTime":
        try:
            return display_text(datetime.fromisoformat(raw.strip()), number_format)
        except ValueError:
            return raw.strip()
    if kind == "Boolean":
        return "TRUE" if raw.strip() == "1" else "FALSE"
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _named_format(code: str) -> str:
    return NAMED_FORMATS.get(code.strip().lower(), code)


def _index(el: etree._Element, default: int) -> int:
    """A row's or cell's place: its ss:Index (1-based) where it skips ahead."""
    n = _int_attr(el, "Index")
    return n - 1 if n > default else default


def _int_attr(el: etree._Element, name: str) -> int:
    raw = el.get(f"{SS}{name}")
    try:
        return max(0, min(int(raw), 10_000)) if raw else 0
    except ValueError:
        return 0


# --- cells as displayed ------------------------------------------------------------------

_QUOTED = re.compile(r'"([^"]*)"|\\(.)')
_BRACKET = re.compile(r"\[([^\]]*)\]")
_NUMBER_PART = re.compile(r"[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+")


def display_text(value: object, number_format: str) -> str:
    """A cell value as Excel shows it with its number format (the common formats)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date | time):
        return _date_text(value, number_format)
    if isinstance(value, int | float):
        return format_number(float(value), number_format)
    return str(value)


def _date_text(value: datetime | date | time, number_format: str) -> str:
    if isinstance(value, time):
        return value.isoformat()
    d = value.date() if isinstance(value, datetime) else value
    if "年" in number_format:
        day = f"{d.day}日" if "日" in number_format else ""
        return f"{d.year}年{d.month}月{day}"
    if isinstance(value, datetime) and value.time() != time(0, 0):
        return value.isoformat(sep=" ")
    return d.isoformat()


def format_number(x: float, number_format: str) -> str:
    """`x` under an Excel number format: decimals, thousands separators, percent, literal
    text around the number (0"人", 0.00"万元"); anything else as Excel's General."""
    section = _first_section(number_format)
    plain = _QUOTED.sub("", section)
    if section in ("", "General", "@") or "E+" in plain.upper() or "/" in plain:
        return general(x)
    section = _BRACKET.sub(_bracket_text, section)
    section = re.sub(r"_.|\*.", "", section)  # padding and fill characters
    percent = "%" in _QUOTED.sub("", section)
    if percent:
        x *= 100
    pieces = _split_literals(section)
    number_piece = next(
        (i for i, (lit, t) in enumerate(pieces) if not lit and _NUMBER_PART.search(t)), None
    )
    if number_piece is None:
        return "".join(t for _lit, t in pieces) or general(x)
    out = []
    for i, (_lit, t) in enumerate(pieces):
        if i != number_piece:
            out.append(t)
            continue
        m = _NUMBER_PART.search(t)
        assert m is not None
        out.append(t[: m.start()] + _render(x, m.group(0)) + t[m.end() :])
    return "".join(out)


def _bracket_text(m: re.Match[str]) -> str:
    """[Red], [>=100] say nothing shown; [$¥-804] shows its currency symbol."""
    inner = m.group(1)
    return inner[1:].split("-")[0] if inner.startswith("$") else ""


def _first_section(number_format: str) -> str:
    """The format's first section (before an unquoted `;`)."""
    out, quoted = [], False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            break
        out.append(ch)
    return "".join(out)


def _split_literals(section: str) -> list[tuple[bool, str]]:
    """(is_literal, text) pieces: quoted text and backslash escapes are literal."""
    pieces: list[tuple[bool, str]] = []
    last = 0
    for m in _QUOTED.finditer(section):
        if m.start() > last:
            pieces.append((False, section[last : m.start()]))
        pieces.append((True, m.group(1) if m.group(1) is not None else m.group(2)))
        last = m.end()
    if last < len(section):
        pieces.append((False, section[last:]))
    return pieces


def _render(x: float, pattern: str) -> str:
    int_part, _, frac = pattern.partition(".")
    decimals = len(frac)
    min_decimals = frac.count("0")
    thousands = "," in int_part
    text = f"{x:,.{decimals}f}" if thousands else f"{x:.{decimals}f}"
    if decimals > min_decimals and "." in text:  # "#" decimals: trailing zeros dropped
        keep = len(text) - (decimals - min_decimals)
        while len(text) > keep and text.endswith("0"):
            text = text[:-1]
        text = text.rstrip(".")
    if not int_part.strip(",").count("0") and text.startswith("0.") and frac:
        text = text[1:]  # "#.00" shows .5, not 0.5
    return text


def general(x: float) -> str:
    """Excel's General format: integers without a decimal point, others to 15 digits."""
    x = float(x)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return format(x, ".15g")


# --- sheets → rows → blocks ----------------------------------------------------------------
