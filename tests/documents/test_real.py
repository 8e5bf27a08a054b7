"""The real published tables (samples/real/, one module each in samples/real_specs/) read
as a careful human reads them: their truths (tests/documents/real/) were written from the
published sources before the reader was run on them.

Each sample must miss exactly what tests/documents/real_gaps.json records for it, with
the reason: a reader change that fixes a gap or opens a new one shows here, and the gap
list is rewritten with `make score SCORE_ARGS=--gaps` after a look.  Every other sample
is read exactly (structure, typed values, project fields and unit name).
"""

from __future__ import annotations

import pytest

from samples.real_tables import REAL
from tests.documents.scoring import read_gaps, score_sample, truth_of

CASES = [(real.module, path) for real in REAL for path in real.paths]
GAPS = read_gaps()


@pytest.mark.parametrize(("module", "path"), CASES, ids=[p for _m, p in CASES])
def test_real_sample_reads_as_its_truth(module: str, path: str) -> None:
    s = score_sample(module, path)
    assert sorted(s.misses) == GAPS.get(path, {}).get("misses", [])


def test_every_gap_says_why_and_belongs_to_a_sample() -> None:
    paths = {p for _m, p in CASES}
    assert sorted(set(GAPS) - paths) == []
    assert [p for p, gap in GAPS.items() if not gap["why"].strip()] == []


def test_at_least_thirty_real_tables_with_their_sources() -> None:
    assert len(REAL) >= 30
    for real in REAL:
        assert real.source["url"].startswith("http"), real.module
        truth_of(real.module)  # every table has its truth
