"""Shared fixtures: databases (SQLite always, PostgreSQL when JIXIAO_TEST_PG_URL is set),
exports of sample files, and golden-file comparison."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = SAMPLES / "seed" / "老庄子镇_2021.txt"  # the real township submission, as received
PG_URL = os.environ.get("JIXIAO_TEST_PG_URL")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'jixiao.db'}"


@contextmanager
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped afterwards (skips without JIXIAO_TEST_PG_URL)."""
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


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema for one test."""
    with pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on both engines."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'jixiao.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


def open_test_engine(url: str) -> Engine:
    from jixiao.store.db.engine import open_engine

    return open_engine(url)


def export_of(paths: list[Path], url: str) -> dict[str, Any]:
    """Ingest the files into the database at `url` and return `jixiao export`'s JSON."""
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.exports.exporting import export_dicts

    engine = open_test_engine(url)
    summary = ingest(engine, paths, Options(jobs=1))
    failures = [f for f in summary.files if f.outcome == "failed"]
    assert not failures, failures
    out = {"documents": export_dicts(engine)}
    engine.dispose()
    return out


@pytest.fixture
def export_file(tmp_path: Path) -> Callable[[Path], dict[str, Any]]:
    """`export_file(path)`: the export of one file ingested into a fresh SQLite database."""
    counter = iter(range(10**6))

    def run(path: Path) -> dict[str, Any]:
        return export_of([path], f"sqlite:///{tmp_path / f'e{next(counter)}.db'}")

    return run


def assert_golden(name: str, data: Any) -> None:
    """Compare with tests/golden/NAME.json; JIXIAO_UPDATE_GOLDENS=1 (make goldens) rewrites."""
    path = GOLDEN / f"{name}.json"
    rendered = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if os.environ.get("JIXIAO_UPDATE_GOLDENS"):
        path.write_text(rendered, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run `make goldens` and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert json.loads(rendered) == expected, f"{name}: export differs from {path.name}"


def without_identity(export: dict[str, Any]) -> list[dict[str, Any]]:
    """An export's documents without source, sha256 and format (to compare formats)."""
    return [
        {k: v for k, v in d.items() if k not in ("source", "sha256", "format", "pages")}
        for d in export["documents"]
    ]


def doc(e: dict[str, Any]) -> dict[str, Any]:
    """The one document of an export."""
    [d] = e["documents"]
    return dict(d)


def by_level3(p: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A project's indicators by their 三级指标."""
    return {i["level3"]: i for i in p["indicators"]}


def cached_exports(
    tmp_path_factory: pytest.TempPathFactory, inputs: dict[str, Path]
) -> Callable[[str], dict[str, Any]]:
    """get(name): the export of `inputs[name]` (a file or a folder) ingested into a fresh
    database, computed once per name."""
    cache: dict[str, dict[str, Any]] = {}

    def get(name: str) -> dict[str, Any]:
        if name not in cache:
            db = tmp_path_factory.mktemp(name) / "t.db"
            cache[name] = export_of([inputs[name]], f"sqlite:///{db}")
        return cache[name]

    return get
