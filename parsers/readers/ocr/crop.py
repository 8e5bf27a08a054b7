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
from jixiao.parsers.readers.ocr import DPI, image_frames, require

if TYPE_CHECKING:
    import numpy as np

MARGIN = 6.0  # points shown around the box, so that a cut-off stroke is seen whole


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

    pdf = fmt == "pdf"
    page_image = _pdf_page(content, page) if pdf else _image_frame(content, page)
    turned = upright(unstreaked(page_image))
    grey = prepare(turned)
    return grey, page_scale(turned.shape, grey.shape, 72 / DPI if pdf else None)


def _pdf_page(content: bytes, page: int) -> np.ndarray:
    import pypdfium2

    doc = pypdfium2.PdfDocument(content)
    try:
        if not 1 <= page <= len(doc):
            raise UnreadableFile(f"the PDF has no page {page}")
        bitmap = doc[page - 1].render(scale=DPI / 72, grayscale=False)
        return bitmap.to_numpy()[:, :, :3].copy()  # pdfium's BGR(x) order
    finally:
        doc.close()


def _image_frame(content: bytes, page: int) -> np.ndarray:
    with tempfile.NamedTemporaryFile(suffix=".img") as f:
        f.write(content)
        f.flush()
        for number, bgr in enumerate(image_frames(Path(f.name), LIMITS), 1):
            if number == page:
                return bgr
    raise UnreadableFile(f"the image has no page {page}")
