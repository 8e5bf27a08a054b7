"""Every column jixiao shows, declared once: its key, its Chinese label and its table.

A field's key is its name in the JSON export, in the database and in its own table's
`v_*` view; its Chinese label heads it in CSV and xlsx exports and names it in the
Chinese views (指标, 项目 …).  Every list of columns elsewhere is derived from the tables
here: the export's dicts (`jixiao.store.exports.documents`), what the store writes
(`jixiao.store.db.write`), the flat CSV/xlsx columns and the xlsx sheets, the Chinese
views (`jixiao.store.db.views`), and the order of the typed value's keys.

Rules:
- a table's fields are in the JSON export's order: the keys docs/contract.md requires, then
  the extras; fields the export leaves out come after them;
- a key is unique within its table; one key in two tables is two columns (`source` is a
  document's file name and a funding line's 资金来源);
- in a view of another table's rows a field is called by its `joined` name where it has
  one (a project's `name` is `project` in v_indicators), else by its key;
- a column holding money in 元 has a key ending in `_yuan`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from functools import cached_property


class Table(StrEnum):
    """The level a field belongs to."""

    DOCUMENT = "document"
    SECTION = "section"
    PROJECT = "project"
    FUNDING = "funding"
    INDICATOR = "indicator"
    VALUE = "value"  # the typed 指标值: columns of `indicators`, an object in the export
    FINDING = "finding"
    CORRECTION = "correction"  # an analyst's correction (jixiao.store.db.corrections)


class Export(Enum):
    """Whether `jixiao export --format json` shows a field."""

    REQUIRED = "required"  # always: a key docs/contract.md requires
    EXTRA = "extra"  # in the full export, after the required keys
    IF_SET = "if_set"  # in the full export, only when not empty
    NO = "no"


class Role(Enum):
    """Where a field's value comes from."""

    PAYLOAD = "payload"  # ingest hands it to the store (`jixiao.store.db.payload`)
    NESTED = "nested"  # the export nests another table's rows, or an object, here
    STORE = "store"  # made by the store: ids, status, findings, a view's counts and sums


@dataclass(frozen=True, slots=True)
class Field:
    """One column: `key` in the export, the database and its own view, `zh` its label."""

    key: str
    zh: str
    table: Table
    export: Export = Export.NO
    role: Role = Role.PAYLOAD
    joined: str | None = None  # its name in a view of another table's rows
    zh_values: str | None = None  # a column of its values in Chinese, which Chinese views show


@dataclass(frozen=True)
class Fields:
    """One table's fields in order: `t["key"]` is one of them, `t.pick("a", "b")` several."""

    table: Table
    fields: tuple[Field, ...]

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"a key twice in the {self.table} fields: {keys}")
        if any(f.table is not self.table for f in self.fields):
            raise ValueError(f"a field of another table among the {self.table} fields")

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __getitem__(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.table} has no field {key!r}")

    def pick(self, *keys: str) -> tuple[Field, ...]:
        return tuple(self[k] for k in keys)

    @cached_property
    def payload(self) -> tuple[Field, ...]:
        """The columns the store writes from ingest's payload."""
        return tuple(f for f in self.fields if f.role is Role.PAYLOAD)


def _table(table: Table, *fields: tuple[str, str] | Field) -> Fields:
    """A table from (key, 中文) pairs (stored, not exported) and `Field`s (anything else)."""
    made = [f if isinstance(f, Field) else Field(f[0], f[1], table) for f in fields]
    return Fields(table, tuple(made))


# Short names for the declarations below.
_D, _S, _P, _F = Table.DOCUMENT, Table.SECTION, Table.PROJECT, Table.FUNDING
_I, _V, _X, _C = Table.INDICATOR, Table.VALUE, Table.FINDING, Table.CORRECTION
_REQUIRED, _EXTRA, _IF_SET = Export.REQUIRED, Export.EXTRA, Export.IF_SET
_NESTED, _STORE = Role.NESTED, Role.STORE

DOCUMENT = _table(
    _D,
    Field("source", "文件", _D, _REQUIRED),  # the file's own name, no folders
    Field("sha256", "sha256", _D, _REQUIRED),
    Field("format", "格式", _D, _REQUIRED),
    Field("unit_name", "单位", _D, _REQUIRED),
    Field("year", "年度", _D, _REQUIRED),
    # the submission the document belongs to (its copies in other formats share it), and
    # whether it is the one whose rows count (jixiao.store.db.submissions)
    Field("submission", "申报", _D, _REQUIRED, _STORE),
    Field("primary", "主文件", _D, _REQUIRED, _STORE),
    Field("projects", "项目", _D, _REQUIRED, _NESTED),
    Field("status", "状态", _D, _EXTRA, _STORE),  # current | superseded | removed
    Field("pages", "页数", _D, _EXTRA),
    Field("sections", "文字部分", _D, _EXTRA, _NESTED),
    # an analyst's corrections in force, each with the value as read (`CORRECTION`)
    Field("corrections", "更正", _D, _IF_SET, _NESTED),
    ("size_bytes", "文件大小(字节)"),
    ("warnings", "读取提示"),
    ("origin", "找到文件的位置"),  # folders under the input, or archive.zip!a/b.docx
    ("file_time", "文件时间"),  # the file's modification time (UTC); decides the version
    Field("document_id", "文件编号", _D, role=_STORE),
)
SECTION = _table(
    _S,
    Field("heading", "标题", _S, _REQUIRED),
    Field("text", "内容", _S, _REQUIRED),
    ("page", "页码"),
)
PROJECT = _table(
    _P,
    Field("seq", "项目序号", _P, _REQUIRED, joined="project_seq"),
    Field("code", "项目编码", _P, _REQUIRED),
    Field("name", "项目名称", _P, _REQUIRED, joined="project"),
    Field("purpose", "主要用途", _P, _REQUIRED),
    Field("budget_total_yuan", "预算数(元)", _P, _REQUIRED, joined="project_budget_yuan"),
    Field("funding", "资金来源", _P, _REQUIRED, _NESTED),
    Field("spend_plan", "资金支出计划(%)", _P, _REQUIRED),
    Field("goals", "绩效目标", _P, _REQUIRED),
    Field("indicators", "指标", _P, _REQUIRED, _NESTED),
    Field("kind", "类型", _P, _EXTRA),  # 项目 | 整体 (部门整体支出绩效目标表)
    Field("budget_text", "资金情况原文", _P, _EXTRA),
    Field("fields", "其他栏目", _P, _IF_SET),
    Field("corrections", "更正", _P, _IF_SET, _NESTED),
    ("is_self_evaluation", "是否自评表"),
    ("table_index", "表序号"),
    ("page", "页码"),
    Field("project_id", "项目编号", _P, role=_STORE),
)
FUNDING = _table(
    _F,
    Field("source", "资金来源", _F, _REQUIRED),
    Field("amount_yuan", "金额(元)", _F, _REQUIRED),
)
INDICATOR = _table(
    _I,
    Field("level1", "一级指标", _I, _REQUIRED),
    Field("level2", "二级指标", _I, _REQUIRED),
    Field("level3", "三级指标", _I, _REQUIRED, joined="indicator"),
    Field("description", "指标描述", _I, _REQUIRED),
    Field("value_raw", "指标值", _I, _REQUIRED),
    Field("basis", "指标值确定依据", _I, _REQUIRED),
    Field("value", "指标值(类型)", _I, _REQUIRED, _NESTED),
    Field("level1_canonical", "一级指标(规范)", _I, _EXTRA),
    Field("level1_weight", "一级指标权重", _I, _EXTRA),  # 产出指标(50分) → 50
    Field("actual_raw", "实际完成值", _I, _EXTRA),
    Field("actual", "实际完成值(类型)", _I, _EXTRA),
    Field("weight", "权重", _I, _EXTRA),
    Field("score", "得分", _I, _EXTRA),
    Field("deviation", "偏差原因分析及改进措施", _I, _IF_SET),
    Field("op_raw", "指标性质", _I, _IF_SET),
    Field("unit_raw", "度量单位", _I, _IF_SET),
    Field("extra", "其他列", _I, _IF_SET),
    Field("where", "位置", _I, _EXTRA, _NESTED),  # {table, row, page}
    Field("corrections", "更正", _I, _IF_SET, _NESTED),
    ("table_index", "表序号"),
    ("row_index", "行序号"),
    ("page", "页码"),
    Field("indicator_id", "指标编号", _I, role=_STORE),
)
# The typed value, in the order of its keys in the export (docs/contract.md).
VALUE = _table(
    _V,
    Field("kind", "值类型", _V, _REQUIRED, zh_values="kind_zh"),
    Field("op", "比较", _V, _REQUIRED),
    Field("number", "数值", _V, _REQUIRED),
    Field("number_max", "数值上限", _V, _REQUIRED),
    Field("unit", "计量单位", _V, _REQUIRED),
    Field("base_number", "基准数值", _V, _REQUIRED),
    Field("base_number_max", "基准数值上限", _V, _REQUIRED),
    Field("base_unit", "基准单位", _V, _REQUIRED),
    Field("date", "日期", _V, _REQUIRED),
    Field("bool", "是否", _V, _REQUIRED),
    Field("label", "标签", _V, _REQUIRED),
)
FINDING = _table(
    _X,
    Field("finding_id", "问题编号", _X, role=_STORE),
    Field("code", "类别", _X, role=_STORE),
    Field("severity", "严重程度", _X, role=_STORE, zh_values="severity_zh"),
    Field("message", "说明", _X, role=_STORE),
)
# An analyst's correction: the export's `corrections` items are the REQUIRED ones, in
# order; v_corrections and 更正 show them all.
CORRECTION = _table(
    _C,
    Field("correction_id", "更正编号", _C, _REQUIRED, _STORE),
    Field("field", "更正栏目", _C, _REQUIRED, _STORE),
    Field("value", "更正后", _C, _REQUIRED, _STORE),
    Field("original", "原读取值", _C, _REQUIRED, _STORE),
    Field("reason", "更正理由", _C, _REQUIRED, _STORE),
    Field("author", "更正人", _C, _REQUIRED, _STORE),
    Field("at", "更正时间", _C, _REQUIRED, _STORE),
    Field("target", "更正对象", _C, role=_STORE),  # document | project | indicator
    Field("status", "更正状态", _C, role=_STORE),  # active | undone | replaced | stale
    Field("undone_at", "撤销时间", _C, role=_STORE),
    Field("undone_by", "撤销人", _C, role=_STORE),
    Field("carried_from", "沿用自更正", _C, role=_STORE),  # made on another version
    Field("note", "更正说明", _C, role=_STORE),
)
# What v_documents and v_projects count and add up, beside the table's own columns.
DOCUMENT_TOTALS = Fields(_D, tuple(Field(k, zh, _D, role=_STORE) for k, zh in (
    ("projects", "项目数"), ("indicators", "指标数"), ("budget_total_yuan", "预算合计(元)"),
    ("findings", "问题数"),
)))
PROJECT_TOTALS = Fields(_P, tuple(Field(k, zh, _P, role=_STORE) for k, zh in (
    ("funding_total_yuan", "资金来源合计(元)"), ("funding_sources", "资金来源"),
    ("spend_q1", "一季度(%)"), ("spend_q2", "二季度(%)"), ("spend_q3", "三季度(%)"),
    ("spend_q4", "四季度(%)"), ("indicators", "指标数"),
    ("measurable_outputs", "可量化产出指标数"), ("satisfaction_indicators", "满意度指标数"),
    ("findings", "问题数"),
)))

ALL: tuple[Fields, ...] = (
    DOCUMENT, SECTION, PROJECT, FUNDING, INDICATOR, VALUE, FINDING, CORRECTION,
    DOCUMENT_TOTALS, PROJECT_TOTALS,
)

# --- the lists of columns shown: flat exports, xlsx sheets, Chinese views ----------------

# CSV and the xlsx 指标 sheet: one row per indicator, its document and project beside it.
FLAT: tuple[Field, ...] = (
    *DOCUMENT.pick("source", "format", "unit_name", "year"),
    *PROJECT.pick("seq", "code", "name", "budget_total_yuan"),
    *INDICATOR.pick("level1", "level2", "level3", "description", "value_raw", "basis"),
    *VALUE,
    *INDICATOR.pick("actual_raw", "weight", "score"),
    *DOCUMENT.pick("sha256", "submission", "primary"),
)
# The xlsx 项目 and 资金来源 sheets.
PROJECT_SHEET: tuple[Field, ...] = (
    *DOCUMENT.pick("source", "unit_name", "year"),
    *PROJECT.pick("seq", "code", "name", "budget_total_yuan", "funding", "spend_plan", "goals",
                  "purpose"),
)
FUNDING_SHEET: tuple[Field, ...] = (
    *DOCUMENT.pick("source", "unit_name", "year"),
    *PROJECT.pick("seq", "name"),
    *FUNDING,
)
# The xlsx 问题 sheet: a finding with its unit, year, file, project and indicator.
FINDING_SHEET: tuple[Field, ...] = (
    *DOCUMENT.pick("unit_name", "year", "source"),
    *PROJECT.pick("seq", "name"),
    INDICATOR["level3"],
    *FINDING.pick("severity", "code", "message"),
)
# The Chinese views: the columns each shows of its table's v_* view, in order.
ZH_VIEW_COLUMNS: dict[Table, tuple[Field, ...]] = {
    Table.DOCUMENT: (
        DOCUMENT["document_id"], *DOCUMENT.pick("unit_name", "year", "source", "format"),
        *DOCUMENT_TOTALS, *DOCUMENT.pick("submission", "primary"),
    ),
    Table.PROJECT: (
        PROJECT["project_id"], *DOCUMENT.pick("unit_name", "year", "source"),
        # 序号 beside the other project columns: analysts' queries of 项目 use that name
        replace(PROJECT["seq"], zh="序号"),
        *PROJECT.pick("code", "name", "budget_total_yuan"),
        *PROJECT_TOTALS,
        PROJECT["purpose"],
    ),
    Table.FUNDING: (
        PROJECT["project_id"], *DOCUMENT.pick("unit_name", "year"), PROJECT["name"], *FUNDING,
    ),
    Table.INDICATOR: (
        INDICATOR["indicator_id"], *DOCUMENT.pick("unit_name", "year"), PROJECT["name"],
        *INDICATOR.pick("level1", "level2", "level3", "description", "value_raw"),
        *VALUE.pick("kind", "op", "number", "unit", "base_number", "base_unit", "date", "bool",
                    "label"),
        INDICATOR["basis"], DOCUMENT["source"], PROJECT["project_id"],
    ),
    Table.FINDING: (FINDING["finding_id"], *FINDING_SHEET),
    Table.CORRECTION: (
        CORRECTION["correction_id"], *DOCUMENT.pick("unit_name", "year", "source"),
        CORRECTION["target"], PROJECT["seq"], PROJECT["name"],
        INDICATOR["level3"], *CORRECTION.pick("field", "original", "value", "reason", "author",
                                              "at", "status", "undone_at", "undone_by",
                                              "carried_from", "note"),
        DOCUMENT["document_id"],
    ),
}


def view_column(f: Field, table: Table) -> str:
    """`f`'s column in the rows of `table`'s view (v_indicators …) as the Chinese views and
    the finding rows read it: its values in Chinese where they have a column (kind_zh),
    else its key in its own table and its joined name in another's."""
    if f.zh_values is not None:
        return f.zh_values
    return f.key if f.table is table else f.joined or f.key


def header(columns: Iterable[Field]) -> list[str]:
    """The Chinese labels of a list of columns."""
    return [f.zh for f in columns]
