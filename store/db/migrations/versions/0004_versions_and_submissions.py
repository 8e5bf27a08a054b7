"""Versions by time and submissions: `documents.file_time`, the file's own time that
decides which version of a document is current, and `documents.submission`, the
submission a document belongs to (its copies in other formats share it).  Documents
stored before this revision get their submission from their stored projects; their
file time stays NULL (unknown: older than any version whose time is known).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from jixiao.store.db.submissions import submission_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_time", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("submission", sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f("ix_documents_submission"), ["submission"],
                              unique=False)
    # every document gets its key; the column stays nullable: making it NOT NULL would
    # make SQLite copy the table, and dropping the old one would cascade to its projects
    _fill_submissions(op.get_bind())


def _fill_submissions(conn: sa.Connection) -> None:
    projects: dict[int, list[tuple[str | None, float | None]]] = defaultdict(list)
    for doc_id, name, budget in conn.execute(sa.text(
            "SELECT document_id, name, budget_total_yuan FROM projects")):
        projects[doc_id].append((name, budget))
    docs = conn.execute(sa.text("SELECT id, unit_name, year, sha256 FROM documents")).all()
    for doc_id, unit, year, sha in docs:
        key = submission_key(unit, year, projects.get(doc_id, []), sha256=sha)
        conn.execute(sa.text("UPDATE documents SET submission = :k WHERE id = :i"),
                     {"k": key, "i": doc_id})


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_submission"))
        batch_op.drop_column("submission")
        batch_op.drop_column("file_time")
