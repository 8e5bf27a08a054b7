"""Submissions: the seed received as .docx, .doc, .txt and stamped .pdf is one submission
with one primary document (the .docx); the export lists the four, and every view, total,
report and saved query counts the submission once, whatever the order the files were
stored in and after supersessions, removals and restores, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from jixiao.errors import OptionError
from jixiao.store.analysis.summary import summarize
from jixiao.store.db.engine import open_engine
from jixiao.store.db.submissions import (
    FORMAT_TIERS,
    format_rank,
    parse_tiers,
    submission_key,
    tiers_text,
)
from jixiao.store.exports.exporting import export_dicts
from jixiao.store.exports.report import render_report
from jixiao.store.exports.serving import QUERIES
from tests.helpers import SAMPLES, SEED, database, ingest_into, jixiao, seed_text

DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
PDF = SAMPLES / "seed" / "老庄子镇_2021.pdf"
DOC = SAMPLES / "legacy" / "老庄子镇_2021.doc"
COPIES = [PDF, SEED, DOC, DOCX]  # stored in this order: the richest format comes last
SEED_BUDGET = 15_554_700


def figures(engine: Engine) -> dict[str, Any]:
    """What every total reads: the views' rows and sums."""
    with engine.connect() as c:
        def one(sql: str) -> Any:
            return c.execute(text(sql)).scalar()
        return {
            "projects": one("SELECT COUNT(*) FROM v_projects"),
            "budget": one("SELECT SUM(budget_total_yuan) FROM v_projects"),
            "funding": one("SELECT SUM(amount_yuan) FROM v_funding"),
            "indicators": one("SELECT COUNT(*) FROM v_indicators"),
            "zh_projects": one("SELECT COUNT(*) FROM 项目"),
            "zh_indicators": one("SELECT COUNT(*) FROM 指标"),
        }


def documents(engine: Engine) -> list[tuple[str, str, bool]]:
    """(file, submission, primary) of each current document, from the export."""
    return sorted((d["source"], d["submission"], d["primary"]) for d in export_dicts(engine))


def primary_of(engine: Engine) -> list[str]:
    return [source for source, _sub, primary in documents(engine) if primary]


@pytest.fixture(scope="module")
def seed_alone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path_factory.mktemp('alone') / 'jixiao.db'}"
    ingest_into(url, [DOCX])
    engine = open_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def four_copies(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The seed as .pdf, .txt, .doc and .docx, stored in that order, on each engine."""
    with database(request.param, tmp_path_factory.mktemp("copies")) as url:
        for path in COPIES:
            ingest_into(url, [path])
        engine = open_engine(url)
        yield engine
        engine.dispose()


def test_the_four_formats_are_one_submission_with_the_docx_primary(four_copies: Engine) -> None:
    docs = documents(four_copies)
    assert [d[0] for d in docs] == sorted(p.name for p in COPIES)  # every document listed
    assert len({sub for _source, sub, _primary in docs}) == 1
    assert primary_of(four_copies) == [DOCX.name]
    for d in export_dicts(four_copies):  # each with its own projects, as before
        assert len(d["projects"]) == 12


def test_views_and_totals_count_the_submission_once(
    four_copies: Engine, seed_alone: Engine
) -> None:
    assert figures(four_copies) == figures(seed_alone)
    assert figures(four_copies)["projects"] == 12
    assert figures(four_copies)["budget"] == SEED_BUDGET
    with four_copies.connect() as c:
        listed = c.execute(text('SELECT source, submission, "primary" FROM v_documents')).all()
        zh = c.execute(text('SELECT 文件, 申报, 主文件 FROM 文件')).all()
    assert len(listed) == len(zh) == 4  # v_documents keeps the copies, saying which is which
    assert sorted(r[0] for r in listed if r[2]) == [DOCX.name]


def test_summary_and_report_count_the_submission_once(
    four_copies: Engine, seed_alone: Engine
) -> None:
    with Session(four_copies) as s:
        [many] = summarize(s)
    with Session(seed_alone) as s:
        [one] = summarize(s)
    assert (many.documents, many.submissions) == (4, 1)
    assert (many.projects, many.budget_yuan, many.indicators) == (12, SEED_BUDGET, 72)
    assert (many.funding, many.by_category, many.by_kind) == (one.funding, one.by_category,
                                                               one.by_kind)
    assert {k: v for k, v in many.findings.items() if k != "info"} == {
        k: v for k, v in one.findings.items() if k != "info"}
    assert many.findings["info"] == one.findings["info"] + 1  # the copies, said once
    page = render_report(many, [])
    assert "申报<b>1</b>" in page and "文件<b>4</b>" in page and "项目<b>12</b>" in page


def test_datasettes_saved_queries_count_the_submission_once(
    four_copies: Engine, seed_alone: Engine
) -> None:
    def answers(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
        with engine.connect() as c:
            return {name: [tuple(r) for r in c.execute(text(sql), {"word": "满意"})]
                    for name, (_title, sql) in QUERIES.items()}

    if four_copies.dialect.name != "sqlite":
        pytest.skip("Datasette serves SQLite only")
    assert answers(four_copies) == answers(seed_alone)


def test_check_reports_the_copies_once(four_copies: Engine) -> None:
    url = four_copies.url.render_as_string(hide_password=False)
    r = jixiao("check", "--db", url, "--json")
    assert r.exit_code == 0, r.output
    findings = json.loads(r.stdout)["findings"]
    [copies] = [f for f in findings if f["code"] == "submission_copies"]
    assert copies["source"] == DOCX.name
    for other in (PDF, SEED, DOC):
        assert f"《{other.name}》" in copies["message"]
    assert "duplicate_project" not in {f["code"] for f in findings}
    assert {f["source"] for f in findings} == {DOCX.name}  # the copies are checked once
    assert len(findings) == 7


@pytest.mark.parametrize("order", [COPIES, list(reversed(COPIES)), [SEED, DOCX, PDF, DOC]],
                         ids=["docx-last", "docx-first", "mixed"])
def test_the_primary_does_not_depend_on_the_order_stored(
    order: list[Path], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'jixiao.db'}"
    for path in order:
        ingest_into(url, [path])
    engine = open_engine(url)
    assert primary_of(engine) == [DOCX.name]
    engine.dispose()


def test_the_primary_follows_removals_restores_and_new_versions(
    tmp_path: Path, db_url: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in COPIES:
        shutil.copy(path, folder / path.name)
    ingest_into(db_url, [folder])
    engine = open_engine(db_url)
    try:
        assert primary_of(engine) == [DOCX.name]
        assert jixiao("remove", DOCX.name, "--db", db_url).exit_code == 0
        assert primary_of(engine) == [DOC.name]  # the old Word format next
        assert jixiao("remove", DOC.name, "--db", db_url).exit_code == 0
        assert primary_of(engine) == [SEED.name]  # then text, then PDF
        assert figures(engine)["budget"] == SEED_BUDGET
        assert jixiao("restore", DOCX.name, "--db", db_url).exit_code == 0
        assert primary_of(engine) == [DOCX.name]

        # a new version of the .txt with another amount: another submission, its own primary
        changed = folder / SEED.name
        changed.write_text(seed_text().replace("393.97万元", "393.98万元"), encoding="utf-8")
        ingest_into(db_url, [changed])
        docs = documents(engine)
        assert len({sub for _s, sub, _p in docs}) == 2
        assert primary_of(engine) == [DOCX.name, SEED.name]
        assert figures(engine)["projects"] == 24
        assert figures(engine)["budget"] == 2 * SEED_BUDGET + 100

        ingest_into(db_url, [folder])  # everything again: nothing changes
        assert documents(engine) == docs
    finally:
        engine.dispose()


def test_history_versions_are_never_primary(tmp_path: Path, db_url: str) -> None:
    ingest_into(db_url, [SEED])
    changed = tmp_path / SEED.name
    changed.write_text(seed_text().replace("\t37亩", "\t38亩"), encoding="utf-8")
    ingest_into(db_url, [changed])
    engine = open_engine(db_url)
    everything = export_dicts(engine, history=True)
    engine.dispose()
    assert sorted((d["status"], d["primary"]) for d in everything) == [
        ("current", True), ("superseded", False)]
    # same projects and amounts: the two versions have the same submission key
    assert len({d["submission"] for d in everything}) == 1


def test_the_key_is_names_and_amounts_in_any_order_and_form() -> None:
    a = submission_key("老庄子镇", 2021, [("排水沟（债务化解资金）", 3939700.0), ("护路", 1.0)],
                       sha256="a")
    b = submission_key("老庄子镇", 2021, [("护路", 1.000000001), ("排水沟 (债务化解资金)",
                                                                  3939700.0)], sha256="b")
    assert a == b
    assert a != submission_key("老庄子镇", 2022, [("护路", 1.0), ("排水沟", 3939700.0)],
                               sha256="a")
    assert a != submission_key("老庄子镇", 2021, [("护路", 2.0), ("排水沟（债务化解资金）",
                                                                  3939700.0)], sha256="a")
    # no projects: a submission of its own
    assert submission_key("x", 2021, [], sha256="a") != submission_key("x", 2021, [], sha256="b")


def test_format_tiers() -> None:
    ranks = [format_rank(f) for f in ("docx", "xlsx", "doc", "txt", "pdf", "ofd", "image",
                                      "jpg")]
    # an .ofd is a print, as a PDF; a scan read by OCR comes after it
    assert ranks == [0, 0, 1, 2, 3, 3, 4, len(FORMAT_TIERS)]


# --- another order of formats ---------------------------------------------------------------


@pytest.mark.parametrize(("written", "tiers"), [
    ("pdf,docx/xlsx",
     "pdf,docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,ofd,image"),
    ("pdf", "pdf,docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,ofd,image"),
    ("PDF, .docx", "pdf,docx,xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,ofd,image"),
    ("txt,pdf/ofd", "txt,pdf/ofd,docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,csv,image"),
    ("docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,pdf/ofd",
     "docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,pdf/ofd,image"),
    # a format of its own, first
    ("jpg,docx", "jpg,docx,xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,pdf/ofd,image"),
])
def test_an_order_of_formats_as_written(written: str, tiers: str) -> None:
    assert tiers_text(parse_tiers(written)) == tiers


@pytest.mark.parametrize(("written", "why"), [
    ("", "no format is named"), ("pdf,pdf", "pdf is named twice"),
    ("pdf;docx", "pdf;docx is not a format"),
])
def test_an_order_of_formats_that_cannot_be_used(written: str, why: str) -> None:
    with pytest.raises(OptionError, match=why):
        parse_tiers(written)


def test_the_primary_follows_the_stored_order_of_formats(db_url: str) -> None:
    """`jixiao config primary-formats pdf`: the stamped PDF is the primary, for the export,
    the views and the totals; --reset brings the .docx back."""
    ingest_into(db_url, [DOCX, PDF, SEED])
    engine = open_engine(db_url)
    try:
        assert primary_of(engine) == ["老庄子镇_2021.docx"]
        r = jixiao("config", "primary-formats", "pdf", "--db", db_url)
        assert r.exit_code == 0, r.stderr
        assert r.stdout == ("primary-formats = pdf,docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/"
                            "xlsxml/html,txt/csv,ofd,image (the views and totals now count "
                            "this order)\n")
        assert primary_of(engine) == ["老庄子镇_2021.pdf"]
        with engine.connect() as c:
            assert c.execute(text('SELECT source FROM v_documents WHERE "primary"')).scalars()\
                .all() == ["老庄子镇_2021.pdf"]
            assert c.execute(text("SELECT DISTINCT source FROM v_projects")).scalars().all() \
                == ["老庄子镇_2021.pdf"]
        assert figures(engine)["budget"] == SEED_BUDGET  # still counted once
        shown = jixiao("config", "--json", "--db", db_url)
        assert json.loads(shown.stdout) == {
            "primary-formats":
                "pdf,docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,ofd,image"}
        jixiao("documents", "--db", db_url)  # a later command keeps the views as they are
        assert primary_of(engine) == ["老庄子镇_2021.pdf"]
        assert jixiao("config", "primary-formats", "--reset", "--db", db_url).exit_code == 0
        assert primary_of(engine) == ["老庄子镇_2021.docx"]
        assert jixiao("config", "primary-formats", "--db", db_url).stdout == (
            "primary-formats = "
            "docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,pdf/ofd,image\n")
    finally:
        engine.dispose()


@pytest.mark.parametrize(("args", "message"), [
    (["colour"], "no setting 'colour'; the settings: primary-formats"),
    (["primary-formats", "pdf,pdf"], "cannot read the order of formats 'pdf,pdf'"),
    (["primary-formats", "pdf", "--reset"], "give a value or --reset, not both"),
])
def test_config_usage_errors(args: list[str], message: str, seed_alone: Engine) -> None:
    r = jixiao("config", *args, "--db", seed_alone.url.render_as_string(hide_password=False))
    assert r.exit_code == 2
    assert r.stderr.startswith(f"jixiao: {message}")
