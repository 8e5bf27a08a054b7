"""The tab-aligned text format and its encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jixiao.errors import NoProjects, UnreadableFile
from jixiao.parsers.readers.text import decode, read, text_to_blocks
from tests.helpers import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8", SEED_TEXT.encode("utf-8")),
        ("utf8_bom", codecs.BOM_UTF8 + SEED_TEXT.encode("utf-8")),
        ("gbk", SEED_TEXT.encode("gbk")),
        ("gb18030", SEED_TEXT.encode("gb18030")),
        ("utf16le_bom", SEED_TEXT.encode("utf-16")),
        ("utf16be_bom", codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be")),
        ("crlf", SEED_TEXT.replace("\n", "\r\n").encode("gbk")),
    ],
)
def test_every_encoding_reads_the_same_text(name: str, data: bytes) -> None:
    assert decode(data).replace("\r\n", "\n") == SEED_TEXT


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("shift_jis", "これは日本語の文章です。予算と目標。"),
        ("big5", "項目績效目標表，預算數與資金來源。"),
    ],
)
def test_other_encodings_are_refused_not_stored_as_mojibake(codec: str, text: str) -> None:
    with pytest.raises(UnreadableFile, match=r"mojibake|neither"):
        decode(text.encode(codec) * 20)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        read(f)


def test_rows_cells_and_continuations() -> None:
    text = "标题\n\n\t项目名称\n\t测试项目\n\n\t绩效目标\n\t\n目标1：甲\n目标2：乙\n\n说明文字\n"
    blocks = list(text_to_blocks(text))
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph"]
    table = blocks[1]
    assert [r.texts for r in table.rows] == [
        ["项目名称", "测试项目"],
        ["绩效目标", "目标1：甲\n目标2：乙"],
    ]


def test_bare_tab_is_an_empty_cell() -> None:
    [table] = [b for b in text_to_blocks("\ta\n\t\n\tc\n") if not hasattr(b, "style")]
    assert table.rows[0].texts == ["a", "", "c"]


def test_text_without_table_fails_clearly(tmp_path: Path) -> None:
    from jixiao.parsers.parse import parse_file

    f = tmp_path / "memo.txt"
    f.write_text("关于2021年预算的说明\n\n这是一段说明文字。\n", encoding="utf-8")
    with pytest.raises(NoProjects, match=r"memo\.txt: no table found"):
        parse_file(f)


def test_table_without_project_name_is_read_with_a_warning(tmp_path: Path) -> None:
    """A blank 项目名称 loses no indicator: the project is read, its name left empty, and
    the warning says where (real tables leave it blank: 区域 and 整体 forms)."""
    from jixiao.parsers.parse import parse_file

    body = SEED_TEXT.split("征地拆迁补偿款项目绩效目标表", 1)[1].split("2.  规划环评费")[0]
    body = body.replace("\t项目名称\n\t征地拆迁补偿款", "\t项目名称\n\t")
    f = tmp_path / "noname.txt"
    f.write_text(body, encoding="utf-8")
    record = parse_file(f)
    [project] = record.projects
    assert project.name is None and len(project.indicators) == 6
    assert any("project 1 (table 1, row 2) has no 项目名称" in w for w in record.warnings)


def test_a_filled_table_exported_reads_its_repeats_as_merges(tmp_path: Path) -> None:
    """A table filled where it was merged (项目资金 typed beside each money line, 产出指标
    beside each indicator), then exported as text: its sources are the money lines' and
    its levels fill down, as the merged form's are (`--as text --only fill` of the
    variants: 73 of the 294 real tables read worse before)."""
    from jixiao.parsers.parse import parse_file

    rows = [["项目名称", "乡村道路硬化", "乡村道路硬化", "乡村道路硬化", "乡村道路硬化"],
            ["资金情况\n(单位:万元)", "年度资金总额:", "年度资金总额:", "20", "20"],
            ["资金情况\n(单位:万元)", "其中:财政拨款", "其中:财政拨款", "20", "20"],
            ["资金情况\n(单位:万元)", "其他资金", "其他资金", "0", "0"],
            ["一级指标", "二级指标", "三级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "硬化道路", "硬化道路", "3公里"],
            ["产出指标", "质量指标", "验收合格率", "验收合格率", "100%"]]
    f = tmp_path / "filled.txt"
    f.write_text("".join("".join(f"\t{c}\n" for c in row) + "\n" for row in rows),
                 encoding="utf-8")
    [project] = parse_file(f).projects
    assert (project.name, project.budget_raw) == ("乡村道路硬化", "20")
    assert [(s.source, s.amount_raw) for s in project.funding] == [("其中:财政拨款", "20"),
                                                                   ("其他资金", "0")]
    assert [(i.level1, i.level2, i.level3) for i in project.indicators] == [
        ("产出指标", "数量指标", "硬化道路"), ("产出指标", "质量指标", "验收合格率")]


def _exported(tmp_path: Path, rows: list[list[str]]) -> Path:
    f = tmp_path / "exported.txt"
    f.write_text("".join("".join(f"\t{c}\n" for c in row) + "\n" for row in rows),
                 encoding="utf-8")
    return f


def test_a_filled_caption_beside_the_indicators_keeps_their_rows(tmp_path: Path) -> None:
    """长江禁捕's 自评表 filled and exported: 年度绩效目标(80分) typed beside every indicator,
    and 效益指标's empty row among them is one more row of the block, not a key row
    (年度绩效目标: 效益指标) that ends the indicators and loses the 满意度指标 under it."""
    from jixiao.parsers.parse import parse_file

    cap = "年度绩效目标(80分)"
    rows = [["项目名称", "渔业补贴", "渔业补贴", "渔业补贴", "渔业补贴"],
            [cap, "一级指标", "二级指标", "三级指标", "指标值"],
            [cap, "产出指标", "数量指标", "补贴渔船数", "6"],
            [cap, "效益指标", "", "", ""],
            [cap, "满意度指标", "服务对象满意度", "渔民满意度", "90%"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert [(i.level1, i.level3, i.value_raw) for i in project.indicators] == [
        ("产出指标", "补贴渔船数", "6"), ("满意度指标", "渔民满意度", "90%")]


def test_grades_under_a_header_said_again_in_a_filled_export(tmp_path: Path) -> None:
    """Grades (优 | 良 | 中 | 差) under 绩效指标评价标准 beside the upper header's words said
    again, as a table filled where it was merged exports them (2019年预算项目绩效目标): the
    header's second row, the target the first grade's."""
    from jixiao.parsers.parse import parse_file

    goal = "保障农村低保户的基本生活。"
    standard = "绩效指标评价标准"
    rows = [["绩效目标", *[goal] * 7],
            ["绩效指标分类", "绩效指标", "绩效指标描述", *[standard] * 4, "评价标准确定依据"],
            ["绩效指标分类", "绩效指标", "绩效指标描述", *"优良中差", "评价标准确定依据"],
            ["产出指标", "救助覆盖率", "是否应救尽救", "100%", "90%", "85%", "85%", "按标准评价"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert [(i.level1, i.level3, i.value_raw) for i in project.indicators] == [
        ("产出指标", "救助覆盖率", "100%")]


def test_a_target_per_recipient_over_a_header_exported_in_two_rows(tmp_path: Path) -> None:
    """A target per recipient (笏石街道办 | 埭头镇) right of the header's words, over blanks
    of the header's second row (秀屿区's notice, its header's spans lost in the export)."""
    from jixiao.parsers.parse import parse_file

    rows = [["项目名称", "水毁修复"],
            ["绩效指标", "指标解释", "指标方向", "笏石街道办", "埭头镇"],
            ["一级指标", "二级指标", "三级指标", "", "", "", ""],
            ["产出指标", "数量指标", "修复工程(个)", "反映修复进度", "≥", "1", "2"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert [(i.level2, i.level3, i.value_raw) for i in project.indicators] == [
        ("数量指标", "修复工程(个)", "1")]


def test_a_level_column_left_unnamed_under_a_header_exported_in_two_rows(
        tmp_path: Path) -> None:
    """绩效指标 over 一级指标 | (blank) | 三级指标, the 二级's column left unnamed by the form
    (涂井乡's 自评表): one header cell over the three levels."""
    from jixiao.parsers.parse import parse_file

    rows = [["项目名称", "移民安置区帮扶"],
            ["绩效指标", "年度指标值", "全年完成值"],
            ["一级指标", "", "三级指标", "", ""],
            ["产出指标", "数量指标", "新建道路", "524m", "524m"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert [(i.level1, i.level2, i.level3, i.value_raw) for i in project.indicators] == [
        ("产出指标", "数量指标", "新建道路", "524m")]


def test_a_sources_label_said_again_beside_its_lines_in_a_filled_export(tmp_path: Path) -> None:
    """百色's 项目资金: 一般公共预算拨款 merged down beside 小计 | 市本级 | 中央及自治区补助,
    typed in each row of a filled table and exported: one source, its 小计 the amount, not
    three sources (one of them 250, the others their sub-labels)."""
    from jixiao.parsers.parse import parse_file

    money = "项目资金\n(万元)"
    rows = [["项目名称", "学校办学补贴", "学校办学补贴", "学校办学补贴"],
            [money, "一般公共预算拨款", "小计", "250"],
            [money, "一般公共预算拨款", "市本级", "250"],
            [money, "一般公共预算拨款", "中央及自治区补助", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "补贴学生数", "100人"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert [(f.source, f.amount_raw) for f in project.funding] == [("一般公共预算拨款", "250")]


def test_a_funds_label_said_again_beside_its_figures_in_a_filled_export(tmp_path: Path) -> None:
    """广水's 自评表: 项目资金来源 merged down over its columns' names (中央(万元) … 合计(万元))
    and the figures under them, typed in both rows of a filled table and exported: the
    figures are the amounts under their columns, not a key row 项目资金来源: 309."""
    from jixiao.parsers.parse import parse_file

    rows = [["项目名称", "乡村道路建设养护项目", "乡村道路建设养护项目", "乡村道路建设养护项目"],
            ["项目资金\n来源", "中央\n(万元)", "本级\n(万元)", "合计\n(万元)"],
            ["项目资金\n来源", "", "309", "309"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "养护里程", "300公里"]]
    [project] = parse_file(_exported(tmp_path, rows)).projects
    assert project.budget_raw == "309万元"
    assert [(f.source, f.amount_raw) for f in project.funding] == [("本级", "309万元")]
