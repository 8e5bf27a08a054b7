"""jixiao (绩效): read performance-target tables (项目绩效目标表) into a typed SQL database.

The import name `jixiao` gathers the project's founding folders as subpackages (see
`[tool.setuptools.package-dir]` in pyproject.toml), so that no other package named
`parsers` or `store` can shadow them.  Data flows one way, and so do imports:

    jixiao.ingest.cli        the `jixiao` command: options in, one library call, output out
    jixiao.ingest            find files → hash → parse (in workers) → write; the run log
    jixiao.store.exports     json / jsonl / csv / xlsx, the HTML report, Datasette
    jixiao.parsers.layout    any grid → projects and indicators, by meaning
    jixiao.store.analysis    checks, summary, search, roster, self-evaluations, frames
    jixiao.parsers.readers   one small reader per format → a grid of logical cells
    jixiao.normalize         raw text + context → a typed value (pure functions)
    jixiao.store.db          SQLAlchemy models, schema, views; read and write one document
    jixiao.parsers.grid      the hand-offs between stages: grids (from readers) and
    jixiao.parsers.records   raw-text records (from the layout)
    jixiao.vocab             every word the project recognises, each list once
    jixiao.fields            every exported column, declared once
    jixiao.errors            every error a user can meet, in one hierarchy

A package imports only from the lines below its own; readers, normalize and store.db
never import one another (`make lint` checks this with import-linter).
"""

from jixiao import safe_imports

safe_imports.install()  # before pdfminer imports charset_normalizer (see that module)
