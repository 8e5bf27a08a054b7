"""Resumable and safe, on SQLite and PostgreSQL: a run killed with kill -9 and run again
stores every document exactly once and none partly; four runs at once on overlapping
folders duplicate nothing."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jixiao.ingest.pipeline import Options, ingest
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, Run
from jixiao.store.exports.exporting import export_dicts
from tests.helpers import ROOT, anonymous_text, write_variants

pytestmark = pytest.mark.slow


def jixiao(*args: str) -> list[str]:
    return [sys.executable, "-m", "jixiao", *args]


def killed_while_writing(document: int, *args: str) -> list[str]:
    """`jixiao ARGS`, whose writer kills itself with signal 9 while it writes the given
    document, its earlier ones committed (the "kill" fault of tests/reliability/faults.py):
    where the kill falls does not depend on the machine's speed."""
    return [sys.executable, "-m", "tests.reliability.faults", "kill", str(document - 1), *args]


def start(argv: list[str]) -> subprocess.Popen[bytes]:
    """A command in its own process group (so that kill -9 takes its workers too)."""
    return subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def stored(url: str) -> int:
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            return s.scalar(select(func.count()).select_from(Document)) or 0
    finally:
        engine.dispose()


def everything(url: str) -> dict[str, dict[str, Any]]:
    """Every stored version, keyed by content, as the export shows it, but for `primary`:
    the variants of one unit and year have the same projects, so they are copies of one
    submission, whose primary is the one stored first (which the order of storing
    decides, and a killed run changes)."""
    engine = open_engine(url)
    out = {d["sha256"]: {k: v for k, v in d.items() if k != "primary"}
           for d in export_dicts(engine, history=True)}
    engine.dispose()
    return out


def clean_ingest(folder: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    url = f"sqlite:///{tmp_path / 'clean.db'}"
    engine = open_engine(url)
    summary = ingest(engine, [folder], Options(jobs=1))
    engine.dispose()
    assert summary.as_json()["failed"] == 0
    return everything(url)


def test_kill_9_mid_run_then_rerun_stores_each_document_once(
    tmp_path: Path, db_url: str
) -> None:
    folder = tmp_path / "season"
    n = 80
    write_variants(folder, n)
    proc = start(killed_while_writing(6, "ingest", str(folder), "--db", db_url, "--jobs", "2"))
    proc.wait()
    with contextlib.suppress(ProcessLookupError):  # the group is gone when they all ended
        os.killpg(proc.pid, signal.SIGKILL)  # the workers the writer left behind
    _stdout, stderr = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, stderr.decode()
    killed_at = stored(db_url)
    assert killed_at == 5, "the documents before the kill are stored, the one in writing is not"

    rerun = subprocess.run(jixiao("ingest", str(folder), "--db", db_url, "--json"),
                           cwd=ROOT, capture_output=True, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    out = json.loads(rerun.stdout)
    assert (out["ingested"], out["unchanged"], out["failed"]) == (n - killed_at, killed_at, 0)

    after = everything(db_url)
    assert after == clean_ingest(folder, tmp_path)  # every document once, each complete
    assert stored(db_url) == n
    runs = json.loads(subprocess.run(jixiao("runs", "--db", db_url, "--json"), cwd=ROOT,
                                     capture_output=True, check=True).stdout)
    assert [r["status"] for r in runs] == ["done", "interrupted"]


def test_four_runs_at_once_on_overlapping_folders(tmp_path: Path, db_url: str) -> None:
    pool = write_variants(tmp_path / "pool", 24)
    # a resubmission: the same unit, year and file name with new content, in two folders;
    # the first is the newer file, whichever run stores which first
    for k, (acres, day) in enumerate(((61, 5), (62, 4))):
        d = tmp_path / f"resubmitted{k}" / "2022" / "老庄子镇"
        d.mkdir(parents=True)
        (d / "绩效目标表.txt").write_text(anonymous_text(acres), encoding="utf-8")
        when = datetime(2024, 3, day, 9, 0, tzinfo=UTC).timestamp()
        os.utime(d / "绩效目标表.txt", (when, when))
    folders = []
    for k in range(4):
        f = tmp_path / f"machine{k}"
        f.mkdir()
        for i in range(k * 6, k * 6 + 12):  # each file is in two of the four folders
            shutil.copy(pool[i % 24], f / pool[i % 24].name)
        shutil.copytree(tmp_path / f"resubmitted{k % 2}", f / "resubmitted")
        folders.append(f)

    procs = [start(jixiao("ingest", str(f), "--db", db_url, "--jobs", "2", "--json"))
             for f in folders]
    outs = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr.decode()
        outs.append(json.loads(stdout))

    unique = 24 + 2
    assert sum(o["ingested"] for o in outs) == unique  # each content stored by one run
    assert sum(o["unchanged"] for o in outs) == 4 * 13 - unique
    engine = open_engine(db_url)
    with engine.connect() as c:
        shas = c.execute(text("SELECT sha256, COUNT(*) FROM documents GROUP BY sha256")).all()
        current = c.execute(text("SELECT doc_key, COUNT(*) FROM documents "
                                 "WHERE status = 'current' GROUP BY doc_key")).all()
        statuses = c.execute(text("SELECT status, COUNT(*) FROM documents GROUP BY status")).all()
    with Session(engine) as s:
        finished = s.scalars(select(Run.status)).all()
    engine.dispose()
    assert len(shas) == unique and all(count == 1 for _sha, count in shas)
    assert len(current) == 25 and all(count == 1 for _key, count in current)
    assert dict(statuses) == {"current": 25, "superseded": 1}
    assert finished == ["done"] * 4
    [resubmitted] = [d for d in everything(db_url).values()
                     if d["unit_name"] == "老庄子镇" and d["status"] == "current"]
    assert resubmitted["projects"][0]["indicators"][0]["value_raw"] == "61亩"  # the newest
