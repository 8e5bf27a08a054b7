"""The analysts' flat views, and read-only queries over them.

The views are one SQL text for SQLite and PostgreSQL alike, except for the few
expressions in `_DIALECT` (string aggregation, reading a JSON array).  Each `v_*` view
shows current documents only; its `*_all` variant includes history.  `v_documents` lists
every current document with its `submission` and whether it is the `primary`; the views
of projects, funding lines and indicators show primary documents only
(`PRIMARY_ONLY`), so that every sum over them counts a submission once, however many
copies of it (.docx, stamped .pdf, .txt) are stored (`jixiao.store.db.submissions`).  The views with
Chinese names (指标, 项目 …) are the same rows with Chinese column names, for analysts
who browse them in Datasette or Excel.

`read_only_query` runs one statement that cannot change the database: SQLite through a
read-only connection (`mode=ro`) with `PRAGMA query_only`, PostgreSQL inside a
`READ ONLY` transaction that is rolled back; a second statement is refused before
anything runs, so that `COMMIT; DELETE …` cannot escape the read-only transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from jixiao import fields
from jixiao.errors import ReadOnlyViolation, StoreError
from jixiao.fields import Table
from jixiao.store.db.submissions import FORMAT_TIERS, Tiers, primary_ids_sql, stored_tiers
from jixiao.vocab import categories

# Chinese names of the typed value kinds and of the finding severities (shown in views).
KIND_ZH: dict[str, str] = {
    "quantity": "数量", "money": "金额", "percent": "百分比", "date": "日期",
    "boolean": "是否", "qualitative": "定性", "text": "未识别文字", "empty": "空",
}
SEVERITY_ZH: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}

# The expressions that differ between the engines.
_DIALECT: dict[str, dict[str, str]] = {
    "sqlite": {
        "agg": "group_concat({x}, '；')",
        "json_at": "json_extract({col}, '$[{i}]')",
        # an amount that is whole as an integer (17052600, not 17052600.0), for Datasette
        "whole": "CASE WHEN {x} = CAST({x} AS INTEGER) THEN CAST({x} AS INTEGER) ELSE {x} END",
        "json_path": "json_extract({col}, '$.{a}.{b}')",
        "json_text": "json_extract({col}, '$')",
    },
    "postgresql": {
        "agg": "string_agg({x}, '；' ORDER BY s.seq)",
        "json_at": "CAST(({col} ->> {i}) AS FLOAT)",
        "whole": "{x}",  # a column has one type here; float8 prints 17052600 already
        "json_path": "({col} -> '{a}' ->> '{b}')",
        "json_text": "({col} #>> '{{}}')",
    },
}


def whole(x: str, dialect: str = "sqlite") -> str:
    """SQL showing the amount `x` as an integer when it is whole (SQLite: a column's
    values may differ in type; PostgreSQL keeps the float)."""
    return _DIALECT.get(dialect, _DIALECT["sqlite"])["whole"].format(x=x)


def _case(column: str, names: dict[str, str]) -> str:
    whens = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in names.items())
    return f"CASE {column} {whens} ELSE {column} END"


def _documents(d: dict[str, str]) -> str:
    budget = d["whole"].format(
        x="(SELECT SUM(p.budget_total_yuan) FROM projects p WHERE p.document_id = d.id)")
    return f"""
SELECT d.id AS document_id, d.source, d.format, d.unit_name, d.year, d.sha256, d.pages,
       d.status, d.ingested_at, d.file_time, d.submission,
       (d.id IN ({d["primary_ids"]})) AS "primary",
       (SELECT COUNT(*) FROM projects p WHERE p.document_id = d.id) AS projects,
       (SELECT COUNT(*) FROM indicators i JOIN projects p ON p.id = i.project_id
         WHERE p.document_id = d.id) AS indicators,
       {budget} AS budget_total_yuan,
       (SELECT COUNT(*) FROM findings x WHERE x.document_id = d.id) AS findings
FROM documents d
"""


def _projects(d: dict[str, str]) -> str:
    quarters = ",\n       ".join(
        d["json_at"].format(col="p.spend_plan", i=i) + f" AS spend_q{i + 1}" for i in range(4)
    )
    sources = d["agg"].format(x="s.source")
    budget = d["whole"].format(x="p.budget_total_yuan")
    funding = d["whole"].format(
        x="(SELECT SUM(f.amount_yuan) FROM funding f WHERE f.project_id = p.id)")
    return f"""
SELECT p.id AS project_id, d.id AS document_id, d.unit_name, d.year, d.source,
       p.seq, p.code, p.name, p.kind, p.purpose, {budget} AS budget_total_yuan,
       {funding} AS funding_total_yuan,
       (SELECT {sources} FROM (SELECT f.source, f.seq FROM funding f WHERE f.project_id = p.id
          ORDER BY f.seq) s) AS funding_sources,
       {quarters},
       (SELECT COUNT(*) FROM indicators i WHERE i.project_id = p.id) AS indicators,
       (SELECT COUNT(*) FROM indicators i WHERE i.project_id = p.id
          AND i.level1_canonical = '{categories.OUTPUT}'
          AND i.kind IN ('quantity', 'money', 'percent')) AS measurable_outputs,
       (SELECT COUNT(*) FROM indicators i WHERE i.project_id = p.id
          AND i.level1_canonical = '{categories.SATISFACTION}') AS satisfaction_indicators,
       (SELECT COUNT(*) FROM findings x WHERE x.project_id = p.id) AS findings,
       p.table_index, p.page, d.status
FROM projects p JOIN documents d ON d.id = p.document_id
"""


def _funding(d: dict[str, str]) -> str:
    return f"""
SELECT f.id AS funding_id, p.id AS project_id, d.unit_name, d.year, p.name AS project,
       f.seq, f.source, {d["whole"].format(x="f.amount_yuan")} AS amount_yuan, d.status
FROM funding f JOIN projects p ON p.id = f.project_id JOIN documents d ON d.id = p.document_id
"""


def _indicators(d: dict[str, str]) -> str:
    value = ", ".join(f'i."{f.key}"' for f in fields.VALUE)  # quoted: `bool` is a type name
    return f"""
SELECT i.id AS indicator_id, p.id AS project_id, d.id AS document_id,
       d.unit_name, d.year, d.source, p.seq AS project_seq, p.name AS project,
       i.seq, i.level1, i.level1_canonical, i.level1_weight, i.level2, i.level3,
       i.description,
       i.value_raw, i.basis, {value},
       i.weight, i.actual_raw, i.score, i.page, i.table_index, i.row_index, d.status,
       {_case("i.kind", KIND_ZH)} AS kind_zh,
       {d["whole"].format(x="p.budget_total_yuan")} AS project_budget_yuan
FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id
"""


def _findings(_d: dict[str, str]) -> str:
    return f"""
SELECT x.id AS finding_id, d.id AS document_id, x.project_id, x.indicator_id,
       d.unit_name, d.year, d.source, p.seq AS project_seq, p.name AS project,
       i.level3 AS indicator, x.code, x.severity,
       {_case("x.severity", SEVERITY_ZH)} AS severity_zh, x.message, d.status
FROM findings x JOIN documents d ON d.id = x.document_id
     LEFT JOIN projects p ON p.id = x.project_id
     LEFT JOIN indicators i ON i.id = x.indicator_id
"""


def _corrections(d: dict[str, str]) -> str:
    """Every correction (the undone ones too: the audit trail), its target named by what
    was read there; `value` and `original` as text."""
    def loc(a: str, b: str) -> str:
        return d["json_path"].format(col="c.locator", a=a, b=b)

    return f"""
SELECT c.id AS correction_id, d.id AS document_id, c.sha256, d.unit_name, d.year, d.source,
       c.target,
       CAST({loc("project", "seq")} AS INTEGER) AS project_seq, {loc("project", "name")} AS project,
       CAST({loc("indicator", "seq")} AS INTEGER) AS indicator_seq,
       {loc("indicator", "level3")} AS indicator, c.field,
       {d["json_text"].format(col="c.original")} AS original,
       {d["json_text"].format(col="c.value")} AS value, c.reason, c.author, c."at",
       c.status, c.undone_at, c.undone_by, c.carried_from, c.note, d.status AS document_status
FROM corrections c LEFT JOIN documents d ON d.id = c.document_id
"""


# name → SQL builder; each gets a `_all` twin with history
_FLAT: dict[str, Any] = {
    "v_documents": _documents,
    "v_projects": _projects,
    "v_funding": _funding,
    "v_indicators": _indicators,
    "v_findings": _findings,
    "v_corrections": _corrections,
}

# The views whose current variant shows the rows of primary documents only.
PRIMARY_ONLY = frozenset({"v_projects", "v_funding", "v_indicators"})

# Chinese views over the flat ones: (view, source view, the table whose columns it shows
# in `jixiao.fields.ZH_VIEW_COLUMNS`).
ZH_VIEWS: tuple[tuple[str, str, Table], ...] = (
    ("文件", "v_documents", Table.DOCUMENT),
    ("项目", "v_projects", Table.PROJECT),
    ("资金来源", "v_funding", Table.FUNDING),
    ("指标", "v_indicators", Table.INDICATOR),
    ("问题", "v_findings", Table.FINDING),
    ("更正", "v_corrections", Table.CORRECTION),
)

# Every view name (jixiao.store.db.schema recreates the views when one of these is missing).
VIEWS: dict[str, str] = {
    **{name: name for name in _FLAT},
    **{name: source for name, source, _table in ZH_VIEWS},
}


def _zh_body(source: str, table: Table) -> str:
    cols = ", ".join(  # quoted: `primary` and `bool` are SQL words
        f'"{fields.view_column(f, table)}" AS "{f.zh}"' for f in fields.ZH_VIEW_COLUMNS[table]
    )
    return f"SELECT {cols} FROM {source}"


def view_statements(dialect_name: str, tiers: Tiers = FORMAT_TIERS) -> list[str]:
    """The SQL that (re)creates every view on an engine of that dialect; `tiers`: the
    order of formats that chooses a submission's primary document."""
    primary_ids = primary_ids_sql(tiers)
    dialect = _DIALECT.get(dialect_name, _DIALECT["sqlite"]) | {"primary_ids": primary_ids}
    # dependants first: the Chinese views read the flat ones
    out = [f'DROP VIEW IF EXISTS "{name}"' for name, _source, _table in ZH_VIEWS]
    for name in _FLAT:
        out += [f"DROP VIEW IF EXISTS {name}", f"DROP VIEW IF EXISTS {name}_all"]
    for name, build in _FLAT.items():
        body = build(dialect)
        current = f"d.id IN ({primary_ids})" if name in PRIMARY_ONLY else "d.status = 'current'"
        out += [f"CREATE VIEW {name} AS {body} WHERE {current}",
                f"CREATE VIEW {name}_all AS {body}"]
    out += [f'CREATE VIEW "{name}" AS {_zh_body(source, table)}'
            for name, source, table in ZH_VIEWS]
    return out


def create_views(conn: Connection) -> None:
    """Every view, in the order of formats the database uses (`stored_tiers`)."""
    for statement in view_statements(conn.dialect.name, stored_tiers(conn)):
        conn.execute(text(statement))


# --- read-only queries ---------------------------------------------------------------


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def read_only_query(engine: Engine, sql: str) -> QueryResult:
    """Run one statement that is not allowed to change anything; return its rows.

    Raises ReadOnlyViolation for a write or for several statements, StoreError when
    the statement fails for another reason (the message says which)."""
    statement = single_statement(sql)
    _check_reading_verb(statement)
    ro = _read_only_engine(engine)
    try:
        with ro.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET TRANSACTION READ ONLY"))
            try:
                result = conn.execute(text(statement))
                columns = list(result.keys()) if result.returns_rows else []
                rows = [tuple(r) for r in result] if result.returns_rows else []
            finally:
                conn.rollback()
    except DBAPIError as e:
        if _is_write_refusal(e):
            raise ReadOnlyViolation(
                f"refused: the statement would change the database ({_first_line(e)}); "
                "`jixiao query` only reads — use the views v_documents, v_projects, "
                "v_indicators, v_findings"
            ) from e
        raise StoreError(f"the query failed: {_first_line(e)}") from e
    except SQLAlchemyError as e:
        raise StoreError(f"the query failed: {e}") from e
    finally:
        if ro is not engine:
            ro.dispose()
    return QueryResult(columns, rows)


# The statements `jixiao query` runs: reading ones.  An allow-list, because some
# statements write files even on a read-only connection (VACUUM INTO, ATTACH).
READING_VERBS = frozenset({"select", "with", "values", "explain", "table", "show", "pragma"})
_LEADING_NOISE_RE = re.compile(r"^(?:\s+|--[^\n]*\n?|/\*.*?\*/|\()+", re.S)


def _check_reading_verb(statement: str) -> None:
    body = _LEADING_NOISE_RE.sub("", statement)
    verb = body.split(None, 1)[0].lower() if body.split() else ""
    if verb not in READING_VERBS or (verb == "pragma" and "=" in body):
        raise ReadOnlyViolation(
            f"refused: {verb.upper() or 'this statement'} is not a reading statement; "
            "`jixiao query` runs one SELECT (or WITH, VALUES, EXPLAIN) over the views "
            "v_documents, v_projects, v_indicators, v_findings"
        )


def _read_only_engine(engine: Engine) -> Engine:
    """SQLite: a second engine on the same file, opened read-only with query_only on."""
    if engine.dialect.name != "sqlite":
        return engine
    path = engine.url.database
    if not path or path == ":memory:":
        raise StoreError("jixiao query needs a database file, not an in-memory database")
    ro = create_engine(f"sqlite:///file:{quote(path)}?mode=ro&uri=true")

    @event.listens_for(ro, "connect")
    def _query_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")

    return ro


def _is_write_refusal(e: DBAPIError) -> bool:
    orig = e.orig
    if getattr(orig, "sqlstate", None) == "25006":  # PostgreSQL read_only_sql_transaction
        return True
    name = getattr(orig, "sqlite_errorname", "")
    return name.startswith("SQLITE_READONLY") or "readonly database" in str(orig)


def _first_line(e: DBAPIError) -> str:
    return str(e.orig).strip().splitlines()[0] if str(e.orig).strip() else type(e.orig).__name__


def single_statement(sql: str) -> str:
    """The statement without its trailing semicolon; ReadOnlyViolation if there are two.

    A small scanner, not a parser: it skips quoted strings, quoted names, comments and
    PostgreSQL dollar-quoted strings, and looks for a `;` followed by more SQL."""
    s = sql.strip()
    i, n = 0, len(s)
    end: int | None = None
    while i < n:
        ch = s[i]
        if ch in ("'", '"'):
            close = s.find(ch, i + 1)
            while close != -1 and close + 1 < n and s[close + 1] == ch:  # '' escapes '
                close = s.find(ch, close + 2)
            i = n if close == -1 else close + 1
            continue
        if s.startswith("--", i):
            nl = s.find("\n", i)
            i = n if nl == -1 else nl + 1
            continue
        if s.startswith("/*", i):
            close = s.find("*/", i + 2)
            i = n if close == -1 else close + 2
            continue
        if ch == "$":
            tag_end = s.find("$", i + 1)
            tag = s[i : tag_end + 1] if tag_end != -1 else ""
            if tag and (tag == "$$" or tag[1:-1].isidentifier()):
                close = s.find(tag, tag_end + 1)
                i = n if close == -1 else close + len(tag)
                continue
        if ch == ";":
            if end is None:
                end = i
            rest = s[i + 1 :].strip()
            if rest and not _only_comments(rest):
                raise ReadOnlyViolation(
                    "refused: give one SQL statement (found more after a ';'); "
                    "`jixiao query` runs exactly one read-only statement"
                )
        i += 1
    out = s[:end] if end is not None else s
    if not out.strip():
        raise StoreError("the query is empty: give one SQL statement, e.g. "
                         "\"SELECT * FROM v_projects\"")
    return out


def _only_comments(rest: str) -> bool:
    """True when what follows a `;` is only semicolons, blanks and comments."""
    while rest:
        rest = rest.lstrip().lstrip(";").lstrip()
        if rest.startswith("--"):
            nl = rest.find("\n")
            rest = "" if nl == -1 else rest[nl + 1 :]
        elif rest.startswith("/*"):
            close = rest.find("*/")
            rest = "" if close == -1 else rest[close + 2 :]
        else:
            return not rest
    return True
