"""What the fuzz audit (`bench/fuzz_files.py`) found, one test each: the hostile file is
made here, small, from a sample, and the test states what must happen to it."""

from __future__ import annotations

import json
import os
import struct
import subprocess
from pathlib import Path

import pytest

from jixiao.errors import LimitExceeded, ParseError, UnreadableFile, UnsupportedFormat
from jixiao.ingest.archives import _unreadable
from jixiao.ingest.worker import MEMORY_REASON, Parsed, ParsePool, Task, WorkerLimits
from jixiao.parsers.parse import parse_file
from jixiao.parsers.readers.detect import _ole_streams_by_search, detect_format
from jixiao.parsers.readers.sheets import Sheet, sheet_rows
from jixiao.parsers.readers.text import decode
from tests.reliability import hostile

ROOT = hostile.ROOT
LEGACY_DOC = ROOT / "samples" / "legacy" / "老庄子镇_2021.doc"
LEGACY_XLS = ROOT / "samples" / "templates" / "柳河镇_2022_项目绩效目标表.xls"
JIXIAO = ROOT / ".venv" / "bin" / "jixiao"


def _ingest_json(folder: Path, db: Path) -> dict:
    proc = subprocess.run(
        [str(JIXIAO), "ingest", "--db", f"sqlite:///{db}", "--jobs", "1", "--json", str(folder)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    return json.loads(proc.stdout)  # the whole of stdout is the one JSON document


def test_a_library_printing_on_a_damaged_file_does_not_break_the_json_summary(
    tmp_path: Path,
) -> None:
    """`ingest --json` prints one JSON document on stdout, whatever the readers print: an
    .xls whose size is not a whole number of sectors made xlrd write `WARNING *** file
    size … not 512 + multiple of sector size` there, and the summary could not be read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "padded.xls").write_bytes(LEGACY_XLS.read_bytes() + bytes(100))
    out = _ingest_json(folder, tmp_path / "j.db")
    assert out["seen"] == 1
    assert [f["outcome"] for f in out["files"]] == ["ingested"]


@pytest.mark.parametrize("fraction", [0.1, 0.5])
def test_a_truncated_old_office_file_is_called_truncated_not_excel(
    tmp_path: Path, fraction: float,
) -> None:
    """A .doc cut short loses its directory (at the end): it was then taken for an old
    Excel file because the letters of "Book" (UTF-16) appeared in its text, and failed as
    "the old Excel (.xls) file cannot be read (array index out of range)"."""
    data = LEGACY_DOC.read_bytes()
    cut = tmp_path / "cut.doc"
    cut.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(UnreadableFile, match=r"truncated or damaged.*save it again"):
        detect_format(cut)


def test_stream_names_are_found_only_as_directory_entries(tmp_path: Path) -> None:
    """In a damaged Compound File the stream names are searched for as directory entries
    (128-byte aligned, with their length), not anywhere in the text."""
    name = "Workbook".encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + struct.pack("<H", len(name)) + bytes(62)
    loose = tmp_path / "loose.bin"
    loose.write_bytes(b"x" * 300 + "Book".encode("utf-16-le") + b"\x00\x00" + b"x" * 300)
    assert _ole_streams_by_search(loose) == set()
    aligned = tmp_path / "aligned.bin"
    aligned.write_bytes(bytes(512) + entry + bytes(256))
    assert _ole_streams_by_search(aligned) == {"Workbook"}


# -- Excel: openpyxl's failures, in the file's words --------------------------------------


def _xlsx(tmp_path: Path) -> Path:
    return hostile.seed_xlsx(tmp_path / "seed.xlsx")


def test_a_workbook_sent_under_another_name_is_read_by_its_content(tmp_path: Path) -> None:
    """A workbook named .docx was refused with openpyxl's "InvalidFileException: openpyxl
    does not support .docx file format" (it checks the name); every format is read by its
    content."""
    misnamed = tmp_path / "表.docx"
    misnamed.write_bytes(_xlsx(tmp_path).read_bytes())
    assert parse_file(misnamed).projects


def test_a_workbook_without_a_part_names_the_part(tmp_path: Path) -> None:
    """[Content_Types].xml missing: was "cannot be opened (KeyError: "There is no item
    named …")"."""
    dst = tmp_path / "no_types.xlsx"
    hostile.rebuild_zip(_xlsx(tmp_path), dst, order=lambda infos: [
        i for i in infos if i.filename != "[Content_Types].xml"])
    with pytest.raises(UnreadableFile) as e:
        parse_file(dst)
    assert "no part named [Content_Types].xml" in e.value.reason
    assert "KeyError" not in e.value.reason


@pytest.mark.parametrize("damage", [b"", b"<worksheet><sheetData><row>", b"\xff\xfe<x"],
                         ids=["empty", "cut", "bad-utf16"])
def test_a_workbook_with_broken_xml_names_the_part(tmp_path: Path, damage: bytes) -> None:
    """A worksheet's XML empty, cut or in a bad encoding: was "cannot be opened
    (ParseError: unclosed token …)"; the reason now names the part and what is wrong."""
    dst = tmp_path / "broken.xlsx"
    hostile.rebuild_zip(_xlsx(tmp_path), dst, replace={"xl/worksheets/sheet1.xml": damage})
    with pytest.raises(UnreadableFile) as e:
        parse_file(dst)
    assert "xl/worksheets/sheet1.xml" in e.value.reason
    assert "ParseError" not in e.value.reason and "save it again" in e.value.reason


def test_a_workbook_whose_sheets_are_missing_says_so(tmp_path: Path) -> None:
    """The only worksheet's part removed: openpyxl opens a workbook of no sheets, and the
    file failed as "no table found" as if it were the wrong file."""
    dst = tmp_path / "no_sheet.xlsx"
    hostile.rebuild_zip(_xlsx(tmp_path), dst, order=lambda infos: [
        i for i in infos if i.filename != "xl/worksheets/sheet1.xml"])
    with pytest.raises(UnreadableFile, match=r"holds no worksheet.*save it again"):
        parse_file(dst)


# -- other formats -------------------------------------------------------------------------


def test_a_zip_of_submissions_under_a_document_name_says_how_to_open_it(tmp_path: Path) -> None:
    """A zip of text files named .pdf failed with "jixiao has no reader for zip files"."""
    dst = tmp_path / "a.pdf"
    dst.write_bytes(hostile.buffer_zip([("a.txt", hostile.SEED_TXT.read_bytes())]))
    with pytest.raises(UnsupportedFormat, match=r"zip archive.*name it \.zip"):
        detect_format(dst)


def test_an_unreadable_archive_is_named_without_the_librarys_internals() -> None:
    """libarchive says `Unrecognized archive format (errno=84, retcode=-30,
    archive_p=94492398689248)`: the pointer and codes mean nothing to the user."""
    said = str(_unreadable("RAR", OSError(
        "Unrecognized archive format (errno=84, retcode=-30, archive_p=94492398689248)")))
    assert "archive_p" not in said and "errno" not in said
    assert "Unrecognized archive format" in said and "copy it again" in said
    assert "OSError" not in str(_unreadable("zip", OSError()))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32"])
def test_text_in_utf16_without_a_bom_or_in_utf32_reads_as_in_utf8(
    tmp_path: Path, codec: str,
) -> None:
    """UTF-16 without its byte-order mark was "not a format jixiao reads"; UTF-32 (with
    its mark) was taken for UTF-16 and read as NUL-laced text."""
    text = hostile.SEED_TXT.read_text("utf-8")
    dst = tmp_path / f"{codec}.txt"
    dst.write_bytes(text.encode(codec))
    assert decode(dst.read_bytes()) == text
    assert len(parse_file(dst).projects) == len(parse_file(hostile.SEED_TXT).projects)


def test_binary_with_nuls_is_still_not_text(tmp_path: Path) -> None:
    """The UTF-16 test does not take binary files for text."""
    for i, data in enumerate([bytes(4096), hostile.random_bytes(4096, 3), b"a\x00" * 10 + bytes(
            range(256)) * 8]):
        dst = tmp_path / f"b{i}.txt"
        dst.write_bytes(data)
        with pytest.raises(ParseError):
            detect_format(dst)


def test_a_damaged_sheet_of_an_old_workbook_is_a_reason_not_an_internal_error(
    tmp_path: Path,
) -> None:
    """xlrd reads an .xls sheet's records only when the sheet is asked for (on_demand):
    one byte changed in a record (found by the fuzz audit's byte flips) raised IndexError
    there, outside the reader's translation, and the file failed as "internal error"."""
    data = bytearray(LEGACY_XLS.read_bytes())
    data[5504] = 121
    dst = tmp_path / "flipped.xls"
    dst.write_bytes(bytes(data))
    with pytest.raises(UnreadableFile, match=r"sheet 1 of the old Excel \(\.xls\) file is damaged"):
        parse_file(dst)


def test_a_link_loop_and_a_pipe_are_skipped_saying_what_to_do(tmp_path: Path) -> None:
    """A link loop, a dangling link and a FIFO in the input folder fail with what to do,
    and the good file beside them is ingested."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(hostile.SEED_TXT.read_bytes())
    (folder / "self.docx").symlink_to("self.docx")
    (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(folder / "pipe.txt")
    out = _ingest_json(folder, tmp_path / "j.db")
    by_name = {Path(f["file"]).name: f for f in out["files"]}
    assert by_name["good.txt"]["outcome"] == "ingested"
    for name in ("self.docx", "gone.pdf"):
        assert "copy the file in its place" in by_name[name]["reason"]
    assert "copy the submission in" in by_name["pipe.txt"]["reason"]


# -- memory -------------------------------------------------------------------------------


def out_of_memory_or_pid(task: Task) -> Parsed:
    """A stand-in parse (top level: workers import it): "oom" files fail as a MemoryError
    does, the others say which worker read them."""
    if "oom" in task.source:
        return Parsed(task, None, MEMORY_REASON, 0.0)
    return Parsed(task, None, f"pid {os.getpid()}", 0.0)


def test_a_worker_that_ran_out_of_memory_reads_nothing_more() -> None:
    """After a MemoryError a worker's heap stays as large as it grew: in the fuzz run, the
    five files after an xlsx that ran out of memory in the same worker all failed at once
    (0.001 s) for memory.  The worker is replaced after such a file."""
    names = ["a.txt", "oom.txt", "b.txt"]
    tasks = [Task(f"/nonexistent/{n}", n, n, "0" * 64, 1) for n in names]
    limits = WorkerLimits(file_seconds=60, memory_mb=0, tasks_per_worker=50)
    with ParsePool(1, limits, parse=out_of_memory_or_pid) as pool:
        got = {p.task.source: p.reason for p in pool.map_unordered(tasks)}
    assert got["oom.txt"] == MEMORY_REASON
    assert got["a.txt"] != got["b.txt"]


def test_a_stray_cell_at_the_last_cell_of_a_sheet_is_read_without_the_rectangle(
    tmp_path: Path,
) -> None:
    """A workbook with a value at XFD1048576 beside its table: openpyxl's iter_rows made a
    cell for every position up to it (20,000 rows by 16,384 columns) and the file ran out
    of memory after a minute; now the table is read, and the stray cell (past the row
    limit) dropped with a warning."""
    from openpyxl import load_workbook

    base = _xlsx(tmp_path)
    wb = load_workbook(base)
    ws = wb.active
    assert ws is not None
    ws.cell(1_048_576, 16_384, "x")
    dst = tmp_path / "far.xlsx"
    wb.save(dst)
    assert parse_file(dst).projects


def test_a_cell_far_out_within_the_rows_is_refused_by_the_grid_limit(tmp_path: Path) -> None:
    """A value in column 16,384 of row 5,000 would make 82 million cells: the sheet is
    refused, naming where its last cell is and what to do."""
    from openpyxl import load_workbook

    base = _xlsx(tmp_path)
    wb = load_workbook(base)
    ws = wb.active
    assert ws is not None
    ws.cell(5_000, 16_384, "x")
    dst = tmp_path / "wide.xlsx"
    wb.save(dst)
    with pytest.raises(LimitExceeded, match=r"row 5,000, column 16,384.*delete the stray cells"):
        parse_file(dst)


def test_a_row_of_a_million_fields_is_refused_by_the_grid_limit() -> None:
    """A sheet (or delimited text) whose row reaches column 1,000,001 is refused as a grid
    too wide, not made into a row of a million cells."""
    sheet = Sheet("text")
    sheet.texts[(0, 0)] = "项目名称"
    sheet.texts[(1, 1_000_000)] = "x"
    with pytest.raises(LimitExceeded, match=r"2 rows by 1,000,001 columns"):
        sheet_rows(sheet)


def test_utf8_text_cut_in_the_middle_of_its_last_character_is_called_cut_short(
    tmp_path: Path,
) -> None:
    """A UTF-8 file cut one byte into its last character (the fuzz audit's 50 MB line)
    failed as "neither UTF-8, UTF-16 nor GB18030/GBK (undecodable byte at 33)": the
    position was GB18030's, and the file is UTF-8 cut short."""
    data = hostile.SEED_TXT.read_bytes().rstrip() + "项".encode()[:2]
    with pytest.raises(UnreadableFile, match=r"ends in the middle of a character.*send it again"):
        decode(data)


def test_an_archive_of_no_files_is_reported(tmp_path: Path) -> None:
    """An empty zip, or one of folders only, was seen by no line of the run's report."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.zip").write_bytes(hostile.buffer_zip([]))
    (folder / "dirs.zip").write_bytes(hostile.buffer_zip([("d/", b""), ("d/e/", b"")]))
    out = _ingest_json(folder, tmp_path / "j.db")
    reasons = {Path(f["file"]).name: f["reason"] for f in out["files"]}
    assert set(reasons) == {"empty.zip", "dirs.zip"}
    assert all("holds no files" in r for r in reasons.values())


def out_of_memory_after_others(task: Task) -> Parsed:
    """A stand-in parse: "grows" files fail as a MemoryError does in a worker that has read
    another file before (as a scan's engine and buffers left in a worker's address space
    can make the next scan run out), and read in a fresh one; "oom" files fail always."""
    global _READ_HERE
    _READ_HERE += 1
    if "oom" in task.source or ("grows" in task.source and _READ_HERE > 1):
        return Parsed(task, None, MEMORY_REASON, 0.0)
    return Parsed(task, None, f"pid {os.getpid()}", 0.0)


_READ_HERE = 0  # files this worker process has read


def test_a_file_that_ran_out_of_memory_after_others_is_read_again_by_a_fresh_worker() -> None:
    """A file that ran out of memory in a worker that had read others is read once more, by
    a fresh worker; one that runs out in a fresh worker too fails, read twice at most."""
    names = ["a.txt", "grows.txt", "b.txt", "oom.txt", "c.txt"]
    tasks = [Task(f"/nonexistent/{n}", n, n, "0" * 64, 1) for n in names]
    limits = WorkerLimits(file_seconds=60, memory_mb=0, tasks_per_worker=50)
    with ParsePool(1, limits, parse=out_of_memory_after_others) as pool:
        got = [(p.task.source, p.reason) for p in pool.map_unordered(tasks)]
    assert sorted(n for n, _ in got) == sorted(names)  # each reported once
    reasons = dict(got)
    assert reasons["grows.txt"] != MEMORY_REASON
    assert (reasons["grows.txt"] or "").startswith("pid ")
    assert reasons["oom.txt"] == MEMORY_REASON
