"""store: the database: persistence (`db`), analysis over it (`analysis`), exports (`exports`).

Functions take a Session or an Engine and never commit: the caller owns the transaction.
"""
