"""What an analyst should look at in a scan: every cell read by OCR with low confidence
or changed by the domain correction, with where it is on the page, what the engine read,
what was kept, and the `jixiao correct` command that confirms or fixes it.

The readings are stored beside the fields read from them (`jixiao.parsers.readers.ocr`):
an indicator's in its extras, a project's and the document's in the project's `fields`
(the document's on its first project), each naming its target and field.  `readings`
turns them back into rows with their target; `jixiao check` lists the flagged ones
(`checks.check_scanned_values`) and the review page of `jixiao serve` shows them
(`review_rows`).  A reading whose field an analyst has corrected since (or confirmed: a
correction to the same value) is reviewed: `check` no longer lists it and the review
page shows the analyst's value.  Only reads.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jixiao import fields
from jixiao.parsers.readers.ocr import OCR_KEY
from jixiao.store.db.corrections import CORRECTABLE, row_id
from jixiao.store.db.models import Correction, Document, Indicator, Project

# A cell of a scan read by OCR with less confidence than this is listed for a look.
OCR_LOW_CONFIDENCE = 0.85
# The reasons the review's command lines give, for the analyst to keep or reword.
CONFIRM_REASON = "对照扫描件核对无误"
FIX_REASON = "对照扫描件更正"
FIX_PLACEHOLDER = "正确的值"  # the value in the command line that fixes a cell
# The formats a document read by OCR is stored as (a scan's pages are a PDF's or images).
SCANNED_FORMATS = ("pdf", "image")
_TABLES: dict[str, fields.Fields] = {
    "document": fields.DOCUMENT, "project": fields.PROJECT, "indicator": fields.INDICATOR}


@dataclass(frozen=True)
class Reading:
    """One cell of a scan as OCR read it, and the field of the row read from it."""

    document: Document
    project: Project | None
    indicator: Indicator | None
    target: str  # document | project | indicator
    field: str | None  # None: a cell the field of which is not known
    text: str  # as corrected by the domain correction (the text the field was read from)
    raw: str  # as the engine read it
    confidence: float
    page: int
    box: tuple[float, ...]  # points from the page's top-left: x0, top, x1, bottom
    corrections: tuple[str, ...]  # the domain corrections, `raw→text (why)`

    @property
    def row(self) -> Document | Project | Indicator:
        return self.indicator or self.project or self.document

    @property
    def low(self) -> bool:
        return self.confidence < OCR_LOW_CONFIDENCE

    @property
    def flagged(self) -> bool:
        return self.low or bool(self.corrections)

    @property
    def correctable(self) -> bool:
        return self.field in CORRECTABLE[self.target]

    @property
    def label(self) -> str:
        """The field's Chinese name (a project's other rows are named by their label)."""
        if self.field is None:
            return "单元格"
        try:
            return _TABLES[self.target][self.field].zh
        except KeyError:
            return self.field

    @property
    def value(self) -> Any:
        """The field's value as stored now (with any analyst's correction)."""
        return getattr(self.row, self.field) if self.correctable and self.field else None


def readings(doc: Document) -> Iterator[Reading]:
    """Every OCR reading of the document: its own, its projects', its indicators'."""
    for p in doc.projects:
        for cell in _cells((p.fields or {}).get(OCR_KEY)):
            document = cell.get("target") == "document"
            yield _reading(cell, doc, None if document else p, None)
        for i in p.indicators:
            for cell in _cells((i.extra or {}).get(OCR_KEY)):
                yield _reading(cell, doc, p, i)


def _cells(raw: object) -> list[dict[str, Any]]:
    return json.loads(raw) if isinstance(raw, str) else []


def _reading(cell: dict[str, Any], doc: Document, p: Project | None, i: Indicator | None
             ) -> Reading:
    target = "indicator" if i else "project" if p else "document"
    return Reading(doc, p, i, target, cell.get("field"), cell["text"], cell["raw"],
                   float(cell["confidence"]), int(cell["page"]), tuple(cell["box"]),
                   tuple(cell["corrections"]))


def reviewed(doc: Document) -> dict[tuple[str, int, str], Correction]:
    """The analysts' corrections in force on the document, by target, row id and field."""
    return {(c.target, row_id(c) or doc.id, c.field): c for c in doc.corrections}


def review_of(r: Reading, done: dict[tuple[str, int, str], Correction]) -> Correction | None:
    """The analyst's correction of the reading's field, if one is in force."""
    if r.field is None:
        return None
    return done.get((r.target, r.row.id, r.field))


def to_review(doc: Document) -> list[tuple[Reading, Correction | None]]:
    """The document's flagged readings, each with the analyst's correction of its field."""
    done = reviewed(doc)
    return [(r, review_of(r, done)) for r in readings(doc) if r.flagged]


# --- the review page's rows ---------------------------------------------------------------


def review_rows(session: Session, *, db: str | None = None, everything: bool = False
                ) -> list[dict[str, Any]]:
    """The flagged readings of the current documents (`everything`: every reading), in
    the order of unit, year, file, page and place on the page; `db` goes into the command
    lines (the database they write to)."""
    docs = session.scalars(
        select(Document).where(Document.status == "current",
                               Document.format.in_(SCANNED_FORMATS))
        .options(selectinload(Document.projects).selectinload(Project.indicators))
        .order_by(Document.unit_name, Document.year, Document.source, Document.id)
    ).all()
    out: list[dict[str, Any]] = []
    for doc in docs:
        done = reviewed(doc)
        found = [r for r in readings(doc) if everything or r.flagged]
        found.sort(key=lambda r: (r.page, r.box[1], r.box[0]))
        out += [review_row(r, review_of(r, done), db) for r in found]
    return out


def review_row(r: Reading, c: Correction | None, db: str | None) -> dict[str, Any]:
    return {
        "document_id": r.document.id, "source": r.document.source,
        "unit_name": r.document.unit_name, "year": r.document.year,
        "page": r.page, "box": list(r.box),
        "target": r.target, "target_id": r.row.id,
        "project_seq": r.project.seq if r.project else None,
        "project": r.project.name if r.project else None,
        "indicator_seq": r.indicator.seq if r.indicator else None,
        "indicator": r.indicator.level3 if r.indicator else None,
        "field": r.field, "label": r.label,
        "raw": r.raw, "text": r.text, "confidence": round(r.confidence, 3),
        "ocr_corrections": list(r.corrections),
        "why": why(r),
        "value": shown(r.value),
        "correction_id": c.id if c else None,
        "reviewed_by": c.author if c else None,
        "confirm": command(r, shown(r.value), CONFIRM_REASON, db)
        if r.correctable and c is None else None,
        "fix": command(r, FIX_PLACEHOLDER, FIX_REASON, db) if r.correctable else None,
    }


def why(r: Reading) -> str:
    """Why the reading is listed, in Chinese."""
    parts = []
    if r.low:
        parts.append(f"置信度{r.confidence:.2f}低于{OCR_LOW_CONFIDENCE}")
    if r.corrections:
        parts.append("已按表格用语更正：" + "；".join(r.corrections))
    return "，".join(parts)


def command(r: Reading, value: str, reason: str, db: str | None) -> str:
    """The `jixiao correct` command line that sets the reading's field to `value`."""
    words = ["jixiao", "correct", r.target, str(r.row.id), str(r.field), value,
             "--reason", reason, *(["--db", db] if db else [])]
    return " ".join(w if _PLAIN.fullmatch(w) else shlex.quote(w) for w in words)


_PLAIN = re.compile(r"[\w@%+=:,./-]+")  # a word the shell takes as it is (Chinese too)


def shown(value: Any) -> str:
    """A stored value as the command line takes it back: an amount without `.0`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
