"""Bulk and nightly ingestion: folders and zip archives, unit and year from the path,
idempotence, resubmission and history, remove, the run log and its commands, the worker
pool's limits, the progress display."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.errors import OptionError
from jixiao.ingest.archives import Workspace, entry_name, safe_parts
from jixiao.ingest.cli.main import main
from jixiao.ingest.pipeline import Options, RunSummary, compile_path_pattern, from_path, ingest
from jixiao.ingest.worker import Parsed, ParsePool, Task, WorkerLimits, sha256_of
from jixiao.parsers.readers.limits import Limits
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, FileOutcome, Run
from jixiao.store.exports.exporting import export_dicts
from tests.helpers import (
    HANG_LIMIT_SECONDS,
    SEED,
    anonymous_text,
    hostile_parse,
    raw_zip,
    variant_text,
    windows_zip,
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_cli(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(main, list(args), catch_exceptions=False)


def run(url: str, paths: list[Path], options: Options) -> RunSummary:
    """`ingest` into the database at `url`, leaving no connection open."""
    engine = open_engine(url)
    try:
        return ingest(engine, paths, options)
    finally:
        engine.dispose()


def docs(url: str, *, history: bool = False) -> list[dict[str, Any]]:
    engine = open_engine(url)
    out = export_dicts(engine, history=history)
    engine.dispose()
    return out


# --- inputs: folders, archives, unit and year from the path ---------------------------


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("2022", "老庄子镇"), ("老庄子镇", 2022)),
        (("in", "2022年", "王家湾乡"), ("王家湾乡", 2022)),
        (("2023年度", "东关街道"), ("东关街道", 2023)),
        (("2022年老庄子镇",), ("老庄子镇", 2022)),
        (("老庄子镇_2021",), ("老庄子镇", 2021)),
        (("season", "财政局"), ("财政局", None)),
        (("misc", "incoming"), (None, None)),
        (("2021", "老庄子镇", "2022", "西河镇"), ("西河镇", 2022)),  # nearest folder wins
    ],
)
def test_unit_and_year_from_folder_names(
    parts: tuple[str, ...], expected: tuple[str | None, int | None]
) -> None:
    assert from_path(parts) == expected


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("{year}/{unit}/*", "in/2022/老庄子镇/a.txt", ("老庄子镇", "2022")),
        ("B-{year}/单位-{unit}/*", "x/B-2023/单位-王家湾/doc.txt", ("王家湾", "2023")),
        ("**/{unit}_{year}.*", "a/b/c/西河镇_2020.docx", ("西河镇", "2020")),
        ("{unit}/*", "2022/老庄子镇/a.txt", ("老庄子镇", None)),
        ("{year}/{unit}/*", "老庄子镇/a.txt", None),
    ],
)
def test_path_pattern(pattern: str, path: str, expected: tuple[str, str | None] | None) -> None:
    m = compile_path_pattern(pattern).search(path)
    assert (m and (m.group("unit"), m.groupdict().get("year"))) == (expected or None)


@pytest.mark.parametrize("bad", ["*/*", "", "{unit}/{unit}/*"])
def test_path_pattern_without_fields_or_broken_is_refused(bad: str) -> None:
    with pytest.raises(OptionError, match="path pattern"):
        compile_path_pattern(bad)


def test_folder_walked_recursively_and_path_gives_unit_and_year(
    tmp_path: Path, sqlite_url: str
) -> None:
    season = tmp_path / "season"
    for unit, year in (("老庄子镇", 2022), ("王家湾乡", 2023)):
        d = season / str(year) / unit
        d.mkdir(parents=True)
        (d / "绩效目标表.txt").write_text(anonymous_text(40 + year % 10), encoding="utf-8")
    (season / ".hidden").mkdir()
    (season / ".hidden" / "x.txt").write_text(anonymous_text(), encoding="utf-8")
    (season / "~$lock.docx").write_bytes(b"lock")
    summary = run(sqlite_url, [season], Options(jobs=1))
    assert summary.as_json()["ingested"] == 2
    assert {(d["unit_name"], d["year"], d["source"]) for d in docs(sqlite_url)} == {
        ("老庄子镇", 2022, "绩效目标表.txt"), ("王家湾乡", 2023, "绩效目标表.txt")}


def test_path_pattern_option(tmp_path: Path, sqlite_url: str, runner: CliRunner) -> None:
    d = tmp_path / "drop" / "B-2024" / "单位-北营"
    d.mkdir(parents=True)
    (d / "doc.txt").write_text(anonymous_text(), encoding="utf-8")
    r = run_cli(runner, "ingest", str(tmp_path / "drop"), "--db", sqlite_url,
                "--path-pattern", "B-{year}/单位-{unit}/*", "-j", "1")
    assert r.exit_code == 0, r.output
    [doc] = docs(sqlite_url)
    assert (doc["unit_name"], doc["year"]) == ("北营", 2024)


def test_bad_path_pattern_is_a_usage_error(runner: CliRunner, sqlite_url: str) -> None:
    r = run_cli(runner, "ingest", str(SEED), "--db", sqlite_url, "--path-pattern", "*/*")
    assert r.exit_code == 2
    assert "names neither {unit} nor {year}" in r.stderr


def test_document_text_wins_over_the_path(tmp_path: Path, sqlite_url: str) -> None:
    """A heading's year wins over the folder's; a township the text only mentions (in
    project names) names no unit, so the folder does (docs/contract.md, "Unit name")."""
    d = tmp_path / "2020" / "西河镇"
    d.mkdir(parents=True)
    (d / "x.txt").write_text(variant_text("王家湾乡", 2023, 50), encoding="utf-8")
    run(sqlite_url, [tmp_path], Options(jobs=1))
    [doc] = docs(sqlite_url)
    assert (doc["unit_name"], doc["year"]) == ("西河镇", 2023)


def test_a_heading_naming_the_unit_wins_over_the_path(tmp_path: Path, sqlite_url: str) -> None:
    d = tmp_path / "2020" / "西河镇"
    d.mkdir(parents=True)
    text = "王家湾乡2023年项目绩效目标表\n\n" + variant_text("王家湾乡", 2023, 50)
    (d / "x.txt").write_text(text, encoding="utf-8")
    run(sqlite_url, [tmp_path], Options(jobs=1))
    [doc] = docs(sqlite_url)
    assert (doc["unit_name"], doc["year"]) == ("王家湾乡", 2023)


@pytest.mark.parametrize(
    ("raw", "flags", "expected"),
    [
        ("2022/老庄子镇/表.txt".encode("gbk"), 0, "2022/老庄子镇/表.txt"),
        ("街道/表.txt".encode("gb18030"), 0, "街道/表.txt"),
        ("老庄子镇.txt".encode(), 0, "老庄子镇.txt"),  # UTF-8 without the flag
        ("老庄子镇.txt".encode(), 0x800, "老庄子镇.txt"),
        (b"plain/name.txt", 0, "plain/name.txt"),
    ],
    ids=["gbk", "gb18030", "utf8-unflagged", "utf8-flagged", "ascii"],
)
def test_entry_names_decoded(raw: bytes, flags: int, expected: str) -> None:
    info = zipfile.ZipInfo(raw.decode("utf-8") if flags & 0x800 else raw.decode("cp437"))
    info.flag_bits = flags
    assert entry_name(info) == expected


def test_entry_name_from_unicode_path_extra_field() -> None:
    import struct
    import zlib

    legacy = "老庄子镇.txt".encode("gbk")
    utf8 = "老庄子镇.txt".encode()
    body = b"\x01" + struct.pack("<I", zlib.crc32(legacy)) + utf8
    info = zipfile.ZipInfo("????.txt")
    info.extra = struct.pack("<HH", 0x7075, len(body)) + body
    assert entry_name(info) == "老庄子镇.txt"


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("a/b/c.txt", ("a", "b", "c.txt")),
        ("a\\b\\c.txt", ("a", "b", "c.txt")),
        ("./a//c.txt", ("a", "c.txt")),
        ("../evil.txt", None),
        ("a/../../evil.txt", None),
        ("/etc/passwd", None),
        ("C:/Windows/x.txt", None),
        ("c:\\x.txt", None),
    ],
)
def test_safe_parts(name: str, parts: tuple[str, ...] | None) -> None:
    assert safe_parts(name) == parts


def test_windows_zip_with_gbk_names_and_folders(tmp_path: Path, sqlite_url: str) -> None:
    z = windows_zip(tmp_path / "2022年汇总.zip", {
        "2022/老庄子镇/绩效目标表.txt": anonymous_text(41).encode(),
        "2022/王家湾乡/绩效目标表.txt": anonymous_text(42).encode(),
        "__MACOSX/2022/._x.txt": b"junk",
    })
    summary = run(sqlite_url, [z], Options(jobs=1)).as_json()
    assert (summary["ingested"], summary["failed"]) == (2, 0), summary
    assert sorted(f["file"] for f in summary["files"]) == [
        f"{z}!2022/王家湾乡/绩效目标表.txt", f"{z}!2022/老庄子镇/绩效目标表.txt"]
    assert sorted((d["unit_name"], d["year"]) for d in docs(sqlite_url)) == [
        ("王家湾乡", 2022), ("老庄子镇", 2022)]


def test_zip_inside_a_folder_inside_a_zip(tmp_path: Path, sqlite_url: str) -> None:
    inner = windows_zip(tmp_path / "inner.zip", {"西河镇/a.txt": anonymous_text(43).encode()})
    outer = tmp_path / "in" / "outer.zip"
    outer.parent.mkdir()
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "2021/乡镇/inner.zip")
        zf.writestr("2021/北营镇/b.txt", anonymous_text(44))
    summary = run(sqlite_url, [tmp_path / "in"], Options(jobs=1)).as_json()
    assert summary["ingested"] == 2, summary
    assert sorted((d["unit_name"], d["year"]) for d in docs(sqlite_url)) == [
        ("北营镇", 2021), ("西河镇", 2021)]


def test_unsafe_entries_refused_and_nothing_written_outside(
    tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    (tmp_path / "in").mkdir()
    z = raw_zip(tmp_path / "in" / "bad.zip",
                {"../evil.txt": b"x", "/abs.txt": b"y", "ok/老庄子镇_2021.txt": SEED.read_bytes()})
    summary = run(sqlite_url, [z], Options(jobs=1)).as_json()
    assert summary["ingested"] == 1
    reasons = {f["file"].split("!")[1]: f["reason"] for f in summary["failures"]}
    assert set(reasons) == {"../evil.txt", "/abs.txt"}
    assert all("absolute or leaves the archive" in r for r in reasons.values())
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "in" / "evil.txt").exists()
    assert list(scratch.iterdir()) == []  # the private folder is gone


@pytest.mark.parametrize(
    ("limits", "entries", "reason"),
    [
        (Limits(max_zip_entries=2), {f"{i}.txt": b"x" for i in range(3)}, "holds 3 files"),
        (Limits(max_unzipped_bytes=1000), {"a.txt": b"x" * 2000}, "unpacks to 2,000 bytes"),
        (Limits(), {"bomb.txt": b"\0" * (8 << 20)}, "like a zip bomb"),
        (Limits(max_file_bytes=1000), {"big.txt": bytes(range(256)) * 8}, "larger than 1,000"),
    ],
    ids=["entries", "total", "ratio", "entry-size"],
)
def test_archive_limits(
    tmp_path: Path, sqlite_url: str, limits: Limits, entries: dict[str, bytes], reason: str
) -> None:
    z = raw_zip(tmp_path / "a.zip", entries)
    summary = run(sqlite_url, [z], Options(jobs=1, limits=limits)).as_json()
    assert summary["failed"] >= 1 and summary["ingested"] == 0
    assert all(reason in f["reason"] for f in summary["failures"]), summary["failures"]


def test_broken_archive_is_one_failure(tmp_path: Path, sqlite_url: str) -> None:
    z = tmp_path / "broken.zip"
    z.write_bytes(b"PK\x03\x04 this is not really a zip")
    summary = run(sqlite_url, [z], Options(jobs=1)).as_json()
    assert summary["failed"] == 1
    assert "not a readable zip archive" in summary["failures"][0]["reason"]


def test_stale_private_folder_of_a_dead_run_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "jixiao-999999999-abc"
    stale.mkdir()
    (stale / "0000001.txt").write_text("left by a killed run")
    with Workspace(parent=tmp_path) as ws:
        assert ws.root is not None and ws.root.is_dir()
        mine = ws.root
    assert not stale.exists() and not mine.exists()


# --- idempotence, resubmission, history, remove ----------------------------------------


def test_second_run_is_all_unchanged(tmp_path: Path, sqlite_url: str, runner: CliRunner) -> None:
    from tests.helpers import write_variants

    write_variants(tmp_path / "in", 4)
    first = run_cli(runner, "ingest", str(tmp_path / "in"), "--db", sqlite_url, "--json")
    again = run_cli(runner, "ingest", str(tmp_path / "in"), "--db", sqlite_url, "--json")
    assert (first.exit_code, again.exit_code) == (0, 0)
    assert json.loads(first.stdout)["ingested"] == 4
    out = json.loads(again.stdout)
    assert (out["seen"], out["ingested"], out["unchanged"], out["failed"]) == (4, 0, 4, 0)
    assert len(docs(sqlite_url, history=True)) == 4


MONDAY, TUESDAY = datetime(2024, 3, 4, 9, 0, tzinfo=UTC), datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def write_dated(path: Path, content: str, when: datetime) -> Path:
    """A file with the given modification time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def _resubmit(tmp_path: Path, url: str) -> tuple[Path, Path]:
    """老庄子镇 2022 submitted, then submitted again with one value changed."""
    d1, d2 = tmp_path / "monday" / "2022" / "老庄子镇", tmp_path / "tuesday" / "2022" / "老庄子镇"
    for d, acres, day in ((d1, 37, MONDAY), (d2, 38, TUESDAY)):
        d.mkdir(parents=True)
        write_dated(d / "绩效目标表.txt", anonymous_text(acres), day)
    run(url, [tmp_path / "monday"], Options(jobs=1))
    second = run(url, [tmp_path / "tuesday"], Options(jobs=1))
    assert second.files[0].replaced is not None
    return d1 / "绩效目标表.txt", d2 / "绩效目标表.txt"


def test_resubmission_supersedes_and_history_keeps_the_old(
    tmp_path: Path, db_url: str, runner: CliRunner
) -> None:
    old, new = _resubmit(tmp_path, db_url)
    [current] = docs(db_url)
    assert current["sha256"] == sha256_of(new)
    assert current["projects"][0]["indicators"][0]["value_raw"] == "38亩"
    both = docs(db_url, history=True)
    assert sorted(d["status"] for d in both) == ["current", "superseded"]
    r = run_cli(runner, "history", "老庄子镇", "--db", db_url, "--json")
    rows = json.loads(r.stdout)
    assert [(x["sha256"], x["status"]) for x in rows] == [
        (sha256_of(old), "superseded"), (sha256_of(new), "current")]
    assert rows[0]["superseded_by"] == rows[1]["id"]
    text = run_cli(runner, "history", "老庄子镇", "--db", db_url).stdout
    assert "superseded" in text and f"replaced by #{rows[1]['id']}" in text


def test_old_version_again_is_unchanged(tmp_path: Path, sqlite_url: str) -> None:
    old, _new = _resubmit(tmp_path, sqlite_url)
    again = run(sqlite_url, [old], Options(jobs=1))
    assert again.files[0].outcome == "unchanged"
    assert "older version" in (again.files[0].reason or "")
    assert len(docs(sqlite_url)) == 1


def test_different_file_names_stay_different_documents(tmp_path: Path, sqlite_url: str) -> None:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "老庄子镇_2021.txt")
    (d / "老庄子镇_2021（盖章）.txt").write_bytes(SEED.read_bytes() + b"\n")
    run(sqlite_url, [d], Options(jobs=1))
    current = docs(sqlite_url)
    names = sorted(x["source"] for x in current)
    assert names == ["老庄子镇_2021.txt", "老庄子镇_2021（盖章）.txt"]
    assert current[0]["projects"] == current[1]["projects"]


def test_remove_by_id_sha_or_name_and_the_run_log(
    tmp_path: Path, db_url: str, runner: CliRunner
) -> None:
    from tests.helpers import write_variants

    files = write_variants(tmp_path / "in", 3)
    run(db_url, [tmp_path / "in"], Options(jobs=1))
    sha = sha256_of(files[0])
    r = run_cli(runner, "remove", sha[:10], "--db", db_url, "--reason", "wrong bureau")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("removed #") and "kept in history" in r.stdout
    assert sha not in {d["sha256"] for d in docs(db_url)}
    assert len(docs(db_url)) == 2
    engine = open_engine(db_url)
    with Session(engine) as s:
        removed = s.scalars(select(Document).where(Document.sha256 == sha)).one()
        assert removed.status == "removed"
        outcome = s.scalars(select(FileOutcome).where(FileOutcome.outcome == "removed")).one()
        run_row = s.get(Run, outcome.run_id)
        assert run_row is not None and run_row.command is not None
        assert run_row.command.startswith("jixiao remove") and run_row.user and run_row.host
        assert (outcome.document_id, outcome.reason) == (removed.id, "wrong bureau")
        other = s.scalars(select(Document).where(Document.status == "current")).first()
        assert other is not None
    engine.dispose()
    by_name = run_cli(runner, "remove", other.source, "--db", db_url)
    assert by_name.exit_code == 0
    by_id = run_cli(runner, "remove", str(other.id), "--db", db_url)
    assert by_id.exit_code == 1 and "no current document matches" in by_id.stderr
    hist = json.loads(run_cli(runner, "history", removed.unit_name or "", "--db", db_url,
                              "--json").stdout)
    row = next(x for x in hist if x["id"] == removed.id)
    assert row["status"] == "removed" and "wrong bureau" in row["note"]
    assert row["removed_by"]


def test_removed_content_stays_out_until_restored(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    assert run_cli(runner, "ingest", str(SEED), "--db", sqlite_url).exit_code == 0
    assert run_cli(runner, "remove", SEED.name, "--db", sqlite_url).exit_code == 0
    again = run_cli(runner, "ingest", str(SEED), "--db", sqlite_url)
    assert again.exit_code == 0
    assert "taken out with `jixiao remove`" in again.stdout
    assert docs(sqlite_url) == []
    assert run_cli(runner, "restore", SEED.name, "--db", sqlite_url).exit_code == 0
    assert len(docs(sqlite_url)) == 1


def test_removing_a_resubmission_brings_back_the_version_before(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    old, new = _resubmit(tmp_path, sqlite_url)
    r = run_cli(runner, "remove", sha256_of(new)[:12], "--db", sqlite_url)
    assert "is current again" in r.stdout
    [current] = docs(sqlite_url)
    assert current["sha256"] == sha256_of(old)


# --- versions by the files' own time ---------------------------------------------------


def current_and_history(url: str) -> tuple[str, list[str]]:
    """The 亩 value of the current version of 老庄子镇 2022, and those of its history."""
    versions = docs(url, history=True)
    acres = {d["status"]: [] for d in versions}
    for d in versions:
        acres[d["status"]].append(d["projects"][0]["indicators"][0]["value_raw"])
    [current] = acres.pop("current")
    return current, sorted(acres.pop("superseded", []))


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_newest_file_is_current_whatever_order_a_run_meets_them(
    tmp_path: Path, db_url: str, jobs: int
) -> None:
    """The correction sits in a folder that sorts first, the original in one after it."""
    name = Path("2022") / "老庄子镇" / "绩效目标表.txt"
    corrected = write_dated(tmp_path / "in" / "a_corrected" / name, anonymous_text(38), TUESDAY)
    original = write_dated(tmp_path / "in" / "b_original" / name, anonymous_text(37), MONDAY)
    summary = run(db_url, [tmp_path / "in"], Options(jobs=jobs, inline=jobs == 1))
    assert current_and_history(db_url) == ("38亩", ["37亩"])
    assert summary.count("ingested") == 2
    by_file = {next(k for k in ("a_corrected", "b_original") if k in f.file): f
               for f in summary.files}
    kept_id = by_file["a_corrected"].document_id
    if by_file["b_original"].kept is not None:  # stored after the correction
        assert by_file["b_original"].kept == kept_id
        assert "older version" in (by_file["b_original"].reason or "")
    else:  # stored before it, then replaced
        assert by_file["a_corrected"].replaced == by_file["b_original"].document_id
    [met] = summary.versions
    assert met.kept is not None and met.kept.document_id == kept_id
    assert met.kept.file_time == TUESDAY.replace(tzinfo=None)
    assert [v.file for v in met.others] == [by_file["b_original"].file]
    [line] = summary.version_lines()
    assert line.startswith("versions   老庄子镇 2022 绩效目标表.txt: 2 versions met, kept ")
    assert "a_corrected" in line.split("history:")[0] and "b_original" in line.split("history:")[1]
    out = summary.as_json()["versions"]
    assert out[0]["kept"]["file_time"] == "2024-03-05T09:00:00Z"
    assert sha256_of(corrected) != sha256_of(original)


def test_an_older_version_arriving_later_goes_into_history(
    tmp_path: Path, db_url: str, runner: CliRunner
) -> None:
    name = Path("2022") / "老庄子镇" / "绩效目标表.txt"
    write_dated(tmp_path / "night1" / name, anonymous_text(38), TUESDAY)
    write_dated(tmp_path / "night2" / name, anonymous_text(37), MONDAY)
    first = run(db_url, [tmp_path / "night1"], Options(jobs=1))
    second = run(db_url, [tmp_path / "night2"], Options(jobs=1))
    assert current_and_history(db_url) == ("38亩", ["37亩"])
    [f] = second.files
    assert (f.outcome, f.kept, f.replaced) == ("ingested", first.files[0].document_id, None)
    assert f"#{f.kept} stays current" in (f.reason or "")
    engine = open_engine(db_url)
    with Session(engine) as s:  # the run log says it too
        logged = s.scalars(select(FileOutcome).where(FileOutcome.run_id == second.run_id)).one()
        assert logged.reason == f.reason
        times = {i: t for i, t in s.execute(select(Document.id, Document.file_time))}
    engine.dispose()
    assert times == {first.files[0].document_id: TUESDAY.replace(tzinfo=None),
                     f.document_id: MONDAY.replace(tzinfo=None)}
    assert second.versions == []  # one version met in that run
    # taking the current one out brings back the newest other version
    r = run_cli(runner, "remove", str(first.files[0].document_id), "--db", db_url)
    assert r.exit_code == 0, r.output
    assert current_and_history(db_url)[0] == "37亩"


def test_ingest_says_which_of_two_versions_it_kept(
    tmp_path: Path, db_url: str, runner: CliRunner
) -> None:
    name = Path("2022") / "老庄子镇" / "绩效目标表.txt"
    write_dated(tmp_path / "in" / "a_corrected" / name, anonymous_text(38), TUESDAY)
    write_dated(tmp_path / "in" / "b_original" / name, anonymous_text(37), MONDAY)
    r = run_cli(runner, "ingest", str(tmp_path / "in"), "--db", db_url, "-j", "1")
    assert r.exit_code == 0, r.output
    [line] = [x for x in r.output.splitlines() if x.startswith("versions ")]
    assert "2 versions met" in line and "a_corrected" in line.split("history:")[0]


def test_equal_times_go_to_the_one_stored_later(tmp_path: Path, db_url: str) -> None:
    name = Path("2022") / "老庄子镇" / "绩效目标表.txt"
    write_dated(tmp_path / "in" / "a" / name, anonymous_text(37), MONDAY)
    write_dated(tmp_path / "in" / "b" / name, anonymous_text(38), MONDAY)
    run(db_url, [tmp_path / "in"], Options(jobs=1))
    assert current_and_history(db_url) == ("38亩", ["37亩"])


def test_a_zip_entrys_date_is_its_time(tmp_path: Path, db_url: str) -> None:
    """Entries met newest first: the zip's dates decide, not the order in the archive."""
    archive = tmp_path / "incoming.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for folder, acres, when in (("a", 38, (2024, 3, 5, 9, 0, 0)),
                                    ("b", 37, (2024, 3, 4, 9, 0, 0))):
            info = zipfile.ZipInfo(f"{folder}/2022/老庄子镇/绩效目标表.txt", date_time=when)
            z.writestr(info, anonymous_text(acres).encode())
    summary = run(db_url, [archive], Options(jobs=1))
    assert current_and_history(db_url) == ("38亩", ["37亩"])
    [met] = summary.versions
    assert met.kept is not None
    assert met.kept.file_time == datetime(2024, 3, 5, 9, 0).astimezone(UTC).replace(tzinfo=None)


def test_remove_ambiguous_name_asks_for_unit_or_year(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    for unit in ("老庄子镇", "王家湾乡"):
        d = tmp_path / "in" / "2022" / unit
        d.mkdir(parents=True)
        (d / "表.txt").write_text(anonymous_text(len(unit) + ord(unit[0]) % 50),
                                  encoding="utf-8")
    run(sqlite_url, [tmp_path / "in"], Options(jobs=1))
    r = run_cli(runner, "remove", "表.txt", "--db", sqlite_url)
    assert r.exit_code == 2 and "2 documents match" in r.stderr
    r = run_cli(runner, "remove", "表.txt", "--unit", "王家湾乡", "--year", "2022",
                "--db", sqlite_url)
    assert r.exit_code == 0
    assert [d["unit_name"] for d in docs(sqlite_url)] == ["老庄子镇"]


# --- visible: run log, runs, failures, progress, exit codes ----------------------------


def test_failure_is_logged_listed_and_tried_again(
    tmp_path: Path, db_url: str, runner: CliRunner
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    bad = d / "老庄子镇_2021.txt"
    bad.write_text("只是一段说明文字，没有表格。\n", encoding="utf-8")
    first = run_cli(runner, "ingest", str(d), "--db", db_url, "--json")
    assert first.exit_code == 1
    listed = json.loads(run_cli(runner, "failures", "--db", db_url, "--json").stdout)
    assert [(Path(f["file"]).name, f["outcome"]) for f in listed] == [(bad.name, "failed")]
    assert listed[0]["reason"] and listed[0]["path"] == str(bad.resolve())
    assert run_cli(runner, "failures", "--db", db_url, "--paths").stdout == f"{bad.resolve()}\n"
    second = run_cli(runner, "ingest", str(d), "--db", db_url, "--json")
    assert json.loads(second.stdout)["failed"] == 1  # tried again, not skipped
    assert len(json.loads(run_cli(runner, "failures", "--db", db_url, "--json").stdout)) == 1
    shutil.copy(SEED, bad)  # the bureau sends it again, readable this time
    third = run_cli(runner, "ingest", str(d), "--db", db_url, "--json")
    assert third.exit_code == 0
    assert run_cli(runner, "failures", "--db", db_url).stdout.strip() == "no failures"
    assert len(json.loads(run_cli(runner, "failures", "--all", "--db", db_url,
                                  "--json").stdout)) == 1


def test_runs_lists_counts_and_each_files_outcome(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "老庄子镇_2021.txt")
    (d / "empty.txt").write_bytes(b"")
    run_cli(runner, "ingest", str(d), "--db", sqlite_url)
    run_cli(runner, "ingest", str(d), "--db", sqlite_url)
    runs = json.loads(run_cli(runner, "runs", "--db", sqlite_url, "--json").stdout)
    assert [(r["seen"], r["ingested"], r["unchanged"], r["failed"], r["status"])
            for r in runs] == [(2, 0, 1, 1, "done"), (2, 1, 0, 1, "done")]
    assert runs[0]["command"].startswith("jixiao")
    assert runs[0]["finished_at"] >= runs[0]["started_at"]
    detail = json.loads(run_cli(runner, "runs", str(runs[1]["id"]), "--db", sqlite_url,
                                "--json").stdout)
    outcomes = {Path(f["file"]).name: (f["outcome"], f["format"]) for f in detail["files"]}
    assert outcomes == {"老庄子镇_2021.txt": ("ingested", "txt"), "empty.txt": ("failed", None)}
    assert all(f["seconds"] is not None and f["at"] for f in detail["files"])
    table = run_cli(runner, "runs", "--db", sqlite_url).stdout
    assert "ingested" in table and "jixiao" in table


def test_plain_lines_when_not_a_terminal(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "老庄子镇_2021.txt")
    (d / "empty.txt").write_bytes(b"")
    r = run_cli(runner, "ingest", str(d), "--db", sqlite_url)
    assert r.exit_code == 1
    assert "ingested   in/老庄子镇_2021.txt (12 projects, 72 indicators)" in r.stdout
    assert r.stderr.startswith("failed     in/empty.txt: ")
    assert r.stdout.endswith("2 seen: 1 ingested, 0 unchanged, 1 failed\n")


def test_progress_bar_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jixiao.ingest.cli.progress import Reporter
    from jixiao.ingest.runlog import FileResult

    with Reporter(tty=True) as rep:
        rep.start(2)
        rep.file(FileResult("a.txt", "ingested", projects=12, indicators=72))
        rep.file(FileResult("b.txt", "failed", "the file is empty"))
    err = capsys.readouterr().err
    assert "2/2" in err
    assert "failed     b.txt: the file is empty" in err
    assert "a.txt (12 projects" not in err  # the bar counts it; no line per success


# --- the worker pool: parallel, time limit, crashes, memory cap, recycling ------------


def test_jobs_2_gives_the_same_documents_as_jobs_1(tmp_path: Path) -> None:
    from tests.helpers import write_variants

    write_variants(tmp_path / "in", 6)
    out = {}
    for jobs in (1, 2):
        url = f"sqlite:///{tmp_path / f'j{jobs}.db'}"
        summary = run(url, [tmp_path / "in"], Options(jobs=jobs, inline=False))
        assert summary.as_json()["ingested"] == 6
        assert summary.peak_worker_rss_kb > 0
        out[jobs] = docs(url)
    assert out[1] == out[2]


def _tasks(tmp_path: Path, names: list[str]) -> list[Task]:
    tasks = []
    for name in names:
        p = tmp_path / name
        shutil.copy(SEED, p)
        tasks.append(Task(str(p), name, name, sha256_of(p), p.stat().st_size))
    return tasks


def test_hung_and_crashing_parses_fail_alone(tmp_path: Path) -> None:
    """The stand-in parse never returns for hang.txt and kills its worker for crash.txt
    and killed.txt: each of those fails with its own reason, the good files are read."""
    names = ["ok1.txt", "hang.txt", "ok2.txt", "crash.txt", "killed.txt", "ok3.txt"]
    limits = WorkerLimits(file_seconds=HANG_LIMIT_SECONDS, memory_mb=0, tasks_per_worker=50)
    with ParsePool(2, limits, parse=hostile_parse) as pool:
        results = {p.task.source: p for p in pool.map_unordered(_tasks(tmp_path, names))}
    assert set(results) == set(names)
    for ok in ("ok1.txt", "ok2.txt", "ok3.txt"):
        assert results[ok].payload is not None
    assert (results["hang.txt"].reason or "").startswith(
        f"reading took longer than {HANG_LIMIT_SECONDS} s;")
    assert "segmentation fault" in (results["crash.txt"].reason or "")
    assert "out-of-memory killer" in (results["killed.txt"].reason or "")


def test_worker_memory_is_capped(tmp_path: Path) -> None:
    limits = WorkerLimits(file_seconds=60, memory_mb=1024, tasks_per_worker=50)
    with ParsePool(1, limits, parse=hostile_parse) as pool:
        [result] = pool.map_unordered(_tasks(tmp_path, ["hog.txt"]))
    assert result.reason == "MemoryError: the cap held"


def recogniser_threads(task: Task) -> Parsed:
    """A stand-in parse (top level: workers import it) that says how many threads the OCR
    engine would run on in its worker."""
    from jixiao.parsers.readers.ocr.engine import threads

    return Parsed(task, None, f"threads {threads()}", 0.0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_worker_gives_the_ocr_engine_its_share_of_the_cores(
        tmp_path: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two workers on two cores, each with a two-thread recogniser, only took turns on the
    cores: each worker's engine runs on the cores shared out among the workers."""
    cores = len(os.sched_getaffinity(0))
    monkeypatch.delenv("JIXIAO_PARSE_WORKERS", raising=False)
    limits = WorkerLimits(file_seconds=60, memory_mb=0, tasks_per_worker=50)
    with ParsePool(jobs, limits, parse=recogniser_threads) as pool:
        got = {p.reason for p in pool.map_unordered(_tasks(tmp_path, ["a.txt", "b.txt"]))}
    assert got == {f"threads {max(1, cores // jobs)}"}
    with ParsePool(1, limits, parse=recogniser_threads, share=jobs) as pool:  # a farm's slot
        got = {p.reason for p in pool.map_unordered(_tasks(tmp_path, ["c.txt"]))}
    assert got == {f"threads {max(1, cores // jobs)}"}


def test_workers_are_recycled(tmp_path: Path) -> None:
    limits = WorkerLimits(file_seconds=60, memory_mb=0, tasks_per_worker=2)
    names = [f"ok{i}.txt" for i in range(5)]
    with ParsePool(1, limits, parse=hostile_parse) as pool:
        results = list(pool.map_unordered(_tasks(tmp_path, names)))
    pids = {r.payload.warnings[0] for r in results if r.payload}
    assert len(results) == 5 and len(pids) == 3


def test_hang_in_a_run_is_reported_and_the_run_goes_on(tmp_path: Path, sqlite_url: str) -> None:
    """A parse that never ends (the stand-in's, for hang.txt) is stopped at the per-file
    limit and reported; the other file is stored."""
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "hang.txt")
    (d / "fine.txt").write_bytes(SEED.read_bytes() + b"\n")
    opts = Options(jobs=2, inline=False, file_seconds=HANG_LIMIT_SECONDS, parse=hostile_parse)
    summary = run(sqlite_url, [d], opts).as_json()
    assert (summary["ingested"], summary["failed"]) == (1, 1)
    assert f"took longer than {HANG_LIMIT_SECONDS} s" in summary["failures"][0]["reason"]
    assert len(docs(sqlite_url, history=True)) == 1
