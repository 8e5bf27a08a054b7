"""The walk over a document's blocks: a small state machine, one handler per row kind.

`walk_blocks` feeds every paragraph and table row to the handler of its kind
(`rows.classify_row`); the handlers change the `state.LayoutState` through its named
transitions and the key, caption, indicator and wide-sheet steps of their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise

from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table
from jixiao.parsers.layout.docfields import table_heading_name
from jixiao.parsers.layout.header import LEVEL_FIELDS, header_match, level_kind, map_header
from jixiao.parsers.layout.indicators import (
    headerless_indicator,
    headerless_split_indicator,
    is_total,
    on_header,
    on_headerless_row,
    on_headerless_split_row,
    on_indicator_row,
    targets_of_the_named,
)
from jixiao.parsers.layout.keys import (
    on_caption_values,
    on_captions,
    on_keys,
    on_loose_row,
    unlabelled_goal,
)
from jixiao.parsers.layout.listing import (
    is_listing,
    listing_header,
    names_categories,
    on_listing_row,
)
from jixiao.parsers.layout.money_columns import (
    MAX_HEAD_ROWS,
    block_label,
    money_columns,
    money_word,
)
from jixiao.parsers.layout.rows import (
    GROUP_ROWS,
    RowKind,
    classify_row,
    group_columns,
    join,
    key_field,
    key_pairs,
    label_with_value,
    names_the_project,
    row_label,
    row_rest,
    signed_off,
    spans_with_blanks,
)
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.layout.tree import is_tree, on_tree_row, tree_header
from jixiao.parsers.records import FundingLine, ProjectRecord, Where
from jixiao.vocab import labels as vocab
from jixiao.vocab import values as vocab_values
from jixiao.vocab.placeholders import BLANK_CELLS, PROMPT_RE


def walk_blocks(st: LayoutState, src: SourceDocument) -> None:
    for block in src.blocks:
        if isinstance(block, Paragraph):
            _on_paragraph(st, block)
        else:
            _on_table(st, block)


def _on_paragraph(st: LayoutState, para: Paragraph) -> None:
    says_unit = vocab.AMOUNT_UNIT_WORD in para.text  # most lines are not scanned for notes
    note = vocab.AMOUNT_UNIT_NOTE_RE.match(para.text) if says_unit else None
    if note:
        st.pending_unit_note = note.group(1)
        return
    tail = vocab.AMOUNT_UNIT_TAIL_RE.search(para.text) if says_unit else None
    if tail:  # 部门:505_湘西州教育和体育局金额单位:万元 above the table
        st.pending_unit_note = tail.group(1)
    if len(para.text) <= _AMOUNT_LINE_MAX and (
            amount := vocab.ABOVE_TABLE_AMOUNT_RE.search(para.text)):
        st.pending_amount = amount.group("label"), amount.group("amount")
        return
    name = table_heading_name(para.text)
    if name is None and len(para.text) <= 40 and any(
        w in para.text for w in vocab.WHOLE_DEPARTMENT_WORDS
    ):  # 部门整体绩效目标 above the table: its kind
        st.pending_title = para.text.strip()
    if name is not None:
        st.pending_heading = name or None
        if st.pending_heading is None:
            st.pending_title = para.text.strip()
        if st.header is not None and st.header.is_wide:
            st.header, st.in_indicators = None, False


def _on_table(st: LayoutState, table: Table) -> None:
    if _received_stamp(table):
        return  # a registry's stamp over the page, its box read as a table
    st.table_unit_note, st.pending_unit_note = st.pending_unit_note, None
    if _record_box(table):  # a site's record box over its article, or after a project's
        st.header, st.in_indicators, st.last_key = None, False, None  # table (a page pasted
        # after it): none of its rows are a project's (名称 | the article's title, 主题分类 |
        # 财政); a table that goes on under it (the box and the form drawn as one) is read on
        rest = table.rows[_record_box_rows(table):]
        if not rest:
            return
        table = Table(rest, index=table.index, page=rest[0].page, ncols=table.ncols)
    if st.in_indicators and (_another_form(st, table) or _titled_anew(st)):
        st.header, st.in_indicators = None, False  # (a page pasted after a project's table)
        st.last_key = None  # (nor does its first line go on with the project's goal)
    st.table_ncols = table.ncols
    rows = _widened_headers(fill_header_blanks(_spread_ragged_headers(
        _sources_said_again(rejoin_page_breaks(table.rows)))))
    st.read_table(_under_the_caption(st, rows, table.ncols))
    before = len(st.projects)
    for row in st.table_rows:
        _on_row(st, row, Where(table=table.index, row=row.index, page=row.page))
    _amount_above(st, st.projects[before:])


_AMOUNT_LINE_MAX = 60  # 填报单位:…  金额:100 万元 on one line, at most


def _amount_above(st: LayoutState, opened: list[ProjectRecord]) -> None:
    """The amount a line above the table stated (金额:100 万元) is the budget of the one
    project the table opened, where none of its rows stated a budget or a source's."""
    given, st.pending_amount = st.pending_amount, None
    if given is None or len(opened) != 1:
        return
    p = opened[0]
    if p.budget_raw is None and not p.funding:
        p.budget_label, p.budget_raw = given


def _titled_anew(st: LayoutState) -> bool:
    """A heading between the tables names another project than the one whose indicators
    were being read (2021年林业生态保护恢复资金区域绩效目标申报表 after 麻风病防治's rows): the
    next form; a page's title repeated over the rest of the same table names the same one,
    or none."""
    p, heading = st.current, st.pending_heading
    return bool(heading) and p is not None and heading not in (p.heading, p.name)


def _another_form(st: LayoutState, table: Table) -> bool:
    """A table of another grid than the indicators' that opens as a form does: a title, or a
    row with a project's own key in its first two (部门:… // 项目名称 | …): the next
    form, no more of the indicators (a table going on with them has their grid, or opens
    with an indicator)."""
    if table.ncols == st.header_ncols:
        return False
    opening = [r for r in table.rows[:_FORM_HEAD_ROWS + 1] if not r.is_blank()][:_FORM_HEAD_ROWS]
    return bool(opening) and (classify_row(opening[0]) == "title" or _column_titles(
        opening[0]) or any(
        key_field(vocab.clean_label(label), exact=True) in _PROJECT_KEYS
        for r in opening if classify_row(r) == "keys" for _f, label, _v in key_pairs(r)))


def _column_titles(row: Row) -> bool:
    """A row of another table's column titles (属地 | 金额 | 项目, 自治区 | 自治州 | 县 | 合计):
    three short words or more, no figure, none a level's name or a word of the indicators'
    header."""
    own = [c.text.strip() for c in row.own()]
    return len(own) >= _TITLES_AT_LEAST and all(
        len(t) <= _TITLE_WORD_CHARS and not any(ch.isdigit() for ch in t)
        and level_kind(t) is None and header_match(t, fuzzy=False) is None for t in own)


_TITLES_AT_LEAST = 3
_TITLE_WORD_CHARS = 6


_FORM_HEAD_ROWS = 2  # a form's title or unit line, then its 项目名称 row


def _record_box(table: Table) -> bool:
    """The record box a government site prints above an article (索引号 | … | 发文字号 | 无,
    发布机构 | …): two of its labels in the table's first rows."""
    labels = {vocab.clean_label(c.text) for r in table.rows[:_RECORD_BOX_ROWS] for c in r.cells
              if 0 < len(c.text) <= _RECORD_LABEL_CHARS}
    return len(labels & vocab.RECORD_BOX_LABELS) >= 2


def _record_box_rows(table: Table) -> int:
    """How many of the table's first rows are its record box's: down to the last that
    holds a label of the box (索 引 号 | … | 主题分类, 文 号 | … | 发布日期), a row between two
    such rows the box's too (名 称 | the article's title)."""
    n = 0
    for i, row in enumerate(table.rows):
        if any(vocab.clean_label(c.text) in vocab.RECORD_BOX_LABELS
               for c in row.own() if len(c.text) <= _RECORD_LABEL_CHARS):
            n = i + 1
        elif i > n:
            break  # (two rows with no label of the box: the box has ended)
    return n


_RECORD_BOX_ROWS = 4
_RECORD_LABEL_CHARS = 8  # 索 引 号：, 发布机构:


def _received_stamp(table: Table) -> bool:
    """A registry's received stamp (县财政局收文 over 日期 | 2023.3.8 and 编号 | 第45号):
    a short table whose first row's text ends as the stamp's title does and whose other
    rows each open with one of its labels."""
    if not 2 <= len(table.rows) <= _STAMP_ROWS:
        return False  # (most tables are longer: asked first)
    texts = [t for t in ([c.text.strip() for c in r.cells if c.text.strip()]
                         for r in table.rows) if t]
    if not 2 <= len(texts) <= 5 or len(texts[0]) != 1:
        return False
    return (vocab.RECEIVED_STAMP_TITLE_RE.search(texts[0][0]) is not None
            and all(vocab.clean_label(t[0]) in vocab.RECEIVED_STAMP_LABELS for t in texts[1:]))


_STAMP_ROWS = 8  # a stamp's box read as a table has no more rows (blank ones counted)


def _under_the_caption(st: LayoutState, rows: list[Row], ncols: int) -> list[Row]:
    """A table that goes on with the indicators of the one before, one column narrower,
    where that one's first column is a caption merged down beside its rows (四、年度绩效指标
    完成情况): the caption's column, empty on the next page, was not found there (a scan
    finds no border where no text is), so the rows take their columns one to the right."""
    hm = st.header
    if (hm is None or not st.in_indicators or not hm.columns or hm.columns[0].field != "block"
            or hm.columns[0].col != 0 or hm.columns[0].end != 1
            or ncols != max(c.end for c in hm.columns) - 1 or any(map_header(r) for r in rows)):
        return rows
    return [Row([replace(c, col=c.col + 1) for c in r.cells], index=r.index, page=r.page)
            for r in rows]


def _widened_headers(rows: list[Row]) -> list[Row]:
    """A header row one cell shorter than the rows under it, whose first cell there is a
    caption merged down beside them (绩效指标) or left blank: its first cell spans the
    caption's column too.  Only a ragged grid has such rows, one whose merges were lost
    (Word's text export writes a merged cell once: 一级指标 over 绩效指标 | 产出指标)."""
    out = list(rows)
    for i, row in enumerate(rows[:-1]):
        if not row.cells or any(c.colspan != 1 for c in row.cells):
            continue
        below = rows[i + 1]
        if i + 2 < len(rows) and not any(c.text.strip() for c in below.cells):
            below = rows[i + 2]  # (a clerk's empty row between is no guide)
        if len(below.cells) != len(row.cells) + 1 or map_header(row) is None:
            continue
        first = below.cells[0].text.strip()
        if not below.cells[-1].text.strip() and not _is_block(first):
            continue  # the extra cell is at the end, left blank (not beside a caption first)
        filled = [j for j, c in enumerate(below.cells) if c.text.strip()]
        if filled and filled[0] >= len(row.cells) - 1:
            # a sub-header under the last header cell (采集数据项 over 数据项1 | 理由), the
            # cells under the others blank (merged down from them): the last one spans two
            out[i] = Row([*row.cells[:-1], replace(row.cells[-1], colspan=2)],
                         index=row.index, page=row.page)
            continue
        if (_is_block(row.cells[0].text)  # the header names the caption's column
                or (first and not _is_block(first))):
            wide = _spanning_two(row, below)
            if wide is None:
                continue
        else:
            wide = 0
        out[i] = Row([*row.cells[:wide], replace(row.cells[wide], colspan=2),
                      *(replace(c, col=c.col + 1) for c in row.cells[wide + 1 :])],
                     index=row.index, page=row.page)
    return out


def _sources_said_again(rows: list[Row]) -> list[Row]:
    """A source's label said again down its column, each time beside a label of its own
    (一般公共预算拨款 | 小计 | 250, then 一般公共预算拨款 | 市本级 | 250, …) or beside the
    figures under the words beside it above, is one cell merged down over its lines, as the
    form drew it: a table filled where it was merged, or its text export, which keeps each
    row's repeat."""
    out = list(rows)
    for i in range(1, len(out)):
        above, row = out[i - 1], out[i]
        over = {(c.col, c.colspan): c for c in above.cells}
        cells = list(row.cells)
        for k, c in enumerate(cells[:-1]):
            up = over.get((c.col, c.colspan))
            text = c.text.strip()
            if (up is None or c.merged_above or up.text.strip() != text or not text
                    or key_field(vocab.clean_label(text)) not in _SAID_AGAIN_KEYS):
                continue
            beside = [b.text.strip() for b in cells[k + 1:] if b.text.strip()]
            if (beside and not any(ch.isdigit() for ch in beside[0]) and beside[0] != text) or (
                    _figures_under_words(beside, [b.text.strip() for b in above.cells
                                                  if b.col > c.col and b.text.strip()])):
                cells[k] = replace(c, merged_above=True)
        if cells != row.cells:
            out[i] = Row(cells, index=row.index, page=row.page)
    return out


_SAID_AGAIN_KEYS = ("funding", "budget", "funding_group")


def _figures_under_words(beside: list[str], above: list[str]) -> bool:
    """Figures alone beside the label said again, under words alone beside it in the row
    above (项目资金来源 | 中央(万元) | 本级(万元) | 合计(万元), then 项目资金来源 | | 309 | 309):
    the amounts under their columns' names, the label one cell over both rows."""
    def figure(t: str) -> bool:
        return any(ch.isdigit() for ch in t) and not any("\u4e00" <= ch <= "\u9fff" for ch in t)

    return bool(beside) and all(map(figure, beside)) and bool(above) and not any(
        ch.isdigit() for t in above for ch in t)


def _spread_ragged_headers(rows: list[Row]) -> list[Row]:
    """A two-row header whose upper row was written a cell per header, its spans lost
    (Word's text export: 预期指标值 once over 符号 | (blank) | 单位(文字描述)): the spans
    read from the row below, where its blanks stand under the headers merged down and its
    runs of sub-labels (a blank inside one is the header's own column) under the headers
    over them.  Only where that accounts for every cell of both rows exactly."""
    out = list(rows)
    for i, (upper, lower) in enumerate(pairwise(rows)):
        if (len(lower.cells) <= len(upper.cells) or any(c.colspan != 1 for c in upper.cells)
                or any(c.colspan != 1 or c.merged_above for c in lower.cells)):
            continue
        # the upper row a header, or labels known whole (单位编码 | 单位名称 | 资金总额 …);
        # the lower row sub-labels, header or money words, not a data row (jieba asked only
        # under a row the header map reads: loading it costs a second)
        header_above = map_header(upper) is not None or _header_words(upper)
        if not (header_above or _labels_mostly(upper)) or not _sub_labels(
                lower.cells, fuzzy=header_above):
            continue
        spans = _header_spans(lower.cells)
        if len(spans) < len(upper.cells):  # a run under two headers (按收入性质分 over the
            spans = _header_spans(lower.cells, by_kind=True)  # sources, 按支出性质分 over
        if len(spans) != len(upper.cells) or all(n == 1 for n in spans):  # 基本支出 | 项目支出)
            continue
        cells, col = [], 0
        for c, n in zip(upper.cells, spans, strict=True):
            cells.append(replace(c, col=col, colspan=n))
            col += n
        out[i] = Row(cells, index=upper.index, page=upper.page)
    return out


def _header_words(row: Row) -> bool:
    """Every cell of the row a header word, two at least (专项年度绩效指标 | 绩效指标 |
    指标值: a header's upper row that maps no indicator on its own)."""
    texts = [c.text for c in row.cells if c.text.strip()]
    return len(texts) >= 2 and all(header_match(t, fuzzy=False) for t in texts)


# the sub-labels a blank inside a run stands between: a sign's and a unit's (符号 | (blank)
# | 单位: the header's own column, the figure), or two levels' (一级指标 | (blank) | 三级指标:
# the 二级's column, its label left blank by the form, 涂井乡's)
_BLANK_BETWEEN = frozenset({("op", "unit"), ("level1", "level3")})


def _labels_mostly(row: Row) -> bool:
    """Three texts or more, no figure among them, half of them header words known whole
    (单位编码 | 单位名称 | 资金总额 | 按收入性质分 | 按支出性质分 | 整体绩效目标 | …): a
    header's row that maps no indicator on its own."""
    texts = [c.text for c in row.cells if c.text.strip()]
    known = sum(header_match(t, fuzzy=False) is not None for t in texts)
    return len(texts) >= 3 and 2 * known >= len(texts) and not any(
        ch.isdigit() for t in texts for ch in t)


def _sub_labels(cells: list[Cell], *, fuzzy: bool = True) -> bool:
    """A header's second row: every text a header word or a money column's (一般公共预算,
    基本支出), but for one label at most that no list knows and that holds no figure (备注).
    (`fuzzy=False`: words known whole only, no jieba.)"""
    texts = [c.text for c in cells if c.text.strip()]
    unknown = [t for t in texts if _sub_label_kind(t, fuzzy=fuzzy) is None]
    return len(texts) >= 2 and (not unknown or (
        len(unknown) == 1 and len(texts) >= 4 and not any(ch.isdigit() for ch in unknown[0])))


def _sub_label_kind(text: str, *, fuzzy: bool = True) -> str | None:
    """What a header's sub-label heads: its header field, or a money column's side (the
    sources, or 基本支出 / 项目支出, how the money is spent)."""
    if (m := header_match(text, fuzzy=fuzzy)) is not None:
        return m.field
    if not money_word(text):
        return None
    return "spent" if vocab.clean_label(text) in vocab.SPENDING_SIDE_LABELS else "money"


def _header_spans(cells: list[Cell], *, by_kind: bool = False) -> list[int]:
    """The widths of the upper header's cells over these lower cells: a blank alone is a
    header merged down, a run of sub-labels one header over them, and a blank inside a run
    only between a sign's and a unit's sub-label or two levels' (`_BLANK_BETWEEN`).
    `by_kind`: a run also ends where its sub-labels turn from one kind to another (the
    sources to how the money is spent, money to the indicators' header words)."""
    fields = [_sub_label_kind(c.text) or "other" if c.text.strip() else None for c in cells]
    kinds = [None if f is None else f if f in ("money", "spent") else "header" for f in fields]
    spans: list[int] = []
    k = 0
    while k < len(cells):
        if fields[k] is None:
            spans.append(1)
            k += 1
            continue
        end = k
        while end + 1 < len(cells) and (fields[end + 1] is not None or (
            end + 2 < len(cells) and (fields[end], fields[end + 2]) in _BLANK_BETWEEN
        )) and not (by_kind and fields[end + 1] is not None and kinds[end + 1] != kinds[end]):
            end += 1 if fields[end + 1] is not None else 2
        spans.append(end - k + 1)
        k = end + 1
    return spans


def _spanning_two(header: Row, below: Row) -> int | None:
    """Which header cell, written once, spans two columns of the row below: the one over a
    一级 name and a 二级 name side by side (评价内容 over 产出目标 | 数量目标), or the one
    left of a numbering no header names (评价指标 over 成本目标 | 目标1, 福建's form)."""
    texts = [c.text.strip() for c in below.cells]
    for j in range(len(header.cells)):
        if level_kind(texts[j]) == "level1" and level_kind(texts[j + 1]) == "level2":
            return j
    numbered = [k for k, t in enumerate(texts) if _NUMBERING_RE.match(t)]
    if len(numbered) == 1 and numbered[0] >= 1:
        return numbered[0] - 1
    return None


# 目标1, 指标2: a row's number in its group, in a column of its own
_NUMBERING_RE = re.compile(r"^(?:目标|指标)\s*\d{1,2}$")


def _is_block(text: str) -> bool:
    match = header_match(text, fuzzy=False) if text.strip() else None
    return match is not None and match.field == "block"


def fill_header_blanks(rows: list[Row]) -> list[Row]:
    """The second row of a two-row header with its blanks under the labels of the row
    above read as merged down from them, as a reader of the table reads them.

    A file that kept no merges (a CSV, a clerk's table of blank cells) leaves blank the
    cells under 实际完成值 | 分值 | 得分 (明朗中学's 自评表) or under 单位代码 | 资金总额 (a
    budget system's export) beside 一级指标 | 二级指标 | 指标值: without them the header
    would lose those columns.  Only a header row below a row of header words is filled, and
only from those words (a label the vocabulary does not know, 单位代码, stays above).  A
blank under a header cell over several columns whose other parts are header words is
that cell's own column (`_unnamed_parts`)."""
    out = list(rows)
    for i in range(1, len(out)):
        above, row = out[i - 1], out[i]
        blanks = [c for c in row.cells if not c.text.strip() and not c.merged_above]
        if not blanks:
            continue
        labels = {c.col: c for c in above.cells
                  if c.colspan == 1 and c.text.strip() and header_match(c.text, fuzzy=False)}
        if len(labels) >= 2:  # a target per recipient beside the header's words (笏石街道办
            # | 埭头镇 right of 指标方向), each over its own column
            labels.update({c.col: c for c in above.cells
                           if c.colspan == 1 and _names_a_recipient(c.text)})
        fill = {id(c): labels[c.col].text for c in blanks if c.colspan == 1 and c.col in labels}
        parts = _unnamed_parts(above, row, blanks)
        if not parts and (not fill or (len(labels) < 2 and not names_categories(row)
                                       and not _names_levels(row, labels.values()))):
            continue
        if parts:  # the row names every column now: a header row of its own, whole (a
            # cell merged down takes the text of the one above, as corrected there)
            # (a blank under a label, in a file that kept no merges, the same)
            filled = Row([Cell(parts.get(id(c), fill.get(id(c), _above(above, c)
                                                            if c.merged_above else c.text)),
                               c.col, c.colspan, False, c.ocr)
                          for c in row.cells], index=row.index, page=row.page)
        else:
            filled = Row([Cell(fill[id(c)], c.col, 1, True, c.ocr) if id(c) in fill else c
                          for c in row.cells], index=row.index, page=row.page)
        if map_header(filled if parts else row) is not None or (
            not parts and listing_header(filled) is not None
        ) or (  # a listing's row of 一级 columns, its 项目名称 above it (Word's text export)
            not parts and _header_words(row) and map_header(filled) is not None
        ):  # sub-labels (指标类型 | 指标名称 under 绩效指标) that need the words above
            out[i] = filled  # merged down (绩效目标, the target) to name a target
    return out



def _names_a_recipient(text: str) -> bool:
    """A place or an office a target is set for (笏石街道办, 埭头镇), as a column's label."""
    lab = vocab.clean_label(text)
    return 2 < len(lab) <= 12 and lab.endswith(vocab.RECIPIENT_ENDINGS)


def _names_levels(row: Row, above: Iterable[Cell]) -> bool:
    """Two cells or more of the row are the levels' header words (一级指标 | 二级指标 |
    三级指标 under 绩效指标 | 指标值) and the labels above are the indicators' columns (no
    项目名称 of the form's head): a header's second row under the first's one word."""
    return sum((m := header_match(c.text, fuzzy=False)) is not None and m.field in LEVEL_FIELDS
               for c in row.cells) >= 2 and all(
        (m := header_match(c.text, fuzzy=False)) is not None and m.field in _INDICATOR_COLUMNS
        for c in above)


# the columns of the indicators' own header (no project's key, no block's label)
_INDICATOR_COLUMNS = frozenset({"value", "actual", "weight", "score", "basis", "standard",
                                "deviation", "op", "unit", "description"})


def _above(above: Row, cell: Cell) -> str:
    return next((c.text for c in above.cells if c.col <= cell.col < c.col + c.colspan),
                cell.text)


def _unnamed_parts(above: Row, row: Row, blanks: list[Cell]) -> dict[int, str]:
    """A header cell over several columns whose other parts below are header words, the
    one left blank being the column itself: 预期指标值 over 符号 | (blank) | 单位(文字描述)
    (河北's 自评表: >= | 98 | %), the blank is the 预期指标值."""
    out: dict[int, str] = {}
    blank = {id(b) for b in blanks}
    spans = (spans_with_blanks(above) if map_header(above) is not None  # (a header's own
             else [(c, c.end) for c in above.cells])  # blanks only: a key row's are values)
    for span, end in spans:
        if end - span.col < 2 or not header_match(span.text, fuzzy=False):
            continue
        parts = [c for c in row.cells if span.col <= c.col < end]
        empty = [c for c in parts if id(c) in blank and c.colspan == 1]
        named = [c for c in parts if c.text.strip()]
        if len(empty) == 1 and len(named) == len(parts) - 1 and all(
                header_match(c.text, fuzzy=False) for c in named):
            out[id(empty[0])] = span.text
    return out


def rejoin_page_breaks(rows: list[Row]) -> list[Row]:
    """The rows, with a row that a page break cut in two made whole again, and a level's
    name a break cut in a cell merged down across it."""
    out: list[Row] = []
    renamed: dict[tuple[int, int], tuple[str, str]] = {}  # (col, span) → (part, whole)
    for row in rows:
        row = _renamed_below(row, renamed) if renamed else row
        if out and _continues_across_page(out[-1], row):
            out[-1] = _joined(out[-1], row)
            whole = {(c.col, c.colspan): c.text for c in out[-1].cells}
            renamed.update({(c.col, c.colspan): (c.text, whole[c.col, c.colspan])
                            for c in row.cells if c.text.strip() and not c.merged_above
                            and (c.col, c.colspan) in whole})  # (merged on down from the rest)
        elif out and (cut := _header_cut(out[-1], row)) is not None:
            out[-1], rest = cut
            if rest is not None:
                out.append(rest)
        else:
            out.append(_rejoin_level_cut(out, row, renamed) if out else row)
    return out


def _renamed_below(row: Row, renamed: dict[tuple[int, int], tuple[str, str]]) -> Row:
    """The rows merged down from a cell a page break cut take its whole name too (效益指标
    over the break, (40分) below it and in the rows merged down from it); a cell of its own
    in that column ends the merge."""
    for cell in row.cells:
        key = (cell.col, cell.colspan)
        if key not in renamed:
            continue
        part, whole = renamed[key]
        if cell.merged_above and cell.text == part:
            row = _with_text(row, cell, whole)
        else:
            del renamed[key]
    return row


def _rejoin_level_cut(rows: list[Row], row: Row,
                      renamed: dict[tuple[int, int], tuple[str, str]]) -> Row:
    """A level's name in a cell merged down across a page break, its words cut by the break
    (数量 at the foot of one page, 指标 atop the next; 产出 / 质量; 服务对象 / 满意度: a browser
    prints a cell's text across the break, and a scan shows the two parts as two cells):
    where the two parts make a level's name and are not two names each of its own, the
    lower cell is the upper one merged down, and the cell above, with the cells merged down
    from it, takes the whole name (`rows` changed in place; the row returned), as do the
    rows merged down from the lower one (`renamed`, for `_renamed_below`)."""
    above = rows[-1]
    if above.page is None or row.page != above.page + 1 or row.index != above.index + 1:
        return row
    over = {(c.col, c.colspan): c for c in above.cells}
    parent_anew = False  # a cell left of it starts a group of its own (a new 一级 atop the
    for cell in row.cells:  # page): no merge from above goes on beside it
        top = over.get((cell.col, cell.colspan))
        lower = cell.text.strip()
        if top is None or cell.merged_above or not lower or not top.text.strip() or (
                parent_anew):
            parent_anew = parent_anew or bool(lower and not cell.merged_above and (
                top is None or lower != top.text.strip()) and not lower.isdigit())  # (序号)
            continue
        if _header_word(top.text):  # the header's 一级指标 over the first row's (50分)
            parent_anew = True
            continue
        whole = top.text.strip() + lower
        note = _NOTE_ONLY.fullmatch(lower) is not None and not top.text.strip().endswith(
            (")", "）"))  # 项目产出 / (30分): a name's weight cut off, whatever the name
        if not note and (level_kind(whole) is None or whole.count(LEVEL_WORD) > 1
                         or (level_kind(top.text) and level_kind(lower))):
            parent_anew = True
            continue  # (two names, 时效指标 | 成本指标 or 一级指标 | 产出指标, are two cells;
            # 满意度 alone names a 一级, and with 服务对象 above it the 二级 a break cut)
        row = _with_text(row, cell, whole, merged_above=True)
        renamed[(cell.col, cell.colspan)] = (cell.text, whole)
        for i in range(len(rows) - 1, -1, -1):  # the cell above, up to the top of its merge
            at = next((c for c in rows[i].cells
                       if (c.col, c.colspan) == (cell.col, cell.colspan)), None)
            if at is None:
                break
            rows[i] = _with_text(rows[i], at, whole)
            if not at.merged_above:
                break
    return row


LEVEL_WORD = "指标"  # a level's name holds it once, at its end, if at all
_NOTE_ONLY = re.compile(r"[(（][^()（）]{1,12}[)）]")  # (30分), (必填): a name's note alone


def _with_text(row: Row, cell: Cell, text: str, *, merged_above: bool | None = None) -> Row:
    """The row with `cell` written `text` (and merged down from above, if told)."""
    merged = cell.merged_above if merged_above is None else merged_above
    return Row([replace(c, text=text, merged_above=merged) if c is cell else c
                for c in row.cells], index=row.index, page=row.page)


def _header_cut(above: Row, row: Row) -> tuple[Row, Row | None] | None:
    """A header row a page break cut through its words (一级 | 计量单 | 目标 at the foot of
    a page, 指标 | 位 | 值(标准) atop the next, a Word row allowed to break across pages):
    where two cells or more of the top row end the words of the cells above them into a
    header's own wording (一级指标, 计量单位, 目标值), those cells joined into the row above;
    the rest of the top row (数据项1 | 理由, the header's second row) a row of its own, or
    None where nothing is left."""
    if above.page is None or row.page != above.page + 1:
        return None
    over = {c.col: c for c in above.cells if not c.merged_above}
    ends = {c.col for c in row.cells if c.text.strip() and c.col in over
            and over[c.col].text.strip() and _header_word(over[c.col].text + c.text)}
    if len(ends) < _CUT_WORDS:
        return None
    more = {c.col: c.text for c in row.cells if c.col in ends}
    whole = Row([replace(c, text=c.text + more[c.col]) if c.col in more else c
                 for c in above.cells], index=above.index, page=above.page)
    left = [c if c.col not in ends else replace(c, text="") for c in row.cells]
    rest = (Row(left, index=row.index, page=row.page)
            if any(c.text.strip() for c in left) else None)
    return whole, rest


_CUT_WORDS = 2  # cells whose words a break cut: one could be a word that happens to join


def _header_word(text: str) -> bool:
    m = header_match(vocab.clean_label("".join(text.split())), fuzzy=False)
    return m is not None and m.how == "exact"


def _continues_across_page(above: Row, row: Row) -> bool:
    """The top row of a page that is the rest of the last row of the page before (经济效益 |
    奖补资金兑付 | ≥100% | 10.8 at the foot of page 1, 指标 | 率(%) at the head of page 2):
    its texts stand only where the row above has texts of its own, it leaves blank every
    cell where the row above holds a figure (the short ones fitted on the first page; only
    long texts ran over), and none of its texts is a level's name on its own (a row of its
    own would name its 二级, or leave the cell merged), a field's whole label, the
    template's numbered prompt (指标2:, a row of its own left unfilled) or a scoring line
    of a self-evaluation (预算执行率, 总分); nor does it write again a text of the row above
    in the same column (良好 under 良好: the rest of a text is never the text again)."""
    if above.page is None or row.page != above.page + 1 or row.index != above.index + 1:
        return False
    mine, theirs = _filled(row), _filled(above)
    blank = {c.col for c in row.cells if not c.text.strip() and not c.merged_above}
    figures = {col for col, text in theirs.items()  # (指标1:招投标程序 holds no figure:
               if any(ch.isdigit() for ch in PROMPT_RE.sub("", text))}  # the prompt's 1)
    return (bool(mine) and set(mine) <= set(theirs) and bool(figures) and figures <= blank
            and not any(text.strip() == theirs[col].strip() for col, text in mine.items())
            and not any(level_kind(text) or PROMPT_RE.match(text) or _a_fields_label(text)
                        or text.strip() in BLANK_CELLS  # a spare row's dash: a row of its own
                        or vocab.clean_label(text) in vocab.SCORING_ROW_LABELS
                        for text in mine.values()))


def _a_fields_label(text: str) -> bool:
    """A field's whole label (其他资金, 其中:财政拨款): a row of its own atop the page, not the
    rest of the label above (a browser's print, the break after 其中:财政拨款 | 500)."""
    return len(text) <= 24 and key_field(vocab.clean_label(text), exact=True) is not None


def _filled(row: Row) -> dict[int, str]:
    return {c.col: c.text for c in row.cells if c.text.strip() and not c.merged_above}


def _joined(above: Row, rest: Row) -> Row:
    more = _filled(rest)
    cells = [Cell(c.text + "\n" + more[c.col] if c.col in more else c.text, c.col, c.colspan,
                  c.merged_above, c.ocr) for c in above.cells]
    return Row(cells, index=above.index, page=above.page)


def _on_row(st: LayoutState, row: Row, where: Where) -> None:
    if st.header is not None and is_tree(st.header):
        on_tree_row(st, row, where)
        return
    tree = tree_header(row)
    if tree is not None:  # 项目 | 指标值 | 绩效金额 over a one-column tree
        st.header, st.in_indicators, st.current = tree, True, None
        st.header_as_mapped, st.header_ncols = None, st.table_ncols
        return
    if st.header is not None and is_listing(st.header):
        on_listing_row(st, row, where)
        return
    listing = listing_header(row)
    if listing is not None:  # 单位名称 | 年度预算安排 | 项目内容 | 绩效目标, a project a row
        st.header, st.in_indicators, st.current = listing, True, None
        st.header_as_mapped, st.header_ncols = None, st.table_ncols
        return
    if id(row) in st.read_ahead:
        return  # read with a row above it (a block of money columns)
    if not st.in_indicators and _on_money_columns(st, row, where):
        return
    kind = classify_row(row)
    if (kind == "data" and not st.in_indicators and st.current is not None
            and _under_a_funding_group(st, row)):
        kind = "keys"  # | 省财政 | 570 under 其中: | 中央财政 | 0, a text export's merge lost
    if kind == "data" and st.in_indicators and _opens_a_list(row):
        st.header, st.in_indicators = None, False  # the indicators ended with their table
    if kind in ("data", "header") and st.in_indicators and _sub_labels_only(
            row, st.rows_above(row, 1)):
        return  # 优 | 良 | 中 | 差 under 绩效指标评价标准, 新罗区 | 永定区 … under 区域目标值,
        # their header's merges lost: part of the header, no indicator
    if kind == "data" and not st.in_indicators:
        _note_table_unit(st, row)
    if kind in ("keys", "data") and st.captions is not None and on_caption_values(st, row):
        return
    if (kind in ("keys", "data") and not st.in_indicators and st.current is not None
            and st.current.goals_text is None and unlabelled_goal(st, row)):
        st.current.goals_text = row_rest(row)  # 巫溪's copy: the goal's label lost
        return
    if kind == "keys" and st.in_indicators and (
        not _exact_key(row) or _label_merged(row) or _row_of_the_grid(row)
        or _names_a_source_without_amount(row) or _label_said_again(st, row, where)
    ):
        # an indicator whose first cell only starts like a key label, or that sits beside
        # a caption merged down the block (年度绩效目标(90分) left of 一级指标 …)
        kind = "data"
    if kind == "keys" and is_total(row) and _right_after_an_indicator(st, where):
        kind = "trailer"  # 合计 | 100 under indicators no header named: the weights added
        # up, not the budget
    HANDLERS[kind](st, row, where)


def _right_after_an_indicator(st: LayoutState, where: Where) -> bool:
    """The row above, in the same table, was read as an indicator of the current project."""
    last = st.current.indicators[-1].where if st.current and st.current.indicators else None
    return last is not None and (last.table, last.row + 1) == (where.table, where.row)


def _under_a_funding_group(st: LayoutState, row: Row) -> bool:
    """A row that opens empty under a funding group's caption (其中:, 资金来源), a figure
    after a name in it: that group's next source, where a text export wrote the caption's
    merge down as empty cells."""
    if not row.cells or row.cells[0].text.strip() or not any(
            _BARE_FIGURE.fullmatch(c.text.strip()) for c in row.cells):
        return False
    return 0 in group_columns(row, st.rows_above(row, GROUP_ROWS))


_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _sub_labels_only(row: Row, above: list[Row]) -> bool:
    """A row whose texts are only grades (优 | 良 | 中 | 差) or only places a target is set
    for (新罗区 | 永定区 | 上杭县), two at least, its first cell blank.  A cell that says
    again what the cell above it said (`above`: the row above) is that cell merged down,
    written out in a table filled where it was merged or in its text export (绩效指标分类 |
    绩效指标 | … beside the grades, under the header's first row)."""
    if not row.cells:
        return False
    first = row.cells[0]
    head = first.text.strip()
    if head and not first.merged_above and not any(
            c.col == first.col and c.text.strip() == head for r in above for c in r.cells):
        return False  # (the first cell first: most rows are answered by it)
    said = {(c.col, c.text.strip()) for r in above for c in r.cells}
    own = [t for c in row.cells
           if (t := c.text.strip()) and not c.merged_above and (c.col, t) not in said]
    if len(own) < 2:
        return False
    return all(t in vocab.GRADE_WORDS for t in own) or all(
        len(t) <= 8 and t.endswith((*vocab.RECIPIENT_ENDINGS, "市")) for t in own)


def _opens_a_list(row: Row) -> bool:
    """The column titles of a numbered list (序号 | 学校性质 | 培训机构 | … | 补助资金) that
    is no indicator header: a table of another kind (the schools a 自评表's money went
    to) after the indicators, whose rows are no indicators."""
    own = [c.text.strip() for c in row.own()]
    return (len(own) >= 3 and vocab.clean_label(own[0]) in vocab.LIST_NUMBER_TITLES
            and not any(level_kind(t) for t in own))


def _on_money_columns(st: LayoutState, row: Row, where: Where) -> bool:
    """A head of sources over a row of amounts starting at `row` (`money_columns`): its
    total the project's budget where none was read, its other amounts funding lines.  A
    block labelled as a project's money (总体资金情况(万元)) that opens a table before any
    project opens one, as a key row of its budget would."""
    if st.current is None and not block_label(row):
        return False
    block = money_columns([row, *st.rows_below(row, MAX_HEAD_ROWS)])
    if block is None:
        return False
    p = st.current if st.current is not None else st.project_for_keys(where, "budget")
    lines = [FundingLine(source, amount) for source, amount in block.funding]
    if block.budget and p.budget_raw is None:
        p.budget_raw = block.budget
        st.block_money[id(p)] = (vocab.clean_label(row_label(row)), block.budget, lines)
    p.funding += lines
    st.read_ahead |= {id(r) for r in st.rows_below(row, block.rows - 1)}
    return True


def _note_table_unit(st: LayoutState, row: Row) -> None:
    """单位：万元 in a row of its own (207101天津市河北区人民法院 | 单位:万元) above the
    project, or as a line of a merged label (部门总体资金情况 / 单位:万元): the unit of the
    amounts that follow."""
    for c in row.cells:
        unit = vocab.amount_unit_note(c.text)
        if unit is not None:
            st.table_unit_note = unit
            if st.current is not None:  # the project the table's key rows began
                st.unit_notes.setdefault(id(st.current), unit)


def _exact_key(row: Row) -> bool:
    label = row_label(row)
    return key_field(vocab.clean_label(label), exact=True) is not None or (
        label_with_value(label) is not None
    )


# Key fields that start or name a project: a row led by one is a key row even inside the
# indicator block (the next project's 项目名称 in one long table).
_PROJECT_KEYS = frozenset({"name", "code", "budget", "unit", "department", "implementer"})


def _row_of_the_grid(row: Row) -> bool:
    """A row whose label only reads like a goals key (项目年度绩效目标(定量指标) in the
    一级 column) but that fills three cells or more of the indicator grid, or a label no
    field takes (项目属性 | …□ …☑): the indicator block goes on."""
    fld = key_field(vocab.clean_label(row_label(row)))
    cells = {id(c) for c in row.cells if c.text.strip() and not c.merged_above}
    return fld == "other" or (fld not in _PROJECT_KEYS and len(cells) >= 3)


def _names_a_source_without_amount(row: Row) -> bool:
    """Among the indicators, a row whose label only reads like a source of funds
    (专项资金分配时限(2分) | 市级财力专项预算分配时限(1分)) but states no amount: its
    cells say no figure but a weight, so it is an indicator, not a funding line."""
    pairs = key_pairs(row)
    return bool(pairs) and all(
        f == "funding" and not any(ch.isdigit() for ch in vocab.clean_label(v))
        for f, _label, v in pairs)


def _label_merged(row: Row) -> bool:
    first = next((c for c in row.cells if c.text.strip()), None)
    return first is not None and first.merged_above


def _label_said_again(st: LayoutState, row: Row, where: Where) -> bool:
    """The row's label says again the label of the row above it, an indicator's: a caption
    merged down beside the indicators (年度绩效目标(80分)), written out on every row of a
    table filled where it was merged, or of its text export (效益指标's empty row under it
    is one more row of the block, not a key row 年度绩效目标: 效益指标)."""
    above = st.rows_above(row, 1)
    first = next((c for c in row.cells if c.text.strip()), None)
    return (bool(above) and first is not None and _right_after_an_indicator(st, where)
            and any(c.col == first.col and c.text.strip() == first.text.strip()
                    for c in above[0].cells))


def _on_blank(st: LayoutState, row: Row, where: Where) -> None:
    pass


def _on_title(st: LayoutState, row: Row, where: Where) -> None:
    """A form's title row: the project before it ends once it has a name or indicators
    (two forms in one table, a sheet's with no blank row between them), and the title
    waits for the next one."""
    if st.current is not None and (
            st.in_indicators or st.current.name or st.current.indicators) and not (
            _titles_the_named_targets(st, row)):
        st.current = None
        st.header, st.in_indicators = None, False  # (the next form's key rows are its own,
        # not more of the indicators above: a sheet's forms one under the other)
    if st.header is not None and st.header.is_wide:
        st.header, st.in_indicators = None, False
    title = row_label(row)
    st.pending_title = title
    # a title typed as the table's first row (a sheet's, a form's) names its project as the
    # same words above the table would (反恐经费支出绩效评价表: 反恐经费)
    if (name := table_heading_name(title)) and st.current is None:
        st.pending_heading = name


def _titles_the_named_targets(st: LayoutState, row: Row) -> bool:
    """A table titled as a 绩效目标表 after a project named by its own table with no
    indicators yet (广东's 申报材料: 项目基本情况表, then 六、资金绩效目标表 whose title row
    names the fund): the targets of that project, where this table names no project of its
    own (no 项目名称 row before its indicator header)."""
    p = st.current
    title = table_heading_name(row_label(row)) or ""
    if p is None or st.in_indicators or not targets_of_the_named(p, title):
        return False
    below = st.rows_below(row, _TITLE_LOOKAHEAD)
    for r in below:
        kind = classify_row(r)
        if kind == "header":
            return True
        if names_the_project(r):
            return False
    # the title ends its table: the targets are the next table's (项目支出绩效指标表 as the
    # form's last row, its indicators typed as a table of their own below); a 项目名称 there
    # would start a project of its own
    return len(below) < _TITLE_LOOKAHEAD and all(r.is_blank() for r in below)


_TITLE_LOOKAHEAD = 12  # rows: a target table's goals and plan come before its header


def _on_trailer(st: LayoutState, row: Row, where: Where) -> None:
    """审核意见, 填报人, 总分 …: not indicators; kept as project fields (a row that only
    asks for a stamp and a date written by hand says nothing, and is not kept)."""
    st.in_indicators = False
    st.header = None
    texts = [c.text.strip() for c in row.own()]
    if st.current is not None and not signed_off(texts):
        label, value = trailer_pair(row)
        st.current.fields[label] = value


def trailer_pair(row: Row) -> tuple[str, str]:
    """(label, text) of a trailer row: 审核意见 | 同意; 总分 | 100 | 98; a single cell
    "填报人：王敏 联系电话：…" is kept whole under its first word."""
    first = row_label(row)
    label = vocab.clean_label(first)
    texts = [c.text.strip() for c in row.own()]
    rest = texts[1:] if texts and texts[0] == first else texts
    if rest:
        return label, join(rest)
    word = next((w for w in vocab.TRAILER_LABELS if label.startswith(w)), label)
    return word, first


def _on_data(st: LayoutState, row: Row, where: Where) -> None:
    if st.in_indicators and st.header is not None:
        on_indicator_row(st, row, where)
    elif (found := headerless_indicator(row)) is not None and (
            found[0] is not None or _after_a_headerless_row(st)):  # its 一级 left blank
        on_headerless_row(st, row, where, found)
    elif not st.in_indicators and (split := headerless_split_indicator(st, row)) is not None:
        on_headerless_split_row(st, row, where, split)
    elif not st.in_indicators and (implied := implied_header(st, row)) is not None:
        on_header(st, implied, where)  # the indicators with no header drawn over them
        on_indicator_row(st, row, where)
    else:
        on_loose_row(st, row, where)


# The rows below an indicator row with no header that show what its columns hold
_IMPLIED_LOOKAHEAD = 20
# A unit alone in a cell (%, 个, 平方米, 万元)
_UNIT_WORDS = frozenset({"%", "元", "万元", *vocab_values.MEASURE_UNITS, *vocab_values.COUNT_UNITS})


def implied_header(st: LayoutState, row: Row) -> Row | None:
    """The header an indicator row implies where none is drawn over it: its 一级 name
    beside its 二级 name (产出指标 | 数量指标, own cells, not merged from above), or its 二级
    alone in a form with no 一级 column, then at least the indicator's name and its
    target; before them at most a short caption or a number (绩效指标, a 序号).  What each
    later column holds is told by its cells in this row and the rows below
    (`_column_kind`): the first column of names is the indicator's,
    the first of targets after it the target's, a column of signs (≥, 正向) its sign, of
    units its unit, names between the two its description.  None for any other row."""
    cells = row.own()
    at = next((i for i, (a, b) in enumerate(pairwise(cells))
               if level_kind(a.text) == "level1" and level_kind(b.text) == "level2"), None)
    levels: tuple[str, ...] = ("一级指标", "二级指标")
    if at is None:  # a form with no 一级 column: its 二级 first (数量指标 | name | target)
        at = next((i for i, c in enumerate(cells[:2]) if level_kind(c.text) == "level2"), None)
        levels = ("二级指标",)
    if at is None or at > 1 or len(cells) < at + len(levels) + 2 or (
            at == 1 and len(vocab.clean_label(cells[0].text)) > vocab.CAPTION_MAX_CHARS):
        return None
    rest = cells[at + len(levels):]
    if any(level_kind(c.text) for c in rest):
        return None  # (a list of level names, no indicator)
    below = [r for r in st.rows_below(row, _IMPLIED_LOOKAHEAD) if classify_row(r) == "data"]
    kinds = [_column_kind(c, below) for c in rest]
    name = kinds.index("name") if "name" in kinds else 0
    targets = [i for i in range(name + 1, len(kinds)) if kinds[i].startswith("target")]
    # a column of bare figures before one of figures with signs or units is a weight or a
    # score (5 | >=21933人 in a 自评表): the target is the first written as a target
    value = next((i for i in targets if kinds[i] == "target"), targets[0] if targets else name + 1)
    if value >= len(rest):
        return None  # (names and no target after them: no indicator)
    words = {name: "三级指标", value: "指标值"}
    for i, kind in enumerate(kinds):
        if i not in words:
            words[i] = {"sign": "指标性质", "unit": "度量单位"}.get(kind) or (
                "指标解释" if name < i < value else "备注")
    header = [Cell("", c.col, c.colspan) for c in cells[:at]]
    header += [Cell(word, c.col, c.colspan) for word, c in zip(levels, cells[at:], strict=False)]
    header += [Cell(words[i], c.col, c.colspan) for i, c in enumerate(rest)]
    implied = Row(header, index=row.index, page=row.page)
    return implied if map_header(implied) is not None else None


def _column_kind(cell: Cell, below: list[Row]) -> str:
    """What the column of `cell` holds, by most of its texts in its row and the rows below
    (cells of the same columns): "sign" (≥, =, 正向, 定性), "unit" (%, 个, 万元), "target"
    (a figure, a share, a date, a state: what the normalizer reads as more than text;
    "target:bare" for a bare figure, 5 or 22.5) or "name"."""
    from jixiao.normalize import normalize_value  # (only for tables with no header)

    texts = [cell.text.strip()] + [
        c.text.strip() for r in below for c in r.cells
        if c.col == cell.col and c.colspan == cell.colspan and not c.merged_above
        and c.text.strip()]
    votes: dict[str, int] = {}
    for t in texts:
        if vocab_values.OP_CELL.get(t.replace(" ", "")) not in (None, ""):
            kind = "sign"
        elif len(t) <= 4 and not any(ch.isdigit() for ch in t) and (
                t in _UNIT_WORDS or t.endswith(("元", "人", "次", "个"))):
            kind = "unit"
        elif normalize_value(t).kind != "text":
            kind = "target:bare" if _BARE_FIGURE.fullmatch(t) else "target"
        else:
            kind = "name"
        votes[kind] = votes.get(kind, 0) + 1
    return max(votes, key=lambda k: (votes[k], k == "name"))


def _after_a_headerless_row(st: LayoutState) -> bool:
    """The row before was an indicator read with no header (its 三级 None), under a 一级."""
    last = st.current.indicators[-1] if st.current and st.current.indicators else None
    return last is not None and last.level3 is None and st.level1 is not None


# One handler per row kind (rows.classify_row); each takes the state, the row and its place.
HANDLERS: dict[RowKind, Callable[[LayoutState, Row, Where], None]] = {
    "blank": _on_blank,
    "title": _on_title,
    "header": on_header,
    "captions": on_captions,
    "trailer": _on_trailer,
    "keys": on_keys,
    "data": _on_data,
}
