"""绩效目标 cells → a list of goals, their enumeration markers removed."""

from __future__ import annotations

import re

from jixiao.hanzi import plain
from jixiao.vocab.labels import GOAL_CAPTIONS, GOAL_POINTER_RE
from jixiao.vocab.numerals import ENUMERATION_CHARS, NONZERO_DIGITS, TEN

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
# A caption typed before the goals in their own cell (目标: …, 年度目标: …): no goal of its own
_CAPTION_AT_START = re.compile(
    r"^\s*(?:年度|总体|年度总体|预期|绩效|项目|长期|中期|中长期)?目[标標]\s*[：:]\s*")
# A line that stops inside its sentence, after 、 or a comma (将猪、 / 牛、羊…, a PDF's wrap):
# the sentence goes on in the next line
_CLAUSE_OPEN_AT_BREAK = re.compile(
    r"(?<=[、，,])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])(?!" + _MARKER + ")")
# (a figure after the break, 15万元 under …100人次,, is the cell's amount: no goal's words;
# a marker, 造林1.2万亩, ⏎ 目标2森林经营…, opens the next goal)
# A marker after the end of a sentence starts the next goal; 目标2: after a space does
# whatever ends the goal before it (…生活需求: 目标3:…, a colon typed for a semicolon).
_INLINE_SPLIT = re.compile(r"(?<=[。；;！!])\s*(?=" + _MARKER + r")|\s+(?=" + _GOAL_N + r")")
# In a line that opens with ①, each circled number starts the next goal (①邀请…武夷茶文化,
# ②全年度接待…; ①完成A ②完成B)
_CIRCLED_SPLIT = re.compile(r"\s*(?=[②③④⑤⑥⑦⑧⑨⑩])")
# An amount alone beside the goals (总体目标 | … | 15万元: the money of the goal) is no goal
_AMOUNT_ONLY = re.compile(r"[\d,]+(?:\.\d+)?\s*(?:千|万|亿)?元[。.]?")


# A 目标N: marker a line's wrap cut after its 目标 (…常规接种。目标 / 2:减少…, a PDF's lines
# of one cell): one marker, on the line it starts; only after a sentence's end (完成年度目标 /
# 2、加强管理 is a goal ending in 目标, then the next)
_WRAPPED_GOAL_N = re.compile(
    r"(?:(?<=[。；;！!])|^)(目[标標])[ \t]*\n[ \t]*"
    rf"(?=[0-9０-９{ENUMERATION_CHARS}]+\s*[：:、.．])", re.M)

# 目标1: … 目标2: … numbered 1, 2, 3 … in order within one line: each marker starts a goal
# even with nothing before it (…出差8人目标2:聘用…: a scan's wrapped lines joined)
_GOAL_NUMBER = re.compile(rf"目[标標]\s*([0-9０-９{ENUMERATION_CHARS}]+)\s*[：:、.．]")
# 1. 2. 3. (or 1、 2、) at the line's start and after a blank or a clause's end, not a
# figure's decimal point (提高2.5%)
_OPENS_WITH_ONE = re.compile(r"^\s*1\s*[、.．](?!\d)")
_PLAIN_NUMBER = re.compile(r"(?:^|(?<=\s)|(?<=[。；;，,]))\s*([1-9])\s*[、.．](?!\d)")
# ... or, where those do not count in order, 2、 3、 … straight after a Chinese character: a
# cell's lines joined without their breaks (…果园路2公里2、水泥路硬化…3、极大的…, a scan's
# lines), never a decimal point
_JOINED_NUMBER = re.compile(r"(?:^|(?<=[\u4e00-\u9fff。；;，,\s]))\s*([1-9])\s*、")


def split_goals(text: str | None) -> list[str]:
    """One goal per line or per enumerated item, markers removed, blanks dropped."""
    if not text:
        return []
    text = _WRAPPED_GOAL_N.sub(r"\1", _unquoted(text))
    text = _CLAUSE_OPEN_AT_BREAK.sub("", text.replace("\r", "\n"))
    goals: list[str] = []
    for line in text.split("\n"):
        line = _CAPTION_AT_START.sub("", line, count=1)  # 长期目标:… ⏎ 年度目标:…
        items = _CIRCLED_SPLIT.split(line) if line.lstrip().startswith("①") else [line]
        for part in (p for item in items for numbered in _numbered(item)
                     for p in _INLINE_SPLIT.split(numbered)):
            goal = _MARKER_AT_START.sub("", part.strip(), count=1).strip().rstrip("；;，,、:： ")
            read = plain(goal)  # (15萬元, 詳見附件 as 15万元, 详见附件)
            if goal and not _AMOUNT_ONLY.fullmatch(read) and not _a_caption(read) \
                    and not GOAL_POINTER_RE.fullmatch(read) and goal not in goals:
                goals.append(goal)  # (a goal written again is the same goal: its cell
                # merged over rows, then unmerged with its text in each)
    return goals


def _a_caption(goal: str) -> bool:
    """The goals' caption read as a line of them (预期目标 | 实际完成情况 over a 自评表's
    goals, their borders lost on a scan), or what is left of one (实际完成情, 实), or a
    character alone: no goal."""
    words = "".join(goal.split())
    return len(words) <= 1 or words in GOAL_CAPTIONS or any(
        c.startswith(words) for c in _ACHIEVED_CAPTIONS)


_ACHIEVED_CAPTIONS = tuple(c for c in GOAL_CAPTIONS if "完成" in c)


def _unquoted(text: str) -> str:
    """The cell less the straight quotes a spreadsheet's export wraps a cell of several
    lines in ("1.完成… ⏎ 4.开展…管理。"), where no other quote stands inside."""
    t = text.strip()
    if len(t) > 2 and t[0] == t[-1] == '"' and '"' not in t[1:-1]:
        return t[1:-1]
    return text


def _numbered(line: str) -> list[str]:
    """The line cut before each of its 目标N markers where they count 1, 2, 3 … in order;
    the line whole otherwise (目标1个村 is no marker, and one 目标2: alone proves nothing).
    A line that opens with 1. or 1、 is cut the same way before its 2. 3. … set after a
    blank or a clause's end (1.深入学习…工作水平 2.组织开展…)."""
    found = list(_GOAL_NUMBER.finditer(line))
    if len(found) < 2 or [_number(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        found = _in_order(_PLAIN_NUMBER, line) or _in_order(_JOINED_NUMBER, line)
        if not found:
            return [line]
    cuts = [m.start() for m in found]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def _in_order(marker: re.Pattern[str], line: str) -> list[re.Match[str]]:
    """The `marker`s of a line that opens with 1. or 1、, where they count 1, 2, 3 … (two at
    least); none otherwise."""
    if not _OPENS_WITH_ONE.match(line):
        return []
    found = list(marker.finditer(line))
    if len(found) < 2 or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return []
    return found


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)  # 1, or the full-width １
    if text == TEN:
        return 10
    return NONZERO_DIGITS.index(text) + 1 if len(text) == 1 and text in NONZERO_DIGITS else None
