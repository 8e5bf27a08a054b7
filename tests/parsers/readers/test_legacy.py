"""Old Word (.doc), WPS and OpenDocument files, read through LibreOffice.

The conversion itself is tested with the real LibreOffice where it is installed (CI
installs it; set JIXIAO_REQUIRE_SOFFICE=1 there so that a missing one fails instead of
skipping).  How LibreOffice is called, its time limit and its failures are tested with a
stand-in `soffice` script, so they run everywhere.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import LimitExceeded, MissingTool, UnreadableFile
from jixiao.parsers import parse
from jixiao.parsers.grid import SourceDocument
from jixiao.parsers.readers import READERS, docx, excel, legacy
from jixiao.parsers.readers.limits import Limits
from tests.helpers import SAMPLES, without_identity

SEED_DOC = SAMPLES / "legacy" / "老庄子镇_2021.doc"
SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
SEED_TXT = SAMPLES / "seed" / "老庄子镇_2021.txt"
SEED_XLSX = SAMPLES / "templates" / "石桥镇_2022_项目绩效目标汇总.xlsx"

HAVE_SOFFICE = any(shutil.which(n) for n in legacy.SOFFICE_NAMES)
needs_soffice = pytest.mark.skipif(
    not HAVE_SOFFICE and not os.environ.get("JIXIAO_REQUIRE_SOFFICE"),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)


def cells(src: SourceDocument) -> list[list[list[tuple[str, int, int, bool]]]]:
    return [
        [[(c.text, c.col, c.colspan, c.merged_above) for c in r.cells] for r in t.rows]
        for t in src.tables
    ]


# -- with LibreOffice -------------------------------------------------------------------------


@needs_soffice
def test_doc_reads_as_the_docx_it_was_saved_from() -> None:
    old, new = legacy.read(SEED_DOC), docx.read(SEED_DOCX)
    assert old.format == "doc"
    assert cells(old) == cells(new)
    assert [p.text for p in old.paragraphs if p.text] == [p.text for p in new.paragraphs if p.text]


@needs_soffice
def test_doc_exports_what_the_seed_text_exports(export_file: Any) -> None:
    old, txt = export_file(SEED_DOC), export_file(SEED_TXT)
    assert old["documents"][0]["format"] == "doc"
    assert old["documents"][0]["source"] == "老庄子镇_2021.doc"
    assert without_identity(old) == without_identity(txt)


@needs_soffice
def test_a_wps_file_takes_the_same_path(tmp_path: Path) -> None:
    path = tmp_path / "老庄子镇_2021.wps"
    shutil.copyfile(SEED_DOC, path)
    assert READERS["wps"] == READERS["doc"] == "jixiao.parsers.readers.legacy"
    src = parse.read_source(path, fmt="wps")
    assert len(src.tables) == 12
    assert src.format == "doc"  # WPS saved it in the Word 97 format: by content, a .doc


def _saved_by_libreoffice(src: Path, folder: Path, target: str) -> Path:
    """`src` saved as `target` (odt, ods) by LibreOffice, as WPS or LibreOffice users send."""
    out = folder / "out"
    subprocess.run([legacy.soffice(), f"-env:UserInstallation={(folder / 'p').as_uri()}",
                    "--headless", "--convert-to", target, "--outdir", str(out), str(src)],
                   capture_output=True, timeout=300, check=True)
    return out / f"{src.stem}.{target}"


@needs_soffice
def test_an_opendocument_text_reads_as_the_docx_it_was_saved_from(tmp_path: Path) -> None:
    odt = _saved_by_libreoffice(SEED_DOCX, tmp_path, "odt")
    renamed = tmp_path / "老庄子镇_2021.docx"  # by its content, whatever its name
    shutil.copyfile(odt, renamed)
    old, new = parse.read_source(renamed), docx.read(SEED_DOCX)
    assert old.format == "odt"
    assert cells(old) == cells(new)


@needs_soffice
def test_an_opendocument_spreadsheet_reads_as_the_workbook_it_was_saved_from(
        tmp_path: Path) -> None:
    ods = _saved_by_libreoffice(SEED_XLSX, tmp_path, "ods")
    old, new = parse.read_source(ods), excel.read(SEED_XLSX)
    assert old.format == "ods"
    assert cells(old) == cells(new) and len(old.tables) >= 1


@needs_soffice
def test_a_doc_libreoffice_cannot_open(tmp_path: Path) -> None:
    data = bytearray(SEED_DOC.read_bytes())
    fib = data.find(b"\xec\xa5")  # the Word stream's header (FIB): wIdent 0xA5EC
    data[fib : fib + 2048] = bytes(2048)  # the file is still a Compound File holding it
    path = tmp_path / "坏.doc"
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFile, match=r"坏\.doc: LibreOffice could not convert"):
        parse.read_source(path)


# -- without LibreOffice ------------------------------------------------------------------------


def test_missing_libreoffice_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingTool, match="apt-get install libreoffice-writer-nogui"):
        legacy.read(SEED_DOC)
    with pytest.raises(MissingTool, match=r"^老庄子镇_2021\.doc: old Word \(\.doc\)"):
        parse.read_source(SEED_DOC)


def fake_soffice(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `soffice` on PATH that runs `script` (sh) instead of LibreOffice."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "soffice"
    exe.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")


def test_how_libreoffice_is_called(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A private profile and output folder, headless, removed afterwards; the submission's
    own folder untouched (LibreOffice writes its lock file beside the file it opens)."""
    args = tmp_path / "args.txt"
    fake_soffice(
        tmp_path,
        f'for a in "$@"; do echo "$a"; done > {args}\n'
        'for a in "$@"; do out="$dir"; dir="$a"; done\n'  # --outdir DIR FILE: DIR is 2nd last
        f'mkdir -p "$out" && cp {SEED_DOCX} "$out/input.docx"',
        monkeypatch,
    )
    submission = tmp_path / "in" / "老庄子镇_2021.doc"
    submission.parent.mkdir()
    shutil.copyfile(SEED_DOC, submission)
    src = legacy.read(submission)
    assert src.format == "doc" and len(src.tables) == 12
    argv = args.read_text(encoding="utf-8").splitlines()
    profile = next(a for a in argv if a.startswith("-env:UserInstallation=file://"))
    work = Path(profile.removeprefix("-env:UserInstallation=file://")).parent
    assert "--headless" in argv and "--convert-to" in argv
    assert argv[argv.index("--outdir") + 1].startswith(str(work))
    assert argv[-1] == str(work / "in" / "input.doc")  # a copy, not the submission
    assert not work.exists()
    assert sorted(p.name for p in submission.parent.iterdir()) == [submission.name]


def test_conversion_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_soffice(tmp_path, "exec sleep 60", monkeypatch)
    with pytest.raises(LimitExceeded, match=r"more than 0\.5 s .* JIXIAO_SOFFICE_SECONDS"):
        legacy.read(SEED_DOC, limits=Limits(soffice_seconds=0.5))


def test_conversion_that_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_soffice(tmp_path, 'echo "Error: source file could not be loaded"', monkeypatch)
    with pytest.raises(UnreadableFile, match=r"could not convert .*source file could not be"):
        legacy.read(SEED_DOC)
