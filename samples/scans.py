"""Scanned and photographed submissions, built from the text PDFs among the samples: what
a finance bureau keeps on file is the printed, sealed and scanned copy, or a phone photo.

Each scan is one real published table (samples/real/) put through what a scanner or a
phone does to it, so that its export can be compared with the golden of its source
(tests/parsers/readers/ocr/test_scans.py; `SCANS` says which source each comes from):

- flatbed_seal_skew.pdf: an image-only PDF, the page turned 1.5°, a red seal across the
  indicator table, JPEG artefacts;
- phone_photo.jpg: a phone photo, the page in perspective on a desk, light falling off to
  one corner, a blue pen signature;
- mixed_text_and_scan.pdf: two pages, the first with its text layer, the second scanned
  (turned -1°, a seal);
- flatbed_grey.png: a grey scan saved as a PNG image, turned -2.5°;
- seed_pages_4_5.tif: two pages of the seed's PDF (its projects 1 to 3) as a two-page grey
  TIFF, as a scanner's feeder writes it, turned 1° and -0.5°;

and, from real tables published as Word files (printed by LibreOffice first, as the unit
prints them; the truth is the Word file's golden):

- real_phone_seal.jpg: a one-page 申报表 photographed on a desk, sealed over its indicator
  table and signed;
- real_flatbed_two_pages.pdf: a two-page 申报表 scanned into an image-only PDF, sealed on
  its first page, each page turned its own way (0.8°, -1.2°);
- real_feeder_grey.tif: a two-page 自评表 (scores, 实际完成值 columns) through a feeder in
  grey, turned -2° and 1.5°;
- real_phone_scores.jpg: a one-page 自评表 printed from its published PDF, sealed over its
  score columns,
  photographed;

and three from what an unseen batch of scans showed (each the slip it met):

- real_phone_desk_corner.jpg: a 200 dpi photo whose page corner lies in the dim, brown
  part of the desk (a desk's brown is a seal's hue: the page's corner must not be taken
  for a seal), sealed over its indicator table;
- real_phone_grey_seal.jpg: a sealed page photographed in grey, turned 2°: the seal's
  ring and star are as grey as the print, no colour removes them;
- real_phone_comparators.jpg: a 目标表 of two projects with a 指标性质 column, its ≥ alone
  in their cells (drawn ⩾ by the font, read as >, V or 7), sealed and signed.

and two from the fifth (f):

- real_feeder_letter_spaced.tif: a 兵团 notice of three pages through a grey feeder, its
  一级 cells letter-spaced as typed (产 出 指 标), which the engine reads without spaces;
- real_phone_lost_numeral.jpg: a 中央预算内投资 目标表 photographed, sealed and signed, its
  二级指标 header read 级指标 (the numeral's two strokes lost).

and one from the seventh (h):

- real_bw_feeder.tif: a two-page 自评表 through an office scanner set to black and white
  (CCITT group 4): every grey pixel of the print black or white.

and four from the sixteenth (q):

- real_phone_pages_bowed.pdf: a two-page 自评表 photographed page by page, the sheet not
  lying flat (its ruling lines bowed), sent as one PDF; atop page two the rest of a row a
  page break split, whose borders end a few points apart once the photo is flattened;
- real_feeder_sideways.tif: a landscape 自评表 of two pages through a grey feeder, the
  first sideways (a landscape page on a portrait scanner), the second upside down;
- real_searchable_scan.pdf: a 目标表 scanned grey and made "searchable" (Tesseract's
  reading laid over the picture as invisible text, as scanners' software does): the
  layer has no table's lines and reads its cells as lines across the page, so the page
  is read as the scan it is;
- real_app_filter_seal.pdf: a 批复表 photographed through a scanning app's document
  filter (grey, print clipped black, the seal a middle grey), sealed over its values.

and two from the seventeenth (r):

- real_faded_toner.pdf: a two-page 自评表 printed by a printer low on toner (the print at
  half its darkness, paler in streaks down the page), sealed, scanned grey;
- real_copy_of_copy.pdf: a 自评表 photocopied from a copy (strokes thickened, the seal as
  dark as the print, toner specks, the copier lid's dark edge), punched and stapled.

and three from the eighteenth (s):

- real_riding_seal.pdf: a landscape 自评表 of two pages scanned grey at 150 dpi, a seal
  across each page's right edge (骑缝章) and one under the table's note;
- real_two_up.pdf: a two-page 目标表 printed two pages to a landscape sheet (2-up), scanned
  grey and sealed;
- real_night_photo.pdf: a 申报表 photographed at night under a warm lamp (dim, orange,
  the sensor's noise brightened), at 150 dpi.

and five from the twentieth (u):

- real_feeder_streaks.pdf: a table through a sheet feeder whose glass had specks on it:
  two dark lines and a white one down the whole picture, straight across the turned page;
- real_dotted_borders.pdf, real_dashed_borders.pdf: tables whose borders are set dotted
  (a spreadsheet's dotted lines) and dashed, sealed or scanned grey;
- real_blue_figures.pdf, real_red_figures.pdf: a form's figures typed in blue (signed in
  blue pen too) and in red, sealed.

Rebuild with `python samples/scans.py` (deterministic: every random choice is seeded).
The files are small on purpose (grey or JPEG, 150 to 200 dpi): CI reads them by OCR on two
cores.
"""

from __future__ import annotations

import io
import itertools
import math
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import openpyxl
import pypdfium2 as pdfium
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFilter, ImageFont

if __package__ in (None, ""):  # run as a script: make `samples.*` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.soffice import convert

SAMPLES = Path(__file__).resolve().parent
OUT = SAMPLES / "scans"
DPI = 150
REAL = "real"


@dataclass(frozen=True)
class Scan:
    path: str  # under samples/
    source: str  # the sample it is made from, as printed (its golden is the truth)
    build: Callable[[Path, Path], None]
    projects: int | None = None  # the scan has only the source's first N projects


# -- what a scanner and a phone do ---------------------------------------------------------------


def render(pdf: Path, index: int, dpi: int = DPI) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


SPREADSHEETS = (".xlsx", ".xls", ".et")
# a sheet printed whole on one page (LibreOffice's own page breaks cut a wide sheet's
# columns onto pages of their own, which no unit files), then fitted to an A4 sheet
ONE_PAGE_SHEETS = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
A4 = (595, 842)  # points


def fitted(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """A sheet's page shrunk (never grown) onto an A4 sheet, upright or turned as the
    sheet is shaped, with a 5 % margin: Excel's "fit to one page"."""
    w, h = page.get_size()
    a4w, a4h = A4 if h >= w else A4[::-1]
    scale = min(0.9 * a4w / w, 0.9 * a4h / h, 1.0)
    img = page.render(scale=scale * dpi / 72).to_pil().convert("RGB")
    sheet = Image.new("RGB", (round(a4w * dpi / 72), round(a4h * dpi / 72)), "white")
    sheet.paste(img, (round(0.05 * a4w * dpi / 72), round(0.05 * a4h * dpi / 72)))
    return sheet


def printed(source: Path, dpi: int = DPI, *, rows_fitted: bool = False) -> list[Image.Image]:
    """Every page of the source as printed: a PDF's own pages, a Word file's through
    LibreOffice, a spreadsheet's sheets each fitted to one page (`rows_fitted`: each
    cell's text wrapped in its cell and each row as tall as its text, as Excel prints a
    sheet whose rows fit their text; LibreOffice keeps a row's height and prints its text
    over the rows below, illegibly)."""
    if source.suffix.lower() == ".pdf":
        return [render(source, i, dpi) for i in range(len(pdfium.PdfDocument(source)))]
    if source.suffix.lower() in (".html", ".htm"):
        return _browser_printed(source, dpi)
    sheet = source.suffix.lower() in SPREADSHEETS
    with tempfile.TemporaryDirectory(prefix="jixiao-scans-") as tmp:
        pdf = Path(tmp) / "printed.pdf"
        if sheet and rows_fitted and source.suffix.lower() == ".xlsx":
            source = _rows_fitted(source, Path(tmp) / source.name)
        convert(source, pdf, ONE_PAGE_SHEETS if sheet else "pdf")
        doc = pdfium.PdfDocument(pdf)
        try:
            return [fitted(doc[i], dpi) if sheet
                    else doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
                    for i in range(len(doc))]
        finally:
            doc.close()


def _browser_printed(source: Path, dpi: int) -> list[Image.Image]:
    """A web page as a browser prints it (Chromium's print to PDF: a page on a public site
    is printed so, and LibreOffice's own HTML import prints its text invisibly)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="jixiao-scans-") as tmp:
        pdf = Path(tmp) / "printed.pdf"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        source.resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)
        return [render(pdf, i, dpi) for i in range(len(pdfium.PdfDocument(pdf)))]


LINE_HEIGHT = 15  # points: a row's height a line of 11-point text


def _rows_fitted(source: Path, target: Path) -> Path:
    """A copy of the workbook with every cell's text wrapped and every row as tall as the
    lines its longest cell wraps into (a merged cell's lines shared by its rows), reckoned
    from the column widths in characters (a Chinese character two)."""
    wb = openpyxl.load_workbook(source)
    for ws in wb.worksheets:
        widths = {c: ws.column_dimensions[get_column_letter(c)].width or 8.43
                  for c in range(1, ws.max_column + 1)}

        def width(col: int, widths: dict[int, float] = widths) -> float:
            return widths.get(col, 8.43)

        spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1,
                                          sum(width(c) for c in range(m.min_col, m.max_col + 1)))
                 for m in ws.merged_cells.ranges}
        lines: dict[int, float] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or not isinstance(cell, Cell):
                    continue
                cell.alignment = Alignment(horizontal=cell.alignment.horizontal,
                                           vertical=cell.alignment.vertical or "center",
                                           wrap_text=True)
                rows, w = spans.get((cell.row, cell.column), (1, width(cell.column)))
                wrapped = sum(max(1, math.ceil(_width_units(part) * 1.1 / max(w, 1.0)))
                              for part in str(cell.value).split("\n"))
                for r in range(cell.row, cell.row + rows):
                    lines[r] = max(lines.get(r, 1.0), wrapped / rows)
        for r, n in lines.items():
            ws.row_dimensions[r].height = LINE_HEIGHT * math.ceil(n)
    wb.save(target)
    return target


def _width_units(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# A seal's characters in a CJK face (fonts-noto-cjk): fc-match's pick for `:lang=zh` can be
# a Latin font (DejaVu), which draws each character as a box. The scans before batch d were
# built with that pick and are kept as they were built (`cjk=False`).
NOTO_CJK = "Noto Serif CJK SC:style=Bold"


def noto_cjk(size: int) -> ImageFont.FreeTypeFont:
    """Noto Serif CJK SC Bold (a seal's 宋体-like face), from its collection's SC face;
    raises when fonts-noto-cjk is not installed rather than draw boxes."""
    found = subprocess.run(["fc-match", "-f", "%{file}\t%{index}", NOTO_CJK],
                           capture_output=True, text=True, check=True).stdout.strip()
    file, _, index = found.partition("\t")
    if "CJK" not in Path(file).name:
        raise RuntimeError(f"no Noto CJK font (fonts-noto-cjk) for seal text: {file}")
    return ImageFont.truetype(file, size, index=int(index or 0))


def cjk_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh"], capture_output=True,
                               text=True, check=False).stdout.strip()
        return ImageFont.truetype(found, size) if found else ImageFont.load_default()
    except (OSError, FileNotFoundError):
        return ImageFont.load_default()


def multiply(page: Image.Image, ink: Image.Image) -> Image.Image:
    """Ink laid over the print: dark print stays dark under a seal."""
    a = np.asarray(page, dtype=np.float32) / 255
    b = np.asarray(ink, dtype=np.float32) / 255
    return Image.fromarray((a * b * 255).astype(np.uint8))


def seal(page: Image.Image, centre: tuple[float, float], text: str, *,
         cjk: bool = False, red: tuple[int, int, int] = (225, 50, 45)) -> Image.Image:
    """A round red seal (印章): ring, star and the unit's name along the top (in Noto CJK
    when `cjk`, else in fc-match's pick, as the scans before batch d were built); `red`
    the ink pad's colour."""
    w, _ = page.size
    r = int(w * 0.11)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    cx, cy = int(centre[0] * page.size[0]), int(centre[1] * page.size[1])
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(r // 14, 3))
    star = [(cx + r * 0.3 * math.cos(math.radians(-90 + k * 144)),
             cy + r * 0.3 * math.sin(math.radians(-90 + k * 144))) for k in range(5)]
    d.polygon(star, fill=red)
    font = noto_cjk(max(r // 4, 10)) if cjk else cjk_font(max(r // 4, 10))
    n = len(text)
    for k, ch in enumerate(text):
        angle = math.radians(-150 + 120 * k / max(n - 1, 1))
        x, y = cx + r * 0.72 * math.cos(angle), cy + r * 0.72 * math.sin(angle)
        d.text((x, y), ch, fill=red, font=font, anchor="mm")
    return multiply(page, layer.filter(ImageFilter.GaussianBlur(0.8)))


def signature(page: Image.Image, at: tuple[float, float], rng: random.Random) -> Image.Image:
    """A blue pen scrawl."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    x0, y0 = at[0] * page.size[0], at[1] * page.size[1]
    pts = [(x0 + k * 9 + rng.uniform(-4, 4), y0 + 18 * math.sin(k / 2.2) + rng.uniform(-6, 6))
           for k in range(26)]
    d.line(pts, fill=(30, 60, 200), width=4, joint="curve")
    return multiply(page, layer)


def turn(page: Image.Image, degrees: float) -> Image.Image:
    return page.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False,
                       fillcolor=(255, 255, 255))


def photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page on a desk in perspective, lit from one side."""
    import cv2

    src = np.asarray(page)
    h, w = src.shape[:2]
    W, H = int(w * 1.18), int(h * 1.12)
    jitter = [(rng.uniform(0.04, 0.08), rng.uniform(0.03, 0.06)) for _ in range(4)]
    quad = np.array([
        [W * jitter[0][0], H * jitter[0][1]],
        [W * (1 - jitter[1][0]), H * jitter[1][1] * 1.6],
        [W * (1 - jitter[2][0] * 0.6), H * (1 - jitter[2][1])],
        [W * jitter[3][0] * 1.4, H * (1 - jitter[3][1] * 0.7)],
    ], dtype=np.float32)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, quad)
    desk = np.full((H, W, 3), (70, 62, 55), dtype=np.uint8)
    warped = cv2.warpPerspective(src, matrix, (W, H), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_TRANSPARENT, dst=desk)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.0 - 0.35 * ((xx / W) * 0.6 + (yy / H) * 0.4)
    lit = np.clip(warped.astype(np.float32) * light[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(lit).filter(ImageFilter.GaussianBlur(0.6))


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def image_pdf(pages: list[Image.Image], target: Path, quality: int = 50) -> None:
    """An image-only PDF, as a scanner writes it."""
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(target, "PDF", resolution=DPI, save_all=True, append_images=rest,
               quality=quality)


# -- the scans -----------------------------------------------------------------------------------


def flatbed_seal_skew(source: Path, target: Path) -> None:
    page = render(source, 0)
    page = seal(page, (0.62, 0.62), "嘉峪关城市博物馆")
    page = turn(page, 1.5)
    image_pdf([jpeg(page, 45)], target, quality=45)


def phone_photo(source: Path, target: Path) -> None:
    rng = random.Random(15)
    page = render(source, 0)
    page = signature(page, (0.6, 0.9), rng)
    photograph(page, rng).save(target, "JPEG", quality=55)


def mixed_text_and_scan(source: Path, target: Path) -> None:
    scanned = target.with_suffix(".page2.pdf")
    page = seal(render(source, 1), (0.75, 0.4), "中江县水利局")
    image_pdf([turn(page, -1.0)], scanned, quality=45)
    out = pdfium.PdfDocument(source)
    try:
        del out[1]
        scan = pdfium.PdfDocument(scanned)
        out.import_pages(scan, [0])
        scan.close()
        out.save(target)
    finally:
        out.close()
        scanned.unlink()


def seed_pages(source: Path, target: Path) -> None:
    pages = [turn(render(source, i), a).convert("L") for i, a in ((3, 1.0), (4, -0.5))]
    pages[0].save(target, "TIFF", save_all=True, append_images=pages[1:],
                  compression="jpeg", quality=30)


def flatbed_grey(source: Path, target: Path) -> None:
    page = turn(render(source, 0), -2.5).convert("L")
    page.save(target, "PNG", optimize=True)


def real_phone_seal(source: Path, target: Path) -> None:
    rng = random.Random(151)
    [page] = printed(source)
    page = seal(page, (0.55, 0.55), "乡村振兴局")
    page = signature(page, (0.25, 0.88), rng)
    photograph(page, rng).save(target, "JPEG", quality=50)


def real_flatbed_two_pages(source: Path, target: Path) -> None:
    first, second = printed(source)
    first = seal(first, (0.7, 0.45), "扶贫开发办公室")
    image_pdf([jpeg(turn(first, 0.8), 40), jpeg(turn(second, -1.2), 40)], target, quality=40)


def real_feeder_grey(source: Path, target: Path) -> None:
    pages = [turn(p, a).convert("L") for p, a in zip(printed(source), (-2.0, 1.5), strict=True)]
    pages[0].save(target, "TIFF", save_all=True, append_images=pages[1:],
                  compression="jpeg", quality=30)


def real_phone_scores(source: Path, target: Path) -> None:
    rng = random.Random(152)
    [page] = printed(source)
    page = seal(page, (0.6, 0.42), "襄阳市中心医院")
    photograph(page, rng).save(target, "JPEG", quality=50)


def real_phone_desk_corner(source: Path, target: Path) -> None:
    rng = random.Random(4)
    [page] = printed(source, 200)
    page = seal(page, (0.45, 0.7), "教育局")
    photograph(page, rng).save(target, "JPEG", quality=60)


def real_phone_grey_seal(source: Path, target: Path) -> None:
    rng = random.Random(12)
    [page] = printed(source, 180)
    page = turn(seal(page, (0.5, 0.5), "鄂州市财政局"), 2.0)
    photograph(page, rng).convert("L").save(target, "JPEG", quality=50)


def real_phone_comparators(source: Path, target: Path) -> None:
    rng = random.Random(31)
    [page] = printed(source, 170)
    page = seal(page, (0.6, 0.55), "五桂镇人民政府")
    page = turn(signature(page, (0.3, 0.93), rng), 0.9)
    photograph(page, rng).save(target, "JPEG", quality=50)


SCANS: tuple[Scan, ...] = (
    Scan("scans/flatbed_seal_skew.pdf",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.pdf", flatbed_seal_skew),
    Scan("scans/phone_photo.jpg",
         f"{REAL}/2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表.pdf", phone_photo),
    Scan("scans/mixed_text_and_scan.pdf",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.pdf", mixed_text_and_scan),
    Scan("scans/flatbed_grey.png",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.pdf", flatbed_grey),
    Scan("scans/seed_pages_4_5.tif", "seed/老庄子镇_2021.pdf", seed_pages, projects=3),
    Scan("scans/real_phone_seal.jpg",
         f"{REAL}/乡村振兴衔接资金绩效目标申报表(高标准农田建设).docx", real_phone_seal),
    Scan("scans/real_flatbed_two_pages.pdf",
         f"{REAL}/2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表.docx",
         real_flatbed_two_pages),
    Scan("scans/real_feeder_grey.tif", f"{REAL}/2020年度县级专项资金绩效目标自评表.docx",
         real_feeder_grey),
    Scan("scans/real_phone_scores.jpg",
         f"{REAL}/2021年度财政项目绩效自评表（襄阳市中心医院 东津院区建设补助）.pdf",
         real_phone_scores),
    Scan("scans/real_phone_desk_corner.jpg",
         f"{REAL}/抗疫特别国债项目绩效目标表（2020年非营利性民办园房租补贴）.docx",
         real_phone_desk_corner),
    Scan("scans/real_phone_grey_seal.jpg",
         f"{REAL}/鄂州市2022年市直部门预算项目支出绩效目标表.docx", real_phone_grey_seal),
    Scan("scans/real_phone_comparators.jpg",
         f"{REAL}/重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表.docx",
         real_phone_comparators),
)


# -- an unseen batch ------------------------------------------------------------------------
#
# Scans of other real tables, never read while the reader was written, degraded as above
# with other settings each (150-200 dpi, turned 0.5-3°, JPEG 40-70, grey and colour, seals,
# signatures, uneven light): `python samples/scans.py --unseen DIR` writes them (batch ab)
# to DIR (not to samples/, so that they stay unseen) with DIR/index.json naming each one's source;
# `python bench/bench_ocr.py --unseen DIR` scores them against their sources' goldens.


def _shade(page: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light on a flatbed: a shadow along one edge (a lid ajar, a book's spine)."""
    a = np.asarray(page, dtype=np.float32)
    h, w = a.shape[:2]
    xx = np.linspace(0, 1, w)[None, :]
    yy = np.linspace(0, 1, h)[:, None]
    light = 1 - rng.uniform(0.18, 0.3) * np.clip(1 - xx * 4, 0, 1) - 0.12 * yy
    return Image.fromarray(np.clip(a * light[..., None], 0, 255).astype(np.uint8))


def sealed_and_signed(page: Image.Image, index: int,
                      seals: tuple[tuple[int, tuple[float, float], str], ...],
                      sign: tuple[int, tuple[float, float]] | None, rng: random.Random, *,
                      cjk: bool) -> Image.Image:
    """Page `index` (from 0) with the seals and the signature told for it."""
    for at, (x, y), text in seals:
        page = seal(page, (x, y), text, cjk=cjk) if at == index else page
    if sign and sign[0] == index:
        page = signature(page, sign[1], rng)
    return page


BILEVEL = 150  # grey level: a black-and-white scanner's threshold (darker is black)


def flatbed(*, dpi: int, angles: tuple[float, ...], quality: int, fmt: str = "pdf",
            seals: tuple[tuple[int, tuple[float, float], str], ...] = (),
            sign: tuple[int, tuple[float, float]] | None = None, grey: bool = False,
            light: bool = False, seed: int = 0, cjk: bool = False, rows_fitted: bool = False,
            bilevel: bool = False, quarters: tuple[int, ...] = (), backs: bool = False
            ) -> Callable[[Path, Path], None]:
    """A scanner's build: each page sealed and signed as told, shaded, turned its own way,
    grey or colour or black and white (`bilevel`, as an office scanner or a fax writes
    it: every pixel black or white at BILEVEL, a red seal black with the print), written
    as an image PDF, a JPEG, a PNG or a feeder's TIFF (CCITT group 4 when bilevel);
    `quarters`: each page turned that many quarter turns anticlockwise as well (a
    landscape page scanned sideways, a sheet fed upside down); `backs`: each page followed
    by its blank back, as a duplex feeder scans a one-sided print."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        done = []
        for i, page in enumerate(printed(source, dpi, rows_fitted=rows_fitted)):
            page = sealed_and_signed(page, i, seals, sign, rng, cjk=cjk)
            page = turn(_shade(page, rng) if light else page, angles[i % len(angles)])
            if quarters and quarters[i % len(quarters)]:
                page = page.rotate(90 * quarters[i % len(quarters)], expand=True)
            page = page.convert("L") if grey or bilevel else page
            if bilevel:
                done.append(page.point(lambda v: 255 if v > BILEVEL else 0).convert("1"))
                continue
            done.append(jpeg(page, quality) if fmt in ("pdf", "jpg") else page)
            if backs:
                noise = np.random.default_rng(seed + i).normal(0, 3, (page.height, page.width))
                back = Image.fromarray(np.clip(246 + noise, 0, 255).astype(np.uint8))
                back = back.convert(page.mode)
                done.append(jpeg(back, quality) if fmt in ("pdf", "jpg") else back)
        if fmt == "pdf":
            image_pdf(done, target, quality=quality)
        elif fmt == "jpg":
            done[0].save(target, "JPEG", quality=quality)
        elif fmt == "png":
            done[0].save(target, "PNG", optimize=True)
        elif bilevel:
            done[0].save(target, "TIFF", save_all=True, append_images=done[1:],
                         compression="group4")
        else:
            done[0].save(target, "TIFF", save_all=True, append_images=done[1:],
                         compression="jpeg", quality=quality)
    return build


def phone(*, dpi: int, quality: int, seal_at: tuple[tuple[float, float], str] | None = None,
          sign: tuple[float, float] | None = None, grey: bool = False, seed: int = 0,
          angle: float = 0.0, cjk: bool = False, rows_fitted: bool = False
          ) -> Callable[[Path, Path], None]:
    """A phone's build of a one-page table: sealed, signed, turned, photographed."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        page = printed(source, dpi, rows_fitted=rows_fitted)[0]
        if seal_at:
            page = seal(page, *seal_at, cjk=cjk)
        if sign:
            page = signature(page, sign, rng)
        shot = photograph(turn(page, angle) if angle else page, rng)
        (shot.convert("L") if grey else shot).save(target, "JPEG", quality=quality)
    return build


def curl(page: Image.Image, depth: float, rng: random.Random) -> Image.Image:
    """A sheet that does not lie flat (held in a hand, folded once, off a binder): its rows
    bow, each column shifted down by up to `depth` of the page's height, most at the
    middle, and a little more towards one end of the page."""
    import cv2

    src = np.asarray(page)
    h, w = src.shape[:2]
    tilt = rng.uniform(0.6, 1.0)
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    bow = np.sin(np.pi * xx / w) * depth * h * (tilt + (1 - tilt) * yy / h)
    return Image.fromarray(cv2.remap(src, xx, yy - bow, cv2.INTER_LINEAR,
                                     borderMode=cv2.BORDER_CONSTANT,
                                     borderValue=(255, 255, 255)))


def hand_shadow(image: Image.Image, rng: random.Random) -> Image.Image:
    """The phone's and the hand's soft shadow over one side of the page."""
    a = np.asarray(image, dtype=np.float32)
    h, w = a.shape[:2]
    cx, cy = rng.uniform(0.6, 0.9) * w, rng.uniform(0.5, 0.9) * h
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    blob = np.exp(-(((xx - cx) / (0.35 * w)) ** 2 + ((yy - cy) / (0.3 * h)) ** 2))
    light = 1 - rng.uniform(0.3, 0.4) * blob
    return Image.fromarray(np.clip(a * (light[..., None] if a.ndim == 3 else light), 0,
                                   255).astype(np.uint8))


def _lit(page: Image.Image) -> Image.Image:
    """A photo's light falling off towards one corner, and its soft focus, on the sheet."""
    a = np.asarray(page, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.0 - 0.35 * ((xx / w) * 0.6 + (yy / h) * 0.4)
    lit = np.clip(a * light[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(lit).filter(ImageFilter.GaussianBlur(0.6))


def enhanced(image: Image.Image) -> Image.Image:
    """A scanning app's "document" filter: grey, the paper's shading divided out, the
    contrast stretched (faint print darkened, the paper white)."""
    import cv2

    grey = np.asarray(image.convert("L"), dtype=np.uint8)
    paper = cv2.GaussianBlur(cv2.dilate(grey, np.ones((15, 15), np.uint8)), (0, 0), 12)
    flat = cv2.divide(grey, np.maximum(paper, 1), scale=255).astype(np.float32)
    out = np.clip((flat - 70) * 255 / (235 - 70), 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def searchable(*, dpi: int, angle: float, quality: int,
               seals: tuple[tuple[float, float], str] | None = None
               ) -> Callable[[Path, Path], None]:
    """A scan made "searchable" by the scanner's software: the pages scanned grey (the
    first sealed, each turned, JPEG), then Tesseract's PDF of them, each picture with
    Tesseract's own reading of it laid over as invisible text (rendering mode 3), as
    scanners and converters (ABBYY, Acrobat's "recognise text", ocrmypdf) write them."""
    def build(source: Path, target: Path) -> None:
        pages = []
        for i, page in enumerate(printed(source, dpi)):
            if seals and i == 0:
                page = seal(page, *seals, cjk=True)
            pages.append(jpeg(turn(page, angle * (-1) ** i).convert("L"), quality))
        with tempfile.TemporaryDirectory(prefix="jixiao-scans-") as tmp:
            image = Path(tmp) / "pages.tif"
            pages[0].save(image, "TIFF", save_all=True, append_images=pages[1:],
                          compression="jpeg", quality=quality, dpi=(dpi, dpi))
            subprocess.run(["tesseract", str(image), str(Path(tmp) / "out"), "-l", "chi_sim",
                            "pdf"], check=True, capture_output=True, timeout=600)
            shutil.copyfile(Path(tmp) / "out.pdf", target)
    return build


def phone_pages(*, dpi: int, quality: int, fmt: str = "pdf",
                seals: tuple[tuple[int, tuple[float, float], str], ...] = (),
                sign: tuple[int, tuple[float, float]] | None = None, seed: int = 0,
                angles: tuple[float, ...] = (0.0,), bow: float = 0.0, shadow: bool = False,
                app: bool = False, grey: bool = False, rows_fitted: bool = False
                ) -> Callable[[Path, Path], None]:
    """Every page photographed by a phone (sealed, signed, turned, bowed by `bow`, the
    hand's shadow over it), each photo a page of a PDF as a clerk's phone sends them, or
    the first page a JPEG; `app`: through a scanning app's document filter."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        shots = []
        for i, page in enumerate(printed(source, dpi, rows_fitted=rows_fitted)):
            page = sealed_and_signed(page, i, seals, sign, rng, cjk=True)
            page = turn(page, angles[i % len(angles)])
            if bow:
                page = curl(page, bow, rng)
            # the app crops the photo to the sheet and undoes its perspective: what is left
            # is the light, the blur, the bow and the shadow
            shot = _lit(page) if app else photograph(page, rng)
            shot = hand_shadow(shot, rng) if shadow else shot
            shot = enhanced(shot) if app else shot
            shots.append(jpeg(shot.convert("L") if grey else shot, quality))
        written(shots, target, fmt, quality)
    return build


def written(pages: list[Image.Image], target: Path, fmt: str, quality: int) -> None:
    """The pages as a phone sends them: the first as a JPEG, or all as an image PDF (or,
    as a scanner files them, a multi-page TIFF of JPEG strips)."""
    if fmt == "jpg":
        pages[0].save(target, "JPEG", quality=quality)
    elif fmt == "tif":
        pages[0].save(target, "TIFF", save_all=True, append_images=pages[1:],
                      compression="jpeg", quality=quality)
    else:
        image_pdf(pages, target, quality=quality)


UNSEEN: tuple[Scan, ...] = (
    Scan("a01_batang_flatbed_seal.pdf",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf",
         flatbed(dpi=200, angles=(1.2, -0.7), quality=55,
                 seals=((0, (0.55, 0.5), "坝塘镇人民政府"),), seed=1)),
    Scan("a02_shengdengshan_phone_seal.jpg",
         f"{REAL}/圣灯山镇2022年预算重点项目绩效目标表（党支部书记补贴）.docx",
         phone(dpi=170, quality=45, seal_at=((0.6, 0.6), "圣灯山镇财政所"), sign=(0.3, 0.9),
               seed=2)),
    Scan("a03_jinzhai_feeder_grey.tif", f"{REAL}/金寨经济开发区2021年度项目支出绩效目标申报表.docx",
         flatbed(dpi=180, angles=(3.0, -2.2), quality=40, grey=True, fmt="tif", seed=3)),
    Scan("a05_shucheng_flatbed_colour.jpg",
         f"{REAL}/舒城县舒茶镇清水河治理工程中央预算内投资计划绩效目标表(2023年度).docx",
         flatbed(dpi=150, angles=(-0.5,), quality=40,
                 seals=((0, (0.7, 0.55), "舒茶镇人民政府"),), sign=(0, (0.2, 0.85)),
                 light=True, fmt="jpg", seed=5)),
    Scan("a06_xiangtan_phone_grey.jpg",
         f"{REAL}/湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表.docx",
         phone(dpi=160, quality=65, grey=True, sign=(0.55, 0.88), seed=6, angle=1.0)),
    Scan("a07_yuanzhou_flatbed_skew3.pdf",
         f"{REAL}/原州区2022年南部水源涵养林建设项目支出绩效目标申报表.docx",
         flatbed(dpi=150, angles=(2.7,), quality=50,
                 seals=((0, (0.4, 0.62), "原州区林业和草原局"),), seed=7)),
    Scan("a08_changqing_phone_sign.jpg",
         f"{REAL}/宁夏长庆初级中学2019年项目支出预算绩效目标表.docx",
         phone(dpi=190, quality=70, sign=(0.5, 0.75), seed=8, angle=-1.5)),
    Scan("a09_linyi_grey_png.png", f"{REAL}/临邑县师范附属小学项目支出目标申报表（2025年度）.docx",
         flatbed(dpi=200, angles=(-1.7,), quality=90, grey=True, light=True, fmt="png", seed=9)),
    Scan("a10_luan_phone_seal.jpg",
         f"{REAL}/六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目"
         "支出预算绩效目标表.docx",
         phone(dpi=150, quality=40, seal_at=((0.65, 0.45), "六安市农业农村局"), seed=10,
               angle=0.5)),
    Scan("a11_wenwu_flatbed_two.pdf", f"{REAL}/市级文物保护专项经费绩效自评表(2022年度).docx",
         flatbed(dpi=170, angles=(0.6, -1.4), quality=55, seals=((1, (0.6, 0.3), "文物局"),),
                 seed=11)),
    Scan("b01_nanyue_phone_seal.jpg", f"{REAL}/南岳区实验中学部门整体支出绩效目标申报表.docx",
         phone(dpi=180, quality=45, seal_at=((0.5, 0.65), "南岳区实验中学"), sign=(0.6, 0.92),
               seed=21, angle=-0.8)),
    Scan("b02_huangshan_feeder_grey_seal.tif", f"{REAL}/黄山市公安局2025年项目绩效目标和指标.docx",
         flatbed(dpi=160, angles=(1.8, -0.9), quality=45, grey=True, fmt="tif",
                 seals=((0, (0.6, 0.5), "黄山市公安局"),), seed=22)),
    Scan("b03_chencang_flatbed_seal.pdf", f"{REAL}/附件：2020年省级财政水利发展资金绩效目标表.docx",
         flatbed(dpi=200, angles=(-2.4,), quality=50, seals=((0, (0.45, 0.45), "水利局"),),
                 sign=(0, (0.7, 0.8)), seed=23)),
    Scan("b04_langzhong_two_pages.pdf",
         f"{REAL}/中央车购税对地方补助资金绩效目标自评表（普通省道和农村公路）.docx",
         flatbed(dpi=170, angles=(0.7, 2.2), quality=60, seals=((1, (0.5, 0.3), "交通运输局"),),
                 light=True, seed=24)),
    Scan("b05_xiuning_grey_png.png",
         f"{REAL}/休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目.docx",
         flatbed(dpi=150, angles=(-1.1,), quality=90, grey=True, fmt="png",
                 seals=((0, (0.55, 0.6), "休宁县"),), seed=25)),
    Scan("b06_chagu_two_pages.pdf",
         f"{REAL}/金寨县茶谷和美丽乡村建设服务中心2023年度部门整体支出绩效自评表.docx",
         flatbed(dpi=150, angles=(-0.6, 1.3), quality=40, seals=((0, (0.65, 0.7), "茶谷中心"),),
                 seed=26)),
    Scan("b07_tangxi_feeder.tif", f"{REAL}/棠溪镇委托业务项目支出绩效自评表（2022年度）.docx",
         flatbed(dpi=190, angles=(2.9, -2.6), quality=55, grey=True, light=True, fmt="tif",
                 seed=27)),
    Scan("b08_qingshan_phone.jpg", f"{REAL}/项目支出绩效目标表3.docx",
         phone(dpi=160, quality=55, seal_at=((0.4, 0.5), "教育局"), seed=28, angle=1.6)),
    Scan("b09_xiangtan_phone_sign.jpg", f"{REAL}/2024年项目绩效目标表（雾炮车降尘抑尘服务）.docx",
         phone(dpi=200, quality=40, sign=(0.45, 0.7), seed=29, angle=-2.5)),
    Scan("b10_baodi_phone_grey.jpg",
         f"{REAL}/附件：天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）"
         "2022年中央预算内投资计划绩效目标表.docx",
         phone(dpi=170, quality=60, grey=True, seed=30)),
)


# -- a second unseen batch, c ---------------------------------------------------------------
#
# Made after batch a/b had been read while fixing the reader (so that it was no longer
# unseen): 16 other real tables, none used by any scan above (Word files, two text PDFs, a
# spreadsheet fitted to one page; 自评表 with score columns, 整体支出 tables, landscape
# pages, traditional characters, two projects in one file), degraded with other settings
# and seeds: grey seals over text, colour seals, phone photos at 150-200 dpi, turned up to
# 3°, JPEG 40-70, feeders' TIFFs, signatures, uneven light.
# `python samples/scans.py --unseen DIR --batch c` writes them.

UNSEEN_C: tuple[Scan, ...] = (
    Scan("c01_jingkai_two_pages_seal.pdf",
         f"{REAL}/2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）.docx",
         flatbed(dpi=180, angles=(1.4, -2.1), quality=50,
                 seals=((0, (0.58, 0.52), "市场监督管理局"),), sign=(1, (0.6, 0.85)), seed=41)),
    Scan("c02_linye_phone_seal.jpg", f"{REAL}/2021年林业局部门整体支出绩效自评表.docx",
         phone(dpi=170, quality=50, seal_at=((0.62, 0.48), "林业局"), seed=42, angle=2.2)),
    Scan("c03_cixi_phone_grey_seal.jpg", f"{REAL}/2023年慈溪市重大政策和项目绩效目标情况.docx",
         phone(dpi=160, quality=45, seal_at=((0.45, 0.4), "慈溪市财政局"), grey=True,
               seed=43, angle=-1.2)),
    Scan("c04_langfang_feeder_grey_seal.tif",
         f"{REAL}/廊坊市食品工程学校办公宿舍楼、食堂及餐厅暖通改造经费绩效自评表.docx",
         flatbed(dpi=170, angles=(-2.8, 1.1), quality=40, grey=True, fmt="tif", light=True,
                 seals=((1, (0.5, 0.35), "廊坊市食品工程学校"),), seed=44)),
    Scan("c05_yinchuan_two_seals.pdf",
         f"{REAL}/银川市本级部门项目支出绩效自评表(2021年)初中公用经费.docx",
         flatbed(dpi=150, angles=(0.4, -1.6), quality=45,
                 seals=((0, (0.66, 0.6), "银川市教育局"), (1, (0.4, 0.25), "银川市财政局")),
                 seed=45)),
    Scan("c06_yueyanglou_landscape.pdf",
         f"{REAL}/岳陽樓區價格認證鑒定中心2023年度整體績效目標表.docx",
         flatbed(dpi=200, angles=(-0.9, 2.4), quality=65, sign=(0, (0.7, 0.8)), light=True,
                 seed=46)),
    Scan("c07_weipian_phone_landscape.jpg",
         f"{REAL}/2020年省級自然資源衛片執法補助經費支出績效自評表.docx",
         phone(dpi=200, quality=55, seal_at=((0.55, 0.6), "自然资源局"), sign=(0.75, 0.9),
               seed=47, angle=1.0)),
    Scan("c08_nanhua_feeder_grey_seal.tif",
         f"{REAL}/南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目绩效自评表.pdf",
         flatbed(dpi=180, angles=(2.0, -0.4), quality=50, grey=True, fmt="tif",
                 seals=((0, (0.5, 0.55), "南华县乡村振兴局"),), seed=48)),
    Scan("c09_xu_grey_png_seal.png", f"{REAL}/部门预算项目支出绩效自评表(续).docx",
         flatbed(dpi=150, angles=(-2.9,), quality=90, grey=True, fmt="png",
                 seals=((0, (0.5, 0.45), "财政局"),), seed=49)),
    Scan("c10_xiuyu_two_pages.pdf", f"{REAL}/秀屿区下达2025年省级第七批水利专项资金的通知.docx",
         flatbed(dpi=160, angles=(3.0, -1.0), quality=40, light=True,
                 seals=((1, (0.6, 0.4), "秀屿区财政局"),), seed=50)),
    Scan("c11_mingliang_sheet_phone.jpg",
         f"{REAL}/临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表).xlsx",
         phone(dpi=200, quality=60, seal_at=((0.72, 0.5), "永德县明朗中学"), seed=51,
               angle=-0.7)),
    Scan("c12_nanxian_phone_grey_sign.jpg",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx",
         phone(dpi=150, quality=70, grey=True, sign=(0.4, 0.8), seed=52, angle=2.8)),
    Scan("c13_ningde_landscape_grey_seal.pdf",
         f"{REAL}/宁德市地震局2020年部门整体支出绩效自评表.docx",
         flatbed(dpi=170, angles=(-1.3, 0.9), quality=70, grey=True,
                 seals=((0, (0.5, 0.5), "宁德市地震局"),), seed=53)),
    Scan("c14_zhongxian_flatbed_jpg.jpg",
         f"{REAL}/生猪(牛羊)调出大县奖励资金区域绩效目标表（忠县2022年）.docx",
         flatbed(dpi=190, angles=(1.9,), quality=45, fmt="jpg", light=True,
                 seals=((0, (0.6, 0.5), "忠县畜牧发展中心"),), sign=(0, (0.3, 0.85)), seed=54)),
    Scan("c15_qingshen_feeder_colour.tif",
         f"{REAL}/青神县发展和改革局部门预算项目支出绩效自评表(2023年度)-工资性支出.pdf",
         flatbed(dpi=160, angles=(0.8, -2.5), quality=50, fmt="tif",
                 seals=((0, (0.45, 0.5), "青神县发展和改革局"),), seed=55)),
    Scan("c16_daying_two_projects.pdf",
         f"{REAL}/大英县司法局部门预算项目支出绩效自评表(2023年度).docx",
         flatbed(dpi=180, angles=(-1.9, 1.2), quality=55,
                 seals=((1, (0.5, 0.4), "大英县司法局"),), seed=56)),
)


def mixed(*, dpi: int, scanned: tuple[int, ...], angle: float, quality: int,
          seals: tuple[tuple[int, tuple[float, float], str], ...] = (),
          cjk: bool = True) -> Callable[[Path, Path], None]:
    """A text PDF (a Word file printed by LibreOffice, or a PDF as published) whose pages
    `scanned` were printed, sealed and scanned back in (turned, JPEG) among the others."""
    def build(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-scans-") as tmp:
            text = source
            if source.suffix.lower() != ".pdf":
                text = Path(tmp) / "printed.pdf"
                convert(source, text, "pdf")
            out = pdfium.PdfDocument(text)
            try:
                for k in scanned:
                    page = render(text, k, dpi)
                    for at, (x, y), name in seals:
                        page = seal(page, (x, y), name, cjk=cjk) if at == k else page
                    image = Path(tmp) / f"page{k}.pdf"
                    image_pdf([jpeg(turn(page, angle), quality)], image, quality=quality)
                    scan = pdfium.PdfDocument(image)
                    del out[k]
                    out.import_pages(scan, [0], index=k)
                    scan.close()
                out.save(target)
            finally:
                out.close()
    return build


# -- a third unseen batch, d ----------------------------------------------------------------
#
# Made after batch c had been read while fixing the reader: 16 real tables none of the scans
# above uses (the t_* and u_* real tables: 宣城 地震局's and 绿化养护's and 疫情 病媒's text
# PDFs, 淮北's, 鼎山's and 黄石 图书馆's workbooks, 卢村乡's notice; other workbooks fitted
# to one page; two Word files, one printed on two pages and scanned, one printed to a text
# PDF whose second page was scanned back in), their seals' names drawn in a CJK face (Noto
# Serif CJK), other settings and seeds. `python samples/scans.py --unseen DIR --batch d`.
# Its workbooks are printed with their rows fitted to their text (`rows_fitted`): as first
# built, LibreOffice printed each wrapped cell's text over the rows below (illegible to a
# person as to the reader; read so, 0.364 structure for the batch).

UNSEEN_D: tuple[Scan, ...] = (
    Scan("d01_xuancheng_dizhen_seal.pdf",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.pdf",
         flatbed(dpi=200, angles=(1.1,), quality=55, cjk=True,
                 seals=((0, (0.6, 0.55), "宣城市地震局"),), sign=(0, (0.35, 0.9)), seed=61)),
    Scan("d02_huaibei_sheet_phone_seal.jpg",
         f"{REAL}/淮北市文化旅游体育局2025年农村文化建设配套补助经费项目资金投入情况.xlsx",
         phone(dpi=180, quality=50, seal_at=((0.55, 0.5), "淮北市文化旅游体育局"), seed=62,
               angle=-1.4, cjk=True, rows_fitted=True)),
    Scan("d03_lvhua_feeder_grey_seal.tif", f"{REAL}/绿化养护经费.pdf",
         flatbed(dpi=170, angles=(-2.3,), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.5), "临海市园林管理处"),), seed=63)),
    Scan("d04_dingshan_sheet_flatbed.jpg",
         f"{REAL}/重庆市江津区鼎山街道办事处2021年重点项目绩效目标表.xlsx",
         flatbed(dpi=160, angles=(2.6,), quality=50, fmt="jpg", light=True, cjk=True,
                 seals=((0, (0.4, 0.45), "鼎山街道办事处"),), seed=64, rows_fitted=True)),
    Scan("d05_bingmei_phone_grey_seal.jpg",
         f"{REAL}/疫情期间区域病媒防治环境卫生清洁等费用绩效目标表.pdf",
         phone(dpi=190, quality=45, seal_at=((0.5, 0.6), "爱国卫生运动委员会"), grey=True,
               seed=65, angle=1.8, cjk=True)),
    Scan("d06_huangshi_library_seal_sign.pdf", f"{REAL}/2022年度共享工程项目自评表.xlsx",
         flatbed(dpi=150, angles=(-0.8,), quality=40, cjk=True,
                 seals=((0, (0.7, 0.5), "黄石市图书馆"),), sign=(0, (0.55, 0.85)), seed=66,
                 rows_fitted=True)),
    Scan("d07_dangxiao_sheet_phone_sign.jpg",
         f"{REAL}/中共黄石市委党校2022年度项目支出绩效目标批复表（主体班）.xlsx",
         phone(dpi=200, quality=65, sign=(0.6, 0.88), seed=67, angle=-2.0, rows_fitted=True)),
    Scan("d08_dongguan_grey_png_seal.png",
         f"{REAL}/东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期）.xlsx",
         flatbed(dpi=150, angles=(-3.0,), quality=90, grey=True, fmt="png", cjk=True,
                 seals=((0, (0.55, 0.4), "东莞市财政局"),), seed=68, rows_fitted=True)),
    Scan("d09_xiangxi_feeder_colour_seal.tif", f"{REAL}/湘西州特校2023年项目支出绩效目标表.xlsx",
         flatbed(dpi=180, angles=(1.6,), quality=55, fmt="tif", cjk=True,
                 seals=((0, (0.45, 0.6), "湘西州特殊教育学校"),), seed=69, rows_fitted=True)),
    Scan("d10_tekun_sheet_phone_seal_sign.jpg",
         f"{REAL}/特困家庭再扶助（独生子女死亡再扶助）项目支出绩效目标申报表.xlsx",
         phone(dpi=160, quality=55, seal_at=((0.6, 0.65), "卫生健康局"), sign=(0.3, 0.9),
               seed=70, angle=0.7, cjk=True, rows_fitted=True)),
    Scan("d11_shizuishan_flatbed_shade.pdf",
         f"{REAL}/石嘴山市疾病预防控制中心2020年项目绩效目标批复表.xlsx",
         flatbed(dpi=170, angles=(-1.5,), quality=60, light=True, seed=71, rows_fitted=True)),
    Scan("d12_zaisheng_sheet_phone_grey.jpg", f"{REAL}/再生资源回收市场管理经费项目绩效目标表.xlsx",
         phone(dpi=170, quality=60, grey=True, seed=72, angle=-2.7, rows_fitted=True)),
    Scan("d13_fuliang_sheet_flatbed_seal.jpg", f"{REAL}/浮梁县林业局部门整体支出绩效目标表.xlsx",
         flatbed(dpi=190, angles=(0.9,), quality=45, fmt="jpg", cjk=True,
                 seals=((0, (0.5, 0.55), "浮梁县林业局"),), seed=73, rows_fitted=True)),
    Scan("d14_guantang_two_pages_seal.pdf",
         f"{REAL}/2023年贯塘乡人民政府决算编制说明(绩效评价基础数据表及部门整体支出绩效自评表).docx",
         flatbed(dpi=160, angles=(-1.0, 2.1), quality=50, cjk=True,
                 seals=((1, (0.55, 0.2), "贯塘乡人民政府"),), sign=(1, (0.3, 0.3)), seed=74)),
    Scan("d15_hainan_mixed_scanned_page.pdf",
         f"{REAL}/海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知.docx",
         mixed(dpi=180, scanned=(1,), angle=-1.7, quality=50,
               seals=((1, (0.6, 0.3), "海南省财政厅"),))),
    Scan("d16_lucun_notice_phone_seal.jpg", f"{REAL}/2022年度重点项目及绩效目标情况.pdf",
         phone(dpi=180, quality=55, seal_at=((0.65, 0.75), "卢村乡人民政府"), seed=76,
               angle=1.2, cjk=True)),
)
# -- a fourth unseen batch, e ------------------------------------------------------------------
#
# Made after batch d had been read while fixing the reader: 15 real tables no scan above
# uses in any format (traditional characters, a court's two projects, self-evaluations,
# a 批复 notice, township forms), their seals in a CJK face, other settings and seeds.
# `python samples/scans.py --unseen DIR --batch e`.

UNSEEN_E: tuple[Scan, ...] = (
    Scan("e01_zhongzhi_traditional_phone_seal.jpg",
         f"{REAL}/2018年中職學校國家助學金和免學費補助資金績效目標表.xlsx",
         phone(dpi=180, quality=55, seal_at=((0.6, 0.55), "教育局"), seed=81, angle=-1.1,
               cjk=True, rows_fitted=True)),
    Scan("e02_lvliang_flatbed_seal_sign.pdf",
         f"{REAL}/2021年吕梁山护工培训绩效自评表.docx",
         flatbed(dpi=170, angles=(1.4, -0.6), quality=50, cjk=True,
                 seals=((0, (0.55, 0.6), "吕梁市人力资源和社会保障局"),), sign=(0, (0.3, 0.9)),
                 seed=82)),
    Scan("e03_xiangyang_grey_feeder.tif",
         f"{REAL}/2021年度财政项目绩效自评表（襄阳市中心医院 东津院区建设补助）.docx",
         flatbed(dpi=160, angles=(-1.8, 0.7), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.45, 0.5), "襄阳市中心医院"),), seed=83)),
    Scan("e04_yunwu_phone_grey.jpg",
         f"{REAL}/2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表.docx",
         phone(dpi=170, quality=60, grey=True, seal_at=((0.5, 0.45), "云雾土家族乡人民政府"),
               seed=84, angle=2.2, cjk=True)),
    Scan("e05_zhenjiang_sheet_flatbed_png.png",
         f"{REAL}/2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开.xlsx",
         flatbed(dpi=160, angles=(0.9,), quality=90, fmt="png", cjk=True,
                 seals=((0, (0.6, 0.5), "镇江博物馆"),), seed=85, rows_fitted=True)),
    Scan("e06_putuo_flatbed_light.pdf",
         f"{REAL}/上海市普陀区体育事业管理中心2022年度项目自评价.docx",
         flatbed(dpi=180, angles=(-2.2, 1.0), quality=55, light=True, cjk=True,
                 seals=((0, (0.7, 0.45), "普陀区体育事业管理中心"),), seed=86)),
    Scan("e07_zhongjiang_flatbed_grey_sign.pdf",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.docx",
         flatbed(dpi=150, angles=(1.7, -1.2), quality=45, grey=True, sign=(0, (0.6, 0.85)),
                 seed=87)),
    Scan("e08_luan_sheet_flatbed_seal.jpg",
         f"{REAL}/六安市金安区体育局2025年项目支出绩效目标表.xlsx",
         flatbed(dpi=190, angles=(-0.9,), quality=50, fmt="jpg", cjk=True,
                 seals=((0, (0.5, 0.6), "六安市金安区体育局"),), seed=88, rows_fitted=True)),
    Scan("e09_kufang_notice_flatbed.pdf",
         f"{REAL}/关于库房消防设备改造安装工程项目绩效目标的批复.docx",
         flatbed(dpi=170, angles=(2.4, -1.5, 0.8), quality=50, cjk=True,
                 seals=((1, (0.6, 0.4), "财政局"),), seed=89)),
    # printed on two pages (as first built, a phone's photo of its first page: the truth
    # held the rows of the second)
    Scan("e10_nanhua_flatbed_seal_sign.pdf",
         f"{REAL}/南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目绩效自评表.docx",
         flatbed(dpi=190, angles=(-2.4, 1.3), quality=50, cjk=True,
                 seals=((0, (0.4, 0.6), "南华县农业农村局"),), sign=(1, (0.7, 0.3)), seed=90)),
    Scan("e11_batang_flatbed_colour_tif.tif",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).docx",
         flatbed(dpi=180, angles=(-1.3, 1.9), quality=55, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.5), "坝塘镇人民政府"),), seed=91)),
    Scan("e12_tianjin_court_sheet_flatbed.pdf",
         f"{REAL}/天津市河北区人民法院2023年项目支出绩效目标表（法院办案业务、业务装备及审判辅助事务外包）.xlsx",
         flatbed(dpi=170, angles=(0.6, -1.7), quality=50, cjk=True,
                 seals=((0, (0.65, 0.55), "天津市河北区人民法院"),), seed=92, rows_fitted=True)),
    Scan("e13_mengcheng_phone_grey_sign.jpg",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.docx",
         phone(dpi=160, quality=55, grey=True, sign=(0.5, 0.85), seed=93, angle=1.5)),
    Scan("e14_qingshan_sheet_phone_seal.jpg",
         f"{REAL}/青山区教育局绩效目标表(2020年度).xlsx",
         phone(dpi=180, quality=60, seal_at=((0.45, 0.5), "青山区教育局"), seed=94, angle=-0.8,
               cjk=True, rows_fitted=True)),
    Scan("e15_mata_sheet_flatbed_grey_seal.pdf",
         f"{REAL}/马踏镇2023年部门预算项目绩效目标申报表.xlsx",
         flatbed(dpi=160, angles=(-2.6, 1.1), quality=45, grey=True, cjk=True,
                 seals=((0, (0.5, 0.45), "井研县马踏镇人民政府"),), seed=95, rows_fitted=True)),
)
# -- a fifth unseen batch, f -------------------------------------------------------------------
#
# Made after batch e had been read while fixing the reader: 16 real tables no scan above uses
# in any format (申报表 of 2019 and 2021, a 兵团 notice, 整体支出 tables, self-evaluations in
# workbooks, a 中央预算内投资 table), other settings and seeds.
# `python samples/scans.py --unseen DIR --batch f`.

UNSEEN_F: tuple[Scan, ...] = (
    Scan("f01_zhengti_sheet_flatbed_seal.pdf",
         f"{REAL}/附件4：部门整体支出绩效目标表(60.8).xlsx",
         flatbed(dpi=170, angles=(1.1, -0.7), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "财政局"),), seed=101, rows_fitted=True)),
    Scan("f02_ningjin_sheet_phone.jpg",
         f"{REAL}/2019年度宁晋县高中助学金项目绩效评价指标表.xlsx",
         phone(dpi=180, quality=55, seal_at=((0.55, 0.6), "宁晋县教育局"), seed=102, angle=1.4,
               cjk=True, rows_fitted=True)),
    Scan("f03_yusuan2019_flatbed_grey.pdf",
         f"{REAL}/2019年预算项目绩效目标.docx",
         flatbed(dpi=160, angles=(-1.6, 0.9), quality=45, grey=True, cjk=True,
                 seals=((0, (0.5, 0.55), "人民政府"),), seed=103)),
    Scan("f04_file2023_sheet_flatbed_png.png",
         f"{REAL}/file_2023120414310206.xlsx",
         flatbed(dpi=170, angles=(-1.2,), quality=90, fmt="png", cjk=True,
                 seals=((0, (0.45, 0.5), "财政局"),), seed=104, rows_fitted=True)),
    Scan("f05_shanghai_dangwai_phone_sign.jpg",
         f"{REAL}/上海市财政支出项目绩效目标申报表(党外人才专项服务工作经费).docx",
         phone(dpi=170, quality=60, sign=(0.6, 0.9), seed=105, angle=-1.9)),
    Scan("f06_wuqia_sheet_flatbed_seal.pdf",
         f"{REAL}/乌恰县水利局绩效项目申报表(干渠防渗改造项目).xlsx",
         flatbed(dpi=180, angles=(2.1,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.6), "乌恰县水利局"),), seed=106, rows_fitted=True)),
    Scan("f07_luan_nongye_flatbed_light.pdf",
         f"{REAL}/六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表.docx",
         flatbed(dpi=170, angles=(-0.8, 1.6), quality=55, light=True, cjk=True,
                 seals=((0, (0.55, 0.45), "六安市农业农村局"),), seed=107)),
    Scan("f08_bingtuan_notice_grey_tif.tif",
         f"{REAL}/关于下达2021年兵团本级财政衔接推进乡村振兴补助资金预算指标的通知.docx",
         flatbed(dpi=160, angles=(1.3, -1.9, 0.5), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.4), "兵团财政局"),), seed=108)),
    Scan("f09_tianjin_fenwu_phone_seal_sign.jpg",
         f"{REAL}/附件：天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表.docx",
         phone(dpi=180, quality=55, seal_at=((0.5, 0.55), "农业农村委员会"), sign=(0.3, 0.88),
               seed=109, angle=0.9, cjk=True)),
    Scan("f10_anxi_sheet_flatbed_grey.pdf",
         f"{REAL}/安溪县下达2022年省级第七批水利专项资金的通知.xlsx",
         flatbed(dpi=170, angles=(-2.0,), quality=50, grey=True, cjk=True,
                 seals=((0, (0.5, 0.5), "安溪县财政局"),), seed=110, rows_fitted=True)),
    Scan("f11_guangshui_flatbed_colour.pdf",
         f"{REAL}/广水市人民政府办公室整体支出绩效目标.docx",
         flatbed(dpi=180, angles=(0.7, -1.4), quality=55, cjk=True,
                 seals=((0, (0.65, 0.5), "广水市人民政府办公室"),), sign=(1, (0.6, 0.6)),
                 seed=111)),
    Scan("f12_jiandang_sheet_phone_grey.jpg",
         f"{REAL}/建档立卡个人缴费县级配套绩效自评表.xlsx",
         phone(dpi=170, quality=55, grey=True, seal_at=((0.6, 0.5), "人力资源和社会保障局"),
               seed=112, angle=-1.3, cjk=True, rows_fitted=True)),
    Scan("f13_zhangzhuangzhai_sheet_flatbed.jpg",
         f"{REAL}/张庄寨镇河西村特色种养补贴到户项目绩效目标自评表(2023年度).xlsx",
         flatbed(dpi=190, angles=(1.8,), quality=50, fmt="jpg", cjk=True,
                 seals=((0, (0.5, 0.6), "张庄寨镇人民政府"),), seed=113, rows_fitted=True)),
    Scan("f14_zhanggong_flatbed_seal.pdf",
         f"{REAL}/章贡区2019年林业有害生防治项目立项依据、实施主体、预算安排及绩效目标情况公示.docx",
         flatbed(dpi=170, angles=(-1.1, 2.3), quality=50, cjk=True,
                 seals=((0, (0.6, 0.55), "章贡区林业局"),), seed=114)),
    Scan("f15_ezhou_library_phone.jpg",
         f"{REAL}/鄂州市2020年市直部门预算项目支出绩效目标表(鄂州市图书馆).docx",
         phone(dpi=170, quality=60, seal_at=((0.55, 0.5), "鄂州市图书馆"), seed=115, angle=2.0,
               cjk=True)),
    Scan("f16_yangquan_flatbed_grey_sign.pdf",
         f"{REAL}/阳泉市四好农村路三个一号旅游路工作经费项目支出绩效目标申报表.docx",
         flatbed(dpi=150, angles=(-2.3, 1.0), quality=45, grey=True, sign=(0, (0.5, 0.85)),
                 seed=116)),
)
# -- a sixth unseen batch, g -------------------------------------------------------------------
#
# Made after batch f had been read while fixing the reader: the six real tables added after it
# (y_*: 昌宁's 自评表, 大英's 自评报告 table, 龙岩's workbook, 百色's 公开表, 南岳镇's and 涂井乡's
# web pages printed as a browser prints them), other settings and seeds.
# `python samples/scans.py --unseen DIR --batch g`.

UNSEEN_G: tuple[Scan, ...] = (
    Scan("g01_changning_flatbed_seal_sign.pdf",
         f"{REAL}/2022年度项目支出绩效自评表(昌龙鸿运).docx",
         flatbed(dpi=170, angles=(-1.4, 0.8), quality=50, cjk=True,
                 seals=((0, (0.55, 0.6), "昌宁县供销合作社联合社"),), sign=(1, (0.6, 0.5)),
                 seed=121)),
    Scan("g02_changning_feeder_grey.tif",
         f"{REAL}/2022年度项目支出绩效自评表(昌龙鸿运).docx",
         flatbed(dpi=160, angles=(1.6, -2.2), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((1, (0.6, 0.3), "昌宁县供销合作社联合社"),), seed=122)),
    Scan("g03_daying_report_feeder_grey.tif",
         f"{REAL}/项目支出绩效自评报告(续).docx",
         flatbed(dpi=160, angles=(1.9, -0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.45), "大英县财政局"),), seed=123)),
    Scan("g04_longyan_sheet_phone_seal.jpg",
         f"{REAL}/龙岩市下达2023年民族发展专项资金的通知（附专项转移支付绩效目标表）.xlsx",
         phone(dpi=180, quality=55, seal_at=((0.5, 0.55), "龙岩市民族与宗教事务局"), seed=124,
               angle=-1.2, cjk=True, rows_fitted=True)),
    Scan("g05_baise_flatbed_colour.pdf",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.pdf",
         flatbed(dpi=170, angles=(0.9,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "百色市教育局"),), seed=125)),
    Scan("g06_nanyuezhen_flatbed_light.pdf",
         f"{REAL}/2018年南岳镇资产收益扶贫项目绩效目标申报表.html",
         flatbed(dpi=180, angles=(-2.1, 1.2), quality=55, light=True, cjk=True,
                 seals=((0, (0.55, 0.55), "衡阳市南岳区南岳镇人民政府"),), seed=126)),
    # printed on two pages: scanned (a phone's photo of its first page would lose the rest)
    Scan("g07_tujing_flatbed_seal_sign.pdf",
         f"{REAL}/涂井乡2021年度项目绩效自评表.html",
         flatbed(dpi=170, angles=(2.4, -0.7), quality=50, cjk=True,
                 seals=((0, (0.45, 0.5), "忠县涂井乡人民政府"),), sign=(1, (0.6, 0.4)),
                 seed=127)),
)
# -- a seventh unseen batch, h: black and white ---------------------------------------------------
#
# Made after batch g: what an office scanner set to black and white, or a fax, writes (every
# pixel black or white, a red seal as black as the print, a multi-page TIFF in CCITT group 4),
# of tables earlier batches scanned in grey or colour and of two newer ones (y_07, y_09).
# `python samples/scans.py --unseen DIR --batch h`.

UNSEEN_H: tuple[Scan, ...] = (
    Scan("h01_jiayuguan_bw_seal.pdf",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.pdf",
         flatbed(dpi=200, angles=(0.8,), quality=50, cjk=True, bilevel=True,
                 seals=((0, (0.6, 0.7), "嘉峪关城市博物馆"),), seed=131)),
    Scan("h02_xianji_zhuanxiang_bw_300.tif",
         f"{REAL}/2020年度县级专项资金绩效目标自评表.docx",
         flatbed(dpi=300, angles=(-0.6, 1.1), quality=50, fmt="tif", bilevel=True, seed=132)),
    Scan("h03_mengcheng_bw_sign.pdf",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.pdf",
         flatbed(dpi=200, angles=(-1.3,), quality=50, bilevel=True, sign=(0, (0.5, 0.85)),
                 seed=133)),
    Scan("h04_malukeng_bw_seal.tif",
         f"{REAL}/2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.docx",
         flatbed(dpi=200, angles=(1.6, -0.4), quality=50, fmt="tif", cjk=True, bilevel=True,
                 seals=((0, (0.55, 0.5), "临沧市临翔区林业和草原局"),), seed=134)),
    Scan("h05_rongmeiti_bw_240.pdf",
         f"{REAL}/部门整体绩效自评表.docx",
         flatbed(dpi=240, angles=(-0.9, 0.6), quality=50, bilevel=True, seed=135)),
    Scan("h06_jinan_tiyu_sheet_bw.pdf",
         f"{REAL}/六安市金安区体育局2025年项目支出绩效目标表.xlsx",
         flatbed(dpi=200, angles=(1.2,), quality=50, cjk=True, bilevel=True, rows_fitted=True,
                 seals=((0, (0.45, 0.55), "六安市金安区体育局"),), seed=136)),
    Scan("h07_xuancheng_dizhen_bw_300.tif",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.pdf",
         flatbed(dpi=300, angles=(-1.7,), quality=50, fmt="tif", cjk=True, bilevel=True,
                 seals=((0, (0.6, 0.45), "宣城市地震局"),), seed=137)),
    Scan("h08_batang_bw.pdf",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf",
         flatbed(dpi=200, angles=(0.5, -1.0), quality=50, bilevel=True, seed=138)),
)
# Batch i: sixteen real tables no scan had used (web pages, .doc, workbooks among them),
# every kind of copy at once: phone photos (of one-page tables: a photo holds one page),
# flatbed and feeder scans, grey, black and white
UNSEEN_I: tuple[Scan, ...] = (
    Scan("i01_linshi_jiuzhu_flatbed_seal.pdf", f"{REAL}/(临时救助)绩效目标自评表.html",
         flatbed(dpi=180, angles=(1.3, -0.6), quality=55, cjk=True,
                 seals=((0, (0.55, 0.5), "民政局"),), seed=141)),
    Scan("i02_2019_yusuan_doc_grey.pdf", f"{REAL}/2019年预算项目绩效目标.doc",
         flatbed(dpi=170, angles=(-1.2,), quality=50, grey=True, cjk=True, seed=142)),
    Scan("i03_zhongdian_bw.tif", f"{REAL}/2022年度重点项目及绩效目标情况.docx",
         flatbed(dpi=200, angles=(0.7, -1.1), quality=50, fmt="tif", bilevel=True, seed=143)),
    Scan("i04_putuo_tiyu_phone_grey.jpg",
         f"{REAL}/上海市普陀区体育事业管理中心2022年度项目自评价.pdf",
         phone(dpi=170, quality=60, grey=True, seed=144, angle=-1.8, cjk=True)),
    Scan("i05_jinan_canlian_flatbed_seal_sign.pdf",
         f"{REAL}/六安市金安区残疾人联合会-残疾人精准康复项目目标表.html",
         flatbed(dpi=170, angles=(1.5,), quality=50, cjk=True,
                 seals=((0, (0.5, 0.55), "六安市金安区残疾人联合会"),), sign=(0, (0.4, 0.85)),
                 seed=145)),
    Scan("i06_kufang_xiaofang_feeder_grey_seal.tif",
         f"{REAL}/关于库房消防设备改造安装工程项目绩效目标的批复.pdf",
         flatbed(dpi=160, angles=(-2.0, 0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.45), "财政局"),), seed=146)),
    Scan("i07_yiliao_jiuzhu_feeder_grey.tif",
         f"{REAL}/医疗救助补助资金转移支付项目绩效目标自评表(2024年度).html",
         flatbed(dpi=170, angles=(2.0, -1.2), quality=50, grey=True, fmt="tif", cjk=True,
                 seed=147)),
    Scan("i08_nanjiang_sheets_flatbed_seal.pdf",
         f"{REAL}/南江县2024年省级财政林业草原专项资金(第一批)分配表及区域绩效目标表.xlsx",
         flatbed(dpi=180, angles=(0.6, -0.8, 1.1), quality=50, cjk=True, rows_fitted=True,
                 seals=((0, (0.6, 0.6), "南江县财政局"),), seed=148)),
    Scan("i09_daying_minzheng_bw_seal.pdf",
         f"{REAL}/大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示.html",
         flatbed(dpi=200, angles=(-0.9,), quality=50, cjk=True, bilevel=True,
                 seals=((0, (0.55, 0.5), "大英县民政局"),), seed=149)),
    Scan("i10_bingmei_fangzhi_phone_seal.jpg",
         f"{REAL}/疫情期间区域病媒防治环境卫生清洁等费用绩效目标表.docx",
         phone(dpi=170, quality=55, seal_at=((0.45, 0.6), "区卫生健康局"), seed=150,
               angle=-1.4, cjk=True)),
    Scan("i11_baise_2024_sheet_flatbed.pdf",
         f"{REAL}/百色市教育局2024年度预算项目绩效目标公开表.xlsx",
         flatbed(dpi=170, angles=(1.0, -0.5), quality=50, cjk=True, rows_fitted=True,
                 seed=151)),
    Scan("i12_lvhua_feeder_grey.tif", f"{REAL}/绿化养护经费.docx",
         flatbed(dpi=160, angles=(-1.5,), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.5), "园林绿化管理所"),), seed=152)),
    Scan("i13_caizheng_2021_sheet_phone_grey.jpg",
         f"{REAL}/财政支出绩效目标申报表(2021年度).xlsx",
         phone(dpi=180, quality=60, grey=True, seed=153, angle=1.6, cjk=True,
               rows_fitted=True)),
    Scan("i14_fupin_sheet_bw.tif", f"{REAL}/附表1：2021年中央财政专项扶贫资金绩效表.xlsx",
         flatbed(dpi=200, angles=(0.8,), quality=50, fmt="tif", bilevel=True, rows_fitted=True,
                 seed=154)),
    Scan("i15_qingshen_phone_seal_sign.jpg",
         f"{REAL}/青神县发展和改革局部门预算项目支出绩效自评表(2023年度)-工资性支出.docx",
         phone(dpi=180, quality=55, seal_at=((0.6, 0.5), "青神县发展和改革局"),
               sign=(0.35, 0.8), seed=155, angle=-0.8, cjk=True)),
    Scan("i16_huangguoshu_flatbed_seal.pdf",
         f"{REAL}/黄果树镇人民政府2023年村干部报酬项目绩效评价报告.docx",
         flatbed(dpi=170, angles=(-1.6, 0.4), quality=50, cjk=True,
                 seals=((0, (0.55, 0.45), "黄果树镇人民政府"),), seed=156)),
)
# Batch j: the seven z_* tables added after batch i (web pages and Word files), scanned
# before the reader saw them as scans
UNSEEN_J: tuple[Scan, ...] = (
    Scan("j01_baoshan_weiwen_flatbed_seal.pdf",
         f"{REAL}/2022年度项目支出绩效自评表(春节走访慰问经费).html",
         flatbed(dpi=180, angles=(-1.1, 0.7), quality=50, cjk=True,
                 seals=((0, (0.55, 0.55), "保山市退役军人事务局"),), seed=161)),
    Scan("j02_wuxi_weifang_flatbed_grey.pdf",  # (two pages: a flatbed's, not a photo)
         f"{REAL}/巫溪县财政局关于提前转下达2025年农村危房改造补助资金预算的函.html",
         flatbed(dpi=170, angles=(1.7, -0.8), quality=55, grey=True, cjk=True,
                 seals=((0, (0.6, 0.3), "巫溪县财政局"),), seed=162)),
    Scan("j03_lixian_shiyongjun_feeder_grey.tif",
         f"{REAL}/澧县食用菌研究所2021年度绩效目标公开(部门整体支出项目绩效目标申报表).html",
         flatbed(dpi=160, angles=(1.8, -0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.35), "澧县食用菌研究所"),), seed=163)),
    Scan("j04_xinzhou_chujutuan_bw.pdf", f"{REAL}/新洲区楚剧团2020年度项目支出绩效自评表.docx",
         flatbed(dpi=200, angles=(0.9, -1.3), quality=50, bilevel=True, seed=164)),
    Scan("j05_changjiang_jinbu_phone_seal_sign.jpg",
         f"{REAL}/2020年度长江禁捕项目自评表(渔业成品油价格改革补贴).docx",
         phone(dpi=180, quality=55, seal_at=((0.55, 0.6), "农业农村局"), sign=(0.3, 0.85),
               seed=165, angle=-1.5, cjk=True)),
    Scan("j06_huangshi_sanzhong_flatbed_colour.pdf",
         f"{REAL}/2023年度校园维修改造及设备购置项目自评表.html",
         flatbed(dpi=170, angles=(2.1,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "黄石市第三中学"),), sign=(0, (0.35, 0.9)), seed=166)),
    Scan("j07_nanyue_zhuanxiang_feeder_grey_seal.tif",
         f"{REAL}/南岳区青少年学生校外活动教学相关补助费专项资金预算绩效目标申报表(2020年度).docx",
         flatbed(dpi=160, angles=(-1.4, 0.6), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.45), "南岳区青少年校外活动中心"),), seed=167)),
)
# Batch k: made at the start of stop 28, before the reader saw it: the real tables no scan
# had used (吕梁山, 宣城, 广水, 百色天立, the 自评报告(续), a web page), and harsher builds
# of tables read before (150 dpi, JPEG at 35, 3 degrees, a phone in dim light)
UNSEEN_K: tuple[Scan, ...] = (
    Scan("k01_lvliang_hugong_flatbed_seal.pdf", f"{REAL}/2021年吕梁山护工培训绩效自评表.pdf",
         flatbed(dpi=170, angles=(-1.2,), quality=45, cjk=True,
                 seals=((0, (0.6, 0.55), "人力资源和社会保障局"),), sign=(0, (0.3, 0.9)),
                 seed=171)),
    Scan("k02_xuancheng_dizhen_phone_seal.jpg",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.docx",
         phone(dpi=170, quality=50, seal_at=((0.55, 0.5), "宣城市地震局"), seed=172,
               angle=2.0, cjk=True)),
    Scan("k03_guangshui_zhengfuban_feeder_grey.tif",
         f"{REAL}/广水市人民政府办公室整体支出绩效目标.docx",
         flatbed(dpi=150, angles=(2.5,), quality=40, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.6), "广水市人民政府办公室"),), seed=173)),
    Scan("k04_baise_tianli_flatbed_bw.pdf",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.docx",
         flatbed(dpi=200, angles=(-0.7,), quality=50, bilevel=True, seed=174)),
    Scan("k05_zipingbaogao_xu_flatbed_colour.jpg", f"{REAL}/项目支出绩效自评报告(续).docx",
         flatbed(dpi=160, angles=(1.3,), quality=40, fmt="jpg", light=True, cjk=True,
                 seals=((0, (0.45, 0.7), "财政局"),), sign=(0, (0.6, 0.9)), seed=175)),
    Scan("k06_article_133731_phone_grey.jpg", f"{REAL}/article-133731-63.html",
         phone(dpi=180, quality=55, grey=True, seed=176, angle=-1.8, cjk=True)),
    Scan("k07_changjiang_pdf_phone_dim.jpg",
         f"{REAL}/2020年度长江禁捕项目自评表(渔业成品油价格改革补贴).pdf",
         phone(dpi=150, quality=35, seal_at=((0.4, 0.55), "农业农村局"), seed=177, angle=2.8,
               cjk=True)),
    Scan("k08_maluken_pdf_feeder_bw_seal.tif",
         f"{REAL}/2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.pdf",
         flatbed(dpi=200, angles=(-2.2,), quality=50, fmt="tif", bilevel=True, cjk=True,
                 seals=((0, (0.5, 0.45), "马鹿坑国有林场"),), seed=178)),
    Scan("k09_xuancheng_pdf_flatbed_150.pdf",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.pdf",
         flatbed(dpi=150, angles=(3.0,), quality=35, cjk=True, light=True, seed=179)),
    Scan("k10_guangshui_pdf_phone_seal_sign.jpg",
         f"{REAL}/广水市人民政府办公室整体支出绩效目标.pdf",
         phone(dpi=190, quality=45, seal_at=((0.6, 0.4), "广水市人民政府办公室"),
               sign=(0.4, 0.85), seed=180, angle=-2.2, cjk=True)),
    Scan("k11_lvliang_docx_feeder_grey.tif", f"{REAL}/2021年吕梁山护工培训绩效自评表.docx",
         flatbed(dpi=160, angles=(-2.8,), quality=40, grey=True, fmt="tif", light=True,
                 cjk=True, seed=181)),
    Scan("k12_tianli_pdf_png_grey_seal.png",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.pdf",
         flatbed(dpi=180, angles=(1.9,), quality=90, grey=True, fmt="png", cjk=True,
                 seals=((0, (0.55, 0.55), "百色市教育局"),), seed=182)),
)
# Batch l: the nine real tables added in stop 28 (the six the reader now reads exactly), scanned
# before the reader saw them as scans
UNSEEN_L: tuple[Scan, ...] = (
    Scan("l01_banan_yipin_flatbed_seal.pdf",
         f"{REAL}/巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开.html",
         flatbed(dpi=180, angles=(1.2, -0.6), quality=50, cjk=True,
                 seals=((0, (0.55, 0.3), "重庆市巴南区人民政府一品街道办事处"),), seed=191)),
    Scan("l02_fengjie_12350_flatbed_sign.pdf",  # (two pages: a flatbed's, not a photo)
         f"{REAL}/财政项目支出绩效目标审批表(12350安全生产举报奖及安全生产专项督查等工作经费).html",
         flatbed(dpi=180, angles=(-1.7, 0.9), quality=50, sign=(0, (0.6, 0.85)), seed=192,
                 cjk=True)),
    Scan("l03_hainan_baogao_feeder_grey.tif",
         f"{REAL}/财政支出项目绩效评价报告范本(海南宏观经济形势分析预测与经济动态监测预警项目).docx",
         flatbed(dpi=160, angles=(-1.5, 0.8, 1.1), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.7), "海南省人民政府研究室"),), seed=193)),
    Scan("l04_fuwu_maoyi_flatbed_bw.pdf", f"{REAL}/服务贸易项目绩效自评表.docx",
         flatbed(dpi=200, angles=(0.9, -1.2), quality=50, bilevel=True, seed=194)),
    Scan("l05_fucai_app_feeder_grey_seal.tif", f"{REAL}/2023年福彩中心绩效项目支出自评表.html",
         flatbed(dpi=170, angles=(1.9, -0.7), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.55), "宁夏福利彩票发行中心"),), seed=195)),
    Scan("l06_chengan_flatbed_colour_sign.pdf",
         f"{REAL}/成安县民政局2020年度预算项目绩效自评表.html",
         flatbed(dpi=170, angles=(-0.8,), quality=45, cjk=True,
                 seals=((0, (0.5, 0.5), "成安县民政局"),), sign=(0, (0.3, 0.9)), seed=196)),
)
# Batch m: the six zd_* tables added in stop 29 (web pages), scanned before the reader saw
# them as scans
UNSEEN_M: tuple[Scan, ...] = (
    Scan("m01_zhalaiteqi_wide_flatbed_seal.pdf", f"{REAL}/t20250206_6819057(项目绩效目标表).html",
         flatbed(dpi=180, angles=(-1.3, 0.7), quality=50, cjk=True,
                 seals=((0, (0.6, 0.45), "扎赉特旗人民检察院"),), seed=201)),
    Scan("m02_ningde_traditional_phone_sign.jpg",
         f"{REAL}/news661681(項目年度績效目標).html",
         phone(dpi=180, quality=50, sign=(0.35, 0.85), seed=202, angle=1.6, cjk=True)),
    Scan("m03_fengdu_baogao_feeder_grey_seal.tif",
         f"{REAL}/丰都县公安局2022年度辅警人员经费绩效自评工作报告.html",
         flatbed(dpi=160, angles=(1.4, -0.9, 0.6), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.6), "丰都县公安局"),), seed=203)),
    Scan("m04_huoshan_listing_flatbed_bw.pdf",
         f"{REAL}/【实施前情况】霍山县下符桥镇2023年扶贫项目实施情况表.html",
         flatbed(dpi=200, angles=(-0.9,), quality=50, bilevel=True, seed=204)),
    Scan("m05_canlian_baogao_flatbed_colour_sign.pdf",
         f"{REAL}/湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告.html",
         flatbed(dpi=170, angles=(2.0, -1.1), quality=45, cjk=True,
                 seals=((0, (0.5, 0.4), "湖北省残疾人联合会"),), sign=(0, (0.6, 0.9)), seed=205)),
    Scan("m06_ezhou_ziping_flatbed_seal.pdf",  # (two pages: a phone's photo of the first one
         # was taken at first and scored against both, rebuilt as a flatbed's)
         f"{REAL}/t20221108_506320(项目支出绩效自评表).html",
         flatbed(dpi=170, angles=(-2.1, 0.8), quality=45, cjk=True,
                 seals=((0, (0.55, 0.55), "鄂州市行政审批局"),), seed=206)),
)
# Batch n: the nine real tables added in stop 30 (ze_*, zf_*, zg_*, zj_01), scanned before
# the reader saw them as scans
UNSEEN_N: tuple[Scan, ...] = (
    Scan("n01_luohu_zhaiquan_flatbed_seal.pdf", f"{REAL}/post_10667539.html",
         flatbed(dpi=180, angles=(1.1, -0.5), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "深圳市罗湖区南湖街道办事处"),), seed=211)),
    Scan("n02_wenchang_pingjia_feeder_grey.tif", f"{REAL}/2017年退耕还林苗圃建设级配套项目.docx",
         flatbed(dpi=160, angles=(-1.6, 0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.3), "文昌市林业局"),), seed=212)),
    Scan("n03_jingdong_dibao_flatbed_bw.pdf", f"{REAL}/news672170.html",
         flatbed(dpi=200, angles=(0.8,), quality=50, bilevel=True, seed=213)),
    # (n04 and n06 were first a phone's photo of the first page of two, scored against both:
    # built again as a flatbed's scans of both pages)
    Scan("n04_zhonglieci_traditional_flatbed_seal.pdf",
         f"{REAL}/2020年忠烈祠免費開放經費236.25萬整體支出績效自評表.html",
         flatbed(dpi=180, angles=(1.9, -0.6), quality=50, cjk=True,
                 seals=((0, (0.55, 0.45), "南岳区民族宗教事务局"),), seed=214)),
    Scan("n05_yixing_jiangsu_flatbed_colour_sign.pdf", f"{REAL}/657601.html",
         flatbed(dpi=170, angles=(-2.2,), quality=45, cjk=True, sign=(0, (0.6, 0.9)),
                 seed=215)),
    Scan("n06_shishi_kanshousuo_flatbed_grey_sign.pdf",
         f"{REAL}/石狮市公安局看守所2022年专项资金绩效自评报告及自评表.html",
         flatbed(dpi=170, angles=(-1.4, 0.8), quality=45, grey=True, sign=(0, (0.4, 0.85)),
                 seed=216, cjk=True)),
    Scan("n07_yunnan_prose_feeder_grey_seal.tif",
         f"{REAL}/云南省2020年度中央自然灾害救灾资金绩效自评报告.html",
         flatbed(dpi=160, angles=(1.5, -0.7), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.5), "云南省应急管理厅"),), seed=217)),
    Scan("n08_putian_prose_flatbed_light.pdf",
         f"{REAL}/2024年度市级预算项目绩效自评报告(标准化工作专项补助经费).html",
         flatbed(dpi=150, angles=(2.4,), quality=40, light=True, cjk=True, seed=218)),
    Scan("n09_yulu_jihua_flatbed_seal_sign.pdf", f"{REAL}/i3224710(雨露计划绩效目标申报表).html",
         flatbed(dpi=180, angles=(-0.9, 1.3), quality=50, cjk=True,
                 seals=((0, (0.5, 0.6), "南岳区乡村振兴局"),), sign=(0, (0.3, 0.9)), seed=219)),
)
# Batch o: the five real tables added at the start of stop 31 (zk_01, zl_01–03) and the
# real tables no scan had used but two blank forms (嘉峪关's and 蚕茶卫生院's Word files,
# 福建's and 岳峰镇's pages, the 评价指标表 sheet), scanned before the reader saw them as scans
UNSEEN_O: tuple[Scan, ...] = (
    Scan("o01_yuanzhou_malingshu_docx_flatbed_seal.pdf",
         f"{REAL}/马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度).docx",
         flatbed(dpi=180, angles=(1.2, -0.7), quality=50, cjk=True,
                 seals=((0, (0.6, 0.3), "原州区农业技术推广服务中心"),), seed=221)),
    Scan("o02_yuanzhou_malingshu_pdf_feeder_grey.tif",
         f"{REAL}/马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度).pdf",
         flatbed(dpi=160, angles=(-1.8, 0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seed=222)),
    Scan("o03_huangshi_jiankong_flatbed_colour_sign.pdf",
         f"{REAL}/t20190821_663302(黄石市项目支出绩效监控表).html",
         flatbed(dpi=170, angles=(-1.1, 0.6), quality=45, cjk=True, sign=(0, (0.6, 0.9)),
                 seals=((0, (0.4, 0.25), "黄石市文物局"),), seed=223)),
    Scan("o04_qidong_jikong_flatbed_bw.pdf",
         f"{REAL}/i3532884(祁东县疾病预防控制中心2024年部门整体支出绩效目标表).html",
         flatbed(dpi=200, angles=(0.7, -1.0), quality=50, bilevel=True, seed=224)),
    Scan("o05_zhaohua_mafeng_feeder_grey_seal.tif",
         f"{REAL}/20220301121655505(麻风病防治项目).html",
         flatbed(dpi=160, angles=(1.6, -0.8), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.5), "广元市昭化区卫生健康局"),), seed=225)),
    Scan("o07_jiayuguan_docx_phone_seal_sign.jpg",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.docx",
         phone(dpi=180, quality=50, seal_at=((0.55, 0.6), "嘉峪关城市博物馆"), sign=(0.3, 0.9),
               seed=227, angle=-1.3, cjk=True)),
    Scan("o08_canchawei_zhengti_feeder_grey.tif", f"{REAL}/蚕茶卫生院整体支出绩效自评表.docx",
         flatbed(dpi=160, angles=(1.4, -0.6), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.5, 0.4), "蚕茶卫生院"),), seed=228)),
    Scan("o10_fujian_taitonglian_flatbed_colour.pdf",
         f"{REAL}/2017年财政支出项目绩效目标表(福建省台湾同胞联谊会).html",
         flatbed(dpi=170, angles=(1.9, -0.5), quality=45, cjk=True,
                 seals=((0, (0.6, 0.45), "福建省台湾同胞联谊会"),), seed=230)),
    Scan("o11_yuefeng_fucai_flatbed_grey_sign.pdf",
         f"{REAL}/2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示(岳峰镇).html",
         flatbed(dpi=170, angles=(-1.5, 0.7), quality=45, grey=True, sign=(0, (0.6, 0.88)),
                 cjk=True, seed=231)),
    Scan("o12_pingjia_zhibiao_sheet_flatbed_grey.pdf", f"{REAL}/部门整体支出绩效评价指标表.xlsx",
         flatbed(dpi=180, angles=(1.7, -0.6), quality=50, grey=True, seed=232, cjk=True,
                 rows_fitted=True)),  # (the sheet's rows made as tall as their text, as a
    # clerk prints it: at LibreOffice's row heights its long cells overran the rows below)
)
# Batch p: the four zm_* tables added in stop 31 (普陀区's two 申报表 from a checker's fixtures,
# two 检验检疫 评价表 pages), scanned before the reader saw them as scans
_PUTUO_CG = "上海市普陀区城市管理行政执法局2026年度部门预算公开(拆违经费)"
_PUTUO_JG = "上海市普陀区建设和管理委员会2026年度部门预算公开(兰溪路-真南路下立交工程)"
UNSEEN_P: tuple[Scan, ...] = (
    Scan("p01_putuo_chaiwei_docx_flatbed_seal.pdf", f"{REAL}/{_PUTUO_CG}.docx",
         flatbed(dpi=180, angles=(1.3, -0.8), quality=50, cjk=True,
                 seals=((1, (0.6, 0.4), "上海市普陀区城市管理行政执法局"),), seed=241)),
    Scan("p02_putuo_chaiwei_pdf_feeder_grey.tif", f"{REAL}/{_PUTUO_CG}.pdf",
         flatbed(dpi=160, angles=(-1.7, 0.9), quality=45, grey=True, fmt="tif", cjk=True,
                 seed=242)),
    Scan("p03_datongguan_jsp_flatbed_bw.pdf",
         f"{REAL}/dtg(大通关(电子监管)项目支出绩效评价表).html",
         flatbed(dpi=200, angles=(0.9, -1.2), quality=50, bilevel=True, seed=243)),
    Scan("p04_putuo_xialijiao_pdf_flatbed_colour_sign.pdf", f"{REAL}/{_PUTUO_JG}.pdf",
         flatbed(dpi=170, angles=(-1.0, 1.6), quality=45, cjk=True, sign=(1, (0.6, 0.9)),
                 seals=((1, (0.45, 0.5), "上海市普陀区建设和管理委员会"),), seed=244)),
    Scan("p05_yiqing_jsp_feeder_grey_seal.tif", f"{REAL}/yqyb(疫情疫病项目支出绩效评价表).html",
         flatbed(dpi=160, angles=(1.5, -0.7), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.5), "检验检疫局"),), seed=245)),
    Scan("p06_putuo_xialijiao_docx_flatbed_light.pdf", f"{REAL}/{_PUTUO_JG}.docx",
         flatbed(dpi=150, angles=(2.1, -1.3), quality=40, light=True, cjk=True, seed=246)),
)
# Batch q: what the batches before had not done to a page, on real tables scanned before
# in other ways: phone photos of every page sent as one PDF, sheets that do not lie flat
# (their rows bowed), the hand's shadow, a scanning app's document filter, 300 dpi
# flatbed scans with the seal over the value column, a page turned 3.5°
UNSEEN_Q: tuple[Scan, ...] = (
    Scan("q01_batang_phone_pages_bow_shadow.pdf",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf",
         phone_pages(dpi=180, quality=50, angles=(1.0, -0.8), bow=0.008, shadow=True,
                     seals=((0, (0.7, 0.55), "坝塘镇人民政府"),), seed=251)),
    Scan("q02_jinzhai_app_filter.pdf", f"{REAL}/金寨经济开发区2021年度项目支出绩效目标申报表.docx",
         phone_pages(dpi=180, quality=55, angles=(-0.6,), bow=0.005, app=True,
                     seals=((0, (0.75, 0.6), "金寨经济开发区管委会"),), seed=252)),
    Scan("q03_fucai_phone_pages_bow.pdf", f"{REAL}/2023年福彩中心绩效项目支出自评表.html",
         phone_pages(dpi=170, quality=50, angles=(1.4, -0.9), bow=0.01,
                     sign=(0, (0.5, 0.9)), seed=253)),
    Scan("q04_dongguan_sheet_phone_shadow.pdf",
         f"{REAL}/东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期）.xlsx",
         phone_pages(dpi=190, quality=50, angles=(-1.2,), shadow=True, rows_fitted=True,
                     seals=((0, (0.78, 0.5), "东莞市财政局"),), seed=254)),
    Scan("q05_zhongjiang_300dpi_seal_values.pdf",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.pdf",
         flatbed(dpi=300, angles=(0.9, -0.6), quality=60, cjk=True,
                 seals=((0, (0.78, 0.62), "中江县水利局"),), seed=255)),
    Scan("q06_dangwai_app_grey.pdf",
         f"{REAL}/上海市财政支出项目绩效目标申报表(党外人才专项服务工作经费).docx",
         phone_pages(dpi=170, quality=50, angles=(1.8, -1.1), bow=0.006, app=True,
                     sign=(0, (0.6, 0.92)), seed=256)),
    Scan("q07_ningjin_sheet_phone_bow_grey.jpg",
         f"{REAL}/2019年度宁晋县高中助学金项目绩效评价指标表.xlsx",
         phone_pages(dpi=190, quality=55, fmt="jpg", angles=(-1.5,), bow=0.009, grey=True,
                     rows_fitted=True, seed=257)),
    Scan("q08_jinan_canlian_300dpi_grey_seal.tif",
         f"{REAL}/六安市金安区残疾人联合会-残疾人精准康复项目目标表.html",
         flatbed(dpi=300, angles=(3.5,), quality=55, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.75, 0.55), "六安市金安区残疾人联合会"),), seed=258)),
    Scan("q09_fengdu_phone_pages_app_shadow.pdf",
         f"{REAL}/丰都县公安局2022年度辅警人员经费绩效自评工作报告.html",
         phone_pages(dpi=170, quality=50, angles=(0.7, -1.3), shadow=True, app=True,
                     seals=((0, (0.72, 0.45), "丰都县公安局"),), seed=259)),
    Scan("q10_lvliang_phone_bow.pdf", f"{REAL}/2021年吕梁山护工培训绩效自评表.pdf",
         phone_pages(dpi=180, quality=45, angles=(-2.0, 1.2), bow=0.012,
                     sign=(0, (0.4, 0.88)), seed=260)),
    Scan("q11_gaobiao_300dpi_colour_seal_values.pdf",
         f"{REAL}/乡村振兴衔接资金绩效目标申报表(高标准农田建设).docx",
         flatbed(dpi=300, angles=(-1.4,), quality=55, cjk=True, sign=(0, (0.3, 0.9)),
                 seals=((0, (0.8, 0.7), "乡村振兴局"),), seed=261)),
    Scan("q13_yueyanglou_landscape_sideways.pdf",
         f"{REAL}/岳陽樓區價格認證鑒定中心2023年度整體績效目標表.docx",
         flatbed(dpi=180, angles=(0.8, -1.1), quality=50, cjk=True, quarters=(3,),
                 seals=((0, (0.6, 0.5), "岳阳楼区价格认证鉴定中心"),), seed=263)),
    Scan("q14_zhongjiang_feeder_upside_down.tif",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.docx",
         flatbed(dpi=170, angles=(-1.2, 0.7), quality=45, grey=True, fmt="tif", cjk=True,
                 quarters=(0, 2), seed=264)),
    # a phone's photo as a chat app sends it: scaled down to some 1,300 px, JPEG at 70
    Scan("q15_linyi_chat_photo.jpg",
         f"{REAL}/临邑县师范附属小学项目支出目标申报表（2025年度）.docx",
         phone_pages(dpi=100, quality=70, fmt="jpg", angles=(-1.0,), bow=0.004,
                     seals=((0, (0.65, 0.55), "临邑县师范附属小学"),), seed=266)),
    Scan("q16_huangshan_chat_photos.pdf", f"{REAL}/黄山市公安局2025年项目绩效目标和指标.docx",
         phone_pages(dpi=110, quality=70, angles=(0.9, -0.6), shadow=True, seed=267)),
    Scan("q17_chagu_duplex_backs.pdf",
         f"{REAL}/金寨县茶谷和美丽乡村建设服务中心2023年度部门整体支出绩效自评表.docx",
         flatbed(dpi=160, angles=(0.9, -1.4), quality=45, grey=True, cjk=True, backs=True,
                 seals=((0, (0.6, 0.6), "茶谷中心"),), seed=269)),
    Scan("q12_dangxiao_sheet_app.pdf",
         f"{REAL}/中共黄石市委党校2022年度项目支出绩效目标批复表（主体班）.xlsx",
         phone_pages(dpi=190, quality=50, angles=(1.1,), bow=0.007, app=True,
                     rows_fitted=True, seals=((0, (0.7, 0.6), "中共黄石市委党校"),), seed=262)),
)
# Batch r: what happens to paper in an office before it reaches the scanner, on real tables
# scanned before in other ways: a printer low on toner (pale, streaked print), a copy of a
# copy (strokes thickened, speckle, the lid's dark edge), a letter folded in three (its
# creases across the rows), hole punches and a staple, a reviewer's black pen (ticks in
# cells, a note in the margin), a highlighter over values, the back page showing through,
# recycled paper, a fax (204 × 98 dpi, black and white, its header line), a phone shaken
# as it took the picture, a photo taken so close that the sheet fills the frame.


def _ink(page: Image.Image) -> np.ndarray:
    return 255.0 - np.asarray(page.convert("RGB"), dtype=np.float32)


def faded(page: Image.Image, rng: random.Random) -> Image.Image:
    """A printer low on toner: the print at half its darkness or less, paler in vertical
    streaks where the drum is worn, and a speck of it missing here and there."""
    ink = _ink(page)
    h, w = ink.shape[:2]
    xx = np.arange(w, dtype=np.float32)
    level = np.full(w, rng.uniform(0.5, 0.6), dtype=np.float32)
    for _ in range(rng.randint(2, 4)):
        cx, width = rng.uniform(0.1, 0.9) * w, rng.uniform(0.02, 0.08) * w
        level -= rng.uniform(0.12, 0.22) * np.exp(-((xx - cx) / width) ** 2)
    gaps = np.random.default_rng(rng.randint(0, 2**31)).random((h, w)) > 0.12
    out = 255.0 - ink * np.clip(level, 0.25, 1)[None, :, None] * gaps[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def photocopied(page: Image.Image, rng: random.Random) -> Image.Image:
    """A copy of a copy: grey, strokes thickened and darkened, toner specks, the page
    reduced to 97 % with the copier lid's dark edge along one side."""
    grey = page.convert("L").filter(ImageFilter.MinFilter(3))
    a = np.asarray(grey, dtype=np.float32)
    a = 255 * (a / 255) ** 1.6
    h, w = a.shape
    g = np.random.default_rng(rng.randint(0, 2**31))
    specks = g.random((h, w)) < 0.0006
    a[specks] = g.uniform(20, 90, specks.sum())
    small = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize(
        (round(w * 0.97), round(h * 0.97)), Image.Resampling.BILINEAR)
    sheet = Image.new("L", (w, h), 250)
    sheet.paste(small, (round(w * 0.015), round(h * 0.015)))
    out = np.asarray(sheet, dtype=np.float32)
    band = max(4, round(w * 0.012))
    out[:, w - band:] = 45 + g.normal(0, 8, (h, band))
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).convert("RGB")


def creased(page: Image.Image, rng: random.Random, folds: int = 2) -> Image.Image:
    """A letter folded in `folds + 1` for its envelope and flattened on the glass: each
    crease a thin dark line across the page, lit on one side and shaded on the other."""
    a = np.asarray(page, dtype=np.float32).copy()
    h, w = a.shape[:2]
    xx = np.arange(w, dtype=np.float32)
    for k in range(1, folds + 1):
        y0 = h * k / (folds + 1) + rng.uniform(-0.02, 0.02) * h
        ys = y0 + 4 * np.sin(xx / w * math.pi * rng.uniform(1, 2)) + xx * rng.uniform(-0.004, 0.004)
        for dy, f in ((-6, 1.03), (-4, 1.03), (-2, 1.02), (0, 0.72), (1, 0.82), (3, 0.93),
                      (5, 0.95), (8, 0.97)):
            rows = np.clip(np.round(ys + dy).astype(int), 0, h - 1)
            a[rows, np.arange(w)] *= f
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def punched(page: Image.Image, rng: random.Random) -> Image.Image:
    """Two punched holes in the left margin, showing the scanner lid's grey, and a staple
    in the top left corner."""
    out = page.copy()
    d = ImageDraw.Draw(out)
    w, h = page.size
    r = w * 0.012
    x = w * rng.uniform(0.025, 0.035)
    for y in (0.5 - 0.07, 0.5 + 0.07):
        d.ellipse((x - r, h * y - r, x + r, h * y + r), fill=(95, 95, 95))
    sx, sy = w * 0.03, h * 0.025
    d.line((sx, sy + w * 0.02, sx + w * 0.02, sy), fill=(60, 60, 60), width=max(3, w // 400))
    return out


def _blank_spots(page: Image.Image, size: int, n: int, rng: random.Random,
                 box: tuple[float, float, float, float] = (0.08, 0.12, 0.92, 0.9)
                 ) -> list[tuple[int, int]]:
    """Up to `n` places (top left corners) where a `size` square holds no print, inside
    `box` (fractions of the page): where a reviewer's pen marks land without hiding text."""
    a = np.asarray(page.convert("L"))
    h, w = a.shape
    spots: list[tuple[int, int]] = []
    for _ in range(4000):
        x = rng.randint(int(box[0] * w), int(box[2] * w) - size)
        y = rng.randint(int(box[1] * h), int(box[3] * h) - size)
        if a[y:y + size, x:x + size].min() > 200 and all(
                abs(x - sx) > 3 * size or abs(y - sy) > 3 * size for sx, sy in spots):
            spots.append((x, y))
            if len(spots) == n:
                break
    return spots


PEN = (25, 25, 30)


def annotated(page: Image.Image, rng: random.Random) -> Image.Image:
    """A reviewer's black pen: ticks in empty corners of cells, a short note and a scrawled
    date in a blank place, a stroke under a line of text."""
    out = page.copy()
    d = ImageDraw.Draw(out)
    w = page.size[0]
    unit = max(12, w // 70)
    width = max(2, w // 500)
    for x, y in _blank_spots(page, unit, rng.randint(4, 7), rng):
        d.line([(x, y + unit * 0.55), (x + unit * 0.35, y + unit * 0.95), (x + unit, y)],
               fill=PEN, width=width, joint="curve")
    for x, y in _blank_spots(page, unit * 4, 1, rng, (0.05, 0.02, 0.95, 0.98)):
        pts = [(x + k * unit * 0.3 + rng.uniform(-2, 2),
                y + unit * (1.5 + 0.6 * math.sin(k / 1.3)) + rng.uniform(-3, 3))
               for k in range(12)]
        d.line(pts, fill=PEN, width=width, joint="curve")
    return out


def highlighted(page: Image.Image, rng: random.Random, n: int = 4) -> Image.Image:
    """A yellow highlighter drawn over a few runs of text (it multiplies: the print stays)."""
    a = np.asarray(page.convert("L"))
    h, w = a.shape
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    ys, xs = np.nonzero(a[int(0.2 * h):int(0.85 * h), int(0.3 * w):int(0.9 * w)] < 100)
    for _ in range(n if len(xs) else 0):
        k = rng.randrange(len(xs))
        x, y = xs[k] + int(0.3 * w), ys[k] + int(0.2 * h)
        lh = h * 0.011
        d.rectangle((x - w * 0.05, y - lh, x + w * 0.06, y + lh), fill=(255, 236, 70))
    return multiply(page, layer)


def shown_through(page: Image.Image, back: Image.Image, strength: float = 0.12) -> Image.Image:
    """Thin paper: the back's print (another page, mirrored) showing through, blurred."""
    b = np.asarray(back.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
                   .resize(page.size).filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float32)
    a = np.asarray(page, dtype=np.float32)
    shade = 1 - strength * (1 - b / 255)
    return Image.fromarray(np.clip(a * shade[..., None], 0, 255).astype(np.uint8))


def recycled(page: Image.Image, rng: random.Random) -> Image.Image:
    """Recycled paper: a yellowish grey tint, its fibres a fine noise."""
    a = np.asarray(page, dtype=np.float32)
    g = np.random.default_rng(rng.randint(0, 2**31))
    fibre = np.asarray(Image.fromarray(np.clip(128 + g.normal(0, 40, a.shape[:2]), 0, 255)
                                       .astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)),
                       dtype=np.float32)
    tint = np.array([236, 228, 200], dtype=np.float32) / 255
    out = a * tint * (1 + (fibre[..., None] - 128) / 128 * 0.06)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def shaken(image: Image.Image, rng: random.Random, length: int = 6) -> Image.Image:
    """A phone that moved as it took the picture: a motion blur `length` px long."""
    import cv2

    angle = math.radians(rng.uniform(0, 180))
    k = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
    for t in np.linspace(-length / 2, length / 2, length * 4):
        k[round(length + t * math.sin(angle)), round(length + t * math.cos(angle))] = 1
    a = cv2.filter2D(np.asarray(image), -1, k / k.sum())
    return Image.fromarray(a)


def close_up(page: Image.Image, rng: random.Random) -> Image.Image:
    """A photo taken so close that the sheet fills the frame: its edges outside the
    picture, the perspective left in (no desk to find the sheet by), lit unevenly."""
    import cv2

    src = np.asarray(page)
    h, w = src.shape[:2]
    d = [(rng.uniform(0.0, 0.03) * w, rng.uniform(0.0, 0.03) * h) for _ in range(4)]
    quad = np.array([[-d[0][0], -d[0][1]], [w + d[1][0] - 0.04 * w, -d[1][1] + 0.02 * h],
                     [w + d[2][0], h + d[2][1]], [-d[3][0] + 0.03 * w, h + d[3][1]]],
                    dtype=np.float32)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, quad)
    warped = cv2.warpPerspective(src, matrix, (w, h), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(70, 62, 55))
    return _lit(Image.fromarray(warped))


FAX_FONT = "DejaVu Sans Mono"


def fax(*, header: str, seed: int = 0, angle: float = 0.0) -> Callable[[Path, Path], None]:
    """A fax as the receiving machine files it: each page at 204 × 98 dpi (a fax's
    standard resolution: rows half as dense as columns), black and white, the sender's
    header line atop each page, in a multi-page TIFF (CCITT group 3) that says its two
    resolutions."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        pages = []
        for i, page in enumerate(printed(source, 204)):
            page = turn(page, angle * (-1) ** i) if angle else page
            d = ImageDraw.Draw(page)
            found = subprocess.run(["fc-match", "-f", "%{file}", FAX_FONT], capture_output=True,
                                   text=True, check=False).stdout.strip()
            font = ImageFont.truetype(found, 22) if found else ImageFont.load_default()
            d.text((60, 20), f"{header}   P.{i + 1:02d}", fill=(0, 0, 0), font=font)
            grey = page.convert("L").resize((page.width, round(page.height * 98 / 204)),
                                            Image.Resampling.BOX)
            noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 12, grey.size[::-1])
            a = np.asarray(grey, dtype=np.float32) + noise
            pages.append(Image.fromarray(np.where(a > 140, 255, 0).astype(np.uint8)).convert("1"))
        pages[0].save(target, "TIFF", save_all=True, append_images=pages[1:],
                      compression="group3", dpi=(204, 98))
    return build


Effect = Callable[[Image.Image, random.Random], Image.Image]


def worn(*, dpi: int, quality: int, effects: tuple[Effect, ...], fmt: str = "pdf",
         angles: tuple[float, ...] = (0.0,), seals: tuple[tuple[int, tuple[float, float], str], ...]
         = (), sign: tuple[int, tuple[float, float]] | None = None, grey: bool = False,
         seed: int = 0, rows_fitted: bool = False, through: bool = False,
         photo: Callable[[Image.Image, random.Random], Image.Image] | None = None
         ) -> Callable[[Path, Path], None]:
    """Each page worn by `effects` in order (after its seal and signature, as the copier
    copies the seal too, but for `faded`: the toner fades the print only), its back's
    print showing through when `through` (the next page, or the one before on the last),
    then scanned (turned, grey or colour, JPEG) or photographed by `photo`."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        pages = printed(source, dpi, rows_fitted=rows_fitted)
        done = []
        for i, page in enumerate(pages):
            # the toner fades as the page is printed, before it is sealed and signed
            page = faded(page, rng) if faded in effects else page
            page = sealed_and_signed(page, i, seals, sign, rng, cjk=True)
            for effect in effects:
                page = page if effect is faded else effect(page, rng)
            if through and len(pages) > 1:
                page = shown_through(page, pages[i + 1 if i + 1 < len(pages) else i - 1])
            page = turn(page, angles[i % len(angles)])
            page = photo(page, rng) if photo else page
            done.append(jpeg(page.convert("L") if grey else page, quality))
        written(done, target, fmt, quality)
    return build


UNSEEN_R: tuple[Scan, ...] = (
    Scan("r01_nanhua_faded_toner.pdf",
         f"{REAL}/南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目绩效自评表.docx",
         worn(dpi=180, quality=50, effects=(faded,), angles=(0.8, -1.1), grey=True,
              seals=((0, (0.7, 0.55), "南华县乡村振兴局"),), seed=271)),
    Scan("r02_yunwu_copy_of_copy.pdf",
         f"{REAL}/2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表.docx",
         worn(dpi=170, quality=45, effects=(photocopied,), angles=(-1.3, 0.6),
              seals=((0, (0.6, 0.45), "云雾土家族乡人民政府"),), seed=272)),
    Scan("r03_wuqia_sheet_folded.pdf", f"{REAL}/乌恰县水利局绩效项目申报表(干渠防渗改造项目).xlsx",
         worn(dpi=180, quality=50, effects=(creased,), angles=(1.2,), rows_fitted=True,
              seals=((0, (0.75, 0.6), "乌恰县水利局"),), seed=273)),
    Scan("r04_xinzhou_punched_stapled.pdf", f"{REAL}/新洲区楚剧团2020年度项目支出绩效自评表.docx",
         worn(dpi=170, quality=50, effects=(punched,), angles=(-0.7, 1.4), grey=True,
              seals=((0, (0.55, 0.6), "新洲区楚剧团"),), seed=274)),
    Scan("r05_nanxian_black_pen.pdf",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx",
         worn(dpi=180, quality=50, effects=(annotated,), angles=(1.0, -0.5),
              seals=((0, (0.7, 0.5), "南县疾病预防控制中心"),), seed=275)),
    Scan("r06_xiangxi_sheet_highlighter.pdf", f"{REAL}/湘西州特校2023年项目支出绩效目标表.xlsx",
         worn(dpi=180, quality=55, effects=(highlighted,), angles=(-0.9,), rows_fitted=True,
              seed=276)),
    Scan("r07_changjiang_show_through.pdf",
         f"{REAL}/2020年度长江禁捕项目自评表(渔业成品油价格改革补贴).docx",
         worn(dpi=170, quality=45, effects=(), angles=(0.6, -1.5), through=True, grey=True,
              seals=((1, (0.5, 0.4), "农业农村局"),), seed=277)),
    Scan("r08_fuliang_recycled_paper.pdf", f"{REAL}/浮梁县林业局部门整体支出绩效目标表.xlsx",
         worn(dpi=180, quality=50, effects=(recycled,), angles=(1.6,), rows_fitted=True,
              seals=((0, (0.65, 0.55), "浮梁县林业局"),), seed=278)),
    Scan("r09_yidaliang_fax.tif",
         f"{REAL}/南岳区青少年学生校外活动教学相关补助费专项资金预算绩效目标申报表(2020年度).docx",
         fax(header="2020-03-16 09:42  FROM: 0734-5661234", seed=279, angle=0.6)),
    Scan("r10_siyang_phone_shaken.pdf", f"{REAL}/2017年退耕还林苗圃建设级配套项目.docx",
         worn(dpi=180, quality=55, effects=(), angles=(-1.2,),
              seals=((0, (0.6, 0.5), "林业局"),), seed=280,
              photo=lambda p, rng: shaken(photograph(p, rng), rng, 5))),
    Scan("r11_kufang_close_up.pdf", f"{REAL}/关于库房消防设备改造安装工程项目绩效目标的批复.docx",
         worn(dpi=170, quality=55, effects=(), angles=(0.8,), sign=(0, (0.6, 0.9)),
              seed=281, photo=close_up)),
    Scan("r12_fujian_taiwan_toner_pen.pdf",
         f"{REAL}/2017年财政支出项目绩效目标表(福建省台湾同胞联谊会).html",
         worn(dpi=170, quality=50, effects=(faded, annotated), angles=(-1.0, 0.7), grey=True,
              seed=282)),
    Scan("r13_fuwu_maoyi_copy_punched.pdf", f"{REAL}/服务贸易项目绩效自评表.docx",
         worn(dpi=160, quality=45, effects=(photocopied, punched), angles=(1.5, -0.8),
              seals=((0, (0.5, 0.5), "商务局"),), seed=283)),
    Scan("r14_zhangzhuang_sheet_folded_pen.pdf",
         f"{REAL}/张庄寨镇河西村特色种养补贴到户项目绩效目标自评表(2023年度).xlsx",
         worn(dpi=180, quality=50, effects=(creased, annotated), angles=(-1.4,),
              rows_fitted=True, grey=True, seals=((0, (0.7, 0.55), "张庄寨镇人民政府"),),
              seed=284)),
    Scan("r15_guantang_phone_close_shaken.jpg",
         f"{REAL}/圣灯山镇2022年预算重点项目绩效目标表（党支部书记补贴）.docx",
         worn(dpi=170, quality=50, effects=(recycled,), fmt="jpg", angles=(1.3,),
              seals=((0, (0.55, 0.55), "圣灯山镇人民政府"),), seed=285,
              photo=lambda p, rng: shaken(close_up(p, rng), rng, 4))),
    Scan("r16_huaibei_sheet_through_highlight.pdf",
         f"{REAL}/淮北市文化旅游体育局2025年农村文化建设配套补助经费项目资金投入情况.xlsx",
         worn(dpi=180, quality=50, effects=(highlighted, creased), angles=(0.9,),
              rows_fitted=True, seed=286)),
)
# Batch s: how a table reaches the bureau when nobody scans it properly, and what a
# printer or a viewer adds to the page, on real tables read before in other ways: a phone's
# photo at night (dim, warm light, the sensor's noise brightened), a photo of the table
# shown on a monitor (its pixel grid, moiré), a screenshot of a PDF viewer (96 dpi, the
# viewer's chrome around the page), a watermark across the page, a seal across the pages'
# edge (骑缝章), a scanner's sharpening (halos), a photo forwarded twice in a chat (scaled
# down and compressed twice), a sheet fed 6° crooked, a flatbed scanned with its lid open
# (black round the sheet), a crumpled sheet, header rows printed shaded, two pages printed
# on one sheet (2-up), glare through a plastic sleeve, an inkjet's clogged nozzles (white
# bands across the print), a photo taken from low down at a steep angle.


def night(image: Image.Image, rng: random.Random) -> Image.Image:
    """A phone's photo at night under a warm lamp: dim, yellow, the sensor's noise (grain a
    pixel or two wide, in colour too) brightened with the picture by the phone's exposure."""
    a = np.asarray(image, dtype=np.float32) * 0.42 * np.array([1.0, 0.8, 0.55], np.float32)
    g = np.random.default_rng(rng.randint(0, 2**31))
    h, w = a.shape[:2]
    grain = g.normal(0, 7, (h, w, 1)) + g.normal(0, 4, (h, w, 3))
    grain = np.asarray(Image.fromarray(np.clip(128 + grain * 4, 0, 255).astype(np.uint8))
                       .filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32)
    a = (a + (grain - 128) / 4) * 2.1
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def screen_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone's photo of the table shown on a monitor: the page at the screen's pixels
    (some 110 dpi), each pixel three sub-pixels with dark gaps between rows and columns,
    photographed in perspective and scaled down by the camera (the grid beats with the
    camera's pixels: moiré), the screen's black grey and its light bluish."""
    w, h = page.size
    screen = page.resize((round(w * 0.62), round(h * 0.62)), Image.Resampling.LANCZOS)
    a = np.asarray(screen, dtype=np.float32)
    big = np.repeat(np.repeat(a, 3, axis=0), 3, axis=1)
    mask = np.ones(big.shape[:2], np.float32)
    mask[2::3, :] = 0.55
    mask[:, 2::3] *= 0.7
    big = big * mask[..., None] * np.array([0.93, 0.97, 1.0], np.float32) + 30
    shot = photograph(Image.fromarray(np.clip(big, 0, 255).astype(np.uint8)), rng)
    return shot.resize((round(shot.width * 0.47), round(shot.height * 0.47)),
                       Image.Resampling.BILINEAR)


TOOLBAR = "文件  编辑  视图  注释  工具  帮助        1 / 2      缩放 100%"


def viewer_screenshot(page: Image.Image, rng: random.Random) -> Image.Image:
    """A screenshot of the page in a PDF viewer: the page on the viewer's grey, a
    toolbar above with its menu words, a scroll bar, the page's drop shadow."""
    w, h = page.size
    canvas = Image.new("RGB", (w + 160, h + 120), (218, 220, 224))
    d = ImageDraw.Draw(canvas)
    d.rectangle((0, 0, w + 160, 52), fill=(245, 245, 247))
    d.line((0, 52, w + 160, 52), fill=(190, 190, 195), width=1)
    d.text((16, 16), TOOLBAR, fill=(40, 40, 45), font=cjk_font(15))
    d.rectangle((w + 140, 53, w + 160, h + 120), fill=(236, 236, 238))
    d.rectangle((w + 144, 70, w + 156, 70 + h // 2), fill=(190, 190, 196))
    d.rectangle((86, 80, w + 86, h + 80), fill=(180, 182, 186))  # shadow
    canvas.paste(page, (80, 74))
    return canvas


WATERMARK = "内部资料  注意保存"


def tiled_text(size: tuple[int, int], text: str, ink: Callable[[], int], *, paper: int,
               smallest: int, resample: Image.Resampling) -> Image.Image:
    """`text` in large type (a 22nd of the page's width) tiled over a page of `size` in
    rows staggered by half a step, turned 30°: a watermark's layer (grey levels, `ink` of
    each phrase on `paper`)."""
    w, h = size
    layer = Image.new("L", (w * 2, h * 2), paper)
    d = ImageDraw.Draw(layer)
    font = noto_cjk(max(w // 22, smallest))
    step_x, step_y = w // 2, h // 6
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-(row % 2) * step_x // 2, w * 2, step_x):
            d.text((x, y), text, fill=ink(), font=font)
    layer = layer.rotate(30, resample=resample, fillcolor=paper)
    return layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))


def watermarked(page: Image.Image, rng: random.Random) -> Image.Image:
    """A watermark printed under the text: a phrase in large grey type, turned 30°, over
    the whole page (print stays dark where they cross)."""
    layer = tiled_text(page.size, WATERMARK, lambda: rng.randint(196, 206), paper=255,
                       smallest=16, resample=Image.Resampling.BICUBIC)
    return multiply(page, layer.convert("RGB"))


def sharpened(page: Image.Image, rng: random.Random) -> Image.Image:
    """A scanner's sharpening turned up: a bright halo round every stroke and line."""
    return page.filter(ImageFilter.UnsharpMask(radius=2.5, percent=320, threshold=0))


def forwarded(image: Image.Image, rng: random.Random) -> Image.Image:
    """A photo forwarded twice in a chat app: scaled down and compressed each time."""
    once = jpeg(image.resize((round(image.width * 0.72), round(image.height * 0.72)),
                             Image.Resampling.BILINEAR), 45)
    return jpeg(once.resize((round(once.width * 0.85), round(once.height * 0.85)),
                            Image.Resampling.BILINEAR), 38)


def lid_open(page: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scanned with its lid open: the glass beyond the sheet black, the sheet
    laid a little crooked and off the glass's corner."""
    sheet = page.rotate(rng.uniform(2, 3.5), resample=Image.Resampling.BICUBIC, expand=True,
                        fillcolor=(16, 16, 18))
    w, h = page.size
    glass = Image.new("RGB", (round(w * 1.1), round(h * 1.07)), (16, 16, 18))
    glass.paste(sheet, (round(w * rng.uniform(0.02, 0.05)), round(h * rng.uniform(0.01, 0.03))))
    a = np.asarray(glass, dtype=np.float32)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def crumpled(page: Image.Image, rng: random.Random, amplitude: float = 0.0015) -> Image.Image:
    """A sheet crumpled and smoothed out again: every point moved a little, smoothly, by
    `amplitude` of the page's width on average (no line stays straight), each crease lit
    on one side and shaded on the other."""
    import cv2

    a = np.asarray(page)
    h, w = a.shape[:2]
    g = np.random.default_rng(rng.randint(0, 2**31))
    small = (max(h // 40, 4), max(w // 40, 4))
    fields = []
    for _ in range(2):
        f = cv2.resize(g.normal(0, 1, small).astype(np.float32), (w, h),
                       interpolation=cv2.INTER_CUBIC)
        f = cv2.GaussianBlur(f, (0, 0), w / 60)
        fields.append(f / max(float(f.std()), 1e-6) * amplitude * w)
    dx, dy = fields
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    moved = cv2.remap(a, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = 1 + np.clip(cv2.Sobel(dx + dy, cv2.CV_32F, 1, 1, ksize=5) * 0.8, -0.12, 0.06)
    return Image.fromarray(np.clip(moved * shade[..., None], 0, 255).astype(np.uint8))


def _ruled_rows(page: Image.Image) -> list[int]:
    """The heights of the page's long horizontal lines (a table's row borders)."""
    dark = np.asarray(page.convert("L")) < 128
    rows = np.nonzero(dark.sum(axis=1) > 0.4 * dark.shape[1])[0]
    lines: list[int] = []
    for y in rows:
        if not lines or y - lines[-1] > 3:
            lines.append(int(y))
    return lines


SHADING = (208, 226, 244)  # a header row's light blue


def shaded_rows(page: Image.Image, rng: random.Random) -> Image.Image:
    """Header rows printed with a shaded fill: the table's first two rows and one row in
    three of the rest, under the print."""
    lines = _ruled_rows(page)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    for k, (top, bottom) in enumerate(itertools.pairwise(lines)):
        if k < 2 or k % 3 == 2:
            d.rectangle((0, top + 2, page.width, bottom - 2), fill=SHADING)
    return multiply(page, layer)


def glare(image: Image.Image, rng: random.Random) -> Image.Image:
    """A photo through a plastic sleeve: the whole picture hazed and a lamp's reflection,
    a bright oval that washes out what is under it."""
    a = np.asarray(image, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.3, 0.6) * h
    spot = np.exp(-(((xx - cx) / (0.16 * w)) ** 2 + ((yy - cy) / (0.07 * h)) ** 2))
    a = a * 0.86 + 30
    a = a * (1 - 0.55 * spot[..., None]) + 250 * 0.55 * spot[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def banded(page: Image.Image, rng: random.Random) -> Image.Image:
    """An inkjet with clogged nozzles: across two or three stretches of the page, every
    ninth to thirteenth pixel row printed at a third of its ink."""
    ink = _ink(page)
    h = ink.shape[0]
    for _ in range(rng.randint(2, 3)):
        top = rng.randint(0, h * 3 // 4)
        step = rng.randint(9, 13)
        rows = np.arange(top, min(h, top + h // 4), step)
        ink[rows] *= 0.33
        ink[np.clip(rows + 1, 0, h - 1)] *= 0.7
    return Image.fromarray(np.clip(255 - ink, 0, 255).astype(np.uint8))


def oblique(page: Image.Image, rng: random.Random) -> Image.Image:
    """A photo taken from low down in front of the sheet: its top edge some three quarters
    as wide as its bottom, rows squeezed towards the top, the desk round it."""
    import cv2

    src = np.asarray(page)
    h, w = src.shape[:2]
    W, H = int(w * 1.15), int(h * 0.95)
    top = rng.uniform(0.22, 0.28) * W / 2
    quad = np.array([[W * 0.06 + top, H * 0.05], [W * 0.94 - top, H * 0.06],
                     [W * 0.97, H * 0.96], [W * 0.03, H * 0.95]], np.float32)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, quad)
    desk = np.full((H, W, 3), (92, 80, 66), dtype=np.uint8)
    warped = cv2.warpPerspective(src, matrix, (W, H), flags=cv2.INTER_AREA,
                                 borderMode=cv2.BORDER_TRANSPARENT, dst=desk)
    return _lit(Image.fromarray(warped))


def two_up(*, dpi: int, quality: int, angle: float = 0.0, grey: bool = False,
           seals: tuple[tuple[float, float], str] | None = None
           ) -> Callable[[Path, Path], None]:
    """Two pages printed on one landscape sheet (the printer's "2 pages per sheet"), each
    shrunk to 71 %, side by side in reading order, then scanned."""
    def build(source: Path, target: Path) -> None:
        pages = printed(source, dpi)
        sheets = []
        for k in range(0, len(pages), 2):
            w, h = pages[k].size
            sheet = Image.new("RGB", (h, w), "white")
            for j, page in enumerate(pages[k:k + 2]):
                small = page.resize((round(w * 0.707), round(h * 0.707)),
                                    Image.Resampling.LANCZOS)
                sheet.paste(small, (round(h / 2 * j + (h / 2 - small.width) / 2), 0))
            if seals and k == 0:
                sheet = seal(sheet, *seals, cjk=True)
            sheet = turn(sheet, angle) if angle else sheet
            sheets.append(jpeg(sheet.convert("L") if grey else sheet, quality))
        written(sheets, target, "pdf", quality)
    return build


UNSEEN_S: tuple[Scan, ...] = (
    Scan("s01_yangquan_night_photo.pdf",
         f"{REAL}/阳泉市四好农村路三个一号旅游路工作经费项目支出绩效目标申报表.docx",
         worn(dpi=170, quality=55, effects=(), angles=(1.1, -0.6), seed=301,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("s02_ezhou_viewer_screenshots.pdf",
         f"{REAL}/鄂州市2022年市直部门预算项目支出绩效目标表.docx",
         worn(dpi=100, quality=90, effects=(), seed=302, photo=viewer_screenshot)),
    Scan("s03_xuancheng_screen_photo.jpg",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.pdf",
         worn(dpi=180, quality=60, effects=(), fmt="jpg", seed=303, photo=screen_photo)),
    Scan("s04_baise_watermark.pdf",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.pdf",
         worn(dpi=180, quality=50, effects=(watermarked,), angles=(0.7,), grey=True,
              seals=((0, (0.65, 0.6), "百色市教育局"),), seed=304)),
    Scan("s05_zhongjiang_riding_seal.pdf",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.pdf",
         worn(dpi=170, quality=50, effects=(), angles=(-0.8, 1.0), grey=True,
              seals=((0, (0.995, 0.5), "中江县水利局"), (1, (0.995, 0.5), "中江县水利局"),
                     (1, (0.6, 0.7), "中江县水利局")), seed=305)),
    Scan("s06_malingshu_sharpened.pdf",
         f"{REAL}/马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度).pdf",
         worn(dpi=170, quality=30, effects=(sharpened,), angles=(1.2, -0.5), grey=True,
              seed=306)),
    Scan("s07_mengcheng_forwarded_twice.jpg",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.pdf",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(-0.9,),
              seals=((0, (0.6, 0.55), "蒙城县卫生健康委员会"),), seed=307,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("s08_lvhua_fed_crooked.pdf", f"{REAL}/绿化养护经费.pdf",
         worn(dpi=180, quality=50, effects=(), angles=(6.0,), grey=True, seed=308)),
    Scan("s09_bingmei_lid_open.pdf",
         f"{REAL}/疫情期间区域病媒防治环境卫生清洁等费用绩效目标表.pdf",
         worn(dpi=170, quality=50, effects=(lid_open,), grey=True,
              seals=((0, (0.6, 0.5), "卫生健康局"),), seed=309)),
    Scan("s10_qingshen_crumpled.pdf",
         f"{REAL}/青神县发展和改革局部门预算项目支出绩效自评表(2023年度)-工资性支出.pdf",
         worn(dpi=180, quality=50, effects=(crumpled,), angles=(0.8, -0.7),
              seals=((0, (0.6, 0.55), "青神县发展和改革局"),), seed=310)),
    Scan("s11_lvliang_shaded_headers.pdf", f"{REAL}/2021年吕梁山护工培训绩效自评表.pdf",
         worn(dpi=170, quality=50, effects=(shaded_rows,), angles=(-1.0, 0.8), seed=311)),
    Scan("s12_batang_two_up.pdf", f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf",
         two_up(dpi=240, quality=50, angle=0.7, grey=True,
                seals=((0.3, 0.55), "坝塘镇人民政府"))),
    Scan("s13_jiayuguan_sleeve_glare.jpg",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.pdf",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(0.9,), seed=313,
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("s14_putuo_tiyu_inkjet_bands.pdf",
         f"{REAL}/上海市普陀区体育事业管理中心2022年度项目自评价.pdf",
         worn(dpi=180, quality=50, effects=(banded,), angles=(-0.6,), grey=True,
              seals=((0, (0.6, 0.6), "普陀区体育事业管理中心"),), seed=314)),
    Scan("s15_yunwu_oblique_photo.jpg",
         f"{REAL}/2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表.pdf",
         worn(dpi=190, quality=55, effects=(), fmt="jpg", seed=315, photo=oblique)),
    Scan("s16_jinan_sheet_banded_watermark.pdf",
         f"{REAL}/六安市金安区体育局2025年项目支出绩效目标表.xlsx",
         worn(dpi=180, quality=50, effects=(watermarked, banded), angles=(1.1,), grey=True,
              rows_fitted=True, seed=316)),
)


# Batch t: what happens to a sheet on its way through an office, and prints that are not
# black on white, on real tables read before in other ways: a seal from a purple ink pad,
# two seals overlapping on the table, a registry's rectangular received stamp (收文章) over
# the title and the table's top (red, and on a grey scan), header rows shaded by a laser
# printer's halftone dots, a printer's toner-saving mode, tinted paper (blue, pink), a
# sticky note on the page, a thumb holding the sheet in a photo, ink bled into absorbent
# paper, a 600 dpi colour scan, a phone's photo stored sideways with its EXIF orientation.

PURPLE_PAD = (120, 45, 150)


def purple_seal(text: str, at: tuple[float, float]) -> Effect:
    """A seal from a purple ink pad (an office's second pad, or red ink gone old)."""
    def effect(page: Image.Image, rng: random.Random) -> Image.Image:
        return seal(page, at, text, cjk=True, red=PURPLE_PAD)
    return effect


def received_stamp(page: Image.Image, rng: random.Random) -> Image.Image:
    """A registry's received stamp (收文章): a red double-edged box of three rows (the
    office, the date filled in by hand, the number), stamped a little crooked over the
    page's top right, across the title and the table's first rows."""
    w, h = page.size
    bw, bh = int(w * 0.26), int(w * 0.11)
    box = Image.new("RGBA", (bw, bh), (255, 255, 255, 0))
    d = ImageDraw.Draw(box)
    red = (210, 40, 50, 255)
    lw = max(2, w // 600)
    d.rectangle((lw, lw, bw - lw, bh - lw), outline=red, width=lw * 2)
    d.line((lw, bh // 3, bw - lw, bh // 3), fill=red, width=lw)
    d.line((lw, 2 * bh // 3, bw - lw, 2 * bh // 3), fill=red, width=lw)
    d.line((bw // 3, bh // 3, bw // 3, bh - lw), fill=red, width=lw)
    font = noto_cjk(max(bh // 5, 10))
    d.text((bw // 2, bh // 6), "县财政局收文", fill=red, font=font, anchor="mm")
    d.text((bw // 6, bh // 2), "日期", fill=red, font=font, anchor="mm")
    d.text((bw // 6, 5 * bh // 6), "编号", fill=red, font=font, anchor="mm")
    d.text((2 * bw // 3, bh // 2), "2023.3.8", fill=(40, 60, 150, 255), font=font,
           anchor="mm")
    d.text((2 * bw // 3, 5 * bh // 6), "第 45 号", fill=(40, 60, 150, 255), font=font,
           anchor="mm")
    box = box.rotate(rng.uniform(-6, -3), expand=True, resample=Image.Resampling.BICUBIC)
    layer = Image.new("RGBA", page.size, (255, 255, 255, 0))
    layer.paste(box, (int(w * 0.62), int(h * 0.07)), box)
    white = Image.new("RGB", page.size, (255, 255, 255))
    white.paste(layer, (0, 0), layer)
    return multiply(page, white.filter(ImageFilter.GaussianBlur(0.7)))


def halftone_rows(page: Image.Image, rng: random.Random) -> Image.Image:
    """Shaded header rows as a laser printer prints a grey fill: a grid of black dots (some
    85 lines an inch), a fifth of the paper covered."""
    lines = _ruled_rows(page)
    dots = Image.new("L", page.size, 255)
    d = ImageDraw.Draw(dots)
    pitch = max(3, page.width // 700)
    radius = max(1.0, pitch * 0.26)
    dark = np.flatnonzero(np.asarray(page.convert("L"))[lines[0]] < 128) if lines else []
    left, right = (int(dark[0]) + 3, int(dark[-1]) - 3) if len(dark) else (3, page.width - 3)
    for k, (top, bottom) in enumerate(itertools.pairwise(lines)):
        if k < 2 or k % 4 == 3:
            for y in range(top + 3, bottom - 2, pitch):
                shift = pitch / 2 if ((y - top) // pitch) % 2 else 0
                for x0 in range(left, right, pitch):
                    x = x0 + shift
                    d.ellipse((x - radius, y - radius, x + radius, y + radius), fill=60)
    # the scanner's optics resolve the dots only in part: a blur of about a pixel
    dots = dots.filter(ImageFilter.GaussianBlur(0.9))
    return multiply(page, Image.merge("RGB", [dots] * 3))


def toner_saving(page: Image.Image, rng: random.Random) -> Image.Image:
    """A printer's toner-saving mode: every mark printed at some two fifths of its ink."""
    ink = _ink(page) * 0.42
    return Image.fromarray(np.clip(255 - ink, 0, 255).astype(np.uint8))


def tinted(colour: tuple[int, int, int]) -> Effect:
    """Paper of a colour (a pale blue or pink form paper), the print on it."""
    def effect(page: Image.Image, rng: random.Random) -> Image.Image:
        layer = Image.new("RGB", page.size, colour)
        return multiply(page, layer)
    return effect


def sticky_note(page: Image.Image, rng: random.Random) -> Image.Image:
    """A yellow sticky note on the top left of the page, with a line of black pen on it,
    covering the paper it lies on (the title's start too, where the title is there)."""
    out = page.copy()
    w, h = page.size
    side = int(w * 0.16)
    x, y = int(w * 0.05), int(h * 0.015)
    d = ImageDraw.Draw(out)
    d.rectangle((x, y, x + side, y + int(side * 0.8)), fill=(250, 232, 120))
    unit = max(10, w // 80)
    pts = [(x + side * 0.1 + k * unit * 0.45, y + side * 0.35 + unit * 0.4 * math.sin(k))
           for k in range(12)]
    d.line(pts, fill=PEN, width=max(2, w // 500), joint="curve")
    return out


def thumb(image: Image.Image, rng: random.Random) -> Image.Image:
    """A thumb holding the sheet down at its bottom left, in the photo (skin, shaded)."""
    out = image.copy()
    w, h = out.size
    layer = Image.new("L", out.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy = int(w * 0.12), int(h * 0.93)
    d.ellipse((cx - w * 0.07, cy - h * 0.06, cx + w * 0.07, cy + h * 0.09), fill=255)
    mask = layer.filter(ImageFilter.GaussianBlur(6))
    skin = Image.new("RGB", out.size, (214, 160, 130))
    out.paste(skin, (0, 0), mask)
    return out


def bled(page: Image.Image, rng: random.Random) -> Image.Image:
    """Ink on absorbent paper: every stroke spread a pixel and blurred at its edge."""
    return page.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.9))


def exif_sideways(build: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    """A phone's photo as the phone stores it held sideways: the pixels turned a quarter,
    the EXIF orientation (6: turn 90° clockwise to show) saying how to show them."""
    def wrapped(source: Path, target: Path) -> None:
        build(source, target)
        image = Image.open(target)
        exif = Image.Exif()
        exif[0x0112] = 6
        image.transpose(Image.Transpose.ROTATE_90).save(target, "JPEG", quality=60, exif=exif)
    return wrapped


UNSEEN_T: tuple[Scan, ...] = (
    Scan("t01_jinzhai_purple_seal.pdf", f"{REAL}/金寨经济开发区2021年度项目支出绩效目标申报表.docx",
         worn(dpi=200, quality=50, effects=(purple_seal("金寨经济开发区财政局", (0.65, 0.6)),),
              angles=(0.8, -0.5), seed=401)),
    Scan("t02_nanxian_two_seals.pdf",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx",
         worn(dpi=200, quality=50, effects=(), angles=(-0.7,),
              seals=((0, (0.6, 0.55), "南县疾病预防控制中心"),
                     (0, (0.72, 0.62), "南县卫生健康局")),
              seed=402)),
    Scan("t03_xuancheng_received_stamp.pdf",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.docx",
         worn(dpi=200, quality=50, effects=(received_stamp,), angles=(0.6,),
              seals=((0, (0.6, 0.7), "宣城市地震局"),), seed=403)),
    Scan("t04_dayingsifa_received_stamp_grey.tif",
         f"{REAL}/大英县司法局部门预算项目支出绩效自评表(2023年度).docx",
         worn(dpi=200, quality=50, effects=(received_stamp,), angles=(-0.9,), grey=True,
              fmt="tif", seals=((0, (0.55, 0.6), "大英县司法局"),), seed=404)),
    Scan("t05_tianjin_halftone_headers.pdf",
         f"{REAL}/天津市河北区人民法院2023年项目支出绩效目标表（法院办案业务、业务装备及审判辅助事务外包）.xlsx",
         worn(dpi=200, quality=55, effects=(halftone_rows,), angles=(0.9,), grey=True,
              rows_fitted=True, seed=405)),
    Scan("t06_liuan_nongye_toner_saving.pdf",
         f"{REAL}/六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表.docx",
         worn(dpi=200, quality=50, effects=(toner_saving,), angles=(-0.6, 1.0),
              seals=((0, (0.6, 0.6), "六安市农业农村局"),), seed=406)),
    Scan("t07_linyi_blue_paper.pdf",
         f"{REAL}/临邑县师范附属小学项目支出目标申报表（2025年度）.docx",
         worn(dpi=200, quality=50, effects=(tinted((200, 222, 245)),), angles=(1.1,),
              seals=((0, (0.6, 0.55), "临邑县师范附属小学"),), seed=407)),
    Scan("t08_langfang_pink_paper_grey.pdf",
         f"{REAL}/廊坊市食品工程学校办公宿舍楼、食堂及餐厅暖通改造经费绩效自评表.docx",
         worn(dpi=200, quality=50, effects=(tinted((248, 212, 222)),), angles=(-1.2,),
              grey=True, seals=((0, (0.65, 0.6), "廊坊市食品工程学校"),), seed=408)),
    Scan("t09_shiji_wenwu_sticky_note.pdf", f"{REAL}/市级文物保护专项经费绩效自评表(2022年度).docx",
         worn(dpi=200, quality=50, effects=(sticky_note,), angles=(0.7,),
              seals=((0, (0.6, 0.6), "文物局"),), seed=409)),
    Scan("t10_yuanzhou_thumb_photo.jpg",
         f"{REAL}/原州区2022年南部水源涵养林建设项目支出绩效目标申报表.docx",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", seed=410,
              seals=((0, (0.6, 0.6), "原州区林业和草原局"),),
              photo=lambda p, rng: thumb(photograph(p, rng), rng))),
    Scan("t11_jianjiang_bled_ink.pdf", f"{REAL}/建档立卡个人缴费县级配套绩效自评表.xlsx",
         worn(dpi=200, quality=50, effects=(bled,), angles=(-0.8,), rows_fitted=True,
              grey=True, seed=411)),
    Scan("t12_wuqia_600dpi_colour.pdf", f"{REAL}/乌恰县水利局绩效项目申报表(干渠防渗改造项目).xlsx",
         worn(dpi=600, quality=70, effects=(), angles=(0.5,), rows_fitted=True,
              seals=((0, (0.7, 0.6), "乌恰县水利局"),), seed=412)),
    Scan("t13_ningde_exif_sideways.jpg", f"{REAL}/宁德市地震局2020年部门整体支出绩效自评表.docx",
         exif_sideways(worn(dpi=180, quality=55, effects=(), fmt="jpg", seed=413,
                            seals=((0, (0.55, 0.55), "宁德市地震局"),), photo=photograph))),
    Scan("t14_zhongjiang_purple_seal_grey.tif",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.docx",
         worn(dpi=200, quality=50, effects=(purple_seal("中江县水利局", (0.6, 0.5)),),
              angles=(1.0, -0.6), grey=True, fmt="tif", seed=414)),
)



# Batch u: what offices set and machines add that no batch before had: tables typed in
# the faces offices print with (楷体 Kai, a thin 宋体 Ming, 黑体 Hei, a modern 楷), borders
# set dotted, dashed, double or light grey, figures typed in blue or red ink (a form's
# filled-in values, a revised figure), a reviewer's pen underlining and ringing figures,
# and a sheet feeder's dirty glass: streaks down the whole page image, dark and white.
# The Word files are rewritten (their XML) before LibreOffice prints them; the faces are
# Debian's fonts-arphic-ukai, fonts-arphic-uming, fonts-wqy-zenhei and fonts-lxgw-wenkai,
# installed, or in a folder named by JIXIAO_SCAN_FONT_DIR (read by LibreOffice through a
# fontconfig file of its own, so that no other build's fonts change).

KAI, MING, HEI, WENKAI = "AR PL UKai CN", "AR PL UMing CN", "WenQuanYi Zen Hei", "LXGW WenKai"
DocxEdit = Callable[[str], str]  # a part's XML (document.xml, styles.xml) → its new text


def restyled(build: Callable[[Path, Path], None], *edits: DocxEdit, face: str | None = None
             ) -> Callable[[Path, Path], None]:
    """`build` on a copy of the Word file whose document and styles are rewritten by
    `edits`, and printed in `face` where one is named."""
    import os
    import re
    import zipfile

    def in_face(xml: str) -> str:
        fonts = (f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" '
                 f'w:cs="{face}"/>')
        xml = re.sub(r"<w:rFonts\b[^>]*/>", fonts, xml)
        # the defaults get the face too, where they name none
        return re.sub(r"<w:rPrDefault>\s*<w:rPr>(?!\s*<w:rFonts)",
                      lambda m: m.group(0) + fonts, xml)

    def wrapped(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-restyled-") as tmp:
            copy = Path(tmp) / source.name
            parts = (*edits, in_face) if face else edits
            with zipfile.ZipFile(source) as zin, zipfile.ZipFile(copy, "w",
                                                                  zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename in ("word/document.xml", "word/styles.xml"):
                        text = data.decode("utf-8")
                        for edit in parts:
                            text = edit(text)
                        data = text.encode("utf-8")
                    zout.writestr(item, data)
            saved = os.environ.get("FONTCONFIG_FILE")
            try:
                if face:
                    _with_scan_fonts(Path(tmp), face)
                build(copy, target)
            finally:
                if saved is None:
                    os.environ.pop("FONTCONFIG_FILE", None)
                else:
                    os.environ["FONTCONFIG_FILE"] = saved
    return wrapped


def _with_scan_fonts(tmp: Path, face: str) -> None:
    """Point fontconfig (LibreOffice's, through the environment) at JIXIAO_SCAN_FONT_DIR
    as well as the system's fonts; fail, naming the package, when `face` is not there."""
    import os

    extra = os.environ.get("JIXIAO_SCAN_FONT_DIR")
    if extra:
        conf = tmp / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
            '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
            f"<dir>{extra}</dir><cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>\n",
            encoding="utf-8")
        os.environ["FONTCONFIG_FILE"] = str(conf)
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True,
                            check=False).stdout
    if face not in listed:
        raise RuntimeError(
            f"the font {face!r} is not installed: apt-get install fonts-arphic-ukai "
            "fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai, or set "
            "JIXIAO_SCAN_FONT_DIR to a folder holding it")


def bordered(style: str, colour: str | None = None, size: int | None = None) -> DocxEdit:
    """Every single-line border set to `style` (dotted, dashed, double …), in `colour`
    (hex) and `size` (eighths of a point) where given."""
    import re

    def edit(xml: str) -> str:
        def one(m: re.Match[str]) -> str:
            tag = m.group(0).replace('w:val="single"', f'w:val="{style}"')
            if colour:
                tag = re.sub(r'w:color="[^"]*"', f'w:color="{colour}"', tag)
                tag = re.sub(r'\s*w:themeColor="[^"]*"', "", tag)
            if size:
                tag = re.sub(r'w:sz="\d+"', f'w:sz="{size}"', tag)
            return tag
        return re.sub(r'<w:(?:top|left|bottom|right|insideH|insideV|start|end)\b'
                      r'[^>]*w:val="single"[^>]*/>', one, xml)
    return edit


def inked(colour: str) -> DocxEdit:
    """Every run with a digit in it typed in `colour` (hex): a form's filled-in figures."""
    import re

    def run(m: re.Match[str]) -> str:
        r = m.group(0)
        texts = "".join(re.findall(r"<w:t\b[^>]*>([^<]*)</w:t>", r))
        if not any(ch.isdigit() for ch in texts):
            return r
        r = re.sub(r"<w:color\b[^>]*/>", "", r)
        if "<w:rPr>" in r:
            return r.replace("<w:rPr>", f'<w:rPr><w:color w:val="{colour}"/>', 1)
        return re.sub(r"^<w:r\b[^>]*>", lambda o: o.group(0)
                      + f'<w:rPr><w:color w:val="{colour}"/></w:rPr>', r)

    def edit(xml: str) -> str:
        return re.sub(r"<w:r\b(?:>|\s[^>]*>).*?</w:r>", run, xml, flags=re.S)
    return edit


def reviewed(page: Image.Image, rng: random.Random) -> Image.Image:
    """A reviewer's pen (black, or a pencil's grey) on the figures: a wavy stroke under a
    few runs of text and a ring round one or two, through the print."""
    a = np.asarray(page.convert("L"))
    h, w = a.shape
    out = page.copy()
    d = ImageDraw.Draw(out)
    ink = PEN if rng.random() < 0.6 else (105, 105, 110)
    width = max(2, w // 600)
    ys, xs = np.nonzero(a[int(0.25 * h):int(0.85 * h), int(0.45 * w):int(0.9 * w)] < 90)
    lh = h * 0.008
    for k in range(5 if len(xs) else 0):
        i = rng.randrange(len(xs))
        x, y = xs[i] + int(0.45 * w), ys[i] + int(0.25 * h)
        if k < 3:
            pts = [(x - w * 0.03 + j * w * 0.008, y + lh * 1.3 + rng.uniform(-1.5, 1.5))
                   for j in range(9)]
            d.line(pts, fill=ink, width=width, joint="curve")
        else:
            d.ellipse((x - w * 0.035, y - lh * 1.8, x + w * 0.035, y + lh * 1.8),
                      outline=ink, width=width)
    return out


def streaked(image: Image.Image, rng: random.Random, white: bool = False) -> Image.Image:
    """A sheet feeder's dirty glass: a speck on it draws a thin line down the whole image,
    straight however the sheet went through (a dark one, two pixels wide, paler in
    places); `white`: a dead sensor's pixel draws one white line as well, through the
    print."""
    a = np.asarray(image, dtype=np.float32).copy()
    h, w = a.shape[:2]
    g = np.random.default_rng(rng.randint(0, 2**31))
    for _ in range(rng.randint(1, 2)):
        x = rng.randint(int(0.2 * w), int(0.85 * w))
        width = rng.randint(1, 2)
        level = np.clip(rng.uniform(40, 110) + np.cumsum(g.normal(0, 1.5, h)), 20, 170)
        col = a[:, x:x + width]
        shade = (level[:, None] if a.ndim == 2 else level[:, None, None])
        a[:, x:x + width] = np.minimum(col, shade)
    if white:
        x = rng.randint(int(0.3 * w), int(0.7 * w))
        a[:, x] = 250
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


UNSEEN_U: tuple[Scan, ...] = (
    Scan("u01_nanyue_kai_face.pdf", f"{REAL}/南岳区实验中学部门整体支出绩效目标申报表.docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(0.9, -0.4),
                       seals=((0, (0.6, 0.55), "南岳区实验中学"),), seed=501), face=KAI)),
    Scan("u02_jiayuguan_ming_face_grey.pdf",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.docx",
         restyled(worn(dpi=180, quality=50, effects=(), angles=(-0.7,), grey=True,
                       seals=((0, (0.65, 0.6), "嘉峪关城市博物馆"),), seed=502), face=MING)),
    Scan("u03_xiangtan_hei_face_photo.jpg",
         f"{REAL}/湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表.docx",
         restyled(worn(dpi=180, quality=55, effects=(), fmt="jpg", seed=503,
                       seals=((0, (0.6, 0.6), "湘潭市环境卫生管理处"),), photo=photograph),
                  face=HEI)),
    Scan("u04_xinzhou_chuju_wenkai_feeder.tif",
         f"{REAL}/新洲区楚剧团2020年度项目支出绩效自评表.docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(1.2, -0.8), grey=True,
                       fmt="tif", seed=504), face=WENKAI)),
    Scan("u05_changjiang_jinbu_feeder_streaks.pdf",
         f"{REAL}/2020年度长江禁捕项目自评表(渔业成品油价格改革补贴).docx",
         worn(dpi=200, quality=50, effects=(), angles=(-1.1, 0.6), grey=True, seed=505,
              photo=streaked)),
    Scan("u06_kangyi_streaks_dark_and_white.pdf",
         f"{REAL}/抗疫特别国债项目绩效目标表（2020年非营利性民办园房租补贴）.docx",
         worn(dpi=200, quality=50, effects=(), angles=(0.8,), seed=506,
              seals=((0, (0.6, 0.6), "教育局"),),
              photo=lambda p, rng: streaked(p, rng, white=True))),
    Scan("u07_shengdengshan_dotted_borders.pdf",
         f"{REAL}/圣灯山镇2022年预算重点项目绩效目标表（党支部书记补贴）.docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(-0.6,),
                       seals=((0, (0.6, 0.55), "圣灯山镇人民政府"),), seed=507),
                  bordered("dotted"))),
    Scan("u08_huangshan_gongan_dashed_borders_grey.pdf",
         f"{REAL}/黄山市公安局2025年项目绩效目标和指标.docx",
         restyled(worn(dpi=180, quality=50, effects=(), angles=(1.0, -0.5), grey=True,
                       seed=508), bordered("dashed"))),
    Scan("u09_shanghai_dangwai_double_borders.pdf",
         f"{REAL}/上海市财政支出项目绩效目标申报表(党外人才专项服务工作经费).docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(0.7,),
                       seals=((0, (0.6, 0.6), "中共上海市委统战部"),), seed=509),
                  bordered("double", size=4))),
    Scan("u10_wugui_light_grey_borders.pdf",
         f"{REAL}/重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表.docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(-0.9, 0.5), grey=True,
                       seals=((0, (0.6, 0.6), "五桂镇人民政府"),), seed=510),
                  bordered("single", colour="BFBFBF", size=4))),
    Scan("u11_gaobiao_blue_figures.pdf",
         f"{REAL}/乡村振兴衔接资金绩效目标申报表(高标准农田建设).docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(1.1,),
                       seals=((0, (0.6, 0.6), "农业农村局"),), sign=(0, (0.7, 0.9)),
                       seed=511), inked("1F3FBF"))),
    Scan("u12_wupao_red_figures.pdf", f"{REAL}/2024年项目绩效目标表（雾炮车降尘抑尘服务）.docx",
         restyled(worn(dpi=200, quality=50, effects=(), angles=(-0.5,),
                       seals=((0, (0.6, 0.6), "环境卫生管理处"),), seed=512),
                  inked("D02020"))),
    Scan("u13_tangxi_reviewer_pen.pdf", f"{REAL}/棠溪镇委托业务项目支出绩效自评表（2022年度）.docx",
         worn(dpi=200, quality=50, effects=(reviewed,), angles=(0.6, -0.9), grey=True,
              seed=513)),
    Scan("u14_guangshui_kai_grey_dotted_photo.jpg",
         f"{REAL}/广水市人民政府办公室整体支出绩效目标.docx",
         restyled(worn(dpi=180, quality=55, effects=(), fmt="jpg", seed=514,
                       seals=((0, (0.6, 0.6), "广水市人民政府办公室"),), photo=photograph),
                  bordered("dotted", colour="808080"), face=KAI)),
)


MENU = "文件  开始  插入  页面布局  引用  审阅  视图"


def screenshot(*, dpi: int = 96, window: int = 1280, menu: str = MENU
               ) -> Callable[[Path, Path], None]:
    """A screen capture of the table open in an office program at 100 % (`dpi`: a screen's
    96), its first page on the program's grey desk `window` pixels wide, under a menu bar,
    as a PNG: no skew and no noise, but text a third the size of a 200 dpi scan's."""
    def build(source: Path, target: Path) -> None:
        page = printed(source, dpi)[0].convert("RGB")
        bar = 56
        shot = Image.new("RGB", (max(window, page.width + 40), page.height + bar + 24),
                         (205, 208, 212))
        draw = ImageDraw.Draw(shot)
        draw.rectangle((0, 0, shot.width, bar), fill=(243, 243, 243))
        draw.line((0, bar, shot.width, bar), fill=(190, 190, 190))
        draw.text((16, 18), menu, fill=(40, 40, 40), font=cjk_font(15))
        shot.paste(page, ((shot.width - page.width) // 2, bar + 12))
        shot.save(target, "PNG", optimize=True)
    return build


# -- batch v: what screens and systems do to a table on its way ---------------------------------
# A screenshot instead of the file (of Word's page, of a phone's PDF viewer, cut to the
# table); a scan or photo pasted into Word (two halves on a page, in a frame of one cell,
# sideways as the phone took it), sent as the .docx or printed to PDF; a scan published
# by a government site with a watermark typed across it, or stamped into its picture; a
# photo as an iPhone saves it (HEIF), as a chat app forwards it (WebP), a scan as an old
# scanner's driver saves it (BMP).


def phone_screenshot(*, width: int = 1080, height: int = 2340, quality: int = 70
                     ) -> Callable[[Path, Path], None]:
    """A phone's screenshot of the table's first page in a PDF viewer: the page as wide
    as the screen (about 130 dpi), under the status bar and the viewer's title, as JPEG."""
    def build(source: Path, target: Path) -> None:
        first = printed(source, 200)[0].convert("RGB")
        page = first.resize((width, round(first.height * width / first.width)),
                            Image.Resampling.LANCZOS)
        shot = Image.new("RGB", (width, height), (236, 236, 236))
        draw = ImageDraw.Draw(shot)
        draw.rectangle((0, 0, width, 84), fill=(20, 20, 20))
        draw.text((40, 22), "10:24", fill=(255, 255, 255), font=cjk_font(34))
        draw.rectangle((width - 120, 28, width - 50, 58), outline=(255, 255, 255), width=3)
        draw.rectangle((width - 116, 32, width - 70, 54), fill=(255, 255, 255))
        draw.rectangle((0, 84, width, 220), fill=(250, 250, 250))
        draw.text((40, 130), f"< {source.stem[:14]}.pdf", fill=(30, 30, 30), font=cjk_font(36))
        shot.paste(page.crop((0, 0, width, min(page.height, height - 260))), (0, 240))
        shot.save(target, "JPEG", quality=quality)
    return build


def cropped_screenshot(*, dpi: int = 120, margin: int = 12) -> Callable[[Path, Path], None]:
    """A screenshot cut to the table: the first page at `dpi` (a screen at 125 %), cut to
    its ink with a small margin, as PNG."""
    def build(source: Path, target: Path) -> None:
        page = printed(source, dpi)[0].convert("RGB")
        ink = np.asarray(page.convert("L")) < 160
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        box = (max(int(cols[0]) - margin, 0), max(int(rows[0]) - margin, 0),
               min(int(cols[-1]) + margin, page.width), min(int(rows[-1]) + margin, page.height))
        page.crop(box).save(target, "PNG", optimize=True)
    return build


def pasted_as(build: Callable[[Path, Path], None], caption: str, *, pdf: bool = False,
              quality: int = 60, halves: bool = False, frame: bool = False,
              sideways: bool = False) -> Callable[[Path, Path], None]:
    """`pasted_in_word`, pasted the ways clerks paste: each page as two pictures, its top
    and bottom halves (`halves`); inside a table of one cell, a frame (`frame`); turned a
    quarter, as the phone took a landscape sheet and no one turned it (`sideways`)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    def paste(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-pasted-") as tmp:
            pages = scanned_pages(build, source, Path(tmp))
            if sideways:
                pages = [p.transpose(Image.Transpose.ROTATE_90) if p.width > p.height else p
                         for p in pages]
            pictures: list[tuple[Image.Image, bool]] = []  # (picture, a page break after)
            for i, page in enumerate(pages):
                last = i + 1 == len(pages)
                if halves:
                    cut = page.height // 2
                    pictures += [(page.crop((0, 0, page.width, cut + 8)), False),
                                 (page.crop((0, cut - 8, page.width, page.height)), not last)]
                else:
                    pictures.append((page, not last))
            document = docx.Document()
            section = document.sections[0]
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Cm(2))
            heading = document.add_paragraph()
            heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = heading.add_run(caption)
            run.bold, run.font.size = True, Pt(14)
            holder = document.add_table(rows=1, cols=1).cell(0, 0) if frame else None
            for picture, page_break in pictures:
                data = io.BytesIO()
                picture.save(data, "JPEG", quality=quality)
                paragraph = (holder.add_paragraph() if holder is not None
                             else document.add_paragraph())
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run().add_picture(data, width=Cm(16))
                if page_break and holder is None:
                    paragraph.add_run().add_break(WD_BREAK.PAGE)
            word = Path(tmp) / "pasted.docx"
            document.save(word)
            if pdf:
                convert(word, target, "pdf")
            else:
                shutil.copyfile(word, target)
    return paste


def watermark_typed(build: Callable[[Path, Path], None], text: str
                    ) -> Callable[[Path, Path], None]:
    """A scan as a site publishes it with a watermark typed across each page (a text
    layer over the picture, laid on by qpdf)."""
    from samples.pdf_variants import qpdf, watermark_pdf

    def build_marked(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-marked-") as tmp:
            scan = Path(tmp) / "scan.pdf"
            build(source, scan)
            doc = pdfium.PdfDocument(scan)
            sizes = [doc[i].get_size() for i in range(len(doc))]
            doc.close()
            mark = Path(tmp) / "mark.pdf"
            mark.write_bytes(watermark_pdf(text, sizes))
            qpdf(str(scan), "--overlay", str(mark), "--to=1-z", "--from=1-z", "--",
                 str(target))
    return build_marked


def stamped_watermark(text: str) -> Effect:
    """A watermark stamped into the picture itself: `text` in grey, tiled at 30° over
    the page, blended at 25 %."""
    def effect(page: Image.Image, rng: random.Random) -> Image.Image:
        tile = tiled_text(page.size, text, lambda: 255, paper=0, smallest=20,
                          resample=Image.Resampling.BILINEAR)
        grey = Image.new("RGB", page.size, (150, 150, 150))
        return Image.composite(grey, page.convert("RGB"), tile.point(lambda v: v * 25 // 100))
    return effect


def saved_as(build: Callable[[Path, Path], None], fmt: str, **options: object
             ) -> Callable[[Path, Path], None]:
    """`build`'s picture (its first page) saved as `fmt` ("HEIF", "WEBP", "BMP")."""
    def build_saved(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-saved-") as tmp:
            first = Path(tmp) / "first.png"
            build(source, first)
            with Image.open(first) as im:
                picture = im.convert("RGB")
            if fmt == "HEIF":
                import pillow_heif

                pillow_heif.register_heif_opener()
            picture.save(target, fmt, **options)
    return build_saved


UNSEEN_V: tuple[Scan, ...] = (
    Scan("v01_nanxian_cdc_screenshot_96dpi.png",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx", screenshot()),
    Scan("v02_linyi_fuxiao_screenshot_cropped.png",
         f"{REAL}/临邑县师范附属小学项目支出目标申报表（2025年度）.docx", cropped_screenshot()),
    Scan("v03_mengcheng_phone_screenshot.jpg",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.pdf", phone_screenshot()),
    Scan("v04_xuancheng_dizhen_pasted_scan.docx",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.docx",
         pasted_as(worn(dpi=150, quality=50, effects=(), angles=(0.8, -0.6), grey=True,
                        fmt="tif", seals=((0, (0.6, 0.7), "宣城市地震局"),), seed=701),
                   "附件：项目支出绩效自评表（盖章）")),
    Scan("v05_yuanzhou_pasted_photo.pdf",
         f"{REAL}/原州区2022年南部水源涵养林建设项目支出绩效目标申报表.docx",
         pasted_as(worn(dpi=170, quality=50, effects=(), angles=(1.0,), fmt="tif", seed=702,
                        seals=((0, (0.6, 0.6), "原州区林业和草原局"),), photo=photograph),
                   "原州区2022年南部水源涵养林建设项目支出绩效目标申报表", pdf=True)),
    Scan("v06_baise_tianli_pasted_in_frame.docx",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.docx",
         pasted_as(worn(dpi=150, quality=50, effects=(), angles=(-0.7, 0.5), grey=True,
                        fmt="tif", seed=703), "附件3", frame=True)),
    Scan("v07_jiayuguan_bowuguan_pasted_sideways.pdf",
         f"{REAL}/嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.docx",
         pasted_as(worn(dpi=160, quality=50, effects=(), angles=(0.6, -0.8), fmt="tif",
                        seed=704, seals=((0, (0.6, 0.6), "嘉峪关城市博物馆"),)),
                   "嘉峪关城市博物馆项目支出绩效目标表", pdf=True, sideways=True)),
    Scan("v08_shucha_qingshuihe_watermark_typed.pdf",
         f"{REAL}/舒城县舒茶镇清水河治理工程中央预算内投资计划绩效目标表(2023年度).docx",
         watermark_typed(worn(dpi=200, quality=50, effects=(), angles=(0.7, -0.5), grey=True,
                              seals=((0, (0.6, 0.6), "舒茶镇人民政府"),), seed=705),
                         "仅供政府信息公开使用")),
    Scan("v09_malingshu_watermark_stamped.pdf",
         f"{REAL}/马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度).docx",
         worn(dpi=200, quality=50, effects=(stamped_watermark("政务公开专用"),),
              angles=(-0.6, 0.9), seed=706)),
    Scan("v10_ezhou_tushuguan_iphone.heic",
         f"{REAL}/鄂州市2020年市直部门预算项目支出绩效目标表(鄂州市图书馆).docx",
         saved_as(worn(dpi=180, quality=80, effects=(), fmt="jpg", seed=707,
                       seals=((0, (0.6, 0.6), "鄂州市图书馆"),), photo=photograph),
                  "HEIF", quality=50)),
    Scan("v11_nanyue_xiaowai_forwarded.webp",
         f"{REAL}/南岳区青少年学生校外活动教学相关补助费专项资金预算绩效目标申报表(2020年度).docx",
         saved_as(worn(dpi=130, quality=80, effects=(), fmt="jpg", seed=708,
                       photo=photograph), "WEBP", quality=45)),
    Scan("v12_langfang_shipin_pasted_halves.docx",
         f"{REAL}/廊坊市食品工程学校办公宿舍楼、食堂及餐厅暖通改造经费绩效自评表.docx",
         pasted_as(worn(dpi=150, quality=50, effects=(), angles=(0.5, -0.5), grey=True,
                        fmt="tif", seed=709), "附件2：绩效自评表", halves=True)),
    Scan("v13_changqing_chuzhong_old_scanner.bmp",
         f"{REAL}/宁夏长庆初级中学2019年项目支出预算绩效目标表.docx",
         saved_as(worn(dpi=150, quality=90, effects=(), angles=(1.3,), grey=True, fmt="jpg",
                       seed=710), "BMP")),
    Scan("v14_liuan_zhijian_screenshot_zoomed.png",
         f"{REAL}/六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表.docx",
         cropped_screenshot(dpi=110)),
)


# -- batch w: what lies on, or happens to, the sheet itself ----------------------------------
# A corner of the sheet folded over (dog-eared) at the top, or at the foot, its back's
# paper hiding the table's corner; a paper clip over the top edge; a coffee cup's ring
# across the rows; the whole page printed in blue (a colour copier's cast, a form copied
# in blue), and a page scanned at 100 dpi to be e-mailed small, grey and in black and white.
# Built before the reader read them (`python samples/scans.py --unseen DIR --batch w`).


def dog_eared(corner: str, share: float = 0.13) -> Effect:
    """A corner of the sheet folded over: the triangle `share` of the width from the
    corner shows the paper's back (a little greyer, no print) with the fold's shadow
    along its edge. `corner`: "tl", "tr", "bl" or "br"."""
    def effect(page: Image.Image, rng: random.Random) -> Image.Image:
        out = page.copy()
        w, h = page.size
        a = int(w * share * rng.uniform(0.9, 1.1))
        b = int(a * rng.uniform(0.9, 1.3))
        x0, y0 = (0 if corner[1] == "l" else w), (0 if corner[0] == "t" else h)
        sx, sy = (1 if corner[1] == "l" else -1), (1 if corner[0] == "t" else -1)
        tri = [(x0, y0), (x0 + sx * a, y0), (x0, y0 + sy * b)]
        # the flap: the corner's triangle mirrored over the fold, the back of the paper
        flap = [(x0 + sx * a, y0), (x0, y0 + sy * b),
                (x0 + sx * a * 0.95, y0 + sy * b * 0.95)]
        d = ImageDraw.Draw(out)
        d.polygon(tri, fill=(70, 70, 72))  # the desk (or scanner lid) where the corner was
        shadow = Image.new("L", out.size, 0)
        ImageDraw.Draw(shadow).polygon(flap, fill=120)
        shadow = shadow.filter(ImageFilter.GaussianBlur(max(3, w // 300)))
        out.paste(Image.new("RGB", out.size, (150, 150, 150)), (0, 0), shadow)
        d.polygon(flap, fill=(236, 234, 228))
        return out
    return effect


def paper_clip(page: Image.Image, rng: random.Random) -> Image.Image:
    """A metal paper clip over the sheet's top edge near its left, its loops as dark grey
    wire, down across the title and the table's first rows."""
    out = page.copy()
    w, h = page.size
    x, y = int(w * 0.14), int(-h * 0.01)
    cw, ch = int(w * 0.035), int(h * 0.11)
    d = ImageDraw.Draw(out)
    wire = max(3, w // 260)
    d.rounded_rectangle((x, y, x + cw, y + ch), radius=cw // 2, outline=(95, 98, 104),
                        width=wire)
    d.rounded_rectangle((x + cw // 5, y, x + cw * 4 // 5, y + ch * 3 // 4), radius=cw // 3,
                        outline=(80, 82, 88), width=wire)
    return out


def coffee_ring(page: Image.Image, rng: random.Random) -> Image.Image:
    """A coffee cup's ring stain, brown and uneven, over the middle of the table."""
    out = page.convert("RGB")
    w, h = out.size
    layer = Image.new("L", out.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy, r = int(w * rng.uniform(0.45, 0.6)), int(h * rng.uniform(0.4, 0.55)), int(w * 0.09)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=150, width=max(4, w // 120))
    d.ellipse((cx - r + 8, cy - r + 5, cx + r - 6, cy + r - 8), fill=40)
    layer = layer.filter(ImageFilter.GaussianBlur(max(2, w // 500)))
    stain = Image.new("RGB", out.size, (150, 100, 55))
    return Image.composite(Image.blend(out, stain, 0.55), out, layer)


def blue_print(page: Image.Image, rng: random.Random) -> Image.Image:
    """The whole page printed (or copied) in blue: every dark pixel's ink dark blue, the
    seal's red kept (the seal is stamped on the blue copy)."""
    arr = np.asarray(page.convert("RGB")).astype(np.int16)
    r, g, b = arr[..., 0], arr[..., 1], arr[..., 2]
    grey = (r + g + b) // 3
    inked = (abs(r - g) < 40) & (abs(g - b) < 40) & (grey < 200)  # print, not the seal
    t = grey / 255.0
    blue = np.stack([40 + t * 215, 60 + t * 195, 150 + t * 105], axis=-1)
    arr = np.where(inked[..., None], blue, arr)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def overlapping_photos(*, dpi: int, quality: int, share: float = 0.6,
                       seals: tuple[tuple[int, tuple[float, float], str], ...] = (),
                       seed: int = 0) -> Callable[[Path, Path], None]:
    """Each page photographed by a phone in two photos, its top and its foot, each frame
    cutting the sheet `share` of its height down (or up), so that the rows in the middle
    stand in both; the photos sent in order as one PDF."""
    def build(source: Path, target: Path) -> None:
        rng = random.Random(seed)
        shots = []
        for i, page in enumerate(printed(source, dpi)):
            page = sealed_and_signed(page, i, seals, None, rng, cjk=True)
            shot = photograph(page, rng)
            w, h = shot.size
            shots += [jpeg(shot.crop((0, 0, w, int(h * share))), quality),
                      jpeg(photograph(page, rng).crop((0, int(h * (1 - share)), w, h)),
                           quality)]
        written(shots, target, "pdf", quality)
    return build


UNSEEN_W: tuple[Scan, ...] = (
    Scan("w01_fenghuang_dog_eared_top.pdf",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).docx",
         worn(dpi=200, quality=50, effects=(dog_eared("tl"),), angles=(0.6,), grey=True,
              seals=((0, (0.65, 0.6), "坝塘镇人民政府"),), seed=801)),
    Scan("w02_xuancheng_dog_eared_foot.pdf",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.docx",
         worn(dpi=180, quality=50, effects=(dog_eared("br", 0.11),), angles=(-0.8, 0.5),
              seals=((0, (0.6, 0.7), "宣城市地震局"),), seed=802)),
    Scan("w03_nanxian_paper_clip.jpg",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx",
         worn(dpi=180, quality=55, effects=(paper_clip,), fmt="jpg", seed=803,
              seals=((0, (0.7, 0.5), "南县疾病预防控制中心"),), photo=photograph)),
    Scan("w04_xinzhou_coffee_ring.pdf", f"{REAL}/新洲区楚剧团2020年度项目支出绩效自评表.docx",
         worn(dpi=180, quality=50, effects=(coffee_ring,), angles=(0.9, -0.6),
              seals=((0, (0.55, 0.6), "新洲区楚剧团"),), seed=804)),
    Scan("w05_baise_blue_copy.pdf",
         f"{REAL}/百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.docx",
         worn(dpi=200, quality=50, effects=(blue_print,), angles=(-0.5, 0.7),
              seals=((0, (0.6, 0.6), "百色市教育局"),), seed=805)),
    Scan("w06_mengcheng_100dpi_grey.pdf",
         f"{REAL}/蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.docx",
         worn(dpi=100, quality=60, effects=(), angles=(0.7,), grey=True,
              seals=((0, (0.6, 0.6), "蒙城县卫生健康委员会"),), seed=806)),
    Scan("w07_hebei_fayuan_100dpi_bw.tif",
         f"{REAL}/天津市河北区人民法院2023年项目支出绩效目标表（法院办案业务、业务装备及审判辅助事务外包）.xlsx",
         flatbed(dpi=100, angles=(0.5, -0.4), quality=60, fmt="tif", bilevel=True, seed=807)),
    Scan("w08_zhongxian_dog_eared_photo.jpg",
         f"{REAL}/生猪(牛羊)调出大县奖励资金区域绩效目标表（忠县2022年）.docx",
         worn(dpi=180, quality=55, effects=(dog_eared("tr", 0.12),), fmt="jpg", seed=808,
              seals=((0, (0.6, 0.6), "忠县农业农村委员会"),), photo=photograph)),
)


# -- batch x: one page in two photos that overlap ---------------------------------------------
# A page too long for one photo taken as its top and its foot, the rows in the middle in
# both, sent as one PDF.  Built after batch w, before the reader read it: x01 read its two
# indicator rows twice (structure 0.50; 1.00 since the rows at the join are read once,
# `ocr.joins`); x02 (the sheet's outline cut by both frames, so its perspective is not
# undone: columns split) reads 1 of 14 rows, a second project from the foot: a sheet's
# outline that the frame cuts is not handled yet.
UNSEEN_X: tuple[Scan, ...] = (
    Scan("x01_nanxian_overlapping_photos.pdf",
         f"{REAL}/南县疾病预防控制中心2025年度预算项目支出绩效目标表.docx",
         overlapping_photos(dpi=170, quality=50, seed=809,
                            seals=((0, (0.7, 0.5), "南县疾病预防控制中心"),))),
    Scan("x02_malukeng_overlapping_photos.pdf",
         f"{REAL}/2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.docx",
         overlapping_photos(dpi=170, quality=50, share=0.65, seed=810)),
)


# -- batch y: the 21 real tables added in stop 43 --------------------------------------------------
# None of them scanned before: each as an office does it (flatbed in colour, grey or black and
# white, a feeder's TIFF, a phone's photo), sealed and signed as the issuer would, turned a
# little.  Built before the reader read them (`python samples/scans.py --unseen DIR --batch y`).
# y02, y07 and y11 were first built by `phone`, which photographs a one-page table's first
# page, of two-page sources: rebuilt as every page photographed (the first read scored the
# second page's rows as lost).
UNSEEN_Y: tuple[Scan, ...] = (
    Scan("y01_suzhou_zaibei_flatbed_seal.pdf", f"{REAL}/市财政灾备中心建设_自评报告.docx",
         flatbed(dpi=180, angles=(0.8, -0.6), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "苏州市财政局"),), seed=901)),
    Scan("y02_baoshan_nengyuan_phone_sign.pdf",
         f"{REAL}/项目支出绩效自评表(能源安全检查及新能源项目推进经费).docx",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.6, 0.85)), angles=(1.2, -0.8),
              seed=902, photo=photograph)),
    Scan("y03_taoyuan_zaijiuye_feeder_grey.tif",
         f"{REAL}/2021年再就业援助对象岗位补贴财政补差资金目标申报表.xlsx",
         flatbed(dpi=170, angles=(-1.1,), quality=50, grey=True, fmt="tif", cjk=True,
                 rows_fitted=True, seals=((0, (0.6, 0.6), "桃源县人力资源和社会保障局"),),
                 seed=903)),
    Scan("y04_huizhou_dianying_flatbed_bw.pdf",
         f"{REAL}/中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表(2025年度).xlsx",
         flatbed(dpi=200, angles=(0.7,), quality=50, bilevel=True, rows_fitted=True, seed=904)),
    Scan("y05_ganqimaodu_flatbed_colour_sign.pdf",
         f"{REAL}/2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告"
         "(项目支出绩效自评表).docx",
         flatbed(dpi=170, angles=(-0.9, 1.1), quality=45, cjk=True,
                 seals=((0, (0.55, 0.55), "巴彦淖尔市自然资源局"),), sign=(0, (0.3, 0.9)),
                 seed=905)),
    Scan("y06_hanyin_puhui_flatbed_grey.pdf",
         f"{REAL}/Content-2392921(汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知).html",
         flatbed(dpi=180, angles=(1.3, -0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.4), "汉阴县财政局"),), seed=906)),
    Scan("y07_sichuan_puhui_phone.pdf",
         f"{REAL}/news368066(普惠金融发展专项资金区域绩效自评表).html",
         worn(dpi=180, quality=50, effects=(), angles=(-1.4, 0.9), seed=907, photo=photograph)),
    Scan("y08_huoqiu_kejiju_flatbed_seal.pdf",
         f"{REAL}/霍邱县科学技术局2022年项目支出绩效自评表(科技特派员创业行动经费).xlsx",
         flatbed(dpi=180, angles=(-1.2,), quality=50, cjk=True, rows_fitted=True,
                 seals=((0, (0.6, 0.6), "霍邱县科学技术局"),), seed=908)),
    Scan("y09_wangcang_yaowu_feeder_bw.tif",
         f"{REAL}/旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表(2021年度).docx",
         flatbed(dpi=200, angles=(0.6, -1.0), quality=50, bilevel=True, fmt="tif", seed=909)),
    Scan("y10_guangshui_daolu_flatbed_seal.pdf",
         f"{REAL}/广水市交通运输局2021年度乡村道路项目自评表.docx",
         flatbed(dpi=180, angles=(1.6, -0.8), quality=45, cjk=True,
                 seals=((0, (0.6, 0.65), "广水市交通运输局"),), seed=910)),
    Scan("y11_hanyin_nongji_phone_seal.pdf",
         f"{REAL}/Content-2121892(汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)"
         "补助经费预算的通知).html",
         worn(dpi=180, quality=50, effects=(), angles=(0.9, -0.6), seed=911, photo=photograph,
              seals=((0, (0.6, 0.45), "汉阴县财政局"),))),
    Scan("y12_suining_zhongyiyao_flatbed_grey.pdf",
         f"{REAL}/遂宁市2022年省级财政中医药发展专项补助资金分配表及区域绩效目标表.docx",
         flatbed(dpi=170, angles=(-1.5, 0.9), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.35), "遂宁市财政局"),), seed=912)),
    Scan("y13_yexian_sangshu_flatbed_colour.pdf",
         f"{REAL}/叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示.docx",
         flatbed(dpi=180, angles=(0.9,), quality=50, cjk=True,
                 seals=((0, (0.65, 0.7), "叶县畜牧局"),), sign=(0, (0.35, 0.85)), seed=913)),
    Scan("y14_luopu_mianshi_phone.jpg", f"{REAL}/洛浦县特色面食产业园及附属配套建设项目公示.docx",
         phone(dpi=180, quality=55, seed=914, angle=-0.8, cjk=True)),
    Scan("y15_jingyan_menkan_flatbed_seal.pdf",
         f"{REAL}/井研縣2026年提前批中央財政以工代賑項目公示.docx",
         flatbed(dpi=180, angles=(-0.7, 1.2), quality=50, cjk=True,
                 seals=((0, (0.6, 0.6), "井研县发展和改革局"),), seed=915)),
    Scan("y16_haikou_dangan_feeder_grey.tif",
         f"{REAL}/海口市档案局2016年度项目支出绩效评价报告(档案征集编研).docx",
         flatbed(dpi=160, angles=(1.1, -0.6), quality=45, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.6), "海口市档案局"),), seed=916)),
    Scan("y17_meilan_wenti_phone_sign.jpg",
         f"{REAL}/乡镇文体广场建设财政支出项目绩效评价报告(美兰区).docx",
         phone(dpi=180, quality=50, sign=(0.35, 0.9), seed=917, angle=1.5, cjk=True)),
    Scan("y18_wuyi_huanwei_flatbed_bw.pdf", f"{REAL}/浙江省项目支出绩效评价报告(防尘洗护费).docx",
         flatbed(dpi=200, angles=(-0.8, 0.6), quality=50, bilevel=True, seed=918)),
    Scan("y19_changji_zhuxuejin_flatbed_colour.pdf",
         f"{REAL}/昌吉職業技術學院項目情況公告公示.docx",
         flatbed(dpi=180, angles=(0.5,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.7), "昌吉职业技术学院"),), seed=919)),
    Scan("y20_anxi_mianyi_flatbed_seal.pdf",
         f"{REAL}/2025年安溪县中央财政动物强制免疫补助资金分配表及绩效目标表.docx",
         flatbed(dpi=180, angles=(-1.3, 0.8), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "安溪县财政局"),), seed=920)),
)



# -- batch z: the 21 real tables added in stop 44 --------------------------------------------------
# None of them scanned before: 自评表 and 目标表 of 河南, 安徽, 宁夏, 湖南, 新疆, 广东, 湖北, 福建,
# 山东 and three 检验检疫 programmes, each as an office scans or photographs it, sealed and
# signed as the issuer would.  Built before the reader read them (`python samples/scans.py
# --unseen DIR --batch z`).
UNSEEN_Z: tuple[Scan, ...] = (
    Scan("z01_yongxing_yibing_flatbed_seal.pdf",
         f"{REAL}/专项资金绩效目标表(重大动物疫病防控).docx",
         flatbed(dpi=180, angles=(0.9, -0.7), quality=50, cjk=True,
                 seals=((0, (0.6, 0.55), "永兴县财政局"),), seed=1001)),
    Scan("z02_bozhou_zengyu_feeder_grey.tif",
         f"{REAL}/亳州市人工增雨飞机作业项目支出绩效目标表(2023年度).docx",
         flatbed(dpi=170, angles=(-1.2,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.6), "亳州市气象局"),), seed=1002)),
    Scan("z03_yinchuan_ershiyi_phone_sign.pdf",
         f"{REAL}/宁夏银川市二十一小2019年项目支出预算绩效目标表.docx",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.6, 0.88)), angles=(1.1, -0.9),
              seed=1003, photo=photograph)),
    Scan("z04_huoshan_tejiao_flatbed_bw.pdf",
         f"{REAL}/霍山县特殊教育补助资金转移支付整体绩效目标自评表(2024年度).docx",
         flatbed(dpi=200, angles=(0.7, -0.5), quality=50, bilevel=True, seed=1004)),
    Scan("z05_wenquan_yibao_flatbed_colour.pdf", f"{REAL}/54556.html",
         flatbed(dpi=180, angles=(-0.8,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "温泉县财政局"),), sign=(0, (0.3, 0.85)), seed=1005)),
    Scan("z06_hengyang_fuliyuan_flatbed_grey.pdf",
         f"{REAL}/衡陽市社會福利院2025年度部門預算公開.html",
         flatbed(dpi=180, angles=(1.3, -0.6), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.45), "衡阳市社会福利院"),), seed=1006)),
    Scan("z07_jianyi_fankong_feeder_bw.tif", f"{REAL}/fk(反恐经费支出绩效评价表).html",
         flatbed(dpi=200, angles=(-0.6, 0.9), quality=50, bilevel=True, fmt="tif", seed=1007)),
    Scan("z08_jianyi_xiushan_flatbed_seal.pdf", f"{REAL}/sysdx(实验室大型修缮经费绩效评价表).html",
         flatbed(dpi=180, angles=(1.0, -1.1), quality=45, cjk=True,
                 seals=((0, (0.6, 0.6), "出入境检验检疫局"),), seed=1008)),
    Scan("z09_yunnan_hangkong_flatbed_grey.pdf",
         f"{REAL}/云南省2022年度中央自然灾害资金绩效自评报告.html",
         flatbed(dpi=170, angles=(-1.0, 0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.5), "云南省财政厅"),), seed=1009)),
    Scan("z10_jianyi_kouan_phone.pdf",
         f"{REAL}/dbjs(提升口岸核心能力达标建设专项经费支出绩效评价表).html",
         worn(dpi=180, quality=50, effects=(), angles=(-1.3, 0.8), seed=1010, photo=photograph)),
    Scan("z11_ezhou_kexie_flatbed_colour_sign.pdf",
         f"{REAL}/鄂州市科學技術協會(本級)績效評價報告.html",
         flatbed(dpi=170, angles=(0.8, -1.2), quality=45, cjk=True,
                 seals=((0, (0.55, 0.55), "鄂州市科学技术协会"),), sign=(0, (0.35, 0.9)),
                 seed=1011)),
    Scan("z12_dongguan_zhanlanguan_feeder_grey.tif",
         f"{REAL}/东莞展览馆2022年物业管理费支出绩效目标表.html",
         flatbed(dpi=170, angles=(-1.4,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.55), "东莞展览馆"),), seed=1012)),
    Scan("z13_licheng_wenhuaguan_phone_seal.pdf", f"{REAL}/区级部门预算项目支出绩效自评表.html",
         worn(dpi=180, quality=50, effects=(), angles=(0.9, -0.6), seed=1013, photo=photograph,
              seals=((0, (0.6, 0.5), "历城区文化馆"),))),
    Scan("z14_ningde_fangzhi_flatbed_bw.pdf",
         f"{REAL}/附件9:2018年度部门整体支出绩效自评表(201912330 原方志委).xlsx",
         flatbed(dpi=200, angles=(0.6,), quality=50, bilevel=True, rows_fitted=True, seed=1014)),
    Scan("z15_qingshan_tongji_flatbed_seal.pdf",
         f"{REAL}/青山区统计局2020年项目支出绩效目标表.html",
         flatbed(dpi=180, angles=(-0.9, 1.0), quality=50, cjk=True,
                 seals=((0, (0.6, 0.6), "青山区统计局"),), seed=1015)),
    Scan("z16_gaoji_jigong_flatbed_grey.pdf",
         f"{REAL}/广东省高级技工学校2017年度就业及技工教育专项资金教师资助项目申请报告.docx",
         flatbed(dpi=180, angles=(1.2, -0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.6), "广东省高级技工学校"),), seed=1016)),
    Scan("z17_yangwenjie_phone_sign.pdf",
         f"{REAL}/省级基础教育师资培训经费杨文杰教师资助项目申报材料.docx",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.65, 0.85)), angles=(-0.8, 1.0),
              seed=1017, photo=photograph)),
    Scan("z18_zhangxiaoqing_flatbed_colour.pdf",
         f"{REAL}/广东省技师学院张小清教师资助项目申请报告.docx",
         flatbed(dpi=180, angles=(0.6, -0.9), quality=50, cjk=True,
                 seals=((0, (0.6, 0.65), "广东省技师学院"),), seed=1018)),
    Scan("z19_wanghuaishu_feeder_bw.tif",
         f"{REAL}/省级基础教育强师工程王怀术教师资助项目申报材料.docx",
         flatbed(dpi=200, angles=(-0.7, 0.8), quality=50, bilevel=True, fmt="tif", seed=1019)),
    Scan("z20_jianyi_jianyiquan_flatbed_seal.pdf", f"{REAL}/jyq(检疫犬经费支出绩效评价表).html",
         flatbed(dpi=180, angles=(1.1, -0.5), quality=45, cjk=True,
                 seals=((0, (0.6, 0.6), "出入境检验检疫局"),), sign=(0, (0.35, 0.9)),
                 seed=1020)),
    Scan("z21_jianyi_changjitu_phone.pdf", f"{REAL}/fzzl(长吉图发展战略专项经费绩效评价表).html",
         worn(dpi=180, quality=50, effects=(), angles=(0.7, -1.2), seed=1021, photo=photograph)),
)


# -- batch za: the 8 real tables added on 6 December -------------------------------------------
# None of them scanned before: 黄石's 海绵城市 自评表, a 商务局's 服务贸易 自评表, 武夷山's 专项资金
# 绩效目标表 after its 安排表, 泸县's 部门整体 form, 龙岩's 区域 form and three 检验检疫 评价表,
# each as an office scans or photographs it.  Built before the reader read them (`python
# samples/scans.py --unseen DIR --batch za`).
UNSEEN_ZA: tuple[Scan, ...] = (
    Scan("za01_huangshi_haimian_flatbed_seal.pdf",
         f"{REAL}/2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表.html",
         flatbed(dpi=180, angles=(0.8, -0.6), quality=50, cjk=True,
                 seals=((0, (0.6, 0.55), "黄石市住房和城乡建设局"),), seed=1101)),
    Scan("za02_shangwu_fuwu_maoyi_feeder_grey.tif",
         f"{REAL}/12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.docx",
         flatbed(dpi=170, angles=(-1.1,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.6), "区商务局"),), seed=1102)),
    Scan("za03_wuyishan_xuanchuan_phone_sign.pdf",
         f"{REAL}/2026年度武夷山市省级宣传文化事业发展专项资金安排表及绩效目标表.docx",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.6, 0.88)), angles=(1.0, -0.8),
              seed=1103, photo=photograph)),
    Scan("za04_luxian_wenguanglv_flatbed_bw.pdf",
         f"{REAL}/2024年县级部门整体支出绩效目标申报表（泸县文化广电旅游局）.html",
         flatbed(dpi=200, angles=(0.7, -0.5), quality=50, bilevel=True, seed=1104)),
    Scan("za05_longyan_minzu_flatbed_colour.pdf",
         f"{REAL}/关于下达2025年龙岩市民族发展专项资金的通知.html",
         flatbed(dpi=180, angles=(-0.9,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "龙岩市财政局"),), sign=(0, (0.3, 0.85)), seed=1105)),
    Scan("za06_jianyi_waishi_flatbed_grey.pdf",
         f"{REAL}/wscgxm(外事出国项目专项经费绩效评价表).html",
         flatbed(dpi=180, angles=(1.2, -0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.45), "出入境检验检疫局"),), seed=1106)),
    Scan("za07_jianyi_yewufei_feeder_bw.tif", f"{REAL}/jyzx(检验检疫专项业务费绩效评价表).html",
         flatbed(dpi=200, angles=(-0.6, 0.9), quality=50, bilevel=True, fmt="tif", seed=1107)),
    Scan("za08_jianyi_keji_phone.pdf", f"{REAL}/kjzx(科技专项经费支出绩效评价表).html",
         worn(dpi=180, quality=50, effects=(), angles=(-1.2, 0.8), seed=1108, photo=photograph)),
)

# -- batch zb: 14 real tables no scan had used ----------------------------------------------------
# Real tables that every batch before passed over: 松材线虫病 and 林业生态 forms of 2020-2021,
# a 养老服务 notice, a traditional-character 醫療費 form, 六安's 农技推广, 西青's 房租补贴, 德化's
# 老年助餐 workbook, 施甸's 自评表, 湘阴's 幼儿园 form, 金寨's 司法局 form, 南充's 退耕还林 自评表,
# 广水's 中心中学 PDF, 学院路街道's 自评表 and 莆田's 公共数字文化 form, each as an office scans or
# photographs it.  Built before the reader read them (`python samples/scans.py --unseen DIR
# --batch zb`).
UNSEEN_ZB: tuple[Scan, ...] = (
    Scan("zb01_songcai_xianchong_flatbed_seal.pdf",
         f"{REAL}/t20210621_9409865(项目支出绩效目标表2020-2021年度松材线虫病除治).html",
         flatbed(dpi=180, angles=(0.8, -0.6), quality=50, cjk=True,
                 seals=((0, (0.6, 0.55), "林业局"),), seed=1201)),
    Scan("zb02_linye_shengtai_phone.pdf",
         f"{REAL}/t20210623_130060(2021年林业生态保护恢复资金区域绩效目标申报表).html",
         worn(dpi=180, quality=50, effects=(), angles=(1.0, -0.8), seed=1202, photo=photograph)),
    Scan("zb03_wansheng_yanglao_feeder_grey.tif",
         f"{REAL}/万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知.docx",
         flatbed(dpi=170, angles=(-1.1,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.6), "万盛经开区财政局"),), seed=1203)),
    Scan("zb04_xuanzhou_shangcan_flatbed_bw.pdf",
         f"{REAL}/二等乙級以上傷殘軍人醫療費(宣州區醫療保障局項目支出績效目標表).html",
         flatbed(dpi=200, angles=(0.7, -0.5), quality=50, bilevel=True, seed=1204)),
    Scan("zb05_luan_nongji_flatbed_grey_seal.pdf",
         f"{REAL}/六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表.html",
         flatbed(dpi=180, angles=(1.2, -0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.45), "六安市农业农村局"),), seed=1205)),
    Scan("zb06_xiqing_fangzu_phone_sign.pdf",
         f"{REAL}/支持西青区国有企业疫情期间减免房租补贴绩效目标表.html",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.6, 0.88)), angles=(-0.9, 1.1),
              seed=1206, photo=photograph)),
    Scan("zb07_dehua_zhucan_flatbed_seal.pdf",
         f"{REAL}/德化县2025年老年助餐省级补助资金分配表及区域绩效目标表.xlsx",
         flatbed(dpi=200, angles=(-0.6,), quality=50, cjk=True, rows_fitted=True,
                 seals=((0, (0.6, 0.5), "德化县财政局"),), seed=1207)),
    Scan("zb08_shidian_jingying_feeder_bw.tif",
         f"{REAL}/施甸县2019年新型农业经营主体扶持项目绩效自评表.html",
         flatbed(dpi=200, angles=(-0.6, 0.9), quality=50, bilevel=True, fmt="tif", seed=1208)),
    Scan("zb09_xiangyin_youeryuan_flatbed_colour_sign.pdf",
         f"{REAL}/湘阴县教育局公办和普惠性民办幼儿园公用经费项目支出预算绩效目标申报表(2022年度).html",
         flatbed(dpi=170, angles=(0.8, -1.2), quality=45, cjk=True,
                 seals=((0, (0.55, 0.55), "湘阴县教育局"),), sign=(0, (0.35, 0.9)), seed=1209)),
    Scan("zb10_jinzhai_sifa_phone_seal.pdf",
         f"{REAL}/金寨县司法局2024年“法治宣传经费、法治建设经费”项目支出绩效目标申报表.html",
         worn(dpi=180, quality=50, effects=(), angles=(0.9, -0.6), seed=1210, photo=photograph,
              seals=((0, (0.6, 0.5), "金寨县司法局"),))),
    Scan("zb11_nanchong_tuigeng_flatbed_grey.pdf",
         f"{REAL}/部门预算项目支出绩效自评表(2023年度)-退耕还林工程建设专项工作经费(南充市林业局).html",
         flatbed(dpi=170, angles=(-1.0, 0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.5), "南充市林业局"),), seed=1211)),
    Scan("zb12_guangshui_maping_flatbed_colour.pdf", f"{REAL}/广水市马坪镇中心中学项目申报表1.pdf",
         flatbed(dpi=180, angles=(-0.8,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "广水市马坪镇中心中学"),), sign=(0, (0.3, 0.85)),
                 seed=1212)),
    Scan("zb13_xueyuanlu_baojie_feeder_grey.tif",
         f"{REAL}/项目支出绩效自评表(2016年度 学院路街道 自管道路清扫保洁外包工作经费).docx",
         flatbed(dpi=170, angles=(-1.4,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.55), "学院路街道办事处"),), seed=1213)),
    Scan("zb14_putian_shuzi_wenhua_phone_sign.pdf",
         f"{REAL}/莆田市2022年中央支持地方公共文化服务体系建设补助资金(公共数字文化建设专项转移支付绩效目标表).docx",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.65, 0.85)), angles=(-0.8, 1.0),
              seed=1214, photo=photograph)),
)


# Batch zc (7 December): the real tables of the last hunts that no scan had read in any
# format (web pages and a Word file), as the earlier batches print them
UNSEEN_ZC: tuple[Scan, ...] = (
    Scan("zc01_lixian_shengtai_flatbed_seal.pdf",
         f"{REAL}/常德市生态环境局澧县分局2021年度绩效目标公开(预算项目绩效目标申报表).html",
         flatbed(dpi=180, angles=(0.9, -0.6), quality=50, cjk=True,
                 seals=((0, (0.6, 0.55), "常德市生态环境局澧县分局"),), seed=1301)),
    Scan("zc02_yueyanglou_fagai_phone.pdf",
         f"{REAL}/项目支出预算绩效目标申报表(来源区发改局2021-06-16).html",
         worn(dpi=180, quality=50, effects=(), angles=(1.1, -0.7), seed=1302, photo=photograph)),
    Scan("zc03_longyang_huafei_feeder_grey.tif",
         f"{REAL}/隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评.html",
         flatbed(dpi=170, angles=(-1.2,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.6), "隆阳区农业农村局"),), seed=1303)),
    Scan("zc04_chuzhou_renshe_flatbed_bw.pdf", f"{REAL}/2022年度项目支出绩效自评表.html",
         flatbed(dpi=200, angles=(0.6, -0.5), quality=50, bilevel=True, seed=1304)),
    Scan("zc05_shiyao_jianguan_flatbed_grey_seal.pdf",
         f"{REAL}/2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表.html",
         flatbed(dpi=180, angles=(1.1, -0.8), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.45), "食品药品监督管理局"),), seed=1305)),
    Scan("zc06_daying_tushuguan_phone_sign.pdf", f"{REAL}/article-133619-29.html",
         worn(dpi=180, quality=50, effects=(), sign=(0, (0.6, 0.88)), angles=(-1.0, 0.9),
              seed=1306, photo=photograph)),
    Scan("zc07_yuanzhou_chaye_flatbed_colour_sign.pdf",
         f"{REAL}/2022年原州区健康饮茶送茶入户边销茶推广项目绩效自评表.html",
         flatbed(dpi=170, angles=(0.7, -1.1), quality=45, cjk=True,
                 seals=((0, (0.55, 0.55), "原州区民族宗教事务局"),), sign=(0, (0.35, 0.9)),
                 seed=1307)),
    Scan("zc08_baodi_gongre_feeder_bw.tif", f"{REAL}/t20210902_5576119.html",
         flatbed(dpi=200, angles=(-0.7, 0.8), quality=50, bilevel=True, fmt="tif", seed=1308)),
    Scan("zc09_hubei_gongcheng_flatbed_seal.pdf",
         f"{REAL}/湖北工程学院年学生资助项目绩效目标自评表.html",
         flatbed(dpi=180, angles=(-0.8, 0.6), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "湖北工程学院"),), seed=1309)),
    Scan("zc10_jianyi_jiaotong_phone_seal.pdf", f"{REAL}/zxjtf(专项交通费绩效评价表).html",
         worn(dpi=180, quality=50, effects=(), angles=(0.8, -0.9), seed=1310, photo=photograph,
              seals=((0, (0.6, 0.5), "出入境检验检疫局"),))),
    Scan("zc11_zhaoqing_zhulao_flatbed_grey.pdf",
         f"{REAL}/2024年市级福利彩票公益金补助资金开展助老颐养公益项目资金分配明细表、绩效目标表(肇财社〔2024〕116号).docx",
         flatbed(dpi=170, angles=(-1.0, 0.7), quality=50, grey=True, cjk=True,
                 seals=((0, (0.6, 0.5), "肇庆市财政局"),), seed=1311)),
    Scan("zc12_minge_hainan_flatbed_colour.pdf", f"{REAL}/2022年项目绩效报告.html",
         flatbed(dpi=180, angles=(-0.7,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.5), "民革海南省委员会"),), sign=(0, (0.3, 0.85)),
                 seed=1312)),
    Scan("zc13_luhuo_chuanranbing_phone.pdf", f"{REAL}/7c4bdd8f71aa4f119d9f59eca6022d80.html",
         worn(dpi=180, quality=50, effects=(), angles=(-0.9, 1.0), seed=1313, photo=photograph)),
)


# Batch zd (7 December): batch zc's tables again, as office paper reaches a scanner (batch
# r's wear: faded toner, a copy of a copy, a fold, punched holes, a reviewer's pen, a
# highlighter, the back page showing through, recycled paper, a shaken close-up)
UNSEEN_ZD: tuple[Scan, ...] = (
    Scan("zd01_lixian_shengtai_faded.pdf",
         f"{REAL}/常德市生态环境局澧县分局2021年度绩效目标公开(预算项目绩效目标申报表).html",
         worn(dpi=180, quality=50, effects=(faded,), angles=(0.9, -0.8), grey=True,
              seals=((0, (0.65, 0.55), "常德市生态环境局澧县分局"),), seed=1401)),
    Scan("zd02_yueyanglou_fagai_copied.pdf",
         f"{REAL}/项目支出预算绩效目标申报表(来源区发改局2021-06-16).html",
         worn(dpi=170, quality=45, effects=(photocopied,), angles=(-1.2, 0.7),
              seals=((0, (0.6, 0.5), "岳阳楼区发展和改革局"),), seed=1402)),
    Scan("zd03_longyang_huafei_folded.pdf",
         f"{REAL}/隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评.html",
         worn(dpi=180, quality=50, effects=(creased,), angles=(1.1,),
              seals=((0, (0.7, 0.6), "隆阳区农业农村局"),), seed=1403)),
    Scan("zd04_chuzhou_renshe_punched.pdf", f"{REAL}/2022年度项目支出绩效自评表.html",
         worn(dpi=170, quality=50, effects=(punched,), angles=(-0.8, 1.2), grey=True,
              seed=1404)),
    Scan("zd05_shiyao_jianguan_pen.pdf",
         f"{REAL}/2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表.html",
         worn(dpi=180, quality=50, effects=(annotated,), angles=(1.0, -0.6),
              seals=((0, (0.7, 0.5), "食品药品监督管理局"),), seed=1405)),
    Scan("zd06_daying_tushuguan_highlighter.pdf", f"{REAL}/article-133619-29.html",
         worn(dpi=180, quality=55, effects=(highlighted,), angles=(-0.9, 0.8), seed=1406)),
    Scan("zd07_yuanzhou_chaye_show_through.pdf",
         f"{REAL}/2022年原州区健康饮茶送茶入户边销茶推广项目绩效自评表.html",
         worn(dpi=170, quality=45, effects=(), angles=(0.6, -1.3), through=True, grey=True,
              seals=((0, (0.5, 0.4), "原州区民族宗教事务局"),), seed=1407)),
    Scan("zd08_baodi_gongre_recycled.pdf", f"{REAL}/t20210902_5576119.html",
         worn(dpi=180, quality=50, effects=(recycled,), angles=(1.4, -0.6), seed=1408)),
    Scan("zd09_hubei_gongcheng_shaken.pdf",
         f"{REAL}/湖北工程学院年学生资助项目绩效目标自评表.html",
         worn(dpi=180, quality=55, effects=(), angles=(-1.1, 0.9),
              seals=((0, (0.6, 0.5), "湖北工程学院"),), seed=1409,
              photo=lambda p, rng: shaken(photograph(p, rng), rng, 4))),
    Scan("zd10_jianyi_jiaotong_close_up.pdf", f"{REAL}/zxjtf(专项交通费绩效评价表).html",
         worn(dpi=170, quality=55, effects=(), angles=(0.8,), sign=(0, (0.6, 0.9)),
              seed=1410, photo=close_up)),
    Scan("zd11_zhaoqing_zhulao_toner_pen.pdf",
         f"{REAL}/2024年市级福利彩票公益金补助资金开展助老颐养公益项目资金分配明细表、绩效目标表(肇财社〔2024〕116号).docx",
         worn(dpi=170, quality=50, effects=(faded, annotated), angles=(-1.0, 0.7), grey=True,
              seed=1411)),
    Scan("zd12_minge_hainan_copy_punched.pdf", f"{REAL}/2022年项目绩效报告.html",
         worn(dpi=160, quality=45, effects=(photocopied, punched), angles=(1.3, -0.8),
              seals=((0, (0.5, 0.5), "民革海南省委员会"),), seed=1412)),
)


# Batch ze (7 December): phones, as most stamped copies now reach a bureau, on real tables no
# scan had read in this form (web pages, and text PDFs whose Word files batch f and others
# scanned): photos as a chat app sends them, at night, close up, shaken, with seals and pens
UNSEEN_ZE: tuple[Scan, ...] = (
    Scan("ze01_shaxian_dizhi_chat_photos.pdf",
         f"{REAL}/三明市沙县区财政局 三明市沙县区自然资源局"
         "关于下达2023年省级地质灾害防治专项资金的通知.html",
         phone_pages(dpi=110, quality=70, angles=(0.9, -0.6), shadow=True, seed=1501)),
    Scan("ze02_daying_yibao_night.pdf", f"{REAL}/article-159286-40.html",
         worn(dpi=170, quality=55, effects=(), angles=(1.0, -0.7), seed=1502,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("ze03_dehua_xinpinzhong_photo_seal.pdf", f"{REAL}/news920065.html",
         worn(dpi=180, quality=50, effects=(), angles=(-0.8, 1.1), seed=1503, photo=photograph,
              seals=((0, (0.6, 0.5), "德化县财政局"),))),
    Scan("ze04_anxi_mianyi_close_up.pdf",
         f"{REAL}/2025年安溪县中央财政动物强制免疫补助资金分配表及绩效目标表.pdf",
         worn(dpi=170, quality=55, effects=(), angles=(0.8, -0.9), sign=(1, (0.6, 0.9)),
              seed=1504, photo=close_up)),
    Scan("ze05_wansheng_zhucan_chat_photo.jpg",
         f"{REAL}/万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知.pdf",
         phone_pages(dpi=100, quality=70, fmt="jpg", angles=(-1.0,), bow=0.004,
                     seals=((0, (0.65, 0.55), "万盛经开区财政局"),), seed=1505)),
    Scan("ze06_putuo_sifa_photo_sign.pdf", f"{REAL}/上海市普陀区司法局2026年度部门预算.pdf",
         worn(dpi=180, quality=50, effects=(), sign=(1, (0.6, 0.88)), angles=(-0.9, 1.0),
              seed=1506, photo=photograph)),
    Scan("ze07_yexian_sangshu_shaken.pdf",
         f"{REAL}/叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示.pdf",
         worn(dpi=180, quality=55, effects=(), angles=(-1.2,),
              seals=((0, (0.6, 0.5), "叶县畜牧局"),), seed=1507,
              photo=lambda p, rng: shaken(photograph(p, rng), rng, 4))),
    Scan("ze08_suzhou_zaibei_chat_photos.pdf", f"{REAL}/市财政灾备中心建设_自评报告.pdf",
         phone_pages(dpi=110, quality=70, angles=(0.7, -0.8), seed=1508)),
    Scan("ze09_guangshui_daolu_photo_seal.pdf",
         f"{REAL}/广水市交通运输局2021年度乡村道路项目自评表.pdf",
         worn(dpi=170, quality=50, effects=(), angles=(1.1, -0.6, 0.8), seed=1509,
              photo=photograph, seals=((0, (0.6, 0.55), "广水市交通运输局"),))),
    Scan("ze10_wanli_jiedao_night.pdf", f"{REAL}/上海市普陀区人民政府万里街道办事处24年预算.pdf",
         worn(dpi=170, quality=55, effects=(), angles=(-0.7, 0.9, -1.1), seed=1510,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
)


# Batch zf (7 December): real tables no scan had read in this form (the .doc and .pdf prints
# of tables scanned before from their .docx, and two no scan had read), as an office's
# submissions come: a flatbed's colour scan sealed and signed, a feeder's grey TIFF, black and
# white (an office scanner's, a fax), phone photos (perspective, the hand's shadow, a bowed
# sheet), a scanning app's filter, a photo forwarded through a chat app, a photo at 1.6°
_ZF_HAINAN = "财政支出项目绩效评价报告范本(海南宏观经济形势分析预测与经济动态监测预警项目)"
_ZF_ZHAOQING = ("2024年市级福利彩票公益金补助资金开展助老颐养公益项目资金分配明细表、绩效目标表"
                "(肇财社〔2024〕116号)")
_ZF_FUWU = "12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表"
_ZF_WUYISHAN = "2026年度武夷山市省级宣传文化事业发展专项资金安排表及绩效目标表"
_ZF_XUEYUANLU = "项目支出绩效自评表(2016年度 学院路街道 自管道路清扫保洁外包工作经费)"
_ZF_GANQIMAODU = ("2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告"
                  "(项目支出绩效自评表)")
_ZF_HANYIN = ("Content-2121892(汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)"
              "补助经费预算的通知)")
UNSEEN_ZF: tuple[Scan, ...] = (
    Scan("zf01_daying_wenming_flatbed_seal_sign.pdf", f"{REAL}/项目支出绩效自评报告(续).doc",
         flatbed(dpi=150, angles=(0.7,), quality=50, cjk=True,
                 seals=((0, (0.62, 0.2), "大英县文明办"),), sign=(0, (0.3, 0.45)),
                 seed=1601)),
    Scan("zf02_hainan_hongguan_feeder_grey.tif", f"{REAL}/{_ZF_HAINAN}.doc",
         flatbed(dpi=170, angles=(-1.1, 0.8), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.72), "海南省人民政府研究室"),), seed=1602)),
    Scan("zf03_wenchang_miaopu_flatbed_bw.tif", f"{REAL}/2017年退耕还林苗圃建设级配套项目.doc",
         flatbed(dpi=200, angles=(0.6, -0.9), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seals=((0, (0.65, 0.65), "文昌市林业局"),), seed=1603)),
    Scan("zf04_zhaoqing_zhulao_phone_shadow_bow.pdf", f"{REAL}/{_ZF_ZHAOQING}.pdf",
         phone_pages(dpi=160, quality=55, angles=(1.2,), bow=0.006, shadow=True,
                     seals=((0, (0.7, 0.4), "肇庆市财政局"),), seed=1604)),
    Scan("zf05_putuo_shangwu_flatbed_four_pages.pdf", f"{REAL}/上海市普陀区商务委员会25年预算.pdf",
         flatbed(dpi=160, angles=(0.6, -0.9, 1.1, -0.5), quality=45, grey=True, light=True,
                 cjk=True, seals=((3, (0.6, 0.5), "上海市普陀区商务委员会"),), seed=1605)),
    Scan("zf06_fuwu_maoyi_phone_pages.pdf", f"{REAL}/{_ZF_FUWU}.doc",
         phone_pages(dpi=170, quality=50, angles=(-0.8, 1.3), bow=0.008, shadow=True,
                     seals=((0, (0.65, 0.6), "区商务局"),), sign=(1, (0.5, 0.3)), seed=1606)),
    Scan("zf07_wuyishan_xuanchuan_photo_angle.pdf", f"{REAL}/{_ZF_WUYISHAN}.pdf",
         worn(dpi=180, quality=50, effects=(), angles=(1.6, -1.8), seed=1607, photo=photograph,
              seals=((1, (0.65, 0.2), "武夷山市财政局"),))),
    Scan("zf08_xueyuanlu_baojie_flatbed_grey.png", f"{REAL}/{_ZF_XUEYUANLU}.doc",
         flatbed(dpi=170, angles=(-1.3,), quality=50, grey=True, fmt="png", cjk=True,
                 seals=((0, (0.7, 0.35), "学院路街道办事处"),), seed=1608)),
    Scan("zf09_guangshui_maping_chat_app.jpg", f"{REAL}/广水市马坪镇中心中学项目申报表1.docx",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(1.1,),
              seals=((0, (0.6, 0.6), "广水市马坪镇中心中学"),), seed=1609,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zf10_ganqimaodu_flatbed_colour_seal_sign.pdf", f"{REAL}/{_ZF_GANQIMAODU}.docx",
         flatbed(dpi=200, angles=(-0.7, 0.9), quality=50, cjk=True,
                 seals=((0, (0.75, 0.45), "甘其毛都口岸分局"),), sign=(1, (0.6, 0.8)),
                 seed=1610)),
    Scan("zf11_hanyin_nongji_phone_app.pdf", f"{REAL}/{_ZF_HANYIN}.html",
         phone_pages(dpi=170, quality=50, angles=(0.9, -1.4), bow=0.007, app=True,
                     seals=((1, (0.6, 0.8), "汉阴县财政局"),), seed=1611)),
    Scan("zf12_fuwu_maoyi_fax.tif", f"{REAL}/{_ZF_FUWU}.doc",
         fax(header="2021-04-23 10:17  FROM: 0000-00000000", seed=1612, angle=0.8)),
)

# Batch zg (7 December): real tables no scan had read (a 申报表 with two label pairs a row,
# a 自评表 under its site's record box, 就业补助's 自评表, a 代表之家 report)
# and real tables scanned once before, each printed from another of its forms or scanned
# another way: photocopies, a creased and punched sheet, highlighter, a received stamp, a
# sheet photographed at an angle under a lamp's glare, a sideways feed, a sticky note
_ZG_NONGQIAO = "2018年农桥建设专项资金绩效目标申报表"
_ZG_FUKANG = "阜康市统计局国家统计局调查队专项经费项目支出绩效自评表(2023年度)"
_ZG_CIXI = "2023年慈溪市重大政策和项目绩效目标情况"
_ZG_RENDA = "2016年度区人大代表之家项目支出绩效自评报告"
_ZG_TIANJIAAN = "就业补助资金绩效自评表(2024年度田家庵区)"
_ZG_HUOQIU = "霍邱县科学技术局2022年项目支出绩效自评表(科技特派员创业行动经费)"
_ZG_MATA = "马踏镇2023年部门预算项目绩效目标申报表"
_ZG_YINCHUAN = "银川市本级部门项目支出绩效自评表(2021年)初中公用经费"
_ZG_HAIKOU = "海口市档案局2016年度项目支出绩效评价报告(档案征集编研)"
_ZG_QINGSHAN = "青山区统计局2020年项目支出绩效目标表"
_ZG_SHIDIAN = "施甸县2019年新型农业经营主体扶持项目绩效自评表"
UNSEEN_ZG: tuple[Scan, ...] = (
    Scan("zg01_nanjing_nongqiao_flatbed_seal_sign.pdf", f"{REAL}/{_ZG_NONGQIAO}.docx",
         flatbed(dpi=150, angles=(-0.8,), quality=45, cjk=True,
                 seals=((0, (0.7, 0.3), "南京市财政局"),), sign=(0, (0.35, 0.9)), seed=1701)),
    Scan("zg02_nanjing_nongqiao_doc_photocopy.pdf", f"{REAL}/{_ZG_NONGQIAO}.doc",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(1.0,), grey=True,
              seals=((0, (0.6, 0.6), "南京市财政局"),), seed=1702)),
    Scan("zg03_fukang_tongji_phone_glare.jpg", f"{REAL}/{_ZG_FUKANG}.html",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(-1.2,), seed=1703,
              seals=((0, (0.65, 0.5), "阜康市统计局"),),
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("zg04_cixi_zhengce_creased_punched.pdf", f"{REAL}/{_ZG_CIXI}.docx",
         worn(dpi=170, quality=50, effects=(creased, punched), angles=(0.9, -0.6),
              seals=((0, (0.6, 0.4), "慈溪市财政局"),), seed=1704)),
    Scan("zg05_renda_zhijia_highlighted_grey.tif", f"{REAL}/{_ZG_RENDA}.html",
         worn(dpi=180, quality=50, effects=(highlighted,), fmt="tif", grey=True,
              angles=(-0.7, 1.1), seed=1705)),
    Scan("zg06_tianjiaan_jiuye_phone_bow.pdf", f"{REAL}/{_ZG_TIANJIAAN}.html",
         phone_pages(dpi=160, quality=55, angles=(-1.4,), bow=0.007, shadow=True,
                     seals=((0, (0.6, 0.7), "田家庵区人力资源和社会保障局"),), seed=1706)),
    Scan("zg07_huoqiu_tepaiyuan_received_stamp.pdf", f"{REAL}/{_ZG_HUOQIU}.xlsx",
         worn(dpi=180, quality=50, effects=(received_stamp,), angles=(0.8,), rows_fitted=True,
              seals=((0, (0.7, 0.6), "霍邱县科学技术局"),), seed=1707)),
    Scan("zg08_mata_yusuan_sideways_feed.pdf", f"{REAL}/{_ZG_MATA}.xlsx",
         flatbed(dpi=170, angles=(0.7,), quality=50, grey=True, quarters=(1,),
                 rows_fitted=True, seed=1708)),
    Scan("zg09_yinchuan_gongyong_sticky_note.pdf", f"{REAL}/{_ZG_YINCHUAN}.docx",
         worn(dpi=170, quality=55, effects=(sticky_note,), angles=(-1.0, 0.8),
              seals=((0, (0.55, 0.75), "银川市教育局"),), seed=1709, photo=photograph)),
    Scan("zg10_haikou_dangan_copy_of_copy.pdf", f"{REAL}/{_ZG_HAIKOU}.docx",
         worn(dpi=170, quality=45, effects=(photocopied, photocopied, punched), grey=True,
              angles=(0.6, -1.0, 0.8), seals=((0, (0.65, 0.3), "海口市档案局"),), seed=1710)),
    Scan("zg11_qingshan_tongji_oblique_photo.pdf", f"{REAL}/{_ZG_QINGSHAN}.html",
         worn(dpi=180, quality=55, effects=(), angles=(1.3,), seed=1711,
              seals=((0, (0.7, 0.45), "青山区统计局"),),
              photo=lambda p, rng: oblique(photograph(p, rng), rng))),
    Scan("zg12_shidian_jingying_bw_dog_eared.tif", f"{REAL}/{_ZG_SHIDIAN}.html",
         worn(dpi=200, quality=50, effects=(dog_eared("tr"), coffee_ring), fmt="tif",
              grey=True, angles=(-0.9,), seals=((0, (0.6, 0.8), "施甸县农业农村局"),),
              seed=1712)),
)

# Batch zh (7 December): real tables scanned once before, each printed from the form it
# was published in and scanned or photographed another way: a phone in grey at an angle,
# black and white, a crumpled sheet, a scanning app over a sheet, a chat's forward, a
# feeder's grey TIFF under a purple seal, colour flatbed sealed and signed, the back's print
# showing through faded toner, a monitor photographed, toner saving, a blueprint copy, a
# night photo
_ZH_LINYE = "2021年林业局部门整体支出绩效自评表"
_ZH_HAIMIAN = "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表"
_ZH_HUOSHAN = "霍山县特殊教育补助资金转移支付整体绩效目标自评表(2024年度)"
_ZH_ZAISHENG = "再生资源回收市场管理经费项目绩效目标表"
_ZH_XIAOYUAN = "2023年度校园维修改造及设备购置项目自评表"
_ZH_CHEGOU = "中央车购税对地方补助资金绩效目标自评表（普通省道和农村公路）"
_ZH_SHIZUISHAN = "石嘴山市疾病预防控制中心2020年项目绩效目标批复表"
_ZH_DONGGUAN = "东莞展览馆2022年物业管理费支出绩效目标表"
_ZH_BOZHOU = "亳州市人工增雨飞机作业项目支出绩效目标表(2023年度)"
_ZH_QINGSHAN = "青山区教育局绩效目标表(2020年度)"
_ZH_PUTIAN = ("莆田市2022年中央支持地方公共文化服务体系建设补助资金"
              "(公共数字文化建设专项转移支付绩效目标表)")
_ZH_TUJING = "涂井乡2021年度项目绩效自评表"
UNSEEN_ZH: tuple[Scan, ...] = (
    Scan("zh01_linye_zhengti_phone_grey.pdf", f"{REAL}/{_ZH_LINYE}.docx",
         phone_pages(dpi=160, quality=55, angles=(1.5, -1.0), grey=True, seed=1801,
                     seals=((0, (0.7, 0.75), "林业局"),))),
    Scan("zh02_haimian_shenbao_flatbed_bw.tif", f"{REAL}/{_ZH_HAIMIAN}.html",
         flatbed(dpi=200, angles=(-0.6,), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.6), "黄石市住房和城乡建设局"),), seed=1802)),
    Scan("zh03_huoshan_tejiao_crumpled.pdf", f"{REAL}/{_ZH_HUOSHAN}.docx",
         worn(dpi=180, quality=50, effects=(crumpled,), angles=(0.8, -0.7), seed=1803,
              seals=((0, (0.65, 0.4), "霍山县教育局"),))),
    Scan("zh04_zaisheng_huishou_phone_app.pdf", f"{REAL}/{_ZH_ZAISHENG}.xlsx",
         phone_pages(dpi=170, quality=50, angles=(-1.1,), app=True, rows_fitted=True,
                     seals=((0, (0.6, 0.5), "商务局"),), seed=1804)),
    Scan("zh05_xiaoyuan_weixiu_chat_forward.jpg", f"{REAL}/{_ZH_XIAOYUAN}.html",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(0.9,), seed=1805,
              seals=((0, (0.6, 0.45), "教育局"),),
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zh06_chegoushui_feeder_purple_seal.tif", f"{REAL}/{_ZH_CHEGOU}.docx",
         worn(dpi=180, quality=50, effects=(purple_seal("交通运输局", (0.62, 0.5)),),
              fmt="tif", grey=True, angles=(-1.2, 0.7), seed=1806)),
    Scan("zh07_shizuishan_jikong_flatbed_seal_sign.pdf", f"{REAL}/{_ZH_SHIZUISHAN}.xlsx",
         flatbed(dpi=180, angles=(0.9,), quality=50, rows_fitted=True, cjk=True,
                 seals=((0, (0.7, 0.55), "石嘴山市疾病预防控制中心"),), sign=(0, (0.3, 0.85)),
                 seed=1807)),
    Scan("zh08_dongguan_zhanlanguan_shown_through.pdf", f"{REAL}/{_ZH_DONGGUAN}.html",
         worn(dpi=170, quality=50, effects=(faded,), through=True, angles=(0.6,),
              seals=((0, (0.65, 0.6), "东莞展览馆"),), seed=1808)),
    Scan("zh09_bozhou_zengyu_screen_photo.jpg", f"{REAL}/{_ZH_BOZHOU}.docx",
         worn(dpi=180, quality=60, effects=(), fmt="jpg", seed=1809, photo=screen_photo)),
    Scan("zh10_qingshan_jiaoyu_toner_saving.pdf", f"{REAL}/{_ZH_QINGSHAN}.xlsx",
         worn(dpi=180, quality=50, effects=(toner_saving,), angles=(-0.8,), rows_fitted=True,
              seals=((0, (0.6, 0.7), "青山区教育局"),), seed=1810)),
    Scan("zh11_putian_wenhua_blue_print.pdf", f"{REAL}/{_ZH_PUTIAN}.docx",
         worn(dpi=170, quality=50, effects=(blue_print,), angles=(1.0, -0.5), seed=1811)),
    Scan("zh12_tujing_xiang_night_photo.pdf", f"{REAL}/{_ZH_TUJING}.html",
         worn(dpi=170, quality=55, effects=(), angles=(-1.0,), seed=1812,
              seals=((0, (0.6, 0.5), "涂井乡人民政府"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
)

# Batch zi (7 December): built after batches zg's and zh's fixes, to read them on tables
# and builds they were not made on: real tables scanned once before, now as an office
# sends them (flatbed sealed and signed, a phone's photo, a feeder's grey TIFF, a scanning
# app, a chat's JPEG, black and white, a photocopy, a bowed sheet in a hand's shadow, a
# highlighter, a received stamp)
_ZI_NANYUE = "2018年南岳镇资产收益扶贫项目绩效目标申报表"
_ZI_SHICHANG = "2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）"
_ZI_ZAIJIUYE = "2021年再就业援助对象岗位补贴财政补差资金目标申报表"
_ZI_MAFENG = "20220301121655505(麻风病防治项目)"
_ZI_LUXIAN = "2024年县级部门整体支出绩效目标申报表（泸县文化广电旅游局）"
_ZI_LUAN = "六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表"
_ZI_XIANGYIN = "湘阴县教育局公办和普惠性民办幼儿园公用经费项目支出预算绩效目标申报表(2022年度)"
_ZI_TEKUN = "特困家庭再扶助（独生子女死亡再扶助）项目支出绩效目标申报表"
_ZI_NENGYUAN = "项目支出绩效自评表(能源安全检查及新能源项目推进经费)"
_ZI_HUANGGUOSHU = "黄果树镇人民政府2023年村干部报酬项目绩效评价报告"
UNSEEN_ZI: tuple[Scan, ...] = (
    Scan("zi01_nanyue_zichan_flatbed_seal_sign.pdf", f"{REAL}/{_ZI_NANYUE}.html",
         flatbed(dpi=160, angles=(0.7, -0.5), quality=50, cjk=True,
                 seals=((0, (0.65, 0.5), "南岳区南岳镇人民政府"),), sign=(0, (0.3, 0.8)),
                 seed=1901)),
    Scan("zi02_shichang_jianguan_phone.pdf", f"{REAL}/{_ZI_SHICHANG}.docx",
         phone_pages(dpi=160, quality=55, angles=(-1.3, 0.9), seed=1902,
                     seals=((0, (0.6, 0.6), "市场监督管理局"),))),
    Scan("zi03_zaijiuye_feeder_grey.tif", f"{REAL}/{_ZI_ZAIJIUYE}.xlsx",
         flatbed(dpi=180, angles=(1.0,), quality=50, grey=True, fmt="tif", rows_fitted=True,
                 cjk=True, seals=((0, (0.7, 0.5), "人力资源和社会保障局"),), seed=1903)),
    Scan("zi04_mafeng_phone_app.pdf", f"{REAL}/{_ZI_MAFENG}.html",
         phone_pages(dpi=170, quality=50, angles=(0.8,), app=True, seed=1904,
                     seals=((0, (0.6, 0.45), "疾病预防控制中心"),))),
    Scan("zi05_luxian_wenlv_chat.jpg", f"{REAL}/{_ZI_LUXIAN}.html",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(-0.8,), seed=1905,
              seals=((0, (0.6, 0.5), "泸县文化广电旅游局"),),
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zi06_luan_nongji_flatbed_bw.tif", f"{REAL}/{_ZI_LUAN}.html",
         flatbed(dpi=200, angles=(0.5, -0.7), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=1906)),
    Scan("zi07_xiangyin_youeryuan_photocopy.pdf", f"{REAL}/{_ZI_XIANGYIN}.html",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(-0.9,), grey=True,
              seals=((0, (0.65, 0.55), "湘阴县教育局"),), seed=1907)),
    Scan("zi08_tekun_phone_bow_shadow.pdf", f"{REAL}/{_ZI_TEKUN}.xlsx",
         phone_pages(dpi=160, quality=55, angles=(1.2,), bow=0.006, shadow=True,
                     rows_fitted=True, seals=((0, (0.6, 0.6), "卫生健康委员会"),), seed=1908)),
    Scan("zi09_nengyuan_highlighted.pdf", f"{REAL}/{_ZI_NENGYUAN}.docx",
         worn(dpi=170, quality=50, effects=(highlighted,), angles=(0.8,),
              seals=((0, (0.7, 0.4), "发展和改革局"),), seed=1909)),
    Scan("zi10_huangguoshu_received_stamp.pdf", f"{REAL}/{_ZI_HUANGGUOSHU}.docx",
         worn(dpi=170, quality=50, effects=(received_stamp,), angles=(-1.1, 0.6),
              seals=((0, (0.6, 0.65), "黄果树镇人民政府"),), seed=1910)),
)

# Batch zj (7 December): built after batch zi, another reading of this stop's fixes on
# tables and builds they were not made on: real tables scanned once before (traditional
# characters, web pages, a workbook, a 以工代赈 notice), now a phone's photos at an angle, a
# grey feeder sealed, a chat's JPEG, a scanning app, a flatbed sealed and signed, black and
# white, a photocopy, a night photo, a bowed sheet, a creased sheet
_ZJ_ZHONGZHI = "2018年中職學校國家助學金和免學費補助資金績效目標表"
_ZJ_YULU = "i3224710(雨露计划绩效目标申报表)"
_ZJ_XIANGMU = "news661681(項目年度績效目標)"
_ZJ_SONGCAI = "t20210621_9409865(项目支出绩效目标表2020-2021年度松材线虫病除治)"
_ZJ_DONGWU = "专项资金绩效目标表(重大动物疫病防控)"
_ZJ_JINGYAN = "井研縣2026年提前批中央財政以工代賑項目公示"
_ZJ_YILIAO = "医疗救助补助资金转移支付项目绩效目标自评表(2024年度)"
UNSEEN_ZJ: tuple[Scan, ...] = (
    Scan("zj01_zhongzhi_zhuxuejin_phone_angle.pdf", f"{REAL}/{_ZJ_ZHONGZHI}.xlsx",
         worn(dpi=180, quality=55, effects=(), angles=(1.4,), rows_fitted=True, seed=2001,
              seals=((0, (0.65, 0.55), "教育局"),), photo=photograph)),
    Scan("zj02_54556_feeder_grey_seal.tif", f"{REAL}/54556.html",
         flatbed(dpi=180, angles=(-0.9,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.5), "财政局"),), seed=2002)),
    Scan("zj03_657601_chat.jpg", f"{REAL}/657601.html",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(0.7,), seed=2003,
              seals=((0, (0.6, 0.45), "人民政府"),),
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zj04_article_133731_app.pdf", f"{REAL}/article-133731-63.html",
         phone_pages(dpi=170, quality=50, angles=(-0.9,), app=True, seed=2004,
                     seals=((0, (0.65, 0.5), "财政局"),))),
    Scan("zj05_yulu_flatbed_seal_sign.pdf", f"{REAL}/{_ZJ_YULU}.html",
         flatbed(dpi=160, angles=(0.6,), quality=50, cjk=True,
                 seals=((0, (0.6, 0.6), "扶贫开发办公室"),), sign=(0, (0.35, 0.85)), seed=2005)),
    Scan("zj06_xiangmu_niandu_bw.tif", f"{REAL}/{_ZJ_XIANGMU}.html",
         flatbed(dpi=200, angles=(-0.5,), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=2006)),
    Scan("zj07_songcai_photocopy.pdf", f"{REAL}/{_ZJ_SONGCAI}.html",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(0.9,), grey=True,
              seals=((0, (0.7, 0.5), "林业局"),), seed=2007)),
    Scan("zj08_dongwu_yibing_night.pdf", f"{REAL}/{_ZJ_DONGWU}.docx",
         worn(dpi=170, quality=55, effects=(), angles=(-1.0,), seed=2008,
              seals=((0, (0.6, 0.55), "农业农村局"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zj09_jingyan_yigong_phone_bow.pdf", f"{REAL}/{_ZJ_JINGYAN}.docx",
         phone_pages(dpi=160, quality=55, angles=(1.1, -0.8), bow=0.006, shadow=True,
                     seals=((0, (0.6, 0.6), "井研縣發展和改革局"),), seed=2009)),
    Scan("zj10_yiliao_jiuzhu_creased.pdf", f"{REAL}/{_ZJ_YILIAO}.html",
         worn(dpi=170, quality=50, effects=(creased,), angles=(0.8,),
              seals=((0, (0.65, 0.45), "医疗保障局"),), seed=2010)),
)

# Batch zk (7 December, stop 60): built after batch zj's fixes, to read them on tables and
# builds they were not made on: real tables scanned once before (a 评价表 of 长吉图, a
# 区域绩效自评表, a school's workbook, a 西青区 rent relief, a 共享工程 workbook, a 绩效目标表
# in traditional layout, a 扶贫 申报表, a 卫生院's 整体支出 自评表, a customs 评价表, a 残联
# report, a 灾备中心 report, a 食用菌 institute's 申报表), now a phone at an angle, a grey
# feeder sealed and signed, a workbook's pages photographed, a chat's JPEG, a photocopy,
# black and white, a scanning app, a creased and highlighted sheet, a night photo, faded
# toner with the back showing, a bowed sheet in a hand's shadow, a received stamp on a copy
_ZK_ZHANGJITU = "fzzl(长吉图发展战略专项经费绩效评价表)"
_ZK_PUHUI = "news368066(普惠金融发展专项资金区域绩效自评表)"
_ZK_MINGLANG = "临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表)"
_ZK_XIQING = "支持西青区国有企业疫情期间减免房租补贴绩效目标表"
_ZK_GONGXIANG = "2022年度共享工程项目自评表"
_ZK_MUBIAO = "t20250206_6819057(项目绩效目标表)"
_ZK_FUPIN = "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表"
_ZK_CANCHA = "蚕茶卫生院整体支出绩效自评表"
_ZK_DATONGGUAN = "dtg(大通关(电子监管)项目支出绩效评价表)"
_ZK_CANLIAN = "湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告"
_ZK_ZAIBEI = "市财政灾备中心建设_自评报告"
_ZK_SHIYONGJUN = "澧县食用菌研究所2021年度绩效目标公开(部门整体支出项目绩效目标申报表)"
UNSEEN_ZK: tuple[Scan, ...] = (
    Scan("zk01_zhangjitu_phone_angle.jpg", f"{REAL}/{_ZK_ZHANGJITU}.html",
         worn(dpi=170, quality=55, effects=(), fmt="jpg", angles=(-1.3,), seed=2101,
              seals=((0, (0.6, 0.5), "发展和改革委员会"),), photo=photograph)),
    Scan("zk02_puhui_feeder_grey_seal_sign.tif", f"{REAL}/{_ZK_PUHUI}.html",
         flatbed(dpi=180, angles=(0.7,), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.55, 0.55), "财政局"),), sign=(0, (0.3, 0.85)), seed=2102)),
    Scan("zk03_minglang_workbook_phone.pdf", f"{REAL}/{_ZK_MINGLANG}.xlsx",
         phone_pages(dpi=170, quality=50, angles=(-1.0,), rows_fitted=True, seed=2103,
                     seals=((0, (0.65, 0.5), "明朗中学"),))),
    Scan("zk04_xiqing_chat.jpg", f"{REAL}/{_ZK_XIQING}.html",
         worn(dpi=170, quality=60, effects=(), fmt="jpg", angles=(0.9,), seed=2104,
              seals=((0, (0.6, 0.55), "国有资产监督管理委员会"),),
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zk05_gongxiang_photocopy.pdf", f"{REAL}/{_ZK_GONGXIANG}.xlsx",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(-0.7,), grey=True,
              rows_fitted=True, seals=((0, (0.6, 0.5), "文化馆"),), seed=2105)),
    Scan("zk06_mubiao_bw.tif", f"{REAL}/{_ZK_MUBIAO}.html",
         flatbed(dpi=200, angles=(0.6,), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seals=((0, (0.65, 0.45), "财政局"),), seed=2106)),
    Scan("zk07_fupin_app.pdf", f"{REAL}/{_ZK_FUPIN}.docx",
         phone_pages(dpi=180, quality=50, angles=(1.2,), app=True, seed=2107,
                     seals=((0, (0.6, 0.6), "扶贫开发办公室"),))),
    Scan("zk08_cancha_creased_highlighted.pdf", f"{REAL}/{_ZK_CANCHA}.docx",
         worn(dpi=170, quality=50, effects=(creased, highlighted), angles=(-0.9,),
              seals=((0, (0.6, 0.5), "卫生院"),), seed=2108)),
    Scan("zk09_datongguan_night.pdf", f"{REAL}/{_ZK_DATONGGUAN}.html",
         worn(dpi=170, quality=55, effects=(), angles=(1.0,), seed=2109,
              seals=((0, (0.6, 0.55), "商务局"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zk10_canlian_faded_through.pdf", f"{REAL}/{_ZK_CANLIAN}.html",
         worn(dpi=170, quality=50, effects=(faded,), angles=(0.5,), through=True,
              seals=((0, (0.6, 0.5), "残疾人联合会"),), seed=2110)),
    Scan("zk11_zaibei_phone_bow.pdf", f"{REAL}/{_ZK_ZAIBEI}.docx",
         phone_pages(dpi=160, quality=55, angles=(0.9, -1.2), bow=0.008, shadow=True,
                     seals=((0, (0.6, 0.6), "财政局"),), seed=2111)),
    Scan("zk12_shiyongjun_copy_received.pdf", f"{REAL}/{_ZK_SHIYONGJUN}.html",
         worn(dpi=170, quality=50, effects=(photocopied, received_stamp), angles=(-0.6,),
              grey=True, seals=((0, (0.65, 0.5), "食用菌研究所"),), seed=2112)),
)

# Batch zl (7 December, stop 60): built after batch zk's fixes, read once to measure them on
# tables and builds they were not made on: real tables scanned once before (a 服务贸易
# 自评表, 拆违经费, a 消防 批复, a school's 绩效目标表, 大英's 转移支付 自评, a 标准化 report,
# a workbook, a 外事 评价表, 疫情疫病, a 下立交 budget page), every page of each photographed
# or scanned (a chat's forward of two photos as the PDF a phone makes of them)
_ZL_FUWU = "12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表"
_ZL_CHAIWEI = "上海市普陀区城市管理行政执法局2026年度部门预算公开(拆违经费)"
_ZL_XIAOFANG = "关于库房消防设备改造安装工程项目绩效目标的批复"
_ZL_ERSHIYI = "宁夏银川市二十一小2019年项目支出预算绩效目标表"
_ZL_DAYING = "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示"
_ZL_BIAOZHUN = "2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)"
_ZL_FILE = "file_2023120414310206"
_ZL_WAISHI = "wscgxm(外事出国项目专项经费绩效评价表)"
_ZL_YIQING = "yqyb(疫情疫病项目支出绩效评价表)"
_ZL_LANXI = "上海市普陀区建设和管理委员会2026年度部门预算公开(兰溪路-真南路下立交工程)"
UNSEEN_ZL: tuple[Scan, ...] = (
    Scan("zl01_fuwu_maoyi_flatbed_seal.pdf", f"{REAL}/{_ZL_FUWU}.docx",
         flatbed(dpi=180, angles=(0.8, -0.5), quality=50, cjk=True,
                 seals=((0, (0.6, 0.6), "商务局"),), seed=2201)),
    Scan("zl02_chaiwei_phone.pdf", f"{REAL}/{_ZL_CHAIWEI}.docx",
         worn(dpi=170, quality=55, effects=(), angles=(1.2, -0.7), seed=2202,
              photo=photograph)),
    Scan("zl03_xiaofang_pdf_grey_feeder.tif", f"{REAL}/{_ZL_XIAOFANG}.pdf",
         flatbed(dpi=180, angles=(-0.8, 0.6), quality=50, grey=True, fmt="tif",
                 seals=((0, (0.6, 0.55), "财政局"),), seed=2203)),
    Scan("zl04_ershiyi_photocopy_signed.pdf", f"{REAL}/{_ZL_ERSHIYI}.docx",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(0.6, -0.9), grey=True,
              sign=(0, (0.4, 0.85)), seed=2204)),
    Scan("zl05_daying_app.pdf", f"{REAL}/{_ZL_DAYING}.html",
         phone_pages(dpi=170, quality=50, angles=(-1.1, 0.7, 0.9), app=True, seed=2205,
                     seals=((0, (0.6, 0.5), "民政局"),))),
    Scan("zl06_biaozhun_bw.tif", f"{REAL}/{_ZL_BIAOZHUN}.html",
         flatbed(dpi=200, angles=(0.5, -0.4), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=2206)),
    Scan("zl07_file_workbook_night.pdf", f"{REAL}/{_ZL_FILE}.xlsx",
         worn(dpi=170, quality=55, effects=(), angles=(-0.9,), rows_fitted=True, seed=2207,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zl08_waishi_creased.pdf", f"{REAL}/{_ZL_WAISHI}.html",
         worn(dpi=170, quality=50, effects=(creased,), angles=(0.7, -0.6),
              seals=((0, (0.55, 0.6), "外事办公室"),), seed=2208)),
    Scan("zl09_yiqing_faded.pdf", f"{REAL}/{_ZL_YIQING}.html",
         worn(dpi=170, quality=50, effects=(faded,), angles=(-0.5, 0.8, -0.3), seed=2209)),
    Scan("zl10_lanxi_chat.pdf", f"{REAL}/{_ZL_LANXI}.docx",
         worn(dpi=170, quality=60, effects=(), angles=(0.9, -0.6), seed=2210,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
)

# Batch zm (7 December, stop 61): built after batch zl's fix, read once before any fix of
# this stop: real tables scanned once before (a 自评 page, 一品街道's budget, three
# 评价表 of one port's bureau, a 部门整体 自评表, an evaluation workbook, 临时救助, 鄂州's
# 科协 report, 霍山's 实施情况表, a special school's workbook, a river's 绩效目标表), in ways
# each table was not: a sleeve's glare, a sealed and signed grey feeder, shaded rows, a
# bowed sheet in a hand's shadow, a watermark, toner saving, tinted paper, black and white,
# a sticky note, a scanning app, an oblique photo, a thumb on the sheet
_ZM_NEWS = "news672170"
_ZM_YIPIN = "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开"
_ZM_DBJS = "dbjs(提升口岸核心能力达标建设专项经费支出绩效评价表)"
_ZM_SYSDX = "sysdx(实验室大型修缮经费绩效评价表)"
_ZM_ZHENGTI = "部门整体绩效自评表"
_ZM_FK = "fk(反恐经费支出绩效评价表)"
_ZM_ZHIBIAO = "部门整体支出绩效评价指标表"
_ZM_LINSHI = "(临时救助)绩效目标自评表"
_ZM_EZHOU = "鄂州市科學技術協會(本級)績效評價報告"
_ZM_HUOSHAN = "【实施前情况】霍山县下符桥镇2023年扶贫项目实施情况表"
_ZM_TEXIAO = "湘西州特校2023年项目支出绩效目标表"
_ZM_SHUCHENG = "舒城县舒茶镇清水河治理工程中央预算内投资计划绩效目标表(2023年度)"

UNSEEN_ZM: tuple[Scan, ...] = (
    Scan("zm01_news_sleeve_glare.jpg", f"{REAL}/{_ZM_NEWS}.html",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(1.1,), seed=2301,
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("zm02_yipin_feeder_grey_seal_sign.tif", f"{REAL}/{_ZM_YIPIN}.html",
         flatbed(dpi=180, angles=(-0.9, 0.6), quality=50, grey=True, fmt="tif", cjk=True,
                 seals=((0, (0.6, 0.5), "一品街道办事处"),), sign=(1, (0.3, 0.8)), seed=2302)),
    Scan("zm03_dbjs_shaded_rows.pdf", f"{REAL}/{_ZM_DBJS}.html",
         worn(dpi=170, quality=50, effects=(shaded_rows,), angles=(0.8, -0.6, 0.5),
              seals=((0, (0.6, 0.55), "出入境检验检疫局"),), seed=2303)),
    Scan("zm04_sysdx_phone_bow_shadow.pdf", f"{REAL}/{_ZM_SYSDX}.html",
         phone_pages(dpi=160, quality=55, angles=(1.0, -0.8, 0.7), bow=0.008, shadow=True,
                     seed=2304)),
    Scan("zm05_zhengti_watermarked.pdf", f"{REAL}/{_ZM_ZHENGTI}.docx",
         worn(dpi=180, quality=50, effects=(watermarked,), angles=(-0.7, 0.9, -0.4), grey=True,
              seals=((0, (0.6, 0.6), "财政局"),), seed=2305)),
    Scan("zm06_fk_toner_saving.pdf", f"{REAL}/{_ZM_FK}.html",
         worn(dpi=180, quality=50, effects=(toner_saving,), angles=(0.6, -1.0, 0.8), seed=2306)),
    Scan("zm07_zhibiao_workbook_tinted.pdf", f"{REAL}/{_ZM_ZHIBIAO}.xlsx",
         worn(dpi=190, quality=50, effects=(tinted((236, 244, 226)),), angles=(-0.8,),
              rows_fitted=True, seals=((0, (0.65, 0.4), "财政局"),), seed=2307)),
    Scan("zm08_linshi_bw.tif", f"{REAL}/{_ZM_LINSHI}.html",
         flatbed(dpi=200, angles=(0.7, -0.5), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=2308)),
    Scan("zm09_ezhou_sticky_note.pdf", f"{REAL}/{_ZM_EZHOU}.html",
         worn(dpi=180, quality=50, effects=(sticky_note,), angles=(1.2, -0.6),
              seals=((0, (0.6, 0.55), "科学技术协会"),), seed=2309)),
    Scan("zm10_huoshan_app.pdf", f"{REAL}/{_ZM_HUOSHAN}.html",
         phone_pages(dpi=170, quality=50, angles=(-0.9, 1.1), app=True, seed=2310,
                     seals=((0, (0.6, 0.5), "下符桥镇人民政府"),))),
    Scan("zm11_texiao_workbook_oblique.jpg", f"{REAL}/{_ZM_TEXIAO}.xlsx",
         worn(dpi=190, quality=55, effects=(), fmt="jpg", rows_fitted=True, seed=2311,
              photo=oblique)),
    Scan("zm12_shucheng_thumb.jpg", f"{REAL}/{_ZM_SHUCHENG}.docx",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(-1.1,), seed=2312,
              seals=((0, (0.6, 0.55), "舒茶镇人民政府"),),
              photo=lambda p, rng: thumb(photograph(p, rng), rng))),
)

# Batch zn (7 December, stop 61): built after batch zm's fixes, read once to measure them on
# tables and builds they were not made on: real tables scanned before (a 食品药品 评价指标表,
# a village's 种养 workbook, 隆阳's 化肥 自评, a 交通费 评价表, a county's 专项 自评表, a
# school's 公用经费, a 市场监管 转移支付 自评表, a 科技 评价表, 麻风病防治, a 疾控 批复
# workbook, 慈溪's 重大政策, a kindergarten's 房租补贴), each in a way it was not
_ZN_SHIPIN = "2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表"
_ZN_HEXI = "张庄寨镇河西村特色种养补贴到户项目绩效目标自评表(2023年度)"
_ZN_LONGYANG = "隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评"
_ZN_JIAOTONG = "zxjtf(专项交通费绩效评价表)"
_ZN_XIANJI = "2020年度县级专项资金绩效目标自评表"
_ZN_CHUZHONG = "银川市本级部门项目支出绩效自评表(2021年)初中公用经费"
_ZN_SHICHANG = "2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）"
_ZN_KEJI = "kjzx(科技专项经费支出绩效评价表)"
_ZN_MAFENG = "20220301121655505(麻风病防治项目)"
_ZN_JIKONG = "石嘴山市疾病预防控制中心2020年项目绩效目标批复表"
_ZN_CIXI = "2023年慈溪市重大政策和项目绩效目标情况"
_ZN_FANGZU = "抗疫特别国债项目绩效目标表（2020年非营利性民办园房租补贴）"

UNSEEN_ZN: tuple[Scan, ...] = (
    Scan("zn01_shipin_phone_seal.pdf", f"{REAL}/{_ZN_SHIPIN}.html",
         worn(dpi=170, quality=55, effects=(), angles=(-1.0, 0.8), seed=2401,
              seals=((0, (0.6, 0.5), "食品药品监督管理局"),), photo=photograph)),
    Scan("zn02_hexi_workbook_feeder_grey.tif", f"{REAL}/{_ZN_HEXI}.xlsx",
         flatbed(dpi=190, angles=(0.7,), quality=50, grey=True, fmt="tif", rows_fitted=True,
                 seals=((0, (0.65, 0.55), "张庄寨镇人民政府"),), seed=2402)),
    Scan("zn03_longyang_photocopy_signed.pdf", f"{REAL}/{_ZN_LONGYANG}.html",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(0.8, -0.6), grey=True,
              sign=(1, (0.35, 0.8)), seed=2403)),
    Scan("zn04_jiaotong_app.pdf", f"{REAL}/{_ZN_JIAOTONG}.html",
         phone_pages(dpi=170, quality=50, angles=(1.0, -0.7, 0.6), app=True, seed=2404,
                     seals=((0, (0.6, 0.55), "出入境检验检疫局"),))),
    Scan("zn05_xianji_bw.tif", f"{REAL}/{_ZN_XIANJI}.docx",
         flatbed(dpi=200, angles=(-0.6, 0.5), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=2405)),
    Scan("zn06_chuzhong_night.pdf", f"{REAL}/{_ZN_CHUZHONG}.docx",
         worn(dpi=170, quality=55, effects=(), angles=(0.9, -1.1), seed=2406,
              seals=((0, (0.6, 0.5), "第二十中学"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zn07_shichang_creased_annotated.pdf", f"{REAL}/{_ZN_SHICHANG}.docx",
         worn(dpi=170, quality=50, effects=(creased, annotated), angles=(-0.8, 0.7),
              seals=((0, (0.6, 0.6), "市场监督管理局"),), seed=2407)),
    Scan("zn08_keji_faded.pdf", f"{REAL}/{_ZN_KEJI}.html",
         worn(dpi=170, quality=50, effects=(faded,), angles=(0.6, -0.9, 0.4), seed=2408)),
    Scan("zn09_mafeng_chat.pdf", f"{REAL}/{_ZN_MAFENG}.html",
         worn(dpi=170, quality=60, effects=(), angles=(-0.9, 0.8), seed=2409,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zn10_jikong_workbook_phone.pdf", f"{REAL}/{_ZN_JIKONG}.xlsx",
         phone_pages(dpi=170, quality=50, angles=(1.1,), rows_fitted=True, seed=2410,
                     seals=((0, (0.6, 0.5), "疾病预防控制中心"),))),
    Scan("zn11_cixi_punched_grey.pdf", f"{REAL}/{_ZN_CIXI}.docx",
         worn(dpi=170, quality=50, effects=(punched,), angles=(-1.2,), grey=True,
              seals=((0, (0.6, 0.55), "慈溪市财政局"),), seed=2411)),
    Scan("zn12_fangzu_recycled.pdf", f"{REAL}/{_ZN_FANGZU}.docx",
         worn(dpi=180, quality=50, effects=(recycled,), angles=(0.9,), seed=2412,
              sign=(0, (0.35, 0.85)))),
)

# Batch zo (7 December, stop 62): built after batch zn's fixes, read once to measure them:
# two real tables no scan had been made from (甘其毛都's 决算 自评表, 汉阴's 农机 notice:
# the other tables never scanned are prose, blank forms or cut pages) and ten scanned once
# before, each in a way it was not (a 春节慰问 自评表, a 卫片执法 自评表 in traditional
# characters, 镇江's museum workbook, 祁东's 疾控 整体 table, a 林业 区域 申报表,
# 宣州's 傷殘軍人 table, 休宁's 展陈 自评表, 旺苍's 基本药物 自评表, 百色's 教育
# workbook, 安溪's 水利 workbook)
_ZO_GANQI = ("2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告"
             "(项目支出绩效自评表)")
_ZO_WEIWEN = "2022年度项目支出绩效自评表(春节走访慰问经费)"
_ZO_HANYIN = ("Content-2121892(汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)"
              "补助经费预算的通知)")
_ZO_WEIPIAN = "2020年省級自然資源衛片執法補助經費支出績效自評表"
_ZO_ZHENJIANG = "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开"
_ZO_QIDONG = "i3532884(祁东县疾病预防控制中心2024年部门整体支出绩效目标表)"
_ZO_LINYE = "t20210623_130060(2021年林业生态保护恢复资金区域绩效目标申报表)"
_ZO_XUANZHOU = "二等乙級以上傷殘軍人醫療費(宣州區醫療保障局項目支出績效目標表)"
_ZO_XIUNING = "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目"
_ZO_WANGCANG = "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表(2021年度)"
_ZO_BAISE = "百色市教育局2024年度预算项目绩效目标公开表"
_ZO_ANXI = "安溪县下达2022年省级第七批水利专项资金的通知"

UNSEEN_ZO: tuple[Scan, ...] = (
    Scan("zo01_weipian_photocopy_seal.pdf", f"{REAL}/{_ZO_WEIPIAN}.docx",
         worn(dpi=170, quality=50, effects=(photocopied,), angles=(0.7,), grey=True,
              seals=((0, (0.6, 0.5), "自然資源局"),), seed=2501)),
    Scan("zo02_zhenjiang_workbook_feeder_grey.tif", f"{REAL}/{_ZO_ZHENJIANG}.xlsx",
         flatbed(dpi=190, angles=(-0.8,), quality=50, grey=True, fmt="tif", rows_fitted=True,
                 seals=((0, (0.6, 0.55), "镇江博物馆"),), seed=2502)),
    Scan("zo03_qidong_phone_seal.pdf", f"{REAL}/{_ZO_QIDONG}.html",
         worn(dpi=170, quality=55, effects=(), angles=(1.0, -0.7), seed=2503,
              seals=((0, (0.6, 0.5), "疾病预防控制中心"),), photo=photograph)),
    Scan("zo04_linye_bw.tif", f"{REAL}/{_ZO_LINYE}.html",
         flatbed(dpi=200, angles=(0.6, -0.5), quality=50, bilevel=True, fmt="tif", cjk=True,
                 seed=2504)),
    Scan("zo05_ganqi_faded.pdf", f"{REAL}/{_ZO_GANQI}.docx",
         worn(dpi=170, quality=50, effects=(faded,), angles=(-0.9, 0.6), seed=2505)),
    Scan("zo06_weiwen_app.pdf", f"{REAL}/{_ZO_WEIWEN}.html",
         phone_pages(dpi=170, quality=50, angles=(0.9, -0.8), app=True, seed=2506,
                     seals=((0, (0.6, 0.55), "民政局"),))),
    Scan("zo07_xuanzhou_creased_annotated.pdf", f"{REAL}/{_ZO_XUANZHOU}.html",
         worn(dpi=170, quality=50, effects=(creased, annotated), angles=(-0.7, 0.8),
              seals=((0, (0.6, 0.6), "醫療保障局"),), seed=2507)),
    Scan("zo08_xiuning_night.pdf", f"{REAL}/{_ZO_XIUNING}.docx",
         worn(dpi=170, quality=55, effects=(), angles=(0.8, -0.6), seed=2508,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zo09_wangcang_recycled_signed.pdf", f"{REAL}/{_ZO_WANGCANG}.docx",
         worn(dpi=180, quality=50, effects=(recycled,), angles=(-1.0,), seed=2509,
              sign=(0, (0.35, 0.85)))),
    Scan("zo10_hanyin_punched_grey.pdf", f"{REAL}/{_ZO_HANYIN}.html",
         worn(dpi=170, quality=50, effects=(punched,), angles=(1.1, -0.7), grey=True,
              seals=((1, (0.6, 0.5), "汉阴县财政局"),), seed=2510)),
    Scan("zo11_baise_workbook_chat.pdf", f"{REAL}/{_ZO_BAISE}.xlsx",
         worn(dpi=180, quality=60, effects=(), angles=(-0.8,), rows_fitted=True, seed=2511,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zo12_anxi_workbook_shaded_rows.pdf", f"{REAL}/{_ZO_ANXI}.xlsx",
         worn(dpi=190, quality=50, effects=(shaded_rows,), angles=(0.8,), rows_fitted=True,
              seals=((0, (0.6, 0.55), "安溪县财政局"),), seed=2512)),
)

# Batch zp (7 December, stop 62): built after batch zo's fixes, read once to measure them:
# twelve real tables scanned once before, each in a way it was not (a web 自评表, 汉阴's
# 普惠金融 notice, 黄石's 监控表, a 2022 自评表, a 电影 transfer workbook, 兵团's 乡村振兴
# notice, a 区级 自评表, 洛浦's 面食产业园 公示, 海南's 会展 notice, 石狮's 看守所 自评,
# 章贡's 林业 公示, a 2021 申报表 workbook)
_ZP_WEB = "7c4bdd8f71aa4f119d9f59eca6022d80"
_ZP_HANYIN = "Content-2392921(汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知)"
_ZP_HUANGSHI = "t20190821_663302(黄石市项目支出绩效监控表)"
_ZP_ZIPING = "t20221108_506320(项目支出绩效自评表)"
_ZP_DIANYING = "中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表(2025年度)"
_ZP_BINGTUAN = "关于下达2021年兵团本级财政衔接推进乡村振兴补助资金预算指标的通知"
_ZP_QUJI = "区级部门预算项目支出绩效自评表"
_ZP_LUOPU = "洛浦县特色面食产业园及附属配套建设项目公示"
_ZP_HAINAN = "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知"
_ZP_SHISHI = "石狮市公安局看守所2022年专项资金绩效自评报告及自评表"
_ZP_ZHANGGONG = "章贡区2019年林业有害生防治项目立项依据、实施主体、预算安排及绩效目标情况公示"
_ZP_2021 = "财政支出绩效目标申报表(2021年度)"

UNSEEN_ZP: tuple[Scan, ...] = (
    Scan("zp01_web_glare.pdf", f"{REAL}/{_ZP_WEB}.html",
         worn(dpi=180, quality=55, effects=(), angles=(1.0, -0.8), seed=2601,
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("zp02_hanyin_watermarked_grey.pdf", f"{REAL}/{_ZP_HANYIN}.html",
         worn(dpi=180, quality=50, effects=(watermarked,), angles=(-0.7, 0.6), grey=True,
              seals=((1, (0.6, 0.55), "汉阴县财政局"),), seed=2602)),
    Scan("zp03_huangshi_toner_saving.pdf", f"{REAL}/{_ZP_HUANGSHI}.html",
         worn(dpi=180, quality=50, effects=(toner_saving,), angles=(0.8, -0.9), seed=2603)),
    Scan("zp04_ziping_sticky_note.pdf", f"{REAL}/{_ZP_ZIPING}.html",
         worn(dpi=180, quality=50, effects=(sticky_note,), angles=(-1.0, 0.7),
              seals=((0, (0.6, 0.5), "财政局"),), seed=2604)),
    Scan("zp05_dianying_workbook_oblique.jpg", f"{REAL}/{_ZP_DIANYING}.xlsx",
         worn(dpi=190, quality=55, effects=(), fmt="jpg", rows_fitted=True, seed=2605,
              photo=oblique)),
    Scan("zp06_bingtuan_thumb.jpg", f"{REAL}/{_ZP_BINGTUAN}.docx",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(0.9,), seed=2606,
              seals=((0, (0.6, 0.55), "兵团财政局"),),
              photo=lambda p, rng: thumb(photograph(p, rng), rng))),
    Scan("zp07_quji_received_stamp.pdf", f"{REAL}/{_ZP_QUJI}.html",
         worn(dpi=190, quality=50, effects=(received_stamp,), angles=(0.6, -0.8), seed=2607)),
    Scan("zp08_luopu_halftone_rows_grey.pdf", f"{REAL}/{_ZP_LUOPU}.docx",
         worn(dpi=200, quality=55, effects=(halftone_rows,), angles=(-0.8,), grey=True,
              seed=2608)),
    Scan("zp09_hainan_coffee_ring.pdf", f"{REAL}/{_ZP_HAINAN}.docx",
         worn(dpi=180, quality=50, effects=(coffee_ring,), angles=(0.7, -0.6),
              seals=((0, (0.6, 0.5), "海南省财政厅"),), seed=2609)),
    Scan("zp10_shishi_app.pdf", f"{REAL}/{_ZP_SHISHI}.html",
         phone_pages(dpi=170, quality=50, angles=(-0.9, 1.0), app=True, seed=2610,
                     seals=((1, (0.6, 0.5), "看守所"),))),
    Scan("zp11_zhanggong_lid_open_grey.pdf", f"{REAL}/{_ZP_ZHANGGONG}.docx",
         worn(dpi=170, quality=50, effects=(lid_open,), angles=(1.1,), grey=True, seed=2611)),
    Scan("zp12_2021_workbook_paper_clip.jpg", f"{REAL}/{_ZP_2021}.xlsx",
         worn(dpi=180, quality=55, effects=(paper_clip,), fmt="jpg", rows_fitted=True,
              seed=2612, seals=((0, (0.6, 0.55), "财政局"),))),
)

# Batch zq, built after zp's fixes: twelve real tables scanned once before, each in a way
# it was not (a fax, a crumpled sheet photographed, a page shown through from its back in
# grey, a dog-eared corner under a violet seal, a night photo, a workbook highlighted on
# recycled paper, a screen photographed, a chat's forward of a three-page table, a
# traditional-character table creased and annotated, a bled print, a tinted sheet
# sharpened, a banded copier on recycled paper)
_ZQ_CHANGJIANG = "2020年度长江禁捕项目自评表(渔业成品油价格改革补贴)"
_ZQ_XIANGYANG = "2021年度财政项目绩效自评表（襄阳市中心医院 东津院区建设补助）"
_ZQ_ANXI = "2025年安溪县中央财政动物强制免疫补助资金分配表及绩效目标表"
_ZQ_WUYISHAN = "2026年度武夷山市省级宣传文化事业发展专项资金安排表及绩效目标表"
_ZQ_WANSHENG = ("万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动"
                "项目资金预算的通知")
_ZQ_NANJIANG = "南江县2024年省级财政林业草原专项资金(第一批)分配表及区域绩效目标表"
_ZQ_YEXIAN = "叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示"
_ZQ_JYQ = "jyq(检疫犬经费支出绩效评价表)"
_ZQ_ZHONGLIECI = "2020年忠烈祠免費開放經費236.25萬整體支出績效自評表"
_ZQ_2019 = "2019年预算项目绩效目标"
_ZQ_TIYU = "上海市普陀区体育事业管理中心2022年度项目自评价"
_ZQ_ARTICLE = "article-159286-40"

UNSEEN_ZQ: tuple[Scan, ...] = (
    Scan("zq01_changjiang_fax.tif", f"{REAL}/{_ZQ_CHANGJIANG}.pdf",
         fax(header="2021-03-02 15:17  FROM: 0716-8123456", seed=2701, angle=-0.7)),
    Scan("zq02_xiangyang_crumpled_photo.jpg", f"{REAL}/{_ZQ_XIANGYANG}.pdf",
         worn(dpi=180, quality=55, effects=(crumpled,), fmt="jpg", angles=(0.8,), seed=2702,
              seals=((0, (0.6, 0.6), "襄阳市中心医院"),), photo=photograph)),
    Scan("zq03_anxi_shown_through_grey.pdf", f"{REAL}/{_ZQ_ANXI}.pdf",
         worn(dpi=180, quality=50, effects=(), through=True, angles=(-0.9, 0.7), grey=True,
              seals=((1, (0.6, 0.5), "安溪县财政局"),), seed=2703)),
    Scan("zq04_wuyishan_dog_eared_violet.pdf", f"{REAL}/{_ZQ_WUYISHAN}.docx",
         worn(dpi=180, quality=50, effects=(dog_eared("tr", 0.1),
                                            purple_seal("武夷山市财政局", (0.6, 0.55))),
              angles=(0.7, -0.8), seed=2704)),
    Scan("zq05_wansheng_night.jpg", f"{REAL}/{_ZQ_WANSHENG}.docx",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(-1.0,), seed=2705,
              seals=((0, (0.6, 0.55), "万盛经开区财政局"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zq06_nanjiang_workbook_highlighted_recycled.pdf", f"{REAL}/{_ZQ_NANJIANG}.xlsx",
         worn(dpi=180, quality=50, effects=(highlighted, recycled), angles=(0.6, -0.7, 0.9),
              rows_fitted=True, seed=2706)),
    Scan("zq07_yexian_screen_photo.jpg", f"{REAL}/{_ZQ_YEXIAN}.docx",
         worn(dpi=180, quality=60, effects=(), fmt="jpg", seed=2707, photo=screen_photo)),
    Scan("zq08_jyq_forwarded.pdf", f"{REAL}/{_ZQ_JYQ}.html",
         worn(dpi=180, quality=55, effects=(), angles=(0.9, -0.6, 0.5), seed=2708,
              photo=lambda p, rng: forwarded(photograph(p, rng), rng))),
    Scan("zq09_zhongliechi_creased_annotated.pdf", f"{REAL}/{_ZQ_ZHONGLIECI}.html",
         worn(dpi=180, quality=50, effects=(creased, annotated), angles=(-0.8, 0.6),
              seals=((0, (0.6, 0.5), "忠烈祠"),), seed=2709)),
    Scan("zq10_2019_bled.pdf", f"{REAL}/{_ZQ_2019}.docx",
         worn(dpi=190, quality=50, effects=(bled,), angles=(1.0,),
              seals=((0, (0.6, 0.6), "民政局"),), seed=2710)),
    Scan("zq11_tiyu_tinted_sharpened.pdf", f"{REAL}/{_ZQ_TIYU}.docx",
         worn(dpi=180, quality=50, effects=(tinted((236, 244, 210)), sharpened),
              angles=(-0.6,), seed=2711)),
    Scan("zq12_article_banded_recycled_grey.pdf", f"{REAL}/{_ZQ_ARTICLE}.html",
         worn(dpi=180, quality=50, effects=(banded, recycled), angles=(0.9, -0.7), grey=True,
              seed=2712)),
)

# Batch zr, built after zq's fixes: twelve real tables scanned once before, each in a way
# it was not (a phone's photos in the hand's shadow, a grey copy faded, a sheet punched and
# annotated, an oblique photo, a print shown through from its back, a photocopy in
# traditional characters, a fax, glare on a phone photo, a workbook in toner saving, a
# scanning app in grey, a screen photographed, a crumpled sheet photographed)
_ZR_CHENGAN = "成安县民政局2020年度预算项目绩效自评表"
_ZR_CHANGJI = "昌吉職業技術學院項目情況公告公示"
_ZR_YIQING = "疫情期间区域病媒防治环境卫生清洁等费用绩效目标表"
_ZR_XIUYU = "秀屿区下达2025年省级第七批水利专项资金的通知"
_ZR_LVHUA = "绿化养护经费"
_ZR_HENGYANG = "衡陽市社會福利院2025年度部門預算公開"
_ZR_12350 = "财政项目支出绩效目标审批表(12350安全生产举报奖及安全生产专项督查等工作经费)"
_ZR_SUINING = "遂宁市2022年省级财政中医药发展专项补助资金分配表及区域绩效目标表"
_ZR_DINGSHAN = "重庆市江津区鼎山街道办事处2021年重点项目绩效目标表"
_ZR_JINZHAI = "金寨县司法局2024年“法治宣传经费、法治建设经费”项目支出绩效目标申报表"
_ZR_FUBIAO = "附表1：2021年中央财政专项扶贫资金绩效表"
_ZR_BIAO3 = "项目支出绩效目标表3"

UNSEEN_ZR: tuple[Scan, ...] = (
    Scan("zr01_chengan_phone_shadow.pdf", f"{REAL}/{_ZR_CHENGAN}.html",
         phone_pages(dpi=170, quality=50, angles=(0.8, -1.1), shadow=True, seed=2801,
                     seals=((0, (0.6, 0.6), "成安县民政局"),))),
    Scan("zr02_changji_faded_grey.pdf", f"{REAL}/{_ZR_CHANGJI}.docx",
         worn(dpi=180, quality=50, effects=(faded,), angles=(-0.7, 0.9), grey=True,
              seed=2802)),
    Scan("zr03_yiqing_punched_annotated.pdf", f"{REAL}/{_ZR_YIQING}.docx",
         worn(dpi=180, quality=50, effects=(punched, annotated), angles=(0.9,),
              seals=((0, (0.6, 0.55), "卫生健康局"),), seed=2803)),
    Scan("zr04_xiuyu_oblique.jpg", f"{REAL}/{_ZR_XIUYU}.docx",
         worn(dpi=190, quality=55, effects=(), fmt="jpg", seed=2804, photo=oblique)),
    Scan("zr05_lvhua_shown_through.pdf", f"{REAL}/{_ZR_LVHUA}.docx",
         worn(dpi=180, quality=50, effects=(), through=True, angles=(-0.8, 0.6),
              seals=((0, (0.6, 0.6), "园林局"),), seed=2805)),
    Scan("zr06_hengyang_photocopied.pdf", f"{REAL}/{_ZR_HENGYANG}.html",
         worn(dpi=180, quality=50, effects=(photocopied,), angles=(0.7, -0.9), seed=2806)),
    Scan("zr07_12350_fax.tif", f"{REAL}/{_ZR_12350}.html",
         fax(header="2019-04-11 10:05  FROM: 0591-8765432", seed=2807, angle=0.9)),
    Scan("zr08_suining_glare.jpg", f"{REAL}/{_ZR_SUINING}.docx",
         worn(dpi=180, quality=55, effects=(), fmt="jpg", angles=(-0.9,), seed=2808,
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("zr09_dingshan_workbook_toner_saving.pdf", f"{REAL}/{_ZR_DINGSHAN}.xlsx",
         worn(dpi=180, quality=50, effects=(toner_saving,), angles=(0.8, -0.6),
              rows_fitted=True, seed=2809)),
    Scan("zr10_jinzhai_app_grey.pdf", f"{REAL}/{_ZR_JINZHAI}.html",
         phone_pages(dpi=170, quality=50, angles=(1.0, -0.7), app=True, grey=True, seed=2810,
                     seals=((0, (0.6, 0.5), "金寨县司法局"),))),
    Scan("zr11_fubiao_screen_photo.jpg", f"{REAL}/{_ZR_FUBIAO}.xlsx",
         worn(dpi=180, quality=60, effects=(), fmt="jpg", rows_fitted=True, seed=2811,
              photo=screen_photo)),
    Scan("zr12_biao3_crumpled_photo.jpg", f"{REAL}/{_ZR_BIAO3}.docx",
         worn(dpi=180, quality=55, effects=(crumpled,), fmt="jpg", angles=(-0.6,), seed=2812,
              photo=photograph)),
)

# Batch zs, built after zr's fixes: twelve real tables scanned once before, each in a way
# it was not (a creased sheet under a seal, a crumpled sheet photographed, a fax, a
# workbook on a screen photographed, an oblique photo, a photocopy punched, a night photo,
# a print in toner saving shown through, glare, a faded grey copy annotated, a workbook
# bled on tinted paper, a scanning app in grey)
_ZS_SHUILI = "附件：2020年省级财政水利发展资金绩效目标表"
_ZS_NANHUA = "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目绩效自评表"
_ZS_ANXI = "2025年安溪县中央财政动物强制免疫补助资金分配表及绩效目标表"
_ZS_DEHUA = "德化县2025年老年助餐省级补助资金分配表及区域绩效目标表"
_ZS_GUANGSHUI = "广水市交通运输局2021年度乡村道路项目自评表"
_ZS_JYZX = "jyzx(检验检疫专项业务费绩效评价表)"
_ZS_FUKANG = "阜康市统计局国家统计局调查队专项经费项目支出绩效自评表(2023年度)"
_ZS_NONGQIAO = "2018年农桥建设专项资金绩效目标申报表"
_ZS_TIANJIAAN = "就业补助资金绩效自评表(2024年度田家庵区)"
_ZS_RENDA = "2016年度区人大代表之家项目支出绩效自评报告"
_ZS_LONGYAN = "龙岩市下达2023年民族发展专项资金的通知（附专项转移支付绩效目标表）"
_ZS_NANCHONG = "部门预算项目支出绩效自评表(2023年度)-退耕还林工程建设专项工作经费(南充市林业局)"

UNSEEN_ZS: tuple[Scan, ...] = (
    Scan("zs01_shuili_creased_sealed.pdf", f"{REAL}/{_ZS_SHUILI}.docx",
         worn(dpi=180, quality=50, effects=(creased,), angles=(0.8, -0.6),
              seals=((0, (0.6, 0.55), "水利厅"),), seed=2901)),
    Scan("zs02_nanhua_crumpled_photo.pdf", f"{REAL}/{_ZS_NANHUA}.pdf",
         worn(dpi=180, quality=55, effects=(crumpled,), angles=(-0.7,), seed=2902,
              photo=photograph)),
    Scan("zs03_anxi_fax.tif", f"{REAL}/{_ZS_ANXI}.docx",
         fax(header="2025-05-20 09:41  FROM: 0595-2301234", seed=2903, angle=0.6)),
    Scan("zs04_dehua_screen_photo.pdf", f"{REAL}/{_ZS_DEHUA}.xlsx",
         worn(dpi=180, quality=60, effects=(), rows_fitted=True, seed=2904,
              photo=screen_photo)),
    Scan("zs05_guangshui_oblique.pdf", f"{REAL}/{_ZS_GUANGSHUI}.docx",
         worn(dpi=190, quality=55, effects=(), seed=2905, photo=oblique)),
    Scan("zs06_jyzx_photocopied_punched.pdf", f"{REAL}/{_ZS_JYZX}.html",
         worn(dpi=180, quality=50, effects=(photocopied, punched), angles=(-0.9, 0.7),
              seed=2906)),
    Scan("zs07_fukang_night.pdf", f"{REAL}/{_ZS_FUKANG}.html",
         worn(dpi=180, quality=55, effects=(), angles=(0.9,), seed=2907,
              seals=((0, (0.6, 0.55), "阜康市统计局"),),
              photo=lambda p, rng: night(photograph(p, rng), rng))),
    Scan("zs08_nongqiao_toner_saving_through.pdf", f"{REAL}/{_ZS_NONGQIAO}.docx",
         worn(dpi=180, quality=50, effects=(toner_saving,), through=True, angles=(-0.6, 0.8),
              seed=2908)),
    Scan("zs09_tianjiaan_glare.pdf", f"{REAL}/{_ZS_TIANJIAAN}.html",
         worn(dpi=180, quality=55, effects=(), angles=(0.7,), seed=2909,
              photo=lambda p, rng: glare(photograph(p, rng), rng))),
    Scan("zs10_renda_faded_grey_annotated.pdf", f"{REAL}/{_ZS_RENDA}.html",
         worn(dpi=180, quality=50, effects=(faded, annotated), angles=(-0.8, 0.6), grey=True,
              seed=2910)),
    Scan("zs11_longyan_workbook_bled_tinted.pdf", f"{REAL}/{_ZS_LONGYAN}.xlsx",
         worn(dpi=190, quality=50, effects=(tinted((244, 236, 214)), bled), angles=(0.6,),
              rows_fitted=True, seed=2911)),
    Scan("zs12_nanchong_app_grey.pdf", f"{REAL}/{_ZS_NANCHONG}.html",
         phone_pages(dpi=170, quality=50, angles=(-0.8, 0.9), app=True, grey=True, seed=2912,
                     seals=((0, (0.6, 0.5), "南充市林业局"),))),
)

BATCHES = {"ab": UNSEEN, "c": UNSEEN_C, "d": UNSEEN_D, "e": UNSEEN_E, "f": UNSEEN_F,
           "g": UNSEEN_G, "h": UNSEEN_H, "i": UNSEEN_I, "j": UNSEEN_J,
           "k": UNSEEN_K, "l": UNSEEN_L, "m": UNSEEN_M,
           "n": UNSEEN_N, "o": UNSEEN_O, "p": UNSEEN_P, "q": UNSEEN_Q,
           "r": UNSEEN_R, "s": UNSEEN_S, "t": UNSEEN_T, "u": UNSEEN_U, "v": UNSEEN_V,
           "w": UNSEEN_W, "x": UNSEEN_X, "y": UNSEEN_Y, "z": UNSEEN_Z,
           "za": UNSEEN_ZA, "zb": UNSEEN_ZB, "zc": UNSEEN_ZC, "zd": UNSEEN_ZD, "ze": UNSEEN_ZE,
           "zf": UNSEEN_ZF, "zg": UNSEEN_ZG,
           "zh": UNSEEN_ZH, "zi": UNSEEN_ZI, "zj": UNSEEN_ZJ, "zk": UNSEEN_ZK,
           "zl": UNSEEN_ZL, "zm": UNSEEN_ZM, "zn": UNSEEN_ZN,
           "zo": UNSEEN_ZO, "zp": UNSEEN_ZP, "zq": UNSEEN_ZQ,
           "zr": UNSEEN_ZR, "zs": UNSEEN_ZS}


def built_as(batch: tuple[Scan, ...], name: str, path: str) -> Scan:
    """The unseen scan `name` of `batch`, built as there, as the sample at `path`."""
    [scan] = [s for s in batch if s.path == name]
    return Scan(path, scan.source, scan.build)


# ... and two samples from batch f, each the slip it met (built as there):
SCANS += (
    built_as(UNSEEN_F, "f08_bingtuan_notice_grey_tif.tif", "scans/real_feeder_letter_spaced.tif"),
    built_as(UNSEEN_F, "f09_tianjin_fenwu_phone_seal_sign.jpg",
             "scans/real_phone_lost_numeral.jpg"),
    # ... and one from batch h: black and white (its sealed build lost a header border too)
    Scan("scans/real_bw_feeder.tif",
         f"{REAL}/2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.docx",
         flatbed(dpi=200, angles=(1.6, -0.4), quality=50, fmt="tif", bilevel=True, seed=134)),
)

# ... and four from batch q: a scan made searchable by a scanner's OCR; a phone's photos
# of a two-page 自评表 (the sheet bowed; atop page two the rest of a row a page break
# split, its borders' loose ends no longer level); a landscape 自评表 through a feeder
# sideways, its second page upside down; and a 批复表 through a scanning app's filter (its
# seal grey, a character of it read at the end of a value: 2207共 for 220)
SCANS += (
    Scan("scans/real_phone_pages_bowed.pdf", f"{REAL}/2023年福彩中心绩效项目支出自评表.html",
         phone_pages(dpi=170, quality=40, angles=(1.4, -0.9), bow=0.01,
                     sign=(0, (0.5, 0.9)), seed=253)),
    Scan("scans/real_feeder_sideways.tif", f"{REAL}/宁德市地震局2020年部门整体支出绩效自评表.docx",
         flatbed(dpi=150, angles=(-1.3, 0.9), quality=40, grey=True, fmt="tif", cjk=True,
                 quarters=(1, 2), seals=((0, (0.5, 0.5), "宁德市地震局"),), seed=265)),
    Scan("scans/real_searchable_scan.pdf",
         f"{REAL}/坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf",
         searchable(dpi=150, angle=0.8, quality=45, seals=((0.45, 0.12), "坝塘镇人民政府"))),
    Scan("scans/real_app_filter_seal.pdf",
         f"{REAL}/中共黄石市委党校2022年度项目支出绩效目标批复表（主体班）.xlsx",
         phone_pages(dpi=190, quality=45, angles=(1.1,), bow=0.007, app=True,
                     rows_fitted=True, seals=((0, (0.7, 0.6), "中共黄石市委党校"),), seed=262)),
)

# ... and two from batch r (built as there): a two-page 自评表 printed with too little
# toner (pale, streaked), scanned grey, sealed; and a 自评表 photocopied from a copy (strokes
# thickened, the seal as dark as print, specks, the lid's edge), punched and stapled
SCANS += (
    built_as(UNSEEN_R, "r01_nanhua_faded_toner.pdf", "scans/real_faded_toner.pdf"),
    built_as(UNSEEN_R, "r13_fuwu_maoyi_copy_punched.pdf", "scans/real_copy_of_copy.pdf"),
)

# ... and three from batch s: a 骑缝章 across each page's edge; two pages printed on one
# sheet (built as there); a night photo under a warm lamp (the first and the last at 150
# dpi, JPEG 40, to stay small)
SCANS += (
    Scan("scans/real_riding_seal.pdf",
         f"{REAL}/中江县水利局2022年财政衔接资金实施项目绩效自评表.pdf",
         worn(dpi=150, quality=40, effects=(), angles=(-0.8, 1.0), grey=True,
              seals=((0, (0.995, 0.5), "中江县水利局"), (1, (0.995, 0.5), "中江县水利局"),
                     (1, (0.6, 0.7), "中江县水利局")), seed=305)),
    built_as(UNSEEN_S, "s12_batang_two_up.pdf", "scans/real_two_up.pdf"),
    Scan("scans/real_night_photo.pdf",
         f"{REAL}/阳泉市四好农村路三个一号旅游路工作经费项目支出绩效目标申报表.docx",
         worn(dpi=150, quality=40, effects=(), angles=(1.1, -0.6), seed=301,
              photo=lambda p, rng: night(photograph(p, rng), rng))),
)


# ... and two from batch t: a seal from a purple ink pad (at JPEG 38, to stay
# small), and a page printed in a printer's toner-saving mode (built as there)
SCANS += (
    Scan("scans/real_violet_seal.pdf", f"{REAL}/金寨经济开发区2021年度项目支出绩效目标申报表.docx",
         worn(dpi=200, quality=38, effects=(purple_seal("金寨经济开发区财政局", (0.65, 0.6)),),
              angles=(0.8, -0.5), seed=401)),
    built_as(UNSEEN_T, "t06_liuan_nongye_toner_saving.pdf", "scans/real_toner_saving.pdf"),
    # ... and a sticky note stuck over the table's top corner on each page (t09's build,
    # at 160 dpi to stay small): atop page two it hides the frame's corner, where a row a
    # page break split goes on with its outer columns' tops hidden
    Scan("scans/real_sticky_note.pdf", f"{REAL}/市级文物保护专项经费绩效自评表(2022年度).docx",
         worn(dpi=160, quality=40, effects=(sticky_note,), angles=(0.7,),
              seals=((0, (0.6, 0.6), "文物局"),), seed=409)),
    # ... and a page photographed in two photos that overlap (batch x's x01, as built
    # there): the rows at the join read once
    built_as(UNSEEN_X, "x01_nanxian_overlapping_photos.pdf", "scans/real_overlapping_photos.pdf"),
)


# ... and five from batch u (built as there): a feeder's streaks down the picture, dark and
# white; a table printed with dotted borders, and one with dashed borders; figures typed
# in blue, and in red (two of them under the seal: red on red, lost)
SCANS += (
    built_as(UNSEEN_U, "u06_kangyi_streaks_dark_and_white.pdf", "scans/real_feeder_streaks.pdf"),
    built_as(UNSEEN_U, "u07_shengdengshan_dotted_borders.pdf", "scans/real_dotted_borders.pdf"),
    built_as(UNSEEN_U, "u08_huangshan_gongan_dashed_borders_grey.pdf",
             "scans/real_dashed_borders.pdf"),
    built_as(UNSEEN_U, "u11_gaobiao_blue_figures.pdf", "scans/real_blue_figures.pdf"),
    built_as(UNSEEN_U, "u12_wupao_red_figures.pdf", "scans/real_red_figures.pdf"),
)


def pasted_in_word(build: Callable[[Path, Path], None], caption: str, *, pdf: bool = False,
                   quality: int = 60) -> Callable[[Path, Path], None]:
    """What a clerk sends who has only the stamped paper: its scan or photo (`build`'s
    pages) pasted into a Word file under a typed caption, a page's picture each, A4 with
    2 cm margins, 16 cm wide; the .docx itself, or (`pdf`) printed to PDF by LibreOffice,
    each picture page with the caption's text layer on it (`pasted_as`, batch v's, pastes
    the other ways clerks do)."""
    return pasted_as(build, caption, pdf=pdf, quality=quality)


def scanned_pages(build: Callable[[Path, Path], None], source: Path, work: Path
                  ) -> list[Image.Image]:
    """`build`'s pages (built as a multi-page TIFF under `work`), in colour."""
    scan = work / "scan.tif"
    build(source, scan)
    out = []
    with Image.open(scan) as im:
        for n in range(getattr(im, "n_frames", 1)):
            im.seek(n)
            out.append(im.convert("RGB"))
    return out


# ... and pages 4 and 5 of the seed's tables printed with no border drawn, scanned: rows and
# columns found from where the text stands, as in the text PDF (`pdf.aligned`)
SCANS += (
    Scan("scans/borderless_pages_4_5.tif", "pdf_variants/borderless.pdf", seed_pages,
         projects=3),
)


# ... and a screenshot of a table open in Word, sent instead of the file (at a screen's 96
# dpi: text under 15 px high)
SCANS += (
    Scan("scans/real_screenshot.png", f"{REAL}/2021年吕梁山护工培训绩效自评表.docx", screenshot()),
)

def published(build: Callable[[Path, Path], None], header: str) -> Callable[[Path, Path], None]:
    """A scan as a government site publishes it: a text line typed over each page's top by
    the publishing system, and the page's number at its foot (a Word file of those lines
    printed by LibreOffice, laid over the scan's pages by qpdf)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    from samples.pdf_variants import qpdf

    def build_published(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-published-") as tmp:
            scan = Path(tmp) / "scan.pdf"
            build(source, scan)
            pages = len(pdfium.PdfDocument(scan))
            document = docx.Document()
            section = document.sections[0]
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            section.top_margin, section.bottom_margin = Cm(0.8), Cm(0.8)
            for n in range(1, pages + 1):
                top = document.add_paragraph()
                top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                top.add_run(header).font.size = Pt(9)
                for _ in range(46):
                    document.add_paragraph().paragraph_format.space_after = Pt(0)
                foot = document.add_paragraph()
                foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
                foot.add_run(f"第 {n} 页 共 {pages} 页").font.size = Pt(9)
                if n < pages:
                    foot.add_run().add_break(WD_BREAK.PAGE)
            lines = Path(tmp) / "lines.docx"
            document.save(lines)
            convert(lines, Path(tmp) / "lines.pdf", "pdf")
            qpdf(str(scan), "--overlay", str(Path(tmp) / "lines.pdf"), "--to=1-z",
                 "--from=1-z", "--", str(target))
    return build_published


# ... and a scan published with a line of text typed over each page by the publishing
# system: its pages have a text layer, but the table is a picture
SCANS += (
    Scan("scans/real_published_scan.pdf",
         f"{REAL}/2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.docx",
         published(worn(dpi=150, quality=40, effects=(), angles=(0.6, -0.7), grey=True,
                        seals=((0, (0.65, 0.55), "马鹿坑国有林场"),), seed=603),
                   "政府信息公开  索引号：11532500015123456X/2024-00031")),
)

def outlined(source: Path, target: Path) -> None:
    """The text PDF with its fonts turned into outlines (Ghostscript's -dNoOutputFonts),
    as a designer's export or a print driver's "fonts as curves" writes it: the page
    looks the same, and has no text."""
    gs = shutil.which("gs")
    if gs is None:
        raise RuntimeError("Ghostscript is not installed (apt-get install ghostscript)")
    subprocess.run([gs, "-q", "-o", str(target), "-sDEVICE=pdfwrite", "-dNoOutputFonts",
                    str(source)], check=True, capture_output=True, timeout=300)


# ... and a text PDF whose fonts were turned into outlines: no text layer, no picture
SCANS += (
    Scan("scans/text_as_outlines.pdf",
         f"{REAL}/疫情期间区域病媒防治环境卫生清洁等费用绩效目标表.pdf", outlined),
)

def as_ofd(build: Callable[[Path, Path], None], quality: int = 50
           ) -> Callable[[Path, Path], None]:
    """`build`'s pages saved as an OFD, as a scanner's or an archive system's OFD button
    saves a scan: each page one ImageObject over the whole page (A4, or A4 landscape),
    its JPEG a MultiMedia resource of the document."""
    from samples.archives_and_ofd import NS, write_ofd

    def build_ofd(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-ofd-") as tmp:
            pages = scanned_pages(build, source, Path(tmp))
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        parts: dict[str, str | bytes] = {
            "OFD.xml": (
                f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
                "<ofd:DocInfo><ofd:DocID>5e1a0c3f2b4d4e6f8a9b0c1d2e3f4a5b</ofd:DocID>"
                "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                "</ofd:OFD>")}
        media, page_list = [], []
        for i, page in enumerate(pages):
            w, h = (297.0, 210.0) if page.width > page.height else (210.0, 297.0)
            data = io.BytesIO()
            page.save(data, "JPEG", quality=quality)
            parts[f"Doc_0/Res/image_{i}.jpg"] = data.getvalue()
            media.append(f'<ofd:MultiMedia ID="{10 + i}" Type="Image" Format="JPEG">'
                         f"<ofd:MediaFile>image_{i}.jpg</ofd:MediaFile></ofd:MultiMedia>")
            page_list.append(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>')
            parts[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
                f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Area><ofd:PhysicalBox>0 0 {w:g} {h:g}'
                '</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="2">'
                f'<ofd:ImageObject ID="{200 + i}" Boundary="0 0 {w:g} {h:g}" '
                f'CTM="{w:g} 0 0 {h:g} 0 0" ResourceID="{10 + i}"/>'
                "</ofd:Layer></ofd:Content></ofd:Page>")
        parts["Doc_0/Document.xml"] = (
            f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
            "<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
            "</ofd:PhysicalBox></ofd:PageArea><ofd:DocumentRes>DocumentRes.xml"
            f"</ofd:DocumentRes></ofd:CommonData><ofd:Pages>{''.join(page_list)}</ofd:Pages>"
            "</ofd:Document>")
        parts["Doc_0/DocumentRes.xml"] = (
            f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>'
            f"{''.join(media)}</ofd:MultiMedias></ofd:Res>")
        write_ofd(target, parts)
    return build_ofd


def pasted_in_excel(build: Callable[[Path, Path], None], caption: str, quality: int = 50
                    ) -> Callable[[Path, Path], None]:
    """`build`'s pages pasted onto a sheet of a workbook under a caption typed in A1, one
    below the other (openpyxl places each picture at a cell)."""
    from openpyxl.drawing.image import Image as SheetImage

    def paste(source: Path, target: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="jixiao-excel-") as tmp:
            pages = scanned_pages(build, source, Path(tmp))
            book = openpyxl.Workbook()
            sheet = book.active
            sheet["A1"] = caption
            row = 3
            for i, page in enumerate(pages):
                jpg = Path(tmp) / f"page_{i}.jpg"
                page.save(jpg, "JPEG", quality=quality)
                picture = SheetImage(str(jpg))
                picture.width, picture.height = 600, round(600 * page.height / page.width)
                sheet.add_image(picture, f"A{row}")
                row += picture.height // 20 + 2  # rows of 20 px
            book.save(target)
    return paste


# ... and a scan pasted onto a sheet of a workbook under a typed caption
SCANS += (
    Scan("scans/real_scan_pasted_in_excel.xlsx",
         f"{REAL}/2021年度财政项目绩效自评表（襄阳市中心医院 东津院区建设补助）.docx",
         pasted_in_excel(worn(dpi=150, quality=50, effects=(), angles=(-0.7, 0.6), grey=True,
                              fmt="tif", seals=((0, (0.6, 0.6), "襄阳市中心医院"),), seed=605),
                         "附件：项目绩效自评表（盖章扫描件）", quality=45)),
)

# ... and a scan saved as OFD (a scanner's OFD button): each page a picture
SCANS += (
    Scan("scans/real_scan_as_ofd.ofd",
         f"{REAL}/宣城市地震局2021年度防震减灾项目支出绩效自评表.docx",
         as_ofd(worn(dpi=150, quality=50, effects=(), angles=(0.6, -0.8), grey=True,
                     fmt="tif", seals=((0, (0.6, 0.65), "宣城市地震局"),), seed=604),
                quality=45)),
)

# ... and two of a table scanned, then pasted into Word under a typed caption: the .docx
# (two pages' scans), and one printed to PDF (a phone's photo under its caption's text)
SCANS += (
    Scan("scans/real_scan_pasted_in_word.docx",
         f"{REAL}/2022年度项目支出绩效自评表(昌龙鸿运).docx",
         pasted_in_word(worn(dpi=150, quality=50, effects=(), angles=(0.7, -0.9), grey=True,
                             fmt="tif", seals=((0, (0.6, 0.6), "昌龙鸿运"),), seed=601),
                        "附件2：项目支出绩效自评表（盖章扫描件）", quality=45)),
    Scan("scans/real_photo_pasted_in_word.pdf", f"{REAL}/2021年吕梁山护工培训绩效自评表.docx",
         pasted_in_word(worn(dpi=150, quality=50, effects=(), angles=(-0.8,), fmt="tif",
                             seed=602, photo=photograph),
                        "附件：2021年吕梁山护工培训绩效自评表（盖章）", pdf=True, quality=45)),
)


def build_unseen(out: Path, only: list[str], batch: str = "ab") -> None:
    import json

    scans = BATCHES[batch]
    out.mkdir(parents=True, exist_ok=True)
    for scan in scans:
        if not only or scan.path in only:
            scan.build(SAMPLES / scan.source, out / scan.path)
            print(f"{scan.path}: {(out / scan.path).stat().st_size // 1024} KB")
    index = {s.path: s.source for s in scans}
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


# ... and one from batch zc (built as there): a row alone atop the next page like the one at
# the foot of the page before, not two photos' overlap (its other slips are held by unit
# tests: their scans are over the samples' 300 KB)
SCANS += (
    built_as(UNSEEN_ZC, "zc09_hubei_gongcheng_flatbed_seal.pdf",
             "scans/real_row_alone_atop_page.pdf"),
)

# ... and two from batch zm (built as there): a lamp's glare through a sleeve paling a
# column of names to a seal's grey; a thumb on the sheet, and a figure read on blank paper
# after a goal's full stop
SCANS += (
    built_as(UNSEEN_ZM, "zm01_news_sleeve_glare.jpg", "scans/real_sleeve_glare.jpg"),
    built_as(UNSEEN_ZM, "zm12_shucheng_thumb.jpg", "scans/real_thumb_on_sheet.jpg"),
)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--unseen"] and len(argv) > 1:
        rest = argv[2:]
        batch = "ab"
        if rest[:1] == ["--batch"] and len(rest) > 1:
            batch, rest = rest[1], rest[2:]
        build_unseen(Path(argv[1]), rest, batch)
        return 0
    OUT.mkdir(exist_ok=True)
    for scan in SCANS:
        if argv and scan.path not in argv:
            continue
        target = SAMPLES / scan.path
        scan.build(SAMPLES / scan.source, target)
        print(f"{scan.path}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
