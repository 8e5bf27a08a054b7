"""The review of a scan: every cell read by OCR with low confidence or corrected, with the
`jixiao correct` command that confirms or fixes it; once an analyst has, `check` no longer
lists it.  A made-up scanned submission, on both engines."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.normalize import normalize_value
from jixiao.parsers.readers.ocr import OCR_KEY
from jixiao.store.analysis.checks import collect_findings
from jixiao.store.analysis.review import review_rows
from jixiao.store.db.engine import open_engine
from jixiao.store.db.payload import DocumentPayload, IndicatorPayload, ProjectPayload
from jixiao.store.db.write import add_document
from tests.helpers import jixiao


def reading(target: str, field: str, text: str, confidence: float, *, raw: str | None = None,
            top: float = 100.0) -> dict[str, Any]:
    raw = raw or text
    return {"target": target, "field": field, "text": text, "raw": raw,
            "confidence": confidence, "page": 1, "box": [100.0, top, 200.0, top + 12],
            "corrections": [] if raw == text else [f"{raw}→{text} (digit)"]}


PROJECT_READINGS = [
    reading("project", "name", "修建排水沟", 0.61, top=50.0),
    reading("project", "goals", "排除积水", 0.70, top=70.0),  # no `jixiao correct` field
    reading("project", "budget_total_yuan", "100", 0.99, top=60.0),  # sure: not listed
    reading("document", "unit_name", "某镇人民政府", 0.52, top=10.0),
]
INDICATOR_READINGS = [
    reading("indicator", "level3", "修建排水沟长度", 0.98, top=200.0),
    reading("indicator", "value_raw", "268米", 0.97, raw="2б8米", top=200.0),
]


def scan_payload() -> DocumentPayload:
    value = normalize_value("268米", level2="数量指标", year=2021).to_dict()
    indicator = IndicatorPayload(
        level1="产出指标", level2="数量指标", level3="修建排水沟长度", value_raw="268米",
        value=value, extra={OCR_KEY: json.dumps(INDICATOR_READINGS, ensure_ascii=False)})
    project = ProjectPayload(
        seq=1, name="修建排水沟", budget_total_yuan=1_000_000.0, goals=["排除积水"],
        indicators=[indicator],
        fields={OCR_KEY: json.dumps(PROJECT_READINGS, ensure_ascii=False)})
    return DocumentPayload(source="scan.png", sha256="5" * 64, format="image",
                           unit_name="某镇人民政府", year=2021, projects=[project])


@pytest.fixture
def scanned(db_url: str) -> Iterator[tuple[str, Engine]]:
    engine = open_engine(db_url)
    with Session(engine) as s, s.begin():
        add_document(s, scan_payload())
    yield db_url, engine
    engine.dispose()


def rows(engine: Engine, db: str | None = None) -> list[dict[str, Any]]:
    with Session(engine) as s:
        return review_rows(s, db=db)


def ocr_findings(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as s:
        return [(x.code, x.message) for x in collect_findings(s)
                if x.code.startswith("ocr_")]


def test_the_review_lists_each_flagged_cell_with_its_command(
        scanned: tuple[str, Engine]) -> None:
    _url, engine = scanned
    found = rows(engine)
    assert [(r["target"], r["field"], r["label"], r["raw"], r["text"], r["confidence"])
            for r in found] == [
        ("document", "unit_name", "单位", "某镇人民政府", "某镇人民政府", 0.52),
        ("project", "name", "项目名称", "修建排水沟", "修建排水沟", 0.61),
        ("project", "goals", "绩效目标", "排除积水", "排除积水", 0.7),
        ("indicator", "value_raw", "指标值", "2б8米", "268米", 0.97),
    ]
    doc, project, goals, value = found
    assert doc["confirm"] == (f"jixiao correct document {doc['target_id']} unit_name "
                              "某镇人民政府 --reason 对照扫描件核对无误")
    assert value["confirm"] == (f"jixiao correct indicator {value['target_id']} value_raw "
                                "268米 --reason 对照扫描件核对无误")
    assert value["fix"] == (f"jixiao correct indicator {value['target_id']} value_raw "
                            "正确的值 --reason 对照扫描件更正")
    assert value["why"] == "已按表格用语更正：2б8米→268米 (digit)"
    assert project["why"] == "置信度0.61低于0.85"
    assert goals["confirm"] is None and goals["fix"] is None  # not a field `correct` sets
    assert (value["page"], value["box"]) == (1, [100.0, 200.0, 200.0, 212.0])


def test_check_lists_the_flagged_cells_of_projects_and_the_document(
        scanned: tuple[str, Engine]) -> None:
    _url, engine = scanned
    assert ocr_findings(engine) == [
        ("ocr_low_confidence", "项目1「修建排水沟」：项目名称：扫描件中「修建排水沟」识别把握不大"
                               "（置信度0.61，第1页），请对照原件核对。"),
        ("ocr_low_confidence", "项目1「修建排水沟」：绩效目标：扫描件中「排除积水」识别把握不大"
                               "（置信度0.70，第1页），请对照原件核对。"),
        ("ocr_low_confidence", "文件的单位：扫描件中「某镇人民政府」识别把握不大"
                               "（置信度0.52，第1页），请对照原件核对。"),
        ("ocr_corrected", "项目1「修建排水沟」：指标「修建排水沟长度」：扫描件识别为「2б8米」，"
                          "已按表格用语改为「268米」（第1页），请核对。"),
    ]


def test_a_cell_confirmed_or_fixed_with_its_command_is_reviewed(
        scanned: tuple[str, Engine]) -> None:
    url, engine = scanned
    doc, project, _goals, value = rows(engine, db=url)
    confirm = shlex.split(value["confirm"])
    assert confirm[0] == "jixiao" and confirm[-2:] == ["--db", url]
    assert jixiao(*confirm[1:]).exit_code == 0
    fix = shlex.split(project["fix"].replace("正确的值", "修建排水渠"))
    r = jixiao(*fix[1:])
    assert r.exit_code == 0, r.stderr
    after = {(x["target"], x["field"]): x for x in rows(engine)}
    assert after[("indicator", "value_raw")]["value"] == "268米"
    assert after[("indicator", "value_raw")]["confirm"] is None  # done
    assert after[("indicator", "value_raw")]["correction_id"] is not None
    assert after[("project", "name")]["value"] == "修建排水渠"
    assert after[("project", "name")]["reviewed_by"]
    assert after[("document", "unit_name")]["correction_id"] is None
    assert [code for code, _m in ocr_findings(engine)] == [
        "ocr_low_confidence", "ocr_low_confidence"]  # the unit and the goals are left
    assert doc["field"] == "unit_name"
