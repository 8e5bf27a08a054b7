"""What the tests share apart from fixtures (those live in conftest.py files): paths, the
samples and their golden exports, databases, the `jixiao` command run in-process, made-up
submissions, stand-in parsers for the worker pool, and headless Chromium.

The pool's worker processes import this module to find a stand-in parser by name, so it
imports nothing heavy at the top: pytest, SQLAlchemy, click, selenium and the sample
builders are imported where they are used.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from click.testing import Result

    from jixiao.ingest.worker import Parsed, Task
    from samples.registry import Sample

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = SAMPLES / "seed" / "老庄子镇_2021.txt"  # the real township submission, as received
SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))
PG_URL = os.environ.get("JIXIAO_TEST_PG_URL")

# The per-file time limit of runs with a stand-in parse that never ends.  A good file takes
# a fresh worker 0.1-0.4 s on an idle 2-core machine and at most 1.6 s with both cores
# busy twice over; the limit is far above that, so that only the hung file reaches it,
# whatever the machine's speed (the wait for it is the price).
HANG_LIMIT_SECONDS = 10


# --- databases ------------------------------------------------------------------------------


@contextmanager
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped afterwards (skips without JIXIAO_TEST_PG_URL)."""
    import pytest
    from sqlalchemy import create_engine, text

    if not PG_URL:
        pytest.skip("JIXIAO_TEST_PG_URL is not set: PostgreSQL tests skipped")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database: "sqlite" (a file in `folder`) or "postgresql"."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'jixiao.db'}"
    else:
        with pg_schema() as url:
            yield url


def ingest_into(url: str, paths: list[Path], **options: Any) -> None:
    """Ingest the files into the database at `url`; every one must be read."""
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.db.engine import open_engine

    engine = open_engine(url)
    summary = ingest(engine, paths, Options(jobs=1, **options))
    engine.dispose()
    failures = [f for f in summary.files if f.outcome == "failed"]
    assert not failures, failures


def jixiao(*args: str) -> Result:
    """Run the `jixiao` command in-process."""
    from click.testing import CliRunner

    from jixiao.ingest.cli.main import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- exports ----------------------------------------------------------------------------------


def export_of(paths: list[Path], url: str) -> dict[str, Any]:
    """Ingest the files into the database at `url` and return `jixiao export`'s JSON."""
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.db.engine import open_engine
    from jixiao.store.exports.exporting import export_dicts

    engine = open_engine(url)
    summary = ingest(engine, paths, Options(jobs=1))
    failures = [f for f in summary.files if f.outcome == "failed"]
    assert not failures, failures
    out = {"documents": export_dicts(engine)}
    engine.dispose()
    return out


def without_identity(export: dict[str, Any]) -> list[dict[str, Any]]:
    """An export's documents without source, sha256 and format (to compare formats)."""
    return [
        {k: v for k, v in d.items() if k not in ("source", "sha256", "format", "pages")}
        for d in export["documents"]
    ]


def contract(export: dict[str, Any]) -> list[dict[str, Any]]:
    """An export without identity (file name, hash, format) and without provenance
    (`where`, `pages`), which differ between formats by design."""

    def strip(o: Any) -> Any:
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in ("where", "pages")}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o

    return strip(without_identity(export))  # type: ignore[no-any-return]


def without_hash(export: dict[str, Any]) -> dict[str, Any]:
    """The export without its documents' sha256."""
    return {"documents": [{k: v for k, v in d.items() if k != "sha256"}
                          for d in export["documents"]]}


def doc(e: dict[str, Any]) -> dict[str, Any]:
    """The one document of an export."""
    [d] = e["documents"]
    return dict(d)


def by_level3(p: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A project's indicators by their 三级指标."""
    return {i["level3"]: i for i in p["indicators"]}


# --- samples and their golden exports -----------------------------------------------------------


@cache
def sample_registry() -> dict[str, Sample]:
    """Every sample samples/build.py builds, by its path under samples/."""
    from samples.build import load

    return {s.path: s for s in load()}


def sample_input(path: str) -> Path:
    """What to ingest for the sample at `path`: the file, or the folder it says."""
    folder = sample_registry()[path].ingest_from
    return SAMPLES / (folder or path)


def golden_path(path: str) -> Path:
    """The golden export of the sample at `path` (under samples/): tests/golden/PATH.json,
    so that the golden tree mirrors samples/ (rename a sample's golden with it)."""
    return GOLDEN / f"{path}.json"


def golden_form(path: str, export: dict[str, Any]) -> dict[str, Any]:
    """The export as the sample's golden holds it (some leave out the file hash)."""
    return without_hash(export) if sample_registry()[path].golden_without_hash else export


def assert_golden(path: str, data: Any) -> None:
    """Compare with the golden of the sample at `path`; JIXIAO_UPDATE_GOLDENS=1 (make
    goldens) rewrites it."""
    golden = golden_path(path)
    rendered = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if os.environ.get("JIXIAO_UPDATE_GOLDENS"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
        return
    name = golden.relative_to(GOLDEN)
    assert golden.exists(), f"no golden file {name}: run `make goldens` and review it"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert json.loads(rendered) == expected, f"{path}: export differs from {name}"


# --- made-up submissions: copies of the seed, zips as Windows writes them -----------------------

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


# --- a stand-in parser for the pool (runs in worker processes: top level, importable) ----------


def hostile_parse(task: Task) -> Parsed:
    """Like `parse_task`, except for files named to misbehave: "hang" never returns,
    "crash" and "killed" end their worker with SIGSEGV and SIGKILL, "hog" asks for more
    memory than the worker may have.  Every good file's warnings name its worker."""
    from jixiao.ingest.worker import Parsed, parse_task

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
    from dataclasses import replace

    parsed = parse_task(task)
    if parsed.payload is None:
        return parsed
    return replace(parsed, payload=replace(parsed.payload, warnings=[f"pid {os.getpid()}"]))


# --- headless Chromium (Debian's chromium and chromium-driver, driven by selenium) --------------

ARTIFACTS = ROOT / "artifacts"  # screenshots kept for a person to look at (gitignored)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--window-size=1280,1800",
)


def _find(*names: str) -> str | None:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A selenium WebDriver on headless Chromium with a fresh user-data folder; the test
    skips, saying why, when selenium, chromium or chromedriver is missing."""
    import pytest

    if importlib.util.find_spec("selenium") is None:
        pytest.skip("selenium is not installed (pip install -e '.[dev]')")
    browser = _find("chromium", "chromium-browser")
    driver_path = _find("chromedriver")
    if browser is None or driver_path is None:
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run does it)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="jixiao-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.set_page_load_timeout(60)
            yield driver
        finally:
            driver.quit()


def screenshot(driver: Any, name: str) -> Path:
    """Save the page as artifacts/NAME.png (the whole page height) and print the path."""
    ARTIFACTS.mkdir(exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height), 600), 6000))
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path
