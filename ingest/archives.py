"""Archives of submissions (.zip, .7z, .rar): list the entries, extract one at a time, safely.

Townships send a season's folders zipped, 7-Zipped or RARed.  Each kind is one small
backend (`Kind`) that only lists its members (`Member`) and copies one member's bytes to
a callback; everything else is shared, so the three kinds are guarded alike:

- an entry whose path is absolute or climbs out with `..` is refused, not extracted;
  so are links and encrypted entries, and an archive whose file list itself is
  encrypted is refused whole; each with a reason that says what to send instead;
- entries are extracted only into a private temporary folder (`Workspace`, mode 0700),
  under names jixiao makes up (never the entry's path), and removed after use; a folder
  left by a killed run is removed by the next one;
- the number of entries, the total size, each entry's size and its compression ratio
  are capped (`jixiao.parsers.readers.limits`), counting the bytes actually inflated, not
  the sizes the archive declares (which a bomb lies about); where a member has no packed
  size of its own (a solid 7z or RAR), the ratio is taken over the whole archive's size;
- an archive inside an archive is opened too, up to `MAX_NESTING` deep.

A bureau archives folders on Chinese Windows, so names may come in GBK: zip names without
the UTF-8 flag (Python's zipfile then decodes them as cp437, giving mojibake) and RAR 4
names without the Unicode flag are decoded as UTF-8, else GB18030 (`decode_name`); 7z and
RAR 5 always store Unicode.

The libraries, chosen to install from PyPI wheels and Debian's main archive alone:
zipfile (standard library); py7zr for 7z (pure Python over wheels, and it writes 7z, which
the samples and tests need); libarchive-c for RAR, a ctypes binding over the system's
libarchive (Debian `libarchive13`), which reads RAR 4 and RAR 5 in-process.  rarfile was
not taken: it shells out to `unrar` (non-free, not in Debian main), `unar` or `bsdtar` for
every compressed member.  No free tool writes RAR; the RAR samples are written by
`samples.archives_and_ofd` as stored (uncompressed) RAR 4 archives, byte by byte.
"""

from __future__ import annotations

import calendar
import hashlib
import lzma
import os
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

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
MAX_NESTING = 3  # an archive in an archive in an archive, and no deeper
_DRIVE = re.compile(r"^[A-Za-z]:")

ENCRYPTED_ENTRY = "the entry is encrypted; send the archive without a password"
ENCRYPTED_ARCHIVE = ("the archive is encrypted (a password hides even its file list); "
                     "send it without a password")

Write = Callable[[bytes], None]


# -- names and paths -----------------------------------------------------------------------


def entry_name(info: zipfile.ZipInfo) -> str:
    """A zip entry's name as its author wrote it."""
    if info.flag_bits & UTF8_FLAG:
        return info.orig_filename
    unicode_path = _unicode_path_extra(info)
    if unicode_path is not None:
        return unicode_path
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # zipfile did not decode it as cp437: keep what it gave
        return info.orig_filename
    return decode_name(raw)


def decode_name(raw: bytes) -> str:
    """Name bytes of unknown encoding: UTF-8, else GB18030 (which decodes any GBK)."""
    for encoding in NAME_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


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


# -- one abstraction over the kinds --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """One member of an archive as its kind lists it (folders included)."""

    index: int  # position in the archive's member list
    name: str  # as its author wrote it (decoded)
    size: int  # unpacked size, as declared
    packed: int | None  # packed size, as declared; None when members share one stream
    is_dir: bool = False
    encrypted: bool = False
    link: bool = False  # a symbolic or hard link
    mtime: float | None = None  # modification time (seconds since the epoch), if stored


class Opened(Protocol):
    """An archive opened by its kind's library.  Both methods raise ArchiveError."""

    def members(self) -> list[Member]: ...

    def copy(self, member: Member, write: Write) -> None:
        """Pass the member's bytes, a chunk at a time, to `write` (which may raise)."""

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Kind:
    suffix: str
    label: str  # in messages: "a readable RAR archive"
    open: Callable[[Path], Opened]


def kind_of(name: str) -> Kind | None:
    """The archive kind a file name says, or None for any other file."""
    lower = name.lower()
    return next((k for k in KINDS if lower.endswith(k.suffix)), None)


def is_archive(name: str) -> bool:
    return kind_of(name) is not None


def open_archive(archive: Path) -> Opened:
    kind = kind_of(archive.name)
    if kind is None:  # an archive nested in another was extracted under a made-up name
        raise ArchiveError(f"{archive.name} is not an archive jixiao opens (.zip, .7z, .rar)")
    return kind.open(archive)


def _detail(e: BaseException) -> str:
    """What a library said, without its internals: libarchive's `(errno=84, retcode=-30,
    archive_p=94492398689248)`, or an exception's class when it said nothing."""
    said = re.sub(r"\s*\((?:errno|retcode|archive_p)=[^)]*\)", "", str(e)).strip()
    return said or "no reason given"


def _unreadable(label: str, e: BaseException) -> ArchiveError:
    detail = _detail(e)
    return ArchiveError(f"not a readable {label} archive ({detail}); it may be truncated: "
                        "copy it again")


def _damaged(e: BaseException) -> ArchiveError:
    detail = _detail(e)
    return ArchiveError(
        f"the entry cannot be extracted ({detail}); the archive is damaged or uses an "
        "unsupported compression; rebuild it with standard zip"
    )


# -- zip (the standard library) ------------------------------------------------------------

ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
              NotImplementedError, ValueError, struct.error)


class _Zip:
    def __init__(self, path: Path) -> None:
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as e:
            raise _unreadable("zip", e) from e
        self._members = [
            Member(i, entry_name(info), info.file_size, info.compress_size, info.is_dir(),
                   bool(info.flag_bits & ENCRYPTED_FLAG), stat.S_ISLNK(info.external_attr >> 16),
                   _dos_time(info.date_time))
            for i, info in enumerate(self._zf.infolist())
        ]

    def members(self) -> list[Member]:
        return self._members

    def copy(self, member: Member, write: Write) -> None:
        try:
            with self._zf.open(self._zf.infolist()[member.index]) as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    write(chunk)
        except ZIP_DAMAGE as e:
            raise _damaged(e) from e

    def close(self) -> None:
        self._zf.close()


def _dos_time(t: tuple[int, int, int, int, int, int]) -> float | None:
    """A zip's local date and time, taken as UTC (zip stores no time zone)."""
    try:
        return float(calendar.timegm((*t, 0, 0, 0)))
    except (ValueError, OverflowError):
        return None


# -- 7z (py7zr) ----------------------------------------------------------------------------


class _SevenZip:
    def __init__(self, path: Path) -> None:
        import py7zr
        from py7zr.exceptions import PasswordRequired

        self._stack = ExitStack()
        try:
            # A file object, not a name: py7zr then never decompresses in threads, so
            # that an ArchiveError raised by `write` reaches the caller as it is.
            fp = self._stack.enter_context(path.open("rb"))
            self._z = self._stack.enter_context(py7zr.SevenZipFile(fp, mode="r"))
            encrypted = self._z.needs_password()
            files = list(self._z.files)
        except PasswordRequired as e:
            self._stack.close()
            raise ArchiveError(ENCRYPTED_ARCHIVE) from e
        except BaseException as e:
            self._stack.close()
            if isinstance(e, _seven_zip_damage()):
                raise _unreadable("7-Zip", e) from e
            raise
        self._members = [
            Member(i, f.filename, f.uncompressed, _packed(f), f.is_directory, encrypted,
                   f.is_symlink or f.is_junction, _seven_zip_time(f))
            for i, f in enumerate(files)
        ]

    def members(self) -> list[Member]:
        return self._members

    def copy(self, member: Member, write: Write) -> None:
        from py7zr.exceptions import PasswordRequired

        try:
            self._z.reset()
            self._z.extract(targets=[member.name], factory=_SinkFactory(write))
        except ArchiveError:
            raise
        except PasswordRequired as e:
            raise ArchiveError(ENCRYPTED_ENTRY) from e
        except _seven_zip_damage() as e:
            raise _damaged(e) from e

    def close(self) -> None:
        self._stack.close()


def _seven_zip_damage() -> tuple[type[BaseException], ...]:
    from py7zr.exceptions import ArchiveError as SevenZipError

    return (SevenZipError, lzma.LZMAError, EOFError, OSError, ValueError, KeyError,
            IndexError, TypeError, struct.error, NotImplementedError, zlib.error)


def _packed(f: Any) -> int | None:
    """A member's own packed size; None in a solid block (the block is packed as one)."""
    size = f.compressed
    return size if isinstance(size, int) and size > 0 and f.uncompressed > 0 else None


def _seven_zip_time(f: Any) -> float | None:
    try:
        t = f.lastwritetime
        return float(t.totimestamp()) if t is not None else None
    except (AttributeError, ValueError, OverflowError, OSError):
        return None


def _sink_io() -> type:
    """py7zr's writer interface, as a class that passes each chunk on."""
    from py7zr.io import Py7zIO

    class SinkIO(Py7zIO):
        def __init__(self, write: Write) -> None:
            self._write = write
            self._size = 0

        def write(self, s: bytes | bytearray) -> int:
            self._write(bytes(s))
            self._size += len(s)
            return len(s)

        def read(self, size: int | None = None) -> bytes:
            return b""

        def seek(self, offset: int, whence: int = 0) -> int:
            return self._size

        def flush(self) -> None:
            return None

        def size(self) -> int:
            return self._size

    return SinkIO


class _SinkFactory:
    """py7zr's WriterFactory: every member extracted goes to `write`."""

    def __init__(self, write: Write) -> None:
        self._write = write

    def create(self, filename: str) -> Any:
        return _sink_io()(self._write)


# -- RAR (libarchive, through libarchive-c) ------------------------------------------------


class _Rar:
    """libarchive reads an archive front to back, so members are extracted by walking
    it again from where the last one ended (from the start when asked for an earlier one)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._walk: ExitStack | None = None
        self._entries: Iterator[Any] = iter(())
        self._at = -1
        self._members: list[Member] = []
        lib = _libarchive()
        locked = rar5_encrypted_names(path)
        try:
            with _rar_reader(lib, path) as archive:
                for i, e in enumerate(archive):
                    name = _rar_name(e.pathname)
                    self._members.append(Member(
                        i, name, e.size or 0, None, e.isdir,
                        _rar_encrypted(e) or name in locked, e.issym or e.islnk,
                        float(e.mtime) if e.mtime else None,
                    ))
        except lib.ArchiveError as e:
            raise _rar_error(e, listing=True) from e

    def members(self) -> list[Member]:
        return self._members

    def copy(self, member: Member, write: Write) -> None:
        lib = _libarchive()
        try:
            if member.index <= self._at or self._walk is None:
                self._rewind(lib)
            for entry in self._entries:
                self._at += 1
                if self._at == member.index:
                    for block in entry.get_blocks():
                        write(block)
                    return
        except lib.ArchiveError as e:
            self.close()
            raise _rar_error(e, listing=False) from e
        raise ArchiveError("the entry is missing from the archive; copy the archive again")

    def _rewind(self, lib: Any) -> None:
        self.close()
        self._walk = ExitStack()
        self._entries = iter(self._walk.enter_context(_rar_reader(lib, self._path)))
        self._at = -1

    def close(self) -> None:
        if self._walk is not None:
            self._walk.close()
            self._walk = None


def _libarchive() -> Any:
    """libarchive-c, which loads the system's libarchive when imported."""
    try:
        import libarchive
        import libarchive.exception
    except (ImportError, OSError, AttributeError, TypeError) as e:
        raise ArchiveError(
            f"RAR archives are read with the system's libarchive, which is missing ({e}); "
            "install it (Debian: apt-get install libarchive13) or send a .zip"
        ) from e
    libarchive.ArchiveError = libarchive.exception.ArchiveError
    return libarchive


@contextmanager
def _rar_reader(lib: Any, path: Path) -> Iterator[Any]:
    """libarchive reading RAR 4 and RAR 5 only: with every format enabled, a stored RAR
    holding a .docx bids as the zip it carries (its directory sits near the file's end)."""
    from libarchive import ffi
    from libarchive.read import ArchiveRead, new_archive_read

    with new_archive_read("rar", "none") as archive_p:
        ffi.get_read_format_function("rar5")(archive_p)
        ffi.read_open_filename_w(archive_p, str(path), 1 << 16)
        yield ArchiveRead(archive_p)


def _rar_name(name: str | bytes) -> str:
    """libarchive gives text when it knew the encoding (RAR 5, RAR 4 with Unicode names),
    else the bytes as stored (RAR 4 from Chinese Windows: GBK)."""
    return decode_name(name) if isinstance(name, bytes) else name


def _rar_encrypted(entry: Any) -> bool:
    from libarchive import ffi

    fn = ffi.libarchive.archive_entry_is_encrypted
    fn.argtypes, fn.restype = [ffi.c_archive_entry_p], ffi.c_int
    return bool(fn(entry._entry_p))


RAR5_SIGNATURE = b"Rar!\x1a\x07\x01\x00"
RAR5_FILE, RAR5_ENCRYPTION = 2, 4  # header types: a file; the archive's headers encrypted
RAR5_FILE_ENCRYPTION = 1  # extra record type: the file's data is encrypted


def rar5_encrypted_names(path: Path) -> set[str]:
    """The names of RAR 5 members whose data is encrypted.

    libarchive 3.6 does not report RAR 5 encryption: it would unpack ciphertext as if it
    were the file.  So the headers are walked here (RAR 5 technote: CRC32, size, type,
    flags, then the extra area, whose record 0x01 marks an encrypted file); an archive
    whose headers are themselves encrypted is refused whole."""
    out: set[str] = set()
    with path.open("rb") as f:
        if f.read(8) != RAR5_SIGNATURE:
            return out
        while True:
            head = f.read(7)  # CRC32 and at most 3 bytes of the size vint
            if len(head) < 5:
                return out
            size, n = _vint(head, 4)
            if size <= 0 or size > 2 * 1024 * 1024:
                return out  # damaged: libarchive will say so
            f.seek(n - len(head), 1)
            block = f.read(size)
            htype, i = _vint(block, 0)
            flags, i = _vint(block, i)
            extra, i = _vint(block, i) if flags & 1 else (0, i)
            data, i = _vint(block, i) if flags & 2 else (0, i)
            if htype == RAR5_ENCRYPTION:
                raise ArchiveError(ENCRYPTED_ARCHIVE)
            if htype == RAR5_FILE and extra and _rar5_has_record(
                    block[len(block) - extra:], RAR5_FILE_ENCRYPTION):
                out.add(_rar5_file_name(block, i))
            f.seek(data, 1)


def _vint(data: bytes, i: int) -> tuple[int, int]:
    """RAR 5's variable-length integer at `i`: (value, next position)."""
    value = shift = 0
    while i < len(data):
        b = data[i]
        value |= (b & 0x7F) << shift
        i += 1
        if not b & 0x80:
            return value, i
        shift += 7
    return -1, i


def _rar5_has_record(area: bytes, record: int) -> bool:
    i = 0
    while i < len(area):
        size, j = _vint(area, i)
        kind, _ = _vint(area, j)
        if kind == record:
            return True
        if size <= 0:
            return False
        i = j + size
    return False


def _rar5_file_name(block: bytes, i: int) -> str:
    """The name in a RAR 5 file header's body (flags, size, attributes, time, CRC, …)."""
    fflags, i = _vint(block, i)
    _size, i = _vint(block, i)
    _attrs, i = _vint(block, i)
    i += (4 if fflags & 2 else 0) + (4 if fflags & 4 else 0)
    _method, i = _vint(block, i)
    _host, i = _vint(block, i)
    length, i = _vint(block, i)
    return block[i : i + length].decode("utf-8", "replace").replace("\\", "/")


def _rar_error(e: Any, *, listing: bool) -> ArchiveError:
    message = str(getattr(e, "msg", None) or e)
    if any(w in message.lower() for w in ("encrypt", "passphrase", "password")):
        return ArchiveError(ENCRYPTED_ARCHIVE if listing else ENCRYPTED_ENTRY)
    if "solid" in message.lower():
        return ArchiveError(
            "the archive is a solid RAR 4 archive, which the system's libarchive cannot "
            "unpack; send a .zip, or a RAR 5 archive (WinRAR's default since 5.0)")
    return _unreadable("RAR", e) if listing else _damaged(e)


KINDS: tuple[Kind, ...] = (
    Kind(".zip", "zip", _Zip),
    Kind(".7z", "7-Zip", _SevenZip),
    Kind(".rar", "RAR", _Rar),
)


# -- listing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One file inside an archive on disk (`index` in the archive's member list)."""

    archive: Path
    index: int
    parts: tuple[str, ...]  # folders inside the archive, then the file name
    display: str  # archive display name ! entry path
    depth: int = 1
    mtime: float | None = None  # as the archive stores it, if it does


@dataclass(frozen=True, slots=True)
class Refused:
    display: str
    reason: str


def list_entries(
    archive: Path, display: str, limits: Limits = LIMITS, *, depth: int = 1
) -> Iterator[Entry | Refused]:
    """The archive's file entries (folders skipped), and the refused ones with why.

    Raises ArchiveError when the archive as a whole cannot be used."""
    opened = open_archive(archive)
    try:
        members = opened.members()
    finally:
        opened.close()
    files = [m for m in members if not m.is_dir]
    if len(files) > limits.max_zip_entries:
        raise ArchiveError(
            f"the archive holds {len(files)} files, more than the limit of "
            f"{limits.max_zip_entries} (JIXIAO_MAX_ZIP_ENTRIES); split it or raise the limit"
        )
    declared = sum(m.size for m in files)
    if declared > limits.max_unzipped_bytes:
        raise ArchiveError(
            f"the archive unpacks to {declared:,} bytes, more than the limit of "
            f"{limits.max_unzipped_bytes:,} (JIXIAO_MAX_UNZIPPED_BYTES); split it"
        )
    for m in files:
        shown = f"{display}!{m.name}"
        parts = safe_parts(m.name)
        if parts is None:
            yield Refused(shown, "the entry's path is absolute or leaves the archive with "
                                 "'..'; it was not extracted (rebuild the archive)")
        elif not parts:
            continue
        elif m.encrypted:
            yield Refused(shown, ENCRYPTED_ENTRY)
        elif m.link:
            yield Refused(shown, "the entry is a symbolic link; it was not extracted")
        else:
            yield Entry(archive, m.index, parts, shown, depth, m.mtime)


# -- extracting ----------------------------------------------------------------------------


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
        self._open: tuple[Path, Opened] | None = None

    def __enter__(self) -> Workspace:
        remove_stale(self.parent, self.PREFIX)
        self.root = Path(tempfile.mkdtemp(prefix=f"{self.PREFIX}{os.getpid()}-", dir=self.parent))
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def extract(self, entry: Entry) -> tuple[Path, str, int]:
        """Extract one entry; returns (path, sha256, size).  Raises ArchiveError."""
        assert self.root is not None, "use Workspace as a context manager"
        self._count += 1
        suffix = Path(entry.parts[-1]).suffix[:12]
        dest = self.root / f"{self._count:07d}{suffix}"
        opened = self._archive(entry.archive)
        member = opened.members()[entry.index]
        try:
            sha, size = self._copy(opened, member, dest, entry.archive)
        except ArchiveError:
            dest.unlink(missing_ok=True)
            raise
        except OSError as e:  # writing the extracted file (a full disk)
            dest.unlink(missing_ok=True)
            raise ArchiveError(f"the entry cannot be written to {self.root} ({e})") from e
        return dest, sha, size

    def discard(self, path: Path) -> None:
        """Remove an extracted file once it has been stored."""
        if self.root is not None and path.parent == self.root:
            path.unlink(missing_ok=True)

    def _copy(self, opened: Opened, member: Member, dest: Path, key: Path) -> tuple[str, int]:
        """Copy the member, hashing it and counting what it inflates to as it comes."""
        lim = self.limits
        packed = member.packed if member.packed is not None else key.stat().st_size
        h = hashlib.sha256()
        size = 0
        taken = self._inflated.get(key, 0)
        with dest.open("wb") as out:

            def write(chunk: bytes) -> None:
                nonlocal size, taken
                size += len(chunk)
                taken += len(chunk)
                _check_inflated(lim, size, taken, packed)
                h.update(chunk)
                out.write(chunk)

            opened.copy(member, write)
        self._inflated[key] = taken
        return h.hexdigest(), size

    def _archive(self, archive: Path) -> Opened:
        """The archive, kept open while its entries are extracted one after another."""
        if self._open is not None and self._open[0] == archive:
            return self._open[1]
        self._close()
        opened = open_archive(archive)
        self._open = (archive, opened)
        return opened

    def _close(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None


def _check_inflated(lim: Limits, size: int, taken: int, packed: int) -> None:
    """The guards on bytes actually inflated: the entry's size, the archive's total, and
    the entry's ratio to its packed size."""
    if size > lim.max_file_bytes:
        raise ArchiveError(f"the entry is larger than {lim.max_file_bytes:,} bytes "
                           "(JIXIAO_MAX_FILE_BYTES); it was not extracted")
    if taken > lim.max_unzipped_bytes:
        raise ArchiveError(
            f"the archive unpacks to more than {lim.max_unzipped_bytes:,} bytes "
            "(JIXIAO_MAX_UNZIPPED_BYTES); the rest was not extracted")
    if size > RATIO_CHECK_AFTER and size > lim.max_compression_ratio * max(packed, 1):
        raise ArchiveError(
            f"the entry inflates more than {lim.max_compression_ratio} times its "
            "packed size, like a zip bomb; it was not extracted "
            "(JIXIAO_MAX_COMPRESSION_RATIO)")


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
