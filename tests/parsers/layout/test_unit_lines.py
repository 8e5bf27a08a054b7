"""The unit named on a line above the table, beside another field of the same line."""

from __future__ import annotations

from jixiao.parsers.grid import Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record


def unit_of(line: str) -> str | None:
    table = Table([row_from_texts(r, index=i) for i, r in enumerate([
        ["项目名称", "共享工程", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "存储备份器", "1个"],
    ])], index=0, ncols=4)
    src = SourceDocument([Paragraph(line), table], format="docx")
    return to_document_record(src, file_name="自评表.docx").unit_name


def test_a_field_after_a_single_space_ends_the_units_name() -> None:
    assert unit_of("项目单位(盖章):黄石市图书馆 主要领导签字:") == "黄石市图书馆"


def test_a_name_with_no_label_after_it_is_whole() -> None:
    assert unit_of("项目单位(盖章):黄石市图书馆") == "黄石市图书馆"


def test_a_sign_off_label_with_no_space_before_it_ends_the_units_name() -> None:
    """A scan's line, its spaces lost (batch d's 黄石 图书馆 自评表)."""
    assert unit_of("项目单位(盖章):黄石市图书馆主要领导签字:填报日期:2023.6.28") == "黄石市图书馆"
    assert unit_of("填报单位:某县林业局联系人:王媛") == "某县林业局"
    assert unit_of("填报单位:某县签字笔厂") == "某县签字笔厂"  # a word in a name, no colon after


def test_a_budget_code_run_on_after_the_units_name_is_no_part_of_it() -> None:
    """福建's 主管部门(单位)名称及预算编码 cell: 福建省文化和旅游厅335301302, the code typed
    straight after the name, or in brackets; a short number in a name stays."""
    assert unit_of("填报单位:福建省文化和旅游厅335301302") == "福建省文化和旅游厅"
    assert unit_of("填报单位:福建省文化和旅游厅(335301)") == "福建省文化和旅游厅"
    assert unit_of("填报单位:某县第2中学") == "某县第2中学"


def test_a_unit_named_inside_a_quoted_documents_title_is_not_the_unit() -> None:
    """湖北科技学院's 自评结果 printed by a browser: a line of its text, 根据《省财政厅 省教育厅
    关于下达…的通知》(鄂财教发, short enough to be read as a heading, names the notice's
    issuers; outside the brackets a unit still names itself."""
    line = "根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》(鄂财教发"
    assert unit_of(line) is None
    assert unit_of("根据《省财政厅关于下达资金的通知》,黄石市图书馆 2023年") == "黄石市图书馆"


def test_a_sheets_unit_beside_its_amount_note_names_the_unit() -> None:
    """天津 河北区人民法院's sheet: the unit with its budget code in the cell beside 单位:万元,
    and a file name that says nothing (a scan's)."""
    table = Table([row_from_texts(r, index=i) for i, r in enumerate([
        ["207101天津市河北区人民法院", "单位:万元"],
        ["项目名称", "安全隐患维修"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修项目", "1个"],
    ])], index=0, ncols=4)
    src = SourceDocument([Paragraph("项目支出绩效目标表"), table], format="pdf")
    assert to_document_record(src, file_name="e12_scan.pdf").unit_name == "天津市河北区人民法院"


def test_two_offices_of_one_place_signed_with_no_blank_between_are_the_first() -> None:
    # a scan of 遂宁's joint letter: 遂宁市财政局 遂宁市卫生健康委员会 read without the blank
    assert unit_of("遂宁市财政局遂宁市卫生健康委员会") == "遂宁市财政局"
    assert unit_of("中共遂宁市委宣传部") == "中共遂宁市委宣传部"  # one office, not two


def test_the_letters_first_signatory_above_its_date_is_the_unit() -> None:
    """遂宁市财政局's notice photographed (batch zr): its wrapped lines read one paragraph
    each put the signature, 遂宁市财政局 遂宁市卫生健康委员会 with its space lost, past the
    first headings; the line above the letter's date still names who wrote it."""
    table = Table([row_from_texts(r, index=i) for i, r in enumerate([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "支持项目数", "1个"],
    ])], index=0, ncols=4)
    letter = [Paragraph(f"第{n}行正文,请对照区域绩效目标做好绩效监控,确保目标如期实现。")
              for n in range(14)]
    signed = [Paragraph("遂宁市财政局遂宁市卫生健康委员会"), Paragraph("2022年4月29日")]
    src = SourceDocument([*letter, *signed, table], format="image")
    assert to_document_record(src, file_name="zr08.jpg").unit_name == "遂宁市财政局"
    unsigned = SourceDocument([*letter, signed[0], table], format="image")
    assert to_document_record(unsigned, file_name="zr08.jpg").unit_name is None
