"""pdf: PDF submissions (exported from Word or WPS, often the final stamped version).

A PDF table has no cells, only lines and characters.  The reader is a chain of steps:

    open_pdf        pdfplumber opens the file; encryption and damage become readable errors
    read_pages      each page interpreted into glyphs and ruling segments (`page`),
                    under a per-page time limit; the file's plain objects read by
                    `objects`, the rest by pdfminer
    scan_pages      pages without a usable text layer (scanned, or glyphs from fonts
                    without a Unicode map) read by OCR where its extra is installed
                    (`jixiao.parsers.readers.ocr`), into the same glyphs and segments
    check_text      no text at all (a scan), or text from fonts without a Unicode map
                    (`(cid:123)` runs, private-use characters), is unreadable
    page_items      ruled tables found from the drawn lines, glyphs put into their cells
                    (`ruled`, `unruled`, `text`), the rest into lines (`blocks`)
    drop_running_lines, to_blocks
                    running headers and footers dropped, tables stitched across page
                    breaks, lines joined into paragraphs

Every row keeps its page number (`Row.page`) as provenance.
"""

from __future__ import annotations

import importlib
import logging
import math
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from operator import attrgetter
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

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
from jixiao.parsers.readers.pdf.fonts import font_parsers
from jixiao.parsers.readers.pdf.objects import read_objects_plainly
from jixiao.parsers.readers.pdf.page import (
    PageContent,
    PageTimeout,
    Picture,
    read_page,
)
from jixiao.parsers.readers.pdf.text import garbled

T = TypeVar("T")

# pdfminer logs what it skips in a damaged file (a bad operand, a missing font box) at
# WARNING without a handler of its own, so Python's last-resort handler prints it on
# stderr, between the command's lines.  The handler a library should install itself:
# the messages still reach any logging the application configures.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

_TEXT = attrgetter("text")
GARBAGE_SHARE = 0.2  # more unmappable glyphs than this share: the text layer is unreadable

# What pdfminer raises on a damaged file, beside its own exception classes: it reads
# untrusted bytes with plain Python, and a broken object surfaces as one of these.
DAMAGE = (PSException, PDFException, ValueError, KeyError, TypeError, IndexError,
          AttributeError, EOFError, OverflowError, ZeroDivisionError)

ENCRYPTED = (
    "the PDF is encrypted with a password (it cannot be opened without one): ask the "
    "unit for an unprotected copy, or for the Word file"
)
SCAN = (
    "the PDF has no text layer: it is a scan (pictures of pages), and jixiao reads scans "
    "only with its OCR extra, which is not installed here (`pip install 'jixiao[ocr]'`); "
    "install it, or ask the unit for the PDF exported from Word or WPS, or for the Word file"
)
OUTLINES = (
    "the PDF's text is drawn as shapes (its fonts were turned into outlines), so it has "
    "no text to read, and jixiao reads such pages only with its OCR extra, which is not "
    "installed here (`pip install 'jixiao[ocr]'`); install it, or ask the unit for the PDF "
    "exported from Word or WPS, or for the Word file"
)
GARBAGE = (
    "the PDF's text layer is unreadable: {share:.0%} of its characters come from fonts "
    "without a Unicode map ((cid:…) codes or private-use characters), so the text would "
    "be nonsense; export the PDF again with fonts embedded as Unicode (or send the Word "
    "file)"
)


def read(path: Path, *, limits: Limits = LIMITS) -> SourceDocument:
    pages = read_pages(path, limits)
    recognised, loose = scan_pages(path, pages, limits)
    warnings = check_text(pages)
    items: list[list[Item]] = []
    carry: list[float] | None = None
    for p in pages:
        items.append(_within(p.number, limits.max_page_seconds, p.seconds, page_items, p,
                             carry))
        carry = carried_columns(items[-1])
    blocks = to_blocks(drop_running_lines(items))
    if recognised:
        scans = importlib.import_module(SCANS)
        scans.attach(blocks, recognised, loose)
        # two photos of one page, sent as two pages, overlap: their rows at the join once
        blocks, joined = scans.overlaps_dropped(blocks, {r.page for r in recognised})
        warnings += joined
    return SourceDocument(blocks=blocks, format="pdf", pages=len(pages), warnings=warnings,
                          readings=loose)


def without_text(page: PageContent) -> bool:
    """A page to read by OCR: pictures and no text, text mostly unmappable glyphs, or a
    picture of a table under a typed caption (`pasted_picture`)."""
    total, bad = text_counts([page])
    if total == 0:
        return page.images > 0 or outlined(page)
    return bad > GARBAGE_SHARE * total or pasted_picture(page, total) is not None


# A page that draws no text but this many filled curved shapes is text turned into
# outlines (a designer's export, a print driver's "fonts as curves"): its characters are
# shapes, read by OCR like a scan's.  A logo or an emblem is a few dozen at most.
OUTLINED_SHAPES = 150


def outlined(page: PageContent) -> bool:
    """The page's text is drawn as shapes (see OUTLINED_SHAPES)."""
    return page.shapes >= OUTLINED_SHAPES


# A scan or photo of the table pasted into Word under a typed heading and printed to PDF,
# or a scan published with a page number or a watermark typed over it: the page has a
# text layer, but only a caption's, and the table is a picture.  Its largest picture is
# read by OCR, without the text typed over it or beside it (a caption is not the
# table's), when the pictures cover PICTURE_SHARE of the page or more, the page draws no
# more text than a heading, a unit line and a date would (CAPTION_GLYPHS: no table's) and
# draws no table's ruling lines (a pasted picture has none; a typed table over a
# background picture has).  A picture that covers the page (WHOLE_PAGE) is read as a
# scanned page is: the page rendered at DPI.
PICTURE_SHARE = 0.3
WHOLE_PAGE = 0.9
CAPTION_GLYPHS = 200
RULES = 6  # ruling segments: a typed table's (a caption's underline is one or two)


def pasted_picture(page: PageContent, glyphs: int) -> Picture | None:
    """The picture to read on a page that is a picture of a table with a typed caption
    (see PICTURE_SHARE); None on any other page."""
    if not page.pictures or not 0 < glyphs <= CAPTION_GLYPHS:
        return None
    if sum(map(_area_on_page(page), page.pictures)) < PICTURE_SHARE * page.width * page.height:
        return None
    if len(page.segments) >= RULES:
        return None
    return max(page.pictures, key=_area_on_page(page))


def _area_on_page(page: PageContent) -> Callable[[Picture], float]:
    def area(p: Picture) -> float:
        return (max(min(p.x1, page.width) - max(p.x0, 0), 0)
                * max(min(p.bottom, page.height) - max(p.top, 0), 0))
    return area


def typed_over(pages: list[PageContent]) -> dict[int, Picture | None]:
    """Page number → the picture to read (None: the page whole) on each page whose typed
    text is laid over a scan: a pasted picture's caption, a published scan's header, page
    number or watermark (`pasted_picture`; a scan whose only text is `slanted`).  OCR
    reads such a page without its typed text (`ocr.scan_pages`)."""
    out: dict[int, Picture | None] = {}
    for p in pages:
        total = text_counts([p])[0]
        picture = pasted_picture(p, total)
        if picture is not None:
            whole = _area_on_page(p)(picture) >= WHOLE_PAGE * p.width * p.height
            out[p.number] = None if whole else picture
        elif total == 0 and p.images and p.slanted:
            out[p.number] = None
    return out


def text_counts(pages: list[PageContent]) -> tuple[int, int]:
    """How many glyphs draw more than a space, and how many are `garbled` (asked once a
    distinct text: a page draws a few hundred texts in a few thousand glyphs)."""
    texts: Counter[str] = Counter()
    for p in pages:
        texts.update(map(_TEXT, p.glyphs))
    total = sum(n for text, n in texts.items() if not text.isspace())
    bad = sum(n for text, n in texts.items() if garbled(text))
    return total, bad


def scan_pages(path: Path, pages: list[PageContent], limits: Limits
               ) -> tuple[list[Recognised], list[Recognised]]:
    """Pages without a usable text layer replaced by what OCR reads on them, when the OCR
    extra is installed (without it `check_text` refuses them or warns, as before); the
    readings of their table cells, to attach to the cells, and of their other lines."""
    numbers = [p.number for p in pages if without_text(p)]
    if not numbers:
        return [], []
    ocr = importlib.import_module(SCANS)
    if not ocr.available():
        return [], []
    pasted = typed_over(pages)
    recognised: list[Recognised] = []
    loose: list[Recognised] = []
    for scanned in ocr.scan_pages(path, numbers, limits, typed_over=pasted):
        if pasted.get(scanned.content.number) is not None and not ocr.holds_table(scanned):
            continue  # a photo beside a caption (a report's picture of a site): as typed
        pages[scanned.content.number - 1] = scanned.content
        recognised += scanned.cells
        loose += scanned.lines
    return recognised, loose


def read_pages(path: Path, limits: Limits) -> list[PageContent]:
    """Every page as glyphs and ruling segments; PDF errors become readable ones."""
    try:
        # the file read once, for pdfminer and for `objects`; pdfplumber is never closed,
        # since its `close` builds every page's object (and raises where a page's box is
        # no numbers)
        data = path.read_bytes()
        with font_parsers():
            pdf = pdfplumber.open(BytesIO(data))
            read_objects_plainly(pdf.doc, data)
            pages: list[PageContent] = []
            for number, page in enumerate(PDFPage.create_pages(pdf.doc), 1):
                if number > limits.max_pdf_pages:
                    raise LimitExceeded(
                        f"the PDF has more than {limits.max_pdf_pages} pages; split it, or "
                        "raise JIXIAO_MAX_PDF_PAGES if it is genuine"
                    )
                if not all(map(math.isfinite, page.mediabox)):
                    raise PDFSyntaxError(f"page {number}'s box is not a box: {page.mediabox}")
                pages.append(_read_one(pdf.rsrcmgr, page, number, limits.max_page_seconds))
    except PdfminerException as e:
        raise _translate(e.args[0] if e.args else e) from e
    except (*DAMAGE, MalformedPDFException) as e:
        raise _translate(e) from e
    if not pages:
        raise UnreadableFile("the PDF has no pages: the file is damaged; send it again")
    return pages


def _read_one(
    rsrcmgr: PDFResourceManager, page: PDFPage, number: int, seconds: float
) -> PageContent:
    t0 = time.monotonic()
    content = _within(number, seconds, 0.0, read_page, rsrcmgr, page, number,
                      deadline=t0 + seconds)
    content.seconds = time.monotonic() - t0
    return content


def _within(number: int, limit: float, spent: float, step: Callable[..., T], *args: Any,
            **kw: Any) -> T:
    """One step of one page under what is left of the page's time limit."""
    try:
        with _alarm(max(limit - spent, 0.001)):
            return step(*args, **kw)
    except PageTimeout as e:
        raise LimitExceeded(
            f"page {number} takes longer than {limit:g} s to read (it is "
            "drawn with an unusual number of objects); check that page, or raise "
            "JIXIAO_MAX_PAGE_SECONDS"
        ) from e


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Interrupt the page after `seconds` with SIGALRM, where a signal can be used (the
    main thread, no other timer running); the device also looks at the clock itself."""
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _translate(e: BaseException) -> UnreadableFile:
    if isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)):
        return UnreadableFile(ENCRYPTED)
    if isinstance(e, MemoryError):  # a stream's /Length or content far past its bytes
        return UnreadableFile(
            "the PDF declares more data than a worker may hold (a damaged or hostile stream "
            "length or content); open it in a PDF viewer to check, and ask the unit to "
            "export it again")
    detail = str(e).strip() or type(e).__name__
    return UnreadableFile(
        f"the PDF is damaged and cannot be read ({detail}); open it in a PDF viewer to "
        "check, and ask the unit to export it again"
    )


def check_text(pages: list[PageContent]) -> list[str]:
    """Refuse a PDF without usable text; drop stray unmappable glyphs with a warning."""
    total, bad = text_counts(pages)
    if total == 0:
        if any(p.images for p in pages):
            raise UnreadableFile(SCAN)
        if any(map(outlined, pages)):
            raise UnreadableFile(OUTLINES)
        raise UnreadableFile("the PDF has no text at all (blank pages); send the right file")
    if bad > GARBAGE_SHARE * total:
        raise UnreadableFile(GARBAGE.format(share=bad / total))
    warnings: list[str] = []
    if bad:
        warnings.append(f"{bad} character(s) without a Unicode map were left out")
        for p in pages:
            p.glyphs = [g for g in p.glyphs if not garbled(g.text)]
    slanted = sum(len(p.slanted) for p in pages)
    if slanted:
        warnings.append(f"{slanted} character(s) typed at a slant (a watermark across the "
                        "page) were left out")
    empty = [p.number for p in pages if not p.glyphs and p.images]
    if empty:
        warnings.append(f"page(s) {', '.join(map(str, empty))} are scans without text "
                        "(read them with the OCR extra: pip install 'jixiao[ocr]')")
    return warnings
