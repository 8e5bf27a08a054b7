"""One file → its grid (`read_source`) → its projects as raw text (`parse_file`).

The two entry points only chain the steps: detect the format by content, run that
format's reader, check the grid against the safety limits, read radicals a PDF's font
gave for ideographs as the ideographs (`hanzi.ideographs`), read projects by meaning.
Every `ParseError` that leaves here names the file.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.errors import ParseError
from jixiao.hanzi import ideographs
from jixiao.parsers.grid import Paragraph, SourceDocument, repeats_joined
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.readers import reader_for
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.ocr import annotate
from jixiao.parsers.readers.ocr.provenance import annotate_fields
from jixiao.parsers.readers.safety import check_source
from jixiao.parsers.records import DocumentRecord


def read_source(path: Path, fmt: str | None = None) -> SourceDocument:
    """The file as blocks of paragraphs and tables; errors name the file."""
    try:
        fmt = fmt or detect_format(path)
        return with_ideographs(check_source(reader_for(fmt)(path)))
    except ParseError as e:
        raise e.for_file(path.name) from e.__cause__


def parse_file(
    path: Path, *, file_name: str | None = None, fmt: str | None = None
) -> DocumentRecord:
    """Read one submission into projects and indicators (raw text, not yet normalized)."""
    name = file_name or path.name
    try:
        fmt = fmt or detect_format(path)
        src = with_ideographs(check_source(reader_for(fmt)(path)))
        record = to_document_record(src, file_name=name)
        annotate(record, src)  # cells read by OCR: their readings beside the indicators
        annotate_fields(record, src)  # … and beside the project and document fields
        return record
    except ParseError as e:
        raise e.for_file(name) from e.__cause__


def with_ideographs(src: SourceDocument) -> SourceDocument:
    """Every cell and paragraph with the radicals that stand for ideographs replaced (项⽬
    → 项目): what the unit typed, and what the vocabulary knows.  Any format may hold
    them (a Word file pasted from such a PDF), so this runs for every reader; so does
    `grid.repeats_joined`, for each table."""
    for block in src.blocks:
        if isinstance(block, Paragraph):
            block.text = ideographs(block.text)
            continue
        for row in block.rows:
            for cell in row.cells:
                cell.text = ideographs(cell.text)
        if src.format != "txt":  # Word's text export writes a merged cell once: its
            repeats_joined(block.rows)  # repeats are cells of their own
    return src
