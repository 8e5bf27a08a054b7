"""The store on both engines: the same document reads back the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao.ingest.build import build_payload
from jixiao.parsers.parse import parse_file
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, Indicator, Project
from jixiao.store.db.write import add_document
from tests.helpers import SAMPLES, SEED, export_of, golden_path


def test_seed_export_is_the_golden_on_both_engines(db_url: str) -> None:
    golden = golden_path(SEED.relative_to(SAMPLES).as_posix())
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert export_of([SEED], db_url) == expected


def test_a_failed_document_write_leaves_nothing(db_url: str) -> None:
    """The caller owns the transaction: a failure inside it stores no part of the file."""
    engine = open_engine(db_url)
    payload = build_payload(parse_file(SEED), source="x.txt", sha256="0" * 64)
    payload.projects[5].indicators[0].value["kind"] = None  # NOT NULL column
    with pytest.raises(IntegrityError), Session(engine) as s, s.begin():
        add_document(s, payload)
    with Session(engine) as s:
        tables = (Document, Project, Indicator)
        counts = [s.scalar(select(func.count()).select_from(m)) for m in tables]
    assert counts == [0, 0, 0]
    engine.dispose()


def test_store_functions_never_commit(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'c.db'}")
    payload = build_payload(parse_file(SEED), source="x.txt", sha256="1" * 64)
    with Session(engine) as s:
        add_document(s, payload)
        s.rollback()  # the caller decides
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
