"""The real tables read again as their clerks and systems alter them, content unchanged.

    python -m tests.documents.variants [--out DIR] [--only KIND,…] [-v] [MODULE …]

Each real sample (samples/real/, its truth in tests/documents/real/) is read into its
grid, altered the way real submissions differ from one another in form though not in
what they say, written as a web page (a table with its rowspans and colspans, the
paragraphs around it) and read through the whole pipeline; it is scored against its own
truth and against the same grid written unaltered (`as-read`), so that what the page
format itself changes cancels.  The alterations, each seen in real submissions:

    fill         a merged cell's text written into every cell it covered (WPS's unmerge
                 and fill; a budget system's export repeating 产出指标 on each row)
    unmerge      merged cells split, the text left in the first, the others blank (Excel's
                 unmerge; a table retyped without merges)
    spaced       the form's own words letter-spaced (项 目 名 称, 一 级 指 标), as a clerk
                 widens a short label to its cell
    split        a long table broken in two at its middle row, as Word splits it at a page
                 (the second part a table of its own, its header not repeated, a merged
                 cell cut by the break blank below it)
    split-head   the same with the indicators' header row repeated on top of the second
                 part (Word's "repeat as header row at the top of each page")
    title-in     the heading above a table set as its first row, one cell across it (how a
                 sheet's title is typed)
    no-blanks    the empty rows and columns of a table taken out (a retyped table)
    extra-col    a 备注 column added at the right, empty under its header (a form's column
                 for remarks)
    fullwidth    figures, letters and signs typed in their full-width forms (１００％, ≥９５％)
    traditional  every text in traditional characters (a site's 繁體 page, a 香港 or 台灣
                 copy: 項目名稱, 一級指標, 萬元)
    wrapped      a short label or level name broken by a typed line break (产出 / 指标)
    blank-rows   an empty row after every fourth row of a table (a sheet's spare rows)
    colons       a colon typed after each key label (项目名称：)
    inline-keys  a key label and its value in one cell (项目名称：乡村道路硬化), the way a
                 form with no column for its labels is typed
    header-words the indicators' header in another province's words for the same columns
                 (指标值 → 年度指标值, 三级指标 → 指标名称, 度量单位 → 计量单位)
    note-row     a note as the last row of each table with indicators, one cell across it
    sign-off     the rows a form ends with under its indicators (填表人 | 联系电话, 填报日期)
    split-page   split, with the page's number (— 2 —) printed between the two parts
    two-in-one   the page, then the next sample's page, in one file (a submission's projects
                 one after the other, each in its own template): each project read apart;
                 only forms that read exactly and name their project in a cell of their own
    unit-col     the target in three columns, 指标性质 | 指标值 | 度量单位 (≥ | 95 | %), as a
                 budget system's export writes it (dates and words stay whole)
    numbered     the levels' names numbered as outlines are (一、产出指标, 1.数量指标,
                 (1)发放人数)
    level-rows   the 一级 as a row of its own over its indicators, one cell across, its
                 column taken out (产出指标 heading 数量指标 | 发放人数 | 100人)
    header-rows  the indicators' header in two rows, 绩效指标 across the levels' names and
                 the other header cells merged down beside them
    one-pair     a form's head with one label and its value a row where it had two a row
                 (项目名称 | … over 主管部门 | … for 项目名称 | … | 主管部门 | …)
    padded       the form's words letter-spaced with ideographic spaces (项　目　名　称), every
                 other text between a no-break space and a zero-width one (a web page's
                 &nbsp;, a copied span), paragraphs indented by two ideographic spaces
    vertical     the 一级 and 二级 names a character a line (产 / 出 / 指 / 标), as typed down a
                 narrow merged cell
    seq-col      a 序号 column at the left numbering the indicator rows, the other rows'
                 first cells across it (a budget system's export)
    block-col    a column at the left naming the form's blocks down their rows, merged
                 (基本信息 beside the head, 绩效指标 beside the header and indicators)
    head-again   the indicators' header written again halfway down its rows in the same
                 table, a merged cell it cuts blank below it (a sheet printed with its
                 header on each page, copied back as one)
    apart        each form's head and indicators two tables, a heading between them
                 (二、项目绩效指标)
    continued    split-head with 续表 printed above the second part
    explain-col  a 指标解释 column between the indicator's name and its target, a sentence
                 on each indicator's row (反映…的情况。)
    keys-above   a row of label | value pairs as two rows, the labels over their values
                 (项目名称 | 主管部门 over 乡村道路硬化 | 交通局)
    short-levels the 一级 and 二级 names without 指标 (产出 / 数量, 效益 / 社会效益)
    goal-rows    a goal of several numbered items an item a row beside its label merged
                 down (年度目标 | 1.… over | 2.…)
    weight-col   a 分值 column between the indicator's name and its target, a bare figure
                 on each indicator's row (10, 5, 20 …), as forms that weigh their indicators
                 draw it
    one-sheet    two-in-one as a workbook's sheet holds it: both forms one table, one under
                 the other, the lines above each (its title, 单位：万元) rows across the
                 sheet, a web page's record tables and prose left out; the narrower form's
                 rows filled out with blank cells
    yuan         the form's money in 元 where it was in 万元: each budget or source figure
                 above the indicators' header written in 元 with thousands parted
                 (250,000.00), 资金总额（万元） and 单位：万元 made 元
    head-as-lines the form's first rows of label | value pairs typed as lines above its
                 table (项目名称：… / 主管部门：…　实施单位：…), the table starting at its
                 first other row
    no-head      the indicators' header row taken out: the levels and targets say what
                 their columns are (`--only no-head`; not run by default, nor by the test)
    odd-header   the header's words replaced by words no vocabulary knows (栏目一 | 栏目二
                 …), as an unseen template's (`--only odd-header`, as no-head)

Texts altered in how they are written are scored as they read: full-width forms and
traditional characters are compared in their plain and simplified forms (the store keeps
what the page wrote), spaces and line breaks apart.

A variant that reads worse than `as-read` is listed with its misses; those that are
left, each with why, are in `KNOWN`, which tests/documents/test_variants.py holds the
reader to.  The whole run takes about forty seconds.
"""

from __future__ import annotations

import argparse
import copy
import html
import re
import sys
import tempfile
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.errors import ParseError
from jixiao.parsers.grid import Block, Cell, Paragraph, Row, SourceDocument, Table
from tests.documents.crossformat import grid_as_word_text, how_worse, unspaced
from tests.documents.scoring import Score, export_documents, score, truth_of

KINDS = ("fill", "unmerge", "spaced", "split", "split-head", "title-in", "no-blanks",
         "extra-col", "fullwidth", "traditional", "wrapped", "blank-rows", "colons",
         "inline-keys", "header-words", "note-row", "sign-off", "split-page", "two-in-one",
         "unit-col", "numbered", "level-rows", "header-rows", "one-pair", "padded", "vertical",
         "seq-col", "block-col", "head-again", "apart", "continued", "explain-col",
         "keys-above", "short-levels", "goal-rows", "weight-col", "one-sheet",
         "head-as-lines", "yuan")
# not run unless asked (--only), and not held by the test: the indicators' header taken
# out leaves a 自评表's columns of targets, results, weights and scores (5 | >=21933人 |
# 21980人 | 5) to be told apart by what they hold alone, which a page does not always say
MORE_KINDS = ("no-head", "odd-header")


# --- the grid written as a web page ------------------------------------------------------


def as_html(src: SourceDocument, origin: str = "") -> str:
    """The blocks as one web page: a paragraph a <p>, a table a <table> whose merged cells
    are one <td> with its rowspan and colspan; `origin`, the file read, in a comment (a
    .docx and its PDF that read alike are still two pages, not one file stored twice)."""
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
           f"<!-- {html.escape(origin)} -->"]
    for block in src.blocks:
        if isinstance(block, Paragraph):
            out.append(f"<p>{_text(block.text)}</p>")
        else:
            out.append(_table_html(block))
    out.append("</body></html>")
    return "\n".join(out)


def as_word_text(src: SourceDocument, origin: str = "") -> str:
    """The blocks as Word's plain-text export writes them (`crossformat.grid_as_word_text`),
    then a last line of spaces, as many as `origin`'s checksum says: a text file has no
    comment, and the origin written as a line of text would be read as the file's title,
    which Word's export has not (so a .docx and its PDF that read alike still differ)."""
    return f"{grid_as_word_text(src)}\n{' ' * (1 + zlib.crc32(origin.encode()) % 9973)}\n"


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _table_html(table: Table) -> str:
    spans = _down_spans(table)
    lines = ["<table border=1>"]
    for r, row in enumerate(table.rows):
        tds = []
        for c in row.cells:
            if (r, c.col) not in spans:
                continue  # a merged cell's row after its first
            attrs = ""
            if spans[(r, c.col)] > 1:
                attrs += f' rowspan="{spans[(r, c.col)]}"'
            if c.colspan > 1:
                attrs += f' colspan="{c.colspan}"'
            tds.append(f"<td{attrs}>{_text(c.text)}</td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _down_spans(table: Table) -> dict[tuple[int, int], int]:
    """(row, column) of each merged cell's first row → how many rows it spans: each first
    cell's run of merged_above cells below it."""
    spans: dict[tuple[int, int], int] = {}
    open_at: dict[tuple[int, int], tuple[int, int]] = {}  # (col, end) → first cell's key
    for r, row in enumerate(table.rows):
        seen = set()
        for c in row.cells:
            key = (c.col, c.end)
            seen.add(key)
            if c.merged_above and key in open_at:
                spans[open_at[key]] += 1
            else:
                open_at[key] = (r, c.col)
                spans[(r, c.col)] = 1
        for key in [k for k in open_at if k not in seen]:
            del open_at[key]
    return spans


def as_doc(src: SourceDocument, origin: str = "") -> Any:
    """The blocks as a `samples.templates.Doc`, to be written as a Word file or a workbook
    the way a clerk builds one (merged cells merged); `origin` its title."""
    from samples.templates import C, Doc, Grid

    blocks: list[str | Grid] = []
    for block in src.blocks:
        if isinstance(block, Paragraph):
            blocks.append(block.text)
            continue
        spans = _down_spans(block)
        grid = Grid(block.ncols)
        covered: set[tuple[int, int]] = set()  # places a cell merged down from above takes
        for r, row in enumerate(block.rows):
            starts = {c.col: c for c in row.cells if (r, c.col) in spans}
            cells, col = [], 0
            while col < block.ncols:
                if (r, col) in covered:
                    col += 1
                    continue
                c = starts.get(col)
                if c is None:  # no cell there (a ragged row): an empty one
                    cells.append(C(""))
                    col += 1
                    continue
                down = spans[(r, c.col)]
                cells.append(C(c.text, span=c.colspan, down=down))
                covered.update((rr, cc) for rr in range(r + 1, r + down)
                               for cc in range(c.col, c.end))
                col = c.end
            grid.rows.append(cells)
        blocks.append(grid)
    return Doc(origin, blocks)


def _write_docx(src: SourceDocument, origin: str, page: Path) -> None:
    from samples.templates import write_docx

    write_docx(as_doc(src, origin), page)


def _write_xlsx(src: SourceDocument, origin: str, page: Path) -> None:
    import zipfile

    from samples.templates import write_xlsx

    write_xlsx(as_doc(src, origin), page)
    with zipfile.ZipFile(page, "a") as z:  # (a .docx and its .doc that read alike are two
        z.comment = origin.encode()  # workbooks, not one file stored twice)


# --- the alterations ---------------------------------------------------------------------


def _tables(src: SourceDocument) -> list[Table]:
    return [b for b in src.blocks if isinstance(b, Table)]


def fill(src: SourceDocument) -> SourceDocument:
    for t in _tables(src):
        for row in t.rows:
            cells = []
            for c in row.cells:
                cells += [Cell(c.text, col) for col in range(c.col, c.end)]
            row.cells = cells
    return src


def unmerge(src: SourceDocument) -> SourceDocument:
    for t in _tables(src):
        for row in t.rows:
            cells = []
            for c in row.cells:
                cells.append(Cell("" if c.merged_above else c.text, c.col))
                cells += [Cell("", col) for col in range(c.col + 1, c.end)]
            row.cells = cells
    return src


_FORM_WORDS = re.compile(
    r"^(?:项目名称|主管部门|实施单位|项目单位|预算单位|单位名称|项目属性|项目期|项目资金|资金来源|"
    r"年度资金总额|资金总额|财政拨款|其他资金|年度目标|总体目标|年度绩效目标|绩效目标|"
    r"一级指标|二级指标|三级指标|指标值|指标名称|指标性质|度量单位|计量单位|权重|分值|得分|"
    r"产出指标|效益指标|满意度指标|成本指标|数量指标|质量指标|时效指标|"
    r"经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|"
    r"绩效指标|备注|年度指标值|实际完成值|全年预算数|全年执行数|执行率)$")


def spaced(src: SourceDocument) -> SourceDocument:
    for t in _tables(src):
        for row in t.rows:
            for c in row.cells:
                if _FORM_WORDS.match(c.text.strip()) and len(c.text.strip()) <= 6:
                    c.text = " ".join(c.text.strip())
    return src


def _indicator_header(t: Table) -> int | None:
    for i, row in enumerate(t.rows):
        joined = "".join(row.texts)
        if ("三级指标" in joined or "指标名称" in joined) and "指标值" in joined:
            return i
    return None


def _header_end(t: Table, head: int) -> int:
    """One past the header's last row: the rows below its first that a header cell is
    merged down into and whose other texts are header words (一级指标 beside 符号 | | 单位
    of a two-row header)."""
    from jixiao.parsers.layout.header import header_match

    def _of_the_header(c: Cell) -> bool:
        if c.merged_above:
            return c.text == _text_at(t.rows[head], c.col)
        return header_match(c.text, fuzzy=False) is not None and not any(
            ch.isdigit() for ch in c.text)

    end = head + 1
    while end < len(t.rows) and any(c.merged_above for c in t.rows[end].cells) and all(
            _of_the_header(c) for c in t.rows[end].cells if c.text.strip()):
        end += 1
    return end


def _text_at(row: Row, col: int) -> str:
    return next((c.text for c in row.cells if c.col <= col < c.end), "")


def _split(src: SourceDocument, *, repeat_header: bool) -> SourceDocument:
    blocks: list[Block] = []
    for b in src.blocks:
        if not isinstance(b, Table) or len(b.rows) < 12:
            blocks.append(b)
            continue
        head = _indicator_header(b)
        if repeat_header and head is None:
            blocks.append(b)
            continue
        cut = len(b.rows) // 2
        if head is not None and cut <= head + 1:
            end = _header_end(b, head)
            cut = end + max(1, (len(b.rows) - end) // 2)
        if cut >= len(b.rows):
            blocks.append(b)
            continue
        second = [copy.deepcopy(r) for r in b.rows[cut:]]
        for c in second[0].cells:  # a merged cell cut by the break goes on blank below it
            if c.merged_above:  # (its text stays above the break, as Word and a PDF show it)
                c.merged_above, c.text = False, ""
        if repeat_header and head is not None:
            header = [copy.deepcopy(r) for r in b.rows[head:_header_end(b, head)]]
            for c in header[0].cells:
                c.merged_above = False
            second[:0] = header
        blocks += [Table(b.rows[:cut], ncols=b.ncols), Table(second, ncols=b.ncols)]
    src.blocks = blocks
    return src


def split(src: SourceDocument) -> SourceDocument:
    return _split(src, repeat_header=False)


def split_head(src: SourceDocument) -> SourceDocument:
    return _split(src, repeat_header=True)


def title_in(src: SourceDocument) -> SourceDocument:
    blocks: list[Block] = []
    for b in src.blocks:
        last = blocks[-1] if blocks else None
        if (isinstance(b, Table) and isinstance(last, Paragraph) and last.text.strip()
                and len(last.text) <= 60 and ("表" in last.text or "绩效" in last.text)):
            blocks.pop()
            b.rows.insert(0, Row([Cell(last.text.strip(), 0, b.ncols)]))
        blocks.append(b)
    src.blocks = blocks
    return src


def no_blanks(src: SourceDocument) -> SourceDocument:
    for t in _tables(src):
        t.rows = [r for r in t.rows if not r.is_blank()]
        if not t.rows:
            continue
        used = {col for r in t.rows for c in r.cells if c.text.strip() or c.colspan > 1
                for col in range(c.col, c.end)}
        empty = [col for col in range(t.ncols) if col not in used]
        if not empty:
            continue
        shift = {col: col - sum(e < col for e in empty) for col in range(t.ncols + 1)}
        for r in t.rows:
            r.cells = [c for c in r.cells if c.text.strip() or c.col not in empty
                       or c.colspan > 1]
            for c in r.cells:
                c.colspan = shift[c.end] - shift[c.col] if c.end in shift else c.colspan
                c.col = shift[c.col]
        t.ncols = max((c.end for r in t.rows for c in r.cells), default=0)
    return src


def extra_col(src: SourceDocument) -> SourceDocument:
    for t in _tables(src):
        head = _indicator_header(t)
        if head is None:
            continue
        for i, row in enumerate(t.rows):
            last = row.cells[-1] if row.cells else None
            if last is not None and last.end < t.ncols:
                continue  # a row that does not reach the right edge: leave the table
            row.cells.append(Cell("备注" if i == head else "", t.ncols))
        t.ncols += 1
    return src


def _texts(src: SourceDocument, change: Callable[[str], str]) -> SourceDocument:
    for b in src.blocks:
        if isinstance(b, Paragraph):
            b.text = change(b.text)
        else:
            for row in b.rows:
                for c in row.cells:
                    c.text = change(c.text)
    return src


_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in
               "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.:()+-=<>,;/"}
_TO_FULL_WIDTH = str.maketrans(_FULL_WIDTH)


def fullwidth(src: SourceDocument) -> SourceDocument:
    return _texts(src, lambda t: t.translate(_TO_FULL_WIDTH))


def traditional(src: SourceDocument) -> SourceDocument:
    import opencc

    converter = opencc.OpenCC("s2t")
    return _texts(src, lambda t: t if t.isascii() else converter.convert(t))


def wrapped(src: SourceDocument) -> SourceDocument:
    """A label or level name broken by a typed line break at its middle (产出 / 指标)."""
    for t in _tables(src):
        for row in t.rows:
            for c in row.cells:
                text = c.text.strip()
                if _FORM_WORDS.match(text) and len(text) >= 4:
                    c.text = text[:len(text) // 2] + "\n" + text[len(text) // 2:]
    return src


def blank_rows(src: SourceDocument) -> SourceDocument:
    """An empty row after every fourth row, none merged (a sheet's spare rows)."""
    for t in _tables(src):
        rows: list[Row] = []
        for i, row in enumerate(t.rows):
            rows.append(row)
            below = t.rows[i + 1] if i + 1 < len(t.rows) else None
            if i % 4 == 3 and below is not None and not any(c.merged_above for c in below.cells):
                rows.append(Row([Cell("", col) for col in range(t.ncols)]))
        t.rows = rows
    return src


_FORM_LABELS = frozenset({
    "项目名称", "专项名称", "主管部门", "实施单位", "项目单位", "预算单位", "单位名称",
    "项目负责人", "联系电话", "项目属性", "项目类型", "项目期", "年度资金总额", "资金总额",
    "项目资金", "财政拨款", "其他资金", "年度目标", "年度绩效目标", "总体目标",
})


def _key_label(text: str) -> bool:
    """A form's own label word (项目名称, 主管部门, 其他资金), with its note or marks."""
    from jixiao.vocab.labels import clean_label

    return clean_label(text) in _FORM_LABELS


def _key_rows(t: Table) -> list[Row]:
    """The rows of the table's head, above its indicators' header, as the layout reads
    them: its key rows."""
    from jixiao.parsers.layout.rows import classify_row

    rows: list[Row] = []
    for row in t.rows:
        kind = classify_row(row)
        if kind == "header":
            break
        if kind == "keys":
            rows.append(row)
    return rows


def colons(src: SourceDocument) -> SourceDocument:
    """A colon typed after each key label (项目名称：, 主管部门：)."""
    for t in _tables(src):
        for row in _key_rows(t):
            for c in row.cells:
                if not c.merged_above and _key_label(c.text) and not c.text.strip().endswith(
                        ("：", ":")):
                    c.text = c.text.strip() + "："
    return src


def inline_keys(src: SourceDocument) -> SourceDocument:
    """A key label and its value in one cell (项目名称：乡村道路硬化), as a form typed with
    no column for labels writes them: the label's cell takes the value's columns."""
    for t in _tables(src):
        for row in _key_rows(t):
            own = [c for c in row.cells if c.text.strip() and not c.merged_above]
            if len(own) % 2 or not all(_key_label(c.text) for c in own[::2]):
                continue  # (only rows of label | value pairs: not a money block's columns)
            cells: list[Cell] = []
            i = 0
            while i < len(row.cells):
                c = row.cells[i]
                nxt = row.cells[i + 1] if i + 1 < len(row.cells) else None
                if (nxt is not None and not c.merged_above and not nxt.merged_above
                        and _key_label(c.text) and nxt.text.strip()
                        and not _key_label(nxt.text) and "\n" not in nxt.text):
                    cells.append(Cell(c.text.strip().rstrip("：:") + "：" + nxt.text.strip(),
                                      c.col, nxt.end - c.col))
                    i += 2
                    continue
                cells.append(c)
                i += 1
            row.cells = cells
    return src


def head_as_lines(src: SourceDocument) -> SourceDocument:
    """The form's first rows of label | value pairs typed as lines above its table
    (项目名称：乡村道路硬化, 主管部门：交通局　实施单位：石桥镇), the table starting at the
    first row that is not such a pair row (a money block, the goal, the header), as a
    submission that types its head as text and draws only the rest as a table lays it out."""
    blocks: list[Block] = []
    for b in src.blocks:
        if not isinstance(b, Table) or _indicator_header(b) is None:
            blocks.append(b)
            continue
        keys = {id(r) for r in _key_rows(b)}
        n = 0
        while n < len(b.rows) and id(b.rows[n]) in keys and _pairs_only(b.rows[n]):
            n += 1
        if n == 0 or n == len(b.rows):
            blocks.append(b)
            continue
        for row in b.rows[:n]:
            own = [c.text.strip() for c in row.cells if c.text.strip()]
            blocks.append(Paragraph("　".join(
                f"{label.rstrip('：:')}：{value}" for label, value in zip(
                    own[::2], own[1::2], strict=True))))
        rest = [copy.deepcopy(r) for r in b.rows[n:]]
        for c in rest[0].cells:
            c.merged_above = False
        blocks.append(Table(rest, ncols=b.ncols))
    src.blocks = blocks
    return src


def _pairs_only(row: Row) -> bool:
    """A row of label | value pairs, each label a form's own word, no cell merged from
    above, no value blank or a line break in it."""
    own = [c for c in row.cells if c.text.strip()]
    return bool(own) and len(own) % 2 == 0 and not any(c.merged_above for c in row.cells) and (
        all(_key_label(c.text) for c in own[::2])) and not any(
        _key_label(c.text) or "\n" in c.text.strip() for c in own[1::2])


# Another province's word for the same column (each a word of the header vocabulary)
_OTHER_WORD = {
    "指标值": "年度指标值", "年度指标值": "指标值", "目标值": "指标值", "三级指标": "指标名称",
    "指标名称": "三级指标", "指标值确定依据": "指标值设定依据", "度量单位": "计量单位",
    "计量单位": "度量单位", "指标性质": "指标方向", "实际完成值": "全年实际值",
    "全年实际值": "实际完成值", "指标解释": "指标说明",
}


def header_words(src: SourceDocument) -> SourceDocument:
    """The indicators' header in another province's words for the same columns (指标值 →
    年度指标值, 三级指标 → 指标名称, 度量单位 → 计量单位 …)."""
    from jixiao.parsers.layout.rows import classify_row

    for t in _tables(src):
        for row in t.rows:
            if classify_row(row) != "header":
                continue
            for c in row.cells:
                c.text = _OTHER_WORD.get(c.text.strip(), c.text)
    return src


def note_row(src: SourceDocument) -> SourceDocument:
    """A note typed as the last row of each table with indicators, one cell across it
    (注：1.指标值请填写具体数值；2.…)."""
    for t in _tables(src):
        if _indicator_header(t) is not None:
            t.rows.append(Row([Cell("注：1.指标值请填写具体数值或定性描述；2.本表一式两份。", 0,
                                    t.ncols)]))
    return src


def sign_off(src: SourceDocument) -> SourceDocument:
    """The rows a form ends with, under the indicators: who filled it in and when."""
    for t in _tables(src):
        if _indicator_header(t) is None or t.ncols < 4:
            continue
        half = t.ncols // 2
        t.rows += [
            Row([Cell("填表人：", 0), Cell("李明", 1, half - 1), Cell("联系电话：", half),
                 Cell("0731-5551234", half + 1, t.ncols - half - 1)]),
            Row([Cell("单位负责人（签字）：", 0, half), Cell("填报日期：    年  月  日", half,
                                                           t.ncols - half)]),
        ]
    return src


def split_page(src: SourceDocument) -> SourceDocument:
    """`split`, with the page's number printed between the two parts (— 2 —), as a PDF's
    footer reads."""
    return _between_parts(_split(src, repeat_header=False), "— 2 —")


def _between_parts(src: SourceDocument, line: str) -> SourceDocument:
    """`line` as a paragraph between every two tables that follow each other."""
    blocks: list[Block] = []
    for b in src.blocks:
        if isinstance(b, Table) and blocks and isinstance(blocks[-1], Table):
            blocks.append(Paragraph(line))
        blocks.append(b)
    src.blocks = blocks
    return src


def _header_columns(t: Table) -> tuple[int, dict[str, list[Cell]]] | None:
    """The indicators' header row of `t` (its index) and its cells by the field each
    names, or None where the table has none."""
    from jixiao.parsers.layout.header import header_match
    from jixiao.parsers.layout.rows import classify_row

    for i, row in enumerate(t.rows):
        if classify_row(row) == "header":
            fields: dict[str, list[Cell]] = {}
            for c in row.cells:
                m = header_match(c.text, fuzzy=False)
                if m is not None:
                    fields.setdefault(m.field, []).append(c)
            return i, fields
    return None


def _indicator_rows(t: Table, head: int, fields: dict[str, list[Cell]]) -> list[Row]:
    """The rows under the header that are laid out as its indicators: each has a cell of
    its own where the header's indicator name (or 二级) stands, as wide as it, up to the
    first row that has none (a sign-off, a conclusion across the table)."""
    named = fields.get("level3") or fields.get("level2") or []
    if len(named) != 1:
        return []
    col, span = named[0].col, named[0].colspan
    rows: list[Row] = []
    for row in t.rows[head + 1:]:
        if not any(c.col == col and c.colspan == span and (rows or not c.merged_above)
                   for c in row.cells):
            if rows:
                break
            continue  # (the header's own second row)
        rows.append(row)
    return rows


def _headed_tables(src: SourceDocument) -> Iterator[tuple[Table, int, dict[str, list[Cell]]]]:
    """Each table with an indicators' header: the table, its header row's index and the
    header's cells by field (`_header_columns`)."""
    for t in _tables(src):
        found = _header_columns(t)
        if found is not None:
            yield t, *found


# A target the budget system writes in three cells: its sign, its figure and its unit
# (≥95% as ≥ | 95 | %); dates, ranges and words stay whole in the 指标值 cell.
_APART = re.compile(
    r"(?P<op>≥|≤|>=|<=|>|<|=|＞|＜|≧|≦)?\s*(?P<figure>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|万元|元|人次|平方米|公里|个|人|户|次|场|项|家|套|处|所|亩|米|台|件|册|辆|座|"
    r"名|只|头|吨|株|份|篇|批|小时|分钟|天|工作日)")


def value_apart(raw: str) -> tuple[str, str, str] | None:
    """The sign, figure and unit of a target written as the three (≥95% → ≥, 95, %)."""
    m = _APART.fullmatch(raw.strip())
    return None if m is None else (m.group("op") or "=", m.group("figure"), m.group("unit"))


def unit_col(src: SourceDocument) -> SourceDocument:
    """The target written in three columns, 指标性质 | 指标值 | 度量单位 (≥ | 95 | %), as a
    budget system's export gives it; a table with a sign or unit column of its own, or a
    target column under two header rows, is left as it is."""
    for t, head, fields in _headed_tables(src):
        values = fields.get("value", [])
        if len(values) != 1 or values[0].colspan != 1 or "op" in fields or "unit" in fields:
            continue
        v = values[0].col
        if head + 1 < len(t.rows) and any(c.merged_above and c.col == v
                                          for c in t.rows[head + 1].cells):
            continue  # a target column under two header rows
        for i, row in enumerate(t.rows):
            cells: list[Cell] = []
            for c in row.cells:
                if c.end <= v:
                    cells.append(c)
                elif c.col > v:
                    c.col += 2
                    cells.append(c)
                elif c.col == v and c.colspan == 1 and i >= head:
                    parts = (("指标性质", c.text, "度量单位") if i == head
                             else value_apart(c.text) or ("", c.text, ""))
                    cells += [Cell(text, v + k, merged_above=c.merged_above)
                              for k, text in enumerate(parts)]
                else:
                    c.colspan += 2  # a cell across the target's column
                    cells.append(c)
            row.cells = cells
        t.ncols += 2
    return src


_CN_ORDINALS = "一二三四五六七八九十"
_NUMBERED = {"level1": lambda n: f"{_CN_ORDINALS[(n - 1) % 10]}、",
             "level2": lambda n: f"{n}.", "level3": lambda n: f"({n})"}
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+\.(?!\d)|\(\d+\))")
# a name to number: two ideographs or more, not a template's prompt (指标1：)
_NAME = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", re.S)
_PROMPT = re.compile(r"指标\s*\d+\s*[:：]?")


def numbered(src: SourceDocument) -> SourceDocument:
    """The levels' names numbered as outlines number them (一、产出指标, 1.数量指标,
    (1)发放人数), each level counted down its column over a table's indicator rows."""
    from jixiao.vocab.labels import OUTLINE_NUMBER_RE

    for t, head, fields in _headed_tables(src):
        rows = _indicator_rows(t, head, fields)
        if any(_NUMBERING.match(c.text.strip()) or OUTLINE_NUMBER_RE.match(c.text.strip())
               for r in rows for c in r.cells):
            continue  # numbered already (an outline's tree in one column)
        for level, number in _NUMBERED.items():
            columns = fields.get(level, [])
            if len(columns) != 1:
                continue
            col, n, last = columns[0].col, 0, ""
            for row in rows:
                for c in row.cells:
                    text = c.text.strip()
                    if c.col != col or not _NAME.search(text) or _PROMPT.fullmatch(text):
                        continue
                    if not c.merged_above:
                        n += 1
                        last = number(n) + c.text
                    if last:
                        c.text = last
    return src


def level_rows(src: SourceDocument) -> SourceDocument:
    """The 一级 written as a row of its own over its indicators, one cell across the table
    from where its column stood, and its column taken out (产出指标 as a heading row, the
    rows below 数量指标 | 发放人数 | 100人), as outlines and some forms set it."""
    for t, head, fields in _headed_tables(src):
        level1 = fields.get("level1", [])
        if (len(level1) != 1 or level1[0].colspan != 1 or not fields.keys() & {"level2", "level3"}
                or any(f.startswith("project") for f in fields)
                or any(len(fields.get(f, [])) > 1 for f in ("level2", "level3", "value"))):
            continue  # (a wide sheet's rows are its projects', two blocks side by side share
            # their rows: no heading row over either)
        col = level1[0].col
        if any(c.col == col and c.colspan == 1 and c.text.strip() and not c.merged_above
               for r in t.rows[:head] for c in r.cells):
            continue  # a label of the form's head in that column: no column to take out
        data = {id(r) for r in _indicator_rows(t, head, fields)}
        rows: list[Row] = []
        for row in t.rows:
            own = next((c for c in row.cells if c.col == col and c.colspan == 1), None)
            if (id(row) in data and own is not None and own.text.strip()
                    and not own.merged_above):
                # the cells left of it (a block's label merged down beside the rows) start
                # on the heading row where they started on this one
                left = [Cell(c.text, c.col, c.colspan, merged_above=c.merged_above)
                        for c in row.cells if c.end <= col]
                for c in row.cells:
                    if c.end <= col:
                        c.merged_above = True
                rows.append(Row([*left, Cell(own.text, col, t.ncols - 1 - col)]))
            cells: list[Cell] = []
            for c in row.cells:
                if c.end <= col:
                    cells.append(c)
                elif c.col > col:
                    c.col -= 1
                    cells.append(c)
                elif c.colspan > 1:
                    c.colspan -= 1
                    cells.append(c)
            row.cells = cells
            rows.append(row)
        t.rows = rows
        t.ncols -= 1
    return src


def _label_value_cells(row: Row) -> list[Cell]:
    """The cells of a row of two pairs or more, label | value | label | value, none merged
    or blank; none for any other row."""
    own = [c for c in row.cells if c.text.strip()]
    if (len(own) < 4 or len(own) % 2 or len(own) != len(row.cells)
            or any(c.merged_above for c in row.cells)
            or not all(_key_label(c.text) for c in own[::2])
            or any(_key_label(c.text) for c in own[1::2])):
        return []
    return own


def one_pair(src: SourceDocument) -> SourceDocument:
    """A form's head with one label and its value a row (项目名称 | 乡村道路硬化 over
    主管部门 | 交通局) where it had two or more a row (项目名称 | … | 主管部门 | …): each
    pair a row of its own, the value across the rest of it."""
    for t in _tables(src):
        head = {id(r) for r in _key_rows(t)}
        rows: list[Row] = []
        for row in t.rows:
            own = _label_value_cells(row) if id(row) in head else []
            if not own or own[0].col != 0:
                rows.append(row)
                continue
            width = own[0].colspan
            for label, value in zip(own[::2], own[1::2], strict=True):
                rows.append(Row([Cell(label.text, 0, width),
                                 Cell(value.text, width, t.ncols - width)],
                                index=row.index, page=row.page))
        t.rows = rows
    return src


LEVELS_AND_VALUE = ("level1", "level2", "level3", "value")


def header_rows(src: SourceDocument) -> SourceDocument:
    """The indicators' header in two rows: 绩效指标 across the levels' columns above their
    names, every other header cell merged down over both rows (一级指标 | 二级指标 | 三级指标
    under 绩效指标, 指标值 beside them two rows tall), as many forms draw it."""
    for t, head, fields in _headed_tables(src):
        levels = [c for f in ("level1", "level2", "level3") for c in fields.get(f, [])]
        if len(levels) < 2 or any(len(fields.get(f, [])) > 1 for f in LEVELS_AND_VALUE):
            continue
        first, last = min(c.col for c in levels), max(c.end for c in levels)
        row = t.rows[head]
        if _header_end(t, head) > head + 1:
            continue  # a header of two rows already
        if any(c.col < last < c.end or c.col < first < c.end or (
                first <= c.col < last and c.merged_above) for c in row.cells):
            continue  # a cell across the levels' edge
        above: list[Cell] = []
        for c in row.cells:
            if first <= c.col < last:
                if c.col == first:
                    above.append(Cell("绩效指标", first, last - first))
                continue
            above.append(Cell(c.text, c.col, c.colspan, merged_above=c.merged_above))
            c.merged_above = True  # (a block's label merged down beside it goes on)
        t.rows.insert(head, Row(above, index=row.index, page=row.page))
    return src


def padded(src: SourceDocument) -> SourceDocument:
    """Texts padded as Word and web pages pad them: the form's own words letter-spaced
    with ideographic spaces (项\u3000目\u3000名\u3000称), every other cell's text with a
    no-break space before it and a zero-width space after it (a page's &nbsp; and what a
    copied span leaves), paragraphs indented by two ideographic spaces."""
    for b in src.blocks:
        if isinstance(b, Paragraph):
            if b.text.strip():
                b.text = "\u3000\u3000" + b.text.strip()
            continue
        for row in b.rows:
            for c in row.cells:
                text = c.text.strip()
                if _FORM_WORDS.match(text) and len(text) <= 6:
                    c.text = "\u3000".join(text)
                elif text:
                    c.text = "\xa0" + text + "\u200b"
    return src


def vertical(src: SourceDocument) -> SourceDocument:
    """The 一级 and 二级 names written a character a line (产 / 出 / 指 / 标), as a clerk
    types them down a narrow merged cell."""
    for t, head, fields in _headed_tables(src):
        cols = {c.col for f in ("level1", "level2") for c in fields.get(f, [])}
        for row in t.rows[head + 1:]:
            for c in row.cells:
                text = c.text.strip()
                if c.col in cols and 2 <= len(text) <= 9 and not any(
                        ch.isspace() or ch.isdigit() for ch in text):
                    c.text = "\n".join(text)
    return src


def seq_col(src: SourceDocument) -> SourceDocument:
    """A 序号 column at the left of each table with an indicators' header, numbering its
    indicator rows 1, 2, 3 …; every other row's first cell across it (a budget system's
    export, a sheet's first column)."""
    for t, head, fields in _headed_tables(src):
        numbered = {id(r) for r in _indicator_rows(t, head, fields)}
        if not numbered or head + 1 < _header_end(t, head):
            continue  # (a header of two rows: left as it is)
        n = 0
        for i, row in enumerate(t.rows):
            for c in row.cells:
                c.col += 1
            if i == head:
                row.cells.insert(0, Cell("序号", 0))
            elif id(row) in numbered:
                n += 1
                row.cells.insert(0, Cell(str(n), 0))
            elif row.cells and row.cells[0].col == 1:
                row.cells[0].col, row.cells[0].colspan = 0, row.cells[0].colspan + 1
        t.ncols += 1
    return src


def block_col(src: SourceDocument) -> SourceDocument:
    """A column at the left naming each block of the form down its rows, merged: 基本信息
    beside the rows above the indicators' header, 绩效指标 beside the header and the
    indicators (as 四川's and 湖南's forms draw it); the rows below them across it.  Only
    where the form has no caption merged down its first column already."""
    for t, head, fields in _headed_tables(src):
        indicators = _indicator_rows(t, head, fields)
        if not indicators or any(c.col == 0 and c.merged_above for r in t.rows for c in r.cells):
            continue  # (a form with a column of captions of its own: left as it is)
        last = max(i for i, r in enumerate(t.rows) if r is indicators[-1])
        for i, row in enumerate(t.rows):
            for c in row.cells:
                c.col += 1
            if i < head:
                row.cells.insert(0, Cell("基本信息" if i == 0 else "", 0, merged_above=i > 0))
            elif i <= last:
                row.cells.insert(0, Cell("绩效指标" if i == head else "", 0,
                                         merged_above=i > head))
            elif row.cells and row.cells[0].col == 1:
                row.cells[0].col, row.cells[0].colspan = 0, row.cells[0].colspan + 1
        t.ncols += 1
    return src


def head_again(src: SourceDocument) -> SourceDocument:
    """The indicators' header written again halfway down its rows, in the same table (a
    sheet printed with its header repeated on each page, then copied back as one); a
    merged cell the repeat cuts goes on blank below it."""
    for t, head, fields in _headed_tables(src):
        indicators = _indicator_rows(t, head, fields)
        if len(indicators) < 4:
            continue
        at = next(i for i, r in enumerate(t.rows) if r is indicators[len(indicators) // 2])
        header = [copy.deepcopy(r) for r in t.rows[head:_header_end(t, head)]]
        for c in header[0].cells:
            c.merged_above = False
        for c in t.rows[at].cells:
            if c.merged_above:
                c.merged_above, c.text = False, ""
        t.rows[at:at] = header
    return src


def apart(src: SourceDocument) -> SourceDocument:
    """Each form in two tables, its head and its indicators, a heading between them
    (二、项目绩效指标), as a submission that types the indicators as a table of their own
    below the form's head lays it out."""
    blocks: list[Block] = []
    for b in src.blocks:
        found = _header_columns(b) if isinstance(b, Table) else None
        if not isinstance(b, Table) or found is None or found[0] == 0:
            blocks.append(b)
            continue
        head = found[0]
        if any(c.merged_above for c in b.rows[head].cells):
            blocks.append(b)  # (the header's second row: left as it is)
            continue
        below = [copy.deepcopy(r) for r in b.rows[head:]]
        for c in below[0].cells:
            c.merged_above = False  # (a caption merged down beside the header: cut above)
        blocks += [Table(b.rows[:head], ncols=b.ncols), Paragraph("二、项目绩效指标"),
                   Table(below, ncols=b.ncols)]
    src.blocks = blocks
    return src


def continued(src: SourceDocument) -> SourceDocument:
    """`split-head`, with 续表 printed above the second part, as a long form's next page
    is headed."""
    return _between_parts(_split(src, repeat_header=True), "续表")


def explain_col(src: SourceDocument) -> SourceDocument:
    """A 指标解释 column between the indicator's name and its target, each indicator's
    explained in a sentence (反映…的情况。), as the central templates ask."""
    return _column_before_target(src, "指标解释", lambda _k, name: f"反映{name[:12]}的情况。")


_WEIGHTS = ("10", "5", "20", "15", "8")


def weight_col(src: SourceDocument) -> SourceDocument:
    """A 分值 column between the indicator's name and its target, a bare figure on each
    indicator's row (10, 5, 20 …), as forms that weigh their indicators draw it."""
    return _column_before_target(src, "分值", lambda k, _name: _WEIGHTS[k % len(_WEIGHTS)])


def _column_before_target(src: SourceDocument, header: str,
                          text: Callable[[int, str], str]) -> SourceDocument:
    """A column headed `header` inserted before each table's target column, `text(k,
    name)` on its k-th indicator row (the row's name given) where the row has a name and a
    target; a row the template left to fill gets none."""
    for t, head, fields in _headed_tables(src):
        values = fields.get("value", [])
        if len(values) != 1 or head + 1 < _header_end(t, head) or (
                head + 1 < len(t.rows) and any(c.merged_above for c in t.rows[head + 1].cells)):
            continue  # (a header of two rows: left as it is)
        v = values[0].col
        rows = {id(r) for r in _indicator_rows(t, head, fields)}
        k = 0
        for i, row in enumerate(t.rows):
            cells: list[Cell] = []
            for c in row.cells:
                if c.col >= v:
                    c.col += 1
                elif c.end > v:
                    c.colspan += 1  # a cell across the target's column: across the new one
                cells.append(c)
            if i == head or id(row) in rows:
                name = next((c.text for c in row.cells if c.end == v), "").strip()
                target = next((c.text for c in row.cells if c.col == v + 1), "")
                own = header if i == head else text(k, name) if name and target.strip() else ""
                k += i != head and bool(own)
                if not any(c.col < v < c.end for c in row.cells):
                    cells.append(Cell(own, v))
            elif not any(c.col <= v < c.end for c in cells):
                cells.append(Cell("", v))
            row.cells = sorted(cells, key=lambda c: c.col)
        t.ncols += 1
    return src


def keys_above(src: SourceDocument) -> SourceDocument:
    """A row of label | value pairs written as two rows, the labels over their values
    (项目名称 | 主管部门 over 乡村道路硬化 | 交通局), as a form laid out in columns does."""
    for t in _tables(src):
        head = {id(r) for r in _key_rows(t)}
        rows: list[Row] = []
        for row in t.rows:
            own = _label_value_cells(row) if id(row) in head else []
            if not own:
                rows.append(row)
                continue
            labels, values = own[::2], own[1::2]
            cols = [(lab.col, val.end) for lab, val in zip(labels, values, strict=True)]
            rows.append(Row([Cell(lab.text, a, b - a) for lab, (a, b) in zip(labels, cols,
                                                                            strict=True)],
                            index=row.index, page=row.page))
            rows.append(Row([Cell(val.text, a, b - a) for val, (a, b) in zip(values, cols,
                                                                            strict=True)],
                            index=row.index, page=row.page))
        t.rows = rows
    return src


def short_levels(src: SourceDocument) -> SourceDocument:
    """The 一级 and 二级 names written without 指标 (产出 / 数量, 效益 / 社会效益), as many
    forms write them."""
    for t, head, fields in _headed_tables(src):
        cols = {c.col for f in ("level1", "level2") for c in fields.get(f, [])}
        for row in t.rows[head + 1:]:
            for c in row.cells:
                if c.col in cols:
                    c.text = _short_level(c.text.strip())
    return src


def _short_level(text: str) -> str:
    """A level's name less its 指标 (产出指标 → 产出); any other text as it is."""
    from jixiao.vocab.labels import level_kind

    if not (text.endswith("指标") and level_kind(text)):
        return text
    return text.removesuffix("指标").rstrip()  # (经济效益\n指标: no break left at its end)


def goal_rows(src: SourceDocument) -> SourceDocument:
    """A goal of several numbered items written an item a row beside its label merged down
    (年度目标 | 1.… over | 2.…), as a form with a row for each target lays it out."""
    from jixiao.normalize.goals import split_goals
    from jixiao.parsers.layout.rows import key_pairs

    for t in _tables(src):
        head = {id(r) for r in _key_rows(t)}
        rows: list[Row] = []
        for row in t.rows:
            own = [c for c in row.cells if c.text.strip() and not c.merged_above]
            pairs = key_pairs(row) if id(row) in head else []
            goals = split_goals(own[1].text) if len(own) == 2 and len(pairs) == 1 and (
                pairs[0][0] == "goals") else []
            if len(goals) < 2 or any(c.merged_above for c in row.cells):
                rows.append(row)
                continue
            label, value = own
            for k, goal in enumerate(goals):
                rows.append(Row([Cell(label.text, label.col, label.colspan, merged_above=k > 0),
                                 Cell(f"{k + 1}.{goal}", value.col, value.colspan)],
                                index=row.index, page=row.page))
        t.rows = rows
    return src


def no_head(src: SourceDocument) -> SourceDocument:
    """The indicators' header row taken out, the levels and targets left to say what
    their columns are (a form that draws no header over its indicators)."""
    for t, head, _fields in _headed_tables(src):
        if _header_end(t, head) > head + 1 or (
                head + 1 < len(t.rows) and any(c.merged_above for c in t.rows[head + 1].cells)):
            continue  # (a header of two rows: left as it is)
        del t.rows[head]
    return src


def odd_header(src: SourceDocument) -> SourceDocument:
    """The indicators' header in words no vocabulary knows (栏目一 | 栏目二 | …), as an
    unseen template's might be: the levels and targets below say what the columns are."""
    for t, head, _fields in _headed_tables(src):
        if _header_end(t, head) > head + 1 or (
                head + 1 < len(t.rows) and any(c.merged_above for c in t.rows[head + 1].cells)):
            continue  # (a header of two rows: left as it is)
        for k, c in enumerate(c for c in t.rows[head].cells if not c.merged_above):
            c.text = f"栏目{_CN_ORDINALS[k % 10]}"
    return src


ALTER: dict[str, Callable[[SourceDocument], SourceDocument]] = {
    "as-read": lambda src: src, "fill": fill, "unmerge": unmerge, "spaced": spaced,
    "split": split, "split-head": split_head, "title-in": title_in, "no-blanks": no_blanks,
    "extra-col": extra_col, "fullwidth": fullwidth, "traditional": traditional,
    "wrapped": wrapped, "blank-rows": blank_rows, "colons": colons, "inline-keys": inline_keys,
    "header-words": header_words, "note-row": note_row, "sign-off": sign_off,
    "split-page": split_page, "unit-col": unit_col, "numbered": numbered,
    "level-rows": level_rows, "header-rows": header_rows, "one-pair": one_pair,
    "padded": padded, "vertical": vertical, "seq-col": seq_col, "block-col": block_col,
    "head-again": head_again, "apart": apart, "continued": continued,
    "explain-col": explain_col, "keys-above": keys_above, "short-levels": short_levels,
    "goal-rows": goal_rows, "weight-col": weight_col, "head-as-lines": head_as_lines,
    "no-head": no_head,
    "odd-header": odd_header,
}


# --- the run -----------------------------------------------------------------------------


def _exported(pages: dict[str, tuple[str, Path]]) -> dict[str, tuple[list[dict[str, Any]],
                                                                     str | None]]:
    """Each page read, all in one database: its document (none where it failed) and why
    it failed."""
    docs, failures = export_documents([p for _, p in pages.values()])
    by_name = {d["source"]: d for d in docs}
    failed = {f.split(": ", 1)[0]: f.split(": ", 1)[-1] for f in failures}
    return {name: ([by_name[path.name]] if path.name in by_name else [], failed.get(path.name))
            for name, (_module, path) in pages.items()}


def _plain(obj: Any) -> Any:
    """Every text in NFKC and simplified characters: read the same, written otherwise."""
    from jixiao.hanzi import simplified

    if isinstance(obj, str):
        return simplified(unicodedata.normalize("NFKC", obj))
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


# how a kind's texts are compared with the truth's (the same for its page as read)
def _rows(obj: Any, change: Callable[[list[Any]], None]) -> Any:
    """`change` done to each indicator row, a truth's [level1, level2, level3, raw, value]
    or the export's indicator as that list, written back."""
    obj = copy.deepcopy(obj)
    for doc in obj if isinstance(obj, list) else [obj]:
        for project in doc.get("projects") or []:
            for i, ind in enumerate(project.get("indicators") or []):
                row = ind if isinstance(ind, list) else [ind["level1"], ind["level2"],
                                                         ind["level3"], ind["value_raw"]]
                change(row)
                if isinstance(ind, dict):
                    ind["level1"], ind["level2"], ind["level3"], ind["value_raw"] = row[:4]
                project["indicators"][i] = ind
    return obj


def _figures(row: list[Any]) -> None:
    apart = value_apart(row[3]) if isinstance(row[3], str) else None
    if apart is not None:
        row[3] = apart[1]


def _unnumbered(row: list[Any]) -> None:
    for i in range(3):
        if isinstance(row[i], str):
            row[i] = _NUMBERING.sub("", row[i], count=1) or None


def _short(row: list[Any]) -> None:
    for i in range(2):
        if isinstance(row[i], str):
            row[i] = _short_level(row[i])


_VIEW: dict[str, Callable[[Any], Any]] = {
    "fullwidth": _plain, "traditional": _plain,
    # a target's raw text is its figure once the sign and unit have columns of their own
    "unit-col": lambda obj: _rows(obj, _figures),
    "numbered": lambda obj: _rows(obj, _unnumbered),
    "short-levels": lambda obj: _rows(obj, _short),
}


def _score(module: str, got: list[dict[str, Any]], failure: str | None,
           view: Callable[[Any], Any] | None = None) -> tuple[Score, Score]:
    truth = truth_of(module)
    if view is not None:
        truth, got = view(truth), view(got)
    s = score(truth, got)
    if failure is not None:
        s.misses.insert(0, f"failed: {failure}")
    return s, score(unspaced(truth), unspaced(got))


# a form's money in 万元: a figure, with its unit or bare (25, 25万元), and the unit's
# words in a label's note or a unit's note (资金总额（万元）, 单位：万元)
_WAN_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(万元|万)?")
_WAN_WORDS = re.compile(r"(?<=[(（])[万萬]元(?=[)）]|$)|(?<=[单單]位[:：])\s*[万萬]元")


def in_yuan(src: SourceDocument, truth: dict[str, Any]) -> SourceDocument:
    """The form's money written in 元 where it was in 万元: each figure above the form's
    indicators' header (in a table with none, anywhere in it) that is a project's budget
    or a source's amount in 万元 (25, 25万元) written in 元 with thousands parted
    (250,000.00), and the unit's
    words in the rows above that header and in the lines right above its table made 元
    (资金总额（元）, 单位：元), as a budget system's export writes money.  A form whose
    money is in 元 already, or whose figures are not found, is left as it is."""
    from jixiao.parsers.layout.rows import classify_row

    amounts = {Decimal(str(a)) for p in truth.get("projects") or []
               for a in [p.get("budget_total_yuan"), *[f.get("amount_yuan") for f in
                                                       p.get("funding") or []]]
               if a}
    for i, t in enumerate(src.blocks):
        if not isinstance(t, Table):
            continue
        above_header = []  # the rows above the table's first header
        for row in t.rows:
            if classify_row(row) == "header":
                break
            above_header.append(row)
        changed = False
        for row in above_header:
            for c in row.cells:
                m = _WAN_FIGURE.fullmatch(c.text.strip())
                if m is None or Decimal(m.group(1)) * 10000 not in amounts:
                    continue
                c.text = f"{Decimal(m.group(1)) * 10000:,.2f}" + ("元" if m.group(2) else "")
                changed = True
        if not changed:
            continue
        for row in above_header:
            for c in row.cells:
                c.text = _WAN_WORDS.sub("元", c.text)
        above = i - 1  # the lines right above it (单位：万元)
        while above >= 0 and isinstance(b := src.blocks[above], Paragraph):
            b.text = _WAN_WORDS.sub("元", b.text)
            above -= 1
    return src


# two samples' pages in one file: as they are, or as one sheet's one table
PAIRED = ("two-in-one", "one-sheet")


def one_sheet(first: SourceDocument, second: SourceDocument) -> SourceDocument:
    """Two forms as one table, as a workbook's sheet holds a season's forms one under the
    other: each form from the paragraphs just above its first table (its title, its unit)
    on, a web page's record tables before it left out; each paragraph a row of one cell
    across the sheet, each table's rows as they are, every row filled out with blank cells
    to the widest row's edge."""
    blocks = [*_from_the_form(first), *_from_the_form(second)]
    ncols = max((c.end for b in blocks if isinstance(b, Table) for r in b.rows
                 for c in r.cells), default=1)
    rows: list[Row] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            if b.text.strip():
                rows.append(Row([Cell(b.text.strip(), 0, ncols)]))
            continue
        for row in b.rows:
            end = max((c.end for c in row.cells), default=0)
            row.cells += [Cell("", col) for col in range(end, ncols)]
            rows.append(row)
    first.blocks = [Table(rows, ncols=ncols)]
    return first


def _from_the_form(src: SourceDocument) -> list[Block]:
    """The blocks from the paragraphs right above the form's first table (a table that
    names its project, 项目名称 | …, or holds the indicators' header) on."""
    from jixiao.parsers.layout.rows import classify_row, names_the_project

    def _of_the_form(r: Row) -> bool:
        return classify_row(r) == "header" or names_the_project(r)

    at = next((i for i, b in enumerate(src.blocks) if isinstance(b, Table) and any(
        _of_the_form(r) for r in b.rows)), 0)
    while at > 0 and _a_form_line(src.blocks[at - 1]):
        at -= 1
    return src.blocks[at:]


def _a_form_line(b: Block) -> bool:
    """A line a form's sheet has above its table: its title, its year, its unit (单位：万元),
    not a web page's prose about the project ((7)绩效目标:…)."""
    text = b.text.strip() if isinstance(b, Paragraph) else None
    return text is not None and len(text) <= 40 and (
        not re.search("[:：]", text) or ("单位" in text and "元" in text))


def _named_form(src: SourceDocument) -> bool:
    """A form whose own cells name its project (项目名称 | …) and hold its indicators'
    header: one that reads as itself wherever it stands in a file.  (A notice in prose, a
    report, a form named only by its title are read by the document round them.)"""
    from jixiao.parsers.layout.rows import classify_row, key_pairs

    tables = [b for b in src.blocks if isinstance(b, Table)]
    rows = [r for t in tables for r in t.rows]
    kinds = [classify_row(r) for r in rows]
    return "header" in kinds and any(
        kind == "keys" and any(f == "name" and v.strip() for f, _l, v in key_pairs(r))
        for r, kind in zip(rows, kinds, strict=True))


def _two_in_one(first: str, second: str, docs: list[dict[str, Any]], failure: str | None,
                first_read: tuple[list[dict[str, Any]], str | None],
                second_read: tuple[list[dict[str, Any]], str | None]
                ) -> tuple[Score, Score, Score, Score]:
    """Two samples' pages in one file, scored against their truths' projects one after the
    other, and the two pages read apart, added up (the unit is the first's: not scored)."""
    a, b = truth_of(first), truth_of(second)
    truth = {**a, "projects": [*a["projects"], *b["projects"]]}
    got = score(truth, docs)
    if failure is not None:
        got.misses.insert(0, f"failed: {failure}")
    got_unspaced = score(unspaced(truth), unspaced(docs))
    was, was_unspaced = _score(first, *first_read)
    for s, t in zip(_score(second, *second_read), (was, was_unspaced), strict=True):
        t.add(s)
        t.misses += [m.replace("project 1 ", f"project {len(a['projects']) + 1} ")
                     for m in s.misses]
    for s in (got, got_unspaced, was, was_unspaced):
        s.units = [1, 1]
    return got, got_unspaced, was, was_unspaced


@dataclass
class Outcome:
    """One page's variant against the same grid written unaltered."""

    outcome: str  # "as read", "worse only in spaces" or "worse"
    got: Score
    new_misses: list[str]  # misses the unaltered page does not have


# Variants that read worse than their page as read, each with why it is left: the test
# (tests/documents/test_variants.py) holds the reader to this list, both ways.
KNOWN: dict[tuple[str, str], str] = {
    ("unmerge", "2022年度共享工程项目自评表.xlsx"):
        "a target merged over two indicators (独有数据资源查询… beside two 社会效益 rows): "
        "unmerged, the second row has none, and nothing else says it shares the first's",
    ("unmerge", "丰都县公安局2022年度辅警人员经费绩效自评工作报告.html"):
        "the 计量单位 万元 merged over two rows (3584 and 1500): unmerged, 1500 has no unit",
    ("apart", "巫溪县财政局关于提前转下达2025年农村危房改造补助资金预算的函.html"):
        "the goal's row has lost its label (a blank cell before it), read as the goal only "
        "where the indicators' header follows in its table; apart, a heading stands between",
    **{("apart", name): "广东's 申报材料, its targets' table read as a project of its own "
       "already as read (real_gaps.json): the head's last table cut from its first, its "
       "title's project takes the targets' name" for name in (
           "广东省高级技工学校2017年度就业及技工教育专项资金教师资助项目申请报告.docx",
           "省级基础教育师资培训经费杨文杰教师资助项目申报材料.docx",
           "广东省技师学院张小清教师资助项目申请报告.docx",
           "省级基础教育强师工程王怀术教师资助项目申报材料.docx",
           "省级基础教育培训经费温锦文教师资助项目申报材料.docx")},
    ("head-again", "丰都县公安局2022年度辅警人员经费绩效自评工作报告.html"):
        "the same 计量单位 万元 merged over 3584 and 1500, cut by the header written again "
        "between them: 1500 has no unit, as unmerged",
    ("unmerge", "成安县民政局2020年度预算项目绩效自评表.html"):
        "河北's 自评表 with its 三、目标完成情况 label and goal block unmerged: the goal "
        "rows lose their label and the block's 总体完成率 (100.00) is read as a goal",
    ("fill", "成安县民政局2020年度预算项目绩效自评表.html"):
        "the same form filled: 100.00 written into both goal rows under 总体完成率 is read "
        "as a goal",
    ("inline-keys", "2022年原州区健康饮茶送茶入户边销茶推广项目绩效自评表.html"):
        "a 自评表's money block with 年初预算数 | 全年执行数 columns whose 其他资金 line, "
        "written 其他资金：中央衔接资金1.75万元 across them, no longer adds to the total "
        "the 年度资金总额 line's columns give",
    ("two-in-one", "嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.docx"):
        "followed by its own PDF (the same form again, one grid): the second form's first "
        "rows (一*级项目名称 | …, its star a typo, so no key label) read as more indicators",
    **{(kind, "嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.pdf"):
       "followed by a form that opens with 财务负责人 and an indicator before any 项目名称 "
       "row: its first rows go on with this project's goal and indicators"
       for kind in PAIRED},
    **{("yuan", name): why for name, why in {
        "2023年贯塘乡人民政府决算编制说明(绩效评价基础数据表及部门整体支出绩效自评表).docx":
            "its sources written inline (其中: 一般公共预算:1325.68), figures the alteration "
            "does not find, left in 万元 under a caption made 元",
        "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知.docx":
            "its form's bare 2430.3 takes its unit from the allocation table's 分配金额(万元), "
            "made 元 while the figure, in a row of the form below a header, is not",
        "廊坊市食品工程学校办公宿舍楼、食堂及餐厅暖通改造经费绩效自评表.docx":
            "its goal cell holds 43.2, the budget's figure, which the alteration writes in 元 "
            "too; and its 全年执行数 37.24, no truth's amount, stays 万元",
        "衡陽市社會福利院2025年度部門預算公開.html":
            "a traditional form whose 一般公共預算 figure and target 90 the alteration changes "
            "apart from the rest (the header's words not found above them)",
    }.items()},
    **{("one-sheet", name): "清涧's 附表1 under or over another form: its bare 500 is 万元 "
       "by its notice's 现将产业建设资金500万元下达你们, prose a sheet does not hold"
       for name in ("附表1：2021年中央财政专项扶贫资金绩效表.xlsx",
                    "武川县民委2021年大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目绩效目标申报表.txt")},
    **{(kind, name): "广东's 2017 申报材料 (a gap as read, see real_gaps.json): its "
       "基本情况表, then its 绩效目标表, cut apart before the indicators' header, lose the "
       "project the 目标表's title named"
       for kind in ("split", "split-page")
       for name in ("广东省高级技工学校2017年度就业及技工教育专项资金教师资助项目申请报告.docx",
                    "省级基础教育师资培训经费杨文杰教师资助项目申报材料.docx",
                    "省级基础教育强师工程王怀术教师资助项目申报材料.docx",
                    "省级基础教育培训经费温锦文教师资助项目申报材料.docx")},
    ("one-sheet", "亳州市人工增雨飞机作业项目支出绩效目标表(2023年度).docx"):
        "over 阜康's web page, whose site's record box (索引号 | … | 发布机构) is stacked into "
        "the sheet under 亳州's form: a box a workbook never holds, known where it opens a "
        "table, not amid one",
    ("level-rows", "2016年度区人大代表之家项目支出绩效自评报告.html"):
        "the page is cut under its indicators' header: with the 一级 column made rows, "
        "二级指标 | 指标内容 has no indicator under it to show it is a header, and its words "
        "go on with the goal above",
}


# how an altered grid is written for the pipeline to read: a web page, Word's text export,
# or the web page printed to PDF by Chromium (written as a page, then printed: `_printed`)
_WRITERS: dict[str, tuple[str, Callable[[SourceDocument, str], str]]] = {
    "html": (".html", as_html), "text": (".txt", as_word_text), "pdf": (".html", as_html),
}
# ... or a Word file, that Word file printed to PDF by LibreOffice (as a clerk exports one),
# or a workbook: written, not returned (`_converted` prints the Word files)
_FILE_WRITERS: dict[str, tuple[str, Callable[[SourceDocument, str, Path], None]]] = {
    "docx": (".docx", _write_docx), "word-pdf": (".docx", _write_docx),
    "xlsx": (".xlsx", _write_xlsx),
}


def _write(written_as: str, src: SourceDocument, origin: str, page: Path) -> None:
    if written_as in _FILE_WRITERS:
        _FILE_WRITERS[written_as][1](src, origin, page)
    else:
        page.write_text(_WRITERS[written_as][1](src, origin), encoding="utf-8")


def _suffix(written_as: str) -> str:
    return (_FILE_WRITERS.get(written_as) or _WRITERS[written_as])[0]


def _converted(pages: dict[str, tuple[str, Path]], out: Path) -> dict[str, tuple[str, Path]]:
    """The Word files printed to PDF by one LibreOffice run, into `out`; a file that did not
    convert is left out."""
    import subprocess

    from samples.soffice import soffice

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-variants-soffice-") as profile:
        files = [str(page) for _, page in pages.values()]
        for i in range(0, len(files), 100):
            subprocess.run([soffice(), f"-env:UserInstallation={Path(profile).as_uri()}",
                            "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                            str(out), *files[i:i + 100]],
                           check=False, capture_output=True, timeout=1800)
    return {name: (module, out / f"{page.stem}.pdf") for name, (module, page) in pages.items()
            if (out / f"{page.stem}.pdf").exists()}


def _printed(pages: dict[str, tuple[str, Path]], out: Path) -> dict[str, tuple[str, Path]]:
    """The pages printed to PDF by one headless Chromium (selenium's print, as the
    browser's "save as PDF" does), into `out`; a page that did not print is left out."""
    import base64
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.print_page_options import PrintOptions

    browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if browser is None or driver_path is None:
        raise SystemExit("--as pdf needs Debian's chromium and chromium-driver")
    out.mkdir(parents=True, exist_ok=True)
    printed: dict[str, tuple[str, Path]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-variants-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            for name, (module, page) in pages.items():
                driver.get(page.as_uri())
                pdf = out / f"{page.stem}.pdf"
                pdf.write_bytes(base64.b64decode(driver.print_page(PrintOptions())))
                printed[name] = (module, pdf)
        finally:
            driver.quit()
    return printed


def run(kinds: list[str], modules: list[str] | None = None, out: Path | None = None,
        say: Callable[[str], None] = print, written_as: str = "html"
        ) -> tuple[dict[tuple[str, str], Outcome], int]:
    """Every real sample (or those of `modules`) read, altered each way of `kinds`, read
    again; the outcome of each (kind, file name), and how many read exactly as read."""
    from jixiao.parsers.parse import read_source
    from samples.build import load
    from samples.real_tables import REAL
    from samples.registry import SAMPLES

    load()
    out = out or Path(tempfile.mkdtemp(prefix="jixiao-variants-"))
    samples = [(real.module, SAMPLES / p) for real in REAL for p in real.paths
               if not modules or real.module in modules]
    grids: dict[str, tuple[str, SourceDocument]] = {}
    for module, path in samples:
        try:
            grids[path.name] = (module, read_source(path))
        except ParseError as e:  # a refused source has no variants
            say(f"skipped {path.name}: {e}")
    outcomes: dict[tuple[str, str], Outcome] = {}
    base: dict[str, tuple[list[dict[str, Any]], str | None]] = {}
    for kind in ["as-read", *kinds]:
        pages: dict[str, tuple[str, Path]] = {}
        (out / kind).mkdir(parents=True, exist_ok=True)
        names = list(grids) if kind not in PAIRED else sorted(
            (n for n in grids if _named_form(grids[n][1])
             and _score(grids[n][0], *base[n])[0].exact),
            key=lambda n: truth_of(grids[n][0])["year"] or 0)  # (a partner of the same year)
        for i, (name, (module, src)) in enumerate(grids.items()):
            if kind in PAIRED:  # this one, then the next such sample's, in one file
                if name not in names:
                    continue
                altered = copy.deepcopy(src)
                partner = names[(names.index(name) + 1) % len(names)]
                if kind == "one-sheet":
                    altered = one_sheet(altered, copy.deepcopy(grids[partner][1]))
                else:
                    altered.blocks += copy.deepcopy(grids[partner][1].blocks)
            elif kind == "yuan":
                altered = in_yuan(copy.deepcopy(src), truth_of(module))
            else:
                altered = ALTER[kind](copy.deepcopy(src))
            page = out / kind / f"{i:03d}_{Path(name).stem}{_suffix(written_as)}"
            try:
                _write(written_as, altered, name, page)
            except Exception as e:  # (a grid python-docx cannot merge as drawn)
                say(f"not written {name}: {e}")
                continue
            pages[name] = (module, page)
        if written_as == "pdf":
            pages = _printed(pages, out / f"{kind}-pdf")
        elif written_as == "word-pdf":
            pages = _converted(pages, out / f"{kind}-pdf")
        read = _exported(pages)
        if kind == "as-read":
            base = read
            continue
        view = _VIEW.get(kind)
        for name, (docs, failure) in read.items():
            if name not in base:
                continue  # (its page as read did not print)
            module = pages[name][0]
            if kind in PAIRED:
                partner = names[(names.index(name) + 1) % len(names)]
                got, got_unspaced, was, was_unspaced = _two_in_one(
                    module, pages[partner][0], docs, failure, base[name], base[partner])
            else:
                got, got_unspaced = _score(module, docs, failure, view)
                was, was_unspaced = _score(module, *base[name], view)
            outcome = how_worse(got, got_unspaced, was, was_unspaced) or "as read"
            was_misses = set(was.misses)
            outcomes[kind, name] = Outcome(outcome, got,
                                           [m for m in got.misses if m not in was_misses])
    return outcomes, sum(_score(grids[n][0], *base[n])[0].exact for n in base)


def main(argv: list[str], say: Callable[[str], None] = print) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--out", type=Path, default=None, help="keep the pages written here")
    ap.add_argument("--only", default=",".join(KINDS))
    ap.add_argument("-v", "--verbose", action="store_true", help="every worse page's misses")
    ap.add_argument("--as", dest="written_as", choices=sorted({*_WRITERS, *_FILE_WRITERS}),
                    default="html",
                    help="write each grid as a web page (merges kept), as Word's text export, "
                         "as the web page printed to PDF by Chromium (slow: a second a page), "
                         "as a Word file, that file printed to PDF by LibreOffice, or a workbook")
    args = ap.parse_args(argv)
    kinds = [k for k in args.only.split(",") if k]
    if unknown := set(kinds) - set(KINDS) - set(MORE_KINDS):
        ap.error(f"no such alteration: {', '.join(sorted(unknown))} (the kinds: "
                 f"{', '.join(KINDS + MORE_KINDS)})")
    out = args.out or Path(tempfile.mkdtemp(prefix="jixiao-variants-"))
    outcomes, exact = run(kinds, args.modules, out, say, args.written_as)
    tally: Counter[tuple[str, str]] = Counter()
    for (kind, name), o in outcomes.items():
        tally[kind, o.outcome] += 1
        if o.outcome == "worse":
            known = " (known)" if (kind, name) in KNOWN else ""
            say(f"{kind:10} WORSE{known} {name}: " + "  ".join(
                f"{k} {v:.2f}" for k, v in o.got.ratios().items()))
            for m in o.new_misses[:None if args.verbose else 4]:
                say(f"      {m}")
    pages = len({name for _, name in outcomes})
    say(f"as-read: {pages} pages, {exact} exact")
    for kind in kinds:
        counts = {o: tally[kind, o] for o in ("as read", "worse only in spaces", "worse")
                  if tally[kind, o]}
        say(f"{kind}: " + ", ".join(f"{n} {o}" for o, n in counts.items()))
    say(f"pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
