"""Header recognition by meaning.

HELD_OUT was written down first, before the synonym table in `jixiao.vocab.labels` was
extended, from published tables and templates the table was not written from:
the 财政部 项目支出绩效自评表 (年度指标值（A）, 实际完成值（B）), township 项目绩效目标表
of 2016–2022 (指标内容, 长期/年度绩效指标 blocks, 备注), provincial 申报表 templates
(指标值（包含数字及文字描述）, 计量单位（万元/人次）), and score sheets (评分标准,
扣分原因).  Each must map; UNRELATED headers must stay unmapped, so that their column is
kept as an extra attribute of the row.  The test id shows how each wording was matched
(exact, contains or jieba), so a change of mechanism is visible in the test output.
"""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, Row, row_from_texts
from jixiao.parsers.layout.header import EXTRA, header_match, map_header

# (wording as published, logical column)
HELD_OUT: list[tuple[str, str]] = [
    # 指标值
    ("指标值（包含数字及文字描述）", "value"),
    ("年度指标值（A）", "value"),
    ("绩效指标值", "value"),
    ("目标值（年度）", "value"),
    ("本年度目标值", "value"),
    ("年度绩效目标值", "value"),
    ("年度计划值", "value"),
    # 度量单位
    ("计量单位（万元/人次）", "unit"),
    # 实际完成值
    ("实际完成值(B)", "actual"),
    ("全年实际完成情况", "actual"),
    ("实际完成数", "actual"),
    # 三级指标
    ("指标名称及内容", "level3"),
    ("具体指标名称", "level3"),
    ("三级指标名称", "level3"),
    ("考核内容", "level3"),
    # 描述
    ("指标解释", "description"),
    ("指标内涵", "description"),
    # 评(扣)分标准
    ("评分标准", "standard"),
    ("评（扣）分标准", "standard"),
    # 指标性质
    ("指标性质（正向/反向）", "op"),
    ("计算方向", "op"),
    # 权重 / 分值
    ("分值（权重）", "weight"),
    ("指标权重", "weight"),
    ("权重（%）", "weight"),
    # 得分
    ("自评分数", "score"),
    ("评价得分", "score"),
    # 偏差原因
    ("扣分原因", "deviation"),
    ("偏差原因及改进措施", "deviation"),
    ("未完成原因分析", "deviation"),
    # 依据
    ("指标值确定依据及说明", "basis"),
    ("目标值设定依据", "basis"),
    # harvested from published tables on 7 December (232 texts, the meaning of each written
    # first): the few read otherwise
    ("指标值说明", "description"),
    ("计算公式", "description"),
    ("评价标准及依据", "standard"),
    ("赋分规则", "standard"),
]

UNRELATED: list[str] = [
    "备注", "联系人", "填报日期", "序号", "联系电话", "佐证材料", "数据来源", "指标来源",
    "填报单位", "实施单位", "历史值", "审核意见", "",
    "上年度实际水平",  # 广东's 2017 form: last year's figure beside this year's target
]

# Whole header rows of published layouts → the logical columns, in order.
HELD_OUT_ROWS: list[tuple[list[str], list[str]]] = [
    (  # 广东's 2017 项目绩效目标表: a category column, custom indicators, last year beside
        ["指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平", "指标解释及计算公式"],
        ["level1", "level3", EXTRA + "上年度实际水平", "value", "description"],
    ),
    (  # 财政部 项目支出绩效自评表 (2020 template), as a township filled it in
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分", "偏差原因分析及改进措施"],
        ["block", "level1", "level2", "level3", "value", "actual", "weight", "score",
         "deviation"],
    ),
    (  # a township 项目绩效目标表 with a label column and 指标内容, 备注 kept as extra
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        ["block", "level1", "level2", "level3", "value", "extra:备注"],
    ),
    (  # national style: separate 指标性质, 度量单位 and 权重
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）",
         "指标值确定依据"],
        ["level1", "level2", "level3", "op", "value", "unit", "weight", "basis"],
    ),
    (  # a score sheet: 评(扣)分标准 and a wording no table holds (指标内涵)
        ["一级指标", "二级指标", "三级指标", "指标内涵", "目标值（年度）", "分值（权重）",
         "评（扣）分标准", "联系人"],
        ["level1", "level2", "level3", "description", "value", "weight", "standard",
         "extra:联系人"],
    ),
    (  # four columns, no 描述 and no 依据
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["level1", "level2", "level3", "value"],
    ),
    (  # 指标值 and 单位 in one column
        ["一级指标", "二级指标", "指标名称", "指标值及单位", "序号"],
        ["level1", "level2", "level3", "value", "extra:序号"],
    ),
]


def _id(case: tuple[str, str]) -> str:
    m = header_match(case[0])
    return f"{case[0]}->{m.field if m else None}({m.how if m else '-'})"


@pytest.mark.parametrize("case", HELD_OUT, ids=[_id(c) for c in HELD_OUT])
def test_held_out_wording_maps(case: tuple[str, str]) -> None:
    wording, field = case
    m = header_match(wording)
    assert m is not None, f"{wording} maps to nothing"
    assert m.field == field


@pytest.mark.parametrize("wording", UNRELATED)
def test_unrelated_header_stays_unmapped(wording: str) -> None:
    assert header_match(wording) is None


@pytest.mark.parametrize("row,fields", HELD_OUT_ROWS, ids=[r[0][3] for r in HELD_OUT_ROWS])
def test_held_out_header_rows(row: list[str], fields: list[str]) -> None:
    hm = map_header(row_from_texts(row))
    assert hm is not None
    assert [c.field for c in hm.columns] == fields


def test_some_held_out_wordings_need_jieba() -> None:
    """The held-out set is not all containment: jieba's words carry some of it."""
    hows = {header_match(w).how for w, _ in HELD_OUT}  # type: ignore[union-attr]
    assert "jieba" in hows


def test_unknown_column_is_kept_as_extra_of_the_row() -> None:
    hm = map_header(row_from_texts(["一级指标", "二级指标", "三级指标", "指标值", "牵头科室"]))
    assert hm is not None
    assert hm.columns[-1].field == EXTRA + "牵头科室"
    data = hm.read(row_from_texts(["产出指标", "数量指标", "培训人数", "≥200人", "农办"]))
    assert data is not None
    assert data.extra == {"牵头科室": "农办"}
    assert data.fields["value"] == "≥200人"


def test_a_key_value_row_is_not_a_header() -> None:
    assert map_header(row_from_texts(["项目名称", "村级组织建设", "项目编码", ""])) is None
    assert map_header(row_from_texts(["单位名称", "老庄子镇", "联系人", "张三"])) is None


def test_goals_opening_a_header_head_the_categories_where_no_level_is_named() -> None:
    """福建's older form: 绩效目标 heads the column of 投入 / 产出, 评价指标 the 二级 (成本目标)
    and a numbering column under its second half, 绩效内容 the indicators, and 全年绩效目标
    right of them each indicator's target."""
    row = Row([Cell("绩效目标", 0), Cell("评价指标", 1, 2), Cell("绩效内容", 3),
               Cell("绩效标准", 4), Cell("全年绩效目标", 5)])
    hm = map_header(row)
    assert hm is not None
    assert [c.field for c in hm.columns] == ["level1", "level2", "level3", "standard", "value"]
    data = hm.read(row_from_texts(["投入", "成本目标", "目标1", "发放省直困难、高龄台胞", "100%",
                                   "按实际情况发放"]))
    assert data is not None
    assert data.fields == {"level1": "投入", "level2": "成本目标",
                           "level3": "发放省直困难、高龄台胞", "standard": "100%",
                           "value": "按实际情况发放"}


def test_goals_beside_named_levels_or_a_project_column_stay_goals() -> None:
    """年度绩效目标 left of 一级指标 … (the goal merged down beside the rows) and a wide
    sheet's 项目名称 | 绩效目标 | … keep the goals column."""
    beside_levels = map_header(row_from_texts(
        ["绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]))
    assert beside_levels is not None
    assert beside_levels.columns[0].field == "project_goals"
    wide = map_header(row_from_texts(
        ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "评分标准"]))
    assert wide is not None
    assert wide.columns[1].field == "project_goals"
    assert map_header(row_from_texts(["绩效目标", "提高服务水平", "评分标准", "见附表"])) is None


def test_a_list_of_names_and_targets_with_no_level_named() -> None:
    """序号 | 三级指标 | 年度指标值 (a report's 表1), 序号 | 绩效指标 | 目标值: the names and
    their targets, each named in so many words; a caption alone beside a note is none."""
    for row, fields in [
        (["序号", "三级指标", "年度指标值"], [EXTRA + "序号", "level3", "value"]),
        (["序号", "绩效指标", "目标值"], [EXTRA + "序号", "level3", "value"]),
        (["指标名称", "指标值"], ["level3", "value"]),
    ]:
        hm = map_header(row_from_texts(row))
        assert hm is not None and [c.field for c in hm.columns] == fields, row
    assert map_header(row_from_texts(["绩效指标", "说明"])) is None
    assert map_header(row_from_texts(["指标", "值"])) is None


@pytest.mark.parametrize("name", ["社会公众或服务对象满意度指标", "服务对象满意度指标"])
def test_a_long_satisfaction_level_is_a_level2_name(name: str) -> None:
    """宁乡's and 青山's 社会公众或服务对象满意度指标 (14 characters) names a 二级 as
    服务对象满意度指标 does."""
    from jixiao.vocab.labels import level_kind

    assert level_kind(name) == "level2"


@pytest.mark.parametrize("name", ["环境效益", "社会效益", "生态效益", "环境效益指标"])
def test_a_benefits_name_without_its_suffix_is_a_level2_name(name: str) -> None:
    """共享工程's 环境效益 (beside 社会效益 and 可持续影响指标), written without 指标: a 二级
    name, so that 可持续影响指标 atop the next page is no rest of it."""
    from jixiao.vocab.labels import level_kind

    assert level_kind(name) == "level2"


@pytest.mark.parametrize("name,kind", [
    ("一、产出指标", "level1"), ("二、效益指标(30分)", "level1"), ("（三）满意度指标", "level1"),
    ("十一、成本指标", "level1"), ("第一产出指标", "level1"), ("一.产 出 指 标", "level1"),
    ("1.数量指标", "level2"), ("1、社会效益指标", "level2"), ("(2)质量指标", "level2"),
    ("①时效指标", "level2"),
    ("1.5万元", None), ("一、项目概况", None), ("1.完成培训人数", None),
])
def test_a_level_numbered_as_an_outline_numbers_it_is_still_named(name: str,
                                                                 kind: str | None) -> None:
    """一、产出指标, 1.数量指标: the number an outline gives a level is no part of its name
    (二、效益指标 had read as a 二级 for its 效益, 一、产出指标 as no level at all)."""
    from jixiao.vocab.labels import level_kind

    assert level_kind(name) == kind


def test_a_target_merged_across_its_unit_and_sign_columns_has_neither() -> None:
    """南县's 指标值类型 | 目标值 | 度量单位 with 减少 merged across 目标值 and 度量单位: the
    target's one cell is no unit of its own, nor a sign (a budget system's export with
    ≥ | 95 | % keeps all three)."""
    hm = map_header(row_from_texts(["三级指标", "指标性质", "指标值", "度量单位", "备注"]))
    assert hm is not None
    merged = hm.read(Row([Cell("不利影响", 0), Cell("减少", 1, 3), Cell("", 4)]))
    assert merged is not None and merged.fields == {"level3": "不利影响", "value": "减少"}
    apart = hm.read(Row([Cell("满意度", 0), Cell("≥", 1), Cell("95", 2), Cell("%", 3),
                         Cell("", 4)]))
    assert apart is not None and apart.fields == {"level3": "满意度", "op": "≥", "value": "95",
                                                  "unit": "%"}
