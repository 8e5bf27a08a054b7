"""Compiled modules that must not load: the pure-Python ones of the same package instead.

charset_normalizer (which pdfminer imports to guess the encoding of stray byte strings)
ships `md` and `cd` compiled as well as in Python.  With the compiled ones loaded, a
process that ingests a few documents and then exports a large one dies of a segmentation
fault, in the garbage collector or wherever the heap is next walked
(tests/reliability/test_no_crash.py runs that sequence): 9 of 10 runs crashed with
charset-normalizer 3.5.3 (Cython) and 2 of 2 with 3.4.9 (mypyc); with the same modules
read from their Python sources, 0 of 6 did.  They are small and rarely called here, so
the Python ones cost nothing measurable.  No option of the package chooses this, hence
the finder below, installed before anything imports charset_normalizer.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from types import ModuleType

PURE_PYTHON = frozenset({"charset_normalizer.md", "charset_normalizer.cd"})


class PurePythonFinder(importlib.abc.MetaPathFinder):
    """Finds the modules of `PURE_PYTHON` in their package's .py files, never a .so."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in PURE_PYTHON or not path:
            return None
        for folder in path:
            source = os.path.join(folder, fullname.rpartition(".")[2] + ".py")
            if os.path.isfile(source):
                return importlib.util.spec_from_file_location(fullname, source)
        return None  # no source shipped: the usual import


def install() -> None:
    if not any(isinstance(f, PurePythonFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, PurePythonFinder())
