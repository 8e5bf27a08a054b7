"""The analyst views and `jixiao query`, read-only on both engines;
`jixiao summary`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from jixiao.errors import ReadOnlyViolation, StoreError
from jixiao.store.db.engine import open_engine
from jixiao.store.db.views import single_statement
from tests.helpers import jixiao

INDICATOR_COLUMNS = {
    "unit_name", "year", "project", "level1", "level2", "level3", "description", "value_raw",
    "kind", "op", "number", "number_max", "unit", "base_number", "base_number_max",
    "base_unit", "date", "bool", "label",
}


def rows(url: str, sql: str) -> list[dict[str, object]]:
    engine = open_engine(url)
    with engine.connect() as c:
        out = [dict(r._mapping) for r in c.execute(text(sql))]
    engine.dispose()
    return out


def test_indicator_view_has_the_typed_value_in_columns(seeded_url: str) -> None:
    got = rows(seeded_url, "SELECT * FROM v_indicators ORDER BY project_seq, seq")
    assert len(got) == 72
    assert set(got[0]) >= INDICATOR_COLUMNS
    first = got[0]
    assert (first["unit_name"], first["year"]) == ("老庄子镇", 2021)
    assert first["project"] == "征地拆迁补偿款"
    assert (first["level3"], first["value_raw"], first["kind"]) == ("完成征收土地补偿亩数", "37亩",
                                                                    "quantity")
    assert (first["number"], first["unit"], first["base_unit"]) == (37, "亩", "m2")
    deadline = next(r for r in got if r["project_seq"] == 12 and r["kind"] == "date")
    assert deadline["date"] == "2021-05-31"


def test_project_view_shows_funding_and_plan(seeded_url: str) -> None:
    got = rows(seeded_url, "SELECT * FROM v_projects ORDER BY seq")
    assert len(got) == 12
    p12 = got[11]
    assert (p12["budget_total_yuan"], p12["funding_total_yuan"]) == (3_939_700, 399_700)
    assert p12["funding_sources"] == "财政资金"
    assert [got[0][f"spend_q{q}"] for q in range(1, 5)] == [30, 50, 75, 100]
    assert all(r["satisfaction_indicators"] == 1 for r in got)


def test_chinese_views_carry_chinese_columns(seeded_url: str) -> None:
    got = rows(seeded_url, 'SELECT "单位", "一级指标", "值类型" FROM "指标"')
    assert len(got) == 72
    assert {r["值类型"] for r in got} >= {"数量", "百分比", "日期", "金额", "是否", "定性"}
    assert rows(seeded_url, 'SELECT COUNT(*) AS n FROM "项目"')[0]["n"] == 12


def test_query_prints_a_table(seeded_url: str) -> None:
    r = jixiao("query", "SELECT name, budget_total_yuan FROM v_projects "
               "WHERE funding_total_yuan <> budget_total_yuan", "--db", seeded_url)
    assert r.exit_code == 0, r.stderr
    assert "老庄子镇集贸市场附近修建排水沟" in r.stdout
    assert "3939700" in r.stdout
    assert "(1 row)" in r.stderr


def test_query_json_and_csv(seeded_url: str) -> None:
    sql = "SELECT level1, COUNT(*) AS n FROM v_indicators GROUP BY level1 ORDER BY level1"
    r = jixiao("query", sql, "--db", seeded_url, "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert {d["level1"]: d["n"] for d in json.loads(r.stdout)} == {
        "产出指标": 48, "效果指标": 12, "满意度指标": 12}
    r = jixiao("query", sql, "--db", seeded_url, "--format", "csv")
    assert r.stdout.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert table[0] == ["level1", "n"]
    assert ["满意度指标", "12"] in table


def test_query_xlsx_needs_a_file_and_writes_one(seeded_url: str, tmp_path: Path) -> None:
    assert jixiao("query", "SELECT 1", "--db", seeded_url, "--format", "xlsx").exit_code == 2
    out = tmp_path / "q.xlsx"
    r = jixiao("query", "SELECT * FROM 项目", "--db", seeded_url, "--format", "xlsx",
               "-o", str(out))
    assert r.exit_code == 0, r.stderr
    ws = load_workbook(out).active
    assert ws is not None
    assert ws["A1"].value == "项目编号"
    assert ws.max_row == 13
    assert ws.freeze_panes == "A2"


WRITES = [
    "DELETE FROM indicators",
    "UPDATE projects SET budget_total_yuan = 0",
    "INSERT INTO findings (document_id, code, severity, message) VALUES (1, 'x', 'info', 'x')",
    "DROP VIEW v_indicators",
    "CREATE TABLE scratch (x INTEGER)",
]


@pytest.mark.parametrize("sql", WRITES)
def test_query_refuses_a_write(seeded_url: str, sql: str) -> None:
    r = jixiao("query", sql, "--db", seeded_url)
    assert r.exit_code == 1
    assert "refused" in r.stderr
    assert rows(seeded_url, "SELECT COUNT(*) AS n FROM v_indicators")[0]["n"] == 72
    assert rows(seeded_url, "SELECT MIN(budget_total_yuan) AS m FROM projects")[0]["m"] > 0


@pytest.mark.parametrize("sql", [
    "SELECT 1; DELETE FROM indicators",
    "SELECT 1; COMMIT; DELETE FROM indicators",
    "select ';'; delete from indicators",
])
def test_query_refuses_a_second_statement(seeded_url: str, sql: str) -> None:
    r = jixiao("query", sql, "--db", seeded_url)
    assert r.exit_code == 1
    assert "one SQL statement" in r.stderr
    assert rows(seeded_url, "SELECT COUNT(*) AS n FROM v_indicators")[0]["n"] == 72


def test_query_refuses_a_write_hidden_in_a_cte_on_postgresql(seeded_url: str) -> None:
    if not seeded_url.startswith("postgresql"):
        pytest.skip("data-modifying WITH is PostgreSQL's")
    r = jixiao("query", "WITH d AS (DELETE FROM indicators RETURNING 1) SELECT COUNT(*) FROM d",
               "--db", seeded_url)
    assert r.exit_code == 1
    assert "refused" in r.stderr
    assert rows(seeded_url, "SELECT COUNT(*) AS n FROM indicators")[0]["n"] == 72


def test_a_failing_query_says_why(seeded_url: str) -> None:
    r = jixiao("query", "SELECT nonexistent FROM v_projects", "--db", seeded_url)
    assert r.exit_code == 1
    assert r.stderr.startswith("jixiao: the query failed:")
    assert "nonexistent" in r.stderr


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT 1", "SELECT 1"),
    ("SELECT 1;", "SELECT 1"),
    ("SELECT 1;  ;\n", "SELECT 1"),
    ("SELECT 1; -- a comment", "SELECT 1"),
    ("SELECT 1; /* a comment */", "SELECT 1"),
    ("SELECT ';' AS x", "SELECT ';' AS x"),
    ("SELECT 'it''s;' AS x;", "SELECT 'it''s;' AS x"),
    ('SELECT 1 AS "a;b"', 'SELECT 1 AS "a;b"'),
    ("SELECT $$;$$", "SELECT $$;$$"),
    ("SELECT $t$ ; $t$", "SELECT $t$ ; $t$"),
    ("SELECT 1 -- ; DELETE\n", "SELECT 1 -- ; DELETE"),
])
def test_single_statement_accepts(sql: str, expected: str) -> None:
    assert single_statement(sql) == expected


@pytest.mark.parametrize("sql", [
    "SELECT 1; SELECT 2",
    "SELECT 1;DELETE FROM x",
    "SELECT '' ; DROP TABLE x",
    "SELECT $$a$$; DROP TABLE x",
    "SELECT 1 /* ; */; VACUUM",
])
def test_single_statement_refuses(sql: str) -> None:
    with pytest.raises(ReadOnlyViolation):
        single_statement(sql)


def test_empty_query_is_an_error() -> None:
    with pytest.raises(StoreError, match="empty"):
        single_statement("  ; ")


# --- summary ---------------------------------------------------------------------------------


def test_summary_per_unit_and_year(seeded_url: str) -> None:
    r = jixiao("summary", "--db", seeded_url, "--json")
    assert r.exit_code == 0, r.stderr
    [s] = json.loads(r.stdout)
    assert (s["unit_name"], s["year"], s["documents"], s["projects"]) == ("老庄子镇", 2021, 1, 12)
    assert s["budget_yuan"] == pytest.approx(15_554_700)
    assert s["funding"] == pytest.approx({"政府性基金": 5_612_000, "财政资金": 6_402_700})
    assert s["by_category"] == {"产出指标": 48, "效益指标": 12, "满意度指标": 12}
    assert sum(s["by_kind"].values()) == 72
    assert s["by_kind"]["日期"] == 12
    assert s["findings"]["error"] == 1


def test_summary_text_and_filters(seeded_url: str) -> None:
    r = jixiao("summary", "--db", seeded_url)
    assert "老庄子镇 2021" in r.stdout
    assert "政府性基金 561.20万元" in r.stdout
    assert "错误 1" in r.stdout
    r = jixiao("summary", "--db", seeded_url, "--year", "2020", "--json")
    assert json.loads(r.stdout) == []


# --- amounts as analysts read them ------------------------------------------------------------

AMOUNTS = {  # view → its amount columns in 元
    "v_documents": ["budget_total_yuan"],
    "v_projects": ["budget_total_yuan", "funding_total_yuan"],
    "v_funding": ["amount_yuan"],
    "v_indicators": ["project_budget_yuan"],
}


@pytest.mark.parametrize("view", AMOUNTS)
def test_a_whole_amount_reads_as_an_integer(seeded_url: str, view: str) -> None:
    """Datasette shows SQLite's values as they are: 17052600, not 17052600.0.  PostgreSQL
    keeps one type a column (float); its values are the same."""
    sqlite = seeded_url.startswith("sqlite")
    for r in rows(seeded_url, f"SELECT * FROM {view}"):
        for column in AMOUNTS[view]:
            v = r[column]
            assert v is None or float(v).is_integer(), (column, v)  # the seed's are whole
            assert v is None or isinstance(v, int) or not sqlite, (column, v)


def test_an_amount_with_fen_keeps_them_and_the_contract_columns_stay(tmp_path: Path) -> None:
    from tests.helpers import SAMPLES, ingest_into

    url = f"sqlite:///{tmp_path / 'j.db'}"
    real = SAMPLES / "real" / "临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表).xlsx"
    ingest_into(url, [real])
    [p] = rows(url, "SELECT budget_total_yuan, funding_total_yuan FROM v_projects")
    assert p == {"budget_total_yuan": 387664.62, "funding_total_yuan": 387664.62}
    [zh] = rows(url, 'SELECT "预算数(元)" AS budget FROM "项目"')
    assert zh["budget"] == 387664.62
    # docs/contract.md, "Submissions": the columns keep their names
    assert rows(url, "SELECT value_raw FROM v_indicators LIMIT 1")[0]["value_raw"]


def test_saved_queries_show_whole_sums_as_integers(seeded_url: str) -> None:
    from jixiao.store.exports.serving import QUERIES

    if not seeded_url.startswith("sqlite"):
        pytest.skip("Datasette serves SQLite only")
    for name in ("measurable_budget", "budget_by_source", "funding_mismatch"):
        got = rows(seeded_url, QUERIES[name][1])
        amounts = [v for r in got for k, v in r.items() if "元" in k]
        assert amounts and all(isinstance(v, int) for v in amounts), (name, amounts)
    [mismatch] = rows(seeded_url, QUERIES["funding_mismatch"][1])
    assert mismatch["差额(元)"] == 3_540_000
