"""Excel's other ways to save, which arrive named .xls: Excel 2003 XML (SpreadsheetML, what
older finance systems export) and a web page (what many sites serve as "Excel").  The
samples are 南甸镇's workbook saved each way (`samples/saved_as.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import UnreadableFile
from jixiao.parsers.readers import excel
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from tests.helpers import SAMPLES, contract

XLSX = SAMPLES / "layouts_unlike_the_seed_in_pdf_and_excel" / "南甸镇_部门预算.xlsx"
XML_XLS = SAMPLES / "excel_saved_as" / "南甸镇_部门预算_2003.xls"
HTML_XLS = SAMPLES / "excel_saved_as" / "南甸镇_部门预算_网页.xls"


def test_excel_2003_xml_exports_what_the_workbook_exports(export_file: Any) -> None:
    assert detect_format(XML_XLS) == "xlsxml"
    got, workbook = export_file(XML_XLS), export_file(XLSX)
    assert got["documents"][0]["format"] == "xlsxml"
    assert len(got["documents"][0]["projects"]) == 2
    assert contract(got) == contract(workbook)


def without_raw(o: Any) -> Any:
    """The export without the values' raw text: a web page shows a date as its writer
    chose (2023/12/31), the workbook's reader as ISO; the typed values must agree."""
    if isinstance(o, dict):
        return {k: without_raw(v) for k, v in o.items() if k != "value_raw"}
    if isinstance(o, list):
        return [without_raw(v) for v in o]
    return o


def test_a_web_page_named_xls_exports_what_the_workbook_exports(export_file: Any) -> None:
    assert detect_format(HTML_XLS) == "html"
    got, workbook = export_file(HTML_XLS), export_file(XLSX)
    assert without_raw(contract(got)) == without_raw(contract(workbook))


# -- SpreadsheetML, cell by cell ---------------------------------------------------------------

HEAD = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:html="http://www.w3.org/TR/REC-html40">')


def workbook(tmp_path: Path, body: str, styles: str = "") -> Path:
    path = tmp_path / "导出.xls"
    path.write_text(f"{HEAD}<Styles>{styles}</Styles>{body}</Workbook>", encoding="utf-8")
    return path


def grid(path: Path) -> list[list[tuple[str, int, int, bool]]]:
    src = excel.read(path, limits=Limits())
    return [[(c.text, c.col, c.colspan, c.merged_above) for c in r.cells]
            for t in src.tables for r in t.rows]


def test_indexes_merges_formats_and_rich_text(tmp_path: Path) -> None:
    path = workbook(tmp_path, (
        '<Worksheet ss:Name="表"><Table>'
        '<Row><Cell ss:MergeDown="1"><Data ss:Type="String">产出指标</Data></Cell>'
        '<Cell ss:Index="3" ss:MergeAcross="1" ss:StyleID="p">'
        '<Data ss:Type="Number">0.95</Data></Cell></Row>'
        '<Row><Cell ss:Index="2"><Data ss:Type="String"><html:B>数量</html:B>指标</Data></Cell>'
        '<Cell ss:StyleID="m"><Data ss:Type="Number">646000</Data></Cell></Row>'
        '</Table></Worksheet>'
        '<Worksheet ss:Name="隐藏"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row>'
        '</Table><x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>'
        '</Worksheet>'),
        styles='<Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style>'
               '<Style ss:ID="m"><NumberFormat ss:Format="Standard"/></Style>')
    assert detect_format(path) == "xlsxml"
    assert grid(path) == [
        [("产出指标", 0, 1, False), ("", 1, 1, False), ("95.00%", 2, 2, False)],
        [("产出指标", 0, 1, True), ("数量指标", 1, 1, False), ("646,000.00", 2, 1, False),
         ("", 3, 1, False)],  # rows as wide as the sheet, as for .xlsx
    ]
    assert excel.read(path).warnings == ["hidden sheet '隐藏' skipped"]


def test_entities_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xls"
    path.write_text('<?xml version="1.0"?><!DOCTYPE W [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    '<?mso-application progid="Excel.Sheet"?>'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">&e;'
                    "</Workbook>", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="entit"):
        excel.read(path)
