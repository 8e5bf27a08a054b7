"""Word .docx submissions: the reader's grid, the samples, their exports.

Three layers: small hand-written documents pin one reading rule each (merges, tracked
changes, nested tables …); the built samples are checked as grids; and their exports are
checked for what each variant guards, the seed's field by field against the seed text's
(every sample's golden export is compared in tests/documents/test_goldens.py).
"""

from __future__ import annotations

import random
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import LimitExceeded, UnreadableFile, UnsupportedFormat
from jixiao.parsers import parse
from jixiao.parsers.grid import SourceDocument, Table
from jixiao.parsers.readers import READERS, docx
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.limits import Limits
from tests.helpers import SAMPLES, without_identity

SEED_DOCX = SAMPLES / "seed" / "老庄子镇_2021.docx"
SEED_TXT = SAMPLES / "seed" / "老庄子镇_2021.txt"
VARIANTS = sorted((SAMPLES / "docx_variants").glob("*.docx"))



def with_bug_marks(paths: list[Path]) -> list[Any]:
    """One parameter per variant, named after the case it guards."""
    return [pytest.param(p_, id=p_.stem) for p_ in paths]


# -- building small documents ---------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def rels(target: str = "word/document.xml") -> str:
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/officeDocument" Target="{target}"/></Relationships>'
    )


def document(body: str, ns: str = W) -> str:
    return f'<w:document xmlns:w="{ns}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'


def make_docx(
    folder: Path, body: str, *, name: str = "t.docx", part: str = "word/document.xml"
) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", rels(part))
        z.writestr(part, document(body))
    return path


def p(text: str = "", style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = f"<w:r><w:t>{text}</w:t></w:r>" if text else ""
    return f"<w:p>{ppr}{run}</w:p>"


def tc(text: str = "", props: str = "", content: str | None = None) -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content if content is not None else p(text)}</w:tc>"


def tr(*cells: str, props: str = "") -> str:
    return f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


SPAN2 = '<w:gridSpan w:val="2"/>'
RESTART = '<w:vMerge w:val="restart"/>'
CONTINUE = "<w:vMerge/>"  # a bare vMerge continues the cell above


def read(folder: Path, body: str) -> SourceDocument:
    return docx.read(make_docx(folder, body))


def grid(table: Table) -> list[list[tuple[str, int, int, bool]]]:
    """(text, col, colspan, merged_above) of every cell, row by row."""
    return [[(c.text, c.col, c.colspan, c.merged_above) for c in r.cells] for r in table.rows]


# -- reading rules ------------------------------------------------------------------------


def test_vmerge_repeats_the_text_above_and_gridspan_widens(tmp_path: Path) -> None:
    src = read(
        tmp_path,
        tbl(
            tr(tc("项目名称"), tc("征地拆迁补偿款", SPAN2)),
            tr(tc("产出指标", RESTART), tc("数量指标"), tc("37亩")),
            tr(tc("", CONTINUE), tc("质量指标"), tc("100%")),
            tr(tc("", '<w:vMerge w:val="continue"/>'), tc("时效指标"), tc("年底前")),
        ),
    )
    assert grid(src.tables[0]) == [
        [("项目名称", 0, 1, False), ("征地拆迁补偿款", 1, 2, False)],
        [("产出指标", 0, 1, False), ("数量指标", 1, 1, False), ("37亩", 2, 1, False)],
        [("产出指标", 0, 1, True), ("质量指标", 1, 1, False), ("100%", 2, 1, False)],
        [("产出指标", 0, 1, True), ("时效指标", 1, 1, False), ("年底前", 2, 1, False)],
    ]
    assert src.tables[0].ncols == 3


def test_vmerge_with_nothing_above_is_an_empty_cell(tmp_path: Path) -> None:
    src = read(tmp_path, tbl(tr(tc("", CONTINUE), tc("x"))))
    assert grid(src.tables[0]) == [[("", 0, 1, False), ("x", 1, 1, False)]]


def test_legacy_hmerge_and_grid_before(tmp_path: Path) -> None:
    src = read(
        tmp_path,
        tbl(
            tr(tc("a", '<w:hMerge w:val="restart"/>'), tc("", "<w:hMerge/>"), tc("b")),
            tr(tc("c"), props='<w:gridBefore w:val="2"/>'),
        ),
    )
    assert grid(src.tables[0]) == [
        [("a", 0, 2, False), ("b", 2, 1, False)],
        [("c", 2, 1, False)],
    ]


def test_blocks_in_document_order_with_style_ids(tmp_path: Path) -> None:
    src = read(
        tmp_path, p("第一部分", "1") + p("正文") + tbl(tr(tc("x"))) + p("2. 标题", "Heading3")
    )
    kinds = [
        (type(b).__name__, getattr(b, "text", None), getattr(b, "style", None)) for b in src.blocks
    ]
    assert kinds == [
        ("Paragraph", "第一部分", "1"),
        ("Paragraph", "正文", None),
        ("Table", None, None),
        ("Paragraph", "2. 标题", "Heading3"),
    ]
    assert src.format == "docx" and src.pages is None


PARAGRAPH_CASES = [
    # (what the case pins, runs of one paragraph, its text)
    ("manual line break", "<w:r><w:t>目标1</w:t><w:br/><w:t>目标2</w:t></w:r>", "目标1\n目标2"),
    ("wrapping break", '<w:r><w:t>a</w:t><w:br w:type="textWrapping"/><w:t>b</w:t></w:r>', "a\nb"),
    ("page break is no text", '<w:r><w:t>a</w:t><w:br w:type="page"/><w:t>b</w:t></w:r>', "ab"),
    ("tab", "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r>", "a\tb"),
    (
        "cr and hyphen",
        "<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t><w:noBreakHyphen/><w:t>c</w:t></w:r>",
        "a\nb-c",
    ),
    ("spaces kept", '<w:r><w:t xml:space="preserve"> 95% </w:t></w:r>', " 95% "),
    ("insertion read", "<w:r><w:t>留</w:t></w:r><w:ins><w:r><w:t>插</w:t></w:r></w:ins>", "留插"),
    (
        "deletion not read",
        "<w:r><w:t>留</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del>",
        "留",
    ),
    (
        "move read at its new place",
        "<w:moveFrom><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新</w:t></w:r></w:moveTo>",
        "新",
    ),
    (
        "field result, not its code",
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        "3",
    ),
    (
        "content control",
        '<w:sdt><w:sdtPr><w:alias w:val="名称"/></w:sdtPr>'
        "<w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>",
        "控件",
    ),
    (
        "ruby: the base, not its pinyin",
        "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>jì</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>绩</w:t></w:r></w:rubyBase></w:ruby></w:r>",
        "绩",
    ),
    (
        "text box read once",
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>框</w:t></mc:Choice>'
        "<mc:Fallback><w:t>框</w:t></mc:Fallback></mc:AlternateContent></w:r>",
        "框",
    ),
]


@pytest.mark.parametrize(
    ("runs", "text"), [pytest.param(r, t, id=i) for i, r, t in PARAGRAPH_CASES]
)
def test_paragraph_text(tmp_path: Path, runs: str, text: str) -> None:
    src = read(tmp_path, f"<w:p>{runs}</w:p>")
    assert src.blocks[0].text == text  # type: ignore[union-attr]


def test_a_tab_stop_in_paragraph_properties_is_not_text(tmp_path: Path) -> None:
    tabs = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>'
    body = f"<w:p>{tabs}<w:r><w:t>x</w:t></w:r></w:p>"
    assert read(tmp_path, body).blocks[0].text == "x"  # type: ignore[union-attr]


def test_cell_paragraphs_are_joined_by_newlines(tmp_path: Path) -> None:
    src = read(tmp_path, tbl(tr(tc(content=p() + p("目标1：a") + p("目标2：b")))))
    assert src.tables[0].rows[0].cells[0].text == "\n目标1：a\n目标2：b"


def test_content_controls_and_deleted_rows(tmp_path: Path) -> None:
    deleted = tr(tc("gone"), props='<w:del w:id="1" w:author="x"/>')
    table = tbl(tr(tc("a")), deleted, tr(tc("b")))
    body = (
        f"<w:sdt><w:sdtPr/><w:sdtContent>{table}</w:sdtContent></w:sdt>"
        f'<w:customXml w:element="x">{p("c")}</w:customXml>'
    )
    src = read(tmp_path, body)
    assert [r.texts for r in src.tables[0].rows] == [["a"], ["b"]]
    assert [r.index for r in src.tables[0].rows] == [0, 1]
    assert src.paragraphs[0].text == "c"


def test_pretty_printed_xml_adds_no_whitespace(tmp_path: Path) -> None:
    body = "\n  <w:p>\n    <w:r>\n      <w:t>甲</w:t>\n    </w:r>\n  </w:p>\n" + tbl(
        "\n<w:tr>\n  <w:tc>\n    <w:p><w:r><w:t>乙</w:t></w:r></w:p>\n  </w:tc>\n</w:tr>\n"
    )
    src = read(tmp_path, body)
    assert src.paragraphs[0].text == "甲"
    assert src.tables[0].rows[0].cells[0].text == "乙"


def test_nested_quarter_table_is_spliced_into_its_row(tmp_path: Path) -> None:
    quarters = tbl(
        tr(tc("第一季度"), tc("第二季度"), tc("第三季度"), tc("第四季度")),
        tr(tc("30%"), tc("50%"), tc("75%"), tc("100%")),
    )
    src = read(
        tmp_path,
        tbl(
            tr(tc("项目名称"), tc("规划环评费", '<w:gridSpan w:val="5"/>')),
            tr(tc("资金支出计划"), tc(props='<w:gridSpan w:val="5"/>', content=quarters + p())),
            tr(
                tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("描述"), tc("指标值"), tc("依据")
            ),
        ),
    )
    assert grid(src.tables[0]) == [
        [("项目名称", 0, 1, False), ("规划环评费", 1, 5, False)],
        [
            ("资金支出计划", 0, 1, False),
            ("第一季度", 1, 1, False),
            ("第二季度", 2, 1, False),
            ("第三季度", 3, 1, False),
            ("第四季度", 4, 2, False),
        ],
        [
            ("资金支出计划", 0, 1, True),
            ("30%", 1, 1, False),
            ("50%", 2, 1, False),
            ("75%", 3, 1, False),
            ("100%", 4, 2, False),
        ],
        [
            ("一级指标", 0, 1, False),
            ("二级指标", 1, 1, False),
            ("三级指标", 2, 1, False),
            ("描述", 3, 1, False),
            ("指标值", 4, 1, False),
            ("依据", 5, 1, False),
        ],
    ]
    assert [r.index for r in src.tables[0].rows] == [0, 1, 2, 3]


def test_a_cell_holding_only_a_table(tmp_path: Path) -> None:
    """Word always closes a cell with a paragraph; other writers may not."""
    inner = tbl(tr(tc("甲"), tc("乙")))
    src = read(tmp_path, tbl(tr(tc("标签"), tc(content=inner))))
    assert grid(src.tables[0]) == [
        [("标签", 0, 1, False), ("甲", 1, 1, False), ("乙", 2, 1, False)]
    ]


def test_a_nested_table_wider_than_its_cell_widens_the_grid(tmp_path: Path) -> None:
    inner = tbl(
        tr(tc("一级指标"), tc("二级指标"), tc("指标值")),
        tr(tc("产出指标"), tc("数量指标"), tc("3个")),
    )
    src = read(
        tmp_path,
        tbl(
            tr(tc("标题", SPAN2)),
            tr(tc("绩效指标"), tc(content=p("说明") + inner + p())),
        ),
    )
    table = src.tables[0]
    assert table.ncols == 4
    assert grid(table) == [
        [("标题", 0, 4, False)],
        [("绩效指标", 0, 1, False), ("说明", 1, 3, False)],
        [
            ("绩效指标", 0, 1, True),
            ("一级指标", 1, 1, False),
            ("二级指标", 2, 1, False),
            ("指标值", 3, 1, False),
        ],
        [
            ("绩效指标", 0, 1, True),
            ("产出指标", 1, 1, False),
            ("数量指标", 2, 1, False),
            ("3个", 3, 1, False),
        ],
    ]


def test_rendered_page_breaks_give_pages(tmp_path: Path) -> None:
    brk = "<w:r><w:lastRenderedPageBreak/><w:t>{}</w:t></w:r>"
    body = (
        p("第一页")
        + f"<w:p>{brk.format('第二页')}</w:p>"
        + tbl(tr(tc("a")), tr(tc(content=f"<w:p>{brk.format('b')}</w:p>")))
    )
    src = read(tmp_path, body)
    assert [b.page for b in src.blocks] == [1, 2, 2]
    assert [r.page for r in src.tables[0].rows] == [2, 3]
    assert src.pages == 3


def test_strict_open_xml_and_a_main_part_named_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("_rels/.rels", rels("word/document2.xml"))
        z.writestr(
            "word/document2.xml",
            document(
                p("严格") + tbl(tr(tc("x"))), ns="http://purl.oclc.org/ooxml/wordprocessingml/main"
            ),
        )
    src = docx.read(path)
    assert src.paragraphs[0].text == "严格"
    assert src.tables[0].rows[0].texts == ["x"]


def test_embedded_alt_chunk_is_warned_about(tmp_path: Path) -> None:
    src = read(tmp_path, p("a") + '<w:altChunk r:id="rId9" xmlns:r="r"/>')
    assert src.warnings and "altChunk" in src.warnings[0]


def test_table_row_limit(tmp_path: Path) -> None:
    path = make_docx(tmp_path, tbl(*[tr(tc(str(i))) for i in range(5)]))
    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_TABLE_ROWS"):
        docx.read(path, limits=Limits(max_table_rows=3))


# -- broken files -------------------------------------------------------------------------


def test_a_zip_without_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UnreadableFile, match="no Word document part"):
        docx.read(path)


def test_malformed_xml(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(UnreadableFile, match="not well-formed XML"):
        docx.read(path)


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml",
            '<!DOCTYPE d [<!ENTITY x "boom">]>' + document(p("&x;")),
        )
    with pytest.raises(UnreadableFile, match="ENTITY"):
        docx.read(path)


def test_truncated_docx_fails_with_a_reason_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "截断.docx"
    path.write_bytes(SEED_DOCX.read_bytes()[:20_000])
    with pytest.raises(UnreadableFile, match=r"截断\.docx: .*(broken|truncated)"):
        parse.read_source(path)


def test_damaged_document_part(tmp_path: Path) -> None:
    data = bytearray(SEED_DOCX.read_bytes())
    with zipfile.ZipFile(SEED_DOCX) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 2000, start + 2400):
        data[i] ^= 0x5A
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFile, match="damaged"):
        docx.read(path)


# -- recognised by content, not by name --------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "fmt", "module"),
    [
        (SEED_DOCX, "docx", "jixiao.parsers.readers.docx"),
        (SAMPLES / "seed" / "老庄子镇_2021.pdf", "pdf", "jixiao.parsers.readers.pdf"),
        (SAMPLES / "legacy" / "老庄子镇_2021.doc", "doc", "jixiao.parsers.readers.legacy"),
    ],
    ids=["docx", "pdf", "doc"],
)
def test_a_file_named_docx_goes_to_the_reader_its_content_needs(
    tmp_path: Path, source: Path, fmt: str, module: str
) -> None:
    fake = tmp_path / "申报表.docx"
    shutil.copyfile(source, fake)
    assert detect_format(fake) == fmt
    assert READERS[fmt] == module


def test_random_bytes_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "乱码.docx"
    path.write_bytes(random.Random(4).randbytes(6000))
    with pytest.raises(UnsupportedFormat, match=r"乱码\.docx: the content is not a format"):
        parse.read_source(path)


# -- the samples as grids -------------------------------------------------------------------


def test_seed_docx_has_the_seed_texts_cells() -> None:
    """Cell for cell, the Word file holds what the text export of it holds; where Word
    merges a cell down, the text shows the cell below as blank."""
    from jixiao.parsers.readers import text

    word, txt = docx.read(SEED_DOCX), text.read(SEED_TXT)
    assert len(word.tables) == len(txt.tables) == 12
    for wt, tt in zip(word.tables, txt.tables, strict=True):
        assert len(wt.rows) == len(tt.rows)
        for wr, tr_ in zip(wt.rows, tt.rows, strict=True):
            seen = ["" if c.merged_above else c.text.strip() for c in wr.cells]
            assert seen == [c.text.strip() for c in tr_.cells]
    heads = [b.text for b in word.paragraphs if b.style == "Heading3"]
    assert heads[1] == "2.  规划环评费项目绩效目标表" and len(heads) == 12


def test_seed_docx_merges() -> None:
    table = docx.read(SEED_DOCX).tables[0]
    plan = next(
        r for r in table.rows if r.cells[0].text == "资金支出计划" and not r.cells[0].merged_above
    )
    below = table.rows[plan.index + 1]
    assert below.cells[0].merged_above and below.texts[1:] == ["30%", "50%", "75%", "100%"]
    level1 = [c.text for r in table.rows[8:] for c in r.cells[:1]]
    assert level1 == ["产出指标"] * 4 + ["效果指标"] * 4 + ["满意度指标"]
    assert [r.cells[0].merged_above for r in table.rows[8:12]] == [False, True, True, True]
    name_row = table.rows[1]
    assert [(c.text, c.colspan) for c in name_row.cells][-1] == ("征地拆迁补偿款", 3)


def variant(name: str) -> SourceDocument:
    return docx.read(SAMPLES / "docx_variants" / f"{name}.docx")


def test_variant_one_long_table_is_one_table_of_four_projects() -> None:
    src = variant("one_long_table")
    [table] = src.tables
    assert sum(1 for r in table.rows if "项目名称" in r.texts) == 4


@pytest.mark.parametrize("name", ["split_by_page_break", "split_by_empty_paragraph"])
def test_variant_split_tables_have_a_paragraph_between(name: str) -> None:
    src = variant(name)
    kinds = ["T" if isinstance(b, Table) else ("_" if not b.text else "P") for b in src.blocks]
    assert "".join(kinds).count("T_T") == 2
    assert src.pages is None  # hard page breaks alone do not tell pages


def test_variant_nested_tables_are_spliced() -> None:
    src = variant("nested_table_in_cell")
    assert [len(t.rows) for t in src.tables] == [17, 17]
    for table in src.tables:
        quarters = next(r for r in table.rows if "第一季度" in r.texts)
        below = table.rows[quarters.index + 1]
        assert below.cells[0].merged_above and below.cells[0].text == "资金支出计划"
        assert below.texts[1:] == ["30%", "50%", "75%", "100%"]


def test_variant_extra_empty_rows_and_columns_stay_in_the_grid() -> None:
    src = variant("extra_empty_rows_cols")
    assert [t.ncols for t in src.tables] == [7, 7]
    first = src.tables[0].rows
    assert sum(r.is_blank() for r in first) == 6  # 5 added, and the template's own
    assert first[-1].is_blank() and first[-2].is_blank()


def test_variant_multi_paragraph_cells() -> None:
    table = variant("multi_paragraph_cells").tables[0]
    texts = [c.text for r in table.rows for c in r.cells]
    assert "绩效指标\n描述" in texts
    goals = next(r for r in table.rows if r.cells[0].text == "绩效目标").cells[1].text
    assert goals.count("\n") == 1 and goals.startswith("目标1")


# -- exports ----------------------------------------------------------------------------------

@pytest.fixture
def exported(sample_export: Callable[[str], dict[str, Any]]) -> Any:
    """`exported(path)`: the export of one sample file."""

    def run(path: Path) -> dict[str, Any]:
        return sample_export(path.relative_to(SAMPLES).as_posix())

    return run


def test_seed_docx_exports_what_the_seed_text_exports(exported: Any) -> None:
    word, txt = exported(SEED_DOCX), exported(SEED_TXT)
    assert word["documents"][0]["format"] == "docx"
    assert word["documents"][0]["source"] == "老庄子镇_2021.docx"
    assert without_identity(word) == without_identity(txt)


def projects(exported: Any, name: str) -> list[dict[str, Any]]:
    [doc] = exported(SAMPLES / "docx_variants" / f"{name}.docx")["documents"]
    return list(doc["projects"])


@pytest.mark.parametrize(
    ("name", "unit", "year"),
    [
        ("one_table_per_project", "大王庄乡", 2022),
        ("one_long_table", "杨成庄乡", 2022),
        ("split_by_page_break", "王口镇", 2022),
        ("split_by_empty_paragraph", "小站镇", 2021),
    ],
)
def test_variant_unit_and_year_come_from_the_title(
    exported: Any, name: str, unit: str, year: int
) -> None:
    [doc] = exported(SAMPLES / "docx_variants" / f"{name}.docx")["documents"]
    assert (doc["unit_name"], doc["year"]) == (unit, year)


@pytest.mark.parametrize("path", with_bug_marks(VARIANTS))
def test_every_variant_project_is_whole(exported: Any, path: Path) -> None:
    """Whatever the Word shape, each project comes out with its key fields, its quarter
    plan, both goals and its six indicators with levels filled down."""
    for p_ in projects(exported, path.stem):
        assert p_["name"] and p_["budget_total_yuan"] and p_["funding"]
        assert p_["purpose"].startswith("主要用于")
        assert p_["spend_plan"] == [30, 50, 75, 100]
        assert len(p_["goals"]) == 2
        levels = [(i["level1"], i["level2"]) for i in p_["indicators"]]
        assert levels == [
            ("产出指标", "数量指标"),
            ("产出指标", "质量指标"),
            ("产出指标", "时效指标"),
            ("产出指标", "成本指标"),
            ("效果指标", "社会效益指标"),
            ("满意度指标", "服务对象满意度指标"),
        ]
        assert all(i["value_raw"] == i["value_raw"].strip() for i in p_["indicators"])


def test_variant_blank_names_come_from_the_headings(exported: Any) -> None:
    names = [p_["name"] for p_ in projects(exported, "blank_name_heading_names_it")]
    assert names == [
        "村级组织经费",
        "村干部工资、保险和聘用人员工资",
        "大王庄乡集贸市场附近修建排水沟",
    ]


def test_variant_one_long_table_splits_at_each_project(exported: Any) -> None:
    names = [p_["name"] for p_ in projects(exported, "one_long_table")]
    assert names == [
        "规划环评费",
        "村级组织经费",
        "村干部工资、保险和聘用人员工资",
        "信访维稳专项资金",
    ]
