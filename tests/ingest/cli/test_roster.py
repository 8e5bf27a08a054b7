"""`jixiao roster load/list`, and every --unit through the roster: an alias, a part of a
name, an ambiguous part; `missing` with the stored roster; `ingest --unit-name` trimmed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import SAMPLES, SEED, ingest_into, jixiao

FORESTRY = SAMPLES / "real" / "2021年林业局部门整体支出绩效自评表.docx"  # 陵区林业局, 2021
FULIANG = SAMPLES / "real" / "浮梁县林业局部门整体支出绩效目标表.xlsx"
SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
# samples/roster.csv, and a forestry bureau with a short name
ROSTER_CSV = (SAMPLES / "roster.csv").read_text(encoding="utf-8") + "浮梁县林业局,浮梁林业,浮梁县\n"


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed as 老庄子镇 and two forestry bureaus from samples/real; no roster."""
    db = f"sqlite:///{tmp_path_factory.mktemp('roster') / 'jixiao.db'}"
    ingest_into(db, [SEED, FORESTRY, FULIANG])
    return db


@pytest.fixture(scope="module")
def with_roster(url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same, a second spelling of the seed's township (its .docx, as the county's
    file names it), and the roster loaded."""
    db = url.replace("jixiao.db", "with_roster.db")
    ingest_into(db, [SEED, FORESTRY, FULIANG])
    ingest_into(db, [SEED_DOCX], unit_name="老庄子镇人民政府")
    csv = tmp_path_factory.mktemp("csv") / "roster.csv"
    csv.write_text(ROSTER_CSV, encoding="utf-8")
    r = jixiao("roster", "load", str(csv), "--db", db)
    assert r.exit_code == 0, r.stderr
    return db


# --- roster load / list -------------------------------------------------------------------


def test_roster_load_reports_what_it_stored(db_url: str, tmp_path: Path) -> None:
    csv = tmp_path / "roster.csv"
    csv.write_text(ROSTER_CSV, encoding="utf-8")
    r = jixiao("roster", "load", str(csv), "--db", db_url)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == f"roster loaded from {csv}: 5 units, 7 aliases, 2 districts\n"
    again = jixiao("roster", "load", str(csv), "--db", db_url, "--json")
    assert json.loads(again.stdout) == {"file": str(csv), "units": 5, "aliases": 7,
                                        "districts": 2, "replaced": 5}


def test_roster_list_prints_the_units_and_their_stored_names(with_roster: str) -> None:
    listed = json.loads(jixiao("roster", "list", "--json", "--db", with_roster).stdout)
    assert [u["unit_name"] for u in listed] == ["老庄子镇", "王家庄镇", "李庄乡", "东风街道",
                                                 "浮梁县林业局"]
    assert listed[0] == {"unit_name": "老庄子镇", "aliases": ["老庄子镇人民政府", "老庄子"],
                         "district": "示例区", "stored_names": ["老庄子镇", "老庄子镇人民政府"]}
    bare = jixiao("roster", "--json", "--db", with_roster)  # `roster` alone lists it too
    assert json.loads(bare.stdout) == listed
    table = jixiao("roster", "--db", with_roster).stdout
    assert "浮梁县林业局" in table and "老庄子镇人民政府；老庄子" in table
    as_csv = jixiao("roster", "list", "--csv", "--db", with_roster).stdout
    assert as_csv.splitlines()[:2] == ["\ufeffunit_name,aliases,district,stored_names",
                                       "老庄子镇,老庄子镇人民政府；老庄子,示例区,老庄子镇；老庄子镇人民政府"]


def test_roster_list_without_a_roster_says_how_to_load_one(url: str) -> None:
    r = jixiao("roster", "--db", url)
    assert r.stdout == "no roster stored; load one with `jixiao roster load FILE.csv`\n"


def test_a_roster_that_names_a_unit_twice_is_refused(url: str, tmp_path: Path) -> None:
    csv = tmp_path / "roster.csv"
    csv.write_text("单位名称,别名\n老庄子镇,老庄子\n老庄子镇,老庄子镇政府\n", encoding="utf-8")
    r = jixiao("roster", "load", str(csv), "--db", url)
    assert r.exit_code == 1
    assert r.stderr.startswith("jixiao: the roster names a unit on more than one row: 老庄子镇")
    assert json.loads(jixiao("roster", "--json", "--db", url).stdout) == []


def test_roster_load_of_no_file_is_a_usage_error(url: str, tmp_path: Path) -> None:
    r = jixiao("roster", "load", str(tmp_path / "nope.csv"), "--db", url)
    assert r.exit_code == 2
    assert "no such file" in r.stderr


# --- every --unit ---------------------------------------------------------------------------


def test_report_unit_takes_an_alias(with_roster: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = jixiao("report", "--unit", "老庄子", "--year", "2021", "--db", with_roster, "-o", str(out))
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "老庄子镇" in html and "1,555.47万元" not in html  # two submissions: 3,110.94
    assert "3,110.94万元" in html
    trimmed = jixiao("report", "--unit", " 老庄子 ", "--year", "2021", "--db", with_roster,
                     "-o", str(tmp_path / "t.html"))
    assert trimmed.exit_code == 0, trimmed.stderr


def test_summary_unit_takes_a_part_of_a_name(url: str) -> None:
    r = jixiao("summary", "--unit", "陵区", "--json", "--db", url)
    assert r.exit_code == 0, r.stderr
    [figures] = json.loads(r.stdout)
    assert (figures["unit_name"], figures["year"]) == ("陵区林业局", 2021)


def test_summary_unit_alias_counts_every_spelling_as_the_unit(with_roster: str) -> None:
    [figures] = json.loads(jixiao("summary", "--unit", "老庄子镇人民政府", "--json",
                                  "--db", with_roster).stdout)
    assert (figures["unit_name"], figures["documents"], figures["projects"]) == ("老庄子镇", 2, 24)


def test_history_takes_a_part_of_a_name(url: str) -> None:
    r = jixiao("history", "浮梁", "--json", "--db", url)
    assert r.exit_code == 0, r.stderr
    assert [v["unit_name"] for v in json.loads(r.stdout)] == ["浮梁县林业局"]


@pytest.mark.parametrize("args", [
    ["summary", "--unit", "林业局"], ["report", "--unit", "林业局", "--year", "2021"],
    ["history", "林业局"], ["check", "--unit", "林业局"], ["projects", "--unit", "林业局"],
    ["show", "1", "--unit", "林业局"],
], ids=lambda a: a[0])
def test_an_ambiguous_part_lists_the_units(url: str, args: list[str]) -> None:
    r = jixiao(*args, "--db", url)
    assert r.exit_code == 2, r.output
    assert r.stderr == ("jixiao: '林业局' is a part of the names of 2 units: 浮梁县林业局、"
                        "陵区林业局; give more of the name (or the name itself)\n")


@pytest.mark.parametrize("args", [
    ["projects", "--json", "--unit"], ["check", "--json", "--unit"],
], ids=lambda a: a[0])
def test_listings_take_an_alias(with_roster: str, args: list[str]) -> None:
    r = jixiao(*args, "浮梁林业", "--db", with_roster)
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    rows = data["findings"] if isinstance(data, dict) else data
    assert rows and {row["unit_name"] for row in rows} == {"浮梁县林业局"}


def test_show_unit_takes_an_alias(with_roster: str) -> None:
    r = jixiao("show", "排水沟", "--unit", "老庄子", "--json", "--db", with_roster)
    assert r.exit_code == 2  # the project in both spellings' documents: listed to choose
    assert "2 projects match" in r.stderr


# --- missing, ingest ------------------------------------------------------------------------


def test_missing_uses_the_stored_roster(with_roster: str) -> None:
    r = jixiao("missing", "--year", "2021", "--json", "--db", with_roster)
    assert r.exit_code == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["expected"] == 5
    assert sorted(got["submitted"]["老庄子镇"]) == ["老庄子镇_2021.docx", "老庄子镇_2021.txt"]
    assert [u["unit_name"] for u in got["missing"]] == ["王家庄镇", "李庄乡", "东风街道",
                                                        "浮梁县林业局"]


def test_missing_without_any_roster_says_how_to_give_one(url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no roster.csv here
    monkeypatch.delenv("JIXIAO_ROSTER", raising=False)
    r = jixiao("missing", "--year", "2021", "--db", url)
    assert r.exit_code == 2
    assert r.stderr.startswith("jixiao: no roster: load one with `jixiao roster load FILE.csv`")


def test_ingest_unit_name_is_trimmed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'j.db'}"
    r = jixiao("ingest", str(SEED), "--unit-name", "  老庄子镇人民政府 ", "--db", db, "--json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(jixiao("documents", "--json", "--db", db).stdout)
    assert [d["unit_name"] for d in rows] == ["老庄子镇人民政府"]


# --- the same through each database engine --------------------------------------------------


def test_every_unit_option_resolves_through_the_stored_roster(db_url: str,
                                                               tmp_path: Path) -> None:
    """The roster and the stored names are read from the database: an alias, a part of a
    name, every spelling of a unit and an ambiguous part, on SQLite and PostgreSQL."""
    ingest_into(db_url, [SEED, FORESTRY, FULIANG])
    ingest_into(db_url, [SEED_DOCX], unit_name="老庄子镇人民政府")
    csv = tmp_path / "roster.csv"
    csv.write_text(ROSTER_CSV, encoding="utf-8")
    assert jixiao("roster", "load", str(csv), "--db", db_url).exit_code == 0

    [figures] = json.loads(jixiao("summary", "--unit", " 老庄子 ", "--json",
                                  "--db", db_url).stdout)
    assert (figures["unit_name"], figures["documents"], figures["projects"]) == ("老庄子镇", 2, 24)
    [figures] = json.loads(jixiao("summary", "--unit", "陵区", "--json", "--db", db_url).stdout)
    assert (figures["unit_name"], figures["budget_yuan"]) == ("陵区林业局", 47_536_600)
    found = json.loads(jixiao("check", "--unit", "浮梁林业", "--json", "--db", db_url).stdout)
    assert found["findings"] and {f["unit_name"] for f in found["findings"]} == {"浮梁县林业局"}
    history = json.loads(jixiao("history", "浮梁", "--json", "--db", db_url).stdout)
    assert [v["unit_name"] for v in history] == ["浮梁县林业局"]
    out = tmp_path / "r.html"
    r = jixiao("report", "--unit", "老庄子镇人民政府", "--year", "2021", "--db", db_url,
               "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert "3,110.94万元" in out.read_text(encoding="utf-8")  # both spellings' submissions
    r = jixiao("projects", "--unit", "林业局", "--db", db_url)
    assert r.exit_code == 2 and "浮梁县林业局、陵区林业局" in r.stderr
