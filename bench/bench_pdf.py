"""How fast and how well PDF tables are read: jixiao's reader beside pdfplumber and Camelot.

    python bench/bench_pdf.py [--repeat 3] [--camelot-repeat 1] [--no-camelot] [--no-stall]

On the seed's PDF and the PDF variants (samples/pdf_variants), side by side in one run,
each method in a fresh process of its own (so that its peak memory is its own):

- ours: `jixiao.parsers.readers.pdf.read` (tables with merges, paragraphs, headers dropped, pages
stitched);
- pdfplumber: its default `page.extract_tables()` on every page;
- camelot: `camelot.read_pdf(..., flavor="lattice")` (installed for the benchmark only:
  pip install camelot-py; skipped with a note when missing).

For each: seconds per page (best of --repeat passes over all files), pages per second,
speed against pdfplumber, peak memory (the process's maximum resident size, beside its
size once the libraries are loaded, and tracemalloc's peak over one more pass), and cell
accuracy against the golden exports (tests/golden: seed_txt.json for the seed,
pdf_<name>.json for a variant, which the tests prove equal to the export of the
variant's Word source).  Every method's tables go through the same
`jixiao.parsers.layout.document`, and the cells compared are the projects' names, budget
texts and goals and the indicators' six text fields: accuracy = cells found /
max(cells expected, cells produced); "loose" compares texts without any whitespace.

Then the stall case: one page ruled into a 700 × 700 grid.  jixiao stops at its per-page
time limit (JIXIAO_MAX_PAGE_SECONDS, set to 2 s here); pdfplumber is given 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLDEN = ROOT / "tests" / "golden"
SEED = ROOT / "samples" / "seed" / "老庄子镇_2021.pdf"
VARIANTS = [
    "long_table_repeated_header",
    "long_table_no_header",
    "two_tables_one_page",
    "landscape",
    "narrow_columns",
    "fake_bold",
]
FILES = [(SEED, GOLDEN / "seed_txt.json")] + [
    (ROOT / "samples" / "pdf_variants" / f"{n}.pdf", GOLDEN / f"pdf_{n}.json") for n in VARIANTS
]
WARM_UP = ROOT / "samples" / "pdf_variants" / "two_tables_one_page.pdf"
INDICATOR_FIELDS = ("level1", "level2", "level3", "description", "value_raw", "basis")

Cells = Counter[tuple[str, str]]


# --- what is compared ---------------------------------------------------------------------


def golden_cells(path: Path) -> Cells:
    """The cells of a golden export: project names, budget texts, goals, indicator fields."""
    cells: Cells = Counter()
    for doc in json.loads(path.read_text(encoding="utf-8"))["documents"]:
        for p in doc["projects"]:
            cells.update(_project_cells(p["name"], p.get("budget_text"), p["goals"]))
            for ind in p["indicators"]:
                cells.update((f, ind[f]) for f in INDICATOR_FIELDS if ind[f])
    return cells


def record_cells(src: Any) -> Cells:
    """The same cells from a SourceDocument, through the shared layout module (its
    projects as found, without the check that would refuse a file for one nameless)."""
    from jixiao.normalize.goals import split_goals
    from jixiao.parsers.layout.document import rows_to_projects

    cells: Cells = Counter()
    for p in rows_to_projects(src):
        cells.update(_project_cells(p.name, p.budget_text, split_goals(p.goals_text)))
        for ind in p.indicators:
            for f in INDICATOR_FIELDS:
                v = getattr(ind, f)
                if v and v.strip():
                    cells[(f, v.strip())] += 1
    return cells


def _project_cells(name: str | None, budget: str | None, goals: list[str]) -> list[tuple[str, str]]:
    out = [("name", name)] if name else []
    if budget:
        out.append(("budget_text", budget))
    return out + [("goal", g) for g in goals]


def accuracy(expected: Cells, found: Cells, *, loose: bool = False) -> float:
    if loose:
        expected, found = _squeeze(expected), _squeeze(found)
    hit = sum((expected & found).values())
    return hit / max(sum(expected.values()), sum(found.values()), 1)


def _squeeze(cells: Cells) -> Cells:
    out: Cells = Counter()
    for (f, t), n in cells.items():
        out[(f, re.sub(r"\s+", "", t))] += n
    return out


# --- the three methods, each run in a worker process -----------------------------------------


def grid_document(tables: list[tuple[int, list[list[str | None]]]]) -> Any:
    """Plain rows of cell texts (pdfplumber, Camelot) as a SourceDocument of tables."""
    from jixiao.parsers.grid import Row, SourceDocument, Table

    blocks: list[Any] = []
    for page, rows in tables:
        grid_rows = [
            Row([_cell(t, i) for i, t in enumerate(r)], index=k, page=page)
            for k, r in enumerate(rows)
        ]
        blocks.append(Table(grid_rows, index=len(blocks), page=page))
    return SourceDocument(blocks=blocks, format="pdf")


def _cell(text: str | None, col: int) -> Any:
    from jixiao.parsers.grid import Cell

    return Cell(text or "", col)


def run_ours(path: Path) -> tuple[int, Any]:
    from jixiao.parsers.readers.pdf import read

    src = read(path)
    return src.pages or 0, src


def run_pdfplumber(path: Path) -> tuple[int, Any]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        tables = [(p.page_number, t) for p in pdf.pages for t in p.extract_tables()]
        pages = len(pdf.pages)
    return pages, tables


def run_camelot(path: Path) -> tuple[int, Any]:
    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = camelot.read_pdf(str(path), pages="all", flavor="lattice")
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    return pages, [(t.page, t.df.values.tolist()) for t in found]


RUNNERS = {"ours": run_ours, "pdfplumber": run_pdfplumber, "camelot": run_camelot}


def worker(method: str, repeat: int, paths: list[Path]) -> dict[str, Any]:
    """Time `repeat` passes over the files (best pass counts); cells from the last one.
    A first read of a small file loads the libraries; the resident size after it is the
    baseline that the peak is compared with."""
    run = RUNNERS[method]
    import jixiao.parsers.layout.document  # noqa: F401  (every method's tables go through it)

    run(WARM_UP)
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    best = float("inf")
    pages = 0
    results: list[Any] = []
    for _ in range(repeat):
        results = []
        t0 = time.perf_counter()
        pages = 0
        for p in paths:
            n, out = run(p)
            pages += n
            results.append(out)
        best = min(best, time.perf_counter() - t0)
    per_file = []
    for out in results:
        src = out if method == "ours" else grid_document(out)
        per_file.append(sorted(record_cells(src).items()))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = []
    tracemalloc.start()
    for p in paths:  # one more pass, traced: the Python memory one file at a time needs
        run(p)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": best, "pages": pages, "peak_mb": peak_kb / 1024,
            "base_mb": base_kb / 1024, "traced_mb": traced / 2**20, "cells": per_file}


def spawn(
    args: list[str], *, timeout: float, env: dict[str, str] | None = None
) -> tuple[dict[str, Any] | None, str]:
    cmd = [sys.executable, __file__, *args]
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
        )
    except subprocess.TimeoutExpired:
        return None, f"still running after {timeout:g} s: stopped"
    if done.returncode != 0:
        return None, (done.stderr.strip().splitlines() or ["failed"])[-1]
    return json.loads(done.stdout.strip().splitlines()[-1]), ""


# --- the report ----------------------------------------------------------------------------


def compare(methods: list[str], repeat: int, camelot_repeat: int) -> None:
    paths = [p for p, _ in FILES]
    expected = [golden_cells(g) for _, g in FILES]
    print(f"{len(paths)} PDFs: " + ", ".join(p.stem for p in paths))
    rows = []
    for m in methods:
        r = repeat if m != "camelot" else camelot_repeat
        out, err = spawn(["--worker", m, "--repeat", str(r), *map(str, paths)], timeout=3600)
        if out is None:
            print(f"{m}: {err}")
            continue
        found = [Counter({tuple(k): v for k, v in cells}) for cells in out["cells"]]
        strict = [accuracy(e, f) for e, f in zip(expected, found, strict=True)]
        loose = [accuracy(e, f, loose=True) for e, f in zip(expected, found, strict=True)]
        rows.append((m, out, strict, loose))
    base = next((o["seconds"] / o["pages"] for m, o, _, _ in rows if m == "pdfplumber"), None)
    print(f"\n{'method':<11}{'s/page':>9}{'pages/s':>9}{'speed':>7}"
          f"{'accuracy':>10}{'loose':>8}{'peak MB':>9}{'(libs)':>8}{'traced':>8}")
    for m, out, strict, loose in rows:
        spp = out["seconds"] / out["pages"]
        ratio = f"{base / spp:.2f}×" if base else "-"
        print(f"{m:<11}{spp:>9.4f}{1 / spp:>9.1f}{ratio:>7}"
              f"{_mean(strict):>10.1%}{_mean(loose):>8.1%}{out['peak_mb']:>9.0f}"
              f"{out['base_mb']:>8.0f}{out['traced_mb']:>8.1f}")
    print("speed: pdfplumber's seconds per page / the method's; peak MB: the process's "
          "maximum resident size; (libs): after loading the libraries and one small file; "
          "traced: tracemalloc's peak of Python allocations over a pass (MB; C memory of "
          "OpenCV and pdfium is not traced)")
    print("\naccuracy per file (strict / loose):")
    for i, (p, _) in enumerate(FILES):
        cols = "  ".join(f"{m} {s[i]:.0%}/{lo[i]:.0%}" for m, _, s, lo in rows)
        print(f"  {p.stem:<28}{sum(expected[i].values()):>5} cells  {cols}")


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def stall() -> None:
    """A page ruled into 700 × 700 cells: the per-page limit against no limit."""
    from samples.pdf_variants import minimal_pdf, ruled_grid_content

    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        path = Path(tmp) / "grid_700.pdf"
        path.write_bytes(minimal_pdf(ruled_grid_content(700), size=(2900, 2900)))
        print("\nstall case: one page ruled into 700 × 700 cells")
        for m, limit, env in (
            ("ours", 120.0, {"JIXIAO_MAX_PAGE_SECONDS": "2"}),
            ("pdfplumber", 60.0, None),
        ):
            t0 = time.perf_counter()
            out, err = spawn(["--worker", m, "--repeat", "1", str(path)], timeout=limit, env=env)
            took = time.perf_counter() - t0
            print(f"  {m:<11}{took:>7.1f} s  " + ("read" if out is not None else err))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--camelot-repeat", type=int, default=1)
    ap.add_argument("--no-camelot", action="store_true")
    ap.add_argument("--no-stall", action="store_true")
    ap.add_argument("--worker", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeat, args.paths)))
        return 0
    methods = ["ours", "pdfplumber"]
    try:
        import camelot  # noqa: F401

        if not args.no_camelot:
            methods.append("camelot")
    except ImportError:
        print("camelot is not installed (pip install camelot-py): left out")
    compare(methods, args.repeat, args.camelot_repeat)
    if not args.no_stall:
        stall()
    return 0


if __name__ == "__main__":
    sys.exit(main())
