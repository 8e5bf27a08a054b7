"""versions: one Alembic script per schema revision, oldest first."""
