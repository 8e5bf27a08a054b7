"""The farm on PostgreSQL: several `jixiao worker` processes over one queue store every
file exactly once, as `jixiao ingest` would; a worker killed in the middle of a job loses
nothing (another takes the job again); a file queued twice is one job; a file that fails
fails once, with its reason; SQLite is refused."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from jixiao.ingest.cli.main import main
from tests.helpers import PG_URL, ROOT, export_of

# Mixed formats, an archive among them (one job, its entries stored one by one).
MIXED = [
    "seed/老庄子镇_2021.docx", "seed/老庄子镇_2021.pdf", "seed/老庄子镇_2021.txt",
    "docx_variants/one_long_table.docx", "docx_variants/split_by_page_break.docx",
    "pdf_variants/landscape.pdf", "archives/老庄子镇_2021.7z",
    "real/2019年度宁晋县高中助学金项目绩效评价指标表.xlsx",
    "real/2023年慈溪市重大政策和项目绩效目标情况.docx",
    "real/中江县水利局2022年财政衔接资金实施项目绩效自评表.pdf",
    "real/安居区市场监管局食品监管补助资金区域绩效目标自评表.txt",
    "real/湘西州特校2023年项目支出绩效目标表.xlsx",
]
SETTLED = 300  # seconds: far more than a dead worker's job takes to come back (about 45)


@pytest.fixture
def farm_url() -> Iterator[str]:
    """An empty PostgreSQL database of its own, dropped afterwards."""
    if not PG_URL:
        pytest.skip("JIXIAO_TEST_PG_URL is not set: PostgreSQL tests skipped")
    name = f"jixiao_farm_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def copy_samples(folder: Path, names: list[str]) -> Path:
    """The samples in a folder of their own (paths no other test queues), times kept."""
    for n in names:
        shutil.copy2(ROOT / "samples" / n, folder / Path(n).name)
    return folder


def cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def start_worker(url: str, *, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """`jixiao worker` in its own process group (a kill takes its reading process too)."""
    return subprocess.Popen(
        [sys.executable, "-m", "jixiao", "worker", "--db", url, "--jobs", "1"],
        cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, start_new_session=True)


def wait_for(what: str, ready: Callable[[], bool], seconds: float = SETTLED) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for {what} after {seconds} s")
        time.sleep(0.5)


def rows(url: str, sql: str, **params: Any) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return list(c.execute(text(sql), params))
    finally:
        engine.dispose()


def jobs(url: str) -> list[Any]:
    return rows(url, "SELECT id, status::text AS status, attempts, args FROM procrastinate_jobs "
                     "WHERE task_name = 'jixiao.ingest_file' ORDER BY id")


def settled(url: str) -> bool:
    return all(j.status in ("succeeded", "failed") for j in jobs(url))


def stop(worker: subprocess.Popen[bytes]) -> str:
    """SIGTERM: the worker finishes what it holds and exits 0; its output."""
    worker.send_signal(signal.SIGTERM)
    out, err = worker.communicate(timeout=SETTLED)
    assert worker.returncode == 0, err.decode()
    return out.decode()


def stored(url: str) -> dict[str, tuple[str, str]]:
    """Every stored version by content: its file name and status."""
    return {r.sha256: (r.source, r.status)
            for r in rows(url, "SELECT sha256, source, status FROM documents")}


@pytest.mark.slow
@pytest.mark.pg
def test_a_worker_killed_mid_job_loses_nothing_and_each_file_is_stored_once(
    farm_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    copy_samples(folder, MIXED)
    r = cli("enqueue", str(folder), "--db", farm_url, "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["queued"] == len(MIXED)

    hold = tmp_path / "hold"
    hold.mkdir()
    doomed = start_worker(farm_url, env={"JIXIAO_FARM_HOLD": str(hold)})
    wait_for("the first worker to take a job", lambda: any(hold.iterdir()))
    held = next(hold.iterdir()).read_text(encoding="utf-8")
    os.killpg(doomed.pid, signal.SIGKILL)  # in the middle of its job
    doomed.communicate()

    others = [start_worker(farm_url) for _ in range(2)]
    wait_for("every job to be done", lambda: settled(farm_url))
    outputs = [stop(w) for w in others]

    assert {j.status for j in jobs(farm_url)} == {"succeeded"}
    (again,) = [j for j in jobs(farm_url) if j.args["display"] == held]
    assert again.attempts >= 2  # tried by the dead worker, then again by another
    assert held in "".join(outputs)
    # exactly what one `jixiao ingest` of the folder stores: each content once
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    export_of([folder], alone)
    assert stored(farm_url) == stored(alone)
    logged = rows(farm_url, "SELECT f.file, r.host FROM run_files f JOIN runs r ON r.id = f.run_id "
                            "WHERE f.outcome = 'ingested'")
    assert len(logged) == len(stored(alone))  # each file logged once, with its machine
    runs = sorted(r.status for r in rows(farm_url, "SELECT status FROM runs"))
    assert runs == ["done", "done", "interrupted"]  # the dead worker's, as any machine sees it
    view = json.loads(cli("queue", "--db", farm_url, "--json").stdout)
    assert (view["waiting"], view["running"], view["done"]) == (0, 0, len(MIXED))
    assert sum(m["ingested"] for m in view["machines"]) == len(logged)


@pytest.mark.pg
def test_queueing_a_file_twice_makes_one_job(farm_url: str, tmp_path: Path) -> None:
    folder = copy_samples(tmp_path, ["seed/老庄子镇_2021.txt", "seed/老庄子镇_2021.docx"])
    first = json.loads(cli("enqueue", str(folder), "--db", farm_url, "--json").stdout)
    second = json.loads(cli("enqueue", str(folder / "老庄子镇_2021.txt"), str(folder),
                            "--db", farm_url, "--json").stdout)
    assert (first["queued"], second["queued"], second["waiting"]) == (2, 0, 2)
    assert len(jobs(farm_url)) == 2


@pytest.mark.pg
def test_a_file_that_fails_fails_once_with_its_reason(farm_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "通知.txt"
    bad.write_text("关于召开会议的通知\n请各单位准时参加。\n", encoding="utf-8")
    assert cli("enqueue", str(bad), "--db", farm_url).exit_code == 0
    r = subprocess.run([sys.executable, "-m", "jixiao", "worker", "--db", farm_url,
                        "--until-empty"], cwd=ROOT, capture_output=True, timeout=SETTLED)
    assert r.returncode == 0, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    (job,) = jobs(farm_url)
    assert (job.status, job.attempts) == ("failed", 1)  # tried once, not retried
    reasons = [f.reason for f in rows(farm_url, "SELECT reason FROM run_files "
                                                "WHERE outcome = 'failed'")]
    single = cli("ingest", str(bad), "--db", f"sqlite:///{tmp_path / 'alone.db'}", "--json")
    assert reasons == [json.loads(single.stdout)["failures"][0]["reason"]]
    failures = json.loads(cli("failures", "--db", farm_url, "--json").stdout)
    assert [f["reason"] for f in failures] == reasons


@pytest.mark.slow
@pytest.mark.pg
def test_a_scheduled_folder_is_queued_and_read_by_the_worker(
    farm_url: str, tmp_path: Path
) -> None:
    drop = copy_samples(tmp_path, ["seed/老庄子镇_2021.txt"])
    worker = subprocess.Popen(
        [sys.executable, "-m", "jixiao", "worker", "--db", farm_url, "--jobs", "1",
         "--schedule", f"{drop}@* * * * *"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    # every minute, so the tick of the last minute is due when the worker starts
    wait_for("the scheduled file to be stored", lambda: bool(stored_or_none(farm_url)))
    out = stop(worker)
    assert f"scheduled  {drop}: 1 queued" in out
    assert list(stored(farm_url).values()) == [("老庄子镇_2021.txt", "current")]


def stored_or_none(url: str) -> dict[str, tuple[str, str]]:
    """What is stored, or nothing while the worker is still creating the tables."""
    try:
        return stored(url)
    except ProgrammingError:  # no table yet
        return {}


@pytest.mark.pg
def test_the_queue_tables_are_made_once_by_whoever_comes_first(farm_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from jixiao.ingest.farm import open_farm_db, queue_migrations

    with ThreadPoolExecutor(3) as pool:  # three machines starting at once on an empty database
        engines = list(pool.map(lambda _: open_farm_db(farm_url), range(3)))
    for e in engines:
        e.dispose()
    open_farm_db(farm_url).dispose()  # and again: nothing to do
    meta = rows(farm_url, "SELECT value FROM jixiao_meta WHERE key = 'procrastinate_schema'")
    assert [m.value for m in meta] == [queue_migrations()[-1].stem]
    assert rows(farm_url, "SELECT count(*) AS n FROM procrastinate_jobs")[0].n == 0


def test_the_queue_needs_postgresql(tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    for command in (["enqueue", str(ROOT / "samples/seed")], ["worker"], ["queue"]):
        r = CliRunner().invoke(main, [*command, "--db", f"sqlite:///{db}"])
        assert r.exit_code == 2
        assert "the queue needs PostgreSQL" in r.output
    assert not db.exists()


def test_a_schedule_is_a_folder_and_a_time(tmp_path: Path) -> None:
    from jixiao.errors import OptionError
    from jixiao.ingest.farm import parse_schedule

    assert parse_schedule(f"{tmp_path}@02:00") == (str(tmp_path), "0 2 * * *")
    assert parse_schedule(f"{tmp_path}@30 1 * * 1-5") == (str(tmp_path), "30 1 * * 1-5")
    for bad in (f"{tmp_path}@25:00", f"{tmp_path}@soon", f"{tmp_path}/none@02:00", "02:00"):
        with pytest.raises(OptionError):
            parse_schedule(bad)
