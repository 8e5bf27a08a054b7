"""The Makefile's front door: `make run` goes on past the samples that fail on purpose
(ingest's exit 1) without make's own `Error 1 (ignored)`, and stops on anything worse."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("ingest_status", "make_ok"), [(0, True), (1, True), (2, False)])
def test_make_run_accepts_failed_files_only(tmp_path: Path, ingest_status: int,
                                            make_ok: bool) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    jixiao = fake / "jixiao"  # `ingest` exits as told, `documents` prints its table
    jixiao.write_text('#!/bin/sh\n[ "$1" = ingest ] && exit "$STATUS"\necho listed\n',
                      encoding="utf-8")
    jixiao.chmod(0o755)
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than pyproject.toml: nothing to install
    r = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "run", f"BIN={fake}",
                        f"STAMP={stamp}", f"DB=sqlite:///{tmp_path / 'j.db'}"],
                       capture_output=True, text=True,
                       env=os.environ | {"STATUS": str(ingest_status)})
    assert (r.returncode == 0) is make_ok, r.stderr
    assert ("listed" in r.stdout) is make_ok
    if make_ok:
        assert "Error" not in r.stderr and "ignored" not in r.stderr
