"""绩效目标 cells → a list of goals, their enumeration markers removed."""

from __future__ import annotations

import re

from jixiao.vocab.numerals import ENUMERATION_CHARS

# Markers clerks put before each goal: 目标1： 1、 1. （1） (一) 一是 ① … (目標1: in a
# document in traditional characters, whose goals are kept as written)
_GOAL_N = rf"目[标標]\s*[0-9０-９{ENUMERATION_CHARS}]+\s*[：:、.．]"
_MARKER = (
    rf"(?:目[标標]\s*[0-9０-９{ENUMERATION_CHARS}]+\s*[：:、.．]?"
    rf"|[(（]\s*[0-9０-９{ENUMERATION_CHARS}]+\s*[)）]"
    r"|[0-9０-９]+\s*[、.．)）](?!\d)"
    rf"|[{ENUMERATION_CHARS}]+\s*[、是]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩])"
)
_MARKER_AT_START = re.compile(r"^\s*" + _MARKER + r"\s*")
# A marker after the end of a sentence starts the next goal; 目标2: after a space does
# whatever ends the goal before it (…生活需求: 目标3:…, a colon typed for a semicolon).
_INLINE_SPLIT = re.compile(r"(?<=[。；;！!])\s*(?=" + _MARKER + r")|\s+(?=" + _GOAL_N + r")")


def split_goals(text: str | None) -> list[str]:
    """One goal per line or per enumerated item, markers removed, blanks dropped."""
    if not text:
        return []
    goals: list[str] = []
    for line in text.replace("\r", "\n").split("\n"):
        for part in _INLINE_SPLIT.split(line):
            goal = _MARKER_AT_START.sub("", part.strip(), count=1).strip().rstrip("；;，,:： ")
            if goal:
                goals.append(goal)
    return goals
