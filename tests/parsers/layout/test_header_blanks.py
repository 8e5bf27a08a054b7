"""A two-row header whose file kept no merges: the blanks of its second row under a label
of the first are read as merged down from it (`walk.fill_header_blanks`)."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Paragraph, Row, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.layout.header import map_header
from jixiao.parsers.layout.walk import fill_header_blanks


def rows(*texts: list[str]) -> list[Row]:
    return [row_from_texts(t, index=i) for i, t in enumerate(texts)]


def fields(row: Row) -> list[str]:
    hm = map_header(row)
    assert hm is not None
    return [c.field for c in hm.columns]


def test_a_self_evaluation_keeps_its_columns_named_only_in_the_first_header_row() -> None:
    # 明朗中学's 自评表 as a CSV: 实际完成值, 分值, 得分 were merged down over two rows
    _, lower, data = fill_header_blanks(rows(
        ["绩效指标", "", "", "年度指标值", "", "", "实际完成值", "分值", "得分", "偏差原因分析"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", "", ""],
        ["产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次", "735", "10", "10", ""],
    ))
    assert [c.text for c in lower.cells[6:]] == ["实际完成值", "分值", "得分", "偏差原因分析"]
    assert all(c.merged_above for c in lower.cells[6:])
    assert fields(lower)[6:9] == ["actual", "weight", "score"]
    assert data.cells[9].text == "" and not data.cells[9].merged_above  # data rows untouched


def test_a_budget_system_export_keeps_its_project_columns() -> None:
    # 湘西州's export: 单位代码 | 单位(专项)名称 | 资金总额 head both rows; a label the
    # vocabulary does not know (单位代码) is not carried down
    _, lower = fill_header_blanks(rows(
        ["单位代码", "单位(专项)名称", "资金总额", "绩效指标", "", "", ""],
        ["", "", "", "一级指标", "二级指标", "三级指标", "指标值"],
    ))
    assert [c.text for c in lower.cells[:3]] == ["", "单位(专项)名称", "资金总额"]
    assert fields(lower)[1:4] == ["project_name", "project_budget", "level1"]


def test_rows_that_are_not_a_header_below_header_words_stay_as_they_are() -> None:
    table = rows(
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "完成亩数", ""],  # a blank 指标值 is blank, not 指标值
        ["", "质量指标", "合格率", "100%"],
    )
    assert fill_header_blanks(table) == table


def test_a_first_level1_written_lower_down_its_rows_heads_the_level2_above_it() -> None:
    # 黄石's 批复表 as a CSV: 产出指标 centred in a run of blank cells, below the row that
    # names 数量指标, whose blank cells beneath once were its merge
    table = Table(rows(
        ["项目名称", "主体班", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["", "数量指标", "培训人次", "280人次"],
        ["产出指标", "", "开设课程数量", "220"],
        ["", "质量指标", "培训完成率", "100%"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
    ))
    rec = to_document_record(SourceDocument([Paragraph("项目支出绩效目标批复表"), table],
                                            format="txt"), file_name="党校_2022.csv")
    [p] = rec.projects
    assert [(i.level1, i.level2) for i in p.indicators[1:]] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("满意度指标", "服务对象满意度指标"),
    ]


def test_a_units_name_beside_the_projects_own_columns_names_the_project() -> None:
    # 衡阳市社会福利院's 整体 export, one wide row: 单位名称 | 资金总额 | … | 整体绩效目标 |
    # 一级指标 …; read by its words alone, 单位名称 would be the measure's 单位
    header, _blank, data = rows(
        ["单位编码", "单位名称", "资金总额", "一般公共预算", "整体绩效目标", "一级指标", "二级指标",
         "三级指标", "指标值", "计量单位"],
        ["", "", "", "", "", "", "", "", "", ""],
        ["058003", "衡阳市社会福利院", "1,752.48", "1,462.48", "1、建立健全保障体系", "产出指标",
         "数量指标", "开展开放日活动次数", "1", "次"],
    )
    assert fields(header)[1:3] == ["project_name", "project_budget"]
    assert fields(header)[-1] == "unit"
    rec = to_document_record(SourceDocument([Paragraph("整体支出绩效目标表"),
                                             Table([header, data])], format="html"),
                             file_name="部门预算公开.html")
    [p] = rec.projects
    assert p.name == "衡阳市社会福利院"
    assert [(i.level3, i.value_raw, i.unit_raw) for i in p.indicators] == [
        ("开展开放日活动次数", "1", "次")]


def test_a_text_exports_header_short_by_the_last_cells_span_keeps_its_columns() -> None:
    # 检验检疫's 评价表 as Word's text export: 采集数据项 spans 数据项1 | 理由 on the row below,
    # written once, so the header is a cell short; the cells under the other headers are
    # blank (merged down).  The last header spans two, not the first (which would shift
    # every column one to the right: 分值 read as the 二级)
    from jixiao.parsers.grid import Cell, Row

    def row(texts: list[str], i: int) -> Row:
        return Row([Cell(t, j) for j, t in enumerate(texts)], index=i)

    header = row(["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)",
                  "分值", "采集数据项"], 0)
    sub = row(["", "", "", "", "", "", "", "", "数据项1", "理由"], 1)
    data = row(["项目效果", "25", "经济效益", "20", "是否提高了口岸反恐综合能力", "是/否", "是",
                "5", "", "①"], 2)
    rec = to_document_record(SourceDocument([Paragraph("反恐经费支出绩效评价表"),
                                             Table([header, sub, data], ncols=10)],
                                            format="txt"), file_name="评价表.txt")
    [p] = rec.projects
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("项目效果", "经济效益", "是否提高了口岸反恐综合能力", "是")]


def test_fujians_goals_headed_form_with_its_merges_lost_keeps_its_levels() -> None:
    # 福建's 绩效目标 | 评价指标 | 绩效内容 …, 评价指标 over two columns written with a blank
    # beside it: the blank is no column of the indicators' names
    [header] = rows(["绩效目标", "评价指标", "", "绩效内容", "绩效标准", "全年绩效目标"])
    assert fields(header) == ["level1", "level2", "level3", "standard", "value"]


def test_a_header_row_a_page_break_cut_through_its_words_is_made_whole() -> None:
    # 检验检疫's 评价表 printed: the header's row broke across pages (一级 | 计量单 | 目标 at the
    # foot of page 2, 指标 | 位 | 值(标准) atop page 3, with the second row's 数据项1 | 理由)
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    foot = Row([Cell(t, i) for i, t in enumerate(
        ["一级", "权重", "二级", "三级", "计量单", "目标", "采集数据项"])], index=0, page=2)
    top = Row([Cell(t, i) for i, t in enumerate(
        ["指标", "", "指标", "指标", "位", "值(标准)", "数据项1"])], index=1, page=3)
    whole, rest = rejoin_page_breaks([foot, top])
    assert whole.texts == ["一级指标", "权重", "二级指标", "三级指标", "计量单位", "目标值(标准)",
                           "采集数据项"]
    assert rest.texts == ["", "", "", "", "", "", "数据项1"]
    # on one page, the same two rows are two rows
    same_page = Row(top.cells, index=1, page=2)
    assert len(rejoin_page_breaks([foot, same_page])) == 2


def test_a_spare_rows_dash_atop_a_page_is_a_row_of_its_own() -> None:
    # 历城区's 自评表 printed: a spare row (- under 三级) atop the page after the 成本 row is
    # no rest of that row's name cut by the break
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    cost = Row([Cell(t, i) for i, t in enumerate(
        ["成本指标", "实际成本与工作内容的匹配程度", "45万", "12.5"])], index=0, page=1)
    spare = Row([Cell(t, i) for i, t in enumerate(["", "-", "", ""])], index=1, page=2)
    assert len(rejoin_page_breaks([cost, spare])) == 2


def test_a_row_atop_a_page_that_writes_a_target_again_is_a_row_of_its_own() -> None:
    """共享工程's 自评表 printed: 环境效益 merged over two rows across the break, the
    lower row's 二级 printed blank atop the page; its 良好 | 良好 written again under the
    row above's is no rest of them (the rest of a text is never the text again)."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    foot = Row([Cell(t, i) for i, t in enumerate(
        ["环境效益", "数字图书馆环境优良无污染", "良好", "良好", "10"])], index=0, page=1)
    top = Row([Cell(t, i) for i, t in enumerate(
        ["", "WIFI全覆盖,绿色环保", "良好", "良好", ""])], index=1, page=2)
    assert len(rejoin_page_breaks([foot, top])) == 2
    rest = Row([Cell(t, i) for i, t in enumerate(["", "无污染", "", "", ""])], index=1, page=2)
    assert len(rejoin_page_breaks([foot, rest])) == 1


def test_the_first_rows_weight_atop_a_page_is_no_rest_of_the_header_above() -> None:
    """杨楼's 自评表 printed from Word: the header ends page 1, the first indicator row opens
    page 2 with its 一级's weight alone, (50分), under 一级指标: a row of its own, not the
    rest of a name the break cut (项目产出 / (30分))."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    header = Row([Cell(t, i) for i, t in enumerate(
        ["一级\n指标", "二级指标", "三级指标", "分值", "年度指标值"])], index=0, page=1)
    first = Row([Cell(t, i) for i, t in enumerate(
        ["(50分)", "数量指标", "红薯种植面积", "10", "5.5亩"])], index=1, page=2)
    header_again, row = rejoin_page_breaks([header, first])
    assert header_again.texts == header.texts
    assert row.texts == first.texts and not row.cells[0].merged_above
    # a level's name cut so still goes on
    name = Row([Cell(t, i) for i, t in enumerate(["项目产出", "数量指标", "人数", "10", "5"])],
               index=0, page=1)
    weight = Row([Cell(t, i) for i, t in enumerate(["(30分)", "", "户数", "10", "3"])],
                 index=1, page=2)
    assert rejoin_page_breaks([name, weight])[0].texts[0] == "项目产出(30分)"


@pytest.mark.parametrize("label", ["预算执行率", "总分", "合计"])
def test_a_scoring_line_atop_a_page_is_a_row_of_its_own(label: str) -> None:
    # 成安县's 自评表 printed by a browser: its 预算执行率 row (the label written twice, in
    # the 一级 and 二级 columns) atop page 3, under the 满意度 row at the foot of page 2,
    # is no rest of that row's names cut by the break
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    last = Row([Cell(t, i) for i, t in enumerate(
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "95", "100%"])], index=0, page=2)
    top = Row([Cell(t, i) for i, t in enumerate([label, label, "", "", ""])], index=1, page=3)
    assert len(rejoin_page_breaks([last, top])) == 2
    rest = Row([Cell(t, i) for i, t in enumerate(["", "", "(问卷调查)", "", ""])], index=1, page=3)
    [whole] = rejoin_page_breaks([last, rest])  # the rest of a name: joined
    assert whole.texts[2] == "服务对象满意度\n(问卷调查)"


@pytest.mark.parametrize(("foot", "top", "whole"), [
    ("数量", "指标", "数量指标"),  # 历城区's 自评表 photographed page by page (z13 of batch z)
    ("产出", "质量", "产出质量"),  # 检验检疫's 反恐经费 评价表, its feeder's scan (z07)
    ("服务对象", "满意度", "服务对象满意度"),  # 满意度 alone is a 一级's name, not this rank
])
def test_a_level_name_a_page_break_cut_in_a_merged_cell_is_made_whole(
        foot: str, top: str, whole: str) -> None:
    # a browser prints a cell merged down across a page break with its text across the
    # break: its two parts, one at the foot of a page and one atop the next, are one name
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    first = Row([Cell("产出指标", 0), Cell(foot, 1), Cell("全年免费开放", 2), Cell("100%", 3)],
                index=0, page=1)
    under = Row([Cell("产出指标", 0, merged_above=True), Cell(foot, 1, merged_above=True),
                 Cell("-", 2), Cell("", 3)], index=1, page=1)
    after = Row([Cell("产出指标", 0, merged_above=True), Cell(top, 1), Cell("免费开放率", 2),
                 Cell("100%", 3)], index=2, page=2)
    out = rejoin_page_breaks([first, under, after])
    assert [r.texts[1] for r in out] == [whole, whole, whole]
    assert [r.cells[1].merged_above for r in out] == [False, True, True]
    assert out[2].texts[2:] == ["免费开放率", "100%"]  # the row itself is a row of its own
    # on one page the two are two names; and two names of a rank are two cells
    same_page = Row(after.cells, index=2, page=1)
    assert [r.texts[1] for r in rejoin_page_breaks([first, under, same_page])] == [
        foot, foot, top]


@pytest.mark.parametrize(("foot", "top"), [
    ("数量指标", "质量指标"),
    ("时效指标", "成本指标"),  # 成本指标 names a 一级 too: still two names
    ("一级指标", "产出指标"),  # the header at a page's foot, the first level atop the next
])
def test_two_names_across_a_page_break_stay_two(foot: str, top: str) -> None:
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    above = Row([Cell(foot, 0), Cell("培训人数", 1)], index=0, page=1)
    below = Row([Cell(top, 0), Cell("合格率", 1)], index=1, page=2)
    assert [r.texts[0] for r in rejoin_page_breaks([above, below])] == [foot, top]


def _levels_and_values(*texts: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    [p] = to_document_record(SourceDocument([Table(rows(*texts))], format="txt"),
                             file_name="六安市金安区残疾人联合会.txt").projects
    return [(i.level1, i.level3, i.value_raw) for i in p.indicators]


@pytest.mark.parametrize("upper", [
    ["绩效指标", "指标值"],  # 绩效指标 written once over the three levels' columns
    ["专项年度绩效指标", "绩效指标", "指标值"],  # and a block's label beside it
])
def test_a_text_export_of_a_header_drawn_in_two_rows_keeps_its_target_column(
        upper: list[str]) -> None:
    """Word's text export of 绩效指标 across 一级指标 | 二级指标 | 三级指标 with 指标值
    merged down beside them writes each merged cell once: the upper row is short, the
    target's column blank below it (六安市金安区残联's and 南岳区's forms)."""
    lead = [""] * (len(upper) - 2)
    assert _levels_and_values(
        ["项目名称", "残疾人精准康复"], upper,
        [*lead, "一级指标", "二级指标", "三级指标", ""],
        [*lead, "产出指标", "数量指标", "签约康复人数", "≥18000人"],
        [*lead, "", "", "涉及乡镇街数量", "=22个"]) == [
        ("产出指标", "签约康复人数", "≥18000人"), ("产出指标", "涉及乡镇街数量", "=22个")]


def test_a_level2_atop_a_page_beside_a_new_level1_is_a_name_of_its_own() -> None:
    """蚕茶卫生院's table printed: 资产管理 at the foot of a page under 管理指标, 数量指标
    atop the next beside a 一级 of its own (产出指标): a new group, not 资产管理数量指标."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    foot = Row([Cell("管理指标", 0), Cell("资产管理", 1), Cell("安全性、利用率", 2)],
               index=0, page=1)
    top = Row([Cell("产出指标", 0), Cell("数量指标", 1), Cell("门诊住院人次", 2)], index=1, page=2)
    assert [r.texts[1] for r in rejoin_page_breaks([foot, top])] == ["资产管理", "数量指标"]
    # beside the same 一级 merged down across the break, the two parts are one name
    cut = Row([Cell("产出指标", 0), Cell("数量", 1), Cell("门诊人次", 2)], index=0, page=1)
    under = Row([Cell("产出指标", 0, merged_above=True), Cell("指标", 1), Cell("住院人次", 2)],
                index=1, page=2)
    assert [r.texts[1] for r in rejoin_page_breaks([cut, under])] == ["数量指标"] * 2


def test_the_rows_merged_down_from_a_name_a_page_break_cut_take_the_whole_name() -> None:
    """马铃薯's 自评表 printed with its header in two rows: 效益指标 at the foot of a page,
    (40分) atop the next and in the three rows merged down from it: all four read
    效益指标(40分), and the 一级 cell of the next row of its own ends the merge."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    def row(i: int, page: int, level1: str, merged: bool, name: str) -> Row:
        return Row([Cell(level1, 0, merged_above=merged), Cell(name, 1), Cell("8", 2)],
                   index=i, page=page)

    out = rejoin_page_breaks([
        row(0, 1, "效益指标", False, "种薯亩均收入"),
        row(1, 2, "(40分)", False, "推广面积占比"),
        row(2, 2, "(40分)", True, "认知度"), row(3, 2, "(40分)", True, "化学农药减量"),
        row(4, 2, "满意度指标(10分)", False, "群众满意度"),
        row(5, 2, "满意度指标(10分)", True, "")])
    assert [r.texts[0] for r in out] == ["效益指标(40分)"] * 4 + ["满意度指标(10分)"] * 2
    assert [r.cells[0].merged_above for r in out] == [False, True, True, True, False, True]


def test_a_weight_a_page_break_cut_off_a_name_is_the_name_s_own() -> None:
    """银川's 自评表 printed: 项目产出 at the foot of a page, (30分) atop the next (a name no
    vocabulary knows as a 一级, its weight alone below the break): 项目产出(30分) in both."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    first = Row([Cell("项目产出", 0), Cell("数量指标", 1), Cell("保障人数", 2)], index=0, page=1)
    after = Row([Cell("(30分)", 0), Cell("质量指标", 1), Cell("公用经费标准", 2)], index=1, page=2)
    assert [r.texts[0] for r in rejoin_page_breaks([first, after])] == ["项目产出(30分)"] * 2
    own = Row([Cell("(30分)", 0), Cell("质量指标", 1), Cell("公用经费标准", 2)], index=1, page=1)
    assert [r.texts[0] for r in rejoin_page_breaks([first, own])] == ["项目产出", "(30分)"]


def test_the_rows_merged_down_from_the_rest_of_a_row_a_break_cut_take_the_whole_text() -> None:
    """特困家庭再扶助's table printed: 项目效益 | 社会效益 at the foot of a page, 指标 | 指标
    atop the next (the rest of the row), and 指标 in the 一级 cell merged on down beside
    可持续影响指标: that row's 一级 is 项目效益指标 too."""
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    foot = Row([Cell("项目效益", 0), Cell("社会效益", 1), Cell("协调发展", 2), Cell("100%", 3)],
               index=0, page=1)
    rest = Row([Cell("指标", 0), Cell("指标", 1), Cell("", 2), Cell("", 3)], index=1, page=2)
    below = Row([Cell("指标", 0, merged_above=True), Cell("可持续影响指标", 1),
                 Cell("社会稳定", 2), Cell("长期", 3)], index=2, page=2)
    out = rejoin_page_breaks([foot, rest, below])
    assert [r.texts[:2] for r in out] == [["项目效益\n指标", "社会效益\n指标"],
                                          ["项目效益\n指标", "可持续影响指标"]]


def test_a_name_the_break_cut_after_its_prompt_is_made_whole() -> None:
    # 休宁's 自评表 (batch zo, photographed at night): 指标1:招投标程序 | 1个月 | 1个月 at the
    # foot of page 1, 需要的时间(不含多次流标情况) atop page 2; the prompt's 1 is no figure
    # the rest would have left blank
    from jixiao.parsers.grid import Cell, Row
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    foot = Row([Cell(t, i) for i, t in enumerate(
        ["时效指标", "指标1:招投标程序", "1个月", "1个月"])], index=0, page=1)
    top = Row([Cell("时效指标", 0, merged_above=True),
               *(Cell(t, i) for i, t in enumerate(["需要的时间(不含多次流标情况)", "", ""], 1))],
              index=1, page=2)
    [whole] = rejoin_page_breaks([foot, top])
    assert whole.texts[1] == "指标1:招投标程序\n需要的时间(不含多次流标情况)"
    # a row whose figure the rest writes beside is a row of its own
    written = Row([Cell("时效指标", 0, merged_above=True), Cell("需要的时间", 1),
                   Cell("2个月", 2), Cell("", 3)], index=1, page=2)
    assert len(rejoin_page_breaks([foot, written])) == 2
