"""Mutants of a sample file: flipped bytes, truncation, ranges zeroed, cut or repeated,
and for zip packages (docx, xlsx) entries shuffled, duplicated, dropped, renamed or
damaged inside (re-zipped, so that the damage reaches the XML parser and not only the
CRC check).  A fixed seed makes every run try the same files.
"""

from __future__ import annotations

import io
import random
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator

Mutator = Callable[[bytes, random.Random], bytes]


# -- bytes ----------------------------------------------------------------------------------


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def zero_range(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    n = rng.randint(1, 4096)
    return data[:i] + bytes(min(n, len(data) - i)) + data[i + n :]


def repeat_range(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    chunk = data[i : i + rng.randint(1, 4096)]
    j = rng.randrange(len(data))
    return data[:j] + chunk * rng.randint(1, 8) + data[j:]


def cut_range(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 4096) :]


BYTE_MUTATORS: tuple[Mutator, ...] = (flip_bytes, truncate, zero_range, repeat_range, cut_range)


# -- zip packages ---------------------------------------------------------------------------


def _entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: wanted here
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, body in entries:
                z.writestr(name, body)
    return buf.getvalue()


def _xml_index(entries: list[tuple[str, bytes]], rng: random.Random) -> int:
    xml = [i for i, (n, _) in enumerate(entries) if n.endswith((".xml", ".rels"))]
    # The main parts most of the time: that is where a reader spends its effort.
    main = [
        i for i in xml if re.search(r"document\.xml|sheet\d*\.xml|sharedStrings", entries[i][0])
    ]
    return rng.choice(main if main and rng.random() < 0.7 else xml)


def shuffle_entries(data: bytes, rng: random.Random) -> bytes:
    entries = _entries(data)
    rng.shuffle(entries)
    return _zip(entries)


def duplicate_entry(data: bytes, rng: random.Random) -> bytes:
    entries = _entries(data)
    i = _xml_index(entries, rng)
    name, body = entries[i]
    copy = (name, flip_bytes(body, rng) if rng.random() < 0.5 else body)
    entries.insert(rng.randrange(len(entries) + 1), copy)
    return _zip(entries)


def drop_entry(data: bytes, rng: random.Random) -> bytes:
    entries = _entries(data)
    del entries[_xml_index(entries, rng)]
    return _zip(entries)


def rename_entry(data: bytes, rng: random.Random) -> bytes:
    entries = _entries(data)
    i = _xml_index(entries, rng)
    name, body = entries[i]
    entries[i] = (name.upper() if rng.random() < 0.5 else name + ".bak", body)
    return _zip(entries)


def damage_inside(data: bytes, rng: random.Random) -> bytes:
    """One XML part's bytes mutated, then the package zipped again (valid CRCs)."""
    entries = _entries(data)
    i = _xml_index(entries, rng)
    name, body = entries[i]
    entries[i] = (name, rng.choice(BYTE_MUTATORS)(body, rng) if body else b"<")
    return _zip(entries)


def tags_swapped(data: bytes, rng: random.Random) -> bytes:
    """In one XML part, some element names swapped for others of the same part: the XML
    stays well-formed but the structure is nonsense (rows in cells, cells in runs …)."""
    entries = _entries(data)
    i = _xml_index(entries, rng)
    name, body = entries[i]
    tags = sorted(set(re.findall(rb"<(\w+:?\w*)[ >/]", body)))
    if len(tags) >= 2:
        a, b = rng.sample(tags, 2)
        body = re.sub(rb"(</?)" + re.escape(a) + rb"([ >/])", rb"\1" + b + rb"\2", body)
    entries[i] = (name, body)
    return _zip(entries)


ZIP_MUTATORS: tuple[Mutator, ...] = (
    shuffle_entries,
    duplicate_entry,
    drop_entry,
    rename_entry,
    damage_inside,
    damage_inside,
    tags_swapped,
)


# -- PDF ------------------------------------------------------------------------------------


def pdf_numbers(data: bytes, rng: random.Random) -> bytes:
    """A few numbers after PDF keys (/Count, /Length, /Size, /Kids refs …) made absurd."""
    spots = [m for m in re.finditer(rb"/(Count|Length|Size|N|First|W|Prev|Root) (\d+)", data)]
    out = data
    for m in rng.sample(spots, min(len(spots), rng.randint(1, 4))):
        value = rng.choice([b"0", b"-1", b"999999999", b"18446744073709551617", b"1e308"])
        out = out[: m.start(2)] + value + out[m.end(2) :]
    return out


def pdf_no_xref(data: bytes, rng: random.Random) -> bytes:
    """The cross-reference table or startxref gone: readers must rebuild or refuse."""
    word = rng.choice([b"startxref", b"xref", b"trailer", b"endobj", b"stream"])
    return data.replace(word, b"x" * len(word), rng.randint(1, 3))


PDF_MUTATORS: tuple[Mutator, ...] = (pdf_numbers, pdf_no_xref)


def mutants(data: bytes, fmt: str, n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """`n` mutants of `data` (a sample of format `fmt`), named after their mutator."""
    rng = random.Random(f"{seed}-{fmt}")
    special = ZIP_MUTATORS if fmt in ("docx", "xlsx") else PDF_MUTATORS
    for _ in range(n):
        mutator = rng.choice(special if rng.random() < 0.5 else BYTE_MUTATORS)
        yield mutator.__name__, mutator(data, rng)
