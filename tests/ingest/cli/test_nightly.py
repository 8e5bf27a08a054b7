"""The nightly job's command: its own database files never read, files that will never
be fixed acknowledged (exit 0, still listed), stopping with SIGTERM or Ctrl-C (what was
stored, 143 / 130, the run log's counts), `serve` stopped with its server, and a reader
that closes the pipe."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jixiao.ingest.cli.main import main
from jixiao.ingest.discover import IGNORE_FILE
from tests.helpers import SAMPLES, SEED, write_variants

JIXIAO = [sys.executable, "-m", "jixiao"]


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*JIXIAO, *args], capture_output=True, text=True, cwd=cwd,
                          env=_env())


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "JIXIAO_DB"}


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    """The drop folder of a night: two good files, a circular and an empty file."""
    d = tmp_path / "incoming"
    (d / "2022").mkdir(parents=True)
    shutil.copy(SEED, d / "老庄子镇_2021.txt")
    shutil.copy(SAMPLES / "seed" / "老庄子镇_2021.docx", d / "2022" / "老庄子镇_2021.docx")
    (d / "2022" / "通知.txt").write_text("关于报送绩效目标的通知，没有表格。\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    return d


def test_ingest_where_the_database_lives_never_reads_it(drop: Path) -> None:
    """`jixiao ingest .` beside jixiao.db: the database and its -wal/-shm are no files
    of the run, on the first night and every night after."""
    for _night in range(2):
        r = _run("ingest", ".", "-j", "1", "--json", cwd=drop)
        assert (drop / "jixiao.db").exists()
        out = json.loads(r.stdout)
        files = {f["file"] for f in out["files"]}
        assert not any("jixiao.db" in f for f in files), files
        assert out["seen"] == 4


def test_a_database_elsewhere_in_the_folder_is_never_read(drop: Path) -> None:
    db = drop / "2022" / "store.sqlite"
    r = _run("ingest", str(drop), "--db", f"sqlite:///{db}", "-j", "1", "--json")
    r = _run("ingest", str(drop), "--db", f"sqlite:///{db}", "-j", "1", "--json")
    out = json.loads(r.stdout)
    assert out["seen"] == 4 and not any("store.sqlite" in f["file"] for f in out["files"])


def test_a_night_whose_only_failures_are_acknowledged_exits_0(drop: Path, db_url: str) -> None:
    """On each engine: the failures are the store's, the acknowledgement the folder's."""
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(drop), "--db", db_url, "-j", "1"])
    assert first.exit_code == 1
    failed = runner.invoke(main, ["failures", "--db", db_url, "--json"])
    assert {Path(f["file"]).name for f in json.loads(failed.stdout)} == {"通知.txt", "empty.txt"}

    # as `jixiao failures` lists it, and as a path
    ack = runner.invoke(main, ["failures", "--db", db_url, "--acknowledge",
                               "incoming/2022/通知.txt", "--reason", "a circular"])
    assert ack.exit_code == 0, ack.output
    assert runner.invoke(main, ["failures", "--db", db_url, "--acknowledge",
                                str(drop / "empty.txt")]).exit_code == 0
    text = (drop / "2022" / IGNORE_FILE).read_text(encoding="utf-8")
    assert text.startswith("# acknowledged 20") and ": a circular\n/通知.txt\n" in text
    assert (drop / IGNORE_FILE).read_text(encoding="utf-8").endswith("\n/empty.txt\n")

    night = runner.invoke(main, ["ingest", str(drop), "--db", db_url, "-j", "1"])
    assert night.exit_code == 0, night.output
    assert "ignored    incoming/2022/通知.txt (/通知.txt, " in night.stdout
    assert night.stdout.rstrip().endswith(
        "2 seen: 0 ingested, 2 unchanged, 0 failed, 2 ignored")
    js = runner.invoke(main, ["ingest", str(drop), "--db", db_url, "-j", "1", "--json"])
    out = json.loads(js.stdout)
    assert (js.exit_code, out["failed"], out["ignored"]) == (0, 0, 2)
    assert {f["file"] for f in out["ignored_files"]} == {
        "incoming/2022/通知.txt", "incoming/empty.txt"}

    # `failures` lists them no more, `--all` says they are acknowledged
    r = runner.invoke(main, ["failures", "--db", db_url])
    assert r.stdout.strip() == "no failures"
    r = runner.invoke(main, ["failures", "--db", db_url, "--all", "--json"])
    assert all(f["acknowledged"] for f in json.loads(r.stdout))
    assert runner.invoke(main, ["failures", "--db", db_url, "--paths"]).stdout == ""


def test_acknowledging_twice_or_a_missing_file(drop: Path, sqlite_url: str) -> None:
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(drop), "--db", sqlite_url, "-j", "1"])
    args = ["failures", "--db", sqlite_url, "--acknowledge", str(drop / "empty.txt")]
    runner.invoke(main, args)
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "already left out" in again.stdout
    assert (drop / IGNORE_FILE).read_text(encoding="utf-8").count("/empty.txt") == 1
    r = runner.invoke(main, ["failures", "--db", sqlite_url, "--acknowledge", "nope.txt"])
    assert r.exit_code == 2 and "no such file: nope.txt" in r.stderr


# --- stopping -------------------------------------------------------------------------------


MANY = "many_" + "绩效目标" * 20  # the folder's name, long: see below


def _stop_ingest_midway(tmp_path: Path, sig: int, db: str
                        ) -> tuple[subprocess.CompletedProcess[str], str]:
    """Start an ingest of 60 files into `db`, send `sig` once the first is stored.

    The ingest cannot finish before the signal, however the machine schedules the two
    processes: its output goes to a pipe of one page, which its lines (long, from the
    folder's long name) fill within a few files, and nothing but the first line is read
    from it until the signal is sent."""
    folder = tmp_path / MANY
    write_variants(folder, 60)
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    p = subprocess.Popen([*JIXIAO, "ingest", str(folder), "--db", db, "-j", "1"],
                         stdout=write_end, stderr=subprocess.PIPE, text=True, env=_env(),
                         preexec_fn=_ctrl_c_as_at_a_terminal)
    os.close(write_end)
    first = _read_line(read_end)
    assert first.startswith("ingested"), first
    p.send_signal(sig)
    with os.fdopen(read_end, encoding="utf-8") as rest:
        out = rest.read()
    assert p.stderr is not None
    with p.stderr:
        err = p.stderr.read()
    p.wait(timeout=120)
    return subprocess.CompletedProcess(p.args, p.returncode, first + out, err), err


def _ctrl_c_as_at_a_terminal() -> None:
    """In the child before it starts: Ctrl-C's default action, as a command started at a
    terminal has it.  A test run started in the background by a shell (`make test &`, a
    CI runner's `nohup`) has SIGINT ignored, which a child inherits and Python then leaves
    ignored, so that Ctrl-C would not stop the ingest at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _read_line(fd: int) -> str:
    """One line from `fd`, a byte at a time: no more leaves the pipe."""
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        line += byte
    return line.decode("utf-8")


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)],
                         ids=["SIGTERM", "Ctrl-C"])
def test_a_stopped_ingest_says_what_it_stored(tmp_path: Path, db_url: str, sig: int,
                                              status: int) -> None:
    """On each engine: the run log counts what the stopped run stored."""
    db = db_url
    r, err = _stop_ingest_midway(tmp_path, sig, db)
    assert r.returncode == status, err
    stored = sum(1 for line in r.stdout.splitlines() if line.startswith("ingested"))
    assert f"interrupted: {stored} of 60 stored, run again to continue" in err
    assert "Aborted" not in err and "Traceback" not in err
    runs = json.loads(_run("runs", "--db", db, "--json").stdout)
    assert runs[0]["status"] == "interrupted"
    assert (runs[0]["seen"], runs[0]["ingested"]) == (stored, stored)
    # running again stores the rest
    again = _run("ingest", str(tmp_path / MANY), "--db", db, "-j", "1", "--json")
    out = json.loads(again.stdout)
    assert (again.returncode, out["ingested"], out["unchanged"]) == (0, 60 - stored, stored)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_serve_stops_with_its_server(tmp_path: Path, sig: int) -> None:
    pytest.importorskip("datasette")
    db = tmp_path / "s.db"
    assert _run("ingest", str(SEED), "--db", str(db), "-j", "1").returncode == 0
    port = _free_port()
    p = subprocess.Popen([*JIXIAO, "serve", "--db", str(db), "--port", str(port)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
                         start_new_session=True)
    try:
        while not _answers(port):  # Datasette is up once its port answers
            assert p.poll() is None, p.communicate()
        if sig == signal.SIGINT:
            os.killpg(p.pid, sig)  # Ctrl-C goes to the whole foreground group
        else:
            p.send_signal(sig)  # SIGTERM to jixiao only (systemd's KillMode=mixed)
        _out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert p.returncode == 0, err
    assert not _answers(port)
    assert "Traceback" not in err


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`jixiao export | head`: exit 0 and nothing on stderr."""
    db = tmp_path / "p.db"
    write_variants(tmp_path / "v", 8)
    assert _run("ingest", str(tmp_path / "v"), "--db", str(db), "-j", "1").returncode == 0
    for args in (["export"], ["export", "--format", "csv"], ["projects"], ["check"]):
        p = subprocess.Popen([*JIXIAO, *args, "--db", str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=_env())
        assert p.stdout is not None and p.stderr is not None
        p.stdout.read(100)
        p.stdout.close()
        err = p.stderr.read().decode()
        p.stderr.close()
        assert p.wait(timeout=120) == 0, (args, err)
        assert err == "", (args, err)
