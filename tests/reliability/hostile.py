"""Hostile and broken files, made at test time from the seed samples.

Each builder writes one file and returns its path.  Sizes are chosen so that building
stays well under a second, while what the file *claims* (unpacked size, entity
expansion, pages) is absurd.
"""

from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_DOCX = ROOT / "samples" / "seed" / "老庄子镇_2021.docx"
SEED_PDF = ROOT / "samples" / "seed" / "老庄子镇_2021.pdf"
SEED_TXT = ROOT / "samples" / "seed" / "老庄子镇_2021.txt"
PASSWD_MARK = "root:x:0:0"  # a line of /etc/passwd that must never reach the database

# A few thousand common CJK characters: random text of them does not compress much, so a
# big cell made of them is big after unzipping *and* before.
_CJK = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def random_cjk(n: int, seed: int = 9) -> str:
    return "".join(random.Random(seed).choices(_CJK, k=n))


# -- zip packages ---------------------------------------------------------------------------


def rebuild_zip(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes] | None = None,
    extra: list[tuple[str, bytes]] | None = None,
    order: Callable[[list[zipfile.ZipInfo]], list[zipfile.ZipInfo]] | None = None,
) -> Path:
    """A copy of the package `src` with parts replaced or added (duplicates allowed)."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin:
        infos = zin.infolist()
        parts = [(i.filename, replace.get(i.filename, zin.read(i))) for i in (order or list)(infos)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted, for some mutants
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for name, data in [*parts, *(extra or [])]:
                zout.writestr(name, data)
    return dst


def document_xml(src: Path = SEED_DOCX) -> bytes:
    with zipfile.ZipFile(src) as z:
        return z.read("word/document.xml")


def zip_bomb_docx(dst: Path, unpacked: int = 300 << 20) -> Path:
    """The seed .docx plus one entry of zeros: ~300 KB packed, `unpacked` bytes unpacked."""
    rebuild_zip(SEED_DOCX, dst)
    zero = bytes(1 << 20)
    with (
        zipfile.ZipFile(dst, "a", zipfile.ZIP_DEFLATED) as z,
        z.open("word/media/image1.bin", "w", force_zip64=True) as f,
    ):
        for _ in range(unpacked >> 20):
            f.write(zero)
    return dst


def bomb_main_part_docx(dst: Path, unpacked: int = 200 << 20) -> Path:
    """word/document.xml itself padded with whitespace to `unpacked` bytes."""
    xml = document_xml()
    pad = b" " * (unpacked - len(xml))
    at = xml.index(b"<w:body>")
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": xml[:at] + pad + xml[at:]})


def many_entries_docx(dst: Path, entries: int = 20_000) -> Path:
    rebuild_zip(SEED_DOCX, dst)
    with zipfile.ZipFile(dst, "a", zipfile.ZIP_STORED) as z:
        for i in range(entries):
            z.writestr(f"customXml/x{i}.xml", b"")
    return dst


def lying_sizes_docx(dst: Path) -> Path:
    """document.xml's headers claim it unpacks to 1,000 bytes; it unpacks to 120 KB."""
    rebuild_zip(SEED_DOCX, dst)
    data = bytearray(dst.read_bytes())
    name = b"word/document.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        header_len = 30 if sig == b"PK\x03\x04" else 46
        for m in re.finditer(re.escape(sig), data):
            start = m.start()
            if data[start + header_len : start + header_len + len(name)] == name:
                struct.pack_into("<I", data, start + size_at, 1000)
    dst.write_bytes(bytes(data))
    return dst


# -- XML entities ---------------------------------------------------------------------------


def _with_doctype(xml: bytes, doctype: bytes, reference: bytes) -> bytes:
    """The XML with a DOCTYPE after its declaration and `reference` in its first text."""
    decl_end = xml.index(b"?>") + 2
    xml = xml[:decl_end] + doctype + xml[decl_end:]
    m = re.search(rb"<w:t(?: [^>]*)?>", xml)
    assert m is not None
    return xml[: m.end()] + reference + xml[m.end() :]


def billion_laughs_xml(root: bytes = b"w:document") -> bytes:
    levels = [b'<!ENTITY lol0 "lol">'] + [
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)
    ]
    return b"<!DOCTYPE " + root + b" [" + b"".join(levels) + b"]>"


def billion_laughs_docx(dst: Path) -> Path:
    xml = _with_doctype(document_xml(), billion_laughs_xml(), b"&lol9;")
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": xml})


def xxe_doctype(root: bytes = b"w:document") -> bytes:
    return b"<!DOCTYPE " + root + b' [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def xxe_docx(dst: Path) -> Path:
    xml = _with_doctype(document_xml(), xxe_doctype(), b"&xxe;")
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": xml})


def xxe_parameter_entity_docx(dst: Path) -> Path:
    doctype = (
        b'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;'
        b'<!ENTITY % d SYSTEM "http://127.0.0.1:9/x.dtd"> %d;]>'
    )
    xml = _with_doctype(document_xml(), doctype, b"")
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": xml})


def xxe_utf16_docx(dst: Path) -> Path:
    """The XXE document.xml re-encoded in UTF-16 (a byte search for ASCII misses it)."""
    xml = _with_doctype(document_xml(), xxe_doctype(), b"&xxe;").decode("utf-8")
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": xml.encode("utf-16")})


def xxe_rels_docx(dst: Path) -> Path:
    """The external entity in the package relationships, read before the document."""
    with zipfile.ZipFile(SEED_DOCX) as z:
        rels = z.read("_rels/.rels")
    decl_end = rels.index(b"?>") + 2
    rels = rels[:decl_end] + xxe_doctype(b"Relationships") + rels[decl_end:]
    rels = rels.replace(b'Target="word/document.xml"', b'Target="word/document.xml&xxe;"')
    return rebuild_zip(SEED_DOCX, dst, replace={"_rels/.rels": rels})


# -- big tables and cells -------------------------------------------------------------------


def many_rows_txt(dst: Path, rows: int = 100_000) -> Path:
    head = "\t项目名称\n\t征地拆迁补偿款\n\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n"
    body = "".join(f"\t产出指标\n\t数量指标\n\t指标{i}\n\t{i}个\n\n" for i in range(rows))
    dst.write_text(head + body, encoding="utf-8")
    return dst


def big_cell_txt(dst: Path, chars: int = 10 << 20) -> Path:
    dst.write_text("\t项目名称\n\t" + random_cjk(chars // 3) + "\n\n", encoding="utf-8")
    return dst


def _docx_with_body(dst: Path, body: str) -> Path:
    xml = document_xml().decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    doc = xml[:start] + body + xml[end:]
    return rebuild_zip(SEED_DOCX, dst, replace={"word/document.xml": doc.encode("utf-8")})


def _row(*texts: str) -> str:
    return (
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>" for t in texts)
        + "</w:tr>"
    )


def many_rows_docx(dst: Path, rows: int = 100_000) -> Path:
    table = _row("项目名称", "征地拆迁补偿款") + "".join(
        _row("产出指标", f"指标{i}", f"{i}个") for i in range(rows)
    )
    return _docx_with_body(dst, f"<w:tbl>{table}</w:tbl>")


def big_cell_docx(dst: Path, chars: int = 10 << 20, *, runs: int = 1) -> Path:
    """A table cell of `chars` bytes of text, in one text node or split into `runs`."""
    text = random_cjk(chars // 3)
    step = len(text) // runs + 1
    cell = "".join(f"<w:r><w:t>{text[i : i + step]}</w:t></w:r>" for i in range(0, len(text), step))
    table = _row("项目名称", "x").replace("<w:r><w:t>x</w:t></w:r>", cell)
    return _docx_with_body(dst, f"<w:tbl>{table}</w:tbl>")


# -- xlsx -----------------------------------------------------------------------------------


def seed_xlsx(dst: Path) -> Path:
    """The seed's tables one below the other on one worksheet (openpyxl), a base for the
    Excel cases."""
    from openpyxl import Workbook

    from jixiao.parsers.grid import Table
    from jixiao.parsers.readers.text import read

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    r = 0
    for t in (b for b in read(SEED_TXT).blocks if isinstance(b, Table)):
        for row in t.rows:
            r += 1
            for c in row.cells:  # merged cells repeat their text: no merge ranges needed
                ws.cell(r, c.col + 1, c.text)
    wb.save(dst)
    return dst


def many_rows_xlsx(dst: Path, rows: int = 100_000) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("表1")
    ws.append(["项目名称", "征地拆迁补偿款"])
    ws.append(["一级指标", "三级指标", "指标值"])
    for i in range(rows):
        ws.append(["产出指标", f"指标{i}", f"{i}个"])
    wb.save(dst)
    return dst


def big_cell_xlsx(dst: Path, chars: int = 10 << 20) -> Path:
    """A sheet whose second cell holds `chars` bytes of text.  Written into the XML by
    hand: openpyxl cuts strings to Excel's 32,767 characters when it writes them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["项目名称", "BIGCELL"])
    base = dst.with_suffix(".base")
    wb.save(base)
    with zipfile.ZipFile(base) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"BIGCELL", random_cjk(chars // 3).encode("utf-8"))
    rebuild_zip(base, dst, replace={"xl/worksheets/sheet1.xml": xml})
    base.unlink()
    return dst


def xlsx_with_xml(base: Path, dst: Path, part: str, doctype: bytes, reference: bytes) -> Path:
    """An xlsx whose `part` carries a DOCTYPE, and `reference` in its first string."""
    with zipfile.ZipFile(base) as z:
        xml = z.read(part)
    decl_end = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    xml = xml[:decl_end] + doctype + xml[decl_end:]
    m = re.search(rb"<(?:t|v)(?: [^>]*)?>", xml)
    if m is not None:
        xml = xml[: m.end()] + reference + xml[m.end() :]
    return rebuild_zip(base, dst, replace={part: xml})


# -- PDF ------------------------------------------------------------------------------------


def many_pages_pdf(dst: Path, pages: int = 3000) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(dst)
    pdf.close()
    return dst


def huge_page_pdf(dst: Path, side: float = 1_440_000) -> Path:
    """One page 500 km wide (a MediaBox far past the 200-inch limit of the spec)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(side, side)
    pdf.save(dst)
    pdf.close()
    return dst


# -- misnamed and random --------------------------------------------------------------------


def random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def png_bytes() -> bytes:
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def as_bytes(path: Path) -> bytes:
    return path.read_bytes()


def buffer_zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in entries:
                z.writestr(name, data)
    return buf.getvalue()
