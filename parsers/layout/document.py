"""Any `SourceDocument` → projects and indicators, by meaning.

The one place that knows what a 项目绩效目标表 looks like, in all its templates.  Readers
give grids of logical cells; this module walks paragraphs and rows in document order:

    rows.classify_row  → title | header | captions | trailer | keys | data | blank
    rows_to_projects   → a small state machine (`layout_state.LayoutState`) over those
                         kinds, one handler each (`_HANDLERS`):
        keys           fill the current project (项目名称, 预算数, 资金来源 …)   layout_keys
        captions       column titles whose values come in the rows below (quarters,
                       预期目标 | 实际完成情况, 年初预算数 | 全年预算数 …)        layout_keys
        header         starts the indicator block (header.map_header: columns by meaning)
        data           an indicator, 一级/二级 filled down          layout_indicators;
                       on a wide sheet, also the project's own cells (项目名称 merged
                       down beside its rows)                                  layout_wide
        title, a heading or a new 项目名称 starts the next project; a table that goes on
        after a page break continues it; trailer rows (审核意见) end the indicators
    after the rows     → 部门整体 tables named after their unit; every project named
    docfields          → narrative sections, unit name, year

Vocabulary (labels, header words) lives in `jixiao.vocab.labels`, not here.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.errors import NoProjects
from jixiao.parsers.grid import Paragraph, Row, SourceDocument, Table
from jixiao.parsers.layout.docfields import (
    UnitAndYear,
    find_unit_name,
    find_year,
    guess_year,
    narrative_sections,
    table_heading_name,
    unit_and_year,
)
from jixiao.parsers.layout.indicators import LONG_TERM_FIELD, is_record, on_header, on_indicator_row
from jixiao.parsers.layout.keys import (
    inline_spend_plan,
    on_caption_values,
    on_captions,
    on_keys,
    on_loose_row,
)
from jixiao.parsers.layout.rows import (
    RowKind,
    classify_row,
    join,
    key_field,
    label_with_value,
    row_label,
)
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.layout.wide import is_unit_total
from jixiao.parsers.records import DocumentRecord, ProjectRecord, Where
from jixiao.vocab import labels as vocab

__all__ = [
    "LONG_TERM_FIELD",
    "inline_spend_plan",
    "is_record",
    "name_whole_department",
    "rows_to_projects",
    "to_document_record",
    "trailer_pair",
]


def to_document_record(src: SourceDocument, *, file_name: str) -> DocumentRecord:
    """The entry point: only chains the named steps."""
    projects = rows_to_projects(src)
    if not projects:
        raise NoProjects(_no_projects_reason(src))
    unit_name = find_unit_name(src, file_name)
    name_whole_department(projects, unit_name)
    _check_names(projects)
    paragraphs = [b for b in src.blocks if isinstance(b, Paragraph)]
    stated = UnitAndYear(unit_name, find_year(src, file_name))
    place = unit_and_year(document=stated, guess_year=lambda: guess_year(src))
    return DocumentRecord(
        format=src.format,
        unit_name=place.unit,
        year=place.year,
        year_guessed=stated.year is None,
        sections=narrative_sections(paragraphs),
        projects=projects,
        pages=src.pages,
        warnings=list(src.warnings),
    )


def rows_to_projects(src: SourceDocument) -> list[ProjectRecord]:
    st = LayoutState()
    _walk_blocks(st, src)
    _apply_unit_notes(st)
    return _number_and_name(_kept_projects(st))


# --- the state machine ----------------------------------------------------------------


def _walk_blocks(st: LayoutState, src: SourceDocument) -> None:
    for block in src.blocks:
        if isinstance(block, Paragraph):
            _on_paragraph(st, block)
        else:
            _on_table(st, block)


def _on_paragraph(st: LayoutState, para: Paragraph) -> None:
    note = vocab.AMOUNT_UNIT_NOTE_RE.match(para.text)
    if note:
        st.pending_unit_note = note.group(1)
        return
    name = table_heading_name(para.text)
    if name is not None:
        st.pending_heading = name or None
        if st.pending_heading is None:
            st.pending_title = para.text.strip()
        if st.header is not None and st.header.is_wide:
            st.header, st.in_indicators = None, False


def _on_table(st: LayoutState, table: Table) -> None:
    st.table_unit_note, st.pending_unit_note = st.pending_unit_note, None
    for row in table.rows:
        _on_row(st, row, Where(table=table.index, row=row.index, page=row.page))


def _on_row(st: LayoutState, row: Row, where: Where) -> None:
    kind = classify_row(row)
    if kind in ("keys", "data") and st.captions is not None and on_caption_values(st, row):
        return
    if kind == "keys" and st.in_indicators and not _exact_key(row):
        kind = "data"  # an indicator whose first cell only starts like a key label
    _HANDLERS[kind](st, row, where)


def _exact_key(row: Row) -> bool:
    label = row_label(row)
    return key_field(vocab.clean_label(label), exact=True) is not None or (
        label_with_value(label) is not None
    )


def _on_blank(st: LayoutState, row: Row, where: Where) -> None:
    pass


def _on_title(st: LayoutState, row: Row, where: Where) -> None:
    if st.current is not None and (st.in_indicators or st.current.name):
        st.current = None
    if st.header is not None and st.header.is_wide:
        st.header, st.in_indicators = None, False
    st.pending_title = row_label(row)


def _on_trailer(st: LayoutState, row: Row, where: Where) -> None:
    """审核意见, 填报人, 总分 …: not indicators; kept as project fields."""
    st.in_indicators = False
    st.header = None
    if st.current is not None:
        label, value = trailer_pair(row)
        st.current.fields[label] = value


def trailer_pair(row: Row) -> tuple[str, str]:
    """(label, text) of a trailer row: 审核意见 | 同意; 总分 | 100 | 98; a single cell
    "填报人：王敏 联系电话：…" is kept whole under its first word."""
    first = row_label(row)
    label = vocab.clean_label(first)
    texts = [c.text.strip() for c in row.cells if c.text.strip() and not c.merged_above]
    rest = texts[1:] if texts and texts[0] == first else texts
    if rest:
        return label, join(rest)
    word = next((w for w in vocab.TRAILER_LABELS if label.startswith(w)), label)
    return word, first


def _on_data(st: LayoutState, row: Row, where: Where) -> None:
    if st.in_indicators and st.header is not None:
        on_indicator_row(st, row, where)
    else:
        on_loose_row(st, row, where)


# One handler per row kind (rows.classify_row); each takes the state, the row and its place.
_HANDLERS: dict[RowKind, Callable[[LayoutState, Row, Where], None]] = {
    "blank": _on_blank,
    "title": _on_title,
    "header": on_header,
    "captions": on_captions,
    "trailer": _on_trailer,
    "keys": on_keys,
    "data": _on_data,
}


# --- after the rows ------------------------------------------------------------------------


def _apply_unit_notes(st: LayoutState) -> None:
    """单位：万元 above a table holds for its projects where no label said the unit."""
    for p in st.projects:
        if p.budget_unit_hint is None and id(p) in st.unit_notes:
            p.budget_unit_hint = st.unit_notes[id(p)]


def _kept_projects(st: LayoutState) -> list[ProjectRecord]:
    """Projects with a name, indicators or a budget text; not a wide sheet's unit total."""
    return [
        p for p in st.projects
        if (p.name or p.indicators or p.budget_text) and not is_unit_total(st, p)
    ]


def _number_and_name(projects: list[ProjectRecord]) -> list[ProjectRecord]:
    """Number the kept projects from 1; a nameless one takes its heading's name."""
    for i, p in enumerate(projects, 1):
        p.seq = i
        if p.name is None and p.heading:
            p.name = p.heading
    return projects


def name_whole_department(projects: list[ProjectRecord], unit_name: str | None) -> None:
    """A 部门整体 table names no project: it is named after its unit as the table writes
    it (部门（单位）名称), else the document's unit, else its title."""
    unit_labels = {vocab.clean_label(w) for w in vocab.KEY_LABELS["unit"]}
    for p in projects:
        if p.kind != "整体" or p.name:
            continue
        from_table = next((v for k, v in p.fields.items() if k in unit_labels and v), None)
        p.name = from_table or unit_name or p.fields.get("表名")


# What to check when a format yields no table at all.
_NO_TABLE_HINTS: dict[str, str] = {
    "txt": "check that the right file was sent (a text export needs TAB-separated cells)",
    "pdf": "jixiao finds PDF tables by their ruled lines; a table drawn with no lines at "
    "all is not read: ask for the .docx or .xlsx",
}


def _no_projects_reason(src: SourceDocument) -> str:
    if not src.tables:
        return "no table found: the file has text but no 项目绩效目标表; " + _NO_TABLE_HINTS.get(
            src.format, "check that the right file was sent"
        )
    return (
        f"{len(src.tables)} table(s) found, but none is a project table: no row labelled "
        "项目名称 and no indicator header (一级指标 / 二级指标 / 三级指标 / 指标值)"
    )


def _check_names(projects: list[ProjectRecord]) -> None:
    for p in projects:
        if not p.name:
            w = p.where
            at = f" (table {w.table + 1}, row {w.row + 1})" if w else ""
            raise NoProjects(
                f"project {p.seq}{at} has no 项目名称: the cell is blank and no heading "
                "names the project; fill in 项目名称 and send the file again"
            )
