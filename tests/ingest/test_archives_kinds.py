"""Issue 14.8: .7z and .rar archives read like .zip ones, through one abstraction
(`jixiao.ingest.archives.Kind`), with the same guards: traversal, absolute paths, links,
bombs by size and ratio, entry limits, GBK names, nesting, and passwords refused with a
reason.  The good archives are the samples under samples/archives/; the hostile ones are
built here with the same writers."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import py7zr
import pytest
from sqlalchemy.engine import Engine

from jixiao.errors import ArchiveError
from jixiao.ingest.archives import (
    KINDS,
    Entry,
    Refused,
    Workspace,
    is_archive,
    list_entries,
    rar5_encrypted_names,
)
from jixiao.ingest.pipeline import Options, RunSummary, ingest
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from jixiao.store.db.engine import open_engine
from jixiao.store.exports.exporting import export_dicts
from samples.archives_and_ofd import RAR, SEVEN_ZIP, write_7z, write_rar4
from samples.registry import SAMPLES
from samples.seed_docs import SEED_DOCX
from tests.helpers import SEED

SEED_DOCX_SHA = hashlib.sha256((SAMPLES / SEED_DOCX).read_bytes()).hexdigest()
INSIDE = ("2021年", "老庄子镇", "老庄子镇_2021.docx")


def run(url: str, paths: list[Path], limits: Limits | None = None) -> RunSummary:
    engine: Engine = open_engine(url)
    try:
        return ingest(engine, paths, Options(jobs=1, limits=limits or Limits()))
    finally:
        engine.dispose()


def listed(path: Path, limits: Limits | None = None) -> list[Entry | Refused]:
    return list(list_entries(path, path.name, limits or Limits()))


def reasons(summary: RunSummary) -> dict[str, str]:
    return {f["file"].split("!", 1)[-1]: f["reason"] for f in summary.as_json()["failures"]}


def test_one_kind_per_suffix() -> None:
    assert [k.suffix for k in KINDS] == [".zip", ".7z", ".rar"]
    assert all(is_archive(n) for n in ("a.ZIP", "b.7z", "c.Rar"))
    assert not is_archive("老庄子镇_2021.docx")


@pytest.mark.parametrize("sample", [SEVEN_ZIP, RAR])
def test_sample_lists_the_clerks_folders_and_extracts_the_seed(sample: str) -> None:
    """The RAR's folder names are GBK bytes without the Unicode flag; the 7z's UTF-16."""
    [entry] = listed(SAMPLES / sample)
    assert isinstance(entry, Entry) and entry.parts == INSIDE
    assert entry.mtime is not None
    with Workspace() as ws:
        path, sha, size = ws.extract(entry)
        assert sha == SEED_DOCX_SHA and path.stat().st_size == size
        assert path.parent == ws.root


@pytest.mark.parametrize("sample", [SEVEN_ZIP, RAR])
def test_sample_ingests_as_the_seed(sample: str, db_url: str) -> None:
    summary = run(db_url, [SAMPLES / sample]).as_json()
    assert (summary["ingested"], summary["failed"]) == (1, 0), summary
    assert summary["files"][0]["file"].endswith("!2021年/老庄子镇/老庄子镇_2021.docx")
    engine = open_engine(db_url)
    [doc] = export_dicts(engine)
    engine.dispose()
    assert (doc["unit_name"], doc["year"], doc["sha256"]) == ("老庄子镇", 2021, SEED_DOCX_SHA)
    assert len(doc["projects"]) == 12


def test_archive_under_another_name_says_how_to_name_it(tmp_path: Path) -> None:
    for sample, suffix in ((SEVEN_ZIP, ".7z"), (RAR, ".rar")):
        renamed = tmp_path / f"x{suffix}.docx"
        renamed.write_bytes((SAMPLES / sample).read_bytes())
        with pytest.raises(Exception, match=f"name it {suffix}"):
            detect_format(renamed)


# --- hostile archives -------------------------------------------------------------------


def hostile_7z(path: Path) -> Path:
    write_7z(path, [("../evil.txt", b"x"), ("/abs.txt", b"y"),
                    ("ok/老庄子镇_2021.txt", SEED.read_bytes())])
    return path


def hostile_rar(path: Path) -> Path:
    write_rar4(path, [(b"..\\evil.txt", b"x"), (b"C:\\abs.txt", b"y"),
                      ("ok\\老庄子镇_2021.txt".encode("gbk"), SEED.read_bytes())])
    return path


@pytest.mark.parametrize("build", [hostile_7z, hostile_rar], ids=["7z", "rar"])
def test_traversal_refused_and_nothing_written_outside(
    build: object, tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    (tmp_path / "in").mkdir()
    suffix = ".7z" if build is hostile_7z else ".rar"
    archive = build(tmp_path / "in" / f"bad{suffix}")  # type: ignore[operator]
    summary = run(sqlite_url, [archive])
    assert summary.as_json()["ingested"] == 1
    why = reasons(summary)
    assert len(why) == 2 and all("absolute or leaves the archive" in r for r in why.values())
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "in" / "evil.txt").exists()
    assert list(scratch.iterdir()) == []


def test_encrypted_7z_entries_refused(tmp_path: Path, sqlite_url: str) -> None:
    archive = tmp_path / "locked.7z"
    with py7zr.SevenZipFile(archive, "w", password="1234") as z:
        z.writestr(SEED.read_bytes(), "老庄子镇/老庄子镇_2021.txt")
    summary = run(sqlite_url, [archive])
    assert summary.as_json()["failed"] == 1
    assert reasons(summary) == {
        "老庄子镇/老庄子镇_2021.txt": "the entry is encrypted; send the archive without a password"}


def test_7z_with_encrypted_file_list_refused_whole(tmp_path: Path) -> None:
    archive = tmp_path / "locked.7z"
    with py7zr.SevenZipFile(archive, "w", password="1234", header_encryption=True) as z:
        z.writestr(SEED.read_bytes(), "a.txt")
    with pytest.raises(ArchiveError, match=r"encrypted .* send it without a password"):
        listed(archive)


def test_encrypted_rar_entries_refused(tmp_path: Path, sqlite_url: str) -> None:
    archive = tmp_path / "locked.rar"
    write_rar4(archive, [(b"a.txt", SEED.read_bytes())], encrypted=True)
    summary = run(sqlite_url, [archive])
    assert list(reasons(summary).values()) == [
        "the entry is encrypted; send the archive without a password"]


def test_rar5_encryption_found_in_the_headers(tmp_path: Path) -> None:
    """libarchive 3.6 does not report RAR 5 encryption: the headers are walked instead.
    A RAR 5 file header with the extra record 0x01 (file encryption), byte by byte."""
    import struct
    import zlib

    def vint(n: int) -> bytes:
        out = bytearray()
        while True:
            out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
            n >>= 7
            if not n:
                return bytes(out)

    def block(body: bytes) -> bytes:
        data = vint(len(body)) + body
        return struct.pack("<I", zlib.crc32(data)) + data

    name = "老庄子镇/a.txt".encode()
    record = vint(1) + b"\0" * 40  # type 1: encryption (its parameters do not matter here)
    extra = vint(len(record)) + record
    body = (vint(2) + vint(0x01 | 0x02) + vint(len(extra)) + vint(4)  # file, extra + data
            + vint(0) + vint(4) + vint(0x20) + vint(0) + vint(0) + vint(len(name)) + name
            + extra)
    archive = tmp_path / "rar5.rar"
    archive.write_bytes(b"Rar!\x1a\x07\x01\x00" + block(vint(1) + vint(0) + vint(0))
                        + block(body) + b"\0" * 4 + block(vint(5) + vint(0) + vint(0)))
    assert rar5_encrypted_names(archive) == {"老庄子镇/a.txt"}
    encrypted_headers = tmp_path / "hp.rar"
    encrypted_headers.write_bytes(b"Rar!\x1a\x07\x01\x00" + block(vint(4) + vint(0)))
    with pytest.raises(ArchiveError, match="encrypted"):
        rar5_encrypted_names(encrypted_headers)


def test_7z_bomb_refused_by_ratio_over_the_whole_archive(tmp_path: Path, sqlite_url: str) -> None:
    """A solid 7z gives no packed size per member: the ratio is taken over the archive."""
    archive = tmp_path / "bomb.7z"
    write_7z(archive, [("bomb.txt", b"\0" * (8 << 20))])
    assert archive.stat().st_size < 10_000
    summary = run(sqlite_url, [archive])
    assert "like a zip bomb" in reasons(summary)["bomb.txt"]


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        (Limits(max_zip_entries=2), "holds 3 files"),
        (Limits(max_unzipped_bytes=1000), "unpacks to 3,000 bytes"),
        (Limits(max_file_bytes=500), "larger than 500"),
    ],
    ids=["entries", "total", "entry-size"],
)
@pytest.mark.parametrize("suffix", [".7z", ".rar"])
def test_limits_apply_to_every_kind(
    tmp_path: Path, sqlite_url: str, suffix: str, limits: Limits, reason: str
) -> None:
    members = {f"{i}.txt": (bytes(range(256)) * 4)[:1000] for i in range(3)}
    archive = tmp_path / f"a{suffix}"
    if suffix == ".7z":
        write_7z(archive, list(members.items()))
    else:
        write_rar4(archive, [(k.encode(), v) for k, v in members.items()])
    summary = run(sqlite_url, [archive], limits).as_json()
    assert summary["failed"] >= 1 and summary["ingested"] == 0
    assert all(reason in f["reason"] for f in summary["failures"]), summary["failures"]


def test_7z_inside_a_rar_inside_a_zip(tmp_path: Path, sqlite_url: str) -> None:
    """Nested archives of any kind are opened, each in the private folder."""
    inner = tmp_path / "inner.7z"
    write_7z(inner, [("西河镇_2021/a.txt", SEED.read_bytes())])
    middle = tmp_path / "middle.rar"
    write_rar4(middle, [("2021年\\inner.7z".encode("gbk"), inner.read_bytes())])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("season/middle.rar", middle.read_bytes())
    outer = tmp_path / "in" / "outer.zip"
    outer.parent.mkdir()
    outer.write_bytes(buf.getvalue())
    summary = run(sqlite_url, [outer]).as_json()
    assert (summary["ingested"], summary["failed"]) == (1, 0), summary
    assert summary["files"][0]["file"].endswith(
        "outer.zip!season/middle.rar!2021年/inner.7z!西河镇_2021/a.txt")


@pytest.mark.parametrize("suffix", [".7z", ".rar"])
def test_broken_archive_is_one_failure(tmp_path: Path, sqlite_url: str, suffix: str) -> None:
    archive = tmp_path / f"broken{suffix}"
    archive.write_bytes((SAMPLES / (SEVEN_ZIP if suffix == ".7z" else RAR)).read_bytes()[:40])
    summary = run(sqlite_url, [archive]).as_json()
    assert summary["failed"] == 1 and summary["ingested"] == 0
    assert "copy it again" in summary["failures"][0]["reason"], summary["failures"]
