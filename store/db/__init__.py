"""db: the persistence: SQLAlchemy 2.0 models, schema and migrations, views, one document's write.

Functions take a Session and never commit: the caller owns the transaction.
"""
