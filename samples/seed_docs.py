"""The seed submission (老庄子镇, 2021) as text, Word, PDF and old .doc.

The text is the seed as received; the Word file is what the clerk's document looked like
before the text was taken out of it (one table per project, 一级指标 merged
vertically, key-value values spread over the row, a heading paragraph before each
table, the narrative before the tables).  The PDF and the .doc are LibreOffice's
renderings of that Word file.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument

from samples.registry import SAMPLES, sample
from samples.seedtext import Block, Grid, Para, read_seed
from samples.soffice import convert
from samples.wordgen import add_grid_table, add_paragraph, new_document, save

# The seed is a real township submission (received as 000_dc2e081542201539.txt), committed
# byte for byte under samples/seed/: every other sample is built from that copy.
SEED_TXT = "seed/老庄子镇_2021.txt"
SEED_DOCX = "seed/老庄子镇_2021.docx"

PART_HEADING = re.compile(r"^第[一二三四五六七八九十]+部分$")  # 第一部分
SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]+、")  # 一、总体绩效目标


@dataclass
class Project:
    heading: str  # the paragraph before the table: "2.  规划环评费项目绩效目标表"
    rows: list[list[str]]


def seed_blocks() -> list[Block]:
    return read_seed(SAMPLES / SEED_TXT)


def seed_projects() -> list[Project]:
    """The seed's tables, each with the heading paragraph written before it."""
    blocks = seed_blocks()
    return [
        Project(prev.text, [list(r) for r in block.rows])
        for prev, block in itertools.pairwise(blocks)
        if isinstance(block, Grid) and isinstance(prev, Para)
    ]


def heading_style(text: str, next_block: Block | None) -> str | None:
    if PART_HEADING.match(text):
        return "Heading 1"
    if SECTION_HEADING.match(text):
        return "Heading 2"
    if isinstance(next_block, Grid):
        return "Heading 3"  # the line that introduces a project table
    return None


def write_blocks(doc: DocxDocument, blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        if isinstance(block, Para):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            add_paragraph(doc, block.text, heading_style(block.text, nxt))
        else:
            add_grid_table(doc, block.rows)


@sample(SEED_TXT)
def seed_txt(target: Path) -> None:
    """The seed as received: text taken out of Word (rows of TAB-led cells).  It is not
    built but kept as it came: this only checks that it is there."""
    if not target.exists():
        raise FileNotFoundError(f"the seed text is missing: {target}")


@sample(SEED_DOCX)
def seed_docx(target: Path) -> None:
    """The seed as the clerk's Word file: one table per project, merged cells."""
    doc = new_document("老庄子镇2021年预算绩效目标")
    write_blocks(doc, seed_blocks())
    save(doc, target)


@sample("seed/老庄子镇_2021.pdf", converted_from=SEED_DOCX, golden_without_hash=True)
def seed_pdf(target: Path) -> None:
    """The seed's Word file printed to PDF by LibreOffice (ruled tables, text layer)."""
    convert(SAMPLES / SEED_DOCX, target, "pdf")


@sample("legacy/老庄子镇_2021.doc", converted_from=SEED_DOCX,
        no_golden="read through LibreOffice, which a machine may lack: "
                  "tests/parsers/readers/test_legacy.py compares its export with the seed's")
def seed_doc(target: Path) -> None:
    """The seed's Word file saved in the old binary .doc format (Word 97-2003)."""
    convert(SAMPLES / SEED_DOCX, target, "doc:MS Word 97")
