"""Finding the files to ingest: files as given, folders walked recursively and zip
archives opened (their folders too, and zips inside them), in a stable order.

Discovery only lists: archive entries are extracted later, one at a time, when their
turn comes (`Workspace.extract`); a zip inside a zip is the exception, since its
entries can only be listed once it is out.  What cannot be used (a broken archive, an
entry with an unsafe path) is listed too, with the reason, so that the run reports it.

What is never read:
- the database's own files (the SQLite file and its -wal/-shm/-journal siblings, wherever
  they are): the command names them (`screening(own=...)`), and discovery skips them;
- what a `.jixiaoignore` lists: glob patterns, one a line, `#` comments, each applying
  below the folder that holds the file (a pattern with a `/` is matched against the path
  from that folder, `/name` only in that folder, any other against each name; an archive
  entry is `a.zip!inner/path.txt`).  Ignored files are not read; they are collected on the
  screen (`Screen.ignored`) for the run's summary.  `acknowledge` appends a pattern for
  one file, with a dated comment: a file that will never be fixed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path

from jixiao.ingest.archives import MAX_NESTING, ArchiveError, Entry, Refused, Workspace, is_archive
from jixiao.ingest.archives import list_entries as _list_entries
from jixiao.parsers.readers.limits import LIMITS, Limits

# Office lock files, editor backups and OS litter are never submissions.
SKIP_PREFIXES = ("~$", ".~lock", "._", ".")
SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX"})
IGNORE_FILE = ".jixiaoignore"


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # on disk: the file itself, or the archive holding `entry`
    display: str  # as reported: relative to the folder given, a.zip!b/c.docx inside archives
    rel_parts: tuple[str, ...]  # folder names between the input root and the file
    entry: Entry | None = None  # the file is this archive entry
    refused: str | None = None  # why it cannot be ingested, when discovery already knows
    origin: str | None = None  # `path` is a copy (a farm job's carried content) made of this

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


# --- what is kept out: the database's own files, .jixiaoignore ---------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern line of a .jixiaoignore, and the folder it applies below."""

    folder: Path
    pattern: str
    line: int

    def matches(self, rel: str) -> bool:
        """`rel`: a path below `folder`, `/`-separated (`a.zip!b/c.txt` inside archives)."""
        pattern = self.pattern.rstrip("/")
        if pattern.startswith("/"):
            return fnmatchcase(rel, pattern[1:])
        if "/" in pattern:
            return fnmatchcase(rel, pattern)
        names = re.split(r"[/!]", rel)
        return any(fnmatchcase(name, pattern) for name in names)

    @property
    def where(self) -> str:
        """`FOLDER/.jixiaoignore:LINE`, from the working folder when it is below it."""
        return f"{from_here(self.folder / IGNORE_FILE)}:{self.line}"


@dataclass(frozen=True, slots=True)
class Ignored:
    """A file discovery kept out, and the rule that did."""

    display: str
    rule: Rule

    def as_json(self) -> dict[str, str]:
        return {"file": self.display, "pattern": self.rule.pattern, "where": self.rule.where}


@dataclass
class Screen:
    """What discovery keeps out in one run: `own`, the database's files (skipped without a
    word on the screen; those met are in `own_met`, for the run log); the .jixiaoignore
    rules; and what they kept out, in `ignored`."""

    own: frozenset[str] = frozenset()
    ignored: list[Ignored] = field(default_factory=list)
    own_met: list[str] = field(default_factory=list)  # the database's files met, as displayed

    def is_own(self, path: Path) -> bool:
        return bool(self.own) and os.path.realpath(path) in self.own


_SCREEN: ContextVar[Screen | None] = ContextVar("jixiao_discover_screen", default=None)


@contextmanager
def screening(own: Iterable[Path] = ()) -> Iterator[Screen]:
    """Discovery within this block skips the files `own` (the database's), and lists
    what the .jixiaoignore files keep out on the screen it yields."""
    screen = Screen(frozenset(os.path.realpath(p) for p in own))
    token = _SCREEN.set(screen)
    try:
        yield screen
    finally:
        _SCREEN.reset(token)


def current_screen() -> Screen | None:
    """The screen of the `screening` block this is called in (None outside one)."""
    return _SCREEN.get()


def from_here(path: Path) -> Path:
    """`path` from the working folder when it is below it (for messages)."""
    here = Path.cwd()
    return path.relative_to(here) if path.is_relative_to(here) else path


def read_rules(folder: Path) -> list[Rule]:
    """The patterns of `folder`/.jixiaoignore (none when there is no such file)."""
    try:
        text = (folder / IGNORE_FILE).read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return []
    rules = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            rules.append(Rule(folder, line, n))
    return rules


def _first(rules: list[Rule], path: Path, inner: str | None = None) -> Rule | None:
    """The first rule that keeps `path` (or its archive entry `inner`) out."""
    for rule in rules:
        try:
            rel = path.relative_to(rule.folder).as_posix()
        except ValueError:
            continue
        if rule.matches(rel) or (inner is not None and rule.matches(f"{rel}!{inner}")):
            return rule
    return None


def ignored_by(path: Path, inner: str | None = None) -> Rule | None:
    """The rule of a .jixiaoignore in the file's folder or above that keeps it out (for
    the run log's failures); `inner`: an entry of the archive `path`."""
    path = Path(os.path.abspath(path))
    rules = [r for folder in path.parents for r in read_rules(folder)]
    return _first(rules, path, inner)


def acknowledge_pattern(path: Path, inner: str | None = None) -> str:
    """The pattern that keeps exactly this file (or archive entry) out, from its folder."""
    rel = path.name if inner is None else f"{path.name}!{inner}"
    return "/" + re.sub(r"([*?\[])", r"[\1]", rel)


def acknowledge(path: Path, reason: str | None, who: str, *, inner: str | None = None,
                today: date | None = None) -> tuple[Path, str]:
    """Append the file's pattern, with a dated comment, to the .jixiaoignore of the
    folder that holds it; returns that file and the pattern.  OSError when it cannot."""
    folder = Path(os.path.abspath(path)).parent
    pattern = acknowledge_pattern(path, inner)
    target = folder / IGNORE_FILE
    existing = target.read_text(encoding="utf-8-sig") if target.exists() else ""
    comment = f"# acknowledged {(today or date.today()).isoformat()} by {who}"
    if reason:
        comment += ": " + " ".join(reason.split())
    block = ("" if not existing or existing.endswith("\n") else "\n") + f"{comment}\n{pattern}\n"
    with target.open("a", encoding="utf-8") as fh:
        fh.write(block)
    return target, pattern


# --- discovery ------------------------------------------------------------------------------


def discover(
    paths: list[Path], workspace: Workspace | None = None, limits: Limits = LIMITS
) -> Iterator[Found]:
    screen = _SCREEN.get() or Screen()
    for root in paths:
        if root.is_dir():
            yield from _walk(root, workspace, limits, screen)
        elif screen.is_own(root):
            screen.own_met.append(str(root))
        else:
            parent = Path(os.path.abspath(root)).parent
            yield from _file(root, str(root), tuple(root.resolve().parent.parts[-2:]),
                             workspace, limits, screen, read_rules(parent))


def _walk(
    root: Path, workspace: Workspace | None, limits: Limits, screen: Screen
) -> Iterator[Found]:
    base = root.resolve().name  # "." names the folder it is, for the path's unit and year
    above: dict[str, list[Rule]] = {}  # folder → the rules that apply in it
    for dirpath, dirnames, filenames in os.walk(root):
        folder = Path(dirpath)
        rules = above.get(dirpath, []) + read_rules(Path(os.path.abspath(folder)))
        kept = []
        for d in sorted(dirnames):
            if skip(d):
                continue
            rule = _first(rules, Path(os.path.abspath(folder / d)))
            if rule is not None:
                screen.ignored.append(Ignored(_display(root, folder / d) + "/", rule))
                continue
            kept.append(d)
            above[os.path.join(dirpath, d)] = rules
        dirnames[:] = kept
        for name in sorted(filenames):
            if skip(name):
                continue
            p = folder / name
            if screen.is_own(p):
                screen.own_met.append(_display(root, p))
                continue
            rel = p.relative_to(root)
            display = _display(root, p)
            folders = tuple(readable_name(x) for x in (base, *rel.parts[:-1]))
            yield from _file(p, display, folders, workspace, limits, screen, rules)


def _display(root: Path, p: Path) -> str:
    return readable_name(str(Path(root.name) / p.relative_to(root)))


def _file(
    path: Path, display: str, rel_parts: tuple[str, ...], workspace: Workspace | None,
    limits: Limits, screen: Screen | None = None, rules: list[Rule] | None = None,
) -> Iterator[Found]:
    rule = _first(rules or [], Path(os.path.abspath(path)))
    if rule is not None:
        if screen is not None:
            screen.ignored.append(Ignored(display, rule))
        return
    if not path.is_file():  # follows links; False for pipes, sockets, devices, broken links
        yield Found(path, display, rel_parts, refused=_not_a_file(path))
        return
    if is_archive(path.name):
        yield from _archive(path, display, (*rel_parts, Path(path.name).stem), workspace,
                            limits, depth=1, screen=screen, rules=rules)
    else:
        yield Found(path, display, rel_parts)


def _archive(
    archive: Path, display: str, rel_parts: tuple[str, ...], workspace: Workspace | None,
    limits: Limits, *, depth: int, screen: Screen | None = None,
    rules: list[Rule] | None = None,
) -> Iterator[Found]:
    try:
        listed = list(_list_entries(archive, display, limits, depth=depth))
    except ArchiveError as e:
        yield Found(archive, display, rel_parts, refused=str(e))
        return
    if not listed:  # else the archive would pass without a word in the run's report
        yield Found(archive, display, rel_parts, refused=(
            "the archive holds no files (it is empty, or holds only folders); send it again "
            "with the submissions in it"))
        return
    on_disk = Path(os.path.abspath(archive))
    for item in listed:
        if isinstance(item, Refused):
            yield Found(archive, item.display, rel_parts, refused=item.reason)
            continue
        if any(skip(part) for part in item.parts):
            continue
        rule = _first(rules or [], on_disk, "/".join(item.parts)) if depth == 1 else None
        if rule is not None:
            if screen is not None:
                screen.ignored.append(Ignored(item.display, rule))
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
        return ("a link that leads to no file (broken, or a loop); skipped: point it at the "
                "submission, or copy the file in its place")
    if not path.exists():
        return "no such file or folder; check the path"
    return ("not a regular file (a pipe, socket or device); skipped: copy the submission in "
            "as an ordinary file")


def skip(name: str) -> bool:
    return name in SKIP_NAMES or name.startswith(SKIP_PREFIXES)
