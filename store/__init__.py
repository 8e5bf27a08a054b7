"""store: SQLAlchemy 2.0 models and queries.  Functions take a Session and never commit."""
