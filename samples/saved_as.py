"""The seed as Word saves it in its other formats, which clerks send renamed `.doc`:
a web page (Word's filtered HTML, GB2312, rowspan/colspan merges, source lines wrapped
inside Chinese text, Word's conditional blocks), the same page as a single-file web
archive (.mht: MIME, quoted-printable), LibreOffice's HTML of the seed's Word file (an
independent writer), and RTF.

The Word-style page is written here from the seed's rows with the merges the seed's
Word file has (`wordgen.spans_for`, `wordgen.merge_down_runs`), in the markup Word 2016
writes for "Save as web page, filtered"; the others are LibreOffice's conversions.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
from datetime import datetime
from pathlib import Path

from samples.registry import SAMPLES, sample
from samples.seed_docs import SEED_DOCX, heading_style, seed_blocks
from samples.seedtext import Grid, Para
from samples.soffice import convert
from samples.wordgen import merge_down_runs, spans_for

NCOLS = 6
WIDTHS_PT = (54, 71, 88, 99, 79, 74)
HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>老庄子镇2021年预算绩效目标</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>财政所</o:Author>
  <o:Pages>14</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}
-->
</style>
</head>

<body lang=ZH-CN style='text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""
TAIL = """
</div>

</body>

</html>
"""
HEADING_TAGS = {"Heading 1": "h1", "Heading 2": "h2", "Heading 3": "h3"}
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")  # Word writes ASCII runs as lang=EN-US


def _runs(text: str) -> str:
    out = []
    for run in _RUNS.findall(text):
        escaped = _spaces(html.escape(run, quote=False))
        if run.isascii():
            out.append(f"<span lang=EN-US>{escaped}</span>")
        else:
            out.append(f"<span style='font-family:宋体'>{escaped}</span>")
    return "".join(out)


def _wrapped(markup: str) -> str:
    """Word wraps its source lines at a space inside a tag (`<span` CRLF `style=…`)."""
    return markup.replace("<span style", "<span\r\nstyle")


def _spaces(text: str) -> str:
    """Word keeps a run of spaces as `&nbsp;` then a space (mso-spacerun)."""
    return re.sub(r" {2,}", lambda m: "<span style='mso-spacerun:yes'>" + "&nbsp;" * (
        len(m.group()) - 1) + " </span>", text)


def _paragraph(text: str, tag: str = "p") -> str:
    if not text:
        return "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>"
    cls = "" if tag != "p" else " class=MsoNormal"
    return _wrapped(f"<{tag}{cls}>{_runs(text)}</{tag}>")


def _td(text: str, width: float, *, rowspan: int = 1, colspan: int = 1) -> str:
    attrs = f" width={round(width * 4 / 3)}"
    if rowspan > 1:
        attrs += f" rowspan={rowspan}"
    if colspan > 1:
        attrs += f" colspan={colspan}"
    style = (f"width:{width:.1f}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt")
    lines = text.split("\n") if text else [""]
    body = "\r\n  ".join(_paragraph(line) for line in lines)
    return f"  <td{attrs} valign=top style='{style}'>\r\n  {body}\r\n  </td>"


def _table(rows: list[list[str]]) -> str:
    runs = {first: last for first, last in merge_down_runs(rows)}
    continued = {r for first, last in runs.items() for r in range(first + 1, last + 1)}
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 align=center "
           "style='border-collapse:collapse;border:none'>"]
    for r, row in enumerate(rows):
        spans = spans_for(len(row), NCOLS)
        out.append(" <tr style='height:15.6pt'>")
        col = 0
        for i, (text, span) in enumerate(zip(row, spans, strict=True)):
            width = sum(WIDTHS_PT[col:col + span])
            col += span
            if i == 0 and r in continued:
                continue
            down = runs[r] - r + 1 if i == 0 and r in runs else 1
            out.append(_td(text, width, rowspan=down, colspan=span))
        out.append(" </tr>")
    # Word's row of column widths for browsers that misalign columns: empty cells, hidden
    out.append(" <![if !supportMisalignedColumns]>\r\n <tr height=0>")
    out.extend(f"  <td width={round(w * 4 / 3)} style='border:none'></td>" for w in WIDTHS_PT)
    out.append(" </tr>\r\n <![endif]>\r\n</table>")
    return "\r\n".join(out)


def word_page() -> str:
    """The seed as Word's filtered web page."""
    blocks = seed_blocks()
    parts = [HEAD]
    for i, block in enumerate(blocks):
        if isinstance(block, Para):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            tag = HEADING_TAGS.get(heading_style(block.text, nxt) or "", "p")
            parts.append(_paragraph(block.text, tag))
        elif isinstance(block, Grid):
            parts.append(_table([list(r) for r in block.rows]))
            parts.append(_paragraph(""))
    parts.append(TAIL)
    return "\r\n\r\n".join(parts)


@sample("word_saved_as/老庄子镇_2021_网页.doc")
def seed_word_page(target: Path) -> None:
    """Word's "save as web page" of the seed, renamed .doc as clerks do: GB2312, merges as
    rowspan/colspan, runs of spaces as &nbsp;, an empty paragraph as &nbsp;."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(word_page().encode("gb18030"))


@sample("word_saved_as/老庄子镇_2021.mht")
def seed_web_archive(target: Path) -> None:
    """The same page as Word's single-file web archive: MIME, quoted-printable HTML, an
    image part beside it."""
    page = quopri.encodestring(word_page().encode("gb18030")).decode("ascii")
    pixel = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )).decode("ascii")
    boundary = "----=_NextPart_01DA0000.12345678"
    archive = (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Location: file:///C:/5A1B2C3D/老庄子镇_2021.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{page}\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Location: file:///C:/5A1B2C3D/老庄子镇_2021.files/image001.png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Type: image/png\r\n\r\n"
        f"{pixel}\r\n\r\n"
        f"--{boundary}--\r\n"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(archive.encode("gb18030"))


@sample("word_saved_as/老庄子镇_2021.htm", converted_from=SEED_DOCX, golden_without_hash=True)
def seed_soffice_page(target: Path) -> None:
    """LibreOffice's web page of the seed's Word file (another writer's HTML: UTF-8, its
    own markup for merges and paragraphs)."""
    convert(SAMPLES / SEED_DOCX, target, "html:HTML (StarWriter)")


@sample("word_saved_as/老庄子镇_2021.rtf", converted_from=SEED_DOCX,
        no_golden="read through LibreOffice, which a machine may lack: "
                  "tests/parsers/readers/test_html.py compares its export with the seed's")
def seed_rtf(target: Path) -> None:
    """The seed's Word file saved as RTF (read through LibreOffice, as .doc is)."""
    convert(SAMPLES / SEED_DOCX, target, "rtf")


# -- Excel's ----------------------------------------------------------------------------------
NANDIAN_XLSX = "layouts_unlike_the_seed_in_pdf_and_excel/南甸镇_部门预算.xlsx"


@sample("excel_saved_as/南甸镇_部门预算_2003.xls")
def nandian_xml(target: Path) -> None:
    """南甸镇's workbook as Excel 2003 XML (SpreadsheetML), named .xls as the finance systems
    that export it name it: merges as ss:MergeAcross/ss:MergeDown, skipped cells as
    ss:Index, numbers typed with their styles' formats (written here from the workbook:
    LibreOffice's export of this format needs its XSLT filters)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(spreadsheet_ml(SAMPLES / NANDIAN_XLSX).encode("utf-8"))


def spreadsheet_ml(xlsx: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(xlsx)
    styles: dict[str, str] = {}
    sheets = []
    for ws in wb.worksheets:
        spans = {(m.min_row, m.min_col): m for m in ws.merged_cells.ranges}
        covered = {(r, c) for m in ws.merged_cells.ranges
                   for r in range(m.min_row, m.max_row + 1)
                   for c in range(m.min_col, m.max_col + 1)} - set(spans)
        rows = []
        for r in range(1, ws.max_row + 1):
            cells, last = [], 0
            for c in range(1, ws.max_column + 1):
                cell = ws.cell(r, c)
                m = spans.get((r, c))
                if (r, c) in covered or (cell.value is None and m is None):
                    continue
                attrs = f' ss:Index="{c}"' if c != last + 1 else ""
                if m is not None and m.max_col > c:
                    attrs += f' ss:MergeAcross="{m.max_col - c}"'
                if m is not None and m.max_row > r:
                    attrs += f' ss:MergeDown="{m.max_row - r}"'
                last = m.max_col if m is not None else c
                data = ""
                if isinstance(cell.value, datetime):
                    style = styles.setdefault(cell.number_format, f"s{len(styles) + 21}")
                    attrs += f' ss:StyleID="{style}"'
                    data = (f'<Data ss:Type="DateTime">{cell.value:%Y-%m-%dT%H:%M:%S}.000'
                            "</Data>")
                elif isinstance(cell.value, int | float):
                    style = styles.setdefault(cell.number_format, f"s{len(styles) + 21}")
                    attrs += f' ss:StyleID="{style}"'
                    data = f'<Data ss:Type="Number">{cell.value}</Data>'
                elif cell.value is not None:
                    text = html.escape(str(cell.value), quote=False).replace("\n", "&#10;")
                    data = f'<Data ss:Type="String">{text}</Data>'
                cells.append(f"    <Cell{attrs}>{data}</Cell>")
            rows.append('   <Row ss:AutoFitHeight="0">\n' + "\n".join(cells) + "\n   </Row>")
        sheets.append(
            f' <Worksheet ss:Name="{html.escape(ws.title)}">\n  <Table>\n'
            + "\n".join(rows) + "\n  </Table>\n"
            '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">\n'
            "   <Visible>SheetVisible</Visible>\n  </WorksheetOptions>\n </Worksheet>")
    style_xml = "\n".join(
        f'  <Style ss:ID="{sid}"><NumberFormat ss:Format="{html.escape(fmt)}"/></Style>'
        for fmt, sid in styles.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
            ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
            ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
            ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
            ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
            f" <Styles>\n{style_xml}\n </Styles>\n" + "\n".join(sheets) + "\n</Workbook>\n")


@sample("excel_saved_as/南甸镇_部门预算_网页.xls", converted_from=NANDIAN_XLSX,
        golden_without_hash=True)
def nandian_html(target: Path) -> None:
    """南甸镇's workbook as a web page named .xls, as many sites serve "Excel" (numbers as
    shown, merges as rowspan/colspan)."""
    convert(SAMPLES / NANDIAN_XLSX, target, "html:HTML (StarCalc)")


# -- delimited text: what "save as CSV" and "Unicode text" give ----------------------------
# Excel's CSV on a Chinese Windows is GBK, its "CSV UTF-8" has a BOM, its "Unicode text" is
# UTF-16 with TABs; budget systems export one of these.  Each is LibreOffice's CSV of a
# real workbook (cells as shown, merges gone: a merged range's text in its first cell),
# re-encoded as that writer encodes it.
CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
JINAN_XLSX = "real/六安市金安区体育局2025年项目支出绩效目标表.xlsx"
DONGGUAN_XLSX = "real/东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期）.xlsx"
MINGLANG_XLSX = "real/临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表).xlsx"
HEBEI_COURT_XLSX = ("real/天津市河北区人民法院2023年项目支出绩效目标表"
                    "（法院办案业务、业务装备及审判辅助事务外包）.xlsx")


def _csv_rows(xlsx: str) -> list[list[str]]:
    import csv
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jixiao-csv-") as tmp:
        out = Path(tmp) / "sheet.csv"
        convert(SAMPLES / xlsx, out, CSV_AS_SHOWN)
        with out.open(encoding="utf-8", newline="") as f:
            return list(csv.reader(f))


def _delimited(rows: list[list[str]], sep: str) -> str:
    import csv
    import io

    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


@sample(f"excel_saved_as/{Path(JINAN_XLSX).stem}.csv", converted_from=JINAN_XLSX,
        golden_without_hash=True)
def jinan_csv_utf8(target: Path) -> None:
    """金安区体育局's workbook as Excel's "CSV UTF-8 (comma delimited)": UTF-8 with a BOM."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_delimited(_csv_rows(JINAN_XLSX), ",").encode("utf-8-sig"))


def _gbk_csv(xlsx: str, why: str) -> None:
    def build(target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_delimited(_csv_rows(xlsx), ",").encode("gb18030"))

    build.__doc__ = f"{why}, as Excel's \"CSV (comma delimited)\" on a Chinese Windows: GBK."
    sample(f"excel_saved_as/{Path(xlsx).stem}.csv", converted_from=xlsx,
           golden_without_hash=True)(build)


_gbk_csv(DONGGUAN_XLSX, "东莞's workbook")
_gbk_csv(MINGLANG_XLSX, "明朗中学's 自评表 (a two-row header: 实际完成值, 分值 and 得分 "
         "merged down beside 一级指标 | 指标值, blank in the CSV)")


@sample(f"excel_saved_as/{Path(HEBEI_COURT_XLSX).stem}.txt", converted_from=HEBEI_COURT_XLSX,
        golden_without_hash=True)
def hebei_court_unicode_text(target: Path) -> None:
    """河北区人民法院's workbook as Excel's "Unicode text": UTF-16 with a BOM, TAB between
    cells, a cell holding a line break quoted."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_delimited(_csv_rows(HEBEI_COURT_XLSX), "\t").encode("utf-16"))
