"""SQLAlchemy 2.0 models: documents → projects → indicators, plus the run log.

Typed value fields are columns (kind, op, number …) so that analysts can query them
directly; numbers are floats (exact to 15 significant digits, more than the six the
contract asks), dates ISO strings, JSON-ish lists JSON columns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


# The condition of the partial unique index on documents.  SQLite's is given with the
# index; PostgreSQL's is added by `for_dialect` when an engine of that dialect opens, since
# naming it in the model would import the PostgreSQL dialect into every command on SQLite.
CURRENT_ONLY = "status = 'current'"


def for_dialect(name: str) -> None:
    """Give the partial index its condition in the dialect `name` too (`open_engine`
    calls it; once is enough, again does nothing)."""
    if name != "postgresql":
        return
    for index in Base.metadata.tables["documents"].indexes:
        if index.name == "uq_documents_current_key" and (
                index.dialect_options["postgresql"]["where"] is None):
            index.dialect_kwargs["postgresql_where"] = text(CURRENT_ONLY)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(512))  # the file's own name, no folders
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(16))
    unit_name: Mapped[str | None] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    # current | superseded | removed
    status: Mapped[str] = mapped_column(String(16), default="current")
    # identity of "the same document" across resubmissions: unit|year|source
    doc_key: Mapped[str] = mapped_column(String(800))
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    # where the file was found when stored: folders under the input, or archive.zip!a/b.docx
    origin: Mapped[str | None] = mapped_column(Text)  # since migration 0002
    # since migration 0004: the file's own time (modification time, a zip entry's date;
    # UTC), which decides the current version; and the submission it belongs to
    # (jixiao.store.db.submissions)
    file_time: Mapped[datetime | None] = mapped_column(DateTime)
    submission: Mapped[str | None] = mapped_column(String(16), index=True)

    projects: Mapped[list[Project]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Project.seq"
    )
    sections: Mapped[list[DocSection]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocSection.seq"
    )
    # the analysts' corrections applied to it (read only: `jixiao.store.db.corrections`)
    corrections: Mapped[list[Correction]] = relationship(
        primaryjoin="and_(Document.id == foreign(Correction.document_id), "
                    "Correction.status == 'active')",
        viewonly=True, order_by="Correction.id",
    )

    __table_args__ = (
        # one current version per unit, year and file name; enforced by the database so
        # that concurrent writers cannot both make theirs current (on PostgreSQL too: see
        # `for_dialect`)
        Index("uq_documents_current_key", "doc_key", unique=True,
              sqlite_where=text(CURRENT_ONLY)),
    )


class DocSection(Base):
    """A part of the narrative (总体绩效目标, 工作保障措施 …): heading and text."""

    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="sections")


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="项目")
    is_self_evaluation: Mapped[bool] = mapped_column(Boolean, default=False)
    purpose: Mapped[str | None] = mapped_column(Text)
    budget_text: Mapped[str | None] = mapped_column(Text)
    budget_total_yuan: Mapped[float | None] = mapped_column(Float)
    spend_plan: Mapped[list[Any] | None] = mapped_column(JSON)
    goals: Mapped[list[Any]] = mapped_column(default=list)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    table_index: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="projects")
    funding: Mapped[list[Funding]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Funding.seq"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Indicator.seq"
    )


class Funding(Base):
    __tablename__ = "funding"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(200))
    amount_yuan: Mapped[float | None] = mapped_column(Float)

    project: Mapped[Project] = relationship(back_populates="funding")


class Indicator(Base):
    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    level1: Mapped[str | None] = mapped_column(String(100))
    level1_canonical: Mapped[str | None] = mapped_column(String(100))
    level1_weight: Mapped[float | None] = mapped_column(Float)  # since migration 0003
    level2: Mapped[str | None] = mapped_column(String(100))
    level3: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    value_raw: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    op_raw: Mapped[str | None] = mapped_column(String(50))
    unit_raw: Mapped[str | None] = mapped_column(String(50))
    # the typed target
    kind: Mapped[str] = mapped_column(String(16))
    op: Mapped[str | None] = mapped_column(String(8))
    number: Mapped[float | None] = mapped_column(Float)
    number_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(50))
    base_number: Mapped[float | None] = mapped_column(Float)
    base_number_max: Mapped[float | None] = mapped_column(Float)
    base_unit: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    bool_value: Mapped[bool | None] = mapped_column("bool", Boolean)
    label: Mapped[str | None] = mapped_column(Text)
    # self-evaluation (绩效自评表) fields
    weight: Mapped[float | None] = mapped_column(Float)
    actual_raw: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float)
    deviation: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # provenance
    table_index: Mapped[int | None] = mapped_column(Integer)
    row_index: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)

    project: Mapped[Project] = relationship(back_populates="indicators")


class Finding(Base):
    """A consistency finding of `jixiao check`."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))  # error | warning | info
    message: Mapped[str] = mapped_column(Text)


class Run(Base):
    """One `jixiao ingest` call: the run log."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    command: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(String(200))
    user: Mapped[str | None] = mapped_column(String(200))
    seen: Mapped[int] = mapped_column(Integer, default=0)
    ingested: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    # running | done | failed (the run stopped on an error); a killed run stays "running",
    # and `jixiao runs` shows it as interrupted when its process is gone
    status: Mapped[str] = mapped_column(String(16), default="running")
    pid: Mapped[int | None] = mapped_column(Integer)  # since migration 0002
    jobs: Mapped[int | None] = mapped_column(Integer)  # since migration 0002

    files: Mapped[list[FileOutcome]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="FileOutcome.id"
    )


class FileOutcome(Base):
    """What happened to one file in one run."""

    __tablename__ = "run_files"
    __table_args__ = (Index("ix_run_files_path", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    file: Mapped[str] = mapped_column(Text)  # the name as given (inside an archive: a!b)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # ingested | unchanged | failed | removed
    reason: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    seconds: Mapped[float | None] = mapped_column(Float)
    # since migration 0002: the full path (to find and retry it), the format, and when
    path: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(16))
    at: Mapped[datetime | None] = mapped_column(DateTime)

    run: Mapped[Run] = relationship(back_populates="files")


class DocumentFile(Base):
    """The bytes of a stored document, kept so that `jixiao reread` can read it again
    with a newer reader when the file itself has moved or gone (since migration 0005).
    One row per content hash: copies of one file in several runs share it."""

    __tablename__ = "document_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size_bytes: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class Correction(Base):
    """An analyst's correction of what the reader got wrong (since migration 0005).

    Kept apart from what was read: `original` is the value as read, `value` the value
    the analyst set; the stored row carries the corrected value while the correction is
    active, so every view, export and report sees it.  A correction names its target by
    meaning, not by row id (the document's content hash and key, a project's position
    and name, an indicator's position and levels: `locator`), so that it is applied
    again when the same file is read again and carried to a resubmission whose same cell
    still reads the same.  Undone corrections stay, as the audit trail."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(16))  # document | project | indicator
    doc_key: Mapped[str] = mapped_column(String(800), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    locator: Mapped[dict[str, Any]] = mapped_column(default=dict)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    original: Mapped[Any] = mapped_column(JSON, nullable=True)
    # the stored columns it writes ({"value_raw": "≥95%", "kind": "percent", …}: a value
    # with its typed columns), and those columns as they were before it (restored by undo)
    columns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    columns_read: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    # active | undone | replaced (by a later correction of the same cell) | stale (carried
    # to a resubmission whose cell reads otherwise, or whose cell is gone: not applied)
    status: Mapped[str] = mapped_column(String(16), default="active")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(200))
    # the correction, made on another version of the document, this one was carried from
    carried_from: Mapped[int | None] = mapped_column(
        ForeignKey("corrections.id", ondelete="SET NULL")
    )
    note: Mapped[str | None] = mapped_column(Text)  # why it is stale, what a re-read changed


class RosterRow(Base):
    """A unit expected to submit, with its other names (since migration 0005): the roster
    `jixiao roster load` keeps in the database, so that every `--unit` of every command
    maps an alias or an unambiguous part of a name to one canonical unit."""

    __tablename__ = "roster"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    district: Mapped[str | None] = mapped_column(String(200))


class Meta(Base):
    """Facts about the schema itself (the hash of the views' definition)."""

    __tablename__ = "jixiao_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
