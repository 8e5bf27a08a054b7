"""`jixiao check`: consistency findings.

The seed's own inconsistencies are found on both engines; each check is also shown a
small made-up submission that breaks exactly its rule."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from jixiao.normalize import normalize_value
from jixiao.parsers.readers.ocr import OCR_KEY
from jixiao.store.analysis.checks import collect_findings, difference, related, run_checks, wan
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Finding
from jixiao.store.db.payload import (
    DocumentPayload,
    FundingPayload,
    IndicatorPayload,
    ProjectPayload,
)
from jixiao.store.db.write import add_document
from jixiao.vocab.findings import FINDING_ZH
from tests.helpers import SEED, ingest_into, jixiao

# --- the seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_findings(seeded_url: str) -> list[dict[str, Any]]:
    r = jixiao("check", "--db", seeded_url, "--json")
    assert r.exit_code == 0, r.stderr
    out: list[dict[str, Any]] = json.loads(r.stdout)["findings"]
    return out


def codes(findings: list[dict[str, Any]], seq: int | None = None) -> list[str]:
    return sorted(f["code"] for f in findings if seq is None or f["project_seq"] == seq)


def test_seed_funding_that_does_not_add_up(seed_findings: list[dict[str, Any]]) -> None:
    [f] = [f for f in seed_findings if f["code"] == "funding_sum"]
    assert f["project_seq"] == 12
    assert f["severity"] == "error"
    assert f["unit_name"] == "老庄子镇"
    assert "资金来源合计 39.97万元" in f["message"]
    assert "预算数 393.97万元" in f["message"]


def test_seed_cost_far_below_budget(seed_findings: list[dict[str, Any]]) -> None:
    far = {f["project_seq"]: f for f in seed_findings if f["code"] == "cost_far_below_budget"}
    assert 12 in far
    assert "5.00万元" in far[12]["message"]
    assert "393.97万元" in far[12]["message"]
    assert far[12]["severity"] == "warning"
    # 17.3万 of 561.2万 and 5万 of 104.5万 are far from their budgets too
    assert sorted(far) == [1, 3, 12]


def test_seed_has_no_false_alarms(seed_findings: list[dict[str, Any]]) -> None:
    """The seed's plans are cumulative to 100%, its deadlines inside 2021, every project
    has 产出, 效果 and 满意度 indicators, every 描述 fits its 三级指标."""
    assert set(codes(seed_findings)) == {
        "funding_sum", "cost_far_below_budget", "quantity_not_measurable"}
    not_measurable = [f["project_seq"] for f in seed_findings
                      if f["code"] == "quantity_not_measurable"]
    assert not_measurable == [8, 9]  # 数量指标 answered 是


def test_findings_are_stored_once(seeded_url: str, seed_findings: list[dict[str, Any]]) -> None:
    jixiao("check", "--db", seeded_url)
    engine = open_engine(seeded_url)
    with Session(engine) as s:
        stored = s.scalar(select(func.count(Finding.id)))
    engine.dispose()
    assert stored == len(seed_findings)
    r = jixiao("query", "SELECT severity, COUNT(*) AS n FROM v_findings GROUP BY severity "
               "ORDER BY severity", "--db", seeded_url, "--format", "json")
    assert {d["severity"]: d["n"] for d in json.loads(r.stdout)} == {
        "error": 1, "info": 2, "warning": 3}


def test_check_prints_readable_lines(seeded_url: str) -> None:
    r = jixiao("check", "--db", seeded_url)
    assert r.exit_code == 0
    assert "错误  老庄子镇 2021" in r.stdout
    assert "项目12「老庄子镇集贸市场附近修建排水沟」：资金来源合计 39.97万元" in r.stdout
    assert r.stdout.rstrip().endswith("6 findings: 错误 error 1, 警告 warning 3, 提示 info 2")


def test_copies_of_one_submission_are_reported_once(tmp_path: Path) -> None:
    """The seed as .txt and a copy under another name are one submission: `check` reports
    the copy once, on the primary, and the primary's own findings once (not per copy)."""
    copy = tmp_path / "老庄子镇_2021_盖章版.txt"
    shutil.copy(SEED, copy)
    with copy.open("a", encoding="utf-8") as fh:
        fh.write("\n")  # other bytes, so a second document
    url = f"sqlite:///{tmp_path / 'dup.db'}"
    ingest_into(url, [SEED, copy])
    r = jixiao("check", "--db", url, "--json")
    findings = json.loads(r.stdout)["findings"]
    assert [f for f in findings if f["code"] == "duplicate_project"] == []
    [copies] = [f for f in findings if f["code"] == "submission_copies"]
    assert (copies["source"], copies["severity"]) == (SEED.name, "info")
    assert f"《{copy.name}》" in copies["message"]
    assert {f["source"] for f in findings} == {SEED.name}
    assert len(findings) == 7  # the seed's six, and the copy


def test_a_project_sent_again_in_another_submission_is_a_duplicate(tmp_path: Path) -> None:
    """Another file of the same unit and year whose projects differ is another submission;
    a project in both is still reported, in each."""
    other = tmp_path / "老庄子镇_2021_补报.txt"
    other.write_text(SEED.read_text(encoding="utf-8").replace("37亩", "38亩").replace(
        "393.97万元", "393.98万元"), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'dup.db'}"
    ingest_into(url, [SEED, other])
    r = jixiao("check", "--db", url, "--json")
    findings = json.loads(r.stdout)["findings"]
    assert [f for f in findings if f["code"] == "submission_copies"] == []
    dups = [f for f in findings if f["code"] == "duplicate_project"]
    assert len(dups) == 24
    assert any(f"《{other.name}》项目12" in f["message"] for f in dups)


# --- each rule on a made-up submission --------------------------------------------------------


def indicator(level1: str, level2: str, level3: str, raw: str | None,
              description: str | None = None, year: int = 2021) -> IndicatorPayload:
    canonical = {"产出": "产出指标", "效益": "效益指标", "效果": "效益指标",
                 "满意": "满意度指标"}
    return IndicatorPayload(
        level1=level1, level2=level2, level3=level3,
        level1_canonical=next((v for k, v in canonical.items() if k in level1), None),
        description=description or level3, value_raw=raw,
        value=normalize_value(raw, level2=level2, year=year).to_dict(),
    )


def scanned(i: IndicatorPayload, raw: str, text: str, confidence: float) -> IndicatorPayload:
    """The indicator as read by OCR from a scan: its value cell's reading in its extras."""
    reading = {"text": text, "raw": raw, "confidence": confidence, "page": 1,
               "box": [300.0, 400.0, 340.0, 410.0],
               "corrections": [] if raw == text else [f"{raw}→{text} (digit)"]}
    return dataclasses.replace(i, extra={OCR_KEY: json.dumps([reading], ensure_ascii=False)})


GOOD_INDICATORS = [
    indicator("产出指标", "数量指标", "修建排水沟长度", "268米"),
    indicator("产出指标", "时效指标", "完成时限", "2021年12月底前"),
    indicator("产出指标", "成本指标", "工程成本", "100万元"),
    indicator("效益指标", "社会效益指标", "道路不积水", "是"),
    indicator("满意度指标", "服务对象满意度指标", "群众满意度", "95%以上"),
]


def project(**changes: Any) -> ProjectPayload:
    p: dict[str, Any] = {
        "seq": 1, "name": "修建排水沟", "budget_total_yuan": 1_000_000.0,
        "funding": [FundingPayload(source="财政资金", amount_yuan=1_000_000.0)],
        "spend_plan": [30, 50, 75, 100], "goals": ["排除积水"],
        "indicators": list(GOOD_INDICATORS),
    }
    return ProjectPayload(**(p | changes))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = open_engine(f"sqlite:///{tmp_path / 'made.db'}")
    yield e
    e.dispose()


def findings_of(engine: Engine, *projects: ProjectPayload, year: int = 2021) -> list[Any]:
    with Session(engine) as s, s.begin():
        doc = add_document(s, DocumentPayload(
            source=f"made_{len(projects)}_{id(projects)}.docx", sha256=f"{id(projects):064x}",
            format="docx", unit_name="某镇", year=year, projects=list(projects),
        ))
        return [(x.code, x.severity, x.message) for x in collect_findings(s, [doc.id])]


def test_a_sound_project_has_no_findings(engine: Engine) -> None:
    assert findings_of(engine, project()) == []


CASES = [
    ("funding_sum", "error", "资金来源合计 60.00万元，与预算数 100.00万元 不符（少 40.00万元）",
     {"funding": [FundingPayload(source="财政资金", amount_yuan=600_000.0)]}),
    ("budget_missing", "warning", "没有读到预算数",
     {"budget_total_yuan": None, "funding": []}),
    ("budget_scale", "warning", "预算数 2,537,695.00万元 超过 100 亿元：请核对金额单位",
     {"budget_total_yuan": 25_376_950_000.0,
      "funding": [FundingPayload(source="财政资金", amount_yuan=25_376_950_000.0)],
      "indicators": [*GOOD_INDICATORS[:2], *GOOD_INDICATORS[3:]]}),
    ("budget_scale", "warning", "预算数只有 7 元：请核对金额单位（是否应为万元）",
     {"budget_total_yuan": 7.0, "funding": [FundingPayload(source="财政资金", amount_yuan=7.0)],
      "indicators": [*GOOD_INDICATORS[:2], *GOOD_INDICATORS[3:]]}),
    ("cost_above_budget", "error", "成本指标「工程成本」为 120.00万元，高于预算数 100.00万元",
     {"indicators": [*GOOD_INDICATORS[:2], indicator("产出指标", "成本指标", "工程成本", "120万元"),
                     *GOOD_INDICATORS[3:]]}),
    ("cost_far_below_budget", "warning", "成本指标合计 2.00万元，仅为预算数 100.00万元 的 2.0%",
     {"indicators": [*GOOD_INDICATORS[:2], indicator("产出指标", "成本指标", "工程成本", "2万"),
                     *GOOD_INDICATORS[3:]]}),
    ("spend_plan_not_cumulative", "warning", "按季度分列（10%、20%、30%、40%，合计100%）",
     {"spend_plan": [10, 20, 30, 40]}),
    ("spend_plan_not_cumulative", "warning", "20% 低于前一季度的 30%",
     {"spend_plan": [30, 20, 75, 100]}),
    ("spend_plan_not_100", "warning", "最后累计到 90%", {"spend_plan": [30, 50, 75, 90]}),
    ("spend_plan_blank", "warning", "空白的季度", {"spend_plan": [30, None, 75, 100]}),
    ("spend_plan_range", "error", "超出 0–100%", {"spend_plan": [30, 50, 75, 120]}),
    ("deadline_outside_year", "warning", "期限 2020-12-31 不在文件年度 2021 年内",
     {"indicators": [GOOD_INDICATORS[0],
                     indicator("产出指标", "时效指标", "完成时限", "2020年12月底前"),
                     *GOOD_INDICATORS[2:]]}),
    ("missing_satisfaction", "warning", "缺少满意度指标", {"indicators": GOOD_INDICATORS[:4]}),
    ("missing_output", "warning", "缺少产出指标", {"indicators": GOOD_INDICATORS[3:]}),
    ("missing_outcome", "warning", "缺少效益/效果指标",
     {"indicators": [*GOOD_INDICATORS[:3], GOOD_INDICATORS[4]]}),
    ("no_indicators", "error", "没有绩效指标", {"indicators": []}),
    ("value_text", "info", "指标值「详见附件」无法识别",
     {"indicators": [*GOOD_INDICATORS,
                     indicator("效益指标", "社会效益指标", "工程进度", "详见附件")]}),
    ("value_empty", "warning", "指标「工程进度」没有指标值",
     {"indicators": [*GOOD_INDICATORS, indicator("效益指标", "社会效益指标", "工程进度", None)]}),
    ("quantity_not_measurable", "info", "数量指标「是否完成」的指标值「是」不是数量",
     {"indicators": [*GOOD_INDICATORS, indicator("产出指标", "数量指标", "是否完成", "是")]}),
    ("ocr_low_confidence", "warning", "扫描件中「268米」识别把握不大（置信度0.52，第1页）",
     {"indicators": [scanned(GOOD_INDICATORS[0], "268米", "268米", 0.52), *GOOD_INDICATORS[1:]]}),
    ("ocr_corrected", "info", "扫描件识别为「2б8米」，已按表格用语改为「268米」（第1页）",
     {"indicators": [scanned(GOOD_INDICATORS[0], "2б8米", "268米", 0.97), *GOOD_INDICATORS[1:]]}),
    ("description_unrelated", "warning",
     "指标描述「修建排水管道268米」与三级指标「群众满意度」看不出关联",
     {"indicators": [*GOOD_INDICATORS[:4], indicator(
         "满意度指标", "服务对象满意度指标", "群众满意度", "95%", "修建排水管道268米")]}),
]


@pytest.mark.parametrize(("code", "severity", "words", "changes"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_each_rule(engine: Engine, code: str, severity: str, words: str,
                   changes: dict[str, Any]) -> None:
    found = findings_of(engine, project(**changes))
    assert [(c, s) for c, s, _m in found] == [(code, severity)], found
    assert code in FINDING_ZH  # every finding has its Chinese name for the listings
    assert words in found[0][2]
    assert found[0][2].startswith("项目1「修建排水沟」：")


def test_the_same_name_twice_in_one_document(engine: Engine) -> None:
    found = findings_of(engine, project(), project(seq=2))
    assert found == [("duplicate_project", "warning",
                      "项目2「修建排水沟」：与项目1同名，在本文件中出现两次。")]


def test_run_checks_replaces_the_stored_findings(engine: Engine) -> None:
    findings_of(engine, project(funding=[]), project(seq=2, name="别的项目", spend_plan=[1, 2]))
    with Session(engine) as s, s.begin():
        first = run_checks(s)
        again = run_checks(s)
        stored = s.scalar(select(func.count(Finding.id)))
    assert len(first) == len(again) == stored == 1


# --- how "related" is measured ------------------------------------------------------------------


@pytest.mark.parametrize(("level3", "description"), [
    # from the seed
    ("群众满意度", "满意数占数的百分比"),
    ("群众满意度", "征拆村民满意占总征拆数的百分比"),
    ("能否提升空气指数", "是否提升空气指数"),
    ("是否提升空气指数", "是否提升提升空气指数"),
    ("经费使用完成时限", "经费使用完成时效"),
    ("保证经费全部发放", "保证经费全部发放到位"),
    ("能否做到验收合格", "能否做到验收合格障"),
    ("做到更换暖气片10组以上", "做到更换暖气片10组以上数"),
    # too little to judge
    ("是否", "保证"),
])
def test_related(level3: str, description: str) -> None:
    assert related(level3, description)


@pytest.mark.parametrize(("level3", "description"), [
    ("群众满意度", "修建排水管道268米"),
    ("大气监测点数量", "完成规划环评率"),
    ("信访案件数量", "林带防火除草面积"),
])
def test_unrelated(level3: str, description: str) -> None:
    assert not related(level3, description)


@pytest.mark.parametrize(("yuan", "text"), [
    (3_939_700, "393.97万元"), (50_000, "5.00万元"), (5_612_000, "561.20万元"),
    (775_329, "77.53万元"), (1, "0.00万元"), (123_456_789, "12,345.68万元"),
])
def test_wan(yuan: float, text: str) -> None:
    """万元 with two decimals, as every output writes them."""
    assert wan(yuan) == text


@pytest.mark.parametrize(("yuan", "text"), [
    (3_540_000, "354.00万元"), (100, "0.01万元"), (12, "12元"), (0.5, "0.5元"),
])
def test_a_difference_too_small_for_wan_is_in_yuan(yuan: float, text: str) -> None:
    assert difference(yuan) == text
