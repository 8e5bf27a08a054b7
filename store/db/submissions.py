"""Submissions and versions: which stored documents count, and which version is current.

**Submissions.**  A township sends its tables as .docx and as the stamped .pdf, or sends
the .txt export again: different files, one submission.  Documents of the same unit and
year whose projects are the same (names and amounts, whatever the format or file name)
are one submission.  Membership is stored: `documents.submission` is a key made at write
time from the document's own unit, year and projects (`submission_key`), so it never
depends on what else is stored.  Which member is the *primary* is decided when read, among
the current documents (`PRIMARY_IDS`, a view-able query): the richest format
(`FORMAT_TIERS`: .docx/.xlsx, then the old Word and Excel formats, then text, then PDF),
then the older stored one.  So the primary is right after any order of ingests,
re-ingests, supersessions, removals and restores, on either database, with nothing to
maintain.  The views `v_projects`, `v_funding` and `v_indicators`, and every total, read
primary documents only.

**Versions.**  Two files with the same unit, year and file name are versions of one
document; the current one is the newest by the file's own time (`documents.file_time`:
the file's modification time, or a zip entry's date), ties going to the one stored later
(`is_newer`).  A version whose time is unknown (stored before migration 0004) counts as
older than any whose time is known.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

# The formats a submission's primary is chosen from, richest first; a format in no tier
# comes after them all.
FORMAT_TIERS: tuple[tuple[str, ...], ...] = (
    ("docx", "xlsx"),  # the file the unit edited
    ("doc", "xls", "wps"),  # the same, in the old binary formats (read through LibreOffice)
    ("txt",),  # a text export: cells, but no merges
    ("pdf", "ofd"),  # the stamped print: positions, not cells
)
# What a project name is compared on: no spaces, punctuation or brackets (a PDF reads
# 排水沟（债务化解资金） where the Word file has 排水沟(债务化解资金)), NFKC forms.
_NOT_NAME = re.compile(r"[^\w]|_")


def name_key(name: str | None) -> str:
    return _NOT_NAME.sub("", unicodedata.normalize("NFKC", name or ""))


def amount_key(yuan: float | None) -> str:
    """An amount to the 分 (floats read from 万元 differ in the last digits)."""
    return "" if yuan is None else f"{round(yuan, 2):.2f}"


def submission_key(
    unit_name: str | None, year: int | None, projects: Iterable[tuple[str | None, float | None]],
    *, sha256: str,
) -> str:
    """The submission a document belongs to: 16 hex digits from its unit, year and its
    projects' names and amounts (in any order).  A document without projects is a
    submission of its own (its key comes from its content)."""
    names = sorted(f"{name_key(n)}={amount_key(a)}" for n, a in projects)
    basis = "\n".join([unit_name or "", str(year or ""), *names]) if names else f"sha:{sha256}"
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


def format_rank_sql(column: str) -> str:
    """SQL ranking a format column by `FORMAT_TIERS` (0 the richest)."""
    whens = " ".join(
        f"WHEN '{fmt}' THEN {rank}" for rank, tier in enumerate(FORMAT_TIERS) for fmt in tier
    )
    return f"CASE {column} {whens} ELSE {len(FORMAT_TIERS)} END"


def format_rank(fmt: str) -> int:
    return next((rank for rank, tier in enumerate(FORMAT_TIERS) if fmt in tier),
                len(FORMAT_TIERS))


# The ids of the primary documents: of each submission's current documents, the first by
# format tier, then by when it was stored.  One statement for SQLite and PostgreSQL.  (A
# document written without a key, by hand, is a submission of its own.)
PRIMARY_IDS = f"""
SELECT ranked.id FROM (
  SELECT c.id, ROW_NUMBER() OVER (
    PARTITION BY COALESCE(c.submission, c.sha256)
    ORDER BY {format_rank_sql("c.format")}, c.ingested_at, c.id) AS n
  FROM documents c WHERE c.status = 'current'
) ranked WHERE ranked.n = 1
""".strip()


def primary_ids(session: Session) -> set[int]:
    return set(session.execute(text(PRIMARY_IDS)).scalars())


def is_newer(new: datetime | None, old: datetime | None) -> bool:
    """Does a version with file time `new`, stored after one with `old`, replace it?"""
    if new is None:
        return old is None
    return old is None or new >= old
