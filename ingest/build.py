"""A parsed `DocumentRecord` → the typed payload that `jixiao.store.db.write.add_document` stores.

This is where raw text meets `normalize`: budgets and funding in 元, spending-plan
percentages, goals as a list, every 指标值 (and 实际完成值) as a typed value.
Pure: no database, no clock.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.normalize import normalize_value, unit_of_name
from jixiao.normalize.budget import is_subtotal, parse_budget_text, parse_funding_label
from jixiao.normalize.canonical import surface
from jixiao.normalize.goals import split_goals
from jixiao.normalize.money import closing_amount, find_amounts, parse_amount_yuan
from jixiao.parsers.layout.docfields import NOWHERE, UnitAndYear, unit_and_year
from jixiao.parsers.records import DocumentRecord, IndicatorRecord, ProjectRecord
from jixiao.store.db.payload import (
    DocumentPayload,
    FundingPayload,
    IndicatorPayload,
    ProjectPayload,
    SectionPayload,
)
from jixiao.vocab import labels as vocab


def build_payload(
    rec: DocumentRecord,
    *,
    source: str,
    sha256: str,
    size_bytes: int | None = None,
    origin: str | None = None,  # where the file was found, stored with it
    given: UnitAndYear = NOWHERE,
    folder: UnitAndYear = NOWHERE,
) -> DocumentPayload:
    """`given` (the command line's --unit and --year) and `folder` (from the file's path)
    join what the document says; `docfields.unit_and_year` decides between them."""
    place = unit_and_year(
        given=given,
        document=UnitAndYear(rec.unit_name, None if rec.year_guessed else rec.year),
        folder=folder,
        guess_year=lambda: rec.year if rec.year_guessed else None,
    )
    year = place.year
    return DocumentPayload(
        source=source,
        sha256=sha256,
        format=rec.format,
        unit_name=place.unit,
        year=year,
        pages=rec.pages,
        size_bytes=size_bytes,
        warnings=rec.warnings,
        origin=origin,
        sections=[SectionPayload(heading=s.heading, text=s.text, page=s.page)
                  for s in rec.sections],
        projects=[project_payload(p, year=year) for p in rec.projects],
    )


def project_payload(p: ProjectRecord, *, year: int | None) -> ProjectPayload:
    total, funding, purpose = _budget(p)
    return ProjectPayload(
        seq=p.seq,
        code=p.code,
        name=p.name,
        kind=p.kind,
        is_self_evaluation=p.is_self_evaluation,
        purpose=purpose,
        budget_text=p.budget_text,
        budget_total_yuan=_float(total),
        funding=funding,
        spend_plan=spend_plan(p.spend_plan_raw),
        goals=split_goals(p.goals_text),
        fields=p.fields,
        table_index=p.where.table if p.where else None,
        page=p.where.page if p.where else None,
        indicators=[indicator_payload(i, year=year) for i in p.indicators],
    )


def _budget(p: ProjectRecord) -> tuple[Decimal | None, list[FundingPayload], str | None]:
    """Total, funding lines and purpose, from a budget sentence or separate rows."""
    unit = p.budget_unit_hint or "元"
    total: Decimal | None = None
    funding: list[FundingPayload] = []
    purpose = p.purpose
    if p.budget_text:
        reading = parse_budget_text(p.budget_text)
        total = reading.total_yuan
        funding = [
            FundingPayload(source=f.source, amount_yuan=_float(f.amount_yuan))
            for f in reading.funding
        ]
        purpose = purpose or reading.purpose
    if p.budget_raw and total is None:
        total = parse_amount_yuan(p.budget_raw, default_unit=unit)
        if total is None:
            total = _total_in_text(p.budget_raw)
    if p.funding:
        lines = [
            FundingPayload(
                source=parse_funding_label(f.source),
                amount_yuan=_float(_funding_amount(f.amount_raw, unit)),
            )
            for f in p.funding
            if not is_subtotal(f.source)
        ]
        funding = lines or funding
    if total is None:  # no total written: the sources add up to it
        amounts = [Decimal(str(f.amount_yuan)) for f in funding if f.amount_yuan is not None]
        total = sum(amounts, Decimal(0)) if amounts else None
    return total, funding, purpose


def _total_in_text(raw: str) -> Decimal | None:
    """The total a budget cell states in a sentence (总额10606.7522万元 财政拨款:…, or …宣传项目
    经费480万元,资金来源:…): the total the sentence names, else its one amount."""
    reading = parse_budget_text(raw)
    if reading.total_yuan is not None:
        return reading.total_yuan
    amounts = find_amounts(surface(raw))
    return amounts[0].yuan if len(amounts) == 1 else None


def _funding_amount(raw: str | None, unit: str) -> Decimal | None:
    """A funding line's amount: the cell's figure, or the amount closing its text where
    the cell names the source again before it (补助资金 | 中央财政…补助资金(…)375万元)."""
    amount = parse_amount_yuan(raw, default_unit=unit) if raw else None
    if amount is None and raw:
        closing = closing_amount(surface(raw))
        amount = closing.yuan if closing else None
    return amount


def spend_plan(raw: list[str] | None) -> list[float | int | None] | None:
    """The four quarterly percentages as written (the template asks for cumulative)."""
    if not raw or not any(r.strip() for r in raw):
        return None
    out: list[float | int | None] = []
    for r in raw:
        v = normalize_value(r) if r.strip() else None
        num = v.number if v is not None and v.kind in ("percent", "quantity") else None
        out.append(_json_number(num))
    return out


def indicator_payload(i: IndicatorRecord, *, year: int | None) -> IndicatorPayload:
    unit, op = i.unit_raw, i.op_raw
    if not (unit or "").strip():  # 实施营造林总面积(亩) | 80000: the name states the unit
        named_unit, named_op = unit_of_name(i.level3)
        if named_unit is not None:
            unit = named_unit
            op = op if (op or "").strip() else named_op  # 苗木成活率(≥**%): its comparator
    value = normalize_value(i.value_raw, level2=i.level2, year=year, unit=unit, op=op)
    actual = (
        normalize_value(i.actual_raw, level2=i.level2, year=year, unit=unit).to_dict()
        if i.actual_raw
        else None
    )
    return IndicatorPayload(
        level1=i.level1,
        level1_canonical=canonical_level1(i.level1),
        level1_weight=level1_weight(i.level1),
        level2=i.level2,
        level3=i.level3,
        description=i.description,
        value_raw=i.value_raw,
        basis=i.basis,
        op_raw=i.op_raw,
        unit_raw=i.unit_raw,
        value=value.to_dict(),
        weight=_score(i.weight_raw),
        actual_raw=i.actual_raw,
        actual=actual,
        score=_score(i.score_raw),
        deviation=i.deviation,
        extra=i.extra,
        table_index=i.where.table,
        row_index=i.where.row,
        page=i.where.page,
    )


def canonical_level1(level1: str | None) -> str | None:
    if not level1:
        return None
    lab = vocab.clean_label(level1)
    for canon, words in vocab.LEVEL1_CANONICAL:
        if lab in words:
            return canon
    for canon, words in vocab.LEVEL1_CANONICAL:
        if any(w in lab for w in words):
            return canon
    return None


def level1_weight(level1: str | None) -> float | None:
    """The weight a 一级 cell states as written (产出指标(50分) → 50, (30%) → 30): its last
    bracket read as one number in 分, % or none (`vocab.LEVEL1_WEIGHT_RE`); null for a
    range ((0-20)分), a note (必填) or no bracket."""
    if not level1:
        return None
    found = list(vocab.LEVEL1_WEIGHT_RE.finditer(level1))
    if not found:
        return None
    written = found[-1]["weight"] + found[-1]["after"]
    if not any(c.isdigit() for c in written):  # 无 would read as zero
        return None
    v = normalize_value(written)
    if v.op != "=" or v.number is None or v.unit not in vocab.LEVEL1_WEIGHT_UNITS:
        return None
    return _float(v.number)


def _score(raw: str | None) -> float | None:
    """A 权重 / 分值 / 得分 cell as a number (10, 10分, 10%)."""
    if not raw:
        return None
    v = normalize_value(raw)
    return _float(v.number) if v.number is not None else None


def _json_number(d: Decimal | None) -> float | int | None:
    """30 stays 30 (not 30.0); 12.5 stays 12.5."""
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def _float(d: Decimal | None) -> float | None:
    return float(d) if d is not None else None
