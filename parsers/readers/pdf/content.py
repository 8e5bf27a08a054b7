"""Page content streams read with one regular expression, for pdfminer's interpreter.

Why by hand: pdfminer (the engine under pdfplumber) tokenizes content streams with a
pure-Python state machine that logs every token; on the PDFs Word, WPS and LibreOffice
write, that tokenizer is two thirds of the time a page takes.  Here the tokens come from
one compiled pattern (the matching runs in C) and go to the same `do_*` operator methods
of `PDFPageInterpreter`, so what is drawn is interpreted exactly as pdfminer does it.

Only the common part of the syntax is read: numbers, names, strings, arrays,
dictionaries and operators.  Anything else (inline images, procedure braces, an
unbalanced bracket) raises `Unusual`, and the caller reads the page again with
pdfminer's own parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, cast

from pdfminer import settings
from pdfminer.pdfdevice import PDFTextSeq
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import (
    PDFGraphicState,
    PDFInterpreterError,
    PDFPageInterpreter,
    PDFStackT,
    PDFTextState,
)
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psparser import LIT, literal_name
from pdfminer.utils import Matrix

WS = rb"\x00\t\n\x0c\r "
DELIM = rb"()<>\[\]{}/%"
TOKEN = re.compile(
    rb"[" + WS + rb"]*(?:%[^\r\n]*[" + WS + rb"]*)*"  # whitespace and comments
    rb"(?:(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?![^" + WS + DELIM + rb"])"
    rb"|/(?P<name>[^" + WS + DELIM + rb"]*)"
    rb"|(?P<dict><<|>>)"
    rb"|<(?P<hex>[0-9A-Fa-f\s]*)>"  # pdfminer's whitespace (\s), NUL not
    rb"|(?P<arr>[\[\]])"
    rb"|(?P<str>\()"
    rb"|(?P<kw>[^" + WS + DELIM + rb"]+)"
    rb"|(?P<end>$))"
)
# One whole instruction, when it is plain: at most one name or hex string, then numbers,
# then the operator, with nothing but whitespace between (1 0 0 1 72 700 Tm, /F2 10.5 Tf,
# <0C>Tj, 0 0 0 rg, q, BT).  Most of what Word, WPS and LibreOffice write is so; one match
# and one call for it instead of one per token.  A number here is any run of figures,
# signs and points: one that is no number (1.2.3, -) raises `NotANumber` before anything
# is run, and the instruction is read token by token.  (No NUL: `bytes.split` keeps it.)
_SPACE = rb"[\t\n\x0c\r ]"
INSTRUCTION = re.compile(  # possessive (*+): a name is never cut short into an operator
    _SPACE + rb"*+(?:<(?P<hex>[0-9A-Fa-f]*+)>|/(?P<name>[^" + WS + DELIM + rb"]*+))?"
    + _SPACE + rb"*+(?P<nums>(?:[-+.0-9]++" + _SPACE + rb"++)*+)"
    rb"(?P<kw>[A-Za-z'\"*][^" + WS + DELIM + rb"]*+)"
)
NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
STRING_PART = re.compile(rb"[()\\]")
ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f",
           b"(": b"(", b")": b")", b"\\": b"\\"}
OCTAL = re.compile(rb"[0-7]{1,3}")
NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
CONSTANTS = {b"true": True, b"false": False}
_NOT_PLAIN = frozenset({*CONSTANTS, b"BI"})  # operands, or an inline image: token by token


_new = object.__new__


class Unusual(Exception):
    """The content uses syntax this reader leaves to pdfminer's own parser."""


class NotANumber(Exception):
    """An operand of a plain instruction is no number: read it token by token."""


Operator = tuple[Callable[..., None], int]
_OPERATORS: dict[tuple[type, bytes], Operator | None] = {}


def _operator(interp: PDFPageInterpreter, kw: bytes) -> Operator | None:
    """The interpreter's method for an operator and how many operands it takes."""
    key = (type(interp), kw)
    if key not in _OPERATORS:
        name = kw.decode("latin-1").replace("*", "_a").replace('"', "_w").replace("'", "_q")
        func = getattr(type(interp), f"do_{name}", None)
        _OPERATORS[key] = (func, func.__code__.co_argcount - 1) if func else None
    op = _OPERATORS[key]
    if op is None:
        return None
    return (op[0].__get__(interp), op[1])


def _string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string from just after its "(": the bytes, and the position after ")"."""
    out: list[bytes] = []
    depth = 1
    while True:
        m = STRING_PART.search(data, pos)
        if m is None:
            raise Unusual("unterminated string")
        out.append(data[pos : m.start()])
        c = m.group()
        pos = m.end()
        if c == b"\\":
            nxt = data[pos : pos + 1]
            if nxt in ESCAPES:
                out.append(ESCAPES[nxt])
                pos += 1
            elif (o := OCTAL.match(data, pos)) is not None:
                out.append(bytes((int(o.group(), 8) & 0xFF,)))
                pos = o.end()
            elif nxt == b"\r":
                pos += 2 if data[pos + 1 : pos + 2] == b"\n" else 1
            elif nxt == b"\n":
                pos += 1
        elif c == b"(":
            depth += 1
            out.append(c)
        else:
            depth -= 1
            if depth == 0:
                return b"".join(out), pos
            out.append(c)


def _value(m: re.Match[bytes], data: bytes) -> tuple[Any, int]:
    """The operand a token stands for (not operators, brackets or strings)."""
    kind = m.lastgroup
    if kind == "num":
        text = m.group("num")
        return (float(text) if b"." in text else int(text)), m.end()
    if kind == "name":
        return _name(m.group("name")), m.end()
    assert kind == "hex"
    return _hex(re.sub(rb"\s", b"", m.group("hex"))), m.end()


@lru_cache(maxsize=1024)
def _name(raw: bytes) -> Any:
    """/Name as pdfminer's literal (the same object for the same name)."""
    raw = NAME_ESCAPE.sub(lambda e: bytes((int(e.group(1), 16),)), raw)
    try:
        return LIT(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


@lru_cache(maxsize=4096)
def _number(text: bytes) -> int | float:
    """A number operand, as pdfminer reads it (pages repeat most of theirs: 0 1 10.5)."""
    if NUMBER.fullmatch(text) is None:
        raise NotANumber(text)
    return float(text) if b"." in text else int(text)


def _hex(digits: bytes) -> bytes:
    """A hex string's bytes, as pdfminer reads them: a last digit alone is its value (<4>
    is 04, not 40)."""
    if len(digits) % 2:
        return bytes.fromhex(digits[:-1].decode()) + bytes((int(digits[-1:], 16),))
    return bytes.fromhex(digits.decode())


def _instruction(interp: PDFPageInterpreter, hex_: bytes | None, name: bytes | None,
                 nums: bytes, kw: bytes, operators: dict[bytes, Operator | None]) -> None:
    """A plain instruction (INSTRUCTION), run as pdfminer would run its tokens: the
    operands pushed, as many popped as the operator takes, the operator called.
    `operators`: the interpreter's methods met so far, by operator."""
    if kw in operators:
        op = operators[kw]
    else:
        op = operators[kw] = _operator(interp, kw)
    if not nums and hex_ is None and name is None:  # q, Q, BT, ET, S, n
        if op is not None:
            if op[1]:
                args = interp.pop(op[1])
                if len(args) == op[1]:
                    op[0](*args)
            else:
                op[0]()
        return
    operands: list[Any] = list(map(_number, nums.split())) if nums else []
    if hex_ is not None:
        operands.insert(0, _hex(hex_))
    elif name is not None:
        operands.insert(0, _name(name))
    if op is None:
        interp.argstack.extend(operands)
        return
    func, nargs = op
    if not nargs:
        interp.argstack.extend(operands)
        func()
    elif len(operands) >= nargs:  # the operator's operands are all in this instruction
        if len(operands) > nargs:
            interp.argstack.extend(operands[:-nargs])
        func(*operands[-nargs:])
    else:
        interp.argstack.extend(operands)
        args = interp.pop(nargs)
        if len(args) == nargs:
            func(*args)


class _Floats(dict[bytes, float]):
    """A number operand's text → the float pdfminer's `safe_float` makes of the operand
    it parses (`_number`): the same value, -0 included (0, not -0.0)."""

    def __missing__(self, text: bytes) -> float:
        if len(self) > 65536:
            self.clear()
        value = self[text] = float(_number(text))
        return value


_FLOATS = _Floats()


class _Operands(dict[bytes, tuple[float, ...]]):
    """An instruction's numbers as text (`1 0 0 1 75.8 318.089 `) → their floats, as
    `_FLOATS` makes each: a page sets the same places, fonts and colours again and
    again, so one lookup stands for a split and a lookup a number."""

    def __missing__(self, text: bytes) -> tuple[float, ...]:
        if len(self) > 65536:
            self.clear()
        value = self[text] = tuple(map(_FLOATS.__getitem__, text.split()))
        return value


_OPERANDS = _Operands()


class _Hexes(dict[bytes, bytes]):
    """A hex string's digits → its bytes (`_hex`): a table's words come back page after
    page."""

    def __missing__(self, digits: bytes) -> bytes:
        if len(self) > 65536:
            self.clear()
        value = self[digits] = _hex(digits)
        return value


_HEXES = _Hexes()
Handler = Callable[[bytes | None, bytes | None, bytes], bool]


class _Plain:
    """The operators LibreOffice, Word and WPS write most, each in its plain form
    (`/F2 10.5 Tf`, `<0C>Tj`, `1 0 0 1 72 700 Tm`, `q`), run straight on the
    interpreter's state as pdfminer's `do_*` method would run it: the same values set in
    the same order, with no operand stack, no `safe_float` per operand and no call through
    the interpreter.  A handler takes an instruction's hex string, name and numbers (as
    text) and returns False, having done nothing, where the instruction is not of the
    form it knows (a missing font, another number of operands): then the general path
    (`_instruction`) runs it.  Only for `FastInterpreter`, whose `do_*` these are."""

    def __init__(self, interp: PDFPageInterpreter) -> None:
        self.interp = interp
        self.device = interp.device
        # (/name, size as text) → the page's font and the size: what `Tf` sets
        self.fonts: dict[tuple[bytes, bytes], tuple[PDFFont, float]] = {}
        self.handlers: dict[bytes, Handler] = {
            b"Tf": self.Tf, b"Tj": self.Tj, b"Tm": self.Tm, b"Td": self.Td,
            b"q": self.q, b"Q": self.Q, b"BT": self.BT, b"ET": self.nothing,
            b"rg": self.rg, b"RG": self.RG, b"g": self.g, b"G": self.G,
            b"m": self.m, b"l": self.l, b"re": self.re, b"S": self.S, b"f": self.f,
            b"n": self.n, b"W": self.nothing, b"W*": self.nothing,  # no clipping here
            b"w": self.w, b"J": self.J, b"j": self.j,
        }

    def Tf(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        font_size = self.fonts.get((name, nums))  # type: ignore[arg-type]
        if font_size is None:
            if name is None or len(values := _OPERANDS[nums]) != 1:
                return False
            font = self.interp.fontmap.get(literal_name(_name(name)))
            if font is None:  # pdfminer's stand-in font, or its error: the general path
                return False
            font_size = self.fonts[name, nums] = (font, values[0])
        textstate = self.interp.textstate
        textstate.font, textstate.fontsize = font_size
        return True

    def Tj(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        textstate = self.interp.textstate
        if hex_ is None or nums or textstate.font is None:
            return False
        graphicstate = self.interp.graphicstate
        self.device.render_string(textstate, [_HEXES[hex_]], graphicstate.ncs, graphicstate)
        return True

    def Tm(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = _OPERANDS[nums]
        if len(values) != 6 or hex_ is not None or name is not None:
            return False
        textstate = self.interp.textstate
        textstate.matrix = values
        textstate.linematrix = (0, 0)
        return True

    def Td(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = _OPERANDS[nums]
        if len(values) != 2 or hex_ is not None or name is not None:
            return False
        tx, ty = values
        textstate = self.interp.textstate
        a, b, c, d, e, f = textstate.matrix
        textstate.matrix = (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)
        textstate.linematrix = (0, 0)
        return True

    def q(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        if nums or hex_ is not None or name is not None:
            return False
        self.interp.do_q()
        return True

    def Q(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        if nums or hex_ is not None or name is not None:
            return False
        self.interp.do_Q()
        return True

    def BT(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        if nums or hex_ is not None or name is not None:
            return False
        self.interp.textstate.reset()
        return True

    def nothing(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        """ET, W, W*: pdfminer's do nothing."""
        return not nums and hex_ is None and name is None

    def rg(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = _OPERANDS[nums]
        if len(values) != 3 or hex_ is not None or name is not None:
            return False
        graphicstate = self.interp.graphicstate
        graphicstate.ncolor = values
        graphicstate.ncs = self.interp.csmap["DeviceRGB"]
        return True

    def RG(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = nums.split()
        if len(values) != 3 or hex_ is not None or name is not None:
            return False
        graphicstate = self.interp.graphicstate
        graphicstate.scolor = tuple(map(_FLOATS.__getitem__, values))  # type: ignore[assignment]
        graphicstate.scs = self.interp.csmap["DeviceRGB"]
        return True

    def m(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._point("m", hex_, name, nums)

    def l(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:  # noqa: E743
        return self._point("l", hex_, name, nums)

    def _point(self, op: str, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = _OPERANDS[nums]
        if len(values) != 2 or hex_ is not None or name is not None:
            return False
        self.interp.curpath.append((op, *values))
        return True

    def re(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = nums.split()
        if len(values) != 4 or hex_ is not None or name is not None:
            return False
        x, y, w, h = map(_FLOATS.__getitem__, values)
        self.interp.curpath += [("m", x, y), ("l", x + w, y), ("l", x + w, y + h),
                                ("l", x, y + h), ("h",)]
        return True

    def S(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._paint(True, False, hex_, name, nums)

    def f(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._paint(False, True, hex_, name, nums)

    def _paint(self, stroke: bool, fill: bool, hex_: bytes | None, name: bytes | None,
               nums: bytes) -> bool:
        if nums or hex_ is not None or name is not None:
            return False
        interp = self.interp
        self.device.paint_path(interp.graphicstate, stroke, fill, False, interp.curpath)
        interp.curpath = []
        return True

    def n(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        if nums or hex_ is not None or name is not None:
            return False
        self.interp.curpath = []
        return True

    def g(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._gray("ncolor", "ncs", hex_, name, nums)

    def G(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._gray("scolor", "scs", hex_, name, nums)

    def _gray(self, color: str, space: str, hex_: bytes | None, name: bytes | None,
              nums: bytes) -> bool:
        values = nums.split()
        if len(values) != 1 or hex_ is not None or name is not None:
            return False
        graphicstate = self.interp.graphicstate
        setattr(graphicstate, color, _FLOATS[values[0]])
        setattr(graphicstate, space, self.interp.csmap["DeviceGray"])
        return True

    def w(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        values = nums.split()
        if len(values) != 1 or hex_ is not None or name is not None:
            return False
        width = _FLOATS[values[0]]
        ctm = self.interp.ctm
        self.interp.graphicstate.linewidth = width * (ctm[0] ** 2 + ctm[1] ** 2) ** 0.5
        return True

    def J(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._style("linecap", hex_, name, nums)

    def j(self, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        return self._style("linejoin", hex_, name, nums)

    def _style(self, attr: str, hex_: bytes | None, name: bytes | None, nums: bytes) -> bool:
        """J and j: the operand itself, as parsed, not a float."""
        values = nums.split()
        if len(values) != 1 or hex_ is not None or name is not None:
            return False
        setattr(self.interp.graphicstate, attr, _number(values[0]))
        return True


def run(interp: PDFPageInterpreter, streams: Sequence[object]) -> None:
    """Interpret the content streams: each operator called with its operands."""
    data = b"\n".join(stream_value(s).get_data() for s in streams)
    containers: list[list[Any]] = []  # open arrays and dictionaries, innermost last
    kinds: list[bytes] = []
    match = TOKEN.match
    instruction = INSTRUCTION.match
    operators: dict[bytes, Operator | None] = {}
    plain = _Plain(interp).handlers if isinstance(interp, FastInterpreter) else {}
    pos = 0
    while True:
        if not containers:
            m = instruction(data, pos)
            if m is not None:
                hex_, name, nums, kw = m.groups()
                handler = plain.get(kw)
                try:
                    if handler is not None and handler(hex_, name, nums):
                        pos = m.end()
                        continue
                    if kw not in _NOT_PLAIN:
                        _instruction(interp, hex_, name, nums, kw, operators)
                        pos = m.end()
                        continue
                except NotANumber:
                    pass  # read token by token
        m = match(data, pos)
        if m is None:
            raise Unusual(f"unreadable content at byte {pos}")
        kind = m.lastgroup
        if kind == "end":
            break
        pos = m.end()
        if kind == "kw":
            kw = m.group("kw")
            if kw[:1] in b"+-.0123456789":  # 1.2.3, --5, 1e3: pdfminer reads a number in it
                raise Unusual(f"a malformed number at byte {m.start('kw')}")
            if kw in CONSTANTS or containers:
                if kw not in CONSTANTS:
                    raise Unusual("an operator inside an array or dictionary")
                obj: Any = CONSTANTS[kw]
            else:
                if kw == b"BI":
                    raise Unusual("an inline image")
                op = _operator(interp, kw)
                if op is not None:
                    func, nargs = op
                    if nargs:
                        args = interp.pop(nargs)
                        if len(args) == nargs:
                            func(*args)
                    else:
                        func()
                continue
        elif kind == "str":
            obj, pos = _string(data, pos)
        elif kind == "arr":
            if m.group("arr") == b"[":
                containers.append([])
                kinds.append(b"[")
                continue
            if not kinds or kinds.pop() != b"[":
                raise Unusual("an unbalanced ]")
            obj = containers.pop()
        elif kind == "dict":
            if m.group("dict") == b"<<":
                containers.append([])
                kinds.append(b"<<")
                continue
            if not kinds or kinds.pop() != b"<<":
                raise Unusual("an unbalanced >>")
            items = containers.pop()
            if len(items) % 2:
                raise Unusual("a dictionary with an odd number of items")
            obj = {literal_name(k): v for k, v in zip(items[::2], items[1::2], strict=True)
                   if v is not None}
        else:
            obj, pos = _value(m, data)
        if containers:
            containers[-1].append(obj)
        else:
            interp.push(obj)
    if containers:
        raise Unusual("an array or dictionary left open")


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter reading content streams with `run`."""

    def do_TJ(self, seq: PDFStackT) -> None:
        """pdfminer's, without copying the graphic state for every string shown: the
        page's collector keeps glyph boxes only, never the state."""
        if self.textstate.font is None:
            if settings.STRICT:
                raise PDFInterpreterError("No font specified!")
            return
        self.device.render_string(self.textstate, cast(PDFTextSeq, seq),
                                  self.graphicstate.ncs, self.graphicstate)

    def get_current_state(self) -> tuple[Matrix, PDFTextState, PDFGraphicState]:
        """pdfminer's (what `q` saves), the states copied attribute for attribute in one
        step each rather than one assignment each."""
        textstate = _new(PDFTextState)
        textstate.__dict__.update(self.textstate.__dict__)
        graphicstate = _new(PDFGraphicState)
        graphicstate.__dict__.update(self.graphicstate.__dict__)
        return (self.ctm, textstate, graphicstate)

    def execute(self, streams: Sequence[object]) -> None:
        valid: list[PDFStream] = []
        self.stream_ids.clear()
        for obj in streams:  # as pdfminer: no stream twice up the chain of forms
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        run(self, valid)
