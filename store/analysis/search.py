"""Chinese full-text search over projects, goals, indicators and the narrative sections.

Chinese has no spaces, so the text is cut into words with jieba (`cut_for_search`, which
also yields the shorter words inside long ones: 满意度 → 满意, 满意度) and the words are
stored space-separated.  Each stored text also keeps its characters one by one, so that
a query that is not a jieba word (老庄) still finds 老庄子镇 as a phrase of characters.

- SQLite: an FTS5 table (`search_fts`), ranked by bm25.
- PostgreSQL: a table with two `tsvector` columns and GIN indexes, ranked by ts_rank.
  The vectors and queries are written as tsvector/tsquery literals (the words are cut
  already), not passed through PostgreSQL's parser, whose idea of a letter depends on
  the database's locale.

The index follows the current documents by itself: `refresh_index` (called by
`search`) adds the documents it has not seen and drops those no longer current, so the
pipeline does not need to call anything.  Matched words are highlighted here, the same
way on both engines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from jixiao.errors import StoreError
from jixiao.store.db.models import Document

MARK = ("【", "】")  # how a match is marked in `snippet`
SNIPPET_CHARS = 80  # context kept around the first match of a long text
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position

_WORD = re.compile(r"\w", re.UNICODE)


@dataclass
class Hit:
    field: str  # document | project | purpose | goal | indicator | section
    document_id: int
    project_id: int | None
    indicator_id: int | None
    unit_name: str | None
    year: int | None
    source: str
    project: str | None
    label: str | None  # a section's heading, an indicator's 一级/二级
    text: str
    snippet: str
    rank: float

    def as_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# --- words ----------------------------------------------------------------------------------


def _jieba() -> Any:
    # imported on the first search, not with the module: `import jieba` alone costs
    # about 0.1 s
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def index_words(s: str) -> list[str]:
    """The words of a stored text, in order (short words inside long ones included)."""
    return [w.strip().lower() for w in _jieba().cut_for_search(s) if _WORD.search(w)]


def query_terms(query: str) -> list[str]:
    """A query's words: each space-separated part, cut by jieba."""
    out: list[str] = []
    for part in query.split():
        out.extend(w.strip().lower() for w in _jieba().cut(part) if _WORD.search(w))
    return list(dict.fromkeys(out))


def chars(s: str) -> list[str]:
    return [ch.lower() for ch in s if _WORD.match(ch)]


# --- what is indexed -------------------------------------------------------------------------


@dataclass
class Entry:
    field: str
    document_id: int
    project_id: int | None
    indicator_id: int | None
    label: str | None
    body: str


def document_entries(doc: Document) -> Iterator[Entry]:
    head = " ".join(str(x) for x in (doc.unit_name, doc.year, doc.source) if x)
    yield Entry("document", doc.id, None, None, None, head)
    for p in doc.projects:
        if p.name:
            yield Entry("project", doc.id, p.id, None, None, p.name)
        if p.purpose:
            yield Entry("purpose", doc.id, p.id, None, None, p.purpose)
        for g in p.goals or []:
            yield Entry("goal", doc.id, p.id, None, None, str(g))
        for i in p.indicators:
            names = list(dict.fromkeys(x for x in (i.level3, i.description) if x))
            body = "；".join(names) + (f"：{i.value_raw}" if i.value_raw else "")
            if body:
                label = "/".join(x for x in (i.level1, i.level2) if x) or None
                yield Entry("indicator", doc.id, p.id, i.id, label, body)
    for s in doc.sections:
        for para in re.split(r"\n+", s.text or ""):
            if para.strip():
                yield Entry("section", doc.id, None, None, s.heading, para.strip())


# --- the index, per engine -------------------------------------------------------------------

_SQLITE_DDL = (
    "CREATE TABLE IF NOT EXISTS search_docs (document_id INTEGER PRIMARY KEY)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "words, chars, field UNINDEXED, document_id UNINDEXED, project_id UNINDEXED, "
    "indicator_id UNINDEXED, label UNINDEXED, body UNINDEXED)",
)
_PG_DDL = (
    "CREATE TABLE IF NOT EXISTS search_docs (document_id INTEGER PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS search_index (id SERIAL PRIMARY KEY, field TEXT, "
    "document_id INTEGER, project_id INTEGER, indicator_id INTEGER, label TEXT, "
    "body TEXT, words TSVECTOR, chars TSVECTOR)",
    "CREATE INDEX IF NOT EXISTS search_index_words ON search_index USING GIN (words)",
    "CREATE INDEX IF NOT EXISTS search_index_chars ON search_index USING GIN (chars)",
    "CREATE INDEX IF NOT EXISTS search_index_doc ON search_index (document_id)",
)


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def ensure_tables(conn: Connection) -> None:
    for ddl in _PG_DDL if _is_pg(conn) else _SQLITE_DDL:
        conn.execute(text(ddl))


def _lexeme(w: str) -> str:
    return "'" + w.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(words: list[str]) -> str:
    return " ".join(f"{_lexeme(w)}:{min(n, MAX_POSITION)}" for n, w in enumerate(words, 1))


def _insert(conn: Connection, e: Entry) -> None:
    row = {"field": e.field, "doc": e.document_id, "proj": e.project_id,
           "ind": e.indicator_id, "label": e.label, "body": e.body}
    words, cs = index_words(e.body), chars(e.body)
    if _is_pg(conn):
        conn.execute(text(
            "INSERT INTO search_index (field, document_id, project_id, indicator_id, label, "
            "body, words, chars) VALUES (:field, :doc, :proj, :ind, :label, :body, "
            "CAST(:words AS tsvector), CAST(:chars AS tsvector))"),
            {**row, "words": tsvector_literal(words), "chars": tsvector_literal(cs)})
    else:
        conn.execute(text(
            "INSERT INTO search_fts (words, chars, field, document_id, project_id, "
            "indicator_id, label, body) VALUES (:words, :chars, :field, :doc, :proj, :ind, "
            ":label, :body)"),
            {**row, "words": " ".join(words), "chars": " ".join(cs)})


def index_document(session: Session, document_id: int) -> int:
    """(Re)index one document; returns the number of texts indexed."""
    conn = session.connection()
    ensure_tables(conn)
    drop_document(session, document_id)
    doc = session.get(Document, document_id)
    if doc is None:
        return 0
    n = 0
    for e in document_entries(doc):
        _insert(conn, e)
        n += 1
    conn.execute(text("INSERT INTO search_docs (document_id) VALUES (:d)"), {"d": document_id})
    return n


def drop_document(session: Session, document_id: int) -> None:
    conn = session.connection()
    table = "search_index" if _is_pg(conn) else "search_fts"
    conn.execute(text(f"DELETE FROM {table} WHERE document_id = :d"), {"d": document_id})
    conn.execute(text("DELETE FROM search_docs WHERE document_id = :d"), {"d": document_id})


def refresh_index(session: Session) -> tuple[int, int]:
    """Index the current documents not indexed yet, drop the ones no longer current.
    Returns (added, dropped).  Flushes; the caller commits."""
    conn = session.connection()
    ensure_tables(conn)
    current = set(conn.execute(text("SELECT id FROM documents WHERE status = 'current'"))
                  .scalars())
    indexed = set(conn.execute(text("SELECT document_id FROM search_docs")).scalars())
    for d in sorted(indexed - current):
        drop_document(session, d)
    for d in sorted(current - indexed):
        index_document(session, d)
    return len(current - indexed), len(indexed - current)


# --- searching --------------------------------------------------------------------------------


def _fts_phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _sqlite_rows(conn: Connection, column: str, groups: list[list[str]], limit: int) -> list[Any]:
    """groups: AND of phrases; a word search has one-word phrases."""
    match = _fts_match(column, groups)
    return list(conn.execute(text(
        "SELECT field, document_id, project_id, indicator_id, label, body, "
        "bm25(search_fts) AS score FROM search_fts WHERE search_fts MATCH :m "
        "ORDER BY score LIMIT :n"), {"m": match, "n": limit}))


def _fts_match(column: str, groups: list[list[str]]) -> str:
    return f"{column} : (" + " AND ".join(_fts_phrase(g) for g in groups) + ")"


def _tsquery(groups: list[list[str]]) -> str:
    return " & ".join("(" + " <-> ".join(_lexeme(t) for t in g) + ")" for g in groups)


def _pg_rows(conn: Connection, column: str, groups: list[list[str]], limit: int) -> list[Any]:
    q = _tsquery(groups)
    return list(conn.execute(text(
        f"SELECT field, document_id, project_id, indicator_id, label, body, "
        f"-ts_rank({column}, CAST(:q AS tsquery), 1) AS score FROM search_index "
        f"WHERE {column} @@ CAST(:q AS tsquery) ORDER BY score, id LIMIT :n"),
        {"q": q, "n": limit}))


def _sqlite_count(conn: Connection, column: str, groups: list[list[str]]) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH :m"),
                            {"m": _fts_match(column, groups)}).scalar() or 0)


def _pg_count(conn: Connection, column: str, groups: list[list[str]]) -> int:
    return int(conn.execute(text(
        f"SELECT COUNT(*) FROM search_index WHERE {column} @@ CAST(:q AS tsquery)"),
        {"q": _tsquery(groups)}).scalar() or 0)


def _queries(query: str) -> list[tuple[str, list[list[str]]]]:
    """What a query looks for, in order, the first that finds anything counting: its
    jieba words, then (not jieba words) each part as a run of characters."""
    words = query_terms(query)
    if not words:
        raise StoreError("give one or more words to search for, e.g. 满意度 or 排水")
    return [("words", [[w] for w in words]),
            ("chars", [chars(p) for p in query.split() if chars(p)])]


def count(session: Session, query: str) -> int:
    """How many texts `search` finds for the query, however many it is asked to return."""
    plan = _queries(query)
    refresh_index(session)
    conn = session.connection()
    counter = _pg_count if _is_pg(conn) else _sqlite_count
    for column, groups in plan:
        n = counter(conn, column, groups) if groups else 0
        if n:
            return n
    return 0


def search(session: Session, query: str, *, limit: int = 50) -> list[Hit]:
    """Texts that contain every word of the query, best first, matches marked 【】
    (at most `limit`; `count` says how many there are)."""
    plan = _queries(query)
    words = query_terms(query)
    refresh_index(session)
    conn = session.connection()
    find = _pg_rows if _is_pg(conn) else _sqlite_rows
    rows: list[Any] = []
    for column, groups in plan:
        rows = find(conn, column, groups, limit) if groups else []
        if rows:
            break
    terms = sorted({*words, *(p.lower() for p in query.split())}, key=len, reverse=True)
    return [_hit(conn, r, terms) for r in rows]


def _hit(conn: Connection, r: Any, terms: list[str]) -> Hit:
    doc = conn.execute(text("SELECT unit_name, year, source FROM documents WHERE id = :d"),
                       {"d": r.document_id}).one()
    project = None
    if r.project_id is not None:
        project = conn.execute(text("SELECT name FROM projects WHERE id = :p"),
                               {"p": r.project_id}).scalar()
    return Hit(
        field=r.field, document_id=r.document_id, project_id=r.project_id,
        indicator_id=r.indicator_id, unit_name=doc.unit_name, year=doc.year,
        source=doc.source, project=project, label=r.label, text=r.body,
        snippet=snippet(r.body, terms), rank=round(-float(r.score), 6),
    )


def match_spans(body: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur (longest first, no overlaps), in order."""
    low = body.lower()
    taken: list[tuple[int, int]] = []
    for t in terms:
        start = low.find(t)
        while t and start != -1:
            end = start + len(t)
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
            start = low.find(t, end)
    return sorted(taken)


def highlight(body: str, terms: list[str], mark: tuple[str, str] = MARK) -> str:
    out, pos = [], 0
    for a, b in match_spans(body, terms):
        out += [body[pos:a], mark[0], body[a:b], mark[1]]
        pos = b
    out.append(body[pos:])
    return "".join(out)


def snippet(body: str, terms: list[str], mark: tuple[str, str] = MARK) -> str:
    """The text around the first match (all of it when short), matches marked."""
    spans = match_spans(body, terms)
    if len(body) <= SNIPPET_CHARS or not spans:
        return highlight(body[: SNIPPET_CHARS * 2], terms, mark)
    first = spans[0][0]
    start = max(0, first - SNIPPET_CHARS // 3)
    end = min(len(body), start + SNIPPET_CHARS)
    part = highlight(body[start:end], terms, mark)
    return ("…" if start else "") + part + ("…" if end < len(body) else "")
