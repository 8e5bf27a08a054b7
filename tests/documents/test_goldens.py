"""Every sample's export is its golden file, exactly: the sample at samples/PATH against
tests/golden/PATH.json (`tests.helpers.golden_path`).

The samples are those samples/build.py builds (samples/registry.py); a sample that has no
golden says why in its registration (`no_golden`: unreadable on purpose, or read only
through another sample).  `make goldens` rewrites the files after a deliberate change.
What each sample guards is asserted on its own in the test module named for it, so that a
golden refreshed without a look cannot hide a regression.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from tests.helpers import GOLDEN, SCHEMA, assert_golden, golden_form, golden_path, sample_registry

GOLDENS = sorted(path for path, s in sample_registry().items() if not s.no_golden)


@pytest.mark.parametrize("path", GOLDENS)
def test_golden(path: str, sample_export: Callable[[str], dict[str, Any]]) -> None:
    export = sample_export(path)
    jsonschema.validate(export, SCHEMA)
    assert_golden(path, golden_form(path, export))


def test_no_golden_without_its_sample() -> None:
    """A golden left behind by a sample renamed or removed is an error, not an archive."""
    expected = {golden_path(path) for path in GOLDENS}
    assert sorted(set(GOLDEN.rglob("*.json")) - expected) == []
