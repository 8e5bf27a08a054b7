"""`jixiao correct` and `jixiao corrections`: what they print, the audit trail in JSON and
CSV, undo, totals that follow a correction, and errors that say what to do."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from jixiao.ingest.cli.main import main
from tests.helpers import SEED, ingest_into


def _jx(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db(db_url: str, tmp_path: Path) -> str:
    """The seed submission, one file, on both engines."""
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / SEED.name)
    ingest_into(db_url, [tmp_path / "in"])
    return db_url


def test_correct_says_what_it_changed(db: str) -> None:
    r = _jx("correct", "project", "1", "budget_total_yuan", "91万", "--reason", "合计为91万",
            "--db", db)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == (
        "correction 1: project 1 征地拆迁补偿款 of #1 老庄子镇 2021: budget_total_yuan "
        "5612000 → 910000")
    assert r.stdout.splitlines()[1].startswith("submission key now ")
    r = _jx("correct", "indicator", "1:2", "value_raw", "≥95%", "--reason", "原表为≥95%",
            "--by", "张三", "--db", db)
    assert r.stdout == ("correction 2: project 1 indicator 2 保证征收土地完成率 of #1 老庄子镇 "
                        "2021: value_raw 100% → ≥95%\n")
    r = _jx("correct", "document", SEED.name, "unit_name", "老庄子镇人民政府", "--reason", "全称",
            "--db", db)
    assert r.stdout.startswith("correction 3: document of #1 老庄子镇人民政府 2021: unit_name "
                               "老庄子镇 → 老庄子镇人民政府\n")


def test_correct_json_is_the_row_corrections_lists(db: str) -> None:
    r = _jx("correct", "indicator", "1:1", "value_raw", "40亩", "--reason", "r", "--by", "赵六",
            "--json", "--db", db)
    made = json.loads(r.stdout)
    assert {k: made[k] for k in ("correction_id", "status", "target", "project_seq",
                                 "indicator_seq", "indicator", "original", "value")} == {
        "correction_id": 1, "status": "active", "target": "indicator", "project_seq": 1,
        "indicator_seq": 1, "indicator": "完成征收土地补偿亩数", "original": "37亩",
        "value": "40亩"}
    assert json.loads(_jx("corrections", "--json", "--db", db).stdout) == [made]


def test_the_totals_follow_a_budget_correction(db: str) -> None:
    def budget() -> float:
        return float(json.loads(_jx("summary", "--db", db, "--json").stdout)[0]["budget_yuan"])

    before = budget()
    _jx("correct", "project", "1", "budget_total_yuan", "910000", "--reason", "r", "--db", db)
    assert budget() == before - 5612000 + 910000
    _jx("corrections", "--undo", "1", "--db", db)
    assert budget() == before


def test_corrections_lists_who_when_and_why(db: str) -> None:
    _jx("correct", "project", "1", "name", "征地拆迁补偿", "--reason", "多了一个字", "--by", "李四",
        "--db", db)
    _jx("correct", "indicator", "1:1", "value_raw", "40亩", "--reason", "r", "--db", db)
    r = _jx("corrections", "--undo", "2", "--by", "王五", "--reason", "原值无误", "--db", db)
    assert r.stdout == ("undid correction 2: project 1 indicator 1 完成征收土地补偿亩数 of #1 "
                        "老庄子镇 2021: value_raw 37亩 is back\n")
    rows = json.loads(_jx("corrections", "--db", db, "--json").stdout)
    assert [(x["correction_id"], x["field"], x["original"], x["value"], x["author"],
             x["reason"]) for x in rows] == [(1, "name", "征地拆迁补偿款", "征地拆迁补偿", "李四",
                                              "多了一个字")]
    assert rows[0]["at"].endswith("Z")
    every = list(csv.DictReader(io.StringIO(
        _jx("corrections", "--all", "--db", db, "--csv").stdout.lstrip("\ufeff"))))
    assert [(x["correction_id"], x["status"], x["undone_by"], x["note"]) for x in every] == [
        ("1", "active", "", ""), ("2", "undone", "王五", "undone: 原值无误")]
    table = _jx("corrections", "--all", "--db", db).stdout
    assert "多了一个字" in table and "undone" in table and "王五" in table


def test_a_correction_not_carried_to_a_resubmission_is_listed_with_why(
    db: str, tmp_path: Path
) -> None:
    _jx("correct", "indicator", "1:1", "value_raw", "40亩", "--reason", "原件为40亩", "--db", db)
    _jx("correct", "project", "1", "code", "X-1", "--reason", "编码漏读", "--db", db)
    file = tmp_path / "in" / SEED.name
    file.write_text(SEED.read_text(encoding="utf-8").replace("\t37亩", "\t45亩"),
                    encoding="utf-8")
    ingest_into(db, [file])
    rows = json.loads(_jx("corrections", "--db", db, "--json").stdout)
    assert [(x["correction_id"], x["document_id"], x["status"], x["carried_from"])
            for x in rows] == [(3, 2, "stale", 1), (4, 2, "active", 2)]
    listing = _jx("corrections", "--db", db).stdout
    assert listing.endswith(
        "3 is stale, not applied: the value_raw of project 1 征地拆迁补偿款, indicator 1 "
        "完成征收土地补偿亩数 now reads '45亩', not '37亩' as when corrected\n")
    every = json.loads(_jx("corrections", "--all", "--db", db, "--json").stdout)
    assert [x["document_id"] for x in every] == [1, 1, 2, 2]


def test_with_no_corrections_it_says_so(db: str) -> None:
    assert _jx("corrections", "--db", db).stdout == "no corrections in force (--all: every one)\n"


@pytest.mark.parametrize(("args", "code", "message"), [
    (["project", "1", "colour", "red"], 2,
     "jixiao: a project's 'colour' cannot be corrected; the fields that can: name, code, "
     "purpose, budget_total_yuan, budget_text"),
    (["project", "99", "name", "x"], 1, "jixiao: no project 99; `jixiao projects` shows the ids"),
    (["project", "征地", "name", "x"], 2, "cannot read '征地' as a project id"),
    (["indicator", "1:9", "value_raw", "x"], 1,
     "no indicator 1:9: project 1 has 6 indicators; `jixiao show PROJECT_ID` lists them"),
    (["document", "nothing.docx", "year", "2021"], 1, "no document matches 'nothing.docx'"),
    (["document", "1", "year", "去年"], 2, "cannot read '去年' as a year: write it as 2021"),
])
def test_a_bad_correction_says_what_to_do(db: str, args: list[str], code: int,
                                          message: str) -> None:
    r = _jx("correct", *args, "--reason", "r", "--db", db)
    assert r.exit_code == code, r.output
    assert message in r.stderr
    assert _jx("corrections", "--all", "--db", db, "--json").stdout.strip() == "[]"


def test_a_correction_needs_a_reason(db: str) -> None:
    r = _jx("correct", "project", "1", "name", "x", "--db", db)
    assert r.exit_code == 2
    assert "Missing option '--reason'" in r.stderr


def test_undo_of_an_unknown_correction_says_where_to_look(db: str) -> None:
    r = _jx("corrections", "--undo", "7", "--db", db)
    assert (r.exit_code, r.stderr) == (
        1, "jixiao: no correction 7; `jixiao corrections --all` lists them\n")
