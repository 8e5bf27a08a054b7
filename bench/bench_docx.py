"""How fast `jixiao.parsers.readers.docx` reads Word files, against the floor of unzipping and
parsing.

    python bench/bench_docx.py [--sizes 50,200,800] [--naive]

For each size N, N copies of the docx samples (seed and variants, round robin) are put in
a temporary folder and read in a fresh process, so that peak memory is that run's own:

- floor: open the zip, read word/document.xml, parse it with lxml, nothing else;
- read: `jixiao.parsers.readers.docx.read` (the whole SourceDocument, merges resolved);
- docs/s (wall clock), CPU ms per document, the ratio read / floor in CPU time (goal:
  within 3×).  CPU time, because on a shared machine other processes stretch wall-clock
  times unevenly and the ratio with them;
- peak memory: tracemalloc's peak of Python allocations during a second pass (lxml's own
  C memory is not traced), and the process's maximum resident size.  Each result is
  dropped before the next file is read, so both should stay flat as N grows.

--naive adds, for the seed alone, what python-docx costs: `Document()` alone, and reading
every table cell by cell through its objects (the quadratic path the reader avoids).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

SAMPLES = sorted([*ROOT.glob("samples/seed/*.docx"), *ROOT.glob("samples/docx_variants/*.docx")])
SEED = ROOT / "samples" / "seed" / "老庄子镇_2021.docx"


def floor(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        etree.fromstring(z.read("word/document.xml"))


def read(path: Path) -> None:
    from jixiao.parsers.readers.docx import read as read_docx

    read_docx(path)


def timed(fn: object, files: list[Path], clock: Any = time.process_time) -> float:
    assert callable(fn)
    t0 = clock()
    for f in files:
        fn(f)
    return float(clock() - t0)


def worker(folder: Path) -> dict[str, float]:
    """One run over the files in `folder` (called in a fresh process)."""
    files = sorted(folder.iterdir())
    read(files[0])  # import and warm up outside the timings
    floor_s = min(timed(floor, files) for _ in range(3))
    read_s = min(timed(read, files) for _ in range(3))
    wall_s = min(timed(read, files, time.perf_counter) for _ in range(3))
    tracemalloc.start()
    timed(read, files)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "n": len(files),
        "floor_ms": floor_s * 1000 / len(files),
        "read_ms": read_s * 1000 / len(files),
        "docs_per_s": len(files) / wall_s,
        "ratio": read_s / floor_s,
        "traced_peak_mib": peak / 2**20,
        "maxrss_mib": maxrss_kib / 1024,
    }


def run_size(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        folder = Path(tmp)
        for i in range(n):
            src = SAMPLES[i % len(SAMPLES)]
            shutil.copyfile(src, folder / f"{i:05d}_{src.name}")
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(folder)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def naive(path: Path, repeat: int = 3) -> tuple[float, float]:
    """(ms for python-docx Document(), ms for reading every cell through its objects)."""
    import docx

    def open_only() -> None:
        docx.Document(str(path))

    def cell_by_cell() -> None:
        d = docx.Document(str(path))
        for t in d.tables:
            for r in range(len(t.rows)):
                for c in range(len(t.columns)):
                    _ = t.cell(r, c).text

    best = []
    for fn in (open_only, cell_by_cell):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        best.append(min(times) * 1000)  # wall clock: these are only for scale
    return best[0], best[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,200,800")
    ap.add_argument("--naive", action="store_true", help="also time python-docx on the seed")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return 0
    print(f"{len(SAMPLES)} docx samples, copied round robin; best of 3 passes; ms are CPU ms\n")
    print(
        f"{'docs':>6} {'docs/s':>8} {'read ms':>8} {'floor ms':>9} {'ratio':>6} "
        f"{'traced peak MiB':>16} {'max RSS MiB':>12}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        r = run_size(n)
        print(
            f"{n:>6} {r['docs_per_s']:>8.0f} {r['read_ms']:>8.2f} {r['floor_ms']:>9.2f} "
            f"{r['ratio']:>5.2f}× {r['traced_peak_mib']:>16.2f} {r['maxrss_mib']:>12.1f}"
        )
    seed_floor = min(timed(floor, [SEED] * 20) for _ in range(3)) * 1000 / 20
    read(SEED)
    seed_read = min(timed(read, [SEED] * 20) for _ in range(3)) * 1000 / 20
    print(
        f"\nseed alone: read {seed_read:.2f} ms, floor {seed_floor:.2f} ms, "
        f"ratio {seed_read / seed_floor:.2f}×"
    )
    if args.naive:
        open_ms, cells_ms = naive(SEED)
        print(
            f"python-docx on the seed: Document() {open_ms:.1f} ms, cell by cell {cells_ms:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
