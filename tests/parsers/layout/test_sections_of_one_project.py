"""Where one project's parts stand in tables of their own: a 基本情况表 that names it, then
a 绩效目标表 whose title names the fund, not a project (广东's 2017 申报材料); and where a
goal's rows end (a scoring table under the goal, 广水's 自评表)."""

from __future__ import annotations

from jixiao.parsers.grid import Cell, Paragraph, SourceDocument, Table, repeats_joined
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.records import DocumentRecord
from tests.parsers.layout.test_layout import down, grid


def read(*blocks: Paragraph | Table) -> DocumentRecord:
    tables = [b for b in blocks if isinstance(b, Table)]
    for i, t in enumerate(tables):
        t.index = i
    return to_document_record(SourceDocument(list(blocks), format="docx"),
                              file_name="申报材料.docx")


BASICS = grid(
    ["项目名称", "杨文杰教师资助项目", "项目单位", "广东省高级技工学校"],
    ["投资总额(万元)", "5", "", ""],
)


def test_a_target_table_titled_by_its_fund_belongs_to_the_project_named_before() -> None:
    targets = grid(
        [Cell("省级基础教育师资培训经费教师资助项目绩效目标表", 0, 4)],
        ["指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平"],
        ["社会效益", "培训计划率", "0%", "100%"],
    )
    rec = read(BASICS, Paragraph("六、资金绩效目标表"), targets)
    [p] = rec.projects
    assert p.name == "杨文杰教师资助项目"
    assert [(i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("社会效益", "培训计划率", "100%")]


def test_a_target_table_with_a_project_of_its_own_starts_it() -> None:
    targets = grid(
        [Cell("项目绩效目标表", 0, 4)],
        ["项目名称", "王怀术教师资助项目", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "校内专业培训", "1次以上"],
    )
    rec = read(BASICS, targets)
    assert [p.name for p in rec.projects] == ["杨文杰教师资助项目", "王怀术教师资助项目"]


def test_a_scoring_tables_head_under_the_goal_ends_it() -> None:
    rec = read(grid(
        ["项目名称", "乡村道路建设养护项目", "", "", ""],
        ["项目年度目标", "1.完成乡村道路建设养护里程300公里;", "", "", ""],
        ["项目权重", "评价内容", "分值", "自评分", "评价标准及依据"],
        ["项目决策2分", "决策依据", "2", "2", "有项目年度工作计划计2分"],
        [down("项目决策2分"), "一级指标", "二级指标", "三级指标", "年初指标值"],
        [down("项目决策2分"), "产出指标", "数量指标", "养护里程", "300公里"],
    ))
    [p] = rec.projects
    assert p.goals_text == "1.完成乡村道路建设养护里程300公里;"


def test_an_indicator_filled_down_beside_its_notes_with_its_weight_again_is_one() -> None:
    # 检验检疫's yes/no question merged over four rows of 理由 ① … ④, written into each row
    # with its 分值 5 again (a grid filled where it was merged; figures are not joined down)
    rows = [["一级指标", "二级指标", "三级指标", "目标值", "分值", "理由"]]
    rows += [["项目效果", "经济效益", "是否提高了口岸反恐能力", "是", "5", n] for n in "①②③④"]
    rows += [["项目效果", "社会效益", "是否降低了非法入境量", "是", "5", "①"]]
    table = grid(*rows)
    repeats_joined(table.rows)  # as every reader's grid is (parse._as_read)
    rec = to_document_record(SourceDocument([Paragraph("反恐经费支出绩效评价表"), table],
                                            format="xlsx"), file_name="评价表.xlsx")
    [p] = rec.projects
    assert [(i.level2, i.level3) for i in p.indicators] == [
        ("经济效益", "是否提高了口岸反恐能力"), ("社会效益", "是否降低了非法入境量")]


TARGETS_BELOW_A_HEADING = [
    ["指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平"],
    ["社会效益", "培训计划率", "0%", "100%"],
]


def test_a_heading_naming_the_fund_over_the_targets_keeps_the_project_named_before() -> None:
    # the same 申报材料 as a workbook: the form's title a line of its own above the table
    rec = read(BASICS, Paragraph("省级基础教育师资培训经费教师资助项目绩效目标表"),
               grid(*TARGETS_BELOW_A_HEADING))
    assert [(p.name, len(p.indicators)) for p in rec.projects] == [("杨文杰教师资助项目", 1)]


def test_a_heading_naming_another_project_over_the_targets_starts_it() -> None:
    rec = read(BASICS, Paragraph("农村公路养护项目绩效目标表"), grid(*TARGETS_BELOW_A_HEADING))
    assert [(p.name, len(p.indicators)) for p in rec.projects] == [
        ("杨文杰教师资助项目", 0), ("农村公路养护", 1)]


def test_a_captions_own_total_before_its_label_value_pairs_keeps_them_key_pairs() -> None:
    # 广东's 筹资方案(万元) | 0 | 已落实资金 | 0 over | 申报省级资金 | 5: the caption's total
    # first, then a source and its amount on each row
    rec = read(grid(
        ["项目名称", "王怀术教师资助项目", "", ""],
        ["筹资方案（万元）", "0", "已落实资金", "0"],
        [down("筹资方案（万元）"), down("0"), "申报省级资金", "5"],
    ))
    [p] = rec.projects
    assert [(f.source, f.amount_raw) for f in p.funding] == [("已落实资金", "0"),
                                                            ("申报省级资金", "5")]
