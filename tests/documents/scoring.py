"""How close an export comes to what a careful human reads in a real published table.

The truth of a real sample (tests/documents/real/MODULE.json) is written from the
published source before the reader is run on it:

    {"unit_name": "…", "year": 2022,
     "projects": [{"name": "…", "budget_total_yuan": 150000.0,
                   "funding": [...], "spend_plan": [...], "goals": [...],   (optional)
                   "indicators": [[level1, level2, level3, value_raw, value], ...]}]}

`value` is the typed value in short (`value_key`): "percent >= 95 %", "quantity = 37 亩",
"money <= 18.5 万元", "quantity range 3 5 个", "date <= 2021-12-31", "boolean true",
"qualitative 达标", "text", "empty".  A project field is checked when the truth names it.

Four scores, as the acceptance of issue 13 states them: structure (indicator rows found
with their three levels and raw value), values (typed values right), project fields and
unit names.  `python -m tests.documents.scoring` (`make score`) prints them per sample;
`--gaps` records what is still missed in real_gaps.json, which tests/documents/
test_real.py holds the reader to.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TRUTH = Path(__file__).resolve().parent / "real"
PROJECT_FIELDS = ("name", "code", "budget_total_yuan", "funding", "spend_plan", "goals", "purpose")


def number(n: float) -> str:
    return format(float(n), ".10g")


def value_key(v: dict[str, Any]) -> str:
    kind = v["kind"]
    if kind in ("quantity", "money", "percent"):
        parts = [kind, v["op"], number(v["number"])]
        if v.get("number_max") is not None:
            parts.append(number(v["number_max"]))
        if v.get("unit"):
            parts.append(v["unit"])
        return " ".join(parts)
    if kind == "date":
        return f"date {v['op']} {v['date']}"
    if kind == "boolean":
        return f"boolean {'true' if v['bool'] else 'false'}"
    if kind == "qualitative":
        return f"qualitative {v['label']}"
    return kind


def indicator_row(ind: dict[str, Any]) -> list[Any]:
    return [ind["level1"], ind["level2"], ind["level3"], ind["value_raw"], value_key(ind["value"])]


@dataclass
class Score:
    """Hits and totals of each measure; a sample is exact when every hit equals its total."""

    rows: list[int] = field(default_factory=lambda: [0, 0])
    values: list[int] = field(default_factory=lambda: [0, 0])
    fields: list[int] = field(default_factory=lambda: [0, 0])
    units: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("rows", "values", "fields", "units"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine[0] += theirs[0]
            mine[1] += theirs[1]

    @property
    def exact(self) -> bool:
        return all(h == t for h, t in (self.rows, self.values, self.fields, self.units))

    def ratios(self) -> dict[str, float]:
        return {name: (h / t if t else 1.0) for name, (h, t) in
                (("structure", self.rows), ("values", self.values),
                 ("project fields", self.fields), ("unit names", self.units))}


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return abs(a - b) <= 0.005 + 1e-9 * abs(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return bool(a == b)


def score(truth: dict[str, Any], documents: list[dict[str, Any]]) -> Score:
    """The export's documents (one expected) against the truth."""
    s = Score()
    doc = documents[0] if documents else {"unit_name": None, "year": None, "projects": []}
    if len(documents) != 1:
        s.misses.append(f"{len(documents)} documents read, 1 expected")
    s.units = [int(doc["unit_name"] == truth["unit_name"]), 1]
    if not s.units[0]:
        s.misses.append(f"unit_name {doc['unit_name']!r} != {truth['unit_name']!r}")
    expected_projects, got_projects = truth["projects"], doc["projects"]
    for i in range(max(len(expected_projects), len(got_projects))):
        want = expected_projects[i] if i < len(expected_projects) else None
        got = got_projects[i] if i < len(got_projects) else None
        _score_project(s, i + 1, want, got)
    return s


def _score_project(s: Score, seq: int, want: dict[str, Any] | None, got: dict[str, Any] | None
                   ) -> None:
    checked = [f for f in PROJECT_FIELDS if want is not None and f in want] or ["name"]
    for f in checked:
        ok = want is not None and got is not None and _close(got.get(f), want.get(f))
        s.fields[0] += ok
        s.fields[1] += 1
        if not ok:
            s.misses.append(f"project {seq} {f}: {None if got is None else got.get(f)!r}"
                            f" != {None if want is None else want.get(f)!r}")
    wanted = [tuple(r) for r in (want or {}).get("indicators", [])]
    found = [tuple(indicator_row(i)) for i in (got or {}).get("indicators", [])]
    # structure: rows found with their levels and raw value, as a multiset
    have = Counter(r[:4] for r in found)
    need = Counter(r[:4] for r in wanted)
    hits = sum((have & need).values())
    s.rows[0] += hits
    s.rows[1] += max(len(wanted), len(found))
    for r in (need - have).elements():
        s.misses.append(f"project {seq} row missing: {' | '.join(map(str, r))}")
    for r in (have - need).elements():
        s.misses.append(f"project {seq} row not in the table: {' | '.join(map(str, r))}")
    # values: the typed value of every wanted row, found by its level 3 and raw value
    typed: dict[tuple[Any, Any], list[str]] = {}
    for r in found:
        typed.setdefault((r[2], r[3]), []).append(r[4])
    for r in wanted:
        got_keys = typed.get((r[2], r[3]), [])
        ok = r[4] in got_keys
        s.values[0] += ok
        s.values[1] += 1
        if not ok:
            s.misses.append(f"project {seq} value of {r[3]!r}: {got_keys or 'row missing'}"
                            f" != {r[4]!r}")


def truth_of(module: str) -> dict[str, Any]:
    return json.loads((TRUTH / f"{module}.json").read_text(encoding="utf-8"))


def export_documents(paths: list[Path]) -> tuple[list[dict[str, Any]], list[str]]:
    """The export's documents after ingesting the files into a fresh SQLite database, and
    the failures' reasons."""
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.db.engine import open_engine
    from jixiao.store.exports.exporting import export_dicts

    with tempfile.TemporaryDirectory(prefix="jixiao-score-") as tmp:
        engine = open_engine(f"sqlite:///{Path(tmp) / 'score.db'}")
        summary = ingest(engine, paths, Options(jobs=1))
        failures = [f"{f.file}: {f.reason}" for f in summary.files if f.outcome == "failed"]
        docs = export_dicts(engine)
        engine.dispose()
    return docs, failures


GAPS = Path(__file__).resolve().parent / "real_gaps.json"


def read_gaps() -> dict[str, dict[str, Any]]:
    """What the reader still gets wrong on each real sample, and why: sample path →
    {"why": "…", "misses": ["…", …]} (tests/documents/real_gaps.json)."""
    return json.loads(GAPS.read_text(encoding="utf-8")) if GAPS.exists() else {}


def score_sample(module: str, path: str) -> Score:
    """One real sample read into a fresh database and scored against its truth; a file
    that fails is scored as read empty, its reason the first miss."""
    from samples.registry import SAMPLES

    docs, failures = export_documents([SAMPLES / path])
    s = score(truth_of(module), docs)
    s.misses[:0] = [f"failed: {f.split(': ', 1)[-1]}" for f in failures]
    return s


def write_gaps(scores: dict[str, Score]) -> None:
    """Record the misses of every sample that is not exact, keeping the reasons already
    written (a new entry's reason is left empty, for a person to write)."""
    old = read_gaps()
    gaps = {path: {"why": old.get(path, {}).get("why", ""), "misses": sorted(s.misses)}
            for path, s in scores.items() if not s.exact}
    GAPS.write_text(json.dumps(gaps, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    """`python -m tests.documents.scoring [MODULE …] [-v] [--gaps]`: the scores per
    sample and in all; --gaps rewrites tests/documents/real_gaps.json."""
    from samples.build import load
    from samples.real_tables import REAL

    load()
    total = Score()
    verbose = "-v" in argv
    wanted = [a for a in argv if not a.startswith("-")]
    scores: dict[str, Score] = {}
    for real in REAL:
        if wanted and real.module not in wanted:
            continue
        for path in real.paths:
            s = scores[path] = score_sample(real.module, path)
            total.add(s)
            r = s.ratios()
            print(f"{'ok ' if s.exact else 'BAD'} {path}: " + "  ".join(
                f"{k} {v:.2f}" for k, v in r.items()))
            if verbose or not s.exact:
                for m in s.misses[: None if verbose else 8]:
                    print(f"      {m}")
    exact = sum(s.exact for s in scores.values())
    print(f"{exact} of {len(scores)} documents exact")
    print("all: " + "  ".join(f"{k} {v:.3f}" for k, v in total.ratios().items()))
    if "--gaps" in argv and not wanted:
        write_gaps(scores)
        print(f"wrote {GAPS.relative_to(Path.cwd()) if GAPS.is_relative_to(Path.cwd()) else GAPS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
