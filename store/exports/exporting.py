"""`jixiao export`: the stored documents as JSON, JSON lines, CSV or an Excel workbook."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao import fields
from jixiao.store.analysis.checks import collect_findings, issue_rows
from jixiao.store.db.submissions import primary_ids
from jixiao.store.exports.documents import document_dict, documents
from jixiao.store.exports.flat import flat_rows
from jixiao.store.exports.xlsx import write_workbook


def export_dicts(engine: Engine, *, history: bool = False) -> list[dict[str, Any]]:
    with Session(engine) as s:
        primary = primary_ids(s)
        return [document_dict(d, primary=d.id in primary) for d in documents(s, history=history)]


def export(engine: Engine, fmt: str, out: IO[Any], *, history: bool = False) -> None:
    docs = export_dicts(engine, history=history)
    if fmt == "json":
        json.dump({"documents": docs}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(docs, out)
    elif fmt == "xlsx":
        write_workbook(docs, out, findings=None if history else finding_rows(engine))
    else:
        raise ValueError(fmt)


def finding_rows(engine: Engine) -> list[dict[str, Any]]:
    """The consistency findings of the current documents, computed now (not stored)."""
    with Session(engine) as s:
        return issue_rows(s, collect_findings(s))


def write_csv(docs: list[dict[str, Any]], out: IO[str]) -> None:
    """The flat rows as CSV that Excel opens as UTF-8: a byte-order mark, Chinese headers."""
    write_table_csv(fields.header(fields.FLAT), flat_rows(docs), out)


def write_table_csv(header: list[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> None:
    """Any table as CSV for Excel: BOM, CRLF line ends, blanks for nulls."""
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_csv_value(v) for v in r])


def _csv_value(v: Any) -> Any:
    """A cell as written by hand: blank for null, 5612000 for 5612000.0 (PostgreSQL's
    floats, the export's amounts), other values as they are."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v
