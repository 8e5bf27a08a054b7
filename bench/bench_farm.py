"""How fast a farm works one queue with 1, 2 and 4 worker processes.

    python bench/bench_farm.py [--n 200] [--workers 1,2,4] [--pg-url URL] [--real]

A corpus of N documents (the mix of bench_ingest.py: txt, docx, xlsx, pdf, doc) is made
in a temporary folder (with --real, the published tables of samples/real/ are added).
First, for comparison, `jixiao ingest --jobs 1` of the corpus into a fresh PostgreSQL
database.  Then, for each number of workers: a fresh PostgreSQL database, `jixiao
enqueue` of the corpus, then that many `jixiao worker --jobs 1 --until-empty` processes
started at once; the time from their start to the last one's exit, with their start-up
(about a second each) included.  Printed: files, seconds, files per second and per
hour, the speed-up over one worker, the seconds a file takes one worker (workers ×
elapsed / files), the figure to scale a farm with, the seconds the workers were busy
per file (from the run log) and the machine's load average (other work on a shared
machine slows every figure).

On one machine the workers share its cores: beyond the cores, more workers only queue
for them.  The figure for a farm of several machines is the one of a worker per core,
times the cores.  `os.cpu_count()` is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_URL = os.environ.get("JIXIAO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def jixiao(*args: str) -> list[str]:
    return [sys.executable, "-m", "jixiao", *args]


def fresh_database(admin_url: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"jixiao_bench_farm_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def farm(corpus: Path, url: str, workers: int) -> dict[str, float]:
    """Enqueue the corpus, then time `workers` workers working it to the end."""
    queued = subprocess.run(jixiao("enqueue", str(corpus), "--db", url, "--json"), cwd=ROOT,
                            capture_output=True, check=True)
    jobs = json.loads(queued.stdout)["queued"]
    t0 = time.perf_counter()
    procs = [subprocess.Popen(jixiao("worker", "--db", url, "--jobs", "1", "--until-empty"),
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(workers)]
    outs = [p.communicate() for p in procs]
    elapsed = time.perf_counter() - t0
    for p, (_out, err) in zip(procs, outs, strict=True):
        if p.returncode != 0:
            raise SystemExit(f"a worker failed: {err.decode()}")
    view = json.loads(subprocess.run(jixiao("queue", "--db", url, "--json"), cwd=ROOT,
                                     capture_output=True, check=True).stdout)
    if view["waiting"] or view["running"]:
        raise SystemExit(f"the workers stopped with jobs left: {view}")
    files = sum(m["ingested"] + m["unchanged"] + m["failed"] for m in view["machines"])
    return {"jobs": jobs, "files": files, "failed": view["failed"], "seconds": elapsed,
            "busy": busy_seconds(url), "load": os.getloadavg()[0]}


def busy_seconds(url: str) -> float:
    """The seconds the workers spent on files (reading and storing), from the run log."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as c:
        busy = c.execute(text("SELECT coalesce(sum(seconds), 0) FROM run_files")).scalar()
    engine.dispose()
    return float(busy or 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="documents in the corpus")
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--pg-url", default=PG_URL)
    ap.add_argument("--real", action="store_true", help="add the tables of samples/real/")
    args = ap.parse_args()

    from bench.bench_ingest import corpus_counts, make_corpus

    print(f"cores: {os.cpu_count()}; corpus: {args.n} documents"
          + (" + samples/real" if args.real else ""))
    print(f"{'workers':>7} {'files':>6} {'failed':>6} {'seconds':>8} {'files/s':>8} "
          f"{'files/h':>8} {'speed-up':>8} {'s/file/worker':>13} {'busy s/file':>11} "
          f"{'load':>5}")
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-farm-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, corpus_counts(args.n))
        if args.real:
            import shutil

            shutil.copytree(ROOT / "samples" / "real", corpus / "real")
        name, url = fresh_database(args.pg_url)
        try:
            t0 = time.perf_counter()
            subprocess.run(jixiao("ingest", str(corpus), "--db", url, "--jobs", "1", "--json"),
                           cwd=ROOT, capture_output=True, check=False)
            alone, busy, load = time.perf_counter() - t0, busy_seconds(url), os.getloadavg()[0]
        finally:
            drop_database(args.pg_url, name)
        n = len([p for p in corpus.rglob("*") if p.is_file()])
        print(f"{'ingest':>7} {n:>6} {'':>6} {alone:>8.1f} {n / alone:>8.2f} "
              f"{n / alone * 3600:>8.0f} {'':>8} {alone / n:>13.3f} {busy / n:>11.3f} "
              f"{load:>5.1f}   (`jixiao ingest --jobs 1`, for comparison)", flush=True)
        first: float | None = None
        for workers in (int(w) for w in args.workers.split(",")):
            name, url = fresh_database(args.pg_url)
            try:
                r = farm(corpus, url, workers)
            finally:
                drop_database(args.pg_url, name)
            rate = r["files"] / r["seconds"]
            first = first or rate
            print(f"{workers:>7} {r['files']:>6} {r['failed']:>6} {r['seconds']:>8.1f} "
                  f"{rate:>8.2f} {rate * 3600:>8.0f} {rate / first:>8.2f} "
                  f"{workers * r['seconds'] / r['files']:>13.3f} "
                  f"{r['busy'] / r['files']:>11.3f} {r['load']:>5.1f}", flush=True)


if __name__ == "__main__":
    main()
