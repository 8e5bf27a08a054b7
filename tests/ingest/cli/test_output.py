"""What every command shares: the error line and exit code, JSON printing, -o files, and
a `jixiao normalize` that starts without the database libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from jixiao.errors import AmbiguousDocument, JixiaoError, NoSuchDocument, ParseError, StoreError
from jixiao.ingest.cli.main import main
from jixiao.ingest.cli.options import Group, fail
from jixiao.ingest.cli.output import print_json
from jixiao.store.db.engine import open_engine


def _group_raising(err: Exception) -> click.Group:
    @click.group(cls=Group)
    def group() -> None:
        pass

    @group.command()
    def boom() -> None:
        raise err

    return group


@pytest.mark.parametrize(
    ("err", "code"),
    [
        (StoreError("the database is locked; run again"), 1),
        (NoSuchDocument("no current document matches 'x'"), 1),
        (ParseError("the file is empty", file="a.txt"), 1),
        (AmbiguousDocument("2 documents match 'x': give --unit"), 2),
    ],
    ids=lambda x: type(x).__name__ if isinstance(x, JixiaoError) else str(x),
)
def test_a_project_error_is_one_line_and_its_exit_code(err: JixiaoError, code: int) -> None:
    r = CliRunner().invoke(_group_raising(err), ["boom"])
    assert r.exit_code == code
    assert r.stderr == f"jixiao: {err}\n"
    assert r.stdout == ""


def test_any_other_exception_is_not_hidden() -> None:
    r = CliRunner().invoke(_group_raising(KeyError("bug")), ["boom"])
    assert isinstance(r.exception, KeyError)


@pytest.mark.parametrize("code", [1, 2])
def test_fail_is_the_same_line(code: int) -> None:
    @click.command()
    def cmd() -> None:
        fail("what went wrong; what to do", code)

    r = CliRunner().invoke(cmd)
    assert (r.exit_code, r.stderr) == (code, "jixiao: what went wrong; what to do\n")


def test_print_json_keeps_chinese_and_prints_one_line_or_indented(
    capsys: pytest.CaptureFixture[str],
) -> None:
    print_json({"单位": "老庄子镇", "n": 1}, indent=None)
    print_json({"at": datetime(2024, 3, 1, 8, 30)})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == '{"单位": "老庄子镇", "n": 1}'
    assert out[1:] == ["{", ' "at": "2024-03-01 08:30:00"', "}"]


@pytest.mark.parametrize(
    "args",
    [["query", "SELECT 1", "--format", "csv"], ["query", "SELECT 1", "--format", "json"],
     ["export"]],
    ids=" ".join,
)
def test_an_unwritable_output_file_is_a_message_and_exit_1(
    args: list[str], sqlite_url: str, tmp_path: Path
) -> None:
    open_engine(sqlite_url).dispose()  # an empty database
    r = CliRunner().invoke(main, [*args, "--db", sqlite_url, "-o", str(tmp_path / "no" / "x")])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"jixiao: cannot write {tmp_path / 'no' / 'x'}: ")
    assert "Traceback" not in r.output


def test_query_json_to_a_file(sqlite_url: str, tmp_path: Path) -> None:
    open_engine(sqlite_url).dispose()
    out = tmp_path / "q.json"
    r = CliRunner().invoke(main, ["query", "SELECT 1 AS n, '镇' AS u", "--db", sqlite_url,
                                  "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == '[\n {\n  "n": 1,\n  "u": "镇"\n }\n]\n'
    assert json.loads(out.read_text(encoding="utf-8")) == [{"n": 1, "u": "镇"}]


def test_normalize_starts_without_the_database_libraries() -> None:
    code = (
        "import sys; from jixiao.ingest.cli.main import main; "
        "main(['normalize', '37亩'], standalone_mode=False); "
        "print(sorted(m for m in ('sqlalchemy', 'pandas', 'pdfplumber', 'rich') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.splitlines()[-1] == "[]"
