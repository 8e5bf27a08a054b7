"""The OCR tests need the `ocr` extra; without it they skip, saying so."""

from __future__ import annotations

import pytest

from jixiao.parsers.readers import ocr

needs_ocr = pytest.mark.skipif(
    not ocr.available(), reason="the OCR extra is not installed (pip install 'jixiao[ocr]')")
