"""A target table and its year-end self-evaluation, linked in the export.

柳河镇 2022: 项目绩效目标表 (national style) and 项目支出绩效自评表 of the same projects.
Ingested into one database, the target's indicators carry the self-evaluation's
实际完成值 (raw and normalized), 分值 and 得分; the self-evaluation stays a document of
its own.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest

from jixiao.store.analysis.evaluations import name_key
from tests.helpers import ROOT, SAMPLES, export_of

TEMPLATES = SAMPLES / "templates"
TARGET = TEMPLATES / "柳河镇_2022_项目绩效目标表.docx"
EVALUATION = TEMPLATES / "柳河镇_2022_项目支出绩效自评表.docx"
VALUE_KEYS = {"kind", "op", "number", "number_max", "unit", "base_number", "base_number_max",
              "base_unit", "date", "bool", "label"}


def by_source(e: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["source"]: d for d in e["documents"]}


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    db = tmp_path_factory.mktemp("linked") / "l.db"
    return by_source(export_of([TARGET, EVALUATION], f"sqlite:///{db}"))


def test_target_indicators_carry_the_actual_values(linked: dict[str, dict[str, Any]]) -> None:
    target = linked[TARGET.name]
    p = target["projects"][0]
    assert p["self_evaluation"] == {"source": EVALUATION.name, "project_seq": 1}
    first = p["indicators"][0]
    assert (first["value_raw"], first["actual_raw"], first["weight"], first["score"]) == (
        "24", "24个", 10, 10)
    assert set(first["actual"]) == VALUE_KEYS
    assert (first["actual"]["kind"], first["actual"]["number"], first["actual"]["unit"]) == (
        "quantity", 24, "个")
    assert first["evaluation"] == {"source": EVALUATION.name, "project_seq": 1,
                                   "indicator_seq": 1, "value_raw": "≥24个"}


def test_every_target_row_found_its_evaluation(linked: dict[str, dict[str, Any]]) -> None:
    for p in linked[TARGET.name]["projects"]:
        assert all(i["actual_raw"] for i in p["indicators"]), p["name"]


def test_scores_deviation_and_money_actuals(linked: dict[str, dict[str, Any]]) -> None:
    inds = linked[TARGET.name]["projects"][0]["indicators"]
    capacity = next(i for i in inds if i["level3"] == "基层组织服务群众能力")
    assert (capacity["weight"], capacity["score"]) == (20, 18)
    assert capacity["deviation"] == "部分村服务阵地尚未改造，下年度列入计划"
    cost = next(i for i in inds if i["level2"] == "经济成本指标")
    assert (cost["actual"]["kind"], cost["actual"]["base_number"]) == ("money", 3256000)
    assert (cost["value"]["kind"], cost["value"]["base_number"]) == ("money", 3309840)


def test_the_self_evaluation_is_exported_too(linked: dict[str, dict[str, Any]]) -> None:
    ev = linked[EVALUATION.name]
    assert [p["name"] for p in ev["projects"]] == ["村级组织运转经费", "防汛抗旱专项经费"]
    assert ev["projects"][0]["indicators"][0]["actual_raw"] == "24个"
    assert "self_evaluation" not in ev["projects"][0]


def test_ingest_order_does_not_matter(tmp_path: Path, linked: dict[str, dict[str, Any]]) -> None:
    e = by_source(export_of([EVALUATION, TARGET], f"sqlite:///{tmp_path / 'r.db'}"))
    assert e[TARGET.name]["projects"] == linked[TARGET.name]["projects"]


def _evaluation_of(tmp_path: Path, unit: str, year: int) -> Path:
    """The self-evaluation sample as another unit or year would send it."""
    from samples.templates import C, self_evaluation, write_docx

    doc = self_evaluation()

    def other(text: str) -> str:
        return text.replace("柳河镇", unit).replace("2022", str(year))

    for b in doc.blocks:  # the tables name the unit too (实施单位 柳河镇财政所)
        if not isinstance(b, str):
            b.rows = [[dataclasses.replace(c, text=other(c.text)) if isinstance(c, C) else other(c)
                       for c in row] for row in b.rows]
    doc.blocks = [other(b) if isinstance(b, str) else b for b in doc.blocks]
    path = tmp_path / f"{unit}_{year}_项目支出绩效自评表.docx"
    write_docx(doc, path)
    return path


@pytest.mark.parametrize("unit,year", [("柳河镇", 2023), ("白沙乡", 2022)])
def test_another_unit_or_year_is_not_linked(tmp_path: Path, unit: str, year: int) -> None:
    other = _evaluation_of(tmp_path, unit, year)
    e = by_source(export_of([TARGET, other], f"sqlite:///{tmp_path / 'o.db'}"))
    # the self-evaluation names its 实施单位 (白沙乡财政所), the township's own office
    assert (e[other.name]["unit_name"], e[other.name]["year"]) == (f"{unit}财政所", year)
    target = e[TARGET.name]["projects"]
    assert all("self_evaluation" not in p for p in target)
    assert all(i["actual_raw"] is None for p in target for i in p["indicators"])


def test_flat_export_shows_target_and_actual_side_by_side(tmp_path: Path) -> None:
    from jixiao.ingest.pipeline import ingest
    from jixiao.store.db.engine import open_engine
    from jixiao.store.exports.exporting import export

    engine = open_engine(f"sqlite:///{tmp_path / 'f.db'}")
    ingest(engine, [TARGET, EVALUATION])
    out = io.StringIO()
    export(engine, "csv", out)
    engine.dispose()
    rows = list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    mine = [r for r in rows if r["文件"] == TARGET.name]
    first = next(r for r in mine if r["三级指标"] == "保障村级组织数量")
    assert (first["指标值"], first["实际完成值"], first["权重"], first["得分"]) == (
        "24", "24个", "10", "10")  # a weight and a score as written: 10, never 10.0


@pytest.mark.parametrize(
    "a,b",
    [("征地拆迁补偿款项目", "征地拆迁补偿款"), ("村级组织运转经费（2022年）", "村级组织运转经费"),
     ("指标1：保障村级组织数量", "保障村级组织数量"), (" 村民 满意度 ", "村民满意度")],
)
def test_names_compared_without_noise(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_export_matches_the_schema(linked: dict[str, dict[str, Any]]) -> None:
    import jsonschema

    schema = json.loads((ROOT / "docs" / "export.schema.json").read_text("utf-8"))
    jsonschema.validate({"documents": list(linked.values())}, schema)
