"""What `jixiao.store.db.write.add_document` stores: one parsed, normalized document.

`jixiao.ingest.build` makes it, complete, from a parsed record; nothing changes it after.
Each class's attributes are its table's payload columns in `jixiao.fields` (the store
writes exactly those) plus the rows nested in it; a test holds the two together.
Numbers are floats in 元, the typed value is its JSON shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionPayload:
    """A part of the narrative (总体绩效目标 …)."""

    heading: str
    text: str
    page: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FundingPayload:
    source: str | None
    amount_yuan: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorPayload:
    level1: str | None = None
    level2: str | None = None
    level3: str | None = None
    description: str | None = None
    value_raw: str | None = None
    basis: str | None = None
    value: dict[str, Any]  # the typed 指标值: the keys of `jixiao.fields.VALUE`
    level1_canonical: str | None = None
    level1_weight: float | None = None  # the weight written in the 一级 cell (产出指标(50分))
    actual_raw: str | None = None
    actual: dict[str, Any] | None = None  # the typed 实际完成值, shaped as `value`
    weight: float | None = None
    score: float | None = None
    deviation: str | None = None
    op_raw: str | None = None
    unit_raw: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    table_index: int | None = None
    row_index: int | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectPayload:
    seq: int
    code: str | None = None
    name: str | None = None
    purpose: str | None = None
    budget_total_yuan: float | None = None
    funding: list[FundingPayload] = field(default_factory=list)
    spend_plan: list[float | int | None] | None = None  # four quarterly percentages
    goals: list[str] = field(default_factory=list)
    indicators: list[IndicatorPayload] = field(default_factory=list)
    kind: str = "项目"
    budget_text: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    is_self_evaluation: bool = False
    table_index: int | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentPayload:
    source: str
    sha256: str
    format: str
    unit_name: str | None = None
    year: int | None = None
    projects: list[ProjectPayload] = field(default_factory=list)
    pages: int | None = None
    sections: list[SectionPayload] = field(default_factory=list)
    size_bytes: int | None = None
    warnings: list[str] = field(default_factory=list)
    origin: str | None = None  # where the file was found (folders, archive.zip!member)
    # the file's own time (UTC): its modification time, or a zip entry's date; the newest
    # of two versions of one document is current
    file_time: datetime | None = None
