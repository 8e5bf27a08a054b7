"""Which unit a `--unit` means: trimmed, exact, a roster alias, a part of a name, or
ambiguous; with a stored roster and without one; the roster stored and read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from jixiao.errors import OptionError, StoreError
from jixiao.store.analysis.roster import RosterUnit, replace_roster, stored_roster
from jixiao.store.analysis.units import AmbiguousUnit, Unit, candidates, resolve, resolve_unit
from jixiao.store.db.engine import open_engine
from tests.helpers import SAMPLES, SEED, database, ingest_into

# Unit names as the samples store them (samples/seed, samples/real), and one spelling of
# the seed's township that a county's file uses.
STORED = ["老庄子镇", "天津市示例区老庄子镇人民政府", "陵区林业局", "浮梁县林业局", "区林业局",
          "潼南区五桂镇"]
ROSTER = [RosterUnit("老庄子镇", ["老庄子镇人民政府", "老庄子"], "示例区"),
          RosterUnit("浮梁县林业局", ["浮梁林业"], "浮梁县"),
          RosterUnit("李庄乡", ["李庄"], "示例区")]
LAOZHUANGZI = Unit("老庄子镇", ("天津市示例区老庄子镇人民政府", "老庄子镇"))


@pytest.mark.parametrize(("text", "unit"), [
    # exact
    ("老庄子镇", LAOZHUANGZI),
    ("陵区林业局", Unit("陵区林业局", ("陵区林业局",))),
    ("区林业局", Unit("区林业局", ("区林业局",))),  # exact, though 陵区林业局 contains it
    ("天津市示例区老庄子镇人民政府", LAOZHUANGZI),  # a stored spelling: its roster unit
    # trimmed
    ("  老庄子镇 ", LAOZHUANGZI),
    ("\t浮梁县林业局\n", Unit("浮梁县林业局", ("浮梁县林业局",))),
    # a roster alias: the canonical unit and all its stored spellings
    ("老庄子", LAOZHUANGZI),
    ("老庄子镇人民政府", LAOZHUANGZI),
    ("浮梁林业", Unit("浮梁县林业局", ("浮梁县林业局",))),
    ("李庄", Unit("李庄乡", ())),  # on the roster, nothing stored
    # cleaned: spaces, full-width forms, 人民政府
    ("老庄子镇 人民政府", LAOZHUANGZI),
    ("潼南区五桂镇人民政府", Unit("潼南区五桂镇", ("潼南区五桂镇",))),
    # a part of one unit's name
    ("五桂", Unit("潼南区五桂镇", ("潼南区五桂镇",))),
    ("示例区老庄", LAOZHUANGZI),  # a part of a stored spelling
    ("浮梁", Unit("浮梁县林业局", ("浮梁县林业局",))),
    ("陵区", Unit("陵区林业局", ("陵区林业局",))),
    # nothing matches: no stored names
    ("大良镇", Unit("大良镇", ())),
    # no unit
    ("", None), ("   ", None), (None, None),
])
def test_resolve_with_a_roster(text: str | None, unit: Unit | None) -> None:
    assert resolve(text, candidates(STORED, ROSTER)) == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("老庄子镇", Unit("老庄子镇", ("老庄子镇",))),
    (" 五桂 ", Unit("潼南区五桂镇", ("潼南区五桂镇",))),
    ("老庄子", None),  # two stored names, no roster to say they are one unit: ambiguous
    ("浮梁林业", Unit("浮梁林业", ())),  # an alias means nothing without the roster
])
def test_resolve_without_a_roster(text: str, unit: Unit | None) -> None:
    units = candidates(STORED, [])
    if unit is None:
        with pytest.raises(AmbiguousUnit):
            resolve(text, units)
    else:
        assert resolve(text, units) == unit


@pytest.mark.parametrize(("text", "named"), [
    ("林业局", ["浮梁县林业局", "陵区林业局", "区林业局"]),
    ("林业", ["浮梁县林业局", "陵区林业局", "区林业局"]),
    ("镇", ["老庄子镇", "潼南区五桂镇"]),
])
def test_an_ambiguous_part_lists_the_units_and_asks_for_more(text: str,
                                                             named: list[str]) -> None:
    with pytest.raises(AmbiguousUnit) as e:
        resolve(text, candidates(STORED, ROSTER))
    message = str(e.value)
    assert message.startswith(f"{text!r} is a part of the names of {len(named)} units: ")
    assert all(n in message for n in named)
    assert message.endswith("give more of the name (or the name itself)")
    assert isinstance(e.value, OptionError)  # a usage error: exit 2


# --- on the database ------------------------------------------------------------------------

FORESTRY = SAMPLES / "real" / "2021年林业局部门整体支出绩效自评表.docx"  # 陵区林业局
FULIANG = SAMPLES / "real" / "浮梁县林业局部门整体支出绩效目标表.xlsx"
SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def units_url(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed as 老庄子镇, its .docx as 天津市示例区老庄子镇人民政府, and two forestry
    bureaus from samples/real, on each engine; no roster."""
    with database(request.param, tmp_path_factory.mktemp("units")) as url:
        ingest_into(url, [SEED, FORESTRY, FULIANG])
        ingest_into(url, [SEED_DOCX], unit_name="天津市示例区老庄子镇人民政府")
        yield url


def _resolve(url: str, text: str, roster: list[RosterUnit] | None = None) -> Unit | None:
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            if roster is not None:
                replace_roster(s, roster)
            try:
                return resolve_unit(s, text)
            finally:
                s.rollback()  # leave the module's database without a roster
    finally:
        engine.dispose()


def test_the_stored_names_without_a_roster(units_url: str) -> None:
    assert _resolve(units_url, " 陵区 ") == Unit("陵区林业局", ("陵区林业局",))
    with pytest.raises(AmbiguousUnit, match="浮梁县林业局、陵区林业局"):
        _resolve(units_url, "林业局")
    with pytest.raises(AmbiguousUnit, match="give more of the name"):
        _resolve(units_url, "老庄子")


def test_the_stored_roster_joins_the_spellings(units_url: str) -> None:
    assert _resolve(units_url, "老庄子", ROSTER) == LAOZHUANGZI
    assert _resolve(units_url, "浮梁林业", ROSTER) == Unit("浮梁县林业局", ("浮梁县林业局",))


def test_a_roster_is_replaced_whole_and_read_back_in_order(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        with Session(engine) as s, s.begin():
            first = replace_roster(s, ROSTER)
        with Session(engine) as s, s.begin():
            second = replace_roster(s, ROSTER[:2])
        with Session(engine) as s:
            assert stored_roster(s) == ROSTER[:2]
    finally:
        engine.dispose()
    assert (first.units, first.aliases, first.districts, first.replaced) == (3, 4, 2, 0)
    assert (second.units, second.replaced) == (2, 3)


def test_a_unit_on_two_rows_is_refused_and_nothing_changes(db_url: str, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    try:
        with Session(engine) as s, s.begin():
            replace_roster(s, ROSTER)
        with pytest.raises(StoreError, match="more than one row: 老庄子镇"), \
                Session(engine) as s, s.begin():
            replace_roster(s, [*ROSTER, RosterUnit("老庄子镇", ["老庄子村"])])
        with Session(engine) as s:
            assert [u.name for u in stored_roster(s)] == ["老庄子镇", "浮梁县林业局", "李庄乡"]
    finally:
        engine.dispose()
