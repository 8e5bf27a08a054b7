"""Placeholders: what clerks write in a cell to say "nothing here".

One base list of marks, and two lists built on it that differ on purpose, in 无 above all:

- `BLANK_CELLS` (parsers.layout): a cell that counts as blank.  A row whose 三级指标 and
  描述 are blank and whose 指标值 is one of these is a blank line of the template, not a
  record (docs/contract.md, "Indicators"); an amount under a caption that is one of these is
  not kept.  无 is here: a lone 无 under no indicator names nothing.
- `EMPTY_VALUES` (normalize): a 指标值 or 度量单位 that gives no value, kind `empty`.  无
  is not here: the 指标值 of a named indicator (安全事故 | 无) is a target of zero events,
  quantity 0 (`values.ZERO_EVENTS`).
"""

from __future__ import annotations

import re

# Dashes and slashes that every template uses for "nothing": the base of both lists.
NOTHING_MARKS: frozenset[str] = frozenset({"/", "-", "—", "——", "\\"})

# Compared with the cell as written (trimmed only), so the full-width and spaced
# spellings are listed too.
BLANK_CELLS: frozenset[str] = NOTHING_MARKS | {
    "／", "－", "/ ", "无", "…", "……", "...", "......", "。。。", "。。。。。。",
}

# Compared after `normalize.canonical.surface` (full width → half width, spaces dropped),
# so － and ／ are already - and /; ellipses and "not available" in its ASCII and
# Chinese spellings are listed too.
EMPTY_VALUES: frozenset[str] = NOTHING_MARKS | {
    "", "--", "…", "……", "...", "......", "·", "n/a", "N/A", "NA", "null", "空",
}

# The template's numbered prompt before an indicator name (指标1:, 指标2：, 指标3.); left
# unfilled (指标2:) or answered with a placeholder (指标1:/), the name is no name at all.
_PROMPT = r"^\s*指标\s*[\d一二三四五六七八九十]{1,2}\s*[:：.．、]?"
PROMPT_RE = re.compile(_PROMPT)

# A line's number alone (1. 2、 (3) ４．): a numbered blank line of a template (1. 2. 3. ……
# under 目标完成程度), no indicator's name; a bare number without its mark is left alone.
LINE_NUMBER_RE = re.compile(r"^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、])\s*$")
