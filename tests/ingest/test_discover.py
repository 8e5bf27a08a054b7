"""Discovery keeps out what is never a submission: the database's own files, and what a
.jixiaoignore lists (with what it kept out listed for the run's summary)."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

from jixiao.ingest.discover import (
    IGNORE_FILE,
    Rule,
    acknowledge,
    acknowledge_pattern,
    discover,
    ignored_by,
    screening,
)
from jixiao.store.db.engine import sqlite_files
from tests.helpers import SEED


def _found(paths: list[Path]) -> list[str]:
    return [f.display for f in discover(paths)]


def _drop(tmp_path: Path) -> Path:
    """A drop folder: the seed, a circular, a folder with more."""
    d = tmp_path / "incoming"
    (d / "2022" / "王家湾乡").mkdir(parents=True)
    shutil.copy(SEED, d / "老庄子镇_2021.txt")
    (d / "通知.txt").write_text("关于报送绩效目标的通知\n", encoding="utf-8")
    shutil.copy(SEED, d / "2022" / "王家湾乡" / "绩效目标表.txt")
    (d / "2022" / "王家湾乡" / "说明.txt").write_text("说明\n", encoding="utf-8")
    return d


def test_the_database_and_its_siblings_are_never_found(tmp_path: Path) -> None:
    """The SQLite file and its -wal/-shm/-journal are skipped, wherever they are."""
    d = _drop(tmp_path)
    db = d / "2022" / "store.sqlite"
    for f in (db, *[db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]):
        f.write_bytes(b"SQLite format 3\x00")
    assert len(_found([d])) == 8  # without the screen, they are files like any other
    with screening(sqlite_files(f"sqlite:///{db}")) as screen:
        found = _found([d])
        assert _found([db]) == []  # named on the command line too
    assert sorted(found) == sorted([
        "incoming/老庄子镇_2021.txt", "incoming/通知.txt",
        "incoming/2022/王家湾乡/绩效目标表.txt", "incoming/2022/王家湾乡/说明.txt"])
    assert screen.ignored == []  # not even listed: they are not submissions


def test_sqlite_files_of_other_databases_are_none() -> None:
    assert sqlite_files("postgresql+psycopg://u@h/db") == ()
    assert sqlite_files("sqlite://") == ()
    assert [p.name for p in sqlite_files("sqlite:///x/j.db")] == [
        "j.db", "j.db-wal", "j.db-shm", "j.db-journal"]


def test_ignore_file_patterns_apply_below_its_folder(tmp_path: Path) -> None:
    """Glob patterns one a line, # comments and blank lines skipped; a name pattern at
    any depth below, a /anchored one only in its folder, a folder pattern prunes it."""
    d = _drop(tmp_path)
    (d / IGNORE_FILE).write_text(
        "# circulars are not submissions\n\n/通知.txt\n说明.*\n", encoding="utf-8")
    (d / "old").mkdir()
    shutil.copy(SEED, d / "old" / "a.txt")
    (d / "2022" / IGNORE_FILE).write_text("old/\n", encoding="utf-8")
    with screening() as screen:
        found = _found([d])
    assert sorted(found) == sorted([
        "incoming/老庄子镇_2021.txt", "incoming/old/a.txt",  # old/ is ruled only in 2022/
        "incoming/2022/王家湾乡/绩效目标表.txt"])
    assert {i.display: (i.rule.pattern, i.rule.line) for i in screen.ignored} == {
        "incoming/通知.txt": ("/通知.txt", 3),
        "incoming/2022/王家湾乡/说明.txt": ("说明.*", 4),
    }


def test_an_anchored_pattern_is_only_its_own_folder(tmp_path: Path) -> None:
    d = _drop(tmp_path)
    (d / "2022" / "王家湾乡" / "通知.txt").write_text("x\n", encoding="utf-8")
    (d / IGNORE_FILE).write_text("/通知.txt\n", encoding="utf-8")
    assert "incoming/2022/王家湾乡/通知.txt" in _found([d])
    assert "incoming/通知.txt" not in _found([d])


def test_an_ignore_file_above_the_folder_given_does_not_apply(tmp_path: Path) -> None:
    d = _drop(tmp_path)
    (d / IGNORE_FILE).write_text("*.txt\n", encoding="utf-8")
    assert len(_found([d / "2022"])) == 2
    assert _found([d]) == []


def test_archive_entries_are_ignored_by_their_path(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    with zipfile.ZipFile(d / "东关街道.zip", "w") as z:
        z.writestr("2022/绩效目标表.txt", SEED.read_bytes())
        z.writestr("2022/说明.txt", "说明")
    (d / IGNORE_FILE).write_text("/东关街道.zip!2022/说明.txt\n", encoding="utf-8")
    with screening() as screen:
        assert _found([d]) == ["in/东关街道.zip!2022/绩效目标表.txt"]
    assert [i.display for i in screen.ignored] == ["in/东关街道.zip!2022/说明.txt"]


def test_a_file_named_on_the_command_line_follows_its_folders_ignore_file(
    tmp_path: Path
) -> None:
    d = _drop(tmp_path)
    (d / IGNORE_FILE).write_text("/通知.txt\n", encoding="utf-8")
    with screening() as screen:
        assert _found([d / "通知.txt"]) == []
    assert len(screen.ignored) == 1


def test_acknowledge_appends_an_exact_pattern_with_a_dated_comment(tmp_path: Path) -> None:
    d = _drop(tmp_path)
    target = d / "2022" / "王家湾乡" / "说明.txt"
    (d / "2022" / "王家湾乡" / IGNORE_FILE).write_text("*.bak", encoding="utf-8")  # no newline
    ignore, pattern = acknowledge(target, "a note, no table", "ops@host",
                                  today=date(2026, 12, 2))
    assert ignore == d / "2022" / "王家湾乡" / IGNORE_FILE
    assert ignore.read_text(encoding="utf-8") == (
        "*.bak\n# acknowledged 2026-12-02 by ops@host: a note, no table\n/说明.txt\n")
    assert pattern == "/说明.txt"
    rule = ignored_by(target)
    assert rule is not None and rule.line == 3
    assert ignored_by(d / "2022" / "王家湾乡" / "绩效目标表.txt") is None
    assert "incoming/2022/王家湾乡/说明.txt" not in _found([d])


def test_acknowledged_names_with_glob_characters_match_only_themselves(
    tmp_path: Path
) -> None:
    weird = tmp_path / "表[1]*.txt"
    weird.write_text("x", encoding="utf-8")
    (tmp_path / "表1x.txt").write_text("x", encoding="utf-8")
    acknowledge(weird, None, "me")
    assert acknowledge_pattern(weird) == "/表[[]1][*].txt"
    assert ignored_by(weird) is not None
    assert ignored_by(tmp_path / "表1x.txt") is None


def test_rule_matching() -> None:
    r = Rule(Path("/x"), "*.tmp", 1)
    assert r.matches("a/b/c.tmp") and r.matches("a.zip!c.tmp") and not r.matches("a.txt")
    assert Rule(Path("/x"), "a/*.txt", 1).matches("a/b.txt")
    assert not Rule(Path("/x"), "a/*.txt", 1).matches("b/a/b.txt")
