"""The list of samples `samples/build.py` knows how to build.

A sample is a path under samples/ and a function that writes it.  Builder modules
register theirs with `@sample(...)`; `build.py` imports every module in `MODULES` and
builds what they registered, in order.  To add samples (PDF variants, other templates),
write a module with `@sample` functions and add it to `build.MODULES`.
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

    @property
    def target(self) -> Path:
        return SAMPLES / self.path


REGISTRY: list[Sample] = []


def sample(path: str, *, converted_from: str | None = None) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        REGISTRY.append(Sample(path, fn, converted_from, (fn.__doc__ or "").strip()))
        return fn

    return register
