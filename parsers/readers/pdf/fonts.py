"""The encoding of an embedded Type 1 font, read with one regular expression.

A Type 1 font without an /Encoding in the PDF names its codes in the clear-text header of
its font program (`dup 32 /space put` …), and pdfminer reads that header with its
pure-Python PostScript tokenizer: a fifth of the time of a short LibreOffice PDF, whose
fonts are all of this kind.  `encoding` reads the same header with one pattern and keeps
pdfminer's rules (every `put` takes the two objects before it in the innermost array or
procedure, and a code followed by a name is an entry); anything outside the plain
syntax those headers use (hex strings, dictionaries, escapes, a `put` short of operands)
returns None, and pdfminer's parser reads the header as before.

`header_parser()` lends pdfminer this reader for the fonts loaded inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from io import BytesIO
from typing import Any

from pdfminer import pdffont
from pdfminer.encodingdb import name2unicode

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
        with suppress(KeyError):  # a name no Unicode table knows (cid123): no entry
            out[cid] = name2unicode(name)
    return out


class _HeaderParser(pdffont.Type1FontHeaderParser):
    """pdfminer's header parser, trying `encoding` first."""

    def __init__(self, data: BytesIO) -> None:
        super().__init__(data)
        self._data = data.getvalue()

    def get_encoding(self) -> dict[int, str]:
        found = encoding(self._data)
        return found if found is not None else super().get_encoding()


@contextmanager
def header_parser() -> Iterator[None]:
    """pdfminer reads Type 1 headers with `_HeaderParser` inside (and as before after)."""
    before = pdffont.Type1FontHeaderParser
    pdffont.Type1FontHeaderParser = _HeaderParser  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        pdffont.Type1FontHeaderParser = before  # type: ignore[misc]
