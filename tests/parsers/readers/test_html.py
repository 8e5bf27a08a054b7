"""Word's and Excel's other ways to save: web pages (.htm, or renamed .doc/.xls), web
archives (.mht) and RTF.  The samples are the seed saved each way
(`samples/saved_as.py`); each must read as the seed's Word file does."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import LimitExceeded, UnreadableFile
from jixiao.parsers.grid import SourceDocument
from jixiao.parsers.readers import docx, html, legacy
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from tests.helpers import SAMPLES, contract

SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
SEED_TXT = SAMPLES / "seed" / "老庄子镇_2021.txt"
WORD_PAGE = SAMPLES / "word_saved_as" / "老庄子镇_2021_网页.doc"
WEB_ARCHIVE = SAMPLES / "word_saved_as" / "老庄子镇_2021.mht"
SOFFICE_PAGE = SAMPLES / "word_saved_as" / "老庄子镇_2021.htm"
RTF = SAMPLES / "word_saved_as" / "老庄子镇_2021.rtf"

needs_soffice = pytest.mark.skipif(
    not any(shutil.which(n) for n in legacy.SOFFICE_NAMES)
    and not os.environ.get("JIXIAO_REQUIRE_SOFFICE"),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)


def cells(src: SourceDocument) -> list[list[list[tuple[str, int, int, bool]]]]:
    """Each table's cells (text without the spaces and empty lines around it)."""
    return [
        [[(c.text.strip(), c.col, c.colspan, c.merged_above) for c in r.cells] for r in t.rows]
        for t in src.tables
    ]


@pytest.mark.parametrize("page", [WORD_PAGE, WEB_ARCHIVE, SOFFICE_PAGE], ids=lambda p: p.name)
def test_a_web_page_reads_as_the_word_file_it_was_saved_from(page: Path) -> None:
    assert detect_format(page) == "html"
    src, seed = html.read(page), docx.read(SEED_DOCX)
    assert src.format == "html"
    assert cells(src) == cells(seed)  # merges as merges: rowspan, colspan, hidden rows out
    if page is not SOFFICE_PAGE:  # LibreOffice writes "2.  规划" as two plain spaces: one shown
        assert [p.text for p in src.paragraphs] == [p.text for p in seed.paragraphs if p.text]


@pytest.mark.parametrize("page", [WORD_PAGE, WEB_ARCHIVE, SOFFICE_PAGE], ids=lambda p: p.name)
def test_a_web_page_exports_what_the_seed_exports(page: Path, export_file: Any) -> None:
    got, seed = export_file(page), export_file(SEED_TXT)
    assert got["documents"][0]["format"] == "html"
    assert len(got["documents"][0]["projects"]) == 12
    assert contract(got) == contract(seed)


@needs_soffice
def test_rtf_exports_what_the_seed_exports(export_file: Any) -> None:
    assert detect_format(RTF) == "rtf"
    got, seed = export_file(RTF), export_file(SEED_TXT)
    assert got["documents"][0]["format"] == "rtf"
    assert contract(got) == contract(seed)


# -- the grid, cell by cell --------------------------------------------------------------------


def page(body: str, head: str = "<meta charset='utf-8'>") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def read_bytes(tmp_path: Path, data: bytes, limits: Limits | None = None) -> SourceDocument:
    path = tmp_path / "p.xls"
    path.write_bytes(data)
    return html.read(path, limits=limits or Limits())


def test_rowspan_and_colspan_become_merges(tmp_path: Path) -> None:
    src = read_bytes(tmp_path, page(
        "<table><tr><td rowspan=3>产出指标</td><td>数量指标</td><td colspan=2>37亩</td></tr>"
        "<tr><td rowspan=2>质量指标</td><td>a</td><td>b</td></tr>"
        "<tr><td>c</td><td>d</td></tr></table>"))
    [t] = cells(src)
    assert t == [
        [("产出指标", 0, 1, False), ("数量指标", 1, 1, False), ("37亩", 2, 2, False)],
        [("产出指标", 0, 1, True), ("质量指标", 1, 1, False), ("a", 2, 1, False),
         ("b", 3, 1, False)],
        [("产出指标", 0, 1, True), ("质量指标", 1, 1, True), ("c", 2, 1, False),
         ("d", 3, 1, False)],
    ]


def test_a_merged_cell_at_the_end_of_a_short_row_is_still_placed(tmp_path: Path) -> None:
    src = read_bytes(tmp_path, page(
        "<table><tr><td>a</td><td rowspan=2>右</td></tr><tr><td>b</td></tr></table>"))
    assert cells(src) == [[[("a", 0, 1, False), ("右", 1, 1, False)],
                           [("b", 0, 1, False), ("右", 1, 1, True)]]]


def test_lines_paragraphs_and_spaces_as_a_browser_shows_them(tmp_path: Path) -> None:
    src = read_bytes(tmp_path, page(
        "<p>一、  总体\n目标</p><div><p>第一段</p><p>&nbsp;</p></div>"
        "<table><tr><td><p>目标1</p>\n<p>目标2<br>续</p><p>&nbsp;</p></td>"
        "<td>2.&nbsp; 规划<script>x()</script><span style='display:none'>隐</span></td>"
        "</tr></table><p>尾</p>"))
    assert [p.text for p in src.paragraphs] == ["一、 总体 目标", "第一段", "尾"]
    assert cells(src) == [[[("目标1\n目标2\n续", 0, 1, False), ("2.  规划", 1, 1, False)]]]


def test_a_nested_table_is_lines_of_its_cell(tmp_path: Path) -> None:
    src = read_bytes(tmp_path, page(
        "<table><tr><td>资金</td><td><table><tr><td>财政</td><td>10</td></tr>"
        "<tr><td>其他</td><td>0</td></tr></table></td></tr></table>"))
    [[[label, value]]] = cells(src)
    assert label[0] == "资金" and value[0].split("\n") == ["财政 10", "其他 0"]


def test_a_page_frame_is_looked_through_to_the_table_it_holds(tmp_path: Path) -> None:
    """A government site's page saved from the browser: layout tables around the table."""
    rows = "".join(f"<tr><td>数量指标</td><td>{i}个</td></tr>" for i in range(3))
    src = read_bytes(tmp_path, page(
        "<table><tr><td>网站首页 &gt; 信息公开</td></tr>"
        f"<tr><td><p>项目支出绩效目标表</p><table>{rows}</table></td></tr></table>"))
    assert [p.text for p in src.paragraphs] == ["网站首页 > 信息公开", "项目支出绩效目标表"]
    assert cells(src) == [[[("数量指标", 0, 1, False), (f"{i}个", 1, 1, False)]
                           for i in range(3)]]


def test_encoding_from_the_meta_tag_else_guessed(tmp_path: Path) -> None:
    body = "<table><tr><td>项目名称</td><td>道路硬化</td></tr></table>"
    gbk = f"<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'>" \
          f"</head><body>{body}</body></html>".encode("gbk")
    assert cells(read_bytes(tmp_path, gbk))[0][0][1][0] == "道路硬化"
    bare = f"<html><body>{body}</body></html>".encode("gbk")  # no charset: guessed
    assert cells(read_bytes(tmp_path, bare))[0][0][1][0] == "道路硬化"


def test_excel_html_xls_is_read_as_a_table(tmp_path: Path) -> None:
    """Excel's "save as web page", which sites serve as .xls."""
    data = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n<head><meta "
            "http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body>"
            "<table x:str border=0 cellpadding=0 cellspacing=0>"
            "<col width=72 span=3><tr height=19>"
            "<td colspan=3 height=19>项目支出绩效目标表</td></tr>"
            "<tr><td>项目名称</td><td colspan=2 x:str>农村道路</td></tr>"
            "<tr><td>预算</td><td x:num=\"646000\">646,000.00</td><td>元</td></tr>"
            "</table></body></html>").encode()
    path = tmp_path / "表.xls"
    path.write_bytes(data)
    assert detect_format(path) == "html"
    assert cells(html.read(path))[0][2][1] == ("646,000.00", 1, 1, False)


def test_a_web_archive_without_a_page_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "a.doc"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
                     b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
    with pytest.raises(UnreadableFile, match="holds no HTML page"):
        html.read(path)


def test_hostile_spans_are_bounded(tmp_path: Path) -> None:
    src = read_bytes(tmp_path, page(
        "<table><tr><td rowspan=99999999 colspan=99999999>x</td><td rowspan=-3>y</td></tr>"
        "<tr><td>z</td></tr></table>"))
    [t] = src.tables
    assert t.ncols <= html.MAX_SPAN + 1 and len(t.rows) == 2


def test_limits_on_rows_and_cells(tmp_path: Path) -> None:
    rows = "".join("<tr><td>x</td></tr>" for _ in range(30))
    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_TABLE_ROWS"):
        read_bytes(tmp_path, page(f"<table>{rows}</table>"), Limits(max_table_rows=20))
    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_CELL_CHARS"):
        read_bytes(tmp_path, page(f"<table><tr><td>{'长' * 50}</td></tr></table>"),
                   Limits(max_cell_chars=40))
    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_TEXT_BYTES"):
        read_bytes(tmp_path, page("x" * 200), Limits(max_text_bytes=100))


def test_no_entity_or_network_is_followed(tmp_path: Path) -> None:
    data = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<html><body><table><tr><td>&x;</td></tr></table></body></html>")
    src = read_bytes(tmp_path, data)
    assert "root:" not in str(cells(src))
