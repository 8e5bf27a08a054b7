"""Any `SourceDocument` → projects and indicators, by meaning.

The one place that knows what a 项目绩效目标表 looks like, in all its templates.  Readers
give grids of logical cells; this module walks paragraphs and rows in document order:

    rows.classify_row  → title | header | captions | trailer | keys | data | blank
    rows_to_projects   → a small state machine over those kinds:
        keys           fill the current project (项目名称, 预算数, 资金来源 …)
        captions       column titles whose values come in the rows below (quarters,
                       预期目标 | 实际完成情况, 年初预算数 | 全年预算数 …)
        header         starts the indicator block (header.map_header: columns by meaning)
        data           an indicator, 一级/二级 filled down; on a wide sheet, also the
                       project's own cells (项目名称 merged down beside its rows)
        title, a heading or a new 项目名称 starts the next project; a table that goes on
        after a page break continues it; trailer rows (审核意见) end the indicators
    docfields          → narrative sections, unit name, year

Vocabulary (labels, header words) lives in `parsers.vocab`, not here.
"""

from __future__ import annotations

from parsers import vocab
from parsers.docfields import (
    find_unit_name,
    find_year,
    guess_year,
    narrative_sections,
    table_heading_name,
)
from parsers.errors import NoProjects
from parsers.grid import Paragraph, Row, SourceDocument, Table
from parsers.header import (
    FUNDING,
    RowValues,
    header_match,
    map_header,
)
from parsers.layout_state import LayoutState
from parsers.layout_wide import is_unit_total, project_side_labels, wide_row_project
from parsers.records import (
    DocumentRecord,
    FundingLine,
    IndicatorRecord,
    ProjectRecord,
    Where,
)
from parsers.rows import (
    Captions,
    classify_row,
    find_captions,
    join,
    key_field,
    key_pairs,
    label_with_value,
    merged_key,
    row_label,
    row_rest,
    text_at,
)

# Where the rows of a long-term indicator block are kept, as lines, in the project fields.
LONG_TERM_FIELD = "中长期绩效指标"


def to_document_record(src: SourceDocument, *, file_name: str) -> DocumentRecord:
    """The entry point: only chains the named steps."""
    projects = rows_to_projects(src)
    if not projects:
        raise NoProjects(_no_projects_reason(src))
    unit_name = find_unit_name(src, file_name)
    name_whole_department(projects, unit_name)
    _check_names(projects)
    paragraphs = [b for b in src.blocks if isinstance(b, Paragraph)]
    year = find_year(src, file_name)
    return DocumentRecord(
        format=src.format,
        unit_name=unit_name,
        year=year if year is not None else guess_year(src),
        year_guessed=year is None,
        sections=narrative_sections(paragraphs),
        projects=projects,
        pages=src.pages,
        warnings=list(src.warnings),
    )


# --- the state machine ----------------------------------------------------------------


def rows_to_projects(src: SourceDocument) -> list[ProjectRecord]:
    st = LayoutState()
    for block in src.blocks:
        if isinstance(block, Paragraph):
            _on_paragraph(st, block)
        else:
            _on_table(st, block)
    for p in st.projects:
        if p.budget_unit_hint is None and id(p) in st.unit_notes:
            p.budget_unit_hint = st.unit_notes[id(p)]
    projects = [
        p for p in st.projects
        if (p.name or p.indicators or p.budget_text) and not is_unit_total(st, p)
    ]
    for i, p in enumerate(projects, 1):
        p.seq = i
        if p.name is None and p.heading:
            p.name = p.heading
    return projects


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
        where = Where(table=table.index, row=row.index, page=row.page)
        kind = classify_row(row)
        if kind in ("keys", "data") and st.captions is not None and _on_caption_values(st, row):
            continue
        if kind == "keys" and st.in_indicators and not _exact_key(row):
            kind = "data"  # an indicator whose first cell only starts like a key label
        if kind == "blank":
            continue
        if kind == "title":
            _on_title(st, row)
        elif kind == "header":
            _on_header(st, row, where)
        elif kind == "captions":
            _on_captions(st, row, where)
        elif kind == "trailer":
            _on_trailer(st, row)
        elif kind == "keys":
            _on_keys(st, row, where)
        elif st.in_indicators and st.header is not None:
            _on_indicator_row(st, row, where)
        else:
            _on_loose_row(st, row)


def _exact_key(row: Row) -> bool:
    label = row_label(row)
    return key_field(vocab.clean_label(label), exact=True) is not None or (
        label_with_value(label) is not None
    )


def _on_title(st: LayoutState, row: Row) -> None:
    if st.current is not None and (st.in_indicators or st.current.name):
        st.current = None
    if st.header is not None and st.header.is_wide:
        st.header, st.in_indicators = None, False
    st.pending_title = row_label(row)


def _on_trailer(st: LayoutState, row: Row) -> None:
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


# --- key-value rows and captions ---------------------------------------------------------


def _on_keys(st: LayoutState, row: Row, where: Where) -> None:
    note_unit = None
    for c in row.cells:
        table_note = vocab.AMOUNT_UNIT_NOTE_RE.match(c.text)
        if table_note:  # 金额单位：元 in a cell: for this project and the rest of the table
            st.table_unit_note = table_note.group(1)
            if st.current is not None:
                st.unit_notes[id(st.current)] = table_note.group(1)
            continue
        n = vocab.label_note(c.text) if len(c.text) <= 24 else None
        if n and "元" in n:
            note_unit = n
    pairs = key_pairs(row)
    if not pairs:
        continued = merged_key(row)
        if continued is not None and st.current is not None:
            _continue_key(st.current, continued, row)
        return
    for fld, label, value in pairs:
        p = st.project_for_keys(where, fld)
        st.in_indicators = False
        st.last_key = fld
        if note_unit and p.budget_unit_hint is None:
            p.budget_unit_hint = note_unit
        _set_key(p, fld, label, value)


def _set_key(p: ProjectRecord, fld: str, label: str, value: str) -> None:
    v = value.strip() or None
    if fld == "name":
        p.name = v
    elif fld == "code":
        p.code = v
    elif fld == "budget_text":
        p.budget_text = v
    elif fld == "budget":
        if v and p.budget_raw is None:
            p.budget_raw = v
    elif fld == "funding":
        if v:
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
    if not rest:
        return
    if fld == "goals":
        p.goals_text = join([t for t in (p.goals_text, rest) if t])
    elif fld != "spend_plan":
        label = next(w for w in vocab.KEY_LABELS.get(fld, (fld,)))
        p.fields[label] = join([t for t in (p.fields.get(label), rest) if t])


def _on_captions(st: LayoutState, row: Row, where: Where) -> None:
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


def _on_caption_values(st: LayoutState, row: Row) -> bool:
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
    if not any(texts):
        return False
    st.captions = None
    if caps.kind == "quarters":
        p.spend_plan_raw = texts
    else:
        for cap, text in zip(caps.columns, texts, strict=True):
            if text and cap.text in vocab.GOALS_FROM_CAPTIONS:
                p.goals_text = join([t for t in (p.goals_text, text) if t])
            elif text:
                p.fields[cap.text] = text
    return True


def _on_money_row(st: LayoutState, p: ProjectRecord, caps: Captions, row: Row) -> bool:
    """A funding line under 年初预算数 | 全年预算数 | 全年执行数 …: the preferred column is
    its amount; the 年度资金总额 line is the budget; other columns are kept as fields."""
    first_col = caps.columns[0].col
    labels = [c for c in row.cells if c.col < first_col and c.text.strip() and not c.merged_above]
    label = labels[-1].text.strip() if labels else ""
    fld = key_field(vocab.clean_label(label)) if label else None
    if not label or fld not in (None, "budget", "funding"):
        st.captions = None
        return False
    amounts = {c.text: text_at(row, c.col, c.end) for c in caps.columns}
    amount = next((amounts[w] for w in vocab.MONEY_PREFERRED if amounts.get(w)), "")
    clean = vocab.clean_label(label)
    if fld == "budget" or (fld is None and "总额" in clean):
        if amount and p.budget_raw is None:
            p.budget_raw = amount
    elif amount:
        p.funding.append(FundingLine(label, amount))
    for cap, text in amounts.items():
        if text and text not in vocab.PLACEHOLDERS:
            p.fields[f"{clean}·{cap}"] = text
    return True


def _on_loose_row(st: LayoutState, row: Row) -> None:
    """A row outside the indicators that is not a key row: a goal text continued on its
    own row, or a block label (长期绩效指标) on a row of its own."""
    m = header_match(row_label(row), fuzzy=False)
    if m is not None and m.field == "block":
        st.block_label = row_label(row)
        return
    p = st.current
    rest = row_rest(row)
    if p is not None and st.last_key == "goals" and rest:
        p.goals_text = join([t for t in (p.goals_text, rest) if t])


# --- the indicator block -----------------------------------------------------------------


def _on_header(st: LayoutState, row: Row, where: Where) -> None:
    hm = map_header(row, long_term_cols=st.long_term_cols)
    assert hm is not None
    st.long_term_cols = frozenset()
    st.captions = None
    block = hm.column("block")
    if block is not None:  # else a label on a row of its own above still holds
        st.block_label = block.label
    if hm.is_wide:  # projects start from the rows themselves
        st.current = None
        st.pending_heading = None
    elif st.current is None or st.pending_heading is not None:
        st.start_project(where)
    # else: a header repeated after a page or table break: the same project goes on
    st.header = hm
    st.in_indicators = True
    if st.current is not None and "actual" in hm.fields:
        st.current.is_self_evaluation = True


def _on_indicator_row(st: LayoutState, row: Row, where: Where) -> None:
    assert st.header is not None
    values = st.header.read(row)
    if values is None:
        if len(row.cells) == 1:
            _on_loose_row(st, row)
        return
    if st.header.is_wide and not wide_row_project(st, values, where):
        return
    if st.current is None:
        return
    block = values.fields.pop("block", None) or st.block_label
    if block and any(w in vocab.clean_label(block) for w in vocab.LONG_TERM_WORDS):
        _keep_long_term(st.current, values)
        return
    rec = _indicator(st, values, where)
    if is_record(rec):
        st.current.indicators.append(rec)


def _indicator(st: LayoutState, values: RowValues, where: Where) -> IndicatorRecord:
    f = values.fields
    l1, l2 = f.get("level1"), f.get("level2")
    if l1:
        if l1 != st.level1:
            st.level2 = None
        st.level1 = l1
    if l2:
        st.level2 = l2
    extra = {k: v for k, v in values.extra.items() if k not in project_side_labels(st.header)}
    standard = st.header.column("standard") if st.header is not None else None
    if standard is not None and f.get("standard"):
        extra[standard.label] = f["standard"]
    return IndicatorRecord(
        level1=st.level1,
        level2=st.level2,
        level3=f.get("level3"),
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
        extra=extra,
    )


def is_record(rec: IndicatorRecord) -> bool:
    """INTERFACE.md: a row is a record when it has a 三级指标, a 描述 or a real 指标值."""
    if rec.level3 or rec.description:
        return True
    return bool(rec.value_raw) and rec.value_raw not in vocab.PLACEHOLDERS


def _keep_long_term(p: ProjectRecord, values: RowValues) -> None:
    """A row of a long-term (中长期) indicator block: not a record, kept as a line."""
    texts = [t for k, t in values.fields.items() if not k.startswith(FUNDING)]
    if texts:
        p.fields[LONG_TERM_FIELD] = join(
            [t for t in (p.fields.get(LONG_TERM_FIELD), " | ".join(texts)) if t]
        )


# --- after the rows ------------------------------------------------------------------------


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
    "pdf": "jixiao finds PDF tables by their ruled lines; a table drawn without vertical "
    "lines, or a scan, is not read: ask for the .docx or .xlsx",
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
