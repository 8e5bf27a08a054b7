"""Faults injected into a real run: the database fills, turns read-only, or the process
is killed with signal 9 in the middle of writing a document.

`install(kind, after)` arms a fault that strikes once `after` documents are stored.  The
test process uses it directly; `python -m tests.reliability.faults KIND AFTER jixiao-args`
runs the real command with it (for the message, the exit code and kill -9).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

# SQLite statements run on every new connection once the fault strikes.
PRAGMAS = {
    "full": "PRAGMA max_page_count = {pages}",  # the database "disk" is full
    "readonly": "PRAGMA query_only = ON",  # as good as a read-only file (root ignores chmod)
}


class Fault:
    def __init__(self, kind: str, after: int) -> None:
        self.kind, self.after = kind, after
        self.stored = 0
        self.struck = False

    def on_connect(self, dbapi_conn: Any, _record: Any) -> None:
        if not self.struck or self.kind not in PRAGMAS:
            return
        cur = dbapi_conn.cursor()
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(PRAGMAS[self.kind].format(pages=pages))
        cur.close()

    def strike(self, engine: Engine) -> None:
        self.struck = True
        engine.dispose()  # every later connection is a new one, with the fault


def install(kind: str, after: int, patch: Callable[[Any, str, Any], None] = setattr) -> Fault:
    """Arm the fault by wrapping `jixiao.ingest.pipeline.ingest` and `add_document` (`patch` is
    pytest's `monkeypatch.setattr` in tests, so that they are restored)."""
    import jixiao.ingest.pipeline as pipeline

    fault = Fault(kind, after)
    real_ingest = pipeline.ingest
    real_add = pipeline.add_document

    def ingest(engine: Engine, paths: Any, options: Any = None, **kw: Any) -> Any:
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", fault.on_connect)
        on_file: Callable[[Any], None] | None = kw.pop("on_file", None)

        def counted(result: Any) -> None:
            if on_file is not None:
                on_file(result)
            if result.outcome == "ingested":
                fault.stored += 1
                if fault.stored == fault.after and kind in PRAGMAS:
                    fault.strike(engine)

        return real_ingest(engine, paths, options, on_file=counted, **kw)

    def add_document(session: Any, payload: Any, **kw: Any) -> Any:
        doc = real_add(session, payload, **kw)
        if kind == "kill" and fault.stored == fault.after:
            session.flush()  # the document and its projects are written, not committed
            os.kill(os.getpid(), signal.SIGKILL)
        return doc

    patch(pipeline, "ingest", ingest)
    patch(pipeline, "add_document", add_document)
    return fault


if __name__ == "__main__":
    install(sys.argv[1], int(sys.argv[2]))
    from jixiao.ingest.cli.main import main

    sys.argv = ["jixiao", *sys.argv[3:]]
    main()
