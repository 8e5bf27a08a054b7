"""Bulk ingestion: where each document and each logged file came from, the
run's process and jobs, and a small table of facts about the schema (the views' hash).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jixiao_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.Text(), nullable=True))

    with op.batch_alter_table("run_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("path", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("format", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_run_files_document_id"), ["document_id"], unique=False)
        batch_op.create_index("ix_run_files_path", ["path"], unique=False)

    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pid", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("jobs", sa.Integer(), nullable=True))

    # what older runs knew: the name they logged and the run's time (documents stored
    # before this revision keep origin NULL: their folders were not recorded)
    op.execute("UPDATE run_files SET path = file WHERE path IS NULL")
    op.execute(
        "UPDATE run_files SET at = (SELECT COALESCE(r.finished_at, r.started_at) FROM runs r"
        " WHERE r.id = run_files.run_id) WHERE at IS NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_column("jobs")
        batch_op.drop_column("pid")

    with op.batch_alter_table("run_files", schema=None) as batch_op:
        batch_op.drop_index("ix_run_files_path")
        batch_op.drop_index(batch_op.f("ix_run_files_document_id"))
        batch_op.drop_column("at")
        batch_op.drop_column("format")
        batch_op.drop_column("path")

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("origin")

    op.drop_table("jixiao_meta")
