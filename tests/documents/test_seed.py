"""The seed submission end to end: text → database → export."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.helpers import SAMPLES, SCHEMA, SEED


@pytest.fixture
def seed_export(sample_export: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    return sample_export(SEED.relative_to(SAMPLES).as_posix())


def test_seed_counts_and_budget(seed_export: dict[str, Any]) -> None:
    [doc] = seed_export["documents"]
    assert doc["unit_name"] == "老庄子镇"
    assert doc["year"] == 2021
    assert doc["format"] == "txt"
    assert len(doc["projects"]) == 12
    assert sum(len(p["indicators"]) for p in doc["projects"]) == 72
    assert sum(p["budget_total_yuan"] for p in doc["projects"]) == pytest.approx(15_554_700)


def test_seed_export_matches_schema(seed_export: dict[str, Any]) -> None:
    jsonschema.validate(seed_export, SCHEMA)


def test_seed_first_project_as_in_interface(seed_export: dict[str, Any]) -> None:
    p = seed_export["documents"][0]["projects"][0]
    assert p["seq"] == 1
    assert p["code"] is None
    assert p["name"] == "征地拆迁补偿款"
    assert p["purpose"] == "主要用于我镇沙雾庄37亩土地的安置地连补偿工作。"
    assert p["budget_total_yuan"] == 5_612_000
    assert p["funding"] == [{"source": "政府性基金", "amount_yuan": 5_612_000}]
    assert p["spend_plan"] == [30, 50, 75, 100]
    assert p["goals"] == [
        "完成从群民哪里征收土地补偿工作，做到群民补偿合理合法",
        "完成征收土地的置换，合理利用土地",
    ]
    first = p["indicators"][0]
    assert (first["level1"], first["level2"], first["level3"]) == (
        "产出指标", "数量指标", "完成征收土地补偿亩数")
    assert first["value_raw"] == "37亩"
    assert first["basis"] == "年度计划"
    v = first["value"]
    assert (v["kind"], v["op"], v["number"], v["unit"], v["base_unit"]) == (
        "quantity", "=", 37, "亩", "m2")
    assert v["base_number"] == pytest.approx(24666.666667)


def test_seed_level1_filled_down(seed_export: dict[str, Any]) -> None:
    for p in seed_export["documents"][0]["projects"]:
        levels = [(i["level1"], i["level2"]) for i in p["indicators"]]
        assert levels[:4] == [("产出指标", "数量指标"), ("产出指标", "质量指标"),
                              ("产出指标", "时效指标"), ("产出指标", "成本指标")]
        assert levels[4] == ("效果指标", "社会效益指标")
        assert levels[5] == ("满意度指标", "服务对象满意度指标")


def test_seed_quirk_project_12_kept_as_stated(seed_export: dict[str, Any]) -> None:
    p = seed_export["documents"][0]["projects"][11]
    assert p["name"] == "老庄子镇集贸市场附近修建排水沟"
    assert p["budget_total_yuan"] == 3_939_700
    assert p["funding"] == [{"source": "财政资金", "amount_yuan": 399_700}]


def test_seed_sections_kept(seed_export: dict[str, Any]) -> None:
    headings = [s["heading"] for s in seed_export["documents"][0]["sections"]]
    assert headings == ["一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施"]


def test_same_file_twice_is_stored_once(tmp_path: Path) -> None:
    from jixiao.ingest.pipeline import ingest
    from jixiao.store.db.engine import open_engine

    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    engine = open_engine(f"sqlite:///{tmp_path / 'x.db'}")
    first = ingest(engine, [SEED])
    again = ingest(engine, [SEED, copy])
    assert first.as_json()["ingested"] == 1
    assert again.as_json()["ingested"] == 0
    assert again.as_json()["unchanged"] == 2
