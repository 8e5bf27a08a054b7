"""The everyday commands: a database that is not there, filters on `check`, `show` with
several matches, the true count of `search`, `--json` and `--csv` on every listing,
80 columns, unit names in file names, amounts as amounts, Chinese names of codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from jixiao.ingest.cli.analysis import safe_file_name
from jixiao.ingest.cli.main import main
from jixiao.ingest.cli.output import amount, cells, plain_number, short_when, shorten, wan
from jixiao.store.db.engine import open_engine
from jixiao.vocab.findings import FINDING_ZH, KIND_ZH
from tests.helpers import SAMPLES, SEED, ingest_into


def _jx(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(main, list(args))


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> str:
    """The seed as .txt and .docx (two documents with the same projects), on both engines."""
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    shutil.copy(SAMPLES / "seed" / "老庄子镇_2021.docx", d / "老庄子镇_2021.docx")
    ingest_into(db_url, [d])
    return db_url


# --- a database that is not there -----------------------------------------------------------

READING = [["documents"], ["projects"], ["show", "1"], ["export"], ["query", "SELECT 1"],
           ["check"], ["search", "排水"], ["summary"], ["runs"], ["failures"],
           ["history", "老庄子镇"], ["report", "--unit", "x", "--year", "2021"],
           ["remove", "x.txt"], ["serve", "--metadata", "m.json"]]


@pytest.mark.parametrize("args", READING, ids=lambda a: a[0])
def test_a_reading_command_never_creates_a_database(args: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "jixao.db"
    r = _jx(*args, "--db", str(typo))
    assert r.exit_code == 1, r.output
    assert r.stderr.startswith(f"jixiao: no database at {typo}: check the name")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["documents"], ["ingest", str(SEED)]], ids=lambda a: a[0])
def test_a_url_with_a_scheme_it_cannot_parse_says_so(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = _jx(*args, "--db", "sqlite:jixiao.db")
    assert r.exit_code == 1
    assert "cannot parse the database URL 'sqlite:jixiao.db'" in r.stderr
    assert "sqlite:///jixiao.db" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_empty_database_is_read(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'e.db'}"
    open_engine(url).dispose()
    r = _jx("documents", "--db", url, "--json")
    assert (r.exit_code, json.loads(r.stdout)) == (0, [])


# --- check ----------------------------------------------------------------------------------


def test_check_filters(seeded: str) -> None:
    every = json.loads(_jx("check", "--db", seeded, "--json").stdout)["findings"]
    assert {f["severity"] for f in every} == {"error", "warning", "info"}

    def codes(*args: str) -> list[str]:
        r = _jx("check", "--db", seeded, "--json", *args)
        assert r.exit_code == 0, r.output
        return [f["code"] for f in json.loads(r.stdout)["findings"]]

    assert codes("--severity", "error") == ["funding_sum"] * len(codes("--severity", "错误"))
    assert set(codes("--severity", "error", "--severity", "info")) == {
        f["code"] for f in every if f["severity"] in ("error", "info")}
    assert set(codes("--kind", "cost_far_below_budget")) == {"cost_far_below_budget"}
    assert codes("--kind", "资金来源合计与预算数不符") == codes("--kind", "funding_sum")
    assert len(codes("--unit", "老庄子")) == len(every)
    assert codes("--unit", "王家湾乡") == []
    assert codes("--year", "2022") == []
    r = _jx("check", "--db", seeded, "--kind", "no_such_kind")
    assert r.exit_code == 2 and "funding_sum (资金来源合计与预算数不符)" in r.stderr
    text = _jx("check", "--db", seeded, "--severity", "error").stdout.splitlines()
    assert text[-1].startswith(f"{len(codes('--severity', 'error'))} finding")


def test_check_csv_has_chinese_names_of_codes(seeded: str) -> None:
    r = _jx("check", "--db", seeded, "--csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert rows and all(row["code_zh"] == FINDING_ZH[row["code"]] for row in rows)
    assert {row["severity_zh"] for row in rows} <= {"错误", "警告", "提示"}


# --- show -----------------------------------------------------------------------------------


def test_show_lists_every_match_and_picks_one_only_when_asked(seeded: str) -> None:
    r = _jx("show", "排水沟", "--db", seeded)
    assert r.exit_code == 2
    assert "2 projects match '排水沟'" in r.stderr
    assert "老庄子镇_2021.txt" in r.stdout and "老庄子镇_2021.docx" in r.stdout
    listed = json.loads(_jx("show", "排水沟", "--db", seeded, "--json").stdout)
    assert len(listed) == 2

    one = _jx("show", "排水沟", "--source", ".docx", "--db", seeded)
    assert one.exit_code == 0 and "老庄子镇_2021.docx, project 12" in one.stdout
    by_id = _jx("show", str(listed[0]["id"]), "--db", seeded, "--json")
    assert json.loads(by_id.stdout)["id"] == listed[0]["id"]
    by_seq = _jx("show", "老庄子镇", "--seq", "12", "--source", "txt", "--db", seeded, "--json")
    shown = json.loads(by_seq.stdout)
    assert (shown["seq"], shown["source"]) == (12, "老庄子镇_2021.txt")
    assert [i["kind_zh"] for i in shown["indicators"]][:3] == ["数量", "是否", "日期"]
    assert shown["indicators"][3]["value"] == "= 5 万元"


def test_show_an_exact_name_among_longer_ones(seeded: str, tmp_path: Path) -> None:
    r = _jx("show", "老庄子镇集贸市场附近修建排水沟", "--source", "txt", "--db", seeded)
    assert r.exit_code == 0
    r = _jx("show", "排水沟", "--source", "txt", "--db", seeded, "--csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert len(rows) == 6 and rows[0]["project_seq"] == "12" and rows[0]["kind_zh"] == "数量"


# --- search ---------------------------------------------------------------------------------


def test_search_counts_every_match_not_the_limit(seeded: str) -> None:
    every = json.loads(_jx("search", "老庄", "--db", seeded, "--json", "-n", "1000").stdout)
    n = len(every["hits"])
    assert n > 3 and every["count"] == n
    r = _jx("search", "老庄", "-n", "3", "--db", seeded)
    assert r.stdout.splitlines()[-1] == f"{n} matches (the first 3 shown; -n N for more)"
    # a match in the file's own name has no project to name: its line ends at the file
    assert "文件 老庄子镇 2021 《老庄子镇_2021.txt》\n" in r.stdout
    assert not any(line.endswith(" ") for line in r.stdout.splitlines())
    js = json.loads(_jx("search", "老庄", "-n", "3", "--db", seeded, "--json").stdout)
    assert (js["count"], len(js["hits"])) == (n, 3)


# --- --json and --csv everywhere ------------------------------------------------------------

LISTINGS = [["documents"], ["projects"], ["runs"], ["runs", "1"], ["failures", "--all"],
            ["check"], ["search", "排水"], ["history", "老庄子镇"], ["summary"]]


@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: " ".join(a))
def test_every_listing_has_json_and_csv(args: list[str], seeded: str) -> None:
    js = _jx(*args, "--db", seeded, "--json")
    assert js.exit_code == 0, js.output
    json.loads(js.stdout)
    r = _jx(*args, "--db", seeded, "--csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not any(cell in ("None", "nan") or cell.endswith(".0") for row in rows for cell in row)


def test_documents_and_projects_as_data(seeded: str) -> None:
    docs = json.loads(_jx("documents", "--db", seeded, "--json").stdout)
    assert {d["source"]: d["budget_total_yuan"] for d in docs} == {
        "老庄子镇_2021.txt": 15554700, "老庄子镇_2021.docx": 15554700}
    r = _jx("projects", "--db", seeded, "--csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert len(rows) == 24 and rows[0]["budget_total_yuan"] == "5612000"


# --- 80 columns -----------------------------------------------------------------------------


def test_tables_fit_80_columns(tmp_path: Path) -> None:
    """With long file names: every line in 80 columns, each name keeping its extension."""
    d = tmp_path / "in"
    d.mkdir()
    long = "天津市示例区老庄子镇人民政府2021年度项目支出绩效目标申报表（盖章版）"
    for ext in ("txt", "docx"):
        src = SEED if ext == "txt" else SAMPLES / "seed" / "老庄子镇_2021.docx"
        shutil.copy(src, d / f"{long}.{ext}")
    (d / f"{long}_说明.txt").write_text("没有表格\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'w.db'}"
    _jx("ingest", str(d), "--db", url, "-j", "1")
    env = {"COLUMNS": "80"}
    for args in (["documents"], ["projects"], ["runs"], ["runs", "1"], ["failures"],
                 ["history", "老庄子镇"], ["show", "排水沟", "--source", "docx"]):
        out = _jx(*args, "--db", url, env=env).stdout
        lines = out.splitlines()
        too_wide = [x for x in lines[1:] if cells(x.rstrip()) > 80]  # runs N: line 1 is free
        assert not too_wide, (args, out)
        if args in (["documents"], ["failures"], ["runs", "1"]):
            assert ".docx" in out or ".txt" in out, out
    docs = _jx("documents", "--db", url, env=env).stdout
    names = [line.split("│")[1].strip() for line in docs.splitlines()[3:5]]
    assert names[0].endswith("….docx") is False and names[0].endswith(".docx")
    assert names[1].endswith(".txt") and all("…" in n for n in names)


def test_shorten_keeps_the_extension() -> None:
    name = "天津市示例区老庄子镇人民政府2021年度项目支出绩效目标申报表.docx"
    short = shorten(name, 30)
    assert cells(short) <= 30 and short.endswith("申报表.docx") and short.startswith("天津")
    assert shorten("a.txt", 30) == "a.txt"
    assert cells(shorten("东关街道.zip!2022/东关街道/绩效目标表.txt", 20)) <= 20


def test_short_times() -> None:
    now = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
    t = datetime(2026, 3, 4, 5, 6)  # stored in UTC, without a zone
    local = t.replace(tzinfo=UTC).astimezone()
    assert short_when(t, now=now) == local.strftime("%m-%d %H:%M")
    assert short_when(datetime(2024, 3, 4, 12, 0), now=now).startswith("2024-03-0")
    assert short_when(None) == ""


# --- file names, amounts, names of codes ----------------------------------------------------


def test_any_unit_is_safe_in_a_report_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert _jx("ingest", str(SEED), "--db", url, "-j", "1",
               "--unit-name", "某街道/办事处").exit_code == 0
    r = _jx("report", "--unit", " 某街道/办事处 ", "--year", "2021", "--db", url)
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "绩效报告_某街道_办事处_2021.html"
    assert (tmp_path / "绩效报告_某街道_办事处_2021.html").exists()
    assert safe_file_name('../a:b*?"<>|c') == "_a_b_c"
    assert safe_file_name("-rf") == "rf"


def test_amounts_are_printed_as_amounts() -> None:
    assert plain_number(646000.0) == "646000"
    assert plain_number(17052600.0) == "17052600"
    assert plain_number(0.5) == "0.5"
    assert plain_number(None) == ""
    assert amount(15554700.0) == "15,554,700.00"
    assert amount(None) == ""
    assert wan(775329.0) == "77.53万元"
    assert wan(5612000.0) == "561.20万元"


def test_summary_in_wan_with_two_decimals(seeded: str) -> None:
    out = _jx("summary", "--db", seeded).stdout
    assert "预算 1,555.47万元" in out and "政府性基金 561.20万元" in out
    assert "None" not in out


def test_every_finding_code_and_kind_has_a_chinese_name(seeded: str) -> None:
    from jixiao.store.db import views

    found = json.loads(_jx("check", "--db", seeded, "--json").stdout)["findings"]
    assert {f["code"] for f in found} <= set(FINDING_ZH)
    assert views.KIND_ZH == KIND_ZH  # the views show the same names
