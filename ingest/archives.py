"""Zip archives of submissions: list the entries, extract one at a time, safely.

A bureau zips a season of folders on Windows, so names come in GBK without the zip's
UTF-8 flag (Python's zipfile then decodes them as cp437, giving mojibake); `entry_name`
recovers them.  Archives are untrusted, so:

- an entry whose path is absolute or climbs out with `..` is refused, not extracted;
- entries are extracted only into a private temporary folder (`Workspace`, mode 0700),
  under names jixiao makes up (never the entry's path), and removed after use; a folder
  left by a killed run is removed by the next one;
- the number of entries, the total size, each entry's size and its compression ratio
  are capped (`jixiao.parsers.readers.limits`), counting the bytes actually inflated, not the sizes
  the archive declares (which a zip bomb lies about).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jixiao.errors import ArchiveError
from jixiao.parsers.readers.limits import LIMITS, Limits

UTF8_FLAG = 0x800  # general purpose bit 11: the name is UTF-8
ENCRYPTED_FLAG = 0x1
UNICODE_PATH_EXTRA = 0x7075  # Info-ZIP Unicode Path extra field (7-Zip, WinRAR write it)
# Legacy encodings tried, in order, for names without the UTF-8 flag: UTF-8 first (some
# tools write it without setting the flag, and random GBK bytes are rarely valid UTF-8),
# then GB18030, the superset of the GBK that Chinese Windows writes.
NAME_ENCODINGS = ("utf-8", "gb18030")
RATIO_CHECK_AFTER = 1 << 20  # tiny entries compress absurdly well; judge ratios past 1 MiB
MAX_NESTING = 3  # a zip in a zip in a zip, and no deeper
_DRIVE = re.compile(r"^[A-Za-z]:")


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as its author wrote it."""
    if info.flag_bits & UTF8_FLAG:
        return info.orig_filename
    unicode_path = _unicode_path_extra(info)
    if unicode_path is not None:
        return unicode_path
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # zipfile did not decode it as cp437: keep what it gave
        return info.orig_filename
    for encoding in NAME_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.orig_filename


def _unicode_path_extra(info: zipfile.ZipInfo) -> str | None:
    """The UTF-8 name of an Info-ZIP Unicode Path field, if present (version 1)."""
    extra, i = info.extra, 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4 : i + 4 + size]
        if tag == UNICODE_PATH_EXTRA and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        i += 4 + size
    return None


def safe_parts(name: str) -> tuple[str, ...] | None:
    """The entry's folders and file name; None when the path is absolute or climbs out."""
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name) or "\x00" in name:
        return None
    parts = tuple(p for p in name.split("/") if p not in ("", "."))
    if ".." in parts:
        return None
    return parts


@dataclass(frozen=True, slots=True)
class Entry:
    """One file inside an archive on disk (`index` in the archive's entry list)."""

    archive: Path
    index: int
    parts: tuple[str, ...]  # folders inside the archive, then the file name
    display: str  # archive display name ! entry path
    depth: int = 1


@dataclass(frozen=True, slots=True)
class Refused:
    display: str
    reason: str


def list_entries(
    archive: Path, display: str, limits: Limits = LIMITS, *, depth: int = 1
) -> Iterator[Entry | Refused]:
    """The archive's file entries (folders skipped), and the refused ones with why.

    Raises ArchiveError when the archive as a whole cannot be used."""
    with _open(archive) as zf:
        infos = zf.infolist()
    files = [i for i in infos if not i.is_dir()]
    if len(files) > limits.max_zip_entries:
        raise ArchiveError(
            f"the archive holds {len(files)} files, more than the limit of "
            f"{limits.max_zip_entries} (JIXIAO_MAX_ZIP_ENTRIES); split it or raise the limit"
        )
    declared = sum(i.file_size for i in files)
    if declared > limits.max_unzipped_bytes:
        raise ArchiveError(
            f"the archive unpacks to {declared:,} bytes, more than the limit of "
            f"{limits.max_unzipped_bytes:,} (JIXIAO_MAX_UNZIPPED_BYTES); split it"
        )
    for index, info in enumerate(infos):
        if info.is_dir():
            continue
        name = entry_name(info)
        shown = f"{display}!{name}"
        parts = safe_parts(name)
        if parts is None:
            yield Refused(shown, "the entry's path is absolute or leaves the archive with "
                                 "'..'; it was not extracted (rebuild the archive)")
        elif not parts:
            continue
        elif info.flag_bits & ENCRYPTED_FLAG:
            yield Refused(shown, "the entry is encrypted; send the archive without a password")
        elif stat.S_ISLNK(info.external_attr >> 16):
            yield Refused(shown, "the entry is a symbolic link; it was not extracted")
        else:
            yield Entry(archive, index, parts, shown, depth)


def is_archive(name: str) -> bool:
    return name.lower().endswith(".zip")


class Workspace:
    """A private temporary folder for extracted entries; removed on exit.

    Named jixiao-PID-…, so that a run finding the folder of a dead process (a run killed
    with kill -9) removes it."""

    PREFIX = "jixiao-"

    def __init__(self, limits: Limits = LIMITS, parent: Path | None = None) -> None:
        self.limits = limits
        self.parent = parent or Path(tempfile.gettempdir())
        self.root: Path | None = None
        self._count = 0
        self._inflated: dict[Path, int] = {}  # bytes inflated so far from each archive
        self._open: tuple[Path, zipfile.ZipFile] | None = None

    def __enter__(self) -> Workspace:
        remove_stale(self.parent, self.PREFIX)
        self.root = Path(tempfile.mkdtemp(prefix=f"{self.PREFIX}{os.getpid()}-", dir=self.parent))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def extract(self, entry: Entry) -> tuple[Path, str, int]:
        """Extract one entry; returns (path, sha256, size).  Raises ArchiveError."""
        assert self.root is not None, "use Workspace as a context manager"
        self._count += 1
        suffix = Path(entry.parts[-1]).suffix[:12]
        dest = self.root / f"{self._count:07d}{suffix}"
        zf = self._zipfile(entry.archive)
        info = zf.infolist()[entry.index]
        try:
            sha, size = self._copy(zf, info, dest, entry.archive)
        except ArchiveError:
            dest.unlink(missing_ok=True)
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as e:
            dest.unlink(missing_ok=True)
            raise ArchiveError(
                f"the entry cannot be extracted ({e}); the archive is damaged or uses an "
                "unsupported compression; rebuild it with standard zip"
            ) from e
        return dest, sha, size

    def discard(self, path: Path) -> None:
        """Remove an extracted file once it has been stored."""
        if self.root is not None and path.parent == self.root:
            path.unlink(missing_ok=True)

    def _copy(
        self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, key: Path
    ) -> tuple[str, int]:
        lim = self.limits
        h, size = hashlib.sha256(), 0
        taken = self._inflated.get(key, 0)
        with zf.open(info) as src, dest.open("wb") as out:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                size += len(chunk)
                taken += len(chunk)
                if size > lim.max_file_bytes:
                    raise ArchiveError(f"the entry is larger than {lim.max_file_bytes:,} bytes "
                                       "(JIXIAO_MAX_FILE_BYTES); it was not extracted")
                if taken > lim.max_unzipped_bytes:
                    raise ArchiveError(
                        f"the archive unpacks to more than {lim.max_unzipped_bytes:,} bytes "
                        "(JIXIAO_MAX_UNZIPPED_BYTES); the rest was not extracted")
                if size > RATIO_CHECK_AFTER and size > lim.max_compression_ratio * max(
                        info.compress_size, 1):
                    raise ArchiveError(
                        f"the entry inflates more than {lim.max_compression_ratio} times its "
                        "packed size, like a zip bomb; it was not extracted "
                        "(JIXIAO_MAX_COMPRESSION_RATIO)")
                h.update(chunk)
                out.write(chunk)
        self._inflated[key] = taken
        return h.hexdigest(), size

    def _zipfile(self, archive: Path) -> zipfile.ZipFile:
        """The archive, kept open while its entries are extracted one after another."""
        if self._open is not None and self._open[0] == archive:
            return self._open[1]
        if self._open is not None:
            self._open[1].close()
        zf = _open(archive)
        self._open = (archive, zf)
        return zf


def _open(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ArchiveError(
            f"not a readable zip archive ({e}); it may be truncated: copy it again"
        ) from e


def remove_stale(parent: Path, prefix: str) -> None:
    """Remove the temporary folders of runs whose process is gone (killed runs)."""
    try:
        candidates = list(parent.glob(f"{prefix}*-*"))
    except OSError:
        return
    for folder in candidates:
        pid_text = folder.name[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or not folder.is_dir() or _alive(int(pid_text)):
            continue
        try:
            if folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
