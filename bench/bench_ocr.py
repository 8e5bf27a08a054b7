"""How fast and how well scans are read by OCR (`jixiao.parsers.readers.ocr`), against the
plain routes: RapidOCR's whole pipeline (text detection, then recognition) on the page, and
Tesseract (chi_sim) on the page.

    python bench/bench_ocr.py [--no-baseline] [PATH ...]   (paths under samples/, default:
                                                            every scan in samples/scans.py)
    python bench/bench_ocr.py --unseen DIR [--no-baseline]  (the unseen batch that
                                                            `python samples/scans.py --unseen
                                                            DIR` wrote there)

Each sample is read in a fresh process per method, so that the model's load and the peak
memory are that run's own:

- ours: the file ingested as `jixiao ingest` does it (page geometry, ruling lines, the
  cells' text lines recognised in batches, then layout, normalisation and the store),
  scored against the source's golden as the tests score it (structure, values, project
  fields: tests/parsers/readers/ocr/accuracy.py); seconds per scanned page;
- rapidocr: `RapidOCR()` on the whole page image (rendered at the same resolution);
- tesseract: the `tesseract` command (apt's tesseract-ocr and tesseract-ocr-chi-sim; not
  a dependency of jixiao: the method is skipped without it) on the same page image, with
  `chi_sim`, two threads;
- the baselines find text, not tables, so all three are also measured the one way they
  can be compared: the share of the golden's 指标值 texts found in what was read (value
  recall).

Seconds per page are wall clock and CPU of reading the scanned pages (on a shared machine
other processes stretch wall clock): ours with the model already loaded (a worker's
second file), the baselines with their load; `ingest s` is ours for the whole first
ingest (model load, layout, normalisation, the store).  Peak memory is the process's
maximum resident size (Tesseract's: its own processes').  The last lines add the samples
up: seconds per page over all pages, the scores over all rows and fields.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samples.registry import SAMPLES  # noqa: E402
from samples.scans import SCANS  # noqa: E402


def _squash(s: str) -> str:
    return "".join(s.split())


UNSEEN_ENV = "JIXIAO_BENCH_UNSEEN"  # the folder of an unseen batch (`--unseen`)


def source_of(path: str) -> tuple[Path, str, int | None]:
    """The file of the sample `path`, the sample it was made from (whose golden is the
    truth), and how many of that one's projects it holds (None: all): a scan sample of
    samples/scans.py, or one of the unseen batch in the folder `--unseen` names."""
    folder = os.environ.get(UNSEEN_ENV)
    if folder:
        index = json.loads((Path(folder) / "index.json").read_text(encoding="utf-8"))
        if path in index:
            return Path(folder) / path, index[path], None
    named = [s for s in SCANS if s.path == path or SAMPLES / s.path == Path(path).resolve()]
    if not named:
        raise SystemExit(f"{path}: not a scan sample of samples/scans.py (give it as scans/NAME)")
    [scan] = named
    return SAMPLES / scan.path, scan.source, scan.projects


def golden_values(path: str) -> list[str]:
    from tests.parsers.readers.ocr.accuracy import truth_from_golden

    _, source, projects = source_of(path)
    truth = truth_from_golden(source, projects)
    return [_squash(row[3]) for p in truth["projects"] for row in p["indicators"] if row[3]]


def recall(values: list[str], text: str) -> float:
    squashed = _squash(text)
    return sum(v in squashed for v in values) / len(values) if values else 1.0


def page_images(path: Path) -> list[Any]:
    """The pages as BGR arrays, as the reader sees them (every page of a PDF here)."""
    from jixiao.parsers.readers.limits import LIMITS
    from jixiao.parsers.readers.ocr import image_frames, page_image

    if path.suffix.lower() != ".pdf":
        return list(image_frames(path, LIMITS))
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        return [page_image(doc, i + 1, {})[0] for i in range(len(doc))]
    finally:
        doc.close()


def run_ours(path: str) -> dict[str, Any]:
    """The file ingested as `jixiao ingest` does (read, normalised, stored), then scored;
    then read again in the same process (the model loaded), for the time a page takes."""
    from jixiao.parsers.parse import read_source
    from tests.documents.scoring import export_documents, score
    from tests.parsers.readers.ocr.accuracy import truth_from_golden

    file, source, projects = source_of(path)
    t0, c0 = time.monotonic(), time.process_time()
    docs, failures = export_documents([file])
    ingest_wall, ingest_cpu = time.monotonic() - t0, time.process_time() - c0
    s = score(truth_from_golden(source, projects), docs)
    s.misses[:0] = [f"failed: {f.split(': ', 1)[-1]}" for f in failures]
    readings = [json.loads(i["extra"]["ocr"]) for d in docs for p in d["projects"]
                for i in p["indicators"] if "ocr" in (i.get("extra") or {})]
    scanned = {c["page"] for cells in readings for c in cells}
    t0, c0 = time.monotonic(), time.process_time()
    read_source(file)
    wall, cpu = time.monotonic() - t0, time.process_time() - c0
    text = json.dumps(docs, ensure_ascii=False)
    return {"pages": len(scanned) or 1, "wall": wall, "cpu": cpu, "ingest_wall": ingest_wall,
            "ingest_cpu": ingest_cpu, "recall": recall(golden_values(path), text),
            "counts": {"structure": s.rows, "values": s.values, "project fields": s.fields},
            "failed": [m for m in s.misses if m.startswith("failed: ")], **s.ratios()}


def run_rapidocr(path: str) -> dict[str, Any]:
    from rapidocr import RapidOCR

    images = page_images(source_of(path)[0])
    t0, c0 = time.monotonic(), time.process_time()
    engine = RapidOCR()
    texts = [" ".join(engine(img).txts or ()) for img in images]
    wall, cpu = time.monotonic() - t0, time.process_time() - c0
    return {"pages": len(images), "wall": wall, "cpu": cpu,
            "recall": recall(golden_values(path), " ".join(texts))}


TESSERACT = ["tesseract", "-l", "chi_sim", "--psm", "6"]  # a page as one block of text


def run_tesseract(path: str) -> dict[str, Any]:
    import cv2

    images = page_images(source_of(path)[0])
    texts = []
    wall = cpu = 0.0
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        for k, img in enumerate(images):
            png = Path(tmp) / f"page{k}.png"
            cv2.imwrite(str(png), img)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.monotonic()
            proc = subprocess.run([*TESSERACT[:1], str(png), "stdout", *TESSERACT[1:]],
                                  capture_output=True, text=True, check=True,
                                  env={**os.environ, "OMP_THREAD_LIMIT": "2"})
            wall += time.monotonic() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu += (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            texts.append(proc.stdout)
    return {"pages": len(images), "wall": wall, "cpu": cpu,
            "recall": recall(golden_values(path), " ".join(texts)),
            "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


RUNS = {"ours": run_ours, "rapidocr": run_rapidocr, "tesseract": run_tesseract}


def one(path: str, method: str) -> None:
    out = RUNS[method](path)
    out.setdefault("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--unseen", metavar="DIR", help="the unseen batch written there by "
                    "`python samples/scans.py --unseen DIR`, instead of the samples")
    ap.add_argument("--one", nargs=2, metavar=("PATH", "METHOD"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        one(*args.one)
        return 0
    from jixiao.parsers.readers.ocr import available

    if not available():
        print("skipped: the OCR extra is not installed (pip install 'jixiao[ocr]')")
        return 0
    methods = ["ours"] if args.no_baseline else ["ours", "rapidocr"]
    if not args.no_baseline:
        if shutil.which(TESSERACT[0]):
            methods.append("tesseract")
        else:
            print("tesseract: skipped, the tesseract command is not installed "
                  "(apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    if args.unseen:
        os.environ[UNSEEN_ENV] = str(Path(args.unseen).resolve())  # for the runs below
        index = json.loads((Path(args.unseen) / "index.json").read_text(encoding="utf-8"))
    paths = args.paths or (list(index) if args.unseen else [s.path for s in SCANS])
    changed = uncommitted()
    if changed:  # other work in the same tree changes what is measured (a sample read as
        # nothing while a reader's edit was half done): say so beside the figures
        print(f"note: measured with uncommitted changes in {', '.join(changed)}")
    print(f"{'sample':34} {'method':9} {'s/page':>7} {'cpu/page':>8} {'ingest s':>8} "
          f"{'peak MB':>8} {'recall':>6} {'struct':>6} {'values':>6} {'fields':>6}")
    results: dict[str, list[dict[str, Any]]] = {m: [] for m in methods}
    for path in paths:
        for method in methods:
            proc = subprocess.run([sys.executable, __file__, "--one", path, method],
                                  capture_output=True, text=True, check=False)
            if proc.returncode:
                print(f"{path:34} {method:9} failed: {proc.stderr.strip()[-300:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results[method].append(r)
            print(row(path, method, r))
            for reason in r.get("failed", []):  # a file that fails scores 0: say why
                print(f"{'':34} {method:9} {reason[:300]}")
    for method, rs in results.items():
        if rs:
            print(row("all", method, total(rs)))
    return 0


def uncommitted() -> list[str]:
    """The code folders with uncommitted changes (git status), if any."""
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--", *CODE], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return sorted({line[3:].split("/")[0] for line in out.splitlines() if line[3:]})


CODE = ("parsers", "normalize", "ingest", "store", "jixiao")


def row(name: str, method: str, r: dict[str, Any]) -> str:
    n = r["pages"]
    scores = " ".join(f"{r[k]:6.3f}" if k in r else f"{'-':>6}"
                      for k in ("structure", "values", "project fields"))
    ingest = f"{r['ingest_wall']:8.2f}" if "ingest_wall" in r else f"{'-':>8}"
    return (f"{name:34} {method:9} {r['wall'] / n:7.2f} {r['cpu'] / n:8.2f} {ingest} "
            f"{r['peak_mb']:8.0f} {r['recall']:6.3f} {scores}")


def total(rs: list[dict[str, Any]]) -> dict[str, Any]:
    """The samples added up: time over all pages, recall averaged over the samples, the
    scores over all rows and fields, the largest peak."""
    out: dict[str, Any] = {k: sum(r[k] for r in rs) for k in ("pages", "wall", "cpu")}
    out["peak_mb"] = max(r["peak_mb"] for r in rs)
    out["recall"] = sum(r["recall"] for r in rs) / len(rs)
    if all("counts" in r for r in rs):
        out["ingest_wall"] = sum(r["ingest_wall"] for r in rs)
        for k in rs[0]["counts"]:
            hits = sum(r["counts"][k][0] for r in rs)
            of = sum(r["counts"][k][1] for r in rs)
            out[k] = hits / of if of else 1.0
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
