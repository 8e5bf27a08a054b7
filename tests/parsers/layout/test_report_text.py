"""A self-evaluation report's table with no form around it: the project named by the
report's heading (…项目自评结果) or by its text (该…项目于…), its budget by the sentence
that tells what was allocated (下达预算2596万元); none of it where the text is not sure."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Paragraph, SourceDocument
from jixiao.parsers.layout.document import to_document_record
from tests.parsers.layout.test_layout import grid

TABLE = grid(["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
             ["产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%"])


def _project(*paragraphs: str) -> tuple[str | None, str | None]:
    src = SourceDocument([*map(Paragraph, paragraphs), TABLE], format="txt")
    [p] = to_document_record(src, file_name="自评.txt").projects
    return p.name, p.budget_raw


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # 湖北科技学院's 自评结果: the heading names it, a sentence tells the budget
    (("2021年度本专科生奖助学金项目自评结果",
      "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元。"),
     ("本专科生奖助学金", "2596万元")),
    # 大英's 自评报告: the text names the project and its budget
    (("二、项目资金申报及使用情况",
      "该双心及文明城市创建专项资金项目于2020年初向财政局进行资金申报工作,批复下达预算资金10万元。"),
     ("双心及文明城市创建专项资金", "10万元")),
    # a scan's page: a paragraph a printed line, the sentence broken between two
    (("该双心及文明城市创建专项资金项目于2020年初向财政局进行资金申报工作,批复下达预算",
      "资金10万元。"), ("双心及文明城市创建专项资金", "10万元")),
    # two amounts allocated, two projects named: none taken
    (("该甲项目建设工程项目于2020年初申报,批复下达预算资金10万元。",
      "该乙项目维修养护项目于2021年申报,批复下达预算资金12万元。"), (None, None)),
    # what was spent is no budget; a section heading names no project
    (("一、项目自评情况", "全年度实际总支出2595.6208万元。"), (None, None)),
])
def test_a_reports_heading_and_text_name_its_project_and_budget(
        paragraphs: tuple[str, ...], expected: tuple[str | None, str | None]) -> None:
    assert _project(*paragraphs) == expected
