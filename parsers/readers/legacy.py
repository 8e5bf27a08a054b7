"""Old Word (.doc), WPS (.wps), RTF, Word 2003 XML and OpenDocument (.odt, .ods) files →
`SourceDocument`, through LibreOffice.

No Python library reads the old binary Word format's tables with their merges; LibreOffice
does.  So the file is converted to .docx (`soffice --headless --convert-to docx`) and read
by `jixiao.parsers.readers.docx`, and the result says which format it came from.  An
OpenDocument spreadsheet (WPS's or LibreOffice's .ods) goes the same way to .xlsx and
`jixiao.parsers.readers.excel`: pandas's odf engine gives cell values without the merged
ranges a form is built of, and reading the spans from the ODF XML ourselves would be a
second spreadsheet reader to keep, where LibreOffice is here for .doc already.

Each conversion is private: a copy of the file, a LibreOffice profile and an output folder
in a fresh temporary folder (so conversions can run side by side, and LibreOffice's lock
file never lands beside the submission), all removed afterwards.  It runs under a time
limit (`Limits.soffice_seconds`); past it, LibreOffice's whole process group is killed.
Where LibreOffice is not installed, the file fails with `MissingTool` naming the package.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from jixiao.errors import LimitExceeded, MissingTool, UnreadableFile
from jixiao.parsers.grid import SourceDocument
from jixiao.parsers.readers import docx
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import LIMITS, Limits

SOFFICE_NAMES = ("soffice", "libreoffice")
INSTALL_HINT = (
    "old Word (.doc), WPS and OpenDocument files are read through LibreOffice, which is not "
    "installed; install LibreOffice Writer (apt-get install libreoffice-writer-nogui, and "
    "libreoffice-calc-nogui for .ods), or save the file as .docx or .xlsx"
)
DOCX_FILTER = "docx:MS Word 2007 XML"
XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML"


# What LibreOffice is told the file is, by the format `detect` found.
SUFFIXES = {"doc": "doc", "wps": "wps", "rtf": "rtf", "wordxml": "xml", "odt": "odt",
            "ods": "ods"}
SPREADSHEETS = frozenset({"ods"})  # converted to .xlsx, the others to .docx


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    found = detect_format(path, limits)
    fmt = found if found in SUFFIXES else "doc"
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as tmp:
        if fmt in SPREADSHEETS:
            from jixiao.parsers.readers import excel

            src = excel.read(_convert(path, Path(tmp), fmt, limits, XLSX_FILTER), limits=limits)
        else:
            src = docx.read(convert_to_docx(path, Path(tmp), fmt, limits), limits=limits)
    src.format = fmt
    return src


def soffice() -> str:
    for name in SOFFICE_NAMES:
        exe = shutil.which(name)
        if exe is not None:
            return exe
    raise MissingTool(INSTALL_HINT)


def convert_to_docx(path: Path, work: Path, fmt: str, limits: Limits) -> Path:
    """The .docx LibreOffice makes of `path`, written under `work`."""
    return _convert(path, work, fmt, limits, DOCX_FILTER)


def _convert(path: Path, work: Path, fmt: str, limits: Limits, target: str) -> Path:
    """The file LibreOffice makes of `path` with the filter `target` (docx:…, xlsx:…),
    written under `work`."""
    exe = soffice()
    source = work / "in" / f"input.{SUFFIXES.get(fmt, fmt)}"
    source.parent.mkdir()
    shutil.copyfile(path, source)
    out = work / "out"
    command = [
        exe,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(out),
        str(source),
    ]
    log = _run(command, limits.soffice_seconds)
    suffix = target.split(":", 1)[0]
    converted = out / f"input.{suffix}"
    if not converted.exists():
        said = log.strip().splitlines()[-1] if log.strip() else "no output"
        app = "Excel" if suffix == "xlsx" else "Word"
        raise UnreadableFile(
            f"LibreOffice could not convert the file to .{suffix} ({said}); it may be damaged "
            f"or password-protected: open it in {app} or WPS and save it as .{suffix}"
        )
    return converted


def _run(command: list[str], seconds: float) -> str:
    """Run LibreOffice in its own process group; its output, or LimitExceeded on time."""
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,  # soffice starts soffice.bin: kill the group, not one pid
    )
    try:
        out, _ = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired as e:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise LimitExceeded(
            f"LibreOffice took more than {seconds:g} s to convert the file and was stopped; "
            "raise JIXIAO_SOFFICE_SECONDS if the file is genuinely large, or save it as .docx"
        ) from e
    return out
