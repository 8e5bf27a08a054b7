"""Form heads harvested from published pages (6 December), read alone above a plain indicator
block: what the head leaves blank stays blank, and a line's full stop is no part of a name."""

from __future__ import annotations

import pytest

from jixiao.ingest.build import project_payload
from jixiao.parsers.grid import Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record

_INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成数量", "10个"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]


def _read(head: list[list[str]], lines: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    rows = [row_from_texts(r, index=i) for i, r in enumerate(head + _INDICATORS)]
    blocks = [Paragraph(t) for t in lines] + [Table(rows)]
    record = to_document_record(SourceDocument(blocks, format="html"), file_name="t.html")
    return record.unit_name, (record.projects[0].name if record.projects else None)


@pytest.mark.parametrize("head,unit,name", [
    # a 范本 left blank (广东's 財政支出項目績效目標申報表): 是否新增 is the form's next question
    ([["單位代碼", "", "單位名稱", ""], ["項目名稱", "", "是否新增", "是 否"]], None, None),
    ([["项目名称", "", "是否新增", "是 否"]], None, None),
    ([["项目名称", "乡村道路硬化", "是否新增", "是"]], None, "乡村道路硬化"),
    # 单位名称: | 填报日期: over a template's blank keys: nothing under it names a unit (the
    # indicator header below is no unit's name)
    ([["单位名称:", "填报日期:", "", ""], ["项目名称", "", "", ""],
      ["主管部门", "", "项目实施单位", ""],
      ["项目类别", "1、部门预算项目 口 2、上级转移支付项目 口", "", ""]],
     None, None),
])
def test_blank_head_cells_stay_blank(head: list[list[str]], unit: str | None,
                                     name: str | None) -> None:
    assert _read(head) == (unit, name)


def test_a_numbered_line_s_full_stop_is_no_part_of_the_name() -> None:
    """彭水's 公示: 一、项目名称:2025年脱贫人口小额信贷贴息。 as a line of the table."""
    head = [["一、项目名称:2025年脱贫人口小额信贷贴息。"],
            ["三、建设内容:对符合政策的脱贫人口小额信贷贷款户实施贴息。"]]
    assert _read(head)[1] == "2025年脱贫人口小额信贷贴息"


@pytest.mark.parametrize("head,yuan", [
    # 甘孜's 申报表: the amount inside the sentence the budget's cell holds
    ([["项目名称:", "浙江.甘孜双向推介交流宣传"],
      ["申请资金总额:", "浙江省20xx年对口支援甘孜双向推介交流宣传项目经费480万元,"
                     "资金来源:浙江省对口支援甘孜州目投资计划。"]], 4800000),
    # 坝塘镇's 资金总额及构成: the total the sentence names before its parts
    ([["项目名称", "镇域内基础设施建设"],
      ["资金总额及构成", "总额10606.7522万元 财政拨款:6923.3552万元"
                      "(其中:上级财政资金:6923.3552万元;本级财政:0万元) "
                      "二、自有资金:0万元 三、其他:3683.3970万元"]], 106067522),
    # a 省残联 专项: 资金额度 names the budget
    ([["专项名称", "残疾人事业发展补助资金"],
      ["主管部门", "省残联", "资金额度", "4623 万"]], 46230000),
])
def test_a_budget_stated_in_its_cell_s_sentence(head: list[list[str]], yuan: int) -> None:
    rows = [row_from_texts(r, index=i) for i, r in enumerate(head + _INDICATORS)]
    record = to_document_record(SourceDocument([Table(rows)], format="html"), file_name="t.html")
    payload = project_payload(record.projects[0], year=None)
    assert payload.budget_total_yuan == yuan
