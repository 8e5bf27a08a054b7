"""Issue 9.4: faults in the middle of a run.  The database fills up, turns read-only or
goes away, the temporary folder fills, the writer is killed with signal 9: the run stops
(or skips the file) with a clear message, the database stays consistent, nothing
half-written is visible, and the next run completes with the same contents as a run
that never failed.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

import jixiao.ingest.pipeline as pipeline
from jixiao.errors import StoreError
from jixiao.ingest.pipeline import Options
from jixiao.store.db.engine import open_engine
from tests.reliability import faults, harness, hostile
from tests.reliability.harness import Tally

TEMPLATES = hostile.ROOT / "samples" / "templates"
INPUTS = [
    hostile.SEED_TXT,
    hostile.SEED_DOCX,
    TEMPLATES / "柳河镇_2022_项目绩效目标表.docx",
    TEMPLATES / "东坝乡_2022_四列指标表.docx",
]
UNREACHABLE_PG = "postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=3"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs") / "2022"
    folder.mkdir()
    for p in INPUTS:
        if p.exists():
            shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture(scope="module")
def clean_counts(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """What a run that never failed stores."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    summary = harness.run(inputs, db)
    assert summary.count("failed") == 0, summary.as_json()["failures"]
    engine = open_engine(f"sqlite:///{db}")
    counts = harness.counts(engine)
    engine.dispose()
    return counts


def assert_consistent(url: str) -> dict[str, int]:
    engine = open_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as c:
                assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert c.execute(text("PRAGMA foreign_key_check")).all() == []
        assert harness.orphans(engine) == []
        return harness.counts(engine)
    finally:
        engine.dispose()


def rerun_completes(inputs: Path, url: str, clean: dict[str, int]) -> None:
    summary = harness.run(inputs, url)
    assert summary.count("failed") == 0, summary.as_json()["failures"]
    assert assert_consistent(url) == clean


@pytest.mark.parametrize("kind", ["full", "readonly"])
def test_database_fault_mid_run_stops_cleanly(
    kind: str,
    inputs: Path,
    clean_counts: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tally: Tally,
) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    fault = faults.install(kind, 1, monkeypatch.setattr)
    engine = open_engine(url)
    with pytest.raises(StoreError) as info:
        pipeline.ingest(engine, [inputs], Options(jobs=2))  # the patched one
    engine.dispose()
    message = str(info.value)
    assert fault.struck
    assert ("full" if kind == "full" else "readonly") in message.replace(" ", "").lower()
    assert "run again" in message
    tally.add(f"fault: database {kind} mid-run", "stopped with a clear message", message)

    monkeypatch.undo()
    after = assert_consistent(url)
    # Stored before the fault (and, for a full database, what still fit in free pages).
    assert 1 <= after["documents"] < clean_counts["documents"]
    rerun_completes(inputs, url, clean_counts)
    tally.add(f"fault: database {kind} mid-run", "consistent; next run completed")


def test_command_reports_a_full_database_without_a_traceback(
    inputs: Path, clean_counts: dict[str, int], tmp_path: Path, tally: Tally
) -> None:
    db = tmp_path / "cli.db"
    proc = _faulty_cli("full", 1, ["ingest", str(inputs), "--db", f"sqlite:///{db}", "-j", "2"])
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("jixiao: ") and "full" in last, proc.stderr
    tally.add("fault: database full (command)", "exit 1, one-line message", last)
    rerun_completes(inputs, f"sqlite:///{db}", clean_counts)


def test_fault_while_logging_a_failed_file_is_a_clear_message(tmp_path: Path, tally: Tally) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(hostile.SEED_TXT, folder / "a.txt")
    (folder / "b.txt").write_bytes(hostile.random_bytes(3000, 1))  # fails: the log records it
    proc = _faulty_cli(
        "readonly", 1, ["ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'l.db'}", "-j", "1"]
    )
    clean = "Traceback" not in proc.stderr
    tally.add(
        "fault: database read-only while logging a failed file",
        "exit 1, one-line message" if clean else "traceback (gap)",
    )
    assert proc.returncode == 1
    assert clean, proc.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "command", [["ingest", str(hostile.SEED_TXT)], ["export"], ["query", "SELECT 1"], ["check"]]
)
def test_unreachable_postgresql_is_a_clear_message(command: list[str], tally: Tally) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "jixiao", *command, "--db", UNREACHABLE_PG],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("jixiao: "), proc.stderr
    assert "127.0.0.1" in proc.stderr
    tally.add("fault: PostgreSQL unreachable", "exit 1, one-line message", proc.stderr)


@pytest.mark.pg
def test_postgresql_connection_lost_mid_run(
    inputs: Path,
    clean_counts: dict[str, int],
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tally: Tally,
) -> None:
    """The server ends the writer's connections after the first document."""
    app = f"jixiao_fault_{uuid.uuid4().hex[:8]}"
    url = f"{pg_url}&application_name={app}"
    admin = create_engine(os.environ["JIXIAO_TEST_PG_URL"])

    def cut(result: object) -> None:
        if getattr(result, "outcome", None) == "ingested":
            with admin.begin() as c:
                c.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :a"
                    ),
                    {"a": app},
                )

    engine = open_engine(url)
    try:
        with pytest.raises(StoreError) as info:
            try:
                pipeline.ingest(engine, [inputs], Options(jobs=1), on_file=cut)
            except OperationalError:
                tally.add("fault: PostgreSQL connection lost mid-run", "raw error (gap)")
                raise
    finally:
        engine.dispose()
        admin.dispose()
    tally.add(
        "fault: PostgreSQL connection lost mid-run", "stopped with a clear message", str(info.value)
    )
    after = assert_consistent(url)
    assert after["documents"] == 1
    rerun_completes(inputs, url, clean_counts)
    tally.add("fault: PostgreSQL connection lost mid-run", "consistent; next run completed")


@pytest.mark.slow
@pytest.mark.parametrize("after", [0, 2])
def test_kill_9_in_the_middle_of_a_write_leaves_no_partial_document(
    after: int, inputs: Path, clean_counts: dict[str, int], tmp_path: Path, tally: Tally
) -> None:
    db = tmp_path / "k.db"
    proc = _faulty_cli("kill", after, ["ingest", str(inputs), "--db", f"sqlite:///{db}", "-j", "2"])
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    after_kill = assert_consistent(f"sqlite:///{db}")
    assert after_kill["documents"] == after  # the flushed, uncommitted one is not there
    tally.add("fault: kill -9 while writing a document", "no partial document visible")
    rerun_completes(inputs, f"sqlite:///{db}", clean_counts)
    tally.add("fault: kill -9 while writing a document", "consistent; next run completed")


@pytest.mark.slow
def test_full_temporary_folder(tmp_path: Path, tally: Tally) -> None:
    """A file-size limit (RLIMIT_FSIZE) makes every write past 4 MB fail as on a full
    disk: an archive entry too big to extract fails with a reason, the rest is
    ingested, and the temporary folder is left empty."""
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(hostile.SEED_TXT, "老庄子镇/老庄子镇_2021.txt")
        z.writestr("老庄子镇/big.txt", hostile.random_cjk(2_000_000).encode("utf-8"))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    limit = 4 << 20

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "jixiao",
            "ingest",
            str(archive),
            "--json",
            "-j",
            "2",
            "--db",
            f"sqlite:///{tmp_path / 't.db'}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=cap,
        env={**os.environ, "TMPDIR": str(tmp)},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    out = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert out["ingested"] == 1 and out["failed"] == 1, out
    reason = out["failures"][0]["reason"]
    assert "too large" in reason.lower() or "space" in reason.lower(), reason
    assert list(tmp.iterdir()) == []
    tally.add("fault: temporary folder full", "entry failed with reason; run completed", reason)


def _faulty_cli(kind: str, after: int, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.reliability.faults", kind, str(after), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=hostile.ROOT,
    )
