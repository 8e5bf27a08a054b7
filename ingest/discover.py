"""Finding the files to ingest: files as given, folders walked recursively, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Office lock files, editor backups and OS litter are never submissions.
SKIP_PREFIXES = ("~$", ".~lock", "._")
SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # on disk
    display: str  # as reported: relative to the folder given, or the path given
    rel_parts: tuple[str, ...]  # folder names between the input root and the file


def discover(paths: list[Path]) -> Iterator[Found]:
    for root in paths:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if _skip(name):
                        continue
                    p = Path(dirpath) / name
                    rel = p.relative_to(root)
                    yield Found(p, str(Path(root.name) / rel), (root.name, *rel.parts[:-1]))
        else:
            yield Found(root, str(root), tuple(root.parent.parts[-2:]))


def _skip(name: str) -> bool:
    return name in SKIP_NAMES or name.startswith(SKIP_PREFIXES) or name.startswith(".")
