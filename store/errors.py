"""Store errors: SQLAlchemy's exceptions translated into a readable sentence."""

from __future__ import annotations


class StoreError(Exception):
    """The database could not be opened, read or written."""


class ReadOnlyViolation(StoreError):
    """A statement given to `jixiao query` would change the database."""
