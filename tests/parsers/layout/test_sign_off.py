"""A sign-off row under the indicators (科室(盖章) 年 月 日) ends them and is not kept,
however a scan cut its cells; a row that only looks like one is read as it is."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.layout.rows import signed_off
from tests.parsers.layout.test_layout import grid

HEAD = [["项目名称", "主体班培训", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["产出指标", "数量指标", "培训班次", "12期", ""]]


@pytest.mark.parametrize("last", [
    ["财政资金管理科室(盖章) 年 月 日", "", "", "财政绩效管理科室(盖章) 年 月 日", ""],
    # batch d's 党校 sheet photographed: the cell cut in two, a bracket lost
    ["财政资金管理科室(盖章", "章)年月日", "", "财政绩效管理科室(盖章)年月日", ""],
])
def test_a_sign_off_row_ends_the_indicators_and_is_not_kept(last: list[str]) -> None:
    src = SourceDocument([grid(*HEAD, last)], format="xlsx")
    [p] = to_document_record(src, file_name="党校_2022.xlsx").projects
    assert [i.level3 for i in p.indicators] == ["培训班次"]
    assert not any("盖章" in v for v in p.fields.values())


@pytest.mark.parametrize(("texts", "expected"), [
    (["单位(盖章)", "年 月 日"], True),
    (["主要领导签字:", "2023年6月28日"], False),  # dated: a statement, kept as written
    (["完成时间", "年 月 日"], False),  # no stamp or signature asked for
])
def test_signed_off(texts: list[str], expected: bool) -> None:
    assert signed_off(texts) is expected


def test_a_row_spanning_the_levels_and_the_target_with_figures_after_it_adds_up() -> None:
    # 霍山's 自评表 ends 分总 | 100 | 100 (a 总分 typed backwards), the label over every level
    # and the target: the scores added up, not an indicator, whatever the label says
    header = row_from_texts(["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"], index=0)
    data = row_from_texts(["产出指标", "数量指标", "特殊教育学生数", "≥30人", "30", "30"], index=1)
    total = Row([Cell("分总", 0, 4), Cell("100", 4, 1), Cell("100", 5, 1)], index=2)
    rec = to_document_record(SourceDocument([Paragraph("项目名称:特殊教育补助资金"),
                                             Table([header, data, total])], format="docx"),
                             file_name="自评表.docx")
    [p] = rec.projects
    assert [i.level3 for i in p.indicators] == ["特殊教育学生数"]
