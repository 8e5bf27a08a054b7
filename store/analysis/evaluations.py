"""Targets beside their outcomes: a 项目绩效目标表 linked to the year-end 绩效自评表.

At year end the same projects come back as self-evaluation tables with 实际完成值, 分值 and
得分.  The two are separate documents (the export is per document), linked at export
time so that ingest order does not matter and a resubmitted self-evaluation is picked up
by the next export:

- documents: current ones of the same year and unit (`same_unit`: 柳河镇人民政府 and its
  柳河镇财政所 are one township);
- projects: by name, compared without spaces, punctuation, bracketed notes and a
  trailing 项目 (征地拆迁补偿款项目 is 征地拆迁补偿款);
- indicators: by (canonical 一级指标, 二级指标, 三级指标) compared the same way, else by
  (canonical 一级指标, 三级指标) where the 二级 wording differs (满意度 / 服务对象满意度指标).

`link_self_evaluations` fills `actual_raw`, `actual`, `score` (and `weight` and
`deviation` where the target has none) on the target's exported indicators, with an
`evaluation` pointer to the row they came from.  Reads only; the caller owns the session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from jixiao.store.db.models import Document, Indicator, Project
from jixiao.vocab.organisations import MATCH_STRIP_SUFFIXES

_NOISE = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]|[\s\u3000:：,，.。;；、\-—_/\\'\"“”‘’]")
_INDICATOR_NUMBER = re.compile(r"^指标\d+")  # the 财政部 template's 指标1：


def _unit_key(name: str) -> str:
    key = _NOISE.sub("", name)
    for suffix in MATCH_STRIP_SUFFIXES:
        key = key.removesuffix(suffix)
    return key


def name_key(text: str | None) -> str:
    """A name as compared: no bracketed notes, spaces, punctuation or trailing 项目."""
    s = _NOISE.sub("", text or "")
    s = _INDICATOR_NUMBER.sub("", s)
    return s.removesuffix("项目")


@dataclass
class Evaluations:
    """The self-evaluation projects of one unit and year, by project name."""

    projects: dict[str, tuple[Document, Project]] = field(default_factory=dict)

    def project(self, name: str | None) -> tuple[Document, Project] | None:
        return self.projects.get(name_key(name))


def evaluations_for(session: Session, doc: Document) -> Evaluations:
    """Current self-evaluation projects of the document's unit and year (not its own)."""
    out = Evaluations()
    if doc.unit_name is None or doc.year is None:
        return out
    stmt = (
        select(Project, Document)
        .join(Document, Project.document_id == Document.id)
        .where(
            Document.status == "current",
            Document.unit_name.is_not(None),
            Document.year == doc.year,
            Document.id != doc.id,
            Project.is_self_evaluation.is_(True),
        )
        .options(selectinload(Project.indicators))
        # the same format first (a .docx target with the .docx self-evaluation), then by name
        .order_by((Document.format != doc.format), Document.source, Document.id, Project.seq)
    )
    for project, document in session.execute(stmt):
        if same_unit(document.unit_name, doc.unit_name):
            out.projects.setdefault(name_key(project.name), (document, project))
    return out


def same_unit(a: str | None, b: str | None) -> bool:
    """Two unit names of one organisation as the tables write them: equal once 人民政府 and
    the like are dropped, or one a part of the other that starts it (the target names the
    township, 柳河镇人民政府; its self-evaluation the 实施单位, 柳河镇财政所)."""
    ka, kb = _unit_key(a or ""), _unit_key(b or "")
    if not ka or not kb:
        return False
    short, long = sorted((ka, kb), key=len)
    return long.startswith(short) and len(short) >= 3


def link_self_evaluations(doc: Document, exported: dict[str, Any]) -> None:
    """Fill the exported target projects' indicators from their self-evaluation rows."""
    session = object_session(doc)
    if session is None:
        return
    evaluations = evaluations_for(session, doc)
    if not evaluations.projects:
        return
    for p, pdict in zip(doc.projects, exported["projects"], strict=True):
        if p.is_self_evaluation:
            continue
        found = evaluations.project(p.name)
        if found is None:
            continue
        ev_doc, ev_project = found
        pdict["self_evaluation"] = {"source": ev_doc.source, "project_seq": ev_project.seq}
        rows = _indicator_index(ev_project.indicators)
        for idict in pdict["indicators"]:
            ev = _match(rows, idict)
            if ev is not None:
                _fill(idict, ev, ev_doc, ev_project)


Key = tuple[str, str, str]


def _indicator_index(indicators: list[Indicator]) -> dict[Key, Indicator]:
    index: dict[Key, Indicator] = {}
    for i in indicators:
        level3 = name_key(i.level3 or i.description)
        index.setdefault((i.level1_canonical or "", name_key(i.level2), level3), i)
        index.setdefault((i.level1_canonical or "", "*", level3), i)
    return index


def _match(index: dict[Key, Indicator], idict: dict[str, Any]) -> Indicator | None:
    level1 = idict.get("level1_canonical") or ""
    level3 = name_key(idict.get("level3") or idict.get("description"))
    if not level3:
        return None
    return index.get((level1, name_key(idict.get("level2")), level3)) or index.get(
        (level1, "*", level3)
    )


def _fill(idict: dict[str, Any], ev: Indicator, ev_doc: Document, ev_project: Project) -> None:
    if idict.get("actual_raw") is None:
        idict["actual_raw"] = ev.actual_raw
        idict["actual"] = ev.actual
    if idict.get("score") is None:
        idict["score"] = ev.score
    if idict.get("weight") is None:
        idict["weight"] = ev.weight
    if ev.deviation and not idict.get("deviation"):
        idict["deviation"] = ev.deviation
    idict["evaluation"] = {
        "source": ev_doc.source,
        "project_seq": ev_project.seq,
        "indicator_seq": ev.seq,
        "value_raw": ev.value_raw,
    }
