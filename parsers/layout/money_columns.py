"""Money laid out as columns: a head of source names over one row of amounts (南岳's
专项资金预算绩效目标申报表 of 2020, the transfer forms that split a grant by level, and 四川's
部门整体 forms, whose 基本支出 and 项目支出 columns under the total say how it is spent):

    专项资金情况 | 本年度预计投入(万元) | 财政资金(万元)                    | 其他
                 |                      | 中央 | 省级 | 市级资金 | 本级 |
                 | 25                   |      |      |          | 25   |

`money_columns` finds such a block from its first head row: head rows whose own cells are
all money words (a budget or source label, or a level of government that pays, `vocab.
MONEY_COLUMN_WORDS`), a caption merged down their left allowed, then one row of amounts
(figures or blanks) under them.  Each amount is named by the lowest head cell over its
column: a total's label (本年度预计投入, 资金总额) makes it the budget, any other a funding
line; a bare figure takes the unit a head cell over it states ((万元)).  Rows that are
not such a block are left to the key rows' reading, which would take the head's words for
sources without amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.rows import key_field, spans_with_blanks
from jixiao.vocab import labels as vocab
from jixiao.vocab.values import MONEY_UNITS

_AMOUNT = re.compile(r"[\d,]+(?:\.\d+)?\s*(?:万元|元|千元|亿元)?")
MAX_HEAD_ROWS = 2


@dataclass
class MoneyColumns:
    rows: int  # head rows and the amounts' row
    budget: str | None = None
    funding: list[tuple[str, str]] = field(default_factory=list)  # (source, amount)


def money_columns(rows: Sequence[Row]) -> MoneyColumns | None:
    """The block that starts at rows[0], or None where it does not start there."""
    if len(rows) < 2:
        return None
    # 专项资金情况 merged down the block's left: a caption, no column of money; in a text
    # export the cell under it is blank, where the caption is a money block's label
    caption = any(c.col == 0 and (c.merged_above or (not c.text.strip() and block_label(rows[0])))
                  for c in rows[1].cells)
    head: list[Row] = []
    for row in rows[: MAX_HEAD_ROWS + 1]:
        if _is_head(row, caption, first=not head):
            head.append(row)
            continue
        flat = _written_once(head, row) if head else None
        if head and _is_amounts(row, head, caption, flat):
            return _read(head, row, caption, flat)
        return None
    return None


def block_label(row: Row) -> bool:
    """The row opens with a money block's label (项目资金来源, 资金情况(万元))."""
    first = next((c for c in row.cells if c.col == 0), None)
    if first is None:
        return False
    label = vocab.clean_label(first.text)
    # (总体资金情况(万元) too: 四川's 部门整体 form, over 预算支出总额 | 基本支出 | 项目支出)
    return key_field(label) in ("funding_group", "budget") or label.endswith(
        vocab.MONEY_BLOCK_ENDINGS)


def _own(row: Row, caption: bool) -> list[Cell]:
    return [c for c in row.cells if c.text.strip() and not c.merged_above
            and not (caption and c.col == 0)]


def _is_head(row: Row, caption: bool, *, first: bool) -> bool:
    own = _own(row, caption)
    if len(own) < (3 if first else 2) or not all(money_word(c.text) for c in own):
        return False
    # a head names several sources, not a label and its value (财政拨款 | 20万元)
    return not any(_AMOUNT.fullmatch(c.text.strip()) for c in own)


def money_word(text: str) -> bool:
    lab = vocab.clean_label(text)
    return bool(lab) and (key_field(lab) in ("budget", "funding")
                          or lab in vocab.MONEY_COLUMN_WORDS or _is_total(lab)
                          or _levels_together(lab) or _spent(lab)
                          or lab in vocab.SPENDING_SIDE_LABELS)


def _levels_together(lab: str) -> bool:
    """省、地: two levels' money in one column."""
    parts = vocab.MONEY_COLUMN_LEVELS_APART.split(lab)
    return len(parts) > 1 and all(p in vocab.MONEY_COLUMN_LEVELS for p in parts)


def _spent(lab: str) -> bool:
    return lab.endswith(vocab.MONEY_COLUMN_SPENT)


def _is_total(lab: str) -> bool:
    return key_field(lab) == "budget" or any(w in lab for w in vocab.MONEY_COLUMN_TOTALS)


def _is_amounts(row: Row, head: list[Row], caption: bool,
                flat: dict[int, tuple[str, str | None]] | None) -> bool:
    filled = _own(row, caption)
    return bool(filled) and all(
        _AMOUNT.fullmatch(c.text.strip()) or (_SHARE.fullmatch(c.text.strip()) and _spent(
            vocab.clean_label(_label_over(c.col, head) or "")))  # 执行率 | 100%
        for c in filled) and all(
        (c.col in flat) if flat is not None else _label_over(c.col, head) is not None
        for c in filled)


_SHARE = re.compile(r"\d+(?:\.\d+)?%")


def _label_over(col: int, head: list[Row]) -> str | None:
    """The lowest head cell's text over `col` (a cell merged from above carries it)."""
    for row in reversed(head):
        for c in row.cells:
            if c.col <= col < c.end and c.text.strip():
                return c.text.strip()
    return None


def _caption_unit(head: list[Row], caption: bool) -> str | None:
    """The unit the block's caption states for all its amounts (总体资金情况(万元))."""
    first = next((c for c in head[0].cells if c.col == 0), None) if caption else None
    note = vocab.label_note(first.text) if first is not None else None
    return note if note in MONEY_UNITS else None


def _under_spending_side(col: int, head: list[Row]) -> bool:
    """A head cell over `col` names a side of the spending (四川's 部门整体 form: 预算支出总额
    | 基本支出 | 项目支出, each over 合计 | 财政拨款 | 专户资金 | 单位资金)."""
    return any(c.col <= col < c.end and c.end - c.col > 1
               and vocab.clean_label(c.text) in vocab.SPENDING_SIDE_LABELS
               for row in head for c in row.cells)  # (a column of its own is a total)


def _unit_over(col: int, head: list[Row]) -> str | None:
    """The money unit a head cell over `col` notes (财政资金(万元) over 中央 | 省级 …, also
    where its merge was undone and the blanks after it are its columns)."""
    for row in reversed(head):
        for c, end in spans_with_blanks(row):
            if c.col <= col < end and (note := vocab.label_note(c.text)) in MONEY_UNITS:
                return note
    return None


def _read(head: list[Row], amounts: Row, caption: bool,
          flat: dict[int, tuple[str, str | None]] | None) -> MoneyColumns:
    """The budget and funding lines of the block; `flat`: the amounts' labels and units
    where the block is written as a text export writes it (`_written_once`)."""
    out = MoneyColumns(rows=len(head) + 1)
    for c in _own(amounts, caption):
        text = c.text.strip()
        if flat is not None:
            label, unit = flat[c.col]
        else:
            found = _label_over(c.col, head)
            assert found is not None
            label, unit = found, _unit_over(c.col, head) or _caption_unit(head, caption)
        amount = text + unit if unit and text[-1].isdigit() else text
        if _spent(vocab.clean_label(label)):
            continue  # what was spent of it, not a source
        if flat is None and _under_spending_side(c.col, head):
            continue  # 基本支出 over 合计 | 财政拨款 | …: how the total is spent, not the total
            # nor where the money comes from
        if _is_total(vocab.clean_label(label)):
            out.budget = out.budget or amount
        else:
            out.funding.append((vocab.clean_label(label), amount))
    return out


def _written_once(head: list[Row], amounts: Row) -> dict[int, tuple[str, str | None]] | None:
    """Each amount's head label and unit, by column, where the block was written as a text
    export writes it: a cell spanning columns once, but a cell merged from above once for
    each column it covers (本年度预计投入(万元) | 财政资金(万元) | 其他 over | | | 中央 | 省级 |
    市级资金 | 本级 | | | over | 7 | 0 | 7 | 0 | 0 | 0: the caption's column blank, then one
    cell an amount).  The amounts follow the head's labels in order, the sub-labels taking
    the place of the first head label that is no total, in its unit; None where the block
    has spans of its own or the counts do not fit."""
    if len(head) != 2 or any(c.colspan > 1 or c.merged_above
                             for r in (*head, amounts) for c in r.cells):
        return None
    top = [c.text.strip() for c in head[0].cells[1:] if c.text.strip()]
    sub = [c.text.strip() for c in head[1].cells if c.text.strip()]
    caption = len(amounts.cells) - (len(top) - 1 + len(sub))  # its columns, each written
    if caption < 1 or any(c.text.strip() for c in amounts.cells[:caption]):
        return None
    cells = amounts.cells[caption:]
    group = next((i for i, t in enumerate(top) if not _is_total(vocab.clean_label(t))), None)
    if group is None:
        return None
    note = vocab.label_note(top[group])
    labels = [(t, vocab.label_note(t)) for t in top[:group]]
    labels += [(t, note) for t in sub]
    labels += [(t, vocab.label_note(t)) for t in top[group + 1:]]
    return {c.col: (label, unit if unit in MONEY_UNITS else None)
            for c, (label, unit) in zip(cells, labels, strict=True)}
