"""parsers: files → `SourceDocument` (one small reader per format) → `DocumentRecord`.

Readers only turn bytes into grids of logical cells (`parsers.grid`); the one shared
module `parsers.layout` finds projects and indicators by meaning, for every format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from parsers.detect import detect_format
from parsers.errors import ParseError, UnsupportedFormat
from parsers.grid import SourceDocument
from parsers.records import DocumentRecord
from parsers.safety import check_source

# format → module with `read(path) -> SourceDocument`; imported on first use so that a
# command that never meets a PDF never pays for importing pdfplumber.
READERS: dict[str, str] = {
    "txt": "parsers.text",
    "docx": "parsers.docx",
    "doc": "parsers.legacy",
    "wps": "parsers.legacy",
    "pdf": "parsers.pdf",
    "xlsx": "parsers.excel",
    "xls": "parsers.excel",
}


def reader_for(fmt: str) -> Callable[[Path], SourceDocument]:
    module = READERS.get(fmt)
    if module is None:
        raise UnsupportedFormat(f"jixiao has no reader for {fmt} files")
    read: Callable[[Path], SourceDocument] = importlib.import_module(module).read
    return read


def read_source(path: Path, fmt: str | None = None) -> SourceDocument:
    """The file as blocks of paragraphs and tables; errors name the file."""
    try:
        fmt = fmt or detect_format(path)
        return check_source(reader_for(fmt)(path))
    except ParseError as e:
        raise e.for_file(path.name) from e.__cause__


def parse_file(
    path: Path, *, file_name: str | None = None, fmt: str | None = None
) -> DocumentRecord:
    """Read one submission into projects and indicators (raw text, not yet normalized)."""
    from parsers.layout import to_document_record

    name = file_name or path.name
    try:
        fmt = fmt or detect_format(path)
        src = check_source(reader_for(fmt)(path))
        return to_document_record(src, file_name=name)
    except ParseError as e:
        raise e.for_file(name) from e.__cause__
