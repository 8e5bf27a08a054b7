"""Domain corrections of an OCR line: slips fixed against what these tables hold, every
change recorded as `raw→corrected (why)` so that none is silent.

The recognisers run in order (`RECOGNISERS`), each on the output of the one before;
each returns the corrected text and what it did, or None when it finds nothing to do.
Words and look-alikes are data in `vocabulary`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import cast

from jixiao.hanzi import has_traditional, simplified, traditional
from jixiao.parsers.readers.ocr.vocabulary import (
    CELL_WORD_SET,
    CELL_WORDS,
    COLONS,
    COMMAS,
    COMPARATOR_LOOKALIKES,
    DECIMAL_LOOKALIKES,
    DIGIT_LOOKALIKES,
    DOUBLE_BAR_BANDS,
    DOUBLE_BARS,
    EXTRA_DOUBT,
    FIGURE_CHARS,
    FULL_BRACKET_BLANK,
    HEADER_WORDS,
    LEVEL_NAMES,
    LONE_SIGN_LOOKALIKES,
    LOOSE_BLANK,
    MIN_WORD,
    MISREAD_WORDS,
    NARROW_COLON,
    NARROW_COMMA,
    NOT_BEFORE_A_CIRCLE,
    OPENING_BLANK,
    OPENING_MARKS,
    PERCENT_CIRCLES,
    ROUND_ZEROS,
    RUNNER_UP_DOUBT,
    SEMICOLONS,
    SIGNS_WITHOUT_A_BAR,
    SPACED_BLANK,
    SPACED_RUN,
    STRAY_DOUBT,
    SURE,
    TYPED_BLANK,
    TYPED_COMPARATOR_RE,
    TYPED_SIGNS,
    WIDE_COLON,
    WIDE_COMMA,
    WORD_FREQUENCY,
    WORD_SPAN,
)
from jixiao.parsers.readers.pdf.text import is_cjk

_NAMES = tuple(dict.fromkeys((*LEVEL_NAMES, *HEADER_WORDS)))
_BY_LENGTH: dict[int, tuple[str, ...]] = {  # the level names and header words by length
    n: tuple(w for w in _NAMES if len(w) == n) for n in {len(w) for w in _NAMES}}


def word(text: str, engine: Engine) -> tuple[str, str] | None:
    """A whole line, or a label before its colon (主管部內名称:福建省…), one unsure
    character away from exactly one known cell word, or from several where the engine's
    runner-up for that character names one (居量指标, 质 second: 质量指标, not 数量指标)."""
    head, rest = _label_and_rest(text)
    near = one_off(head) or _one_off_by_runner_up(head, engine)
    if near is None:
        return None
    [at] = [i for i, (a, b) in enumerate(zip(near, head, strict=True)) if a != b]
    return None if engine.sure(at) else (near + rest, "word")


def _one_off_by_runner_up(text: str, engine: Engine) -> str | None:
    """Of the known cell words one character away from `text`, the one whose character
    there is the engine's runner-up for it (None: no such word, or more than one)."""
    chosen = [w for w in _one_character_from(text)
              if any(a != b and engine.second(i) == a
                     for i, (a, b) in enumerate(zip(w, text, strict=True)))]
    return chosen[0] if len(chosen) == 1 else None


def _label_and_rest(text: str) -> tuple[str, str]:
    """The text before its first colon, and the colon with the rest ("" where none)."""
    at = min((i for i in (text.find(":"), text.find("：")) if i > 0), default=-1)
    return (text[:at], text[at:]) if at > 0 else (text, "")


def one_off(text: str) -> str | None:
    """The one known cell word `text` is one character away from (None: none, or more
    than one): `word` asks it of a line, `headers.whole_cells` of a cell whose lines were
    read apart (主管部 / 內, 门 doubted alone on its line)."""
    near = _one_character_from(text)
    return near[0] if len(near) == 1 else None


def _one_character_from(text: str) -> list[str]:
    """The known cell words of `text`'s length that differ from it in one character (none
    for a known word itself, or a text shorter than MIN_WORD), compared in simplified
    characters and written as `text` is (經清成本指標: 經濟成本指標)."""
    if known_word(text) or len(text) < MIN_WORD:
        return []
    key = simplified(text)
    if len(key) != len(text):
        return []
    near = [w for w in CELL_WORDS if len(w) == len(key)
            and sum(a != b for a, b in zip(w, key, strict=True)) == 1]
    return [_as_written(w, text) for w in near]


def extra_character(text: str, engine: Engine) -> tuple[str, str] | None:
    """A whole line that is a known cell word (`known_word`) but for one Chinese character
    before or after it that the engine doubted (under EXTRA_DOUBT): a speck beside the
    label read as a character (顶项目名称, 顶 at 0.35: a fax's), which no table writes."""
    last = len(text) - 1
    if len(text) <= MIN_WORD or known_word(text):
        return None
    if engine.doubt(0, EXTRA_DOUBT) and ideograph(text[0]) and known_word(text[1:]):
        return text[1:], "extra character"
    if engine.doubt(last, EXTRA_DOUBT) and ideograph(text[last]) and known_word(text[:last]):
        return text[:last], "extra character"
    return None


def known_word(text: str) -> bool:
    """`text` is a level name or header word, in simplified or traditional characters
    (經濟成本指標 is 经济成本指标: no slip to correct)."""
    return text in CELL_WORD_SET or simplified(text) in CELL_WORD_SET


def _as_written(word: str, text: str) -> str:
    """The known word `word` with each character of `text` kept where the two are the
    same character in simplified form: a traditional cell's word stays traditional, and
    the character corrected is made traditional where the others have a traditional one
    (主管部內 is 主管部门: its 內 is the slip, no sign of a traditional table)."""
    same = [simplified(t) == w for t, w in zip(text, word, strict=True)]
    kept = "".join(t for t, s in zip(text, same, strict=True) if s)
    made = traditional(word) if has_traditional(kept) else word
    return "".join(t if s else m for t, s, m in zip(text, same, made, strict=True))


def lost_character(text: str) -> str | None:
    """A whole cell's text that is a level name or header word with one character lost
    (成本指, 持续影响指标: a grey seal's ring over it, the rest read surely), which no
    table writes so: that name.  Asked of the cell, its lines joined, never of a line (a
    narrow cell wraps 产出指 / 标)."""
    if len(text) < MIN_WORD - 1 or known_word(text):
        return None
    longer = [w for w in _BY_LENGTH.get(len(text) + 1, ()) if _one_lost(w, text)]
    return longer[0] if len(longer) == 1 else None


def doubled_character(text: str) -> str | None:
    """A whole cell's text that is a level name or header word with one of its characters
    read twice over (社会会效益指标: the engine's decoder repeats a character it saw across
    two frames), which no table writes so: that name."""
    if len(text) <= MIN_WORD or known_word(text):
        return None
    once = {text[:i] + text[i + 1 :] for i in range(1, len(text)) if text[i] == text[i - 1]}
    found = [w for w in once if w in CELL_WORD_SET or w + LEVEL_SUFFIX in CELL_WORD_SET]
    return found[0] if len(found) == 1 else None


LEVEL_SUFFIX = "指标"  # a level's name is written without it too (社会会效益: 社会效益)


# A 一 that faded toner or a copy broke into two or three short strokes, read as a run of
# hyphens or dashes: where a known cell word reads with 一 in its place (---级指标), or
# between two Chinese numerals (十--五: no clerk types hyphens inside a numeral).  One
# hyphen or dash is left alone: that is a sign the page may well hold (-, —).
_BROKEN_ONE = re.compile("[-‐‑–—－]{2,}")
CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千")


def broken_one_word(text: str) -> str | None:
    """The known cell word `text` is with its runs of dashes made 一 (None: no such word);
    `headers.whole_cells` asks it of a cell whose lines were read apart (---级 / 指标)."""
    whole = _BROKEN_ONE.sub("一", text)
    return whole if whole != text and whole in CELL_WORD_SET else None


def broken_one(text: str, _engine: Engine) -> tuple[str, str] | None:
    """`text` with each run of dashes that is a 一 broken apart made 一 (`_BROKEN_ONE`)."""
    if (whole := broken_one_word(text)) is not None:
        return whole, "broken 一"
    fixed = _BROKEN_ONE.sub(lambda m: "一" if (
        m.start() > 0 and m.end() < len(text) and text[m.start() - 1] in CHINESE_NUMERALS
        and text[m.end()] in CHINESE_NUMERALS) else m.group(), text)
    return (fixed, "broken 一") if fixed != text else None


def _one_lost(word: str, text: str) -> bool:
    """`text` is `word` with one character left out."""
    return any(word[:i] + word[i + 1 :] == text for i in range(len(word)))


def digits(text: str, _engine: Engine) -> tuple[str, str] | None:
    """Letters beside a digit that can only be digits (1O0, 2l天), and punctuation between
    two digits that can only be the decimal point."""
    chars = list(text)
    changed = False
    for i, ch in enumerate(chars):
        left = chars[i - 1] if i else ""
        right = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in DIGIT_LOOKALIKES and ((left.isdigit() and _beside(right))
                                       or (right.isdigit() and _beside(left))):
            chars[i] = DIGIT_LOOKALIKES[ch]
            changed = True
        elif ch in DECIMAL_LOOKALIKES and left.isdigit() and right.isdigit() and not _thousands(
                chars, i):
            chars[i] = "."
            changed = True
    return ("".join(chars), "digit") if changed else None


# An amount grouped by points (11.000.00): a figure has one decimal point, so each point
# before the last, three digits after it, is a thousands comma the engine read as a point
_POINT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+\.\d{1,2}(?![\d.])")


def grouping(text: str, _engine: Engine) -> tuple[str, str] | None:
    """Points that group an amount's thousands (11.000.00, 1.234.567.89): all but the
    last are commas (11,000.00).  A figure with one point, or points between runs of other
    lengths (a date, 2023.3.8), is left alone."""
    fixed = _POINT_GROUPED.sub(_commas_before_the_point, text)
    return (fixed, "thousands comma") if fixed != text else None


def _commas_before_the_point(m: re.Match[str]) -> str:
    whole, point, decimals = m.group(0).rpartition(".")
    return whole.replace(".", ",") + point + decimals


def _beside(ch: str) -> bool:
    """What may stand on the other side of a digit misread: a figure, or a Chinese unit
    (2l天), never a Latin letter (a code such as B2B) nor the start or end of the line."""
    return bool(ch) and (ch in FIGURE_CHARS or ch in DIGIT_LOOKALIKES or is_cjk(ch))


def _thousands(chars: list[str], i: int) -> bool:
    """A comma followed by exactly three digits groups thousands (1,000), not decimals;
    so may one whose digits run to the line's end, fewer than three: the number wraps
    there (10,308,00 | 0.00 in a narrow cell), its group goes on on the next line."""
    if chars[i] not in "，,":
        return False
    tail = "".join(chars[i + 1 : i + 5])
    return bool(re.match(r"\d{3}(\D|$)|\d{1,2}$", tail))


def zero(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A round letter alone in its line, or before a % alone (O, o%): the figure 0, which
    a cell of 指标值 holds alone (超概算项目比例: 0); no word of these tables is that
    letter alone."""
    if text[:1] in ROUND_ZEROS and text[1:] in ("", "%", "％"):
        return "0" + text[1:], "digit"
    return None


def misread_word(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A word these tables write read with a look-alike character (`MISREAD_WORDS`)."""
    fixed = _MISREAD_RE.sub(lambda m: MISREAD_WORDS[m.group(0)], text)
    return (fixed, "look-alike word") if fixed != text else None


_MISREAD_RE = re.compile("|".join(map(re.escape, MISREAD_WORDS)))


def runner_up_word(text: str, engine: Engine) -> tuple[str, str] | None:
    """Each Chinese character the engine doubted (under RUNNER_UP_DOUBT) that makes no
    word with its neighbours in the line, where its runner-up, also Chinese, makes one
    (人貝 → 人員, 貝 at 0.5 with 員 second; 怕系 → 體系): the word is what the print says.
    A word is one of jieba's dictionary used at least WORD_FREQUENCY times, asked in
    simplified characters (`hanzi.simplified`) so that a traditional table's words count."""
    chars = list(text)
    for i, ch in enumerate(text):
        second = engine.second(i)
        if (engine.doubt(i, RUNNER_UP_DOUBT) and ideograph(ch) and ideograph(second)
                and not _makes_a_word(chars, i, ch) and _makes_a_word(chars, i, second)):
            chars[i] = second
    fixed = "".join(chars)
    return (fixed, "runner-up word") if fixed != text else None


def _makes_a_word(chars: list[str], i: int, ch: str) -> bool:
    """`ch` at `i` in the line is part of a word of 2 to WORD_SPAN characters there."""
    words = _dictionary()
    line = [*chars[:i], ch, *chars[i + 1 :]]
    return any(words.get(simplified("".join(line[a:b])), 0) >= WORD_FREQUENCY
               for a in range(max(0, i - WORD_SPAN + 1), i + 1)
               for b in range(max(a + 2, i + 1), min(len(line), a + WORD_SPAN) + 1))


@cache
def _dictionary() -> dict[str, int]:
    # jieba's dictionary (words and how often each is used) is the one at hand that knows
    # everyday Chinese words; loaded on the first doubted character (about a second).
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return cast("dict[str, int]", jieba.dt.FREQ)


def bracket_width(text: str, engine: Engine) -> tuple[str, str] | None:
    """A half-width bracket read where the page leaves a full-width one's blank beside it
    (`FULL_BRACKET_BLANK`: before an opening one after a Chinese character, after a
    closing one before a Chinese character or mark): the full-width pair, its partner made
    full-width with it (项目资金(元) read for 项目资金（元）)."""
    chars = list(text)
    pairs = _bracket_pairs(text)
    for i, ch in enumerate(text):
        wide = (ch == "(" and i > 0 and ideograph(text[i - 1])  # (not 》: its own blank)
                and (engine.blank(i - 1) or 0.0) >= FULL_BRACKET_BLANK) or (
                ch == ")" and i + 1 < len(text) and is_cjk(text[i + 1])
                and (engine.blank(i) or 0.0) >= FULL_BRACKET_BLANK)
        if wide and (i in pairs or ch == "("):  # (an opening one unclosed: the line wraps
            for k in (i, pairs.get(i, i)):  # inside, `scan` closes it on the next line)
                chars[k] = "（" if text[k] == "(" else "）"
    fixed = "".join(chars)
    return (fixed, "bracket width") if fixed != text else None


def _bracket_pairs(text: str) -> dict[int, int]:
    """Each half-width bracket's partner, both ways."""
    out: dict[int, int] = {}
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            j = opened.pop()
            out[i], out[j] = j, i
    return out


def typed_space(text: str, engine: Engine) -> tuple[str, str] | None:
    """A space the engine did not read where the page leaves a blank as wide as a typed
    one (`TYPED_BLANK`) beside a half-width bracket (`_bracket_side`): 时效指标 (必填),
    收益率( ≥**% ); and between the characters of a letter-spaced run of Chinese (产 出 指
    标), where every blank of the run is wider than Chinese characters leave (`LOOSE_BLANK`)
    and together they average a typed space's (`SPACED_BLANK`).  (One wide blank between
    two Chinese characters alone tells nothing: it varies with their shapes.)"""
    at = {i for i in range(len(text) - 1) if (engine.blank(i) or 0.0) >= TYPED_BLANK
          and _bracket_side(text[i], text[i + 1])}
    at |= _letter_spaced(text, engine)
    if not at:
        return None
    return "".join(ch + (" " if i in at else "") for i, ch in enumerate(text)), "space"


def _bracket_side(before: str, after: str) -> bool:
    """Two characters a typed space may part that the blank between them tells: a Chinese
    character and a half-width bracket (时效指标 (必填)); inside half-width brackets, a sign
    or figure after the opening one or before the closing one (收益率( ≥**% ): their ink
    fills their width, so more blank than a bracket's own is typed; a Chinese character's
    own blank varies with its shape: 缴纳), 30分) are read as written)."""
    return (ideograph(before) and after == "(") or (
        before == "(" and after != ")" and not is_cjk(after)) or (
        after == ")" and before != "(" and not is_cjk(before))


def _letter_spaced(text: str, engine: Engine) -> set[int]:
    """The characters after which a letter-spaced run of Chinese characters (not marks:
    the blank after 、 is its own square's) puts its spaces.  A label is spaced whole: a
    run that goes on, unspaced, into more Chinese characters is blanks a low resolution
    measured wide (基本公共卫生 in a chat app's photo, ~100 dpi), not typed spaces."""
    out: set[int] = set()
    for i, j in loose_runs(text, engine.blanks):
        if letter_spacing([engine.blank(k) or 0.0 for k in range(i, j)]):
            out.update(range(i, j))
    return out


def loose_runs(text: str, blanks: tuple[float | None, ...]) -> list[tuple[int, int]]:
    """The runs (first, last index) of SPACED_RUN Chinese characters or more in `text`,
    each whole (no Chinese character just before or after it), whose every blank after a
    character but the last is LOOSE_BLANK ems or wider (`blanks`, one after each
    character, where measured)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while (j + 1 < n and ideograph(text[j]) and ideograph(text[j + 1])
               and j < len(blanks) and (blanks[j] or 0.0) >= LOOSE_BLANK):
            j += 1
        whole = (i == 0 or not ideograph(text[i - 1])) and (
            j == n - 1 or not ideograph(text[j + 1]))
        if whole and j - i + 1 >= SPACED_RUN:
            out.append((i, j))
        i = j + 1
    return out


def letter_spacing(blanks: list[float]) -> bool:
    """Blanks between Chinese characters (ems) that are typed spaces: every one wider than
    characters leave (`LOOSE_BLANK`), together a typed space's on average (`SPACED_BLANK`)."""
    return bool(blanks) and min(blanks) >= LOOSE_BLANK and sum(blanks) / len(blanks) >= (
        SPACED_BLANK)


def stray(text: str, engine: Engine) -> tuple[str, str] | None:
    """A Latin letter alone at either end of a line of Chinese, read with doubt
    (`STRAY_DOUBT`): the remains of a seal's stroke or a pen's beside the text, not a
    letter of it.  Likewise a mark like a ruling line at the line's end after a figure, a
    % or a Chinese character, that closes nothing the line opened (320|, 6]), read with
    doubt (not above SURE): a cell's border, or a piece of it on worn paper, beside a value
    set close to it, never a character of the value; and a figure after a % at the line's
    end, read with doubt (≥95%6: what a seal's ring left beside the value once its red was
    taken out), as no figure follows a percentage's sign."""
    if len(text) < 2:
        return None
    fixed = text
    last = len(text) - 1
    letter = _latin_letter(text[-1]) and is_cjk(text[-2]) and engine.doubt(last, STRAY_DOUBT)
    after_percent = text[-1].isdigit() and text[-2] == "%" and engine.doubt(last, SURE)
    if letter or after_percent or (_border_at_the_end(text) and engine.doubt(last, SURE)):
        fixed = fixed[:-1]
    if _latin_letter(text[0]) and is_cjk(text[1]) and engine.doubt(0, STRAY_DOUBT):
        fixed = fixed[1:]
    elif _latin_letter(text[0]) and AMOUNT_RE.fullmatch(text[1:]) and engine.doubt(0, SURE):
        fixed = fixed[1:]  # a seal's stroke read as X before an amount (X24,543.19)
    return (fixed, "stray mark") if fixed != text else None


# An amount as a table writes it, with its thousands' commas or its decimals (35,543.19,
# 24543.19): no letter or Chinese character is written before one in its cell
AMOUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


# Marks a ruling line is read as at a line's end, and what would open them in the line;
# ！ a stroke broken in two (the arc of a seal's ring beside 欢迎 once its red was taken out,
# batch zf: no 绩效 table's cell ends a value so, and the engine doubted it)
BORDER_LIKE = frozenset("|丨]】!！")
OPENED_BY = {"]": frozenset("[【"), "】": frozenset("[【")}


def _border_at_the_end(text: str) -> bool:
    """The line ends with a mark like a ruling line after a figure, a % or a Chinese
    character, and opened nothing it would close."""
    last, before = text[-1], text[-2]
    return (last in BORDER_LIKE and (before.isdigit() or before == "%" or is_cjk(before))
            and not OPENED_BY.get(last, frozenset()) & set(text))


_PAIRS = {")": "(", "）": "（"}  # a closing bracket and its opening, in each width
_OTHER_WIDTH = {")": "）", "）": ")"}


def bracket(text: str, engine: Engine) -> tuple[str, str] | None:
    """A closing bracket of the other width than the line's open bracket, where the engine
    doubted it and its runner-up was the matching one: 人数(人） read for 人数(人), the
    bracket set against the cell's border."""
    fixed = list(text)
    opened: list[str] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS.values():
            opened.append(ch)
        elif ch in _PAIRS and opened:
            want = _OTHER_WIDTH[ch]
            if _PAIRS[ch] != opened[-1] and _PAIRS[want] == opened[-1] and (
                    not engine.sure(i) and engine.second(i) == want):
                fixed[i] = want
            opened.pop()
    out = "".join(fixed)
    return (out, "bracket") if out != text else None


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# Units a sum of money is paid per (475元/亩); none of them goes on from 元 in a word, as
# 人 does (元人民币) and 年 (元年), unless 人, 均 or 体 follows (300元个人缴费, 元户均,
# 5万元个体户)
PER_UNITS = ("平方米", "公顷", "公里", "人次", "亩", "吨", "户", "个", "件", "台", "套", "头",
             "株", "棵")
_PER_UNIT_RE = re.compile(rf"(?<=\d)([万千]?元)({'|'.join(PER_UNITS)})(?![人均体])")


# A tick written after a line's text: a reviewer's pen (专业水平√, 4√); a row of choices
# (整体□ 区域√ 项目□) holds a box beside its tick, and a tick alone in a cell is an answer
TICKS = frozenset("√✓✔")
BOXES = frozenset("□☐☑☒■")


def pen_tick(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A tick at the end of a line of text, after a Chinese character or a figure, with no
    box in the line: a reviewer ticked the line off in pen (加强培训,提高监管人员专业水平√,
    an actual value 4√); no goal, name or value is written with one.  So is one before a
    figure (√100%, the tick set just left of the value).  A tick alone is an
    answer (是否 ticked), and one among boxes a choice: both are kept."""
    if BOXES & set(text) or len(text) < 2:
        return None
    body = text.rstrip("".join(TICKS) + " ")
    if body != text and body and (ideograph(body[-1]) or body[-1].isdigit()):
        return body, "pen's tick"  # (or two: 0.00√√)
    if text[0] in TICKS and text[1:].lstrip()[:1].isdigit():
        return text[1:].lstrip(), "pen's tick"  # (√100% : no figure opens with a tick)
    return None


def per_unit(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A figure in money straight before a unit it is paid per: the slash between them,
    a thin stroke a scanning app's filter or a faint print loses (<=475元亩 for
    <=475元/亩); no word writes 元亩."""
    fixed = _PER_UNIT_RE.sub(r"\1/\2", text)
    return (fixed, "slash") if fixed != text else None


def per_mille(text: str, _engine: Engine) -> tuple[str, str] | None:
    """‰ read as a % and a circle of its own (控制在1%o以内): a circle after a % and before
    a Chinese character is the third circle of ‰, never a letter or figure of its own (at
    the line's end, or before a Latin word, `percent` decides)."""
    fixed = _PER_MILLE_RE.sub("‰", text)
    return (fixed, "per mille sign") if fixed != text else None


_PER_MILLE_RE = re.compile(rf"%[{''.join(sorted(PERCENT_CIRCLES))}](?=[\u3400-\u9fff])")


def percent(text: str, engine: Engine) -> tuple[str, str] | None:
    """A circle of the % sign read as a character of its own (`PERCENT_CIRCLES`), dropped:
    after the %, always; before it, where the engine doubted it or thought it next most
    likely the % itself."""
    drop = set()
    for i, ch in enumerate(text):
        if i > 0 and text[i - 1] == "%" and _accented_circle(ch):
            drop.add(i)  # (%á: the circle with a speck over it, a faded print's)
            continue
        if ch not in PERCENT_CIRCLES:
            continue
        after = i > 0 and text[i - 1] == "%" and not text[i + 1 : i + 2].isalnum()
        before = (text[i + 1 : i + 2] == "%" and i > 0
                  and (not engine.sure(i) or engine.second(i) == "%")
                  and text[i - 1] not in NOT_BEFORE_A_CIRCLE
                  and text[i - 1] not in DIGIT_LOOKALIKES)  # 1O0%: a figure misread
        if after or before or _circle_past_a_hundred(text, i, engine):
            drop.add(i)
    if not drop:
        return None
    return "".join(ch for i, ch in enumerate(text) if i not in drop), "percent sign"


def speck(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A Latin letter with an accent alone beside a Chinese character (万元ć): a speck
    by a stroke, a fax's dropped-out dot, read as a letter; no such table writes one (a
    pinyin syllable's toned letter stands among its other letters), so it is dropped."""
    fixed = "".join(ch for i, ch in enumerate(text) if not (
        accented_letter(ch) and not _latin_near(text, i)
        and (is_cjk(text[i - 1 : i] or " ") or is_cjk(text[i + 1 : i + 2] or " "))))
    return (fixed, "speck") if fixed != text else None


def accented_letter(ch: str) -> bool:
    """A Latin letter with an accent (à, ć, ö)."""
    name = unicodedata.name(ch, "")
    return name.startswith("LATIN") and " WITH " in name and unicodedata.category(ch)[0] == "L"


def _latin_near(text: str, i: int) -> bool:
    """A Latin letter, accented or not, just before or after `text[i]`."""
    return any(unicodedata.name(ch, "").startswith("LATIN")
               for ch in text[max(i - 1, 0) : i] + text[i + 1 : i + 2])


def _accented_circle(ch: str) -> bool:
    """An a or an o with an accent (á, ò, ö): a circle with a speck beside it."""
    base = unicodedata.normalize("NFD", ch)
    return len(base) > 1 and base[0] in "aoAO"


def _circle_past_a_hundred(text: str, i: int, engine: Engine) -> bool:
    """A 0 the engine doubted just before the %, after 100 (资助经费到位率1000%, the % sign's
    left circle read as one more 0): the 100% the page shows, the commonest target of all;
    a thousand per cent is none.  A read sure of itself stays, and so does any other figure
    (增长150% may be what it says)."""
    return (text[i] == "0" and text[i + 1 : i + 2] == "%" and not engine.sure(i)
            and _HUNDRED_BEFORE.search(text[:i]) is not None)


_HUNDRED_BEFORE = re.compile(r"(?<![\d.])100$")


def comma(text: str, engine: Engine) -> tuple[str, str] | None:
    """A comma between two Chinese characters (or after a % or a closing bracket, 达70%,优化)
    as wide as the page shows it (`COMMAS`); before an opening mark (“, （), whose own
    square is blank on its left, less that blank (`OPENING_BLANK`).  Between figures it
    groups thousands, and is left alone.  A semicolon likewise (`SEMICOLONS`)."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        gap = engine.gap(i)
        if (chars[i] not in COMMAS | SEMICOLONS or gap is None
                or not (is_cjk(chars[i - 1]) or chars[i - 1] in "%)）")
                or not (is_cjk(chars[i + 1]) or chars[i + 1] in OPENING_MARKS)):
            continue
        if chars[i + 1] in OPENING_MARKS:
            gap -= OPENING_BLANK
        wide, narrow = ("，", ",") if chars[i] in COMMAS else ("；", ";")
        chars[i] = wide if gap >= WIDE_COMMA else narrow if gap <= NARROW_COMMA else chars[i]
    fixed = "".join(chars)
    return (fixed, "comma width") if fixed != text else None


def colon(text: str, engine: Engine) -> tuple[str, str] | None:
    """A colon between a character or figure and the next as wide as the page shows it
    (`COLONS`): the engine reads the half-width : of 目标1:完成 as ： now and then."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        gap = engine.gap(i)
        if (chars[i] not in COLONS or gap is None
                or not all(is_cjk(c) or c.isalnum() for c in (chars[i - 1], chars[i + 1]))):
            continue
        chars[i] = "：" if gap >= WIDE_COLON else ":" if gap <= NARROW_COLON else chars[i]
    fixed = "".join(chars)
    return (fixed, "colon width") if fixed != text else None


def spaces(text: str, _engine: Engine) -> tuple[str, str] | None:
    """A space between a Chinese character and a figure or a Latin letter dropped: Word
    and WPS leave a gap there that no one typed (指标 4:, 2022 年), which the engine reads
    as a space and the text PDF chain never keeps (`line_text`).  Between two Chinese
    characters, or a Chinese character and a half-width bracket, the page shows a gap only
    where the submitter typed a space (经济效益 指标 (选填), 产 出 指 标): kept."""
    out: list[str] = []
    for m in _RUNS.finditer(text):
        run = m.group(0)
        if run.startswith(" "):
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if _beside_cjk(before, after) and not _typed(before, after):
                continue
        out.append(run)
    fixed = "".join(out)
    return (fixed, "space") if fixed != text else None


def ideograph(ch: str) -> bool:
    """A Chinese character (not a mark nor a full-width form)."""
    return bool(_CJK.fullmatch(ch))


def _beside_cjk(before: str, after: str) -> bool:
    return bool(_CJK.fullmatch(before) or _CJK.fullmatch(after))


def _typed(before: str, after: str) -> bool:
    """A space between these two is one the submitter typed: both Chinese characters or
    half-width brackets."""
    return all(ch and (_CJK.fullmatch(ch) or ch in TYPED_BESIDE) for ch in (before, after))


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_RUNS = re.compile(r" +|[^ ]+")
TYPED_BESIDE = "()"  # a gap beside a half-width bracket is a typed space


def double_bar(text: str, engine: Engine) -> tuple[str, str] | None:
    """≥ and ≤ whose mark on the page has two bars under the chevron: ≧ and ≦."""
    fixed = "".join(DOUBLE_BARS[ch] if ch in DOUBLE_BARS and (engine.band(i) or 0)
                    >= DOUBLE_BAR_BANDS else ch for i, ch in enumerate(text))
    return (fixed, "two bars") if fixed != text else None


def lone_sign(text: str, engine: Engine) -> tuple[str, str] | None:
    """A mark alone in its line whose ink is a comparator with bars (`Engine.shape`): the
    sign the ink shows, where the engine read a chevron without its bar (>), or, doubting
    it, another shape (V, 7)."""
    if (engine.shape and text != engine.shape and text in LONE_SIGN_LOOKALIKES
            and (text in SIGNS_WITHOUT_A_BAR or not engine.sure(0))):
        return engine.shape, "comparator shape"
    return None


RUNNER_UP_SIGNS = frozenset("≥≤><=≧≦")


def doubted_sign(text: str, engine: Engine) -> tuple[str, str] | None:
    """A line's first mark, read with doubt as a figure or a dash, that the engine thought
    next most likely a comparator, before a figure: that comparator (市场监管's ≥124 read
    2124 at 0.81, ≥ its runner-up; a 2 of print is read surely)."""
    if (len(text) < 2 or not text[1].isdigit() or not (text[0].isdigit() or text[0] in "-—")
            or not engine.doubt(0, SURE) or engine.second(0) not in RUNNER_UP_SIGNS):
        return None
    return engine.second(0) + text[1:], "comparator, the engine's second reading"


def comparator(text: str, _engine: Engine) -> tuple[str, str] | None:
    typed = TYPED_COMPARATOR_RE.match(text)
    if typed is not None:
        fixed = TYPED_SIGNS[typed.group("sign")] + "="
        return (fixed, "comparator") if fixed != text else None
    for wrong, right in COMPARATOR_LOOKALIKES.items():
        if text.startswith(wrong) and text[len(wrong) : len(wrong) + 1].isdigit():
            return right + text[len(wrong) :], "comparator"
    return None


@dataclass(frozen=True, slots=True)
class Engine:
    """What the engine said of each character of the line: its probability, and the
    character it thought next most likely ("" where it had no second thought).  Nothing
    known (a line already corrected): every character may be wrong, none has a second."""

    chars: tuple[float, ...] = ()
    seconds: tuple[str, ...] = ()
    # and what the line's image shows: the blank after a mark, in ems, and the bands of
    # ink a mark is made of (None: not measured)
    gaps: tuple[float | None, ...] = ()
    bands: tuple[int | None, ...] = ()
    shape: str | None = None  # the comparator a mark alone in its line shows, if one
    blanks: tuple[float | None, ...] = ()  # the blank after each character, in ems

    def blank(self, i: int) -> float | None:
        return self.blanks[i] if i < len(self.blanks) else None

    def sure(self, i: int) -> bool:
        """Read with a probability above SURE: a correction that would change it is not
        made."""
        return i < len(self.chars) and self.chars[i] > SURE

    def doubt(self, i: int, below: float) -> bool:
        """Read with a probability under `below` (known: a line already corrected has no
        probabilities, and nothing is doubted)."""
        return i < len(self.chars) and self.chars[i] < below

    def second(self, i: int) -> str:
        return self.seconds[i] if i < len(self.seconds) else ""

    def gap(self, i: int) -> float | None:
        return self.gaps[i] if i < len(self.gaps) else None

    def band(self, i: int) -> int | None:
        return self.bands[i] if i < len(self.bands) else None


NOTHING_SAID = Engine()  # for a text whose reading by the engine is not at hand (a cell's)
Recogniser = Callable[[str, Engine], "tuple[str, str] | None"]
# Shapes no reading of the page can mean (1O0, 〉=, %o, 1%o以内) are fixed whatever the engine's
# confidence; a word, and a circle before a %, are changed only where the engine was
# unsure; a comma and a comparator's bars as the page shows them; a letter at a line's end
# where the engine doubted it; a bracket as wide as the page shows it, a space where the page
# shows one typed.  `lone_sign`, `percent`, `comma`, `double_bar`, `stray`, `bracket_width`
# and `typed_space` go first, while what the engine said and the page showed still fit the
# line (`colon` too).
RECOGNISERS: tuple[Recogniser, ...] = (
    lone_sign, doubted_sign, per_mille, percent, speck, comma, colon, double_bar, stray,
    bracket_width, typed_space, bracket, broken_one, word, extra_character, runner_up_word,
    misread_word, comparator, zero, digits, grouping, per_unit, pen_tick, spaces)


def line(raw: str, chars: tuple[float, ...] = (), seconds: tuple[str, ...] = (),
         gaps: tuple[float | None, ...] = (), bands: tuple[int | None, ...] = (), *,
         shape: str | None = None, blanks: tuple[float | None, ...] = ()
         ) -> tuple[str, list[str]]:
    """The corrected line and the corrections made (empty: none).  `chars`: the engine's
    probability of each character of `raw`, `seconds` its runner-up for each (none known:
    every character may be wrong), `gaps`, `bands` and `shape` what the page shows (`Engine`)."""
    n = len(raw)
    said = Engine(chars if len(chars) == n else (), seconds if len(seconds) == n else (),
                  gaps if len(gaps) == n else (), bands if len(bands) == n else (), shape,
                  blanks if len(blanks) == n else ())
    text, fixes = raw, []
    for fix in RECOGNISERS:
        found = fix(text, said if text == raw else Engine())
        if found is not None and found[0] != text:
            fixes.append(f"{text}→{found[0]} ({found[1]})")
            text = found[0]
    return text, fixes
