"""db: SQLAlchemy 2.0 models, the schema and its migrations, the views; one document written
and read back.  Functions take a Session and never commit."""
