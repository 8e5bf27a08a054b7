"""Made-up submissions for bulk tests and the ingest benchmark: copies of the seed with
their unit, year and one value changed, zips written the way Windows writes them, and
stand-in parsers that hang, crash or eat memory (for the worker pool's guards)."""

from __future__ import annotations

import os
import re
import signal
import time
import zipfile
from pathlib import Path

from jixiao.ingest.worker import Parsed, Task, parse_task
from tests.conftest import SEED

# Township names for copies: real-looking, distinct, each ending in a unit word.
TOWNS = ("王家湾乡", "李家庄镇", "东关街道", "西河镇", "南岗乡", "北营镇", "石桥镇", "柳林乡")


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def variant_text(unit: str, year: int, acres: int) -> str:
    """The seed as another unit's submission for another year, with one value changed."""
    return (seed_text().replace("老庄子镇", unit).replace("2021年", f"{year}年")
            .replace("\t37亩", f"\t{acres}亩"))


def anonymous_text(acres: int = 37) -> str:
    """The seed with its unit and year taken out, so that only the path can give them."""
    t = seed_text().replace("老庄子镇", "本").replace("2021年", "")
    t = t.replace("\t37亩", f"\t{acres}亩")
    return re.sub(r"(我|修建|全|本|各|乡)镇", r"\1", t)


def write_variants(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """`n` distinct submissions (unit, year and a value vary) as UNIT_YEAR_I.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        unit, year = TOWNS[i % len(TOWNS)], 2019 + i % 5
        p = folder / f"{unit}_{year}_{i:04d}.txt"
        p.write_text(variant_text(unit, year, 100 + i), encoding="utf-8")
        out.append(p)
    return out


class _LegacyName(zipfile.ZipInfo):
    """An entry whose name is written as given bytes, without the UTF-8 flag (Python's
    zipfile would write any non-ASCII name as flagged UTF-8)."""

    raw_name = b""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.raw_name, self.flag_bits & ~0x800


def windows_zip(path: Path, entries: dict[str, bytes], *, encoding: str = "gbk") -> Path:
    """A zip whose names are in `encoding` without the UTF-8 flag, as Windows writes them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            info = _LegacyName(name)
            info.raw_name = name.encode(encoding)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return path


def raw_zip(path: Path, entries: dict[str, bytes]) -> Path:
    """A zip with names exactly as given (unsafe ones too: `../x`, `/etc/x`)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo("placeholder")
            info.filename = info.orig_filename = name  # bypass ZipInfo's clean-up
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return path


# --- stand-in parsers for the pool (run in worker processes: top level, importable) ----


def hostile_parse(task: Task) -> Parsed:
    """Like `parse_task`, except for files named to misbehave."""
    name = task.source
    if "hang" in name:
        time.sleep(600)
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "killed" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "hog" in name:
        try:
            block = bytearray(6 << 30)  # 6 GiB: more than the worker's address space cap
        except MemoryError:
            return Parsed(task, None, "MemoryError: the cap held", 0.0)
        return Parsed(task, None, f"allocated {len(block)} bytes: no cap", 0.0)
    parsed = parse_task(task)
    if parsed.payload is not None:
        parsed.payload["warnings"] = [f"pid {os.getpid()}"]
    return parsed
