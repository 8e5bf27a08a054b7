"""Indicator trees in one column: a unit, its project, then 一级, 二级 and indicator names
nested by indentation (宁夏's budget system prints its 项目绩效目标批复表 so):

    项目                                   | 指标值 | 绩效金额
     石嘴山市疾病预防控制中心                |        |
      狂犬、乙肝、流感等疫苗及美沙酮药物       |        | 3000000
       产出指标                              |        |
        成本指标(必填硬性指标)                |        |
         按照物价部门定价标准采购              | 100%   |

`tree_header` recognises the header (a 项目 column beside a 指标值 column, no level
column); `on_tree_row` reads each row by what it is: a row with an amount and no target
is a project, a level name (by its words, and deeper than the 一级 where the table
indents) a level, a row with a target an indicator.  Rows above the first project (the
unit itself) are left to the document's unit name.
"""

from __future__ import annotations

from jixiao.parsers.grid import Row
from jixiao.parsers.layout.header import (
    EXTRA,
    TREE,
    HeaderColumn,
    HeaderMap,
    header_match,
    level_kind,
)
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.records import IndicatorRecord, Where
from jixiao.vocab import labels as vocab

AMOUNT = "amount"


def tree_header(row: Row) -> HeaderMap | None:
    """The header of a one-column tree, or None."""
    cells = row.own()
    if not cells or vocab.clean_label(cells[0].text) not in vocab.TREE_COLUMN_LABELS:
        return None  # most rows: one look at the first cell answers
    labels = [vocab.clean_label(c.text) for c in cells]
    fields = [header_match(t, fuzzy=False) for t in labels[1:]]
    found = {m.field for m in fields if m is not None}
    if "value" not in found or found & {"level1", "level2", "level3"}:
        return None
    columns = [HeaderColumn(TREE, cells[0].col, cells[0].end, cells[0].text.strip())]
    for c, t, m in zip(cells[1:], labels[1:], fields, strict=True):
        fld = m.field if m is not None else (AMOUNT if t in vocab.TREE_AMOUNT_LABELS else EXTRA + t)
        columns.append(HeaderColumn(fld, c.col, c.end, c.text.strip()))
    return HeaderMap(tuple(columns))


def is_tree(header: HeaderMap) -> bool:
    return header.column(TREE) is not None


def on_tree_row(st: LayoutState, row: Row, where: Where) -> None:
    assert st.header is not None
    values = st.header.read(row)
    column = st.header.column(TREE)
    assert column is not None
    raw = next((c.text for c in row.cells if c.col <= column.col < c.end), "")
    text, depth = raw.strip(), len(raw) - len(raw.lstrip())
    if not text or values is None:
        return
    value, amount = values.fields.get("value"), values.fields.get(AMOUNT)
    if amount and not value:
        p = st.start_project(where)
        p.name, p.budget_raw = text, amount
        st.tree_depth1 = None
        return
    if st.current is None:
        return  # the unit's own row above its projects
    kind = level_kind(text)
    if kind is not None and not value:
        _level(st, text, kind, depth)
        return
    st.current.indicators.append(IndicatorRecord(
        level1=st.level1, level2=st.level2, level3=text, description=None,
        value_raw=value, basis=None, where=where,
    ))


def _level(st: LayoutState, text: str, kind: str, depth: int) -> None:
    """A 一级 or 二级 name; 成本指标 is a 二级 under a 一级 it is indented beneath, or,
    where no indentation tells (a scan, a text PDF: the print's spaces are not in its
    text), under a 一级 that has nothing under it yet: a heading straight after a 一级
    heads a part of it."""
    deeper = st.tree_depth1 is not None and depth > st.tree_depth1 > 0
    level_with = st.tree_depth1 is not None and depth == st.tree_depth1 > 0
    empty = st.level1 is not None and st.level2 is None and st.current is not None and not any(
        i.level1 == st.level1 for i in st.current.indicators)
    if kind == "level2" or (deeper and st.level1 is not None) or (empty and not level_with):
        st.level2 = text
        return
    st.level1, st.level2, st.tree_depth1 = text, None, depth
