"""Radicals a PDF's font gives for ideographs (项⽬ for 项目) are read as the ideographs, in
every format, before the layout looks for its labels."""

from __future__ import annotations

from typing import Any

import pdfplumber
import pytest

from jixiao.hanzi import RADICALS, as_typed, ideographs
from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table
from jixiao.parsers.parse import with_ideographs
from jixiao.parsers.readers import pdf
from tests.helpers import SAMPLES, contract

RADICALS_PDF = SAMPLES / "pdf_variants" / "radicals.pdf"
BASE_PDF = SAMPLES / "pdf_variants" / "two_tables_one_page.pdf"


@pytest.mark.parametrize(("raw", "expected"), [
    ("项⽬名称", "项目名称"),  # U+2F6C, Kangxi: by NFKC
    ("部⻔整体绩效⽬标", "部门整体绩效目标"),  # U+2ED4, the supplement: Unicode's table
    ("作⻛ 群⺠ ⻓期 ⻋辆 ⻢路 ⻩河 ⻬全 ⻰头", "作风 群民 长期 车辆 马路 黄河 齐全 龙头"),
    ("2021年12⽉底前", "2021年12月底前"),
    ("≥95%，（万元）", "≥95%，（万元）"),  # nothing else is touched: full-width stays
    ("项目名称", "项目名称"),
])
def test_radicals_read_as_ideographs(raw: str, expected: str) -> None:
    assert ideographs(raw) == expected


def test_every_radical_stands_for_one_ideograph() -> None:
    assert len(RADICALS) == 214 + 114
    for cp, ideograph in RADICALS.items():
        assert len(ideograph) == 1 and ord(ideograph) >= 0x3400, hex(cp)


def test_cells_and_paragraphs_of_any_reader_are_tidied() -> None:
    src = SourceDocument([Paragraph("2021年部⻔整体绩效⽬标"),
                          Table([Row([Cell("项⽬名称", 0), Cell("⼯作经验", 1)])])], format="docx")
    with_ideographs(src)
    assert src.paragraphs[0].text == "2021年部门整体绩效目标"
    assert src.tables[0].rows[0].texts == ["项目名称", "工作经验"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("城乡居民监管工作经费\u200b", "城乡居民监管工作经费"),  # a web page's copied span
    ("\ufeff项目名称", "项目名称"),  # a byte-order mark pasted inside a file
    ("产出\u200c指标", "产出指标"),
    ("95\u00ad%", "95%"),  # a soft hyphen
    ("\u200e2021年12月底前\u200f", "2021年12月底前"),  # direction marks
    ("项\u3000目\u3000名\u3000称", "项\u3000目\u3000名\u3000称"),  # a space shows: kept
    ("部⻔\u200b", "部门"),  # with a radical, in one pass
])
def test_characters_that_show_nothing_are_dropped(raw: str, expected: str) -> None:
    assert as_typed(raw) == expected


def test_cells_of_any_reader_lose_their_invisible_characters() -> None:
    src = SourceDocument([Paragraph("\u3000\u3000大英县医疗保障局\u200b"),
                          Table([Row([Cell("项目名称\u200b", 0), Cell("\xa0城乡居民\u200b", 1)])])],
                         format="html")
    with_ideographs(src)
    assert src.paragraphs[0].text == "\u3000\u3000大英县医疗保障局"
    assert src.tables[0].rows[0].texts == ["项目名称", "\xa0城乡居民"]


def test_a_pdf_whose_text_layer_holds_radicals_exports_as_its_source(export_file: Any) -> None:
    with pdfplumber.open(RADICALS_PDF) as doc:
        layer = doc.pages[0].extract_text()
    assert sum("\u2e80" <= ch <= "\u2fd5" for ch in layer) > 50  # the sample holds them
    read = " ".join(c.text for t in pdf.read(RADICALS_PDF).tables for r in t.rows
                    for c in r.cells)
    # the reader sees ideographs already, so that its line rules see Chinese: 目标2: opens
    # an item of its own (with 目 as ⽬ it was joined to the line before)
    assert not any("\u2e80" <= ch <= "\u2fd5" for ch in read)
    got, source = export_file(RADICALS_PDF), export_file(BASE_PDF)
    assert len(got["documents"][0]["projects"]) == 2
    assert contract(got) == contract(source)


CHROME_PDF = (SAMPLES / "pdf_variants" / "chrome"
              / "2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）.pdf")
CHROME_SOURCE = (SAMPLES / "real"
                 / "2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）.docx")


def test_a_real_table_printed_by_chrome_reads_as_its_word_file(export_file: Any) -> None:
    """Another PDF writer, radicals in its text layer: the projects are the Word file's,
    目标2: on a line of its own after 目标1:… ran to the cell's edge (read as ⽬标2: it was
    joined to the line before)."""
    got, source = export_file(CHROME_PDF), export_file(CHROME_SOURCE)
    [project] = got["documents"][0]["projects"]
    assert project["goals"][:2] == ["完成两品一械抽检工作", "加强两品一械企业监管力度"]
    assert [p for d in contract(got) for p in d["projects"]] == \
        [p for d in contract(source) for p in d["projects"]]
