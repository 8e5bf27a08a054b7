"""A page turned upright by quarter turns: a scan sample turned each way comes back as it
was (a quarter turn loses nothing, so the very pixels), and an upright page is left as is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from samples.registry import SAMPLES
from tests.parsers.readers.ocr.conftest import needs_ocr

pytestmark = needs_ocr

cv2 = pytest.importorskip("cv2")

from jixiao.parsers.readers.ocr import orient  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
TURNS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
         270: cv2.ROTATE_90_COUNTERCLOCKWISE}


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    """A 自评表 photographed upright (a phone's photo: perspective, light, a seal)."""
    return cv2.imread(str(SAMPLES / "scans/real_phone_scores.jpg"))


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_page_turned_a_quarter_or_half_round_is_turned_back(page: np.ndarray,
                                                              degrees: int) -> None:
    turned = cv2.rotate(page, TURNS[degrees])
    assert np.array_equal(orient.upright(turned), page)


def test_an_upright_page_is_left_as_it_is(page: np.ndarray) -> None:
    assert orient.upright(page) is page


def test_a_landscape_table_upright_is_not_taken_for_a_sideways_one() -> None:
    """A landscape page (wider than tall) of a table whose cells hold short figures in
    columns: upright, its text runs along its rows."""
    grey = cv2.imread(str(SAMPLES / "scans/real_feeder_sideways.tif"), cv2.IMREAD_GRAYSCALE)
    upright = cv2.rotate(grey, cv2.ROTATE_90_CLOCKWISE)  # the sample's first page, turned back
    assert orient.upright(upright) is upright


def test_a_page_with_too_little_text_to_tell_is_left_as_it_is() -> None:
    """The last page of a feeder's grey scan of 南华's 自评表 (batch c): one row under the
    table's end, a dash in it.  Read either way up it is a dash (—, 一 surer half round):
    too little to turn a page."""
    grey = cv2.imread(str(FIXTURES / "last_page_a_dash.png"), cv2.IMREAD_GRAYSCALE)
    page = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
    for p in (page, cv2.rotate(page, cv2.ROTATE_180)):
        assert orient.upright(p) is p
