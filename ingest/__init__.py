"""ingest: find files, hash them, dispatch them to the parsers, store them; the `jixiao` command."""
