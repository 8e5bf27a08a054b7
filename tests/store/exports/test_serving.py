"""`jixiao serve`: Datasette with Chinese labels, facets and saved queries, checked in
headless Chromium."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jixiao.store.exports import serving
from tests.helpers import ROOT, chromium, jixiao, screenshot

pytestmark = pytest.mark.skipif(not serving.available(), reason="datasette is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def server(seeded_sqlite: str) -> Iterator[str]:
    """`jixiao serve` on a free local port; the base URL of the seed's database."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jixiao", "serve", "--db", seeded_sqlite, "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get_json(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"jixiao serve did not start: {out}")
                time.sleep(0.3)
        yield f"{base}/{Path(seeded_sqlite.removeprefix('sqlite:///')).stem}"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the command and the Datasette it started
        proc.wait(timeout=20)
        if proc.stdout:
            proc.stdout.close()


def quoted(name: str) -> str:
    return urllib.parse.quote(name)


def table(name: str) -> str:
    """A table's path as Datasette spells it (tilde-encoding: 指标 → ~E6~8C~87~E6~A0~87)."""
    from datasette.utils import tilde_encode

    return str(tilde_encode(name))


def test_the_indicators_view_with_a_facet_in_chromium(server: str) -> None:
    with chromium() as driver:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        driver.get(f"{server}/{quoted('指标')}")
        assert "72 rows" in driver.find_element(By.TAG_NAME, "h3").text
        facet = driver.find_element(By.CSS_SELECTOR, 'div.facet-info[data-column="一级指标"]')
        assert "满意度指标" in facet.text
        facet.find_element(By.LINK_TEXT, "满意度指标").click()
        WebDriverWait(driver, 20).until(ec.text_to_be_present_in_element(
            (By.TAG_NAME, "h3"), "12 rows"))
        headers = [th.text.strip() for th in
                   driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns thead th")]
        col = next(i for i, h in enumerate(headers) if h.startswith("一级指标"))
        cells = [row.find_elements(By.TAG_NAME, "td")[col].text for row in
                 driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")]
        assert cells == ["满意度指标"] * 12
        projects = {row.find_elements(By.TAG_NAME, "td")[headers.index("项目名称")].text
                    for row in driver.find_elements(
                        By.CSS_SELECTOR, "table.rows-and-columns tbody tr")}
        assert len(projects) == 12
        shot = screenshot(driver, "serve_indicators_facet")
    assert shot.stat().st_size > 10_000


def test_facets_and_chinese_columns_over_json(server: str) -> None:
    data = get_json(f"{server}/{table('指标')}.json?_shape=objects&"
                    f"{quoted('值类型')}={quoted('日期')}")
    assert len(data["rows"]) == 12
    assert {r["日期"] for r in data["rows"]} == {"2021-12-31", "2021-05-31"}
    facets = data["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert set(facets) >= {"单位", "年度", "一级指标", "二级指标", "值类型"}


@pytest.mark.parametrize(("name", "params", "expected"), [
    ("no_satisfaction", "", 0),
    ("measurable_budget", "", 1),
    ("budget_by_source", "", 2),
    ("funding_mismatch", "", 1),
    ("indicators_like", f"word={quoted('空气')}", 2),
    ("errors", "", 1),
])
def test_saved_queries(server: str, name: str, params: str, expected: int) -> None:
    data = get_json(f"{server}/{name}.json?_shape=objects&{params}")
    assert len(data["rows"]) == expected, data


def test_errors_query_shows_the_seed_finding(server: str) -> None:
    rows = get_json(f"{server}/errors.json?_shape=objects")["rows"]
    assert "资金来源合计 39.97万元" in rows[0]["说明"]


def test_metadata(tmp_path: Path, seeded_sqlite: str) -> None:
    out = tmp_path / "metadata.json"
    r = jixiao("serve", "--db", seeded_sqlite, "--metadata", str(out))
    assert r.exit_code == 0, r.stderr
    meta = json.loads(out.read_text(encoding="utf-8"))
    db = meta["databases"]["jixiao"]
    assert db["tables"]["指标"]["facets"] == ["单位", "年度", "一级指标", "二级指标", "值类型"]
    assert db["tables"]["v_indicators"]["facets"] == [
        "unit_name", "year", "level1", "level2", "kind"]
    assert db["tables"]["runs"] == {"hidden": True}
    assert db["queries"]["no_satisfaction"]["title"] == "缺少满意度指标的项目"


def test_serve_needs_sqlite() -> None:
    r = jixiao("serve", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.exit_code in (1, 2)
    assert r.stderr.startswith("jixiao: ")
