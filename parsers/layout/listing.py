"""Project listings: one row per project, its targets written as lines in one cell (安徽's
部门项目绩效目标和指标 pages print them so):

    单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容   | 绩效目标
             | 黄山市公安局                | 92156434     |            |
     037001  |   其他运转类                | 1681680      |            |
     037001  |   机房租赁服务采购项目      | 1681680      | 【项目概况】…| 【总体目标】
                                                                       保障…
                                                                       【产出指标-数量指标】
                                                                       指标1:机柜数量(≥77台)

`listing_header` recognises the header: every cell is a listing word (a name, a code, an
amount, a content and a targets column, `vocab.LISTING_COLUMN_LABELS`), with a targets column
and a name column among them.  `on_listing_row` makes a project of each row whose targets
cell holds targets; the rows above (the department, its unit, a category such as 其他运转类)
hold none and are left to the document's unit name.  `lined_targets` reads the cell: a
【…】 heading naming a goal (总体目标) is followed by the goal's lines, one naming 一级 and
二级 (产出指标-数量指标) by indicator lines, each "名称(指标值)" with the value in the last
brackets.

A listing may instead give each 一级 a column of its own (a county's 扶贫项目实施情况表:
绩效目标 over 产出指标 | 效益指标 | 满意度指标, a project a row): `category_targets` reads
each cell as the named targets its clauses state (受益户数≥200户,受益脱贫户数≥15户), or as
one target of text where its clauses are not all so (a purchase list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.parsers.grid import Row
from jixiao.parsers.layout.header import (
    EXTRA,
    LISTING,
    HeaderColumn,
    HeaderMap,
    level_kind,
    text_under,
)
from jixiao.parsers.layout.memo import memo_row
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.records import IndicatorRecord, ProjectRecord, Where
from jixiao.vocab import labels as vocab
from jixiao.vocab.lookup import memo_short
from jixiao.vocab.values import MONEY_UNITS


@memo_row(1 << 12)  # asked of every row outside a listing
def listing_header(row: Row) -> HeaderMap | None:
    """The header of a project listing, or None."""
    return _lined_listing(row) or _category_listing(row)


def _lined_listing(row: Row) -> HeaderMap | None:
    cells = row.own()
    if len(cells) < 3:
        return None
    columns = []
    for c in cells:
        fld = _column_field(c.text)
        if fld is None:
            return None  # most rows: the first cell that is no listing word answers
        columns.append(HeaderColumn(LISTING + fld, c.col, c.end, c.text.strip()))
    found = {c.field for c in columns}
    if {LISTING + "targets", LISTING + "name"} - found:
        return None
    return HeaderMap(tuple(columns))


def _category_listing(row: Row) -> HeaderMap | None:
    """A listing whose targets stand in a column per 一级 (绩效目标 over 产出指标 | 效益指标 |
    满意度指标: a county's 扶贫项目实施情况表, a project a row): two such columns at least,
    and a name column, merged down from the row above or not.  The other columns are kept
    by their labels."""
    if not names_categories(row):
        return None  # (most rows: two scans of their text, no more)
    cells = [c for c in row.cells if c.text.strip()]
    if not any(_column_field(c.text) == "name" for c in cells):
        return None
    categories = {id(c) for c in cells if not c.merged_above and level_kind(c.text) == "level1"}
    if len(categories) < 2:
        return None
    columns = []
    for c in cells:
        label = c.text.strip()
        fld = CATEGORY if id(c) in categories else _column_field(label)
        columns.append(HeaderColumn(LISTING + fld if fld else EXTRA + vocab.clean_label(label),
                                    c.col, c.end, label))
    return HeaderMap(tuple(columns))


def names_categories(row: Row) -> bool:
    """Two cells or more naming a 一级 (产出指标 | 效益指标): a listing's columns per 一级."""
    texts = row.texts
    joined = "\x00".join(texts)
    if joined.count("\x00") >= len(texts):  # a cell's own \x00 (none in practice): as one
        return len(_CATEGORY_CELL_RE.findall(_NO_SPACE_RE.sub("", joined))) >= 2
    # cell by cell, the same as the joined text's matches (each is one cell, whole), and
    # each cell remembered: every row is asked, its level cells repeat
    return sum(map(_names_a_category, texts)) >= 2


@memo_short(1 << 14)
def _names_a_category(text: str) -> bool:
    return _CATEGORY_CELL_RE.fullmatch(_NO_SPACE_RE.sub("", text)) is not None


CATEGORY = "category"  # a column of one 一级's targets (listing:category)
# a cell that is a 一级 name as level_kind knows them (产出指标, 效益, 项目完成指标, 产出目标,
# 效益指标(30分)), the row's cells joined by \x00, its blanks taken out (产出 / 指标)
_CATEGORY_CELL_RE = re.compile(
    r"(?:^|\x00)(?:" + "|".join(sorted({
        re.escape(name) for _c, words in vocab.LEVEL1_CANONICAL for w in words
        for name in (w, w.removesuffix("指标") + vocab.LEVEL_AS_TARGET)
    }, key=len, reverse=True)) + r")(?:[(（][^)）\x00]*[)）])?(?=\x00|$)")
_NO_SPACE_RE = re.compile(r"\s+")


def _column_field(text: str) -> str | None:
    if len(text) > _LONGEST_COLUMN_LABEL:
        return None  # (a value, not a column's title: not cleaned to be compared)
    return _COLUMN_FIELDS.get(vocab.clean_label(text))


# listing word → its column (the first list that holds it)
_COLUMN_FIELDS: dict[str, str] = {}
for _field, _words in vocab.LISTING_COLUMN_LABELS:
    for _word in _words:
        _COLUMN_FIELDS.setdefault(_word, _field)
_LONGEST_COLUMN_LABEL = 24  # a listing word with its note and spaces: 资金规模 (万元)


def is_listing(header: HeaderMap) -> bool:
    return header.column(LISTING + "targets") is not None or header.column(
        LISTING + CATEGORY) is not None


def on_listing_row(st: LayoutState, row: Row, where: Where) -> None:
    assert st.header is not None
    values = st.header.read(row)
    if values is None:
        return
    cell = values.fields
    by_category = st.header.column(LISTING + CATEGORY) is not None
    targets = (category_targets(st.header, row) if by_category
               else lined_targets(cell.get(LISTING + "targets", "")))
    name = cell.get(LISTING + "name", "").strip()
    if not (targets.indicators or targets.goals):
        return  # the department, its unit or a category (其他运转类): no project
    if not name and st.current is not None and not _owns_amount_or_code(cell):
        _goes_on(st.current, cell, targets, where)  # the rest of the project above
        return
    if not name:
        return
    p = st.start_project(where)
    p.name = name
    p.budget_raw = cell.get(LISTING + "amount") or None
    p.purpose = cell.get(LISTING + "content") or None
    p.goals_text = "\n".join(targets.goals) or None
    if by_category:  # 资金规模(万元): the amount's unit in its column's label
        amount = st.header.column(LISTING + "amount")
        note = vocab.label_note(amount.label) if amount is not None else None
        p.budget_unit_hint = note if note in MONEY_UNITS else None
        p.fields.update(values.extra)
    _add_indicators(p, targets, where)


def _owns_amount_or_code(cell: dict[str, str]) -> bool:
    return any(cell.get(LISTING + f, "").strip() for f in ("amount", "code"))


def _goes_on(p: ProjectRecord, cell: dict[str, str], targets: LinedTargets, where: Where
             ) -> None:
    """A row with no name, code or amount whose targets cell holds targets is the rest of
    the project above: its row cut in two by a page break, or on a scan by a seal's ring
    taken for a border (黄山's last 【效益指标-…】 blocks).  Its content and goals go on
    the project's, its indicators after the project's."""
    more = cell.get(LISTING + "content", "").strip()
    if more:
        p.purpose = f"{p.purpose}\n{more}" if p.purpose else more
    if targets.goals:
        goals = "\n".join(targets.goals)
        p.goals_text = f"{p.goals_text}\n{goals}" if p.goals_text else goals
    _add_indicators(p, targets, where)


def _add_indicators(p: ProjectRecord, targets: LinedTargets, where: Where) -> None:
    for l1, l2, l3, value in targets.indicators:
        p.indicators.append(IndicatorRecord(
            level1=l1, level2=l2, level3=l3, description=None, value_raw=value, basis=None,
            where=where,
        ))


@dataclass
class LinedTargets:
    goals: list[str] = field(default_factory=list)
    # (一级, 二级, indicator name, value as written)
    indicators: list[tuple[str | None, str | None, str | None, str | None]] = field(
        default_factory=list)


_HEADING_RE = re.compile(r"^\s*【(?P<head>[^】]+)】\s*[:：]?\s*(?P<rest>.*)$")
_LEVELS_SPLIT_RE = re.compile(r"\s*[-—－–]+\s*")
_NAME_VALUE_RE = re.compile(r"^(?P<name>.+?)\s*[(（](?P<value>[^()（）]*)[)）]\s*$")


def lined_targets(text: str) -> LinedTargets:
    """The goals and indicators a targets cell writes as lines under 【…】 headings."""
    out = LinedTargets()
    mode: str | None = None  # "goals" | "indicators" | None (a heading of no use here)
    level1 = level2 = None
    goal_labels = {vocab.clean_label(w) for w in vocab.KEY_LABELS["goals"]}
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        m = _HEADING_RE.match(line)
        if m is not None:
            head, line = m.group("head"), m.group("rest").strip()
            levels = _levels(head)
            if levels is not None:
                mode, (level1, level2) = "indicators", levels
            else:
                mode = "goals" if vocab.clean_label(head) in goal_labels else None
            if not line:
                continue
        if mode == "goals":
            out.goals.append(line)
        elif mode == "indicators":
            nv = _NAME_VALUE_RE.match(line)
            name, value = (nv.group("name"), nv.group("value").strip()) if nv else (line, None)
            out.indicators.append((level1, level2, name.strip(), value or None))
    return out


def category_targets(header: HeaderMap, row: Row) -> LinedTargets:
    """The targets of a row under columns named for their 一级 (效益指标 over 受益户数≥200户,
    受益脱贫户数≥15户): the named targets its clauses state, each a name and a value led by
    a comparator; a cell whose clauses are not all so (a purchase list: 农用拖拉机2台,
    收割机1台, …) is one target, its whole text the value."""
    out = LinedTargets()
    for col in header.columns:
        if col.field != LISTING + CATEGORY:
            continue
        text = text_under(row, col)
        level1 = "".join(col.label.split())
        clauses = [c.strip() for c in _CLAUSE_SPLIT_RE.split(text) if c.strip()]
        named = [_NAMED_TARGET_RE.match(c) for c in clauses]
        if clauses and all(named):
            out.indicators += [(level1, None, m.group("name").strip(), m.group("value").strip())
                               for m in named if m is not None]
        elif text:
            out.indicators.append((level1, None, None, text))
    return out


_CLAUSE_SPLIT_RE = re.compile(r"[,，;；。\n]+")
_NAMED_TARGET_RE = re.compile(
    r"^(?P<name>[^≥≤<>=＞＜＝\d]{2,30}?)\s*"
    r"(?P<value>(?:[≥≤<>=＞＜＝]|不低于|不少于|不高于|不超过|达到)\s*\S.*)$")


def _levels(head: str) -> tuple[str, str] | None:
    """(一级, 二级) of a heading that names both (产出指标-数量指标), else None."""
    parts = _LEVELS_SPLIT_RE.split(head.strip())
    if len(parts) != 2 or level_kind(parts[0]) != "level1" or level_kind(parts[1]) is None:
        return None
    return parts[0], parts[1]
