"""Delimited text: a workbook saved as CSV (UTF-8 with its BOM, or GBK as Excel writes it on
a Chinese Windows) or as Excel's "Unicode text" (UTF-16, TAB between cells).  Each sample
is a real workbook saved that way (`samples/saved_as.py`); its export must be the
workbook's, though the merges are gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import LimitExceeded
from jixiao.parsers.grid import Paragraph, Table
from jixiao.parsers.readers import text
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from tests.helpers import SAMPLES, contract

SAVED = SAMPLES / "excel_saved_as"
CASES = [
    ("csv", "real/六安市金安区体育局2025年项目支出绩效目标表.xlsx"),  # UTF-8 with its BOM
    ("csv", "real/东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期）.xlsx"),  # GBK
    # a two-row header whose merges are gone: 实际完成值 | 分值 | 得分 above blank cells
    ("csv", "real/临沧市永德县明朗中学2022年度项目支出绩效自评表(公开14表).xlsx"),
    ("txt", "real/天津市河北区人民法院2023年项目支出绩效目标表"
            "（法院办案业务、业务装备及审判辅助事务外包）.xlsx"),  # UTF-16, TABs
]


@pytest.mark.parametrize(("fmt", "workbook"), CASES,
                         ids=["utf8-csv", "gbk-csv", "two-row-header-csv", "utf16-tsv"])
def test_a_workbook_saved_as_delimited_text_exports_what_the_workbook_exports(
    export_file: Any, fmt: str, workbook: str
) -> None:
    path = SAVED / f"{Path(workbook).stem}.{fmt}"
    assert detect_format(path) == "txt"
    got, source = export_file(path), export_file(SAMPLES / workbook)
    assert got["documents"][0]["format"] == fmt
    assert got["documents"][0]["projects"], "no project read"
    assert contract(got) == contract(source)


@pytest.mark.parametrize(("body", "sep"), [
    # Word's text export: one cell a line after a TAB (the seed's shape)
    ("项目名称\n\t征地拆迁补偿款\n\t老庄子镇\n\n\t一级指标\n\t二级指标\n", None),
    # prose with a comma here and there is no CSV
    ("关于下达2021年项目资金的通知\n各乡镇:\n根据文件精神,现将资金下达,请按要求使用。\n"
     "特此通知,请遵照执行,谢谢。\n", None),
    ("项目名称,道路硬化,,\n一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,长度,3公里\n", ","),
    ("项目名称;道路硬化;;\n一级指标;二级指标;三级指标;指标值\n产出指标;数量指标;长度;3公里\n", ";"),
    ("项目名称\t道路硬化\n一级指标\t二级指标\t三级指标\t指标值\n"
     "产出指标\t数量指标\t长度\t3公里\n", "\t"),
    # a table pasted into Notepad whose first cells are empty still has TABs inside lines
    ("\t\t项目名称\t道路\n\t\t一级指标\t指标值\n\t\t产出\t3公里\n", "\t"),
], ids=["word-export", "prose", "comma", "semicolon", "tab", "tab-leading-blanks"])
def test_the_shape_of_a_text_is_told_by_its_lines(body: str, sep: str | None) -> None:
    assert text.delimiter(body) == sep


def test_a_quoted_cell_keeps_its_line_breaks_and_commas() -> None:
    body = ('2024年项目支出绩效目标表,,\n'
            '项目名称,"道路硬化,一期",\n'
            '年度绩效目标,"完成道路硬化3公里;\n改善群众出行条件",\n'
            '一级指标,二级指标,指标值\n')
    blocks = text.delimited_blocks(body, ",")
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "2024年项目支出绩效目标表"
    table = blocks[1]
    assert isinstance(table, Table)
    assert table.rows[0].texts[:2] == ["项目名称", "道路硬化,一期"]
    assert table.rows[1].texts[1] == "完成道路硬化3公里;\n改善群众出行条件"


def test_a_tree_listing_keeps_the_spaces_that_indent_it() -> None:
    body = "项目,指标值,金额\n 单位,,\n   产出指标,,\n     疫苗使用率,100%,\n"
    [table] = text.delimited_blocks(body, ",")
    assert isinstance(table, Table)
    assert table.rows[3].texts[0] == "     疫苗使用率"


def test_a_csv_past_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "大表.csv"
    path.write_text("一级指标,二级指标,指标值\n" + "产出,数量,1\n" * 60, encoding="utf-8")
    with pytest.raises(LimitExceeded, match="over 50 rows"):
        text.read(path, limits=Limits(max_table_rows=50))


def test_a_cell_past_the_cell_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "长格.csv"
    path.write_text("项目名称,说明,备注\n" * 3 + "目标," + "很" * 500 + ",无\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match="500 characters"):
        text.read(path, limits=Limits(max_cell_chars=100))
