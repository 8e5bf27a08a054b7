"""A table scanned or photographed, then pasted into Word under a typed caption: the Word
file (its pictures, page by page) and the PDF printed from it (a picture page with the
caption's text layer) are read by OCR as the scan itself would be; a Word file with a
table of its own, or a PDF page of typed text over a picture, is read as before."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import numpy as np
import pytest
from docx.shared import Cm
from PIL import Image

from jixiao.parsers import parse
from jixiao.parsers.grid import Recognised
from jixiao.parsers.readers import docx as word
from jixiao.parsers.readers import ocr
from jixiao.parsers.readers.limits import LIMITS
from jixiao.parsers.readers.ocr.crop import cell_png
from jixiao.parsers.readers.ocr.engine import recogniser
from jixiao.parsers.readers.pdf import read_pages, typed_over, without_text
from samples.pdf_variants import objects_pdf
from samples.registry import SAMPLES
from tests.parsers.readers.ocr.conftest import needs_ocr

PASTED_DOCX = SAMPLES / "scans/real_scan_pasted_in_word.docx"
PASTED_PDF = SAMPLES / "scans/real_photo_pasted_in_word.pdf"
SCAN = SAMPLES / "scans/flatbed_grey.png"
SCANNED_OFD = SAMPLES / "scans/real_scan_as_ofd.ofd"  # a scan saved as OFD: pictures too
PASTED_XLSX = SAMPLES / "scans/real_scan_pasted_in_excel.xlsx"


def _readings(src_path: Path) -> list[Recognised]:
    src = parse.read_source(src_path)
    return [c.ocr for t in src.tables for r in t.rows for c in r.cells
            if c.ocr is not None and not c.merged_above]


def _png(size: tuple[int, int], shade: int = 128) -> bytes:
    out = io.BytesIO()
    Image.new("L", size, shade).save(out, "PNG")
    return out.getvalue()


def test_pictures_are_found_in_reading_order_each_once(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("附件2")
    d.add_picture(io.BytesIO(_png((600, 800), 10)), width=Cm(8))
    d.add_paragraph("第二页")
    d.add_picture(io.BytesIO(_png((600, 800), 200)), width=Cm(8))
    d.add_picture(io.BytesIO(_png((120, 60), 90)), width=Cm(2))  # a logo
    path = tmp_path / "pasted.docx"
    d.save(path)
    with zipfile.ZipFile(path) as z:
        body = word.simplify(word.parse_part(z, "word/document.xml", LIMITS)).find(word.BODY)
        found = word.body_pictures(z, "word/document.xml", body, LIMITS)
    assert [i for i, _ in found] == [1, 3, 4]
    shades = [Image.open(io.BytesIO(data)).getpixel((0, 0)) for _, data in found]
    assert shades == [10, 200, 90]
    # the logo is no page
    assert [Image.open(io.BytesIO(d)).size for d in ocr.page_pictures([d for _, d in found])
            ] == [(600, 800), (600, 800)]


@needs_ocr
def test_a_word_file_of_pasted_scans_reads_each_picture_as_a_page() -> None:
    src = parse.read_source(PASTED_DOCX)
    assert src.format == "docx" and src.pages == 2
    assert src.blocks[0].text == "附件2：项目支出绩效自评表（盖章扫描件）"  # the caption, typed
    pages = {r.page for r in _readings(PASTED_DOCX)}
    assert pages == {1, 2}


@needs_ocr
def test_a_word_file_with_a_table_of_its_own_reads_no_picture(tmp_path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "道路维修"
    table.cell(1, 0).text, table.cell(1, 1).text = "年度目标", "完成维修"
    d.add_picture(str(SCAN), width=Cm(15))  # a photo of the site, say
    path = tmp_path / "typed.docx"
    d.save(path)
    src = parse.read_source(path)
    assert src.pages is None and not src.readings
    assert [[c.text for c in r.cells] for t in src.tables for r in t.rows] == [
        ["项目名称", "道路维修"], ["年度目标", "完成维修"]]


def test_a_pdf_page_of_a_pasted_picture_is_told_by_its_caption_and_picture() -> None:
    pages = read_pages(PASTED_PDF, LIMITS)
    [picture] = typed_over(pages).values()
    assert picture is not None
    assert picture.width > 1000 and picture.x1 - picture.x0 > 400  # a photo, 16 cm wide
    # the seed's text PDF: typed tables, no pictures
    assert not typed_over(read_pages(SAMPLES / "seed/老庄子镇_2021.pdf", LIMITS))


def _pdf(content: bytes, image: bytes) -> bytes:
    """A one-page A4 PDF: `content` drawn with Helvetica as /F1 and an 8 × 8 grey image
    (`image`, 64 bytes) as /Im0."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> /XObject << /Im0 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + image + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return objects_pdf(objects)


LINES = b"".join(b"BT /F1 12 Tf 72 %d Td (Line %d of the notice) Tj ET\n" % (700 - 20 * i, i)
                 for i in range(8))


TABLE = b"".join(b"72 %d m 520 %d l S\n" % (y, y) for y in range(300, 700, 50))


@pytest.mark.parametrize(("drawn", "over", "picture"), [
    # a picture 15 × 20 cm under a caption: a pasted scan, its picture read
    (b"BT /F1 14 Tf 200 800 Td (Attachment 2) Tj ET\nq 425 0 0 567 85 200 cm /Im0 Do Q",
     True, True),
    # a scan published with a page number typed over it: read whole, as a scan
    (b"q 595 0 0 842 0 0 cm /Im0 Do Q\nBT /F1 9 Tf 280 30 Td (Page 1 of 3) Tj ET", True, False),
    # ... or with a watermark typed across it at 35°, its only text
    (b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
     b"BT /F1 40 Tf 0.819 0.574 -0.574 0.819 100 200 Tm (For publication only) Tj ET",
     True, False),
    # a typed table over a background picture: read as typed
    (b"q 595 0 0 842 0 0 cm /Im0 Do Q\n" + TABLE + LINES, False, False),
    # a small picture (an emblem) over a caption
    (b"BT /F1 14 Tf 200 800 Td (Attachment 2) Tj ET\nq 100 0 0 100 250 650 cm /Im0 Do Q",
     False, False),
], ids=["pasted", "page-number", "watermark", "typed-table", "emblem"])
def test_a_pasted_picture_is_told_by_its_size_and_the_text_beside_it(
        drawn: bytes, over: bool, picture: bool, tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(_pdf(drawn, bytes([235]) * 64))
    pages = read_pages(path, LIMITS)
    assert without_text(pages[0]) == over
    found = typed_over(pages)
    assert (1 in found) == over
    assert (found.get(1) is not None) == picture
    if picture:
        assert found[1][:4] == pytest.approx((85, 842 - 767, 510, 842 - 200))
        assert found[1][4:] == (8, 8)


@needs_ocr
def test_a_scan_is_read_without_the_text_typed_over_it() -> None:
    """The watermark typed across a published scan is not in the picture OCR reads."""
    import pypdfium2

    from jixiao.parsers.readers.ocr import page_image

    path = SAMPLES / "scans/real_published_scan.pdf"
    over = typed_over(read_pages(path, LIMITS))
    assert over == {1: None, 2: None}
    doc = pypdfium2.PdfDocument(path)
    plain, _ = page_image(doc, 1, {})
    bare, scale = page_image(doc, 1, over)
    assert scale == pytest.approx(72 / 200)
    # the header typed at the top right is gone, the scan under it the same
    top = slice(0, plain.shape[0] // 20)
    assert (bare[top] < 128).sum() < (plain[top] < 128).sum()
    assert (bare[plain.shape[0] // 4:] == plain[plain.shape[0] // 4:]).mean() > 0.99


@needs_ocr
@pytest.mark.parametrize("path", [PASTED_DOCX, PASTED_PDF, SCANNED_OFD, PASTED_XLSX],
                         ids=["docx", "pdf", "ofd", "xlsx"])
def test_the_review_page_cuts_a_pasted_cell_where_it_was_read(path: Path) -> None:
    readings = [r for r in _readings(path) if r.text.isdigit() and len(r.text) >= 3]
    assert readings
    reading = readings[0]
    png = cell_png(path.read_bytes(), path.suffix[1:], reading.page, reading.box)
    cut = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))[:, :, ::-1].copy()
    [seen] = recogniser()([cut])
    assert reading.text in seen.text


@needs_ocr
def test_a_workbook_with_a_table_of_its_own_reads_no_picture(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.drawing.image import Image as SheetImage

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["项目名称", "道路维修"])
    sheet.append(["年度目标", "完成维修"])
    sheet.add_image(SheetImage(str(SCAN)), "D1")
    path = tmp_path / "typed.xlsx"
    book.save(path)
    src = parse.read_source(path)
    assert not src.readings
    assert [[c.text for c in r.cells] for t in src.tables for r in t.rows] == [
        ["项目名称", "道路维修"], ["年度目标", "完成维修"]]


def _site_photo() -> bytes:
    """A photo of a building site, as a report pastes one: shapes and shades, no table."""
    import random

    from PIL import ImageDraw

    rng = random.Random(7)
    im = Image.new("RGB", (900, 1200), (150, 170, 190))
    draw = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rng.randrange(900), rng.randrange(1200)
        draw.ellipse((x, y, x + rng.randrange(20, 200), y + rng.randrange(20, 200)),
                     fill=tuple(rng.randrange(40, 220) for _ in range(3)))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=80)
    return out.getvalue()


@needs_ocr
def test_a_report_s_photo_is_no_page_of_a_table(tmp_path: Path) -> None:
    """A report in prose with a photo of the site the size of a page: read as typed, the
    photo read by OCR but left out (no table's ruling lines in it)."""
    d = docx.Document()
    typed = ["一、项目实施情况", "项目于2021年11月完工，现场照片如下。"]
    for text in typed:
        d.add_paragraph(text)
    d.add_picture(io.BytesIO(_site_photo()), width=Cm(15))
    path = tmp_path / "report.docx"
    d.save(path)
    src = parse.read_source(path)
    assert [b.text for b in src.blocks] == [*typed, ""]
    assert src.pages is None and not src.readings and not src.tables


@needs_ocr
def test_a_picture_beside_a_caption_without_a_table_keeps_the_caption(tmp_path: Path) -> None:
    """A PDF page of a caption and a picture without a table's lines (a report's photo):
    OCR finds no table in it, so the page reads as typed."""
    path = tmp_path / "photo.pdf"
    path.write_bytes(_pdf(b"BT /F1 14 Tf 200 800 Td (Attachment 2) Tj ET\n"
                          b"q 425 0 0 567 85 200 cm /Im0 Do Q", bytes([235]) * 64))
    src = parse.read_source(path)
    assert [b.text for b in src.blocks] == ["Attachment 2"] and not src.readings
