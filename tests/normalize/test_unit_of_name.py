"""The unit an indicator's name states in a closing bracket (unit_of_name): a table of
(name, unit cell, comparator cell).  `ingest.build` gives them as the value's context
where a row has no 度量单位 cell; tests/golden holds what that makes of whole documents
(原州区's 实施营造林总面积(亩) | 80000, 昌龙鸿运's 公猪舍(≥**平方米) | 22.8)."""

from __future__ import annotations

import pytest

from jixiao.normalize import unit_of_name

CASES = [
    ("实施营造林总面积(亩)", "亩", None),
    ("修建作业道长度(公里)", "公里", None),
    ("苗木成活率(≥**%)", "%", "≥"),
    ("项目总投入(≥**万元)", "万元", "≥"),
    ("排污沟(≥米)", "米", "≥"),
    ("资金到位率（%）", "%", None),
    ("服务外包在岸(万美元)", "万美元", None),
    ("任务完成时限(月)", "月", None),
    ("补助成本(≤**元/株)", "元/株", "≤"),
    ("受益人数（人）", "人", None),
    # brackets that name no unit
    ("建设项目个数(含续建)", None, None),
    ("足额保障率(参保率)", None, None),
    ("预算调整次数（实际调整数）", None, None),
    ("政府预决算公开率(除涉密信息外)", None, None),
    ("产出指标(50分)", None, None),
    ("粉碎拌合机(11kw)", None, None),
    ("项目完成率", None, None),
    ("", None, None),
    (None, None, None),
]


@pytest.mark.parametrize(("name", "unit", "op"), CASES)
def test_unit_of_name(name: str | None, unit: str | None, op: str | None) -> None:
    assert unit_of_name(name) == (unit, op)
