"""migrations: Alembic migrations of the schema, run by `jixiao.store.db.schema.ensure_schema`.

`HEAD` names the newest revision so that opening an up-to-date database costs one query
and never loads the migration scripts; a test checks it against the scripts.
"""

HEAD = "0005"
