"""Fixtures for every test: databases (SQLite always, PostgreSQL when JIXIAO_TEST_PG_URL
is set) and exports of files and samples.  What tests share besides fixtures is in
tests/helpers.py."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.helpers import export_of, pg_schema, sample_input

# Nothing in a test depends on the machine's speed: no time limit on a hypothesis example.
# In CI the examples are the same on every run (derandomize), so that a run fails only for
# a change, never for a new random draw; on a developer's machine they explore.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'jixiao.db'}"


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


@pytest.fixture
def export_file(tmp_path: Path) -> Callable[[Path], dict[str, Any]]:
    """`export_file(path)`: the export of one file ingested into a fresh SQLite database."""
    counter = iter(range(10**6))

    def run(path: Path) -> dict[str, Any]:
        return export_of([path], f"sqlite:///{tmp_path / f'e{next(counter)}.db'}")

    return run


@pytest.fixture(scope="session")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, Any]]:
    """`sample_export(path)`: the export of the sample at `path` (under samples/), ingested
    into a fresh SQLite database once a session; each call gets its own copy."""
    folder = tmp_path_factory.mktemp("samples")
    exports: dict[str, dict[str, Any]] = {}

    def get(path: str) -> dict[str, Any]:
        if path not in exports:
            db = folder / f"{len(exports)}.db"
            exports[path] = export_of([sample_input(path)], f"sqlite:///{db}")
        return copy.deepcopy(exports[path])

    return get
