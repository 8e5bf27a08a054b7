"""Which field each OCR reading is the text of: the readings of a scan's cells put beside
the document, project and indicator fields read from them, for `jixiao check` and the
review page of `jixiao serve`.

    indicators      each reading on an indicator (`OCR_KEY` in its extras, `annotate`)
                    gets the field whose text it is (`value_raw`, `level3` …)
    projects        the cells of a project's own rows (from its first row to the next
                    project's, its indicator rows left out) matched to the fields read
                    from them: name, code, budget, funding, purpose, goals, other rows
    document        the unit's name and the year: the cell of a table stating them, else
                    the line outside the tables (a heading) holding them

A field is matched to the cell whose text it is (spaces aside), in the row whose label is
the one the field was read under when one is known; a text joined from several cells
(goals over several rows) gets each of them.  A project's readings, and the document's on
its first project, are a JSON list under `OCR_KEY` in the project's `fields`; each entry
is `reading_dict` plus `target` (document | project | indicator) and `field`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.parsers.grid import Cell, Recognised, Row, SourceDocument
from jixiao.parsers.readers.ocr import OCR_KEY, reading_dict
from jixiao.parsers.records import DocumentRecord, IndicatorRecord, ProjectRecord

# An indicator's fields, in the order a reading's text is tried against them (the value
# first: a cell reading 100% is the value rather than a weight of the same text).
INDICATOR_FIELDS: tuple[str, ...] = (
    "value_raw", "level3", "level2", "level1", "description", "basis", "op_raw", "unit_raw",
    "actual_raw", "weight_raw", "score_raw", "deviation",
)
# An indicator field's name in the store where it differs (the raw weight is `weight`).
STORED_AS: dict[str, str] = {"weight_raw": "weight", "score_raw": "score"}
# A project's fields that are its own columns in the store; the others are its other rows
# (`fields`), named by their label, and a cell that states the document's unit is the
# document's, not also such a row's.
PROJECT_COLUMNS = frozenset({"name", "code", "budget_total_yuan", "budget_text", "purpose",
                             "goals", "funding", "spend_plan"})
# Parts shorter than this are not looked for inside a longer joined text (a "65" would be
# found anywhere).
MIN_PART = 4


@dataclass(frozen=True, slots=True)
class Wanted:
    """A field's text as read, and the label it was read under (None: unknown)."""

    field: str
    text: str | None
    label: str | None = None
    # where no cell holds the text alone: True, a cell holding it among other words
    # (预算单位：某镇人民政府); False, the cells whose texts together make it
    inside: bool = False


def _key(text: str | None) -> str:
    return "".join((text or "").split())


def annotate_fields(record: DocumentRecord, src: SourceDocument) -> None:
    """The entry: only chains the steps."""
    if not any(c.ocr for t in src.tables for r in t.rows for c in r.cells):
        return
    name_indicator_readings(record)
    every_row = [r for t in src.tables for r in t.rows]
    document = [*matched(document_wanted(record), every_row)]
    document += on_lines(record, src.readings, {w.field for w, _r in document})
    taken = {id(r) for _w, r in document}
    for project, rows in project_rows(record, src):
        entries = [_entry("project", w.field, r)
                   for w, r in matched(project_wanted(project), rows)
                   if w.field in PROJECT_COLUMNS or id(r) not in taken]
        _keep(project, entries)
    if record.projects:
        _keep(record.projects[0], [_entry("document", w.field, r) for w, r in document])


def _entry(target: str, field: str, r: Recognised) -> dict[str, object]:
    return {"target": target, "field": field, **reading_dict(r)}


def _keep(project: ProjectRecord, entries: list[dict[str, object]]) -> None:
    if not entries:
        return
    before = json.loads(project.fields.get(OCR_KEY, "[]"))
    project.fields[OCR_KEY] = json.dumps(before + entries, ensure_ascii=False)


# --- indicators --------------------------------------------------------------------------


def name_indicator_readings(record: DocumentRecord) -> None:
    """Each reading on an indicator gets the field whose text it is (None: a cell that
    maps to no field, such as a merged label)."""
    for p in record.projects:
        for ind in p.indicators:
            raw = ind.extra.get(OCR_KEY)
            if raw is None:
                continue
            cells = json.loads(raw)
            for c in cells:
                c["target"], c["field"] = "indicator", indicator_field(ind, c["text"])
            ind.extra[OCR_KEY] = json.dumps(cells, ensure_ascii=False)


def indicator_field(ind: IndicatorRecord, text: str) -> str | None:
    key = _key(text)
    for name in INDICATOR_FIELDS:
        if key and _key(getattr(ind, name)) == key:
            return STORED_AS.get(name, name)
    return None


# --- projects and the document -----------------------------------------------------------


def project_rows(record: DocumentRecord, src: SourceDocument
                 ) -> Iterator[tuple[ProjectRecord, list[Row]]]:
    """Each project with the rows of its own fields: from its first row to the next
    project's first row, its indicator rows left out."""
    tables = src.tables
    starts = [(p.where.table, p.where.row, p) for p in record.projects if p.where is not None]
    starts.sort(key=lambda s: (s[0], s[1]))
    for n, (table, row, p) in enumerate(starts):
        end = starts[n + 1][:2] if n + 1 < len(starts) else (len(tables), 0)
        indicator_rows = {(i.where.table, i.where.row) for i in p.indicators}
        rows = [r for t in range(table, min(end[0] + 1, len(tables)))
                for r in tables[t].rows
                if (table, row) <= (t, r.index) < end and (t, r.index) not in indicator_rows]
        yield p, rows


def project_wanted(p: ProjectRecord) -> list[Wanted]:
    """The project's fields as read, named as the store names them."""
    wanted = [
        Wanted("name", p.name), Wanted("code", p.code),
        Wanted("budget_total_yuan", p.budget_raw, p.budget_label),
        Wanted("budget_text", p.budget_text), Wanted("purpose", p.purpose),
        Wanted("goals", p.goals_text),
        *(Wanted("funding", f.amount_raw, f.source) for f in p.funding),
        *(Wanted("spend_plan", q) for q in p.spend_plan_raw or []),
        *(Wanted(label, value, label) for label, value in p.fields.items() if label != OCR_KEY),
    ]
    return [w for w in wanted if _key(w.text)]


def document_wanted(record: DocumentRecord) -> list[Wanted]:
    wanted = [Wanted("unit_name", record.unit_name, inside=True)]
    if record.year is not None and not record.year_guessed:
        wanted += [Wanted("year", f"{record.year}{tail}") for tail in ("年度", "年", "")]
    return [w for w in wanted if _key(w.text)]


def on_lines(record: DocumentRecord, lines: list[Recognised], found: set[str]
             ) -> list[tuple[Wanted, Recognised]]:
    """The unit and the year where no cell states them: the first line outside the tables
    holding them (a heading, 预算单位：… above the table)."""
    wanted = [Wanted("unit_name", record.unit_name)]
    if record.year is not None and not record.year_guessed:
        wanted.append(Wanted("year", f"{record.year}年"))
    out = []
    for w in wanted:
        key = _key(w.text)
        line = next((r for r in lines if key and key in _key(r.text)), None)
        if w.field not in found and line is not None:
            out.append((w, line))
    return out


def matched(wanted: list[Wanted], rows: list[Row]) -> Iterator[tuple[Wanted, Recognised]]:
    """Each wanted field with the reading of the cell(s) holding its text; a cell is
    given to one field only."""
    used: set[int] = set()
    done: set[str] = set()
    for w in wanted:
        if w.field in done and w.field == "year":
            continue
        cells = _cells_of(w, rows, used)
        for cell in cells:
            assert cell.ocr is not None
            used.add(id(cell.ocr))
            done.add(w.field)
            yield w, cell.ocr


def _cells_of(w: Wanted, rows: list[Row], used: set[int]) -> list[Cell]:
    """The cell whose text is the field's (after its label, when the label is known),
    else the cell holding it among other words or the cells whose texts together make it
    (`Wanted.inside`)."""
    key = _key(w.text)
    read = [(row, c) for row in rows for c in row.cells
            if c.ocr is not None and not c.merged_above and id(c.ocr) not in used]
    same = [(row, c) for row, c in read if _key(c.text) == key]
    if w.label is not None:
        labelled = [(row, c) for row, c in same if _after_label(row, c, _key(w.label))]
        same = labelled or same
    if same:
        return [same[0][1]]
    if w.inside:
        return [c for _row, c in read if key in _key(c.text)][:1]
    if len(key) < MIN_PART:
        return []
    parts = [c for _row, c in read if len(_key(c.text)) >= MIN_PART and _key(c.text) in key]
    return parts if sum(len(_key(c.text)) for c in parts) >= len(key) // 2 else []


def _after_label(row: Row, cell: Cell, label: str) -> bool:
    return any(_key(c.text) == label and c.col < cell.col for c in row.cells)
