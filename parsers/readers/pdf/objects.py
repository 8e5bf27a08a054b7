"""A PDF's indirect objects read with one regular expression, for pdfminer's document.

Why by hand: pdfminer parses every indirect object a page needs (the page dictionaries,
the fonts with their /Widths arrays, their descriptors) with its pure-Python tokenizer,
a few Python calls a byte: some 1,800 tokens in a 12-page LibreOffice export, a tenth of
the time its pages take to read.  `parse_object` reads the same objects with the
content reader's pattern (`content.TOKEN`, matched in C) and returns what pdfminer's
`PDFDocument._getobj_parse` returns for them.

Only the plain part of the syntax is read: numbers, names, strings, arrays,
dictionaries, `R` references, null, true and false, then `endobj`.  Anything else (a
stream, an unknown keyword, a name with `#` escapes, NUL or vertical-tab bytes, which
the two tokenizers split differently, an object that does not end) returns None, and
pdfminer reads that object as before.  An object that is only a reference, leading back
to itself, is refused as damage (pdfminer would follow it for ever).  Decryption is
unchanged: pdfminer's `getobj` deciphers what this returns, as it deciphers its own parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFObjRef
from pdfminer.psparser import PSLiteral, literal_name

from jixiao.parsers.readers.pdf.content import CONSTANTS, TOKEN, Unusual, _string, _value

# `N G obj`, as pdfminer's three `nexttoken` calls read it (`\s`: its whitespace)
HEAD = re.compile(rb"\s*+(\d++)\s++(\d++)\s*+obj(?![^\s()<>\[\]{}/%])")
ENDOBJ = b"endobj"
# bytes the two tokenizers read differently: NUL and \v (whitespace to one, not the
# other), # (a name's escape, which pdfminer reads with rules of its own)
ODD = re.compile(rb"[\x00\x0b#]")
NOT_AFTER_KEYWORD = re.compile(rb"[^\s()<>\[\]{}/%]")  # `endobjx` is another keyword


class NotPlain(Exception):
    """The object uses syntax left to pdfminer's own parser."""


def parse_object(data: bytes, pos: int, objid: int, doc: PDFDocument) -> Any:
    """The object `objid` whose `N G obj` starts at `pos`, as pdfminer would parse it;
    raises NotPlain where pdfminer must."""
    head = HEAD.match(data, pos)
    if head is None or int(head.group(1)) != objid:
        raise NotPlain("no plain object header")
    start = head.end()
    end = data.find(ENDOBJ, start)
    if end < 0:
        raise NotPlain("no endobj")
    if data.find(b"stream", start, end) >= 0:
        raise NotPlain("a stream")  # before looking through its bytes
    end += len(ENDOBJ)
    if ODD.search(data, start, end) is not None or NOT_AFTER_KEYWORD.match(data, end):
        raise NotPlain("bytes the tokenizers read differently")
    try:
        return _objects(data, start, end, doc)
    except Unusual as e:
        raise NotPlain(str(e)) from e


def _objects(data: bytes, pos: int, end: int, doc: PDFDocument) -> Any:
    """pdfminer's `nextobject` after `obj`, up to `endobj` (data[..end] ends with it)."""
    top: list[Any] = []
    stack = top  # the innermost open array or dictionary, else the object's own values
    containers: list[tuple[list[Any], bytes]] = []  # the enclosing ones, with their kind
    match = TOKEN.match
    while True:
        m = match(data, pos, end)
        if m is None:
            raise NotPlain(f"unreadable at byte {pos}")
        kind = m.lastgroup
        pos = m.end()
        if kind == "kw":
            kw = m.group("kw")
            if kw == ENDOBJ and not containers:
                if not top:
                    raise NotPlain("endobj without a value")
                return top[-4:][0]  # pdfminer: the last four popped, the first returned
            if kw == b"R":
                if len(stack) < 2 or type(stack[-1]) is not int or type(stack[-2]) is not int:
                    raise NotPlain("a reference without two numbers")
                objid = stack[-2]
                del stack[-2:]
                stack.append(PDFObjRef(doc, objid))
            elif kw == b"null":
                stack.append(None)
            elif kw in CONSTANTS:
                stack.append(CONSTANTS[kw])
            else:
                raise NotPlain(f"the keyword {kw!r}")
        elif kind == "str":
            value, pos = _string(data, pos)
            stack.append(value)
        elif kind in ("arr", "dict"):
            bracket = m.group(kind)
            if bracket in (b"[", b"<<"):
                containers.append((stack, bracket))
                stack = []
                continue
            if not containers or containers[-1][1] != (b"[" if bracket == b"]" else b"<<"):
                raise NotPlain("an unbalanced bracket")
            inner = stack
            stack = containers.pop()[0]
            stack.append(inner if bracket == b"]" else _dictionary(inner))
        elif kind == "end":
            raise NotPlain("the data ends")
        else:
            value, pos = _value(m, data)
            stack.append(value)


def _dictionary(items: list[Any]) -> dict[str, Any]:
    """pdfminer's dictionary of a `<< >>`'s objects (a null value leaves its key out)."""
    if len(items) % 2:
        raise NotPlain("a dictionary with an odd number of items")
    keys = items[::2]
    if not all(isinstance(k, PSLiteral) for k in keys):
        raise NotPlain("a dictionary key that is no name")
    return {literal_name(k): v for k, v in zip(keys, items[1::2], strict=True)
            if v is not None}


def read_objects_plainly(doc: PDFDocument, data: bytes) -> None:
    """`doc`, read from `data`, parses its plain indirect objects with `parse_object`
    from here on, the rest with pdfminer's parser."""
    pdfminers: Callable[[int, int], Any] = doc._getobj_parse

    def parse(pos: int, objid: int) -> Any:
        try:
            return parse_object(data, pos, objid, doc)
        except NotPlain:
            return pdfminers(pos, objid)

    def getobj_parse(pos: int, objid: int) -> Any:
        obj = parse(pos, objid)
        if isinstance(obj, PDFObjRef):
            _no_loop(doc, objid, obj, parse)
        return obj

    doc._getobj_parse = getobj_parse  # type: ignore[method-assign]


MAX_CHAIN = 32  # objects that are each only a reference to the next: more is no real file


def _no_loop(doc: PDFDocument, objid: int, ref: PDFObjRef,
             parse: Callable[[int, int], Any]) -> None:
    """Raise where an object that is only a reference (5 0 obj 6 0 R endobj) leads back to
    itself: pdfminer's `resolve1` would follow the loop for ever (a hostile /MediaBox)."""
    seen = {objid}
    for _ in range(MAX_CHAIN):
        if ref.objid in seen:
            raise PDFSyntaxError(f"object {objid} refers to itself through object {ref.objid}")
        seen.add(ref.objid)
        where = _position(doc, ref.objid)
        if where is None:
            return  # a missing or compressed object: pdfminer's to resolve
        nxt = parse(where, ref.objid)
        if not isinstance(nxt, PDFObjRef):
            return
        ref = nxt
    raise PDFSyntaxError(f"object {objid} starts a chain of more than {MAX_CHAIN} references")


def _position(doc: PDFDocument, objid: int) -> int | None:
    """Where the object starts in the file, when it stands there (not in a stream)."""
    for xref in doc.xrefs:
        try:
            strmid, pos, _ = xref.get_pos(objid)
        except KeyError:
            continue
        return pos if strmid is None else None
    return None
