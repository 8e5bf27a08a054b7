"""The document's own fields: narrative sections, the submitting unit, the budget year.

Found by meaning, for every format: a labelled cell (单位名称), a heading, the file
name, or the text itself, in that order.  `unit_and_year` decides between these and what
the caller knows from outside the document (the command line, the folder).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jixiao.parsers.grid import Paragraph, Row, SourceDocument, Table
from jixiao.parsers.layout.header import is_unit_and_project_column
from jixiao.parsers.layout.headings import table_heading_name
from jixiao.parsers.layout.memo import memo_row
from jixiao.parsers.layout.rows import (
    classify_row,
    key_field,
    key_pairs,
    label_with_value,
    row_label,
    values_below,
)
from jixiao.parsers.records import Section
from jixiao.vocab import labels as vocab
from jixiao.vocab import organisations
from jixiao.vocab.lookup import contains_any
from jixiao.vocab.numerals import ENUMERATION_CHARS, YEAR_DIGITS


def narrative_sections(paragraphs: list[Paragraph]) -> list[Section]:
    """Headings (一、… 第一部分 …) with the text under them; table headings left out."""
    sections: list[Section] = []
    heading: str | None = None
    page: int | None = None
    body: list[str] = []

    def flush() -> None:
        if heading is not None and body:
            sections.append(Section(heading, "\n".join(body), page))

    for p in paragraphs:
        t = p.text.strip()
        if not t or table_heading_name(t) is not None:
            continue
        if _is_section_heading(t):
            flush()
            heading, page, body = t, p.page, []
        else:
            if heading is None:
                heading, page = "", p.page
            body.append(t)
    flush()
    return sections


def _is_section_heading(t: str) -> bool:
    if vocab.SECTION_HEADING_RE.match(t) and len(t) <= 40 and not t.endswith("。"):
        return True
    return len(t) <= 20 and not re.search(r"[。，；;,]", t)


@dataclass(frozen=True, slots=True)
class UnitAndYear:
    """A unit name and a budget year from one source; None where it has none."""

    unit: str | None = None
    year: int | None = None


NOWHERE = UnitAndYear()


def unit_and_year(
    *,
    given: UnitAndYear = NOWHERE,
    document: UnitAndYear = NOWHERE,
    folder: UnitAndYear = NOWHERE,
    guess_year: Callable[[], int | None] = lambda: None,
) -> UnitAndYear:
    """The document's unit name and budget year: for each, the first source that has one.

    Unit name:
      1. `given`: what the caller was told (`jixiao ingest --unit`);
      2. `document`: what the document says (`find_unit_name`: a labelled cell, a
         heading, the file name, else the township its text mentions most);
      3. `folder`: the file's folders (`--path-pattern`, else folder names).
    Year:
      1. `given` (`jixiao ingest --year`);
      2. `document`: a year a heading or the file name states (`find_year`);
      3. `folder`;
      4. `guess_year`: the year the text mentions most, a last resort (a 填报日期 or a
         deadline may name another); a function, as it reads every cell, only when
         needed.
    """
    return UnitAndYear(
        unit=given.unit or document.unit or folder.unit,
        year=given.year or document.year or folder.year or guess_year(),
    )


def find_unit_name(src: SourceDocument, file_name: str) -> str | None:
    """The submitting unit, in the order docs/contract.md ("Unit name") gives: the unit a
    budget system's export lists its 专项 under (单位(专项)名称); a cell or line that
    names it (填报单位, 预算单位, 实施单位 …, first in document order), a local
    主管部门, a heading, the page's 发布机构, the file name; else None (the caller may know
    the folder)."""
    stated = _stated_units(src)
    unit = _unit_over_projects(src) or next(
        (v for fld, v in stated if fld in _SUBMITTER_FIELDS and v != _PLACEHOLDER), None
    )
    if unit is None:  # the most local of the 主管部门 rows (中央 …, 省级 …, 区县 …)
        own = [v for fld, v in stated if fld == "department"]
        local = [v for v in own if v == _PLACEHOLDER or _is_local(v)]
        # a province's own table names its department (主管部门:省商务厅) and no lower one
        unit = local[-1] if local else (own[-1] if len(set(own)) == 1 else None)
    if unit == _PLACEHOLDER:  # the level that fills the table in left the template's words:
        unit = None  # the city above it (市级主管部门) is not the submitter
    if unit is not None:
        return _in_full(unit, stated)
    heads = _headings(src)
    for h in heads:
        u = _unit_from_text(h)
        if u:
            return u
    for h in heads:
        if table_heading_name(h) is not None and (opening := _unit_opening(h)):
            return opening  # 宣城市公安局禁毒项目绩效支出自评表: the unit, then its project
    for h in heads:
        division = vocab.DIVISION_PREFIX_RE.match(h.strip())
        if division and (table_heading_name(h) is not None or _YEAR_THEN_PERFORMANCE.match(h)):
            return division.group("unit")  # 2023年慈溪市重大政策和项目绩效目标情况
    beside_note = _unit_beside_amount_note(src)
    if beside_note is not None:
        return beside_note
    publisher = _publisher(src)
    if publisher is not None:
        return publisher
    signed = _signatory(src)
    if signed is not None:
        return signed
    stem = re.sub(r"[_\-\s.]", " ", file_name.rsplit(".", 1)[0])
    return _unit_from_text(stem) or _unit_opening(stem)


def _headings(src: SourceDocument) -> list[str]:
    """The document's first headings in order: its short paragraphs, and a title typed as a
    table's first row (a sheet's 2019年度宁晋县高中助学金项目绩效评价指标表 across it)."""
    heads: list[str] = []
    for block in src.blocks:
        if isinstance(block, Paragraph):
            heads.append(block.text)
        else:
            heads += [row_label(r) for r in block.rows[:_TITLE_ROWS]
                      if classify_row(r) == "title"]
        if len(heads) >= _HEADINGS:
            break
    return [h for h in heads[:_HEADINGS] if len(h) <= 60]


_HEADINGS = 12  # paragraphs and title rows: a document's heading stands in its first lines
_TITLE_ROWS = 2  # a table's title is its first row (a caption row may stand above it)


def _in_full(unit: str, stated: list[tuple[str, str]]) -> str:
    """The unit as the document names it in full elsewhere (万里街道办事处, which a
    project's 实施主体 names, is 预算主管部门：上海市普陀区人民政府万里街道办事处 at the
    head of its 部门预算): the longest stated name that ends with it."""
    fuller = [v for _, v in stated if v.endswith(unit) and len(v) > len(unit)]
    return max(fuller, key=len) if fuller else unit


def _unit_beside_amount_note(src: SourceDocument) -> str | None:
    """A sheet's line above its table, in cells: the unit (with its budget code: 207101天津市
    河北区人民法院) beside the amount note (单位:万元), a cell that names a unit and nothing
    else."""
    for table in (b for b in src.blocks if isinstance(b, Table)):
        for row in table.rows[:3]:
            texts = [c.text.strip() for c in row.cells if c.text.strip()]
            if len(texts) < 2 or not any(vocab.AMOUNT_UNIT_NOTE_RE.match(t) for t in texts):
                continue
            for t in texts:
                name = unit_as_written(t)
                if name is not None and _unit_from_text(name) == name:
                    return name
        return None  # the first table only: the line above the first project
    return None


def _publisher(src: SourceDocument) -> str | None:
    """The office the page's record says published it (发布机构 | 同心县下马关镇, or
    发布机构：… on a line)."""
    labels = {vocab.clean_label(w) for w in vocab.PUBLISHER_LABELS}
    for b in src.blocks:
        if isinstance(b, Paragraph):
            if not _MAY_NAME_A_PUBLISHER(b.text):
                continue
            pairs = [part.replace(":", "：").partition("：")
                     for piece in _LINE_PARTS.split(b.text.strip())
                     for part in _record_parts(piece)]
            found = [(label, value) for label, _sep, value in pairs
                     if vocab.clean_label(label) in labels]
        else:
            found = [(c.text, nxt.text) for row in b.rows[:8]
                     for c, nxt in itertools.pairwise(row.cells)
                     if vocab.clean_label(c.text) in labels]
        name = next((n for label, v in found
                     if (n := unit_as_written(v)) and _an_office(label, n)), None)
        if name is not None:
            return name
    return None


def _signatory(src: SourceDocument) -> str | None:
    """The first unit to sign the letter the tables come with: its name (or names, 遂宁市
    财政局 遂宁市卫生健康委员会) on the line above the letter's date, 2022年4月29日.  Asked
    where no heading names a unit: a scan reads a letter's wrapped lines one paragraph
    each, which pushes its signature past the first headings."""
    lines = [b.text.strip() for b in src.blocks if isinstance(b, Paragraph)]
    for line, below in itertools.pairwise(lines):
        if _DATE_LINE.fullmatch(below) and (name := _unit_from_text(line)) is not None \
                and line.startswith(name):
            return name
    return None


_DATE_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _an_office(label: str, name: str) -> bool:
    """A bare 来源 names a publisher only where what follows it ends as an office's name
    (来源: 泸县文化广电旅游局; 来源 | 财政拨款 in a table is a source of money)."""
    return vocab.clean_label(label) not in _BARE_SOURCE or name.endswith(
        organisations.NAME_ENDINGS)



# A label, cleaned, is made of its line's own characters: a line with none of the first
# characters of the publisher's labels names no publisher (most lines; not cut up to know).
_MAY_NAME_A_PUBLISHER = contains_any({vocab.clean_label(w)[0] for w in vocab.PUBLISHER_LABELS})


# A file name that opens with the unit's name and goes on with the project's
# (安居区市场监管局食品监管补助资金…): the unit, where its ending is an organisation's.
_OPENING_UNIT = re.compile(
    r"^(?:附件\d*[:：]?\s*)?(?:\d{4}年度?)?"
    r"(?P<unit>[\u4e00-\u9fff]{2,16}?(?:" + "|".join(organisations.OPENING_ENDINGS) + "))"
)


def _unit_opening(stem: str) -> str | None:
    """The unit a file name opens with (安居区市场监管局…); a kind of institution without
    its place (2018年中职学校国家助学金…) names none."""
    m = _OPENING_UNIT.match(stem.strip())
    if m is None or m.group("unit")[0] in organisations.NOT_NAME_STARTS:
        return None
    unit = m.group("unit")
    if unit.endswith(organisations.KIND_ENDINGS) and not any(
        w in unit for w in organisations.PLACE_WORDS
    ):
        return None
    return unit


_SUBMITTER_FIELDS = frozenset({"unit", "implementer"})
# A heading that opens with a year and speaks of 绩效 (2023年慈溪市重大政策和项目绩效目标情况).
_YEAR_THEN_PERFORMANCE = re.compile(r"^\s*\d{4}年.*绩效")


def _stated_units(src: SourceDocument) -> list[tuple[str, str]]:
    """(field, name) of every cell or line that names a unit, in document order: key rows
    of the tables' first rows and `label：name` lines outside them."""
    found: list[tuple[str, str]] = []
    for b in src.blocks:
        if isinstance(b, Paragraph):
            if ":" not in b.text and "：" not in b.text:
                continue  # label_with_value reads a label before a colon: most lines have none
            pairs = [label_with_value(part) for part in _LINE_PARTS.split(b.text.strip())]
            candidates = [(_level(p[0], p[1]), p[2]) for p in pairs if p is not None]
        else:
            candidates = [pair for i, row in enumerate(b.rows[:16])
                          for pair in _row_units(row, b.rows[i + 1] if i + 1 < len(b.rows)
                                                 else None)]
            candidates += _unit_column(b)
        for fld, value in candidates:
            if (fld in _SUBMITTER_FIELDS or fld.startswith("department")) and (
                _is_placeholder(value)
            ):
                found.append((fld, _PLACEHOLDER))
            elif fld in _SUBMITTER_FIELDS or fld.startswith("department"):
                name = unit_as_written(value)
                if name:
                    found.append((fld, name))
    return found


# What `_stated_units` gives for a cell that holds the template's words instead of a name.
_PLACEHOLDER = ""


def _is_placeholder(value: str) -> bool:
    """县(市、区)教育部门, 市(州)财政局: the template's words for whichever county's office,
    not a unit's name."""
    text = re.sub(r"\s", "", value).replace("（", "(").replace("）", ")").replace("，", ",")
    return text.startswith(organisations.DIVISION_PLACEHOLDERS) or (
        _SECTOR_ONLY.fullmatch(text) is not None)


# A sector and the word for an office, and no more (预算部门:文化部门, 财政处室, 市场监管部门):
# the kind of office the form asks for, not the unit that filled it in (a unit's name ends
# with its own office's word: 局, 委员会, 中心 …)
_SECTOR_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:部门|处室|科室)")


def _level(fld: str, label: str) -> str:
    """A 主管部门 of a level above the submitter (中央主管部门, 省级主管部门) is
    "department:upper"."""
    if fld == "department" and vocab.clean_label(label).startswith(vocab.UPPER_LEVEL_WORDS):
        return "department:upper"
    return fld


def _row_units(row: Row, below: Row | None) -> list[tuple[str, str]]:
    """(field, value) of a row's key pairs (their values in the row `below` where a row
    of labels has them there: `rows.values_below`), or of its `label：value` cells (部门：
    临沧市…) where the row is no key row."""
    pairs = _row_pairs(row)
    if below is not None and pairs and not any(value for _f, value in pairs):
        filled = values_below(row, below, key_pairs(row))
        if filled is not None:
            return [(_level(fld, label), value) for fld, label, value in filled]
    return pairs


@memo_row(1 << 12)  # the tables' first rows, asked again by every submission of a form
def _row_pairs(row: Row) -> list[tuple[str, str]]:
    """(field, value) of a row's own key pairs or `label：value` cells."""
    if classify_row(row) == "keys":
        return [(_level(fld, label), value) for fld, label, value in key_pairs(row)
                if vocab.clean_label(value) not in _COLUMN_WORDS]
    pairs = [label_with_value(c.text) for c in row.cells if not c.merged_above]
    return [(_level(p[0], p[1]), p[2]) for p in pairs if p is not None]


def _unit_column(table: Table) -> list[tuple[str, str]]:
    """A wide sheet's 单位名称 column: the first name under it that is not the
    department's total row (820-马踏镇部门).  A table with no indicator header (a list of
    the units a notice allocates to, 单位名称 | 会展项目名称 | 分配金额) names no submitter."""
    for i, row in enumerate(table.rows[:8]):
        for c in row.cells:
            if vocab.clean_label(c.text) not in _UNIT_COLUMN_LABELS:
                continue
            if not any(classify_row(r) == "header" for r in table.rows[:8]):
                return []  # (asked where a label is found: most tables have none)
            for k, below in enumerate(table.rows[i + 1 : i + 8]):
                cell = next((x for x in below.cells if x.col == c.col), None)
                if classify_row(below) == "header":
                    if k == 0 and (cell is None or cell.merged_above or not cell.text.strip()):
                        continue  # the header's second row, the label merged down over it
                    break  # (单位名称: | 填报日期: over a form's keys, then its indicators)
                if cell is None or cell.merged_above or key_field(vocab.clean_label(cell.text)):
                    continue  # the header's own cell merged down (单位名称 over two rows)
                name = unit_as_written(cell.text)
                if name and not name.endswith(organisations.DEPARTMENT) and (
                        _NAMES_AN_OFFICE.search(name)):
                    return [("unit", name)]
    return []


# A list's header read as keys (县(市、区) | 项目名称 | 单位名称 | 金额, a notice's 安排表): the
# word beside a label heads the next column; it is no unit's name
_COLUMN_WORDS = frozenset(w for _column, words in vocab.LISTING_COLUMN_LABELS for w in words)
_UNIT_COLUMN_LABELS = frozenset({"单位名称", "预算单位", "单位", "部门单位名称", "项目单位"})


def _unit_over_projects(src: SourceDocument) -> str | None:
    """The unit a budget system's export names first in its 单位(专项)名称 column, above
    its 专项: the table's own word, before a 部门: line above it (the department)."""
    for table in src.tables:
        for i, row in enumerate(table.rows[:8]):
            column = next((c for c in row.cells if is_unit_and_project_column(c.text)), None)
            if column is None:
                continue
            for below in table.rows[i + 1 : i + 8]:
                cell = next((x for x in below.cells if x.col == column.col), None)
                name = unit_as_written(cell.text) if cell is not None and not cell.merged_above \
                    else None
                if name and vocab.clean_label(name) != vocab.clean_label(column.text):
                    return name
    return None


# Several `label：value` on one line, apart by two spaces or more (填报单位：X  单位：万元).
# Fields on one line apart by two spaces, an ideographic space, or a space before the next
# short label and its colon (项目单位(盖章):黄石市图书馆 主要领导签字:).
_LINE_PARTS = re.compile(r"\s{2,}|\u3000+|\s+(?=[^\s:：]{2,12}[:：])")
# ... and, in a page's record, before each of its labels with no space before it
_RECORD_LABEL = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, vocab.PAGE_RECORD_LABELS), key=len, reverse=True))
    + ")[:：]")
# A record's label that is also the end of other words (资金来源, 数据来源): read as a label
# only where it opens its phrase, and as the publisher only before an office's name
_BARE_SOURCE = frozenset({"来源"})
_RECORD_LABEL_INSIDE = re.compile(
    r"[\u4e00-\u9fff](?:" + "|".join(_BARE_SOURCE) + ")[:：]")


def _record_parts(text: str) -> list[str]:
    """The text cut before each label of a page's record (发布时间:…信息来源:…点击数:)."""
    inside = {m.start() + 1 for m in _RECORD_LABEL_INSIDE.finditer(text)}
    starts = [0, *(m.start() for m in _RECORD_LABEL.finditer(text)
                   if m.start() and m.start() not in inside), len(text)]
    return [p for a, b in itertools.pairwise(starts) if (p := text[a:b])]
_STAMP = re.compile(r"[(（]\s*(?:盖章|签章|公章|章)\s*[)）]")
_UNIT_CODE = re.compile(r"^\s*[\[【(（]?\s*\d{3,}\s*[\]】)）]?\s*[-—－_:：.、]?\s*")
# ... or after it, run on or bracketed (福建省文化和旅游厅335301302, 主管部门(单位)'s cell of
# a province's form): six figures or more, as no name ends
_UNIT_CODE_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[-—－_]?\s*[\[【(（]?\s*\d{6,}\s*[\]】)）]?\s*$")
_AMOUNT_NOTE_TAIL = re.compile(r"\s*(?:金额|资金|货币)?单位\s*[:：].*$")
_SIGN_OFF_TAIL = re.compile(
    r"\s*(?:" + "|".join(sorted(vocab.SIGN_OFF_LABELS, key=len, reverse=True)) + r")\s*[:：].*$")


def unit_as_written(value: str) -> str | None:
    """The unit's name in a cell: without a (盖章) mark, a budget code before it
    (820001-井研县马踏镇人民政府, 【812033】…) or run on after it (…旅游厅335301302), a
    单位：万元 note or a sign-off label after it (…主要领导签字：); None when nothing is left
    (填报单位：（盖章）)."""
    text = value.strip().split("\n")[0]
    text = _SIGN_OFF_TAIL.sub("", _AMOUNT_NOTE_TAIL.sub("", _STAMP.sub("", text)))
    head, blank, _rest = text.strip().partition(" ")
    if blank and _NAMES_AN_OFFICE.search(head):
        text = head  # 临沧市永德县明朗中学 公开14表: the name, then the page's own words
    coded = _SUBJECT_CODE.match(text) is not None
    text = _UNIT_CODE_AFTER.sub("", _UNIT_CODE.sub("", text)).strip(" 　:：")
    if len(text) < 2 or not re.search(r"[\u4e00-\u9fff]", text) or _DOCUMENT_NUMBER.match(text):
        return None
    if coded and not _NAMES_AN_OFFICE.search(text):
        return None  # 2130122-农业生产发展: a budget subject over an allocation's column
    return text


# A budget subject's code (功能分类科目, seven figures from 2: 2130122-农业生产发展) before a
# cell's words: a unit's name only where the words end as an office's do
_SUBJECT_CODE = re.compile(r"^\s*2\d{6}\s*[-—－_]")
_NAMES_AN_OFFICE = re.compile(f"(?:{'|'.join(organisations.NAME_ENDINGS)})(?:本级|机关)?$")


# A document's number (文号: 甘财科[2022]78号, 湘财预〔2021〕12号) names no unit: read where
# a unit's name was lost (a scan's glare over 项目实施单位's cell and the 政策依据 beside it)
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d+\s*号$")


def _is_local(department: str) -> bool:
    """A 主管部门 that can be the submitter: not a central ministry (…部, 国家…, 中央…)
    nor a province's department (…省…厅)."""
    d = department.strip()
    if d.startswith(("国家", "中央")) or ("省" in d and d.endswith(("厅", "部"))):
        return False
    # a 部 is a ministry unless a place below the province names it (中共…区委宣传部)
    return not d.endswith("部") or any(w in d for w in _LOCAL_PLACES)


_LOCAL_PLACES = tuple(w for w in organisations.PLACE_WORDS if w != "省")


# The end of a document's name run into the signer's after it (附件:…再评价报告景东彝族自治县
# 财政局 2023年12月12日, a scan's lines joined): the name starts after it
_DOCUMENT_BEFORE = re.compile(r"^.*(?:" + "|".join(organisations.DOCUMENT_ENDINGS) + ")")
_UNIT_RE = re.compile(  # (up to 18 before the ending: 中国共产主义青年团厦门市集美区委员会)
    r"([\u4e00-\u9fff]{2,18}?(?:" + "|".join(organisations.NAME_ENDINGS) + r"))"
    r"(?=\s*(?:20\d{2}|" + "|".join(organisations.AFTER_NAME) + r"|$|[\s_(（]))"
)  # (a bracket after it: 南岳区实验中学(南岳区第二中学)…, the other name it goes by)
# A joint signature's offices of one place with nothing between them (遂宁市财政局遂宁市卫生
# 健康委员会: a scan cannot show the blank the page leaves): the first of them, whole.  Each
# opens with the place (中共遂宁市委宣传部 is one office, not 中共遂宁市委 and 宣传部).
_ENDING = "(?:" + "|".join(organisations.NAME_ENDINGS) + ")"
_GLUED_UNITS = re.compile(
    r"((?P<place>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,10}?" + _ENDING + ")"
    r"(?:(?P=place)[\u4e00-\u9fff]{1,10}?" + _ENDING + ")+"
)


def _unit_from_text(text: str) -> str | None:
    """The first unit's name in a line, outside any document it quotes (根据《省财政厅 省教育厅
    关于下达…的通知》: the notice's issuers, not the unit writing)."""
    glued = _GLUED_UNITS.fullmatch(text.strip())
    m = glued or _UNIT_RE.search(_UNIT_NOISE.sub(_unit_noise, _QUOTED_TITLE.sub(" ", text)))
    if not m:
        return None
    name = _DOCUMENT_BEFORE.sub("", m.group(1))
    if name[0] in organisations.NOT_NAME_STARTS or len(name) < 3:
        return None
    return name


# a document's title quoted in a line, to its closing bracket or the line's end
_QUOTED_TITLE = re.compile(r"《[^》]*(?:》|$)")
# a year before the unit's name (2023年度九原区人民检察院决算…: no name opens with 年 or 度),
# and 本级 in brackets after it (…直升镇人民政府(本级)2022年度…), as it follows a name unbracketed
_UNIT_NOISE = re.compile(r"(?:19|20)\d{2}\s*年度?|[(（]" + organisations.OWN_LEVEL + "[)）]")


def _unit_noise(m: re.Match[str]) -> str:
    return organisations.OWN_LEVEL if organisations.OWN_LEVEL in m.group(0) else " "


def _all_texts(src: SourceDocument) -> Iterator[str]:
    for b in src.blocks:
        if isinstance(b, Paragraph):
            yield b.text
        else:
            for r in b.rows:
                for c in r.cells:
                    if not c.merged_above:
                        yield c.text


def find_year(src: SourceDocument, file_name: str) -> int | None:
    """The budget year a heading (20xx年, 二〇二五年) or the file name states."""
    for p in src.paragraphs[:12]:
        years = years_in(p.text)
        if years and len(p.text) <= 60 and not _LIST_ITEM.match(p.text):
            return years[0]  # (an item of a list, (一)对2021年188户户贷进行贴息, is no heading)
    m = vocab.FILE_YEAR_RE.search(file_name)
    return int(m.group(1)) if m else None


def guess_year(src: SourceDocument) -> int | None:
    """The year the text writes most often: a last resort (a 填报日期 may name another);
    with no year written so, the year of a date the page gives (时间:2025-02-06, a budget
    disclosure's posting)."""
    counts = Counter(y for t in _all_texts(src) for y in years_in(t))
    if not counts:
        counts = Counter(int(m.group(1)) for p in src.paragraphs[:12]
                         for m in _NUMERIC_DATE.finditer(p.text))
    return counts.most_common(1)[0][0] if counts else None


# an item of a list: (一), 一、, 1、
_LIST_ITEM = re.compile(rf"\s*(?:[(（][{ENUMERATION_CHARS}\d]{{1,3}}[)）]"
                        rf"|[{ENUMERATION_CHARS}]{{1,3}}[、.．]|\d{{1,2}}[、．])")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(20\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)")


def years_in(text: str) -> list[int]:
    """The budget years a text writes, in order: 2023年, 二〇二三年度."""
    found = [(m.start(), int(m.group(1))) for m in vocab.YEAR_RE.finditer(text)]
    for m in vocab.CN_YEAR_RE.finditer(text):
        digits = "".join(YEAR_DIGITS[c] for c in m.group(1))
        if digits.startswith("20"):
            found.append((m.start(), int(digits)))
    return [y for _, y in sorted(found)]
