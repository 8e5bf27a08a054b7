"""Glyphs → lines → text, the way a reader of Chinese reads them.

    build_lines   glyphs sorted into lines (vertical overlap), left to right, with the
                  doubled glyphs of fake bold removed
    line_text     no space between Chinese characters, or between a number and the
                  Chinese beside it (`37亩`, even where the PDF leaves a visual gap after
                  `37`); a space between Latin words where the gap is a word gap
    join_lines    wrapped lines of one paragraph joined, paragraphs kept apart with "\\n":
                  a line ended early (the next line's first word would have fitted)
                  ends its paragraph, and a line that opens an item (a 【label】, a
                  numbered item: 指标1:, 2、, (3)) starts one

pdfplumber's `extract_text` inserts a space for any gap wider than a fixed tolerance,
which breaks `37亩` into `37 亩`, and its duplicate-char removal is a separate pass over
all characters; here both happen while a line is built.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, eq

from jixiao.parsers.readers.pdf.page import UNMAPPED, Glyph

SPACE_GAP = 0.25  # a gap wider than this (in em) between Latin letters is a word gap
SAME_LINE = 0.5  # glyphs overlapping vertically by this share of the smaller are one line
DOUBLED = 0.5  # a same glyph within this share of its width is drawn twice (fake bold)
SLACK = 0.5  # em of room a wrapped line may leave before the edge (kinsoku, autospace)

# Characters that may not start a line (kinsoku): a line break moves them down together
# with the character before them, so they count as part of the next line's first word.
NO_LINE_START = frozenset("，。、；：？！）》」』】〉”’,.;:?!)%…—·/／")  # / as Unicode's
# line breaking has it (a symbol that allows a break after it, never before: 17元/ | 人)
# ... of which these never open a paragraph either (a line starting with one goes on with
# the line above, whatever room that one left: 17元 | /人.每天 in a narrow cell)
NEVER_OPENS = frozenset("，。、；：？！）》」』】〉”’,.;:?!)%/／")
NO_LINE_END = frozenset("（《「『【〈“‘(")  # and these go down with the character after them
# No line breaks before a quotation mark either, as LibreOffice breaks lines (Unicode's line
# breaking, class QU: 坚决做到“无增减存” wraps before 到, not between 到 and “)
QUOTATION_MARKS = frozenset("“”‘’\"'")
_NO_BREAK_BEFORE = NO_LINE_START | QUOTATION_MARKS
# A line opening an item starts a paragraph even where its first word would not have
# fitted after the line before (a short item, 指标1:…(≥77台), then the next 【label】, in a
# narrow cell): a 【label】's bracket, or a number of one or two figures (alone, or after a
# label's word: 指标1, 绩效目标2, 任务3, 第1) closed by a colon, a 、 or a full stop, none
# followed by another figure (2.5 and 12:30 are numbers, not items), or in brackets, (3) or
# （3）.  Other characters before the number end the wrapped sentence before it (生命防 /
# 护问题3、极大…: the rest of 防护问题, then the next item, on the line the wrap began); or a
# section's Chinese numeral and 、 (一、项目基本情况 under a title no wider than itself)
ITEM = re.compile(
    r"【|(?:[\u4e00-\u9fff]{0,3}(?:标|標|任务|任務|措施|内容|內容)|第)?\d{1,2}[:：、.．](?!\d)"
    r"|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、")


@dataclass(slots=True)
class TextLine:
    glyphs: list[Glyph]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    ends_with_space: bool = False
    spaces_drawn: bool = True  # the page draws its spaces (a missing one is no space)


def is_cjk(ch: str) -> bool:
    """Han characters, CJK punctuation and full-width forms."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
    )


def is_garbage(ch: str) -> bool:
    """A glyph the font could not map to Unicode: unmapped, private use, or control."""
    if ch == UNMAPPED:
        return True
    cat = unicodedata.category(ch)
    return cat == "Co" or (cat == "Cc" and ch not in "\t\n")


@lru_cache(maxsize=4096)
def garbled(text: str) -> bool:
    """A glyph's text holds a character the font could not map (`is_garbage`); asked for
    every glyph of a document, of a few hundred distinct texts."""
    return any(is_garbage(ch) for ch in text)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_TOP, _BOTTOM, _X0, _SIZE, _TEXT = (attrgetter(f) for f in ("top", "bottom", "x0", "size",
                                                              "text"))
_LATIN = re.compile(r"[A-Za-z0-9]")  # what `_latin` is true of


def build_lines(glyphs: list[Glyph], *, spaces_drawn: bool = True) -> list[TextLine]:
    """Glyphs grouped into lines, top to bottom, each left to right."""
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    top = bottom = 0.0
    # min and max written out as the builtins choose (the first of equals): a line is
    # built per cell, thousands a document
    for g in sorted(glyphs, key=_TOP):
        g_top, g_bottom = g.top, g.bottom
        if row:
            overlap = ((g_bottom if g_bottom < bottom else bottom)
                       - (g_top if g_top > top else top))
            height = bottom - top
            if overlap >= SAME_LINE * (g.size if g.size < height else height):
                row.append(g)
                if g_top < top:
                    top = g_top
                if g_bottom > bottom:
                    bottom = g_bottom
                continue
        row = [g]
        rows.append(row)
        top, bottom = g_top, g_bottom
    lines = [_make_line(_undouble(sorted(row, key=_X0))) for row in rows]
    for ln in lines:
        ln.spaces_drawn = spaces_drawn
    return [ln for ln in lines if ln.text]


def _undouble(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop a glyph drawn again over itself (fake bold draws each character twice or
    more, a fraction of a point apart)."""
    texts = list(map(_TEXT, glyphs))
    if not any(map(eq, texts, texts[1:])):  # no glyph beside one of the same text
        return glyphs
    kept: list[Glyph] = []
    for g in glyphs:
        if kept:
            p = kept[-1]
            if (
                g.text == p.text
                and abs(g.x0 - p.x0) < DOUBLED * max(p.x1 - p.x0, 1.0)
                and abs(g.top - p.top) < DOUBLED * p.size
            ):
                continue
        kept.append(g)
    return kept


def _make_line(glyphs: list[Glyph]) -> TextLine:
    text = line_text(glyphs)
    ink = _strip_spaces(glyphs) or glyphs
    return TextLine(
        glyphs=ink,
        text=text.strip(),
        x0=ink[0].x0,
        x1=ink[-1].x1,
        top=min(map(_TOP, ink)),
        bottom=max(map(_BOTTOM, ink)),
        size=max(map(_SIZE, ink)),
        ends_with_space=glyphs[-1].text.isspace(),
    )


def _strip_spaces(glyphs: list[Glyph]) -> list[Glyph]:
    if not (glyphs[0].text.isspace() or glyphs[-1].text.isspace()):
        return glyphs
    start, end = 0, len(glyphs)
    while start < end and glyphs[start].text.isspace():
        start += 1
    while end > start and glyphs[end - 1].text.isspace():
        end -= 1
    return glyphs[start:end]


def line_text(glyphs: list[Glyph]) -> str:
    """One line's glyphs as text: the PDF's own spaces are kept; a space is added only
    between two Latin letters or digits that stand a word gap apart."""
    text = "".join(map(_TEXT, glyphs))
    if _LATIN.search(text) is None:  # no two Latin letters or digits to part
        return text
    parts: list[str] = []
    prev: Glyph | None = None
    for g in glyphs:
        if (
            prev is not None
            and g.x0 - prev.x1 > SPACE_GAP * g.size
            and _latin(prev.text[-1])
            and _latin(g.text[0])
        ):
            parts.append(" ")
        parts.append(g.text)
        prev = g
    return "".join(parts)


def first_word_width(line: TextLine) -> float:
    """The width the line's first unbreakable piece needs: a Latin word or number (with
    any brackets on it), or a Chinese character with the punctuation that may not start
    a line after it and the bracket that may not end one before it."""
    glyphs = line.glyphs
    end = 1
    if not is_cjk(glyphs[0].text[0]):
        while end < len(glyphs) and not glyphs[end].text.isspace() and not is_cjk(
            glyphs[end].text[0]
        ):
            end += 1
        if end < len(glyphs) and all(g.text in NO_LINE_END for g in glyphs[:end]):
            end += 1  # a half-width bracket goes down with the character after it: (只)
    elif glyphs[0].text in NO_LINE_END and len(glyphs) > 1:
        end = 2
    while end < len(glyphs) and glyphs[end].text[0] in _NO_BREAK_BEFORE:
        end += 1
        if glyphs[end - 1].text[0] in NO_LINE_END and end < len(glyphs):
            end += 1  # an opening quotation mark goes with the character after it
        elif glyphs[end - 1].text[0] in _SLASHES and end < len(glyphs) and is_cjk(
                glyphs[end].text[0]):
            end += 1  # 元/月/人: LibreOffice keeps a unit per unit whole (1130 | 元/月/人)
        elif glyphs[end - 1].text[0] in _INFIX and end < len(glyphs) and (
                glyphs[end].text[0].isdigit()):
            while end < len(glyphs) and (glyphs[end].text[0].isdigit()
                                         or glyphs[end].text[0] in _INSIDE_A_NUMBER):
                end += 1  # 算:952.22 goes down whole: no break between : and a number
    return glyphs[end - 1].x1 - glyphs[0].x0


_SLASHES = frozenset("/／")
# Half-width infix separators (Unicode's line-breaking class IS): no break between one and
# the number after it, in Word's wrapping as in LibreOffice's and a browser's; and what a
# number holds inside it
_INFIX = frozenset(",.:;")
_INSIDE_A_NUMBER = frozenset(".,%")


def wraps(prev: TextLine, line: TextLine, right: float, before: str = "") -> bool:
    """True when `line` continues `prev`'s paragraph (`before` its text above `prev`):
    `prev` ran to the right edge (`runs_on`) or is one character alone, and `line` does not
    open an item (`ITEM`) but where the items run on in the paragraph (`inline_items`), a
    wrap cut an item's label (`label_cut`), `prev` is a figure's digits or the 一 of a word
    (统 | 一、); a short label and its colon after a full stop always opens a paragraph."""
    if prev.text[-1:] in _SENTENCE_END and _LABELLED.match(line.text):
        return False  # …各项工作。 | 人口普查:根据…: a labelled paragraph after a full stop
    return (runs_on(prev, line, right) or inside_brackets(prev.text, line.text)
            or line.text[:1] in NEVER_OPENS or _lone_character(prev.text)) and (
                not ITEM.match(line.text) or inline_items(before + prev.text, line.text)
                or label_cut(prev.text, line.text) or _FIGURES.fullmatch(prev.text) is not None
                or _word_goes_on(prev.text, line.text))


# a short label and its colon (人口普查:, 年度目标：) opening a line
_LABELLED = re.compile(r"[\u4e00-\u9fff]{3,8}[:：]")  # (其中: goes on)


def _lone_character(text: str) -> bool:
    """One Chinese character alone on its line: no paragraph of a cell, but a line the
    printer broke early (“三支 | 一 | 扶”省…, LibreOffice keeping 扶” whole)."""
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def _word_goes_on(prev: str, line: str) -> bool:
    """一、 opening a line straight after a Chinese character that makes a word with 一, no
    stop between (为建立全县统 | 一、城乡一体…: 统一's 一, then the list's 、): the wrapped
    sentence goes on; a section opens after a stop or a heading (…。 | 一、…)."""
    return line.startswith("一、") and prev[-1:] in _BEFORE_ONE


_BEFORE_ONE = frozenset("统唯之同划专第万归逐")  # 统一, 唯一, 之一, 同一, 划一 …


# a line of a figure's digits alone (1, | 75 | 2. | 48: 1,752.48 broken in a narrow column,
# where 2. looks like an item's number): what follows goes on with the figure
_FIGURES = re.compile(r"[\d,.]+")


_SENTENCE_END = "。；;！？!?"


def label_cut(prev: str, line: str) -> bool:
    """The item `line` seems to open began at `prev`'s end, after a sentence: its label's
    word or part of it is there, the wrap cut the label (…接种。目标 | 2:减少…, …服务。目 |
    标5:分别…, …需求: 目標 | 3:提升…), and the items run on in one paragraph."""
    m = ITEM.match(line)
    if m is None:
        return False
    for k in range(1, 5):
        head = prev[-k:]
        if len(head) < k or not "\u4e00" <= head[0] <= "\u9fff":
            return False
        whole = ITEM.match(head + line)
        before = prev[:-k].rstrip()
        if (whole is not None and whole.end() == k + m.end()
                and (not before or before[-1] in _SENTENCE_END + ":：")):
            return True
    return False


# An item numbered as (3) or 3、 whose number's forerunner stands inside the paragraph above,
# not at its start: the items run on in one paragraph ((1)成立管理组织;(2)季度督导…; | (3)季度通报),
# and the break before it is a wrap
_NUMBERED = re.compile(r"[(（](\d{1,2})[)）]|(\d{1,2})、")


def inline_items(prev: str, line: str) -> bool:
    m = _NUMBERED.match(line)
    if m is None:
        return False
    number = int(m.group(1) or m.group(2))
    return any(int(k.group(1) or k.group(2)) == number - 1 and k.start() > 0
               and (k.group(1) is None) == (m.group(1) is None)
               for k in _NUMBERED.finditer(prev))


_OPENING = "(（"
_CLOSING = ")）"


def inside_brackets(prev: str, line: str) -> bool:
    """`prev` leaves a bracket open that `line` closes: 产出指标(50 | 分), a break inside a
    bracket, which no one types as a new paragraph (centred text in a narrow cell, where
    the room left at the line's end does not tell)."""
    depth = sum(ch in _OPENING for ch in prev) - sum(ch in _CLOSING for ch in prev)
    if depth <= 0:
        return False
    for ch in line:
        if ch in _OPENING:
            return False
        if ch in _CLOSING:
            return True
    return False


def runs_on(prev: TextLine, line: TextLine, right: float) -> bool:
    """True when `prev` ran to the right edge, so that the first word of `line` did not
    fit after it: `line` goes on with `prev`'s text (the same paragraph, or the next one
    where it opens an item)."""
    if abs(prev.size - line.size) > 0.15 * max(prev.size, line.size):
        return False
    room = right - prev.x1
    return room < first_word_width(line) + SLACK * line.size


def joint(prev: TextLine, line: TextLine) -> str:
    """What stands between two wrapped lines: the space the PDF drew at the end of the
    line (a word wrapped there), else nothing (Chinese, or a word broken in a narrow
    cell); where the page draws no spaces at all, a space between two Latin letters; and
    a space where the line ends spaced out, a space after each character (产 出 指 | 标
    (50分): the space typed at the wrap, which a printer does not draw at a line's end)."""
    if prev.ends_with_space:
        return " "
    a, b = prev.text[-1], line.text[0]
    latin = a.isascii() and a.isalpha() and b.isascii() and b.isalpha()
    if latin and not prev.spaces_drawn:
        return " "
    return " " if is_cjk(b) and _SPACED_OUT.search(prev.text) else ""


# A line that ends with three Chinese characters or more, each after a space (产 出 指)
_SPACED_OUT = re.compile(r"(?:^|\s)(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]$")


def join_lines(lines: list[TextLine], right: float) -> str:
    """The text of lines in one box (a cell): wrapped lines joined, paragraphs by "\\n"."""
    if not lines:
        return ""
    parts = [lines[0].text]
    start = 0  # where the paragraph began in parts
    for prev, line in pairwise(lines):
        # the paragraph's text above `prev`, wanted only before an item's number
        before = "".join(parts[start:-1]) if ITEM.match(line.text) else ""
        if wraps(prev, line, right, before):
            parts.append(joint(prev, line))
        else:
            parts.append("\n")
            start = len(parts)
        parts.append(line.text)
    return "".join(parts)
