"""A table of another kind after the indicators (a numbered list: 序号 | 学校性质 | …):
its rows are no indicators, whether it follows in a table of its own or in the same one."""

from __future__ import annotations

from jixiao.parsers.grid import Paragraph
from tests.parsers.layout.test_layout import grid, only_project, record

INDICATORS = grid(
    ["一级指标", "二级指标", "指标名称", "目标值", "完成值"],
    ["产出指标", "产出数量", "完成培训任务", "12500名", "12166名"],
    ["效益指标", "满意度", "参培学员满意度", "95%及以上", "88.32%"],
)


def test_a_numbered_list_after_the_indicators_adds_no_indicator() -> None:
    schools = grid(
        ["序号", "学校性质", "培训机构", "培训补助标准(元/人)", "合格人数", "补助资金"],
        ["①", "②", "③", "④", "⑤", "⑥=④*⑤"],
        ["1", "民办", "远航职业培训学校", "2600", "842", "218.92"],
    )
    p = only_project(record(Paragraph("护工培训绩效自评"), INDICATORS, schools))
    assert [i.level3 for i in p.indicators] == ["完成培训任务", "参培学员满意度"]


def test_a_numbered_list_in_the_same_table_ends_the_indicators() -> None:
    rows = [*([c.text for c in r.cells] for r in INDICATORS.rows),
            ["序号", "乡镇", "项目名称", "金额", "备注"],
            ["1", "西坪镇", "尧山村排洪排水工程", "20", ""]]
    p = only_project(record(Paragraph("护工培训绩效自评"), grid(*rows)))
    assert [i.level3 for i in p.indicators] == ["完成培训任务", "参培学员满意度"]


def test_an_indicator_numbered_in_its_first_column_stays_one() -> None:
    p = only_project(record(grid(
        ["项目名称", "道路养护"],
        ["序号", "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "产出指标", "数量指标", "养护里程", "45公里"],
        ["2", "效益指标", "社会效益指标", "出行条件", "明显改善"],
    )))
    assert [i.level3 for i in p.indicators] == ["养护里程", "出行条件"]
