"""Where the time of one more document goes: the marginal cost by stage, against the floor.

    python bench/bench_stages.py [--small 100] [--large 200] [--formats docx,txt,xlsx,pdf]
                                 [--backends sqlite,postgresql] [--jobs 1,2] [--no-startup]

For each format, two corpora of distinct documents (`bench_ingest.make_corpus`: copies
of the samples with another unit, year and value) are ingested, each in a fresh process
and a fresh database; the marginal cost of a document is the difference of the two runs
divided by the difference of their sizes, so that start-up cancels.  CPU time throughout
(`time.process_time` and the children's rusage), since on a shared machine other
processes stretch wall-clock times unevenly; wall time is printed beside it.

- stages (`--jobs 1`, parsed in the writer's process so that every stage can be timed):
  detect + hash, read, layout, normalize, build payload (the rest of it), store, and
  the writer's own work per document (discovery, the stored-hash check, the run log);
- the floor, measured in the same process on the same files: unzip + lxml parse of
  word/document.xml for .docx, the file read for .txt, openpyxl's read-only load of
  every cell for .xlsx, and for PDF the decoding of every page's content streams; for
  PDF also pdfplumber's `extract_tables` per page, the reference of issue 16, and the
  reader alone beside it, file by file (so that load changes stretch both alike);
- the command's own path (`--jobs 1` and `--jobs 2`, worker processes, on each
  backend): marginal wall and CPU per document, the writer's and the workers' CPU
  apart, and the speed-up of 2 jobs over 1;
- start-up: one file through `jixiao ingest`, wall time, split into its parts.

Figures depend on the machine; `os.cpu_count()` is printed with them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import PG_URL, Databases, make_corpus  # noqa: E402

# PDF documents cost far more each: fewer of them give the same precision in the same time.
SIZE_SHARE = {"pdf": 0.2, "xlsx": 0.5}
STAGES = ("detect+hash", "read", "layout", "normalize", "payload", "store", "writer")
SEED_DOCX = ROOT / "samples" / "seed" / "老庄子镇_2021.docx"
CPU: dict[str, float] = dict.fromkeys(STAGES, 0.0)  # the stage split of one run


# --- the stages, timed (in the `--one` process) -------------------------------------------


@contextlib.contextmanager
def stage(name: str) -> Iterator[None]:
    t0 = time.process_time()
    try:
        yield
    finally:
        CPU[name] += time.process_time() - t0


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kw: Any) -> Any:
        with stage(name):
            return fn(*args, **kw)

    return wrapper


def staged_parse(task: Any) -> Any:
    """`jixiao.ingest.worker.parse_task`, step by step, each step timed."""
    from jixiao.ingest.build import build_payload
    from jixiao.ingest.worker import Parsed
    from jixiao.parsers.layout.docfields import UnitAndYear
    from jixiao.parsers.layout.document import to_document_record
    from jixiao.parsers.readers import reader_for
    from jixiao.parsers.readers.detect import detect_format
    from jixiao.parsers.readers.safety import check_source

    t0 = time.perf_counter()
    path = Path(task.path)
    with stage("detect+hash"):
        fmt = detect_format(path)
    with stage("read"):
        src = check_source(reader_for(fmt)(path))
    with stage("layout"):
        rec = to_document_record(src, file_name=task.source)
    with stage("payload"):  # normalize's share is moved to its own stage as it runs
        payload = build_payload(
            rec, source=task.source, sha256=task.sha256, size_bytes=task.size,
            origin=task.origin or task.display, given=UnitAndYear(task.unit_name, task.year),
            folder=UnitAndYear(task.path_unit_name, task.path_year),
        )
    return Parsed(task, payload, None, time.perf_counter() - t0)


def _normalize_apart(fn: Callable[..., Any]) -> Callable[..., Any]:
    """normalize_value timed, its time taken out of the payload stage it runs in."""
    def wrapper(*args: Any, **kw: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kw)
        finally:
            spent = time.process_time() - t0
            CPU["normalize"] += spent
            CPU["payload"] -= spent

    return wrapper


def floor(fmt: str, files: list[Path]) -> dict[str, float]:
    """CPU seconds of the floor over the files (and pdfplumber's, for PDF)."""
    t0 = time.process_time()
    pages = 0
    for f in files:
        if fmt == "docx":
            from lxml import etree

            with zipfile.ZipFile(f) as z:
                etree.fromstring(z.read("word/document.xml"))
        elif fmt == "txt":
            f.read_text(encoding="utf-8")
        elif fmt == "xlsx":
            import openpyxl

            wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
            for ws in wb.worksheets:
                for _row in ws.iter_rows(values_only=True):
                    pass
            wb.close()
        elif fmt == "pdf":
            pages += _pdf_streams(f)
    out = {"floor": time.process_time() - t0, "pages": float(pages)}
    if fmt == "pdf":
        import pdfplumber

        from jixiao.parsers.readers.pdf import read

        # file by file, pdfplumber and then the reader alone on the same file, so that a
        # change of load on a shared machine stretches both alike
        out["pdfplumber"] = out["reader"] = 0.0
        for f in files:
            t0 = time.process_time()
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
            t1 = time.process_time()
            read(f)
            out["pdfplumber"] += t1 - t0
            out["reader"] += time.process_time() - t1
    return out


def _pdf_streams(path: Path) -> int:
    """Decode every page's content streams (pdfminer); the number of pages."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    n = 0
    with path.open("rb") as fp:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(fp))):
            contents = page.contents if isinstance(page.contents, list) else [page.contents]
            for s in contents:
                resolve1(s).get_data()
            n += 1
    return n


def one(folder: str, url: str, jobs: int, staged: bool) -> dict[str, Any]:
    """Ingest `folder` into `url` (run by `--one`, in a fresh process); figures as JSON."""
    import multiprocessing.forkserver

    from jixiao.ingest import build, pipeline
    from jixiao.store.db.engine import open_engine

    files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
    fmt = files[0].suffix.lstrip(".")
    engine = open_engine(url)
    options = pipeline.Options(jobs=jobs, inline=False)
    if staged:
        options = pipeline.Options(jobs=1, inline=True, parse=staged_parse)
        pipeline.sha256_of = timed("detect+hash", pipeline.sha256_of)  # type: ignore[attr-defined]
        pipeline._store = timed("store", pipeline._store)  # type: ignore[attr-defined]
        build.normalize_value = _normalize_apart(build.normalize_value)  # type: ignore[attr-defined]
    cpu0, t0 = time.process_time(), time.perf_counter()
    summary = pipeline.ingest(engine, [Path(folder)], options)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - t0
    engine.dispose()
    multiprocessing.forkserver._forkserver._stop()  # type: ignore[attr-defined]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the fork server and workers
    out: dict[str, Any] = {
        "n": len(files), "wall": wall, "writer_cpu": cpu,
        "workers_cpu": children.ru_utime + children.ru_stime,
        "failed": [(f.file, f.reason) for f in summary.files if f.outcome != "ingested"][:3],
    }
    if staged:
        CPU["writer"] = cpu - sum(CPU.values())
        out["stages"] = dict(CPU)
        out.update(floor(fmt, files))
    return out


# --- the report -------------------------------------------------------------------------


def run_one(folder: Path, url: str, jobs: int, staged: bool) -> dict[str, Any]:
    args = [sys.executable, __file__, "--one", str(folder), url, str(jobs), str(int(staged))]
    out = subprocess.run(args, capture_output=True, text=True, check=False, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"run failed ({url}, --jobs {jobs}):\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if result["failed"]:
        print(f"  warning: not ingested: {result['failed'][0]}")
    return result


def marginal(small: dict[str, Any], large: dict[str, Any], key: str) -> float:
    """Seconds per extra document."""
    return (large[key] - small[key]) / (large["n"] - small["n"])


def report_format(work: Path, dbs: Databases, fmt: str, sizes: tuple[int, int],
                  backends: list[str], jobs_list: list[int]) -> None:
    share = SIZE_SHARE.get(fmt, 1.0)
    sizes = (max(2, int(sizes[0] * share)), max(4, int(sizes[1] * share)))
    folders = []
    for n in sizes:
        folder = work / f"{fmt}_{n}"
        make_corpus(folder, {fmt: n})
        folders.append(folder)
    dn = sizes[1] - sizes[0]
    runs = [run_one(f, dbs.new("sqlite"), 1, True) for f in folders]
    small, large = runs
    split = {s: (large["stages"][s] - small["stages"][s]) / dn for s in STAGES}
    total = sum(split.values())
    base = (large["floor"] - small["floor"]) / dn
    print(f"\n{fmt}: marginal CPU ms per document ({sizes[1]} − {sizes[0]} documents, "
          "--jobs 1 parsed in the writer, SQLite)")
    for s in STAGES:
        print(f"  {s:12} {1000 * split[s]:8.2f} ms  {split[s] / total:6.1%}")
    print(f"  {'total':12} {1000 * total:8.2f} ms  = {total / base:.1f}× the floor "
          f"({1000 * base:.2f} ms)")
    if split["read"] > 0:
        print(f"  layout / read: {split['layout'] / split['read']:.2f}  (goal ≤ 1 for docx)")
    if fmt == "pdf":
        pages = (large["pages"] - small["pages"]) / dn
        plumber = (large["pdfplumber"] - small["pdfplumber"]) / dn
        reader = (large["reader"] - small["reader"]) / dn
        print(f"  per page ({pages:g} a document): {1000 * total / pages:.2f} ms, "
              f"pdfplumber extract_tables {1000 * plumber / pages:.2f} ms: "
              f"{total / plumber:.2f}× (goal ≤ 0.15)")
        print(f"  the reader alone, file by file beside pdfplumber: {1000 * reader / pages:.2f} "
              f"ms a page, {reader / plumber:.2f}× pdfplumber's")
    for backend in backends:
        walls: dict[int, float] = {}
        for jobs in jobs_list:
            a, b = (run_one(f, dbs.new(backend), jobs, False) for f in folders)
            wall, w_cpu, k_cpu = (marginal(a, b, k) for k in ("wall", "writer_cpu",
                                                              "workers_cpu"))
            walls[jobs] = wall
            print(f"  {backend:10} --jobs {jobs}: {1000 * wall:7.2f} ms wall, CPU "
                  f"{1000 * (w_cpu + k_cpu):7.2f} ms ({1000 * w_cpu:.2f} writer, "
                  f"{1000 * k_cpu:.2f} workers) = {(w_cpu + k_cpu) / base:.1f}× the floor; "
                  f"{1 / wall:5.1f} docs/s")
        if 1 in walls and 2 in walls:
            print(f"  {backend:10} speed-up of --jobs 2 over --jobs 1 (marginal wall): "
                  f"{walls[1] / walls[2]:.2f}×")


def startup(work: Path) -> None:
    """One file through the command, wall time, and its parts."""
    def wall(args: list[str], fresh: bool, repeat: int = 5) -> float:
        best = float("inf")
        db = work / "startup.db"
        for _ in range(repeat):
            if fresh:
                for p in work.glob("startup.db*"):
                    p.unlink()
            else:  # an existing database, current schema; the file is new to it
                seed = work / f"seed{time.monotonic_ns()}.txt"
                seed.write_text(SEED_DOCX.with_suffix(".txt").read_text(encoding="utf-8")
                                + f"\n{seed.name}\n", encoding="utf-8")
            t0 = time.perf_counter()
            subprocess.run([*args, str(SEED_DOCX if fresh else seed)], check=True,
                           capture_output=True, cwd=ROOT,
                           env={**os.environ, "JIXIAO_DB": f"sqlite:///{db}"})
            best = min(best, time.perf_counter() - t0)
        return best

    jixiao = str(Path(sys.executable).with_name("jixiao"))
    command = [jixiao, "ingest", "--jobs", "1"]
    fresh = wall(command, fresh=True)
    existing = wall(command, fresh=False)
    print(f"\nstart-up: `jixiao ingest --jobs 1` of one file, wall (best of 5; goal ≤ 1.5 s): "
          f"{fresh:.2f} s into a new database, {existing:.2f} s into an existing one")
    parts = subprocess.run([sys.executable, __file__, "--startup-parts", str(work)], check=True,
                           capture_output=True, text=True, cwd=ROOT).stdout
    print(parts.rstrip())


def startup_parts(work: Path) -> None:
    """The parts of a one-file ingest, in one fresh process (wall seconds; the fork
    server's own start overlaps the imports and shows in the first worker's wait)."""
    t0 = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def mark(what: str) -> None:
        marks.append((what, time.perf_counter()))

    import jixiao.ingest.cli.main  # noqa: F401

    mark("import the command")
    from jixiao.ingest.worker import start_fork_server

    start_fork_server()  # as the command does: it loads the readers meanwhile
    mark("start the fork server (it loads in the background)")
    from jixiao.ingest import pipeline
    from jixiao.store.db.engine import open_engine

    mark("import the pipeline and the store")
    url = f"sqlite:///{work}/parts.db"
    open_engine(url).dispose()
    mark("create the database")
    engine = open_engine(url)
    mark("open it again (schema check)")
    pipeline.ingest(engine, [SEED_DOCX], pipeline.Options(jobs=1, inline=False))
    mark("ingest one file (first worker, parse, store)")
    pipeline.ingest(engine, [SEED_DOCX.with_suffix(".txt")], pipeline.Options(jobs=1,
                                                                               inline=True))
    mark("  for scale: one more file parsed in-process")
    before = t0
    for what, at in marks:
        print(f"  {what:46} {at - before:6.3f} s")
        before = at


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--large", type=int, default=200)
    ap.add_argument("--formats", default="docx,txt,xlsx,pdf")
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--pg-url", default=PG_URL)
    ap.add_argument("--no-startup", action="store_true")
    args = ap.parse_args()
    backends = [b for b in args.backends.split(",") if b]
    if "postgresql" in backends and not _pg_reachable(args.pg_url):
        print(f"(PostgreSQL at {args.pg_url} unreachable: SQLite only)")
        backends.remove("postgresql")
    print(f"machine: {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        work = Path(tmp)
        dbs = Databases(work, args.pg_url)
        try:
            for fmt in (f for f in args.formats.split(",") if f):
                report_format(work, dbs, fmt, (args.small, args.large), backends,
                              [int(j) for j in args.jobs.split(",") if j])
            if not args.no_startup:
                startup(work)
        finally:
            dbs.drop()


def _pg_reachable(url: str) -> bool:
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:  # any failure: the backend is skipped, with a note
        return False
    return True


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1")))
    elif len(sys.argv) == 3 and sys.argv[1] == "--startup-parts":
        startup_parts(Path(sys.argv[2]))
    else:
        main()
