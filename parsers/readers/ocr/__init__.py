"""ocr: scanned and photographed submissions, read by OCR into the same grid as a text PDF.

Pages without a usable text layer (a whole scan, the scanned pages of a mixed PDF, a
text layer of unmappable glyphs or of a caption over a pasted scan, text turned into
outlines), image files (.jpg, .png, .tif, .webp, .bmp, .gif, JPEG 2000, a phone's .heic),
an OFD scan's pictures, and the pictures of a Word file or a workbook that has no table
are read as images:

    page_images     a PDF page rendered (pypdfium2) at the resolution the model reads
                    best; an image file's frames (Pillow), a phone photo scaled down
    read_image      each image turned upright by quarter turns (`orient`), made fit to
                    read and read into glyphs and ruling lines (`scan`: `image`, `lines`,
                    `engine`, `correct`)
    page chain      the PDF reader's own steps from there (`pdf.blocks`): tables with
                    merges, paragraphs, tables continued over a page break
    attach          each table cell read by OCR keeps its `Recognised` (raw text,
                    confidence, page and box, corrections) on `Cell.ocr`
    headers         what only a whole cell or row can correct: a level name's lost
                    character, a level header's lost numeral

The engine is the optional extra `ocr` (RapidOCR's PP-OCR model on ONNX Runtime, OpenCV);
without it a scan is refused with a reason that names it (`MISSING`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from collections.abc import Generator, Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Block, Recognised, SourceDocument, Table
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.ocr.headers import whole_cells
from jixiao.parsers.readers.ocr.joins import overlaps_dropped
from jixiao.parsers.records import DocumentRecord

if TYPE_CHECKING:
    import numpy as np
    import pypdfium2
    from PIL.Image import Image as PILImage

    from jixiao.parsers.readers.ocr.scan import ScannedPage
    from jixiao.parsers.readers.pdf.page import Picture

EXTRA = "pip install 'jixiao[ocr]'"
MISSING = (
    "{what}: jixiao reads scans only with its OCR extra, which is not installed here "
    f"(`{EXTRA}`); install it, or ask the unit for the Word or text PDF file"
)
NEEDS = ("cv2", "onnxruntime", "rapidocr")
DPI = 200  # a PDF page rendered at this resolution: 10.5 pt text is ~30 px high
MAX_SIDE = 2400  # px: a larger photo is scaled down (the model reads lines at 48 px)
# px: a smaller picture is scaled up to this long side (an A4 page at 150 dpi), as a PDF's
# scanned page is rendered at DPI whatever its picture's own resolution: a screenshot or
# a chat app's photo at 96-110 dpi draws 10.5 pt text under 15 px high, where a border's
# line and a character's stroke are a pixel wide alike
MIN_SIDE = 1754
# pt: a page whose box is longer than this (an A3 sheet's long side, and a fifth more) is
# no sheet of paper but a picture placed a pixel to the point (a photo-to-PDF app, a
# scanner's driver that writes no resolution: a 600 dpi A4 scan is then a 119 × 84 cm
# page).  Rendered at DPI it would be some 60 megapixels, half a minute of geometry before
# a character is read, its text ten times the height the model reads; it is read as an
# image file is (MAX_SIDE on its long side, fitted to A4).
PICTURE_PAGE = 1.2 * 420 / 25.4 * 72
SQUARE_ENOUGH = 0.05  # resolutions across and down this close are one (square pixels)
# A scan of this many pages or more says each page as it is read (logged at INFO on this
# module's logger; ingest's workers print it on stderr), so that a long run shows it moves.
PROGRESS_PAGES = 2
log = logging.getLogger(__name__)


def available() -> bool:
    """True when the OCR extra is installed."""
    return all(importlib.util.find_spec(m) is not None for m in NEEDS)


def require(what: str) -> None:
    if not available():
        raise UnreadableFile(MISSING.format(what=what))


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    """An image file (a multi-page TIFF or GIF: each frame a page) read as pages of a scan."""
    require("the file is an image (a scan or a photo)")
    from jixiao.parsers.readers.ocr.scan import read_image

    pages = []
    total = frame_count(path)
    for number, bgr in enumerate(image_frames(path, limits), 1):
        started = time.monotonic()
        deadline = started + limits.max_scan_page_seconds
        pages.append(read_image(bgr, number, scale=None, deadline=deadline))
        progress(path.name, number, total, time.monotonic() - started)
    return document(pages, fmt="image")


def progress(name: str, number: int, total: int, seconds: float) -> None:
    """A line for a page read, on a scan of PROGRESS_PAGES pages or more."""
    if total >= PROGRESS_PAGES:
        log.info("ocr        %s: page %d of %d read (%.1f s)", name, number, total, seconds)


def document(pages: list[ScannedPage], *, fmt: str) -> SourceDocument:
    """Scanned pages through the PDF reader's page chain into a `SourceDocument`."""
    from jixiao.parsers.readers.pdf.blocks import (
        Item,
        carried_columns,
        drop_running_lines,
        page_items,
        to_blocks,
    )

    items: list[list[Item]] = []
    carry: list[float] | None = None
    for p in pages:
        items.append(page_items(p.content, carry))
        carry = carried_columns(items[-1])
    blocks = to_blocks(drop_running_lines(items))
    attach(blocks, [c for p in pages for c in p.cells], [line for p in pages for line in p.lines])
    blocks, warnings = overlaps_dropped(blocks)
    return SourceDocument(blocks=blocks, format=fmt, pages=len(pages), warnings=warnings,
                          readings=[line for p in pages for line in p.lines])


def scan_pages(path: Path, numbers: list[int], limits: Limits = LIMITS, *,
               typed_over: Mapping[int, Picture | None] | None = None) -> list[ScannedPage]:
    """The PDF's pages `numbers` (1-based) rendered and read by OCR.  A page in
    `typed_over` (a scan with a caption, a header or a watermark typed over it) is
    rendered without its typed text, and where it names a picture (a scan pasted under a
    caption), that picture alone, read as an image file is."""
    require(f"page(s) {', '.join(map(str, numbers))} of the PDF are scans without text")
    import pypdfium2

    from jixiao.parsers.readers.ocr.scan import read_image

    over = typed_over or {}
    out = []
    doc = pypdfium2.PdfDocument(path)
    try:
        for number in numbers:
            started = time.monotonic()
            deadline = started + limits.max_scan_page_seconds
            bgr, scale = page_image(doc, number, over)
            out.append(read_image(bgr, number, scale=scale, deadline=deadline))
            progress(path.name, len(out), len(numbers), time.monotonic() - started)
    finally:
        doc.close()
    return out


def page_image(doc: pypdfium2.PdfDocument, number: int,
               typed_over: Mapping[int, Picture | None]) -> tuple[np.ndarray, float | None]:
    """Page `number` (from 1) as OCR reads it, BGR, and its scale in points per pixel
    (None: a picture's, fitted to A4 as an image file's is): rendered at DPI, without
    its typed text where it is `typed_over`, or that page's picture alone; a page far
    larger than a sheet (`PICTURE_PAGE`) as a picture."""
    page = doc[number - 1]
    if number in typed_over:
        without_text(page)
        picture = typed_over[number]
        if picture is not None:
            return render_picture(page, picture), None
    long = max(page.get_size())
    if long > PICTURE_PAGE:
        return render_page(page, MAX_SIDE / long), None
    return render_page(page), 72 / DPI


def without_text(page: pypdfium2.PdfPage) -> None:
    """Take the page's text objects away (in memory), so that it renders as the scan
    under them (inside a form XObject too, where pdfium lets them go)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    for obj in list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=8)):
        try:
            page.remove_obj(obj)
        except pypdfium2.PdfiumError:
            continue  # pdfium would not let it go: left drawn


def render_page(page: pypdfium2.PdfPage, scale: float = DPI / 72) -> np.ndarray:
    """The page rendered at `scale` pixels a point (DPI), as BGR."""
    bitmap = page.render(scale=scale, grayscale=False)
    return bitmap.to_numpy()[:, :, :3].copy()  # pdfium's BGR(x) order


def render_picture(page: pypdfium2.PdfPage, picture: Picture) -> np.ndarray:
    """The part of the page a picture covers, at the picture's own resolution (at least
    MIN_SIDE and at most MAX_SIDE on its long side; at DPI where its size is not known),
    as BGR."""
    width, height = page.get_size()
    across, down = picture.x1 - picture.x0, picture.bottom - picture.top
    scale = (picture.width / across if picture.width and across > 0 else DPI / 72)
    long = max(across, down, 1.0)
    scale = min(max(scale, MIN_SIDE / long), MAX_SIDE / long)
    crop = (max(picture.x0, 0), max(height - picture.bottom, 0),
            max(width - picture.x1, 0), max(picture.top, 0))
    bitmap = page.render(scale=scale, crop=crop, grayscale=False)
    return bitmap.to_numpy()[:, :, :3].copy()


def heif_opener() -> None:
    """Let Pillow open HEIF, the format an iPhone saves photos in (.heic): pillow-heif, a
    plug-in of the OCR extra, registered once."""
    try:
        import pillow_heif
    except ImportError:
        return  # `image_frames` names the extra when such a file comes
    pillow_heif.register_heif_opener()


# -- pictures in a Word file or a workbook ----------------------------------------------------

# A picture this large or larger is a page (a scan or photo pasted into Word); smaller ones
# are a logo, an emblem, a signature's image.  In pixels, the short side and the long.
PAGE_PICTURE = (500, 700)
PICTURES_WITHOUT_OCR = (
    "the file has no table but {n} picture(s) the size of a page (a scan or photo pasted "
    f"in), which jixiao reads only with its OCR extra (`{EXTRA}`)"
)


def page_pictures(pictures: list[bytes]) -> list[bytes]:
    """The pictures that can be pages: scans or photos (a format `image_frames` reads) at
    least PAGE_PICTURE in size; a drawing (EMF, WMF) or a logo is not."""
    from PIL import Image, UnidentifiedImageError

    from jixiao.parsers.readers.detect import is_scanned_image

    heif_opener()
    out = []
    for data in pictures:
        if not is_scanned_image(data[:64]):
            continue
        try:
            with Image.open(BytesIO(data)) as im:
                short, long = sorted(im.size)
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            continue  # not readable as a page: left as the Word file left it
        if short >= PAGE_PICTURE[0] and long >= PAGE_PICTURE[1]:
            out.append(data)
    return out


def read_pictures(src: SourceDocument, pictures: list[tuple[int, bytes]], name: str,
                  limits: Limits = LIMITS) -> None:
    """A Word file's or a workbook's pictures that can be pages (`page_pictures`; each with
    the index of the block that holds it) read as the pages of one scan, page by page in
    order; their tables and lines go into `src` after the block of the first of them."""
    pages_pictures = page_pictures([data for _, data in pictures])
    if not pages_pictures:
        return
    if not available():
        src.warnings.append(PICTURES_WITHOUT_OCR.format(n=len(pages_pictures)))
        return
    kept = set(map(id, pages_pictures))
    at = min(i for i, data in pictures if id(data) in kept)
    pages = [p for p in read_picture_pages(dict(enumerate(pages_pictures, 1)), name, limits)
             if holds_table(p)]
    if not pages:
        return  # photos in a report (a site, a meeting): no table, left as they were
    scanned = document(pages, fmt=src.format)
    src.blocks[at + 1 : at + 1] = scanned.blocks
    src.pages = len(pages_pictures)
    src.readings += scanned.readings


# Ruling lines a picture pasted among typed text must show to be read as a table's page:
# two rows of two cells have six (a photo of a building site, pasted into a report, has
# few or none, and its readings would be noise among the report's paragraphs).
TABLE_RULES = 6


def holds_table(page: ScannedPage) -> bool:
    """The page read from a picture shows a table's ruling lines (TABLE_RULES)."""
    return len(page.content.segments) >= TABLE_RULES


def read_picture_pages(pictures: Mapping[int, bytes], name: str, limits: Limits = LIMITS
                       ) -> list[ScannedPage]:
    """Pictures of pages (page number → the picture's bytes), each read as an image file
    is, in order."""
    from jixiao.parsers.readers.ocr.scan import read_image

    pages = []
    for done, (number, data) in enumerate(sorted(pictures.items()), 1):
        started = time.monotonic()
        deadline = started + limits.max_scan_page_seconds
        pages.append(read_image(first_frame(data, limits), number, scale=None,
                                deadline=deadline))
        progress(name, done, len(pictures), time.monotonic() - started)
    return pages


def first_frame(data: bytes, limits: Limits = LIMITS) -> np.ndarray:
    """A picture's (first) image as a BGR array, as `image_frames` gives it."""
    frames = image_frames(BytesIO(data), limits)
    try:
        return next(frames)
    except StopIteration:
        raise UnreadableFile("the picture holds no image") from None
    finally:
        frames.close()


def frame_count(path: Path) -> int:
    """How many pages the image file holds (1 when it cannot tell: `image_frames` says
    what is wrong with the file)."""
    from PIL import Image

    heif_opener()
    try:
        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1))
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return 1


def image_frames(path: Path | BinaryIO, limits: Limits) -> Generator[np.ndarray]:
    """The file's images as BGR arrays, each MIN_SIDE to MAX_SIDE on its long side."""
    import warnings

    import numpy as np
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    heif_opener()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                for number, frame in enumerate(ImageSequence.Iterator(im), 1):
                    if number > limits.max_pdf_pages:
                        raise LimitExceeded(
                            f"the image has more than {limits.max_pdf_pages} pages; split "
                            "it, or raise JIXIAO_MAX_PDF_PAGES if it is genuine")
                    rgb = square_pixels(ImageOps.exif_transpose(frame).convert("RGB"),
                                        frame.info.get("dpi"))
                    rgb = within_sides(rgb)
                    yield np.asarray(rgb)[:, :, ::-1].copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise LimitExceeded(
            "the image is too large to be a page (a decompression bomb?); send a smaller "
            "scan") from e
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        if _is_heif(path) and importlib.util.find_spec("pillow_heif") is None:
            raise UnreadableFile(MISSING.format(what="the photo is HEIF (.heic)")) from e
        raise UnreadableFile(
            f"the image is damaged and cannot be read ({e}); scan or photograph the page "
            "again") from e


def _is_heif(path: Path | BinaryIO) -> bool:
    if isinstance(path, Path):
        with path.open("rb") as f:
            return f.read(12)[4:8] == b"ftyp"
    path.seek(0)
    return path.read(12)[4:8] == b"ftyp"


def within_sides(image: PILImage) -> PILImage:
    """The image scaled down to MAX_SIDE, or up to MIN_SIDE, on its long side."""
    from PIL import Image

    side = max(image.size)
    if side > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    elif side < MIN_SIDE:
        factor = MIN_SIDE / side
        image = image.resize((round(image.width * factor), round(image.height * factor)),
                             Image.Resampling.BICUBIC)
    return image


def square_pixels(image: PILImage, dpi: object) -> PILImage:
    """The image with pixels as tall as they are wide, where its file says they are not (a
    fax's standard resolution, 204 × 98 dpi: each row of pixels twice as tall as a column
    is wide); stretched along the denser resolution's other side, so no pixel is lost."""
    if not isinstance(dpi, tuple) or len(dpi) != 2:
        return image
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError):
        return image
    if x <= 0 or y <= 0 or abs(x / y - 1) < SQUARE_ENOUGH:
        return image
    from PIL import Image

    w, h = image.size
    size = (w, round(h * x / y)) if x > y else (round(w * y / x), h)
    return image.resize(size, Image.Resampling.BICUBIC)


def _key(text: str) -> str:
    return "".join(text.split())


def attach(blocks: list[Block], cells: list[Recognised], lines: Sequence[Recognised] = ()
           ) -> None:
    """Each table cell gets the OCR reading of its page whose text it is (a cell merged
    down keeps the reading of its first row); a cell of a table found from where its text
    stands (`pdf.aligned`: no ruling lines were found but a frame), read line by line as
    text outside a table is, gets its `lines`' readings joined; then what only a whole
    cell or row can correct (`headers`)."""
    unused: dict[tuple[int, str], list[Recognised]] = {}
    for c in cells:
        unused.setdefault((c.page, _key(c.text)), []).append(c)
    free = list(lines)
    for table in (b for b in blocks if isinstance(b, Table)):
        above: dict[int, Recognised] = {}
        for row in table.rows:
            for cell in row.cells:
                if cell.merged_above:
                    cell.ocr = above.get(cell.col)
                    continue
                found = unused.get((row.page or 0, _key(cell.text)))
                if cell.text and found:
                    cell.ocr = above[cell.col] = found.pop(0)
                elif cell.text and free:
                    joined = _lines_of(_key(cell.text), row.page or 0, free)
                    if joined is not None:
                        cell.ocr = above[cell.col] = joined
    whole_cells(blocks)


def _lines_of(key: str, page: int, free: list[Recognised]) -> Recognised | None:
    """The readings of the lines a cell's text was joined from, as one (taken out of
    `free`), as a ruled cell's lines are (`scan._recognised`): the first line's text opens
    the cell's, each next one is the nearest below the last that goes on with it, over the
    same place across."""
    for first in [r for r in free if r.page == page and key.startswith(_key(r.text))
                  and _key(r.text)]:
        parts, rest = [first], key[len(_key(first.text)):]
        while rest:
            last = parts[-1]
            nexts = [r for r in free if r.page == page and _key(r.text)
                     and all(r is not q for q in parts)
                     and rest.startswith(_key(r.text)) and r.box[1] > last.box[1]
                     and r.box[0] < last.box[2] and last.box[0] < r.box[2]]
            if not nexts:
                break
            parts.append(min(nexts, key=lambda r: r.box[1]))
            rest = rest[len(_key(parts[-1].text)):]
        if not rest:
            free[:] = [r for r in free if all(r is not q for q in parts)]
            return Recognised(
                text="".join(r.text for r in parts), raw="".join(r.raw for r in parts),
                confidence=min(r.confidence for r in parts), page=page,
                box=(min(r.box[0] for r in parts), min(r.box[1] for r in parts),
                     max(r.box[2] for r in parts), max(r.box[3] for r in parts)),
                corrections=[c for r in parts for c in r.corrections])
    return None


# -- what reaches the store ------------------------------------------------------------------

OCR_KEY = "ocr"  # the indicator's extra holding its row's OCR readings (JSON)


def reading_dict(r: Recognised) -> dict[str, object]:
    return {"text": r.text, "raw": r.raw, "confidence": round(r.confidence, 3), "page": r.page,
            "box": list(r.box), "corrections": r.corrections}


def annotate(record: DocumentRecord, src: SourceDocument) -> None:
    """Each indicator read from a scanned row keeps its cells' readings in its extras
    (`OCR_KEY`: a JSON list, one entry per cell: corrected and raw text, confidence, page,
    box, corrections), which the store keeps and `jixiao check` reads."""
    tables = src.tables
    for project in record.projects:
        for ind in project.indicators:
            w = ind.where
            if not 0 <= w.table < len(tables) or not 0 <= w.row < len(tables[w.table].rows):
                continue
            cells = [c.ocr for c in tables[w.table].rows[w.row].cells
                     if c.ocr is not None and not c.merged_above]  # once, on its first row
            if cells:
                ind.extra[OCR_KEY] = json.dumps([reading_dict(c) for c in cells],
                                                ensure_ascii=False)
