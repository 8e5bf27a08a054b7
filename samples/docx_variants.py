"""Word submissions the way other clerks build them: one sample per case, seed-like data.

Each variant takes a few of the seed's projects, moves them to another township and
year (大王庄乡 2022 …) with a few figures changed, so that tests cannot lean on the
seed's strings, and builds them in the shape the file name says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.table import Table

from samples.registry import sample
from samples.seed_docs import seed_projects
from samples.wordgen import (
    WIDTHS_6,
    Breaks,
    add_grid_table,
    add_page_break,
    add_paragraph,
    new_document,
    save,
)

Rows = list[list[str]]
HEADING_NUMBER = re.compile(r"^\s*\d+[.．、]?\s*")  # "2.  " "10  " before a table heading


@dataclass
class Submission:
    unit: str  # 大王庄乡
    year: int
    replace: dict[str, str]  # figures changed from the seed's, old → new

    def text(self, s: str) -> str:
        s = s.replace("老庄子镇", self.unit).replace("2021年", f"{self.year}年")
        s = s.replace("我镇", "我乡" if self.unit.endswith("乡") else "我镇")
        for old, new in self.replace.items():
            s = s.replace(old, new)
        return s

    def project(self, seed_index: int) -> tuple[str, Rows]:
        """(heading without its number, rows) of one seed project, retargeted."""
        p = seed_projects()[seed_index]
        heading = HEADING_NUMBER.sub("", self.text(p.heading))
        return heading, [[self.text(c) for c in row] for row in p.rows]

    def start(self) -> DocxDocument:
        """A document with the title and a short narrative before the tables."""
        title = f"{self.unit}{self.year}年部门预算项目绩效目标"
        doc = new_document(title)
        add_paragraph(doc, title, "Title")
        add_paragraph(doc, "一、总体绩效目标", "Heading 2")
        add_paragraph(
            doc,
            self.text(
                "坚持党建引领，继续推进乡村振兴，加大生态环保宣传监管力度，确保财政资金安全有效。"
            ),
        )
        add_paragraph(doc, "二、项目绩效目标表", "Heading 2")
        return doc


def numbered(n: int, heading: str) -> str:
    return f"{n}. {heading}"


def row_index(rows: Rows, first_cell: str) -> int:
    """The first row whose first cell reads `first_cell` (the builder knows its template)."""
    return next(i for i, r in enumerate(rows) if r and r[0] == first_cell)


def build(path: Path, sub: Submission, body: Callable[[DocxDocument], None]) -> None:
    doc = sub.start()
    body(doc)
    save(doc, path)


DAWANGZHUANG = Submission("大王庄乡", 2022, {"561.2万元": "480万元", "37亩": "32亩"})
YANGCHENGZHUANG = Submission("杨成庄乡", 2022, {"100万元": "120万元", "12个以上": "15个以上"})
WANGKOU = Submission("王口镇", 2022, {"95%以上": "≥90%", "89人": "76人"})
XIAOZHAN = Submission("小站镇", 2021, {"141万元": "160万元", "18万元": "21万元"})


@sample("docx_variants/one_table_per_project.docx")
def one_table_per_project(path: Path) -> None:
    """One Word table per project, a numbered heading paragraph before each."""

    def body(doc: DocxDocument) -> None:
        for n, i in enumerate((0, 1, 4), start=1):
            heading, rows = DAWANGZHUANG.project(i)
            add_paragraph(doc, numbered(n, heading), "Heading 3")
            add_grid_table(doc, rows)

    build(path, DAWANGZHUANG, body)


@sample("docx_variants/one_long_table.docx")
def one_long_table(path: Path) -> None:
    """All projects in one long table, each starting at its 项目绩效目标指标表 row."""

    def body(doc: DocxDocument) -> None:
        add_paragraph(doc, "项目绩效目标表", "Heading 3")
        rows: Rows = []
        for i in (1, 2, 3, 5):
            rows.extend(YANGCHENGZHUANG.project(i)[1])
        add_grid_table(doc, rows)

    build(path, YANGCHENGZHUANG, body)


def _split_tables(
    doc: DocxDocument, rows: Rows, at: int, separator: Callable[[DocxDocument], None]
) -> None:
    """The table as two Word tables, rows[:at] and rows[at:], with something between."""
    add_grid_table(doc, rows[:at])
    separator(doc)
    add_grid_table(doc, rows[at:])


def _empty_paragraph(doc: DocxDocument) -> None:
    add_paragraph(doc, "")


@sample("docx_variants/split_by_page_break.docx")
def split_by_page_break(path: Path) -> None:
    """Tables split in two by a hard page break: inside the 产出指标 group, whose merged
    一级指标 cell does not carry over, and between the key rows and the 一级指标 header."""

    def body(doc: DocxDocument) -> None:
        for n, (i, split_before) in enumerate(((0, "时效指标"), (6, "一级指标"), (7, None)), 1):
            heading, rows = WANGKOU.project(i)
            add_paragraph(doc, numbered(n, heading), "Heading 3")
            if split_before is None:
                add_grid_table(doc, rows)
                continue
            at = next(r for r, row in enumerate(rows) if split_before in row[:2])
            _split_tables(doc, rows, at, add_page_break)

    build(path, WANGKOU, body)


@sample("docx_variants/split_by_empty_paragraph.docx")
def split_by_empty_paragraph(path: Path) -> None:
    """Tables split in two by an empty paragraph: inside the 效果指标 group, and right
    after the 一级指标 header row (the header in one table, its rows in the next)."""

    def body(doc: DocxDocument) -> None:
        for n, (i, split_after) in enumerate(((8, "社会效益指标"), (9, "一级指标"), (10, None)), 1):
            heading, rows = XIAOZHAN.project(i)
            add_paragraph(doc, numbered(n, heading), "Heading 3")
            if split_after is None:
                add_grid_table(doc, rows)
                continue
            at = next(r for r, row in enumerate(rows) if split_after in row[:2]) + 1
            _split_tables(doc, rows, at, _empty_paragraph)

    build(path, XIAOZHAN, body)


@sample("docx_variants/blank_name_heading_names_it.docx")
def blank_name_heading_names_it(path: Path) -> None:
    """Projects whose 项目名称 cell is blank while the heading before the table names
    them ("2. 村干部工资…项目绩效目标表", "3  …修建排水沟绩效目标表")."""

    def body(doc: DocxDocument) -> None:
        for n, (i, blank) in enumerate(((2, False), (3, True), (11, True)), start=1):
            heading, rows = DAWANGZHUANG.project(i)
            if blank:
                rows[row_index(rows, "项目编码")][3] = ""
            add_paragraph(doc, f"{n}  {heading}" if i == 11 else numbered(n, heading))
            add_grid_table(doc, rows)

    build(path, DAWANGZHUANG, body)


@sample("docx_variants/nested_table_in_cell.docx")
def nested_table_in_cell(path: Path) -> None:
    """Tables inside cells: the quarter plan as a small table in the 资金支出计划 cell,
    and a whole project table pasted into the one cell of a frame table."""

    def body(doc: DocxDocument) -> None:
        heading, rows = YANGCHENGZHUANG.project(0)
        add_paragraph(doc, numbered(1, heading), "Heading 3")
        plan = row_index(rows, "资金支出计划")
        quarters = [rows[plan][1:], rows[plan + 1][1:]]
        rows[plan : plan + 2] = [["资金支出计划", ""]]
        table = add_grid_table(doc, rows)
        _nest(table, plan, 1, quarters, (3.6, 3.6, 3.6, 3.6))

        heading, rows = YANGCHENGZHUANG.project(9)
        add_paragraph(doc, numbered(2, heading), "Heading 3")
        frame = add_grid_table(doc, [[""]], widths=(sum(WIDTHS_6) + 0.4,))
        _nest(frame, 0, 0, rows, WIDTHS_6)

    build(path, YANGCHENGZHUANG, body)


def _nest(table: Table, row: int, col: int, rows: Rows, widths: tuple[float, ...]) -> None:
    """A table inside a cell, as Word makes it: the table, then the cell's closing paragraph."""
    cell = table.cell(row, col)
    add_grid_table(cell, rows, widths=widths)
    first = cell._tc.p_lst[0]
    if not first.xpath(".//w:t"):  # python-docx leaves the cell's empty paragraph above it
        cell._tc.remove(first)


@sample("docx_variants/extra_empty_rows_cols.docx")
def extra_empty_rows_cols(path: Path) -> None:
    """Blank rows (between groups, inside a merged group, at the end) and empty columns
    (a blank one at the right edge; one between 指标值 and its 确定依据)."""

    def body(doc: DocxDocument) -> None:
        heading, rows = XIAOZHAN.project(1)
        add_paragraph(doc, numbered(1, heading), "Heading 3")
        rows = [[*r, ""] if len(r) == 6 else r for r in rows]
        blank = [""] * 7
        rows.insert(row_index(rows, "效果指标"), blank)
        rows.insert(row_index(rows, "效果指标") + 1, blank)
        rows.insert(row_index(rows, "一级指标"), blank)
        add_grid_table(doc, [*rows, blank, blank], widths=(*WIDTHS_6, 0.8))

        heading, rows = XIAOZHAN.project(5)
        add_paragraph(doc, numbered(2, heading), "Heading 3")
        rows = [[*r[:5], "", r[5]] if len(r) == 6 else r for r in rows]
        add_grid_table(doc, rows, widths=(1.8, 2.4, 3.0, 3.3, 2.6, 0.8, 2.5))

    build(path, XIAOZHAN, body)


@sample("docx_variants/multi_paragraph_cells.docx")
def multi_paragraph_cells(path: Path) -> None:
    """Cells of several paragraphs and manual line breaks: goals split by Shift+Enter,
    the 主要用途 text in two paragraphs, header words broken over two lines, a stray
    empty paragraph before a name and after a value."""

    def body(doc: DocxDocument) -> None:
        for n, i in enumerate((0, 3, 7), start=1):
            heading, rows = DAWANGZHUANG.project(i)
            add_paragraph(doc, numbered(n, heading), "Heading 3")
            goals = row_index(rows, "绩效目标")
            rows[goals][1] = Breaks(rows[goals][1].strip("\n"))
            use = row_index(rows, "项目资金主要用途")
            rows[use][1] = rows[use][1].replace("。主要用于", "。\n主要用于", 1)
            header = row_index(rows, "一级指标")
            rows[header][3] = Breaks("绩效指标\n描述")
            rows[header][5] = Breaks("指标值确定\n依据")
            name = row_index(rows, "项目编码")
            rows[name][3] = "\n" + rows[name][3]
            first = header + 1
            rows[first][4] = rows[first][4] + "\n"
            add_grid_table(doc, rows)

    build(path, DAWANGZHUANG, body)
