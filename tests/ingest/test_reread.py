"""Reading stored documents again (`jixiao reread`): the bytes kept at ingest, where a
reread finds them, what it replaces and reports, which documents it chooses, and the
corrections it keeps.  Every test runs on SQLite and PostgreSQL.

An "old reader" is simulated by altering the stored rows (an indicator deleted, a budget
changed, a year misread): the current reader then reads them back as they are."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from jixiao.errors import NoSuchDocument, OptionError
from jixiao.ingest.pipeline import Options, ingest
from jixiao.ingest.reread import RereadOptions, RereadSummary, reread
from jixiao.ingest.worker import Parsed, Task
from jixiao.store.db import corrections
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, DocumentFile, FileOutcome, Project, Run
from jixiao.store.exports.exporting import export_dicts
from tests.helpers import SAMPLES, SEED, jixiao, variant_text


@pytest.fixture
def engine(db_url: str) -> Any:
    e = open_engine(db_url)
    yield e
    e.dispose()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed submission (老庄子镇 2021, .txt) in a folder of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    return Path(shutil.copy(SEED, folder / SEED.name))


def stored(engine: Any, paths: list[Path]) -> None:
    summary = ingest(engine, paths, Options(jobs=1))
    assert [f.outcome for f in summary.files] == ["ingested"] * len(summary.files), summary


def again(engine: Any, **options: Any) -> RereadSummary:
    return reread(engine, RereadOptions(jobs=1, **options))


def sql(engine: Any, statement: str, **params: Any) -> None:
    with engine.begin() as c:
        c.execute(text(statement), params)


def exported(engine: Any) -> list[dict[str, Any]]:
    return export_dicts(engine)


def old_reader(engine: Any) -> None:
    """What an older reader might have stored: one indicator fewer, one budget wrong."""
    sql(engine, "DELETE FROM indicators WHERE id = (SELECT min(id) FROM indicators)")
    sql(engine, "UPDATE projects SET budget_total_yuan = 1 "
                "WHERE id = (SELECT min(id) FROM projects)")


# --- the bytes kept at ingest -------------------------------------------------------------


def test_ingest_keeps_each_documents_bytes_files_and_archive_entries(
    engine: Any, tmp_path: Path
) -> None:
    docx = SAMPLES / "seed" / "老庄子镇_2021.docx"
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("东关街道/东关街道_2022.txt", variant_text("东关街道", 2022, 41))
    stored(engine, [docx, bundle])
    with Session(engine) as s:
        docs = {d.source: d.sha256 for d in s.scalars(select(Document))}
        kept = {f.sha256: bytes(f.content) for f in s.scalars(select(DocumentFile))}
    assert sorted(kept) == sorted(docs.values())
    assert kept[docs[docx.name]] == docx.read_bytes()
    entry = variant_text("东关街道", 2022, 41).encode("utf-8")
    assert kept[docs["东关街道_2022.txt"]] == entry
    assert all(hashlib.sha256(b).hexdigest() == sha for sha, b in kept.items())


def test_the_same_content_twice_keeps_one_copy(engine: Any, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    copy = shutil.copy(SEED, tmp_path / "b" / SEED.name)
    stored(engine, [SEED])
    ingest(engine, [Path(copy)], Options(jobs=1))
    with Session(engine) as s:
        assert len(s.scalars(select(DocumentFile.sha256)).all()) == 1


# --- reading again ------------------------------------------------------------------------


def test_reread_restores_an_old_reading_from_the_kept_bytes_with_the_file_gone(
    engine: Any, seed_copy: Path
) -> None:
    stored(engine, [seed_copy])
    right = exported(engine)
    old_reader(engine)
    seed_copy.unlink()
    summary = again(engine, everything=True)
    [c] = summary.changes
    assert (c.outcome, c.bytes_from, c.reason) == ("reread", "kept", None)
    assert c.before is not None and c.after is not None
    assert (c.before.projects, c.after.projects) == (12, 12)
    assert (c.before.indicators, c.after.indicators) == (71, 72)
    assert (c.indicators_added, c.indicators_removed) == (1, 0)
    assert c.after.budget_yuan == 15554700
    assert c.before.budget_yuan is not None and c.before.budget_yuan < c.after.budget_yuan
    assert exported(engine) == right  # the same rows as the first reading, ids aside
    assert summary.totals()["indicators"] == {"before": 71, "after": 72}


def test_reread_keeps_the_document_row_and_logs_a_run(engine: Any, seed_copy: Path) -> None:
    stored(engine, [seed_copy])
    with Session(engine) as s:
        before = s.scalars(select(Document)).one()
        identity = (before.id, before.sha256, before.ingested_at, before.run_id, before.origin)
    old_reader(engine)
    summary = again(engine, everything=True, command="jixiao reread --all")
    with Session(engine) as s:
        after = s.scalars(select(Document)).one()
        assert (after.id, after.sha256, after.ingested_at, after.run_id, after.origin) == identity
        run = s.get(Run, summary.run_id)
        assert run is not None
        assert (run.command, run.status, run.seen, run.ingested, run.failed) == (
            "jixiao reread --all", "done", 1, 1, 0)
        [logged] = s.scalars(select(FileOutcome).where(FileOutcome.run_id == run.id)).all()
    assert (logged.outcome, logged.document_id) == ("reread", identity[0])
    assert logged.reason is not None and "indicators 71 → 72 (+1 −0)" in logged.reason


def test_an_unchanged_reading_is_reported_the_same(engine: Any, seed_copy: Path) -> None:
    stored(engine, [seed_copy])
    [c] = again(engine, everything=True).changes
    assert c.outcome == "unchanged" and c.before == c.after


def test_reread_without_kept_bytes_reads_the_file_when_unchanged_and_keeps_it(
    engine: Any, seed_copy: Path
) -> None:
    stored(engine, [seed_copy])
    sql(engine, "DELETE FROM document_files")
    old_reader(engine)
    [c] = again(engine, everything=True).changes
    assert (c.outcome, c.bytes_from) == ("reread", "path")
    with Session(engine) as s:
        [kept] = s.scalars(select(DocumentFile)).all()
    assert bytes(kept.content) == seed_copy.read_bytes()  # kept from now on


def test_reread_without_kept_bytes_reads_an_archive_entry_from_its_archive(
    engine: Any, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.write(SEED, f"2021/{SEED.name}")
    stored(engine, [bundle])
    sql(engine, "DELETE FROM document_files")
    old_reader(engine)
    [c] = again(engine, everything=True).changes
    assert (c.outcome, c.bytes_from, c.after and c.after.indicators) == ("reread", "path", 72)


@pytest.mark.parametrize("what", ["changed", "gone"])
def test_reread_without_kept_bytes_and_the_file_changed_or_gone_says_so(
    engine: Any, db_url: str, seed_copy: Path, what: str
) -> None:
    stored(engine, [seed_copy])
    sql(engine, "DELETE FROM document_files")
    old_reader(engine)
    reading = exported(engine)
    if what == "gone":
        seed_copy.unlink()
    else:
        seed_copy.write_text(variant_text("老庄子镇", 2021, 99), encoding="utf-8")
    [c] = again(engine, everything=True).changes
    origin = str(seed_copy.resolve())
    assert c.outcome == "failed"
    assert c.reason == (f"cannot reread: bytes not kept and {origin} changed or gone; put "
                        "the file back there and run again")
    assert exported(engine) == reading  # the old reading stays
    r = jixiao("reread", "--all", "--db", db_url)
    assert r.exit_code == 1
    assert f"failed     #1 {seed_copy.name}: cannot reread: bytes not kept and {origin}" in r.output
    assert "1 document: 0 changed, 0 the same, 1 failed" in r.output


def unreadable(task: Task) -> Parsed:
    """A stand-in for a reader that now fails on the file."""
    return Parsed(task, None, "no table found", 0.0)


def test_a_document_the_current_reader_cannot_read_keeps_its_old_reading(
    engine: Any, seed_copy: Path
) -> None:
    stored(engine, [seed_copy])
    reading = exported(engine)
    [c] = again(engine, everything=True, parse=unreadable).changes
    assert (c.outcome, c.reason) == (
        "failed", "the current reader cannot read it: no table found; the old reading stays")
    assert exported(engine) == reading


def test_a_dry_run_reports_and_stores_nothing(engine: Any, seed_copy: Path) -> None:
    stored(engine, [seed_copy])
    old_reader(engine)
    reading = exported(engine)
    summary = again(engine, everything=True, dry_run=True)
    [c] = summary.changes
    assert (summary.run_id, c.outcome) == (None, "reread")
    assert c.before and c.after and (c.before.indicators, c.after.indicators) == (71, 72)
    assert exported(engine) == reading
    with Session(engine) as s:
        assert len(s.scalars(select(Run)).all()) == 1  # the ingest's only


def test_a_misread_year_is_read_again_and_the_document_moves_to_its_key(
    engine: Any, seed_copy: Path
) -> None:
    stored(engine, [seed_copy])
    sql(engine, "UPDATE documents SET year = 2012, doc_key = :k", k=f"老庄子镇|2012|{SEED.name}")
    [c] = again(engine, year=2012).changes
    assert c.before and c.after and (c.before.year, c.after.year) == (2012, 2021)
    with Session(engine) as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.year, doc.doc_key, doc.status) == (2021, f"老庄子镇|2021|{SEED.name}",
                                                       "current")


def test_moving_onto_a_newer_current_version_makes_the_reread_one_history(
    engine: Any, tmp_path: Path
) -> None:
    """Two versions of one file, the older misread as another year (so both current):
    read again, it joins the newer one's key and becomes its history."""
    old, new = tmp_path / "old" / SEED.name, tmp_path / "new" / SEED.name
    for p, acres, when in ((old, 37, 1_600_000_000), (new, 38, 1_700_000_000)):
        p.parent.mkdir()
        p.write_text(variant_text("老庄子镇", 2021, acres), encoding="utf-8")
        os.utime(p, (when, when))
    stored(engine, [old])
    sql(engine, "UPDATE documents SET year = 2012, doc_key = :k", k=f"老庄子镇|2012|{SEED.name}")
    stored(engine, [new])
    summary = again(engine, year=2012)
    [c] = summary.changes
    with Session(engine) as s:
        docs = {d.id: d for d in s.scalars(select(Document))}
    older, newer = docs[1], docs[2]
    assert (older.status, older.superseded_by_id, older.year) == ("superseded", 2, 2021)
    assert newer.status == "current"
    assert c.other_version == 2
    assert c.reason == "now 老庄子镇 2021, where #2 is newer and stays current; this is history"


def test_a_correction_is_applied_again_after_the_reread(engine: Any, seed_copy: Path) -> None:
    stored(engine, [seed_copy])
    with Session(engine) as s, s.begin():
        project = s.scalars(select(Project).order_by(Project.seq)).first()
        assert project is not None
        target = corrections.target_of(s, "project", project.id)
        corrections.correct(s, target, "name", "征地拆迁补偿款（更正）", "typo", "tester",
                            at=datetime(2026, 12, 1, tzinfo=UTC).replace(tzinfo=None))
    old_reader(engine)
    [c] = again(engine, everything=True).changes
    assert (c.outcome, c.corrections) == ("reread", 1)
    with Session(engine) as s:
        first = s.scalars(select(Project).order_by(Project.seq)).first()
        assert first is not None and first.name == "征地拆迁补偿款（更正）"


# --- choosing the documents ---------------------------------------------------------------


@pytest.fixture
def three_units(engine: Any, tmp_path: Path) -> Any:
    """老庄子镇 2021, 东关街道 2021 and 东关街道 2022, stored."""
    folder = tmp_path / "three"
    folder.mkdir()
    for unit, year in (("老庄子镇", 2021), ("东关街道", 2021), ("东关街道", 2022)):
        (folder / f"{unit}_{year}.txt").write_text(variant_text(unit, year, 50),
                                                   encoding="utf-8")
    stored(engine, [folder])
    return engine


@pytest.mark.parametrize(("options", "expected"), [
    ({"unit": "东关"}, ["东关街道_2021.txt", "东关街道_2022.txt"]),
    ({"year": 2021}, ["东关街道_2021.txt", "老庄子镇_2021.txt"]),
    ({"unit": "东关街道", "year": 2022}, ["东关街道_2022.txt"]),
    ({"everything": True}, ["东关街道_2021.txt", "东关街道_2022.txt", "老庄子镇_2021.txt"]),
])
def test_unit_year_and_all_choose_the_documents(
    three_units: Any, options: dict[str, Any], expected: list[str]
) -> None:
    summary = again(three_units, dry_run=True, **options)
    assert sorted(c.source for c in summary.changes) == expected


def test_nothing_chosen_is_a_usage_error_and_nothing_matching_a_failure(
    three_units: Any, db_url: str
) -> None:
    with pytest.raises(OptionError, match="--unit U, --year Y, or --all"):
        again(three_units)
    with pytest.raises(NoSuchDocument, match="no current document of 老庄子镇 2030"):
        again(three_units, unit="老庄子镇", year=2030)
    r = jixiao("reread", "--db", db_url)
    assert (r.exit_code, r.output.strip()) == (
        2, "jixiao: say which documents to read again: --unit U, --year Y, or --all")


def test_the_command_prints_each_document_and_the_totals(
    engine: Any, db_url: str, seed_copy: Path
) -> None:
    stored(engine, [seed_copy])
    old_reader(engine)
    r = jixiao("reread", "--unit", "老庄子镇", "--db", db_url, "--jobs", "1")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == (f"reread     #1 {SEED.name}: projects 12, indicators 71 → 72 (+1 −0), "
                        "budget 9,942,701.00 元 → 15,554,700.00 元")
    assert lines[1] == ("1 document: 1 changed, 0 the same, 0 failed; projects 12, "
                        "indicators 71 → 72, budget 9,942,701.00 元 → 15,554,700.00 元 (run 2)")
    r = jixiao("reread", "--all", "--db", db_url, "--json", "--jobs", "1")
    out = json.loads(r.output)
    assert (out["documents"], out["changed"], out["unchanged"], out["run_id"]) == (1, 0, 1, 3)
    assert out["changes"][0]["before"] == out["changes"][0]["after"] == {
        "unit_name": "老庄子镇", "year": 2021, "projects": 12, "indicators": 72,
        "budget_yuan": 15554700.0}
