"""What a heading says: the project a table's title names (`table_heading_name`).

Asked of a paragraph above a table and of a title typed as a table's own first row
(`rows.classify_row`), by the walk, the narrative sections and the unit's search alike.
"""

from __future__ import annotations

import re

from jixiao.vocab import labels as vocab
from jixiao.vocab import organisations
from jixiao.vocab.lookup import memo_short

# A paragraph is asked by the walk, by the narrative sections and by the unit's search,
# and headings repeat from document to document: remembered up to this length (a heading
# is at most 80 characters; a longer text is mostly answered by the first test below).
_TABLE_HEADING_MEMO_CHARS = 128


@memo_short(1 << 12, max_chars=_TABLE_HEADING_MEMO_CHARS)
def table_heading_name(text: str) -> str | None:
    """The project a heading paragraph names ("1. 征地拆迁补偿款项目绩效目标表" →
    征地拆迁补偿款), "" for a heading without a name, None for any other paragraph."""
    t = _TABLE_NUMBER_RE.sub("", text.strip())  # 表1:…项目绩效目标, 附表2 …
    if len(t) > 80:
        return None
    t = vocab.HEADING_TAIL_RE.sub("", _HEADING_WRAP.sub("", t))
    m = (vocab.TABLE_HEADING_RE.match(t) or vocab.PROJECT_HEADING_RE.match(t)
         or vocab.REPORT_HEADING_RE.match(t) or _bracketed_subject(t))
    if not m:
        return None
    name = m.group("name").strip(" 　:：")
    if (allocated := vocab.ALLOCATION_HEADING_RE.match(name)) is not None:
        name = allocated.group("subject")  # the funds a notice's heading allocates
    name = vocab.LEADING_YEAR_RE.sub("", name)
    if any(w in t for w in vocab.WHOLE_DEPARTMENT_WORDS) or _FORM_KIND_NAME.match(name):
        return ""
    name = vocab.NAME_AMOUNT_TAIL_RE.sub("", name) or name
    if _WHOLLY_BRACKETED.fullmatch(name):
        name = name[1:-1]  # (临时救助)绩效目标自评表: the project in brackets before the form
    unit_first = vocab.UNIT_THEN_YEAR_RE.match(name)
    if unit_first is not None and _names_a_unit_or_place(unit_first.group("head")):
        name = unit_first.group("tail").strip()  # 保山市档案局2017年度: no project named
        return "" if not name or _FORM_KIND_NAME.match(name) else name
    return name


_WHOLLY_BRACKETED = re.compile(r"[(（][^()（）]+[)）]")


def _names_a_unit_or_place(text: str) -> bool:
    """A unit's name (…局, …小学, …中心(…局)) or a division's (鄂州市, 临河区)."""
    text = _TRAILING_BRACKET.sub("", text)
    return text.endswith(organisations.NAME_ENDINGS) or text.endswith(
        organisations.PLACE_WORDS)


_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def _bracketed_subject(text: str) -> re.Match[str] | None:
    m = vocab.BRACKETED_SUBJECT_RE.match(text)
    return m if m and not vocab.NOT_A_BRACKETED_SUBJECT_RE.match(m.group("name")) else None


# A tag before a title ([预算绩效]…) and the quotes round a title named in full (《…绩效目标
# 申报表》): no part of it
_HEADING_WRAP = re.compile(r"^\s*[\[【][^\]】]{1,8}[\]】]\s*|[《》]")
# A table's number before its caption (表1:, 附表2、)
_TABLE_NUMBER_RE = re.compile(
    r"^(?:(?:附)?表\s*\d{1,2}\s*[:：、.．]?|附件\s*\d{0,2}\s*[:：、.．\s])\s*")


# What a form's own title says before 绩效目标表 when it names no project but the kind of
# spending the form is for (财政支出绩效目标申报表, 佳县财政支出项目…, 部门预算项目支出绩效自评表,
# a section's 六、资金绩效目标表): a county or level before fiscal words only.
_FORM_KIND_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|州))?(?:省|市|县|区|乡|镇)?(?:级|本级|直)?"
    r"(?:(?:财政|预算|部门|单位)+(?:支出|资金)?|(?:专项)?资金|专项)(?:项目)?(?:支出)?$"
    r"|^(?:中央|省级?|市级?|县级?)对地方(?:专项)?(?:转移支付)?$"  # 中央对地方专项转移支付区域…
    # 项目支出预算绩效目标表, 区级一般性项目…, 财政衔接资金实施项目… (the projects a fund
    # pays for), XX单位XX项目… (a template's blanks): kinds of project, none named
    r"|^(?:项目)?支出预算$|^(?:(?:省|市|县|区)级)?一般性$|^[\u4e00-\u9fff]{2,10}资金实施$"
    r"|^.*(?:XX|××).*$"
)
