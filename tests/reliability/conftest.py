"""The reliability suite's tally: every bad input tried, by class, and how it ended.

Tests record each case with the `tally` fixture; at the end of the session the table is
printed (`pytest_terminal_summary`) and written to artifacts/reliability.json, so the
closing note of a run can quote the figures.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "artifacts" / "reliability.json"


@dataclass
class Tally:
    """(class of bad input, outcome, detail) for every case tried."""

    rows: list[dict[str, str]] = field(default_factory=list)

    def add(self, kind: str, outcome: str, detail: str = "") -> None:
        self.rows.append({"class": kind, "outcome": outcome, "detail": detail[:300]})

    def table(self) -> dict[str, dict[str, int]]:
        out: dict[str, Counter[str]] = {}
        for r in self.rows:
            out.setdefault(r["class"], Counter())[r["outcome"]] += 1
        return {k: dict(sorted(v.items())) for k, v in sorted(out.items())}


TALLY = Tally()


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
