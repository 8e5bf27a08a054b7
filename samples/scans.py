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

Rebuild with `python samples/scans.py` (deterministic: every random choice is seeded).
The files are small on purpose (grey or JPEG, 150 to 200 dpi): CI reads them by OCR on two
cores.
"""

from __future__ import annotations

import io
import math
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
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


def printed(source: Path, dpi: int = DPI) -> list[Image.Image]:
    """Every page of the source as printed: a PDF's own pages, a Word or Excel file's
    through LibreOffice."""
    if source.suffix.lower() == ".pdf":
        return [render(source, i, dpi) for i in range(len(pdfium.PdfDocument(source)))]
    with tempfile.TemporaryDirectory(prefix="jixiao-scans-") as tmp:
        pdf = Path(tmp) / "printed.pdf"
        convert(source, pdf, "pdf")
        doc = pdfium.PdfDocument(pdf)
        try:
            return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
                    for i in range(len(doc))]
        finally:
            doc.close()


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


def seal(page: Image.Image, centre: tuple[float, float], text: str) -> Image.Image:
    """A round red seal (印章): ring, star and the unit's name along the top."""
    w, _ = page.size
    r = int(w * 0.11)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    cx, cy = int(centre[0] * page.size[0]), int(centre[1] * page.size[1])
    red = (225, 50, 45)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(r // 14, 3))
    star = [(cx + r * 0.3 * math.cos(math.radians(-90 + k * 144)),
             cy + r * 0.3 * math.sin(math.radians(-90 + k * 144))) for k in range(5)]
    d.polygon(star, fill=red)
    font = cjk_font(max(r // 4, 10))
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


def main(argv: list[str]) -> int:
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
