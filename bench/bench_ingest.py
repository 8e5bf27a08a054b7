"""How fast bulk ingestion runs end to end, against the speed of the parsers alone.

    python bench/bench_ingest.py [--n 2000] [--backends sqlite,postgresql] [--pg-url URL]

A corpus of N documents is made in a temporary folder: copies of the samples with varied
content and names (txt and docx: another unit, year and value; xlsx: another unit and
year; pdf and doc: the seed's with a few bytes appended, as a re-saved file differs),
mixed as a season's drop would be.  Each configuration is ingested into a fresh database
by a fresh process (`--one`), so that peak memory is that run's own:

- documents per second by format: a run of each format alone (`--jobs 2`, SQLite);
- the whole corpus with `--jobs 1` and `--jobs 2`, into SQLite and into PostgreSQL:
  elapsed time, the speed-up of 2 jobs over 1, and the efficiency, i.e. the parsers'
  summed time (as measured in the `--jobs 1` run) divided by the jobs and by the
  elapsed time.  Goal: at least 0.80;
- peak memory of the writer (this process) and of the largest worker, for N/4 and N
  documents.  Goal: flat (the writer holds at most one parsed document per worker).

Figures depend on the machine; `os.cpu_count()` is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED_DIR = ROOT / "samples" / "seed"
TEMPLATES = ROOT / "samples" / "templates"
# the corpus: format → share of the documents
MIX = {"txt": 0.40, "docx": 0.35, "xlsx": 0.10, "pdf": 0.14, "doc": 0.01}
PER_FORMAT = {"txt": 100, "docx": 100, "xlsx": 100, "pdf": 50, "doc": 10}
PG_URL = os.environ.get("JIXIAO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


# --- the corpus ---------------------------------------------------------------------


def make_corpus(folder: Path, counts: dict[str, int]) -> None:
    from tests.helpers import TOWNS, variant_text

    folder.mkdir(parents=True, exist_ok=True)
    xlsx_sources = sorted(TEMPLATES.glob("*.xlsx"))
    for fmt, n in counts.items():
        for i in range(n):
            unit, year = TOWNS[i % len(TOWNS)], 2019 + i % 5
            dest = folder / fmt / f"{unit}_{year}_{i:05d}.{fmt}"
            dest.parent.mkdir(exist_ok=True)
            if fmt == "txt":
                dest.write_text(variant_text(unit, year, 100 + i), encoding="utf-8")
            elif fmt == "docx":
                _vary_zip(SEED_DIR / "老庄子镇_2021.docx", dest, i,
                          [("老庄子镇", unit), ("2021", str(year)), ("37亩", f"{100 + i}亩")])
            elif fmt == "xlsx":
                src = xlsx_sources[i % len(xlsx_sources)]
                old_unit, old_year = src.stem.split("_")[:2]
                _vary_zip(src, dest, i, [(old_unit, unit), (old_year, str(year))])
            else:
                src = SEED_DIR / f"老庄子镇_2021.{fmt}"
                if fmt == "doc":
                    src = ROOT / "samples" / "legacy" / "老庄子镇_2021.doc"
                dest.write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())


def _vary_zip(src: Path, dest: Path, copy: int, subs: list[tuple[str, str]]) -> None:
    """An Office file with words replaced in its XML parts (and a part naming the copy,
    so that no two copies are the same bytes even where the words do not occur)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".xml"):
                text = data.decode("utf-8")
                for old, new in subs:
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            zout.writestr(info, data)
        zout.writestr("customXml/jixiao-bench.txt", f"copy {copy}")


def corpus_counts(n: int) -> dict[str, int]:
    counts = {fmt: int(n * share) for fmt, share in MIX.items()}
    counts["txt"] += n - sum(counts.values())
    return counts


# --- one run, in its own process ------------------------------------------------------


def one(folder: str, url: str, jobs: int) -> dict[str, Any]:
    """Ingest `folder` into `url`; figures as JSON (run by `--one`)."""
    from jixiao.ingest.pipeline import Options, ingest
    from jixiao.store.db.engine import open_engine

    engine = open_engine(url)
    t0 = time.perf_counter()
    summary = ingest(engine, [Path(folder)], Options(jobs=jobs, inline=False))
    elapsed = time.perf_counter() - t0
    engine.dispose()
    by_format: dict[str, dict[str, float]] = {}
    for f in summary.files:
        fmt = Path(f.file).suffix.lstrip(".")
        slot = by_format.setdefault(fmt, {"n": 0, "parse": 0.0, "total": 0.0})
        slot["n"] += 1
        slot["parse"] += f.parse_seconds
        slot["total"] += f.seconds
    return {
        "elapsed": elapsed,
        "outcomes": dict(Counter(f.outcome for f in summary.files)),
        "failures": [(f.file, f.reason) for f in summary.files if f.outcome == "failed"][:5],
        "by_format": by_format,
        "parse_seconds": sum(f.parse_seconds for f in summary.files),
        "writer_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": summary.peak_worker_rss_kb / 1024,
    }


def run_one(folder: Path, url: str, jobs: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(folder), url, str(jobs)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    if out.returncode != 0:
        raise SystemExit(f"run failed ({url}, --jobs {jobs}):\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if result["failures"]:
        print(f"  warning: {result['outcomes'].get('failed')} files failed, e.g. "
              f"{result['failures'][0]}")
    return result


class Databases:
    """A fresh database per run: a SQLite file, or a PostgreSQL schema dropped after."""

    def __init__(self, work: Path, pg_url: str) -> None:
        self.work, self.pg_url, self.schemas = work, pg_url, []
        self.count = 0

    def new(self, backend: str) -> str:
        self.count += 1
        if backend == "sqlite":
            return f"sqlite:///{self.work / f'bench{self.count}.db'}"
        from sqlalchemy import create_engine, text

        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(self.pg_url)
        with admin.begin() as c:
            c.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
        self.schemas.append(schema)
        sep = "&" if "?" in self.pg_url else "?"
        return f"{self.pg_url}{sep}options=-csearch_path%3D{schema}"

    def drop(self) -> None:
        if not self.schemas:
            return
        from sqlalchemy import create_engine, text

        admin = create_engine(self.pg_url)
        with admin.begin() as c:
            for schema in self.schemas:
                c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


# --- the report -----------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="documents in the corpus")
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--pg-url", default=PG_URL)
    ap.add_argument("--skip-formats", action="store_true", help="no per-format runs")
    args = ap.parse_args()
    backends = [b for b in args.backends.split(",") if b]

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        work = Path(tmp)
        dbs = Databases(work, args.pg_url)
        try:
            report(work, dbs, args.n, backends, args.skip_formats)
        finally:
            dbs.drop()


def report(work: Path, dbs: Databases, n: int, backends: list[str], skip_formats: bool) -> None:
    print(f"machine: {os.cpu_count()} cores; corpus of {n}: {corpus_counts(n)}")
    if not skip_formats:
        print("\ndocuments per second by format (each format alone, --jobs 2, SQLite):")
        for fmt, count in PER_FORMAT.items():
            folder = work / f"only_{fmt}"
            make_corpus(folder, {fmt: count})
            r = run_one(folder, dbs.new("sqlite"), 2)
            done = r["outcomes"].get("ingested", 0)
            parse_ms = 1000 * r["parse_seconds"] / max(done, 1)
            print(f"  {fmt:5} {done / r['elapsed']:7.1f} docs/s   ({done} docs, "
                  f"{parse_ms:6.0f} ms parse each, {r['elapsed']:6.1f} s)")

    corpus = work / "corpus"
    make_corpus(corpus, corpus_counts(n))
    for backend in backends:
        print(f"\n{backend}: {n} documents")
        runs = {jobs: run_one(corpus, dbs.new(backend), jobs) for jobs in (1, 2)}
        parse_1 = runs[1]["parse_seconds"]
        for jobs, r in runs.items():
            ingested = r["outcomes"].get("ingested", 0)
            efficiency = parse_1 / jobs / r["elapsed"]
            print(f"  --jobs {jobs}: {r['elapsed']:7.1f} s  {ingested / r['elapsed']:6.1f} docs/s"
                  f"  efficiency {efficiency:.2f} (goal ≥ 0.80)  writer {r['writer_peak_mb']:.0f}"
                  f" MB, largest worker {r['worker_peak_mb']:.0f} MB  {r['outcomes']}")
        speedup = runs[1]["elapsed"] / runs[2]["elapsed"]
        print(f"  speed-up of --jobs 2 over --jobs 1: {speedup:.2f}×"
              f"  (parsers' summed time: {parse_1:.1f} s)")

    small = work / "quarter"
    make_corpus(small, corpus_counts(max(n // 4, 5)))
    quarter = run_one(small, dbs.new("sqlite"), 2)
    print(f"\npeak memory (SQLite, --jobs 2): {n // 4} documents: writer "
          f"{quarter['writer_peak_mb']:.0f} MB, largest worker {quarter['worker_peak_mb']:.0f} MB;"
          f" {n} documents: see the --jobs 2 lines above")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        main()
