"""The marginal cost of a document in machine instructions, which no other load changes.

    python bench/bench_instructions.py [--formats pdf,docx] [--what ingest,read,reference]

On a shared machine CPU seconds stretch with the other processes (the same code measured
0.13× and 0.18× pdfplumber's within minutes), so the ratios issue 16 sets are measured
here in instructions, counted by valgrind's callgrind: each measurement runs in a fresh
process for 1 and for 3 distinct documents (`bench_ingest.make_corpus`: copies of the
seed with another unit, year and value), and the difference, halved, is one more
document, start-up and first-use costs cancelled.  What is measured, per format:

- ingest: the whole of `jixiao ingest` for one more document (hash, read, layout,
  normalize, payload, store into SQLite, the run log), parsed in the writer's process
  (`--jobs 1`, inline);
- read: the reader alone;
- reference: for PDF, pdfplumber's `extract_tables` on every page (issue 16: the
  marginal cost of a page ≤ 0.15× it); for .docx, the floor, unzip + lxml parse of
  word/document.xml (the marginal cost of a document within 3× it).

Needs valgrind; slow (callgrind runs Python some fifty times slower: about half an hour
for both formats on a loaded 2-core machine).  Figures depend on the Python build, not
on the machine's load.
"""

from __future__ import annotations

import argparse
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

REFERENCE = {"pdf": "pdfplumber extract_tables", "docx": "unzip + lxml (the floor)"}


def work(fmt: str, folder: Path, what: str) -> None:
    """The measured work over every file of `folder` (run inside callgrind)."""
    logging.disable(logging.WARNING)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if what == "ingest":
        from jixiao.ingest import pipeline
        from jixiao.store.db.engine import open_engine

        tmp = tempfile.mkdtemp(prefix="bench-instructions-")
        try:
            engine = open_engine(f"sqlite:///{tmp}/db.sqlite")
            summary = pipeline.ingest(engine, [folder], pipeline.Options(jobs=1, inline=True))
            engine.dispose()
        finally:
            shutil.rmtree(tmp)
        if any(f.outcome != "ingested" for f in summary.files):
            raise SystemExit(f"not ingested: {[f.reason for f in summary.files]}")
    elif what == "read":
        from jixiao.parsers.readers import reader_for

        for f in files:
            reader_for(fmt)(f)
    elif fmt == "pdf":
        import pdfplumber

        for f in files:
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
    else:
        from lxml import etree

        for f in files:
            with zipfile.ZipFile(f) as z:
                etree.fromstring(z.read("word/document.xml"))


def instructions(fmt: str, folder: Path, what: str) -> int:
    """Instructions of one fresh process doing `work` (bytecode caches written first)."""
    args = [sys.executable, __file__, "--work", fmt, str(folder), what]
    subprocess.run(args, check=True, capture_output=True)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *args], check=True, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def marginal(fmt: str, folders: dict[int, Path], what: str) -> float:
    """Instructions of one more document: (3 documents − 1 document) / 2."""
    return (instructions(fmt, folders[3], what) - instructions(fmt, folders[1], what)) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", default="pdf,docx")
    ap.add_argument("--what", default="ingest,read,reference")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    from bench_ingest import make_corpus

    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        for fmt in (f for f in args.formats.split(",") if f):
            folders = {k: Path(tmp) / f"{fmt}_{k}" for k in (1, 3)}
            for k, folder in folders.items():
                make_corpus(folder, {fmt: k})
            got = {w: marginal(fmt, folders, w) for w in args.what.split(",") if w}
            print(f"\n{fmt}: instructions of one more document (millions; 3 − 1 documents, "
                  "halved)")
            for w, n in got.items():
                label = REFERENCE[fmt] if w == "reference" else w
                print(f"  {label:34} {n / 1e6:9.1f}")
            if "reference" in got:
                for w in ("ingest", "read"):
                    if w in got:
                        print(f"  {w} / reference: {got[w] / got['reference']:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--work":
        work(sys.argv[2], Path(sys.argv[3]), sys.argv[4])
    else:
        main()
