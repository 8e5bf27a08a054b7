"""ingest: find files → hash → parse (in worker processes) → write, with a run log.

`pipeline` chains the steps and returns a summary; the `jixiao` command that calls it is
the subpackage `cli`.
"""
