"""Traditional characters read as simplified, for matching words only.

Tables mirrored in traditional characters (績效目標表, 一級指標, 萬元) must be read by the
same vocabulary as simplified ones, while every text is stored as written.  OpenCC's
t2s table does the conversion (a hand table of a few hundred characters would miss the
long tail; OpenCC converts phrase by phrase and is exact for these words).

    simplified("一級指標") → "一级指标"     has_traditional("一级指标") → False
"""

from __future__ import annotations

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
