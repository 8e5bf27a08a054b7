"""cli: the `jixiao` command, a thin skin over the library.

Each command parses its options, opens the database, calls one library function, prints
through one output helper, and picks the exit code (`options`).
"""
