"""Targets published as prose, not as a table (宁夏's 绩效目标设定的公示 pages print them so):

    关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示
    根据…资金50万元,实施同心县下马关镇设施农业黄金蜜(葡萄)种植项目,…项目总体绩效目标是:增加…。
    一、 产出指标
    数量指标:★补助…,黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:…
    二、 效益指标
    效益指标:经济效益指标:脱贫地区特色产业产值(≥**万元)≥80万元,…。生态效益指标:生态修复功能提高。

`prose_as_table` reads such a document, when its tables hold no indicator, into the table a
clerk would have filled, so that the rest of the layout reads it like any other:

- a paragraph that is only a 一级 name (一、产出指标) opens a block; the paragraphs under it
  that begin with a level name belong to it;
- each clause of those paragraphs (ended by 。 or ；) may begin with level names and a colon
  or comma (效益指标:经济效益指标:): the block's own 一级 restated, else its 二级 (社会效益目标
  is 社会效益指标 written with 目标); then come indicators, each a name followed by its value
  (a comparator and a number: >=17600株, ≥80万元, 大于等于10157.6平方米); a clause with no
  value is a statement of its 二级 level, with no value (生态修复功能提高);
- the project is the one the notice's title names, as the text names it too (关于X绩效目标
  设定的公示, X or the longest part of it ending in 项目 that the text writes); its amount
  (资金50万元) and goal (总体绩效目标是…) are the ones the text before the targets states.

The table takes the place of the first paragraph it was read from, the others it was read
from are left out, and the tables after it are numbered on from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.parsers.grid import Block, Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.docfields import table_heading_name
from jixiao.parsers.layout.header import level_kind
from jixiao.parsers.layout.rows import key_field
from jixiao.vocab import labels as vocab
from jixiao.vocab import numerals, organisations
from jixiao.vocab import values as value_words


@dataclass
class _Block:
    level1: str
    start: int  # index of its heading among the document's blocks
    end: int  # one past its last paragraph
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # 一级 二级 name value
    level2: str = ""  # the 二级 heading of its own paragraph the items below it are under
    numbered_as_item: bool = False  # its heading numbered as (一), as a sub-item is


def prose_as_table(src: SourceDocument, file_name: str) -> SourceDocument | None:
    """The document with its prose targets as a table in their place, or None where no
    paragraph names a 一级 level with targets under it."""
    blocks = _target_blocks(src.blocks)
    if not blocks:
        return None
    before = [b.text for b in src.blocks[: blocks[0].start] if isinstance(b, Paragraph)]
    rows = [*_key_rows(src, before, file_name), ["一级指标", "二级指标", "三级指标", "指标值"]]
    rows += [list(r) for blk in blocks for r in blk.rows]
    start = blocks[0].start
    read = {i for blk in blocks for i in range(blk.start, blk.end)}
    page = src.blocks[start].page if isinstance(src.blocks[start], Paragraph) else None
    n_before = sum(isinstance(b, Table) for b in src.blocks[:start])
    table = Table([row_from_texts(r, index=i, page=page) for i, r in enumerate(rows)],
                  index=n_before, page=page, ncols=4)
    out: list[Block] = []
    for i, b in enumerate(src.blocks):
        if i == start:
            out.append(table)
        if i not in read:
            out.append(_renumbered(b) if i > start else b)
    return SourceDocument(blocks=out, format=src.format, pages=src.pages,
                          warnings=src.warnings, readings=src.readings)


def _renumbered(b: Block) -> Block:
    if isinstance(b, Table):
        return Table(b.rows, index=b.index + 1, page=b.page, ncols=b.ncols)
    return b


# --- the targets ---------------------------------------------------------------------------

_ENUM_RE = re.compile(
    rf"^\s*(?:[{numerals.ENUMERATION_CHARS}]+\s*[、.．]|\d{{1,2}}\s*[、.．)）]"
    rf"|[(（]\s*[{numerals.ENUMERATION_CHARS}\d]+\s*[)）])\s*"
)
_CLAUSE_END_RE = re.compile(r"[。;；]")
_SUB_ENUM_RE = re.compile(rf"^\s*[(（]\s*[{numerals.ENUMERATION_CHARS}\d]+\s*[)）]")  # (四)
_LABEL_RE = re.compile(r"^\s*(?P<label>[^:：,，。;；]{2,12}?)\s*[:：,，]\s*")
_COMPARATORS = sorted(
    (w for w, _op in value_words.PREFIX_COMPARATORS if not re.fullmatch(r"[\u4e00-\u9fff]", w)),
    key=len, reverse=True,
)
# ... also a verb that sets a floor or a ceiling (达到, 控制在), after a 需 or 应 (年森林火灾
# 发生率需控制在6.5次/10万公顷, 满意度需达到80%以上)
_SOFT = sorted((w for w, _op in value_words.SOFT_PREFIXES), key=len, reverse=True)
# A value: a comparator, a number and its unit, ending where the clause or the item ends.
_VALUE_RE = re.compile(
    rf"(?:(?:需|应|要)?(?:{'|'.join(map(re.escape, _SOFT))})"
    rf"|{'|'.join(map(re.escape, _COMPARATORS))})\s*\d+(?:\.\d+)?[^\s,，、:：]*"
    r"(?=\s*(?:[,，、]|$))"
)
# A figure closing a phrase with no comparator: its value (租机数量8架)
_TRAILING_FIGURE_RE = re.compile(
    r"^(?P<name>\S*?[\u4e00-\u9fff)）])(?P<value>\d+(?:\.\d+)?[^\d\s,，、:：]{0,6})$")
_ITEM_EDGES = " ,，、"
_ITEM_ENDS = ";；。"  # an indicator's paragraph ends with one of these


def _target_blocks(blocks: list[Block]) -> list[_Block]:
    out: list[_Block] = []
    current: _Block | None = None
    for i, b in enumerate(blocks):
        if not isinstance(b, Paragraph):
            current = None
            continue
        level2 = (_level2_heading(b.text, current.numbered_as_item)
                  if current is not None and current.end == i else None)
        heading = _level1_heading(b.text) if level2 is None else None
        if current is not None and level2 is not None:
            current.level2, current.end = level2, i + 1
        elif heading is not None:
            current = _Block(heading, i, i + 1,
                             numbered_as_item=_SUB_ENUM_RE.match(b.text) is not None)
            out.append(current)
        elif (current is None or current.end != i) and _headless_run(blocks, i):
            current = _Block("", i, i)  # 数量指标:慰问人数=9人 / 质量指标:… with no 一级 above
            out.append(current)
            current.rows += _paragraph_rows(b.text, current.level1)
            current.end = i + 1
        elif current is not None and current.end == i and _starts_with_level(b.text):
            current.rows += _paragraph_rows(b.text, current.level1)
            current.end = i + 1
        elif current is not None and current.end == i and (item := _item(b.text)) is not None:
            current.rows.append((current.level1, current.level2, *item))
            current.end = i + 1
    return [blk for blk in out if blk.rows]


def _headless_run(blocks: list[Block], i: int) -> bool:
    """This paragraph and the next each open with a 二级 name and a colon (数量指标:…,
    质量指标:…): targets written with no 一级 heading over them (福建's 福利彩票公益金
    notices)."""
    pair = blocks[i : i + 2]
    return len(pair) == 2 and all(
        isinstance(b, Paragraph) and (m := _LABEL_RE.match(b.text)) is not None
        and _level_name(m.group("label")) == "level2" for b in pair)


def _level2_heading(text: str, siblings_numbered_so: bool) -> str | None:
    """(一)数量指标 → 数量指标: a 二级 name alone in its paragraph, numbered or not; also
    成本指标, a 一级 of newer templates, numbered as an item of the 一级 above ((四)成本指标
    under 一、产出指标) — but not where the 一级 above is numbered so too ((一) 产出指标, then
    (三) 效益指标: its sibling)."""
    name = _ENUM_RE.sub("", text, count=1).strip()
    if not name:
        return None
    if _level_name(name) == "level2":
        return name
    sub = _SUB_ENUM_RE.match(text) is not None
    if sub and siblings_numbered_so and level_kind(name) == "level1":
        return None
    return name if sub and any(w in name for w in vocab.LEVEL2_WORDS) else None


def _item(text: str) -> tuple[str, str] | None:
    """An indicator alone in its paragraph under a heading (设施温棚种植人员(县内培训)≧300人;
    完成时限,2025年10月底前; 带动村集体及种植户增收致富,增加。): its name and value, the value
    a comparator and a number, else what follows the last comma; None for a paragraph that
    does not end as an item does (附件:…, the office signing)."""
    t = text.strip()
    if not t or t[-1] not in _ITEM_ENDS:
        return None
    t = t[:-1].strip()
    if (labelled := _labelled_item(t)) is not None:
        return labelled
    items = _items(t)
    if len(items) == 1 and items[0][1]:
        return items[0]
    name, comma, value = t.replace("，", ",").rpartition(",")
    if comma and name.strip() and value.strip():
        return t[: len(name)].strip(), value.strip()
    return None


# The words that label a target inside an indicator's sentence, and those that label what
# follows it (1)项目完成及时率(%),目标值90,完成值100,分值8,得分8。): the header words of
# those columns
_TARGET_LABELS = tuple(sorted(dict(vocab.HEADER_SYNONYMS)["value"], key=len, reverse=True))


def _labelled_item(text: str) -> tuple[str, str] | None:
    """An indicator's sentence that labels its target (莆田's 自评报告: name, 目标值200,
    完成值200, 分值10, 得分10): the name before the labelled target (its list number
    left out) and the value after the label; None where no part is so labelled."""
    parts = re.split(r"([,，])", text)
    for k in range(2, len(parts), 2):
        part = parts[k].strip()
        label = next((w for w in _TARGET_LABELS if part.startswith(w)), None)
        if label is None:
            continue
        name = _ENUM_RE.sub("", "".join(parts[: k - 1]), count=1).strip()
        value = part[len(label):].lstrip(" :：为").strip()
        return (name, value) if name and value else None
    return None


def _level1_heading(text: str) -> str | None:
    """一、 产出指标 → 产出指标 ((1)产出指标。 too); anything else → None."""
    name = _ENUM_RE.sub("", text, count=1).strip().rstrip(_HEADING_ENDS)
    return name if name and level_kind(name) == "level1" else None


_HEADING_ENDS = "。.．:："  # the mark a numbered heading may end with ((1)产出指标。)


def _starts_with_level(text: str) -> bool:
    m = _LABEL_RE.match(text)
    return m is not None and _level_name(m.group("label")) is not None


def _level_name(label: str) -> str | None:
    """"level1" or "level2" for a level's name, also one written with 目标 for 指标."""
    spellings = [label, *(label.replace(old, new) for old, new in vocab.LEVEL_WORD_VARIANTS)]
    return next((kind for s in spellings if (kind := level_kind(s)) is not None), None)


def _paragraph_rows(text: str, level1: str) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    level2 = ""
    for clause in _CLAUSE_END_RE.split(text):
        rest = clause.strip()
        while (m := _LABEL_RE.match(rest)) is not None and _level_name(m.group("label")):
            label = _ENUM_RE.sub("", m.group("label"), count=1).strip()  # 1、数量指标:
            if vocab.clean_label(label) != vocab.clean_label(level1):  # else 一级 restated
                level2 = label
            rest = rest[m.end():]
        rows += [(level1, level2, name, value) for name, value in _items(rest)
                 if value or not name.startswith((*_ACHIEVED, *_TOLD_DONE))]
    return rows


# what was achieved, told after the target in the same clause (慰问人数=9人,当年实际完成9人)
_ACHIEVED = tuple(f"{w}{a}" for w in ("", "当年", "全年", "年度") for a in vocab.ACHIEVED_WORDS)


def _items(text: str) -> list[tuple[str, str]]:
    """(name, value) of each indicator of a clause; a clause with no value is one
    statement with an empty value, but one whose parts each close on a figure holds
    those figures (租机数量8架); a part telling what was achieved (实际租机7架, 未完成指标)
    is no indicator."""
    items: list[tuple[str, str]] = []
    pos = 0
    for m in _VALUE_RE.finditer(text):
        name = text[pos:m.start()].strip(_ITEM_EDGES)
        if name:
            items.append((name, m.group().strip()))
        pos = m.end()
    rest = text[pos:].strip(_ITEM_EDGES)
    parts = [p.strip(_ITEM_EDGES) for p in re.split(r"[,，]", rest)]
    parts = [p for p in parts if p and not p.startswith(_TOLD_DONE)]
    figures = [_figure_closing(p) for p in parts]
    if rest and not items and parts and all(figures):
        return [f for f in figures if f is not None]
    if parts:
        items.append((rest, ""))
    return items


def _figure_closing(part: str) -> tuple[str, str] | None:
    """(name, figure) of a phrase a figure closes (租机数量8架), None where the phrase
    tells it as done (慰问对象满意度完成90%) or is a funded item (2、…运营补助45万元)."""
    m = _TRAILING_FIGURE_RE.match(part)
    if m is None or m.group("name").endswith(_DONE_VERBS) or _FUNDED_ITEM_RE.match(part):
        return None
    return m.group("name"), m.group("value")


# What a report tells after a target: what was achieved, and whether it was (实际租机7架,
# 未完成指标)
_TOLD_DONE = ("实际", "未完成", "已完成")
# ... or a figure told as done (慰问对象满意度完成90%: achieved, no target)
_DONE_VERBS = ("完成", "实现", "达成")


# --- the project ---------------------------------------------------------------------------


def _key_rows(src: SourceDocument, before: list[str], file_name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    item = next((m for t in reversed(before[-ITEM_LOOKBACK:])
                 if (m := _FUNDED_ITEM_RE.match(t.strip())) is not None), None)
    name = item.group("name").strip() if item else _project_name(src, before, file_name)
    if name is None and (title := _report_subject(src)) is not None:
        name = _section_naming(title, before)  # else the title names it, as for a table
    if name:
        rows.append(["项目名称", name, "", ""])
    text = "\n".join(before)
    if item is not None:
        rows.append(["资金总额", item.group("amount"), "", ""])
    elif (amount := _BUDGETED.search(text) or vocab.PROSE_AMOUNT_RE.search(text)) is not None:
        rows.append(["资金总额", amount.group("amount"), "", ""])
        rows += [[*r, "", ""] for r in _sources(text[amount.end():].split("\n")[0])]
    if (goal := vocab.PROSE_GOAL_RE.search(text)) is not None:
        rows.append(["年度目标", goal.group("goal").strip(), "", ""])
    return rows


# A numbered item naming what was funded and with how much, a few paragraphs above its
# targets (1、2024年百岁老人慰问费1.35万元;): the project, where a notice lists several
_FUNDED_ITEM_RE = re.compile(
    r"^\d{1,2}\s*[、.．]\s*(?P<name>\S.{1,48}?)\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万元|元))[;；。]?$")
ITEM_LOOKBACK = 4  # paragraphs above the targets where that item may stand


def _project_name(src: SourceDocument, before: list[str], file_name: str) -> str | None:
    titles = [*(p.text for p in src.paragraphs), *(c.text for t in src.tables for r in t.rows
                                                    for c in r.cells), file_name]
    subject = next((m.group("subject") for t in titles
                    if (m := vocab.PROSE_NOTICE_SUBJECT_RE.search(t)
                        or vocab.PROSE_TITLE_SUBJECT_RE.search(t))), None)
    if subject is None:
        return None
    body = "\n".join(t for t in before if vocab.PROSE_NOTICE_SUBJECT_RE.search(t) is None
                     and vocab.PROSE_TITLE_SUBJECT_RE.search(t) is None)
    return _section_naming(subject, before) or _as_the_text_names_it(subject, body)


# a report's budget in its words: 2022年共投入…补助经费预算10441万元 (其中,中央转移支付资金
# 8353万元,省级配套资金2088万元: its sources, read after it)
_BUDGETED = re.compile(
    r"预算(?:资金|金额)?(?:为|共计|共)?\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万元|亿元|元))")


def _report_subject(src: SourceDocument) -> str | None:
    """What the document's title names (云南省2022年度中央自然灾害资金绩效自评报告 →
    中央自然灾害资金)."""
    return next((name for p in src.paragraphs[:3] if (name := table_heading_name(p.text))),
                None)


def _section_naming(subject: str, before: list[str]) -> str | None:
    """A numbered section over the targets that names the title's subject more closely
    (云南's 自评报告 中央自然灾害资金 over 一、中央自然灾害救灾资金(森林草原航空消防租机补助经
    费)): the heading opens as the subject does and names a fund, at more length."""
    for t in before:
        m = _ENUM_RE.match(t)
        if m is None:
            continue
        name = t[m.end():].strip().rstrip(_HEADING_ENDS)
        if (len(name) > len(subject) and name[:_SAME_OPENING] == subject[:_SAME_OPENING]
                and _FUND_NAME.search(name)):
            return name
    return None


_SAME_OPENING = 4  # characters a closer name shares with the title's subject
# a fund's or project's name, a bracket after it allowed: …资金, …经费(…), …项目
_FUND_NAME = re.compile(r"(?:资金|经费|项目)(?:[(（][^()（）]{1,30}[)）])?$")


_PROJECT_WORD = "项目"


def _as_the_text_names_it(subject: str, body: str) -> str:
    """The longest part of the title's subject, ending in 项目, that the text writes too
    (解决同心县…示范村项目 → 同心县…示范村项目); else the subject."""
    best = ""
    for end in range(len(subject), 0, -1):
        if not subject[:end].endswith(_PROJECT_WORD):
            continue
        start = next((s for s in range(end - len(_PROJECT_WORD) - 1)
                      if subject[s:end] in body), None)
        if start is not None and end - start > len(best):
            best = subject[start:end]
    return best or subject


# --- a notice of one project in numbered sections ---------------------------------------------


def notice_as_table(src: SourceDocument, file_name: str) -> SourceDocument | None:
    """A project disclosed in numbered sections, with no table at all (章贡区's 公示:
    一、立项依据 / 二、实施主体 / 三、预算安排 / 四、绩效目标, each over its text, or (3)实施主体。
    淮北市… on one line) as the key rows a clerk would have filled: 项目名称 from the
    title (X项目立项依据、…情况公示), 实施单位 the office the 实施主体 text names first, the
    资金总额 its 预算安排 text states, the 年度目标 its 绩效目标 text and 项目概况 its
    项目概述.  None where the sections are not there (a 预算安排 and a 绩效目标 among at
    least `vocab.NOTICE_MIN_SECTIONS`), or a project's sections come twice.

    A document of several such projects, each under a title of its own (上海's 部门预算:
    人民调解项目经费情况说明, 科技创新专项经费情况说明, each over 一、项目概述 … 七、绩效目标),
    is read title by title, a table for each project whose sections are there."""
    titles = _explanation_titles(src.blocks)
    if not titles:
        found = _notice_table(src, src.blocks, 0, file_name)
        return None if found is None else _with_tables(src, [found])
    bounds = [*(i for i, _ in titles), len(src.blocks)]
    tables: list[tuple[set[int], Table]] = []
    for k, (i, subject) in enumerate(titles):
        found = _notice_table(src, src.blocks[i + 1: bounds[k + 1]], i + 1, file_name,
                              subject=subject, index=len(tables))
        if found is not None:
            read, table = found
            tables.append((read | {i}, table))  # the title is read with its sections
    return _with_tables(src, tables) if tables else None


def _explanation_titles(blocks: list[Block]) -> list[tuple[int, str | None]]:
    """(index, the project it names, or None) of each title of a project's explanation
    (人民调解项目经费情况说明; 项目经费情况说明 names none)."""
    out: list[tuple[int, str | None]] = []
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and (m := vocab.EXPLANATION_TITLE_RE.match(b.text)):
            out.append((i, m.group("subject") or None))
    return out


def _notice_table(src: SourceDocument, blocks: list[Block], offset: int, file_name: str,
                  *, subject: str | None = None, index: int = 0
                  ) -> tuple[set[int], Table] | None:
    """The blocks (indexes in the document) one project's sections were read from, and the
    table of key rows they make; None where the sections are not there."""
    found = _notice_sections(blocks)
    if found is None:
        return None
    sections, read_here, before = found
    if not sections.keys() >= vocab.NOTICE_REQUIRED or len(sections) < vocab.NOTICE_MIN_SECTIONS:
        return None
    if subject is None:
        subject = _notice_subject(src, blocks, before, sections, file_name)
    subject = sections.get("name", "").split("\n")[0].strip() or subject
    rows = _notice_rows(sections, subject)
    read = {offset + i for i in read_here}
    start = min(read)
    page = src.blocks[start].page if isinstance(src.blocks[start], Paragraph) else None
    table = Table([row_from_texts(r, index=k, page=page) for k, r in enumerate(rows)],
                  index=index, page=page, ncols=2)
    return read, table


def _notice_subject(src: SourceDocument, blocks: list[Block], before: int,
                    sections: dict[str, str], file_name: str) -> str | None:
    """The project a notice names: its title (X项目立项依据、…情况公示), a numbered line
    just above its sections (1、“水源地保护”项目), or the 工程 or 项目 its 概况 names first
    (由…建设的万里街道社区公共服务中心新建工程，…)."""
    titles = [*(p.text.strip() for p in src.paragraphs), file_name]
    return (next((m.group("subject") for t in titles if (m := vocab.NOTICE_TITLE_RE.match(t))),
                 None)
            or _project_line(blocks, before)
            or next((m.group("name") for m in [vocab.EXPLANATION_SUBJECT_RE.search(
                sections.get("purpose", "").split("\n")[0])] if m), None))


def _notice_rows(sections: dict[str, str], subject: str | None) -> list[list[str]]:
    rows: list[list[str]] = []
    if subject:
        rows.append(["项目名称", subject])
    if (office := _lead_office(sections.get("implementer", ""))) is not None:
        rows.append(["实施单位", office])
    rows += _budget_rows(sections["budget"])
    if sections["goals"]:
        rows.append(["年度目标", sections["goals"]])
    if sections.get("purpose"):
        rows.append(["项目概况", sections["purpose"]])
    return rows


def _budget_rows(text: str) -> list[list[str]]:
    """The 资金总额 a 预算安排 text states first, and the sources it names after it; where
    it states only what each quarter spends (第一季度用款计划158.05万元，第二季度…), their
    sum is the year's budget."""
    if (amount := vocab.NOTICE_AMOUNT_RE.search(text)) is None:
        return []
    quarters = list(vocab.NOTICE_QUARTER_RE.finditer(text))
    units = {q.group("unit") for q in quarters}
    if len(quarters) == 4 and len(units) == 1 and amount.start() >= quarters[0].start():
        total = sum(Decimal(q.group("amount")) for q in quarters)
        return [["资金总额", f"{total}{units.pop()}"]]
    return [["资金总额", amount.group("amount")], *_sources(text[amount.end():])]


def _with_tables(src: SourceDocument, tables: list[tuple[set[int], Table]]) -> SourceDocument:
    """The document with each table in the place of the first block it was read from, and
    the others it was read from left out."""
    at = {min(read): table for read, table in tables}
    read_all = set().union(*(read for read, _ in tables))
    out: list[Block] = [at.get(i, b) for i, b in enumerate(src.blocks)
                        if i in at or i not in read_all]
    return SourceDocument(blocks=out, format=src.format, pages=src.pages,
                          warnings=src.warnings, readings=src.readings)


def _sources(text: str) -> list[list[str]]:
    """The funding lines a budget text names after its total, led by 其中 (其中财政衔接资金
    380万元): [source, amount] each, as the table's rows would be."""
    at = text.find(_AMONG)
    if at < 0:
        return []
    return [[m.group("source"), m.group("amount")]
            for m in vocab.NOTICE_SOURCE_RE.finditer(text[at + len(_AMONG):])]


_AMONG = "其中"


def _project_line(blocks: list[Block], i: int) -> str | None:
    """The project a numbered line just above the sections names (1、“水源地保护”项目)."""
    b = blocks[i] if 0 <= i < len(blocks) else None
    if not isinstance(b, Paragraph):
        return None
    m = vocab.NOTICE_PROJECT_LINE_RE.match(_ENUM_RE.sub("", b.text.strip(), count=1))
    return m.group("name") if m else None


_NOTICE_HEADINGS = sorted(
    ((w, fld) for fld, words in vocab.NOTICE_SECTIONS for w in words),
    key=lambda p: len(p[0]), reverse=True,
)
_AFTER_HEADING = " :：。.．"


def _notice_heading(text: str) -> tuple[str, str, str] | None:
    """(section, heading word, text on the heading's own line) of a numbered section
    heading, or of a line that is a heading's label and its text (项目名称:…, 实施单位:…
    under 一、项目概况)."""
    m = _ENUM_RE.match(text)
    rest = text[m.end():].strip() if m else text.strip()
    for word, fld in _NOTICE_HEADINGS:
        if rest.startswith(word) and (m or _LABELLED.match(rest, len(word))):
            return fld, word, rest[len(word):].lstrip(_AFTER_HEADING).strip()
    return None


# the rest of a label before its colon (实施单位及负责人:…, 项目计划建设时限:…)
_LABELLED = re.compile(r"[^,，。;；:：]{0,8}[:：]")


def _notice_sections(blocks: list[Block]) -> tuple[dict[str, str], set[int], int] | None:
    """Each section's text (the first of two that fill one field: 项目概述 before
    项目内容), the blocks it was read from and the index of the paragraph before the
    first heading; None for a table among them or a heading written twice (several
    projects)."""
    entries: list[tuple[str, list[str]]] = []
    words: set[str] = set()
    read: set[int] = set()
    current: list[str] | None = None
    labelled = False  # the section opened by a label and its colon, not a numbered heading
    first = -1
    for i, b in enumerate(blocks):
        if isinstance(b, Table):
            if entries:
                return None
            continue
        heading = _notice_heading(b.text.strip())
        if heading is not None:
            fld, word, inline = heading
            if word in words:
                return None
            if not entries:
                first = i
            words.add(word)
            current = [inline] if inline else []
            labelled = not _ENUM_RE.match(b.text)
            entries.append((fld, current))
            read.add(i)
        elif current is not None and labelled and _other_label(b.text):
            current = None  # 项目名称:… 绩效目标:… 利益联结机制:…: a line of labels, each
            # its own; one no section names ends the one before
        elif current is not None and b.text.strip() and not _ENUM_RE.match(b.text):
            current.append(b.text.strip())
            read.add(i)
        else:
            current = None
    sections: dict[str, str] = {}
    for fld, lines in entries:
        sections.setdefault(fld, "\n".join(lines))
    return (sections, read, first - 1) if entries else None


def _other_label(text: str) -> bool:
    """A line led by a label of its own and a colon (利益联结机制:…, 公示时间:…), not a
    level's name (产出指标:…, which a goals section may go on with)."""
    m = _OWN_LABEL.match(text.strip())
    return m is not None and _level_name(m.group(1)) is None


_OWN_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8})[:：]")


def _lead_office(text: str) -> str | None:
    """The office a 实施主体 text names first: the longest opening of its first clause
    that ends as an office's name does (赣州市林业局章贡分局牵头,各镇具体实施 → 赣州市林业局
    章贡分局; 卢村乡人民政府根据行动方案… → 卢村乡人民政府)."""
    clause = re.split(r"[,，。;；、:：\s]", text.strip(), maxsplit=1)[0]
    ends = [i + len(e) for e in organisations.OPENING_ENDINGS for i in _find_all(clause, e)]
    if not ends or max(ends) < 4:
        return None
    office = clause[:max(ends)]
    lead = _OFFICE_LEAD.match(office)  # 本工程由建设单位万里街道办事处 → 万里街道办事处
    return office[lead.end():] if lead and len(office) - lead.end() >= 4 else office


# what a 实施主体 sentence says before the office it names: 本工程由(建设单位), 项目实施单位为
_OFFICE_LEAD = re.compile(
    r"^(?:[^由为是]{0,12}?由|[^由为是]{1,12}?(?:为|是))(?:建设单位|实施单位|项目单位|责任单位|主管单位)?")


def _find_all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def cover_as_table(src: SourceDocument) -> SourceDocument | None:
    """A report's cover that names the project in lines of a label, a blank and the value,
    no colon (浙江's 项目支出绩效评价报告: 项目名称 防尘洗护费 / 项目单位 武义县环境卫生管理所 /
    主管部门 …), as the key rows a table of them would be, in the first line's place.  None
    where no run of two such lines or more names the project, or of three where every
    label runs into its value (项目名称防尘洗护费: a scan that cannot show the blank)."""
    run: list[int] = []
    for i, b in enumerate(src.blocks):
        if isinstance(b, Paragraph) and _cover_line(b.text) is not None:
            run.append(i)
            continue
        if len(run) >= 2:
            break
        run = []
    pairs = [_cover_line(b.text) for i in run if isinstance(b := src.blocks[i], Paragraph)]
    if all(p is not None and p[3] for p in pairs) and len(run) < 3:
        return None  # labels run into their values: only a run of three is a cover
    if len(run) < 2 or not any(p is not None and p[0] == "name" for p in pairs):
        return None
    page = src.blocks[run[0]].page
    rows = [row_from_texts([p[1], p[2]], index=k, page=page)
            for k, p in enumerate(pairs) if p is not None]
    table = Table(rows, index=0, page=page, ncols=2)
    out: list[Block] = [table if i == run[0] else b for i, b in enumerate(src.blocks)
                        if i == run[0] or i not in run]
    return SourceDocument(blocks=out, format=src.format, pages=src.pages,
                          warnings=src.warnings, readings=src.readings)


def _cover_line(text: str) -> tuple[str, str, str, bool] | None:
    """(field, label, value, joined) of a cover's line naming one of the project's own
    fields; `joined` when no blank parts the label from the value."""
    m = _COVER_LINE.fullmatch(text.strip())
    if m is None:
        return _joined_cover_line(text.strip())
    fld = key_field(vocab.clean_label(m.group("label")), exact=True)
    return (fld, m.group("label"), m.group("value"), False) if fld in _COVER_FIELDS else None


def _joined_cover_line(text: str) -> tuple[str, str, str, bool] | None:
    """A cover's line whose label runs into its value (项目名称防尘洗护费, as a scan reads
    项目名称 防尘洗护费): the longest opening of four to six characters that is a cover
    field's own label, then a value that starts as no label goes on (not 项目名称及…)."""
    if not _JOINED_LINE.fullmatch(text):
        return None
    for n in (6, 5, 4):
        label, value = text[:n], text[n:]
        fld = key_field(vocab.clean_label(label), exact=True)
        if fld in _COVER_FIELDS and len(value) >= 2 and value[0] not in _NOT_A_VALUE_START:
            return (fld, label, value, True)
    return None


# a label of a few characters, blanks (a cover's form leaves room to write in), the value
_COVER_LINE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})[ \u3000\t]+(?P<value>\S[^:：]{0,60})")
_COVER_FIELDS = frozenset({"name", "unit", "department", "implementer"})
_JOINED_LINE = re.compile(r"[\u4e00-\u9fff]{6,40}")
_NOT_A_VALUE_START = "及和与的等"
