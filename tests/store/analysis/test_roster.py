"""The roster of units expected to submit, and `jixiao missing`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.errors import StoreError
from jixiao.store.analysis.roster import RosterUnit, match_unit, name_key, read_roster
from tests.helpers import ROOT, SEED, ingest_into, jixiao

ROSTER = ROOT / "samples" / "roster.csv"

UNITS = [
    RosterUnit("老庄子镇", ["老庄子镇人民政府", "老庄子"], "示例区"),
    RosterUnit("王家庄镇", ["王家庄镇人民政府"], "示例区"),
    RosterUnit("东风街道", ["东风街道办事处"], "示例区"),
    RosterUnit("新区管委会", ["管委会"]),
]


def test_sample_roster() -> None:
    units = read_roster(ROSTER)
    assert [u.name for u in units] == ["老庄子镇", "王家庄镇", "李庄乡", "东风街道"]
    assert units[0].aliases == ["老庄子镇人民政府", "老庄子"]
    assert units[0].district == "示例区"


@pytest.mark.parametrize(("name", "unit"), [
    ("老庄子镇", "老庄子镇"),
    ("老庄子镇人民政府", "老庄子镇"),
    ("老庄子", "老庄子镇"),
    ("老 庄 子 镇", "老庄子镇"),
    ("天津市示例区老庄子镇人民政府", "老庄子镇"),  # contains the name
    ("东风街道办事处", "东风街道"),
    ("东风街道", "东风街道"),
    ("王家庄镇政府", "王家庄镇"),
    ("新区管委会", "新区管委会"),
    ("某某管委会", "新区管委会"),  # contains an alias
    ("大良镇", None),
    ("", None),
    (None, None),
])
def test_match_unit(name: str | None, unit: str | None) -> None:
    got = match_unit(name, UNITS)
    assert (got.name if got else None) == unit


def test_an_ambiguous_name_matches_nothing() -> None:
    units = [RosterUnit("甲镇", ["联合"]), RosterUnit("乙镇", ["联合"])]
    assert match_unit("联合", units) is None


@pytest.mark.parametrize(("raw", "key"), [
    ("老庄子镇人民政府", "老庄子镇"), ("东风街道办事处", "东风街道"), ("ＡＢ镇 ", "AB镇"),
    ("政府", "政府"),
])
def test_name_key(raw: str, key: str) -> None:
    assert name_key(raw) == key


def test_roster_saved_by_excel_as_gbk(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("单位,别名,区县\r\n老庄子镇,老庄子|老庄子镇政府,示例区\r\n".encode("gbk"))
    [u] = read_roster(path)
    assert (u.name, u.aliases, u.district) == ("老庄子镇", ["老庄子", "老庄子镇政府"], "示例区")


def test_a_roster_without_a_name_column_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(StoreError, match="no unit-name column"):
        read_roster(path)


def test_missing_lists_the_units_without_a_submission(seeded_url: str) -> None:
    r = jixiao("missing", "--year", "2021", "--roster", str(ROSTER), "--db", seeded_url)
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "missing   王家庄镇  (示例区)" in lines
    assert not any("老庄子镇" in line for line in lines)
    assert lines[-1] == "2021: 1 of 4 units submitted, 3 missing"
    r = jixiao("missing", "--year", "2022", "--roster", str(ROSTER), "--db", seeded_url,
               "--json")
    assert [u["unit_name"] for u in json.loads(r.stdout)["missing"]] == [
        "老庄子镇", "王家庄镇", "李庄乡", "东风街道"]


def test_documents_named_by_an_alias_or_unknown(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    ingest_into(url, [SEED], unit_name="老庄子镇人民政府")
    other = tmp_path / "大良镇.txt"
    other.write_text(SEED.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ingest_into(url, [other], unit_name="大良镇")
    r = jixiao("missing", "--year", "2021", "--roster", str(ROSTER), "--db", url, "--json")
    out = json.loads(r.stdout)
    assert out["submitted"] == {"老庄子镇": [SEED.name]}
    assert out["unknown"] == {"大良镇": ["大良镇.txt"]}
    assert len(out["missing"]) == 3


def test_missing_without_a_roster_is_a_usage_error(tmp_path: Path) -> None:
    r = jixiao("missing", "--year", "2021", "--roster", str(tmp_path / "none.csv"))
    assert r.exit_code == 2
    assert "no roster" in r.stderr
