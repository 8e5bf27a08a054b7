"""The reliability suite's tally: every bad input tried, by class, and how it ended.

Tests record each case with the `tally` fixture; at the end of the session the table is
printed (`pytest_terminal_summary`) and written to artifacts/reliability.json, so the
closing note of a run can quote the figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.harness import TALLY, Tally

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "artifacts" / "reliability.json"


@pytest.fixture
def tally() -> Iterator[Tally]:
    yield TALLY


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    if not TALLY.rows:
        return
    table = TALLY.table()
    tr = terminalreporter
    tr.section("reliability: bad inputs tried, by class, and how each ended")
    width = max(len(k) for k in table)
    for kind, outcomes in table.items():
        total = sum(outcomes.values())
        ends = ", ".join(f"{n} {o}" for o, n in outcomes.items())
        tr.write_line(f"{kind:<{width}}  {total:>5}  {ends}")
    tr.write_line(f"{'total':<{width}}  {len(TALLY.rows):>5}  cases in {len(table)} classes")
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(
        json.dumps(
            {"classes": table, "cases": len(TALLY.rows), "rows": TALLY.rows},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    tr.write_line(f"written to {ARTIFACT.relative_to(ROOT)}")
