"""What one table row is, by its words: the first step of `jixiao.parsers.layout.document`.

    classify_row  → blank | title | header | captions | trailer | keys | data
    key_pairs     → (field, label, value) for each label of a key-value row
    find_captions → a row of column titles whose values come in the rows below
                    (第一季度 …, 预期目标 | 实际完成情况, 年初预算数 | 全年预算数 …,
                    中长期指标 | 年度指标 over side-by-side indicator blocks)

Vocabulary lives in `jixiao.vocab.labels`; nothing here keeps state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.header import (
    header_match,
    level_kind,
    long_term_caption_cols,
    map_header,
)
from jixiao.parsers.layout.headings import table_heading_name
from jixiao.parsers.layout.memo import memo_row
from jixiao.vocab import labels as vocab
from jixiao.vocab.lookup import contains_any, first_exact, memo_short, starts_with_any

RowKind = Literal["blank", "title", "header", "captions", "trailer", "keys", "data"]
CaptionKind = Literal["quarters", "goals", "money", "blocks"]


@dataclass(frozen=True, slots=True)
class Caption:
    text: str  # cleaned: 第一季度, 预期目标, 全年预算数 …
    col: int
    end: int


@dataclass(frozen=True, slots=True)
class Captions:
    kind: CaptionKind
    columns: tuple[Caption, ...]
    label: str  # the row's own label (资金支出计划, 年度总体目标, 项目资金（万元）), or ""
    long_term_cols: frozenset[int] = frozenset()  # kind "blocks" only


# A self-evaluation row with its target split over 指标性质 | 指标值 | 度量单位 (= | 100 | %),
# or 定性 | 优良中低差 with no unit.
_OPERATOR_CELLS = frozenset({"=", "＝", "≤", "≥", "<", ">", "≦", "≧", "<=", ">=", "≤=", "≥="})
_QUALITATIVE_CELL = "定性"
BARE_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_GRADES_MAX = 12  # characters of a 定性 target: 优良中低差, 好坏, 达标


def split_target_at(texts: list[str]) -> int | None:
    """Where the row's one comparison cell stands, a bare number after it (or 定性 and a
    short grade after it: 定性 | 优良中低差); None where the row has no such cell."""
    ops = [i for i, t in enumerate(texts) if t in _OPERATOR_CELLS or t == _QUALITATIVE_CELL]
    if len(ops) != 1 or ops[0] + 1 >= len(texts):
        return None
    i = ops[0]
    value = texts[i + 1]
    if texts[i] == _QUALITATIVE_CELL:
        good = 0 < len(value) <= _GRADES_MAX and not any(ch.isdigit() for ch in value)
    else:
        good = BARE_NUMBER.match(value) is not None
    return i if good else None


@memo_row(1 << 12)
def classify_row(row: Row) -> RowKind:
    """The row's kind.  It depends only on the cells' texts, columns and merges, so it is
    memoised on them: a row asked about twice (the walk, then the unit search of
    `docfields`) and the rows every submission repeats are classified once."""
    filled = [t for t in (c.text.strip() for c in row.cells if not c.merged_above) if t]
    if not filled:
        return "blank"
    if len(filled) == 1 and len(filled[0]) <= 60 and (
            _NAMES_A_TABLE(filled[0]) or table_heading_name(filled[0]) is not None):
        return "title"  # (a heading's words typed into the table's own first row read as
        # the same words above the table do: 反恐经费支出绩效评价表, …项目绩效目标)
    if map_header(row) is not None:
        return "header"
    if find_captions(row) is not None:
        return "captions"
    if len(filled) >= 3 and vocab.clean_label(filled[0]) in vocab.LIST_NUMBER_TITLES:
        return "data"  # 序号 | 项目名称 | 备注: the column titles of a numbered list (a
        # contents list of the forms that follow), whose 项目名称 is a title, not a key
    if split_target_at([c.text.strip() for c in row.cells]) is not None:
        return "data"  # 警示标志设置成本预算 | = | 5 | 万元: an indicator's name and its target
        # split over 指标性质 | 指标值 | 度量单位, whatever the name holds (预算 is no key here)
    first = vocab.clean_label(row_label(row))
    if first and (is_trailer(first) or signed_off(filled)):
        return "trailer"
    if first and key_field(first) is not None:
        return "keys"
    if _labelled_cells(filled):
        return "keys"  # 项目负责人电话:65239479 | 财政拨款:2430.30: label and value in each cell
    if (len(filled) >= 2 and len(first) <= vocab.CAPTION_MAX_CHARS and level_kind(first) is None
            and _labelled_cells(filled[1:], least=1)):
        return "keys"  # 专项基本情况 | 专项名称：2023年雨露计划就学补助项目: a caption, then
        # its pairs a cell
    own = vocab.clean_label(filled[0])
    if own != first and key_field(own) in _KEYS_AFTER_A_CAPTION and level_kind(first) is None:
        return "keys"  # 投入目标(万元) merged down | 资金总额 | 3; 专项基本情况 merged down |
        # 主管部门 | 南岳区乡村振兴局 | 专项起止时间 | … (the caption's later rows)
    second = next((t for t in filled[1:] if not _AMOUNT.fullmatch(t)), "")
    if len(filled) >= 3 and len(first) <= vocab.CAPTION_MAX_CHARS and key_field(
        vocab.clean_label(second)
    ) in _KEYS_AFTER_A_CAPTION and level_kind(first) is None:
        return "keys"  # 预算执行情况(万元) | 转移支付预算数(A) | 5.8万: pairs beside a caption;
        # 专项基本情况 | 专项名称 | 南岳区青少年…补助费 (the caption merged down the rows);
        # 筹资方案(万元) | 0 | 已落实资金 | 0 (the caption's own total first); a level's
        # name is no caption (成本指标 | 安全隐患排查成本预算 | = | 6 | 万元: an indicator)
    if _second_pair_names_a_unit(filled):
        return "keys"  # 县级主管部內 (a scan's slip) | 忠县水利局 | 实施单位 | 忠县涂井乡人民政府
    return "data"


def _second_pair_names_a_unit(filled: list[str]) -> bool:
    """Two label | value pairs whose second label names a unit of the project's own (实施
    单位, 主管部门), the first a short label no vocabulary knows: a row of key pairs all
    the same, whose first label was misread or is the template's own wording."""
    if len(filled) != 4 or len(filled[0]) > vocab.CAPTION_MAX_CHARS:
        return False
    return key_field(vocab.clean_label(filled[2])) in _UNIT_FIELDS and not any(
        header_match(t, fuzzy=False) for t in filled)


_UNIT_FIELDS = frozenset({"unit", "department", "implementer"})
_AMOUNT = re.compile(r"[\d.,]+")  # a figure alone in its cell


# The project's own fields a label beside a short caption names, on the caption's first
# row or a row it is merged down over: its money, what names it and its goals (基本信息
# merged down the form's first column, beside 项目名称 … 年度绩效目标)
_KEYS_AFTER_A_CAPTION = frozenset({"budget", "funding", "name", "code", "department", "unit",
                                   "implementer", "goals", "long_goals", "budget_text"})


def _labelled_cells(filled: list[str], *, least: int = 2) -> bool:
    """Every cell holds a key label, a colon and its value (or nothing after the colon),
    and one of them names a field of the project's own: a row of key pairs written a
    pair a cell (`least` of them)."""
    fields = []
    for text in filled:
        head, colon, _tail = text.replace("：", ":").partition(":")
        fld = key_field(vocab.clean_label(head)) if colon and 0 < len(head) <= 16 else None
        if fld is None:
            return False
        fields.append(fld)
    return len(fields) >= least and any(f in _OWN_FIELDS for f in fields)


_OWN_FIELDS = frozenset({"name", "budget", "funding", "unit", "department", "implementer"})
_NAMES_A_TABLE = contains_any((*vocab.TITLE_WORDS, *vocab.WHOLE_DEPARTMENT_WORDS))


def spans_with_blanks(row: Row) -> list[tuple[Cell, int]]:
    """Each cell of a header row with where it ends, taken over the blank cells after it
    that no merge joined, up to the next cell with text (a merge undone, as Excel's unmerge
    leaves it: 预期指标值 | (blank) | (blank) | 单项指标实际完成值 over 符号 | (blank) | 单位)."""
    out: list[tuple[Cell, int]] = []
    run: list[Cell] = []  # blanks after the last cell with text, kept while a text follows
    for c in row.cells:
        if out and not c.text.strip() and not c.merged_above and c.colspan == 1:
            run.append(c)
            continue
        if run:  # (blanks at the row's end are columns of their own, or none at all)
            out[-1] = (out[-1][0], run[-1].end)
            run = []
        out.append((c, c.end))
    return out


def row_label(row: Row) -> str:
    """The first non-empty cell of a row, merged or not (a label merged down still labels)."""
    for c in row.cells:
        if c.text.strip():
            return c.text.strip()
    return ""


_BLANK_DATE = re.compile(r"年\s*月\s*日\s*$")
_STAMPED = re.compile("|".join(r"\s*".join(w) for w in vocab.STAMP_WORDS))  # 盖 章 too


def signed_off(texts: list[str]) -> bool:
    """A sign-off row: a cell ends in a date left blank to be written by hand (年 月 日) and
    the row asks for a stamp or a signature (财政绩效管理科室(盖章) 年 月 日), however a
    scan cut its cells."""
    return any(_BLANK_DATE.search(t) and not any(ch.isdigit() for ch in t) for t in texts) and (
        any(_STAMPED.search(t) for t in texts))


def is_trailer(label: str) -> bool:
    """Review and sign-off rows after the indicators (审核意见, 填报人 …)."""
    return label.startswith(vocab.TRAILER_LABELS) or (
        len(label) <= 12 and label.endswith(vocab.TRAILER_SUFFIXES)
    )


@memo_short(1 << 14)  # key labels repeat from table to table
def key_field(label: str, *, exact: bool = False) -> str | None:
    """The project field a cleaned key label names, or `funding` for a source line.
    `exact=False` also accepts a label that starts with a key wording (项目名称及编码)."""
    under = label.startswith("其中")
    lab = _ENUMERATED.sub("", label).removeprefix("其中")
    if under and not lab:
        return "funding_group"  # 其中: alone, merged down beside its sources' lines
    fld = _KEY_EXACT(lab)
    if fld is None:  # 专项年度绩效目标, 专项长期绩效目标: the fund's own goals
        fld = next((f for f in (_KEY_EXACT(lab.removeprefix(w)) for w in vocab.FUND_PREFIXES
                                if lab.startswith(w)) if f), None)
    if fld is not None:
        return fld
    if lab in _OTHER_KEYS or (_HAS_NO_AMOUNT_WORD(lab) and len(lab) <= 16):
        return "other"  # 项目负责人; 资金抽查占比, which names money but states a share
    if not exact and (lab in _TOTAL_ROWS or (_HAS_TOTAL_WORD(lab) and len(lab) <= 16)):
        return "budget"  # 年度财政资金总额: the total, though it names a source
    if _HAS_FUNDING_WORD(lab) and len(lab) <= 16:
        return "funding"
    if exact:
        return None
    if len(lab) <= 16 and (_HAS_BUDGET_WORD(lab) or (
        "预算" in lab and lab.endswith(vocab.BUDGET_LABEL_ENDINGS)
    )):
        return "budget"
    for fld, starts in _KEY_STARTS:
        if starts(lab):
            if (fld in _UNIT_FIELDS and lab.endswith(vocab.NOT_A_UNIT_ENDINGS)
                    and "名称" not in lab and "及" not in lab):
                return "other"  # 主管部门编码, 主管部门审核意见: no unit's name beside it
                # (主管部门(单位)名称及部门预算编码 asks both: the name is there)
            return fld
    if len(lab) <= 16 and (lab.endswith(vocab.FUNDING_ENDINGS) or (under and lab)):
        return "funding"  # 2、经营性收入, (三)其他收入, 其中：财政投款: a line of the block
    if len(lab) <= vocab.OTHER_KEY_MAX_CHARS:
        for fld, endings in vocab.KEY_ENDINGS:
            if lab.endswith(endings):
                return fld
        if lab.endswith(vocab.OTHER_KEY_ENDINGS):
            return "other"
    return None


# key_field's word lists, compiled once (jixiao.vocab.lookup)
_KEY_EXACT = first_exact(list(vocab.KEY_LABELS.items()))
_OTHER_KEYS = frozenset(vocab.OTHER_KEY_LABELS)
_TOTAL_ROWS = frozenset(vocab.TOTAL_ROW_LABELS)
_HAS_TOTAL_WORD = contains_any(vocab.TOTAL_LABEL_WORDS)
_HAS_FUNDING_WORD = contains_any(vocab.FUNDING_WORDS)
_HAS_BUDGET_WORD = contains_any(vocab.BUDGET_LABEL_WORDS)
_HAS_NO_AMOUNT_WORD = contains_any(vocab.NO_AMOUNT_LABEL_WORDS)
# a label that starts with a key wording of three characters or more (项目名称及编码)
_KEY_STARTS = tuple(
    (fld, starts_with_any(w for w in words if len(w) >= 3))
    for fld, words in vocab.KEY_LABELS.items()
)


# 1.项目年度目标完成情况: an enumeration before a label is no part of it.
_ENUMERATED = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]")  # 2、 三、 (a part)

# Fields whose value is a name, which may well contain a funding word (专项资金, 上级补助 …).
NAMED_FIELDS = frozenset({"name", "unit", "department", "implementer"})


def names_the_project(row: Row) -> bool:
    """A key row one of whose labels names the project (项目名称 | …): a form's own name."""
    return classify_row(row) == "keys" and any(f == "name" for f, _l, _v in key_pairs(row))


def key_pairs(row: Row, group_above: frozenset[int] = frozenset()
              ) -> list[tuple[str, str, str]]:
    """(field, label as written, value) for each label cell of a key-value row.

    A row may hold several pairs (项目编码 | … | 项目名称 | …); the value of a label is
    the text of the cells up to the next label.  A label merged down from above (项目资金
    spanning its funding lines) is skipped so that the sub-labels beside it count; so is
    an empty cell in a column of `group_above`, where a funding group's caption stands
    above it (其中: | 中央财政 | 0, then | 省财政 | 570: a text export writes the cells a
    merge covers empty).  A label of `vocab.WHOLE_ROW_KEYS` (年度主要任务) takes the rest
    of its row as values.
    """
    pairs: list[tuple[str, str, str]] = []
    current: tuple[str, str] | None = None
    values: list[str] = []
    beside = 0  # cells since the current label, blank ones too
    after_group = False  # the cell before is a funding group's caption (其中:, 资金来源)
    for c in row.cells:
        beside += 1
        text = c.text.strip()
        if vocab.AMOUNT_UNIT_NOTE_RE.match(text):
            continue  # 金额单位：元 beside the keys: a note for the amounts, not a value
        if not text and c.col in group_above:
            after_group = True  # under 其中: in a text export: the group goes on
            continue
        inline = label_with_value(text) if not c.merged_above else None
        if inline is not None:  # 预算单位（盖章）：赞皇县卫生健康委员会 in one cell
            if current:
                pairs.append((current[0], current[1], join(values)))
            current, values = None, []
            pairs.extend(labelled_lines(text) or [inline])
            continue
        fld = key_field(vocab.clean_label(text)) if text and len(text) <= 24 else None
        if fld is None and after_group and _SOURCE_NAME.fullmatch(text):
            fld = "funding"  # 其中: | 中央财政 | 0: the group's line, whatever it names
        if fld is None and current is not None and (
                (values and _another_label(text, current[0])) or _QUESTION_LABEL.fullmatch(text)):
            fld = "other"  # (是否新增 beside a blank 项目名称: the form's next question)
        after_group = fld == "funding_group"
        if current is not None and current[0] in vocab.WHOLE_ROW_KEYS:
            fld = None
        if (fld is None and current is not None and current[0] == "funding" and beside > 1
                and vocab.clean_label(text) in _SPENDING_SIDE):
            fld = "other"  # 公共财政拨款 | 222.45 | 基本支出 | 220.45: the spending side
        if c.merged_above and fld == "funding_group" and current is not None:
            pairs.append((current[0], current[1], join(values)))  # 其中: merged down
            current, values = None, []  # between two blocks of sources: the first ends
        if c.merged_above and fld is not None:
            continue
        if fld == "funding" and current is not None and not values and (
            current[0] in NAMED_FIELDS
        ):
            fld = None  # 项目名称 | 信访维稳专项资金: a name that mentions a fund is a value
        if fld is not None and not (current and current[0] == "funding" and fld == "funding"
                                    and not values and not restates_for_year(current[1], text)
                                    and text != current[1]):  # the same label again: the
            # next of lists side by side (计划投资额 | 实际到位资金 | 实际使用情况, each over
            # 其中:中央财政)
            if current:
                pairs.append((current[0], current[1], join(values)))
            current, values, beside = (fld, text), [], 0
        elif current is not None and text and text not in values and not (
            current[0] == "funding" and not values and vocab.clean_label(text) in _SUBTOTALS
        ):  # 一般公共预算拨款 | 小计 | 250: the source's own total
            values.append(text)
    if current:
        pairs.append((current[0], current[1], join(values)))
    return [one for pair in pairs for one in _slash_paired(pair)]


def values_below(row: Row, below: Row, pairs: list[tuple[str, str, str]]
                 ) -> list[tuple[str, str, str]] | None:
    """Labels with no values beside them (项目名称 | 主管部门 | 实施单位, `pairs` their key
    pairs) whose values stand in the row below, each under its label in a cell of the
    same columns (乡村道路硬化 | 交通局 | 石桥镇), as a form laid out in columns has them:
    the pairs with those values.  None where `below` holds no such values (a row of
    labels again, a form's next pairs, cells that do not line up)."""
    labels = row.own()
    if len(pairs) < 2 or len(labels) != len(pairs) or any(value.strip() for *_, value in pairs):
        return None
    if _blank_beside_each(row, labels):
        return None  # (项目负责人 | (blank) | 联系电话 | (blank): the form's own cells for the
        # values, left empty; the row below is the form's next pairs, 项目地址 | … | 邮 编 | …)
    under = {(c.col, c.end): c for c in below.cells if not c.merged_above}
    if not all((c.col, c.end) in under for c in labels):
        return None
    values = [under[(c.col, c.end)].text.strip() for c in labels]
    if not any(values) or classify_row(below) != "data" or any(
            len(v) <= 24 and (key_field(vocab.clean_label(v)) is not None or level_kind(v)
                              or header_match(v, fuzzy=False) is not None)
            for v in values if v):
        return None  # (the indicators' header, a level's name: no value of a label)
    return [(fld, label, value) for (fld, label, _v), value in zip(pairs, values, strict=True)]


def _blank_beside_each(row: Row, labels: tuple[Cell, ...]) -> bool:
    """Each label of the row is followed by a blank cell of its own (not merged down)."""
    own = {id(c) for c in labels}
    beside = [nxt for c, nxt in pairwise(row.cells) if id(c) in own]
    return len(beside) == len(labels) and all(
        not c.text.strip() and not c.merged_above for c in beside)


def _another_label(text: str, current: str) -> bool:
    """A cell after a label's value that is a label no vocabulary knows, by its form: it
    ends in a colon (年度金额(提前下达): | 208万元 | 资金使用情况(万元)合计: | 109.8万元),
    or beside the goals it heads what was achieved (年度总体目标 | 目标1:… | 完成情况 |
    1:…).  Its value is kept as a field, not run into the label's before it."""
    if _COLON_LABEL.fullmatch(text):
        return True
    return current == "goals" and _achieved_caption(vocab.clean_label(text))


_COLON_LABEL = re.compile(r"[^\d:：]{2,16}[:：]")
# a yes-or-no question of the form (是否新增, 是否跨年度项目): a label, never an answer
_QUESTION_LABEL = re.compile(r"是否[\u4e00-\u9fff]{1,10}[:：]?")


def _achieved_caption(label: str) -> bool:
    return label in _GOAL_CAPTIONS and _ACHIEVED(label)


_SLASH = re.compile(r"\s*[/／]\s*")


def _slash_paired(pair: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """项目实施单位/项目负责人 | 原州区农技中心/杨勃兴: two labels and their values, each
    side of the slash, where both split into as many parts and each label is a key."""
    _fld, label, value = pair
    labels, values = _SLASH.split(label.strip()), _SLASH.split(value.strip())
    if len(labels) < 2 or len(labels) != len(values) or not all(values):
        return [pair]
    fields = [key_field(vocab.clean_label(t)) for t in labels]
    if None in fields:
        return [pair]
    return [(f, t, v) for f, t, v in zip(fields, labels, values, strict=True) if f]


_SUBTOTALS = frozenset(vocab.SUBTOTAL_LABELS)
# a source's name beside its group's caption: a few characters, no figure (中央财政, 其他)
_SOURCE_NAME = re.compile(r"[^\d\s]{1,12}")
_SPENDING_SIDE = frozenset(vocab.SPENDING_SIDE_LABELS)
GROUP_ROWS = 6  # rows up a funding group's caption may stand over its empty cells


def group_columns(row: Row, above: list[Row]) -> frozenset[int]:
    """The columns where `row` is empty and, up through empty cells only, a funding group's
    caption (其中:, 资金来源) stands in one of the rows `above` (nearest first)."""
    out: set[int] = set()
    for c in row.cells:
        if c.text.strip():
            continue
        for r in above:
            hit = next((x for x in r.cells if x.col == c.col), None)
            text = hit.text.strip() if hit is not None else ""
            if text:
                if len(text) <= 24 and key_field(vocab.clean_label(text)) == "funding_group":
                    out.add(c.col)
                break
    return frozenset(out)


def restates_for_year(label: str, other: str) -> bool:
    """其中:当年财政拨款 beside 其中:财政拨款 (资金总额 | X | 当年资金总额 | X): the same
    source again, for the year."""
    base, year = (vocab.clean_label(t).removeprefix("其中") for t in (label, other))
    return any(year == w + base for w in vocab.ANNUAL_WORDS)


def labelled_lines(text: str) -> list[tuple[str, str, str]] | None:
    """The pairs of a cell whose lines are labelled each (项目概况:… ⏎ 项目立项依据:… ⏎
    必要性:… ⏎ 预期目标:…, one cell beside 项目绩效目标(含项目概况、设立依据、必要性及预期
    目标)): a line with a key label starts a pair, a line without one goes on with the
    pair above.  None unless the cell opens with such a line and holds two."""
    pairs: list[tuple[str, str, str]] = []
    for line in (t.strip() for t in text.split("\n")):
        pair = label_with_value(line) if line else None
        if pair is None and pairs:
            pair = _captioned_line(line)
        if pair is not None:
            pairs.append(pair)
        elif line and pairs:
            fld, label, value = pairs[-1]
            pairs[-1] = (fld, label, f"{value}\n{line}")
        elif line:
            return None
    return pairs if len(pairs) >= 2 else None


def _captioned_line(line: str) -> tuple[str, str, str] | None:
    """A line after a labelled one that opens with a goals caption (预期目标:…): the goals.
    Any other caption (必要性:…, 目标2:…, a goal's own marker) goes on with the pair above."""
    head, sep, tail = line.replace(":", "：").partition("：")
    if not sep or not tail.strip() or vocab.clean_label(head) not in _GOALS_FROM_CAPTIONS:
        return None
    return "goals", head.strip(), tail.strip()


_GOALS_FROM_CAPTIONS = frozenset(vocab.GOALS_FROM_CAPTIONS)


@memo_short(1 << 14)
def label_with_value(text: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a cell that holds a key label and its value after a colon
    (单位名称：平山县农业农村局), or None.  Only an exact label counts: 其中：财政拨款
    is a funding line, not a label with a value."""
    glued = _SOURCE_GLUED.match(text.strip())
    if glued is not None:  # 其中 :上级资金16, 其中:一般公共预算:952.22
        label = glued.group("label").strip()
        return _funding_or_spending(label), label, glued.group("amount")
    head, sep, tail = text.replace(":", "：").partition("：")
    if not sep:
        return _label_space_value(text)
    if not tail.strip() or len(head) > 16:
        return None
    if vocab.clean_label(head) in _SPENDING_SIDE and _AMOUNT.fullmatch(tail.strip()):
        return "other", head.strip(), tail.strip()  # 项目支出:77 beside 政府性基金拨款:
    fld = key_field(vocab.clean_label(head), exact=True)
    if fld == "funding_group":
        return None  # 其中:财政拨款, a line of the funding, not a caption with a value
    if fld == "funding" and _AMOUNT.fullmatch(tail.strip()):
        return fld, head.strip(), tail.strip()  # 一般公共预算:1873.66万元
    if fld is None or fld == "funding":
        return None
    value = tail.strip()
    if fld in _NAMING_FIELDS:
        value = value.rstrip(_SENTENCE_END)  # 一、项目名称:2025年…贴息。: the line's stop
    return fld, head.strip(), value


_SENTENCE_END = "。；;"
_NAMING_FIELDS = frozenset({"name", "code", "unit", "implementer", "department"})


def _label_space_value(text: str) -> tuple[str, str, str] | None:
    """项目名称 防尘洗护费, a cover page's line kept in a cell: a label naming the project or
    its unit, then its value after a space, no colon (never a bracketed prompt such as
    主管部门 (盖章))."""
    m = _SPACED_PAIR.fullmatch(text.strip())
    if m is None:
        return None
    fld = key_field(vocab.clean_label(m.group(1)), exact=True)
    return (fld, m.group(1), m.group(2)) if fld in _NAMED_BY_A_SPACE else None


_SPACED_PAIR = re.compile(r"(\S{4,8})[ \u3000]+([^\s(（【\[].*)")
_NAMED_BY_A_SPACE = frozenset({"name", "unit", "department", "implementer"})


# 其中 :上级资金16: a source with its amount glued on (or after a colon), under 其中.
_SOURCE_GLUED = re.compile(
    r"^其中\s*[:：]\s*(?P<label>[^\d:：]{2,16}?)\s*[:：]?\s*"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)$"
)


def _funding_or_spending(label: str) -> str:
    """其中:基本支出:875.22 beside 其中:一般公共预算:952.22 is the spending side (kept as
    a field), not a source."""
    return "other" if vocab.clean_label(label) in _SPENDING_SIDE else "funding"
# An amount after a funding label in one cell (1873.66万元); 其中：财政拨款 is no amount.
_AMOUNT = re.compile(r"[\d,]+(?:\.\d+)?\s*(?:万元|元|千元|亿元|万)?")


def merged_key(row: Row) -> str | None:
    """The field of a key label merged down into this row from above, if the row starts
    with one (the goal text or a task on the row under 年度总体目标 / 年度主要任务)."""
    first = next((c for c in row.cells if c.text.strip()), None)
    if first is None or not first.merged_above:
        return None
    return key_field(vocab.clean_label(first.text))


def join(values: list[str]) -> str:
    return "\n".join(values)


def row_rest(row: Row) -> str:
    """The texts of a row after its label, merged cells and repeats left out."""
    texts: list[str] = []
    for c in row.cells[1:]:
        t = c.text.strip()
        if t and not c.merged_above and t not in texts:
            texts.append(t)
    return join(texts)


def cell_at(row: Row, col: int, end: int) -> Cell | None:
    """The cell of a row under the grid columns [col, end)."""
    for c in row.cells:
        if c.col <= col < c.end:
            return c
    for c in row.cells:
        if col <= c.col < end:
            return c
    return None


def text_at(row: Row, col: int, end: int) -> str:
    c = cell_at(row, col, end)
    return c.text.strip() if c is not None else ""


# --- captions --------------------------------------------------------------------------


def find_captions(row: Row) -> Captions | None:
    """A row of column titles over the values in the rows below, or None."""
    cells = row.own()
    cleaned = [(c, vocab.clean_label(c.text)) for c in cells]
    quarters = [Caption(t, c.col, c.end) for c, t in cleaned if vocab.QUARTER_RE.match(t)]
    if len(quarters) >= 2:
        return Captions("quarters", tuple(quarters), _label_before(row, quarters[0].col))
    money = [Caption(t, c.col, c.end) for c, t in cleaned if t in _MONEY_CAPTIONS]
    if len(money) == 1 and money[0].text in vocab.MONEY_PREFERRED:
        money = _amount_columns(cleaned, money[0])
    if len(money) >= 2 and any(m.text in vocab.MONEY_PREFERRED for m in money):
        return Captions("money", tuple(money), _money_label(row, money[0].col))
    goals = _goal_captions(row, cleaned)
    if goals is not None:
        return goals
    cols = long_term_caption_cols(row)
    if cols is not None:
        return Captions("blocks", (), "", cols)
    return None


def _amount_columns(cleaned: list[tuple[Cell, str]], budget: Caption) -> list[Caption]:
    """年初预算数 beside titles no list knows, each an amount's (财政拨款数, 指标结余数,
    当年使用上年结余、结转及当年调整预算数: a count of money ends in 数): all of them are
    the row's money captions, else only the one."""
    after = [(c, t) for c, t in cleaned if c.col > budget.col]
    if after and all(t.endswith(vocab.AMOUNT_TITLE_ENDINGS) for _c, t in after):
        return [budget, *(Caption(t, c.col, c.end) for c, t in after)]
    return [budget]


def _goal_captions(row: Row, cleaned: list[tuple[Cell, str]]) -> Captions | None:
    """预期目标 | 实际完成情况 (or 项目总目标 | 年度总体目标 …) beside a goals label
    (年度总体目标, 项目绩效目标), or 总体目标 | 全年实际完成情况 with no label: the texts
    come in the row below."""
    cleaned = [(c, t) for c, t in cleaned if not _SCORE.fullmatch(t)]  # a 分值 cell: 20
    if len(cleaned) < 2:
        return None
    (first, first_text), rest = cleaned[0], cleaned[1:]
    if len(rest) >= 2 and key_field(first_text) == "goals" and all(
        _goal_caption(t) for _c, t in rest
    ):
        return Captions("goals", tuple(Caption(t, c.col, c.end) for c, t in rest),
                        first.text.strip())
    captions = [Caption(t, c.col, c.end) for c, t in cleaned
                if _goal_caption(t) and not _ENUMERATED.match(t)]  # 1.项目年度目标… labels
    # beside them at most a goals label and a block label (项目基本情况 | 1.项目年度目标…)
    if len(captions) >= 2 and len(captions) >= len(cleaned) - 2:
        label = _label_before(row, captions[0].col)
        if key_field(vocab.clean_label(label)) == "goals":
            return Captions("goals", tuple(captions), label)
    if first_text in vocab.GOALS_UNLESS_ANNUAL and not first.merged_above and all(
        _ACHIEVED(t) for _c, t in rest
    ):
        return Captions("goals", tuple(Caption(t, c.col, c.end) for c, t in cleaned), "")
    if first is row.cells[0] and first_text in _GOALS_FROM_CAPTIONS and all(
        _ACHIEVED(t) for _c, t in rest
    ) and not any(c.merged_above for c in row.cells):  # 预期目标 | 实际完成 across a row of
        # their own, under a title of the block (项目绩效定性目标及实施计划完成情况): the goal
        # set, then what was done (not a header's second row, whose first cells are merged
        # down from the first row, or left blank where the merge was lost)
        return Captions("goals", tuple(Caption(t, c.col, c.end) for c, t in cleaned), "")
    return None


_SCORE = re.compile(r"\d+(?:\.\d+)?分?")


def _goal_caption(text: str) -> bool:
    """A column title over a goal text: 预期目标, 年初设定目标, or what was achieved
    (全年实际完成情况, 年度总体目标完成情况综述)."""
    return text in _GOAL_CAPTIONS or _ACHIEVED(text)


_GOAL_CAPTIONS = frozenset(vocab.GOAL_CAPTIONS)
_GOALS_FROM_CAPTIONS = frozenset(vocab.GOALS_FROM_CAPTIONS)
_MONEY_CAPTIONS = frozenset(vocab.MONEY_CAPTIONS)
_ACHIEVED = contains_any(vocab.ACHIEVED_WORDS)


def _money_label(row: Row, col: int) -> str:
    """The label of money captions: of the labels left of them, the nearest that names a
    unit (项目资金申请(万元) | 项 目 | 上年度安排资金 | 本年度申请资金: the block's label,
    not the title of the column of source names beside it), else the nearest."""
    before = [c.text.strip() for c in row.cells if c.col < col and c.text.strip()]
    with_unit = [t for t in before if "元" in (vocab.label_note(t) or "")]
    return with_unit[-1] if with_unit else _label_before(row, col)


def _label_before(row: Row, col: int) -> str:
    """The label nearest left of the captions (年度预算数(万元) beside 年初预算 …, not the
    block label merged down at the row's start), else the row's first."""
    before = [c for c in row.cells if c.col < col and c.text.strip()]
    near = [c for c in before if not c.merged_above]
    chosen = near[-1] if near else (before[0] if before else None)
    return chosen.text.strip() if chosen is not None else ""
