"""What townships actually send besides Word and PDF: 7z and RAR archives, and OFD files.

- archives/老庄子镇_2021.7z: the seed's .docx in 2021年/老庄子镇/, as 7-Zip packs it;
- archives/老庄子镇_2021.rar: the same in a RAR 4 archive whose folder names are GBK
  bytes without RAR's Unicode flag, as WinRAR wrote them on Chinese Windows;
- archives/老庄子镇_2021_排水沟.ofd: the seed's project 12 as an OFD file (GB/T 33190),
  laid out by hand from the seed text: positioned characters (TextObject/TextCode with
  one advance per character) and the table's ruling lines (PathObject), merged cells
  drawn without the border between them.

No free tool writes RAR (rar is non-free, and libarchive only reads it), so `write_rar4`
writes the format itself, stored (uncompressed), after RAR's technote: a marker block,
the archive header, one file header per member (CRC-16 of the header, sizes, DOS time,
method 0x30 "store", the name bytes) followed by its data, and the end-of-archive block.
libarchive reads it as it reads WinRAR's.  The 7z is written by libarchive too (its 7zip
writer takes fixed times, so the sample rebuilds byte for byte).  The hostile archives
(traversal, bombs, passwords) are built by the tests from the same functions.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from samples.registry import SAMPLES, sample
from samples.seed_docs import SEED_DOCX, seed_projects

SEVEN_ZIP = "archives/老庄子镇_2021.7z"
RAR = "archives/老庄子镇_2021.rar"
OFD = "archives/老庄子镇_2021_排水沟.ofd"
FOLDERS = ("2021年", "老庄子镇")  # the clerk's tree inside the archives
FIXED_TIME = 1614589200  # 2021-03-01 09:00 UTC
DOS_TIME = ((2021 - 1980) << 25) | (3 << 21) | (1 << 16) | (9 << 11)  # the same, as DOS stores it


# -- archives ------------------------------------------------------------------------------


def seed_docx_bytes() -> bytes:
    return (SAMPLES / SEED_DOCX).read_bytes()


@sample(SEVEN_ZIP)
def seven_zip(target: Path) -> None:
    """the seed .docx in a 7z, under the folders 2021年/老庄子镇/"""
    write_7z(target, [("/".join((*FOLDERS, "老庄子镇_2021.docx")), seed_docx_bytes())])


@sample(RAR)
def rar(target: Path) -> None:
    """the seed .docx in a RAR 4 archive with GBK folder names (no Unicode flag)"""
    inside = "\\".join((*FOLDERS, "老庄子镇_2021.docx"))
    folders = [("\\".join(FOLDERS[: i + 1]).encode("gbk"), None) for i in range(len(FOLDERS))]
    write_rar4(target, [*folders, (inside.encode("gbk"), seed_docx_bytes())])


def write_7z(target: Path, members: list[tuple[str, bytes]]) -> None:
    """A 7z archive (LZMA) with fixed times, written by libarchive."""
    import libarchive

    target.parent.mkdir(parents=True, exist_ok=True)
    with libarchive.file_writer(str(target), "7zip") as archive:
        for name, data in members:
            archive.add_file_from_memory(name, len(data), data, mtime=(FIXED_TIME, 0),
                                         atime=(FIXED_TIME, 0), ctime=(FIXED_TIME, 0))


def _rar_block(htype: int, flags: int, body: bytes) -> bytes:
    head = struct.pack("<BHH", htype, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head


RAR_DIRECTORY = 0x00E0  # file header flags: a folder
RAR_LONG_BLOCK = 0x8000  # always set on a file header: data follows
RAR_PASSWORD, RAR_SALT = 0x0004, 0x0400


def write_rar4(
    target: Path, members: list[tuple[bytes, bytes | None]], *, encrypted: bool = False
) -> None:
    """A stored RAR 4 archive: (name bytes, data) per member, data None for a folder.
    `encrypted` marks every file as WinRAR marks a password-protected one (its data is
    then taken as ciphertext by any reader)."""
    out = [b"Rar!\x1a\x07\x00", _rar_block(0x73, 0, b"\0" * 6)]
    for name, data in members:
        payload = data or b""
        flags = RAR_LONG_BLOCK | (RAR_DIRECTORY if data is None else 0)
        if encrypted and data is not None:
            flags |= RAR_PASSWORD | RAR_SALT
        body = struct.pack(
            "<IIBIIBBHI", len(payload), len(payload), 2,  # host: Windows
            zlib.crc32(payload), DOS_TIME, 20, 0x30, len(name),  # version 2.0, store
            0x10 if data is None else 0x20,  # attributes: folder, archive
        ) + name
        if flags & RAR_SALT:
            body += b"\x5a" * 8
        out.append(_rar_block(0x74, flags, body) + payload)
    out.append(_rar_block(0x7B, 0x4000, b""))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"".join(out))


# -- OFD -----------------------------------------------------------------------------------

NS = "http://www.ofdspec.org/2016"
PAGE_W, PAGE_H = 210.0, 297.0  # mm
LEFT, TOP = 20.0, 20.0
WIDTHS = (22.0, 28.0, 30.0, 34.0, 28.0, 28.0)  # the six grid columns, mm
SIZE = 3.5  # font size, mm (about 10 pt)
LINE = 5.0  # line height, mm
PAD = 1.5  # cell padding, mm
# How the cells of a row of n cells span the six grid columns.
SPANS = {1: (6,), 2: (1, 5), 4: (1, 1, 1, 3), 5: (2, 1, 1, 1, 1), 6: (1, 1, 1, 1, 1, 1)}


@dataclass
class _Ofd:
    objects: list[str]
    next_id: int = 10

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def text(self, x: float, y: float, text: str) -> None:
        """One line of text, its baseline at y (mm)."""
        advances = [SIZE if ord(ch) > 0x2E7F else SIZE * 0.55 for ch in text]
        width = sum(advances)
        deltas = " ".join(f"{a:g}" for a in advances[:-1])
        self.objects.append(
            f'<ofd:TextObject ID="{self.new_id()}" Boundary="{x:.2f} {y - SIZE:.2f} '
            f'{width:.2f} {SIZE * 1.2:.2f}" Font="2" Size="{SIZE}">'
            f'<ofd:TextCode X="0" Y="{SIZE:.2f}" DeltaX="{deltas}">{_escape(text)}'
            "</ofd:TextCode></ofd:TextObject>"
        )

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        x, y = min(x0, x1), min(y0, y1)
        self.objects.append(
            f'<ofd:PathObject ID="{self.new_id()}" Boundary="{x:.2f} {y:.2f} '
            f'{abs(x1 - x0) + 0.5:.2f} {abs(y1 - y0) + 0.5:.2f}" LineWidth="0.25">'
            f"<ofd:AbbreviatedData>M {x0 - x:.2f} {y0 - y:.2f} L {x1 - x:.2f} {y1 - y:.2f}"
            "</ofd:AbbreviatedData></ofd:PathObject>"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrap(text: str, width: float) -> list[str]:
    """The cell's text as lines that fit `width` mm."""
    out: list[str] = []
    for para in text.strip("\n").split("\n"):
        line, used = "", 0.0
        for ch in para:
            adv = SIZE if ord(ch) > 0x2E7F else SIZE * 0.55
            if used + adv > width and line:
                out.append(line)
                line, used = "", 0.0
            line += ch
            used += adv
        out.append(line)
    return out


def ofd_page(heading: str, rows: list[list[str]]) -> str:
    """The page's Content.xml: the heading, then the table with its rulings."""
    page = _Ofd([])
    page.text(LEFT, TOP + SIZE, heading)
    xs = [LEFT]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    y = TOP + LINE * 2
    previous: tuple[int, ...] | None = None
    for row in rows:
        spans = SPANS[len(row)]
        bounds = [0]
        for s in spans:
            bounds.append(bounds[-1] + s)
        cells = [_wrap(t, xs[b1] - xs[b0] - 2 * PAD) for t, b0, b1 in
                 zip(row, bounds[:-1], bounds[1:], strict=True)]
        height = max(len(c) for c in cells) * LINE + 2 * PAD
        # the top border, left out over a first cell that continues the one above (merged)
        merged_first = previous is not None and previous[0] == spans[0] and not row[0]
        start = xs[bounds[1]] if merged_first else xs[0]
        page.line(start, y, xs[-1], y)
        for b in bounds:
            page.line(xs[b], y, xs[b], y + height)
        for lines, b0 in zip(cells, bounds, strict=False):
            for k, text in enumerate(lines):
                if text:
                    page.text(xs[b0] + PAD, y + PAD + SIZE + k * LINE, text)
        y += height
        previous = spans
    page.line(xs[0], y, xs[-1], y)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">'
        f"<ofd:Area><ofd:PhysicalBox>0 0 {PAGE_W:g} {PAGE_H:g}</ofd:PhysicalBox></ofd:Area>"
        f'<ofd:Content><ofd:Layer ID="2">{"".join(page.objects)}</ofd:Layer></ofd:Content>'
        "</ofd:Page>"
    )


def ofd_parts(pages: list[str]) -> dict[str, str]:
    """The package's parts: OFD.xml, the document, its fonts and the pages."""
    page_list = "".join(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>'
                        for i in range(len(pages)))
    parts = {
        "OFD.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" '
            'Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
            "<ofd:DocID>0c3f5e1a2b4d4e6f8a9b0c1d2e3f4a5b</ofd:DocID>"
            "<ofd:CreationDate>2021-03-01</ofd:CreationDate></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        ),
        "Doc_0/Document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}">'
            "<ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea>"
            f"<ofd:PhysicalBox>0 0 {PAGE_W:g} {PAGE_H:g}</ofd:PhysicalBox></ofd:PageArea>"
            "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
            f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>"
        ),
        "Doc_0/PublicRes.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" '
            'BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>'
            "</ofd:Fonts></ofd:Res>"
        ),
    }
    for i, content in enumerate(pages):
        parts[f"Doc_0/Pages/Page_{i}/Content.xml"] = content
    return parts


def write_ofd(target: Path, parts: Mapping[str, str | bytes]) -> None:
    import io
    import zipfile

    from samples.wordgen import write_zip_deterministic

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_zip_deterministic(buf.getvalue(), target)


@sample(OFD)
def ofd(target: Path) -> None:
    """the seed's project 12 as an OFD: positioned text and ruling lines, merged cells"""
    project = seed_projects()[11]
    heading = " ".join(project.heading.split())
    write_ofd(target, ofd_parts([ofd_page(heading, project.rows)]))
