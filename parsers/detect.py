"""Recognise a file's format by its content (magic bytes), never by its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from parsers.errors import UnreadableFile, UnsupportedFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc / .xls / .wps (Compound File)


def detect_format(path: Path) -> str:
    """One of docx, xlsx, pdf, doc, xls, wps, zip, txt; or UnsupportedFormat."""
    with path.open("rb") as f:
        head = f.read(8192)
    if not head:
        raise UnreadableFile("the file is empty (0 bytes); send the submission again")
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _zip_kind(path)
    if head[:8] == OLE_MAGIC:
        return _ole_kind(path)
    if _looks_like_text(head):
        return "txt"
    raise UnsupportedFormat(
        "the content is not a format jixiao reads (docx, doc, wps, pdf, xlsx, xls, txt, zip)"
    )


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError) as e:
        raise UnreadableFile(
            f"the file looks like a zip (Office) file but is broken or truncated ({e})"
        ) from e
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"


def _ole_kind(path: Path) -> str:
    """Old binary Office files: tell Word from Excel by the stream names they contain."""
    with path.open("rb") as f:
        data = f.read(1 << 20)
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "WpsContent".encode("utf-16-le") in data or b"WPS" in data[:4096]:
        return "wps"
    return "doc"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return controls <= len(head) // 100
