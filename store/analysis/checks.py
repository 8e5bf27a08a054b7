"""Consistency checks (`jixiao check`): findings per document, project and indicator.

Each check is a small named function that looks at one document and yields `Issue`s
with a severity and a readable Chinese message; `CHECKS` lists them in the order the
report shows them.  Duplicate projects and copies of a submission are the checks across
documents.  Words and thresholds are data, in the constants below.

A submission stored as several files (the .docx, its stamped .pdf, a .txt export) is
checked once, on its primary document (`jixiao.store.db.submissions`), and its copies
are one finding on the primary (`submission_copies`), not one per project per copy.

`collect_findings` only reads; `run_checks` replaces the stored findings of the
documents it checked (the caller owns the transaction, as everywhere in store/).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from jixiao.store.analysis import review
from jixiao.store.analysis.review import OCR_LOW_CONFIDENCE as OCR_LOW_CONFIDENCE  # its home
from jixiao.store.db.models import Document, Finding, Indicator, Project
from jixiao.store.db.submissions import primary_ids
from jixiao.store.db.views import SEVERITY_ZH
from jixiao.vocab import categories

# --- thresholds and vocabulary ----------------------------------------------------------

# A budget beyond these is more likely a slip of its unit than a project's size: 元 written
# under a 万元 caption (福建's 部门整体 form: 2537695 for a small office, 253亿 read), or
# 万元 read as 元 where the unit was lost (7 元).  Warnings, for a person to look at.
BUDGET_TOO_LARGE_YUAN = 10_000_000_000.0  # 100 亿元
BUDGET_TOO_SMALL_YUAN = 100.0
# Funding lines may be rounded (amounts written in 万元 with two decimals): accept a
# difference up to this share of the budget, and never less than one 元.
FUNDING_TOLERANCE = 0.005
# Cost (成本) indicators: above the budget is an error; all of them together below this
# share of the budget is "far from it" (a warning: a per-unit standard may explain it).
COST_ABOVE_TOLERANCE = 0.005
COST_FAR_BELOW = 0.10
# The finding code for a project that lacks one of the categories every project should
# have (categories.REQUIRED).  `level1_canonical` is set by ingest from jixiao.vocab.
MISSING_CATEGORY_CODES: dict[str, str] = {
    categories.OUTPUT: "missing_output",
    categories.OUTCOME: "missing_outcome",
    categories.SATISFACTION: "missing_satisfaction",
}
# (canonical 一级指标, name in messages: 产出, 效益/效果, 满意度, finding code)
REQUIRED_CATEGORIES: tuple[tuple[str, str, str], ...] = tuple(
    (canon, "/".join(categories.SHORT_NAMES[canon]), MISSING_CATEGORY_CODES[canon])
    for canon in categories.REQUIRED
)
# Value kinds that are a measure (a number one can check against the outcome).
MEASURABLE_KINDS = frozenset({"quantity", "money", "percent"})
# Words in a 三级指标 or 描述 that say nothing about its subject; removed before
# comparing the two.  Longer words first (是否 before 否).
GENERIC_WORDS: tuple[str, ...] = (
    "是否", "能否", "可否", "保证", "确保", "保障", "做到", "达到", "完成", "实现", "按照",
    "指标", "情况", "程度", "进行", "有效", "及时", "全部", "相关", "工作", "提高", "提升",
    "增加", "的", "了", "和", "与", "及", "等", "率", "数", "度", "量", "是", "否",
)
# Both texts need this many meaningful characters before "unrelated" is said.
RELATED_MIN_CHARS = 2
# Share of the shorter text's characters found in the other that makes them related.
RELATED_CHAR_SHARE = 0.5

# A difference under this many 元 is written in 元: in 万元 it would read 0.00万元.
SMALL_DIFFERENCE_YUAN = 50

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Issue:
    code: str
    severity: str  # error | warning | info
    message: str
    document_id: int
    project_id: int | None = None
    indicator_id: int | None = None


Check = Callable[[Document], Iterator[Issue]]


# --- formatting ----------------------------------------------------------------------------


def wan(yuan: float) -> str:
    """An amount in 元 as 万元 with two decimals, as every jixiao output writes it:
    3939700 → 393.97万元, 5612000 → 561.20万元, 775329 → 77.53万元."""
    return f"{yuan / 10000:,.2f}万元"


def difference(yuan: float) -> str:
    """A difference in 万元, or in 元 when it is under 0.01万元 (that would show 0.00万元)."""
    if abs(yuan) < SMALL_DIFFERENCE_YUAN:
        return f"{yuan:,.2f}".rstrip("0").rstrip(".") + "元"
    return wan(yuan)


def pct(x: float) -> str:
    return f"{x:g}%"


def _p(p: Project) -> str:
    return f"项目{p.seq}「{p.name or '（无名称）'}」："


def _i(i: Indicator) -> str:
    return f"指标「{i.level3 or i.description or i.value_raw or i.seq}」"


def _issue(code: str, severity: str, message: str, p: Project,
           i: Indicator | None = None) -> Issue:
    return Issue(code, severity, message, p.document_id, p.id, i.id if i else None)


# --- the checks, one document at a time -------------------------------------------------------


def check_budget_present(doc: Document) -> Iterator[Issue]:
    for p in doc.projects:
        if p.budget_total_yuan is None:
            yield _issue("budget_missing", "warning", f"{_p(p)}没有读到预算数。", p)


def check_budget_scale(doc: Document) -> Iterator[Issue]:
    """A 预算数 so large or so small that its unit was more likely slipped than meant."""
    for p in doc.projects:
        budget = p.budget_total_yuan
        if budget is not None and budget > BUDGET_TOO_LARGE_YUAN:
            yield _issue("budget_scale", "warning",
                         f"{_p(p)}预算数 {wan(budget)} 超过 100 亿元：请核对金额单位"
                         "（标为万元的表里是否填的是元）。", p)
        elif budget is not None and 0 < budget < BUDGET_TOO_SMALL_YUAN:
            yield _issue("budget_scale", "warning",
                         f"{_p(p)}预算数只有 {budget:g} 元：请核对金额单位（是否应为万元）。", p)


def check_funding_adds_up(doc: Document) -> Iterator[Issue]:
    """The named funding sources add up to 预算数."""
    for p in doc.projects:
        amounts = [f.amount_yuan for f in p.funding if f.amount_yuan is not None]
        if p.budget_total_yuan is None or not amounts:
            continue
        total, budget = sum(amounts), p.budget_total_yuan
        if abs(total - budget) > max(1.0, FUNDING_TOLERANCE * budget):
            diff = "少" if total < budget else "多"
            yield _issue(
                "funding_sum", "error",
                f"{_p(p)}资金来源合计 {wan(total)}，与预算数 {wan(budget)} 不符"
                f"（{diff} {difference(abs(budget - total))}）。", p)


def _is_cost(i: Indicator) -> bool:
    return "成本" in (i.level2 or "") or i.level1_canonical == categories.COST


def check_cost_vs_budget(doc: Document) -> Iterator[Issue]:
    """Cost indicators in money: none above the budget, together not far below it."""
    for p in doc.projects:
        budget = p.budget_total_yuan
        costs = [i for i in p.indicators if _is_cost(i) and i.kind == "money"
                 and i.base_unit == "元" and i.base_number is not None]
        if not budget or not costs:
            continue
        for i in costs:
            amount = i.base_number_max if i.op == "range" and i.base_number_max else i.base_number
            assert amount is not None
            if amount > budget * (1 + COST_ABOVE_TOLERANCE):
                yield _issue(
                    "cost_above_budget", "error",
                    f"{_p(p)}成本{_i(i)}为 {wan(amount)}，高于预算数 {wan(budget)}。", p, i)
        total = sum(i.base_number or 0.0 for i in costs)
        if total < budget * COST_FAR_BELOW:
            yield _issue(
                "cost_far_below_budget", "warning",
                f"{_p(p)}成本指标合计 {wan(total)}，仅为预算数 {wan(budget)} 的 "
                f"{total / budget:.1%}。", p, costs[0] if len(costs) == 1 else None)


def check_spend_plan(doc: Document) -> Iterator[Issue]:
    """The quarterly plan is cumulative (never falls), within 0–100 and ends at 100%."""
    for p in doc.projects:
        plan = p.spend_plan
        if not plan:
            continue
        if any(x is None for x in plan):
            yield _issue("spend_plan_blank", "warning",
                         f"{_p(p)}资金支出计划有空白的季度。", p)
        nums = [float(x) for x in plan if x is not None]
        if not nums:
            continue
        if any(x < 0 or x > 100 for x in nums):
            yield _issue("spend_plan_range", "error",
                         f"{_p(p)}资金支出计划有超出 0–100% 的值：{'、'.join(map(pct, nums))}。", p)
            continue
        falls = [(a, b) for a, b in pairwise(nums) if b < a]
        reaches_100 = abs(nums[-1] - 100) < 0.5
        if not falls and reaches_100:
            continue
        if len(nums) > 1 and abs(sum(nums) - 100) < 0.5:
            yield _issue(
                "spend_plan_not_cumulative", "warning",
                f"{_p(p)}资金支出计划按季度分列（{'、'.join(map(pct, nums))}，合计100%），"
                "不是累计数。", p)
        elif falls:
            a, b = falls[0]
            yield _issue("spend_plan_not_cumulative", "warning",
                         f"{_p(p)}资金支出计划不是累计的：{pct(b)} 低于前一季度的 {pct(a)}。", p)
        else:
            yield _issue("spend_plan_not_100", "warning",
                         f"{_p(p)}资金支出计划最后累计到 {pct(nums[-1])}，没有到 100%。", p)


def check_deadlines_in_year(doc: Document) -> Iterator[Issue]:
    """A deadline (date value) falls in the document's budget year."""
    if doc.year is None:
        return
    for p in doc.projects:
        for i in p.indicators:
            if i.kind == "date" and i.date and int(i.date[:4]) != doc.year:
                yield _issue(
                    "deadline_outside_year", "warning",
                    f"{_p(p)}{_i(i)}的期限 {i.date} 不在文件年度 {doc.year} 年内。", p, i)


def _has_category(p: Project, canon: str) -> bool:
    # where level1_canonical is unset, a word of the raw 一级指标 that names the category
    words = categories.HINT_WORDS.get(canon, ())
    return any(
        i.level1_canonical == canon or any(w in (i.level1 or "") for w in words)
        for i in p.indicators
    )


def check_categories(doc: Document) -> Iterator[Issue]:
    """Each project has 产出, 效益/效果 and 满意度 indicators."""
    for p in doc.projects:
        if not p.indicators:
            yield _issue("no_indicators", "error", f"{_p(p)}没有绩效指标。", p)
            continue
        for canon, name, code in REQUIRED_CATEGORIES:
            if not _has_category(p, canon):
                yield _issue(code, "warning", f"{_p(p)}缺少{name}指标（{canon}）。", p)


def check_values_read(doc: Document) -> Iterator[Issue]:
    """Every 指标值 is given and readable as a typed value."""
    for p in doc.projects:
        for i in p.indicators:
            if i.kind == "empty":
                yield _issue("value_empty", "warning", f"{_p(p)}{_i(i)}没有指标值。", p, i)
            elif i.kind == "text":
                yield _issue(
                    "value_text", "info",
                    f"{_p(p)}{_i(i)}的指标值「{i.value_raw}」无法识别为数量、金额、比例、日期或是否，"
                    "按文字保存。", p, i)


def check_scanned_values(doc: Document) -> Iterator[Issue]:
    """A cell read by OCR from a scan (an indicator's, a project field's, the unit's or
    year's): every one the engine read with low confidence, and every correction made to
    what it read, for an analyst to compare with the page (`review`); a cell whose field
    an analyst has corrected or confirmed since is not listed again."""
    for r, analyst in review.to_review(doc):
        if analyst is not None:
            continue
        where = f"第{r.page}页"
        if r.low:
            yield _scanned(r, "ocr_low_confidence", "warning",
                           f"扫描件中「{r.text}」识别把握不大（置信度{r.confidence:.2f}，{where}），"
                           "请对照原件核对。")
        if r.corrections:
            yield _scanned(r, "ocr_corrected", "info",
                           f"扫描件识别为「{r.raw}」，已按表格用语改为「{r.text}」（{where}），请核对。")


def _scanned(r: review.Reading, code: str, severity: str, text: str) -> Issue:
    """A finding on a scanned cell, named by its indicator, project field or document
    field."""
    if r.indicator is not None and r.project is not None:
        return _issue(code, severity, f"{_p(r.project)}{_i(r.indicator)}：{text}", r.project,
                      r.indicator)
    if r.project is not None:
        return _issue(code, severity, f"{_p(r.project)}{r.label}：{text}", r.project)
    return Issue(code, severity, f"文件的{r.label}：{text}", r.document.id)


def check_quantity_is_measure(doc: Document) -> Iterator[Issue]:
    """A 数量指标 states a number (else the output is not measurable)."""
    for p in doc.projects:
        for i in p.indicators:
            if "数量" in (i.level2 or "") and i.kind not in MEASURABLE_KINDS | {"empty", "text"}:
                yield _issue(
                    "quantity_not_measurable", "info",
                    f"{_p(p)}数量{_i(i)}的指标值「{i.value_raw}」不是数量，产出无法计量。", p, i)


def check_description_related(doc: Document) -> Iterator[Issue]:
    """The 描述 speaks of the same thing as its 三级指标."""
    for p in doc.projects:
        for i in p.indicators:
            if i.level3 and i.description and not related(i.level3, i.description):
                yield _issue(
                    "description_unrelated", "warning",
                    f"{_p(p)}指标描述「{i.description}」与三级指标「{i.level3}」看不出关联。",
                    p, i)


_NON_WORD = re.compile(r"[^\w]|[_\d]")


def content_chars(s: str) -> str:
    """The text without generic words, punctuation and digits."""
    s = _NON_WORD.sub("", s)
    for w in GENERIC_WORDS:
        s = s.replace(w, "")
    return s


def related(a: str, b: str) -> bool:
    """Do two short texts speak of the same thing?  A shared two-character word, or
    half the characters of the shorter one found in the other.  Characters, not jieba
    words: 满意度 and 满意数 share 满意 though jieba cuts them differently."""
    ca, cb = content_chars(a), content_chars(b)
    if len(ca) < RELATED_MIN_CHARS or len(cb) < RELATED_MIN_CHARS:
        return True  # too little to judge
    if ca in cb or cb in ca:
        return True
    if {ca[k : k + 2] for k in range(len(ca) - 1)} & {cb[k : k + 2] for k in range(len(cb) - 1)}:
        return True
    short, other = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return sum(ch in other for ch in short) >= RELATED_CHAR_SHARE * len(short)


def check_duplicate_within(doc: Document) -> Iterator[Issue]:
    """The same project name twice in one document."""
    seen: dict[str, Project] = {}
    for p in doc.projects:
        key = _name_key(p.name)
        if not key:
            continue
        if key in seen:
            yield _issue("duplicate_project", "warning",
                         f"{_p(p)}与项目{seen[key].seq}同名，在本文件中出现两次。", p)
        else:
            seen[key] = p


CHECKS: tuple[Check, ...] = (
    check_budget_present,
    check_budget_scale,
    check_funding_adds_up,
    check_cost_vs_budget,
    check_spend_plan,
    check_deadlines_in_year,
    check_categories,
    check_values_read,
    check_scanned_values,
    check_quantity_is_measure,
    check_description_related,
    check_duplicate_within,
)


# --- across documents -------------------------------------------------------------------------


_PUNCT = re.compile(r"[^\w]|_")


def _name_key(name: str | None) -> str:
    return _PUNCT.sub("", name or "")


def copies_of_submissions(
    docs: Iterable[Document], primaries: set[int], checked: set[int]
) -> Iterator[Issue]:
    """One finding per submission stored as several files, on its primary document."""
    members: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        members[d.submission or d.sha256].append(d)
    for group in members.values():
        primary = next((d for d in group if d.id in primaries), None)
        if primary is None or primary.id not in checked or len(group) < 2:
            continue
        copies = "、".join(f"《{d.source}》" for d in group if d is not primary)
        yield Issue("submission_copies", "info",
                    f"本文件另有副本{copies}（同一单位、年度，项目名称和金额相同），是同一份申报；"
                    f"合计只计本文件《{primary.source}》一次。", primary.id)


def duplicates_across(docs: Iterable[Document], checked: set[int]) -> Iterator[Issue]:
    """A project (same name) in two current documents of one unit and year that are not
    copies of one submission: a project sent again in another submission, say."""
    by_key: dict[tuple[str | None, int | None, str], list[Project]] = defaultdict(list)
    for d in docs:
        for p in d.projects:
            if _name_key(p.name):
                by_key[(d.unit_name, d.year, _name_key(p.name))].append(p)
    for projects in by_key.values():
        for p in projects:
            if p.document_id not in checked:
                continue
            others = [o for o in projects if o.document_id != p.document_id]
            if others:
                where = "、".join(f"《{o.document.source}》项目{o.seq}" for o in others)
                yield _issue("duplicate_project", "warning",
                             f"{_p(p)}也出现在{where}（同一单位、同一年度）。", p)


# --- running ------------------------------------------------------------------------------------


def _current_documents(session: Session) -> list[Document]:
    stmt = (
        select(Document)
        .where(Document.status == "current")
        .options(
            selectinload(Document.projects).selectinload(Project.funding),
            selectinload(Document.projects).selectinload(Project.indicators),
        )
        .order_by(Document.unit_name, Document.year, Document.source, Document.id)
    )
    return list(session.scalars(stmt))


def collect_findings(session: Session, document_ids: Iterable[int] | None = None) -> list[Issue]:
    """The findings of the current documents (or of those among `document_ids`): of each
    submission, those of its primary document, and one finding for its copies."""
    docs = _current_documents(session)
    primaries = primary_ids(session)
    wanted = set(document_ids) if document_ids is not None else {d.id for d in docs}
    checked = wanted & primaries
    issues: list[Issue] = []
    for d in docs:
        if d.id in checked:
            for check in CHECKS:
                issues.extend(check(d))
    issues.extend(copies_of_submissions(docs, primaries, checked))
    issues.extend(duplicates_across([d for d in docs if d.id in primaries], checked))
    return issues


def run_checks(session: Session, document_ids: Iterable[int] | None = None) -> list[Issue]:
    """Recompute and store the findings (of all current documents, or of the given ones).

    Without `document_ids` every stored finding is replaced, those of superseded
    versions included.  Flushes; the caller commits."""
    ids = list(document_ids) if document_ids is not None else None
    issues = collect_findings(session, ids)
    stmt = delete(Finding)
    if ids is not None:
        stmt = stmt.where(Finding.document_id.in_(ids))
    session.execute(stmt)
    rows = [
        Finding(document_id=x.document_id, project_id=x.project_id,
                indicator_id=x.indicator_id, code=x.code, severity=x.severity,
                message=x.message)
        for x in issues
    ]
    session.add_all(rows)
    session.flush()
    return issues


def issue_rows(session: Session, issues: Iterable[Issue]) -> list[dict[str, Any]]:
    """Findings with their unit, year, file, project and indicator beside them, sorted
    by unit, year, file, project and severity (for printing and exports)."""
    issues = list(issues)
    docs = _names(session, Document, {x.document_id for x in issues},
                  Document.unit_name, Document.year, Document.source)
    projects = _names(session, Project, {x.project_id for x in issues if x.project_id},
                      Project.seq, Project.name)
    indicators = _names(session, Indicator, {x.indicator_id for x in issues if x.indicator_id},
                        Indicator.level3)
    rows = []
    for x in issues:
        unit, year, source = docs[x.document_id]
        seq, name = projects.get(x.project_id or 0, (None, None))
        (level3,) = indicators.get(x.indicator_id or 0, (None,))
        rows.append({
            "unit_name": unit, "year": year, "source": source, "project_seq": seq,
            "project": name, "indicator": level3, "code": x.code, "severity": x.severity,
            "severity_zh": SEVERITY_ZH.get(x.severity, x.severity), "message": x.message,
            "document_id": x.document_id, "project_id": x.project_id,
            "indicator_id": x.indicator_id,
        })
    rows.sort(key=lambda r: (r["unit_name"] or "", r["year"] or 0, r["source"],
                             r["project_seq"] or 0, SEVERITY_ORDER.get(r["severity"], 9)))
    return rows


def _names(
    session: Session, model: Any, ids: set[int], *columns: Any
) -> dict[int, tuple[Any, ...]]:
    if not ids:
        return {}
    stmt = select(model.id, *columns).where(model.id.in_(sorted(ids)))
    return {r[0]: tuple(r[1:]) for r in session.execute(stmt)}


def count_by_severity(issues: Iterable[Issue | dict[str, Any]]) -> dict[str, int]:
    out = dict.fromkeys(SEVERITY_ORDER, 0)
    for x in issues:
        sev = x["severity"] if isinstance(x, dict) else x.severity
        out[sev] = out.get(sev, 0) + 1
    return out
