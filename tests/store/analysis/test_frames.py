"""The notebook API: DataFrames from any supported database URL."""

from __future__ import annotations

import pandas as pd
import pytest

from jixiao.errors import ReadOnlyViolation
from jixiao.store.analysis import frames
from jixiao.store.db.engine import open_engine
from tests.helpers import SAMPLES, ingest_into


def test_projects(seeded_url: str) -> None:
    df = frames.projects(seeded_url)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 12
    assert {"unit_name", "year", "name", "budget_total_yuan", "funding_total_yuan",
            "spend_q4"} <= set(df.columns)
    assert df["budget_total_yuan"].sum() == pytest.approx(15_554_700)
    mismatch = df[(df.budget_total_yuan - df.funding_total_yuan).abs() > 1]
    assert mismatch["name"].tolist() == ["老庄子镇集贸市场附近修建排水沟"]


def test_indicators_group_like_an_analyst_would(seeded_url: str) -> None:
    df = frames.indicators(seeded_url, year=2021)
    assert len(df) == 72
    by_level = df.groupby("level1").size().to_dict()
    assert by_level == {"产出指标": 48, "效果指标": 12, "满意度指标": 12}
    money = df[df.kind == "money"]
    assert money["base_number"].sum() == pytest.approx(5_231_000)  # 17.3万 + 100万 + … + 5万
    assert frames.indicators(seeded_url, year=2020).empty
    assert len(frames.indicators(seeded_url, unit="老庄子镇")) == 72


def test_findings_are_computed_not_stored(seeded_url: str) -> None:
    df = frames.findings(seeded_url)
    assert len(df) == 6
    assert df[df.severity == "error"]["project_seq"].tolist() == [12]
    assert set(df.code) == {"funding_sum", "cost_far_below_budget", "quantity_not_measurable"}
    assert frames.findings(seeded_url, year=2020).empty


def test_a_submission_in_three_files_counts_once(db_url: str) -> None:
    seed, url = SAMPLES / "seed", db_url
    ingest_into(url, [seed / "老庄子镇_2021.docx", seed / "老庄子镇_2021.pdf",
                      seed / "老庄子镇_2021.txt"])
    assert len(frames.documents(url)) == 3
    assert frames.documents(url)["primary"].astype(bool).tolist() == [True, False, False]
    assert len(frames.projects(url)) == 12
    assert frames.projects(url)["budget_total_yuan"].sum() == pytest.approx(15_554_700)
    assert len(frames.indicators(url)) == 72
    f = frames.findings(url, unit="老庄子镇")
    assert f["code"].tolist().count("submission_copies") == 1
    assert len(f) == 7
    assert str(f["project_seq"].dtype) == "Int64"  # 12, not 12.0 beside the copies' NA
    assert f[f.severity == "error"]["project_seq"].tolist() == [12]


def test_documents_and_funding(seeded_url: str) -> None:
    assert frames.documents(seeded_url)["indicators"].tolist() == [72]
    fund = frames.funding(seeded_url)
    assert fund.groupby("source")["amount_yuan"].sum().to_dict() == pytest.approx(
        {"政府性基金": 5_612_000, "财政资金": 6_402_700})


def test_query_is_read_only(seeded_url: str) -> None:
    df = frames.query(seeded_url, "SELECT kind, COUNT(*) AS n FROM v_indicators GROUP BY kind")
    assert df.set_index("kind")["n"].sum() == 72
    with pytest.raises(ReadOnlyViolation):
        frames.query(seeded_url, "DELETE FROM indicators")
    assert len(frames.indicators(seeded_url)) == 72


def test_an_engine_is_accepted_and_left_open(seeded_url: str) -> None:
    engine = open_engine(seeded_url)
    try:
        assert len(frames.projects(engine)) == 12
        assert len(frames.projects(engine)) == 12  # still usable
    finally:
        engine.dispose()
