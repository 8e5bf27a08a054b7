"""The list of samples `samples/build.py` knows how to build.

A sample is a path under samples/ and a function that writes it.  Builder modules
register theirs with `@sample(...)`; `build.py` imports every module in `MODULES` and
builds what they registered, in order.  To add samples (PDF variants, other templates),
write a module with `@sample` functions and add it to `build.MODULES`.

Every sample's export is compared exactly with its golden file, tests/golden/PATH.json
(`tests/documents/test_goldens.py`), unless the sample says why it has none (`no_golden`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent

Builder = Callable[[Path], None]


@dataclass(frozen=True)
class Sample:
    path: str  # relative to samples/
    build: Builder
    # Made by LibreOffice from another sample: rebuilt only when that sample changed,
    # because LibreOffice stamps its output with the time (see build.soffice_convert).
    converted_from: str | None = None
    doc: str = ""  # the case the sample guards, for `build.py --list`
    # Why the sample has no golden export: it is unreadable on purpose, or it is read only
    # through another sample.  Empty: it has one.
    no_golden: str = ""
    # The golden leaves out the file's sha256, so that the print still matches when
    # LibreOffice prints it again (stamping it with the time).
    golden_without_hash: bool = False
    # A folder under samples/ ingested in its place (the unit and year only in folder
    # names, as in a clerk's tree); None: the file on its own.
    ingest_from: str | None = None

    @property
    def target(self) -> Path:
        return SAMPLES / self.path


REGISTRY: list[Sample] = []


def sample(
    path: str,
    *,
    converted_from: str | None = None,
    no_golden: str = "",
    golden_without_hash: bool = False,
    ingest_from: str | None = None,
) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        REGISTRY.append(Sample(path, fn, converted_from, (fn.__doc__ or "").strip(),
                               no_golden, golden_without_hash, ingest_from))
        return fn

    return register
