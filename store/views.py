"""The analysts' flat views, one SQL text for SQLite and PostgreSQL alike.

Each view shows current documents only; `*_all` variants include history.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_DOCUMENTS = """
SELECT d.id AS document_id, d.source, d.format, d.unit_name, d.year, d.sha256, d.pages,
       d.status, d.ingested_at,
       (SELECT COUNT(*) FROM projects p WHERE p.document_id = d.id) AS projects,
       (SELECT COUNT(*) FROM indicators i JOIN projects p ON p.id = i.project_id
         WHERE p.document_id = d.id) AS indicators,
       (SELECT SUM(p.budget_total_yuan) FROM projects p WHERE p.document_id = d.id)
         AS budget_total_yuan
FROM documents d
"""

_PROJECTS = """
SELECT p.id AS project_id, d.id AS document_id, d.unit_name, d.year, d.source,
       p.seq, p.code, p.name, p.kind, p.purpose, p.budget_total_yuan,
       (SELECT SUM(f.amount_yuan) FROM funding f WHERE f.project_id = p.id) AS funding_total_yuan,
       (SELECT COUNT(*) FROM indicators i WHERE i.project_id = p.id) AS indicators,
       p.table_index, p.page, d.status
FROM projects p JOIN documents d ON d.id = p.document_id
"""

_FUNDING = """
SELECT f.id AS funding_id, p.id AS project_id, d.unit_name, d.year, p.name AS project,
       f.seq, f.source, f.amount_yuan, d.status
FROM funding f JOIN projects p ON p.id = f.project_id JOIN documents d ON d.id = p.document_id
"""

_INDICATORS = """
SELECT i.id AS indicator_id, p.id AS project_id, d.id AS document_id,
       d.unit_name, d.year, d.source, p.seq AS project_seq, p.name AS project,
       i.seq, i.level1, i.level1_canonical, i.level2, i.level3, i.description,
       i.value_raw, i.basis, i.kind, i.op, i.number, i.number_max, i.unit,
       i.base_number, i.base_number_max, i.base_unit, i.date, i."bool", i.label,
       i.weight, i.actual_raw, i.score, i.page, i.table_index, i.row_index, d.status
FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id
"""

VIEWS: dict[str, str] = {
    "v_documents": _DOCUMENTS,
    "v_projects": _PROJECTS,
    "v_funding": _FUNDING,
    "v_indicators": _INDICATORS,
}


def create_views(conn: Connection) -> None:
    for name, body in VIEWS.items():
        conn.execute(text(f"DROP VIEW IF EXISTS {name}"))
        conn.execute(text(f"DROP VIEW IF EXISTS {name}_all"))
        where = " WHERE d.status = 'current'"
        conn.execute(text(f"CREATE VIEW {name} AS {body}{where}"))
        conn.execute(text(f"CREATE VIEW {name}_all AS {body}"))
