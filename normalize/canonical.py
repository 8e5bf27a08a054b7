"""First pass: surface forms → one small canonical form, before any interpretation.

    "９５％以上"        → "95%以上"      (full width → half width)
    "1，200萬元"        → "1200万元"     (thousands separators, traditional → simplified)
    "一百二十万元"      → "120万元"      (Chinese numerals → digits; a trailing 万/亿 stays)
    "百分之九十五"      → "95%"          "九成" → "90%"

The result is only for reading numbers: labels (qualitative, text) keep the raw phrase.
Everything here is pure; `surface` and the numeral readings are cached (the value itself
is cached by `recognise`, so caching `canonical` too only cost time).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from decimal import Decimal
from functools import lru_cache

from jixiao.vocab.numerals import (
    CIRCLE_ZERO,
    DIGIT_VALUES,
    DIGITS,
    NONZERO_DIGITS,
    NUMBER_CHARS,
    NUMERAL_IN_WORDS,
    ONE_IN_WORDS,
    PLACES,
    TEN,
    TWO,
    TYPED_CIRCLE_ZERO,
)
from jixiao.vocab.values import PERCENT_WORDS_AFTER, RATIO_WORDS_AFTER, TRADITIONAL

# NFKC leaves these alone; they all mean the same to us. Zero-width marks are dropped.
_EXTRA_WIDTH = {
    "〜": "~", "～": "~", "﹣": "-", "－": "-", "−": "-", "‐": "-", "‑": "-", "‒": "-",
    "﹪": "%", "％": "%", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
}
_TABLE = str.maketrans({**_EXTRA_WIDTH, **TRADITIONAL})
# Translating costs ~0.5 µs; finding that there is nothing to translate, ~0.1 µs.
_NEEDS_TABLE = re.compile("[" + re.escape("".join(_EXTRA_WIDTH) + "".join(TRADITIONAL)) + "]")
# Quotes around a value and sentence punctuation after it carry nothing: “是”, 95%以上。
_EDGE_QUOTES = "\"'“”‘’「」『』"
_TRAILING_PUNCT = "。,;、:"
# A comma between digits followed by exactly three digits: 1,200 and 82,225.00 (the
# full-width ， is already , after NFKC).
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_YEN = re.compile(r"¥(\d+(?:\.\d+)?(?:万|亿|千)?)(?!\d|万|亿|千|元)")
# Quick test: is there any Chinese numeral at all? (Most values have none: keep cn2an,
# ~15 µs a call and ~100 ms to import, out of their way.)
_HAS_CN = re.compile(f"[{NUMBER_CHARS}]")
# A run of numeral characters (Chinese or Arabic, with 点/. decimals and 万/亿 groups).
_CN_RUN = re.compile(f"[{NUMBER_CHARS}万亿点\\d.]+")
# 百分之九十五 → 95%, 百分百 → 100%; 九成 / 九成五 / 9成 → 90% / 95%.
_PERCENT_WORDS = re.compile(f"(?:百分之|百分(?=百))([{NUMBER_CHARS}万点\\d.]+)")
_TENTHS = re.compile(
    f"(?<![{NUMBER_CHARS}\\d])([{NONZERO_DIGITS}{TWO}{TEN}\\d])成([{NONZERO_DIGITS}\\d])?"
    "(?!员|本|果|为|立|绩|熟|功|效)"
)
_SMALL = {c: n for c, n in DIGIT_VALUES.items() if n}  # 一 … 九 and 两
# ○ (a white circle) typed for 〇 between numeral digits: 二○二○年 is 二〇二〇年.
_TYPED_ZERO = re.compile(
    f"(?<=[{DIGITS}{CIRCLE_ZERO}{TYPED_CIRCLE_ZERO}]){TYPED_CIRCLE_ZERO}"
    f"|{TYPED_CIRCLE_ZERO}(?=[{DIGITS}{CIRCLE_ZERO}{TYPED_CIRCLE_ZERO}])"
)
# The way cheques and vouchers write money: 贰万伍仟圆整 (圆 for 元), 56元3角5分.
_YUAN_CIRCLE = re.compile(r"(?<=[\d万亿千])圆")
_JIAO_FEN = re.compile(r"(\d+)元(?:(\d)角)?(?:(\d)分)?(?=$|[^\d])")
# A percent written as a word after the number: ≥90百分比.
_PERCENT_AFTER = re.compile(f"(?<=\\d)(?:{'|'.join(PERCENT_WORDS_AFTER)})")
# A share as a number and a word at the end, or before its bound: ≥0.97比例, 0.97比例以上
# (vocab.values.RATIO_WORDS_AFTER).
_RATIO_AFTER = re.compile(
    f"(?<![\\d.])(\\d+(?:\\.\\d+)?)(?:{'|'.join(RATIO_WORDS_AFTER)})(?=$|以|及|\\()")
# A sign before the number: +5% is 5%; -0% is 0% (a signed zero; other negative
# targets stay unread).
_SIGN = re.compile(r"^(?:\+(?=[\d.])|[-](?=0(?:\.0+)?(?![\d.])))")


def canonical(raw: str) -> str:
    """The canonical form of one raw value (see the module docstring)."""
    text = surface(raw)
    if _REWRITTEN.search(text) is None:
        return text  # most values (95%, 12个, 17.3万元): one search instead of ten tests
    if TYPED_CIRCLE_ZERO in text:
        text = _TYPED_ZERO.sub(CIRCLE_ZERO, text)
    if text[:1] == "二" and text[1:2].isascii() and text[1:2].isdigit():
        text = "=" + text[1:]  # 二100百分比: = typed as 二 (the IME's word for its two bars)
    if text[:1] in _IME_ANGLES:
        text = _IME_SIGN.sub(_ime_sign, text)
    if _HAS_CN.search(text):
        text = chinese_numerals_to_digits(text)
    if "¥" in text:  # ¥5000 → 5000元
        text = _YEN.sub(r"\1元", text)
    if "圆" in text:
        text = _YUAN_CIRCLE.sub("元", text)
    if "角" in text or "分" in text:
        text = _JIAO_FEN.sub(_yuan_jiao_fen, text)
    if "百分" in text:
        text = _PERCENT_AFTER.sub("%", text)
    if "比" in text:
        text = _RATIO_AFTER.sub(_ratio, text)
    if text[:1] in "+-":
        text = _SIGN.sub("", text)
    if text[:1] in _OPENING_BRACKETS:
        text = _BRACKETED_SIGN.sub(r"\1", text)
    return text


# A comparator in brackets before the number, as a template leaves it after the clerk
# filled the placeholder 【≥】**%: 【≥】90%, (≥)90% are ≥90%.
_OPENING_BRACKETS = "【[(〔"
_BRACKETED_SIGN = re.compile(r"^[【\[(〔]\s*([≥≤≧≦><=]=?)\s*[】\])〕](?=\s*\d)")


# 》 and 《 typed for > and <: a Chinese IME gives them for the same keys (》95%, 》=90%,
# 《 5%). Only before a figure: 《…》 round a standard's name (符合《规范》) stay as they are.
_IME_ANGLES = "》《"
_IME_SIGN = re.compile(r"^([》《])\s*(=?)(?=\s*\d)")


def _ime_sign(m: re.Match[str]) -> str:
    return (">" if m.group(1) == "》" else "<") + m.group(2)


# Any character that one of canonical()'s steps looks for: a text with none is canonical
# as it stands (each step finds nothing and changes nothing, so no later step can either).
_REWRITTEN = re.compile(
    f"[{NUMBER_CHARS}{TYPED_CIRCLE_ZERO}¥圆角分百比]|^[-+{re.escape(_OPENING_BRACKETS)}{_IME_ANGLES}]"
)


def _ratio(m: re.Match[str]) -> str:
    share = Decimal(m.group(1))
    percent = share * 100 if share <= 1 else share
    return f"{percent.normalize():f}%"


def _yuan_jiao_fen(m: re.Match[str]) -> str:
    """56元3角 → 56.3元, 8元5分 → 8.05元; 56元 alone stays as written."""
    yuan, jiao, fen = m.group(1), m.group(2), m.group(3)
    if jiao is None and fen is None:
        return m.group(0)
    return f"{yuan}.{jiao or 0}{fen or ''}元"


@lru_cache(maxsize=1 << 15)
def surface(raw: str) -> str:
    """Width, spelling and spacing only: no numeral conversion."""
    if not raw.isascii() and _LIST_MARKS.search(raw):
        raw = _LIST_MARKS.sub(_list_mark, raw)
    text = raw if raw.isascii() else unicodedata.normalize("NFKC", raw)
    if not text.isascii() and _NEEDS_TABLE.search(text):
        text = text.translate(_TABLE)
    text = "".join(text.split()).strip(_EDGE_QUOTES).rstrip(_TRAILING_PUNCT)
    if "," in text:
        text = _THOUSANDS.sub("", text)
    return text


# A list's own numbers, ① ⑴ ⒈ ❶ ➀ (NFKC makes ① a 1, which would glue to a figure after
# it: ①2月上旬前 is by early February, not December): dropped where they open the text,
# a 、 between items elsewhere.
_LIST_MARKS = re.compile("[\u2460-\u249b\u24eb-\u24ff\u2776-\u2793]")


def _list_mark(m: re.Match[str]) -> str:
    return "" if m.start() == 0 else "、"


def chinese_numerals_to_digits(text: str) -> str:
    """Replace Chinese numerals by Arabic digits, keeping a trailing 万/亿 as written."""
    text = _PERCENT_WORDS.sub(_percent_words, text)
    text = _TENTHS.sub(_tenths, text)
    text = _CN_RUN.sub(_run, text)
    # a financial capital before 成 (壹成) is a digit only now: read the tenths once more,
    # so that canonical() of its own output changes nothing
    return _TENTHS.sub(_tenths, text) if "成" in text else text


def _percent_words(m: re.Match[str]) -> str:
    run = m.group(1)
    if run in ("百", "一百"):
        return "100%"
    number = cn_number(run)
    return f"{number}%" if number is not None else m.group(0)


def _tenths(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    tens = 10 if head == "十" else _digit(head)
    if tens is None:
        return m.group(0)
    if head == "十":
        return "100%" if tail is None else m.group(0)
    return f"{tens * 10 + (_digit(tail) or 0) if tail else tens * 10}%"


def _digit(c: str) -> int | None:
    if c.isdigit():
        return int(c)
    return DIGIT_VALUES.get(c)


def _run(m: re.Match[str]) -> str:
    run = m.group(0)
    if (run[-1] == "一" and m.string.startswith(ONE_IN_WORDS, m.end())) or (
            m.string.startswith(NUMERAL_IN_WORDS, m.end())):
        # 一致, 一次性, 一线, 二氧化碳: a word's numeral, not a number (what comes before it
        # still is one)
        head = m.string[m.start() : m.end() - 1]
        return (_CN_RUN.sub(_run, head) if head else "") + run[-1]
    suffix = ""
    # 一百二十万元 → 120万元: a trailing 万/亿 stays, so money keeps its unit as written.
    while run and run[-1] in "万亿":
        run, suffix = run[:-1], run[-1] + suffix
    # 3千, 5千米, 3千元, 1千万: after Arabic digits a 千/百 is a multiplier or part of the
    # unit, read later like 万 (三千元 has no Arabic digit: it is 3000元).
    if run[-1:] in ("千", "百") and _ARABIC.fullmatch(run[:-1]):
        return m.group(0)
    # a trailing 点 / . is punctuation or a unit (3个点), not a decimal point.
    while run and run[-1] in "点.":
        run, suffix = run[:-1], run[-1] + suffix
    if not run or not _HAS_CN.search(run):
        return m.group(0)
    if len(run) == 2 and run[0] in _SMALL and _SMALL.get(run[1]) == _SMALL[run[0]] + 1:
        # 三四个, 两三天: "three or four", where cn2an reads 34 (digit by digit)
        return f"{_SMALL[run[0]]}-{_SMALL[run[1]]}{suffix}"
    number = cn_number(run)
    return m.group(0) if number is None else number + suffix


@lru_cache(maxsize=4096)
def cn_number(run: str) -> str | None:
    """One numeral run as a plain decimal string ("一百二十" → "120"), or None.

    A number in the standard form (一万二千零五) is read here; cn2an reads the rest
    (financial capitals, 两, 〇, 一万五, decimals …). It is imported on first use, because
    it takes ~100 ms to import, ~15 µs a call, and most values never need it.
    """
    if _STANDARD.fullmatch(run):
        return str(_standard_value(run))
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = cn2an.cn2an(run, "smart")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    dec = Decimal(repr(value)) if isinstance(value, float) else Decimal(int(value))
    return format(dec.normalize(), "f") if dec != dec.to_integral_value() else str(int(dec))


# The standard form of a whole number below 一亿, the one cn2an's strict mode accepts, in
# simplified digits: 二十五, 一百零五, 三千二百, 一万二千零五, 十万.  Every place is
# written (一万五 and 一二三 are other forms), so its value is positional; a test checks
# that it agrees with cn2an on every such string of up to six characters.  (Above 一亿
# cn2an has readings of its own, 一亿十万 = 100000000: left to it.)
_D = f"[{NONZERO_DIGITS}]"
_1_99 = f"(?:{_D}?{TEN}{_D}?|{_D})"
_100_999 = f"(?:{_D}百(?:{DIGITS[0]}{_D})?|{_D}百{_D}{TEN}{_D}?)"
_1_999 = f"(?:{_100_999}|{_1_99})"
_1000_9999 = f"(?:{_D}千(?:{DIGITS[0]}{_1_99})?|{_D}千{_100_999})"
_1_9999 = f"(?:{_1000_9999}|{_1_999})"
_WAN = f"(?:{_1_9999}万(?:{DIGITS[0]}{_1_999})?|{_1_9999}万{_1000_9999})"
_1_99999999 = f"(?:{_WAN}|{_1_9999})"
_STANDARD = re.compile(f"{DIGITS[0]}|{_1_99999999}")
_PLACE_VALUES = dict(zip(PLACES, (10, 100, 1000), strict=True))


def _standard_value(run: str) -> int:
    """The value of a numeral in the standard form (see _STANDARD)."""
    wan = section = digit = 0
    for c in run:
        place = _PLACE_VALUES.get(c)
        if place is not None:
            section += (digit or 1) * place
            digit = 0
        elif c == "万":
            wan, section, digit = (section + digit) * 10_000, 0, 0
        else:
            digit = DIGIT_VALUES[c]
    return wan + section + digit
