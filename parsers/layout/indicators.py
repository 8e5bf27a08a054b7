"""The indicator block for `jixiao.parsers.layout.document`: a header row, then one indicator a row.

    on_header          the columns by meaning (header.map_header); starts the project's
                       block, or goes on with it after a page or table break
    on_indicator_row   a row read by those columns: on a wide sheet its project first
                       (`jixiao.parsers.layout.wide`); a row under a long-term (中长期) label is
                       kept as a line of text; any other row becomes an indicator with
                       一级/二级 filled down, and is kept when `is_record`
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.header import (
    EXTRA,
    FUNDING,
    LEVEL2_LOOKAHEAD,
    LEVEL_FIELDS,
    HeaderColumn,
    HeaderMap,
    RowValues,
    header_match,
    level_kind,
    map_header,
)
from jixiao.parsers.layout.keys import on_loose_row
from jixiao.parsers.layout.rows import BARE_NUMBER, join, row_label, split_target_at
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.layout.wide import project_side_labels, wide_row_project
from jixiao.parsers.records import IndicatorRecord, ProjectRecord, Where
from jixiao.vocab import labels as vocab
from jixiao.vocab.lookup import memo_short
from jixiao.vocab.numerals import ENUMERATION_CHARS
from jixiao.vocab.placeholders import BLANK_CELLS, LINE_NUMBER_RE, PROMPT_RE

# Where the rows of a long-term indicator block are kept, as lines, in the project fields.
LONG_TERM_FIELD = "中长期绩效指标"


def on_header(st: LayoutState, row: Row, where: Where) -> None:
    hm = map_header(row, long_term_cols=st.long_term_cols)
    assert hm is not None
    before = st.header
    repeated = before is not None and _repeated(st.header_as_mapped, hm)
    st.header_as_mapped = hm
    if before is not None and repeated:  # the header again atop the next page or table:
        hm = before  # its columns as the rows before settled them (which holds 二级, which 三级)
    else:
        hm = hm.with_level2_names_under(st.rows_below(row, LEVEL2_LOOKAHEAD))
    st.long_term_cols = frozenset()
    st.captions = None
    block = hm.column("block")
    if block is not None:  # else a label on a row of its own above still holds
        st.block_label = block.label
    if hm.is_wide:  # projects start from the rows themselves
        if not repeated:  # (a header repeated atop the next page or table:
            st.current = None  # its first rows, with no name of their own, go on the last
        st.pending_heading = None  # project's)
    elif st.current is not None and st.pending_heading is not None and targets_of_the_named(
            st.current, st.pending_heading):
        st.pending_heading = None  # 广东's 申报材料: its 基本情况表 named the project
    elif st.current is None or st.pending_heading is not None:
        st.start_project(where)
    # else: a header repeated after a page or table break: the same project goes on
    st.header = hm
    st.header_ncols = st.table_ncols
    st.unlevelled = []
    st.in_indicators = True
    if st.current is not None and "actual" in hm.fields:
        st.current.is_self_evaluation = True


def _repeated(before: HeaderMap | None, hm: HeaderMap) -> bool:
    """The same header as the one the rows before were read by: its words in the same
    columns (长期绩效指标 | 一级指标 … then 年度绩效指标 | 一级指标 … is another block).  A
    column no word names, blank in one of the two, is the same column (单位代码 over a blank
    in a two-row header whose merges a text export lost, whole in the one-row repeat)."""
    if before is None or len(before.columns) != len(hm.columns):
        return False
    return all(_same_column(a, b) for a, b in zip(before.columns, hm.columns, strict=True))


def _same_column(a: HeaderColumn, b: HeaderColumn) -> bool:
    if (a.col, a.end) != (b.col, b.end):
        return False
    if a.field.startswith(EXTRA) and b.field.startswith(EXTRA) and not (
            a.label.strip() and b.label.strip()):
        return True
    return (a.field, a.label) == (b.field, b.label)


def on_indicator_row(st: LayoutState, row: Row, where: Where) -> None:
    assert st.header is not None
    note = None
    if vocab.AMOUNT_UNIT_WORD in "".join(row.texts):  # most rows have none: not scanned
        note = next((m for c in row.cells if (m := vocab.AMOUNT_UNIT_NOTE_RE.match(c.text))), None)
    if note is not None:  # 207101天津市河北区人民法院 | 单位：万元 opening the next block
        st.table_unit_note = note.group(1)
        st.in_indicators = False
        return
    split = st.header.split_by_levels(row)
    if split is not None:  # 二级指标 | 三级指标 under a 指标名称 above: the header's own row
        st.header = split
        return
    hm = st.header  # (the row's one cell across, asked again below under the same header)
    own = None if st.current is None or hm.spans_projects else _own_cell_across(hm, row)
    if _level_across(st, own):
        return
    levelled = st.header.with_levels_from(row, st.rows_below(row, LEVEL2_LOOKAHEAD))
    if levelled is not None:
        st.header = levelled
        _read_again(st)  # the rows above, read before the cells named the level columns
    values = st.header.read(row)
    if values is None:
        if len(row.cells) == 1:
            on_loose_row(st, row, where)
        return
    if st.header.is_wide and not wide_row_project(st, values, where):
        return
    if st.current is None or is_total(row) or _sums_up(st.header, row) or _header_goes_on(
            st, values) or _header_words_only(row):
        return
    block = values.fields.pop("block", None) or st.block_label
    if block and any(w in vocab.clean_label(block) for w in vocab.LONG_TERM_WORDS):
        _keep_long_term(st.current, values)
        return
    if _level_caption(st, values):
        return
    if "level3" in values.merged and st.current.indicators and (
            values.merged >= values.fields.keys() or _same_indicator(values)):
        return  # the indicator above merged down beside rows of its own notes (一个是/否
        # question over 理由 ① … ⑤): nothing of the row's own but those notes, or but its
        # weight written again in each (a grid filled where it was merged: 5 | ① … 5 | ④)
    if st.header is not hm or hm.spans_projects:
        own = _own_cell_across(st.header, row)
    if _crosses_a_new_level2(st, values) or (own is not None and level_kind(own.text) is None):
        # a row of one cell across the indicator's name and target (部门:临沧市永德县明朗中学,
        # a fund's name over the next form): a title or a note, no indicator; a level's name
        # across the row is its caption (`_level_across`, asked before)
        return
    rec = _indicator(st, values, where)
    if is_record(rec):
        st.current.indicators.append(rec)
        if not {"level1", "level2"} <= st.header.fields:
            st.unlevelled.append((row, rec))


# A row with only its name filled that opens a group of the rows below, in a table whose
# header names no level (江苏's 目标名称 | 目标值 | 评价指标 | 标准值): 一、投入目标, numbered as
# a chapter, is their 一级; 1.数量目标, a 二级's name, their 二级.
_CHAPTER_RE = re.compile(rf"^\s*[{ENUMERATION_CHARS}]+\s*[、.．]\s*\S")


# what a caption's row may still hold beside its name: the basis or the note of the rows
# below, written once (二、管理目标 | | | | 财政管理统一要求)
_NOTES = frozenset({"basis", "description"})


def _level_caption(st: LayoutState, values: RowValues) -> bool:
    """The row is a level's caption (`_CHAPTER_RE`): the levels of the rows below set."""
    assert st.header is not None
    filled = {k for k, v in values.fields.items() if v and v.strip()} - _NOTES
    if filled != {"level3"} or st.header.fields & {"level1", "level2"}:
        return False
    name = values.fields["level3"].strip()
    if _CHAPTER_RE.match(name):
        st.level1, st.level2 = name, None
        return True
    if vocab.level_kind(name) == "level2" and st.level1 is not None:
        st.level2 = name
        return True
    return False


def _read_again(st: LayoutState) -> None:
    """Rows read while no column was known to hold the 一级 or 二级 names (评价指标 |
    评价内容 | 指标名称 over 项目年度绩效目标(定量指标) | 制度指标 | …): read again by the
    header the cells have since completed, each with its own levels."""
    if st.current is None or st.header is None:
        return
    level1 = level2 = None  # filled down the rows read again, as `_fill_down_levels` does
    for row, old in st.unlevelled:
        values = st.header.read(row)
        if values is None or old not in st.current.indicators:
            continue
        f = values.fields
        if (named1 := unwrapped(f.get("level1"))):
            level2 = None if named1 != level1 else level2
            level1 = named1
        level2 = unwrapped(f.get("level2")) or level2
        old.level1 = level1 or old.level1
        old.level2 = level2 or old.level2
    st.unlevelled.clear()


# 质量指标:学校的教育教学秩序良好…: a 二级 name and its target in one cell.
_LEVEL2_AND_VALUE = re.compile(r"^(?P<l2>[^:：\n]{2,12}指标)\s*[:：]\s*(?P<value>\S.*)$", re.S)
# ... and the same with its colon lost (a scan's seal over it, a clerk's slip): a known 二级
# name straight before the target's first character or figure
_LEVEL2_GLUED = re.compile(r"^(?P<l2>[^:：\n]{2,10}?指标)(?P<value>[\u4e00-\u9fff0-9].{3,})$", re.S)


def _level2_and_value(text: str) -> re.Match[str] | None:
    m = _LEVEL2_AND_VALUE.match(text)
    if m is None and (glued := _LEVEL2_GLUED.match(text)) is not None:
        m = glued if level_kind(glued.group("l2")) == "level2" else None
    return m


def headerless_indicator(row: Row) -> tuple[str | None, str, str] | None:
    """(一级, 二级, 指标值) of an indicator row with no header above it: a 一级 name
    (merged down) beside one cell holding 二级 name and target as `二级:target` (or with
    the colon lost, where the name is a known 二级), a caption (部门整体支出年度绩效指标)
    at most beside them; the 一级 None where its cell is blank (a text export writes a
    merged cell once: the 一级 of the row above holds); None for any other row."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    pairs = [m for t in texts if (m := _level2_and_value(t))]
    if len(pairs) != 1 or level_kind(pairs[0].group("l2")) is None:  # 成本指标 too
        return None
    others = [t for t in texts if not _level2_and_value(t)]
    level1 = [t for t in others if level_kind(t) == "level1"]
    captions = [t for t in others if _is_caption(t)]
    if len(level1) > 1 or len(others) != len(level1) + len(captions):
        return None
    return (level1[0] if level1 else None, pairs[0].group("l2").strip(),
            pairs[0].group("value").strip())


@dataclass(frozen=True, slots=True)
class SplitTarget:
    level1: str | None
    level2: str | None
    level3: str
    op: str
    value: str
    unit: str | None


def _cells_lost_left(st: LayoutState, i: int) -> int:
    """How many cells this row lacks at its left against the table's fullest split rows: a
    page that opens inside a table (a site's article cut into pages) leaves out the cells
    the page before opened and merged down, so its first rows start at the 二级 or the
    三级, every cell shifted left."""
    ats = (split_target_at([c.text.strip() for c in r.cells]) for r in st.table_rows)
    widest = max((at for at in ats if at is not None), default=i)
    return widest - i


def headerless_split_indicator(st: LayoutState, row: Row) -> SplitTarget | None:
    """An indicator row with no header above it whose target is split over three cells
    (足额保障率 | = | 100 | %): the one cell that is a comparison alone (or 定性), a bare
    number (or a grade) after it, a short unit after that; before it the row's 一级 and 二级
    (or those of the row above, merged down) and exactly one other name, the 三级.  A row
    shorter at its left than the table's fullest such rows lost its level cells to the page
    before: its one level cell is the 二级 (成本指标 | 名称 | = | 6 | 万元 under 效益指标 |
    社会效益指标 | 名称 | ≥ | 90 | %), and with none it is read under no level at all.  None
    for any other row."""
    texts = [c.text.strip() for c in row.cells]
    i = split_target_at(texts)
    if i is None:
        return None
    before = [t for t in dict.fromkeys(texts[:i]) if t]
    names = [t for t in before if level_kind(t) is None]
    if len(names) != 1:
        return None
    level1 = next((t for t in before if level_kind(t) == "level1"), None)
    level2 = next((t for t in before if level_kind(t) == "level2"), None)
    lost = _cells_lost_left(st, i)
    if lost and level2 is None and level1 is not None:
        level1, level2 = None, level1
    if level1 is None and level2 is None and st.level1 is None and not lost:
        return None
    after = texts[i + 2] if i + 2 < len(texts) else ""
    unit = after if after and len(after) <= 6 and not BARE_NUMBER.match(after) else None
    return SplitTarget(level1, level2, names[0], texts[i], texts[i + 1], unit)


def on_headerless_split_row(st: LayoutState, row: Row, where: Where, found: SplitTarget) -> None:
    """An indicator read from a row of `headerless_split_indicator`."""
    p = st.current or st.start_project(where)
    _fill_down_levels(st, found.level1, found.level2)
    p.indicators.append(IndicatorRecord(
        level1=st.level1, level2=st.level2, level3=found.level3, description=None,
        value_raw=found.value, basis=None, where=where, op_raw=found.op, unit_raw=found.unit,
    ))


def _is_caption(text: str) -> bool:
    match = header_match(text, fuzzy=False)
    return match is not None and match.field == "block"


def on_headerless_row(st: LayoutState, row: Row, where: Where,
                      found: tuple[str | None, str, str]) -> None:
    """An indicator read from a row of `headerless_indicator`."""
    level1, level2, value = found
    p = st.current or st.start_project(where)
    _fill_down_levels(st, level1, level2)
    p.indicators.append(IndicatorRecord(
        level1=st.level1, level2=st.level2, level3=None, description=None,
        value_raw=value, basis=None, where=where,
    ))


def _header_goes_on(st: LayoutState, values: RowValues) -> bool:
    """The second row of a two-row header (一级指标 merged down beside 2021年实际实现值 |
    预期2022年实现值): a level column still shows the header's own label."""
    assert st.header is not None
    for fld in ("level1", "level2", "level3"):
        column = st.header.column(fld)
        if column is not None and values.fields.get(fld) == column.label.strip():
            return True
    return False


def _header_words_only(row: Row) -> bool:
    """A row of header words and nothing else (绩效指标 | 分值 | 得分 atop a scoring form
    whose level names are on the row below): a header's row, no indicator."""
    own = [c.text for c in row.own()]
    return len(own) >= 2 and all(
        not any(ch.isdigit() for ch in t) and (m := header_match(t, fuzzy=False)) is not None
        and m.how == "exact" for t in own)


def is_total(row: Row) -> bool:
    """合计 | 100 | 98 under the indicators: the scores added up, not an indicator; also
    where a label merged down the left still covers the row (绩效指标 | 总分 | 100)."""
    own = next((c.text for c in row.own()), "")
    return any(vocab.clean_label(lab) in vocab.SCORE_TOTAL_LABELS for lab in (row_label(row), own))


def targets_of_the_named(p: ProjectRecord, heading: str) -> bool:
    """A heading over a target table, after a project named by its own table with no
    indicators yet, that names the same project or its fund (省级基础教育师资培训经费教师资助
    over 杨文杰教师资助项目's targets: they share 教师资助): that project's targets, where
    nothing between named another (a 项目名称 row would have started it).  A heading that
    names nothing (资金绩效目标表: "") names no other project."""
    return bool(p.name) and not p.indicators and (
        not heading or shares_words(heading, p.name or ""))


def shares_words(a: str, b: str, n: int = 4) -> bool:
    """`a` and `b` have `n` characters in a row in common (a name's words, not a 项目)."""
    a, b = a.removesuffix("项目"), b.removesuffix("项目")
    return any(a[i : i + n] in b for i in range(len(a) - n + 1))


def _crosses_a_new_level2(st: LayoutState, values: RowValues) -> bool:
    """The row opens a 二级 of its own while its name comes merged from the row above: no
    三级 spans two 二级 (each sits inside its own), so the merge is a rule the page lost
    (a scan of a grey page: 服务对象满意度's empty rows joined to 可持续影响's last
    question), and the row names no indicator."""
    f, merged = values.fields, values.merged
    own_value = bool((f.get("value") or "").strip()) and "value" not in merged
    return ("level3" in merged and "level2" not in merged and bool((f.get("level2") or "").strip())
            and not own_value  # (道路交通设施 typed again under a new 二级 with a target of
            # its own, which a grid with no merges reads as merged down: an indicator)
            and st.current is not None and bool(st.current.indicators))


def _own_cell_across(hm: HeaderMap, row: Row) -> Cell | None:
    """The row's one cell of its own, where it spans the indicator's name and target (in a
    table with no target, the name and the columns after it), or is the row's only cell
    or its last, short of the header's columns (a text export keeps no spans)."""
    # (a block's label beside the rows, starting on this one; a cell from the block's
    # column across the rest of the row is the row's own: a title or note across the sheet)
    block = hm.column("block")
    own = [c for c in row.own()
           if (block is None or not block.col <= c.col < c.end <= block.end)]
    name, value = hm.column("level3"), hm.column("value")
    if len(own) != 1 or name is None:
        return None
    if value is None:  # (a scoring table, no target: across to its last column)
        value = max(hm.columns, key=lambda c: c.end)
    starts = own[0].col <= min(name.col, value.col)
    across = starts and own[0].end >= max(name.end, value.end)
    # a text export writes a cell merged across the rest of the row as the row's last
    # cell, one column wide: the row stops short of the header's columns
    short = starts and own[0] is row.cells[-1] and own[0].end < max(c.end for c in hm.columns)
    # a text from left of the name over it, the rest of the row blank: a sheet's title or
    # note merged across its form's first columns only (a wider form's rows beside it)
    over_the_name = own[0].col < name.col < own[0].end and not any(
        c.text.strip() or c.merged_above for c in row.cells if c.col >= own[0].end)
    return own[0] if across or short or over_the_name or len(row.cells) == 1 else None


def _level_across(st: LayoutState, own: Cell | None) -> bool:
    """A row of one cell across the indicator's name and target that names a level
    (产出指标 over 数量指标 | 发放人数 | 100人, a form heading each 一级's rows with a row
    of its own): the 一级, or the 二级, of the rows below, as a merged cell beside them
    would be.  Where the header has no 一级 column, such a row's short caption is the 一级
    whatever its words (项目完成指标, 决策, 效益指标30分)), as a 一级 column's cells are."""
    assert st.header is not None
    if own is None:  # (`own`: the row's `_own_cell_across`, none in a table that spans
        return False  # its projects)
    name = unwrapped(own.text.strip()) or ""
    kind = level_kind(name)
    if kind is None and "level1" not in st.header.fields and _a_caption(name):
        kind = "level1"
    if kind == "level1":
        st.level1, st.level2 = name, None
    elif kind == "level2":
        st.level2 = name
    return kind is not None


# what a caption holds besides its words: a weight (产出指标(50分), 决策(10分))
_CAPTION_NOTE = re.compile(r"[(（][^()（）]*[)）]|\d+分?\)?")
_WEIGHT_ONLY = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]")


def _a_caption(text: str) -> bool:
    """A short name heading the rows below (项目完成指标, 决策, 产出值): a few words, no
    sentence, no key and value (部门:明朗中学), no figure but a weight, no form's title
    and no header word (年度绩效指标, a block's label) or total (合计)."""
    words = _CAPTION_NOTE.sub("", "".join(text.split()))
    if not words:
        return bool(_WEIGHT_ONLY.fullmatch("".join(text.split())))  # (50分): a 一级 unnamed
    return (len(words) <= vocab.CAPTION_MAX_CHARS and words.isalpha()
            and not words.endswith("表")  # a form's title (项目支出绩效目标表)
            and not any(ch in words for ch in "：:;；。，,、")
            and header_match(words, fuzzy=False) is None
            and words not in vocab.SUBTOTAL_LABELS and words not in vocab.SCORE_TOTAL_LABELS)


def _same_indicator(values: RowValues) -> bool:
    """The row's name, its 二级 and its target all merged from the row above: the same
    indicator, whatever else the row repeats (a weight, a score: figures are not joined
    down a column, `grid.repeats_joined`)."""
    f, merged = values.fields, values.merged
    return {"level3", "value"} <= merged and ("level2" not in f or "level2" in merged)


def _sums_up(hm: HeaderMap, row: Row) -> bool:
    """A row whose first cell spans the levels and the target, the rest figures (分总 |
    100 | 100, a 总分 typed backwards; 评价总分, 合计得分): the scores added up, whatever
    it is called.  An indicator has a name and a target of its own."""
    cells = [c for c in row.cells if c.text.strip()]
    if len(cells) < 2 or cells[0].colspan < 2 or cells[0].merged_above:
        return False  # (most rows: their first cell is one column wide)
    first, value = cells[0], hm.column("value")
    levels = [c.col for c in hm.columns if c.field in LEVEL_FIELDS]
    return (value is not None and bool(levels) and first.col <= min(levels)
            and first.end >= value.end
            and all(_FIGURES.fullmatch(c.text.strip()) for c in cells[1:]))


_FIGURES = re.compile(r"[\d.,%\s]+")


def _indicator(st: LayoutState, values: RowValues, where: Where) -> IndicatorRecord:
    f = values.fields
    _fill_down_levels(st, unwrapped(f.get("level1")), unwrapped(f.get("level2")))
    return IndicatorRecord(
        level1=st.level1,
        level2=st.level2,
        level3=unwrapped(f.get("level3")),
        description=f.get("description"),
        value_raw=f.get("value"),
        basis=f.get("basis"),
        where=where,
        op_raw=f.get("op"),
        unit_raw=f.get("unit"),
        weight_raw=f.get("weight"),
        actual_raw=f.get("actual"),
        score_raw=f.get("score"),
        deviation=f.get("deviation"),
        extra=_indicator_extra(st, values),
    )


# A line break between two Chinese characters of a short name is the cell wrapping the
# name (经济效益\n指标, 产\n出\n指\n标), not two lines: a reader reads one name.
_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff(（\d])")


def unwrapped(text: str | None) -> str | None:
    """A level's name as one line where the cell only wrapped it."""
    if text is None or "\n" not in text:
        return text
    return _WRAPPED.sub("", text)


def _fill_down_levels(st: LayoutState, l1: str | None, l2: str | None) -> None:
    """一级/二级 hold until a row names them again; a new 一级 clears the 二级, but the
    first 一级 of a block does not: written lower down its rows (centred in a run of
    blank cells a file kept unmerged), it heads the 二级 named above it."""
    if l1:
        if l1 != st.level1 and st.level1 is not None:
            st.level2 = None
        st.level1 = l1
    if l2:
        st.level2 = l2


def _indicator_extra(st: LayoutState, values: RowValues) -> dict[str, str]:
    """The row's unmapped columns, less a wide sheet's project side (序号 …), plus a
    评分标准 column under its own label."""
    extra = {k: v for k, v in values.extra.items() if k not in project_side_labels(st.header)}
    standard = st.header.column("standard") if st.header is not None else None
    if standard is not None and values.fields.get("standard"):
        extra[standard.label] = values.fields["standard"]
    return extra


def is_record(rec: IndicatorRecord) -> bool:
    """docs/contract.md: a row is a record when it has a 三级指标, a 描述 or a real 指标值."""
    texts = [t for t in (rec.level3, rec.description, rec.value_raw) if t]
    if any(len(vocab.CHECKBOX_RE.findall(t)) >= 2 for t in texts):
        return False  # 1、持续性项目□ 2、新增性项目☑: a row of choices, no indicator
    named = [t for t in (rec.level3, rec.description) if t and not _names_nothing(t)]
    if named:
        return True
    return bool(rec.value_raw) and rec.value_raw not in BLANK_CELLS


_NO_NAME = BLANK_CELLS | {""}


@memo_short(1 << 14)  # the 三级 and 描述 of every indicator row; template prompts repeat
def _names_nothing(text: str) -> bool:
    """A 三级 or 描述 cell that names no indicator: blank, a placeholder, the template's
    prompt left unfilled (指标2:) or answered with a placeholder (指标1:/), a line's
    number alone (1. 2、 (3): the template's numbered blank lines), a level's name
    alone (黄石's 指标名称 column: 质量, 时效 left without a target: the template's slots),
    or marks alone, no letter, figure or character among them (≤ in an empty row: a
    reviewer's tick in pen, read from a scan as the sign of its shape)."""
    t = text.strip()
    return (PROMPT_RE.sub("", t, count=1).strip() in _NO_NAME or bool(LINE_NUMBER_RE.match(t))
            or _level_name(t) or not any(ch.isalnum() for ch in t))


def _level_name(text: str) -> bool:
    return vocab.level_kind(text) == "level1" or vocab.level_label(text).removesuffix(
        "指标") in vocab.LEVEL2_SHORT_NAMES


def _keep_long_term(p: ProjectRecord, values: RowValues) -> None:
    """A row of a long-term (中长期) indicator block: not a record, kept as a line."""
    texts = [t for k, t in values.fields.items() if not k.startswith(FUNDING)]
    if texts:
        p.fields[LONG_TERM_FIELD] = join(
            [t for t in (p.fields.get(LONG_TERM_FIELD), " | ".join(texts)) if t]
        )
