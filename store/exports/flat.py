"""The flat shape of an export (CSV, the xlsx 指标 sheet): one row per indicator, with its
document's and project's fields beside it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# The flat (CSV/xlsx) columns: one row per indicator, its document and project beside it.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "文件"), ("format", "格式"), ("unit_name", "单位"), ("year", "年度"),
    ("project_seq", "项目序号"), ("project_code", "项目编码"), ("project_name", "项目名称"),
    ("budget_total_yuan", "预算数(元)"), ("level1", "一级指标"), ("level2", "二级指标"),
    ("level3", "三级指标"), ("description", "指标描述"), ("value_raw", "指标值"),
    ("basis", "指标值确定依据"), ("kind", "值类型"), ("op", "比较"), ("number", "数值"),
    ("number_max", "数值上限"), ("unit", "单位名"), ("base_number", "基准数值"),
    ("base_number_max", "基准数值上限"), ("base_unit", "基准单位"), ("date", "日期"),
    ("bool", "是否"), ("label", "标签"), ("actual_raw", "实际完成值"), ("weight", "权重"),
    ("score", "得分"), ("sha256", "sha256"),
)


def flat_rows(docs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for d in docs:
        for p in d["projects"]:
            for i in p["indicators"]:
                v = i["value"]
                yield {
                    "source": d["source"], "format": d["format"], "unit_name": d["unit_name"],
                    "year": d["year"], "sha256": d["sha256"],
                    "project_seq": p["seq"], "project_code": p["code"],
                    "project_name": p["name"], "budget_total_yuan": p["budget_total_yuan"],
                    "level1": i["level1"], "level2": i["level2"], "level3": i["level3"],
                    "description": i["description"], "value_raw": i["value_raw"],
                    "basis": i["basis"], **v,
                    "actual_raw": i.get("actual_raw"), "weight": i.get("weight"),
                    "score": i.get("score"),
                }
