"""readers: one small module per format, each `read(path) -> SourceDocument`.

A reader only turns a file into paragraphs and tables of logical cells (merges resolved,
each row with its table, row and page); it knows nothing of projects or indicators.
`detect` picks the reader by content, `safety` and `limits` bound what any reader opens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from jixiao.errors import UnsupportedFormat
from jixiao.parsers.grid import SourceDocument

# format → module with `read(path) -> SourceDocument`; imported on first use so that a
# command that never meets a PDF never pays for importing pdfplumber.
READERS: dict[str, str] = {
    "txt": "jixiao.parsers.readers.text",
    "docx": "jixiao.parsers.readers.docx",
    "doc": "jixiao.parsers.readers.legacy",
    "wps": "jixiao.parsers.readers.legacy",
    "rtf": "jixiao.parsers.readers.legacy",  # Word's RTF and 2003 XML, through LibreOffice
    "wordxml": "jixiao.parsers.readers.legacy",
    "odt": "jixiao.parsers.readers.legacy",  # OpenDocument text and spreadsheet, likewise
    "ods": "jixiao.parsers.readers.legacy",
    "html": "jixiao.parsers.readers.html",  # Word's web page and .mht, Excel's HTML "xls"
    "pdf": "jixiao.parsers.readers.pdf",
    "ofd": "jixiao.parsers.readers.ofd",
    "xlsx": "jixiao.parsers.readers.excel",
    "xls": "jixiao.parsers.readers.excel",
    "xlsxml": "jixiao.parsers.readers.excel",  # Excel 2003 XML, which old systems name .xls
    "image": "jixiao.parsers.readers.ocr",  # .jpg, .png, .tif: a scan or a phone photo
}
# The reader of scanned pages, which the PDF reader calls for pages without a usable text
# layer (named, not imported: it needs the optional OCR extra).
SCANS = "jixiao.parsers.readers.ocr"


def reader_for(fmt: str) -> Callable[[Path], SourceDocument]:
    """The `read` function of the reader for `fmt` (imported on first use)."""
    module = READERS.get(fmt)
    if module is None:
        raise UnsupportedFormat(f"jixiao has no reader for {fmt} files")
    read: Callable[[Path], SourceDocument] = importlib.import_module(module).read
    return read
