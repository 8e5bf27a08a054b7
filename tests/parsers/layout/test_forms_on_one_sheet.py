"""Two forms in one table, one under the other, as a workbook's sheet holds a season's
forms; found by the `one-sheet` alteration of `python -m tests.documents.variants` (each of
136 real forms and the next one's as one table: 19 read worse at first, 3 now, listed in
`variants.KNOWN`):

- a title or a prose line across the first columns only, the rest of its row blank (a
  narrower form's row beside a wider one's), under the first form's indicators: read as
  an indicator whose four fields were the same text;
- a title row that begins the next form: the indicators above go on past it, so that the
  next form's key row whose label is one character off (专项名称金) was read as another
  indicator and the project took its name from the title;
- a column's money unit (本年度预计投入(万元)) made the next form's bare total 万元.
"""

from __future__ import annotations

from jixiao.parsers.grid import Cell
from tests.parsers.layout.test_layout import HEADER4, grid, record

INDICATOR = ["产出指标", "数量指标", "硬化道路", "3公里"]


def test_a_line_across_the_first_columns_under_the_indicators_is_no_indicator() -> None:
    rec = record(grid(
        ["项目名称", "乡村道路硬化", "", "", "", ""],
        ["绩效指标", *HEADER4, ""],
        [Cell("绩效指标", 0, merged_above=True), *INDICATOR, ""],
        [Cell("某局2023年纳入预算绩效管理的项目1个,项目绩效目标详见附件。", 0, 4), "", ""],
        ["项目名称", "文化中心运营", "", "", "", ""],
        ["绩效指标", *HEADER4, ""],
        [Cell("绩效指标", 0, merged_above=True), "效益指标", "社会效益指标", "开放天数",
         "≥300天", ""],
    ))
    first, second = rec.projects
    assert [i.level3 for i in first.indicators] == ["硬化道路"]
    assert (second.name, [i.level3 for i in second.indicators]) == ("文化中心运营", ["开放天数"])


def test_a_title_ends_the_indicators_above_it() -> None:
    rec = record(grid(
        ["项目名称", "乡村道路硬化", "", ""],
        HEADER4,
        INDICATOR,
        [Cell("2021年林业生态保护恢复资金区域绩效目标表", 0, 4)],
        ["专项名称金", "林业草原生态保护恢复资金", "", ""],
        ["年度金额(万元)", "189.42", "", ""],
        HEADER4,
        ["效益指标", "生态效益指标", "退耕还林面积", "≥500亩"],
    ))
    first, second = rec.projects
    assert [i.level3 for i in first.indicators] == ["硬化道路"]
    assert second.name == "林业草原生态保护恢复资金"
    assert [i.level3 for i in second.indicators] == ["退耕还林面积"]


def test_a_columns_unit_holds_for_its_own_form_only() -> None:
    rec = record(grid(
        ["项目名称", "青少年校外活动补助", "", ""],
        ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", ""],
        [Cell("专项资金情况", 0, merged_above=True), "25", "25", ""],
        HEADER4,
        INDICATOR,
        ["项目名称", "大型普查经费", "", ""],
        ["项目资金", "资金总额", "2800000.00", ""],
        HEADER4,
        ["产出指标", "数量指标", "普查资料开发文章", "6篇"],
    ))
    assert [(p.name, p.budget_raw, p.budget_unit_hint) for p in rec.projects][1] == (
        "大型普查经费", "2800000.00", None)
