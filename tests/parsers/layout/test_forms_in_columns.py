"""Forms laid out otherwise than label | value beside each other, each found by an alteration
of `python -m tests.documents.variants` on the 294 real tables:

- keys-above: a row of labels over a row of their values (项目名称 | 主管部门 | 实施单位 over
  乡村道路硬化 | 交通局 | 石桥镇): 34 tables read worse (their unit or name lost), none now;
- block-col: a caption merged down the form's first column (基本信息 beside 项目名称 …
  年度绩效目标): 64 read worse (goals, units lost), none now;
- apart: the form's head and its indicators two tables, its title row (项目支出绩效指标表)
  ending the first: the indicators went to a project of their own.
"""

from __future__ import annotations

from jixiao.parsers.grid import Cell, Paragraph
from tests.parsers.layout.test_layout import HEADER4, down, grid, only_project, record

INDICATOR = ["产出指标", "数量指标", "硬化道路", "3公里"]


def test_labels_over_their_values_name_the_project_and_its_unit() -> None:
    rec = record(grid(
        ["项目名称", "主管部门", "实施单位", "资金总额(万元)"],
        ["乡村道路硬化", "石桥镇人民政府", "石桥镇农业服务中心", "120"],
        HEADER4, INDICATOR,
    ))
    p = only_project(rec)
    assert (p.name, p.fields["主管部门"], p.fields["实施单位"], p.budget_raw) == (
        "乡村道路硬化", "石桥镇人民政府", "石桥镇农业服务中心", "120")
    assert rec.unit_name == "石桥镇农业服务中心"
    assert [i.level3 for i in p.indicators] == ["硬化道路"]  # the values' row is no indicator


def test_labels_over_the_indicators_header_take_none_of_its_words() -> None:
    p = only_project(record(grid(
        ["项目名称", "乡村道路硬化", "", ""],
        ["财政拨款", "", "其他资金", ""],
        HEADER4, INDICATOR,
    )))
    assert p.name == "乡村道路硬化"
    assert [i.level3 for i in p.indicators] == ["硬化道路"]
    assert all("指标" not in (f.amount_raw or "") for f in p.funding)


def test_labels_over_a_row_of_other_labels_take_no_values() -> None:
    p = only_project(record(grid(
        ["项目名称", "主管部门"],
        ["实施单位", "项目负责人"],
        HEADER4[1:], INDICATOR[1:],
    )))
    assert p.name is None and "主管部门" not in p.fields


def test_labels_each_beside_its_own_blank_take_nothing_from_the_row_below() -> None:
    """岳阳楼区's 自评报告: 项目负责人 | (blank) | 联系电话 | (blank), the form's own cells for
    the values left empty, over its next pairs 项目地址 | … | 邮 编 | 414000: those labels
    are no values of the blank ones (项目负责人 had read 项目地址)."""
    p = only_project(record(grid(
        ["项目名称", "代表之家", "项目单位", "岳阳楼区人大办"],
        ["项目负责人", "", "联系电话", ""],
        ["项目地址", "岳阳楼区人大常委会", "邮 编", "414000"],
        HEADER4, INDICATOR,
    )))
    assert p.fields.get("项目负责人") != "项目地址" and p.fields.get("联系电话") != "邮 编"


def test_a_goal_beside_a_caption_merged_down_the_first_column_is_the_goal() -> None:
    caption = "基本信息"
    p = only_project(record(grid(
        [caption, "项目名称", "党支部书记补贴", ""],
        [down(caption), "主管部门", "圣灯山镇人民政府", ""],
        [down(caption), "当年绩效目标", Cell("完成对村居党支部书记发放补贴", 0, 2)],
        ["绩效指标", *HEADER4[1:]],
        [down("绩效指标"), "数量指标", "发放人数", "48人"],
    )))
    assert (p.name, p.fields["主管部门"]) == ("党支部书记补贴", "圣灯山镇人民政府")
    assert p.goals_text == "完成对村居党支部书记发放补贴"


def test_a_title_row_ending_the_head_table_heads_the_next_tables_indicators() -> None:
    rec = record(
        grid(["项目名称", "能源安全检查经费"], ["主管部门", "保山市能源局"],
             [Cell("项目支出绩效指标表", 0, 2)]),
        Paragraph("二、项目绩效指标"),
        grid(HEADER4, INDICATOR),
    )
    p = only_project(rec)
    assert p.name == "能源安全检查经费"
    assert [i.level3 for i in p.indicators] == ["硬化道路"]


def test_a_title_row_ending_a_table_does_not_join_a_named_project_below() -> None:
    rec = record(
        grid(["项目名称", "能源安全检查经费"], [Cell("项目支出绩效指标表", 0, 2)]),
        grid(["项目名称", "新能源项目推进经费"], HEADER4, INDICATOR),
    )
    assert [(p.name, len(p.indicators)) for p in rec.projects] == [
        ("能源安全检查经费", 0), ("新能源项目推进经费", 1)]


def test_indicators_with_no_header_over_them_are_read_by_their_levels() -> None:
    p = only_project(record(grid(
        ["项目名称", "党支部书记补贴", "", ""],
        ["产出指标", "数量指标", "发放人数", "48人"],
        [down("产出指标"), "质量指标", "发放准确率", "100%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
    )))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "数量指标", "发放人数", "48人"),
        ("产出指标", "质量指标", "发放准确率", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%")]


def test_a_headerless_tables_columns_are_told_by_what_they_hold() -> None:
    # name | its explanation | direction | sign | figure | unit | weight, no header
    p = only_project(record(grid(
        ["项目名称", "再生资源回收市场管理经费", "", "", "", "", "", ""],
        ["产出指标", "数量指标", "出差人次", "反映出差人次", "正向", "=", "24", "人次", "4"],
        [down("产出指标"), "质量指标", "工作任务完成率", "反映完成率", "正向", "≥", "100", "%",
         "4"],
    )))
    got = [(i.level3, i.description, i.op_raw, i.value_raw, i.unit_raw) for i in p.indicators]
    assert got == [("出差人次", "反映出差人次", "=", "24", "人次"),  # (the sign, not the
                   ("工作任务完成率", "反映完成率", "≥", "100", "%")]  # direction, 正向)


def test_a_row_of_level_names_alone_implies_no_header() -> None:
    p = only_project(record(grid(
        ["项目名称", "党支部书记补贴", ""],
        ["产出指标", "数量指标", "质量指标"],
    )))
    assert p.indicators == []


def test_a_form_with_no_level1_column_and_no_header_is_read_by_its_level2() -> None:
    p = only_project(record(grid(
        ["项目名称", "滨湖办公大楼运行保障", "", ""],
        ["数量指标", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"],
        ["质量指标", "维修维护验收合格率", "反映维修维护质量", ">92%"],
    )))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        (None, "数量指标", "大楼安检巡察次数", "200次"),
        (None, "质量指标", "维修维护验收合格率", ">92%")]


def test_levels_then_a_figure_then_a_name_imply_no_header() -> None:
    # (its one name the last cell, no target after it: no indicator, and no error)
    p = only_project(record(grid(
        ["项目名称", "党支部书记补贴", "", ""],
        ["产出指标", "数量指标", "48", "发放人数"],
    )))
    assert p.indicators == []
