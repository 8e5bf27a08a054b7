"""A 绩效目标表 that states no 指标值 but grades each indicator (邯郸's 2019 notices, batch x):
绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准 (优 | 良 | 中 | 差 on a row below) |
评价标准确定依据.  The class column is the 一级, 绩效指标 beside it the indicator's name, and the
best grade (the cell under the standard's first column) the target."""

from __future__ import annotations

from jixiao.parsers.grid import Cell, Row
from jixiao.parsers.layout.header import map_header


def test_a_graded_standard_stands_for_the_target_and_the_class_is_the_first_level() -> None:
    header = Row([
        Cell("绩效指标分类", 0), Cell("绩效指标", 1), Cell("绩效指标描述", 2),
        Cell("绩效指标评价标准", 3, colspan=4), Cell("评价标准确定依据", 7),
    ])
    hm = map_header(header)
    assert hm is not None
    assert [c.field for c in hm.columns] == ["level1", "level3", "description", "value", "basis"]
    row = Row([
        Cell("产出指标", 0), Cell("救助覆盖率", 1), Cell("是否应救尽救", 2), Cell("100%", 3),
        Cell("90%", 4), Cell("85%", 5), Cell("85%", 6), Cell("按临时救助标准评价", 7),
    ])
    values = hm.read(row)
    assert values is not None
    assert values.fields["value"] == "100%"
    assert values.fields["level1"] == "产出指标"


def test_a_scoring_standard_beside_a_target_stays_a_standard() -> None:
    hm = map_header(Row([
        Cell("一级指标", 0), Cell("二级指标", 1), Cell("三级指标", 2), Cell("指标值", 3),
        Cell("评价标准", 4),
    ]))
    assert hm is not None
    assert [c.field for c in hm.columns][3:] == ["value", "standard"]
