"""How close the export of a scan comes to the golden export of the text PDF it was made
from: the four scores of `tests.documents.scoring`, with the source's golden as truth.

`python -m tests.parsers.readers.ocr.accuracy` prints them per scan sample (and the
seconds it took); tests/parsers/readers/ocr/test_scans.py holds the reader to the figures
measured (`MEASURED`), less a margin.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from samples.registry import SAMPLES
from samples.scans import SCANS
from tests.documents.scoring import (
    PROJECT_FIELDS,
    Score,
    export_documents,
    indicator_row,
    score,
)
from tests.helpers import golden_path


def truth_from_golden(source: str, projects: int | None = None) -> dict[str, Any]:
    """The golden export of the sample `source` as scoring truth: every field of every
    project (of the first `projects`), every indicator row with its typed value."""
    [doc] = json.loads(golden_path(source).read_text(encoding="utf-8"))["documents"]
    return {
        "unit_name": doc["unit_name"],
        "year": doc["year"],
        "projects": [
            {**{f: p[f] for f in PROJECT_FIELDS},
             "indicators": [indicator_row(i) for i in p["indicators"]]}
            for p in doc["projects"][:projects]
        ],
    }


def score_scan(path: str) -> tuple[Score, float, list[dict[str, Any]]]:
    """The scan sample at `path` (under samples/) read into a fresh database and scored
    against its source's golden; the seconds it took; the documents exported."""
    [scan] = [s for s in SCANS if s.path == path]
    t0 = time.monotonic()
    docs, failures = export_documents([SAMPLES / path])
    seconds = time.monotonic() - t0
    s = score(truth_from_golden(scan.source, scan.projects), docs)
    s.misses[:0] = [f"failed: {f.split(': ', 1)[-1]}" for f in failures]
    return s, seconds, docs


def main(argv: list[str]) -> int:
    total = Score()
    for scan in SCANS:
        if argv and scan.path not in argv:
            continue
        s, seconds, _ = score_scan(scan.path)
        total.add(s)
        ratios = "  ".join(f"{k} {v:.3f}" for k, v in s.ratios().items())
        print(f"{scan.path}: {ratios}  ({seconds:.1f} s)")
        for m in s.misses:
            print(f"    {m}")
    print("all: " + "  ".join(f"{k} {v:.3f}" for k, v in total.ratios().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
