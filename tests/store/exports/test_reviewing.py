"""The review page of `jixiao serve` (/-/review): a stamped scan's doubtful cells, each
cut from the page beside what was read, confirmed and corrected in headless Chromium;
the corrections are the analysts' (`jixiao corrections` lists them)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jixiao.ingest.cli.analysis import SERVE_PLUGINS
from jixiao.parsers.readers import ocr
from jixiao.store.exports import serving
from tests.helpers import ROOT, chromium, ingest_into, jixiao, screenshot
from tests.store.exports.test_serving import free_port, get_json

pytestmark = [
    pytest.mark.skipif(not serving.available(), reason="datasette is not installed"),
    pytest.mark.skipif(not ocr.available(), reason="the OCR extra is not installed "
                                                   "(pip install 'jixiao[ocr]')"),
    pytest.mark.slow,
]
SCAN = ROOT / "samples" / "scans" / "flatbed_seal_skew.pdf"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def scanned_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('review') / 'jixiao.db'}"
    ingest_into(url, [SCAN])
    return url


@pytest.fixture(scope="module")
def server(scanned_db: str) -> Iterator[str]:
    """`jixiao serve` on a free local port; the base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jixiao", "serve", "--db", scanned_db, "--port", str(port)],
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
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        if proc.stdout:
            proc.stdout.close()


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_a_cell_is_cut_from_its_page(server: str) -> None:
    status, body = get(f"{server}/-/review")
    assert status == 200
    html = body.decode()
    start = html.index('src="/-/review/cell/') + len('src="')
    status, png = get(server + html[start : html.index('"', start)].replace("&amp;", "&"))
    assert status == 200 and png.startswith(PNG)
    assert get(f"{server}/-/review/cell/1/1.png?box=1,2")[0] == 400
    assert get(f"{server}/-/review/cell/99/1.png?box=1,2,3,4")[0] == 404


def test_confirm_and_correct_in_chromium(server: str, scanned_db: str) -> None:
    with chromium() as driver:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        def submitted(form: Any, message: str) -> None:
            form.find_element(By.CSS_SELECTOR, 'input[type="submit"]').click()
            WebDriverWait(driver, 30).until(ec.text_to_be_present_in_element(
                (By.CSS_SELECTOR, ".message-info, .message-error"), message))

        driver.get(f"{server}/-/review")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.review tbody tr")
        assert rows, "the scan has cells to review"
        assert "识别原文" in rows[0].text and "置信度" in rows[0].text
        WebDriverWait(driver, 60).until(lambda d: d.execute_script(
            "return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))
        assert screenshot(driver, "serve_review").stat().st_size > 10_000
        first = rows[0].get_attribute("data-id")
        submitted(rows[0].find_element(By.CSS_SELECTOR, "form.confirm"), "已记入更正")
        row = driver.find_element(By.CSS_SELECTOR, f'tr[data-id="{first}"]')
        assert "已由 核对页面 核对" in row.text
        assert not row.find_elements(By.CSS_SELECTOR, "form.confirm")

        driver.get(f"{server}/-/review?all=1")
        value = driver.find_element(By.CSS_SELECTOR, 'tr[data-field="value_raw"]')
        fix = value.find_element(By.CSS_SELECTOR, "form.fix")
        box = fix.find_element(By.NAME, "value")
        box.clear()
        box.send_keys("≥99%")
        submitted(fix, "已记入更正")
        screenshot(driver, "serve_review_corrected")

    listed = json.loads(jixiao("corrections", "--json", "--db", scanned_db).stdout)
    assert [(c["author"], c["reason"]) for c in listed] == [
        ("核对页面", "对照扫描件核对无误"), ("核对页面", "对照扫描件更正")]
    assert listed[1]["field"] == "value_raw" and listed[1]["value"] == "≥99%"


def test_a_value_the_field_cannot_take_is_refused_with_its_reason(server: str) -> None:
    with chromium() as driver:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        driver.get(f"{server}/-/review?all=1")
        fix = driver.find_element(By.CSS_SELECTOR, "form.fix")
        reason = fix.find_element(By.NAME, "reason")
        reason.clear()
        fix.find_element(By.CSS_SELECTOR, 'input[type="submit"]').click()
        WebDriverWait(driver, 30).until(ec.text_to_be_present_in_element(
            (By.CSS_SELECTOR, ".message-error"), "未能更正：a correction needs a reason"))


def test_the_menu_links_the_review_page(server: str) -> None:
    _status, body = get(f"{server}/")
    assert 'href="/-/review"' in body.decode()


def test_the_plugin_module_names_the_hooks() -> None:
    [(name, source)] = SERVE_PLUGINS.items()
    assert name.endswith(".py")
    namespace: dict[str, object] = {}
    exec(compile(source, name, "exec"), namespace)
    assert {"menu_links", "register_routes"} <= set(namespace)


def test_serve_passes_the_plugins_folder(tmp_path: Path) -> None:
    cmd = serving.command(tmp_path / "j.db", tmp_path / "m.json", host="h", port=1,
                          plugins=tmp_path)
    assert cmd[cmd.index("--plugins-dir") + 1] == str(tmp_path)
