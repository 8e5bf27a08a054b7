"""An analyst's corrections on both engines: applied to the stored row (views, export and
totals see them) with the value as read kept beside; undone; applied again when the same
content is stored again; carried to a resubmission only where its cell reads the same."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from jixiao.errors import OptionError, SelectionError
from jixiao.ingest.amend import correction_columns
from jixiao.ingest.pipeline import Options, ingest
from jixiao.ingest.runlog import writing
from jixiao.store.db import corrections
from jixiao.store.db.engine import open_engine
from jixiao.store.db.models import Correction, Document, Indicator, Project
from jixiao.store.db.submissions import submission_key
from jixiao.store.exports.exporting import export_dicts
from tests.helpers import SCHEMA, SEED, seed_text

NAME = "老庄子镇_2021.txt"
BUDGET = 5612000  # project 1, 征地拆迁补偿款, as read
ACRES = "37亩"  # its first indicator, 完成征收土地补偿亩数, as read


@dataclass
class Store:
    engine: Engine
    file: Path

    def ingest(self, text: str | None = None, *, mtime: int | None = None) -> None:
        if text is not None:
            self.file.write_text(text, encoding="utf-8")
        if mtime is not None:
            os.utime(self.file, (mtime, mtime))
        summary = ingest(self.engine, [self.file], Options(jobs=1))
        assert [f.outcome for f in summary.files] != ["failed"], summary.files

    def correct(self, kind: str, row_id: int, field: str, value: str,
                reason: str = "读错了", author: str = "analyst") -> int:
        with writing(self.engine) as s:
            t = corrections.target_of(s, kind, row_id)
            typed, columns = correction_columns(t, field, value)
            return corrections.correct(s, t, field, typed, reason, author, columns=columns).id

    def undo(self, correction_id: int) -> None:
        with writing(self.engine) as s:
            corrections.undo(s, correction_id, "reviewer")

    def one(self, sql: str) -> Any:
        with self.engine.connect() as c:
            return c.execute(text(sql)).one()

    def current(self) -> Document:
        with Session(self.engine) as s:
            doc = s.scalars(select(Document).where(Document.status == "current")).one()
            s.expunge(doc)
            return doc

    def project(self, seq: int = 1) -> int:
        with Session(self.engine) as s:
            return s.scalars(select(Project.id).join(Document).where(
                Document.status == "current", Project.seq == seq)).one()

    def indicator(self, project_seq: int = 1, seq: int = 1) -> int:
        with Session(self.engine) as s:
            return s.scalars(select(Indicator.id).join(Project).join(Document).where(
                Document.status == "current", Project.seq == project_seq,
                Indicator.seq == seq)).one()

    def listed(self, everything: bool = True) -> list[Correction]:
        with Session(self.engine) as s:
            found = corrections.list_corrections(s, everything=everything)
            s.expunge_all()
            return found


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    """The seed submission, one file, stored on each engine."""
    (tmp_path / "in").mkdir()
    file = tmp_path / "in" / NAME
    shutil.copy(SEED, file)
    os.utime(file, (1_600_000_000, 1_600_000_000))
    engine = open_engine(db_url)
    s = Store(engine, file)
    s.ingest()
    yield s
    engine.dispose()


# --- each target ------------------------------------------------------------------------------


def test_a_budget_correction_is_in_the_views_and_every_total(store: Store) -> None:
    before = store.one("SELECT budget_total_yuan FROM v_documents")[0]
    store.correct("project", store.project(), "budget_total_yuan", "91万")
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == 910000
    assert store.one('SELECT "预算数(元)" FROM "项目" WHERE "序号" = 1')[0] == 910000
    assert store.one("SELECT budget_total_yuan FROM v_documents")[0] == before - BUDGET + 910000
    assert store.one("SELECT project_budget_yuan FROM v_indicators WHERE project_seq = 1 "
                     "AND seq = 1")[0] == 910000


def test_an_indicator_value_is_typed_again(store: Store) -> None:
    store.correct("indicator", store.indicator(), "value_raw", "≥95%")
    row = store.one("SELECT value_raw, kind, op, number, unit, base_number FROM v_indicators "
                    "WHERE project_seq = 1 AND seq = 1")
    assert tuple(row) == ("≥95%", "percent", ">=", 95, "%", 95)


def test_a_level_correction_keeps_the_canonical_level_in_step(store: Store) -> None:
    store.correct("indicator", store.indicator(), "level1", "效益指标(30分)")
    row = store.one("SELECT level1, level1_canonical, level1_weight FROM v_indicators "
                    "WHERE project_seq = 1 AND seq = 1")
    assert tuple(row) == ("效益指标(30分)", "效益指标", 30)
    store.correct("indicator", store.indicator(), "level3", "征收土地亩数")
    assert store.one('SELECT "三级指标" FROM "指标" WHERE "项目名称" = \'征地拆迁补偿款\' '
                     'AND "指标值" = \'37亩\'')[0] == "征收土地亩数"


def test_a_document_unit_and_year_are_corrected(store: Store) -> None:
    doc = store.current()
    store.correct("document", doc.id, "unit_name", "老庄子镇人民政府")
    store.correct("document", doc.id, "year", "2022年")
    assert tuple(store.one("SELECT unit_name, year FROM v_documents")) == ("老庄子镇人民政府", 2022)
    assert store.current().doc_key == doc.doc_key  # identity stays as read


def test_the_submission_key_follows_a_correction_of_what_makes_it(store: Store) -> None:
    before = store.current().submission
    store.correct("project", store.project(), "name", "征地拆迁补偿")
    with Session(store.engine) as s:
        doc = s.scalars(select(Document)).one()
        expected = submission_key(doc.unit_name, doc.year,
                                  ((p.name, p.budget_total_yuan) for p in doc.projects),
                                  sha256=doc.sha256)
    assert doc.submission == expected != before


# --- export -----------------------------------------------------------------------------------


def test_the_export_shows_the_value_set_with_the_value_read(store: Store) -> None:
    store.correct("project", store.project(), "budget_total_yuan", "910000", reason="合计为91万")
    store.correct("indicator", store.indicator(), "value_raw", "40亩", author="张三")
    export = {"documents": export_dicts(store.engine)}
    jsonschema.validate(export, SCHEMA)
    project = export["documents"][0]["projects"][0]
    assert project["budget_total_yuan"] == 910000
    assert [(c["field"], c["value"], c["original"], c["reason"], c["author"])
            for c in project["corrections"]] == [
        ("budget_total_yuan", 910000, BUDGET, "合计为91万", "analyst")]
    indicator = project["indicators"][0]
    assert indicator["value"]["number"] == 40
    assert indicator["corrections"][0]["original"] == ACRES
    assert "corrections" not in export["documents"][0]  # only where there are some
    assert "corrections" not in project["indicators"][1]


# --- undo and the audit trail -----------------------------------------------------------------


def test_undo_brings_back_what_was_read(store: Store) -> None:
    read = store.one("SELECT * FROM v_indicators WHERE project_seq = 1 AND seq = 1")
    submission = store.current().submission
    value = store.correct("indicator", store.indicator(), "value_raw", "≥95%")
    budget = store.correct("project", store.project(), "budget_total_yuan", "91万")
    store.undo(value)
    store.undo(budget)
    assert store.one("SELECT * FROM v_indicators WHERE project_seq = 1 AND seq = 1") == read
    assert store.current().submission == submission
    trail = store.listed()
    assert [(c.status, c.undone_by) for c in trail] == [("undone", "reviewer")] * 2
    assert store.listed(everything=False) == []


def test_a_second_correction_of_a_cell_replaces_the_first(store: Store) -> None:
    first = store.correct("indicator", store.indicator(), "value_raw", "38亩")
    second = store.correct("indicator", store.indicator(), "value_raw", "39亩")
    trail = {c.id: c for c in store.listed()}
    assert (trail[first].status, trail[second].status) == ("replaced", "active")
    assert trail[second].original == ACRES  # always the value as read
    store.undo(second)
    assert store.one("SELECT value_raw, number FROM v_indicators WHERE project_seq = 1 "
                     "AND seq = 1") == (ACRES, 37)


def test_undo_twice_or_of_nothing_says_so(store: Store) -> None:
    c = store.correct("project", store.project(), "code", "X-1")
    store.undo(c)
    with pytest.raises(SelectionError, match=f"correction {c} is undone already"):
        store.undo(c)
    with pytest.raises(SelectionError, match="no correction 99; `jixiao corrections --all`"):
        store.undo(99)


# --- stored again: the same content, a resubmission -------------------------------------------


def test_a_correction_is_applied_again_when_the_same_content_is_stored_again(
    store: Store,
) -> None:
    c = store.correct("project", store.project(), "budget_total_yuan", "91万")
    store.correct("indicator", store.indicator(), "value_raw", "40亩")
    with writing(store.engine) as s:  # as a re-read does: the document goes, then comes back
        s.delete(s.scalars(select(Document)).one())
    store.ingest()
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == 910000
    assert tuple(store.one("SELECT value_raw, number FROM v_indicators WHERE project_seq = 1 "
                           "AND seq = 1")) == ("40亩", 40)
    trail = store.listed()
    assert [x.status for x in trail] == ["active", "active"]
    assert trail[0].id == c and trail[0].document_id == store.current().id
    store.undo(c)  # and it is undone in the new rows
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == BUDGET


def test_reapply_on_rows_already_corrected_changes_nothing(store: Store) -> None:
    store.correct("project", store.project(), "name", "征地拆迁补偿")
    store.correct("indicator", store.indicator(), "value_raw", "40亩")
    with writing(store.engine) as s:
        done = [(c.status, c.original)
                for c in corrections.reapply(s, s.scalars(select(Document)).one())]
    assert done == [("active", "征地拆迁补偿款"), ("active", ACRES)]
    assert store.one("SELECT name FROM v_projects WHERE seq = 1")[0] == "征地拆迁补偿"


def test_a_removed_and_restored_document_keeps_its_corrections(store: Store) -> None:
    from jixiao.ingest import runlog

    store.correct("project", store.project(), "budget_total_yuan", "91万")
    runlog.remove(store.engine, NAME)
    store.ingest()  # the same content again: left out, still removed
    runlog.restore(store.engine, NAME)
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == 910000


def test_a_resubmission_gets_the_corrections_whose_cell_reads_the_same(store: Store) -> None:
    budget = store.correct("project", store.project(), "budget_total_yuan", "91万")
    acres = store.correct("indicator", store.indicator(), "value_raw", "40亩")
    store.ingest(seed_text().replace("\t37亩", "\t45亩"), mtime=1_700_000_000)  # resubmitted
    resubmission = store.current()
    assert resubmission.sha256 != store.listed()[0].sha256
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == 910000
    assert tuple(store.one("SELECT value_raw, number FROM v_indicators WHERE project_seq = 1 "
                           "AND seq = 1")) == ("45亩", 45)  # the cell changed: not applied
    carried = {c.carried_from: c for c in store.listed() if c.document_id == resubmission.id}
    assert carried[budget].status == "active"
    assert carried[acres].status == "stale"
    assert carried[acres].note == (
        "the value_raw of project 1 征地拆迁补偿款, indicator 1 完成征收土地补偿亩数 now reads "
        "'45亩', not '37亩' as when corrected")
    assert {c.status for c in store.listed() if c.id in (budget, acres)} == {"active"}


def test_a_correction_undone_on_the_resubmission_is_not_carried_further(store: Store) -> None:
    store.correct("project", store.project(), "budget_total_yuan", "91万")
    store.ingest(seed_text() + "\n", mtime=1_700_000_000)
    carried = store.listed()[-1]
    store.undo(carried.id)
    store.ingest(seed_text() + "\n\n", mtime=1_800_000_000)
    assert store.one("SELECT budget_total_yuan FROM v_projects WHERE seq = 1")[0] == BUDGET
    assert len(store.listed()) == 2


# --- what cannot be corrected -----------------------------------------------------------------


@pytest.mark.parametrize(("kind", "field", "value", "message"), [
    ("project", "colour", "red", "a project's 'colour' cannot be corrected; the fields that "
                                 "can: name, code, purpose, budget_total_yuan, budget_text"),
    ("project", "budget_total_yuan", "很多", "cannot read '很多' as an amount: write it in 元"),
    ("document", "year", "明年", "cannot read '明年' as a year: write it as 2021"),
    ("indicator", "weight", "10-20", "cannot read '10-20' as the weight: write one number"),
])
def test_a_value_the_field_cannot_take_says_what_to_write(
    store: Store, kind: str, field: str, value: str, message: str
) -> None:
    row = {"project": store.project(), "document": store.current().id,
           "indicator": store.indicator()}[kind]
    with pytest.raises(OptionError, match=message):
        store.correct(kind, row, field, value)


def test_a_correction_needs_a_reason_and_a_target(store: Store) -> None:
    with pytest.raises(OptionError, match="needs a reason"):
        store.correct("project", store.project(), "code", "X", reason=" ")
    with pytest.raises(SelectionError, match="no project 999; `jixiao projects` shows"):
        store.correct("project", 999, "code", "X")
    assert store.listed() == []


def test_the_views_show_the_audit_trail_with_what_was_read(store: Store) -> None:
    first = store.correct("project", store.project(), "budget_total_yuan", "91万",
                          reason="合计为91万")
    store.correct("indicator", store.indicator(), "value_raw", "40亩", author="张三")
    store.undo(first)
    with store.engine.connect() as c:
        rows = c.execute(text(
            "SELECT correction_id, project_seq, project, indicator_seq, indicator, field, "
            "original, value, status, undone_by FROM v_corrections ORDER BY correction_id"
        )).all()
        zh = c.execute(text('SELECT "更正编号", "项目名称", "三级指标", "原读取值", "更正后", '
                            '"更正人", "更正状态" FROM "更正" ORDER BY "更正编号"')).all()
    rows = [(*r[:6], str(r[6]), str(r[7]), *r[8:]) for r in rows]  # PostgreSQL: JSON as text
    assert rows == [
        (first, 1, "征地拆迁补偿款", None, None, "budget_total_yuan", str(BUDGET), "910000",
         "undone", "reviewer"),
        (first + 1, 1, "征地拆迁补偿款", 1, "完成征收土地补偿亩数", "value_raw", ACRES, "40亩",
         "active", None)]
    assert [tuple(r) for r in zh][1] == (first + 1, "征地拆迁补偿款", "完成征收土地补偿亩数", ACRES,
                                         "40亩", "张三", "active")
