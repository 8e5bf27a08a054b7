"""Layouts of real tables first read in this form: levels named as targets (福建's 项目年度
绩效目标(定量目标), 评价内容 over 产出目标 | 数量目标), a report whose title names its project
and whose text states its budget (丰都县公安局), a budget system's wide sheet whose 项目单位
column names the unit and whose page gives only a posting date (扎赉特旗人民检察院)."""

from __future__ import annotations

import pytest

from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.docfields import table_heading_name
from jixiao.parsers.layout.document import to_document_record
from jixiao.vocab.labels import level_kind


@pytest.mark.parametrize("text,kind", [
    ("产出目标", "level1"), ("效益目标", "level1"), ("满意度目标", "level1"),
    ("数量目标", "level2"), ("质量目标", "level2"), ("社会效益目标", "level2"),
    ("年度目标", None), ("绩效目标", None), ("总体目标", None), ("项目目标", None),
])
def test_a_level_named_as_a_target(text: str, kind: str | None) -> None:
    assert level_kind(text) == kind


def _rows(*rows: Row) -> list[Row]:
    for i, r in enumerate(rows):
        r.index = i
    return list(rows)


def test_an_evaluation_heading_over_two_columns_holds_the_first_and_second_level() -> None:
    table = Table(_rows(
        Row([Cell("项目年度绩效目标(定量目标)", 0, 6)]),
        Row([Cell("评价内容", 0, 2), Cell("绩效内容", 2), Cell("绩效目标值", 3),
             Cell("实际完成值", 4), Cell("累计完成率", 5)]),
        row_from_texts(["产出目标", "数量目标", "当年组织活动数量", ">=28次", "40次", "143%"]),
        Row([Cell("产出目标", 0, merged_above=True), Cell("数量目标", 1, merged_above=True),
             Cell("每年服务人次", 2), Cell(">=500人", 3), Cell("1700人", 4), Cell("340%", 5)]),
        Row([Cell("产出目标", 0, merged_above=True), Cell("质量目标", 1),
             Cell("资金到位率", 2), Cell(">=100%", 3), Cell("100%", 4), Cell("100%", 5)]),
    ))
    doc = to_document_record(SourceDocument([table], "html"), file_name="t.html")
    rows = [(i.level1, i.level2, i.level3, i.value_raw) for i in doc.projects[0].indicators]
    assert rows == [
        ("产出目标", "数量目标", "当年组织活动数量", ">=28次"),
        ("产出目标", "数量目标", "每年服务人次", ">=500人"),
        ("产出目标", "质量目标", "资金到位率", ">=100%"),
    ]


@pytest.mark.parametrize("heading,name", [
    ("丰都县公安局2022年度辅警人员经费绩效自评工作报告", "辅警人员经费"),
    ("2022年度辅警人员经费绩效自评报告", "辅警人员经费"),
    ("黄果树镇人民政府2023年村干部报酬项目绩效评价报告", "村干部报酬"),
    ("2021年度部门整体支出绩效自评报告", ""),
    ("丰都县公安局关于2022年度绩效自评工作的通知", None),
])
def test_a_reports_title_names_its_project_after_the_year(heading: str, name: str | None) -> None:
    assert table_heading_name(heading) == name


def test_a_report_names_its_project_in_the_title_and_its_budget_in_the_text() -> None:
    table = Table(_rows(
        row_from_texts(["指标名称", "计量单位", "指标性质", "指标值"]),
        row_from_texts(["辅警人员", "人", "=", "512"]),
        row_from_texts(["受益对象满意度", "%", "≥", "95"]),
    ))
    doc = to_document_record(SourceDocument([
        Paragraph("丰都县公安局2022年度辅警人员经费绩效自评工作报告"),
        Paragraph("(二)项目资金情况。"),
        Paragraph("全年预算数2565万元,全年执行数2565万元,预算执行率100%。"),
        table,
    ], "html"), file_name="report.html")
    [p] = doc.projects
    assert (p.name, p.budget_raw, doc.unit_name) == ("辅警人员经费", "2565万元", "丰都县公安局")


def test_a_wide_sheets_project_unit_column_names_the_unit_and_a_posting_date_the_year() -> None:
    table = Table(_rows(
        row_from_texts(["项目名称", "项目单位", "预算数", "一级指标", "二级指标", "三级指标",
                        "指标方向", "目标值", "计量单位"]),
        row_from_texts(["业务装备经费", "776001-扎赉特旗人民检察院", "1,030,700.00", "产出指标",
                        "时效指标", "采购计划完成时间", "", "11月底之前", ""]),
    ))
    doc = to_document_record(SourceDocument([
        Paragraph("项目绩效目标表"), Paragraph("时间:2025-02-06  作者:  新闻来源:"), table,
    ], "html"), file_name="表11.html")
    assert (doc.unit_name, doc.year, doc.year_guessed) == ("扎赉特旗人民检察院", 2025, True)


def test_a_listing_with_a_column_per_category_reads_each_cells_named_targets() -> None:
    """霍山县下符桥镇's 扶贫项目实施情况表: 绩效目标 over 产出 / 效益 / 满意度 指标 columns, a
    project a row; a cell of named targets (受益户数≥200户,受益脱贫户数≥15户) gives one row
    each, a purchase list one row of text."""
    table = Table(_rows(
        Row([Cell("序号", 0), Cell("项目名称", 1), Cell("资金来源及规模", 2, 2),
             Cell("绩效目标", 4, 3), Cell("受益对象和联农带农机制", 7)]),
        Row([Cell("序号", 0, merged_above=True), Cell("项目名称", 1, merged_above=True),
             Cell("资金来源", 2), Cell("资金规模(万元)", 3), Cell("产出\n指标", 4),
             Cell("效益\n指标", 5), Cell("满意度\n指标", 6),
             Cell("受益对象和联农带农机制", 7, merged_above=True)]),
        row_from_texts(["1", "庙岗集村农机专业化合作社项目", "市级", "100",
                        "农用拖拉机2台(含开沟机、播种机),收割机1台",
                        "受益户数≥200户,受益脱贫户数≥15户", "脱贫人口满意度≥90%",
                        "资产归村集体所有"]),
    ))
    doc = to_document_record(SourceDocument([table], "html"), file_name="t.html")
    [p] = doc.projects
    assert (p.name, p.budget_raw, p.budget_unit_hint) == (
        "庙岗集村农机专业化合作社项目", "100", "万元")
    assert [(i.level1, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", None, "农用拖拉机2台(含开沟机、播种机),收割机1台"),
        ("效益指标", "受益户数", "≥200户"),
        ("效益指标", "受益脱贫户数", "≥15户"),
        ("满意度指标", "脱贫人口满意度", "≥90%"),
    ]
    assert p.fields["受益对象和联农带农机制"] == "资产归村集体所有"


# Word's text export writes a merged cell once: a header cell over two columns is one cell
# short of the rows under it, and a cell merged down leaves blanks below it.


def test_a_text_exports_header_over_a_first_and_second_level_spans_both() -> None:
    table = Table(_rows(
        row_from_texts(["评价内容", "绩效内容", "绩效目标值", "实际完成值", "累计完成率"]),
        row_from_texts(["产出目标", "数量目标", "当年组织活动数量", ">=28次", "40次", "143%"]),
        row_from_texts(["", "", "每年服务人次", ">=500人", "1700人", "340%"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in doc.projects[0].indicators] == [
        ("产出目标", "数量目标", "当年组织活动数量", ">=28次"),
        ("产出目标", "数量目标", "每年服务人次", ">=500人"),
    ]


def test_a_text_exports_header_over_a_numbering_column_spans_it() -> None:
    table = Table(_rows(
        row_from_texts(["专项名称", "台胞扶贫济困生活补贴", "", "", "", ""]),
        row_from_texts(["绩效目标", "评价指标", "绩效内容", "绩效标准", "全年绩效目标"]),
        row_from_texts(["投入", "成本目标", "目标1", "发放省直困难、高龄台胞", "100%",
                        "按实际情况发放"]),
        row_from_texts(["", "", "目标2", "开展丰收节活动", "100%", "100%"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in doc.projects[0].indicators] == [
        ("投入", "成本目标", "发放省直困难、高龄台胞", "按实际情况发放"),
        ("投入", "成本目标", "开展丰收节活动", "100%"),
    ]


def test_a_text_exports_listing_finds_its_name_column_in_the_row_above() -> None:
    table = Table(_rows(
        row_from_texts(["序号", "项目名称", "资金来源及规模", "绩效目标"]),
        row_from_texts(["", "", "资金来源", "资金规模(万元)", "产出指标", "效益指标"]),
        row_from_texts(["1", "三尖铺村农机作业服务队项目", "市级", "30", "购买旋耕机1台",
                        "受益户数≥220户"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    [p] = doc.projects
    assert (p.name, p.budget_raw) == ("三尖铺村农机作业服务队项目", "30")
    assert [(i.level1, i.level3, i.value_raw) for i in p.indicators] == [
        ("产出指标", None, "购买旋耕机1台"), ("效益指标", "受益户数", "≥220户")]


def test_a_text_exports_two_row_header_takes_its_spans_from_the_row_below() -> None:
    """成安's 自评表 as Word's text export: 预期指标值 written once over 符号 | (blank) |
    单位(文字描述), 自评得分 once over three sub-labels; the blanks below the others stand
    for their merges down."""
    table = Table(_rows(
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标分值", "预期指标值",
                        "单项指标实际完成值", "自评得分"]),
        row_from_texts(["", "", "", "", "符号", "", "单位(文字描述)", "", "单项指标得分",
                        "权重占比(%)", "单项指标折算得分"]),
        row_from_texts(["产出指标", "时效指标", "完成率", "25", ">=", "99", "%(百分比)",
                        "100%", "25.00", "25.00", "6.25"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    [ind] = doc.projects[0].indicators
    assert (ind.level1, ind.level3, ind.value_raw, ind.op_raw, ind.unit_raw) == (
        "产出指标", "完成率", "99", ">=", "%(百分比)")


def test_a_first_level_column_with_only_a_weight_between_it_and_the_second() -> None:
    """蚕茶卫生院's 自评表: 分解目标 | 自评权重 | 二级指标 over 管理指标 | 30 | 预算编审管理; in
    the text export the rows below leave 管理指标 blank."""
    table = Table(_rows(
        row_from_texts(["分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "得分"]),
        row_from_texts(["管理指标", "30", "预算编审管理", "完整、准确率", "100%", "4"]),
        row_from_texts(["", "", "预算执行管理", "完成率、控制率", "100%", "4"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    assert [(i.level1, i.level2) for i in doc.projects[0].indicators] == [
        ("管理指标", "预算编审管理"), ("管理指标", "预算执行管理")]


def test_a_text_exports_captions_take_the_last_cells_of_the_row_below() -> None:
    """青神's 自评表: 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 over
    three blanks (the merges lost), the goal and its completion."""
    table = Table(_rows(
        row_from_texts(["项目名称", "工资性支出"]),
        row_from_texts(["项目基本情况", "1.项目年度目标完成情况", "项目年度目标",
                        "年度目标完成情况"]),
        row_from_texts(["", "", "", "保障工资及时、足额发放", "已完成"]),
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"]),
        row_from_texts(["产出指标", "数量指标", "发放覆盖率", "100%"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    assert doc.projects[0].goals_text == "保障工资及时、足额发放"


def test_a_reports_list_of_names_and_targets_only_is_a_table_of_indicators() -> None:
    """湖北省残联's report, 表1: 序号 | 三级指标 | 年度指标值, its caption naming the project
    after the table's number, the budget in the text after the project's name."""
    table = Table(_rows(
        row_from_texts(["序号", "三级指标", "年度指标值"]),
        row_from_texts(["1", "全国助残日活动次数", "1次"]),
        row_from_texts(["2", "宣传覆盖面", "拓宽"]),
    ))
    doc = to_document_record(SourceDocument([
        Paragraph("湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告"),
        Paragraph("项目单位:湖北省残疾人联合会"),
        Paragraph("下达省残联“湖北省残疾人事业宣传文化工作经费项目”预算资金100万元,三个部分预算资金"
                  "分别74万元、14万元、8万元。"),
        Paragraph("表1:湖北省残疾人事业宣传文化工作经费项目绩效目标"),
        table,
    ], "html"), file_name="report.html")
    [p] = doc.projects
    assert (p.name, p.budget_raw, doc.unit_name) == (
        "湖北省残疾人事业宣传文化工作经费", "100万元", "湖北省残疾人联合会")
    assert [(i.level3, i.value_raw) for i in p.indicators] == [
        ("全国助残日活动次数", "1次"), ("宣传覆盖面", "拓宽")]


@pytest.mark.parametrize("heading,name", [
    ("表1:湖北省残疾人事业宣传文化工作经费项目绩效目标", "湖北省残疾人事业宣传文化工作经费"),
    ("附表2、农村公路养护项目绩效目标表", "农村公路养护"),
    ("湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告", "湖北省残疾人事业宣传文化经费"),
])
def test_a_captions_table_number_and_a_year_after_the_project(heading: str, name: str) -> None:
    assert table_heading_name(heading) == name


def test_a_text_exports_prompt_and_numbered_item_under_the_goal_are_no_goal() -> None:
    """Under 1.项目年度目标完成情况, a text export's rows with the caption's cell blank: the
    next numbered item (2.项目实施内容及过程概述 | 购买13台…) is the project's content (its
    purpose, 项目实施内容 being one of its labels), a prompt left unanswered (已实施情况:)
    nothing."""
    table = Table(_rows(
        row_from_texts(["项目名称", "安可替代补助资金项目"]),
        row_from_texts(["项目基本情况", "1.项目年度目标完成情况", "项目年度目标",
                        "年度目标完成情况"]),
        row_from_texts(["", "", "", "根据要求购买安可设备,并完成项目资金支付。", "完成"]),
        row_from_texts(["", "2.项目实施内容及过程概述", "2023年购买13台安可电脑。"]),
        row_from_texts(["", "已实施情况:", ""]),
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"]),
        row_from_texts(["产出指标", "数量指标", "购买电脑", "13台"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    [p] = doc.projects
    assert p.goals_text == "根据要求购买安可设备,并完成项目资金支付。"
    assert p.purpose == "2023年购买13台安可电脑。"


@pytest.mark.parametrize("sub_labels", [
    ["优", "良", "中", "差"],
    ["新罗区", "永定区", "上杭县"],
])
def test_a_text_exports_row_of_sub_labels_under_the_header_is_no_indicator(
    sub_labels: list[str]
) -> None:
    """绩效指标评价标准 over 优 | 良 | 中 | 差, 区域目标值 over the places: in a text export
    the header is written once and the sub-labels stand on a row of their own."""
    table = Table(_rows(
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"]),
        row_from_texts(["", "", "", *sub_labels]),
        row_from_texts(["产出指标", "数量指标", "补助县数量", "2", "3", "1", "1"]),
    ))
    doc = to_document_record(SourceDocument([table], "txt"), file_name="t.txt")
    assert [(i.level3, i.value_raw) for i in doc.projects[0].indicators] == [("补助县数量", "2")]


def test_the_pages_record_names_the_unit_as_its_issuer() -> None:
    """鄂州's page: 发文单位: 鄂州市行政审批局 in the site's record, 主管部门 and 实施单位 left
    empty in the form."""
    record = Table(_rows(row_from_texts(
        ["发文单位:", "鄂州市行政审批局", "发布日期:", "2022年11月04日"])))
    form = Table(_rows(
        row_from_texts(["项目名称", "市民中心运行维护费"]),
        row_from_texts(["主管部门", "", "实施单位", ""]),
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"]),
        row_from_texts(["产出指标", "质量指标", "政务服务工作办结率", "100%"]),
    ), index=1)
    doc = to_document_record(SourceDocument([record, form], "html"), file_name="t.html")
    assert doc.unit_name == "鄂州市行政审批局"


@pytest.mark.parametrize("line", [
    "发布时间:2025-05-12 15:42 信息来源:莆田市市场监督管理局 点击数: 字号: T | T",
    "发布时间:2025-05-1215:42信息来源:莆田市市场监督管理局点击数:字号:T|T",  # a scan's
])
def test_the_source_a_pages_record_line_names_is_its_publisher(line: str) -> None:
    """莆田's page: 信息来源 in the record line above the report, its labels run together
    where a scan lost the spaces between them."""
    form = Table(_rows(
        row_from_texts(["项目名称", "标准化工作专项补助经费"]),
        row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"]),
        row_from_texts(["产出指标", "时效指标", "项目完成及时率", "90"]),
    ))
    doc = to_document_record(SourceDocument([Paragraph(line), form], "html"), file_name="t.html")
    assert doc.unit_name == "莆田市市场监督管理局"


@pytest.mark.parametrize("heading,name", [
    ("2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)", "标准化工作专项补助经费"),
    ("百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）", "百色天立学校办学补贴"),
    # a year, a page's 续, a kind of target: no name ("" the form's heading naming none, its
    # year in brackets after it; None what reads as no heading of a form at all)
    ("项目支出绩效自评表(2021年度)", ""),
    ("项目绩效目标表(续)", None),
    ("项目年度绩效目标表(定量目标)", None),
    ("项目支出绩效目标表(单位:万元)", None),
])
def test_a_title_that_names_its_project_in_brackets_after_the_form(heading: str,
                                                                   name: str | None) -> None:
    assert table_heading_name(heading) == name


def test_a_target_named_with_its_value_and_scored_by_a_standard_under_chapter_captions() -> None:
    """江苏's evaluation sheet: 目标名称 | 目标值 | 评价指标 | 标准值 — the target is 目标值, the
    标准值 the standard of the rate the row is scored on (kept beside it); the levels are
    captions on rows of their own, 一、投入目标 numbered as a chapter and 1.数量目标 a 二级's
    name, over the rows below."""
    table = Table(_rows(
        Row([Cell("绩效目标设置情况", 0, 4), Cell("绩效目标完成情况", 4, 3)]),
        row_from_texts(["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "权重分值",
                        "得分"]),
        row_from_texts(["一、投入目标", "", "", "", "", "", ""]),
        row_from_texts(["1.预算投入资金", "6475", "预算完成率", "100%", "6475", "1", "1"]),
        row_from_texts(["三、产出目标", "", "", "", "", "", ""]),
        row_from_texts(["1.数量目标", "", "", "", "", "", ""]),
        row_from_texts(["居民电子健康档案建档数", "941250份", "居民电子健康档案建档率", "≥75%",
                        "1024410", "5", "5"]),
    ))
    doc = to_document_record(SourceDocument([table], format="html"), file_name="657601.html")
    [p] = doc.projects
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators] == [
        ("一、投入目标", None, "1.预算投入资金", "6475"),
        ("三、产出目标", "1.数量目标", "居民电子健康档案建档数", "941250份"),
    ]
    assert p.indicators[1].extra["标准值"] == "≥75%"
    # alone, a 标准值 column is the target
    alone = Table(_rows(row_from_texts(["一级指标", "二级指标", "三级指标", "标准值"]),
                        row_from_texts(["产出指标", "数量指标", "建档数", "941250份"])))
    [p] = to_document_record(SourceDocument([alone], format="html"), file_name="x.html").projects
    assert [i.value_raw for i in p.indicators] == ["941250份"]
