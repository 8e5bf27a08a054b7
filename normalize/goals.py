"""绩效目标 cells → a list of goals, their enumeration markers removed."""

from __future__ import annotations

import re

from jixiao.vocab.numerals import ENUMERATION_CHARS

# Markers clerks put before each goal: 目标1： 1、 1. （1） (一) 一是 ① …
_MARKER = (
    rf"(?:目标\s*[0-9０-９{ENUMERATION_CHARS}]+\s*[：:、.．]?"
    rf"|[(（]\s*[0-9０-９{ENUMERATION_CHARS}]+\s*[)）]"
    r"|[0-9０-９]+\s*[、.．)）](?!\d)"
    rf"|[{ENUMERATION_CHARS}]+\s*[、是]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩])"
)
_MARKER_AT_START = re.compile(r"^\s*" + _MARKER + r"\s*")
_INLINE_SPLIT = re.compile(r"(?<=[。；;！!])\s*(?=" + _MARKER + r")")


def split_goals(text: str | None) -> list[str]:
    """One goal per line or per enumerated item, markers removed, blanks dropped."""
    if not text:
        return []
    goals: list[str] = []
    for line in text.replace("\r", "\n").split("\n"):
        for part in _INLINE_SPLIT.split(line):
            goal = _MARKER_AT_START.sub("", part.strip(), count=1).strip().rstrip("；;，, ")
            if goal:
                goals.append(goal)
    return goals
