"""Key rows: labels that end the value before them, and prompts left unanswered."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from tests.parsers.layout.test_layout import down, grid, only_project, record

INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
              ["产出指标", "数量指标", "发放人数", "42人"]]


def test_an_unanswered_prompt_under_the_goals_label_is_no_goal() -> None:
    p = only_project(record(grid(
        ["专项名称", "学生资助补助经费"],
        ["总体目标", "目标1:政策得到落实"],
        [down("总体目标"), "已实施情况:"],
        *INDICATORS,
    )))
    assert p.goals_text == "目标1:政策得到落实"


def test_labels_beside_each_other_keep_their_own_values() -> None:
    """项目性质 and 评价年度 are labels: they end the value before them."""
    p = only_project(record(grid(
        ["项目名称", "图书馆资源购置经费", "项目类别", "运行维护类", "项目性质", "常年性项目"],
        ["评价年度", "2023", "自评分值", "100", "自评等级", "优"],
        *INDICATORS,
    )))
    assert p.name == "图书馆资源购置经费"
    assert {k: p.fields[k] for k in ("项目类别", "项目性质", "评价年度", "自评分值")} == {
        "项目类别": "运行维护类", "项目性质": "常年性项目", "评价年度": "2023", "自评分值": "100"}


@pytest.mark.parametrize("label", ["县级主管部门", "县级主管部內", "主管单位(县级)"])
def test_a_row_of_two_pairs_whose_second_names_the_unit_is_read_whatever_its_first(
        label: str) -> None:
    """涂井乡's 自评表 scanned: 县级主管部门 read 县级主管部內 (no label any vocabulary
    knows) beside 实施单位 | 忠县涂井乡人民政府: the row is still a row of key pairs, and
    the unit is the one 实施单位 names, not the title's 涂井乡."""
    rows = [["专项(项目)名称", "忠县涂井乡龙滩村项目", "负责人及电话", "廖朝伟"],
            [label, "忠县水利局", "实施单位", "忠县涂井乡人民政府"],
            ["一级指标", "二级指标", "三级指标", "年度指标值"],
            ["产出指标", "数量指标", "新建道路", "524m"]]
    src = SourceDocument([Paragraph("涂井乡2021年度项目绩效自评表"), grid(*rows)], format="pdf")
    record = to_document_record(src, file_name="涂井乡.pdf")
    assert record.unit_name == "忠县涂井乡人民政府"
    assert record.projects[0].fields["实施单位"] == "忠县涂井乡人民政府"


def test_a_document_number_beside_the_implementers_label_names_no_unit() -> None:
    """A phone's photo through a plastic sleeve (batch s): the lamp's glare washed out the
    cell beside 项目实施单位 and the 政策依据 label after it, so the label's value ran on to
    the next cell, 甘财科[2022]78号: a document's number, no unit.  The 主管部门 the table
    names stands instead, and a unit's name beside the label is read as before."""
    rows = [["二级项目名称", "博物馆纪念馆市级免费开放补助", "主管部门", "嘉峪关市文化和旅游局"],
            ["项目实施单位", "", "", "甘财科[2022]78号"],
            *INDICATORS]
    src = SourceDocument([Paragraph("省级部门预算项目支出绩效目标表"), grid(*rows)], format="pdf")
    assert to_document_record(src, file_name="scan.jpg").unit_name == "嘉峪关市文化和旅游局"
    rows[1] = ["项目实施单位", "嘉峪关城市博物馆", "政策依据", "甘财科[2022]78号"]
    src = SourceDocument([Paragraph("省级部门预算项目支出绩效目标表"), grid(*rows)], format="pdf")
    assert to_document_record(src, file_name="scan.jpg").unit_name == "嘉峪关城市博物馆"


@pytest.mark.parametrize("label", ["中央补助年度金额(万元)", "年度金额(万元)", "资金总额(万元)"])
def test_a_transfers_year_amount_is_the_budget(label: str) -> None:
    """南江县's 区域绩效目标表: 中央补助年度金额(万元) | 158.18, the year's amount of the grant."""
    p = only_project(record(grid(
        ["项目名称", "省级财政林业草原专项资金"],
        [label, "158.18"],
        *INDICATORS,
    )))
    assert p.budget_raw == "158.18"


def test_the_spending_side_beside_the_funding_lines_is_no_part_of_their_amounts() -> None:
    """澧县's 部门整体 block: 按收入性质分 beside 按支出性质分 in the same rows; 基本支出
    after a source's amount is a label of its own, and where it is a value (支出类型 |
    项目支出) it stays one."""
    p = only_project(record(grid(
        ["部门(单位)名称", "澧县食用菌研究所", "", "", ""],
        ["支出类型", "项目支出", "", "", ""],
        ["年度预算申请(万元)", "资金总额", "222.45", "", ""],
        [down("年度预算申请(万元)"), "公共财政拨款", "222.45", "基本支出", "220.45"],
        [down("年度预算申请(万元)"), "政府性基金拨款", "", "项目支出", "2"],
        *INDICATORS,
    )))
    assert [(f.source, f.amount_raw) for f in p.funding] == [("公共财政拨款", "222.45")]
    assert p.fields["支出类型"] == "项目支出"
    assert (p.fields["基本支出"], p.fields["项目支出"]) == ("220.45", "2")


def test_a_caption_merged_down_beside_the_name_row_leaves_it_a_key_row() -> None:
    """南岳's 专项资金 form: 专项基本情况 merged down the rows of 专项名称, 主管部门 …"""
    p = only_project(record(grid(
        ["专项基本情况", "专项名称", "青少年校外活动补助费", "", ""],
        [down("专项基本情况"), "主管部门", "南岳区乡村振兴局", "专项起止时间", "2023年1月至12月"],
        *INDICATORS,
    )))
    assert p.name == "青少年校外活动补助费"
    # the caption's later rows are key rows too: the department (the unit where the
    # 填报单位 line is left blank, 南岳's 雨露计划 form) and the project's period
    assert (p.fields["主管部门"], p.fields["专项起止时间"]) == (
        "南岳区乡村振兴局", "2023年1月至12月")


@pytest.mark.parametrize(("label", "expected"), [
    ("执行数B)", "执行数"), ("年初目标值(A", "年初目标值"), ("执行率B/A)", "执行率"),
    ("预算数(A)", "预算数"), ("20分)", "20分)"), ("项目名称", "项目名称"),
])
def test_a_formula_letter_whose_other_bracket_was_lost_is_no_part_of_the_label(
        label: str, expected: str) -> None:
    """黄石三中's page lost the opening brackets of 执行数(B) and 执行率(B/A)."""
    from jixiao.vocab.labels import clean_label

    assert clean_label(label) == expected


def test_captions_whose_brackets_were_lost_still_name_the_budget_column() -> None:
    p = only_project(record(grid(
        ["项目名称", "校园维修改造", "", "", ""],
        ["预算执行情况(万元)", "", "预算数(A)", "执行数B)", "执行率B/A)"],
        [down("预算执行情况(万元)"), "年度财政资金总额", "800万元", "800万元", "100%"],
        *[[*r, ""] for r in INDICATORS],
    )))
    assert p.budget_raw == "800万元"


def test_money_as_columns_a_head_of_sources_over_a_row_of_amounts() -> None:
    """南岳's 专项资金 form: 本年度预计投入(万元) | 财政资金(万元) over 中央 | 省级 | 市级资金 |
    本级 | 其他, then 25 under the total and under 本级: the budget and one funding line, each
    in the unit its head states; the head's words are no sources of their own."""
    caption = "专项资金情况"
    p = only_project(record(grid(
        ["专项名称", "青少年校外活动补助费", "", "", "", "", ""],
        [caption, "本年度预计投入(万元)", "财政资金(万元)", down("财政资金(万元)"),
         down("财政资金(万元)"), down("财政资金(万元)"), "其他"],
        [down(caption), down("本年度预计投入(万元)"), "中央", "省级", "市级资金", "本级",
         down("其他")],
        [down(caption), "25", "", "", "", "25", ""],
        *[[*r, "", "", ""] for r in INDICATORS],
    )))
    assert p.budget_raw == "25万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [("本级", "25万元")]


@pytest.mark.parametrize(("sub_labels", "amounts", "budget", "funding"), [
    # 南岳's 雨露计划 form as Word's text export writes it: under the caption (one column),
    # 本年度预计投入 (two) and 其他 (three) a blank for each column they cover
    (["", "", "", "中央", "省级", "市级资金", "本级", "", "", ""],
     ["", "7", "0", "7", "0", "0", "0"], "7万元",
     [("中央", "0万元"), ("省级", "7万元"), ("市级资金", "0万元"), ("本级", "0万元"),
      ("其他", "0")]),
    # 南岳's 青少年校外活动 form: the caption over two columns, the amount written twice
    (["", "", "", "中央", "省级", "市级资金", "本级", ""],
     ["", "", "25", "", "", "", "25", ""], "25万元", [("本级", "25万元")]),
])
def test_money_as_columns_as_a_text_export_writes_them(
        sub_labels: list[str], amounts: list[str], budget: str,
        funding: list[tuple[str, str]]) -> None:
    """A spanning cell written once, a cell merged from above once for each column it
    covers: each amount read in the head's order, the sub-labels in the place of
    财政资金(万元), in its unit."""
    rows = [["专项名称", "青少年校外活动补助费"],
            ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "其他"],
            sub_labels, amounts, *INDICATORS]
    table = Table([row_from_texts(r, index=i) for i, r in enumerate(rows)])
    p = only_project(record(table))
    assert p.budget_raw == budget
    assert [(f.source, f.amount_raw) for f in p.funding] == funding


def test_a_label_and_its_amounts_are_no_money_columns() -> None:
    """资金总额 | 财政拨款 | 其他资金 over 100 | 80 | 20 is such a head; a key row of a
    source and its amount (财政拨款 | 20万元) is not."""
    p = only_project(record(grid(
        ["项目名称", "道路养护", ""],
        ["资金总额", "财政拨款", "其他资金"],
        ["100万元", "80万元", "20万元"],
        *[[*r[:3]] for r in INDICATORS],
    )))
    assert p.budget_raw == "100万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("财政拨款", "80万元"), ("其他资金", "20万元")]


def test_a_sentence_whose_label_was_lost_right_above_the_indicators_is_the_goal() -> None:
    """巫溪's stored copy lost the goal's label: its blank label cell and one sentence,
    right above the indicator header, are the goal; a blank-labelled row elsewhere is not."""
    goal = "支持农村低收入群体等重点对象实施危房改造和危房抗震改造,保障其基本住房安全。"
    p = only_project(record(grid(
        ["项目名称", "农村危房改造补助资金"], ["", goal], *INDICATORS)))
    assert p.goals_text == goal
    p = only_project(record(grid(
        ["项目名称", "农村危房改造补助资金"], ["", goal], ["主管部门", "住建委"], *INDICATORS)))
    assert p.goals_text is None


def test_a_lost_goal_label_merged_with_the_money_caption_on_a_scan_is_still_the_goal() -> None:
    """The same row scanned: the border over its blank label cell lost, the cell merged
    with 资金情况(万元) above it."""
    goal = "支持农村低收入群体等重点对象实施危房改造和危房抗震改造,保障其基本住房安全。"
    money = "资金情况(万元)"
    p = only_project(record(grid(
        ["项目名称", "农村危房改造补助资金", ""], [money, "下达资金总额", ""],
        [down(money), "其中:中央财政补助", "参见附件1具体金额"], [down(money), goal, down(goal)],
        *[r[1:] for r in INDICATORS])))
    assert p.goals_text == goal


def test_a_whole_units_spending_total_and_its_goal_are_read_by_their_wordings() -> None:
    """巴南区一品街道's 部门(单位)整体绩效目标表 (重庆): 部门(单位)名称 | X | 区级支出预算总量 |
    3724.39, then 当年整体绩效目标: the amount is the budget, not part of the unit's name,
    and the paragraph is the goal."""
    rows = [["部门(单位)名称", "重庆市巴南区人民政府一品街道办事处", "区级支出预算总量", "3724.39"],
            ["当年整体绩效目标", "2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出"],
            ["指标名称", "指标权重", "计量单位", "指标值"],
            ["预算执行率", "10", "%", "100"]]
    src = SourceDocument([Paragraph("2022年部门(单位)整体绩效目标表"), grid(*rows)], format="html")
    [p] = to_document_record(src, file_name="一品街道.html").projects
    assert (p.name, p.budget_raw) == ("重庆市巴南区人民政府一品街道办事处", "3724.39")
    assert p.goals_text == "2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出"


def test_sources_beside_a_caption_of_its_own_are_the_funding_and_the_actuals_are_not() -> None:
    """海南's evaluation form: 计划投资额(万元) | 570 | 实际到位资金(万元) | 398.88 | 实际使用
    情况(万元) | 395.86, then 其中: merged down beside the sources of each (中央财政 | 0 |
    其中: | 中央财政 | 0): the planned amount is the budget, the sources under it the
    funding; what was received and spent names no source."""
    p = only_project(record(grid(
        ["项目名称", "服务贸易", "", "", "", ""],
        ["计划投资额(万元)", "570", "实际到位资金(万元)", "398.88", "实际使用情况(万元)", "395.86"],
        ["其中:", "中央财政", "0", "其中:", "中央财政", "0"],
        [down("其中:"), "省财政", "570", down("其中:"), "省财政", "398.88"],
        [down("其中:"), "其他", "0", down("其中:"), "其他", "0"],
        *INDICATORS,
    )))
    assert p.budget_raw == "570"
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("中央财政", "0"), ("省财政", "570"), ("其他", "0")]
    assert p.fields["实际到位资金"] == "398.88"


def test_a_report_names_its_project_in_a_line_and_gives_its_money_after_the_targets() -> None:
    """海南's 财政支出项目绩效评价报告: 项目名称:X on its own line above the 项目绩效目标表
    (指标类型 | 绩效指标 | 年初绩效目标 | …), then 项目基本情况, a table of key rows with
    计划投资额 and its sources under 其中: merged down (the blocks received and spent beside):
    one project, its name from the line, its money from the table after."""
    targets = grid(["指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标(如有)"],
                   ["产出指标", "指标1:半年报告、全年报告和11期景气报告", "全部完成", "无"],
                   ["成效指标", "指标:以报告的进度衡量标准", "全部完成", "无"])
    basics = grid(["项目实施单位", "海南省人民政府研究室", "", "", "", ""],
                  ["计划投资额(万元)", "144", "实际到位资金(万元)", "144",
                   "实际使用情况(万元)", "142"],
                  ["其中:", "中央财政", "", "其中:", "中央财政", ""],
                  [down("其中:"), "省财政", "144", down("其中:"), "省财政", "144"],
                  [down("其中:"), "其他", "", down("其中:"), "其他", ""])
    p = only_project(record(Paragraph("项目名称:海南宏观经济形势分析预测与经济动态监测预警项目"),
                            Paragraph("单位:万元"), targets, basics))
    assert p.name == "海南宏观经济形势分析预测与经济动态监测预警项目"
    assert p.budget_raw == "144"  # though the note above the targets gave them a unit
    assert [(f.source, f.amount_raw) for f in p.funding] == [("省财政", "144")]
    assert [(i.level1, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "指标1:半年报告、全年报告和11期景气报告", "全部完成"),
        ("成效指标", "指标:以报告的进度衡量标准", "全部完成")]


def test_goal_captions_beside_a_part_numbered_in_chinese() -> None:
    """成安's 自评表 (河北): 三、目标完成情况 merged down beside 年度预期目标 | 具体完成情况 |
    总体完成率(%), a goal a row below: the expected column is the goals, whatever number
    the form gives its part."""
    p = only_project(record(grid(
        ["一、基本情况", "项目名称:", "19名百岁老人高龄津贴", "", ""],
        ["三、目标完成情况", "年度预期目标", "具体完成情况", "总体完成率(%)", ""],
        [down("三、目标完成情况"), "为我县百岁高龄老年人发放补贴", "已发放", "100.00", ""],
        *INDICATORS,
    )))
    assert p.goals_text == "为我县百岁高龄老年人发放补贴"


def test_the_report_variant_with_its_targets_under_goals_and_its_name_in_two_spellings() -> None:
    """文昌's report of the same template: 项目指标类型 | 绩效指标 | 绩效目标 | 绩效标准 over
    优 | 良 | 中 | 差 — the 绩效目标 column beside the levels holds each target (600万株),
    no wide sheet's goals; the name on the cover (2017年…) and above the table (2017年度…)
    one name, the first taken."""
    targets = grid(["项目指标类型", "绩效指标", "绩效目标", "绩效标准", "", "", ""],
                   [down("项目指标类型"), down("绩效指标"), down("绩效目标"),
                    "优", "良", "中", "差"],
                   ["产出指标", "年育苗数量", "600万株", "600万", "500万", "300万", "200万"],
                   ["效率指标", "资金按时到位", "资金按时到位率为100%", "100%", "80%-100%",
                    "60%-80%", "<50%"])
    p = only_project(record(Paragraph("项目名称:2017年退耕还林苗圃建设市级配套项目"),
                            Paragraph("项目名称:2017年度退耕还林苗圃建设市级配套项目"), targets))
    assert p.name == "2017年退耕还林苗圃建设市级配套项目"
    # a shaken phone's photo of it (batch r) read the second 项1: still one name
    p = only_project(record(Paragraph("项目名称:2017年退耕还林苗圃建设市级配套项目"),
                            Paragraph("项目名称:2017年度退耕还林苗圃建设市级配套项1"), targets))
    assert p.name == "2017年退耕还林苗圃建设市级配套项目"
    # two names that differ more are two: none taken
    p = only_project(record(Paragraph("项目名称:2017年退耕还林苗圃建设市级配套项目"),
                            Paragraph("项目名称:2017年度退耕还林苗圃养护配套项目"), targets))
    assert p.name is None
    assert [(i.level1, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", "年育苗数量", "600万株"), ("效率指标", "资金按时到位", "资金按时到位率为100%")]


def test_a_sector_label_beside_the_name_ends_it() -> None:
    """罗湖's bond project: 项目名称 | X | 投向领域 | Y — 投向领域 a label (…领域), no part
    of the name."""
    p = only_project(record(grid(
        ["项目名称", "罗湖区全面实施“瓶改管”工程 (南湖街道)", "投向领域", "老旧小区改造领域15500"],
        *INDICATORS,
    )))
    assert p.name == "罗湖区全面实施“瓶改管”工程 (南湖街道)"
    assert p.fields["投向领域"] == "老旧小区改造领域15500"


def test_three_lists_of_sources_side_by_side_each_label_in_its_cell() -> None:
    """文昌's report: 计划投资额 | 实际到位资金 | 实际使用情况, each over its own 其中:中央财政 /
    省财政预算 / 市县财政预算 lines side by side: the planned list's lines are the funding (a
    level's 财政预算 a source, not the budget), the same label again the next list's."""
    p = only_project(record(grid(
        ["项目名称", "2017年退耕还林苗圃建设市级配套项目", "", "", "", ""],
        ["计划投资额(万元)", "110.00", "实际到位资金(万元)", "84.74", "实际使用情况(万元)",
         "84.74"],
        ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
        ["省财政预算", "", "省财政预算", "", "省财政预算", ""],
        ["市县财政预算", "110.00", "市县财政预算", "84.74", "市县财政预算", "84.74"],
        *[[*r, "", ""] for r in INDICATORS],
    )))
    assert (p.budget_raw, p.budget_label) == ("110.00", "计划投资额(万元)")  # in its 万元
    assert [(f.source, f.amount_raw) for f in p.funding] == [("市县财政预算", "110.00")]


def test_a_cell_of_labelled_lines_gives_the_goals_their_own_line() -> None:
    """芜湖's 项目绩效目标(含项目概况、设立依据、必要性及预期目标) cell: 项目概况:… ⏎
    项目立项依据:… ⏎ 必要性:… ⏎ 预期目标:…; the 预期目标 line is the goals, the rest the
    概况 (the purpose)."""
    cell = ("项目概况:用于开展特殊人群病种筛查工作。\n项目立项依据:《传染病防治法》\n"
            "必要性:必须持续做好筛查监测。\n预期目标:依法做好防控工作。")
    p = only_project(record(grid(
        ["项目名称", "特殊人群病种筛查经费"],
        ["项目绩效目标(含项目概况、设立依据、必要性及预期目标)", cell],
        *INDICATORS,
    )))
    assert p.goals_text == "依法做好防控工作。"
    assert p.purpose is not None and p.purpose.startswith("用于开展特殊人群病种筛查工作。")


def test_numbered_goals_after_a_goals_caption_stay_goals() -> None:
    """绩效目标:目标1:… ⏎ 目标2:…: the second line is the next goal, not a caption of
    its own."""
    p = only_project(record(grid(
        ["项目名称", "道路硬化"],
        ["项目绩效目标", "绩效目标:目标1:完成道路硬化\n目标2:提升群众满意度"],
        *INDICATORS,
    )))
    # (the colons as label_with_value leaves them: full width)
    assert p.goals_text == "目标1：完成道路硬化\n目标2：提升群众满意度"


def test_a_label_then_sub_labels_with_their_values() -> None:
    """广东's 绩效目标表 (肇庆): 预算金额 | 总金额 | 50万元 | 当年度金额 | 50万元, 总体绩效目标 |
    当年度目标 | the goal, and 用款单位 naming the unit that spends the money."""
    rec = record(grid(
        ["项目名称", "助老颐养公益项目"],
        ["主管部门", "肇庆市民政局", "用款单位", "肇庆市民政局、肇庆高新区社会工作局"],
        ["预算金额", "总金额", "50万元", "当年度金额", "50万元"],
        ["总体绩效目标", "当年度目标", "持续提升老年人生活安全感。"],
        *INDICATORS,
    ))
    p = only_project(rec)
    assert (p.budget_raw, p.goals_text) == ("50万元", "持续提升老年人生活安全感。")
    assert rec.unit_name == "肇庆市民政局、肇庆高新区社会工作局"


def test_sources_under_a_group_caption_a_text_export_left_empty() -> None:
    """海南's 自评表 as a text export: 其中: merged down beside the sources is written once,
    the cells it covered empty; each row under it is still a source with its amount."""
    p = only_project(record(grid(
        ["项目名称", "服务贸易项目"],
        ["计划投资额(万元)", "570"],
        ["其中:", "中央财政", "0"],
        ["", "省财政", "570"],
        ["", "市县财政", "0"],
        *INDICATORS,
    )))
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("中央财政", "0"), ("省财政", "570"), ("市县财政", "0")]


SUMMARY_MONEY = [["总体资金情况(万元)", "预算支出总额", "财政拨款", "其他资金"],
                 [down("总体资金情况(万元)"), "900", "800", "100"]]


@pytest.mark.parametrize(("before", "total", "budget", "funding"), [
    # a unit's summary of its money above the project's own key rows: the summary's
    # total is no budget of this project, its sources none of its funding
    ([["单位名称", "某县教育局", "", ""]], "80", "80", []),
    ([], "80", "80", []),
    # the same total written again under its own label: the block's reading stands
    ([], "900", "900万元", [("财政拨款", "800万元"), ("其他资金", "100万元")]),
    ([], "9000000", "900万元", [("财政拨款", "800万元"), ("其他资金", "100万元")]),
])
def test_a_budget_key_row_of_its_own_outweighs_a_money_block_above_it(
        before: list[list[str]], total: str, budget: str, funding: list[tuple[str, str]]
) -> None:
    p = only_project(record(grid(
        *before, *SUMMARY_MONEY,
        ["项目名称", "学生资助补助经费", "", ""], ["资金总额(万元)", total, "", ""],
        ["年度目标", "目标1:政策得到落实", "", ""], *INDICATORS)))
    assert p.budget_raw == budget
    assert [(f.source, f.amount_raw) for f in p.funding] == funding
    assert p.fields.get("总体资金情况") == (None if funding else "900万元")  # kept, as a field


def test_a_cover_lines_label_and_value_after_a_space_are_a_key() -> None:
    """浙江's 评价报告 with its cover page kept in the sheet: 项目名称 防尘洗护费 and 项目单位
    武义县环境卫生管理所 in one cell each, a space between label and value; a bracketed
    prompt after the label (主管部门 (盖章)) is no value, nor is a label that names no key."""
    p = only_project(record(grid(
        ["项目名称 防尘洗护费", ""], ["项目单位 武义县环境卫生管理所", ""],
        ["主管部门 (盖章)", ""], ["评价类型 事后评价", ""], *INDICATORS)))
    assert p.name == "防尘洗护费"
    assert p.fields.get("项目单位") == "武义县环境卫生管理所"
    assert "主管部门" not in p.fields and "评价类型" not in p.fields


def test_a_forms_title_inside_a_table_after_the_indicators_opens_the_next_project() -> None:
    """Two 自评表 one after the other in one table (a sheet with no blank row between
    them): the first's indicators (its name on a page not kept) and its closing rows, then
    the second's title row and 项目名称: the name is the second project's, not the
    first's."""
    rec = record(grid(
        *INDICATORS, ["合计", "", "", "100"], ["评价结论", "资金已支付给施工方。"],
        [Cell("部门预算项目支出绩效自评表(2023年度)", 0, 4)],
        ["项目名称", "2023年全县安可替代补助资金项目"], ["年度目标", "购买安可设备"],
        *INDICATORS))
    assert [p.name for p in rec.projects] == [None, "2023年全县安可替代补助资金项目"]


def test_a_sentence_across_a_tables_row_states_the_budget_as_a_paragraph_would() -> None:
    """宁德's 人才驿站 page pasted into a sheet: its paragraphs became rows of one cell
    across the table, under the indicators; the one that tells the money (本项目累计安排
    资金10万元) gives the budget no cell states, as the paragraph did on the page.  A short
    caption across a row (一、基本情况) says nothing of it."""
    sentence = "(二)项目财务管理状况本项目累计安排资金10万元,其中:项目立项6分。"
    p = only_project(record(grid(
        ["项目名称", "人才驿站补助资金", "", ""], *INDICATORS,
        [Cell(sentence, 0, 4)])))
    assert p.budget_raw == "10万元"
    p = only_project(record(grid(
        ["项目名称", "人才驿站补助资金", "", ""], *INDICATORS, [Cell("累计安排资金10万元", 0, 4)])))
    assert p.budget_raw is None


@pytest.mark.parametrize(("at_start", "goals", "kept"), [
    ("保障机构正常运转", "保障机构正常运转", {"全年绩效目标": "保障机构正常运转,做好宣传"}),
    ("无", "保障机构正常运转,做好宣传", {"年初绩效目标": "无"}),
])
def test_chongqings_whole_unit_form_gives_the_goal_set_at_the_years_start(
        at_start: str, goals: str, kept: dict[str, str]) -> None:
    """重庆's 部门整体绩效自评表: 当年绩效目标 | 年初绩效目标 | 全年(调整)绩效目标 | 全年目标
    实际完成情况 over their texts.  The goal set at the year's start is the goal, the
    adjusted one and what was achieved kept as fields; where the start's says 无, the
    adjusted one is the goal."""
    label = "当年绩效目标"
    p = only_project(record(grid(
        ["单位名称", "某区融媒体中心", "", ""],
        [label, "年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况"],
        [down(label), at_start, "保障机构正常运转,做好宣传", "较好地完成了履职任务"],
        *INDICATORS)))
    assert p.goals_text == goals
    assert {k: p.fields[k] for k in kept} == kept
    assert p.fields["全年目标实际完成情况"] == "较好地完成了履职任务"


# Labels harvested from published tables (7 December: 287 wordings, the field each names
# written before key_field was run; 49 read otherwise first).  Each (label, field).
HARVESTED_LABELS = [
    ("项目承担单位", "implementer"), ("项目承担单位:", "implementer"),
    ("本年度申请金额", "budget"), ("资金规模", "budget"), ("申请资金总额", "budget"),
    ("年初绩效目标", "goals"), ("中期滚动目标(2019年--2021年)", "long_goals"),
    ("总目标", "long_goals"), ("项目总目标", "long_goals"),
    ("项目总体概况", "purpose"), ("项目实施内容", "purpose"),
    ("上年结转", "funding"),
    # a label that starts as a unit's or the money's but asks a code, a class, a rate or an
    # opinion: no field of the project's (财政资金科目代码 | 21305 read as 2.1305亿 of funding)
    ("主管部门编码", "other"), ("主管部门审核意见", "other"), ("财政资金科目代码", "other"),
    ("财政资金预算分类", "other"), ("年度预算执行率", "other"),
    # ... but a label that asks the name and the code names the unit
    ("主管部门(单位)名称及部门预算编码", "department"), ("主管部门及代码", "department"),
]


@pytest.mark.parametrize(("label", "field"), HARVESTED_LABELS)
def test_harvested_labels_name_their_fields(label: str, field: str) -> None:
    from jixiao.parsers.layout.rows import key_field
    from jixiao.vocab import labels as vocab

    assert key_field(vocab.clean_label(label)) == field
