"""Real published 绩效目标表 and 自评表, rebuilt as the documents they came from.

Every module in samples/real_specs/ is one published table (see that package's
docstring); this module registers its document under samples/real/ with the writer its
suffix names.  A .pdf is LibreOffice's print of the .docx of the same stem, which is a
sample as well.  What each document must read as is tests/documents/real/MODULE.json,
written from the source before the reader was run on it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from samples import real_specs
from samples.layouts_unlike_the_seed import write_text
from samples.registry import SAMPLES, sample
from samples.soffice import convert
from samples.templates import Doc, write_docx, write_xlsx

DIR = "real"
WRITERS: dict[str, Callable[[Doc, Path], None]] = {
    ".docx": write_docx, ".xlsx": write_xlsx, ".txt": write_text,
}


@dataclass(frozen=True)
class RealSample:
    module: str  # its name in samples/real_specs/
    source: dict[str, Any]
    paths: tuple[str, ...]  # every sample built from it, under samples/


def specs() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(real_specs.__path__))
    return [importlib.import_module(f"{real_specs.__name__}.{n}") for n in names]


def _register_written(path: str, spec: ModuleType) -> None:
    write = WRITERS[Path(path).suffix]

    def make(target: Path) -> None:
        write(spec.doc(), target)

    make.__doc__ = f"{spec.SOURCE['kind']}: {spec.SOURCE['issuer']} ({spec.SOURCE['url']})"
    # a table the reader refuses on purpose says why (NO_GOLDEN), its gap in real_gaps.json
    sample(path, no_golden=getattr(spec, "NO_GOLDEN", ""))(make)


def _register_pdf(path: str, docx: str) -> None:
    def make(target: Path) -> None:
        convert(SAMPLES / docx, target, "pdf")

    make.__doc__ = f"LibreOffice's PDF of {docx}"
    sample(path, converted_from=docx, golden_without_hash=True)(make)


def register(spec: ModuleType) -> RealSample:
    path = f"{DIR}/{spec.FILE}"
    if path.endswith(".pdf"):
        docx = path.removesuffix(".pdf") + ".docx"
        _register_written(docx, spec)
        _register_pdf(path, docx)
        paths: tuple[str, ...] = (docx, path)
    else:
        _register_written(path, spec)
        paths = (path,)
    return RealSample(spec.__name__.rsplit(".", 1)[-1], spec.SOURCE, paths)


REAL: list[RealSample] = [register(spec) for spec in specs()]
