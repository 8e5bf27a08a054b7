"""What `jixiao.parsers.layout.document` makes of a `SourceDocument`: projects and indicators as
raw text.

Nothing here is typed yet: amounts, percentages and targets stay as the submitter wrote
them, and `normalize` turns them into values.  Each record keeps where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Where:
    """Provenance of a row: table number (from 0), row in that table (from 0), page."""

    table: int
    row: int
    page: int | None = None


@dataclass(slots=True)
class IndicatorRecord:
    level1: str | None
    level2: str | None
    level3: str | None
    description: str | None
    value_raw: str | None
    basis: str | None
    where: Where
    op_raw: str | None = None  # a separate 指标性质 / 指标方向 cell
    unit_raw: str | None = None  # a separate 度量单位 cell
    weight_raw: str | None = None  # 权重 / 分值
    actual_raw: str | None = None  # 实际完成值 (self-evaluation tables)
    score_raw: str | None = None  # 得分
    deviation: str | None = None  # 偏差原因分析及改进措施
    extra: dict[str, str] = field(default_factory=dict)  # columns that map to nothing


@dataclass(slots=True)
class FundingLine:
    source: str
    amount_raw: str


@dataclass(slots=True)
class ProjectRecord:
    seq: int
    name: str | None
    code: str | None = None
    # 项目 | 整体 (部门整体支出绩效目标表): a word of the vocabulary, kept so in a document
    # written in traditional characters (the field's metadata: `layout.traditional` skips it)
    kind: str = field(default="项目", metadata={"vocabulary": True})
    heading: str | None = None  # the paragraph that introduced the table
    budget_text: str | None = None  # 项目资金主要用途 or a 预算数 cell, as written
    budget_raw: str | None = None  # a separate 预算数 / 年度资金总额 amount, as written
    # "万元" when a header says 预算数（万元）
    budget_unit_hint: str | None = field(default=None, metadata={"vocabulary": True})
    budget_label: str | None = None  # the key label `budget_raw` was read under
    funding: list[FundingLine] = field(default_factory=list)
    purpose: str | None = None  # a separate 用途 / 项目概况 cell
    spend_plan_raw: list[str] | None = None
    goals_text: str | None = None
    indicators: list[IndicatorRecord] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # other key-value rows, kept
    where: Where | None = None
    is_self_evaluation: bool = False


@dataclass(slots=True)
class Section:
    heading: str
    text: str
    page: int | None = None


@dataclass(slots=True)
class DocumentRecord:
    format: str
    unit_name: str | None
    year: int | None
    sections: list[Section]
    projects: list[ProjectRecord]
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    # True when the year is only the one the text mentions most (no heading or file name
    # states it): a year from the folder the file came in is then the better answer
    year_guessed: bool = False
