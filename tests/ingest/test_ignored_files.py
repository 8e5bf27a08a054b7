"""Files a run leaves out (a .jixiaoignore pattern, the database's own files) are in the
run log as `ignored`, with the reason: shown by `jixiao runs RUN_ID`, neither seen nor
failed, never listed by `jixiao failures`.  On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.helpers import SEED, jixiao


def test_ignored_files_are_logged_with_the_reason_and_are_no_failures(
    db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path  # the SQLite database, when it is one, is in the folder too
    shutil.copy(SEED, folder / SEED.name)
    (folder / "通知.txt").write_text("not a submission", encoding="utf-8")
    (folder / ".jixiaoignore").write_text("通知.txt\n", encoding="utf-8")
    r = jixiao("ingest", str(folder), "--db", db_url, "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert (summary["seen"], summary["failed"], summary["ignored"]) == (1, 0, 1)

    logged = json.loads(jixiao("runs", str(summary["run_id"]), "--db", db_url, "--json").output)
    ignored = {f["file"]: f["reason"] for f in logged["files"] if f["outcome"] == "ignored"}
    name = folder.name
    expected = {f"{name}/通知.txt": f"left out by the pattern 通知.txt ({folder}/.jixiaoignore:1)"}
    if db_url.startswith("sqlite"):  # the file, and its -wal and -shm while it is open
        own = [f"{name}/jixiao.db{end}" for end in ("", "-wal", "-shm", "-journal")]
        expected |= {f: "the database's own file: never read" for f in own if f in ignored}
        assert f"{name}/jixiao.db" in ignored
    assert ignored == expected
    assert (logged["seen"], logged["ingested"], logged["failed"]) == (1, 1, 0)

    shown = jixiao("runs", str(summary["run_id"]), "--db", db_url).output
    assert "ignored" in shown and "通知.txt" in shown
    assert json.loads(jixiao("failures", "--all", "--db", db_url, "--json").output) == []
    assert jixiao("failures", "--db", db_url).output.strip() == "no failures"
