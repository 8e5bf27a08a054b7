"""The shared layout module on small grids: each template rule by itself.

Grids are built here the way readers give them: logical cells, a cell merged down
repeated with `merged_above=True`.  What a whole file makes of them is in
tests/documents/test_templates.py; here each rule is one small test.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from jixiao.errors import NoProjects
from jixiao.ingest.build import canonical_level1
from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.layout.indicators import LONG_TERM_FIELD
from jixiao.parsers.layout.rows import classify_row, find_captions
from jixiao.parsers.records import DocumentRecord, ProjectRecord


def grid(*rows: Sequence[str | Cell]) -> Table:
    """A table from rows of texts; a Cell given as such keeps its merge flags.  A row's
    cells take grid columns in order."""
    out = []
    for i, row in enumerate(rows):
        cells, col = [], 0
        for c in row:
            cell = c if isinstance(c, Cell) else Cell(c, col)
            cell.col = col
            cells.append(cell)
            col += cell.colspan
        out.append(Row(cells, index=i))
    return Table(out)


def down(text: str) -> Cell:
    """A cell merged into the one above (same text)."""
    return Cell(text, 0, merged_above=True)


def record(*blocks: Paragraph | Table, name: str = "测试镇_2022.docx") -> DocumentRecord:
    for i, b in enumerate(x for x in blocks if isinstance(x, Table)):
        b.index = i
    return to_document_record(SourceDocument(list(blocks), format="docx"), file_name=name)


def only_project(rec: DocumentRecord) -> ProjectRecord:
    [p] = rec.projects
    return p


HEADER4 = ["一级指标", "二级指标", "三级指标", "指标值"]


def test_four_column_table_with_effect_level_and_cost_under_output() -> None:
    p = only_project(record(grid(
        ["项目名称", "乡村道路养护"],
        HEADER4,
        ["产出指标", "成本指标", "每公里养护成本", "≤0.67万元"],
        [down("产出指标"), "数量指标", "养护里程", "45公里"],
        ["效果指标", "社会效益指标", "出行条件", "明显改善"],
        [down("效果指标"), "可持续影响指标", "", ""],
    )))
    assert [(i.level1, i.level2, i.level3) for i in p.indicators] == [
        ("产出指标", "成本指标", "每公里养护成本"),
        ("产出指标", "数量指标", "养护里程"),
        ("效果指标", "社会效益指标", "出行条件"),
    ]
    assert all(i.description is None and i.basis is None for i in p.indicators)


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("效果指标", "效益指标"), ("效益指标", "效益指标"), ("项目效益指标", "效益指标"),
        ("项目完成指标", "产出指标"), ("产出指标(50分)", "产出指标"), ("成本指标", "成本指标"),
        ("满意度指标", "满意度指标"), ("其他指标", None),
    ],
)
def test_level1_stored_as_written_with_a_canonical_beside_it(
    written: str, canonical: str | None
) -> None:
    assert canonical_level1(written) == canonical


def test_cost_as_level1_with_its_three_level2s() -> None:
    p = only_project(record(grid(
        ["项目名称", "村级组织运转经费"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
        ["成本指标", "经济成本指标", "运转经费", "≤", "330", "万元", "10"],
        [down("成本指标"), "社会成本指标", "不利影响", "定性", "无明显影响", "", "5"],
        [down("成本指标"), "生态环境成本指标", "环境污染", "定性", "不产生", "", "5"],
    )))
    assert [i.level2 for i in p.indicators] == ["经济成本指标", "社会成本指标", "生态环境成本指标"]
    first = p.indicators[0]
    assert (first.op_raw, first.value_raw, first.unit_raw, first.weight_raw) == (
        "≤", "330", "万元", "10")


def test_label_column_left_of_the_levels_is_not_an_indicator_column() -> None:
    label = "本年度绩效指标"
    p = only_project(record(grid(
        ["项目名称", "智慧农业示范园"],
        [label, "一级指标", "二级指标", "指标内容", "指标值及单位", "评（扣）分标准"],
        [down(label), "项目完成指标", "数量指标", "智能温室", "≥5座", "每少1座扣2分"],
        [down(label), "项目效益指标", "满意度", "农户满意度", "≥90%", "每低1%扣0.5分"],
    )))
    first, second = p.indicators
    assert (first.level1, first.level3, first.value_raw) == ("项目完成指标", "智能温室", "≥5座")
    assert first.extra == {"评（扣）分标准": "每少1座扣2分"}
    assert (second.level1, second.level2) == ("项目效益指标", "满意度")


def test_a_label_named_column_right_of_the_levels_is_the_level3() -> None:
    p = only_project(record(grid(
        ["项目名称", "防汛物资"],
        ["一级指标", "二级指标", "绩效指标", "指标值"],
        ["产出指标", "数量指标", "物资批次", "3批"],
    )))
    assert p.indicators[0].level3 == "物资批次"


def test_performance_standard_is_the_target_where_no_value_column_is() -> None:
    p = only_project(record(grid(
        ["项目名称", "防汛物资"],
        ["一级指标", "二级指标", "三级指标", "绩效标准"],
        ["产出指标", "数量指标", "物资批次", "≥3批"],
    )))
    assert p.indicators[0].value_raw == "≥3批"


def test_long_term_and_annual_blocks_side_by_side() -> None:
    lab = "绩效指标"
    p = only_project(record(grid(
        ["项目名称", "智慧党建平台"],
        [lab, "一级指标", Cell("中长期指标", 0, 3), Cell("年度指标", 0, 3)],
        [down(lab), down("一级指标"), "二级指标", "三级指标", "指标值", "二级指标", "三级指标",
         "指标值"],
        [down(lab), "产出指标", "数量指标", "接入支部", "36个", "数量指标", "接入支部", ">=24个"],
    )))
    [i] = p.indicators
    assert (i.level1, i.level2, i.level3, i.value_raw) == ("产出指标", "数量指标", "接入支部",
                                                           ">=24个")
    assert i.extra == {"中长期·二级指标": "数量指标", "中长期·三级指标": "接入支部",
                       "中长期·指标值": "36个"}


def test_long_term_block_by_its_own_wording() -> None:
    p = only_project(record(grid(
        ["项目名称", "智慧党建平台"],
        ["一级指标", "二级指标", "三级指标", "中长期指标值", "年度指标值"],
        ["产出指标", "数量指标", "接入支部", "36个", "24个"],
    )))
    [i] = p.indicators
    assert i.value_raw == "24个"
    assert i.extra == {"中长期指标值": "36个"}


def test_long_term_block_in_rows_of_its_own_is_kept_not_recorded() -> None:
    p = only_project(record(grid(
        ["项目名称", "镇域基础设施"],
        ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [down("长期绩效指标"), "产出指标", "数量指标", "道路里程", "30公里", ""],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [down("年度绩效指标"), "产出指标", "数量指标", "道路里程", "10公里", "一期"],
    )))
    [i] = p.indicators
    assert (i.value_raw, i.extra) == ("10公里", {"备注": "一期"})
    assert p.fields[LONG_TERM_FIELD] == "产出指标 | 数量指标 | 道路里程 | 30公里"


def test_long_term_block_under_a_label_row_of_its_own() -> None:
    p = only_project(record(grid(
        ["项目名称", "镇域基础设施"],
        [Cell("长期绩效指标", 0, 4)],
        HEADER4,
        ["产出指标", "数量指标", "道路里程", "30公里"],
        [Cell("年度绩效指标", 0, 4)],
        HEADER4,
        ["产出指标", "数量指标", "道路里程", "10公里"],
    )))
    assert [i.value_raw for i in p.indicators] == ["10公里"]
    assert p.fields[LONG_TERM_FIELD] == "产出指标 | 数量指标 | 道路里程 | 30公里"


def test_wide_sheet_projects_from_rows_and_the_total_row_is_not_a_project() -> None:
    rec = record(grid(
        ["序号", "项目名称", "预算数（万元）", "年度目标", "一级指标", "二级指标", "三级指标",
         "指标值"],
        ["合计", "", "93.00", "", "", "", "", ""],
        ["1", "环境卫生保洁", "85.00", "全覆盖", "产出指标", "数量指标", "保洁村数", "18个"],
        [down("1"), down("环境卫生保洁"), down("85.00"), down("全覆盖"), down("产出指标"),
         "质量指标", "达标率", "≥95%"],
        ["2", "农技培训", "8.00", "提高技能", "产出指标", "数量指标", "培训人次", "500人次"],
        ["", "", "", "", "效益指标", "经济效益指标", "亩均增收", "≥100元"],  # blanks: text export
    ))
    assert [(p.name, p.budget_raw, p.budget_unit_hint, p.goals_text, len(p.indicators))
            for p in rec.projects] == [
        ("环境卫生保洁", "85.00", "万元", "全覆盖", 2), ("农技培训", "8.00", "万元", "提高技能", 2)]
    assert rec.projects[0].fields == {"序号": "1"}
    assert rec.projects[0].indicators[0].extra == {}


def test_wide_sheet_row_named_after_the_unit_is_its_total() -> None:
    rec = record(grid(
        ["项目名称", "预算数（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
        ["石桥镇人民政府", "93.00", "", "", "", ""],
        ["环境卫生保洁", "85.00", "产出指标", "数量指标", "保洁村数", "18个"],
    ))
    assert [p.name for p in rec.projects] == ["环境卫生保洁"]


def test_wide_sheet_row_whose_name_is_a_figure_is_a_total_moved_left() -> None:
    """马踏镇's sheet exported as text: 820-马踏镇部门 merged over 单位名称 and 项目名称,
    written once, so its total 8,827,620.53 stands under 项目名称: no project's name."""
    rec = record(grid(
        ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
        ["820-马踏镇部门", "8,827,620.53", "", "", "", "", ""],
        ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", "产出指标", "数量指标",
         "村组干部230人", "230"],
        ["", "", "", "产出指标", "时效指标", "维持时效", "1"],
    ))
    assert [(p.name, p.budget_raw, len(p.indicators)) for p in rec.projects] == [
        ("村组干部报酬", "3,309,840.00", 2)]


def test_self_evaluation_captions_funding_and_goals() -> None:
    money = "项目资金（万元）"
    p = only_project(record(grid(
        ["项目名称", "防汛抗旱专项经费"],
        [money, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [down(money), "年度资金总额", "20", "20", "18.5", "10", "92.5%", "9.25"],
        [down(money), "其中：当年财政拨款", "20", "20", "18.5", "—", "—", "—"],
        [down(money), "上年结转资金", "", "", "", "—", "—", "—"],
        ["年度总体目标", "预期目标", "实际完成情况"],
        [down("年度总体目标"), "储备防汛物资3批", "储备3批，无因灾死亡"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分", "偏差原因分析及改进措施"],
        [down("绩效指标"), "产出指标(50分)", "数量指标", "物资批次", "≥3批", "3批", "20", "20", ""],
        ["总分", "", "", "", "", "100", "98", ""],
    )))
    assert p.is_self_evaluation
    assert (p.budget_raw, p.budget_unit_hint) == ("20", "万元")
    assert [(f.source, f.amount_raw) for f in p.funding] == [("其中：当年财政拨款", "20")]
    assert p.goals_text == "储备防汛物资3批"
    assert p.fields["实际完成情况"] == "储备3批，无因灾死亡"
    assert p.fields["年度资金总额·全年执行数"] == "18.5"
    assert p.fields["总分"] == "100\n98"
    [i] = p.indicators
    assert (i.value_raw, i.actual_raw, i.weight_raw, i.score_raw) == ("≥3批", "3批", "20", "20")


def test_funding_written_as_a_hierarchy() -> None:
    money = "项目资金（元）"
    p = only_project(record(grid(
        ["项目名称", "村级组织运转经费"],
        [money, "年度资金总额", "3,309,840.00"],
        [down(money), "(一)财政拨款小计", "3,309,840.00"],
        [down(money), "1、一般公共预算", "2,809,840.00"],
        [down(money), "2、政府性基金", "500,000.00"],
        HEADER4,
        ["产出指标", "数量指标", "村级组织数", "24个"],
    )))
    assert (p.budget_raw, p.budget_unit_hint) == ("3,309,840.00", "元")
    assert [f.source for f in p.funding] == ["(一)财政拨款小计", "1、一般公共预算", "2、政府性基金"]


def test_review_rows_after_the_table_are_not_indicators() -> None:
    p = only_project(record(grid(
        ["项目名称", "农村饮水安全维修"],
        HEADER4,
        ["产出指标", "数量指标", "维修管网", "8.5公里"],
        ["主管部门审核意见", "同意"],
        ["财政部门意见", "同意"],
        ["填报人：王敏  联系电话：8888666"],
    )))
    assert len(p.indicators) == 1
    assert p.fields == {"主管部门审核意见": "同意", "财政部门意见": "同意",
                        "填报人": "填报人：王敏  联系电话：8888666"}


def test_department_table_is_a_project_of_kind_whole() -> None:
    rec = record(
        Paragraph("第一部分"), Paragraph("2022年部门整体绩效目标"),
        Paragraph("一、总体绩效目标"), Paragraph("推进网格化社区治理，保障困难群众基本生活。"),
        Paragraph("西营街道2022年部门整体支出绩效目标表"),
        grid(["部门（单位）名称", "西营街道办事处"],
             ["年度主要任务", "任务名称", "主要内容"],
             [down("年度主要任务"), "社区治理", "网格化管理"],
             ["年度总体目标", "矛盾纠纷化解率95%以上"],
             ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
             [down("年度绩效指标"), "产出指标", "数量指标", "网格员人数", "≥120人"]),
        name="西营街道_2022.docx",
    )
    p = only_project(rec)
    assert (p.kind, p.name, p.goals_text) == ("整体", "西营街道办事处", "矛盾纠纷化解率95%以上")
    assert p.fields["年度主要任务"] == "任务名称 | 主要内容\n社区治理 | 网格化管理"
    assert [s.heading for s in rec.sections] == ["一、总体绩效目标"]


def test_a_narrative_department_goal_alone_is_not_a_project() -> None:
    with pytest.raises(NoProjects):
        record(Paragraph("2021年部门整体绩效目标"), Paragraph("一、总体绩效目标"),
               Paragraph("一是坚持党建引领，全面提升干部作风。"))


def test_unknown_header_column_is_kept_on_every_row() -> None:
    p = only_project(record(grid(
        ["项目名称", "乡村道路养护"],
        [*HEADER4, "牵头科室"],
        ["产出指标", "数量指标", "养护里程", "45公里", "农办"],
    )))
    assert p.indicators[0].extra == {"牵头科室": "农办"}


@pytest.mark.parametrize(
    "texts,kind",
    [
        (["第一季度", "第二季度", "第三季度", "第四季度"], "quarters"),
        (["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"], "money"),
        (["年度总体目标", "预期目标", "实际完成情况"], "goals"),
        (["总体目标", "中长期目标", "年度目标"], "goals"),
        (["绩效指标", "中长期指标", "年度指标"], "blocks"),
        (["项目名称", "年度目标"], None),
    ],
)
def test_caption_rows(texts: list[str], kind: str | None) -> None:
    caps = find_captions(row_from_texts(texts))
    assert (caps.kind if caps else None) == kind


def test_the_goal_and_what_was_done_across_a_row_of_their_own_are_goal_captions() -> None:
    """岳阳楼区's 自评报告: 预 期 目 标 | 实际完成 under a title row of the block, no goals label
    beside them; the goal is the text under 预期目标.  Under a header's first row (their
    other cells merged down from it) they are that header's second row, no captions."""
    p = only_project(record(grid(
        ["项目名称", Cell("代表之家", 0, colspan=3)],
        [Cell("项目绩效定性目标及实施计划完成情况", 0, colspan=4)],
        [Cell("预 期 目 标", 0, colspan=2), Cell("实际完成", 0, colspan=2)],
        [Cell("实现乡镇人大代表之家全覆盖", 0, colspan=2), Cell("已建成16个", 0, colspan=2)],
        ["一级指标", "二级指标", "三级指标", "指标值"],
    )))
    assert p.goals_text == "实现乡镇人大代表之家全覆盖"
    assert find_captions(Row([Cell("一级指标", 0, merged_above=True), Cell("预期目标", 1),
                              Cell("实际完成", 2)])) is None


@pytest.mark.parametrize(
    "texts,kind",
    [
        (["主管部门意见", "同意"], "trailer"),
        (["总分", "100", "96"], "trailer"),
        (["主管部门", "柳河镇人民政府"], "keys"),
        (["一级指标", "二级指标", "三级指标", "指标值"], "header"),
        (["项目支出绩效自评表"], "title"),
        (["产出指标", "数量指标", "保洁村数", "18个"], "data"),
    ],
)
def test_row_kinds(texts: list[str], kind: str) -> None:
    assert classify_row(row_from_texts(texts)) == kind


def test_a_row_of_checkboxes_under_the_indicator_header_is_no_indicator() -> None:
    """项目属性 | 1、持续性项目□ 2、新增性项目☑ inside the indicator block names no target."""
    rec = record(
        Paragraph("某镇2023年项目绩效目标表"),
        grid(
            ["项目名称", "道路养护"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "养护道路", "12公里"],
            ["项目属性", "", "1、持续性项目□ 2、新增性项目☑", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ),
    )
    assert [i.level3 for i in only_project(rec).indicators] == ["养护道路", "群众满意度"]


def test_a_project_listing_with_its_targets_as_lines_in_one_cell() -> None:
    targets = "\n".join([
        "【总体目标】", "保障机房运转", "【产出指标-数量指标】", "指标1:机柜数量(≥77台)",
        "【满意度指标-服务对象满意度指标】", "指标1:群众满意度(≥90%)",
    ])
    rec = record(grid(
        ["单位编码", "单位名称(项目类别/支出项目)", "年度预算安排", "项目内容", "绩效目标"],
        ["", "某市公安局", "92156434", "", ""],
        ["", "  其他运转类", "1681680", "", ""],
        ["037001", "   机房租赁服务", "1681680", "【项目概况】:机房租赁", targets],
    ))
    (p,) = rec.projects
    assert (p.name, p.budget_raw, p.goals_text) == ("机房租赁服务", "1681680", "保障机房运转")
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "数量指标", "指标1:机柜数量", "≥77台"),
        ("满意度指标", "服务对象满意度指标", "指标1:群众满意度", "≥90%"),
    ]


def test_a_listing_row_with_no_name_code_or_amount_goes_on_with_the_project_above() -> None:
    """黄山's project row cut in two (a page break; on a scan, a seal's ring taken for a
    border): the rest, targets alone, goes on with the project; a row naming no project
    but holding a code or an amount starts nothing."""
    first = "\n".join(["【总体目标】", "保障机房运转", "【产出指标-数量指标】",
                        "指标1:机柜数量(≥77台)"])
    rest = "\n".join(["【效益指标-可持续影响指标】", "指标1:持续保障社会发展(持续保障)",
                       "【满意度指标-服务对象满意度指标】", "指标1:提升群众安全感(≥90%)"])
    rec = record(grid(
        ["单位编码", "单位名称(项目类别/支出项目)", "年度预算安排", "项目内容", "绩效目标"],
        ["037001", "机房租赁服务", "1681680", "【项目概况】:机房租赁,租赁周期为", first],
        ["", "", "", "36个月。", rest],
        ["037002", "", "5000", "", "【产出指标-数量指标】\n指标1:车辆(≥2辆)"],
    ))
    (p,) = rec.projects
    assert p.purpose == "【项目概况】:机房租赁,租赁周期为\n36个月。"
    assert [(i.level1, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "指标1:机柜数量", "≥77台"),
        ("效益指标", "指标1:持续保障社会发展", "持续保障"),
        ("满意度指标", "指标1:提升群众安全感", "≥90%"),
    ]


def test_funding_lines_in_one_cell_with_units_and_a_breakdown_in_brackets() -> None:
    funds = ("总额100万元\n财政拨款:60万元(其中:上级财政资金:60万元;本级财政:0万元)"
             "二、自有资金:0万元")
    rec = record(grid(["项目名称", "某工程"], ["资金总额及构成", funds + "\n三、其他:40万元"],
                      ["一级指标", "二级指标", "三级指标", "指标值"],
                      ["产出指标", "数量指标", "道路", "1条"]))
    (p,) = rec.projects
    assert p.budget_raw == "100万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("财政拨款", "60万元"), ("二、自有资金", "0万元"), ("三、其他", "40万元"),
    ]


def test_an_indicator_said_again_row_by_row_is_one() -> None:
    # 检验检疫's 是否有利于… | 是 merged down beside its data items ① ② ③, in a table filled
    # where it was merged (or its text export): one indicator; two that share a target
    # (效果明显) stay two, and so does one said again after another
    p = only_project(record(grid(
        ["项目名称", "检验检疫专项"],
        ["一级指标", "二级指标", "三级指标", "指标值", "采集数据项"],
        ["项目效果", "社会效益", "是否提高保障能力", "是", "①"],
        ["项目效果", "社会效益", "是否提高保障能力", "是", "②"],
        ["项目效果", "社会效益", "是否提高保障能力", "是", "③"],
        ["项目效果", "社会效益", "是否促进经济发展", "是", "①"],
        ["项目效果", "社会效益", "群众知晓度", "效果明显", ""],
        ["项目效果", "社会效益", "群众满意度", "效果明显", ""],
        ["项目效果", "社会效益", "是否提高保障能力", "是", ""],
    )))
    assert [(i.level3, i.value_raw) for i in p.indicators] == [
        ("是否提高保障能力", "是"), ("是否促进经济发展", "是"), ("群众知晓度", "效果明显"),
        ("群众满意度", "效果明显"), ("是否提高保障能力", "是")]


def test_funding_lines_a_print_ran_on_into_one_line_are_read_apart() -> None:
    # 南岳's 公共财政拨款:683 / 政府性基金拨款: / 纳入专户管理的非税收入拨款:21 / 其他资金: in a
    # narrow column, printed by a browser: each line filled the column, so that the PDF's
    # text runs three of them on into one; a text whose labels are not all sources' stays
    funds = "公共财政拨款:683\n政府性基金拨款:纳入专户管理的非税收入拨款:21其他资金:"
    rec = record(grid(["项目名称", "某工程"], ["资金总额", "704"], ["资金来源", funds],
                      ["一级指标", "二级指标", "三级指标", "指标值"],
                      ["产出指标", "数量指标", "道路", "1条"]))
    (p,) = rec.projects
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("公共财政拨款", "683"), ("纳入专户管理的非税收入拨款", "21")]
    rec = record(grid(["项目名称", "某工程"], ["资金总额", "704"],
                      ["资金来源", "公共财政拨款:683\n其他资金:备注:21"],
                      ["一级指标", "二级指标", "三级指标", "指标值"],
                      ["产出指标", "数量指标", "道路", "1条"]))
    assert rec.projects[0].funding == []  # (备注 names no source: no pair is split off)


def test_a_whole_department_table_after_a_table_of_figures_is_its_own_project() -> None:
    figures = grid(["经费控制情况(万元", "2022 年决算数", "2023 年预算数"],
                   ["项目支出:", "874.20", "308.17"], ["其中:办公经费", "29.35", "27.00"])
    table = grid(
        ["预算部门、单位名称", "某乡人民政府", "", "", ""],
        [Cell("年度预算申请\n(万元", 0), "", "年初预算数", "全年预算数", "全年执行数"],
        [down("年度预算申请\n(万元"), "年度资金总额", "861.10", "2030.12", "2030.12"],
        [down("年度预算申请\n(万元"), Cell("按收入性质分:2030.12", 1, colspan=4)],
        [down("年度预算申请\n(万元"), Cell("其中: 一般公共预算:1325.68", 1, colspan=4)],
        [down("年度预算申请\n(万元"), Cell("纳入专户管理的非税收入拨款:", 1, colspan=4)],
    )
    rec = record(Paragraph("2023年度部门整体支出绩效评价基础数据表"), figures,
                 Paragraph("2023年度部门整体支出绩效自评表"), table)
    (p,) = rec.projects
    assert (p.kind, p.name, p.budget_raw) == ("整体", "某乡人民政府", "861.10")
    assert p.budget_unit_hint == "万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [("一般公共预算", "1325.68")]


def test_an_unfilled_numbered_prompt_is_no_indicator() -> None:
    p = only_project(record(grid(
        ["项目名称", "公用经费"], HEADER4,
        ["产出指标", "数量指标", "保障人数", "2370人"],
        [down("产出指标"), down("数量指标"), "指标2:", ""],
    )))
    assert [i.level3 for i in p.indicators] == ["保障人数"]


def test_a_name_of_marks_alone_in_an_empty_row_is_no_indicator() -> None:
    # 宣州's 傷殘軍人 table annotated in pen and scanned (batch zo): a tick in the blank
    # 生態效益指標 row's name cell, read as the ≤ of its shape; a sign alone names nothing
    p = only_project(record(grid(
        ["项目名称", "二等乙級以上傷殘軍人醫療費"], HEADER4,
        ["效益指標", "社會效益指標", "推進軍地共建的影響程度", "影響明顯"],
        [down("效益指標"), "生態效益指標", "≤", ""],
        [down("效益指標"), "可持續影響指標", "√", ""],
    )))
    assert [i.level3 for i in p.indicators] == ["推進軍地共建的影響程度"]


def test_a_prompt_answered_with_a_placeholder_and_the_score_total_are_no_indicators() -> None:
    label = "年度绩效指标完成情况"
    p = only_project(record(grid(
        ["项目名称", "水旱灾害防御经费"],
        ["", "一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"],
        [label, "(30分)", "社会效益指标", "指标1:保护人口财产", "", "10", "10"],
        [down(label), down("(30分)"), "生态效益指标", "指标1:/", "/", "", ""],
        [down(label), Cell("总分", 1, colspan=4), "100", "100"],
    )))
    assert [(i.level1, i.level2, i.level3) for i in p.indicators] == [
        ("(30分)", "社会效益指标", "指标1:保护人口财产")]


def test_a_bare_zhibiao_header_left_of_the_names_heads_their_categories() -> None:
    p = only_project(record(grid(
        ["项目名称", "测报补助经费"],
        ["项目绩效指标", "指标", "指标内容", "指标值"],
        [down("项目绩效指标"), "产出指标", "趋势会商会次数", "1 次"],
        [down("项目绩效指标"), down("产出指标"), "测报准确率", "85%"],
        [down("项目绩效指标"), "满意度指标", "服务对象满意度", "≥90%"],
    )))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", None, "趋势会商会次数", "1 次"),
        ("产出指标", None, "测报准确率", "85%"),
        ("满意度指标", None, "服务对象满意度", "≥90%"),
    ]


def test_a_name_column_whose_first_name_is_a_second_level_is_the_second_level() -> None:
    p = only_project(record(grid(
        ["项目名称:", "绿化养护经费"],
        ["指标类型", "指标名称", "指标值", "指标描述"],
        ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护"],
        [down("产出指标"), "质量指标", "100%", "达到绿化绿地全覆盖"],
        ["满意度指标", "服务对象满意度指标", "≥95%", "满意率95%以上"],
    )))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "数量指标", None, "375万平方米"),
        ("产出指标", "质量指标", None, "100%"),
        ("满意度指标", "服务对象满意度指标", None, "≥95%"),
    ]


def test_a_name_column_whose_names_below_are_second_levels_is_the_second_level() -> None:
    """The first name no level's (a grey seal's 绿化管理 read over 数量指标 on a scan; a
    clerk's own word): the names under it, 二级 names most of them, decide."""
    p = only_project(record(grid(
        ["项目名称:", "绿化养护经费"],
        ["指标类型", "指标名称", "指标值", "指标描述"],
        ["产出指标", "绿化管理", "375万平方米", "完成全市375万平方米的绿地养护"],
        [down("产出指标"), "质量指标", "100%", "达到绿化绿地全覆盖"],
        [down("产出指标"), "时效指标", "全年", "全年"],
        ["效益指标", "社会效益指标", "是", "满足市民生存环境的需求"],
        ["满意度指标", "服务对象满意度指标", "≥95%", "满意率95%以上"],
    )))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "绿化管理", None, "375万平方米"),
        ("产出指标", "质量指标", None, "100%"),
        ("产出指标", "时效指标", None, "全年"),
        ("效益指标", "社会效益指标", None, "是"),
        ("满意度指标", "服务对象满意度指标", None, "≥95%"),
    ]


def test_a_name_column_whose_first_name_is_an_indicator_stays_the_indicators() -> None:
    p = only_project(record(grid(
        ["项目名称", "公用经费"],
        ["一级指标", "指标名称", "指标值"],
        ["产出指标", "保障人数", "2370人"],
        [down("产出指标"), "质量指标", "100%"],  # a name that reads like a 二级 stays a name
    )))
    assert [(i.level1, i.level2, i.level3) for i in p.indicators] == [
        ("产出指标", None, "保障人数"), ("产出指标", None, "质量指标")]


def test_a_bare_zhibiao_column_of_second_level_names_is_the_second_level() -> None:
    p = only_project(record(grid(
        ["项目名称", "测报补助经费"],
        ["一级指标", "指标", "指标内容", "指标值"],
        ["产出指标", "数量指标", "趋势会商会次数", "1 次"],
        [down("产出指标"), "服务对象满意度指标", "满意度", "≥90%"],
    )))
    assert [(i.level1, i.level2, i.level3) for i in p.indicators] == [
        ("产出指标", "数量指标", "趋势会商会次数"), ("产出指标", "服务对象满意度指标", "满意度")]


def test_a_unit_note_as_the_last_line_of_a_merged_label_and_a_sign_off_label_in_a_key_row() -> None:
    label = "部门总体\n资金情况\n单位:万元"
    rec = record(Paragraph("部门整体支出绩效目标申报表"), grid(
        ["部门(单位)名称", "某市政府办公室", "填报人", "张三"],
        [label, "总体资金情况", "当年金额", "占比"],
        [down(label), "收入构成", "财政拨款", "968.19"],
        [down(label), down("收入构成"), "合计", "968.19"],
    ))
    (p,) = rec.projects
    assert (p.name, p.budget_unit_hint) == ("某市政府办公室", "万元")


def test_a_notice_with_an_allocation_list_then_a_target_table_that_names_no_project() -> None:
    allocation = grid(["序号", "单位名称", "会展项目名称", "分配金额\n(万元)"],
                      ["1", "省卫生健康委", "健康产业博览会", "500"],
                      ["2", "省贸促会", "创意设计推广周", "54.3"],
                      [Cell("合计", 0, colspan=3), Cell("554.3", 3)])
    targets = grid(["主管部门:省商务厅", "资金总额:554.30"],
                   ["项目负责人电话:65239479", "财政拨款:554.30"],
                   ["一级指标*", "二级指标*", "三级指标*", "绩效指标值*"],
                   ["产出指标", "数量指标", "会展业综合收入", "≥280亿元"])
    rec = record(Paragraph("某省财政厅关于下达2021年省级会展项目奖励资金的通知"), allocation,
                 Paragraph("项目绩效目标表"), targets)
    (p,) = rec.projects
    assert (p.name, p.budget_raw) == ("2021年省级会展项目奖励资金", "554.30")
    assert p.budget_unit_hint == "万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [("财政拨款", "554.30")]
    assert rec.unit_name == "省商务厅"


def test_a_row_a_page_break_cut_in_two_is_made_whole() -> None:
    """The top row of a page holding only the rest of the texts of the last row of the
    page before, and none of its figures, is that row's remainder."""
    table = grid(
        ["项目名称", "野生菌加工车间", "", ""],
        HEADER4,
        ["产出指标", "数量指标", "冷库仓储建设", "≥1290.3平方米"],
        [down("产出指标"), "经济效益", "奖补资金兑付", "≥100%"],
        [down("产出指标"), "指标", "率(%)", ""],
        [down("产出指标"), "时效指标", "任务完成时限", "10"],
    )
    for r in table.rows:
        r.page = 1 if r.index < 4 else 2
    p = only_project(record(table))
    assert [(i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("数量指标", "冷库仓储建设", "≥1290.3平方米"),
        ("经济效益指标", "奖补资金兑付率(%)", "≥100%"),
        ("时效指标", "任务完成时限", "10"),
    ]


def test_a_complete_row_at_the_top_of_a_page_stays_a_row() -> None:
    table = grid(
        ["项目名称", "水标尺", "", ""],
        HEADER4,
        ["产出指标", "时效指标", "及时开工率", "≥90%"],
        [down("产出指标"), "", "及时完工率", "≥90%"],
    )
    for r in table.rows:
        r.page = 1 if r.index < 3 else 2
    p = only_project(record(table))
    assert [i.level3 for i in p.indicators] == ["及时开工率", "及时完工率"]


def test_the_office_a_page_record_says_published_it_is_the_unit_where_none_is_named() -> None:
    rec = record(
        grid(["索 引 号", "640324032/2022-00044", "发文时间", "2022-03-25"],
             ["发布机构", "同心县下马关镇", "文 号", "无"]),
        grid(["项目名称", "人居环境整治"], HEADER4,
             ["产出指标", "数量指标", "改造面积", "≥100平方米"]),
        name="公示.docx",
    )
    assert rec.unit_name == "同心县下马关镇"


@pytest.mark.parametrize(("line", "unit"), [
    ("来源: 泸县文化广电旅游局 发布时间:2024-03-12 14:56:00", "泸县文化广电旅游局"),
    ("来源:泸县文化广电旅游局发布时间:2024-03-1214:56:00", "泸县文化广电旅游局"),  # a scan's
    ("资金来源:县级财政资金", None),  # a source of money, no publisher
    ("数据来源:县统计局", None),  # 来源 inside a word is no label
    ("来源:人民网", None),  # a site, no office
])
def test_a_pages_source_line_names_its_office_as_the_unit(line: str, unit: str | None) -> None:
    rec = record(
        Paragraph(line),
        grid(["项目名称", "人居环境整治"], HEADER4,
             ["产出指标", "数量指标", "改造面积", "≥100平方米"]),
        name="公示.docx",
    )
    assert rec.unit_name == unit


def test_a_source_merged_down_beside_its_own_subtotal_takes_that_amount() -> None:
    p = only_project(record(grid(
        ["项目名称", "生均教育事业费", "", ""],
        [Cell("项目资金(万元)", 0), "合计", "", "250"],
        [down("项目资金(万元)"), "一般公共预算拨款", "小计", "250"],
        [down("项目资金(万元)"), down("一般公共预算拨款"), "市本级", "250"],
        [down("项目资金(万元)"), "其他资金", "", ""],
        HEADER4,
        ["产出指标", "数量指标", "在校学生", "1304人"],
    )))
    assert [(f.source, f.amount_raw) for f in p.funding] == [("一般公共预算拨款", "250")]


def test_a_project_name_in_a_table_after_indicators_starts_the_next_project() -> None:
    """A page that opens inside one project's table (its name on a page not kept), then
    the next project's table: the indicators read first are another project's."""
    rec = record(
        grid(HEADER4, ["产出指标", "经济成本指标", "成本控制数", "≤30万元"], ["评价结论", "完成"]),
        grid(["项目名称", "安可替代补助资金项目"], HEADER4,
             ["产出指标", "质量指标", "资金支付率", "=100%"]),
    )
    assert [(p.name, [i.level3 for i in p.indicators]) for p in rec.projects] == [
        (None, ["成本控制数"]), ("安可替代补助资金项目", ["资金支付率"]),
    ]


def test_a_numbered_item_beside_a_merged_caption_is_not_more_of_the_goal() -> None:
    caption = "项目基本情况"
    p = only_project(record(grid(
        ["项目名称", "安可替代补助资金项目", "", ""],
        [caption, "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况"],
        [down(caption), down("1.项目年度目标完成情况"), "购买安可设备", "完成"],
        [down(caption), "2.项目实施内容及过程概述", "购买13台安可电脑", ""],
        HEADER4,
        ["产出指标", "数量指标", "购买电脑", "13台"],
    )))
    assert p.goals_text == "购买安可设备"
    assert p.fields["2.项目实施内容及过程概述"] == "购买13台安可电脑"


def test_a_budget_system_export_lists_the_unit_then_its_projects_in_one_name_column() -> None:
    """单位(专项)名称 holds the unit on one row and its 专项 on the next: the projects' name
    column of a wide sheet; the unit row is no project but names the unit; 金额单位:万元 at
    the end of the line above gives the amounts' unit."""
    name = "单位(专项)名称"
    rec = record(
        Paragraph("部门:505_湘西州教育和体育局金额单位:万元"),
        grid(
            ["单位代码", name, "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
            ["505006", "州民族特殊教育学校", "30.00", "", "", "", ""],
            ["505006", "学生伙食费", "30.00", "", "", "", ""],
            ["", "", "", "产出指标", "数量指标", "补助学生数量", "168"],
        ),
    )
    [p] = rec.projects
    assert (p.name, p.budget_raw, p.budget_unit_hint) == ("学生伙食费", "30.00", "万元")
    assert [i.level3 for i in p.indicators] == ["补助学生数量"]
    assert rec.unit_name == "州民族特殊教育学校"


def test_the_same_sources_restated_for_the_year_beside_the_totals_are_one_set() -> None:
    p = only_project(record(grid(
        ["项目名称", "教育系统基础设施建设", "", ""],
        [Cell("项目资金", 0), "资金总额", "10000万元", "当年资金总额:", "10000万元"],
        [down("项目资金"), "其中:财政拨款", "10000万元", "其中:当年财政拨款", "10000万元"],
        [down("项目资金"), "其他资金", " ", "当年其他资金", " "],
        HEADER4,
        ["产出指标", "数量指标", "重点建设工程", "2"],
    )))
    assert [(f.source, f.amount_raw) for f in p.funding] == [("其中:财政拨款", "10000万元")]


def test_an_unfilled_prompt_row_at_a_pages_top_is_a_row_of_its_own() -> None:
    """新洲's 自评表 printed over two pages: 指标2: at the top of page 2 stands where the row
    above has text and is blank where it has figures, as the rest of a cut row would; but
    the template's numbered prompt is a row of its own.  A cut row's rest is joined."""
    from jixiao.parsers.grid import row_from_texts
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    above = row_from_texts(["满意度指标", "服务对象满意度指标", "演出人员满意度", "100%", "20"],
                           index=7, page=1)
    prompt = row_from_texts(["", "", "指标2:", "", ""], index=8, page=2)
    assert len(rejoin_page_breaks([above, prompt])) == 2
    rest = row_from_texts(["", "", "(演职人员)", "", ""], index=8, page=2)
    [joined] = rejoin_page_breaks([above, rest])
    assert joined.cells[2].text == "演出人员满意度\n(演职人员)"


def test_a_fields_label_at_a_pages_top_is_a_row_of_its_own() -> None:
    """清涧's 绩效表 printed by a browser: 其中:财政拨款 | 500 ends page 1, 其他资金 with its
    amount left blank opens page 2, as the rest of a cut label would; a field's whole label
    is a row of its own."""
    from jixiao.parsers.grid import row_from_texts
    from jixiao.parsers.layout.walk import rejoin_page_breaks

    above = row_from_texts(["资金情况", "其中:财政拨款", "500"], index=11, page=1)
    other = row_from_texts(["", "其他资金", ""], index=12, page=2)
    assert len(rejoin_page_breaks([above, other])) == 2


def test_a_blank_under_a_target_split_into_sign_figure_and_unit_is_the_target() -> None:
    """成安县's 自评表 (河北): 预期指标值 over three columns, 符号 | (blank) | 单位(文字描述),
    each row >= | 98 | %(百分比): the blank part is the target's figure, the others its sign
    and unit; 其他 | 0.00 under 其中:财政资金 is a source."""
    table = grid(
        ["项目名称", "19名百岁老人高龄津贴", "", "", "", ""],
        ["预算数", "6.84", "", "", "", ""],
        ["其中:财政资金", "6.84", "", "", "", ""],
        ["其他", "0.00", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", Cell("预期指标值", 0, colspan=3), "实际完成值"],
        [down("一级指标"), down("二级指标"), down("三级指标"), "符号", "", "单位(文字描述)",
         down("实际完成值")],
        ["产出指标", "质量指标", "符合条件申报对象覆盖率", ">=", "98", "%(百分比)", "100%"],
    )
    p = only_project(record(table))
    [ind] = p.indicators
    assert (ind.level3, ind.op_raw, ind.value_raw, ind.unit_raw) == (
        "符合条件申报对象覆盖率", ">=", "98", "%(百分比)")
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("其中:财政资金", "6.84"), ("其他", "0.00")]


def test_the_next_pages_table_without_the_caption_column_keeps_its_columns() -> None:
    """成安's 自评表 scanned: 四、年度绩效指标完成情况 merged down the left of the header; on the
    next page that column holds no text, the scan finds no border for it, and the table
    there is one column narrower: its rows are the header's columns one to the right."""
    first = grid(["项目名称", "19名百岁老人高龄津贴", "", "", ""],
                 ["四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值"])
    first.ncols = 5
    second = grid(["产出指标", "质量指标", "符合条件申报对象覆盖率", "≥98%"],
                  [down("产出指标"), "时效指标", "完成率", "≥99%"])
    second.ncols = 4
    p = only_project(record(first, second))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "质量指标", "符合条件申报对象覆盖率", "≥98%"),
        ("产出指标", "时效指标", "完成率", "≥99%")]


def test_a_header_one_cell_short_of_its_rows_spans_their_caption() -> None:
    """忠县's 区域绩效目标表 exported from Word as text: 一级指标 was merged over the caption
    column (绩效指标 | 产出指标 …), and the export writes it once, so the header has one cell
    fewer than its rows: its first cell spans the caption's column too.  A header whose rows
    only end with a blank cell more keeps its columns."""
    caption = grid(["项目名称", "生猪调出大县奖励资金"],
                   ["一级指标", "二级指标", "三级指标", "单位", "指标值"],
                   ["绩效指标", "产出指标", "数量指标", "猪肉产量稳定率", "%", "≥95%"],
                   ["", "", "", "能繁母猪稳定率", "%", "90%"])
    p = only_project(record(caption))
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "数量指标", "猪肉产量稳定率", "≥95%"),
        ("产出指标", "数量指标", "能繁母猪稳定率", "90%")]
    trailing = grid(["项目名称", "主体班"],
                    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
                    ["", "产出指标", "数量指标", "主体班培训人次", "280人次", ""])
    [ind] = only_project(record(trailing)).indicators
    assert (ind.level1, ind.level3, ind.value_raw) == ("产出指标", "主体班培训人次", "280人次")


def test_a_name_merged_down_into_a_new_level2_is_no_indicator_of_it() -> None:
    """za06: on a grey scan the rule under 可持续影响's last question was lost in the name and
    target columns, so 服务对象满意度's empty row came out as merged into that question.  No
    三级 spans two 二级: the row names no indicator."""
    q = "是否增加国际合作交流机会"
    p = only_project(record(grid(
        ["项目名称", "外事出国项目", "", ""],
        HEADER4,
        ["项目效果", "可持续影响", q, "是"],
        [down("项目效果"), "服务对象满意度", down(q), down("是")],
    )))
    assert [(i.level2, i.level3) for i in p.indicators] == [("可持续影响", q)]


def test_a_registry_received_stamp_read_as_a_table_is_no_part_of_the_submission() -> None:
    """县财政局收文 over 日期 | 2023.3.8 and 编号 | 第45号: a registry's stamp on the next
    page, its box read as a table by a scan (its title across the box, each label and
    what was written in two columns wide), is no project and goes on no indicators."""

    def wide(*texts: str) -> list[Cell]:
        span = 4 // len(texts)
        return [Cell(t, k * span, colspan=span) for k, t in enumerate(texts)]

    indicators = grid(["项目名称", "安可替代补助"], HEADER4,
                      ["产出指标", "成本指标", "成本控制数", "≤30万元"])
    stamp = grid(wide("县财政局收文"), wide("日期", "2023.3.8"), wide("编号", "第45号"))
    rec = record(indicators, stamp)
    assert [[(i.level3, i.value_raw) for i in p.indicators] for p in rec.projects] == [
        [("成本控制数", "≤30万元")]]


def test_an_amount_on_a_line_above_the_table_is_its_projects_budget() -> None:
    """金额:100 万元 under 填报单位(公章):… above a 申报表 whose rows state no budget (澧县's
    预算项目绩效目标申报表): the project's budget; a table that states its own keeps it."""
    form = ["项目名称", "县域生态环境质量考核工作经费"], ["项目填报人", "雷文剑"]
    rec = record(Paragraph("填报单位(公章):常德市生态环境局澧县分局"), Paragraph("金额:100 万元"),
                 grid(*form))
    assert (only_project(rec).budget_label, only_project(rec).budget_raw) == ("金额", "100 万元")
    rec = record(Paragraph("金额:100 万元"), grid(*form, ["资金总额", "80万元"]))
    assert only_project(rec).budget_raw == "80万元"
    rec = record(Paragraph("本年金额较上年增加，总金额:100 万元以内"), grid(*form))
    assert only_project(rec).budget_raw is None  # a sentence, not the line of an amount


def test_a_numbered_lists_column_titles_are_no_key_row() -> None:
    """序号 | 项目名称 | 备注 over the forms that follow (滁州's 自评表清单): the column titles
    of a contents list, not the key 项目名称 with 备注 its value."""
    assert classify_row(row_from_texts(["序号", "项目名称", "备注"])) == "data"
    assert classify_row(row_from_texts(["项目名称", "“三支一扶”省级财政补助资金"])) == "keys"
    contents = grid(["序号", "项目名称", "备注"], ["1", "“三支一扶”省级财政补助资金自评表", ""])
    form = grid(["项目名称", "“三支一扶”省级财政补助资金"], HEADER4,
                ["产出指标", "数量指标", "招募人数", "≥30人"])
    assert [p.name for p in record(contents, form).projects] == ["“三支一扶”省级财政补助资金"]
