"""The farm on PostgreSQL: several `jixiao worker` processes over one queue store every
file exactly once, as `jixiao ingest` would; a worker killed in the middle of a job loses
nothing (another takes the job again); a file queued twice is one job; a file that fails
fails once, with its reason; SQLite is refused."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from jixiao.ingest.cli.main import main
from jixiao.ingest.worker import sha256_of
from tests.helpers import PG_URL, ROOT, anonymous_text, export_of

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
    folder.mkdir(parents=True, exist_ok=True)
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


def work_until_empty(url: str, *, env: dict[str, str] | None = None) -> int:
    """`jixiao worker --until-empty`: reads what is queued, then stops (exit 0); its pid."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "jixiao", "worker", "--db", url, "--jobs", "1", "--until-empty"],
        cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    _out, err = worker.communicate(timeout=SETTLED)
    assert worker.returncode == 0, err.decode()
    assert b"Traceback" not in err
    return worker.pid


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
    events = rows(farm_url, "SELECT type::text AS type, at FROM procrastinate_events "
                            "WHERE job_id = :j ORDER BY id", j=again.id)
    taken = next(e.at for e in events if e.type == "started")  # by the worker then killed
    back = next(e.at for e in events if e.type == "deferred_for_retry")
    assert back - taken < timedelta(minutes=2)  # back in the queue within 2 minutes
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
    assert [m["host"] for m in view["machines"]] == [socket.gethostname()]
    assert view["files_per_minute"] > 0  # all done within the last 10 minutes


@pytest.mark.pg
def test_queueing_a_file_twice_makes_one_job(farm_url: str, tmp_path: Path) -> None:
    folder = copy_samples(tmp_path, ["seed/老庄子镇_2021.txt", "seed/老庄子镇_2021.docx"])
    first = json.loads(cli("enqueue", str(folder), "--db", farm_url, "--json").stdout)
    second = json.loads(cli("enqueue", str(folder / "老庄子镇_2021.txt"), str(folder),
                            "--db", farm_url, "--json").stdout)
    assert (first["queued"], second["queued"], second["waiting"]) == (2, 0, 2)
    assert len(jobs(farm_url)) == 2


NOT_A_TABLE = "关于召开会议的通知\n请各单位准时参加。\n"  # a circular: it fails for a reason


@pytest.mark.pg
def test_a_file_that_fails_fails_once_with_its_reason(farm_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "通知.txt"
    bad.write_text(NOT_A_TABLE, encoding="utf-8")
    assert cli("enqueue", str(bad), "--db", farm_url).exit_code == 0
    work_until_empty(farm_url)
    (job,) = jobs(farm_url)
    assert (job.status, job.attempts) == ("failed", 1)  # tried once, not retried
    reasons = [f.reason for f in rows(farm_url, "SELECT reason FROM run_files "
                                                "WHERE outcome = 'failed'")]
    single = cli("ingest", str(bad), "--db", f"sqlite:///{tmp_path / 'alone.db'}", "--json")
    assert reasons == [json.loads(single.stdout)["failures"][0]["reason"]]
    failures = json.loads(cli("failures", "--db", farm_url, "--json").stdout)
    assert [f["reason"] for f in failures] == reasons


@pytest.mark.pg
def test_a_worker_reads_under_the_same_guards_as_ingest(farm_url: str, tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "in", ["seed/老庄子镇_2021.docx"])
    tight = {"JIXIAO_WORKER_MEMORY_MB": "60"}  # far less than reading a .docx takes
    assert cli("enqueue", str(folder), "--db", farm_url).exit_code == 0
    work_until_empty(farm_url, env=tight)
    (job,) = jobs(farm_url)
    assert (job.status, job.attempts) == ("failed", 1)
    single = subprocess.run(
        [sys.executable, "-m", "jixiao", "ingest", str(folder), "--json",
         "--db", f"sqlite:///{tmp_path / 'alone.db'}"],
        cwd=ROOT, env={**os.environ, **tight}, capture_output=True, timeout=SETTLED)
    assert json.loads(single.stdout)["failed"] == 1  # as `ingest` fails it
    (failure,) = json.loads(cli("failures", "--db", farm_url, "--json").stdout)
    assert failure["file"].endswith("老庄子镇_2021.docx") and failure["reason"]
    # queued again (as a failed file is tried again by the next `ingest`), without the cap
    assert json.loads(cli("enqueue", str(folder), "--db", farm_url, "--json").stdout)["queued"] == 1
    work_until_empty(farm_url)
    assert list(stored(farm_url).values()) == [("老庄子镇_2021.docx", "current")]
    assert json.loads(cli("failures", "--db", farm_url, "--json").stdout) == []


@pytest.mark.slow
@pytest.mark.pg
def test_runs_and_failures_show_each_workers_run_with_its_machine(
    farm_url: str, tmp_path: Path
) -> None:
    first = copy_samples(tmp_path / "a", ["seed/老庄子镇_2021.txt"])
    (first / "通知.txt").write_text(NOT_A_TABLE, encoding="utf-8")
    second = copy_samples(tmp_path / "b", ["seed/老庄子镇_2021.docx"])
    pids = []
    for folder in (first, second):  # one worker reads the first folder, another the second
        assert cli("enqueue", str(folder), "--db", farm_url).exit_code == 0
        pids.append(work_until_empty(farm_url))

    host = socket.gethostname()
    logged = json.loads(cli("runs", "--db", farm_url, "--json").stdout)
    assert [(r["host"], r["pid"], r["status"], r["seen"], r["ingested"], r["failed"])
            for r in reversed(logged)] == [(host, pids[0], "done", 2, 1, 1),
                                           (host, pids[1], "done", 1, 1, 0)]
    assert all(r["command"].startswith("jixiao worker") for r in logged)
    (failure,) = json.loads(cli("failures", "--db", farm_url, "--json").stdout)
    assert failure["file"].endswith("通知.txt")
    assert (failure["host"], failure["run_id"]) == (host, logged[-1]["id"])
    per_run = [json.loads(cli("runs", str(r["id"]), "--db", farm_url, "--json").stdout)
               for r in reversed(logged)]
    assert [(run["host"], run["pid"], sorted(Path(f["file"]).name for f in run["files"]))
            for run in per_run] == [(host, pids[0], ["老庄子镇_2021.txt", "通知.txt"]),
                                    (host, pids[1], ["老庄子镇_2021.docx"])]


MONDAY, TUESDAY = datetime(2024, 3, 4, 9, 0, tzinfo=UTC), datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def submit(path: Path, acres: int, when: datetime) -> str:
    """A submission whose folders name its unit and year, written at `path` with the
    modification time `when`; its sha256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(anonymous_text(acres), encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))
    return sha256_of(path)


@pytest.mark.slow
@pytest.mark.pg
def test_a_resubmitted_file_supersedes_the_earlier_version_as_in_ingest(
    farm_url: str, tmp_path: Path
) -> None:
    drop = tmp_path / "in"
    path = drop / "2022" / "老庄子镇" / "绩效目标表.txt"
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    shas = []
    for acres, day in ((37, MONDAY), (38, TUESDAY)):  # sent, then sent again with a change
        shas.append(submit(path, acres, day))
        queued = json.loads(cli("enqueue", str(drop), "--db", farm_url, "--json").stdout)
        assert queued["queued"] == 1
        work_until_empty(farm_url)
        assert cli("ingest", str(drop), "--db", alone).exit_code == 0  # the same, on one machine
    old, new = shas
    assert stored(farm_url) == stored(alone) == {
        old: ("绩效目标表.txt", "superseded"), new: ("绩效目标表.txt", "current")}
    history = json.loads(cli("history", "老庄子镇", "--db", farm_url, "--json").stdout)
    assert [(h["sha256"], h["status"], h["year"]) for h in history] == [
        (old, "superseded", 2022), (new, "current", 2022)]
    assert history[0]["superseded_by"] == history[1]["id"]
    [current] = json.loads(cli("documents", "--db", farm_url, "--json").stdout)
    assert (current["id"], current["unit_name"]) == (history[1]["id"], "老庄子镇")


@pytest.mark.slow
@pytest.mark.pg
def test_the_newest_version_by_file_time_stays_current_when_read_after_it(
    farm_url: str, tmp_path: Path
) -> None:
    newer = submit(tmp_path / "tuesday" / "2022" / "老庄子镇" / "绩效目标表.txt", 38, TUESDAY)
    older = submit(tmp_path / "monday" / "2022" / "老庄子镇" / "绩效目标表.txt", 37, MONDAY)
    for folder in ("tuesday", "monday"):  # the newer queued, and read, first
        assert cli("enqueue", str(tmp_path / folder), "--db", farm_url).exit_code == 0
    work_until_empty(farm_url)
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    assert cli("ingest", str(tmp_path / "tuesday"), str(tmp_path / "monday"),
               "--db", alone).exit_code == 0
    assert stored(farm_url) == stored(alone) == {
        older: ("绩效目标表.txt", "superseded"), newer: ("绩效目标表.txt", "current")}


@pytest.mark.slow
@pytest.mark.pg
def test_a_carried_file_is_read_by_a_worker_that_cannot_reach_it(
    farm_url: str, tmp_path: Path
) -> None:
    sent = tmp_path / "sent"
    for when, acres in ((MONDAY, 37), (TUESDAY, 38)):  # two versions, the older queued last
        submit(sent / when.strftime("%a") / "2022" / "老庄子镇" / "绩效目标表.txt", acres, when)
    copy_samples(sent / "Wed", ["archives/老庄子镇_2021.7z"])
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    assert cli("ingest", str(sent), "--db", alone).exit_code == 0
    r = cli("enqueue", str(sent / "Wed"), str(sent / "Tue"), str(sent / "Mon"), "--carry",
            "--db", farm_url, "--json")
    queued = json.loads(r.stdout)
    assert queued["queued"] == 3 and all(f["carried"] for f in queued["files"])
    shutil.rmtree(sent)  # the workers' machine has no such folder
    work_until_empty(farm_url)

    assert stored(farm_url) == stored(alone)  # the newer version current, by its own time
    origins = {r.source: r.origin for r in rows(farm_url, "SELECT source, origin FROM documents")}
    entry = "老庄子镇_2021.7z!2021年/老庄子镇/老庄子镇_2021.docx"
    assert origins["老庄子镇_2021.docx"] == f"{sent}/Wed/{entry}"  # where it was, not a copy
    logged = {r.path for r in rows(farm_url, "SELECT path FROM run_files")}
    assert logged == {f"{sent}/Mon/2022/老庄子镇/绩效目标表.txt",
                      f"{sent}/Tue/2022/老庄子镇/绩效目标表.txt", origins["老庄子镇_2021.docx"]}


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


def schemas(url: str) -> tuple[set[str], str | None, str | None]:
    """The tables of the database, jixiao's schema version and procrastinate's newest
    migration applied."""
    tables = {r.tablename for r in rows(url, "SELECT tablename FROM pg_tables "
                                             "WHERE schemaname = 'public'")}
    if "jixiao_meta" not in tables:
        return tables, None, None
    (version,) = rows(url, "SELECT version_num FROM alembic_version")
    queue = rows(url, "SELECT value FROM jixiao_meta WHERE key = 'procrastinate_schema'")
    return tables, version.version_num, queue[0].value if queue else None


BOTH = {"documents", "runs", "run_files", "jixiao_meta",  # jixiao's
        "procrastinate_jobs", "procrastinate_workers", "procrastinate_periodic_defers"}


@pytest.mark.pg
@pytest.mark.parametrize("command", ["enqueue", "worker"])
def test_enqueue_and_worker_make_both_schemas_in_an_empty_database(
    farm_url: str, tmp_path: Path, command: str
) -> None:
    from jixiao.ingest.farm import queue_migrations
    from jixiao.store.db.migrations import HEAD

    assert schemas(farm_url) == (set(), None, None)
    if command == "enqueue":
        folder = copy_samples(tmp_path, ["seed/老庄子镇_2021.txt"])
        r = cli("enqueue", str(folder), "--db", farm_url, "--json")
        assert json.loads(r.stdout)["queued"] == 1  # procrastinate's functions are there too
    else:
        work_until_empty(farm_url)
    tables, version, queue = schemas(farm_url)
    assert tables >= BOTH
    assert (version, queue) == (HEAD, queue_migrations()[-1].stem)


@pytest.mark.pg
def test_enqueue_adds_the_queue_to_a_database_made_by_ingest(
    farm_url: str, tmp_path: Path
) -> None:
    folder = copy_samples(tmp_path, ["seed/老庄子镇_2021.txt", "seed/老庄子镇_2021.docx"])
    assert cli("ingest", str(folder / "老庄子镇_2021.txt"), "--db", farm_url).exit_code == 0
    tables, _version, queue = schemas(farm_url)
    assert queue is None and not any(t.startswith("procrastinate_") for t in tables)
    r = json.loads(cli("enqueue", str(folder), "--db", farm_url, "--json").stdout)
    assert (r["queued"], r["unchanged"]) == (1, 1)  # the stored one is not queued again
    assert schemas(farm_url)[0] >= BOTH
    work_until_empty(farm_url)
    assert sorted(stored(farm_url).values()) == [("老庄子镇_2021.docx", "current"),
                                                 ("老庄子镇_2021.txt", "current")]


def test_the_task_engine_is_installed_with_jixiao_not_as_an_extra() -> None:
    from importlib.metadata import requires

    engine = [r for r in requires("jixiao") or [] if r.startswith("procrastinate")]
    assert engine and not any("extra" in r for r in engine)


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
