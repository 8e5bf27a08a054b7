"""A form's head typed as lines above its table (项目名称：乡村道路硬化 / 主管部门：交通局
实施单位：石桥镇), read as the key rows a table of them would be: the table below then
holds only the rest (its money block, its goal, its indicators).

A run of such lines counts only where it names the project and says more of it (or the
table's own key rows do), and the table right below names none of its own above its
indicators' header; a unit's note between the lines (单位：万元) stays a line.  Other
lines above a table (填报单位：…, a notice's prose) are read as before, by the document
round them."""

from __future__ import annotations

import re

from jixiao.parsers.grid import Block, Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.rows import (
    classify_row,
    key_field,
    label_with_value,
    names_the_project,
)
from jixiao.vocab import labels as vocab

_Pairs = list[tuple[str, str, str]]  # (field, label, value) of each pair of a line

# where a line's next pair starts: blanks, then a label, its note and its colon (主管部门：,
# 实施单位 (盖章)：)
_NEXT_PAIR = re.compile(
    r"[^\S\n]+(?=[^\s:：()（）]{2,16}(?:\s*[(（][^()（）]{1,8}[)）])?\s*[:：])")
# a line's end that starts a label the next line ends (…本级　实施 / 单位 (盖章)：…, a
# printed line wrapped inside a label)
_LABEL_START = re.compile(r"[^\S\n]+(?P<part>[\u4e00-\u9fff]{1,6})$")


def key_line_pairs(text: str) -> _Pairs | None:
    """(field, label, value) of each label：value pair a line holds, the pairs parted by
    blanks (项目名称：初中公用经费　主管部门：银川市教育局); None unless every part is one."""
    text = text.strip()
    if not text or vocab.AMOUNT_UNIT_NOTE_RE.match(text):
        return None
    pairs = [label_with_value(part) for part in _NEXT_PAIR.split(text)]
    return None if any(p is None for p in pairs) else [p for p in pairs if p is not None]


def _label_wrapped(line: str, below: str) -> str | None:
    """The two lines as one, where the first ends with the start of a key label that the
    second's first label ends (主管部门：…本级　实施 over 单位 (盖章)：…); else None."""
    start = _LABEL_START.search(line)
    if start is None or key_line_pairs(line[:start.start()]) is None:
        return None
    label = re.split("[:：]", below, maxsplit=1)[0]
    if key_field(vocab.clean_label(start.group("part") + label), exact=True) is None:
        return None
    joined = line.rstrip() + below.lstrip()
    return joined if key_line_pairs(joined) is not None else None


def key_lines_as_rows(src: SourceDocument) -> SourceDocument:
    """The document with each run of key lines right above a table that names no project
    of its own (`key_line_pairs`, one naming the project) as a table of their key rows in
    the first line's place, numbered as the table below it; a blank or a unit's note
    between the lines stays a line, before that table."""
    out: list[Block] = []
    run: list[tuple[Paragraph, _Pairs | None]] = []  # (a line, its pairs: none for a note)
    changed = False
    for b in _unwrapped(src.blocks):
        if isinstance(b, Paragraph):
            pairs = key_line_pairs(b.text) if len(b.text) <= _LINE_MAX else None
            between = bool(run) and (not b.text.strip() or vocab.AMOUNT_UNIT_NOTE_RE.match(
                b.text.strip()) is not None)  # a blank or 单位：万元 between the lines
            if pairs is not None or between:
                run.append((b, pairs))
                continue
        elif run and _heads([pairs for _p, pairs in run if pairs], b):
            keys = [pairs for _p, pairs in run if pairs]
            page = run[0][0].page
            rows = [row_from_texts([t for _f, label, value in pairs for t in (label, value)],
                                   index=k, page=page) for k, pairs in enumerate(keys)]
            out += [p for p, pairs in run if pairs is None]
            out.append(Table(rows, index=b.index, page=page,
                             ncols=max(len(r.cells) for r in rows)))
            run, changed = [], True
        out += [p for p, _pairs in run]
        run = []
        out.append(b)
    out += [p for p, _pairs in run]
    if not changed:
        return src
    return SourceDocument(blocks=out, format=src.format, pages=src.pages,
                          warnings=src.warnings, readings=src.readings)


_LINE_MAX = 200  # a line of a form's head, not a paragraph of prose


def _unwrapped(blocks: list[Block]) -> list[Block]:
    """The blocks with each key line a print wrapped inside a label made one line again
    (`_label_wrapped`)."""
    out: list[Block] = []
    for b in blocks:
        last = out[-1] if out else None
        if (isinstance(b, Paragraph) and isinstance(last, Paragraph)
                and len(last.text) <= _LINE_MAX
                and (joined := _label_wrapped(last.text, b.text)) is not None):
            out[-1] = Paragraph(joined, page=last.page, style=last.style)
            continue
        out.append(b)
    return out


def _heads(run: list[_Pairs], table: Table) -> bool:
    """The lines are the head of the form the table holds: they name the project, which
    the table's key rows above its indicators' header do not, and they say more of it or
    the table's key rows do (主管部门 | … under a lone 项目名称：… line).  A lone name line
    above a table of indicators alone is read by the document round it, with the other
    lines that name the project (a report's cover)."""
    fields = [f for pairs in run for f, _l, _v in pairs]
    if "name" not in fields:
        return False
    keys = 0
    for row in table.rows:
        kind = classify_row(row)
        if kind == "header":
            return any(f != "name" for f in fields) or keys > 0
        if names_the_project(row):
            return False  # (its own 项目名称 | …)
        keys += kind == "keys"
    return False  # (no indicators' header: not a form's rest)
