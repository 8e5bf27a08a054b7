"""Finding the files to ingest: files as given, folders walked recursively and zip
archives opened (their folders too, and zips inside them), in a stable order.

Discovery only lists: archive entries are extracted later, one at a time, when their
turn comes (`Workspace.extract`); a zip inside a zip is the exception, since its
entries can only be listed once it is out.  What cannot be used (a broken archive, an
entry with an unsafe path) is listed too, with the reason, so that the run reports it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jixiao.ingest.archives import MAX_NESTING, ArchiveError, Entry, Refused, Workspace, is_archive
from jixiao.ingest.archives import list_entries as _list_entries
from jixiao.parsers.readers.limits import LIMITS, Limits

# Office lock files, editor backups and OS litter are never submissions.
SKIP_PREFIXES = ("~$", ".~lock", "._", ".")
SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX"})


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # on disk: the file itself, or the archive holding `entry`
    display: str  # as reported: relative to the folder given, a.zip!b/c.docx inside archives
    rel_parts: tuple[str, ...]  # folder names between the input root and the file
    entry: Entry | None = None  # the file is this archive entry
    refused: str | None = None  # why it cannot be ingested, when discovery already knows

    @property
    def name(self) -> str:
        """The file's own name (no folders)."""
        return self.entry.parts[-1] if self.entry is not None else readable_name(self.path.name)


def readable_name(name: str) -> str:
    """A file name as text: names that are not UTF-8 on disk (GBK from a Windows share)
    arrive with surrogate escapes; decode their bytes as GB18030, else mark them."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def discover(
    paths: list[Path], workspace: Workspace | None = None, limits: Limits = LIMITS
) -> Iterator[Found]:
    for root in paths:
        if root.is_dir():
            yield from _walk(root, workspace, limits)
        else:
            yield from _file(root, str(root), tuple(root.resolve().parent.parts[-2:]),
                             workspace, limits)


def _walk(root: Path, workspace: Workspace | None, limits: Limits) -> Iterator[Found]:
    base = root.resolve().name  # "." names the folder it is, for the path's unit and year
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not skip(d))
        for name in sorted(filenames):
            if skip(name):
                continue
            p = Path(dirpath) / name
            rel = p.relative_to(root)
            display = readable_name(str(Path(root.name) / rel))
            folders = tuple(readable_name(x) for x in (base, *rel.parts[:-1]))
            yield from _file(p, display, folders, workspace, limits)


def _file(
    path: Path, display: str, rel_parts: tuple[str, ...], workspace: Workspace | None,
    limits: Limits,
) -> Iterator[Found]:
    if not path.is_file():  # follows links; False for pipes, sockets, devices, broken links
        yield Found(path, display, rel_parts, refused=_not_a_file(path))
        return
    if is_archive(path.name):
        yield from _archive(path, display, (*rel_parts, Path(path.name).stem), workspace,
                            limits, depth=1)
    else:
        yield Found(path, display, rel_parts)


def _archive(
    archive: Path, display: str, rel_parts: tuple[str, ...], workspace: Workspace | None,
    limits: Limits, *, depth: int,
) -> Iterator[Found]:
    try:
        listed = list(_list_entries(archive, display, limits, depth=depth))
    except ArchiveError as e:
        yield Found(archive, display, rel_parts, refused=str(e))
        return
    for item in listed:
        if isinstance(item, Refused):
            yield Found(archive, item.display, rel_parts, refused=item.reason)
            continue
        if any(skip(part) for part in item.parts):
            continue
        parts = (*rel_parts, *item.parts[:-1])
        if is_archive(item.parts[-1]):
            yield from _nested(item, parts, workspace, limits)
        else:
            yield Found(archive, item.display, parts, entry=item)


def _nested(
    item: Entry, parts: tuple[str, ...], workspace: Workspace | None, limits: Limits
) -> Iterator[Found]:
    """A zip inside the archive: extract it, then list it like any archive."""
    if workspace is None or item.depth >= MAX_NESTING:
        why = ("archives nested more than "
               f"{MAX_NESTING} deep are not opened" if workspace else "nested archive")
        yield Found(item.archive, item.display, parts, refused=f"{why}; unpack it and run again")
        return
    try:
        inner, _sha, _size = workspace.extract(item)
    except ArchiveError as e:
        yield Found(item.archive, item.display, parts, refused=str(e))
        return
    yield from _archive(inner, item.display, (*parts, Path(item.parts[-1]).stem), workspace,
                        limits, depth=item.depth + 1)


def _not_a_file(path: Path) -> str:
    if path.is_symlink():
        return "a link that leads to no file (broken, or a loop); skipped"
    if not path.exists():
        return "no such file or folder; check the path"
    return "not a regular file (a pipe, socket or device); skipped"


def skip(name: str) -> bool:
    return name in SKIP_NAMES or name.startswith(SKIP_PREFIXES)
