"""Text files: Word's text export, and delimited text (.csv, a tab-separated .txt).

Word's text export (the seed is one): a row is a block of lines ending at a blank line; a
cell is a line that starts with a TAB (a bare TAB is an empty cell); a line without the
TAB continues the cell above.  Lines of a block before its first TAB line are paragraphs.
A form feed starts a new page.  Consecutive row blocks make one table; a paragraph
between them ends it.

Delimited text, one row a line: what a budget system's CSV export, Excel's "save as CSV"
or "Unicode text", or a table pasted into Notepad gives.  `delimiter` tells the two
apart by their lines (a TAB inside lines, or the same count of comma-separated fields on
most lines); the csv module splits the fields (quoted cells holding line breaks and
commas included), and the rows go the way of a worksheet's (`sheets.sheet_blocks`), since
such a file is a sheet without its merges.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Block, Cell, Paragraph, Row, SourceDocument, Table
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.sheets import Sheet, sheet_blocks, sheet_rows

# BOMs first: they are certain.  Then strict UTF-8, then GB18030 (a superset of GBK and
# GB2312, what Windows Notepad writes for "ANSI" on Chinese systems).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text written without its byte-order mark
    (some exports do): NULs in many bytes of one parity (the high bytes of ASCII, tabs
    and line ends) and in few of the other; else None."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 8:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.1 and even < odd / 8:  # 一 (U+4E00) and its like have a NUL low byte
        return "utf-16-le"
    if even > 0.1 and odd < even / 8:
        return "utf-16-be"
    return None


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    text = decode(read_capped(path, limits, "the text file"))
    sep = delimiter(text)
    if sep is not None:
        return SourceDocument(delimited_blocks(text, sep, limits=limits),
                              format="txt" if sep == "\t" else "csv")
    blocks = list(text_to_blocks(text, limits=limits))
    if "\f" not in text:  # no page breaks: pages mean nothing for this file
        for b in blocks:
            b.page = None
            if isinstance(b, Table):
                for r in b.rows:
                    r.page = None
        return SourceDocument(blocks=blocks, format="txt")
    return SourceDocument(blocks=blocks, format="txt", pages=text.count("\f") + 1)


def read_capped(path: Path, limits: Limits, what: str) -> bytes:
    """A text-like file's bytes (a text export, a web page), refused past the text limit."""
    size = path.stat().st_size
    if size > limits.max_text_bytes:
        raise LimitExceeded(
            f"{what} is {size:,} bytes, over the limit of {limits.max_text_bytes:,}; "
            "raise JIXIAO_MAX_TEXT_BYTES if the file is genuine"
        )
    return path.read_bytes()


def decode(data: bytes) -> str:
    """The text of a file in UTF-8 (with or without BOM), UTF-16 (with BOM, or without
    one where its NULs show it), UTF-32 with BOM, or GB18030."""
    if not data.strip():
        raise UnreadableFile("the file is empty; send the submission again")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise UnreadableFile(
                    f"the file starts with a {codec} byte-order mark but is not valid {codec} "
                    f"(byte {e.start}); save it again as UTF-8"
                ) from e
    bare16 = utf16_without_bom(data)
    if bare16 is not None:
        try:
            return data.decode(bare16)
        except UnicodeDecodeError as e:
            raise UnreadableFile(
                f"the text looks like UTF-16 without a byte-order mark but is not valid UTF-16 "
                f"(byte {e.start}); save it again as UTF-8"
            ) from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    # UTF-8 up to a character cut in two at the very end: a file cut short (an upload
    # stopped, a disk full), not another encoding
    cut_short = utf8_error.reason == "unexpected end of data" and utf8_error.start >= len(data) - 3
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        if cut_short:
            raise _cut_short(utf8_error) from utf8_error
        raise UnreadableFile(
            "the text is neither UTF-8, UTF-16 nor GB18030/GBK "
            f"(undecodable byte at {e.start}); save it again as UTF-8"
        ) from e
    if not _plausible_chinese(text):
        if cut_short:
            raise _cut_short(utf8_error) from utf8_error
        raise UnreadableFile(
            "the text decodes as GB18030 only into rare characters (mojibake): the encoding "
            "is not UTF-8, UTF-16 or GBK; save it again as UTF-8"
        )
    return text


def _cut_short(e: UnicodeDecodeError) -> UnreadableFile:
    return UnreadableFile(
        f"the text is UTF-8 but ends in the middle of a character (byte {e.start:,}): the "
        "file was cut short (a copy or upload that stopped); send it again"
    )


# Characters GBK has but Chinese budget text never uses: kana, bopomofo, Greek, Cyrillic,
# box drawing, private use.  Many of them mean the bytes were in another encoding.
_ODD_IN_CHINESE_RE = re.compile(
    "[\u3040-\u30ff\u3100-\u312f\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\ue000-\uf8ff]"
)


def _plausible_chinese(text: str) -> bool:
    """True when decoded CJK text is mostly common characters (GB2312 level 1).

    Bytes in another encoding decoded as GB18030 give mostly rare characters; real
    Chinese prose is over 90% level-1 characters.  No library answers this question for
    two known candidate encodings, hence the few lines here.
    """
    cjk = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    odd = sum(1 for ch in text if _ODD_IN_CHINESE_RE.match(ch))
    if odd > max(2, len(cjk) // 50):
        return False
    if not cjk:
        return True
    common = 0
    for ch in cjk:
        try:
            b = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= b[0] <= 0xD7:
            common += 1
    return common >= 0.6 * len(cjk)


# -- delimited text ---------------------------------------------------------------------------

SNIFF_LINES = 400  # lines looked at to tell the shape of a file
TAB_ROWS = 0.3  # share of the lines with a TAB inside them (not only leading) in a TSV
CSV_ROWS = 0.6  # share of the lines with the file's usual count of comma fields in a CSV
CSV_DELIMITERS = (",", ";")


def delimiter(text: str) -> str | None:
    """The field separator of a file of delimited rows ("\t", "," or ";"), or None for
    Word's text export and for prose.

    Word's export writes one cell a line, each after one leading TAB, so a TAB further in
    is a TSV's.  A CSV's rows all have the same number of fields (Excel and budget systems
    pad them), which prose with a comma here and there does not.
    """
    lines = [ln for ln in text[: 200 * SNIFF_LINES].splitlines()[:SNIFF_LINES] if ln.strip()]
    if not lines:
        return None
    inner_tab = sum(1 for ln in lines if "\t" in ln[1:])
    word_cells = sum(1 for ln in lines if ln.startswith("\t") and "\t" not in ln[1:])
    if inner_tab >= max(3, TAB_ROWS * len(lines)) and inner_tab > word_cells:
        return "\t"
    if word_cells:
        return None
    for sep in CSV_DELIMITERS:
        counts = Counter(len(r) for r in _csv_rows("\n".join(lines), sep))
        if not counts:
            continue
        width, rows = counts.most_common(1)[0]
        if width >= 3 and rows >= 3 and rows >= CSV_ROWS * sum(counts.values()):
            return sep
    return None


def _csv_rows(text: str, sep: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=False))
    except csv.Error:  # a NUL byte, a field past the csv module's own limit
        return []


def delimited_blocks(text: str, sep: str, *, limits: Limits = LIMITS) -> list[Block]:
    """The rows of a delimited file as a worksheet's blocks: cut at blank rows, a title
    row alone before a table a paragraph (`sheets.sheet_blocks`)."""
    csv.field_size_limit(max(limits.max_cell_chars + 1, 131072))
    sheet = Sheet("text")
    rows = _csv_rows(text.replace("\f", ""), sep)
    if len(rows) > limits.max_table_rows:
        raise LimitExceeded(
            f"the file has over {limits.max_table_rows:,} rows; "
            "raise JIXIAO_MAX_TABLE_ROWS if the file is genuine"
        )
    for r, fields in enumerate(rows):
        texts = [f.rstrip("\r\n") for f in fields]
        _check_sizes(texts, None, 0, limits)  # each field's length, as a paragraph's
        for c, t in enumerate(texts):
            if t.strip():
                sheet.texts[(r, c)] = t
    return list(sheet_blocks(sheet_rows(sheet, limits)))


# -- Word's text export -----------------------------------------------------------------------


def text_to_blocks(text: str, *, limits: Limits = LIMITS) -> Iterator[Block]:
    """Paragraphs and tables in order; a table or a cell beyond `limits` is refused."""
    rows: list[Row] = []
    table_index = 0
    page = 1
    for chunk in _chunks(text):
        for line_page, lines in chunk:
            page = line_page
            paragraphs, cells = _split_block(lines)
            _check_sizes(paragraphs, cells, len(rows), limits)
            if paragraphs and rows:
                yield Table(rows, index=table_index, page=rows[0].page)
                table_index += 1
                rows = []
            for p in paragraphs:
                yield Paragraph(p, page=page)
            if cells is not None:
                rows.append(Row(cells, index=len(rows), page=page))
            elif not paragraphs and rows:
                pass
    if rows:
        yield Table(rows, index=table_index, page=rows[0].page)


def _check_sizes(
    paragraphs: list[str], cells: list[Cell] | None, rows: int, limits: Limits
) -> None:
    if cells is not None and rows >= limits.max_table_rows:
        raise LimitExceeded(
            f"a table has over {limits.max_table_rows:,} rows; "
            "raise JIXIAO_MAX_TABLE_ROWS if the file is genuine"
        )
    longest = max((len(t) for t in [*paragraphs, *(c.text for c in cells or ())]), default=0)
    if longest > limits.max_cell_chars:
        raise LimitExceeded(
            f"a cell or paragraph holds {longest:,} characters, over the limit of "
            f"{limits.max_cell_chars:,}; raise JIXIAO_MAX_CELL_CHARS if the file is genuine"
        )


def _chunks(text: str) -> Iterator[list[tuple[int, list[str]]]]:
    """Blocks of lines separated by blank lines, each with its page number."""
    page = 1
    block: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if "\f" in raw:
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        if raw.strip(" \u3000") == "":
            if block:
                yield [(page, block)]
                block = []
            continue
        block.append(raw)
    if block:
        yield [(page, block)]


def _split_block(lines: list[str]) -> tuple[list[str], list[Cell] | None]:
    """Leading paragraph lines, then the row's cells (None when the block has no TAB)."""
    paragraphs: list[str] = []
    cells: list[list[str]] | None = None
    for line in lines:
        if line.startswith("\t"):
            cells = cells if cells is not None else []
            cells.append([line[1:]])
        elif cells is None:
            if line.strip():
                paragraphs.append(line.strip())
        else:
            cells[-1].append(line)
    if cells is None:
        return paragraphs, None
    return paragraphs, [Cell("\n".join(parts).strip(), i) for i, parts in enumerate(cells)]
