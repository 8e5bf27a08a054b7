"""What `jixiao.parsers.layout.document` remembers while it walks a document's blocks, and how a
project starts.

`LayoutState` holds the project being filled, the indicator header in force, the 一级/二级
levels being filled down, titles and headings waiting for the next table, captions waiting
for their values, and 单位：万元 notes waiting to be applied.  `start_project` opens the
next project (a 部门整体 or 自评 title marks it); `project_for_keys` says which project a key
row belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.parsers.grid import Row
from jixiao.parsers.layout.header import HeaderMap
from jixiao.parsers.layout.rows import Captions, key_field
from jixiao.parsers.records import FundingLine, IndicatorRecord, ProjectRecord, Where
from jixiao.vocab import labels as vocab


@dataclass
class LayoutState:
    projects: list[ProjectRecord] = field(default_factory=list)
    current: ProjectRecord | None = None
    header: HeaderMap | None = None
    # the header as its own row mapped it, before the rows below settled its levels: a
    # header repeated after a page or table break is known by it, and read as before
    header_as_mapped: HeaderMap | None = None
    table_ncols: int = 0  # the grid columns of the table being read
    header_ncols: int = 0  # ... and of the table the header was read in
    table_rows: list[Row] = field(default_factory=list)  # the rows of the table being read
    _row_at: dict[int, int] = field(default_factory=dict)  # id of each of them: its place
    read_ahead: set[int] = field(default_factory=set)  # ids of rows read with one above
    in_indicators: bool = False
    pending_heading: str | None = None
    pending_title: str | None = None
    captions: Captions | None = None
    long_term_cols: frozenset[int] = frozenset()
    block_label: str | None = None  # 长期绩效指标 / 年度绩效指标 over the rows below
    wide_projects: set[int] = field(default_factory=set)  # ids of projects a wide row began
    unit_rows: set[int] = field(default_factory=set)  # ids of a wide sheet's unit rows
    last_key: str | None = None
    level1: str | None = None
    level2: str | None = None
    tree_depth1: int | None = None  # a one-column tree's indentation of its 一级 names
    # indicators read before the cells told which columns hold 一级 and 二级 (header.py,
    # HeaderMap.with_levels_from), with their rows, to be given their levels then
    unlevelled: list[tuple[Row, IndicatorRecord]] = field(default_factory=list)
    # 单位：万元 above the next table (pending) and for the table being read; kept per
    # project and applied after the rows, where no label said the unit itself
    pending_unit_note: str | None = None
    # 金额:100 万元 on a line above the next table: (label, amount), given to the table's
    # project where no row of it states a budget
    pending_amount: tuple[str, str] | None = None
    table_unit_note: str | None = None
    unit_notes: dict[int, str] = field(default_factory=dict)
    # by project id: the caption, total and funding lines a money block gave it, that a
    # budget key row of its own may show were another total's (`yield_block_money`)
    block_money: dict[int, tuple[str, str, list[FundingLine]]] = field(default_factory=dict)

    def read_table(self, rows: list[Row]) -> None:
        """The table's rows, each one's place by its id; what was read ahead belongs to the
        table before (its rows may be gone, and their ids taken by this one's)."""
        self.table_rows = rows
        self._row_at = {id(r): i for i, r in enumerate(rows)}
        self.read_ahead = set()

    def rows_above(self, row: Row, n: int) -> list[Row]:
        """The `n` rows of the table before `row`, nearest first (none: not one of them)."""
        i = self._row_at.get(id(row))
        return [] if i is None else self.table_rows[max(i - n, 0) : i][::-1]

    def rows_below(self, row: Row, n: int) -> list[Row]:
        """The next `n` rows of the table after `row` (none: `row` is not one of them)."""
        i = self._row_at.get(id(row))
        return [] if i is None else self.table_rows[i + 1 : i + 1 + n]

    def start_project(self, where: Where) -> ProjectRecord:
        p = ProjectRecord(seq=len(self.projects) + 1, name=None, where=where)
        _mark_from_title(p, self.pending_heading, self.pending_title)
        self.pending_heading = self.pending_title = None
        self.projects.append(p)
        if self.table_unit_note:
            self.unit_notes[id(p)] = self.table_unit_note
        self.current = p
        self.captions = None
        self.last_key = None
        self.block_label = None
        self.level1 = self.level2 = None
        self.unlevelled = []
        if self.header is None or not self.header.spans_projects:  # a wide sheet's go on
            self.header = None
            self.in_indicators = False
        return p

    def yield_block_money(self, p: ProjectRecord, amount: str) -> None:
        """A budget key row (资金总额 | 80) in a project whose budget a money block gave
        (总体资金情况(万元) | 900, above its name or in a table before it): where the two
        totals differ the block was a summary of more than this project, so its total is
        kept as a field under its caption and its sources are no longer this project's."""
        given = self.block_money.pop(id(p), None)
        if given is None or p.budget_raw != given[1] or _same_total(given[1], amount):
            return
        caption, total, lines = given
        p.fields.setdefault(caption, total)
        p.funding = [f for f in p.funding if all(f is not g for g in lines)]
        p.budget_raw = None

    def project_for_keys(self, where: Where, fld: str) -> ProjectRecord:
        p = self.current
        if (
            p is None
            or self.in_indicators
            or self.pending_heading is not None
            or (fld == "name" and p.name is not None)
            or (fld == "name" and _indicators_before(p, where))
            or (fld in _OPENING_KEYS and stray_keys(p, where))
        ):
            p = self.start_project(where)
        return p


# Keys that open a table of their own (项目名称, the 单位名称 a 部门整体 table starts with,
# 主管部门, 资金总额 …): after a stray project they start the next one.
_OPENING_KEYS = frozenset({"name", "unit", "department", "implementer", "budget"})
# The fields (by key) that tell a project apart before its name is known.
_IDENTIFYING_KEYS = frozenset({"unit", "department", "implementer"})


def _mark_from_title(p: ProjectRecord, heading: str | None, table_title: str | None) -> None:
    """The heading and title above a table say a 部门整体 table (kept with its 表名) or a
    自评表."""
    title = " ".join(t for t in (heading, table_title) if t)
    p.heading = heading
    if any(w in title for w in vocab.WHOLE_DEPARTMENT_WORDS):
        p.kind = "整体"
    if any(w in title for w in vocab.SELF_EVALUATION_WORDS):
        p.is_self_evaluation = True
    if p.kind == "整体" and table_title:
        p.fields["表名"] = table_title


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _same_total(a: str, b: str) -> bool:
    """Two writings of one total: their first figures equal, or one in 万 of the other
    (900万元 and 9000000)."""
    x, y = (_FIGURE.search(t.replace(",", "")) for t in (a, b))
    if x is None or y is None:
        return x is None and y is None
    u, v = float(x.group()), float(y.group())
    return u == v or u * 10000 == v or v * 10000 == u


def stray_keys(p: ProjectRecord, where: Where) -> bool:
    """A nameless project begun by an earlier table with no indicators: key-like rows of
    a table that is no project (部门预算收支总表's 一般公共预算拨款 | 1,250, a 基础数据表's
    项目支出: | 874.20, an allocation list's 合计 | 2430.3), that no unit or 主管部门 names
    either: a project key in a later table starts its own project, and the stray one is
    dropped unnamed."""
    return (p.name is None and not p.indicators and p.where is not None
            and p.where.table != where.table
            and not any(v and key_field(k) in _IDENTIFYING_KEYS for k, v in p.fields.items()))


def _indicators_before(p: ProjectRecord, where: Where) -> bool:
    """A 项目名称 in a later table than the project's indicators names the next project:
    a project's keys come before its indicators, so indicators already read (the end of a
    project whose name was on a page not kept) are another project's."""
    return bool(p.indicators) and p.indicators[-1].where.table < where.table
