"""An analyst's corrections of what the reader got wrong, with their audit trail.

A correction is kept apart from what was read (a row of `corrections`: the value set, the
value as read, who, when and why) and applied by writing the corrected columns into the
stored row, so that every view, export and report sees it; undoing it writes back the
columns as they were read.  Four steps, each a function taking a Session that never
commits (the command owns the transaction):

- `correct`: set one field of a document, project or indicator (`CORRECTABLE`); the
  caller gives the stored columns the value writes (`columns`: a 指标值 with its typed
  columns, made by `jixiao.ingest.amend`, since the store does not read values);
- `undo`: write back what was read; the correction stays, undone, as the audit trail;
- `list_corrections`: the corrections in force (and those that could not be carried),
  or all of them;
- `reapply`: after a document's rows are stored as read (by ingest, after
  `write.add_document`; by a re-read), apply again the corrections made on the same
  content (sha256), and carry to a resubmission (another content, the same
  unit|year|file name) each correction in force on an earlier version whose cell still
  reads the same; one whose cell reads otherwise or is gone is stored `stale`, with a
  note, and not applied.  (Ingest calls it, not `add_document`: this module uses
  `write.refresh_submission`, and the store's modules import in one direction.)

A correction names its target by meaning, not by row id (`locator`): a project by its
`seq` and `name` as read, an indicator by its project, its `seq` and its levels as read.
The row ids in the locator are those of the document the correction is applied to.
A correction of a unit, year, project name or budget refreshes the submission key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session, selectinload

from jixiao.errors import OptionError, SelectionError
from jixiao.store.db.models import Correction, Document, Indicator, Project
from jixiao.store.db.write import lock_document, refresh_submission

# The fields an analyst may correct, by target (`jixiao.ingest.amend` reads their values).
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "document": ("unit_name", "year"),
    "project": ("name", "code", "purpose", "budget_total_yuan", "budget_text"),
    "indicator": ("value_raw", "level1", "level2", "level3", "description", "basis",
                  "op_raw", "unit_raw", "actual_raw", "weight", "score"),
}
# The fields the submission key is made of (`jixiao.store.db.submissions`).
IN_SUBMISSION_KEY = frozenset({"unit_name", "year", "name", "budget_total_yuan"})
# How an indicator is recognised in another reading of its project, beside its `seq`.
INDICATOR_NAMES = ("level1", "level2", "level3")

ACTIVE, UNDONE, REPLACED, STALE = "active", "undone", "replaced", "stale"
IN_FORCE = (ACTIVE, STALE)  # what `jixiao corrections` lists without --all

Row = Document | Project | Indicator


@dataclass(frozen=True)
class Target:
    """What a correction is of: a document, or a project or indicator of it."""

    document: Document
    project: Project | None = None
    indicator: Indicator | None = None

    @property
    def kind(self) -> str:
        return "indicator" if self.indicator else "project" if self.project else "document"

    @property
    def row(self) -> Row:
        return self.indicator or self.project or self.document


def target_of(session: Session, kind: str, row_id: int) -> Target:
    """The document, project or indicator with that id."""
    model = {"document": Document, "project": Project, "indicator": Indicator}.get(kind)
    if model is None:
        raise OptionError(f"cannot correct a {kind!r}: correct a document, project or indicator")
    row = session.get(model, row_id)
    if row is None:
        lister = {"document": "documents", "project": "projects", "indicator": "show DOCUMENT"}
        raise SelectionError(f"no {kind} {row_id}; `jixiao {lister[kind]}` shows the ids")
    if isinstance(row, Indicator):
        return Target(row.project.document, row.project, row)
    if isinstance(row, Project):
        return Target(row.document, row)
    assert isinstance(row, Document)
    return Target(row)


def check_field(kind: str, field: str) -> None:
    """An OptionError naming the fields that can be corrected, unless `field` is one."""
    if field not in CORRECTABLE[kind]:
        raise OptionError(f"a {kind}'s {field!r} cannot be corrected; the fields that can: "
                          f"{', '.join(CORRECTABLE[kind])}")


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- correct, undo, list ------------------------------------------------------------------


def correct(
    session: Session, target: Target, field: str, value: Any, reason: str, author: str,
    *, columns: dict[str, Any] | None = None, at: datetime | None = None,
) -> Correction:
    """Set `field` of the target to `value`, with the reason and who; `columns` are the
    stored columns it writes (default: the field alone).  A correction of the same cell
    in force before is undone first and marked replaced: `original` is always the value
    as read."""
    check_field(target.kind, field)
    if not reason.strip():
        raise OptionError("a correction needs a reason: say why (--reason)")
    doc, row = target.document, target.row
    _lock(session, doc, row)
    for earlier in _in_force(session, doc, target.kind, row.id, field):
        _restore(earlier, row)
        earlier.status, earlier.undone_at, earlier.undone_by = REPLACED, at or now(), author
    original = getattr(row, field)
    c = Correction(
        target=target.kind, doc_key=doc.doc_key, sha256=doc.sha256, document_id=doc.id,
        locator=locator(session, target), field=field, value=_plain(value),
        original=_plain(original),
        columns=dict(columns) if columns is not None else {field: value},
        reason=reason.strip(), author=author, at=at or now(), status=ACTIVE,
    )
    _apply(c, row)
    session.add(c)
    _refresh(session, doc, [field])
    session.flush()
    return c


def undo(session: Session, correction_id: int, author: str,
         reason: str | None = None) -> Correction:
    """Write back the columns as they were read; the correction stays, undone (with why,
    when given, as its note)."""
    c = session.get(Correction, correction_id)
    if c is None:
        raise SelectionError(f"no correction {correction_id}; `jixiao corrections --all` "
                             "lists them")
    doc = session.get(Document, c.document_id) if c.document_id is not None else None
    if doc is not None:
        _lock(session, doc, c)
    if c.status not in IN_FORCE:
        raise SelectionError(f"correction {c.id} is {c.status} already"
                             + (f" ({c.undone_by}, {c.undone_at:%Y-%m-%d %H:%M})"
                                if c.undone_at else "") + "; nothing to undo")
    row = _row_in(doc, c.locator, c.target) if doc is not None else None
    if c.status == ACTIVE and row is not None:
        _restore(c, row)
    c.status, c.undone_at, c.undone_by = UNDONE, now(), author
    if reason and reason.strip():
        c.note = f"undone: {reason.strip()}"
    if doc is not None:
        _refresh(session, doc, [c.field])
    session.flush()
    return c


def list_corrections(
    session: Session, *, everything: bool = False, document_id: int | None = None
) -> list[Correction]:
    """The corrections in force (active, and stale: not carried) on current documents,
    or with `everything` all of them: undone, replaced, on versions in history; oldest
    first."""
    stmt = select(Correction).order_by(Correction.id)
    if not everything:
        stmt = stmt.join(Document, Document.id == Correction.document_id).where(
            Correction.status.in_(IN_FORCE), Document.status == "current")
    if document_id is not None:
        stmt = stmt.where(Correction.document_id == document_id)
    return list(session.scalars(stmt))


def copies(session: Session, doc: Document) -> list[Document]:
    """The other current documents of its submission (the same tables in another format
    or file): a correction of one does not change them."""
    return list(session.scalars(select(Document).where(
        Document.submission == doc.submission, Document.id != doc.id,
        Document.status == "current").order_by(Document.id)))


def listing_row(c: Correction, doc: Document | None) -> dict[str, Any]:
    """A correction as `jixiao corrections` lists it (the columns of v_corrections): its
    target named by what was read there."""
    project, indicator = c.locator.get("project", {}), c.locator.get("indicator", {})
    return {
        "correction_id": c.id, "status": c.status, "target": c.target,
        "document_id": c.document_id, "sha256": c.sha256,
        "unit_name": doc.unit_name if doc else None,
        "year": doc.year if doc else None, "source": doc.source if doc else None,
        "project_seq": project.get("seq"), "project": project.get("name"),
        "indicator_seq": indicator.get("seq"), "indicator": indicator.get("level3"),
        "field": c.field, "original": c.original, "value": c.value, "reason": c.reason,
        "author": c.author, "at": c.at, "undone_at": c.undone_at, "undone_by": c.undone_by,
        "carried_from": c.carried_from, "note": c.note,
    }


def applied(session: Session, doc: Document) -> list[Correction]:
    """The corrections applied to the document's rows, oldest first."""
    return list(session.scalars(
        select(Correction)
        .where(Correction.document_id == doc.id, Correction.status == ACTIVE)
        .order_by(Correction.id)
    ))


def row_id(c: Correction) -> int | None:
    """The id of the row the correction is applied to (a project's, an indicator's), in
    the document it names; None for a document's own fields."""
    part = c.locator.get(c.target) if c.target != "document" else None
    return part.get("id") if part else None


# --- reapply --------------------------------------------------------------------------------


def reapply(session: Session, doc: Document) -> list[Correction]:
    """Call after storing a document's rows as read (a new document, a re-read): apply
    the corrections made on the same content again, and carry those in force on other
    versions with the same unit|year|file name where the cell still reads the same.
    Returns the corrections now applied to it; those that could not be are left `stale`
    with a note.  Flushes."""
    session.flush()
    if not any_to_reapply(session, doc.sha256, doc.doc_key):
        return []  # the common case: nothing to look at
    _load_rows(session, doc)
    reading = _Reading.of(session, doc)
    done: list[Correction] = []
    own = session.scalars(
        select(Correction)
        .where(Correction.sha256 == doc.sha256, Correction.status.in_(IN_FORCE))
        .order_by(Correction.id.desc())
    ).all()
    for c in own:
        if _place(c, doc, reading, need_same_reading=c.status == STALE):
            done.append(c)
    carried = [_carried(c, doc) for c in _to_carry(session, doc)]  # newest first: it wins
    session.add_all(reversed(carried))  # numbered in the order they were made
    for c in carried:
        if _place(c, doc, reading, need_same_reading=True):
            done.append(c)
    _refresh(session, doc, [c.field for c in done])
    session.flush()
    return sorted(done, key=lambda c: c.id or 0)


def any_to_reapply(session: Session, sha256: str, doc_key: str) -> bool:
    """Are there corrections of this content or of another version with this key?  One
    query; when there are none (the common case), `reapply` has nothing to do."""
    found = session.connection().execute(_ANY_TO_REAPPLY, {"sha256": sha256, "key": doc_key})
    return found.first() is not None


_CORRECTIONS = Correction.metadata.tables["corrections"]  # Core: no ORM set-up on ingest
_ANY_TO_REAPPLY = select(_CORRECTIONS.c.id).where(or_(
    _CORRECTIONS.c.sha256 == bindparam("sha256"),
    _CORRECTIONS.c.doc_key == bindparam("key"))).limit(1)


def _load_rows(session: Session, doc: Document) -> None:
    """Load the document's projects and indicators as stored now: a re-read replaces
    them, and SQLite may give the new rows the ids of the old."""
    session.scalars(
        select(Project).where(Project.document_id == doc.id)
        .options(selectinload(Project.indicators))
        .execution_options(populate_existing=True)
    ).all()
    session.refresh(doc, ["projects"])


def _to_carry(session: Session, doc: Document) -> list[Correction]:
    """Of each correction made on another version with the document's key (and of the
    copies carried from it), the latest, when in force and not yet here; newest first."""
    versions = session.scalars(
        select(Correction)
        .where(Correction.doc_key == doc.doc_key, Correction.sha256 != doc.sha256)
        .order_by(Correction.id)
    ).all()
    here = {_root(c) for c in session.scalars(
        select(Correction).where(Correction.sha256 == doc.sha256))}
    latest: dict[int, Correction] = {}
    for c in versions:
        latest[_root(c)] = c
    return [c for root, c in sorted(latest.items(), reverse=True)
            if root not in here and c.status == ACTIVE]


def _root(c: Correction) -> int:
    return c.carried_from or c.id


def _carried(c: Correction, doc: Document) -> Correction:
    return Correction(
        target=c.target, doc_key=doc.doc_key, sha256=doc.sha256, document_id=doc.id,
        locator=c.locator, field=c.field, value=c.value, original=c.original,
        columns=c.columns, reason=c.reason, author=c.author, at=c.at, status=ACTIVE,
        carried_from=_root(c),
    )


def _place(c: Correction, doc: Document, reading: _Reading, *, need_same_reading: bool) -> bool:
    """Apply `c` to the row of `doc` it names, if found (and, with `need_same_reading`,
    if its cell reads as `original`); else mark it stale.  True when applied."""
    c.document_id = doc.id
    row = reading.find(c.target, c.locator)
    if row is None:
        return _stale(c, f"{_what(c)} is not in this reading of the document")
    if (c.target, row.id, c.field) in reading.taken:
        return _stale(c, f"a later correction of {_what(c)} applies")
    read = reading.value(row, c.field)
    if need_same_reading and read != c.original:
        return _stale(c, f"{_what(c)} now reads {read!r}, not {c.original!r} as when corrected")
    c.locator = reading.locator(c.target, row)
    c.original, c.status, c.note = _plain(read), ACTIVE, None
    if not _is_applied(c, row):
        _apply(c, row)
    reading.taken.add((c.target, row.id, c.field))
    return True


def _plain(x: Any) -> Any:
    """A value as JSON keeps it: an amount in whole 元 as an integer (910000, not
    910000.0), as the export writes amounts."""
    return int(x) if isinstance(x, float) and x.is_integer() and abs(x) < 1e15 else x


def _stale(c: Correction, note: str) -> bool:
    c.status, c.note = STALE, note
    return False


def _what(c: Correction) -> str:
    """The cell a correction names, in words: 项目 1 征地拆迁补偿款, 指标 3 … ."""
    parts = []
    if "project" in c.locator:
        p = c.locator["project"]
        parts.append(f"project {p.get('seq')} {p.get('name') or ''}".rstrip())
    if "indicator" in c.locator:
        i = c.locator["indicator"]
        parts.append(f"indicator {i.get('seq')} {i.get('level3') or ''}".rstrip())
    return f"the {c.field} of " + (", ".join(parts) if parts else "the document")


# --- reading: rows as read, found by meaning ---------------------------------------------


@dataclass
class _Reading:
    """A document's rows with the values they were read with (the corrections applied
    to them taken back), to find a correction's row by meaning."""

    doc: Document
    read: dict[tuple[str, int, str], Any]  # (target, row id, field) → as read
    taken: set[tuple[str, int, str]]  # cells a correction has been applied to

    @classmethod
    def of(cls, session: Session, doc: Document) -> _Reading:
        read: dict[tuple[str, int, str], Any] = {}
        rows: dict[tuple[str, int], Row] = {("document", doc.id): doc}
        for p in doc.projects:
            rows[("project", p.id)] = p
            rows.update({("indicator", i.id): i for i in p.indicators})
        for c in applied(session, doc):
            key = (c.target, row_id(c) or doc.id)
            row = rows.get(key)
            if row is not None and _is_applied(c, row):
                read[(*key, c.field)] = c.original
        return cls(doc, read, set())

    def value(self, row: Row, field: str) -> Any:
        target = _kind(row)
        return self.read.get((target, row.id, field), getattr(row, field))

    def locator(self, target: str, row: Row) -> dict[str, Any]:
        if isinstance(row, Indicator):
            return {"project": self._project(row.project), "indicator": {
                "id": row.id, "seq": row.seq,
                **{k: self.value(row, k) for k in INDICATOR_NAMES}}}
        if isinstance(row, Project):
            return {"project": self._project(row)}
        return {}

    def _project(self, p: Project) -> dict[str, Any]:
        return {"id": p.id, "seq": p.seq, "name": self.value(p, "name")}

    def find(self, target: str, loc: dict[str, Any]) -> Row | None:
        if target == "document":
            return self.doc
        project = _one(self.doc.projects, loc.get("project", {}), ("name",), self.value)
        if project is None or target == "project":
            return project
        return _one(project.indicators, loc.get("indicator", {}), INDICATOR_NAMES, self.value)


def _one(rows: Sequence[Any], part: dict[str, Any], names: tuple[str, ...],
         value: Any) -> Any:
    """The row whose names read as in `part`: the only one, or of several the one at the
    same `seq`; None when none reads so."""
    same = [r for r in rows if all(value(r, k) == part.get(k) for k in names)]
    if len(same) > 1:
        same = [r for r in same if r.seq == part.get("seq")]
    return same[0] if len(same) == 1 else None


def locator(session: Session, target: Target) -> dict[str, Any]:
    """How a correction names its target: by position and by what was read there."""
    return _Reading.of(session, target.document).locator(target.kind, target.row)


def _row_in(doc: Document, loc: dict[str, Any], target: str) -> Row | None:
    """The row of `doc` a locator names by id (where the correction was applied)."""
    if target == "document":
        return doc
    part = loc.get(target, {})
    for p in doc.projects:
        if target == "project" and p.id == part.get("id"):
            return p
        for i in p.indicators if target == "indicator" else ():
            if i.id == part.get("id"):
                return i
    return None


def _kind(row: Row) -> str:
    return ("indicator" if isinstance(row, Indicator)
            else "project" if isinstance(row, Project) else "document")


# --- writing a correction's columns -------------------------------------------------------


def _apply(c: Correction, row: Row) -> None:
    """Write the correction's columns into the row, keeping what was there."""
    c.columns_read = {k: _get(row, k) for k in c.columns}
    for k, v in c.columns.items():
        _set(row, k, v)


def _restore(c: Correction, row: Row) -> None:
    for k, v in (c.columns_read or {c.field: c.original}).items():
        _set(row, k, v)


def _is_applied(c: Correction, row: Row) -> bool:
    return all(_get(row, k) == v for k, v in c.columns.items())


def _in_force(session: Session, doc: Document, target: str, rid: int,
              field: str) -> Iterable[Correction]:
    return [c for c in applied(session, doc)
            if c.target == target and c.field == field and (row_id(c) or doc.id) == rid]


# A column whose attribute has another name (`bool` is a Python name).
_ATTRIBUTES = {"bool": "bool_value"}


def _get(row: Row, column: str) -> Any:
    return getattr(row, _ATTRIBUTES.get(column, column))


def _set(row: Row, column: str, value: Any) -> None:
    setattr(row, _ATTRIBUTES.get(column, column), value)


def _lock(session: Session, doc: Document, *rows: Any) -> None:
    """Wait for other writers of the document (an ingest carrying corrections to it, an
    analyst correcting it), then read its rows again."""
    lock_document(session, doc.doc_key, doc.sha256)
    for row in (doc, *rows):
        session.refresh(row)


def _refresh(session: Session, doc: Document, changed: Iterable[str]) -> None:
    """Refresh the submission key when a field it is made of changed."""
    if IN_SUBMISSION_KEY.intersection(changed):
        refresh_submission(session, doc)
