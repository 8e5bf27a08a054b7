"""Issue 9.1-2: absurd files are refused (or read within configurable limits) with a clear
reason, and the run goes on; every format is recognised by its content, not its name.

All hostile files go through one real run (`hostile_run`, worker processes), beside a
good file that must still be ingested; the readers are also called directly where the
exact error class matters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jixiao.errors import LimitExceeded, ParseError, UnreadableFile, UnsupportedFormat
from jixiao.ingest.pipeline import FileResult
from jixiao.parsers.parse import parse_file
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from jixiao.parsers.readers.safety import open_zip, parse_xml, read_entry
from tests.helpers import HANG_LIMIT_SECONDS
from tests.reliability import harness, hostile
from tests.reliability.harness import Tally

# name in the run → (class of bad input, builder, what must happen)
#   "refused": failed, with a reason naming the limit or the entities
#   "bounded": failed with a reason, or ingested (read within the limits)
Builder = Callable[[Path], Path]
CASES: dict[str, tuple[str, Builder, str]] = {
    "bomb_ratio.docx": ("zip bomb: 300 MB of zeros in one entry", hostile.zip_bomb_docx, "refused"),
    "bomb_main_part.docx": (
        "zip bomb: 200 MB document.xml",
        hostile.bomb_main_part_docx,
        "refused",
    ),
    "bomb_entries.docx": ("zip bomb: 20,000 entries", hostile.many_entries_docx, "refused"),
    "lying_sizes.docx": ("zip: sizes in headers lie", hostile.lying_sizes_docx, "bounded"),
    "billion_laughs.docx": ("XML: billion laughs", hostile.billion_laughs_docx, "refused"),
    "xxe.docx": ("XML: external entity (XXE)", hostile.xxe_docx, "refused"),
    "xxe_param.docx": ("XML: external entity (XXE)", hostile.xxe_parameter_entity_docx, "refused"),
    "xxe_utf16.docx": ("XML: external entity (XXE)", hostile.xxe_utf16_docx, "refused"),
    "xxe_rels.docx": ("XML: external entity (XXE)", hostile.xxe_rels_docx, "refused"),
    "pages_3000.pdf": ("PDF: 3,000 pages", hostile.many_pages_pdf, "refused"),
    "huge_page.pdf": ("PDF: a 500 km page", hostile.huge_page_pdf, "bounded"),
    "rows_100k.txt": ("table: 100,000 rows", hostile.many_rows_txt, "refused"),
    "rows_100k.docx": ("table: 100,000 rows", hostile.many_rows_docx, "refused"),
    "rows_100k.xlsx": ("table: 100,000 rows", hostile.many_rows_xlsx, "bounded"),
    "cell_10mb.txt": ("cell: 10 MB", hostile.big_cell_txt, "refused"),
    "cell_10mb.docx": ("cell: 10 MB", hostile.big_cell_docx, "refused"),
    "cell_10mb_runs.docx": (
        "cell: 10 MB",
        lambda p: hostile.big_cell_docx(p, runs=1000),
        "refused",
    ),
    "cell_10mb.xlsx": ("cell: 10 MB", hostile.big_cell_xlsx, "refused"),
}


def _xlsx_case(part: str, doctype: bytes, ref: bytes) -> Builder:
    def build(dst: Path) -> Path:
        base = hostile.seed_xlsx(dst.with_suffix(".base"))
        out = hostile.xlsx_with_xml(base, dst, part, doctype, ref)
        base.unlink()
        return out

    return build


CASES["billion_laughs.xlsx"] = (
    "XML: billion laughs",
    _xlsx_case("xl/worksheets/sheet1.xml", hostile.billion_laughs_xml(b"worksheet"), b"&lol9;"),
    "refused",
)
CASES["xxe.xlsx"] = (
    "XML: external entity (XXE)",
    _xlsx_case("xl/worksheets/sheet1.xml", hostile.xxe_doctype(b"worksheet"), b"&xxe;"),
    "refused",
)
GOOD = "good.txt"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, FileResult], str]:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (_kind, build, _expect) in CASES.items():
        build(folder / name)
    (folder / GOOD).write_bytes(hostile.SEED_TXT.read_bytes())
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'h.db'}"
    summary = harness.run(folder, url, jobs=2)
    harness.assert_defined(summary, len(CASES) + 1)
    return {Path(f.file).name: f for f in summary.files}, url


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_is_refused_or_bounded(
    name: str, hostile_run: tuple[dict[str, FileResult], str], tally: Tally
) -> None:
    results, url = hostile_run
    kind, _build, expect = CASES[name]
    r = results[name]
    warnings = harness.document_warnings(url, r.document_id)
    ended = harness.outcome(r)
    if any("JIXIAO_MAX" in w for w in warnings):
        ended = "read within limits (warning)"
    tally.add(kind, ended, f"{name}: {r.reason or '; '.join(warnings)}")
    if expect == "refused":
        assert r.outcome == "failed", f"{name} was {r.outcome}"
        assert ended.startswith("refused"), r.reason
    else:
        assert ended.startswith(("refused", "read within limits", "failed with reason")), ended


@pytest.mark.slow
def test_the_run_goes_on_past_hostile_files(hostile_run: tuple[dict[str, FileResult], str]) -> None:
    results, url = hostile_run
    assert results[GOOD].outcome == "ingested"
    assert results[GOOD].projects == 12
    engine = harness.open_engine(url)
    assert harness.orphans(engine) == []
    engine.dispose()


@pytest.mark.slow
def test_external_entities_never_reach_the_database(
    hostile_run: tuple[dict[str, FileResult], str],
) -> None:
    _results, url = hostile_run
    assert hostile.PASSWD_MARK not in harness.export_text(url)


# -- the readers themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    "build, error",
    [
        (hostile.zip_bomb_docx, LimitExceeded),
        (hostile.many_entries_docx, LimitExceeded),
        (hostile.billion_laughs_docx, UnreadableFile),
        (hostile.xxe_docx, UnreadableFile),
        (hostile.xxe_utf16_docx, UnreadableFile),
        (hostile.lying_sizes_docx, UnreadableFile),
        (hostile.many_rows_txt, LimitExceeded),
        (hostile.big_cell_txt, LimitExceeded),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_reader_error_names_the_file_and_what_to_do(
    build: Builder, error: type[ParseError], tmp_path: Path
) -> None:
    path = build(tmp_path / "x.docx")
    with pytest.raises(error) as info:
        parse_file(path)
    message = str(info.value)
    assert message.startswith("x.docx: ")
    assert any(w in message for w in ("raise JIXIAO_", "save", "send")), message


def test_safe_parser_refuses_entities_in_every_encoding() -> None:
    for data in (
        b'<?xml version="1.0"?>' + hostile.xxe_doctype(b"a") + b"<a>&xxe;</a>",
        (
            '<?xml version="1.0" encoding="UTF-16"?>'
            + hostile.xxe_doctype(b"a").decode()
            + "<a>&xxe;</a>"
        ).encode("utf-16"),
        hostile.billion_laughs_xml(b"a") + b"<a>&lol9;</a>",
    ):
        with pytest.raises(UnreadableFile, match="declares XML entities"):
            parse_xml(data, "part.xml")
    assert parse_xml(b"<a>ok &amp; fine</a>", "p").text == "ok & fine"


def test_zip_limits_are_checked_before_unpacking(tmp_path: Path) -> None:
    seed = hostile.SEED_DOCX
    for limits, word in [
        (Limits(max_zip_entries=5), "JIXIAO_MAX_ZIP_ENTRIES"),
        (Limits(max_unzipped_bytes=100_000), "JIXIAO_MAX_UNZIPPED_BYTES"),
    ]:
        with pytest.raises(LimitExceeded, match=word):
            open_zip(seed, limits)
    with (
        open_zip(seed, Limits(max_part_bytes=50_000)) as z,
        pytest.raises(LimitExceeded, match="JIXIAO_MAX_PART_BYTES"),
    ):
        read_entry(z, "word/document.xml", Limits(max_part_bytes=50_000))


def test_text_limits_can_be_configured(tmp_path: Path) -> None:
    from jixiao.parsers.readers.text import read

    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_TABLE_ROWS"):
        read(hostile.SEED_TXT, limits=Limits(max_table_rows=5))
    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_CELL_CHARS"):
        read(hostile.SEED_TXT, limits=Limits(max_cell_chars=20))
    assert read(hostile.SEED_TXT, limits=Limits()).blocks


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_MAX_TABLE_ROWS", "7")
    monkeypatch.setenv("JIXIAO_MAX_PART_BYTES", "1234")
    monkeypatch.setenv("JIXIAO_MAX_PDF_PAGES", "not a number")
    limits = Limits.from_env()
    assert (limits.max_table_rows, limits.max_part_bytes) == (7, 1234)
    assert limits.max_pdf_pages == Limits().max_pdf_pages


def test_command_obeys_a_limit_set_in_the_environment(tmp_path: Path, tally: Tally) -> None:
    env = {**os.environ, "JIXIAO_MAX_TABLE_ROWS": "5", "JIXIAO_DB": f"sqlite:///{tmp_path}/e.db"}
    proc = subprocess.run(
        [sys.executable, "-m", "jixiao", "ingest", str(hostile.SEED_TXT), "--json", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    assert out["failed"] == 1
    assert "JIXIAO_MAX_TABLE_ROWS" in out["failures"][0]["reason"]
    assert "Traceback" not in proc.stderr
    tally.add("table: rows over a configured limit", "refused: limit")


# -- recognised by content -------------------------------------------------------------------

MISNAMED: list[tuple[str, Callable[[], bytes], str | type[ParseError]]] = [
    ("seed_docx_named.pdf", lambda: hostile.SEED_DOCX.read_bytes(), "docx"),
    ("seed_pdf_named.docx", lambda: hostile.SEED_PDF.read_bytes(), "pdf"),
    ("seed_txt_named.xlsx", lambda: hostile.SEED_TXT.read_bytes(), "txt"),
    ("seed_docx_named.txt", lambda: hostile.SEED_DOCX.read_bytes(), "docx"),
    ("seed_docx_named.doc", lambda: hostile.SEED_DOCX.read_bytes(), "docx"),
    ("no_extension", lambda: hostile.SEED_PDF.read_bytes(), "pdf"),
    ("pdf_after_junk.docx", lambda: b"\r\n junk \n" + hostile.SEED_PDF.read_bytes(), "pdf"),
    ("image.doc", hostile.png_bytes, "image"),  # a scan, read by OCR
    ("rar.zip", lambda: b"Rar!\x1a\x07\x01\x00" + bytes(100), UnsupportedFormat),
    ("gzip.docx", lambda: b"\x1f\x8b\x08\x00" + bytes(100), UnsupportedFormat),
    (
        "odt.docx",  # read through LibreOffice
        lambda: hostile.buffer_zip(
            [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<a/>")]
        ),
        "odt",
    ),
    (
        "ods.xlsx",
        lambda: hostile.buffer_zip([("mimetype", b"application/vnd.oasis.opendocument."
                                                 b"spreadsheet"), ("content.xml", b"<a/>")]),
        "ods",
    ),
    (
        "odp.docx",  # a presentation: no table of a form
        lambda: hostile.buffer_zip([("mimetype", b"application/vnd.oasis.opendocument."
                                                 b"presentation"), ("content.xml", b"<a/>")]),
        UnsupportedFormat,
    ),
    (
        "pptx.docx",
        lambda: hostile.buffer_zip([("ppt/presentation.xml", b"<a/>")]),
        UnsupportedFormat,
    ),
    ("rtf.doc", lambda: b"{\\rtf1\\ansi hello}", "rtf"),  # read through LibreOffice
    (
        "mht.doc",
        lambda: b"MIME-Version: 1.0\r\nContent-Type: multipart/related; x\r\n\r\n",
        "html",
    ),
    ("word_web_page.doc", lambda: b"<html xmlns:o='urn:schemas-microsoft-com:office:office'>",
     "html"),
    ("empty.docx", lambda: b"", UnreadableFile),
    ("nuls.pdf", lambda: bytes(4096), UnsupportedFormat),
    ("truncated.docx", lambda: hostile.SEED_DOCX.read_bytes()[:5000], UnreadableFile),
    ("encrypted.docx", lambda: _ole_with_stream("EncryptedPackage"), UnreadableFile),
    (
        "renamed_main_part.docx",
        lambda: hostile.buffer_zip(
            [
                (
                    "_rels/.rels",
                    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                    b'2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/officeDocument" Target="word/doc2.xml"/>'
                    b"</Relationships>",
                ),
                ("word/doc2.xml", b"<a/>"),
            ]
        ),
        "docx",
    ),
    *[
        (f"random_{i}{ext}", lambda i=i: hostile.random_bytes(3000, i), UnsupportedFormat)
        for i, ext in enumerate([".docx", ".pdf", ".xlsx", ".doc", ".xls"])
    ],
]


def _ole_with_stream(name: str) -> bytes:
    """A minimal Compound File whose directory names one stream (no FAT needed to find
    the name, which is all detection reads)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    entry = bytearray(128)
    raw = name.encode("utf-16-le") + b"\x00\x00"
    entry[: len(raw)] = raw
    entry[64:66] = len(raw).to_bytes(2, "little")
    return bytes(header) + bytes(entry) * 4


@pytest.mark.parametrize("name, data, expected", MISNAMED, ids=[m[0] for m in MISNAMED])
def test_format_comes_from_the_content(
    name: str,
    data: Callable[[], bytes],
    expected: str | type[ParseError],
    tmp_path: Path,
    tally: Tally,
) -> None:
    path = tmp_path / name
    path.write_bytes(data())
    if isinstance(expected, str):
        assert detect_format(path) == expected
        tally.add("misnamed file", f"read as {expected}")
        return
    with pytest.raises(expected) as info:
        detect_format(path)
    assert info.value.reason.strip()
    tally.add("misnamed or not a document", f"refused: {expected.__name__}")


def test_misnamed_docx_ingests_as_docx(tmp_path: Path, export_file: Callable[[Path], dict]) -> None:
    path = tmp_path / "老庄子镇_2021.pdf"
    path.write_bytes(hostile.SEED_DOCX.read_bytes())
    docs = export_file(path)["documents"]
    assert [(d["source"], d["format"], len(d["projects"])) for d in docs] == [
        ("老庄子镇_2021.pdf", "docx", 12)
    ]


# -- the worker's time and memory limits -----------------------------------------------------


def _misbehaving_reader(real: Callable[..., object]) -> Callable[..., object]:
    """parse_file, except that hang.txt never returns and hog.txt asks for 8 GB."""
    import time

    def parse_file(path: Path, **kw: object) -> object:
        if path.name == "hang.txt" or kw.get("file_name") == "hang.txt":
            time.sleep(3600)
        if path.name == "hog.txt" or kw.get("file_name") == "hog.txt":
            hog = bytearray(8 << 30)
            return hog
        return real(path, **kw)

    return parse_file


def test_hung_and_greedy_parses_are_stopped_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tally: Tally
) -> None:
    """Workers are forked from this process (so that they run the misbehaving reader);
    the pool must kill the hung one at the time limit and the greedy one must hit the
    memory cap, while the good file is stored (well within the limit, on any machine)."""
    import multiprocessing

    import jixiao.ingest.worker as worker
    import jixiao.parsers.parse as parse_module
    from jixiao.ingest import pipeline

    monkeypatch.setattr(
        parse_module, "parse_file", _misbehaving_reader(parse_module.parse_file)
    )
    monkeypatch.setattr(
        worker, "_default_context", lambda: multiprocessing.get_context("fork")
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / GOOD).write_bytes(hostile.SEED_TXT.read_bytes())
    (folder / "hang.txt").write_text("hang")
    (folder / "hog.txt").write_text("hog")
    engine = harness.open_engine(f"sqlite:///{tmp_path / 't.db'}")
    options = pipeline.Options(jobs=2, file_seconds=HANG_LIMIT_SECONDS, worker_memory_mb=1024)
    summary = pipeline.ingest(engine, [folder], options)
    engine.dispose()
    results = {Path(f.file).name: f for f in summary.files}
    for name, kind in (("hang.txt", "parse that never ends"), ("hog.txt", "parse that wants 8 GB")):
        tally.add(f"worker: {kind}", harness.outcome(results[name]), results[name].reason or "")
    assert results[GOOD].outcome == "ingested"
    assert results["hang.txt"].outcome == "failed"
    assert f"longer than {HANG_LIMIT_SECONDS} s" in (results["hang.txt"].reason or "")
    assert results["hog.txt"].outcome == "failed"
    assert "memory" in (results["hog.txt"].reason or "")
