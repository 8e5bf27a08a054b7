"""A scan saved in any picture format a scanner, a phone or a chat app writes reads as the
same scan: the grey flatbed sample (a PNG) saved losslessly as WebP, BMP, GIF (its 256
greys), JPEG 2000 and HEIF (an iPhone's .heic) is detected as an image by its content,
whatever its name, and reads to the very rows the PNG reads to."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from jixiao.errors import UnreadableFile, UnsupportedFormat
from jixiao.parsers import parse
from jixiao.parsers.readers import ocr
from jixiao.parsers.readers.detect import detect_format
from samples.registry import SAMPLES
from tests.parsers.readers.ocr.conftest import needs_ocr

SCAN = SAMPLES / "scans/flatbed_grey.png"


def _heif(image: Image.Image, path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    image.save(path, format="HEIF", quality=-1)  # -1: lossless


SAVES: dict[str, Callable[[Image.Image, Path], None]] = {
    "webp": lambda im, p: im.save(p, format="WEBP", lossless=True),
    "bmp": lambda im, p: im.save(p, format="BMP"),
    "gif": lambda im, p: im.save(p, format="GIF"),
    "jp2": lambda im, p: im.save(p, format="JPEG2000"),
    "heic": _heif,
}


def rows(path: Path) -> list[Any]:
    record = parse.parse_file(path)
    return [(p.name, [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators])
            for p in record.projects]


@cache
def png_rows() -> list[Any]:
    return rows(SCAN)


@needs_ocr
@pytest.mark.parametrize("fmt", SAVES)
def test_a_scan_in_another_picture_format_reads_as_the_png(fmt: str, tmp_path: Path) -> None:
    with Image.open(SCAN) as im:
        assert im.mode == "L"  # grey: GIF's palette holds it whole
        target = tmp_path / "submission.doc"  # the name says nothing: the content does
        SAVES[fmt](im, target)
    assert detect_format(target) == "image"
    assert png_rows() and rows(target) == png_rows()


@pytest.mark.parametrize("head", [
    b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"BM6\x00\x00\x00", b"GIF89a\x01\x00",
    b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
    b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00",
], ids=["webp", "bmp", "gif", "jp2", "heic", "heif"])
def test_picture_formats_are_detected_as_scans(head: bytes, tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(head + bytes(64))
    assert detect_format(path) == "image"


def test_a_video_is_not_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "clip.heic"
    path.write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(64))  # an MP4
    with pytest.raises(UnsupportedFormat, match="not a format jixiao reads"):
        detect_format(path)


@needs_ocr
def test_a_damaged_heic_says_so(tmp_path: Path) -> None:
    path = tmp_path / "photo.heic"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(200))
    with pytest.raises(UnreadableFile, match="damaged"):
        ocr.read(path)


@pytest.mark.parametrize(("size", "expected"), [
    ((794, 1123), (1240, 1754)),  # a screenshot at 96 dpi: up to an A4 page at 150 dpi
    ((1241, 1754), (1241, 1754)),  # a scan at 150 dpi: as it is
    ((3000, 4000), (1800, 2400)),  # a phone's photo: down to MAX_SIDE
])
def test_a_picture_is_read_between_the_sides(size: tuple[int, int],
                                             expected: tuple[int, int]) -> None:
    assert ocr.within_sides(Image.new("RGB", size)).size == expected


@needs_ocr
def test_a_scan_placed_a_pixel_to_the_point_reads_as_the_picture(tmp_path: Path) -> None:
    """A PDF made by an app that writes no resolution: the scan's page is as many points
    as the picture has pixels (here 1,241 × 1,754 pt, 44 × 62 cm).  Rendered at the DPI of a
    sheet it would be 17 megapixels of geometry (a 600 dpi scan, 60); it is read as the
    picture is, MAX_SIDE on its long side and fitted to A4, and reads to the PNG's rows."""
    import pypdfium2

    target = tmp_path / "submission.pdf"
    with Image.open(SCAN) as im:
        im.save(target, format="PDF", resolution=72.0)
    doc = pypdfium2.PdfDocument(target)
    try:
        assert max(doc[0].get_size()) > ocr.PICTURE_PAGE
        bgr, scale = ocr.page_image(doc, 1, {})
    finally:
        doc.close()
    assert scale is None and max(bgr.shape[:2]) == ocr.MAX_SIDE
    assert rows(target) == png_rows()
