"""The real tables read again in the other formats they are published in.

    python -m tests.documents.crossformat [--out DIR] [--only KIND,…] [MODULE …]

A table published as a web page is also printed to PDF and saved as a workbook; a Word
file is also exported to PDF; a workbook is printed and saved in the old format.  Each
real sample (samples/real/, its truth in tests/documents/real/) is converted the way its
publishers convert it, read, and scored against the same truth as its source:

    word-pdf    .docx/.doc → PDF, LibreOffice Writer (Word's "save as PDF" does the same)
    html-pdf    .html → PDF, Chromium's print (a page saved from the browser)
    html-xlsx   .html → .xlsx, LibreOffice Calc's web-page import (a table pasted in Excel)
    html-docx   .html → .docx, LibreOffice Writer (a page pasted into Word)
    xlsx-pdf    .xlsx → PDF, LibreOffice Calc, fitted to the page's width with rows as tall
                as their wrapped text, as a clerk sets a sheet before printing it (a sheet
                printed as it was saved by a program splits its columns over pages and
                clips its texts: no one publishes that)
    xlsx-xls    .xlsx → .xls, LibreOffice Calc
    text        .docx/.doc/.html/.xlsx → Word's plain-text export (the seed's format: a cell
                a line after a TAB, a row ended by a blank line, a merged cell's other rows
                blank, its columns one cell), written from the source's cells as read

A conversion that reads worse than its source is listed with its misses; where the only
difference is where a space stands (a PDF cannot show a line break typed inside a cell as
other than a wrap: 产出 / 指标 printed in a narrow cell reads 产出指标), it is counted apart.
Needs LibreOffice (and Chromium for html-pdf); not run by the tests: the conversions take
a few minutes.  The figures of each run are in the README.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jixiao.parsers.grid import SourceDocument, Table
from tests.documents.scoring import Score, export_documents, score, truth_of

KINDS = ("word-pdf", "html-pdf", "html-xlsx", "html-docx", "xlsx-pdf", "xlsx-xls", "text")
# not run unless asked (--only): a sheet printed with no borders at all, as a clerk who
# never set them prints it (Excel and LibreOffice print no gridlines by default)
MORE_KINDS = ("xlsx-pdf-borderless",)
_SOURCE_SUFFIXES = {"word-pdf": (".docx", ".doc"), "html-pdf": (".html",),
                    "html-xlsx": (".html",), "html-docx": (".html",), "xlsx-pdf": (".xlsx",),
                    "xlsx-pdf-borderless": (".xlsx",), "xlsx-xls": (".xlsx",),
                    "text": (".docx", ".doc", ".html", ".xlsx")}
_TARGET = {"word-pdf": ".pdf", "html-pdf": ".pdf", "html-xlsx": ".xlsx", "html-docx": ".docx",
           "xlsx-pdf": ".pdf", "xlsx-pdf-borderless": ".pdf",
           "xlsx-xls": ".xls", "text": ".txt"}
_BATCH = 20  # files to one LibreOffice start


def _soffice(files: list[Path], out: Path, target: str, *extra: str) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-writer-nogui "
                         "libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory(prefix="jixiao-crossformat-") as profile:
        for i in range(0, len(files), _BATCH):
            subprocess.run([exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                            "--norestore", *extra, "--convert-to", target, "--outdir", str(out),
                            *map(str, files[i:i + _BATCH])],
                           capture_output=True, timeout=1800, check=False)


def _chromium_pdf(files: list[Path], out: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which(
        "google-chrome")
    if exe is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium), needed for "
                         "html-pdf")
    for f in files:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={out / (f.stem + '.pdf')}",
                        f.as_uri()], capture_output=True, timeout=300, check=False)


def _text_units(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fitted_for_print(src: Path, dest: Path, *, borders: bool = True) -> None:
    """The workbook set up for printing as a clerk sets it: each sheet fitted to the page's
    width, every filled cell wrapping its text, each row as tall as its tallest cell's
    lines (a character's width and a line's 15 points, Excel's default font); with
    `borders=False`, every cell's borders taken away."""
    import openpyxl
    from openpyxl.styles import Alignment, Border
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = openpyxl.load_workbook(src)
    for ws in wb.worksheets:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        width = {}
        for col in range(1, ws.max_column + 1):
            dim = ws.column_dimensions.get(get_column_letter(col))
            width[col] = dim.width if dim is not None and dim.width else 8.43
        spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1,
                                          sum(width[c] for c in range(m.min_col, m.max_col + 1)))
                 for m in ws.merged_cells.ranges}
        height: dict[int, float] = {}
        for row in ws.iter_rows():
            for cell in row:
                if not borders:
                    cell.border = Border()
                if cell.value is None:
                    continue
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal=cell.alignment.horizontal)
                rows, w = spans.get((cell.row, cell.column), (1, width[cell.column]))
                lines = sum(max(1, math.ceil(_text_units(part) / max(w - 1, 1)))
                            for part in str(cell.value).split("\n"))
                for r in range(cell.row, cell.row + rows):
                    height[r] = max(height.get(r, 15.0), lines * 15.0 / rows)
        for r, h in height.items():
            ws.row_dimensions[r].height = h
    wb.save(dest)


def convert(kind: str, sources: list[Path], out: Path) -> None:
    """Write the `kind` conversion of each source into `out` (same stem)."""
    out.mkdir(parents=True, exist_ok=True)
    if kind == "word-pdf":
        _soffice(sources, out, "pdf")
    elif kind == "html-pdf":
        _chromium_pdf(sources, out)
    elif kind == "html-xlsx":
        _soffice(sources, out, "xlsx", "--infilter=HTML (StarCalc)")
    elif kind == "html-docx":
        _soffice(sources, out, "docx:MS Word 2007 XML")
    elif kind in ("xlsx-pdf", "xlsx-pdf-borderless"):
        with tempfile.TemporaryDirectory(prefix="jixiao-fitted-") as tmp:
            fitted = []
            for s in sources:
                fitted_for_print(s, Path(tmp) / s.name, borders=kind == "xlsx-pdf")
                fitted.append(Path(tmp) / s.name)
            _soffice(fitted, out, "pdf")
    elif kind == "xlsx-xls":
        _soffice(sources, out, "xls")
    elif kind == "text":
        for s in sources:
            dest = converted_path(kind, out, s)
            dest.parent.mkdir(exist_ok=True)
            dest.write_text(as_word_text(s), encoding="utf-8")


def converted_path(kind: str, out: Path, src: Path) -> Path:
    """Where `convert` writes the conversion of `src` (the text of x.docx and of x.html
    apart, each under its name)."""
    if kind == "text":
        return out / src.suffix[1:] / (src.stem + ".txt")
    return out / (src.stem + _TARGET[kind])


def as_word_text(src: Path) -> str:
    """The document as Word's plain-text export writes it: a paragraph a line; a table row
    its cells, each a line opening with a TAB (a cell's further lines after it, without
    one; an empty cell, or a merged cell's rows after its first, a bare TAB), then a blank
    line.  Merges are lost as Word loses them: the text says no more than that."""
    from jixiao.parsers.parse import read_source

    return grid_as_word_text(read_source(src))


def grid_as_word_text(doc: SourceDocument) -> str:
    """A document's grid as Word's plain-text export writes it (`as_word_text`)."""
    out: list[str] = []
    for block in doc.blocks:
        if not isinstance(block, Table):
            out += [block.text.replace("\t", " "), ""]
            continue
        for row in block.rows:
            for cell in row.cells:
                lines = cell.text.replace("\t", " ").split("\n")
                if cell.merged_above or not cell.text.strip():
                    lines = [""]
                out += ["\t" + lines[0], *lines[1:]]
            out.append("")
    return "\n".join(out) + "\n"


def unspaced(obj: Any) -> Any:
    """Every text with its whitespace taken out: the same reading but for where spaces and
    line breaks stand."""
    if isinstance(obj, str):
        return "".join(obj.split())
    if isinstance(obj, list):
        return [unspaced(x) for x in obj]
    if isinstance(obj, dict):  # (a typed value, and a truth's value in short, as they are)
        return {k: v if k == "value" else [[*unspaced(r[:4]), *r[4:]] for r in v]
                if k == "indicators" and v and isinstance(v[0], list) else unspaced(v)
                for k, v in obj.items()}
    return obj


def _scored(module: str, path: Path) -> tuple[Score, Score]:
    truth = truth_of(module)
    docs, failures = export_documents([path])
    s = score(truth, docs)
    s.misses[:0] = [f"failed: {f.split(': ', 1)[-1]}" for f in failures]
    return s, score(unspaced(truth), unspaced(docs))


def how_worse(got: Score, got_unspaced: Score, was: Score, was_unspaced: Score
              ) -> str | None:
    """"worse", "worse only in spaces" (the same once every text's spaces are taken out), or
    None where `got` reads as well as `was` by every measure."""
    if not _worse(got, was):
        return None
    return "worse only in spaces" if not _worse(got_unspaced, was_unspaced) else "worse"


def _worse(a: Score, b: Score) -> bool:
    ra, rb = a.ratios(), b.ratios()
    return any(ra[k] < rb[k] - 1e-9 for k in ra)


def main(argv: list[str], say: Callable[[str], None] = print) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--out", type=Path, default=None, help="keep the converted files here")
    ap.add_argument("--only", default=",".join(KINDS))
    args = ap.parse_args(argv)
    from samples.build import load
    from samples.real_tables import REAL
    from samples.registry import SAMPLES

    load()
    out = args.out or Path(tempfile.mkdtemp(prefix="jixiao-crossformat-"))
    kinds = [k for k in args.only.split(",") if k]
    if unknown := set(kinds) - {*KINDS, *MORE_KINDS}:
        ap.error(f"no such conversion: {', '.join(sorted(unknown))} (the kinds: "
                 f"{', '.join((*KINDS, *MORE_KINDS))})")
    samples = [(real.module, SAMPLES / p) for real in REAL for p in real.paths
               if not args.modules or real.module in args.modules]
    published = {(m, p.stem, p.suffix) for m, p in samples}
    tally: Counter[tuple[str, str]] = Counter()
    for kind in kinds:
        target = _TARGET[kind]
        # a conversion the samples already hold (a real table's own PDF beside its .docx)
        # is scored with them
        sources = [(m, p) for m, p in samples if p.suffix in _SOURCE_SUFFIXES[kind]
                   and (m, p.stem, target) not in published]
        convert(kind, [p for _, p in sources], out / kind)
        for module, src in sources:
            converted = converted_path(kind, out / kind, src)
            if not converted.exists():
                tally[kind, "not converted"] += 1
                say(f"{kind:9} NOT CONVERTED {src.name}")
                continue
            got, got_unspaced = _scored(module, converted)
            was, was_unspaced = _scored(module, src)
            outcome = "exact" if got.exact else (
                how_worse(got, got_unspaced, was, was_unspaced) or "as its source")
            tally[kind, outcome] += 1
            if outcome.startswith("worse"):
                say(f"{kind:9} {outcome.upper()} {converted.name}: " + "  ".join(
                    f"{k} {v:.2f}" for k, v in got.ratios().items()))
                for m in got.misses[:6]:
                    say(f"      {m}")
    for kind in kinds:
        counts = {o: tally[kind, o] for o in ("exact", "as its source", "worse only in spaces",
                                              "worse", "not converted") if tally[kind, o]}
        say(f"{kind}: {sum(counts.values())} converted: " + ", ".join(
            f"{n} {o}" for o, n in counts.items()))
    say(f"converted files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
