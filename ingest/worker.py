"""The part of ingestion that runs in worker processes: read, parse, normalize one file.

It touches no database; it returns a plain payload (or a readable failure) that the single
writer stores.  Top-level functions only, so that they pickle for a process pool.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsers.errors import JixiaoError, ParseError


@dataclass(frozen=True, slots=True)
class Task:
    path: str  # where the bytes are on this machine
    display: str  # the name to report (folders relative to the input, a!b inside a zip)
    source: str  # the file's own name, stored and exported
    sha256: str
    size: int
    unit_name: str | None = None  # overrides (command line or path pattern)
    year: int | None = None
    path_unit_name: str | None = None  # fallbacks from the path, when the document lacks them
    path_year: int | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    task: Task
    payload: dict[str, Any] | None
    reason: str | None
    seconds: float


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_task(task: Task) -> Parsed:
    """Parse and normalize one file; never raises for a bad file."""
    from ingest.build import build_payload
    from parsers import parse_file

    t0 = time.perf_counter()
    try:
        rec = parse_file(Path(task.path), file_name=task.source)
        payload = build_payload(
            rec,
            source=task.source,
            sha256=task.sha256,
            size_bytes=task.size,
            unit_name=task.unit_name,
            year=task.year,
        )
        if payload["unit_name"] is None:
            payload["unit_name"] = task.path_unit_name
        if payload["year"] is None:
            payload["year"] = task.path_year
        return Parsed(task, payload, None, time.perf_counter() - t0)
    except ParseError as e:
        return Parsed(task, None, e.reason, time.perf_counter() - t0)
    except JixiaoError as e:
        return Parsed(task, None, str(e), time.perf_counter() - t0)
    except MemoryError:
        return Parsed(task, None, "the file needs more memory than allowed to read",
                      time.perf_counter() - t0)
    except RecursionError:
        return Parsed(task, None, "the file is nested too deeply to read",
                      time.perf_counter() - t0)
    except Exception as e:  # a reader bug must not stop the batch; say what it was
        return Parsed(
            task,
            None,
            f"internal error while reading ({type(e).__name__}: {e}); please report this file",
            time.perf_counter() - t0,
        )
