"""The 项目资金主要用途 cell: budget total, funding sources, and what the money is for.

    parse_budget_text("预算数561.2万元。其中：政府性基金561.2万元。主要用于我镇……工作。")
    → BudgetReading(total_yuan=5612000,
                    funding=(FundingAmount("政府性基金", 5612000),),
                    purpose="主要用于我镇……工作。")

Clerks write one or a few budget sentences and then the purpose. The text is cut into
clauses at sentence and clause punctuation (never at a thousands separator); the leading
clauses that state amounts are the budget, the rest is the purpose, kept exactly as
written. Amounts are reported as stated, even when they do not add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.hanzi import plain
from jixiao.normalize.canonical import surface
from jixiao.normalize.money import find_amounts
from jixiao.vocab.numerals import ENUMERATION_CHARS

# Labels that name the whole budget (after cleaning). A label containing one of the
# TOTAL_MARKERS is a total too, unless it also names a source (一般公共预算 is a source).
TOTAL_LABELS: frozenset[str] = frozenset({
    "预算数", "预算", "预算金额", "预算资金", "项目预算", "预算总额", "总预算", "总投资",
    "投资总额", "资金总额", "总金额", "总额", "项目资金", "资金", "金额", "年度预算",
    "本年预算", "全年预算", "预算安排", "安排资金", "投资", "计划投资", "项目总投资",
    "项目金额", "项目总额", "总资金", "项目预算数", "预算总金额", "资金规模", "",
})
TOTAL_MARKERS: tuple[str, ...] = (
    "预算数", "总投资", "总预算", "预算总", "资金总", "投资总", "项目预算",
)
SOURCE_MARKERS: tuple[str, ...] = (
    "财政", "基金", "自筹", "中央", "省", "市级", "县级", "区级", "镇级", "乡级", "上级", "本级",
    "专项", "债", "其他", "社会", "一般公共", "转移支付", "配套", "拨款", "补助", "收入", "单位",
)
SUBTOTAL_WORDS: tuple[str, ...] = ("小计", "合计", "总计", "共计")
# Clauses that start the purpose (主要用于…), even when they mention an amount.
PURPOSE_STARTERS: tuple[str, ...] = (
    "主要用于", "专项用于", "拟用于", "计划用于", "全部用于", "用于", "主要用途", "资金用途",
    "用途", "主要是", "主要包括",
)
# Words around a source name in a sentence: 其中：政府性基金, 中央资金为500万元.
_LABEL_HEAD = re.compile(
    r"^(?:其中|包括|包含|含|分别为|即|由|来源为|来源于|资金来源|拟申请|申请|争取|使用|安排|拟)+"
    r"[:：为]?"  # (资金来源为中央衔接资金212万元)
)
_PARTS_FOLLOW = "其中"
# A clause naming the one source of the whole budget: 全部为财政资金, 均由县级财政承担.
_ALL_FROM = re.compile(
    r"(?:全部|均|全额)(?:为|是|来源于|来自|由)(.{2,12}?)(?:安排|承担|解决|负担)?"
)
_LABEL_TAIL = re.compile(
    r"(?:为|是|(?<![合总小])共计|(?<![合总小])共|(?<![合总小共])计|约|人民币|安排|预计|拟投入|投入|:|：)+$"
)
_HIERARCHY = re.compile(
    rf"^\s*(?:[(（]\s*[{ENUMERATION_CHARS}\d]+\s*[)）]|[{ENUMERATION_CHARS}\d]+\s*[、.．)）]"
    r"|[①-⑳]|其中\s*[:：]?|包括\s*[:：]?)\s*"
)
# Clause boundaries in the raw text: sentence ends, brackets, 、 and commas that are not
# thousands separators (82，225.00 stays whole).
_CLAUSE_END = re.compile(r"[。；;\n（）()、]|[,，](?!\d{3}(?!\d))")
_PUNCT = " \t\r\n。；;，,、:：（）()"
_UNIT_NOTE = re.compile(r"[(（]\s*(?:千元|万元|亿元|元)\s*[)）]")


@dataclass(frozen=True, slots=True)
class FundingAmount:
    source: str
    amount_yuan: Decimal | None


@dataclass(frozen=True, slots=True)
class BudgetReading:
    total_yuan: Decimal | None
    funding: tuple[FundingAmount, ...]
    purpose: str | None


def parse_budget_text(text: str | None) -> BudgetReading:
    """Total, named funding sources and purpose of one 项目资金主要用途 cell."""
    if text is None or not text.strip():
        return BudgetReading(None, (), None)
    total: Decimal | None = None
    funding: list[FundingAmount] = []
    parts_from: int | None = None  # how many lines were read when 其中 came
    budget_end = 0  # where the budget clauses end in the raw text
    for start, end in _clauses(text):
        raw_clause = text[start:end]
        c = surface(raw_clause)
        if c.startswith(PURPOSE_STARTERS):
            break
        amounts = find_amounts(c)
        if not amounts:
            if c.strip(_PUNCT) in ("", _PARTS_FOLLOW, "包括"):
                if c.strip(_PUNCT) and parts_from is None:
                    parts_from = len(funding)
                continue
            single = _ALL_FROM.fullmatch(c.strip(_PUNCT))
            if single and total is not None and not funding:  # …100万元，全部为财政资金。
                funding.append(FundingAmount(clean_sentence_label(single.group(1)), total))
                budget_end = end
                continue
            break
        previous = 0
        for amount in amounts:
            if parts_from is None and _PARTS_FOLLOW in c[previous : amount.start]:
                parts_from = len(funding)
            label = clean_sentence_label(c[previous : amount.start])
            previous = amount.end
            if is_total_label(label) or is_subtotal(label):
                if total is None:
                    total = amount.yuan
            elif label:
                funding.append(FundingAmount(label, amount.yuan))
        budget_end = end
        tail = c[previous:]
        starter = next((w for w in PURPOSE_STARTERS if w in tail), None)
        if starter is not None:  # 预算数30万元主要用于…: the purpose starts inside the clause
            budget_end = start + max(raw_clause.find(starter), 0)
            break
    if budget_end == 0:
        return BudgetReading(None, (), text.strip())
    if total is None and parts_from == 1 and len(funding) >= 2:
        # 下达我区2024年财政衔接资金10782万元,其中,中央资金5273万元,省级资金5509万元: the
        # amount its parts follow is their total, whatever its words
        total, funding = funding[0].amount_yuan, funding[1:]
    purpose = text[budget_end:].lstrip(_PUNCT).rstrip()
    return BudgetReading(total, tuple(funding), purpose or None)


def parse_funding_label(label: str) -> str:
    """A funding row's label without its hierarchy marks: "(一)财政拨款小计" → "财政拨款小计"."""
    read = plain(label)
    if read != label and len(read) == len(label):  # 中央補助(萬元): its note found as
        # 中央补助(万元)'s, cut where it stands (the label kept as written)
        for note in reversed(list(_UNIT_NOTE.finditer(read))):
            label = label[:note.start()] + label[note.end():]
    s = _UNIT_NOTE.sub("", label).strip()  # 财政资金（万元）: the unit is the amount's
    while True:
        m = _HIERARCHY.match(s)
        if m is None or m.end() == 0:
            break
        s = s[m.end() :]
    return s.strip().rstrip(":：").strip()


def is_subtotal(label: str) -> bool:
    """小计 / 合计 / 总计 / 共计 rows sum other rows: they are not sources (小計 too)."""
    label = plain(label)
    return any(word in label for word in SUBTOTAL_WORDS)


def is_total_label(label: str) -> bool:
    label = plain(label)
    if label in TOTAL_LABELS:
        return True
    return any(m in label for m in TOTAL_MARKERS) and not any(s in label for s in SOURCE_MARKERS)


def clean_sentence_label(label: str) -> str:
    """The words before an amount in a sentence → the source name (or a total word)."""
    s = parse_funding_label(label.strip(_PUNCT))
    s = _LABEL_HEAD.sub("", s)
    s = _LABEL_TAIL.sub("", s)
    return s.strip(_PUNCT)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _CLAUSE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
