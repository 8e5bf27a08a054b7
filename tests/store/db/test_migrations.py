"""Schema migrations: a database made by an earlier version upgrades in
place on the next command, with nothing lost; the models and the migrations agree."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import DateTime, Engine, bindparam, create_engine, inspect, select, text

from jixiao.store.db import schema
from jixiao.store.db.engine import open_engine
from jixiao.store.db.migrations import HEAD
from jixiao.store.db.models import FileOutcome
from jixiao.store.exports.exporting import export_dicts

STAMP = datetime(2024, 3, 1, 8, 30)
# as a DateTime, stored as the models store one (sqlite3's own datetime adapter is
# deprecated from Python 3.12)
_AT = bindparam("t", type_=DateTime())


def _at_first_revision(url: str) -> Engine:
    """A database as the first release left it: the 0001 tables, a run, a document."""
    engine = create_engine(url)
    schema.upgrade(engine, schema.FIRST_REVISION)
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO runs (id, started_at, finished_at, command, host, \"user\", seen,"
            " ingested, unchanged, failed, status) VALUES (1, :t, :t, 'jixiao ingest in',"
            " 'old-host', 'clerk', 2, 1, 0, 1, 'done')").bindparams(_AT), {"t": STAMP})
        c.execute(text(
            "INSERT INTO documents (id, source, sha256, format, unit_name, year, status,"
            " doc_key, ingested_at, run_id, warnings) VALUES (1, '老庄子镇_2021.txt', :sha,"
            " 'txt', '老庄子镇', 2021, 'current', '老庄子镇|2021|老庄子镇_2021.txt', :t, 1,"
            " '[]')").bindparams(_AT), {"sha": "a" * 64, "t": STAMP})
        c.execute(text(
            "INSERT INTO projects (id, document_id, seq, name, kind, is_self_evaluation,"
            " budget_total_yuan, goals, fields) VALUES (1, 1, 1, '征地拆迁补偿款', '项目',"
            " false, 5612000, '[\"完成征收\"]', '{}')"))
        c.execute(text(
            "INSERT INTO indicators (id, project_id, seq, level1, level2, level3, value_raw,"
            " kind, op, number, unit, base_number, base_unit, extra) VALUES (1, 1, 1,"
            " '产出指标', '数量指标', '完成征收土地补偿亩数', '37亩', 'quantity', '=', 37,"
            " '亩', 24666.666667, 'm2', '{}')"))
        c.execute(text(
            "INSERT INTO run_files (run_id, file, sha256, outcome, reason, document_id,"
            " seconds) VALUES (1, 'in/老庄子镇_2021.txt', :sha, 'ingested', NULL, 1, 0.5),"
            " (1, 'in/empty.txt', NULL, 'failed', 'the file is empty', NULL, 0.0)"),
            {"sha": "a" * 64})
    return engine


def test_upgrade_from_the_first_revision_keeps_everything(db_url: str) -> None:
    _at_first_revision(db_url).dispose()
    engine = open_engine(db_url)  # any command upgrades on open
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        runs = c.execute(text("SELECT id, command, host, seen, pid FROM runs")).all()
        files = c.execute(select(FileOutcome.file, FileOutcome.path, FileOutcome.outcome,
                                 FileOutcome.reason, FileOutcome.at).order_by(FileOutcome.id)).all()
        v = c.execute(text("SELECT unit_name, project, value_raw, number, base_unit "
                           "FROM v_indicators")).all()
    assert [tuple(r) for r in runs] == [(1, "jixiao ingest in", "old-host", 2, None)]
    assert [tuple(f) for f in files] == [
        ("in/老庄子镇_2021.txt", "in/老庄子镇_2021.txt", "ingested", None, STAMP),
        ("in/empty.txt", "in/empty.txt", "failed", "the file is empty", STAMP)]
    assert [tuple(r) for r in v] == [("老庄子镇", "征地拆迁补偿款", "37亩", 37, "m2")]
    [doc] = export_dicts(engine)
    assert (doc["source"], doc["unit_name"], doc["year"]) == ("老庄子镇_2021.txt", "老庄子镇", 2021)
    assert doc["projects"][0]["budget_total_yuan"] == 5612000
    assert doc["projects"][0]["indicators"][0]["value"]["base_number"] == pytest.approx(24666.67)
    engine.dispose()


def test_database_made_before_alembic_is_stamped_and_upgraded(db_url: str) -> None:
    """The first release had no version table: its tables are those of revision 0001."""
    engine = _at_first_revision(db_url)
    with engine.begin() as c:
        c.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    engine = open_engine(db_url)
    cols = {c["name"] for c in inspect(engine).get_columns("run_files")}
    assert {"path", "format", "at"} <= cols
    assert len(export_dicts(engine)) == 1
    engine.dispose()


def test_upgrade_from_0002_adds_the_level1_weight_column(db_url: str) -> None:
    """Revision 0003: indicators stored before it get `level1_weight`, NULL."""
    engine = _at_first_revision(db_url)
    schema.upgrade(engine, "0002")
    assert "level1_weight" not in {c["name"] for c in inspect(engine).get_columns("indicators")}
    engine.dispose()
    engine = open_engine(db_url)
    assert "level1_weight" in {c["name"] for c in inspect(engine).get_columns("indicators")}
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        v = c.execute(text("SELECT level1, level1_weight FROM v_indicators")).all()
    assert [tuple(r) for r in v] == [("产出指标", None)]
    [doc] = export_dicts(engine)
    assert doc["projects"][0]["indicators"][0]["level1_weight"] is None
    engine.dispose()


def test_upgrade_from_0003_gives_every_document_its_submission(db_url: str) -> None:
    """Revision 0004: documents stored before it get their submission key from their
    stored projects (a copy under another name shares it) and no file time (unknown)."""
    engine = _at_first_revision(db_url)
    schema.upgrade(engine, "0003")
    with engine.begin() as c:  # a stamped copy of the document, stored later
        c.execute(text(
            "INSERT INTO documents (id, source, sha256, format, unit_name, year, status,"
            " doc_key, ingested_at, run_id, warnings) VALUES (2, '老庄子镇_2021.pdf', :sha,"
            " 'pdf', '老庄子镇', 2021, 'current', '老庄子镇|2021|老庄子镇_2021.pdf', :t, 1,"
            " '[]')").bindparams(_AT), {"sha": "b" * 64, "t": STAMP})
        c.execute(text(
            "INSERT INTO projects (id, document_id, seq, name, kind, is_self_evaluation,"
            " budget_total_yuan, goals, fields) VALUES (2, 2, 1, '征地拆迁补偿款 ', '项目',"
            " false, 5612000, '[]', '{}')"))
    engine.dispose()
    engine = open_engine(db_url)
    with engine.connect() as c:
        rows = c.execute(text('SELECT source, submission, "primary", file_time FROM v_documents'
                              " ORDER BY source")).all()
        projects = c.execute(text("SELECT source FROM v_projects")).all()
    engine.dispose()
    (pdf, pdf_key, pdf_primary, pdf_time), (txt, txt_key, txt_primary, txt_time) = rows
    assert (pdf, txt) == ("老庄子镇_2021.pdf", "老庄子镇_2021.txt")
    assert pdf_key == txt_key and len(txt_key) == 16
    assert (bool(pdf_primary), bool(txt_primary)) == (False, True)  # text over PDF
    assert (pdf_time, txt_time) == (None, None)
    assert [tuple(r) for r in projects] == [("老庄子镇_2021.txt",)]


def test_models_and_migrations_agree(db_url: str) -> None:
    """Whoever adds a column to store/db/models.py must add a migration (`alembic revision
    --autogenerate`, see store/db/migrations): this test says what is missing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from jixiao.store.db.models import Base

    engine = open_engine(db_url)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    engine.dispose()
    assert diff == []


def test_head_constant_names_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_views_recreated_when_their_definition_changes(sqlite_url: str) -> None:
    engine = open_engine(sqlite_url)
    with engine.begin() as c:
        c.execute(text("DROP VIEW v_indicators"))
        c.execute(text("UPDATE jixiao_meta SET value = 'old' WHERE key = 'views_hash'"))
    engine.dispose()
    engine = open_engine(sqlite_url)
    assert "v_indicators" in inspect(engine).get_view_names()
    engine.dispose()


def test_opening_a_current_database_runs_no_migration(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_engine(sqlite_url).dispose()

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("upgrade() called on a database already at head")

    monkeypatch.setattr(schema, "upgrade", refuse)
    open_engine(sqlite_url).dispose()


def test_a_database_upgraded_by_a_newer_jixiao_is_refused(sqlite_url: str) -> None:
    from jixiao.errors import StoreError

    engine = open_engine(sqlite_url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(StoreError, match="revision 0099, which this jixiao does not know"):
        open_engine(sqlite_url)
