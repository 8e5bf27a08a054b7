"""Side-by-side 中长期 and 年度 blocks told apart by their order alone, and the key
wordings of a 重点项目绩效目标表, on small grids."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, SourceDocument
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.records import ProjectRecord
from tests.parsers.layout.test_layout import grid

TWIN = ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]


def project(*rows: list[str | Cell]) -> ProjectRecord:
    src = SourceDocument([grid(*rows)], format="docx")
    rec = to_document_record(src, file_name="某县_2023.docx")
    [p] = rec.projects
    return p


def test_twin_blocks_filled_on_the_left_only_read_the_left() -> None:
    p = project(
        ["项目名称", Cell("城管执法车辆维修燃油费", 0, colspan=6)],
        TWIN,
        ["产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆", "数量指标", "", ""],
        ["产出指标", "质量指标", "经费支出合规性", "较高", "质量指标", "", ""],
    )
    assert [(i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("数量指标", "完成修理养护的设施数量", "≥90辆"), ("质量指标", "经费支出合规性", "较高"),
    ]
    assert p.indicators[0].extra == {"年度·二级指标": "数量指标"}


def test_twin_blocks_filled_on_both_sides_read_the_annual_one_throughout() -> None:
    # settled on the first row: a later row filled on the long-term side only does not
    # turn the table round
    p = project(
        ["项目名称", Cell("智慧党建平台", 0, colspan=6)],
        TWIN,
        ["产出指标", "数量指标", "接入支部", "36个", "数量指标", "接入支部", "24个"],
        ["产出指标", "质量指标", "平台可用率", "99%", "质量指标", "", ""],
    )
    assert [i.value_raw for i in p.indicators] == ["24个"]


def test_key_project_form_names_its_budget_and_this_years_goal() -> None:
    p = project(
        ["预算单位", "某街道办事处", "项目名称", "市政日常维护经费"],
        ["预计完成时间", "2021-12-31", "项目申报金额\n(万元)", "2243.02"],
        ["项目中期规划绩效目标", Cell("", 0, colspan=3)],
        ["项目当年绩效目标", Cell("完成1个老集镇的维护", 0, colspan=3)],
    )
    assert (p.budget_raw, p.budget_label) == ("2243.02", "项目申报金额\n(万元)")
    assert p.goals_text == "完成1个老集镇的维护"


@pytest.mark.parametrize("label", ["中期绩效目标", "长期绩效目标", "实施期绩效目标"])
def test_a_mid_term_goal_row_under_the_years_is_not_a_goal_of_the_year(label: str) -> None:
    """百色市教育局's 公开表: 年度绩效目标 and 中期绩效目标 on rows of their own."""
    p = project(
        ["项目名称", Cell("百色天立学校办学补贴", 0, colspan=3)],
        ["年度绩效目标", Cell("投入1800万元,根据协议支付合作办学经费。", 0, colspan=3)],
        [label, Cell("引进优质教育品牌、与名校合作办学。", 0, colspan=3)],
    )
    assert p.goals_text == "投入1800万元,根据协议支付合作办学经费。"


def test_funding_lines_under_a_mid_term_and_a_years_total_are_the_years() -> None:
    p = project(
        ["项目名称", Cell("城管执法车辆维修燃油费", 0, colspan=4)],
        ["项目资金 (万元)", "中期资金总额:", "170.00", "年度资金总额:", "340.00"],
        [Cell("项目资金 (万元)", 0, merged_above=True), "其中:财政拨款", "170.00", "其中:财政拨款",
         "340.00"],
        TWIN[:5],
        ["产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆", "数量指标"],
    )
    assert p.budget_raw == "340.00"
    assert [(f.source, f.amount_raw) for f in p.funding] == [("其中:财政拨款", "340.00")]


def test_the_annual_blocks_target_is_its_own_however_worded() -> None:
    """东莞's 批复表: 指标值(或计划水平) under 中期, 计划指标值(或计划水平) under 年度.  Each
    block names its own target column: the annual block's is read, the long-term one's kept
    (it was the other way round: the exact wording won over the annual block's own)."""
    p = project(
        ["项目名称", Cell("镇际联网路升级改造工程一期", 0, colspan=6)],
        ["一级指标", "二级指标", "三级指标", "指标值(或计划水平)", "二级指标", "三级指标",
         "计划指标值(或计划水平)"],
        ["预期产出指标", "数量指标", "项目数", "", "数量指标", "完成结算项目数", "3"],
        ["效果指标", "社会效益指标", "结算争议率", "1%", "社会效益指标", "补助款结算争议率", "0%"],
    )
    assert [(i.level3, i.value_raw) for i in p.indicators] == [
        ("完成结算项目数", "3"), ("补助款结算争议率", "0%")]
    assert p.indicators[1].extra["中长期·指标值"] == "1%"


def test_one_block_with_two_wordings_of_the_target_keeps_the_exact_one() -> None:
    p = project(
        ["项目名称", Cell("智慧党建平台", 0, colspan=4)],
        ["一级指标", "二级指标", "三级指标", "指标值", "计划指标值"],
        ["产出指标", "数量指标", "接入支部", "36个", "30个"],
    )
    assert [i.value_raw for i in p.indicators] == ["36个"]
    assert p.indicators[0].extra == {"计划指标值": "30个"}
