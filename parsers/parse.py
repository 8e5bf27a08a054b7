"""One file → its grid (`read_source`) → its projects as raw text (`parse_file`).

The two entry points only chain the steps: detect the format by content, run that
format's reader, check the grid against the safety limits, read radicals a PDF's font
gave for ideographs as the ideographs and drop the characters that show nothing
(`hanzi.as_typed`), read projects by meaning.
Every `ParseError` that leaves here names the file.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.errors import ParseError
from jixiao.hanzi import as_typed
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
        return _as_read(reader_for(fmt)(path))
    except ParseError as e:
        raise e.for_file(path.name) from e.__cause__


def parse_file(
    path: Path, *, file_name: str | None = None, fmt: str | None = None
) -> DocumentRecord:
    """Read one submission into projects and indicators (raw text, not yet normalized)."""
    name = file_name or path.name
    try:
        fmt = fmt or detect_format(path)
        src = _as_read(reader_for(fmt)(path))
        record = to_document_record(src, file_name=name)
        annotate(record, src)  # cells read by OCR: their readings beside the indicators
        annotate_fields(record, src)  # … and beside the project and document fields
        return record
    except ParseError as e:
        raise e.for_file(name) from e.__cause__


def _as_read(src: SourceDocument) -> SourceDocument:
    """What every reader's document goes through: its limits checked, then the steps
    that hold for any format (radicals read as ideographs, characters that show nothing
    dropped, repeats read as merges)."""
    return with_repeats_joined(with_ideographs(check_source(src)))


def with_repeats_joined(src: SourceDocument) -> SourceDocument:
    """Each table's repeats of a merged cell's words read as the merge (`grid.repeats_joined`;
    a sheet's were joined already, before its titles were told from its tables, and are
    left as they are).  Word's text export too, in its rows written cell for cell: it writes
    a merged cell once, so repeats there were typed into each cell (a table filled where it
    was merged, then exported), as a WPS fill's are (`python -m tests.documents.variants
    --as text --only fill`: of the 294 real tables filled and exported, 73 read worse
    without, 29 with: their repeats down a column, which the text cannot tell from two
    rows' own alike texts)."""
    for table in src.tables:
        repeats_joined(table.rows, full_rows_only=src.format == "txt")
    return src


def with_ideographs(src: SourceDocument) -> SourceDocument:
    """Every cell and paragraph with the radicals that stand for ideographs replaced (项⽬
    → 项目) and the characters that show nothing dropped (`hanzi.as_typed`): what the unit
    typed, and what the vocabulary knows.  Any format may hold them (a Word file pasted
    from such a PDF, a web page's copied text), so this runs for every reader."""
    for block in src.blocks:
        if isinstance(block, Paragraph):
            block.text = as_typed(block.text)
            continue
        for row in block.rows:
            for cell in row.cells:
                cell.text = as_typed(cell.text)
    return src
