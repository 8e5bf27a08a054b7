"""Key-value rows and captions for `jixiao.parsers.layout.document`: the project's own fields.

    on_keys           项目名称 | 石桥镇… | 预算数 | 120: each label fills its field of the
                      current project (or starts the next one); 金额单位：元 in a cell is
                      the unit for the rest of the table
    on_captions       column titles whose values come in the rows below: 第一季度 …,
                      预期目标 | 实际完成情况, 年初预算数 | 全年预算数 …, or 中长期 |
                      年度 over side-by-side indicator blocks
    on_caption_values the row under the captions, read by their columns
    on_loose_row      a goal text going on in a row of its own, or a block label row
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.header import header_match, map_header
from jixiao.parsers.layout.rows import (
    GROUP_ROWS,
    Captions,
    find_captions,
    group_columns,
    join,
    key_field,
    key_pairs,
    label_with_value,
    merged_key,
    restates_for_year,
    row_label,
    row_rest,
    text_at,
    values_below,
)
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.records import FundingLine, ProjectRecord, Where
from jixiao.vocab import labels as vocab
from jixiao.vocab import numerals
from jixiao.vocab.placeholders import BLANK_CELLS


def _part_of_the_line_above(p: ProjectRecord, label: str) -> bool:
    """A 其中 line under a source line that is not itself one of the total's 其中 lines
    (财政资金 | 24,543.19 / 其中: 省级财政 | 24,543.19 / 其他资金): a part of that source, not
    another one; under the total (资金总额 / 其中: 财政拨款) it opens the sources."""
    return (label.lstrip().startswith(vocab.PARTS_WORD) and bool(p.funding)
            and not p.funding[-1].source.lstrip().startswith(vocab.PARTS_WORD))


def on_keys(st: LayoutState, row: Row, where: Where) -> None:
    note_unit = _take_unit_notes(st, row)
    if st.current is not None and _funding_in_cells(st.current, row):
        if note_unit and st.current.budget_unit_hint is None:  # 项目资金申请(万元) beside it
            st.current.budget_unit_hint = note_unit
        return
    pairs = key_pairs(row, group_columns(row, st.rows_above(row, GROUP_ROWS))
                      if any(not c.text.strip() for c in row.cells) else frozenset())
    if not pairs:
        continued = merged_key(row)
        if continued is not None and st.current is not None:
            _continue_key(st.current, continued, row)
        return
    if len(pairs) >= 2 and not any(value.strip() for _f, _l, value in pairs):
        pairs = _values_below(st, row, pairs)
    seen_funding: set[str] = set()
    if st.current is not None and _beside_the_years_total(st.current):
        pairs = _the_years_side(pairs)
    for fld, label, value in pairs:
        if fld == "funding" and label in seen_funding:
            if st.current is not None and _beside_the_years_total(st.current):
                _year_amount(st.current, label, value)  # 中期 … | 年度 …: the year's line
            continue  # 其中:中央补助 again under 执行数: the amount spent, not a source
        if fld == "funding" and any(restates_for_year(s, label) for s in seen_funding):
            continue  # 其中:当年财政拨款 beside 其中:财政拨款: the same source for the year
        if fld == "funding":
            seen_funding.add(label)
        p = st.project_for_keys(where, fld)
        st.in_indicators = False
        st.last_key = fld
        if note_unit and p.budget_unit_hint is None:
            p.budget_unit_hint = note_unit
        if fld == "budget" and value.strip():
            st.yield_block_money(p, value)
        if fld == "goals" and len(pairs) == 1 and _self_evaluation(st, p, row) and (
                two := _goal_beside_its_result(row, label)) is not None:
            value, p.fields[vocab.ACHIEVED_FIELD] = two
        _set_key(p, fld, label, value)


def _values_below(st: LayoutState, row: Row, pairs: list[tuple[str, str, str]]
                  ) -> list[tuple[str, str, str]]:
    """`rows.values_below` for the row under `row`, which is then read with it."""
    below = st.rows_below(row, 1)
    filled = values_below(row, below[0], pairs) if below else None
    if filled is None:
        return pairs
    st.read_ahead.add(id(below[0]))
    return filled


def _self_evaluation(st: LayoutState, p: ProjectRecord, row: Row) -> bool:
    """The project is a self-evaluation's: its title says so, or the indicator header just
    below has a column for what was achieved (全年实际值)."""
    return p.is_self_evaluation or any(
        (hm := map_header(r)) is not None and "actual" in hm.fields
        for r in st.rows_below(row, _HEADER_LOOKAHEAD))


_HEADER_LOOKAHEAD = 3  # rows: the goal row, then the indicators' header


def _goal_beside_its_result(row: Row, label: str) -> tuple[str, str] | None:
    """(goal, what was done) of a self-evaluation's goal row that holds two texts side by
    side under no captions (年度总体目标 | 通过规范…专项资金的使用… | 按照年初设定目标,将辖区20条
    城市道路…进行了外包): the form's 预期目标 | 实际完成情况 with their captions left out."""
    texts = [c.text.strip() for c in row.own()]
    if texts[:1] == [label]:
        texts = texts[1:]
    return (texts[0], texts[1]) if len(texts) == 2 and texts[0] != texts[1] else None


def _take_unit_notes(st: LayoutState, row: Row) -> str | None:
    """金额单位：元 in a cell holds for this project and the rest of the table (kept in
    `st`); a label's own note (预算数（万元）) is returned for this row's keys."""
    note_unit = None
    for c in row.cells:
        table_note = vocab.amount_unit_note(c.text)
        if table_note:
            st.table_unit_note = table_note
            if st.current is not None:
                st.unit_notes[id(st.current)] = table_note
            continue
        n = vocab.label_note(c.text) if len(c.text) <= 24 else None
        if n and "元" in n:
            note_unit = n
    return note_unit


def _set_key(p: ProjectRecord, fld: str, label: str, value: str) -> None:
    v = value.strip() or None
    if fld == "name":
        p.name = v
    elif fld == "code":
        p.code = v
    elif fld == "budget_text":
        p.budget_text = v
    elif fld == "budget":
        v = _first_amount(v)
        if v and (p.budget_raw is None or (_annual(label) and not _annual(p.budget_label))):
            if p.budget_raw is not None:  # 中期 … beside 本年度 …: the year's is the budget
                p.fields[vocab.clean_label(p.budget_label or "预算")] = p.budget_raw
            p.budget_raw, p.budget_label = v, label
    elif fld == "funding":
        v = _first_amount(v)  # the budget's column: 220 | 87.57 under 年初预算数 | 1-6月执行数
        if v and _part_of_the_line_above(p, label):
            p.fields[vocab.clean_label(label)] = v
        elif v:
            p.funding.append(FundingLine(label, v))
    elif fld == "goals":
        p.goals_text = join([t for t in (p.goals_text, v) if t]) or None
    elif fld == "purpose":
        p.purpose = v
    elif fld == "spend_plan":
        # usually the label alone, the quarters in their own rows; else 第一季度25% …
        # or 25% | 50% | 75% | 100% beside it
        p.spend_plan_raw = inline_spend_plan(v) or p.spend_plan_raw
    elif fld == "tasks" and v:  # one task a line: 任务名称 | 主要内容 | 预算金额
        p.fields[vocab.clean_label(label)] = v.replace("\n", " | ")
    elif v:
        p.fields[vocab.clean_label(label)] = v


def _beside_the_years_total(p: ProjectRecord) -> bool:
    """The project's budget is the year's total, read beside another total it displaced
    (中期资金总额: | 170.00 | 年度资金总额: | 340.00): the funding lines under them come in
    the same two columns."""
    return _annual(p.budget_label) and any(
        key_field(k) == "budget" for k in p.fields if k != vocab.clean_label(p.budget_label or "")
    )


def _the_years_side(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Two sources in a row under the two totals (其中：财政资金 | 10,308,000.00 | 其中：
    当年财政拨款 | 3,498,000.00 under 项目资金总额 | 年度资金申请总额): the first is the
    whole project's, kept as a field, the second the year's funding line.  The same
    label twice is `_year_amount`'s."""
    funding = [i for i, (fld, _label, _value) in enumerate(pairs) if fld == "funding"]
    if len(funding) != 2:
        return pairs
    first, second = (pairs[i][1] for i in funding)
    if first == second or restates_for_year(first, second):
        return pairs  # the same source again: on_keys reads the year's amount or drops it
    return [("other", label, value) if i == funding[0] else (fld, label, value)
            for i, (fld, label, value) in enumerate(pairs)]


def _year_amount(p: ProjectRecord, label: str, value: str) -> None:
    """The year's amount of a source already read from the other total's column."""
    line = next((f for f in reversed(p.funding) if f.source == label), None)
    if line is not None and value.strip():
        line.amount_raw = value.strip()


def _annual(label: str | None) -> bool:
    """A budget label that names the year's figure (本年度申请…, 当年预算)."""
    return label is not None and any(w in label for w in vocab.ANNUAL_WORDS)


def _first_amount(value: str | None) -> str | None:
    """A total beside its columns (合计 | 130.54 | 58.07 | 188.61): the first figure, the
    one under the first caption; a text of one line stays as it is."""
    if value is None or "\n" not in value:
        return value
    lines = value.split("\n")
    if all(_FIGURE.fullmatch(t.strip()) for t in lines):
        return lines[0].strip()
    return value


_FIGURE = re.compile(r"[\d,.]+%?")


def inline_spend_plan(value: str | None) -> list[str] | None:
    """The quarters' percentages written beside the 资金支出计划 label, or None."""
    if not value:
        return None
    found = vocab.QUARTER_VALUE_RE.findall(value)
    if len(found) >= 2:
        return [f.replace(" ", "") for f in found]
    parts = [t.strip() for t in value.replace("、", "\n").replace("，", "\n").split("\n")]
    parts = [t for t in parts if t]
    if len(parts) == 4 and all(t.rstrip("%％").replace(".", "", 1).isdigit() for t in parts):
        return parts
    return None


def _continue_key(p: ProjectRecord, fld: str, row: Row) -> None:
    """A row under a key label merged down from above: more of that key's text."""
    rest = row_rest(row)
    if fld == "tasks":  # one task a line: 任务名称 | 主要内容 | 预算
        rest = " | ".join(t for t in rest.split("\n") if t)
    if not rest or vocab.BARE_PROMPT_RE.match(rest):  # 已实施情况: left unanswered
        return
    if fld == "goals":
        p.goals_text = join([t for t in (p.goals_text, rest) if t])
    elif fld != "spend_plan":
        label = next(w for w in vocab.KEY_LABELS.get(fld, (fld,)))
        p.fields[label] = join([t for t in (p.fields.get(label), rest) if t])


def on_captions(st: LayoutState, row: Row, where: Where) -> None:
    caps = find_captions(row)
    assert caps is not None
    if caps.kind == "blocks":
        st.long_term_cols = caps.long_term_cols
        return
    fld = {"quarters": "spend_plan", "goals": "goals", "money": "budget"}[caps.kind]
    p = st.project_for_keys(where, fld)
    st.in_indicators = False
    st.captions = caps
    st.last_key = fld
    note = vocab.label_note(caps.label)
    if caps.kind == "money" and note and "元" in note and p.budget_unit_hint is None:
        p.budget_unit_hint = note
    if caps.kind == "quarters":
        p.spend_plan_raw = None


def on_caption_values(st: LayoutState, row: Row) -> bool:
    """The row under a captions row: read it by the captions' columns.  False when the
    row is not theirs (a new key label), which also ends the captions."""
    caps, p = st.captions, st.current
    assert caps is not None
    if p is None:
        st.captions = None
        return False
    if caps.kind == "money":
        return _on_money_row(st, p, caps, row)
    texts = [text_at(row, c.col, c.end) for c in caps.columns]
    if _past_the_captions(row, caps):  # a text export's row, its merges lost: its last
        texts = [c.text.strip() for c in row.cells[-len(caps.columns):]]  # cells are theirs
    if not any(texts):
        return False
    st.captions = None
    if caps.kind == "quarters":
        p.spend_plan_raw = texts
    else:
        for cap, text in zip(caps.columns, texts, strict=True):
            if text and _goal_column(cap.text, caps) and text not in BLANK_CELLS:
                p.goals_text = join([t for t in (p.goals_text, text) if t])
            elif text:
                p.fields[cap.text] = text
        adjusted = [c.text for c in caps.columns if c.text in vocab.GOALS_ADJUSTED]
        if p.goals_text is None and adjusted and adjusted[0] in p.fields:
            p.goals_text = p.fields.pop(adjusted[0])  # 年初绩效目标 无, 全年(调整)… the goal
    return True


def _past_the_captions(row: Row, caps: Captions) -> bool:
    """A row of single cells with text right of the last caption's column: a grid whose
    merges were lost (Word's text export writes a merged cell once, so the captions' row
    is shorter than the row of their values: 项目基本情况 | 1.项目年度目标完成情况 |
    项目年度目标 | 年度目标完成情况 over four blanks, the goal and its completion).  Its
    last cells are the captions' values."""
    last = caps.columns[-1].end
    return (len(row.cells) > last
            and all(c.colspan == 1 and not c.merged_above for c in row.cells)
            and any(c.col >= last and c.text.strip() for c in row.cells))


def _source_with_amount(text: str) -> tuple[str, str] | None:
    """(source, amount) of a cell holding both (其中: 一般公共预算:1873.66万元,
    其他资金:2880万元), or None."""
    t = text.strip()
    if t.startswith("其中"):
        t = t.removeprefix("其中").lstrip(" :：")
    pair = label_with_value(t)
    if pair is None or pair[0] != "funding":
        return None
    return pair[1], pair[2]


def _goal_column(caption: str, caps: Captions) -> bool:
    """The annual goal's column; 总体目标 only where no annual column stands beside it."""
    if caption in vocab.GOALS_FROM_CAPTIONS:
        return True
    texts = {c.text for c in caps.columns}
    return caption in vocab.GOALS_UNLESS_ANNUAL and not texts & set(vocab.GOALS_FROM_CAPTIONS)


def _on_money_row(st: LayoutState, p: ProjectRecord, caps: Captions, row: Row) -> bool:
    """A funding line under 年初预算数 | 全年预算数 | 全年执行数 …: the preferred column is
    its amount; the 年度资金总额 line is the budget; other columns are kept as fields."""
    first_col = caps.columns[0].col
    labels = [c for c in row.cells if c.col < first_col and c.text.strip() and not c.merged_above]
    label = labels[-1].text.strip() if labels else ""
    inline = _source_with_amount(label)
    if inline is not None or _group_heading(label):
        # 其中: 一般公共预算:1873.66万元 | 其中:基本支出:…: a source and its amount in the
        # label's cell; 按收入性质分: (or 按收入性质分:2030.12, with its subtotal) a heading
        # of the lines below
        if inline is not None:
            p.funding.append(FundingLine(*inline))
        return True
    fld = key_field(vocab.clean_label(label)) if label else None
    if not label or fld not in (None, "budget", "funding") or _other_key(labels[:-1]):
        st.captions = None  # (年度总体目标 | its goal spread over the captions' columns: the
        return False  # goal's cell is no source's label)
    # a label cell spread over the captions' columns (纳入专户管理的非税收入拨款: | …) is no
    # amount of its own there
    amounts = {c.text: t for c in caps.columns if (t := text_at(row, c.col, c.end)) != label
               and label_with_value(t) is None}  # 项目支出:2985.5万元 in a text export, the
    # spending side's pair beside the source, its merges lost: no amount of this line
    clean = vocab.clean_label(label)
    if fld is None and "总额" not in clean and _words_only(amounts.values()):
        st.captions = None  # 项目实施内容 | 开始时间 | 结束时间 under the money columns: a
        return False  # block of its own, no source (its dates are no amounts)
    amount = next((amounts[w] for w in vocab.MONEY_PREFERRED if amounts.get(w)), "")
    if fld == "budget" or (fld is None and "总额" in clean):
        if amount and p.budget_raw is None:
            p.budget_raw = amount
    elif amount and not _spending_detail(caps.label):
        p.funding.append(FundingLine(label, amount))
    for cap, text in amounts.items():
        if text and text not in BLANK_CELLS:
            p.fields[f"{clean}·{cap}"] = text
    return True


def _words_only(texts: Iterable[str]) -> bool:
    """Texts under money columns that hold no figure at all (开始时间, a sentence)."""
    filled = [t for t in texts if t and t not in BLANK_CELLS]
    return bool(filled) and not any(ch.isdigit() for t in filled for ch in t)


def _spending_detail(label: str) -> bool:
    """Captions labelled as the spending's breakdown (支出明细预算(万元)): their lines are
    what the money buys, kept as fields, not where it comes from."""
    return any(w in label for w in vocab.SPENDING_DETAIL_WORDS)


def _other_key(cells: list[Cell]) -> bool:
    """A cell labelling a field of its own, not money (年度总体目标)."""
    return any(key_field(vocab.clean_label(c.text)) not in (None, "budget", "funding")
               for c in cells)


def _group_heading(label: str) -> bool:
    """A short label that no field takes, ending in a colon or with only its subtotal after
    the colon (按收入性质分:, 按收入性质分:2030.12): the heading of the lines below it."""
    head, colon, tail = label.replace("：", ":").partition(":")
    if not colon or len(head.strip()) > 12 or key_field(vocab.clean_label(head)) is not None:
        return False
    return not tail.strip() or _FIGURE.fullmatch(tail.strip()) is not None


def _funding_in_cells(p: ProjectRecord, row: Row) -> bool:
    """A funding hierarchy written in one cell, a line each (资金总额: 250 / 一、预算资金:250
    / 二、自有资金: …, or 公共财政拨款:683 / 纳入专户管理的非税收入拨款:21, or 总额10606.75万元
    / 财政拨款:6923.36万元(其中:…) / …): a total line is the budget, the other lines with an
    amount are funding lines, each amount with the unit its line writes and without the
    breakdown in brackets after it.  A cell of lines no budget or source label names
    (基本支出:622 / 项目支出:82) is not one."""
    found = False
    for c in row.cells:
        if c.merged_above or "\n" not in c.text:
            continue
        lines = [_SOURCE_LINE.match(piece) for t in _ITEM_START.sub("\n", c.text).split("\n")
                 for piece in _sources_run_on(t.strip()) if piece]
        if len(lines) < 2 or not all(lines):
            continue
        labelled = [(m.group(1).strip(), (m.group(2) or m.group(3) or "").strip())
                    for m in lines if m]
        fields = [key_field(vocab.clean_label(label)) for label, _amount in labelled]
        if not any(f in ("funding", "budget") for f in fields):
            continue
        for (label, amount), fld in zip(labelled, fields, strict=True):
            total = fld == "budget" and any(w in label for w in vocab.TOTAL_LABEL_WORDS)
            if total and p.budget_raw is None and amount:
                p.budget_raw = amount
            elif not total and amount and fld in ("funding", "budget", None):
                p.funding.append(FundingLine(label, amount))
        found = True
    return found


# A numbered item run on after the amount of the line before (a PDF's wrapped line joined
# to the next: …本级财政:0万元)二、自有资金:0万元): it starts a line of its own.
_ITEM_START = re.compile(rf"(?<=[)）元\d])\s*(?=[{numerals.ENUMERATION_CHARS}]{{1,2}}、)")

def _sources_run_on(line: str) -> list[str]:
    """The line's label: amount pairs, where a print's wrapped lines ran them on into one
    and every label is a source's or the total's (政府性基金拨款:纳入专户管理的非税收入拨款:21
    其他资金: → three lines: a line that a pair fills to its cell's edge ends no paragraph
    a PDF can see); else the line as it is."""
    pieces, rest = [], line
    while rest:
        m = _PAIR_RUN_ON.match(rest)
        if m is None or key_field(vocab.clean_label(m.group(1))) not in ("funding", "budget"):
            return [line]
        pieces.append(m.group(0).strip())
        rest = rest[m.end():].strip()
    return pieces if len(pieces) > 1 else [line]


# a label, its colon and its amount, if any, up to where the next label begins
_PAIR_RUN_ON = re.compile(r"([^:：\d]{2,20})[:：]\s*(?:\d[\d.,]*\s*(?:万元|元)?)?")

# 公共财政拨款:683, 一、预算资金:250, 其他资金: (no amount), 总额10606.7522万元 (no colon
# before an amount that states its unit), 财政拨款:6923.3552万元(其中:上级财政资金:…)
_SOURCE_LINE = re.compile(
    r"^([^:：\d]{2,20})(?:[:：]\s*([\d.,]*\s*(?:万元|元)?)|(\d[\d.,]*\s*(?:万元|元)))"
    r"\s*(?:[(（][^()（）]*[)）])?\s*$"
)


def _numbered_item(row: Row) -> tuple[str, str] | None:
    """(label, text) of a row beside a caption merged down its left whose own first cell
    is a numbered label (项目基本情况 | 2.项目实施内容及过程概述 | 购买13台…), else None.
    The caption's cell may be blank: a text export writes a merged cell once."""
    own = row.own()
    if len(own) < 2 or not (row.cells[0].merged_above or not row.cells[0].text.strip()):
        return None
    label = own[0].text.strip()
    if not vocab.ENUMERATED_LABEL_RE.match(label):
        return None
    return label, join([c.text.strip() for c in own[1:]])


# Texts of a row of their own (not merged from above) that make it a table's row: a goal
# continued on a row of its own is one cell, or its label's and one
_A_TABLES_ROW = 3


def unlabelled_goal(st: LayoutState, row: Row) -> bool:
    """A row whose label cell is blank (or, on a scan that lost the border above it,
    merged with the label above) and whose one other text is a sentence, right above the
    indicators' header: the goal, whose label the copy lost (a 绩效目标表 puts the goal
    there, between the money and the indicators)."""
    first = row.cells[0] if row.cells else None
    own = [c for c in row.cells[1:] if c.text.strip() and not c.merged_above]
    if first is None or (first.text.strip() and not first.merged_above) or len(own) != 1:
        return False
    text = own[0].text.strip()
    if len(text) < vocab.GOAL_MIN_CHARS or not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return False
    head, colon, _value = text.replace("：", ":").partition(":")
    if colon and key_field(vocab.clean_label(head), exact=True) is not None:
        return False  # 其他资金：11,000.00: a key pair in one cell, no goal
    below = st.rows_below(row, 1)
    return bool(below) and map_header(below[0]) is not None


def on_loose_row(st: LayoutState, row: Row, where: Where) -> None:
    """A row outside the indicators that is not a key row: a goal text continued on its
    own row, or a block label (长期绩效指标) on a row of its own."""
    m = header_match(row_label(row), fuzzy=False)
    if m is not None and m.field == "block":
        st.block_label = row_label(row)
        return
    p = st.current
    if p is not None and _funding_in_cells(p, row):
        return
    rest = row_rest(row)
    if vocab.STAMP_ONLY_RE.match(rest) or vocab.ENUMERATED_LABEL_RE.match(rest) or (
        vocab.BARE_PROMPT_RE.match(rest)
    ):  # a (盖章) cell of a sign-off row, the next numbered label, or a prompt left
        return  # unanswered (已实施情况:, its label's merge lost in a text export): no goal
    if p is None or st.last_key != "goals" or not rest:
        return
    if len(row.own()) >= _A_TABLES_ROW:
        st.last_key = None  # 项目权重 | 评价内容 | 分值 | 自评分 …: a scoring table's head
        return  # under the goal, no more of it (a goal goes on in one cell, or two)
    numbered = _numbered_item(row)
    if numbered is not None:  # 2.项目实施内容及过程概述 | 购买13台…: the next item, no goal
        label, text = numbered
        p.fields[vocab.clean_label(label)] = text
        st.last_key = None
    else:
        p.goals_text = join([t for t in (p.goals_text, rest) if t])
