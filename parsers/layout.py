"""Any `SourceDocument` → projects and indicators, by meaning.

The one place that knows what a 项目绩效目标表 looks like.  Readers give grids of logical
cells; this module walks paragraphs and rows in document order and:

    classify_row      → title | header | quarters | keys | trailer | data | blank
    rows_to_projects  → a small state machine: key-value rows fill a project, a header
                        row starts its indicators, data rows become indicators with
                        一级/二级 filled down, a heading or a new 项目名称 starts the next
                        project, a table that goes on after a page break continues it
    narrative_sections, find_unit_name, find_year → the document's own fields

Vocabulary (labels, header words) lives in `parsers.vocab`, not here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from parsers import vocab
from parsers.errors import NoProjects
from parsers.grid import Cell, Paragraph, Row, SourceDocument, Table
from parsers.header import HeaderMap, map_header
from parsers.records import (
    DocumentRecord,
    FundingLine,
    IndicatorRecord,
    ProjectRecord,
    Section,
    Where,
)

RowKind = Literal["blank", "title", "header", "quarters", "keys", "trailer", "data"]


def to_document_record(src: SourceDocument, *, file_name: str) -> DocumentRecord:
    """The entry point: only chains the named steps."""
    projects = rows_to_projects(src)
    if not projects:
        raise NoProjects(_no_projects_reason(src))
    _check_names(projects)
    paragraphs = [b for b in src.blocks if isinstance(b, Paragraph)]
    return DocumentRecord(
        format=src.format,
        unit_name=find_unit_name(src, file_name),
        year=find_year(src, file_name),
        sections=narrative_sections(paragraphs),
        projects=projects,
        pages=src.pages,
        warnings=list(src.warnings),
    )


# --- rows ------------------------------------------------------------------------------


def classify_row(row: Row) -> RowKind:
    texts = [c.text.strip() for c in row.cells if not c.merged_above]
    filled = [t for t in texts if t]
    if not filled:
        return "blank"
    if len(filled) == 1 and any(w in filled[0] for w in vocab.TITLE_WORDS):
        return "title"
    if map_header(row) is not None:
        return "header"
    if sum(1 for t in filled if vocab.QUARTER_RE.match(vocab.clean_label(t))) >= 2:
        return "quarters"
    first = vocab.clean_label(row_label(row))
    if first and key_field(first) is not None:
        return "keys"
    if first and any(first.startswith(w) for w in vocab.TRAILER_LABELS):
        return "trailer"
    return "data"


def row_label(row: Row) -> str:
    """The first non-empty cell of a row, merged or not (a label merged down still labels)."""
    for c in row.cells:
        if c.text.strip():
            return c.text.strip()
    return ""


def key_field(label: str) -> str | None:
    """The project field a cleaned key label names, or `funding` for a source line."""
    lab = label.removeprefix("其中")
    for fld, words in vocab.KEY_LABELS.items():
        if lab in words:
            return fld
    if any(w in lab for w in vocab.FUNDING_WORDS) and len(lab) <= 16:
        return "funding"
    for fld, words in vocab.KEY_LABELS.items():
        if any(lab.startswith(w) for w in words if len(w) >= 3):
            return fld
    return None


def key_pairs(row: Row) -> list[tuple[str, str, str]]:
    """(field, label as written, value) for each label cell of a key-value row.

    A row may hold several pairs (项目编码 | … | 项目名称 | …); the value of a label is
    the text of the cells up to the next label.  A label merged down from above (项目资金
    spanning its funding lines) is skipped so that the sub-labels beside it count.
    """
    pairs: list[tuple[str, str, str]] = []
    current: tuple[str, str] | None = None
    values: list[str] = []
    cells = [c for c in row.cells if not (c.merged_above and key_field(vocab.clean_label(c.text)))]
    for c in cells:
        text = c.text.strip()
        fld = key_field(vocab.clean_label(text)) if text and len(text) <= 24 else None
        if fld is not None and not (current and current[0] == "funding" and fld == "funding"
                                    and not values):
            if current:
                pairs.append((current[0], current[1], _join(values)))
            current, values = (fld, text), []
        elif current is not None and text and text not in values:
            values.append(text)
    if current:
        pairs.append((current[0], current[1], _join(values)))
    return pairs


def _join(values: list[str]) -> str:
    return "\n".join(values)


# --- the state machine ----------------------------------------------------------------


@dataclass
class _State:
    projects: list[ProjectRecord] = field(default_factory=list)
    current: ProjectRecord | None = None
    header: HeaderMap | None = None
    in_indicators: bool = False
    pending_heading: str | None = None
    pending_title: str | None = None
    quarters: list[Cell] | None = None
    last_key: str | None = None
    level1: str | None = None
    level2: str | None = None

    def start_project(self, where: Where) -> ProjectRecord:
        p = ProjectRecord(seq=len(self.projects) + 1, name=None, where=where)
        title = " ".join(t for t in (self.pending_heading, self.pending_title) if t)
        p.heading = self.pending_heading
        if any(w in title for w in vocab.WHOLE_DEPARTMENT_WORDS):
            p.kind = "整体"
        if any(w in title for w in vocab.SELF_EVALUATION_WORDS):
            p.is_self_evaluation = True
        self.pending_heading = self.pending_title = None
        self.projects.append(p)
        self.current = p
        self.header = None
        self.in_indicators = False
        self.quarters = None
        self.last_key = None
        self.level1 = self.level2 = None
        return p

    def project_for_keys(self, where: Where, fld: str) -> ProjectRecord:
        p = self.current
        if (
            p is None
            or self.in_indicators
            or self.pending_heading is not None
            or (fld == "name" and p.name is not None)
        ):
            p = self.start_project(where)
        return p


def rows_to_projects(src: SourceDocument) -> list[ProjectRecord]:
    st = _State()
    for block in src.blocks:
        if isinstance(block, Paragraph):
            _on_paragraph(st, block)
        else:
            _on_table(st, block)
    projects = [p for p in st.projects if p.name or p.indicators or p.budget_text]
    for i, p in enumerate(projects, 1):
        p.seq = i
        if p.name is None and p.heading:
            p.name = p.heading
    return projects


def _on_paragraph(st: _State, para: Paragraph) -> None:
    name = table_heading_name(para.text)
    if name is not None:
        st.pending_heading = name or None
        if st.pending_heading is None:
            st.pending_title = para.text.strip()


def table_heading_name(text: str) -> str | None:
    """The project a heading paragraph names ("1. 征地拆迁补偿款项目绩效目标表" →
    征地拆迁补偿款), "" for a heading without a name, None for any other paragraph."""
    t = text.strip()
    if len(t) > 80:
        return None
    m = vocab.TABLE_HEADING_RE.match(t)
    if not m:
        return None
    name = m.group("name").strip(" 　:：")
    name = re.sub(r"^\d{4}年(?:度)?", "", name)
    if any(w in t for w in vocab.WHOLE_DEPARTMENT_WORDS):
        return ""
    return name


def _on_table(st: _State, table: Table) -> None:
    for row in table.rows:
        where = Where(table=table.index, row=row.index, page=row.page)
        kind = classify_row(row)
        if kind == "blank":
            continue
        if kind == "title":
            if st.current is not None and (st.in_indicators or st.current.name):
                st.current = None
            st.pending_title = row_label(row)
        elif kind == "header":
            _on_header(st, row, where)
        elif kind == "quarters":
            p = st.project_for_keys(where, "spend_plan")
            st.quarters = [c for c in row.cells if vocab.QUARTER_RE.match(vocab.clean_label(c.text))]
            st.last_key = "spend_plan"
            p.spend_plan_raw = None
        elif kind == "keys":
            _on_keys(st, row, where)
        elif kind == "trailer":
            st.in_indicators = False
            st.header = None
            if st.current is not None:
                lab = row_label(row)
                st.current.fields[vocab.clean_label(lab)] = _row_rest(row)
        elif st.in_indicators and st.header is not None and st.current is not None:
            _on_indicator_row(st, row, where)
        else:
            _on_loose_row(st, row, where)


def _on_header(st: _State, row: Row, where: Where) -> None:
    hm = map_header(row)
    assert hm is not None
    if st.current is None or st.pending_heading is not None:
        st.start_project(where)
    elif st.in_indicators and st.header is not None and st.current.indicators:
        pass  # a header repeated after a page or table break: same project goes on
    st.header = hm
    st.in_indicators = True
    assert st.current is not None
    if "actual" in hm.fields:
        st.current.is_self_evaluation = True


def _on_keys(st: _State, row: Row, where: Where) -> None:
    note_unit = None
    for c in row.cells:
        n = vocab.label_note(c.text) if len(c.text) <= 24 else None
        if n and "元" in n:
            note_unit = n
    for fld, label, value in key_pairs(row):
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
        p.goals_text = _join([t for t in (p.goals_text, v) if t]) or None
    elif fld == "purpose":
        p.purpose = v
    elif fld == "spend_plan":
        pass  # the label alone; the quarters come in their own row
    elif v:
        p.fields[vocab.clean_label(label)] = v


def _on_loose_row(st: _State, row: Row, where: Where) -> None:
    """A row outside the indicator block that is not a key row: the percentages under
    the quarter header, or a goal text continued on its own row."""
    p = st.current
    if p is None:
        return
    if st.quarters is not None and p.spend_plan_raw is None:
        p.spend_plan_raw = [_cell_at(row, q.col, q.end) for q in st.quarters]
        return
    rest = _row_rest(row)
    if st.last_key == "goals" and rest:
        p.goals_text = _join([t for t in (p.goals_text, rest) if t])


def _row_rest(row: Row) -> str:
    texts: list[str] = []
    for c in row.cells[1:]:
        t = c.text.strip()
        if t and not c.merged_above and t not in texts:
            texts.append(t)
    return _join(texts)


def _cell_at(row: Row, col: int, end: int) -> str:
    for c in row.cells:
        if c.col <= col < c.end or (col <= c.col < end):
            return c.text.strip()
    return ""


def _on_indicator_row(st: _State, row: Row, where: Where) -> None:
    assert st.header is not None and st.current is not None
    values = st.header.read(row)
    if values is None:
        return
    l1, l2 = values.pop("level1", None), values.pop("level2", None)
    if l1:
        if l1 != st.level1:
            st.level2 = None
        st.level1 = l1
    if l2:
        st.level2 = l2
    extras = values.pop("__extra__", {})
    rec = IndicatorRecord(
        level1=st.level1,
        level2=st.level2,
        level3=values.get("level3"),
        description=values.get("description"),
        value_raw=values.get("value"),
        basis=values.get("basis"),
        where=where,
        op_raw=values.get("op"),
        unit_raw=values.get("unit"),
        weight_raw=values.get("weight"),
        actual_raw=values.get("actual"),
        score_raw=values.get("score"),
        deviation=values.get("deviation"),
        extra=dict(extras) if isinstance(extras, dict) else {},
    )
    if is_record(rec):
        st.current.indicators.append(rec)


def is_record(rec: IndicatorRecord) -> bool:
    """INTERFACE.md: a row is a record when it has a 三级指标, a 描述 or a real 指标值."""
    if rec.level3 or rec.description:
        return True
    return bool(rec.value_raw) and rec.value_raw not in vocab.PLACEHOLDERS


# --- document fields --------------------------------------------------------------------


def narrative_sections(paragraphs: list[Paragraph]) -> list[Section]:
    """Headings (一、… 第一部分 …) with the text under them; table headings left out."""
    sections: list[Section] = []
    heading: str | None = None
    page: int | None = None
    body: list[str] = []

    def flush() -> None:
        if heading is not None and body:
            sections.append(Section(heading, "\n".join(body), page))

    for p in paragraphs:
        t = p.text.strip()
        if not t or table_heading_name(t) is not None:
            continue
        if _is_section_heading(t):
            flush()
            heading, page, body = t, p.page, []
        else:
            if heading is None:
                heading, page = "", p.page
            body.append(t)
    flush()
    return sections


def _is_section_heading(t: str) -> bool:
    if vocab.SECTION_HEADING_RE.match(t) and len(t) <= 40 and not t.endswith("。"):
        return True
    return len(t) <= 20 and not re.search(r"[。，；;,]", t)


def find_unit_name(src: SourceDocument, file_name: str) -> str | None:
    """The submitting unit: a labelled cell, a heading, the file name, or the text."""
    for t in src.tables:
        for row in t.rows[:12]:
            if classify_row(row) == "keys":
                for fld, _label, value in key_pairs(row):
                    if fld == "unit" and value.strip():
                        return _unit_from_text(value.strip()) or value.strip()
    heads = [p.text for p in src.paragraphs[:12] if len(p.text) <= 60]
    for h in heads:
        u = _unit_from_text(h)
        if u:
            return u
    u = _unit_from_text(re.sub(r"[_\-\s.]", " ", file_name.rsplit(".", 1)[0]))
    if u:
        return u
    return _most_mentioned_unit(src)


_UNIT_RE = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(?:" + "|".join(vocab.UNIT_SUFFIXES) + r"))"
    r"(?=\s*(?:20\d{2}|本级|部门|单位|年度|预算|项目|整体|绩效|$|[\s_]))"
)


def _unit_from_text(text: str) -> str | None:
    m = _UNIT_RE.search(text)
    if not m:
        return None
    name = m.group(1)
    if name[0] in vocab.NOT_UNIT_PREFIXES or len(name) < 3:
        return None
    return name


def _most_mentioned_unit(src: SourceDocument) -> str | None:
    """The 镇/乡/街道 the text mentions most often (a township rarely names itself)."""
    counts: Counter[str] = Counter()
    for text in _all_texts(src):
        for m in re.finditer(r"([\u4e00-\u9fff]{1,4})(镇|乡|街道)", text):
            stem = m.group(1)
            for k in range(len(stem)):
                cand = stem[k:] + m.group(2)
                if len(cand) >= 3 and cand[0] not in vocab.NOT_UNIT_PREFIXES:
                    counts[cand] += 1
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    # the longest candidate that is mentioned as often as the best
    return max((c for c, n in counts.items() if n == best), key=len)


def _all_texts(src: SourceDocument) -> Iterator[str]:
    for b in src.blocks:
        if isinstance(b, Paragraph):
            yield b.text
        else:
            for r in b.rows:
                for c in r.cells:
                    if not c.merged_above:
                        yield c.text


def find_year(src: SourceDocument, file_name: str) -> int | None:
    """The budget year: a heading's 20xx年, else the file name, else the year most written."""
    for p in src.paragraphs[:12]:
        m = vocab.YEAR_RE.search(p.text)
        if m and len(p.text) <= 60:
            return int(m.group(1))
    m = vocab.FILE_YEAR_RE.search(file_name)
    if m:
        return int(m.group(1))
    counts = Counter(int(m.group(1)) for t in _all_texts(src) for m in vocab.YEAR_RE.finditer(t))
    return counts.most_common(1)[0][0] if counts else None


# --- errors ------------------------------------------------------------------------------


def _no_projects_reason(src: SourceDocument) -> str:
    if not src.tables:
        return (
            "no table found: the file has text but no 项目绩效目标表; check that the right "
            "file was sent (a text export needs TAB-separated cells)"
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
