"""A tiny reader of the seed's text format, for building samples only.

The seed is text taken out of Word: a row is a block of lines ending at a blank line; a
cell is a line that starts with TAB (a bare TAB is an empty cell); a line without TAB
right after a cell continues that cell; any other line is a paragraph.  Rows with no
paragraph between them belong to one table.  (`jixiao.parsers.readers.text` reads the same format
for
ingesting; this copy exists so that building samples does not depend on the parser under
test.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Para:
    text: str


@dataclass
class Grid:
    rows: list[list[str]] = field(default_factory=list)


Block = Para | Grid


def read_seed(path: Path) -> list[Block]:
    blocks: list[Block] = []
    row: list[str] | None = None
    table: Grid | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip(" "):  # a bare TAB is an empty cell, not a blank line
            row = None
        elif line.startswith("\t"):
            if row is None:
                if table is None:
                    table = Grid()
                    blocks.append(table)
                row = []
                table.rows.append(row)
            row.append(line[1:])
        elif row is not None:
            row[-1] += "\n" + line
        else:
            table = None
            blocks.append(Para(line.strip()))
    return blocks
