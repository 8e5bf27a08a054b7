"""Opening untrusted Office packages and XML safely: bounded before anything is unpacked.

A nightly job reads whatever lands in a folder, so every zip (an Office file is one) and
every XML part is treated as hostile:

- `open_zip` refuses an absurd archive *before* decompressing anything: the entry count and
  the central directory's size are read from the end-of-archive record (so a directory
  of millions of entries is never loaded), then the declared sizes are checked: the total
  unpacked size and each large entry's compression ratio (a zip bomb packs gigabytes of
  zeros a thousand to one);
- `read_entry` reads one entry with a size cap, whatever its header claims;
- `scan_package` looks through every XML part for entity declarations, so that a reader
  built on another XML library (openpyxl, python-docx) never meets one;
- `xml_parser` / `parse_xml`: lxml with entities unresolved, no DTD, no network, no huge
  text nodes, and a document that declares entities (billion laughs, external entities
  that would read /etc/passwd) refused with a reason that says so.

Errors are the project's own (`LimitExceeded`, `UnreadableFile`), raised `from` the
zipfile or lxml exception, and name what to do next.
"""

from __future__ import annotations

import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import Paragraph, SourceDocument
from jixiao.parsers.readers.limits import LIMITS, Limits

# Everything zipfile and its decompressors raise on a damaged, truncated or unusual file.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,  # bz2 and seek errors on a truncated file
    ValueError,  # negative offsets in a damaged header
    struct.error,
    OverflowError,
    IndexError,
)

# The ratio check applies only to entries that unpack to more than this: a small part of
# repetitive XML can legitimately pack 300 to one, and it cannot be a bomb.
RATIO_FLOOR_BYTES = 1 << 20

# One central-directory record is 46 bytes plus its name and extras; this allows long
# names, and bounds the directory that zipfile would read into memory.
DIRECTORY_BYTES_PER_ENTRY = 1024


# -- the archive ---------------------------------------------------------------------------


def open_zip(
    path: Path, limits: Limits = LIMITS, *, what: str = "the Office file"
) -> zipfile.ZipFile:
    """The zip, after its directory and declared sizes were found within `limits`."""
    check_directory(path, limits, what=what)
    try:
        z = zipfile.ZipFile(path)
    except ZIP_ERRORS as e:
        raise UnreadableFile(
            f"{what} is broken or truncated (not a readable zip: {e}); "
            "open it in Word, WPS or Excel and save it again"
        ) from e
    try:
        check_entries(z, limits, what=what)
    except BaseException:
        z.close()
        raise
    return z


def check_directory(path: Path, limits: Limits, *, what: str) -> None:
    """Refuse an archive whose directory lists too many entries, before zipfile reads it."""
    found = end_record(path)
    if found is None:
        return  # no end record: zipfile will say the file is not a zip
    entries, directory_bytes = found
    if entries > limits.max_zip_entries:
        raise LimitExceeded(
            f"{what} lists {entries:,} zip entries, over the limit of "
            f"{limits.max_zip_entries:,} (a zip bomb?); "
            "raise JIXIAO_MAX_ZIP_ENTRIES if it is genuine"
        )
    if directory_bytes > limits.max_zip_entries * DIRECTORY_BYTES_PER_ENTRY:
        raise LimitExceeded(
            f"{what} has a zip directory of {directory_bytes:,} bytes, more than "
            f"{limits.max_zip_entries:,} entries need (a zip bomb?); "
            "raise JIXIAO_MAX_ZIP_ENTRIES if it is genuine"
        )


def end_record(path: Path) -> tuple[int, int] | None:
    """(entries, directory size) from the zip's end record, or None when there is none.

    zipfile has no public way to read these without loading the whole directory (one
    Python object per entry), which is what a hostile directory exploits; the record is
    22 bytes at the end of the file (APPNOTE 4.3.16), its zip64 form 56 (4.3.14).
    """
    with path.open("rb") as f:
        size = f.seek(0, 2)
        tail_len = min(size, 22 + 0xFFFF)
        f.seek(size - tail_len)
        tail = f.read(tail_len)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return None
        entries, directory_bytes = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
        if entries != 0xFFFF and directory_bytes != 0xFFFFFFFF:
            return entries, directory_bytes
        locator = tail[at - 20 : at] if at >= 20 else b""
        if locator[:4] != b"PK\x06\x07":
            return entries, directory_bytes
        (offset,) = struct.unpack("<Q", locator[8:16])
        if offset > size - 56:
            return None
        f.seek(offset)
        record = f.read(56)
    if record[:4] != b"PK\x06\x06":
        return None
    entries64, directory64 = struct.unpack("<QQ", record[32:48])
    return entries64, directory64


def check_entries(z: zipfile.ZipFile, limits: Limits, *, what: str) -> None:
    """Refuse by the sizes the directory declares: count, total, and per-entry ratio."""
    infos = z.infolist()
    if len(infos) > limits.max_zip_entries:
        raise LimitExceeded(
            f"{what} holds {len(infos):,} zip entries, over the limit of "
            f"{limits.max_zip_entries:,}; raise JIXIAO_MAX_ZIP_ENTRIES if it is genuine"
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise LimitExceeded(
            f"{what} unpacks to {total:,} bytes, over the limit of "
            f"{limits.max_unzipped_bytes:,} (a zip bomb?); "
            "raise JIXIAO_MAX_UNZIPPED_BYTES if it is genuine"
        )
    for info in infos:
        if info.file_size <= RATIO_FLOOR_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            raise LimitExceeded(
                f"{info.filename} inside {what} unpacks to {info.file_size:,} bytes, "
                f"{ratio:,.0f} times its packed size (over {limits.max_compression_ratio}: "
                "a zip bomb?); raise JIXIAO_MAX_COMPRESSION_RATIO if it is genuine"
            )


def read_entry(
    z: zipfile.ZipFile, name: str, limits: Limits = LIMITS, *, what: str = "the Office file"
) -> bytes:
    """One entry's bytes, never more than `limits.max_part_bytes` whatever its header says."""
    return b"".join(read_chunks(z, name, limits, what=what))


def read_chunks(
    z: zipfile.ZipFile, name: str, limits: Limits = LIMITS, *, what: str = "the Office file"
) -> Iterator[bytes]:
    """One entry's bytes a megabyte at a time, capped like `read_entry`."""
    cap = limits.max_part_bytes
    try:
        info = z.getinfo(name)
    except KeyError as e:
        raise UnreadableFile(f"{what} has no part named {name}; it is not a complete file") from e
    if info.file_size > cap:
        raise _part_too_big(name, what, cap)
    got = 0
    try:
        with z.open(info) as f:
            while chunk := f.read(1 << 20):
                got += len(chunk)
                if got > cap:
                    raise _part_too_big(name, what, cap)
                yield chunk
    except RuntimeError as e:  # zipfile: "File ... is encrypted, password required"
        raise UnreadableFile(f"{what} is password-protected; send it without the password") from e
    except NotImplementedError as e:  # an unusual compression method
        raise UnreadableFile(
            f"{name} inside {what} uses a zip compression jixiao cannot unpack ({e})"
        ) from e
    except ZIP_ERRORS as e:
        raise UnreadableFile(
            f"{name} inside {what} is damaged ({e}); open the file and save it again"
        ) from e


def _part_too_big(name: str, what: str, cap: int) -> LimitExceeded:
    return LimitExceeded(
        f"{name} inside {what} unpacks to more than {cap:,} bytes; "
        "raise JIXIAO_MAX_PART_BYTES if the file is genuine"
    )


# -- XML -----------------------------------------------------------------------------------

# How an entity declaration looks in the encodings an XML part may use (ASCII-compatible
# ones, UTF-16 either way).  An ENTITY can only appear inside a DOCTYPE; Office never
# writes one.
_ENTITY_MARKS = tuple("<!ENTITY".encode(enc) for enc in ("ascii", "utf-16-le", "utf-16-be"))
_XML_START = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*<|^(?:\xff\xfe|\xfe\xff)|^\x00<|^<\x00")


def xml_parser(**options: bool) -> etree.XMLParser:
    """lxml's parser for untrusted XML: no entity resolution, no DTD, no network, and
    libxml2's own limits on text nodes and nesting kept (huge_tree off)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        **options,
    )


def check_xml_bytes(data: bytes, part: str, *, what: str = "the Office file") -> None:
    """Refuse XML that declares entities, or that is in an encoding Office never writes
    (where an entity declaration could hide from the byte search)."""
    check_xml_start(data, part, what=what)
    if any(mark in data for mark in _ENTITY_MARKS):
        raise _entities_refused(part, what)


def check_xml_start(head: bytes, part: str, *, what: str) -> None:
    if head and not _XML_START.match(head[:64]):
        raise UnreadableFile(
            f"{part} inside {what} is not XML in UTF-8 or UTF-16; open the file and save it again"
        )


def parse_xml(
    data: bytes,
    part: str,
    *,
    what: str = "the Office file",
    parser: etree.XMLParser | None = None,
) -> etree._Element:
    """The root of an XML part, parsed safely; errors say which part and why."""
    check_xml_bytes(data, part, what=what)
    try:
        root = etree.fromstring(data, parser if parser is not None else xml_parser())
    except etree.XMLSyntaxError as e:
        message = str(e)
        if "entity" in message.lower() or "amplification" in message.lower():
            raise _entities_refused(part, what) from e
        if "too long" in message or "huge" in message.lower() or "depth" in message.lower():
            raise LimitExceeded(
                f"{part} inside {what} goes beyond the XML parser's limits ({message}); "
                "one run of text may hold up to 10,000,000 bytes"
            ) from e
        raise UnreadableFile(
            f"{part} inside {what} is not well-formed XML ({message}); "
            "open the file and save it again"
        ) from e
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _entities_refused(part, what)
    return root


def _entities_refused(part: str, what: str) -> UnreadableFile:
    return UnreadableFile(
        f"{part} inside {what} declares XML entities (<!ENTITY>), which Office never writes: "
        "entity expansion or external entities (a billion-laughs or XXE attack) are "
        "refused; save the file again from Word, WPS or Excel"
    )


REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def relationships(z: zipfile.ZipFile, part: str, limits: Limits, *, what: str
                  ) -> dict[str, str]:
    """A package part's relationships to parts inside the package (its `_rels/*.rels`):
    id → part name; links to outside the file and to missing parts left out."""
    folder, _, base = part.rpartition("/")
    rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    names = set(z.namelist())
    if rels_name not in names:
        return {}
    rels = parse_xml(read_entry(z, rels_name, limits, what=what), rels_name, what=what)
    out: dict[str, str] = {}
    for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(folder, target))
        if name in names:
            out[rel.get("Id") or ""] = name
    return out


def scan_package(
    z: zipfile.ZipFile, limits: Limits = LIMITS, *, what: str = "the Office file",
    find: re.Pattern[bytes] | None = None, in_parts: str = "",
) -> bool:
    """Check every XML part of a package (entity declarations, encoding) before a reader
    built on another XML library opens it; True where `find` (a short pattern) occurs in
    a part whose name starts with `in_parts`, read in the same pass."""
    found = False
    for info in z.infolist():
        name = info.filename
        if info.is_dir() or not name.lower().endswith((".xml", ".rels", ".vml")):
            continue
        look = find is not None and not found and name.startswith(in_parts)
        tail = b""
        for i, chunk in enumerate(read_chunks(z, name, limits, what=what)):
            if i == 0:
                check_xml_start(chunk, name, what=what)
            window = tail + chunk
            if any(mark in window for mark in _ENTITY_MARKS):
                raise _entities_refused(name, what)
            if look and find is not None and find.search(window) is not None:
                found, look = True, False
            tail = window[-_TAIL:]  # a mark split across two chunks
    return found


_TAIL = 128  # bytes kept from a chunk: longer than any mark or pattern looked for


# -- what any reader returns ---------------------------------------------------------------


def check_source(src: SourceDocument, limits: Limits = LIMITS) -> SourceDocument:
    """The same bounds for every format, after its reader: no table longer than
    `max_table_rows`, no cell or paragraph longer than `max_cell_chars` (a 10 MB cell
    would otherwise travel through layout, normalizing and the database)."""
    for block in src.blocks:
        if isinstance(block, Paragraph):
            _check_chars(len(block.text), "a paragraph", limits)
            continue
        if len(block.rows) > limits.max_table_rows:
            raise LimitExceeded(
                f"table {block.index + 1} has {len(block.rows):,} rows, over the limit of "
                f"{limits.max_table_rows:,}; raise JIXIAO_MAX_TABLE_ROWS if the file is genuine"
            )
        for row in block.rows:
            for cell in row.cells:
                _check_chars(len(cell.text), f"a cell of table {block.index + 1}", limits)
    return src


def _check_chars(n: int, what: str, limits: Limits) -> None:
    if n > limits.max_cell_chars:
        raise LimitExceeded(
            f"{what} holds {n:,} characters, over the limit of {limits.max_cell_chars:,}; "
            "raise JIXIAO_MAX_CELL_CHARS if the file is genuine"
        )
