"""Writing one document.  Functions take a Session and never commit: the caller (ingest)
owns the transaction, one per document, so a failure leaves nothing half-written.

Which version of a document is current is decided here, in `add_document`, and nowhere
else: the newest by the file's own time (`jixiao.store.db.submissions.is_newer`), whatever
order files are met or parsed in; an older version arriving later goes straight into
history.  The submission a document belongs to is stored with it (`submission_key`).

Concurrent writers (several runs, several machines) are kept exact by the database:
`sha256` is unique and so is the current version of each unit|year|file name
(`uq_documents_current_key`).  `begin_write` and `lock_document` make writers wait for
each other instead of colliding on those constraints: on SQLite the transaction takes
the write lock at once (BEGIN IMMEDIATE, waiting up to the busy timeout); on PostgreSQL
it takes advisory locks on the document's key and content, released at commit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session

from jixiao import fields
from jixiao.store.db.bulk import insert_rows
from jixiao.store.db.models import Base, Document
from jixiao.store.db.payload import DocumentPayload
from jixiao.store.db.submissions import is_newer, submission_key

TABLES = Base.metadata.tables  # Core tables, for the bulk inserts of a document's rows


@dataclass(frozen=True, slots=True)
class Version:
    """A stored document as the writer needs it: no ORM object, one row read."""

    id: int
    source: str
    format: str
    status: str
    file_time: datetime | None


@dataclass(frozen=True, slots=True)
class Stored:
    """What `add_document` stored: the new row (its status says whether it is current)
    and the version that was current with its key before (None when there was none)."""

    id: int
    status: str
    sha256: str
    doc_key: str
    previous: Version | None


def doc_key(unit_name: str | None, year: int | None, source: str) -> str:
    """What makes two files "the same document": unit, year and file name."""
    return f"{unit_name or ''}|{year or ''}|{source}"


def begin_write(session: Session) -> None:
    """Call first in a write transaction: on SQLite, take the write lock now, so that a
    transaction that reads before it writes never fails with "database is locked"."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def lock_document(session: Session, key: str, sha256: str, *keys: str) -> None:
    """Serialize the writers of one document (PostgreSQL; SQLite's lock is global);
    `keys`: other keys it may move to (all taken at once, in one order, so that no two
    writers wait for each other)."""
    if session.connection().dialect.name != "postgresql":
        return
    wanted = {advisory_key("key", k) for k in (key, *keys)} | {advisory_key("sha", sha256)}
    for lock in sorted(wanted):
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock})


def advisory_key(kind: str, value: str) -> int:
    """A stable signed 64-bit lock number for a string (PostgreSQL's bigint)."""
    digest = hashlib.sha256(f"jixiao:{kind}:{value}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def find_by_sha(session: Session, sha256: str) -> Document | None:
    return session.scalars(select(Document).where(Document.sha256 == sha256)).first()


def current_with_key(session: Session, key: str) -> Document | None:
    return session.scalars(
        select(Document).where(Document.doc_key == key, Document.status == "current")
    ).first()


_DOCS = TABLES["documents"]
_VERSION = select(*(_DOCS.c[k] for k in ("id", "source", "format", "status", "file_time")))
# the writer's queries, built once (each document runs them)
_BY_SHA = _VERSION.where(_DOCS.c.sha256 == bindparam("sha256")).limit(1)
_CURRENT = _VERSION.where(_DOCS.c.doc_key == bindparam("key"),
                          _DOCS.c.status == "current").limit(1)
_INSERT_DOCUMENT = insert(_DOCS)
_PROJECT_IDS = (select(TABLES["projects"].c.id)
                .where(TABLES["projects"].c.document_id == bindparam("document_id"))
                .order_by(TABLES["projects"].c.id))


def version_by_sha(session: Session, sha256: str) -> Version | None:
    """The stored document with this content, as one row (the writer's check)."""
    row = session.connection().execute(_BY_SHA, {"sha256": sha256}).first()
    return Version(*row) if row is not None else None


def current_version(session: Session, key: str) -> Version | None:
    """The current version with this key, as one row."""
    row = session.connection().execute(_CURRENT, {"key": key}).first()
    return Version(*row) if row is not None else None


def add_document(
    session: Session, payload: DocumentPayload, *, run_id: int | None = None
) -> Stored:
    """Add a parsed, normalized document.  Of it and the current version with the same
    unit, year and file name, the newer by file time is current and the other history
    (status superseded, `superseded_by_id` the current one): a document stored as history
    has `status` superseded on return.

    No ORM object is made: the document is one INSERT, and its sections, projects,
    funding lines and indicators (a hundred rows or so) one executemany per table
    (`jixiao.store.db.bulk`), so that the single writer of a parallel run keeps up with
    the workers.  Objects of the session's identity map that it changes (the version it
    supersedes) are brought up to date."""
    key = doc_key(payload.unit_name, payload.year, payload.source)
    old = current_version(session, key)
    current = old is None or is_newer(payload.file_time, old.file_time)
    if old is not None and current:
        session.execute(update(Document).where(Document.id == old.id)
                        .values(status="superseded"))
    row = _columns(payload, fields.DOCUMENT) | {
        "status": "current" if current else "superseded",
        "superseded_by_id": None if current or old is None else old.id,
        "doc_key": key,
        "submission": payload_submission(payload),
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        "run_id": run_id,
    }
    conn = session.connection()
    inserted = conn.execute(_INSERT_DOCUMENT, row).inserted_primary_key
    assert inserted is not None  # an INSERT of one row has one
    doc_id = int(inserted[0])
    _add_children(session, doc_id, payload)
    if old is not None and current:
        session.execute(update(Document).where(Document.id == old.id)
                        .values(superseded_by_id=doc_id))
    return Stored(doc_id, row["status"], payload.sha256, key, old)


# What names the file rather than what was read in it: a new reading of the same bytes
# (`replace_reading`) keeps these columns as stored.
FILE_COLUMNS = frozenset({"source", "sha256", "size_bytes", "origin", "file_time"})


def replace_reading(session: Session, doc: Document, payload: DocumentPayload) -> Document | None:
    """Put a new reading of the same file (`jixiao reread`) in place of the stored one.

    The document keeps its row (id, status, file time, run, history); what was read
    (unit, year, format, pages, warnings, the submission key, and every section,
    project, funding line and indicator) is the new reading's.  A reading that moves the
    document to another unit or year moves it to another key, where the version rule
    applies: of it and the current version already there, the newer by file time is
    current and the other history; that other is returned (None when there is none).
    Corrections are the caller's to apply again (`jixiao.store.db.corrections`)."""
    if payload.sha256 != doc.sha256:
        raise ValueError(f"a reading of {payload.sha256[:12]} cannot replace document "
                         f"#{doc.id} ({doc.sha256[:12]})")
    _delete_children(session, doc.id)
    for name in fields.DOCUMENT.payload:
        if name.key not in FILE_COLUMNS:
            setattr(doc, name.key, getattr(payload, name.key))
    doc.submission = payload_submission(payload)
    other = _move_key(session, doc, doc_key(payload.unit_name, payload.year, payload.source))
    session.flush()
    _add_children(session, doc.id, payload)
    session.expire(doc, ["projects", "sections"])
    return other


def _delete_children(session: Session, document_id: int) -> None:
    """Delete a document's sections, projects, funding and indicators (and so the
    findings about them)."""
    projects = select(TABLES["projects"].c.id).where(
        TABLES["projects"].c.document_id == document_id).scalar_subquery()
    for name in ("indicators", "funding"):
        table = TABLES[name]
        session.execute(delete(table).where(table.c.project_id.in_(projects)))
    for name in ("projects", "sections"):
        table = TABLES[name]
        session.execute(delete(table).where(table.c.document_id == document_id))


def _move_key(session: Session, doc: Document, key: str) -> Document | None:
    """Give a current document a new key; of it and the current version with that key,
    the newer by file time stays current (the other, returned, becomes history)."""
    if key == doc.doc_key:
        return None
    other = current_with_key(session, key) if doc.status == "current" else None
    if other is not None and _version_order(doc) > _version_order(other):
        other.status, other.superseded_by_id = "superseded", doc.id
    elif other is not None:
        doc.status, doc.superseded_by_id = "superseded", other.id
    session.flush()  # the loser leaves the current key before the winner takes it
    doc.doc_key = key
    return other


def payload_submission(payload: DocumentPayload) -> str:
    return submission_key(payload.unit_name, payload.year,
                          ((p.name, p.budget_total_yuan) for p in payload.projects),
                          sha256=payload.sha256)


def refresh_submission(session: Session, doc: Document) -> str:
    """Make the stored submission key agree with the document's unit, year and projects
    as stored now (after a change to any of them); flushes."""
    doc.submission = submission_key(doc.unit_name, doc.year,
                                    ((p.name, p.budget_total_yuan) for p in doc.projects),
                                    sha256=doc.sha256)
    session.flush()
    return doc.submission


# The columns of each table a document's rows fill, in the order `_add_children` gives them.
_SECTION = ("document_id", "seq", *(f.key for f in fields.SECTION.payload))
_PROJECT = ("document_id", *(f.key for f in fields.PROJECT.payload))
_FUNDING = ("project_id", "seq", *(f.key for f in fields.FUNDING.payload))
_INDICATOR = ("project_id", "seq", *(f.key for f in fields.INDICATOR.payload))
_VALUE = tuple(f.key for f in fields.VALUE)  # the typed value's keys, columns too
_section_values = attrgetter(*_SECTION[2:])
_project_values = attrgetter(*_PROJECT[1:])
_funding_values = attrgetter(*_FUNDING[2:])
_indicator_values = attrgetter(*_INDICATOR[2:])


def _add_children(session: Session, document_id: int, payload: DocumentPayload) -> None:
    """The document's sections, projects, funding lines and indicators: one executemany
    per table, with the projects' new ids read back in one query."""
    conn = session.connection()
    insert_rows(conn, TABLES["sections"], _SECTION,
                ((document_id, i, *_section_values(s)) for i, s in enumerate(payload.sections, 1)))
    projects = payload.projects
    if not projects:
        return
    table = TABLES["projects"]
    insert_rows(conn, table, _PROJECT, ((document_id, *_project_values(p)) for p in projects))
    # a new document's projects, in the order inserted: ids only grow within a transaction
    ids = conn.execute(_PROJECT_IDS, {"document_id": document_id}).scalars().all()
    if len(ids) != len(projects):
        raise RuntimeError(f"document #{document_id}: {len(ids)} projects stored, "
                           f"{len(projects)} given")
    insert_rows(conn, TABLES["funding"], _FUNDING, (
        (pid, i, *_funding_values(f))
        for pid, p in zip(ids, projects, strict=True) for i, f in enumerate(p.funding, 1)))
    insert_rows(conn, TABLES["indicators"], (*_INDICATOR, *_VALUE), (
        (pid, i, *_indicator_values(ind), *map(ind.value.get, _VALUE))
        for pid, p in zip(ids, projects, strict=True) for i, ind in enumerate(p.indicators, 1)))


def remove_document(session: Session, doc: Document) -> Document | None:
    """Take a document out (status removed; it stays in history).  When it was current,
    the newest of its other versions in history (by file time, then the later stored)
    becomes current again and is returned."""
    was_current = doc.status == "current"
    doc.status = "removed"
    session.flush()
    if not was_current or current_with_key(session, doc.doc_key) is not None:
        return None
    versions = session.scalars(
        select(Document).where(Document.doc_key == doc.doc_key,
                               Document.status == "superseded")
    ).all()
    if not versions:
        return None
    previous = max(versions, key=_version_order)
    previous.status = "current"
    previous.superseded_by_id = None
    session.flush()
    return previous


def _version_order(doc: Document) -> tuple[bool, datetime, int]:
    """Versions in the order `add_document` ranks them: an unknown time first, then by
    time, then by when stored."""
    return doc.file_time is not None, doc.file_time or datetime.min, doc.id


def restore_document(session: Session, doc: Document) -> Document | None:
    """Make a removed (or superseded) document current again; the version that was
    current in its place becomes history and is returned."""
    other = current_with_key(session, doc.doc_key)
    if other is not None and other.id != doc.id:
        other.status = "superseded"
        session.flush()
        other.superseded_by_id = doc.id
    doc.status = "current"
    doc.superseded_by_id = None
    session.flush()
    return other if other is not None and other.id != doc.id else None


def _columns(row: object, table: fields.Fields) -> dict[str, Any]:
    """A payload row's columns: the table's payload fields, by name."""
    return {f.key: getattr(row, f.key) for f in table.payload}
