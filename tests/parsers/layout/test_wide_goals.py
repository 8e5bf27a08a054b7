"""A budget system's listing (one row per indicator, the project's own cells beside the
first) that gives only the multi-year goal (实施期绩效目标): its goal is the project's
goal, as a 实施期目标 row is where a table writes no annual goal."""

from __future__ import annotations

from jixiao.parsers.grid import Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.records import DocumentRecord

HEADER = ["单位(专项)名称", "资金总额", "实施期绩效目标", "一级指标", "二级指标", "三级指标",
          "指标值"]


def listing(header: list[str], *rows: list[str]) -> DocumentRecord:
    table = Table([row_from_texts(r, index=i) for i, r in enumerate([header, *rows])])
    src = SourceDocument([Paragraph("项目支出绩效目标表"), table], format="xlsx")
    return to_document_record(src, file_name="某某镇2024年部门预算公开表.xlsx")


def test_the_multi_year_goal_is_the_goal_where_no_annual_goal_is_given() -> None:
    rec = listing(
        HEADER,
        ["村级组织运转经费", "45", "保障村级组织正常运转", "产出指标", "数量指标", "保障村数",
         "12个"],
        ["", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["道路维修养护", "30", "完成道路养护", "产出指标", "数量指标", "养护里程", "≥20公里"],
    )
    assert [(p.name, p.goals_text, len(p.indicators)) for p in rec.projects] == [
        ("村级组织运转经费", "保障村级组织正常运转", 2), ("道路维修养护", "完成道路养护", 1),
    ]


def test_beside_an_annual_goal_the_multi_year_goal_is_kept_as_a_field() -> None:
    header = [*HEADER[:3], "年度绩效目标", *HEADER[3:]]
    rec = listing(
        header,
        ["道路维修养护", "30", "三年完成全镇道路养护", "完成道路养护20公里", "产出指标",
         "数量指标", "养护里程", "≥20公里"],
    )
    [p] = rec.projects
    assert p.goals_text == "完成道路养护20公里"
    assert p.fields["实施期绩效目标"] == "三年完成全镇道路养护"
