"""The unit and the total of a project's money where the table leaves them to the text
around it: a notice that states the same amount in 万元, a note run into another line,
an evaluation's summary beside the amounts it checked."""

from __future__ import annotations

from jixiao.parsers.grid import Paragraph, Table
from tests.parsers.layout.test_layout import down, grid, only_project, record

INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
              ["产出指标", "数量指标", "康复人数", "120人"]]


def test_blank_total_its_sources_amounts_in_the_notices_unit() -> None:
    p = only_project(record(
        Paragraph("现将补助资金134.39万元下达给你们,其中:一般公共预算资金50.29万元。"),
        grid(
            ["项目名称", "残疾人事业发展补助资金"],
            ["资金金额", "年度资金总额", ""],
            [down("资金金额"), "其中:中央补助", "50.29"],
            [down("资金金额"), "地方资金", ""],
            *INDICATORS,
        ),
    ))
    assert p.budget_unit_hint == "万元"


def test_a_source_the_text_never_states_keeps_no_unit() -> None:
    p = only_project(record(
        Paragraph("现将补助资金134.39万元下达给你们。"),
        grid(["项目名称", "残疾人事业发展补助资金"], ["其中:中央补助", "50.29"], *INDICATORS),
    ))
    assert p.budget_unit_hint is None


def test_an_evaluations_summary_its_total_unit_and_checked_amounts() -> None:
    p = only_project(record(grid(
        ["评价机构全称(盖章):某某咨询有限公司单位:万元、类、个"],
        ["项目名称", "2023年村干部报酬项目", "评价年度", "2023"],
        ["主管部门", "黄果树镇人民政府", "联系人及联系方式", "黄艳"],
        ["各级资金 投入总数", "246.37", "抽查资金总数", "246.37", "资金抽查占比", "100%"],
        ["区级财政资金拨付数", "246.37", "区级财政资金抽查数", "246.37", "区级财政资金抽查占比",
         "100%"],
    )))
    assert p.name == "2023年村干部报酬项目"
    assert (p.budget_raw, p.budget_unit_hint) == ("246.37", "万元")
    assert [(f.source, f.amount_raw) for f in p.funding] == [("区级财政资金拨付数", "246.37")]


def _letter_with_allocation(amount: str, note: str = "单位:万元") -> list[Paragraph | Table]:
    """A 财政局's letter (莆田, 万盛): its allocation table under a unit's note, then the
    区域绩效目标表, whose 资金情况 states no unit."""
    return [
        Paragraph("附件1"), Paragraph(note),
        grid(["序号", "项目单位", "补助金额"], ["1", "莆田市图书馆", "15"]),
        Paragraph("附件2"),
        grid(["项目名称", "全国智慧图书馆体系建设"],
             ["资金情况", "年度金额:", amount], [down("资金情况"), "其中:中央补助", amount],
             *INDICATORS),
    ]


def test_a_bare_total_listed_under_a_unit_note_takes_its_unit() -> None:
    assert only_project(record(*_letter_with_allocation("15"))).budget_unit_hint == "万元"


def test_the_documents_one_unit_note_holds_for_a_bare_total_it_does_not_list() -> None:
    assert only_project(record(*_letter_with_allocation("1916"))).budget_unit_hint == "万元"


def test_a_note_in_yuan_or_a_text_amount_alone_gives_no_unit() -> None:
    assert only_project(record(*_letter_with_allocation("1916", "单位:元"))).budget_unit_hint in (
        None, "元")
    p = only_project(record(
        Paragraph("现将补助资金134.39万元下达给你们,其中:中央补助30万元。"),
        *_letter_with_allocation("1916", "说明:按项目分配")[2:],
    ))
    assert p.budget_unit_hint is None


def test_a_short_rows_last_figure_is_the_last_columns() -> None:
    """A text export writes a cell spanning columns once (合计 over three columns, then
    2430.3): the figure stands in the row's second cell, and is the 分配金额(万元) column's."""
    p = only_project(record(
        grid(["序号", "单位名称", "会展项目名称", "分配金额(万元)"],
             ["1", "省卫生健康委", "博览会", "500"],
             ["合计", "2430.3"]),
        grid(["项目名称", "会展项目奖励资金"], ["资金总额", "2430.3"], *INDICATORS),
    ))
    assert p.budget_unit_hint == "万元"
