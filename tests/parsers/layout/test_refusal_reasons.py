"""What a refusal tells the clerk to do next depends on how the table was read: a scan or
photo whose ruling lines were lost (r09, a fax at 204 × 98 dpi: its row lines gone, the
whole form one cell per column) is to be scanned again, where a typed table that holds
no project table is probably the wrong file."""

from __future__ import annotations

import pytest

from jixiao.errors import NoProjects
from jixiao.parsers.grid import Cell, Recognised
from tests.parsers.layout.test_layout import grid, record

# r09's first row as the fax's scan read it: its rows' lines lost, one cell a column
RAN_TOGETHER = ("专项基本专项名称南岳区青少年学生校外活动教学相关补助费\n情况专项属性新增项延续项√"
                "主管部门南岳区教行局", "专项负责赵晓青联系人及电话18932108258")


def _read_by_ocr(text: str) -> Cell:
    return Cell(text, 0, ocr=Recognised(text, text, 0.93, 1, (60.0, 120.0, 540.0, 300.0)))


def test_a_scan_whose_cells_ran_together_is_to_be_scanned_again() -> None:
    with pytest.raises(NoProjects, match=r"read by OCR .* scan the page again flat"):
        record(grid([_read_by_ocr(t) for t in RAN_TOGETHER],
                    [_read_by_ocr("开放功能室培训班教师人数"), _read_by_ocr("≥80次≥14人")]))


def test_a_typed_table_that_is_no_project_table_is_probably_the_wrong_file() -> None:
    with pytest.raises(NoProjects, match="check that the right file was sent") as e:
        record(grid(list(RAN_TOGETHER), ["开放功能室培训班教师人数", "≥80次≥14人"]))
    assert "OCR" not in str(e.value)
