"""The Chinese names of the codes analysts meet: value kinds, finding severities and
finding codes, as data.

Chinese columns and views (值类型, 问题), the command's listings and its CSV show these
names; the English codes stay the keys that scripts and `--json` read.  A code with no
name here is shown as written.
"""

from __future__ import annotations

# value kinds (`value.kind` in the export)
KIND_ZH: dict[str, str] = {
    "quantity": "数量", "money": "金额", "percent": "百分比", "date": "日期",
    "boolean": "是否", "qualitative": "定性", "text": "未识别文字", "empty": "空",
}

# finding severities, most serious first
SEVERITY_ZH: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}

# finding codes (`jixiao check`), each named for what it finds
FINDING_ZH: dict[str, str] = {
    "funding_sum": "资金来源合计与预算数不符",
    "cost_above_budget": "成本指标高于预算数",
    "cost_far_below_budget": "成本指标远低于预算数",
    "spend_plan_not_cumulative": "支出计划不是累计数",
    "spend_plan_not_100": "支出计划未到100%",
    "spend_plan_blank": "支出计划有空季度",
    "spend_plan_range": "支出计划超出0–100%",
    "deadline_outside_year": "时限不在预算年度内",
    "missing_output": "缺少产出指标",
    "missing_outcome": "缺少效益指标",
    "missing_satisfaction": "缺少满意度指标",
    "no_indicators": "没有绩效指标",
    "value_text": "指标值未识别",
    "value_empty": "指标值为空",
    "quantity_not_measurable": "数量指标不可计量",
    "duplicate_project": "项目重复",
    "submission_copies": "同一申报的多个文件",
    "description_unrelated": "指标描述与三级指标无关",
    "budget_missing": "未读到预算数",
    "budget_scale": "预算数金额单位存疑",
    "ocr_low_confidence": "扫描件识别置信度低",
    "ocr_corrected": "扫描件识别已更正",
}


def kind_zh(kind: str | None) -> str:
    """A value kind's Chinese name (the code itself where it has none)."""
    return KIND_ZH.get(kind or "", kind or "")


def finding_zh(code: str | None) -> str:
    """A finding code's Chinese name (the code itself where it has none)."""
    return FINDING_ZH.get(code or "", code or "")


def severity_zh(severity: str | None) -> str:
    return SEVERITY_ZH.get(severity or "", severity or "")
