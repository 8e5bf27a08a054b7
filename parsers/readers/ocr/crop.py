"""A cell of a scan as the engine saw it: the page prepared again as when it was read
(rendered at the same resolution, `image.prepare`: ink removed, straightened), cut to the
cell's box, as PNG, for the review page of `jixiao serve`.

The box is the reading's, in points from the page's top-left (`Recognised.box`); the
points-per-pixel scale is the one `scan.read_image` read the page with, so the cut lands
where the text was read.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.errors import UnreadableFile
from jixiao.parsers.readers.limits import LIMITS
from jixiao.parsers.readers.ocr import (
    first_frame,
    image_frames,
    page_image,
    page_pictures,
    require,
)

if TYPE_CHECKING:
    import numpy as np

    from jixiao.parsers.readers.pdf.page import Picture

MARGIN = 6.0  # points shown around the box, so that a cut-off stroke is seen whole
WORD_FORMATS = ("docx", "doc", "wps", "rtf", "wordxml")  # read by `readers.docx`


def cell_png(content: bytes, fmt: str, page: int, box: tuple[float, ...]) -> bytes:
    """The cell `box` of page `page` (from 1) of a stored scan (its bytes and format)."""
    import cv2

    grey, scale = prepared_page(content, fmt, page)
    h, w = grey.shape
    x0, top, x1, bottom = (round(v / scale) for v in (
        box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN))
    cut = grey[max(top, 0) : min(bottom, h), max(x0, 0) : min(x1, w)]
    if cut.size == 0:
        raise UnreadableFile(f"the box {list(box)} is not on page {page}")
    ok, png = cv2.imencode(".png", cut)
    if not ok:
        raise UnreadableFile(f"the cell on page {page} could not be drawn as PNG")
    return bytes(png.tobytes())


@lru_cache(maxsize=8)
def prepared_page(content: bytes, fmt: str, page: int) -> tuple[np.ndarray, float]:
    """The page as the engine read it, and its scale in points per pixel."""
    require("the review page shows cells of scans")
    from jixiao.parsers.readers.ocr.image import prepare, unstreaked
    from jixiao.parsers.readers.ocr.orient import upright
    from jixiao.parsers.readers.ocr.scan import page_scale

    scale: float | None = None  # a photo's, an image file's: the sheet fitted to A4
    if fmt == "pdf":
        page_image, scale = _pdf_page(content, page)
    elif fmt in WORD_FORMATS:
        page_image = _word_picture(content, fmt, page)
    elif fmt == "ofd":
        page_image = _ofd_picture(content, page)
    elif fmt == "xlsx":
        page_image = _workbook_picture(content, page)
    else:
        page_image = _image_frame(content, page)
    turned = upright(unstreaked(page_image))
    grey = prepare(turned)
    return grey, page_scale(turned.shape, grey.shape, scale)


def _pdf_page(content: bytes, page: int) -> tuple[np.ndarray, float | None]:
    """The page as `scan_pages` read it (`page_image`)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(content)
    try:
        if not 1 <= page <= len(doc):
            raise UnreadableFile(f"the PDF has no page {page}")
        return page_image(doc, page, _typed_over(content))
    finally:
        doc.close()


@lru_cache(maxsize=2)
def _typed_over(content: bytes) -> dict[int, Picture | None]:
    """The PDF's pages whose typed text lies over a scan (`pdf.typed_over`), found once a
    document, not once a page cut."""
    from jixiao.parsers.readers.pdf import read_pages, typed_over

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(content)
        f.flush()
        return typed_over(read_pages(Path(f.name), LIMITS))


def _image_frame(content: bytes, page: int) -> np.ndarray:
    with tempfile.NamedTemporaryFile(suffix=".img") as f:
        f.write(content)
        f.flush()
        for number, bgr in enumerate(image_frames(Path(f.name), LIMITS), 1):
            if number == page:
                return bgr
    raise UnreadableFile(f"the image has no page {page}")


def _word_picture(content: bytes, fmt: str, page: int) -> np.ndarray:
    """The `page`th picture a Word file's reader read as a page (`ocr.read_pictures`)."""
    from jixiao.parsers.readers import docx, legacy

    with tempfile.TemporaryDirectory(prefix="jixiao-crop-") as tmp:
        path = Path(tmp) / f"original.{fmt}"
        path.write_bytes(content)
        if fmt != "docx":
            path = legacy.convert_to_docx(path, Path(tmp), fmt, LIMITS)
        with docx.open_package(path, LIMITS) as z:
            main = docx.main_part_name(z, LIMITS)
            body = docx.simplify(docx.parse_part(z, main, LIMITS)).find(docx.BODY)
            found = docx.body_pictures(z, main, body, LIMITS) if body is not None else []
    pictures = page_pictures([data for _, data in found])
    if not 1 <= page <= len(pictures):
        raise UnreadableFile(f"the Word file has no picture read as page {page}")
    return first_frame(pictures[page - 1])


def _ofd_picture(content: bytes, page: int) -> np.ndarray:
    """The picture of page `page` of an OFD scan, as `ofd.read` read it."""
    from jixiao.parsers.readers import ofd

    with tempfile.NamedTemporaryFile(suffix=".ofd") as f:
        f.write(content)
        f.flush()
        with ofd.open_zip(Path(f.name), LIMITS, what=ofd.WHAT) as z:
            parts = [part for part, _box in ofd.page_parts(z, LIMITS)]
            if not 1 <= page <= len(parts):
                raise UnreadableFile(f"the OFD file has no page {page}")
            [data] = ofd.scan_pictures(z, [parts[page - 1]], LIMITS)
    if not data:
        raise UnreadableFile(f"page {page} of the OFD file has no picture")
    return first_frame(data)


def _workbook_picture(content: bytes, page: int) -> np.ndarray:
    """The `page`th picture a workbook's reader read as a page (`ocr.read_pictures`)."""
    from jixiao.parsers.readers import excel

    with tempfile.NamedTemporaryFile(suffix=".xlsx") as f:
        f.write(content)
        f.flush()
        pictures = page_pictures(excel.xlsx_pictures(Path(f.name), LIMITS))
    if not 1 <= page <= len(pictures):
        raise UnreadableFile(f"the workbook has no picture read as page {page}")
    return first_frame(pictures[page - 1])
