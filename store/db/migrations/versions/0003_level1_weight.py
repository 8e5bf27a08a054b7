"""The weight a 一级指标 cell states as written (产出指标(50分) → 50), beside its canonical
category: `indicators.level1_weight`.  Indicators stored before this revision keep it
NULL until their file is ingested again.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("level1_weight", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_column("level1_weight")
