"""The store on both engines: the same document reads back the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao.ingest.build import build_payload, level1_weight
from jixiao.parsers.parse import parse_file
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Document, Indicator, Project
from jixiao.store.db.write import add_document
from tests.helpers import SAMPLES, SEED, export_of, golden_path

SELF_EVALUATION = SAMPLES / "templates" / "柳河镇_2022_项目支出绩效自评表.docx"


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


@pytest.mark.parametrize(
    "level1,weight",
    [
        ("产出指标(50分)", 50), ("产出指标（50分）", 50), ("效益指标(30分)", 30), ("(30分)", 30),
        ("满意度指标(10分)", 10), ("产 出 指 标 (50分)", 50), ("产出指标(12.5分)", 12.5),
        ("产出指标(50%)", 50), ("效益指标（30％）", 30), ("产出指标(50)", 50),
        ("产出指标\n(50)", 50), ("产出指标（权重50%）", 50), ("产出指标(分值：40)", 40),
        ("产出指标", None), ("成本指标(0-20)分", None), ("效益指标(必填)", None),
        ("满意度(≥**%)", None), ("产出指标（无）", None), ("成本(≤5万元)", None), ("", None),
        (None, None),
    ],
)
def test_level1_weight_is_the_number_the_level1_cell_states(
    level1: str | None, weight: float | None
) -> None:
    assert level1_weight(level1) == weight


def test_level1_weight_stored_and_exported_on_both_engines(db_url: str) -> None:
    [doc] = export_of([SELF_EVALUATION], db_url)["documents"]
    weights = {(i["level1"], i["level1_weight"]) for p in doc["projects"] for i in p["indicators"]}
    assert ("产出指标(50分)", 50) in weights
    assert ("成本指标", None) in weights
    engine = open_engine(db_url)
    with Session(engine) as s:
        stored = {tuple(r) for r in s.execute(select(Indicator.level1, Indicator.level1_weight))}
    engine.dispose()
    assert stored == weights
