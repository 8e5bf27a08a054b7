"""The roster of units expected to submit, and matching documents' unit names to it.

The bureau keeps the roster as a CSV (Excel saves it as UTF-8 with a BOM, or as GBK):
one row per unit with its name, its other names (aliases, separated by ； ; 、 , or |)
and its district.  A document's unit name matches a unit when, cleaned (full-width
forms, spaces, and words such as 人民政府 removed), it equals the unit's name or an
alias, or else contains exactly one unit's name or alias (天津市东丽区老庄子镇人民政府
contains 老庄子镇).

`jixiao roster load` keeps the roster in the database (table `roster`): `replace_roster`
replaces it whole, `stored_roster` reads it back; every `--unit` resolves names through
it (`jixiao.store.analysis.units`), and `missing` uses it when no CSV is given.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jixiao.errors import StoreError
from jixiao.store.db.models import Document, RosterRow
from jixiao.vocab.organisations import MATCH_STRIP_SUFFIXES

# Header words for each column (the first header that matches wins).
NAME_HEADERS = ("单位名称", "单位", "名称", "unit", "unit_name", "name")
ALIAS_HEADERS = ("别名", "其他名称", "曾用名", "aliases", "alias")
DISTRICT_HEADERS = ("所属区", "区县", "区", "district")
ALIAS_SEPARATORS = re.compile(r"[；;、,，|/]")
ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass
class RosterUnit:
    name: str
    aliases: list[str] = field(default_factory=list)
    district: str | None = None

    def match_keys(self) -> list[str]:
        return list(dict.fromkeys(k for k in map(name_key, [self.name, *self.aliases]) if k))


def name_key(name: str | None) -> str:
    s = unicodedata.normalize("NFKC", name or "")
    s = re.sub(r"\s+", "", s)
    changed = True
    while changed:
        changed = False
        for suffix in MATCH_STRIP_SUFFIXES:
            if s.endswith(suffix) and len(s) > len(suffix):
                s, changed = s[: -len(suffix)], True
    return s


def _column(header: list[str], words: tuple[str, ...]) -> int | None:
    cleaned = [h.strip().lower() for h in header]
    for w in words:
        if w in cleaned:
            return cleaned.index(w)
    return None


def read_roster(path: Path) -> list[RosterUnit]:
    """The units of a roster CSV; StoreError names the file and what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise StoreError(f"cannot read the roster {path}: {e.strerror or e}; give the CSV "
                         "with --roster FILE") from e
    content = None
    for enc in ENCODINGS:
        try:
            content = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if content is None:
        raise StoreError(f"the roster {path} is neither UTF-8 nor GBK text; save it as CSV")
    rows = [r for r in csv.reader(io.StringIO(content)) if any(c.strip() for c in r)]
    if not rows:
        raise StoreError(f"the roster {path} is empty")
    header = rows[0]
    name_col = _column(header, NAME_HEADERS)
    if name_col is None:
        raise StoreError(f"the roster {path} has no unit-name column: its first row should "
                         f"be a header with 单位名称 (and optionally 别名, 所属区)")
    alias_col = _column(header, ALIAS_HEADERS)
    district_col = _column(header, DISTRICT_HEADERS)

    def cell(r: list[str], col: int | None) -> str:
        return r[col].strip() if col is not None and col < len(r) else ""

    units = []
    for r in rows[1:]:
        name = cell(r, name_col)
        if not name:
            continue
        aliases = [a.strip() for a in ALIAS_SEPARATORS.split(cell(r, alias_col)) if a.strip()]
        units.append(RosterUnit(name, aliases, cell(r, district_col) or None))
    return units


def duplicate_names(roster: list[RosterUnit]) -> list[str]:
    """Unit names that are on more than one row (a roster keeps each unit once)."""
    counts = Counter(u.name for u in roster)
    return [name for name, n in counts.items() if n > 1]


@dataclass(frozen=True)
class RosterCounts:
    """What `replace_roster` did."""

    units: int
    aliases: int
    districts: int
    replaced: int  # the units of the roster it replaced


def replace_roster(session: Session, roster: list[RosterUnit]) -> RosterCounts:
    """Make `roster` the stored roster, in the caller's transaction (the old one goes);
    StoreError when a unit is on two rows."""
    twice = duplicate_names(roster)
    if twice:
        raise StoreError("the roster names a unit on more than one row: " + "、".join(twice)
                         + "; keep one row per unit, its other names in the 别名 column")
    replaced = session.scalar(select(func.count(RosterRow.id))) or 0
    session.execute(delete(RosterRow))
    session.add_all(RosterRow(name=u.name, aliases=list(u.aliases), district=u.district)
                    for u in roster)
    session.flush()
    return RosterCounts(len(roster), sum(len(u.aliases) for u in roster),
                        len({u.district for u in roster if u.district}), replaced)


def stored_roster(session: Session) -> list[RosterUnit]:
    """The roster `jixiao roster load` stored, in its order (empty when none was)."""
    return [RosterUnit(r.name, [str(a) for a in r.aliases or []], r.district)
            for r in session.scalars(select(RosterRow).order_by(RosterRow.id))]


def match_unit(name: str | None, roster: list[RosterUnit]) -> RosterUnit | None:
    """The roster unit a document's unit name means, or None (unknown or ambiguous)."""
    return RosterIndex(roster).match(name)


class RosterIndex:
    """A roster made ready to match many names: each unit's keys are cleaned once."""

    def __init__(self, roster: list[RosterUnit]) -> None:
        self.keyed = [(u, u.match_keys()) for u in roster]
        self.exact: dict[str, list[RosterUnit]] = {}
        for u, keys in self.keyed:
            for k in keys:
                self.exact.setdefault(k, []).append(u)

    def match(self, name: str | None) -> RosterUnit | None:
        """The unit whose name or alias is the name (cleaned); else the one whose longest
        name or alias the name contains; None when there is none, or several."""
        key = name_key(name)
        if not key:
            return None
        exact = self.exact.get(key, [])
        if len(exact) == 1:
            return exact[0]
        best: list[tuple[int, RosterUnit]] = []
        for u, keys in self.keyed:
            inside = [len(k) for k in keys if k in key]
            if inside:
                best.append((max(inside), u))
        if not best:
            return None
        longest = max(n for n, _u in best)
        winners = [u for n, u in best if n == longest]
        return winners[0] if len(winners) == 1 else None


@dataclass
class Submissions:
    year: int
    expected: list[RosterUnit]
    submitted: dict[str, list[str]]  # roster name → the files
    missing: list[RosterUnit]
    unknown: dict[str, list[str]]  # unit names on no roster row → the files

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "expected": len(self.expected),
            "submitted": self.submitted,
            "missing": [{"unit_name": u.name, "district": u.district, "aliases": u.aliases}
                        for u in self.missing],
            "unknown": self.unknown,
        }


def submissions(session: Session, roster: list[RosterUnit], year: int) -> Submissions:
    """Who submitted for `year` (current documents), who did not, and unknown names."""
    rows = session.execute(
        select(Document.unit_name, Document.source)
        .where(Document.status == "current", Document.year == year)
        .order_by(Document.unit_name, Document.source)
    ).all()
    submitted: dict[str, list[str]] = {}
    unknown: dict[str, list[str]] = {}
    index = RosterIndex(roster)
    for unit_name, source in rows:
        unit = index.match(unit_name)
        if unit is None:
            unknown.setdefault(unit_name or "（未识别单位）", []).append(source)
        else:
            submitted.setdefault(unit.name, []).append(source)
    missing = [u for u in roster if u.name not in submitted]
    return Submissions(year, roster, submitted, missing, unknown)
