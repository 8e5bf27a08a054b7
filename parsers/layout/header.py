"""Indicator header rows: which grid columns hold 一级指标, 指标值, 依据 …, by their words.

`header_match` names the logical column of one header wording, in three steps, the first
that answers wins:

    exact      the cleaned wording is a synonym (`vocab.HEADER_SYNONYMS`)
    contains   it contains a synonym, tried in the table's order (most specific first)
    jieba      its jieba words score against `vocab.HEADER_KEYWORDS` (年度计划值 → value)

and a wording with an unrelated word (填报单位, 联系电话) maps to nothing past the exact
step.  `map_header` recognises a header row and maps each of its cells; a cell that maps to
nothing is kept as an `extra:` column so that its values are never dropped silently.
Then two layout rules, by meaning: a label column (本年度绩效指标) is only a label left of
the levels; where 中长期 and 年度 blocks sit side by side, the long-term block's columns
become extras (中长期·指标值).  `HeaderMap.read` reads a data row by the same columns: by
position when the row has as many logical cells as the header, else by grid overlap (PDF
grids often split columns that Word kept whole).
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.memo import memo_row
from jixiao.vocab import labels as vocab
from jixiao.vocab import values as vocab_values
from jixiao.vocab.labels import level_kind
from jixiao.vocab.lookup import contains_any, first_containing, first_exact, memo_short

LEVEL_FIELDS = frozenset({"level1", "level2", "level3"})
CONTENT_FIELDS = frozenset({"value", "level3", "description", "actual"})
EXTRA = "extra:"
FUNDING = "funding:"  # a wide sheet's funding column: funding:财政拨款
TREE = "tree"  # the one column of a one-column tree (parsers.layout.tree)
LISTING = "listing:"  # a project listing's columns: listing:name … (parsers.layout.listing)
# A 指标名称 column whose first name is no level's holds the 二级 names where, of the next
# LEVEL2_LOOKAHEAD rows, most names of their own, LEVEL2_AT_LEAST at least, are 二级 names
LEVEL2_LOOKAHEAD = 12
LEVEL2_AT_LEAST = 2


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    field: str
    how: str  # exact | contains | jieba


@dataclass(frozen=True, slots=True)
class HeaderColumn:
    field: str  # a logical field, "extra:<label>" or "funding:<label>"
    col: int
    end: int
    label: str


@dataclass(slots=True)
class RowValues:
    """One data row read by a header: field → text, extras by label, and which fields
    were merged into the cell above (a wide sheet's project cells)."""

    fields: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class HeaderMap:
    columns: tuple[HeaderColumn, ...]
    # 中长期 and 年度 blocks told apart by their order alone: the first data row settles
    # which one the table fills (with_levels_from)
    open_blocks: bool = False
    # derived from the columns once, since every data row asks (the map never changes)
    _fields: frozenset[str] = field(init=False, repr=False, compare=False)
    _first: dict[str, HeaderColumn] = field(init=False, repr=False, compare=False)
    _spans: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first: dict[str, HeaderColumn] = {}
        for c in self.columns:
            first.setdefault(c.field, c)
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_fields", frozenset(
            c.field for c in self.columns if not c.field.startswith(EXTRA)
        ))
        object.__setattr__(self, "_spans", "project_name" in self._fields or any(
            f in first for f in (TREE, LISTING + "targets", LISTING + "category")))

    @property
    def fields(self) -> frozenset[str]:
        return self._fields

    @property
    def spans_projects(self) -> bool:
        """Its rows start projects themselves (a wide sheet, a one-column tree, a project
        listing): a new project does not end it."""
        return self._spans

    @property
    def is_wide(self) -> bool:
        """A sheet with the project's own columns beside each indicator row."""
        return "project_name" in self.fields

    def column(self, fld: str) -> HeaderColumn | None:
        """The first column of the field."""
        return self._first.get(fld)

    def with_levels_from(self, row: Row, below: Sequence[Row] = ()) -> HeaderMap | None:
        """docs/contract.md, "Which column is which level": where the headers name no
        一级 or 二级 column (评价指标 | 评价内容 | 指标名称), the cells decide: an unnamed
        column left of the indicator names holding 二级 names (数量指标 …) is level2, one
        holding 一级 names (产出, 效益指标 …) is level1, and a 指标名称 column whose first
        name is a 二级 name is the 二级 (no column names the indicators).  A column the
        cells decided is headed by its level from then on.  Side-by-side blocks told apart
        by their order alone are settled by the first data row (`_settle_blocks`).  `below`:
        the table's rows after `row`, for a first name that is none of the levels' (a seal
        over 数量指标 on a scan, a clerk's own word) where the names under it are 二级 names
        (`_holds_level2`).  A new map, or None for no change."""
        settled = self._settle_blocks(row) if self.open_blocks else self
        levelled = settled._levels_from(row, below)
        if levelled is not None:
            return levelled
        return settled if settled is not self else None

    def with_level2_names_under(self, below: Sequence[Row]) -> HeaderMap:
        """A column headed 三级指标 with no 二级 column beside it, whose names below are
        二级 names (数量指标, 质量指标 … under 指标类型 | 三级指标 | 年度指标值): the 二级, the
        header's word for it another template's, as a 指标名称 over 二级 names is
        (`_holds_level2`); the first name and most of them, two at least, must be."""
        level3 = self.column("level3")
        if (level3 is None or "level2" in self.fields
                or vocab.LEVEL_WORDS["level3"] not in level3.label):
            return self
        names = [c.text for r in below
                 if (c := _cell_covering(r.cells, level3)) is not None and c.text.strip()
                 and not c.merged_above]
        named = sum(level_kind(t) == "level2" for t in names)
        if not names or level_kind(names[0]) != "level2" or not (
                named >= LEVEL2_AT_LEAST and 2 * named > len(names)):
            return self
        return HeaderMap(tuple(
            HeaderColumn("level2", c.col, c.end, c.label) if c is level3 else c
            for c in self.columns), self.open_blocks)

    def split_by_levels(self, row: Row) -> HeaderMap | None:
        """A second header row naming levels under one wide header cell (指标名称 over
        二级指标 | 三级指标): that column split into the levels it names, each from its name's
        place; None when the row is no such row (every cell of its own, two at least, a
        level's name under the same wide column, each level named once)."""
        own = row.own()
        if len(own) < 2:
            return None
        wide = next((col for col in self.columns
                     if col.end - col.col > 1 and all(col.col <= c.col < col.end for c in own)),
                    None)
        if wide is None:
            return None
        matches = [header_match(c.text, fuzzy=False) for c in own]
        fields = [m.field if m is not None and m.how == "exact" else None for m in matches]
        taken = self.fields - {wide.field}
        if any(f not in LEVEL_FIELDS or f in taken for f in fields) or len(set(fields)) < len(own):
            return None
        ends = [c.col for c in own[1:]] + [wide.end]
        parts = [HeaderColumn(str(f), c.col, end, c.text.strip())
                 for f, c, end in zip(fields, own, ends, strict=True)]
        i = self.columns.index(wide)
        return HeaderMap((*self.columns[:i], *parts, *self.columns[i + 1 :]), self.open_blocks)

    def _settle_blocks(self, row: Row) -> HeaderMap:
        """Two blocks with the same headers side by side (二级 | 三级 | 指标值 twice), the
        left one taken for 中长期 by its place: where the first data row leaves the 年度
        block's 三级 and 指标值 empty and fills the long-term block's, the table is filled
        on one side only (its targets under 中期, the 年度 half repeating the 二级 names),
        and that side is read, the other kept as extras (年度·三级指标)."""
        moved: dict[int, str] = {}
        for i, c in enumerate(self.columns):
            if c.field.startswith(EXTRA) and c.label.startswith(vocab.LONG_TERM_PREFIX):
                m = header_match(c.label.removeprefix(vocab.LONG_TERM_PREFIX), fuzzy=False)
                if m is not None and m.field in LEVEL_FIELDS | CONTENT_FIELDS:
                    moved[i] = m.field
        settled = HeaderMap(self.columns)
        content = [(i, f) for i, f in moved.items() if f in CONTENT_FIELDS]
        annual = [a for _i, f in content if (a := self.column(f)) is not None]
        if not content or not annual or any(text_under(row, a) for a in annual) or not all(
            text_under(row, self.columns[i]) for i, _f in content
        ):
            return settled
        fields = set(moved.values())
        return HeaderMap(tuple(
            HeaderColumn(moved[i], c.col, c.end, c.label.removeprefix(vocab.LONG_TERM_PREFIX))
            if i in moved else
            HeaderColumn(EXTRA + vocab.ANNUAL_PREFIX + vocab.clean_label(c.label), c.col, c.end,
                         vocab.ANNUAL_PREFIX + vocab.clean_label(c.label))
            if c.field in fields else c
            for i, c in enumerate(self.columns)
        ))

    def _levels_from(self, row: Row, below: Sequence[Row] = ()) -> HeaderMap | None:
        named = self.fields
        level3 = self.column("level3")
        if level3 is None or {"level1", "level2"} <= named:
            return None
        split = self._split_levels_under_one_header(row)
        if split is not None:
            return split
        changed: dict[int, str] = {}
        decided: set[int] = set()
        if "level2" not in named and vocab.LEVEL_WORDS["level3"] not in level3.label:
            # 指标类型 | 指标名称 | 指标值 over 产出指标 | 数量指标 | 375万平方米: the first name
            # under 指标名称 says whether it holds the 二级 or the indicators themselves
            cell = _cell_covering(row.cells, level3)
            text = cell.text.strip() if cell is not None else ""
            if text and text != level3.label.strip():
                i3 = self.columns.index(level3)
                changed[i3] = "level2" if _holds_level2(text, level3, below) else "level3"
                decided.add(i3)
        for i, column in enumerate(self.columns):
            if column.field in ("level1", "level2") and _is_category_header(column.label):
                # 指标 | 指标内容: the first cell naming a level says which (数量指标: 二级)
                cell = _cell_covering(row.cells, column)
                kind = level_kind(cell.text) if cell is not None else None
                if kind is not None:
                    changed[i] = kind if kind not in named - {column.field} else column.field
                    decided.add(i)
                continue
            if not column.field.startswith(EXTRA) or column.col >= level3.col:
                continue
            cell = _cell_covering(row.cells, column)
            kind = level_kind(cell.text) if cell is not None else None
            if kind is not None and kind not in named and kind not in changed.values():
                changed[i] = kind
        level2 = self.column("level2")
        if "level1" not in named and "level1" not in changed.values() and level2 is not None:
            # the column just left of a named 二级 column holds the 一级 names, whatever
            # they are (实施效果指标, 过程管理指标) and however its header is misspelt
            # (or with only a weight between: 分解目标 | 自评权重 | 二级指标 over 管理指标 | 30)
            lefts = sorted((i for i, c in enumerate(self.columns)
                            if c.field.startswith(EXTRA) and c.end <= level2.col
                            and i not in changed), key=lambda i: -self.columns[i].col)
            for left in lefts[:2]:
                cell = _cell_covering(row.cells, self.columns[left])
                between = [c for c in self.columns
                           if self.columns[left].end <= c.col < level2.col]
                if all(_WEIGHT_WORDS(c.label) for c in between) and cell is not None and (
                    _names_a_level(cell.text)
                ):
                    changed[left] = "level1"
                    break
        if not changed:
            return None
        return HeaderMap(tuple(
            HeaderColumn(changed[i], c.col, c.end,
                         vocab.LEVEL_HEADERS[changed[i]] if i in decided else c.label)
            if i in changed else c
            for i, c in enumerate(self.columns)
        ))

    def _split_levels_under_one_header(self, row: Row) -> HeaderMap | None:
        """A 一级 column two grid columns wide (评价内容 over 产出目标 | 数量目标) whose first
        row holds a 一级 name and a 二级 name side by side under it: the two levels, each
        from its cell's place."""
        level1 = self.column("level1")
        if level1 is None or "level2" in self.fields or level1.end - level1.col < 2:
            return None
        under = [c for c in row.cells if level1.col <= c.col < level1.end and c.text.strip()]
        if len(under) != 2 or [level_kind(c.text) for c in under] != ["level1", "level2"]:
            return None
        i = self.columns.index(level1)
        cut = under[1].col
        parts = (HeaderColumn("level1", level1.col, cut, vocab.LEVEL_HEADERS["level1"]),
                 HeaderColumn("level2", cut, level1.end, vocab.LEVEL_HEADERS["level2"]))
        return HeaderMap((*self.columns[:i], *parts, *self.columns[i + 1 :]), self.open_blocks)

    def read(self, row: Row) -> RowValues | None:
        """The row by this header's columns; None for a row that is one cell across the
        whole table (a note, not an indicator)."""
        cells = row.cells
        if len(cells) == 1 and len(self.columns) > 2:
            return None
        # as many cells as columns, none spanning more than one: the row's cells are the
        # columns' in order (a text export, whose spans are lost); else by position
        positional = len(cells) == len(self.columns) and all(c.end - c.col == 1 for c in cells)
        if not positional and (spread := self._target_across(cells)) is not None:
            cells = spread
        out = RowValues()
        value = (self.column("value") if not positional and not self.fields.isdisjoint(
            _TARGETS_OWN) else None)
        target = _cell_covering(cells, value) if value is not None else None
        for i, col in enumerate(self.columns):
            cell = cells[i] if positional else _cell_covering(cells, col)
            text = cell.text.strip() if cell is not None else ""
            if col.field.startswith(EXTRA):
                if text:
                    out.extra[col.label or f"列{i + 1}"] = text
            elif col.field in _TARGETS_OWN and cell is target is not None:
                continue  # the target merged across its sign or unit column: none of its own
            elif text and col.field not in out.fields:
                out.fields[col.field] = text
                if cell is not None and cell.merged_above:
                    out.merged.add(col.field)
        return out


    def _target_across(self, cells: list[Cell]) -> list[Cell] | None:
        """A row's cell in the sign's column, of one column, where the sign, the target and
        the unit stand side by side: a target written across the three (是, 有效减轻, 3
        beside ≥ | 100 | % in other rows) whose span a text export lost, where the row ends
        there or is two cells short of the header (the rest after it moved left by two):
        the row with that cell spanning the three and the rest in their columns.  A sign's
        word (≥, 正向, 定性) is no such target."""
        op, value, unit = self.column("op"), self.column("value"), self.column("unit")
        if (op is None or value is None or unit is None or not cells
                or (op.end, value.end) != (value.col, unit.col) or len(cells) >= len(self.columns)
                or any(c.end - c.col != 1 for c in cells)):
            return None
        k = next((i for i, c in enumerate(cells) if c.col == op.col), None)
        if k is None or not (k == len(cells) - 1 or len(cells) == len(self.columns) - 2):
            return None
        at = cells[k]
        text = unicodedata.normalize("NFKC", at.text).strip()
        if not text or text in vocab_values.OP_CELL:
            return None
        wide = Cell(at.text, at.col, unit.end - op.col, at.merged_above, at.ocr)
        shift = unit.end - op.end
        return [*cells[:k], wide, *(Cell(c.text, c.col + shift, 1, c.merged_above, c.ocr)
                                    for c in cells[k + 1 :])]


# the columns that hold a target's own sign and unit (指标性质 | 指标值 | 度量单位)
_TARGETS_OWN = frozenset({"op", "unit"})


def _holds_level2(first: str, col: HeaderColumn, below: Sequence[Row]) -> bool:
    """The 指标名称 column whose first name is `first` holds the 二级 names: that name is
    one, or most of the names of its own under it (`LEVEL2_LOOKAHEAD` rows, one at least
    `LEVEL2_AT_LEAST` of them) are."""
    if level_kind(first) == "level2":
        return True
    names = [c.text for r in below
             if (c := _cell_covering(r.cells, col)) is not None and c.text.strip()
             and not c.merged_above]
    named = sum(level_kind(t) == "level2" for t in names)
    return named >= LEVEL2_AT_LEAST and 2 * named > len(names)


# a column between the 一级 and the 二级 that only weighs them (自评权重, 权重(%))
_WEIGHT_WORDS = contains_any(("权重", "分值"))


def _names_a_level(text: str) -> bool:
    """A short name ending in 指标 (实施效果指标): a level's cell, not a number or a note."""
    lab = vocab.clean_label(text)
    return 2 < len(lab) <= 12 and lab.endswith("指标")


def text_under(row: Row, col: HeaderColumn) -> str:
    """The text of the row's cell under a header column."""
    cell = _cell_covering(row.cells, col)
    return cell.text.strip() if cell is not None else ""



def _cell_covering(cells: list[Cell], col: HeaderColumn) -> Cell | None:
    for c in cells:
        if c.col <= col.col < c.end:
            return _past_caption(cells, c, col)
    for c in cells:  # a data cell that starts inside a wide header cell
        if col.col <= c.col < col.end:
            return c
    return None


def _past_caption(cells: list[Cell], first: Cell, col: HeaderColumn) -> Cell:
    """A header cell spread over a caption column too (一级指标 over 绩效指标 | 产出指标):
    the caption is no level; the next cell under the header is."""
    if col.field not in LEVEL_FIELDS or first.end >= col.end:
        return first
    m = header_match(first.text, fuzzy=False)
    if m is None or m.field != "block":
        return first
    return next((c for c in cells if first.end <= c.col < col.end), first)


# --- one wording -------------------------------------------------------------------------


@cache
def _synonyms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((f, tuple(vocab.clean_label(w) for w in ws)) for f, ws in vocab.HEADER_SYNONYMS)


@cache
def _matchers() -> tuple[
    Callable[[str], str | None], Callable[[str], bool], Callable[[str], str | None]
]:
    """The three steps before jieba, compiled once: exact (synonyms, then the exact-only
    wordings), an unrelated word, containment in the table's order."""
    synonyms = _synonyms()
    exact = first_exact([*synonyms, *vocab.HEADER_EXACT_ONLY])
    unrelated = contains_any(vocab.UNRELATED_HEADER_WORDS)
    contains = first_containing([(f, [w for w in ws if len(w) >= 2]) for f, ws in synonyms])
    return exact, unrelated, contains


@memo_short(1 << 14)  # header wordings repeat from table to table
def header_match(label: str, *, fuzzy: bool = True) -> HeaderMatch | None:
    """The logical column a header wording names, and how it was found; None for none.
    With `fuzzy=False` only the exact and containment steps run (no jieba)."""
    lab = vocab.clean_label(label)
    if not lab or len(lab) > vocab.HEADER_MAX_CHARS:
        return None
    if is_unit_and_project_column(label):
        return HeaderMatch("project_name", "exact")
    exact, unrelated, contains = _matchers()
    fld = exact(lab)
    if fld is not None:
        return HeaderMatch(fld, "exact")
    if unrelated(lab):
        return None
    fld = contains(lab)
    if fld is not None:
        return HeaderMatch(fld, "contains")
    if not fuzzy:
        return None
    guess = _keyword_field(lab)
    return HeaderMatch(guess, "jieba") if guess else None


def is_unit_and_project_column(label: str) -> bool:
    """单位(专项)名称: one column for the units and their projects."""
    name, notes = vocab.UNIT_AND_PROJECT_COLUMN
    return vocab.clean_label(label) == name and vocab.label_note(label) in notes


def header_field(label: str) -> str | None:
    m = header_match(label)
    return m.field if m else None


@cache
def _keyword_field(label: str) -> str | None:
    """The field whose keywords best cover the label's jieba words, if clearly best."""
    words = set(_jieba_words(label))
    scores = {
        fld: sum(1.0 for w in strong if w in words) + sum(0.5 for w in weak if w in words)
        for fld, (strong, weak) in vocab.HEADER_KEYWORDS.items()
    }
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:2]
    best, score = ranked[0]
    if score < vocab.HEADER_KEYWORD_THRESHOLD or (len(ranked) > 1 and ranked[1][1] == score):
        return None
    return best


def _jieba_words(text: str) -> list[str]:
    # jieba is imported here, on the first wording no synonym covers: loading its
    # dictionary costs about a second, which most documents never need to pay.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    words: list[str] = jieba.lcut_for_search(text)
    return words


# --- one row ------------------------------------------------------------------------------


@memo_row(1 << 10)  # the same header in every table; asked by several steps for each
def map_header(row: Row, *, long_term_cols: frozenset[int] = frozenset()) -> HeaderMap | None:
    """The header map of a row, or None when the row is not an indicator header.

    `long_term_cols` are grid columns a caption row above marked 中长期."""
    cells = [c for c in row.cells if not c.merged_above or c.text.strip()]
    quick = [header_match(c.text, fuzzy=False) for c in cells]
    # cheap test first (most rows are data, and jieba is not free): two columns named
    # in the row itself, one a level, not only in cells merged down from a header above
    found = {m.field for c, m in zip(cells, quick, strict=True) if m and not c.merged_above}
    goals_first = _goals_heading_levels(cells, quick)
    if goals_first is None and (len(found) < 2 or not found & (LEVEL_FIELDS | {"block"})) and (
        not {"value", "actual"} <= found  # 评价内容 | 绩效内容 | 绩效目标值 | 实际完成值: no level
    ):                                    # named, the names' column guessed below
        return None
    columns = goals_first or [
        HeaderColumn(_cell_field(c, m), c.col, c.end, c.text.strip())
        for c, m in zip(cells, quick, strict=True)
    ]
    columns = _category_left_of_names(columns)
    columns = _contents_left_of_contents(columns, quick)
    columns = _named_before_guessed(columns, quick)
    columns = _recipients_as_value(columns)
    columns = _unit_as_project(columns)
    columns = place_block_column(columns)
    columns = _goals_as_targets(columns)
    columns = split_long_term(columns, long_term_cols)
    columns = _unique(columns)
    fields = {c.field for c in columns if not c.field.startswith((EXTRA, FUNDING))}
    if (len(fields - {"block"}) < vocab.HEADER_MIN_FIELDS and not _names_and_targets(
        columns, quick
    )) or not fields & LEVEL_FIELDS:
        return None
    if not fields & CONTENT_FIELDS:
        return None
    open_blocks = not long_term_cols and any(
        c.field.startswith(EXTRA) and c.label.startswith(vocab.LONG_TERM_PREFIX) for c in columns
    )
    return HeaderMap(tuple(_blank_after_a_level(_standard_as_value(columns))), open_blocks)


_RANK = {"exact": 0, "contains": 1}


def _blank_after_a_level(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A level's header word with a blank header cell right of it spans it: a sheet that
    lost its merges (一级指标 over 绩效指标 | 产出指标, written 一级指标 | blank), so that
    the level is read past the caption as in the merged sheet (`_past_caption`)."""
    out: list[HeaderColumn] = []
    for c in columns:
        prev = out[-1] if out else None
        if (prev is not None and not c.label and prev.field in LEVEL_FIELDS
                and prev.end == c.col):
            out[-1] = HeaderColumn(prev.field, prev.col, c.end, prev.label)
            continue
        out.append(c)
    return out


def _names_and_targets(columns: list[HeaderColumn], quick: list[HeaderMatch | None]) -> bool:
    """序号 | 三级指标 | 年度指标值: a list of the indicators' names and their targets only,
    each column named in so many words (a report's 表1 of targets)."""
    named = {c.field for c, m in zip(columns, quick, strict=True) if m is not None
             and m.how == "exact" and c.field in ("level3", "value")}
    return named == {"level3", "value"}


def _goals_heading_levels(
    cells: list[Cell], quick: list[HeaderMatch | None]
) -> list[HeaderColumn] | None:
    """福建's older form: 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标, over 投入 |
    成本目标 | 目标1 | 发放… | 100% | 按实际情况发放.  Where no column is a level's or a
    project's own (项目名称 makes 绩效目标 a wide sheet's goals column), a goals column
    opening the row beside a standard or a value heads the categories (the 一级), the
    next column named …指标 the 二级, the next the indicators, and a goals column right
    of them is each indicator's target for the year.  None for any other row."""
    if len(cells) < 4 or quick[0] is None or quick[0].field != "project_goals" or (
        quick[0].how != "exact"
    ):
        return None
    fields = {m.field for m in quick if m is not None}
    if fields & (LEVEL_FIELDS | {"block", "project_name", "value"}) or not fields & {
        "standard", "actual"
    }:
        return None
    first = cells[0]
    columns = [HeaderColumn("level1", first.col, first.end, first.text.strip())]
    want = ["level2", "level3"]
    for c, m in zip(cells[1:], quick[1:], strict=True):
        label = c.text.strip()
        lab = vocab.clean_label(label)
        if not label:  # a blank beside 评价指标 where its merge was lost: no column's name
            columns.append(HeaderColumn(_cell_field(c, m), c.col, c.end, label))
        elif m is None and want and (want[0] == "level3" or lab.endswith("指标")):
            columns.append(HeaderColumn(want.pop(0), c.col, c.end, label))
        elif m is not None and m.field == "project_goals" and not want:
            columns.append(HeaderColumn("value", c.col, c.end, label))
        else:
            columns.append(HeaderColumn(_cell_field(c, m), c.col, c.end, label))
    named = {c.field for c in columns}
    return columns if {"level2", "level3", "value"} <= named else None


def _is_category_header(label: str) -> bool:
    return vocab.clean_label(label) in vocab.CATEGORY_HEADERS



def _category_left_of_names(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """指标 | 指标内容 | 指标值: a bare 指标 left of a column that names the indicators
    heads their categories, not their names; a level column (一级 unless a 一级 column is
    named), which the cells may still make the other level (HeaderMap.with_levels_from)."""
    names = [c.col for c in columns if c.field == "level3" and not _is_category_header(c.label)]
    if not names:
        return columns
    taken = {c.field for c in columns}
    level = next((f for f in ("level1", "level2") if f not in taken), None)
    out: list[HeaderColumn] = []
    for c in columns:
        if level is not None and c.field == "level3" and _is_category_header(c.label) and (
            c.col < min(names)
        ):
            c = HeaderColumn(level, c.col, c.end, c.label)
            level = None
        out.append(c)
    return out


def _contents_left_of_contents(
    columns: list[HeaderColumn], quick: list[HeaderMatch | None]
) -> list[HeaderColumn]:
    """评价内容 | 绩效内容 | 绩效目标值: two columns guessed to name the indicators (内容),
    neither named 三级 and no level named: the left one heads their categories (产出目标,
    and 数量目标 beside it where it spans two columns: `HeaderMap.with_levels_from`)."""
    guessed = [i for i, (c, m) in enumerate(zip(columns, quick, strict=True))
               if c.field == "level3" and m is None]
    if len(guessed) != 2 or any(c.field in ("level1", "level2") for c in columns) or any(
        vocab.LEVEL_WORDS["level3"] in columns[i].label for i in guessed
    ):
        return columns
    left = columns[guessed[0]]
    return [HeaderColumn("level1", left.col, left.end, left.label) if i == guessed[0] else c
            for i, c in enumerate(columns)]


def _named_before_guessed(
    columns: list[HeaderColumn], quick: list[HeaderMatch | None]
) -> list[HeaderColumn]:
    """A field named by several cells goes to the surest: a wording that is a synonym
    (目标值) before one that only contains one (指标值内容), before a jieba guess
    (评价内容); the others are kept as extras."""
    rank = [_RANK.get(m.how, 2) if m is not None else 2 for m in quick]
    block = _blocks(columns, rank)
    best: dict[tuple[int, str], int] = {}
    for c, r, b in zip(columns, rank, block, strict=True):
        if c.field in LEVEL_FIELDS | CONTENT_FIELDS:
            best[b, c.field] = min(best.get((b, c.field), r), r)
    return [
        HeaderColumn(EXTRA + vocab.clean_label(c.label), c.col, c.end, c.label)
        if (b, c.field) in best and r > best[b, c.field] else c
        for c, r, b in zip(columns, rank, block, strict=True)
    ]


def _blocks(columns: list[HeaderColumn], rank: list[int]) -> list[int]:
    """The block of each column where two blocks of levels stand side by side (二级 | 三级 |
    指标值 | 二级 | 三级 | 计划指标值: 中长期 and 年度), each with two or more levels named in
    so many words: the second block begins where a level named before is named again.  Each
    block names its own columns (its 计划指标值 is its 指标值, however the other block words
    it); `split_long_term` then tells them apart."""
    exact = Counter(c.field for c, r in zip(columns, rank, strict=True)
                    if r == 0 and c.field in LEVEL_FIELDS)
    if sum(n >= 2 for n in exact.values()) < 2:
        return [0] * len(columns)
    out: list[int] = []
    seen: set[str] = set()
    block = 0
    for c in columns:
        if c.field in LEVEL_FIELDS and c.field in seen:
            block, seen = block + 1, set()
        if c.field in LEVEL_FIELDS:
            seen.add(c.field)
        out.append(block)
    return out


def _recipients_as_value(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A target per recipient (笏石街道办 | 埭头镇) where no column is the 指标值: the
    first recipient's column is the value, the others are kept as extras."""
    if any(c.field == "value" for c in columns):
        return columns
    for i, c in enumerate(columns):
        lab = vocab.clean_label(c.label)
        if c.field.startswith(EXTRA) and 2 < len(lab) <= 12 and lab.endswith(
            vocab.RECIPIENT_ENDINGS
        ):
            return [*columns[:i], HeaderColumn("value", c.col, c.end, c.label), *columns[i + 1 :]]
    return columns


def _cell_field(cell: Cell, quick: HeaderMatch | None) -> str:
    text = cell.text.strip()
    m = quick or (header_match(text) if text else None)
    if m is None and text and any(w in vocab.clean_label(text) for w in vocab.FUNDING_WORDS):
        return FUNDING + vocab.clean_label(text).removeprefix("其中")
    return m.field if m else EXTRA + vocab.clean_label(text)


def place_block_column(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A label column (绩效指标, 本年度绩效指标) is a label only left of the levels; right
    of them, with no 三级指标 column, it is the 三级指标 (一级 | 二级 | 绩效指标 | 指标值)."""
    level_cols = [c.col for c in columns if c.field in LEVEL_FIELDS]
    has_level3 = any(c.field == "level3" for c in columns)
    out: list[HeaderColumn] = []
    for c in columns:
        if c.field == "block" and level_cols and c.col > min(level_cols):
            c = HeaderColumn("level3" if not has_level3 else EXTRA + c.label, c.col, c.end, c.label)
        elif c.field == "block" and not level_cols and any(
            v.field == "value" and v.col > c.col for v in columns
        ):  # 序号 | 绩效指标 | 目标值, no level named: the indicators' names
            c = HeaderColumn("level3", c.col, c.end, c.label)
        out.append(c)
    return out


def split_long_term(
    columns: list[HeaderColumn], long_term_cols: frozenset[int]
) -> list[HeaderColumn]:
    """中长期 and 年度 blocks side by side: the long-term block's columns become extras.

    A column is long-term when its own wording says so (中长期指标值), when a caption row
    above marked its grid column, or when its field comes again further right (the usual
    order is 中长期 left, 年度 right) and no caption said otherwise."""
    seen: Counter[str] = Counter(c.field for c in columns if not c.field.startswith(EXTRA))
    repeated = {f for f, n in seen.items() if n > 1 and f != "block"}
    if len(repeated & _BLOCK_FIELDS) < 2:
        repeated -= _BLOCK_FIELDS  # one of the names or targets named again, alone, is no
        # second block but another column, `_unique`'s (三级指标 | … | 指标, the value the
        # collected data make; 目标值(标准) | … | 指标值 the same)
    first_of: dict[str, HeaderColumn] = {}
    for c in columns:
        if c.field in repeated and c.field not in first_of:
            first_of[c.field] = c
    out: list[HeaderColumn] = []
    for c in columns:
        lab = vocab.clean_label(c.label)
        own = _LONG_TERM(lab)
        marked = bool(long_term_cols) and c.col in long_term_cols
        by_order = not long_term_cols and first_of.get(c.field) is c
        if c.field != "block" and not c.field.startswith(EXTRA) and (own or marked or by_order):
            label = _long_term_label(c.label)
            c = HeaderColumn(EXTRA + label, c.col, c.end, label)
        out.append(c)
    return out


# the fields a block of its own repeats: its indicators' names, levels and targets
_BLOCK_FIELDS = frozenset({"level1", "level2", "level3", "value"})


def _long_term_label(label: str) -> str:
    lab = vocab.clean_label(label)
    if any(lab.startswith(w) for w in vocab.LONG_TERM_WORDS):
        return lab
    return vocab.LONG_TERM_PREFIX + lab


def _unit_as_project(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A unit's name column left of the levels, beside the project's own columns (资金总额,
    整体绩效目标, the funding by source) and with no 项目名称: a budget system's export of
    the 部门整体 form in one wide row (单位编码 | 单位名称 | 资金总额 | … | 一级指标 …), each
    unit its own project, as the key-value form of the same table reads it.  (Read by its
    words alone, 单位名称 would be the measure's 单位.)"""
    fields = {c.field for c in columns}
    first_level = min((c.col for c in columns if c.field in LEVEL_FIELDS), default=None)
    if "project_name" in fields or first_level is None or not (
            fields & {"project_budget", "project_goals"}):
        return columns
    name = next((c for c in columns if c.col < first_level
                 and vocab.clean_label(c.label) in vocab.UNIT_NAME_COLUMNS), None)
    if name is None:
        return columns
    return [HeaderColumn("project_name", c.col, c.end, c.label) if c is name else c
            for c in columns]


def _unique(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A field named twice (two 指标值 columns not in blocks): the second is an extra."""
    seen: set[str] = set()
    out: list[HeaderColumn] = []
    for c in columns:
        if c.field in seen and not c.field.startswith((EXTRA, FUNDING)):
            c = HeaderColumn(EXTRA + vocab.clean_label(c.label), c.col, c.end, c.label)
        seen.add(c.field)
        out.append(c)
    return out


def _goals_as_targets(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A 绩效目标 column right of the levels, in a header with no 指标值 and no 项目名称
    column, holds each indicator's target (海南's 项目指标类型 | 绩效指标 | 绩效目标 | 绩效标准:
    600万株 under it, the grades 优 … 差 under the standard), not a wide sheet's goals."""
    fields = {c.field for c in columns}
    if fields & {"value", "project_name"}:
        return columns
    first_level = min((c.col for c in columns if c.field in LEVEL_FIELDS), default=None)
    if first_level is None:
        return columns
    goals = next((c for c in columns if c.field == "project_goals" and c.col > first_level), None)
    if goals is None:
        return columns
    return [HeaderColumn("value", c.col, c.end, c.label) if c is goals else c for c in columns]


def _standard_as_value(columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """A 绩效标准 column, or a 评价标准 graded 优 | 良 | 中 | 差 (the best grade under its
    first column), stands for the target where the table has no 指标值 column."""
    if any(c.field == "value" for c in columns):
        return columns
    out = []
    for c in columns:
        if c.field == "standard" and any(
            w in vocab.clean_label(c.label) for w in vocab.STANDARD_AS_TARGET
        ):
            c = HeaderColumn("value", c.col, c.end, c.label)
        out.append(c)
    return out


_LONG_TERM = contains_any(vocab.LONG_TERM_WORDS)


def long_term_caption_cols(row: Row) -> frozenset[int] | None:
    """A caption row over side-by-side blocks (中长期指标 | 年度指标): the grid columns
    under its long-term cells; None when the row is not such a caption."""
    filled = row.own()
    labels = [vocab.clean_label(c.text) for c in filled]
    if len(filled) < 2 or any(len(t) > 12 for t in labels):
        return None
    long_cells = [c for c, t in zip(filled, labels, strict=True) if _LONG_TERM(t)]
    annual = [t for t in labels if t.startswith(vocab.ANNUAL_WORDS)]
    if not long_cells or not annual:
        return None
    return frozenset(col for c in long_cells for col in range(c.col, c.end))
