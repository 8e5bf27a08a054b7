"""ofd: OFD submissions (GB/T 33190, the national format for electronic official documents).

An OFD file is a zip of XML parts: OFD.xml names the document (DocRoot), the document
lists its pages, and each page's Content.xml draws TextObjects (text at positions, one
advance per character) and PathObjects (lines, among them a table's rulings).  Like a
PDF, a table has no cells, only lines and characters, so the page is turned into the
PDF reader's plain geometry (`PageContent`: glyphs and ruling segments, in points from
the top-left corner) and the PDF reader's steps do the rest: ruled tables from the lines,
glyphs into their cells, running lines dropped, tables stitched across page breaks.

    open_zip, parse_xml   the package and every part bounded and parsed safely (`safety`)
    page_parts            OFD.xml → Document.xml → each page's Content.xml, in order
    read_page             TextObject → glyphs, PathObject → ruling segments (mm → pt)
    blocks                `jixiao.parsers.readers.pdf.blocks`, as for a PDF

Not read: templates (TemplatePage), annotations and signatures, which hold the stamp and
the background, never the table.
"""

from __future__ import annotations

import importlib
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Recognised, SourceDocument
from jixiao.parsers.readers import SCANS
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.pdf.blocks import (
    Item,
    carried_columns,
    drop_running_lines,
    page_items,
    to_blocks,
)
from jixiao.parsers.readers.pdf.page import Glyph, PageContent, Segment, ruling
from jixiao.parsers.readers.safety import open_zip, parse_xml, read_entry

WHAT = "the OFD file"
PT_PER_MM = 72 / 25.4
A4_MM = (210.0, 297.0)
ASCENT, DESCENT = 0.88, 0.12  # share of the font size above and below the baseline
STRAIGHT = 0.5  # pt: a segment whose ends differ by less than this across is axis-aligned
THIN = 3.0  # pt: a filled rectangle thinner than this is a drawn line
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Path operators and how many numbers each takes (GB/T 33190 table 37).
PATH_OPS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    recognised: list[Recognised] = []
    loose: list[Recognised] = []
    with open_zip(path, limits, what=WHAT) as z:
        parts = list(page_parts(z, limits))
        pages = [read_page(z, part, number, box, limits)
                 for number, (part, box) in enumerate(parts, 1)]
        scanned = [p.number for p in pages if _scanned(p)]
        ocr = importlib.import_module(SCANS) if scanned else None
        if ocr is not None and ocr.available():
            pictures = scan_pictures(z, [parts[n - 1][0] for n in scanned], limits)
            found = {n: data for n, data in zip(scanned, pictures, strict=True) if data}
            for page in ocr.read_picture_pages(found, path.name, limits):
                pages[page.content.number - 1] = page.content
                recognised += page.cells
                loose += page.lines
    if not pages:
        raise UnreadableFile("the OFD file has no pages: it is damaged; send it again")
    check_text(pages)
    items: list[list[Item]] = []
    carry: list[float] | None = None
    for p in pages:
        items.append(page_items(p, carry))
        carry = carried_columns(items[-1])
    blocks = to_blocks(drop_running_lines(items))
    if recognised:
        importlib.import_module(SCANS).attach(blocks, recognised)
    return SourceDocument(blocks=blocks, format="ofd", pages=len(pages), readings=loose)


def _scanned(page: PageContent) -> bool:
    """A page of pictures and no text: a scan saved as OFD."""
    return bool(page.images) and not any(g.text.strip() for g in page.glyphs)


# -- the package ---------------------------------------------------------------------------


def _xml(z: zipfile.ZipFile, part: str, limits: Limits) -> etree._Element:
    return parse_xml(read_entry(z, part, limits, what=WHAT), part, what=WHAT)


def _resolve(base: str, ref: str) -> str:
    """A part named in another part: absolute from the package root when it starts with
    '/', else relative to the folder of `base`."""
    ref = ref.strip().replace("\\", "/")
    joined = ref.lstrip("/") if ref.startswith("/") else posixpath.join(
        posixpath.dirname(base), ref)
    return posixpath.normpath(joined)


def document_part(z: zipfile.ZipFile, limits: Limits) -> str:
    """The main document's part (the first body's: an OFD with several bodies is a
    bundle, and the first is the main one)."""
    root = _xml(z, "OFD.xml", limits)
    doc_root = root.find(".//{*}DocBody/{*}DocRoot")
    if doc_root is None or not (doc_root.text or "").strip():
        raise UnreadableFile("OFD.xml inside the OFD file names no document (DocRoot); "
                             "it is damaged: export it again")
    return _resolve("OFD.xml", doc_root.text or "")


def page_parts(
    z: zipfile.ZipFile, limits: Limits
) -> Iterator[tuple[str, tuple[float, float]]]:
    """Each page's Content.xml and its size in mm, in the document's page order."""
    doc_part = document_part(z, limits)
    doc = _xml(z, doc_part, limits)
    default = _box(doc.find("{*}CommonData/{*}PageArea/{*}PhysicalBox")) or A4_MM
    pages = doc.findall("{*}Pages/{*}Page")
    if len(pages) > limits.max_pdf_pages:
        raise LimitExceeded(
            f"the OFD file has {len(pages)} pages, more than {limits.max_pdf_pages}; split "
            "it, or raise JIXIAO_MAX_PDF_PAGES if it is genuine"
        )
    for page in pages:
        loc = page.get("BaseLoc")
        if not loc:
            raise UnreadableFile("a page of the OFD file has no content (BaseLoc); export "
                                 "it again")
        yield _resolve(doc_part, loc), default


def _box(el: etree._Element | None) -> tuple[float, float] | None:
    """Width and height of a box "x y w h"."""
    if el is None:
        return None
    nums = _numbers(el.text)
    return (nums[2], nums[3]) if len(nums) == 4 else None


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


# -- one page ------------------------------------------------------------------------------


def read_page(
    z: zipfile.ZipFile, part: str, number: int, box: tuple[float, float], limits: Limits
) -> PageContent:
    """The page's characters and ruling lines, in points from its top-left corner."""
    root = _xml(z, part, limits)
    width, height = _box(root.find("{*}Area/{*}PhysicalBox")) or box
    page = PageContent(number, width * PT_PER_MM, height * PT_PER_MM)
    content = root.find("{*}Content")
    for el in content.iter() if content is not None else ():
        tag = etree.QName(el).localname
        if tag == "TextObject":
            page.glyphs.extend(text_glyphs(el))
        elif tag == "PathObject":
            page.segments.extend(path_segments(el))
        elif tag == "ImageObject":
            page.images += 1
    return page


def _placement(el: etree._Element) -> Matrix:
    """Object space → page mm: the object's CTM, then its Boundary's origin."""
    x, y, *_ = [*_numbers(el.get("Boundary")), 0.0, 0.0]
    ctm = _numbers(el.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else IDENTITY
    return a, b, c, d, e + x, f + y


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e) * PT_PER_MM, (b * x + d * y + f) * PT_PER_MM


def text_glyphs(obj: etree._Element) -> list[Glyph]:
    """One glyph per character of the object's TextCodes: each at its X plus the
    advances before it (DeltaX), on the baseline Y."""
    m = _placement(obj)
    scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5 or 1.0
    size = (_numbers(obj.get("Size")) or [3.5])[0]
    upright = m[0] * m[3] > 0 and abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6
    out: list[Glyph] = []
    x = y = 0.0
    for code in obj.iter("{*}TextCode"):
        text = code.text or ""
        x = _numbers(code.get("X"))[0] if code.get("X") else x
        y = _numbers(code.get("Y"))[0] if code.get("Y") else y
        deltas = deltas_of(code.get("DeltaX"), len(text), size)
        for ch, advance in zip(text, deltas, strict=True):
            x0, base = _apply(m, x, y)
            x1, _ = _apply(m, x + advance, y)
            pt = size * scale * PT_PER_MM
            out.append(Glyph(ch, min(x0, x1), max(x0, x1), base - ASCENT * pt,
                             base + DESCENT * pt, pt, upright))
            x += advance
    return out


def deltas_of(spec: str | None, n: int, size: float = 3.5) -> list[float]:
    """The advance after each of `n` characters from a DeltaX ("g 3 4.2" repeats 4.2
    three times); the last character, which has none, advances a full size."""
    tokens = (spec or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens) and len(out) < n:
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    fill = out[-1] if out else size
    return (out + [fill] * n)[:n]


def path_segments(obj: etree._Element) -> list[Segment]:
    """The ruling segments a PathObject draws (stroked by default, filled when asked):
    its straight axis-aligned sides when stroked, a thin filled rectangle as one line."""
    if _white(obj.find("{*}StrokeColor")):
        return []
    stroke = obj.get("Stroke", "true") != "false"
    fill = obj.get("Fill", "false") == "true"
    m = _placement(obj)
    out: list[Segment] = []
    for points, closed in subpaths(obj.findtext("{*}AbbreviatedData") or ""):
        pts = [_apply(m, x, y) for x, y in points]
        if stroke or fill:  # the PDF reader's rule: sides of a stroke, a thin filled box
            out.extend(ruling(pts, closed, stroke=stroke))
    return out


def subpaths(data: str) -> list[tuple[list[tuple[float, float]], bool]]:
    """The abbreviated path as subpaths of corner points; a curve or arc ends one (a
    rounded corner is no ruling line)."""
    tokens = _PATH_TOKEN.findall(data)
    out: list[tuple[list[tuple[float, float]], bool]] = []
    points: list[tuple[float, float]] = []
    closed = False
    i = 0
    while i < len(tokens):
        op = tokens[i]
        argc = PATH_OPS.get(op)
        if argc is None:  # a number without an operator, or an unknown one: skip it
            i += 1
            continue
        args = [float(t) for t in tokens[i + 1 : i + 1 + argc] if t not in PATH_OPS]
        i += 1 + argc
        if len(args) < argc:
            break
        if op in ("S", "M") or op in ("Q", "B", "A"):
            if len(points) > 1:
                out.append((points, closed))
            points, closed = [(args[-2], args[-1])] if argc else [], False
        elif op == "L":
            points.append((args[0], args[1]))
        elif op == "C":
            closed = True
    if len(points) > 1:
        out.append((points, closed))
    return out


def _white(color: etree._Element | None) -> bool:
    values = _numbers(color.get("Value")) if color is not None else []
    return bool(values) and all(v >= 250 for v in values)


def check_text(pages: list[PageContent]) -> None:
    """Refuse an OFD without text: a scan saved as OFD has only images (read by OCR,
    where the extra is installed, before this)."""
    if any(g.text.strip() for p in pages for g in p.glyphs):
        return
    if any(p.images for p in pages):
        raise UnreadableFile(
            "the OFD file has no text: it is a scan (pictures of pages), and jixiao reads "
            "scans only with its OCR extra, which is not installed here (`pip install "
            "'jixiao[ocr]'`), or the pictures are in a format it cannot open (JBIG2); ask "
            "the unit for the Word file, or for the OFD exported from it"
        )
    raise UnreadableFile("the OFD file has no text at all (blank pages); send the right file")


# -- scanned pages -----------------------------------------------------------------------------
# A scan saved as OFD (a scanner's or an archive system's "OFD" button) draws each page as
# an ImageObject whose ResourceID names a MultiMedia resource: a picture file in the
# package.  Each such page's largest picture is read by OCR, as an image file is.


def scan_pictures(z: zipfile.ZipFile, parts: list[str], limits: Limits) -> list[bytes]:
    """For each page part, the bytes of its largest picture (b"" where none resolves)."""
    media = media_files(z, document_part(z, limits), limits)
    out = []
    for part in parts:
        best: tuple[float, str] | None = None
        for el in _xml(z, part, limits).iter("{*}ImageObject"):
            box = _numbers(el.get("Boundary"))
            area = box[2] * box[3] if len(box) == 4 else 0.0
            name = media.get(el.get("ResourceID") or "")
            if name is not None and (best is None or area > best[0]):
                best = (area, name)
        out.append(read_entry(z, best[1], limits, what=WHAT) if best else b"")
    return out


def media_files(z: zipfile.ZipFile, doc_part: str, limits: Limits) -> dict[str, str]:
    """The document's MultiMedia resources (public and document resources): ID → the
    part holding the file."""
    doc = _xml(z, doc_part, limits)
    names = set(z.namelist())
    out: dict[str, str] = {}
    for res in doc.iterfind("{*}CommonData/*"):
        if etree.QName(res).localname not in ("PublicRes", "DocumentRes") or not res.text:
            continue
        res_part = _resolve(doc_part, res.text)
        if res_part not in names:
            continue
        root = _xml(z, res_part, limits)
        base = root.get("BaseLoc") or ""
        for mm in root.iter("{*}MultiMedia"):
            file = (mm.findtext("{*}MediaFile") or "").strip()
            if not file:
                continue
            part = _resolve(res_part, file if file.startswith("/")
                            else posixpath.join(base, file))
            if part in names:
                out[mm.get("ID") or ""] = part
    return out
