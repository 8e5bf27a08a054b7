"""The original bytes of each stored document (table `document_files`, one row per content
hash), kept so that `jixiao reread` can read a document again with a newer reader when
its file has moved, changed or gone.

Functions take a Session and never commit: the bytes go in with the document, in the
caller's transaction.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from jixiao.store.db.models import Base, DocumentFile


def keep_original(session: Session, sha256: str, content: bytes, *, hashed: bool = False
                  ) -> bool:
    """Keep `content` as the bytes of the document with this hash, unless they are kept
    already; False (and nothing kept) when the bytes do not have that hash.  `hashed`:
    the caller took the hash of these very bytes (it is not taken again)."""
    if not hashed and hashlib.sha256(content).hexdigest() != sha256:
        return False
    if has_original(session, sha256):
        return True
    session.connection().execute(_INSERT, {
        "sha256": sha256, "content": content, "size_bytes": len(content),
        "stored_at": datetime.now(UTC).replace(tzinfo=None)})
    return True


def has_original(session: Session, sha256: str) -> bool:
    return session.connection().execute(_HAS, {"sha256": sha256}).first() is not None


_FILES = Base.metadata.tables["document_files"]  # Core: no ORM set-up on ingest
_INSERT = insert(_FILES)
_HAS = select(_FILES.c.sha256).where(_FILES.c.sha256 == bindparam("sha256"))


def original_of(session: Session, sha256: str) -> bytes | None:
    """The kept bytes of the document with this hash; None when they were not kept."""
    content: bytes | None = session.scalar(
        select(DocumentFile.content).where(DocumentFile.sha256 == sha256))
    return bytes(content) if content is not None else None
