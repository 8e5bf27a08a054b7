"""Fuzz audit: hostile variants of every sample, run through `jixiao ingest`.

    .venv/bin/python bench/fuzz_files.py [--out /tmp/jixiao-fuzz] [--per-sample 1]
        [--jobs 2 1] [--only CLASS ...] [--no-memory]

Makes variants of the samples under samples/ (truncated, bytes flipped, zip parts
removed, renamed, made huge or hostile, wrong extensions, empty files, a folder named
.docx, a link loop, an unreadable file, an xlsx declaring 1,000,000 empty rows, a CSV of
one 50 MB line, text in odd encodings, PDFs with a broken xref, a page-tree loop, 10,000
pages declared, a content-stream decompression bomb), runs `jixiao ingest --json` over
them in batches with each `--jobs`, and records per file: outcome, reason, wall time;
then one pass through the worker pool with one file per worker (`tasks_per_worker=1`)
gives each file's worker peak memory.  Writes `<out>/results.json` and prints a table
of variant class -> outcomes.  An outcome is judged bad when it is a crash, a traceback,
an "internal error", a hang (the time limit hit by a small file), an exception class
name in the reason, or a reason that says nothing about what to do.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import time
import warnings
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
JIXIAO = ROOT / ".venv" / "bin" / "jixiao"
FORMATS = {"docx", "xlsx", "xls", "doc", "pdf", "txt", "csv", "zip", "ofd", "html", "htm",
           "mht", "rtf", "jpg", "png", "tif", "7z", "rar"}
IMAGES = {"jpg", "png", "tif"}
SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
SEED_PDF = SAMPLES / "seed" / "老庄子镇_2021.pdf"
SEED_TXT = SAMPLES / "seed" / "老庄子镇_2021.txt"

# what the user may be told to do: a reason must carry one of these (or a limit's name)
ADVICE = re.compile(
    r"send|save|re-?save|open|export|convert|install|raise|JIXIAO_|check|ask|remove|"
    r"rename|repair|print|scan|run again|report|unpack|extract|password|permission|"
    r"decrypt|fix|replace|resubmit|split|use |try|keep|copy|point it",
    re.I,
)
EXC_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+)+(?:Error|Exception|Warning)\b|\bTraceback\b|\bBadZipFile\b|"
    r"\bKeyError\b|\bstruct\.error\b|\bErrno\b|\bPdfiumError\b|\bPSEOF\b|\bPDFSyntaxError\b"
)
Variant = tuple[str, str, Callable[[Path], None]]  # class, file name, writer


# -- helpers -------------------------------------------------------------------------------


def _zip(entries: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", method) as z:
            for name, data in entries:
                z.writestr(name, data)
    return buf.getvalue()


def _entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _lazy(make: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(make())


def _main_part(entries: list[tuple[str, bytes]]) -> str:
    for want in ("word/document.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
        if any(n == want for n, _ in entries):
            return want
    return next(n for n, _ in entries if n.endswith(".xml"))


def _replace(entries: list[tuple[str, bytes]], name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in entries]


def _with_doctype(xml: bytes, doctype: bytes, reference: bytes) -> bytes:
    at = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    xml = xml[:at] + doctype + xml[at:]
    m = re.search(rb"<(?:w:t|t|v)(?: [^>]*)?>", xml)
    return xml[: m.end()] + reference + xml[m.end():] if m else xml


def _root_name(xml: bytes) -> bytes:
    m = re.search(rb"<([A-Za-z_][\w:.-]*)[\s>]", re.sub(rb"<\?.*?\?>", b"", xml, count=1))
    return m.group(1) if m else b"x"


def _lie_sizes(data: bytes, name: str, size: int) -> bytes:
    """Every header of `name` claims it unpacks to `size` bytes."""
    out = bytearray(data)
    raw = name.encode()
    for sig, size_at, header_len in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        for m in re.finditer(re.escape(sig), out):
            s = m.start()
            if out[s + header_len: s + header_len + len(raw)] == raw:
                struct.pack_into("<I", out, s + size_at, size)
    return bytes(out)


# -- variant classes -----------------------------------------------------------------------


def samples() -> list[Path]:
    out = []
    for p in sorted(SAMPLES.rglob("*")):
        ext = p.suffix.lower().lstrip(".")
        if p.is_file() and ext in FORMATS and "real_specs" not in p.parts:
            out.append(p)
    return out


def byte_variants(src: Path, per_sample: int, rng: random.Random) -> Iterator[Variant]:
    data = src.read_bytes()
    ext = src.suffix.lower()
    stem = re.sub(r"\W+", "_", src.stem)[:40]
    cuts = [0.5] if src.suffix.lower().lstrip(".") in IMAGES else [0.1, 0.5, 0.97][: 1 + per_sample]
    for frac in cuts:
        cut = data[: int(len(data) * frac)]
        yield "truncated", f"{stem}_cut{int(frac * 100)}{ext}", _write(cut)
    for k in range(per_sample):
        out = bytearray(data)
        lo, hi = len(out) // 4, max(len(out) // 4 + 1, 3 * len(out) // 4)
        for _ in range(rng.randint(4, 64)):
            i = rng.randrange(lo, hi)
            out[i] = rng.randrange(256)
        yield "bytes flipped", f"{stem}_flip{k}{ext}", _write(bytes(out))


def zip_variants(src: Path) -> Iterator[Variant]:
    """Office packages with parts removed, renamed, huge or hostile."""
    entries = _entries(src)
    ext = src.suffix.lower()
    stem = re.sub(r"\W+", "_", src.stem)[:30]
    main = _main_part(entries)
    raw = dict(entries)[main]
    cls = "zip parts"
    yield cls, f"{stem}_no_main{ext}", _write(_zip([e for e in entries if e[0] != main]))
    yield cls, f"{stem}_no_ctypes{ext}", _write(
        _zip([e for e in entries if e[0] != "[Content_Types].xml"]))
    yield cls, f"{stem}_no_rels{ext}", _write(_zip([e for e in entries if e[0] != "_rels/.rels"]))
    yield cls, f"{stem}_main_renamed{ext}", _write(
        _zip([(n + ".bak" if n == main else n, d) for n, d in entries]))
    yield cls, f"{stem}_main_empty{ext}", _write(_zip(_replace(entries, main, b"")))
    yield cls, f"{stem}_main_cut{ext}", _write(_zip(_replace(entries, main, raw[: len(raw) // 2])))
    yield cls, f"{stem}_main_binary{ext}", _write(
        _zip(_replace(entries, main, random.Random(1).randbytes(4096))))
    yield cls, f"{stem}_main_is_zip{ext}", _write(_zip(_replace(entries, main, src.read_bytes())))
    yield cls, f"{stem}_main_utf16_bad{ext}", _write(
        _zip(_replace(entries, main, b"\xff\xfe" + raw[:1001])))
    yield cls, f"{stem}_stored{ext}", _write(_zip(entries, method=zipfile.ZIP_STORED))
    yield cls, f"{stem}_member_crc{ext}", _lazy(
        lambda: _flip_member(src.read_bytes(), main))
    yield "zip huge declared", f"{stem}_huge_declared{ext}", _write(
        _lie_sizes(_zip(entries), main, 0xFFFFFFF0))
    yield "zip huge declared", f"{stem}_small_declared{ext}", _write(
        _lie_sizes(_zip(entries), main, 100))
    root = _root_name(raw)
    deep = b'<?xml version="1.0"?>' + b"<a>" * 200_000 + b"</a>" * 200_000
    yield "xml hostile", f"{stem}_deep_xml{ext}", _write(_zip(_replace(entries, main, deep)))
    deep_in = raw.replace(b"</" + root + b">", b"<x>" * 100_000 + b"</x>" * 100_000
                          + b"</" + root + b">")
    yield "xml hostile", f"{stem}_deep_xml_inside{ext}", _write(
        _zip(_replace(entries, main, deep_in)))
    laughs = b"".join([b'<!ENTITY l0 "lol">'] + [
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)])
    yield "xml hostile", f"{stem}_entities{ext}", _write(_zip(_replace(
        entries, main, _with_doctype(raw, b"<!DOCTYPE " + root + b" [" + laughs + b"]>",
                                     b"&l9;"))))
    xxe = b"<!DOCTYPE " + root + b' [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    yield "xml hostile", f"{stem}_xxe{ext}", _write(
        _zip(_replace(entries, main, _with_doctype(raw, xxe, b"&e;"))))
    yield "xml hostile", f"{stem}_xxe_ctypes{ext}", _write(_zip(_replace(
        entries, "[Content_Types].xml",
        _with_doctype(dict(entries)["[Content_Types].xml"],
                      b'<!DOCTYPE Types [<!ENTITY e SYSTEM "file:///etc/passwd">]>', b""))))
    yield "xml hostile", f"{stem}_many_attrs{ext}", _write(_zip(_replace(
        entries, main, raw.replace(b"<" + root + b" ", b"<" + root + b" " + b" ".join(
            b'a%d="%d"' % (i, i) for i in range(50_000)) + b" ", 1))))


def _flip_member(data: bytes, name: str) -> bytes:
    """A member's compressed bytes damaged in place (its CRC no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for i in range(start + 10, min(start + info.compress_size, start + 200), 7):
        out[i] ^= 0x55
    return bytes(out)


def wrong_extensions(tmp: Path) -> Iterator[Variant]:
    cls = "wrong extension"
    pdf, docx, txt = SEED_PDF.read_bytes(), SEED_DOCX.read_bytes(), SEED_TXT.read_bytes()
    zipped = _zip([("老庄子镇_2021.txt", txt)])
    png = next(SAMPLES.rglob("*.png")).read_bytes()
    for name, data in [
        ("pdf_as.docx", pdf), ("zip_as.pdf", zipped), ("docx_as.pdf", docx),
        ("docx_as.xlsx", docx), ("xlsx_as.docx", next(SAMPLES.rglob("*.xlsx")).read_bytes()),
        ("pdf_as.xlsx", pdf), ("pdf_as.xls", pdf), ("pdf_as.doc", pdf), ("txt_as.doc", txt),
        ("txt_as.docx", txt), ("txt_as.pdf", txt), ("png_as.txt", png), ("png_as.csv", png),
        ("pdf_as.html", pdf), ("docx_as.ofd", docx), ("pdf_as.zip", pdf), ("txt_as.zip", txt),
        ("pdf_as.jpg", pdf), ("docx_as.png", docx), ("txt_as.xls", txt), ("docx_as.7z", docx),
        ("pdf_as.rar", pdf), ("html_as.xls", b"<html><body><table><tr><td>a</td></tr>"
                                              b"</table></body></html>"),
        ("elf_as.docx", Path(sys.executable).resolve().read_bytes()[:200_000]),
    ]:
        yield cls, name, _write(data)
    for ext in ("docx", "xlsx", "xls", "doc", "pdf", "txt", "csv", "zip", "ofd", "html",
                "jpg", "7z", "rar", "wps"):
        yield "empty file", f"empty.{ext}", _write(b"")
        yield "empty file", f"one_byte.{ext}", _write(b"\n")
        yield "empty file", f"zeros.{ext}", _write(bytes(4096))


def special_files(batch: Path) -> list[tuple[str, str]]:
    """Made in place (not files to write): a folder named .docx, a link loop, a dangling
    link, an unreadable file, a FIFO."""
    out = []
    (batch / "folder.docx").mkdir()
    shutil.copy(SEED_TXT, batch / "folder.docx" / "inside.txt")
    out.append(("special path", "folder.docx/inside.txt"))
    loop = batch / "loop"
    loop.mkdir()
    os.symlink("..", loop / "up")
    os.symlink("self.docx", loop / "self.docx")
    out.append(("special path", "loop/self.docx"))
    os.symlink("/nonexistent/x.pdf", batch / "dangling.pdf")
    out.append(("special path", "dangling.pdf"))
    secret = batch / "no_read.docx"
    shutil.copy(SEED_DOCX, secret)
    os.chmod(secret, 0)
    out.append(("special path", "no_read.docx"))
    os.mkfifo(batch / "pipe.txt")
    out.append(("special path", "pipe.txt"))
    return out


def big_variants() -> Iterator[Variant]:
    def million_rows() -> bytes:
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["项目名称", "征地拆迁补偿款"])
        buf = io.BytesIO()
        wb.save(buf)
        entries = _entries_bytes(buf.getvalue())
        sheet = dict(entries)["xl/worksheets/sheet1.xml"]
        rows = b"".join(b'<row r="%d"/>' % i for i in range(2, 1_000_001))
        sheet = sheet.replace(b"</sheetData>", rows + b"</sheetData>")
        sheet = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:B1000000"/>', sheet)
        return _zip(_replace(entries, "xl/worksheets/sheet1.xml", sheet))

    def dimension_only() -> bytes:
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["项目名称", "征地拆迁补偿款"])
        ws.cell(1_048_576, 16_384, "x")
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    def million_styled_rows() -> bytes:
        data = million_rows()
        entries = _entries_bytes(data)
        sheet = dict(entries)["xl/worksheets/sheet1.xml"]
        sheet = re.sub(rb'<row r="(\d+)"/>', rb'<row r="\1" spans="1:2" ht="15" customHeight="1">'
                       rb'<c r="A\1" s="0"/></row>', sheet)
        return _zip(_replace(entries, "xl/worksheets/sheet1.xml", sheet))

    yield "xlsx million rows", "million_empty_rows.xlsx", _lazy(million_rows)
    yield "xlsx million rows", "million_empty_cells.xlsx", _lazy(million_styled_rows)
    yield "xlsx million rows", "last_cell_XFD1048576.xlsx", _lazy(dimension_only)
    line = ("项目名称,征地拆迁补偿款," * 2_000_000).encode("utf-8")[: 50_000_000]
    yield "csv 50 MB line", "one_line_50MB.csv", _write(line)
    yield "csv 50 MB line", "one_line_50MB.txt", _write(line)
    yield "csv 50 MB line", "one_field_50MB.csv", _write(b'"' + b"x" * 49_999_990 + b'"\n')
    yield "csv 50 MB line", "no_newline_50MB_tabs.txt", _write(b"\t" * 50_000_000)


def _entries_bytes(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def encoding_variants() -> Iterator[Variant]:
    text = SEED_TXT.read_text("utf-8")
    csv = next(SAMPLES.rglob("*.csv")).read_bytes()
    try:
        csv_text = csv.decode("utf-8-sig")
    except UnicodeDecodeError:
        csv_text = csv.decode("gb18030")
    cls = "odd encoding"
    for enc in ("utf-16-le", "utf-16-be", "utf-16", "utf-32", "gb18030", "big5", "shift_jis",
                "cp500", "utf-7", "hz", "iso2022_jp_2"):
        for name, t in (("txt", text), ("csv", csv_text)):
            try:
                data = t.encode(enc, errors="replace")
            except LookupError:
                continue
            yield cls, f"{enc}.{name}", _write(data)
    raw = text.encode("utf-8")
    yield cls, "invalid_utf8.txt", _write(raw[:1000] + b"\xc3\x28\xa0\xa1\xff\xfe" + raw[1000:])
    yield cls, "nul_every_other.txt", _write(bytes(b for c in raw for b in (c, 0)))
    yield cls, "nuls_inside.txt", _write(raw.replace(b"\n", b"\x00\n"))
    yield cls, "bom_only.txt", _write(b"\xef\xbb\xbf")
    yield cls, "utf16_bom_odd_length.txt", _write(b"\xff\xfe" + text.encode("utf-16-le")[:-1])
    yield cls, "utf32_bom_truncated.csv", _write(b"\xff\xfe\x00\x00" + b"a\x00\x00")
    yield cls, "mixed_gbk_utf8.txt", _write(text[:400].encode("gbk") + text[400:].encode())
    yield cls, "control_chars.csv", _write(bytes(range(1, 32)) * 1000)
    yield cls, "surrogates.csv", _write("a,\ud800,b\n".encode("utf-8", "surrogatepass") * 100)
    yield cls, "html_gbk_says_utf8.html", _write(
        ('<html><head><meta charset="utf-8"></head><body><table><tr><td>项目名称</td>'
         "<td>征地拆迁</td></tr></table></body></html>").encode("gbk"))
    yield cls, "html_unknown_charset.html", _write(
        b'<html><head><meta charset="x-nonsense-42"></head><body>\xff\xfe</body></html>')


# -- PDFs ----------------------------------------------------------------------------------


def _pdf(objects: list[bytes], *, root: int = 1, xref: bool = True, extra_trailer: bytes = b""
         ) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, start)
    return bytes(out)


def _stream(data: bytes, *, flate: bool = False, declared: int | None = None) -> bytes:
    filt = b" /Filter /FlateDecode" if flate else b""
    n = len(data) if declared is None else declared
    return b"<< /Length %d%s >>\nstream\n" % (n, filt) + data + b"\nendstream"


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
CONTENT = _stream(b"BT /F1 12 Tf 72 720 Td (hello) Tj ET")


def pdf_variants() -> Iterator[Variant]:
    cls = "pdf structure"
    seed = SEED_PDF.read_bytes()
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    yield cls, "minimal_ok.pdf", _write(_pdf([catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                             PAGE, CONTENT]))
    m = re.search(rb"startxref\s+(\d+)", seed)
    if m:
        yield cls, "seed_xref_offset_wrong.pdf", _write(
            seed[: m.start(1)] + b"%d" % (int(m.group(1)) + 37) + seed[m.end(1):])
        yield cls, "seed_xref_offset_huge.pdf", _write(
            seed[: m.start(1)] + b"99999999999" + seed[m.end(1):])
    zeroed = re.sub(rb"\d{10} \d{5} n", b"0000000000 00000 n", seed)
    yield cls, "seed_xref_table_zeroed.pdf", _write(zeroed)
    yield cls, "seed_no_eof.pdf", _write(seed.replace(b"%%EOF", b""))
    yield cls, "seed_no_trailer.pdf", _write(seed.replace(b"trailer", b"xxxxxxx"))
    yield cls, "seed_twice_concatenated.pdf", _write(seed + seed)
    yield cls, "header_only.pdf", _write(b"%PDF-1.7\n")
    yield cls, "no_root.pdf", _write(_pdf([b"<< /Type /Pages /Kids [] /Count 0 >>"], root=9))
    yield cls, "root_not_dict.pdf", _write(_pdf([b"42"]))
    yield cls, "pages_loop_parent.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>", PAGE, CONTENT]))
    yield cls, "pages_loop_two.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>", CONTENT]))
    yield cls, "object_ref_loop.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox 5 0 R /Contents 4 0 R /Resources 6 0 R >>",
        CONTENT, b"6 0 R", b"5 0 R"]))
    yield cls, "length_loop.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        b"<< /Length 5 0 R >>\nstream\nBT ET\nendstream", b"4 0 R"]))
    yield cls, "count_10000_declared.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 10000 >>", PAGE, CONTENT]))
    kids = b" ".join(b"3 0 R" for _ in range(10_000))
    yield cls, "kids_10000_same_page.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [" + kids + b"] /Count 10000 >>", PAGE, CONTENT]))
    yield cls, "count_negative.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count -5 >>", PAGE, CONTENT]))
    yield cls, "mediabox_nan.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e400 -0] /Contents 4 0 R >>", CONTENT]))
    yield cls, "mediabox_zero.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 0 0] /Contents 4 0 R >>", CONTENT]))
    # pages nested 5,000 deep
    objs = [catalog]
    depth = 5000
    for i in range(depth):
        n = i + 2
        parent = b"/Parent %d 0 R " % (n - 1) if i else b""
        objs.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, n + 1))
    objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>"
                % (depth + 1, depth + 3))
    objs.append(CONTENT)
    yield cls, "pages_5000_deep.pdf", _write(_pdf(objs))
    # decompression bombs
    bomb = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    compressed = b"".join(bomb.compress(zeros) for _ in range(2048)) + bomb.flush()  # 2 GiB
    yield "pdf decompression bomb", "content_bomb_2GiB.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        _stream(compressed, flate=True)]))
    ops = zlib.compressobj(9)
    spam = b"0 0 m 1 1 l S " * 100_000
    compressed_ops = b"".join(ops.compress(spam) for _ in range(100)) + ops.flush()
    yield "pdf decompression bomb", "content_140MB_of_lines.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        _stream(compressed_ops, flate=True)]))
    txt = zlib.compressobj(9)
    spam_t = b"BT /F1 1 Tf 10 10 Td (a) Tj ET " * 100_000
    compressed_t = b"".join(txt.compress(spam_t) for _ in range(40)) + txt.flush()
    yield "pdf decompression bomb", "content_4M_text_ops.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(compressed_t, flate=True),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))
    yield cls, "stream_length_huge.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        _stream(b"BT ET", declared=2_000_000_000)]))
    yield cls, "bad_flate.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        _stream(b"\x78\x9c garbage not deflate", flate=True)]))
    yield cls, "xref_stream_broken.pdf", _write(
        b"%PDF-1.7\n1 0 obj\n<< /Type /XRef /W [1 9 9] /Size 3 /Length 3 >>\nstream\nabc"
        b"\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
    yield cls, "encrypt_bogus.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE, CONTENT,
        b"<< /Filter /Standard /V 9 /R 9 /O (x) /U (y) /P -1 >>"],
        extra_trailer=b"/Encrypt 5 0 R "))
    yield cls, "string_nesting.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
        _stream(b"BT " + b"(" * 100_000 + b" Tj ET")]))
    yield cls, "array_nesting.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /X "
        + b"[" * 100_000 + b"]" * 100_000 + b" >>", CONTENT]))
    yield cls, "dict_nesting.pdf", _write(_pdf([
        catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /X "
        + b"<< /A " * 50_000 + b">> " * 50_000 + b" >>", CONTENT]))


# -- archives ------------------------------------------------------------------------------


def archive_variants() -> Iterator[Variant]:
    cls = "archive"
    txt, docx = SEED_TXT.read_bytes(), SEED_DOCX.read_bytes()
    inner = _zip([("a.txt", txt)])
    nested = inner
    for _ in range(12):
        nested = _zip([("x.zip", nested)])
    yield cls, "zip_nested_12_deep.zip", _write(nested)
    yield cls, "zip_of_truncated_docx.zip", _write(_zip([("a.docx", docx[: len(docx) // 2])]))
    yield cls, "zip_of_empty_files.zip", _write(_zip([("a.docx", b""), ("b.pdf", b"")]))
    yield cls, "zip_dirs_only.zip", _write(_zip([("d/", b""), ("d/e/", b"")]))
    yield cls, "zip_empty.zip", _write(_zip([]))
    yield cls, "zip_names_odd.zip", _write(_zip([
        ("../../etc/evil.txt", txt), ("/abs.txt", txt), ("a\\b\\..\\..\\c.txt", txt),
        ("con.txt", txt), ("ctl\x01.txt", txt), ("长" * 200 + ".txt", txt)]))
    yield cls, "zip_duplicates.zip", _write(_zip([("a.txt", txt), ("a.txt", b"\xff" * 100)]))
    yield cls, "zip_member_huge_declared.zip", _write(
        _lie_sizes(_zip([("a.txt", txt)]), "a.txt", 0xFFFFFFF0))
    big = zlib.compressobj(9)
    yield cls, "zip_bomb_600MiB.zip", _lazy(lambda: _bomb_zip(600))
    yield cls, "zip_crc_bad.zip", _lazy(lambda: _flip_member(_zip([("a.docx", docx)]), "a.docx"))
    yield cls, "zip_encrypted_flag.zip", _lazy(lambda: _encrypt_flag(_zip([("a.txt", txt)])))
    del big


def _bomb_zip(mib: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("bomb.txt", "w", force_zip64=True) as f:
        zero = bytes(1 << 20)
        for _ in range(mib):
            f.write(zero)
    return buf.getvalue()


def _encrypt_flag(data: bytes) -> bytes:
    out = bytearray(data)
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for m in re.finditer(re.escape(sig), out):
            out[m.start() + at] |= 1
    return bytes(out)


# -- running -------------------------------------------------------------------------------


def build(out: Path, per_sample: int, only: set[str] | None) -> dict[str, str]:
    """Writes the variants in batches under out/files/<batch>/; returns file -> class."""
    files = out / "files"
    if files.exists():
        for p in files.rglob("*"):
            if not p.is_symlink():
                os.chmod(p, 0o755 if p.is_dir() else 0o644)
        shutil.rmtree(files)
    rng = random.Random(20261203)
    groups: dict[str, list[Variant]] = defaultdict(list)
    for src in samples():
        for v in byte_variants(src, per_sample, rng):
            groups[src.suffix.lower().lstrip(".")].append(v)
        if src.suffix.lower() in (".docx", ".xlsx") and src.parent.name in ("seed", "templates"):
            groups["zip_" + src.suffix.lower().lstrip(".")].extend(zip_variants(src))
    groups["wrong"].extend(wrong_extensions(out))
    groups["big"].extend(big_variants())
    groups["enc"].extend(encoding_variants())
    groups["pdfs"].extend(pdf_variants())
    groups["arch"].extend(archive_variants())
    manifest: dict[str, str] = {}
    seen: set[str] = set()
    for batch, variants in groups.items():
        folder = files / batch
        folder.mkdir(parents=True, exist_ok=True)
        for cls, name, writer in variants:
            if only and cls not in only:
                continue
            base, n = name, 1
            while f"{batch}/{name}" in seen:
                n += 1
                name = re.sub(r"(\.\w+)$", rf"_{n}\1", base)
            seen.add(f"{batch}/{name}")
            writer(folder / name)
            manifest[f"{batch}/{name}"] = cls
    if not only or "special path" in only:
        folder = files / "special"
        folder.mkdir(parents=True)
        for cls, name in special_files(folder):
            manifest[f"special/{name}"] = cls
    return manifest


def run_batches(files: Path, jobs: int, env: dict[str, str], db: Path) -> dict[str, dict]:
    """`jixiao ingest --json` over each batch folder; file (relative) -> its result."""
    results: dict[str, dict] = {}
    for batch in sorted(p for p in files.iterdir() if p.is_dir()):
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [str(JIXIAO), "ingest", "--db", f"sqlite:///{db}", "--jobs", str(jobs), "--json",
             batch.name], cwd=files, env=env, capture_output=True, text=True, check=False,
            timeout=7200)
        took = time.perf_counter() - t0
        try:
            summary = json.loads(proc.stdout)
        except json.JSONDecodeError:
            summary = {"files": []}
            results[f"{batch.name}/*"] = {"outcome": "CRASH", "reason": (proc.stdout[-2000:]
                                          + proc.stderr[-2000:]), "seconds": took}
        if "Traceback" in proc.stderr:
            results[f"{batch.name}/* stderr"] = {"outcome": "TRACEBACK", "reason":
                                                 proc.stderr[-3000:], "seconds": took}
        for f in summary.get("files", []):
            results[f["file"]] = {"outcome": f["outcome"], "reason": f.get("reason"),
                                  "seconds": f.get("seconds", 0.0), "rc": proc.returncode}
        print(f"  jobs {jobs} {batch.name}: {len(summary.get('files', []))} files "
              f"{took:.0f} s rc {proc.returncode}", flush=True)
    return results


def memory_pass(files: Path, limit_s: float) -> dict[str, int]:
    """Each file parsed alone in a fresh worker (tasks_per_worker=1): its peak RSS (KiB)."""
    from jixiao.ingest.worker import ParsePool, Task, WorkerLimits, default_memory_mb

    tasks = []
    for p in sorted(files.rglob("*")):
        try:
            if not p.is_file() or p.is_symlink() or p.stat().st_size > 60_000_000:
                continue
        except OSError:
            continue
        rel = str(p.relative_to(files))
        tasks.append(Task(str(p), rel, p.name, "0" * 64, p.stat().st_size))
    peaks: dict[str, int] = {}
    with ParsePool(2, WorkerLimits(limit_s, default_memory_mb(), 1)) as pool:
        for parsed in pool.map_unordered(tasks):
            peaks[parsed.task.display] = parsed.peak_rss_kb
    return peaks


def _members(res: dict[str, dict], rel: str) -> dict:
    """An archive's outcome: its worst member's (`a.zip!b.docx`), failures first."""
    members = [r for k, r in res.items() if k.startswith(rel + "!")]
    if not members:
        return {"outcome": "NOT SEEN", "reason": None, "seconds": 0}
    members.sort(key=lambda r: (r["outcome"] != "failed", r["outcome"]))
    worst = dict(members[0])
    worst["seconds"] = sum(r.get("seconds", 0) for r in members)
    return worst


def judge(r: dict, limit_s: float) -> str:
    outcome = r["outcome"]
    if outcome in ("CRASH", "TRACEBACK"):
        return outcome
    if outcome != "failed":
        return outcome
    reason = r.get("reason") or ""
    if not reason.strip():
        return "BAD: no reason"
    if "internal error" in reason:
        return "BAD: internal error"
    if EXC_NAME.search(reason):
        return "BAD: exception name"
    if "took longer" in reason:
        return "killed: time limit"
    if "stopped unexpectedly" in reason or "crashed" in reason or "was killed" in reason:
        return "BAD: worker died"
    if not ADVICE.search(reason):
        return "BAD: no advice"
    return "failed: clear reason"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/jixiao-fuzz"))
    ap.add_argument("--per-sample", type=int, default=1)
    ap.add_argument("--jobs", type=int, nargs="+", default=[2, 1])
    ap.add_argument("--only", nargs="*", help="variant classes to build")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--file-seconds", type=int, default=120)
    ap.add_argument("--label", default="run")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    manifest = build(args.out, args.per_sample, set(args.only) if args.only else None)
    print(f"{len(manifest)} variants in {time.perf_counter() - t0:.0f} s", flush=True)
    env = dict(os.environ, JIXIAO_MAX_FILE_SECONDS=str(args.file_seconds))
    files = args.out / "files"
    per_jobs = {j: run_batches(files, j, env, args.out / f"fuzz-j{j}.db") for j in args.jobs}
    peaks = {} if args.no_memory else memory_pass(files, args.file_seconds)
    rows = []
    for rel, cls in sorted(manifest.items()):
        row: dict = {"file": rel, "class": cls, "peak_rss_mb": round(peaks.get(rel, 0) / 1024, 1)}
        for j, res in per_jobs.items():
            r = res.get(rel) or _members(res, rel)
            row[f"j{j}"] = {**r, "judged": judge(r, args.file_seconds)}
        rows.append(row)
    for j, res in per_jobs.items():
        for key, r in res.items():
            if key.endswith("*") or key.endswith("stderr"):
                rows.append({"file": key, "class": "batch", f"j{j}": {**r, "judged": r["outcome"]}})
    out_json = args.out / f"results-{args.label}.json"
    out_json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for j in args.jobs:
            if f"j{j}" in row:
                table[row["class"]][f"j{j} {row[f'j{j}']['judged']}"] += 1
    print(f"\n{'class':24} {'n':>4}  outcomes")
    for cls, c in sorted(table.items()):
        n = sum(1 for r in rows if r["class"] == cls)
        print(f"{cls:24} {n:4}  " + ", ".join(f"{k}: {v}" for k, v in sorted(c.items())))
    bad = [r for r in rows for j in args.jobs
           if f"j{j}" in r and r[f"j{j}"]["judged"].startswith(("BAD", "CRASH", "TRACE", "NOT"))]
    print(f"\n{len(bad)} bad outcomes (file, jobs, reason):")
    for r in {id(r): r for r in bad}.values():
        for j in args.jobs:
            if f"j{j}" in r and r[f"j{j}"]["judged"].startswith(("BAD", "CRASH", "TRACE", "NOT")):
                print(f"  {r['file']} [j{j}] {r[f'j{j}']['judged']}: "
                      f"{(r[f'j{j}'].get('reason') or '')[:300]}")
    slow = sorted((r for r in rows if "j1" in r), key=lambda r: -r["j1"].get("seconds", 0))[:15]
    print("\nslowest (j1):", *(f"{r['file']} {r['j1'].get('seconds', 0):.1f}s "
                               f"{r['peak_rss_mb']} MB" for r in slow), sep="\n  ")
    big = sorted(rows, key=lambda r: -r.get("peak_rss_mb", 0))[:10]
    print("\nlargest worker peaks:", *(f"{r['file']} {r['peak_rss_mb']} MB" for r in big),
          sep="\n  ")
    print(f"\nwritten {out_json}; {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
