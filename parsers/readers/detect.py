"""Recognise a file's format by its content (magic bytes), never by its name.

A file named `.pdf` that is really a Word file reads as Word; a RAR archive or an
OpenDocument presentation is refused with a sentence that says what the file is and what
to send instead.  The checks run in order, the first that recognises the
file wins (`RECOGNISERS`); each returns a format name, None to pass, or raises.

Formats returned: docx, xlsx, pdf, ofd, doc, xls, wps, txt, odt and ods (OpenDocument's
text and spreadsheet, as WPS and LibreOffice save them), image (a scan or photo, read by
OCR: .jpg, .png, .tif, .webp, .bmp, .gif, JPEG 2000 and a phone's .heic), html (a web page
or a .mht web archive: Word's "save as web page", Excel's HTML "xls"), rtf and wordxml
(Word's RTF and 2003 XML), xlsxml (Excel 2003 XML, which old finance systems export as
.xls): Office saves all of these, and clerks rename them `.doc` or `.xls`.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from xlrd.compdoc import CompDoc, CompDocError

from jixiao.errors import UnreadableFile, UnsupportedFormat
from jixiao.parsers.readers import READERS
from jixiao.parsers.readers.limits import LIMITS, Limits
from jixiao.parsers.readers.safety import open_zip, parse_xml, read_entry

HEAD_BYTES = 8192
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc / .xls / .wps (Compound File)
PDF_RE = re.compile(rb"%PDF-\d\.\d")  # the header may follow up to 1 KB of junk
READ_LIST = ("docx, doc, wps, odt, pdf, ofd, xlsx, xls, ods, txt, zip, 7z, rar, and scans as jpg, "
             "png, tif, webp, bmp, gif, jp2, heic")

# Images read as scans (by OCR): what a scanner, a phone or a chat app saves a page as.
# Tried after the text check, so a text that happens to start with these letters is text.
SCANNED_IMAGES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"WEBP", 8, "a WebP image"),  # a chat app's or a web page's picture
    (b"BM", 0, "a BMP image"),  # an old scanner's driver
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", 0, "a JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", 0, "a JPEG 2000 image"),  # a bare codestream (.j2k)
    # an iPhone's photo (HEIF: an ISO media file whose brand is a still image's)
    *((b"ftyp" + brand, 4, "a HEIF image (a phone's .heic photo)")
      for brand in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")),
)

# Binary formats that are not submissions, and what to tell the sender.
NOT_DOCUMENTS: tuple[tuple[bytes, int, str], ...] = (
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"ustar", 257, "a tar archive"),
    (b"MSCF", 0, "a cabinet archive"),
    (b"MZ", 0, "a Windows program"),
    (b"\x7fELF", 0, "a program"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
)
# Archives jixiao opens when they are named as such (`jixiao.ingest.archives`).
ARCHIVE_SUFFIXES = {"a 7-Zip archive": ".7z", "a RAR archive": ".rar"}
ARCHIVE_ADVICE = "name it {suffix}, and jixiao opens it as an archive of submissions"

# Zip packages that are documents of another kind: a part they always hold → what it is.
OTHER_PACKAGES: tuple[tuple[str, str], ...] = (
    ("ppt/presentation.xml", "a PowerPoint presentation; send the Word or Excel file"),
    ("xl/workbook.bin", "an Excel binary workbook (.xlsb); save it as .xlsx"),
    ("visio/document.xml", "a Visio drawing; send the Word or Excel file"),
)
OPENDOCUMENT = "application/vnd.oasis.opendocument."
# The OpenDocument kinds read (through LibreOffice, `legacy`): a text and a spreadsheet,
# as WPS and LibreOffice save them (.odt, .ods); a presentation or a drawing is refused.
OPENDOCUMENT_READ = {"text": "odt", "spreadsheet": "ods"}

# Compound File (OLE) streams that tell the old binary formats apart.
OLE_STREAMS: tuple[tuple[str, str | None], ...] = (
    ("EncryptedPackage", None),  # a password-protected .docx/.xlsx
    ("WordDocument", "doc"),
    ("Workbook", "xls"),
    ("Book", "xls"),  # Excel 5/95
    ("PowerPoint Document", None),
)


def detect_format(path: Path, limits: Limits = LIMITS) -> str:
    """One of the formats above; UnsupportedFormat or UnreadableFile with a reason."""
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    if not head:
        raise UnreadableFile("the file is empty (0 bytes); send the submission again")
    for recognise in RECOGNISERS:
        fmt = recognise(path, head, limits)
        if fmt is not None:
            return fmt
    raise UnsupportedFormat(
        f"the content is not a format jixiao reads ({READ_LIST}); "
        "check that the right file was sent"
    )


# -- recognisers, in order -----------------------------------------------------------------


def _pdf(_path: Path, head: bytes, _limits: Limits) -> str | None:
    return "pdf" if PDF_RE.search(head[:1024]) else None


def _zip(path: Path, head: bytes, limits: Limits) -> str | None:
    if head[:4] not in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return None
    what = _zip_what(head)
    with open_zip(path, limits, what=what) as z:
        return _package_kind(z, limits, what)


def _ole(path: Path, head: bytes, limits: Limits) -> str | None:
    if head[:8] != OLE_MAGIC:
        return None
    names = _ole_streams(path, limits)
    for stream, fmt in OLE_STREAMS:
        if stream not in names:
            continue
        if fmt is not None:
            return fmt
        if stream == "EncryptedPackage":
            raise UnreadableFile(
                "the Office file is password-protected (encrypted); "
                "send it without the password"
            )
        raise UnsupportedFormat("the file is a PowerPoint presentation; send the Word file")
    if "WpsContent" in names or b"WPS" in head[:4096]:
        return "wps"
    if not names - {""}:
        raise UnreadableFile(
            "the old-style Office (.doc, .xls, .wps) file is truncated or damaged: its list "
            "of contents cannot be read; open it in Word, WPS or Excel and save it again "
            "(as .docx or .xlsx), or send it again"
        )
    raise UnsupportedFormat(
        "the file is an old-style Office (Compound File) document that is neither Word nor "
        "Excel; save it as .docx or .xlsx"
    )


def _markup(_path: Path, head: bytes, _limits: Limits) -> str | None:
    """Word's and Excel's other ways to save: RTF, 2003 XML, a web page, a web archive."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024]
    lower = start.lower()
    if start.startswith(b"{\\rtf"):
        return _if_readable("rtf", "an RTF document")
    if lower.startswith(b"<?xml") and (b"progid=\"excel.sheet\"" in lower or (
            b"<workbook" in lower and b"urn:schemas-microsoft-com:office:spreadsheet" in lower)):
        return _if_readable("xlsxml", "an Excel 2003 XML workbook")
    if lower.startswith(b"<?xml") and b"progid=\"word.document\"" in lower:
        return _if_readable("wordxml", "a Word 2003 XML document")
    if lower.startswith((b"<!doctype html", b"<html")) or (
        lower.startswith(b"<?xml") and b"<html" in lower
    ):
        return _if_readable("html", "a web page (HTML)")
    if b"mime-version:" in lower and b"multipart/related" in head.lower():
        return _if_readable("html", "a web archive (.mht) saved from Word")
    if _HTML_START.match(lower):
        return _if_readable("html", "a web page (HTML)")
    return None


# A page that opens with a tag a web page starts with, after an optional comment (Excel's
# HTML "xls" begins `<html xmlns:o=…>`, pages saved by a browser `<!-- saved from url -->`).
_HTML_START = re.compile(rb"(?:<!--.*?-->\s*)*<(?:html|head|meta|body|table)[\s>]", re.S)


def _text(_path: Path, head: bytes, _limits: Limits) -> str | None:
    return "txt" if looks_like_text(head) else None


def _image(_path: Path, head: bytes, _limits: Limits) -> str | None:
    """A scan or a photo of the pages: read by OCR (`jixiao.parsers.readers.ocr`)."""
    return "image" if is_scanned_image(head) else None


def is_scanned_image(head: bytes) -> bool:
    """The bytes begin as a picture format that OCR reads (`SCANNED_IMAGES`)."""
    return any(head[offset : offset + len(magic)] == magic
               for magic, offset, _what in SCANNED_IMAGES)


def _not_document(_path: Path, head: bytes, _limits: Limits) -> str | None:
    for magic, offset, what in NOT_DOCUMENTS:
        if head[offset : offset + len(magic)] == magic:
            advice = (ARCHIVE_ADVICE.format(suffix=ARCHIVE_SUFFIXES[what])
                      if what in ARCHIVE_SUFFIXES else "send the Word, Excel or PDF file")
            raise UnsupportedFormat(f"the file is {what}, not a document; {advice}")
    return None


Recogniser = Callable[[Path, bytes, Limits], "str | None"]
RECOGNISERS: tuple[Recogniser, ...] = (_pdf, _zip, _ole, _markup, _text, _image,
                                       _not_document)


# -- helpers -------------------------------------------------------------------------------


def _zip_what(head: bytes) -> str:
    """How to name a zip in messages, from the part names its first headers show."""
    if b"word/" in head:
        return "the Word file (.docx)"
    if b"xl/" in head:
        return "the Excel file (.xlsx)"
    return "the zip file"


def _package_kind(z: zipfile.ZipFile, limits: Limits, what: str) -> str:
    names = set(z.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:  # GB/T 33190: the entry point of every OFD package
        return "ofd"
    for part, description in OTHER_PACKAGES:
        if part in names:
            raise UnsupportedFormat(f"the file is {description}")
    if "mimetype" in names:
        mimetype = read_entry(z, "mimetype", limits, what=what)[:200]
        if mimetype.startswith(OPENDOCUMENT.encode()):
            kind = mimetype[len(OPENDOCUMENT):].decode("ascii", "replace").strip()
            if kind in OPENDOCUMENT_READ:  # read through LibreOffice, as old Word is
                return OPENDOCUMENT_READ[kind]
            raise UnsupportedFormat(
                f"the file is an OpenDocument {kind or 'file'} (WPS or LibreOffice), not a "
                "text or a spreadsheet; save the table as .docx or .xlsx"
            )
    main = _main_part(z, names, limits, what)
    if main is not None and main.startswith("word/"):
        return "docx"
    if main is not None and main.startswith("xl/"):
        return "xlsx"
    raise UnsupportedFormat(
        "the file is a zip archive, not a Word, Excel or PDF document (nor a damaged one: it "
        "holds no part of one); if it holds submissions, name it .zip, and jixiao opens it "
        "as an archive of submissions"
    )


def _main_part(z: zipfile.ZipFile, names: set[str], limits: Limits, what: str) -> str | None:
    """The package's main part as its relationships name it (some writers do not use the
    usual word/document.xml)."""
    if "_rels/.rels" not in names:
        return None
    rels = parse_xml(read_entry(z, "_rels/.rels", limits, what=what), "_rels/.rels", what=what)
    for rel in rels.iter("{*}Relationship"):
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return (rel.get("Target") or "").lstrip("/")
    return None


def _ole_streams(path: Path, limits: Limits) -> set[str]:
    """Stream names in a Compound File's directory (xlrd reads the format)."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        return _ole_streams_by_search(path)
    data = path.read_bytes()
    try:
        return {d.name for d in CompDoc(data, logfile=io.StringIO()).dirlist}
    except (CompDocError, IndexError, struct.error, ValueError, KeyError, AssertionError):
        # A damaged directory: the stream names still show in the bytes, usually; the
        # reader will say what is wrong with the file.
        return _ole_streams_by_search(path)


def _ole_streams_by_search(path: Path) -> set[str]:
    """The stream names of a damaged directory, found as directory entries: each is 128
    bytes, 128-aligned, its name in UTF-16 ending in NUL and its length (bytes, with the
    NUL) at byte 64.  A bare search for the name would also find it in the text (a .doc
    that mentions a "Book" read as Excel)."""
    with path.open("rb") as f:
        data = f.read(1 << 20)
    names = set()
    for name in [n for n, _ in OLE_STREAMS] + ["WpsContent"]:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        for m in re.finditer(re.escape(raw), data):
            at = m.start()
            if at % 128 == 0 and data[at + 64 : at + 66] == struct.pack("<H", len(raw)):
                names.add(name)
                break
    return names


def _if_readable(fmt: str, what: str) -> str:
    if fmt in READERS:
        return fmt
    raise UnsupportedFormat(
        f"the file is {what}, perhaps saved from Word under a .doc name; open it in Word or "
        "WPS and save it as .docx"
    )


def looks_like_text(head: bytes) -> bool:
    """Text in some encoding: a BOM, or no NUL and hardly any control characters."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return True
    if b"\x00" in head:
        return _utf16_text(head)
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return controls <= len(head) // 100


def _utf16_text(head: bytes) -> bool:
    """UTF-16 without a byte-order mark (`text.utf16_without_bom`), whose other bytes are
    text: no control characters once decoded."""
    from jixiao.parsers.readers.text import utf16_without_bom

    codec = utf16_without_bom(head)
    if codec is None:
        return False
    text = head[: len(head) // 2 * 2].decode(codec, errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls <= len(text) // 100 and "\ufffd" not in text[:-1]
