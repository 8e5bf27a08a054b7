"""Each OCR reading of a scan goes beside the field read from it: an indicator's cells
named by field, a project's fields from the cells of its own rows, the unit and year
from a cell or a heading.  A grid with readings made up, so no engine is needed."""

from __future__ import annotations

import json
from typing import Any

from jixiao.parsers.grid import Paragraph, Recognised, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.readers.ocr import OCR_KEY, annotate
from jixiao.parsers.readers.ocr.provenance import annotate_fields
from jixiao.parsers.records import DocumentRecord

TABLE = [
    ["预算单位", "某镇人民政府", "", ""],
    ["项目名称", "修建排水沟", "", ""],
    ["预算数（万元）", "100", "", ""],
    ["年度目标", "排除积水，方便群众出行", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "修建排水沟长度", "268米"],
    ["效益指标", "社会效益指标", "道路不积水", "是"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
]
TITLE = "2021年项目绩效目标表"


def scanned(table: list[list[str]], *, ocr: bool = True) -> SourceDocument:
    """The grid as the OCR reader gives it: each cell with its reading (confidence 0.99,
    a box of its own), and the title line's reading."""
    rows = [row_from_texts(t, index=n, page=1) for n, t in enumerate(table)]
    for r in rows:
        for c in r.cells:
            if c.text and ocr:
                x, y = 100.0 * c.col, 20.0 * r.index
                c.ocr = Recognised(c.text, c.text, 0.99, 1, (x, y, x + 90, y + 15))
    title = Recognised(TITLE, TITLE, 0.97, 1, (50.0, -30.0, 300.0, -15.0))
    return SourceDocument([Paragraph(TITLE, page=1), Table(rows, page=1)], format="image",
                          pages=1, readings=[title] if ocr else [])


def read(src: SourceDocument) -> DocumentRecord:
    record = to_document_record(src, file_name="scan.png")
    annotate(record, src)
    annotate_fields(record, src)
    return record


def entries(record: DocumentRecord) -> list[tuple[str, str, str, list[float]]]:
    cells: list[dict[str, Any]] = json.loads(record.projects[0].fields[OCR_KEY])
    return [(c["target"], c["field"], c["text"], c["box"]) for c in cells]


def test_project_and_document_fields_keep_their_cells_readings() -> None:
    assert entries(read(scanned(TABLE))) == [
        ("project", "name", "修建排水沟", [100.0, 20.0, 190.0, 35.0]),
        ("project", "budget_total_yuan", "100", [100.0, 40.0, 190.0, 55.0]),
        ("project", "goals", "排除积水，方便群众出行", [100.0, 60.0, 190.0, 75.0]),
        # the 预算单位 row states the unit: the document's, not also a project row's
        ("document", "unit_name", "某镇人民政府", [100.0, 0.0, 190.0, 15.0]),
        ("document", "year", TITLE, [50.0, -30.0, 300.0, -15.0]),  # from the title line
    ]


def test_an_indicators_cells_are_named_by_their_field() -> None:
    record = read(scanned(TABLE))
    named = [[(c["field"], c["text"]) for c in json.loads(i.extra[OCR_KEY])]
             for i in record.projects[0].indicators]
    assert named[0] == [("level1", "产出指标"), ("level2", "数量指标"),
                        ("level3", "修建排水沟长度"), ("value_raw", "268米")]
    assert {c["target"] for i in record.projects[0].indicators
            for c in json.loads(i.extra[OCR_KEY])} == {"indicator"}


def test_a_label_names_the_cell_of_its_value() -> None:
    """Two cells read 100: the budget is the one after its label."""
    table = [TABLE[0], TABLE[1], ["其中：财政资金", "100", "", ""], TABLE[2], *TABLE[3:]]
    [budget] = [e for e in entries(read(scanned(table))) if e[1] == "budget_total_yuan"]
    assert budget[3][1] == 60.0  # row 3, not row 2


def test_a_text_joined_from_several_cells_gets_each() -> None:
    table = [TABLE[1], TABLE[2], ["年度目标", "排除积水", "", ""],
             ["年度目标", "方便群众出行", "", ""], *TABLE[4:]]
    record = read(scanned(table))
    goals = [e[2] for e in entries(record) if e[1] == "goals"]
    assert goals == ["排除积水", "方便群众出行"]
    assert "".join(goals) == "".join((record.projects[0].goals_text or "").split())


def test_a_document_not_read_by_ocr_gets_no_readings() -> None:
    record = read(scanned(TABLE, ocr=False))
    assert OCR_KEY not in record.projects[0].fields
    assert all(OCR_KEY not in i.extra for i in record.projects[0].indicators)
