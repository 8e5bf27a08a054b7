"""`python -m jixiao`: the `jixiao` command."""

from jixiao.ingest.cli.main import main

main()
