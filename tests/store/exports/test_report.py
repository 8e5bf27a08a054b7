"""`jixiao report`: a self-contained HTML report with its charts inside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.store.analysis.summary import ProjectFigures, UnitYear
from jixiao.store.exports import charts
from jixiao.store.exports.report import spend_plan_series
from tests.helpers import chromium, jixiao, screenshot


@pytest.fixture(scope="module")
def report(seeded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "老庄子镇_2021.html"
    r = jixiao("report", "--unit", "老庄子镇", "--year", "2021", "--db", seeded_url,
               "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() == str(out)
    return out


def test_the_report_is_self_contained(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert not re.search(r"@import|url\(", html)
    # the only address is SVG's namespace name, which is never fetched
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) == {"http://www.w3.org/2000/svg"}


def test_the_report_has_its_charts_and_tables(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") == 5
    for heading in ("各项目预算数", "按资金来源的预算", "季度资金支出计划（累计）",
                    "指标：按类别和值类型", "问题：按严重程度", "项目一览", "问题清单"):
        assert f"<h2>{heading}</h2>" in html
    assert "老庄子镇集贸市场附近修建排水沟" in html
    assert "1,555.47万元" in html  # the total budget
    assert "资金来源合计 39.97万元" in html  # the seed's error, in the findings table
    assert "征地拆迁补偿款等12个项目" in html  # one line for the twelve equal plans


def test_the_report_renders_in_chromium(report: Path) -> None:
    with chromium() as driver:
        driver.get(report.as_uri())
        assert driver.title == "老庄子镇 2021 年项目绩效目标报告"
        sizes = driver.execute_script(
            "return [...document.querySelectorAll('svg')].map("
            "s => {const r = s.getBoundingClientRect(); return [r.width, r.height];})")
        assert len(sizes) == 5
        assert all(w > 300 and h > 50 for w, h in sizes), sizes
        bars = driver.execute_script(
            "return document.querySelectorAll('svg')[0].querySelectorAll('rect').length")
        assert bars == 12  # one bar per project
        shot = screenshot(driver, "report_老庄子镇_2021")
    assert shot.stat().st_size > 10_000


def test_unknown_unit_is_explained(seeded_url: str, tmp_path: Path) -> None:
    r = jixiao("report", "--unit", "大良镇", "--year", "2021", "--db", seeded_url,
               "-o", str(tmp_path / "x.html"))
    assert r.exit_code == 1
    assert "no current documents for 大良镇 2021" in r.stderr


# --- the pieces ------------------------------------------------------------------------------


def _figures(plans: list[list[float | None]]) -> UnitYear:
    f = UnitYear("某镇", 2021)
    f.project_list = [ProjectFigures(n, n, f"项目{n}", "a.docx", 1.0, {}, plan, 1, 1)
                      for n, plan in enumerate(plans, 1)]
    return f


def test_equal_plans_share_a_line() -> None:
    f = _figures([[30, 50, 75, 100], [25, 50, 75, 100], [30, 50, 75, 100],
                  [None, None, None, None]])
    assert spend_plan_series(f) == [("项目1等2个项目", [30, 50, 75, 100]),
                                    ("项目2", [25, 50, 75, 100])]


def test_chart_text_is_escaped() -> None:
    svg = charts.hbar([("<b>&", 1.0)], title="t<")
    assert "<b>" not in svg
    assert "&lt;b&gt;&amp;" in svg
    assert "<title>t&lt;</title>" in svg


def test_line_chart_leaves_gaps_for_blank_quarters() -> None:
    svg = charts.lines([("a", [30, None, 75, 100])], ["一", "二", "三", "四"], title="plan")
    assert svg.count("<circle") == 3
