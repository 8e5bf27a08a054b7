"""A 二级 name and its target in one cell (质量指标:学校的教育教学秩序良好…, 南岳区实验中学's
部门整体支出 table) beside a 一级 name, with no header above: read as one indicator, also
where the colon was lost (a seal over it on a scan) and the name is a known 二级; a cell
that only starts like one is no indicator."""

from __future__ import annotations

import pytest

from jixiao.errors import NoProjects
from jixiao.parsers.grid import SourceDocument
from jixiao.parsers.layout.document import to_document_record
from tests.parsers.layout.test_layout import grid

HEAD = [["部门名称", "南岳区实验中学", ""],
        ["整体绩效目标", "目标1:把教学放在首位,一切为教学服务。", ""]]


@pytest.mark.parametrize(("cell", "expected"), [
    ("质量指标:学校的教育教学秩序良好", ("质量指标", "学校的教育教学秩序良好")),
    ("环境效益指标:学校绿化覆盖达70%", ("环境效益指标", "学校绿化覆盖达70%")),
    # the colon lost: b01 of the unseen scans, a phone photo sealed over it
    ("环境效益指标学校绿化覆盖达70%,优化校园生态环境。",
     ("环境效益指标", "学校绿化覆盖达70%,优化校园生态环境。")),
    ("时效指标按时完成教学任务", ("时效指标", "按时完成教学任务")),
])
def test_a_level2_and_its_target_in_one_cell(cell: str, expected: tuple[str, str]) -> None:
    rows = [*HEAD, ["部门整体支出年度绩效指标", "效益指标", cell]]
    [p] = to_document_record(SourceDocument([grid(*rows)], format="docx"),
                             file_name="南岳区实验中学.docx").projects
    assert [(i.level1, i.level2, i.value_raw) for i in p.indicators] == [("效益指标", *expected)]


@pytest.mark.parametrize("cell", [
    "效益指标学校绿化覆盖达70%",  # a 一级 name before the text, not a 二级
    "数量指标(必填)",  # a name and its note, no target
    "指标学校",  # no name at all
])
def test_a_cell_that_only_starts_like_one_is_no_indicator(cell: str) -> None:
    rows = [*HEAD, ["部门整体支出年度绩效指标", "产出指标", "质量指标:教学秩序良好"],
            ["部门整体支出年度绩效指标", "效益指标", cell]]
    [p] = to_document_record(SourceDocument([grid(*rows)], format="docx"),
                             file_name="南岳区实验中学.docx").projects
    assert [i.value_raw for i in p.indicators] == ["教学秩序良好"]


def test_rows_whose_merged_cells_a_text_export_left_blank_keep_the_level1_above() -> None:
    """The same table exported from Word as text: the merged 一级 and caption cells are
    written once, blank in the rows below; those rows are indicators under the 一级 above.
    A row of that shape with no such row above it is none."""
    rows = [*HEAD, ["部门整体支出年度绩效指标", "产出指标", "质量指标:教学秩序良好"],
            ["", "", "时效指标:按时完成教学任务。"],
            ["", "效益指标", "社会效益指标:中考成绩进一步稳定"],
            ["", "", "环境效益指标:学校绿化覆盖达70%"]]
    [p] = to_document_record(SourceDocument([grid(*rows)], format="txt"),
                             file_name="南岳区实验中学.txt").projects
    assert [(i.level1, i.level2, i.value_raw) for i in p.indicators] == [
        ("产出指标", "质量指标", "教学秩序良好"), ("产出指标", "时效指标", "按时完成教学任务。"),
        ("效益指标", "社会效益指标", "中考成绩进一步稳定"),
        ("效益指标", "环境效益指标", "学校绿化覆盖达70%")]
    alone = [*HEAD, ["", "", "时效指标:按时完成教学任务。"]]
    with pytest.raises(NoProjects):  # no indicator, so no table of targets
        to_document_record(SourceDocument([grid(*alone)], format="txt"),
                           file_name="南岳区实验中学.txt")
