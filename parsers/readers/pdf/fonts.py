"""The encoding of an embedded Type 1 font, read with one regular expression.

A Type 1 font without an /Encoding in the PDF names its codes in the clear-text header of
its font program (`dup 32 /space put` …), and pdfminer reads that header with its
pure-Python PostScript tokenizer: a fifth of the time of a short LibreOffice PDF, whose
fonts are all of this kind.  `encoding` reads the same header with one pattern and keeps
pdfminer's rules (every `put` takes the two objects before it in the innermost array or
procedure, and a code followed by a name is an entry); anything outside the plain
syntax those headers use (hex strings, dictionaries, escapes, a `put` short of operands)
returns None, and pdfminer's parser reads the header as before.

`font_parsers()` lends pdfminer this reader, and a quicker reader of ToUnicode maps
(`bfchar_pairs`), for the fonts loaded inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from io import BytesIO
from typing import Any, BinaryIO

from pdfminer import pdffont
from pdfminer.cmapdb import CMapBase, CMapParser, FileUnicodeMap
from pdfminer.encodingdb import name2unicode
from pdfminer.psparser import PSKeyword

# The tokens of a plain header, each ended where pdfminer's tokenizer ends it (END_NUMBER,
# END_LITERAL, END_KEYWORD) and followed by a delimiter (a token the data ends inside is
# one pdfminer drops: not plain); \x00, <, >, # and backslashes are not plain.
_END = rb"#/%\[\]()<>{}\s\x00"
_TOKEN = re.compile(
    # most of a header: `dup 32 /space put`, an entry whose objects the put takes at once
    rb"dup[ \t\r\n\f\v]+(?P<code>\d+)[ \t\r\n\f\v]+/(?P<name>[^" + _END + rb"]*)"
    rb"[ \t\r\n\f\v]+put(?=[" + _END + rb"])"
    rb"|(?P<ws>[ \t\r\n\f\v]+)"
    rb"|(?P<comment>%[^\r\n]*)"
    rb"|(?P<num>[-+]?(?:\d+\.\d*|\.\d+|\d+))(?=[" + _END + rb"])"
    rb"|/(?P<lit>[^" + _END + rb"]*)(?=[" + _END + rb"])"
    rb"|(?P<kw>[A-Za-z][^" + _END + rb"]*)(?=[" + _END + rb"])"
    rb"|\((?P<str>[^()\\]*)\)"
    rb"|(?P<open>[\[{])"
    rb"|(?P<close>[\]}])"
)
_PAIRS = {b"]": b"[", b"}": b"{"}


class _Name(str):
    """A /name on the stack (pdfminer's PSLiteral), apart from strings."""


def encoding(data: bytes) -> dict[int, str] | None:
    """Code → character of a Type 1 header, as pdfminer's `get_encoding` finds it, or
    None when the header is not plain (then pdfminer's parser must read it)."""
    if b"\x00" in data:
        return None
    stacks: list[list[Any]] = [[]]
    kinds: list[bytes] = []
    entries: list[tuple[int, str]] = []
    pos, end = 0, len(data)
    while pos < end:
        m = _TOKEN.match(data, pos)
        if m is None:
            return None
        pos = m.end()
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        if kind == "name":
            try:
                entries.append((int(m.group("code")), m.group("name").decode("utf-8")))
            except UnicodeDecodeError:
                return None
            continue
        if kind == "num":
            text = m.group("num")
            stacks[-1].append(float(text) if b"." in text else int(text))
        elif kind == "lit":
            try:
                stacks[-1].append(_Name(m.group("lit").decode("utf-8")))
            except UnicodeDecodeError:
                return None
        elif kind == "str":
            stacks[-1].append(m.group("str"))
        elif kind == "open":
            kinds.append(m.group("open"))
            stacks.append([])
        elif kind == "close":
            if not kinds or kinds.pop() != _PAIRS[m.group("close")]:
                return None
            inner = stacks.pop()
            stacks[-1].append(inner)
        else:
            word = m.group("kw")
            if word in (b"true", b"false"):
                stacks[-1].append(word == b"true")
            elif word == b"put":
                stack = stacks[-1]
                if len(stack) < 2:
                    return None
                key, value = stack[-2:]
                del stack[-2:]
                if isinstance(key, int) and isinstance(value, _Name):
                    entries.append((key, str(value)))
    out: dict[int, str] = {}
    for cid, name in entries:
        text = _name_to_text(name)
        if text is not None:  # a name no Unicode table knows (cid123): no entry
            out[cid] = text
    return out


@lru_cache(maxsize=8192)
def _name_to_text(name: str) -> str | None:
    """pdfminer's `name2unicode`, None for its KeyError; asked once a glyph name (a font's
    subsets name the same glyphs, cid123 and uni4E00, document after document)."""
    try:
        return name2unicode(name)
    except KeyError:
        return None


# A ToUnicode map is mostly `beginbfchar <01> <4E00> … endbfchar` blocks, each pair read
# by pdfminer's tokenizer one character at a time.  Where every block holds only pairs
# (and the map no ranges, comments or escapes), the pairs are taken out with one pattern
# and pdfminer's parser reads the rest: first to check that it meets each emptied block
# where it would have met the full one (inside the map, outside any array, dictionary or
# string), then for good, each block's pairs going into the map at its endbfchar as
# pdfminer puts them there.  Anything else: pdfminer reads the whole map.
_HEX = rb"<((?:[0-9A-Fa-f]{2})+)>"
_ONE_HEX = rb"<(?:[0-9A-Fa-f]{2})+>"
_BFCHAR = re.compile(
    rb"(?<=[\s>\])}])beginbfchar((?:[ \t\r\n\f]*" + _ONE_HEX + rb"[ \t\r\n\f]*" + _ONE_HEX
    + rb")*[ \t\r\n\f]*)endbfchar(?=[\s/\[<(]|$)"
)
_PAIR = re.compile(_HEX + rb"[ \t\r\n\f]*" + _HEX)
_NOT_PLAIN_MAP = (b"%", b"\\", b"\x00", b"bfrange", b"cidrange", b"cidchar", b"usecmap",
                  b"notdefrange")

Pairs = list[tuple[int, bytes]]  # code, UTF-16 bytes


def bfchar_pairs(data: bytes) -> tuple[bytes, list[Pairs]] | None:
    """A ToUnicode map with its bfchar blocks emptied, and each block's pairs in order;
    None where a block holds anything but pairs, or the map ranges or escapes."""
    if any(word in data for word in _NOT_PLAIN_MAP):
        return None
    blocks = list(_BFCHAR.finditer(data))
    if not blocks or not len(blocks) == data.count(b"beginbfchar") == data.count(b"endbfchar"):
        return None
    pairs: list[Pairs] = []
    rest: list[bytes] = []
    at = 0
    for block in blocks:
        pairs.append([(int(p.group(1), 16), bytes.fromhex(p.group(2).decode()))
                      for p in _PAIR.finditer(block.group(1))])
        rest += [data[at : block.start(1)], b" "]
        at = block.end(1)
    rest.append(data[at:])
    return b"".join(rest), pairs


class _MapParser(CMapParser):
    """pdfminer's ToUnicode parser, with a plain map (`bfchar_pairs`) read without it: the
    attributes its emptied rest sets (`_attributes`) and its pairs, block by block, put
    into the map as pdfminer's parser would put them."""

    def __init__(self, cmap: CMapBase, fp: BinaryIO) -> None:
        self._plain: tuple[dict[str, object], list[Pairs]] | None = None
        split = bfchar_pairs(fp.getvalue()) if isinstance(fp, BytesIO) else None
        if split is not None:
            attributes = _attributes(split[0], len(split[1]))
            if attributes is not None:
                self._plain = attributes, split[1]
        super().__init__(cmap, fp)

    def run(self) -> None:
        if self._plain is None:
            super().run()
            return
        attributes, blocks = self._plain
        for name, value in attributes.items():
            self.cmap.set_attr(name, value)
        for pairs in blocks:
            for code, text in pairs:
                self.cmap.add_cid2unichr(code, text)


# The count before each emptied block (`100 beginbfchar endbfchar`) is popped unread by
# beginbfchar inside a map (and a block outside one is not plain either way): maps that
# differ only in their counts are read once.  A font's subset changes its counts, not the
# boilerplate around them, which each producer writes the same in every document.
_BLOCK_COUNT = re.compile(rb"(?<![^\s\])>}])\d+[ \t\r\n\f]+(?=beginbfchar)")
_ATTRIBUTES: dict[bytes, tuple[dict[str, object], int] | None] = {}  # rest → attributes, blocks


def _attributes(rest: bytes, blocks: int) -> dict[str, object] | None:
    """What pdfminer's parser sets (`def`) reading an emptied map, where it meets each of
    its `blocks` emptied blocks inside the map (outside any array, dictionary or string);
    None otherwise (then pdfminer reads the whole map)."""
    key = _BLOCK_COUNT.sub(b"", rest)
    if key not in _ATTRIBUTES:
        check = _Check(key)
        try:
            check.run()
            plain = all(check.plain)
        except Exception:  # whatever pdfminer makes of the map, it makes of the whole
            plain = False
        if len(_ATTRIBUTES) >= 512:
            _ATTRIBUTES.clear()
        _ATTRIBUTES[key] = (dict(check.cmap.attrs), len(check.plain)) if plain else None
    found = _ATTRIBUTES[key]
    return dict(found[0]) if found is not None and found[1] == blocks else None


class _Check(CMapParser):
    """Reads an emptied map into a scratch map, noting the state at each endbfchar."""

    def __init__(self, rest: bytes) -> None:
        super().__init__(FileUnicodeMap(), BytesIO(rest))
        self.plain: list[bool] = []

    def do_keyword(self, pos: int, token: PSKeyword) -> None:
        if token is self.KEYWORD_ENDBFCHAR:
            self.plain.append(self._in_cmap and not self.context and not self.curstack)
        super().do_keyword(pos, token)


class _HeaderParser(pdffont.Type1FontHeaderParser):
    """pdfminer's header parser, trying `encoding` first."""

    def __init__(self, data: BytesIO) -> None:
        super().__init__(data)
        self._data = data.getvalue()

    def get_encoding(self) -> dict[int, str]:
        found = encoding(self._data)
        return found if found is not None else super().get_encoding()


@contextmanager
def font_parsers() -> Iterator[None]:
    """pdfminer reads Type 1 headers with `_HeaderParser` and ToUnicode maps with
    `_MapParser` inside (and as before after)."""
    before = pdffont.Type1FontHeaderParser, pdffont.CMapParser
    pdffont.Type1FontHeaderParser = _HeaderParser  # type: ignore[misc,assignment]
    pdffont.CMapParser = _MapParser  # type: ignore[misc]
    try:
        yield
    finally:
        pdffont.Type1FontHeaderParser, pdffont.CMapParser = before  # type: ignore[misc]
