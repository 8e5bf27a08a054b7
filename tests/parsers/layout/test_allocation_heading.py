"""A table's heading that restates the notice allocating its funds by the notice's number
names the funds (邯郸's 2019 notices, batch x); a heading without a number is read as before."""

from __future__ import annotations

import pytest

from jixiao.parsers.layout.docfields import table_heading_name

CASES = [
    ("1、邯财社〔2018〕126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表",
     "中央财政困难群众救助补助"),
    ("冀财社[2021]152号下达2022年困难群众救助补助资金绩效目标表", "困难群众救助补助资金"),
    ("1. 征地拆迁补偿款项目绩效目标表", "征地拆迁补偿款"),
    ("2021年度征地拆迁补偿款项目绩效目标表", "征地拆迁补偿款"),
]


@pytest.mark.parametrize(("heading", "name"), CASES, ids=[c[0] for c in CASES])
def test_heading_names_the_project(heading: str, name: str) -> None:
    assert table_heading_name(heading) == name
