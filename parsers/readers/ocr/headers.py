"""Corrections that need a whole cell or a whole table row, not one line: a level name or
header word with a character lost, and a level header whose numeral the engine lost.

A cell's text is its lines joined, so only here is a cell read whole: 成本指 alone in its
cell is 成本指标 with 标 under a seal's ring, where the line 产出指 of a cell that wraps
产出指 / 标 is no slip at all (`correct.lost_character`).

The numerals 一 and 二 are one and two thin strokes; on a grey or blurred scan the engine
drops them or reads them as something else (级指标, 工级指标), and a line one character
from 一级指标, 二级指标 and 三级指标 alike is no word the line's own correction can choose
(`correct.word`).  The header row decides: its level headers run 一级, 二级, 三级 from left
to right, so the one whose numeral was lost is the rank its neighbours leave for it.  Each
change is recorded on the cell's reading, as every OCR correction is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.parsers.grid import Block, Cell, Table
from jixiao.parsers.readers.ocr.correct import (
    NOTHING_SAID,
    broken_one_word,
    doubled_character,
    known_word,
    lost_character,
    misread_word,
    one_off,
)
from jixiao.parsers.readers.ocr.vocabulary import (
    CELL_WORD_SET,
    HEADER_WORDS,
    LOST_ONE_BEFORE,
    MIN_WORD,
    NOISE_MARK,
    SURE,
)

_BRACKET_NOTE = re.compile(r"[(（][^()（）]{1,6}[)）]")  # (单位) inside a label
RANKS = ("一", "二", "三")  # the level headers' numerals, left to right
# (traditional characters too; a numeral lost, or read as another, or 二's two strokes read
# as two characters, 一一級指標)
_LEVEL_HEADER = re.compile(r"(.{0,2}?)[级級]指[标標]")
LABEL_LENGTH = 8  # characters: a cell no longer than this may be a label
LONG_WORD = 6  # characters: a cell one off a known word this long is that word, whatever
# word it ends with (`ends_one_off`)


def whole_cells(blocks: list[Block]) -> None:
    """Each cell read by OCR whose whole text is a level name or header word with one
    character lost takes that word, recorded, and so does a short cell one character off
    a known word where a line of it was doubted (`ends_one_off`); a header cell over two
    columns or more whose text is two header words is split into them (`glued_headers`);
    then each row's level headers (`level_numerals`)."""
    for table in (b for b in blocks if isinstance(b, Table)):
        for row in table.rows:
            row.cells = [part for cell in row.cells for part in glued_headers(cell)]
            for cell in row.cells:
                if cell.ocr is None:
                    continue
                if not cell.merged_above:
                    _whole_cell(cell)
                _misread_words(cell)
    level_numerals(blocks)


def _whole_cell(cell: Cell) -> None:
    """The corrections asked of a whole cell's text (`whole_cells`)."""
    assert cell.ocr is not None
    text = "".join(cell.text.split())
    fixed = lost_character(text) or doubled_character(text)
    if fixed is None and cell.ocr.confidence <= SURE:
        fixed = ends_one_off(text)  # a line of it doubted: 主管部 / 內
    if fixed is None and _dropped_a_line(cell):
        fixed = ends_short(text)  # 县级主管部 / ウ: its 门 read as a mark
    if fixed is not None:
        _correct(cell, fixed, "word")
    elif (broken := broken_one_word(text)) is not None:
        _correct(cell, broken, "broken 一")  # ---级 / 指标, asked of the cell
    elif (whole := lost_one(cell.text)) is not None:
        _correct(cell, whole, "一 lost")
    if (paired := matched_brackets(cell.text)) is not None:
        _correct(cell, paired, "bracket pair")


def lost_one(text: str) -> str | None:
    """The text with each 一 put back that a scan lost before what no word writes without
    it (`LOST_ONE_BEFORE`: 次性通过验收 is 一次性通过验收), asked of a whole cell so that a 一
    at the end of the line above counts; None where none was lost."""
    out, at = [], 0
    for m in _AFTER_ONE.finditer(text):
        before = text[: m.start()].rstrip()
        if not before.endswith(("一", "1")):
            out += [text[at : m.start()], "一"]
            at = m.start()
    return "".join([*out, text[at:]]) if out else None


_AFTER_ONE = re.compile("|".join(map(re.escape, LOST_ONE_BEFORE)))


def matched_brackets(text: str) -> str | None:
    """The text with each closing bracket as wide as the bracket it closes, where the two
    were read in two widths (项目年度绩效目标(定量指标）: the closing one alone at a line's
    start or against the border, where the engine has no neighbour to size it by); None
    where every pair matches.  The tables' own text pairs its brackets in one width (none
    of the ~1,950 pairs in the real tables' truths mixes them)."""
    chars, opened = list(text), []
    for i, ch in enumerate(text):
        if ch in _OPENING:
            opened.append(i)
        elif ch in _CLOSING and opened:
            chars[i] = _CLOSING_OF[text[opened.pop()]]
    fixed = "".join(chars)
    return fixed if fixed != text else None


_CLOSING_OF = {"(": ")", "（": "）"}
_OPENING, _CLOSING = frozenset(_CLOSING_OF), frozenset(_CLOSING_OF.values())


def _dropped_a_line(cell: Cell) -> bool:
    """A line of the cell was read as no text (a seal's or a pen's mark, `scan._noise`)."""
    return cell.ocr is not None and any(c.endswith(NOISE_MARK) for c in cell.ocr.corrections)



def ends_short(text: str) -> str | None:
    """A short cell (a label's length) that ends with a known cell word less its last
    character, where a line of the cell was dropped as a mark: the character wrapped
    alone onto that line and read as a mark no table is written in (县级主管部 / ウ, its
    门 on a line of its own): with the word whole.  Not where the ending is a word of
    its own, or where more than one word would do."""
    if len(text) > LABEL_LENGTH:
        return None
    for n in range(len(text), MIN_WORD - 2, -1):
        tail = text[-n:]
        if known_word(tail):
            return None
        whole = {w for w in CELL_WORD_SET if len(w) == n + 1 and w[:-1] == tail}
        if len(whole) == 1:
            return text[:-n] + whole.pop()
    return None


def ends_one_off(text: str) -> str | None:
    """A short cell (a label's length, `LABEL_LENGTH`) that is, or ends with, a known cell
    word but for one character (主管部內, 中央主管部内: 门 wrapped alone on its line and
    doubted): with that word; a note in brackets inside it is no part of the word
    (部內(单位)名称: 部门名称).  Asked only of a cell a line of which the engine doubted."""
    note = _BRACKET_NOTE.search(text)
    if note is not None and note.start() > 0:
        bare = text[: note.start()] + text[note.end() :]
        fixed = ends_one_off(bare)
        if fixed is None or len(fixed) != len(bare):
            return None
        return fixed[: note.start()] + note.group() + fixed[note.start() :]
    ends = range(len(text), MIN_WORD - 1, -1)
    tail = next((n for n in ends if known_word(text[-n:])), 0)
    if len(text) >= LONG_WORD and (whole := one_off(text)) is not None and all(
            a == b for a, b in zip(whole[len(text) - tail :], text[len(text) - tail :],
                                   strict=True)):
        return whole  # (the whole cell one off a long word before the word it ends with:
        # 經清成本指標, its 濟 doubted alone on its line, is 經濟成本指標; 项目效果指标 is
        # no slip for 项目效益指标, its ending a word of its own)
    if len(text) > LABEL_LENGTH or tail:
        return None  # (项目效果指标 ends with a word of its own, 效果指标: no slip)
    for n in ends:
        word = one_off(text[-n:])
        if word is not None:
            return text[:-n] + word
    return None


def glued_headers(cell: Cell) -> list[Cell]:
    """A cell read by OCR over two grid columns or more whose text is two header words one
    after the other (三级指标年度指标值): the border between two header cells, which a
    black-and-white scan lost with its thin grey line, while the rows below keep it.
    Split into the two, the first over one column and the second over the rest, each
    keeping the reading with the split recorded; any other cell as it is."""
    text = "".join(cell.text.split())
    if cell.ocr is None or cell.colspan < 2 or cell.merged_above:
        return [cell]
    cuts = [i for i in range(2, len(text) - 1)
            if text[:i] in HEADER_WORDS and text[i:] in HEADER_WORDS]
    if len(cuts) != 1:
        return [cell]
    first, second = text[: cuts[0]], text[cuts[0] :]
    fix = f"{cell.text}→{first} | {second} (two header cells)"
    out = []
    for word, col, span in ((first, cell.col, 1), (second, cell.col + 1, cell.colspan - 1)):
        reading = replace(cell.ocr, text=word, corrections=[*cell.ocr.corrections, fix])
        out.append(Cell(word, col, span, ocr=reading))
    return out


def _misread_words(cell: Cell) -> None:
    """The cell's text with the words read with a look-alike across its lines mended
    (`correct.misread_word`: 編外人 / 貝數量, 貝 alone on its line, doubted), where a line of
    it was doubted; a cell continued from the row above shares its reading, which is
    corrected once."""
    if cell.ocr is None or cell.ocr.confidence > SURE:
        return
    found = misread_word(cell.text, NOTHING_SAID)
    if found is None:
        return
    if cell.ocr.text == found[0]:
        cell.text = found[0]
    else:
        _correct(cell, *found)


def _correct(cell: Cell, fixed: str, why: str) -> None:
    if cell.ocr is not None:
        cell.ocr.corrections.append(f"{cell.text}→{fixed} ({why})")
        cell.ocr.text = fixed
    cell.text = fixed


def level_numerals(blocks: list[Block]) -> None:
    """In each table row holding level headers, the one read without its numeral (or with
    another character for it) takes the only rank its place leaves: 一级指标 | 级指标 |
    三级指标 reads 二级指标; a row holding all three reads 一, 二, 三 from left to right
    whatever numerals were read."""
    for table in (b for b in blocks if isinstance(b, Table)):
        for row in table.rows:
            _row(row.cells)


def _row(cells: list[Cell]) -> None:
    found = [(cell, m.group(1)) for cell in cells if not cell.merged_above
             and (m := _LEVEL_HEADER.fullmatch("".join(cell.text.split())))]
    lost = [i for i, (cell, numeral) in enumerate(found)
            if numeral not in RANKS and cell.ocr is not None]  # only what OCR read
    if not lost and len({n for _, n in found}) < len(found):
        # a numeral read as another (一级指标 | 一级指标 | 三级指标: 二's upper stroke
        # lost): one of the two that share a rank, the one a rank fits where it stands
        lost = [i for i, (cell, numeral) in enumerate(found) if cell.ocr is not None
                and [n for _, n in found].count(numeral) > 1
                and _fitting(found[:i] + found[i + 1 :], i) is not None]
    numerals = [n for _, n in found]
    if len(found) == len(RANKS) and numerals != list(RANKS) and all(
            cell.ocr is not None and (n not in RANKS or numerals.count(n) > 1)
            for (cell, n), want in zip(found, RANKS, strict=True) if n != want):
        # all three level headers, more than one slipped (级指标 | 三级指标 | 三级指标: a
        # photocopy's 一 lost and its 二 read with a third stroke): three run 一, 二, 三,
        # where each one out of place was read without a numeral or with one read twice
        for (cell, n), want in zip(found, RANKS, strict=True):
            if n != want:
                _correct(cell, f"{want}级指标", "level header")
        return
    if len(lost) != 1 or len(found) < 2:
        return
    [at] = lost
    rank = _fitting(found[:at] + found[at + 1 :], at)
    if rank is None:  # no rank, or more than one, fits between its neighbours
        return
    _correct(found[at][0], f"{RANKS[rank]}级指标", "level header")


def _fitting(others: list[tuple[Cell, str]], at: int) -> int | None:
    """The one rank that fits at `at` among the other level headers (each with its rank,
    in order), or None."""
    if any(n not in RANKS for _, n in others):
        return None
    before = [RANKS.index(n) for _, n in others[:at]]
    after = [RANKS.index(n) for _, n in others[at:]]
    low = max(before, default=-1) + 1
    high = min(after, default=len(RANKS)) - 1
    return low if low == high else None
