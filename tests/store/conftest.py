"""Seeded databases for the analysts' tests: the seed submission ingested once per test
module, on SQLite and (when JIXIAO_TEST_PG_URL is set) on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import SEED, database, ingest_into


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded_url(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database holding the seed, on each engine."""
    with database(request.param, tmp_path_factory.mktemp("seeded")) as url:
        ingest_into(url, [SEED])
        yield url


@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database holding the seed."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'jixiao.db'}"
    ingest_into(url, [SEED])
    return url
