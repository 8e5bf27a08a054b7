"""Submissions and versions: which stored documents count, and which version is current.

**Submissions.**  A township sends its tables as .docx and as the stamped .pdf, or sends
the .txt export again: different files, one submission.  Documents of the same unit and
year whose projects are the same (names and amounts, whatever the format or file name)
are one submission.  Membership is stored: `documents.submission` is a key made at write
time from the document's own unit, year and projects (`submission_key`), so it never
depends on what else is stored.  Which member is the *primary* is decided when read, among
the current documents (`PRIMARY_IDS`, a view-able query): the richest format
(`FORMAT_TIERS`: .docx/.xlsx, then the old Word and Excel formats, then text, then PDF,
then a scan or photo read by OCR),
then the older stored one; `jixiao config primary-formats` stores another order in the
database (`jixiao_meta`, read by `stored_tiers`; the views are made from it).  So the
primary is right after any order of ingests,
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

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from jixiao.errors import OptionError

# The formats a submission's primary is chosen from, richest first; a format in no tier
# comes after them all.
Tiers = tuple[tuple[str, ...], ...]
FORMAT_TIERS: Tiers = (
    ("docx", "xlsx"),  # the file the unit edited
    # the same in Word's and Excel's other ways to save (old binary formats, RTF, XML, web
    # pages) and in OpenDocument, as WPS and LibreOffice save it
    ("doc", "xls", "wps", "odt", "ods", "rtf", "wordxml", "xlsxml", "html"),
    ("txt", "csv"),  # a text export or delimited text: cells, but no merges
    ("pdf", "ofd"),  # the stamped print: positions, not cells
    ("image",),  # a scan or photo (.jpg, .png, .tif): what OCR read, the least sure
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


def format_rank_sql(column: str, tiers: Tiers = FORMAT_TIERS) -> str:
    """SQL ranking a format column by `tiers` (0 the richest)."""
    whens = " ".join(
        f"WHEN '{fmt}' THEN {rank}" for rank, tier in enumerate(tiers) for fmt in tier
    )
    return f"CASE {column} {whens} ELSE {len(tiers)} END"


def format_rank(fmt: str, tiers: Tiers = FORMAT_TIERS) -> int:
    return next((rank for rank, tier in enumerate(tiers) if fmt in tier), len(tiers))


# --- another order, stored ---------------------------------------------------------------

# The jixiao_meta key of the order `jixiao config primary-formats` stored.
PRIMARY_FORMATS_KEY = "primary_formats"
_FORMAT = re.compile(r"[a-z0-9]+")


def parse_tiers(text: str) -> Tiers:
    """An order of formats as written: tiers separated by `,`, formats of one tier by `/`
    (`pdf,docx/xlsx`); the formats it leaves out follow in their usual order (`pdf,docx`
    is pdf, docx, xlsx, doc/xls/wps, txt, ofd).  OptionError when it cannot be used."""
    given = [tuple(f.strip().lower().lstrip(".") for f in tier.split("/") if f.strip())
             for tier in text.split(",") if tier.strip()]
    named = [f for tier in given for f in tier]
    bad = [f for f in named if not _FORMAT.fullmatch(f)]
    twice = sorted({f for f in named if named.count(f) > 1})
    if not named or bad or twice:
        why = (f"{'、'.join(bad)} is not a format" if bad else
               f"{'、'.join(twice)} is named twice" if twice else "no format is named")
        raise OptionError(
            f"cannot read the order of formats {text!r}: {why}; write the formats richest "
            "first, separated by commas, formats of equal rank joined by / "
            "(e.g. pdf,docx/xlsx,txt)")
    rest = [tuple(f for f in tier if f not in named) for tier in FORMAT_TIERS]
    return tuple(given) + tuple(tier for tier in rest if tier)


def tiers_text(tiers: Tiers) -> str:
    """An order of formats as `parse_tiers` reads it: docx/xlsx,doc/xls/wps,txt,pdf/ofd,image."""
    return ",".join("/".join(tier) for tier in tiers)


def stored_tiers(conn: Connection | Session) -> Tiers:
    """The order of formats this database uses: the one stored, else `FORMAT_TIERS`."""
    stored = conn.execute(text("SELECT value FROM jixiao_meta WHERE key = :k"),
                          {"k": PRIMARY_FORMATS_KEY}).scalar()
    return parse_tiers(stored) if stored else FORMAT_TIERS


# The ids of the primary documents: of each submission's current documents, the first by
# format tier, then by when it was stored.  One statement for SQLite and PostgreSQL.  (A
# document written without a key, by hand, is a submission of its own.)
def primary_ids_sql(tiers: Tiers = FORMAT_TIERS) -> str:
    return f"""
SELECT ranked.id FROM (
  SELECT c.id, ROW_NUMBER() OVER (
    PARTITION BY COALESCE(c.submission, c.sha256)
    ORDER BY {format_rank_sql("c.format", tiers)}, c.ingested_at, c.id) AS n
  FROM documents c WHERE c.status = 'current'
) ranked WHERE ranked.n = 1
""".strip()


PRIMARY_IDS = primary_ids_sql()  # in the usual order of formats


def primary_ids(session: Session) -> set[int]:
    """The primary documents' ids, in the order of formats the database uses."""
    return set(session.execute(text(primary_ids_sql(stored_tiers(session)))).scalars())


def is_newer(new: datetime | None, old: datetime | None) -> bool:
    """Does a version with file time `new`, stored after one with `old`, replace it?"""
    if new is None:
        return old is None
    return old is None or new >= old
