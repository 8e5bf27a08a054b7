"""Traditional characters read as simplified, for matching words only.

Tables mirrored in traditional characters (績效目標表, 一級指標, 萬元) must be read by the
same vocabulary as simplified ones, while every text is stored as written.  OpenCC's
t2s table does the conversion (a hand table of a few hundred characters would miss the
long tail; OpenCC converts phrase by phrase and is exact for these words).

    simplified("一級指標") → "一级指标"     has_traditional("一级指标") → False

and radicals a PDF's font gives for ideographs read as those ideographs, for storing:

    ideographs("项⽬名称") → "项目名称"     as_typed("经费\u200b") → "经费"

and figures typed full-width read as plain ones: half_width("１００％") → "100%".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any


@cache
def _converter() -> Any:
    import opencc  # ~6 ms to load its tables: only when a text needs it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 14)
def simplified(text: str) -> str:
    """`text` in simplified characters (ASCII and simplified text come back unchanged)."""
    if text.isascii():
        return text
    return str(_converter().convert(text))


def has_traditional(text: str) -> bool:
    return simplified(text) != text


@cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=1 << 12)
def simplified_only(ch: str) -> bool:
    """A simplified character no traditional text writes: one OpenCC writes otherwise in
    traditional characters and Big5, the traditional characters' code page, has no place
    for (预 内 标 员; not 后 里 于 系, which traditional text writes too)."""
    if ch.isascii() or str(_to_traditional().convert(ch)) == ch:
        return False
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return True
    return False


def traditional(text: str) -> str:
    """`text` with each simplified-only character (`simplified_only`) in its traditional
    form, as OpenCC writes it phrase by phrase (发布 → 發布: 布 is kept); the rest as it is.
    For a text read in simplified characters off a page printed in traditional ones."""
    if not any(map(simplified_only, text)):
        return text
    converted = str(_to_traditional().convert(text))
    if len(converted) != len(text):
        return text  # (a phrase written in other characters than it has: none is taken)
    return "".join(t if simplified_only(s) else s for s, t in zip(text, converted, strict=True))


@cache
def _not_plain() -> re.Pattern[str]:
    """One character class of what `plain` changes: the ideographs OpenCC writes otherwise
    in simplified characters, and the full-width figures.  Made once a process (one
    conversion of the unified block, ~30 ms), so that a text with none of them (most) is
    told so by one search instead of a conversion."""
    block = [chr(c) for c in range(0x3400, 0xA000)]
    converted = str(_converter().convert("\n".join(block))).split("\n")
    changed = [c for c, s in zip(block, converted, strict=True) if c != s]
    return re.compile("[" + "".join(changed) + _FULL_WIDTH.pattern[1:-1] + "]")


def is_plain(text: str) -> bool:
    """`text` has no character `plain` would change (one search)."""
    return text.isascii() or _not_plain().search(text) is None


def plain(text: str) -> str:
    """`text` as the vocabulary reads it: simplified characters and plain figures (where it
    has a traditional character or a full-width figure; else as it is, cheaply)."""
    if text.isascii() or not _not_plain().search(text):
        return text
    return simplified(half_width(text))


# -- full-width figures -------------------------------------------------------------------
#
# An IME left in full-width mode types figures, letters and the signs of a number in their
# full-width forms (１００％, ≥９５％, ８架, ５１０００２１Ｒ…): read as their plain forms.
# The punctuation Chinese is typed with (，：（）) is no such slip and is left to NFKC.
_FULL_WIDTH_CHARS = "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ" \
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％＋－＜＝＞．"
_FULL_WIDTH = re.compile(f"[{_FULL_WIDTH_CHARS}]")
_HALF_WIDTH = str.maketrans({c: chr(ord(c) - 0xFEE0) for c in _FULL_WIDTH_CHARS})


def half_width(text: str) -> str:
    """`text` with its full-width figures, letters and signs in their plain forms, where it
    has a full-width figure, letter or sign of a number (else as it is: same length)."""
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


# -- radicals for ideographs --------------------------------------------------------------
#
# A PDF's font may map a glyph to the radical of the same shape instead of the ideograph
# (Chrome's and some Word and WPS exports: 项⽬ with U+2F6C, 部⻔ with U+2ED4), so that
# 项目名称 is no longer the label the reader knows, nor the text the unit typed.  The
# Kangxi radicals (U+2F00..U+2FD5) become their ideographs by NFKC; the CJK Radicals
# Supplement (U+2E81..U+2EF3) has no decomposition, so its pairs are Unicode's own data,
# EquivalentUnifiedIdeograph.txt (no Python library ships that file).
_SUPPLEMENT = (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 "
    "⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕𫜹 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 "
    "⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 "
    "⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 "
    "⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 "
    "⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 "
    "⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 "
    "⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟"
)
RADICALS: dict[int, str] = {
    **{cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)},
    **{ord(pair[0]): pair[1:] for pair in _SUPPLEMENT.split()},
}
_RADICAL_RE = re.compile("[\u2e80-\u2fd5]")


def ideographs(text: str) -> str:
    """`text` with every CJK radical that stands for an ideograph replaced by it."""
    if _RADICAL_RE.search(text) is None:
        return text
    return text.translate(RADICALS)


# -- characters that show nothing -------------------------------------------------
#
# A zero-width space or joiner, a byte-order mark, a soft hyphen, a direction mark: web
# pages and text copied from them carry them inside words (城乡居民监管工作经费 + U+200B),
# where no one typed them, and a label or name that holds one is no longer the word it
# shows.  (Unicode's format characters, category Cf, less those no table text holds.)
INVISIBLE: dict[int, None] = dict.fromkeys(map(ord, (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")))
_AS_TYPED = {**RADICALS, **INVISIBLE}
_AS_TYPED_RE = re.compile("[\u2e80-\u2fd5" + "".join(map(chr, INVISIBLE)) + "]")


def as_typed(text: str) -> str:
    """`text` as the unit typed it: radicals as their ideographs (`ideographs`), and none
    of the characters that show nothing (`INVISIBLE`)."""
    if _AS_TYPED_RE.search(text) is None:
        return text
    return text.translate(_AS_TYPED)
