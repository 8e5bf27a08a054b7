"""Other templates in the wild: every variant in every format, end to end.

Each sample under samples/templates/ (built by samples/templates.py) must read the same
from .docx, .xlsx and .pdf (apart from provenance), and each variant's point is asserted
on its own, so that a golden export (tests/documents/test_goldens.py) refreshed without
a look cannot hide a regression.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from samples.templates import VARIANTS


def sample_path(variant: str, fmt: str) -> str:
    return f"templates/{VARIANTS[variant][0]}.{fmt}"


@pytest.fixture
def export(
    sample_export: Callable[[str], dict[str, Any]],
) -> Callable[[str, str], dict[str, Any]]:
    """export(variant, fmt): the export of the variant's sample in that format."""

    def get(variant: str, fmt: str) -> dict[str, Any]:
        return sample_export(sample_path(variant, fmt))

    return get


def projects(e: dict[str, Any]) -> list[dict[str, Any]]:
    [doc] = e["documents"]
    return list(doc["projects"])


def indicators(e: dict[str, Any], seq: int = 1) -> list[dict[str, Any]]:
    return list(projects(e)[seq - 1]["indicators"])


def _without_provenance(e: dict[str, Any]) -> Any:
    """The export without what differs by format: identity, pages and table positions."""
    drop = {"source", "sha256", "format", "pages", "where", "page", "table_index", "warnings"}

    def strip(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in drop}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    return strip(e["documents"])


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_every_format_reads_the_same(
    variant: str, fmt: str, export: Callable[..., dict[str, Any]]
) -> None:
    assert _without_provenance(export(variant, fmt)) == _without_provenance(
        export(variant, "docx"))


# --- each variant's point ---------------------------------------------------------------


def test_national_columns_op_unit_weight(export: Callable[..., dict[str, Any]]) -> None:
    e = export("national", "docx")
    first, ascii_op = indicators(e)[:2]
    assert (first["op_raw"], first["unit_raw"], first["weight"]) == ("≥", "个", 10)
    assert (first["value"]["kind"], first["value"]["op"], first["value"]["number"]) == (
        "quantity", ">=", 24)
    assert (ascii_op["op_raw"], ascii_op["value"]["op"]) == (">=", ">=")
    costs = [i for i in indicators(e) if i["level1"] == "成本指标"]
    assert [i["level2"] for i in costs] == ["经济成本指标", "社会成本指标", "生态环境成本指标"]
    assert costs[0]["value"]["kind"] == "money"
    assert costs[0]["value"]["base_number"] == pytest.approx(3309840)


def test_national_funding_hierarchy_in_yuan(export: Callable[..., dict[str, Any]]) -> None:
    p = projects(export("national", "xlsx"))[0]
    assert p["budget_total_yuan"] == 3309840
    assert p["funding"] == [
        {"source": "一般公共预算", "amount_yuan": 2809840},
        {"source": "政府性基金", "amount_yuan": 500000},
        {"source": "其他资金", "amount_yuan": 0},
    ]


def test_self_evaluation_rows(export: Callable[..., dict[str, Any]]) -> None:
    e = export("self_evaluation", "docx")
    p = projects(e)[0]
    assert p["budget_total_yuan"] == 3309800
    assert p["goals"][0].startswith("保障全镇24个村级组织正常运转")
    first = indicators(e)[0]
    assert first["level1"] == "产出指标(50分)"
    assert first["level1_canonical"] == "产出指标"
    assert {i["level1"]: i["level1_weight"] for i in indicators(e)} == {
        "产出指标(50分)": 50, "成本指标": None, "效益指标": None, "满意度指标": None}
    assert (first["value_raw"], first["actual_raw"], first["weight"], first["score"]) == (
        "≥24个", "24个", 10, 10)
    assert (first["actual"]["kind"], first["actual"]["number"], first["actual"]["unit"]) == (
        "quantity", 24, "个")
    scored = [i for i in indicators(e) if i.get("deviation")]
    assert scored[0]["score"] == 18


def test_four_column_effect_and_cost_level2(export: Callable[..., dict[str, Any]]) -> None:
    e = export("four_column", "docx")
    inds = indicators(e)
    assert len(inds) == 7  # the empty 可持续影响指标 row is not a record
    assert {i["level1"]: i["level1_canonical"] for i in inds}["效果指标"] == "效益指标"
    cost = next(i for i in inds if i["level2"] == "成本指标")
    assert (cost["level1"], cost["value_raw"], cost["value"]["kind"]) == ("产出指标", "80万",
                                                                         "money")
    assert all(i["description"] is None and i["basis"] is None for i in inds)
    assert projects(e)[0]["spend_plan"] == [25, 50, 75, 100]


def test_department_table_is_a_whole_project(export: Callable[..., dict[str, Any]]) -> None:
    [doc] = export("department", "docx")["documents"]
    whole, project = doc["projects"]
    assert (whole["kind"], whole["name"], whole["budget_total_yuan"]) == (
        "整体", "西营街道办事处", 12605000)
    assert len(whole["indicators"]) == 5
    assert project["kind"] == "项目"
    assert [s["heading"] for s in doc["sections"]] == ["一、总体绩效目标"]


def test_label_column_standard_and_review_rows(export: Callable[..., dict[str, Any]]) -> None:
    e = export("label_column", "docx")
    p1, p2 = projects(e)
    assert len(p1["indicators"]) == 5 and len(p2["indicators"]) == 4
    first = p1["indicators"][0]
    assert (first["level1"], first["level1_canonical"], first["level3"]) == (
        "项目完成指标", "产出指标", "建设智能温室")
    assert first["extra"] == {"评（扣）分标准": "每少1座扣2分"}
    satisfaction = p1["indicators"][-1]
    assert (satisfaction["level1_canonical"], satisfaction["level2"]) == ("效益指标", "满意度")
    assert p2["indicators"][0]["extra"] == {"绩效标准": "计划标准"}
    assert p2["indicators"][1]["value"]["op"] == "<="
    assert p1["fields"]["主管部门审核意见"] == "同意"


def test_long_term_block_kept_as_extras(export: Callable[..., dict[str, Any]]) -> None:
    e = export("long_term", "docx")
    p = projects(e)[0]
    assert p["goals"] == ["完成平台一期建设并上线运行"]
    assert p["fields"]["中长期目标"] == "三年内建成覆盖全镇的智慧党建平台"
    first = p["indicators"][0]
    assert (first["value_raw"], first["value"]["op"], first["value"]["number"]) == (
        ">=24个", ">=", 24)
    assert first["extra"]["中长期·指标值"] == "36个"


def test_wide_sheet_projects(export: Callable[..., dict[str, Any]]) -> None:
    ps = projects(export("wide_sheet", "xlsx"))
    assert [(p["name"], p["budget_total_yuan"], len(p["indicators"])) for p in ps] == [
        ("镇村环境卫生保洁", 850000, 4), ("退役军人服务站运行", 125000, 3),
        ("农业技术推广培训", 80000, 3)]
