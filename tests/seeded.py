"""Seeded databases for the analysts' tests (issue 8): the seed submission ingested once
per test module, on SQLite and (when JIXIAO_TEST_PG_URL is set) on PostgreSQL.

Import the fixtures into a test module:
`from tests.seeded import seeded_url_fixture  # noqa: F401` gives `seeded_url`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.conftest import SEED, pg_schema


def ingest_into(url: str, paths: list[Path], **options: Any) -> None:
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.db.engine import open_engine

    engine = open_engine(url)
    summary = ingest(engine, paths, Options(jobs=1, **options))
    engine.dispose()
    failures = [f for f in summary.files if f.outcome == "failed"]
    assert not failures, failures


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'jixiao.db'}"
    else:
        with pg_schema() as url:
            yield url


@pytest.fixture(name="seeded_url", scope="module", params=["sqlite", "postgresql"])
def seeded_url_fixture(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database holding the seed, on each engine."""
    with database(request.param, tmp_path_factory.mktemp("seeded")) as url:
        ingest_into(url, [SEED])
        yield url


@pytest.fixture(name="seeded_sqlite", scope="module")
def seeded_sqlite_fixture(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'jixiao.db'}"
    ingest_into(url, [SEED])
    return url


def jixiao(*args: str) -> Result:
    """Run the `jixiao` command in-process."""
    from jixiao.ingest.cli.main import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)
