"""Which unit a `--unit` means: one resolver for every command.

An analyst types a unit as she knows it: its name, an alias on the roster, or a part of
the name.  `resolve_unit` turns that into one `Unit`: the canonical name (the roster's,
when the unit is on it) and every spelling of it stored in `documents.unit_name`, which
is what the commands filter on.  The steps, the first that finds something wins:

1. the text trimmed; nothing left is no unit (None);
2. exactly a roster name or alias, or exactly a stored unit name: that unit;
3. the same after cleaning (full-width forms, spaces, 人民政府 …: `roster.name_key`);
4. a part of a name: the one unit (the roster's units, and the stored names on no roster
   row) with a name, alias or stored spelling that contains it;
5. several units contain it: `AmbiguousUnit`, listing them.

A stored spelling belongs to the roster unit `roster.match_unit` gives it (天津市示例区
老庄子镇人民政府 → 老庄子镇).  Without a roster, the same steps over the stored names.
A text that matches nothing is a `Unit` with no spellings: the command finds no rows and
says so as it always has.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.errors import OptionError
from jixiao.store.analysis.roster import RosterIndex, RosterUnit, name_key, stored_roster
from jixiao.store.db.models import Document

MAX_LISTED = 12  # candidates an ambiguity error names


class AmbiguousUnit(OptionError):
    """A part of a name that several units contain: the message lists them (exit 2)."""


@dataclass(frozen=True)
class Unit:
    """A unit as the commands use it: the name to show, the stored names to filter on."""

    name: str
    spellings: tuple[str, ...]


@dataclass
class _Candidate:
    """A unit the text may mean: a roster unit with its stored spellings, or a stored
    name on no roster row."""

    name: str
    names: list[str]  # the name, the aliases: what the text is compared with
    spellings: list[str]  # the stored unit names that mean it

    def unit(self) -> Unit:
        return Unit(self.name, tuple(sorted(self.spellings)))


def stored_names(session: Session) -> list[str]:
    """Every unit name stored (any status: history too), in order (of the characters,
    whatever the database's collation)."""
    return sorted(n for n in session.scalars(
        select(Document.unit_name).where(Document.unit_name.is_not(None)).distinct()) if n)


def candidates(stored: list[str], roster: list[RosterUnit]) -> list[_Candidate]:
    """The roster's units, each with the stored names that match it, then every stored
    name that matches no roster unit (a unit of its own)."""
    by_unit = {u.name: _Candidate(u.name, [u.name, *u.aliases], []) for u in roster}
    loose: list[_Candidate] = []
    index = RosterIndex(roster)
    for name in stored:
        unit = index.match(name)
        if unit is None:
            loose.append(_Candidate(name, [name], [name]))
        else:
            by_unit[unit.name].spellings.append(name)
    return [*by_unit.values(), *loose]


def resolve_unit(session: Session, text: str | None) -> Unit | None:
    """The unit `text` means (see the module's docstring); None for no text."""
    return resolve(text, candidates(stored_names(session), stored_roster(session)))


def resolve(text: str | None, units: list[_Candidate]) -> Unit | None:
    """`resolve_unit` over given candidates (no database)."""
    wanted = (text or "").strip()
    if not wanted:
        return None
    for same in (_exactly, _cleaned):
        found = [c for c in units if same(wanted, c)]
        if found:
            return found[0].unit()
    found = [c for c in units if any(wanted in n for n in (*c.names, *c.spellings))]
    if len(found) == 1:
        return found[0].unit()
    if found:
        raise AmbiguousUnit(_ambiguous(wanted, found))
    return Unit(wanted, ())


def _exactly(text: str, c: _Candidate) -> bool:
    return text in c.names or text in c.spellings


def _cleaned(text: str, c: _Candidate) -> bool:
    key = name_key(text)
    return bool(key) and any(name_key(n) == key for n in (*c.names, *c.spellings))


def _ambiguous(text: str, found: list[_Candidate]) -> str:
    names = [c.name for c in found]
    listed = "、".join(names[:MAX_LISTED]) + (f" … ({len(names)} in all)"
                                              if len(names) > MAX_LISTED else "")
    return (f"{text!r} is a part of the names of {len(names)} units: {listed}; "
            "give more of the name (or the name itself)")
