"""`jixiao export`: the stored documents as JSON, JSON lines, CSV or an Excel workbook."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from store.read import document_dict, documents

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


def export_dicts(engine: Engine, *, history: bool = False) -> list[dict[str, Any]]:
    with Session(engine) as s:
        return [document_dict(d) for d in documents(s, history=history)]


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


def export(engine: Engine, fmt: str, out: IO[Any], *, history: bool = False) -> None:
    docs = export_dicts(engine, history=history)
    if fmt == "json":
        json.dump({"documents": docs}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(list(flat_rows(docs)), out)
    elif fmt == "xlsx":
        from ingest.xlsx import write_workbook

        write_workbook(docs, out, findings=None if history else finding_rows(engine))
    else:
        raise ValueError(fmt)


def finding_rows(engine: Engine) -> list[dict[str, Any]]:
    """The consistency findings of the current documents, computed now (not stored)."""
    from store.checks import collect_findings, issue_rows

    with Session(engine) as s:
        return issue_rows(s, collect_findings(s))


def write_csv(rows: list[dict[str, Any]], out: IO[str]) -> None:
    """CSV that Excel opens as UTF-8: a byte-order mark, then Chinese headers."""
    write_table_csv(
        [zh for _key, zh in FLAT_COLUMNS],
        ([r.get(k) for k, _zh in FLAT_COLUMNS] for r in rows),
        out,
    )


def write_table_csv(header: list[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> None:
    """Any table as CSV for Excel: BOM, CRLF line ends, blanks for nulls."""
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
