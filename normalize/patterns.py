"""Regular expressions built from the vocabulary.

A plain alternation of many words (`米|平方米|公里|…`) makes the regex engine try every
word in turn; a trie (`平方(?:米|公里)?|…`) tries one character at a time. Same
matches, several times faster on the unit list (≈120 words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.vocab.values import QUALITATIVE_OPENINGS, QUALITATIVE_WORDS

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of `words`, longest first at each point.

    Longest first is also what the order-sensitive lists in vocab.py encode (不低于 before
    低于); tests/test_normalize.py checks that they keep encoding it.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie) or "(?!)"


def _pattern(node: _Trie) -> str:
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


# Any state word anywhere in a phrase (提升, 达标 …): one search instead of a hundred `in`.
QUALITATIVE_WORD = re.compile(alternation(QUALITATIVE_WORDS) + "|" + QUALITATIVE_OPENINGS)
