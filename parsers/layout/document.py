"""Any `SourceDocument` → projects and indicators, by meaning: the entry, as named steps.

The one place that knows what a 项目绩效目标表 looks like, in all its templates.  Readers
give grids of logical cells; the layout walks paragraphs and rows in document order:

    rows.classify_row  → title | header | captions | trailer | keys | data | blank
    walk.walk_blocks   → a small state machine (`state.LayoutState`) over those kinds,
                         one handler each (`walk.HANDLERS`):
        keys           fill the current project (项目名称, 预算数, 资金来源 …)   keys
        captions       column titles whose values come in the rows below (quarters,
                       预期目标 | 实际完成情况, 年初预算数 | 全年预算数 …)        keys
        header         starts the indicator block (header.map_header: columns by meaning)
        data           an indicator, 一级/二级 filled down               indicators;
                       on a wide sheet, also the project's own cells (项目名称 merged
                       down beside its rows)                                  wide
        title, a heading or a new 项目名称 starts the next project; a table that goes on
        after a page break continues it; trailer rows (审核意见) end the indicators
    after the rows     → 部门整体 tables named after their unit; every project named
    docfields          → narrative sections, unit name, year
    prose              targets written as prose (一、产出指标 / 数量指标:…>=17600株;…), where
                       no table holds any: read as the table a clerk would have filled
    traditional        a document in traditional characters is read as simplified and
                       its record restored as written

Vocabulary (labels, header words) lives in `jixiao.vocab.labels`, not here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from operator import attrgetter

from jixiao.errors import NoProjects
from jixiao.hanzi import simplified
from jixiao.parsers.grid import Paragraph, Row, SourceDocument, Table
from jixiao.parsers.layout.docfields import (
    UnitAndYear,
    find_unit_name,
    find_year,
    guess_year,
    narrative_sections,
    unit_and_year,
)
from jixiao.parsers.layout.key_lines import key_lines_as_rows
from jixiao.parsers.layout.prose import cover_as_table, notice_as_table, prose_as_table
from jixiao.parsers.layout.rows import key_field, label_with_value
from jixiao.parsers.layout.state import LayoutState
from jixiao.parsers.layout.traditional import simplified_twin
from jixiao.parsers.layout.walk import walk_blocks
from jixiao.parsers.layout.wide import is_unit_total
from jixiao.parsers.records import DocumentRecord, IndicatorRecord, ProjectRecord
from jixiao.vocab import labels as vocab


def to_document_record(src: SourceDocument, *, file_name: str) -> DocumentRecord:
    """The entry point: only chains the named steps."""
    twin = simplified_twin(src, file_name)
    if twin is None:
        return _read(src, file_name)
    simple, restorer = twin
    return restorer.restore(_read(simple, simplified(file_name)))


def _read(src: SourceDocument, file_name: str) -> DocumentRecord:
    src = key_lines_as_rows(src)  # 项目名称：… / 主管部门：… typed above the form's table
    projects = rows_to_projects(src)
    if not any(p.indicators for p in projects) and (
        prose := prose_as_table(src, file_name)
    ) is not None:  # targets written as prose under 一、产出指标 …: read as their table
        src, projects = prose, rows_to_projects(prose)
    if not projects and (notice := notice_as_table(src, file_name)) is not None:
        src, projects = notice, rows_to_projects(notice)  # 一、立项依据 … 四、绩效目标 and no table
    if not projects and (cover := cover_as_table(src)) is not None:
        src, projects = cover, rows_to_projects(cover)  # 项目名称 防尘洗护费 on a report's cover
    _amount_unit_from_text(projects, src)
    _name_from_notice(projects, src)
    _name_from_report(projects, src)
    _name_from_a_key_line(projects, src)
    _budget_from_text(projects, src)
    if not projects:
        raise NoProjects(_no_projects_reason(src))
    unit_name = find_unit_name(src, file_name)
    name_whole_department(projects, unit_name)
    paragraphs = [b for b in src.blocks if isinstance(b, Paragraph)]
    stated = UnitAndYear(unit_name, find_year(src, file_name))
    warnings = [*src.warnings, *_nameless(projects)]
    if unit_name is None:
        warnings.append("no cell, heading or file name names the submitting unit: the folder "
                        "names it, or `jixiao ingest --unit`, else it stays empty")
    place = unit_and_year(document=stated, guess_year=lambda: guess_year(src))
    return DocumentRecord(
        format=src.format,
        unit_name=place.unit,
        year=place.year,
        year_guessed=stated.year is None,
        sections=narrative_sections(paragraphs),
        projects=projects,
        pages=src.pages,
        warnings=warnings,
    )


def rows_to_projects(src: SourceDocument) -> list[ProjectRecord]:
    st = LayoutState()
    walk_blocks(st, src)
    _apply_unit_notes(st)
    projects = _number_and_name(_kept_projects(st, _join_trailing_keys(st.projects)))
    for p in projects:
        p.indicators = _said_once(p.indicators)
    return projects


# --- after the rows ------------------------------------------------------------------------


_SAID = attrgetter("level1", "level2", "level3", "description", "value_raw", "basis", "op_raw",
                   "unit_raw", "weight_raw", "actual_raw", "score_raw", "deviation")


def _said_once(indicators: list[IndicatorRecord]) -> list[IndicatorRecord]:
    """An indicator that says again, field for field, what the one before it said is that
    one: a merged cell's rows written out again in a table filled where it was merged, or
    in its text export, which keeps each row's repeat (检验检疫's 是否有利于… | 是 beside
    its data items ① ② ③, a row each).  Its other columns (the data item) stay the
    first's."""
    kept: list[IndicatorRecord] = []
    for i in indicators:
        if kept and _SAID(kept[-1]) == _SAID(i):
            continue
        kept.append(i)
    return kept


def _apply_unit_notes(st: LayoutState) -> None:
    """单位：万元 above a table holds for its projects where no label said the unit."""
    for p in st.projects:
        if p.budget_unit_hint is None and id(p) in st.unit_notes:
            p.budget_unit_hint = st.unit_notes[id(p)]


def _amount_unit_from_text(projects: list[ProjectRecord], src: SourceDocument) -> None:
    """A bare total (资金总额 | 500) whose unit no label or note states, in a document that
    states the same amount with its unit, in its text (现将产业建设资金500万元下达你们), in
    a table's column headed with the unit (分配金额(万元) over its 合计 2430.3) or in a
    table under a unit's note (单位:万元 over 附件1's allocation, 15 to the one library):
    that unit.  Where the total is left blank, its sources' bare amounts (其中:中央补助 |
    50.29, the notice's 一般公共预算资金50.29万元) say it the same way.  Where the document
    states no such amount but says one unit and no other (单位:万元 over its allocation
    table, and no amount in its text with another unit), the bare total is in that unit
    too: a 财政局's letter whose 区域绩效目标表 lost its 资金情况(万元)'s unit.  (An amount
    in the text alone says no unit for the tables: 现将补助资金134.39万元下达 does not make
    其中:中央补助 | 50.29 万元.)"""
    # the document's stated amounts are read when first needed (most totals state their
    # unit, and no project asks)
    stated: list[tuple[Decimal, str]] | None = None
    for p in projects:
        amounts = _bare_amounts(p)
        if p.budget_unit_hint is not None or not amounts:
            continue
        if stated is None:
            stated = _stated_amounts(src)
        per_amount = [{unit for a, unit in stated if a == amount} for amount in amounts]
        units = set().union(*per_amount)
        if all(per_amount) and len(units) == 1:
            p.budget_unit_hint = units.pop()
        elif not units and len(notes := _unit_notes(src)) == 1 and (
                {unit for _a, unit in stated} <= notes):
            p.budget_unit_hint = notes.pop()


def _bare_amounts(p: ProjectRecord) -> list[Decimal]:
    """The total as written when it is a bare number; with no total written, the funding
    lines' amounts when every one written is bare; else none."""
    raw = (p.budget_raw or "").strip()
    if raw:
        return [Decimal(raw)] if _BARE_NUMBER.fullmatch(raw) else []
    lines = [f.amount_raw.strip() for f in p.funding if f.amount_raw.strip()]
    if lines and all(_BARE_NUMBER.fullmatch(x) for x in lines):
        return [Decimal(x) for x in lines]
    return []


def _name_from_notice(projects: list[ProjectRecord], src: SourceDocument) -> None:
    """The one project no cell, heading or title names, in a notice that says what it
    allocates (关于下达…奖励资金的通知): that is its name."""
    nameless = _only_nameless(projects)
    if nameless is None:
        return
    subjects = {m.group("subject") for p in src.paragraphs[:8]
                if (m := vocab.NOTICE_SUBJECT_RE.search(p.text.strip()))}
    if len(subjects) == 1:
        nameless.name = subjects.pop()


def _name_from_report(projects: list[ProjectRecord], src: SourceDocument) -> None:
    """The one project no cell, heading, title or notice names, where the report's text
    names it, always the same (该双心及文明城市创建专项资金项目于2020年初…)."""
    nameless = _only_nameless(projects)
    if nameless is None:
        return
    named = {m.group("name") for m in vocab.PROJECT_NAMED_IN_TEXT_RE.finditer(_running(src))}
    if len(named) == 1:
        nameless.name = named.pop()


def _name_from_a_key_line(projects: list[ProjectRecord], src: SourceDocument) -> None:
    """The one nameless project, where the lines outside the tables name it with its label,
    always the same (项目名称:海南宏观经济形势分析… on the report's cover and above its
    项目绩效目标表, whose cells name no project)."""
    nameless = _only_nameless(projects)
    if nameless is None:
        return
    named = [pair[2] for b in src.blocks if isinstance(b, Paragraph)
             if (pair := label_with_value(b.text.strip())) is not None and pair[0] == "name"]
    same = {_YEAR_OR_YEARS.sub(r"\1年", n) for n in named}
    if named and (len(same) == 1 or (len(same) == 2 and _one_apart(*same))):
        nameless.name = named[0]  # (2017年… on the cover, 2017年度… above the table: the first;
        # a scan's slip in one, …配套项1 for …配套项目, does not make them two names)


def _one_apart(a: str, b: str) -> bool:
    """Two texts of one length that differ in one character, not at the start."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1 and (
        a[0] == b[0])


# A year written 2017年 or 2017年度 in a name: the same year
_YEAR_OR_YEARS = re.compile(r"(\d{4})年度?")


def _only_nameless(projects: list[ProjectRecord]) -> ProjectRecord | None:
    """The document's one project, where it has no name yet and is no 部门整体 table."""
    if len(projects) == 1 and not projects[0].name and projects[0].kind != "整体":
        return projects[0]
    return None


def _budget_from_text(projects: list[ProjectRecord], src: SourceDocument) -> None:
    """The one project's budget, where no cell states one and the text around the table
    does, always the same amount (批复下达预算资金10万元, 实际下达预算2596万元: a
    self-evaluation report's table and the paragraphs that tell its money)."""
    if len(projects) != 1 or projects[0].budget_raw is not None:
        return
    stated = {(m.group("amount"), m.group("unit"))
              for m in vocab.BUDGET_STATED_RE.finditer(_running(src))}
    if len(stated) == 1:
        amount, unit = stated.pop()
        projects[0].budget_raw, projects[0].budget_label = amount + unit, "预算"


def _running(src: SourceDocument) -> str:
    """The document's paragraphs as one running text: a sentence a scan's page broke into
    a paragraph a line (批复下达预算 / 资金10万元。) is whole again; the patterns asked of
    it stop at a sentence's end.  A sentence written across a whole table's row (a web
    page's paragraphs pasted into a sheet with its table, a note under a form) is text
    too, after the paragraphs, each ended."""
    lines = [c.text.strip() for b in src.blocks if isinstance(b, Table) and b.ncols >= 2
             for r in b.rows if len(r.cells) == 1
             and (c := r.cells[0]).colspan == b.ncols and not c.merged_above]
    return "".join(p.text.strip() for p in src.paragraphs) + "".join(
        f"{t}。" for t in lines if len(t) >= _SENTENCE_CHARS)


_SENTENCE_CHARS = 12  # a row's text shorter is a caption (一、基本情况), no sentence


def _stated_amounts(src: SourceDocument) -> list[tuple[Decimal, str]]:
    out = [(Decimal(m.group(1)), m.group(2))
           for p in src.paragraphs for m in _AMOUNT_WITH_UNIT.finditer(p.text)]
    note: str | None = None  # 单位:万元 in a line of its own, for the table below it
    for block in src.blocks:
        if isinstance(block, Paragraph):
            note = _money_note(block.text) or note
            continue
        units: dict[int, str] = {}  # grid column → the unit its header states
        last = block.ncols - 1
        for row in block.rows:
            if _opens_with_the_name_label(row):
                units = {}  # a form of its own below the last (a sheet's forms one under
                # the other): the last one's column units are not its own
            for c in row.cells:
                text = c.text.strip()
                # (a money unit's note names 元: most cells are not asked)
                label = vocab.label_note(text) if len(text) <= 24 and "元" in text else None
                if label in _MONEY_UNITS:
                    units[c.col] = label
                    continue
                if not _BARE_NUMBER.fullmatch(text) or c.merged_above:
                    continue
                unit = units.get(c.col)
                if unit is None and c is row.cells[-1] and c.end <= last:
                    # a short row's last figure is the last column's (合计 | 2430.3: a text
                    # export writes a cell spanning columns once, so its row has fewer cells)
                    unit = units.get(last)
                if unit := unit or (note if c.col else None):  # (the first column: 序号)
                    out.append((Decimal(text), unit))
        note = None
    return out


def _opens_with_the_name_label(row: Row) -> bool:
    """The row opens with the label that names a form's project (项目名称 | …): asked of
    every row of a table, by its first cell alone, where `rows.names_the_project` would
    classify each."""
    first = next((c.text for c in row.own()), "")
    return len(first) <= 12 and key_field(vocab.clean_label(first)) == "name"


def _unit_notes(src: SourceDocument) -> set[str]:
    """The money units the document's notes name (单位:万元 in a line of its own)."""
    return {unit for p in src.paragraphs if (unit := _money_note(p.text))}


def _money_note(text: str) -> str | None:
    """The money unit a line that is a unit's note names (单位:万元), else None."""
    m = vocab.AMOUNT_UNIT_NOTE_RE.match(text) if "单位" in text else None
    return m.group(1) if m and m.group(1) in _MONEY_UNITS else None


_AMOUNT_WITH_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(千元|万元|亿元)")
_MONEY_UNITS = frozenset({"千元", "万元", "亿元"})
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


# What a table of key rows may give the project whose indicators came before it
_TRAILING_FIELDS = ("code", "budget_text", "budget_raw", "budget_unit_hint", "budget_label",
                    "purpose", "spend_plan_raw", "goals_text")


def _join_trailing_keys(projects: list[ProjectRecord]) -> list[ProjectRecord]:
    """A nameless table of key rows with no indicators, right after a project's indicators,
    which gives what that project lacks and nothing it has (海南's evaluation report: the
    项目绩效目标表 first, then 项目基本情况 with 计划投资额 and its sources): the rest of that
    project, not one of its own."""
    out: list[ProjectRecord] = []
    for p in projects:
        prev = out[-1] if out else None
        if (prev is not None and prev.indicators and not p.indicators and p.name is None
                and p.budget_raw is not None and _adds_only(prev, p)):
            for name in _TRAILING_FIELDS:
                if getattr(p, name) is not None:
                    setattr(prev, name, getattr(p, name))
            prev.funding = p.funding or prev.funding
            prev.fields = {**p.fields, **prev.fields}
            continue
        out.append(p)
    return out


def _adds_only(prev: ProjectRecord, p: ProjectRecord) -> bool:
    """`p` gives nothing `prev` has (a budget's unit and label go with its amount: a note
    单位:万元 above the first table gives `prev` a unit with no amount)."""
    return not (p.funding and prev.funding) and all(
        getattr(p, name) is None or getattr(prev, name) is None for name in _TRAILING_FIELDS
        if name not in _WITH_THE_BUDGET)


_WITH_THE_BUDGET = frozenset({"budget_unit_hint", "budget_label"})


def _kept_projects(st: LayoutState, projects: list[ProjectRecord]) -> list[ProjectRecord]:
    """Projects with a name, indicators or a budget text, and 部门整体 tables that name
    their unit and state a budget (a page cut off before the indicators); not a wide
    sheet's unit total."""
    return [
        p for p in projects
        if (p.name or p.indicators or p.budget_text or _whole_with_unit_and_budget(p))
        and not is_unit_total(st, p)
    ]


def _whole_with_unit_and_budget(p: ProjectRecord) -> bool:
    """A 部门整体 table with its budget: named after the unit it names, or the document's
    (the page's 来源 line names it where the form does not: 泸县文化广电旅游局's)."""
    return p.kind == "整体" and p.budget_raw is not None and any(map(str.isdigit, p.budget_raw))
    # (a header read as keys gives words: 资金总额 | 按收入性质分 over the sources)


def _number_and_name(projects: list[ProjectRecord]) -> list[ProjectRecord]:
    """Number the kept projects from 1; a nameless one takes its heading's name."""
    for i, p in enumerate(projects, 1):
        p.seq = i
        if p.name is None and p.heading and p.kind != "整体":
            p.name = p.heading
        if not p.goals_text:  # only a 中长期目标 written: that is what the project aims at
            p.goals_text = next((p.fields[k] for k in _LONG_GOALS if p.fields.get(k)), None)
        coded = _CODE_THEN_NAME.match(p.name or "")
        if coded and p.code is None:  # 项目名称 | 51000021R000000019951-工资性支出
            p.code, p.name = coded.group(1), coded.group(2).strip()
    return projects


_LONG_GOALS = tuple(vocab.clean_label(w) for w in vocab.KEY_LABELS["long_goals"])

# A project code written before the name in one cell: letters and digits, 8 or more.
_CODE_THEN_NAME = re.compile(r"^\s*[\[【]?([0-9A-Za-z]{8,})[\]】]?\s*[-—－_:：\s]\s*(\S.*)$")


def name_whole_department(projects: list[ProjectRecord], unit_name: str | None) -> None:
    """A 部门整体 table names no project: it is named after its unit as the table writes
    it (部门（单位）名称), else the document's unit; with neither, it has no name (its title,
    部门整体支出绩效目标表, is only the kind of table: kept as its 表名)."""
    unit_labels = {vocab.clean_label(w) for w in vocab.KEY_LABELS["unit"]}
    for p in projects:
        if p.kind != "整体" or p.name:
            continue
        from_table = next((v for k, v in p.fields.items() if k in unit_labels and v), None)
        p.name = from_table or unit_name


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
    if _blank_form(src):
        return (
            f"{len(src.tables)} table(s) found, but the form is blank: its 项目名称 is empty and "
            "no indicator row, budget or goal is filled in; send the form as filled"
        )
    reason = (
        f"{len(src.tables)} table(s) found, but none is a project table: no row labelled "
        "项目名称 and no indicator header (一级指标 / 二级指标 / 三级指标 / 指标值); "
    )
    if _read_by_ocr(src):
        return reason + (
            "the table was read by OCR from a scan or photo, and where its ruling lines are "
            "not found (faint or dotted, a fax's low resolution, a crumpled sheet, a photo "
            "that cuts the page) its cells run together: scan the page again flat, at "
            "200-300 dpi, or ask for the .docx or .xlsx"
        )
    return reason + (
        "check that the right file was sent (a 绩效目标表 or 自评表), and that it opens as "
        "expected"
    )


def _read_by_ocr(src: SourceDocument) -> bool:
    """Some table cell of the source was read by OCR (a scan, a photo, a scanned page)."""
    return any(c.ocr is not None for t in src.tables for r in t.rows for c in r.cells)


def _blank_form(src: SourceDocument) -> bool:
    """A table's 项目名称 with nothing beside it (a form nobody filled in), first in its row
    or after a caption merged down the left (项目基本情况 | 项目名称 | | 项目负责人 | )."""
    for table in src.tables:
        for row in table.rows:
            texts = [c.text.strip() for c in row.cells]
            at = next((i for i, t in enumerate(texts)
                       if t and key_field(vocab.clean_label(t), exact=True) == "name"), None)
            if at is not None and at + 1 < len(texts) and not texts[at + 1]:
                return True
    return False


def _nameless(projects: list[ProjectRecord]) -> list[str]:
    """A warning for each project no cell, heading or title names: it is read all the
    same (its name stays empty), so that its indicators are not lost."""
    out = []
    for p in projects:
        if not p.name:
            w = p.where
            at = f" (table {w.table + 1}, row {w.row + 1})" if w else ""
            out.append(f"project {p.seq}{at} has no 项目名称: the cell is blank and no heading "
                       "names the project; its name is left empty")
    return out
