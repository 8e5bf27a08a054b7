"""Wide sheets for `jixiao.parsers.layout.document`: one row per indicator, the project's cells
merged down.

A workbook often lists every project in one table: 项目名称 | 预算 | 资金来源 … merged down
beside the project's indicator rows.  A row whose 项目名称 cell starts (is not merged from
above) starts the next project and fills its cells; 合计 / 部门整体 rows, and a row named
after the unit itself, are totals, not projects.
"""

from __future__ import annotations

import re
import unicodedata

from jixiao.parsers.layout.header import (
    EXTRA,
    FUNDING,
    LEVEL_FIELDS,
    HeaderMap,
    RowValues,
    is_unit_and_project_column,
)
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.records import FundingLine, ProjectRecord, Where
from jixiao.vocab import labels as vocab
from jixiao.vocab.organisations import OWN_TOTAL_ENDINGS


def wide_row_project(st: LayoutState, values: RowValues, where: Where) -> bool:
    """Start the row's project where its 项目名称 cell starts a new one; False for a row
    that belongs to no project (a department total, or rows before the first name)."""
    f = values.fields
    name = f.get("project_name")
    side = [values.extra.get(lab, "") for lab in project_side_labels(st.header)]
    if any(w in t for t in [name or "", *side] for w in vocab.TOTAL_ROW_WORDS) or (
            name and _FIGURE.fullmatch(unicodedata.normalize("NFKC", name))):
        st.current = None  # 合计 / 部门整体: a total row, not a project; nor is a row whose
        return False  # name is a figure (a unit's total moved left where its merge was lost;
        # in full-width digits too, ８，８２７，６２０．５３)
    new = name and "project_name" not in values.merged
    if new and (st.current is None or st.current.name != name):
        _unit_row_before(st)
        p = st.start_project(where)
        p.name = name
        st.wide_projects.add(id(p))
        _wide_project_cells(st, p, values)
    return st.current is not None


_FIGURE = re.compile(r"[\d,.\s]+")


def is_unit_total(st: LayoutState, p: ProjectRecord) -> bool:
    """A wide sheet's row named after the unit itself (石桥镇人民政府 | 105.50 |), with
    no indicators, or a unit's row above its 专项 in a 单位(专项)名称 column: the unit's
    total, not a project."""
    return id(p) in st.unit_rows or (
        id(p) in st.wide_projects
        and not p.indicators
        and (p.name or "").endswith(OWN_TOTAL_ENDINGS)
    )


def _unit_row_before(st: LayoutState) -> None:
    """In a 单位(专项)名称 column, a name with no indicators followed by the next name is
    a unit, the 专项 below it are its projects."""
    prev = st.current
    column = st.header.column("project_name") if st.header is not None else None
    if (prev is not None and id(prev) in st.wide_projects and not prev.indicators
            and column is not None and is_unit_and_project_column(column.label)):
        st.unit_rows.add(id(prev))


def _wide_project_cells(st: LayoutState, p: ProjectRecord, values: RowValues) -> None:
    assert st.header is not None
    f = values.fields
    p.code = f.get("project_code")
    p.budget_raw = f.get("project_budget")
    budget_col = st.header.column("project_budget")
    note = vocab.label_note(budget_col.label) if budget_col else None
    if note and "元" in note:
        p.budget_unit_hint = note
    p.goals_text = f.get("project_goals") or f.get("project_long_goals")
    if f.get("project_goals") and f.get("project_long_goals"):  # both: the long one a field
        long_goals = st.header.column("project_long_goals")
        assert long_goals is not None
        p.fields[long_goals.label.strip()] = f["project_long_goals"]
    for k, v in f.items():
        if k.startswith(FUNDING):
            p.funding.append(FundingLine(k.removeprefix(FUNDING), v))
    side = project_side_labels(st.header)
    for lab, text in values.extra.items():  # in the columns' order (a set's is the hash's)
        if lab in side and text:
            p.fields[lab] = text


def project_side_labels(hm: HeaderMap | None) -> frozenset[str]:
    """On a wide sheet, the unmapped columns left of the levels (序号 …) are the
    project's, not the indicator's."""
    if hm is None or not hm.is_wide:
        return frozenset()
    level_cols = [c.col for c in hm.columns if c.field in LEVEL_FIELDS]
    first = min(level_cols, default=0)
    return frozenset(c.label for c in hm.columns if c.field.startswith(EXTRA) and c.col < first)
