"""Creating the schema on first use."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from store.models import Base
from store.views import VIEWS, create_views


def ensure_schema(engine: Engine) -> None:
    """Tables and views exist after this; cheap and safe to call on every open."""
    insp = inspect(engine)
    tables = set(insp.get_table_names())
    views = set(insp.get_view_names())
    if set(Base.metadata.tables) <= tables and set(VIEWS) <= views:
        return
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        create_views(conn)
