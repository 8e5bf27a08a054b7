"""The `jixiao` command as users run it: exit codes, messages, JSON shapes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from jixiao.ingest.cli.main import main
from jixiao.store.db.engine import open_engine
from tests.helpers import ROOT, SEED

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with the seed and three bad files beside it."""
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "老庄子镇.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "memo.txt").write_text("只是一段说明文字，没有表格。\n", encoding="utf-8")
    (d / "random.docx").write_bytes(bytes(range(256)) * 8)
    return d


def test_ingest_json_summary_and_exit_1_on_any_failure(
    runner: CliRunner, batch: Path, sqlite_url: str
) -> None:
    r = runner.invoke(main, ["ingest", str(batch), "--db", sqlite_url, "--json", "--jobs", "1"])
    assert r.exit_code == 1, r.output
    out = json.loads(r.stdout)
    assert (out["seen"], out["ingested"], out["unchanged"], out["failed"]) == (4, 1, 0, 3)
    reasons = {Path(f["file"]).name: f["reason"] for f in out["failures"]}
    assert "empty" in reasons["empty.txt"]
    assert "no table" in reasons["memo.txt"]
    assert "not a format jixiao reads" in reasons["random.docx"]
    assert all(r.strip() for r in reasons.values())


def test_ingest_again_is_unchanged_and_exit_0(runner: CliRunner, sqlite_url: str) -> None:
    assert runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "-j", "1"]).exit_code == 0
    r = runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "--json", "-j", "1"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["unchanged"] == 1


def test_ingest_missing_path_is_a_usage_error(runner: CliRunner, sqlite_url: str) -> None:
    r = runner.invoke(main, ["ingest", "/no/such/file.docx", "--db", sqlite_url])
    assert r.exit_code == 2
    assert "no such file or folder" in r.stderr


def test_failure_lines_name_the_file(runner: CliRunner, batch: Path, sqlite_url: str) -> None:
    r = runner.invoke(main, ["ingest", str(batch), "--db", sqlite_url, "-j", "1"])
    assert r.exit_code == 1
    assert "failed     in/empty.txt: the file is empty" in r.stderr
    assert "ingested   in/老庄子镇.txt (12 projects, 72 indicators)" in r.stdout


def test_export_json_validates(runner: CliRunner, sqlite_url: str) -> None:
    runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "-j", "1"])
    r = runner.invoke(main, ["export", "--db", sqlite_url])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["documents"][0]["source"] == SEED.name


def test_export_csv_has_bom_and_one_row_per_indicator(
    runner: CliRunner, sqlite_url: str, tmp_path: Path
) -> None:
    runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "-j", "1"])
    out = tmp_path / "x.csv"
    args = ["export", "--db", sqlite_url, "--format", "csv", "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("文件,格式,单位,年度")
    assert len(lines) == 1 + 72


def test_export_to_an_unwritable_place_is_a_clear_error(
    runner: CliRunner, sqlite_url: str, tmp_path: Path
) -> None:
    open_engine(sqlite_url).dispose()  # an empty database
    r = runner.invoke(main, ["export", "--db", sqlite_url, "-o", str(tmp_path / "no" / "x.json")])
    assert r.exit_code == 1
    assert r.stderr.startswith("jixiao: cannot write")


def test_export_xlsx_needs_output(runner: CliRunner, sqlite_url: str) -> None:
    r = runner.invoke(main, ["export", "--db", sqlite_url, "--format", "xlsx"])
    assert r.exit_code == 2


def test_export_jsonl_one_document_a_line(runner: CliRunner, sqlite_url: str) -> None:
    runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "-j", "1"])
    r = runner.invoke(main, ["export", "--db", sqlite_url, "--format", "jsonl"])
    [line] = r.stdout.splitlines()
    assert len(json.loads(line)["projects"]) == 12


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["95%以上"], {"kind": "percent", "op": ">=", "number": 95}),
        (["5万", "--level2", "成本指标"], {"kind": "money", "unit": "万元", "base_number": 50000}),
        (["年底前", "--year", "2022"], {"kind": "date", "date": "2022-12-31", "op": "<="}),
        (["95", "--op", "≥", "--unit", "%"], {"kind": "percent", "op": ">=", "number": 95}),
        # a value that starts with a sign is the text, not an option
        (["-0%"], {"kind": "percent", "op": "=", "number": 0}),
    ],
)
def test_normalize_prints_one_value(
    runner: CliRunner, args: list[str], expected: dict[str, object]
) -> None:
    r = runner.invoke(main, ["normalize", *args])
    assert r.exit_code == 0
    v = json.loads(r.stdout)
    assert len(v) >= 11
    assert {k: v[k] for k in expected} == expected


def test_normalize_jsonl_keeps_line_order(runner: CliRunner) -> None:
    lines = [{"raw": "37亩"}, {"raw": "91万", "level2": "成本指标"}, {"raw": "不出现"}]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    r = runner.invoke(main, ["normalize", "--jsonl", "-"], input=stdin)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["kind"] for o in out] == ["quantity", "money", "quantity"]
    assert out[2]["number"] == 0


def test_normalize_jsonl_answers_every_line_in_order(runner: CliRunner) -> None:
    stdin = '{"raw": "37亩"}\n\nnot json\n"95%"\n{"raw": "年底前", "year": "2022"}\n'
    r = runner.invoke(main, ["normalize", "--jsonl", "-"], input=stdin)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["kind"] for o in out] == ["quantity", "empty", "text", "percent", "date"]
    assert all(len(o) == 11 for o in out)
    assert out[2]["label"] == "not json"
    assert out[4]["date"] == "2022-12-31"
    assert r.exit_code == 1  # one line was not JSON
    assert "line 3: not JSON" in r.stderr


def test_listings(runner: CliRunner, sqlite_url: str) -> None:
    runner.invoke(main, ["ingest", str(SEED), "--db", sqlite_url, "-j", "1"])
    r = runner.invoke(main, ["projects", "--db", sqlite_url])
    assert r.exit_code == 0 and "征地拆迁补偿款" in r.stdout
    r = runner.invoke(main, ["show", "排水沟", "--db", sqlite_url])
    assert r.exit_code == 0 and "268米" in r.stdout, r.output
    r = runner.invoke(main, ["documents", "--db", sqlite_url])
    assert "15,554,700.00" in r.stdout
    assert runner.invoke(main, ["show", "不存在的项目", "--db", sqlite_url]).exit_code == 1


def test_python_dash_m_ingest_runs(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "jixiao", "normalize", "37亩"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    )
    assert json.loads(r.stdout)["unit"] == "亩"


def test_default_database_is_jixiao_db_in_working_folder(tmp_path: Path) -> None:
    env_free = {k: v for k, v in __import__("os").environ.items() if k != "JIXIAO_DB"}
    subprocess.run(
        [sys.executable, "-m", "jixiao", "ingest", str(SEED), "-j", "1"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env_free,
    )
    assert (tmp_path / "jixiao.db").exists()
