"""Safety limits for reading untrusted files, each configurable by an environment variable.

A nightly job reads whatever lands in a folder: these bound what one file may cost.
Read once at import; tests build their own `Limits` and pass it where needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024  # any input file
    max_text_bytes: int = 50 * 1024 * 1024  # a .txt submission
    max_zip_entries: int = 10_000  # entries in an Office file or archive
    max_unzipped_bytes: int = 500 * 1024 * 1024  # total decompressed size
    max_compression_ratio: int = 200  # decompressed / compressed, per entry over 1 MiB
    max_part_bytes: int = 100 * 1024 * 1024  # one part of an Office file, read into memory
    max_pdf_pages: int = 500
    max_page_seconds: float = 20.0  # one PDF page's table finding
    max_scan_page_seconds: float = 60.0  # one scanned page or image read by OCR
    max_table_rows: int = 20_000
    max_cell_chars: int = 100_000
    max_file_seconds: float = 300.0  # one file, in the worker
    soffice_seconds: float = 120.0  # one LibreOffice conversion

    @classmethod
    def from_env(cls) -> Limits:
        d = cls()
        return cls(
            max_file_bytes=_env_int("JIXIAO_MAX_FILE_BYTES", d.max_file_bytes),
            max_text_bytes=_env_int("JIXIAO_MAX_TEXT_BYTES", d.max_text_bytes),
            max_zip_entries=_env_int("JIXIAO_MAX_ZIP_ENTRIES", d.max_zip_entries),
            max_unzipped_bytes=_env_int("JIXIAO_MAX_UNZIPPED_BYTES", d.max_unzipped_bytes),
            max_compression_ratio=_env_int("JIXIAO_MAX_COMPRESSION_RATIO", d.max_compression_ratio),
            max_part_bytes=_env_int("JIXIAO_MAX_PART_BYTES", d.max_part_bytes),
            max_pdf_pages=_env_int("JIXIAO_MAX_PDF_PAGES", d.max_pdf_pages),
            max_page_seconds=float(_env_int("JIXIAO_MAX_PAGE_SECONDS", int(d.max_page_seconds))),
            max_scan_page_seconds=float(_env_int("JIXIAO_MAX_SCAN_PAGE_SECONDS",
                                                 int(d.max_scan_page_seconds))),
            max_table_rows=_env_int("JIXIAO_MAX_TABLE_ROWS", d.max_table_rows),
            max_cell_chars=_env_int("JIXIAO_MAX_CELL_CHARS", d.max_cell_chars),
            max_file_seconds=float(_env_int("JIXIAO_MAX_FILE_SECONDS", int(d.max_file_seconds))),
            soffice_seconds=float(_env_int("JIXIAO_SOFFICE_SECONDS", int(d.soffice_seconds))),
        )


LIMITS = Limits.from_env()
