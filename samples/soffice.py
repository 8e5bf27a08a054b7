"""Converting samples with LibreOffice (`soffice --headless --convert-to`)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class SofficeMissing(RuntimeError):
    pass


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SofficeMissing(
            "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        )
    return exe


def convert(src: Path, dest: Path, target: str) -> None:
    """Write `dest` from `src` with LibreOffice; `target` is e.g. "pdf" or "doc"."""
    with tempfile.TemporaryDirectory(prefix="jixiao-samples-") as tmp:
        tmpdir = Path(tmp)
        work = tmpdir / f"input{src.suffix}"
        shutil.copyfile(src, work)
        subprocess.run(
            [
                soffice(),
                f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(tmpdir / "out"),
                str(work),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        produced = tmpdir / "out" / f"input.{target.split(':')[0]}"
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not write {dest.name} from {src.name}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, dest)
