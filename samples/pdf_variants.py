"""PDF submissions as Word and WPS print them: one sample per case the PDF reader meets.

Each case is a Word file built here (under pdf_variants/src/, seed-like data moved to
another township and year) printed to PDF by LibreOffice with the CJK fonts:

- long_table_repeated_header: a project's indicator table over three pages, its header
  row repeated on each page, running header and 第 X 页 共 Y 页 footer;
- long_table_no_header: one project's whole table over three pages, nothing repeated,
  rows split by the page breaks, a "- X -" page number;
- two_tables_one_page: two small project tables on one page;
- landscape: the narrative on a portrait page, the tables on landscape pages;
- narrow_columns: narrow columns, so that long texts (Latin words and numbers among the
  Chinese) wrap over several lines inside a cell;
- borderless: the seed's tables with every border set to none: no line is drawn.

Then PDFs made from those by editing the PDF itself (qpdf's QDF form, where content
streams are plain text): fake_bold (every glyph drawn twice, a fraction of a point
apart, as WPS does for bold without a bold font), watermarked (a watermark typed across
the page at a slant, as publishing sites lay one over a document), radicals (the
Unicode maps give 项⽬ for 项目, as Chrome's PDFs and some Word and WPS exports do), a
text layer mapped to private-use characters, a font without any Unicode map ((cid:N)),
a scan without text, and the password cases (a user password; an owner password only,
which must still read).
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table

from samples.docx_variants import Submission
from samples.registry import SAMPLES, sample
from samples.soffice import SofficeMissing, convert
from samples.wordgen import add_grid_table, add_paragraph, new_document, save

Rows = list[list[str]]
DIR = "pdf_variants"
HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
NARROW = (1.3, 1.5, 2.0, 2.4, 1.6, 1.5)  # cm: a 10 cm table, every long text wraps
LANDSCAPE = (2.8, 3.4, 5.0, 6.4, 3.6, 3.6)  # cm: a 25 cm table on an A4 landscape page

DONGDITOU = Submission("东堤头镇", 2023, {"95%以上": "≥92%", "2023年12月底前": "2023年11月底前"})
PANZHUANG = Submission("潘庄镇", 2022, {"100万元": "85万元", "12个以上": "14个以上"})
QILIHAI = Submission("七里海镇", 2024, {"30万": "36万", "15万": "12万"})
TAIPING = Submission("太平镇", 2023, {"3万": "4.5万", "141万": "150万"})

VILLAGES = ("沙雾庄村", "东堤头村", "西堤头村", "潘庄村", "大杨庄村", "小杨庄村",
            "芦庄子村", "北淮淀村", "南淮淀村", "任凤庄村", "齐家埠村", "罗台村")


class QpdfMissing(SofficeMissing):
    """qpdf is needed to edit PDFs (skipped like a missing LibreOffice)."""


# --- Word sources ---------------------------------------------------------------------


def src(name: str) -> str:
    return f"{DIR}/src/{name}.docx"


# Why the Word sources and the broken PDFs have no golden export (samples.registry).
WORD_SOURCE = ("a Word source: tests/parsers/readers/test_pdf.py compares its export, field "
               "by field, with that of the PDF printed from it")
UNREADABLE = ("unreadable on purpose: tests/parsers/readers/test_pdf.py pins the reason "
              "it fails with")


def pdf(name: str) -> str:
    return f"{DIR}/{name}.pdf"


def key_rows(name: str, budget: str, goals: str) -> Rows:
    return [
        ["项目绩效目标指标表"],
        ["项目编码", "", "项目名称", name],
        ["项目资金主要用途", budget],
        ["资金支出计划", "第一季度", "第二季度", "第三季度", "第四季度"],
        ["", "20%", "45%", "70%", "100%"],
        ["绩效目标", goals],
        ["", ""],
    ]


def road_indicator_rows(villages: tuple[str, ...]) -> Rows:
    """Many indicators of one road project: a table that runs over several pages."""
    rows: Rows = []
    shown: list[str] = [""]  # the 一级指标 written last: a group writes it once

    def group(level1: str, level2: str, items: list[list[str]]) -> None:
        for i, item in enumerate(items):
            first = level1 != shown[0]
            shown[0] = level1
            rows.append([level1 if first else "", level2 if i == 0 else "", *item])

    group("产出指标", "数量指标", [
        [f"{v}道路硬化里程", f"完成{v}村内主次道路硬化，含两侧排水边沟同步施工",
         f"{1.2 + 0.3 * k:.1f}公里", "年度计划"] for k, v in enumerate(villages)
    ])
    group("产出指标", "质量指标", [
        [f"{v}工程验收合格率", f"{v}道路工程一次性验收合格", "100%", "工作经验"]
        for v in villages[: len(villages) // 2]
    ])
    group("产出指标", "时效指标", [
        [f"{v}完工时限", f"{v}道路硬化工程完工时间", f"2023年{6 + k % 6}月底前", "年度计划"]
        for k, v in enumerate(villages[: len(villages) // 2])
    ])
    group("产出指标", "成本指标", [
        ["每公里硬化成本", "村内道路每公里硬化综合成本", "≤85万元", "上级政策"],
        ["边沟建设成本", "排水边沟每米建设成本", "≤320元", "市场询价"],
    ])
    group("效果指标", "社会效益指标", [
        ["群众出行条件改善", "雨季道路不积水，群众出行便利", "明显改善", "工作经验"],
        ["受益人口", "道路硬化直接受益人口", "1.2万人", "统计数据"],
    ])
    group("效果指标", "可持续影响指标", [
        ["道路使用年限", "硬化道路设计使用年限", "≥15年", "设计标准"],
    ])
    group("满意度指标", "服务对象满意度指标", [
        ["群众满意度", "受益群众满意人数占调查人数的百分比", "95%以上", "问卷调查"],
    ])
    return rows


def start(sub: Submission, *, running: str | None = None, narrative: bool = True
          ) -> DocxDocument:
    """Title and a short narrative; with `running`, a running header and page footer."""
    title = f"{sub.unit}{sub.year}年部门预算项目绩效目标"
    doc = new_document(title)
    if running is not None:
        section = doc.sections[0]
        section.header.paragraphs[0].text = title
        _page_footer(section.footer.paragraphs[0], running)
    add_paragraph(doc, title, "Title")
    if not narrative:
        return doc
    add_paragraph(doc, "一、总体绩效目标", "Heading 2")
    add_paragraph(doc, sub.text(
        "坚持党建引领，继续推进乡村振兴，加大生态环保宣传监管力度，确保财政资金安全有效。"
        "全年重点完成村内道路硬化、排水沟改造和信访维稳工作，提升群众满意度。"
    ))
    add_paragraph(doc, "二、项目绩效目标表", "Heading 2")
    return doc


def _page_footer(par: object, pattern: str) -> None:
    """A footer paragraph like "第 {PAGE} 页 共 {NUMPAGES} 页" with live page fields."""
    from docx.text.paragraph import Paragraph

    assert isinstance(par, Paragraph)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in re.split(r"(\{[A-Z]+\})", pattern):
        if part.startswith("{"):
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), part.strip("{}"))
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            par._p.append(field)
        elif part:
            par.add_run(part)


def repeat_header(table: Table, rows: int = 1) -> None:
    """Mark the first rows as header rows repeated on each page (表格属性 → 标题行重复)."""
    for row in table.rows[:rows]:
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def build_docx(path: Path, sub: Submission, body: Callable[[DocxDocument], None],
               running: str | None = None, narrative: bool = True) -> None:
    doc = start(sub, running=running, narrative=narrative)
    body(doc)
    save(doc, path)


@sample(src("long_table_repeated_header"), no_golden=WORD_SOURCE)
def long_table_repeated_header_docx(path: Path) -> None:
    """Word source: a key-value table, then an indicator table over three pages with its
    header row repeated; a second project after it."""

    def body(doc: DocxDocument) -> None:
        add_paragraph(doc, "1. 村内道路硬化工程项目绩效目标表", "Heading 3")
        add_grid_table(doc, key_rows(
            "村内道路硬化工程",
            "预算数860万元。其中：财政资金860万元。主要用于我镇12个村村内主次道路硬化及排水边沟建设。",
            "\n目标1：完成12个村村内主次道路硬化\n目标2：同步建设排水边沟，雨季道路不积水",
        ))
        add_paragraph(doc, "")
        table = add_grid_table(doc, [HEADER, *road_indicator_rows(VILLAGES)])
        repeat_header(table)
        heading, rows = DONGDITOU.project(1)
        add_paragraph(doc, f"2. {heading}", "Heading 3")
        add_grid_table(doc, rows)

    build_docx(path, DONGDITOU, body, running="第 {PAGE} 页 共 {NUMPAGES} 页")


@sample(src("long_table_no_header"), no_golden=WORD_SOURCE)
def long_table_no_header_docx(path: Path) -> None:
    """Word source: one project's whole table over three pages, no header repeated."""

    def body(doc: DocxDocument) -> None:
        add_paragraph(doc, "1. 村内道路及边沟建设项目绩效目标表", "Heading 3")
        rows = key_rows(
            "村内道路及边沟建设",
            "预算数1260万元。其中：财政资金1000万元，政府性基金260万元。主要用于我镇村内道路硬化及排水边沟建设。",
            "\n目标1：完成村内主次道路硬化\n目标2：同步建设排水边沟，雨季道路不积水\n目标3：群众出行便利",
        )
        villages = (*VILLAGES, *(v.replace("村", "新村") for v in VILLAGES[:2]))
        add_grid_table(doc, [*rows, HEADER, *road_indicator_rows(villages)])

    build_docx(path, PANZHUANG, body, running="- {PAGE} -")


def small(rows: Rows) -> Rows:
    """A project table without its title row, blank rows and empty indicator rows (a
    short table); the 一级指标 of a dropped row goes to the next row of its group."""
    out: Rows = []
    carry = ""
    for r in rows:
        if not any(c.strip() for c in r) or r == ["项目绩效目标指标表"]:
            continue
        if len(r) == 6 and r != HEADER and not any(c.strip() for c in r[2:]):
            carry = carry or r[0]
            continue
        if carry and len(r) == 6 and not r[0]:
            r = [carry, *r[1:]]
        carry = ""
        out.append(r)
    return out


@sample(src("two_tables_one_page"), no_golden=WORD_SOURCE)
def two_tables_one_page_docx(path: Path) -> None:
    """Word source: two small project tables on one page."""

    def body(doc: DocxDocument) -> None:
        section = doc.sections[0]
        section.top_margin = section.bottom_margin = Cm(1.8)
        for n, i in enumerate((5, 7), start=1):
            heading, rows = QILIHAI.project(i)
            add_paragraph(doc, f"{n}. {heading}", "Heading 3")
            add_grid_table(doc, [r for r in small(rows) if "质量指标" not in r])

    build_docx(path, QILIHAI, body, narrative=False)


@sample(src("landscape"), no_golden=WORD_SOURCE)
def landscape_docx(path: Path) -> None:
    """Word source: narrative on a portrait page, two project tables on landscape pages."""

    def body(doc: DocxDocument) -> None:
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        for n, i in enumerate((8, 9), start=1):
            heading, rows = TAIPING.project(i)
            add_paragraph(doc, f"{n}. {heading}", "Heading 3")
            add_grid_table(doc, rows, widths=LANDSCAPE)

    build_docx(path, TAIPING, body)


LONG_TEXTS = {
    # three-level indicator → (description, value) written at length, Latin among Chinese
    "保证经费使用完成率": (
        "保证经费使用完成率，按照 Performance Budget 管理要求于每季度末核对支出进度",
        "100%",
    ),
    "经费使用完成时限": (
        "经费使用完成时限以国库集中支付系统 (treasury payment system) 的支付日期为准",
        "2023年12月31日前",
    ),
}


@sample(src("narrow_columns"), no_golden=WORD_SOURCE)
def narrow_columns_docx(path: Path) -> None:
    """Word source: narrow columns, long texts wrapping over several lines in a cell."""

    def body(doc: DocxDocument) -> None:
        for n, i in enumerate((3, 8), start=1):
            heading, rows = TAIPING.project(i)
            for row in rows:
                if len(row) == 6 and row[2] in LONG_TEXTS:
                    row[3], row[4] = LONG_TEXTS[row[2]]
            add_paragraph(doc, f"{n}. {heading}", "Heading 3")
            add_grid_table(doc, rows, widths=NARROW)

    build_docx(path, TAIPING, body)


SEED_DOCX = "seed/老庄子镇_2021.docx"
NO_BORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
              '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
              '</w:tblBorders>')


@sample(src("borderless"), no_golden=WORD_SOURCE)
def borderless_docx(path: Path) -> None:
    """Word source: the seed's twelve tables with every border set to none (a clerk's
    "no borders"), merged cells and all, so that its print draws no line."""
    with zipfile.ZipFile(SAMPLES / SEED_DOCX) as zin, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                xml = re.sub(r"<w:tblBorders>.*?</w:tblBorders>", "", xml, flags=re.S)
                xml = re.sub(r"<w:tcBorders>.*?</w:tcBorders>", "", xml, flags=re.S)
                xml = re.sub(r"(<w:tblPr>)", r"\1" + NO_BORDERS, xml)
                data = xml.encode("utf-8")
            zout.writestr(item, data)


# --- PDFs printed by LibreOffice --------------------------------------------------------


def _printed(name: str) -> None:
    def printed(target: Path) -> None:
        convert(SAMPLES / src(name), target, "pdf")

    printed.__doc__ = f"The Word source {name}.docx printed to PDF by LibreOffice."
    sample(pdf(name), converted_from=src(name), golden_without_hash=True)(printed)


for _name in ("long_table_repeated_header", "long_table_no_header", "two_tables_one_page",
              "landscape", "narrow_columns", "borderless"):
    _printed(_name)


# --- PDFs edited after printing ---------------------------------------------------------

BASE = pdf("two_tables_one_page")  # one page: the edited samples stay small


def qpdf(*args: str) -> None:
    exe = shutil.which("qpdf")
    if exe is None:
        raise QpdfMissing("qpdf is not installed (apt-get install qpdf)")
    subprocess.run([exe, *args], check=True, capture_output=True, timeout=120)


def edit_streams(source: Path, target: Path, edit: Callable[[str], str]) -> None:
    """Rewrite a PDF's uncompressed text (QDF form) and write it back compressed."""
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as tmp:
        qdf, fixed = Path(tmp) / "qdf.pdf", Path(tmp) / "fixed.pdf"
        qpdf("--qdf", "--object-streams=disable", str(source), str(qdf))
        text = qdf.read_bytes().decode("latin-1")
        qdf.write_bytes(edit(text).encode("latin-1"))
        fix = shutil.which("fix-qdf")
        if fix is None:
            raise QpdfMissing("fix-qdf (part of qpdf) is not installed")
        with qdf.open("rb") as fin, fixed.open("wb") as fout:
            subprocess.run([fix], stdin=fin, stdout=fout, check=True, timeout=120)
        qpdf("--deterministic-id", "--compress-streams=y", "--object-streams=generate",
             str(fixed), str(target))


TEXT_OBJECT = re.compile(r"^BT\n.*?^ET\n", re.MULTILINE | re.DOTALL)


def watermark_pdf(text: str, sizes: list[tuple[float, float]], grey: float = 0.75,
                  size: int = 48) -> bytes:
    """A PDF whose pages (of `sizes`, in points) each have `text` typed three times across
    them at 35°, in light grey, in the standard Chinese font STSong-Light (not embedded:
    the viewer's own, as a publishing system writes it)."""
    hexed = text.encode("utf-16-be").hex().upper().encode()
    c, s_ = math.cos(math.radians(35)), math.sin(math.radians(35))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(sizes))), len(sizes)),
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            b"/DescendantFonts [4 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R "
            b"/DW 1000 >>",
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 "
            b"1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"]
    for i, (w, h) in enumerate(sizes):
        draws = b"".join(
            b"BT /F1 %d Tf %.3f %.3f %.3f %.3f %.1f %.1f Tm %.2f g <%s> Tj ET\n"
            % (size, c, s_, -s_, c, w * 0.12, h * y, grey, hexed) for y in (0.15, 0.45, 0.75))
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % (w, h, 7 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draws), draws))
    return objects_pdf(objs)


@sample(pdf("watermarked"), converted_from=BASE, golden_without_hash=True)
def watermarked(target: Path) -> None:
    """仅供政府信息公开使用 typed across the page at 35°, in light grey, laid over it by
    qpdf as a publishing site does: its characters fall into the table's cells."""
    doc = pdfium.PdfDocument(SAMPLES / BASE)
    sizes = [doc[i].get_size() for i in range(len(doc))]
    doc.close()
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as tmp:
        mark = Path(tmp) / "mark.pdf"
        mark.write_bytes(watermark_pdf("仅供政府信息公开使用", sizes))
        qpdf("--deterministic-id", str(SAMPLES / BASE), "--overlay", str(mark), "--to=1-z",
             "--from=1-z", "--", str(target))


@sample(pdf("fake_bold"), converted_from=BASE, golden_without_hash=True)
def fake_bold(target: Path) -> None:
    """Every text object drawn a second time 0.35 pt to the right (fake bold, as WPS
    prints a bold run in a font without a bold face)."""
    edit_streams(SAMPLES / BASE, target,
                 lambda t: TEXT_OBJECT.sub(lambda m: m[0] + "q 1 0 0 1 0.35 0 cm\n" + m[0]
                                           + "Q\n", t))


BFCHAR = re.compile(r"^(<[0-9A-Fa-f]+>) <([0-9A-Fa-f]{4})>$", re.MULTILINE)


@sample(pdf("garbage_private_use"), converted_from=BASE, no_golden=UNREADABLE)
def garbage_private_use(target: Path) -> None:
    """The fonts' Unicode maps point into the private-use area: the text layer reads as
    nonsense (as with fonts that carry their own private code points)."""
    counter = iter(range(0xE000, 0xF8FF))
    edit_streams(SAMPLES / BASE, target,
                 lambda t: BFCHAR.sub(lambda m: f"{m[1]} <{next(counter):04X}>", t))


@sample(pdf("radicals"), converted_from=BASE, golden_without_hash=True)
def radicals(target: Path) -> None:
    """The fonts' Unicode maps give the radical of the same shape for every ideograph that
    has one (目 as U+2F6C, 门 as U+2ED4, 工 as U+2F2F), as Chrome's PDFs and some Word and
    WPS exports do: the page looks the same, the text layer holds radicals."""
    from jixiao.hanzi import RADICALS

    radical_of: dict[str, int] = {}
    for cp, ideograph in sorted(RADICALS.items()):  # the Kangxi radical, where both have it
        radical_of[ideograph] = cp

    def swap(m: re.Match[str]) -> str:
        ch = chr(int(m[2], 16))
        return f"{m[1]} <{radical_of.get(ch, ord(ch)):04X}>"

    edit_streams(SAMPLES / BASE, target, lambda t: BFCHAR.sub(swap, t))


@sample(pdf("garbage_no_unicode_map"), converted_from=BASE, no_golden=UNREADABLE)
def garbage_no_unicode_map(target: Path) -> None:
    """The fonts lose their Unicode maps and their glyph names: pdfminer can only say
    (cid:N) for each character."""

    def edit(t: str) -> str:
        t = re.sub(r"^\s*/ToUnicode \d+ 0 R\n", "", t, flags=re.MULTILINE)
        return re.sub(r"/Differences \[[^\]]*\]", "/Differences [ 0 ]", t)

    edit_streams(SAMPLES / BASE, target, edit)


@sample(pdf("encrypted_user_password"), converted_from=BASE, no_golden=UNREADABLE)
def encrypted_user_password(target: Path) -> None:
    """Encrypted with a user password (it cannot be opened without it)."""
    qpdf("--static-id", "--static-aes-iv", "--encrypt", "jixiao", "owner", "256", "--",
         str(SAMPLES / BASE), str(target))


@sample(pdf("owner_password_only"), converted_from=BASE, golden_without_hash=True)
def owner_password_only(target: Path) -> None:
    """Protected by an owner password only (no printing, no copying): it opens and reads."""
    qpdf("--static-id", "--static-aes-iv", "--encrypt", "", "owner", "256",
         "--print=none", "--extract=n", "--modify=none", "--",
         str(SAMPLES / BASE), str(target))


@sample(pdf("scan_no_text_layer"), converted_from=BASE, no_golden=UNREADABLE)
def scan_no_text_layer(target: Path) -> None:
    """The page as a picture (a scan of the stamped copy), with no text layer."""
    import pypdfium2
    from PIL import Image

    doc = pypdfium2.PdfDocument(str(SAMPLES / BASE))
    try:
        image = doc[0].render(scale=60 / 72, grayscale=True).to_pil()
    finally:
        doc.close()
    assert isinstance(image, Image.Image)
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=60.0, creationDate=None, modDate=None)
    target.write_bytes(buf.getvalue())


# --- a second PDF writer -----------------------------------------------------------------

SUINING_DOCX = "real/2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）.docx"


@sample(f"pdf_variants/chrome/{Path(SUINING_DOCX).stem}.pdf", converted_from=SUINING_DOCX,
        golden_without_hash=True)
def chrome_print(target: Path) -> None:
    """A real 自评表 printed by Chrome (LibreOffice's HTML of the Word file, then
    `chromium --print-to-pdf`): another writer's table drawing, Type 3 fonts, and a text
    layer of radicals (项⽬, ⽬标2:), whose items must still start their own lines."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SofficeMissing("chromium is not installed (apt-get install chromium)")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-chrome-") as tmp:
        page = Path(tmp) / "page.html"
        convert(SAMPLES / SUINING_DOCX, page, "html:XHTML Writer File:UTF8")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={target}", str(page)],
                       check=True, capture_output=True, timeout=120)


# --- tiny hand-made PDFs (tests and the benchmark build these at run time) --------------


def minimal_pdf(content: bytes, *, size: tuple[float, float] = (595, 842),
                cid_font: bool = False, rotate: int = 0) -> bytes:
    """A one-page PDF drawing `content` with font /F1: Helvetica, or (cid_font) a
    two-byte Identity-H font with no Unicode map at all, as some exporters write; with
    `rotate`, the page is shown turned by that many degrees (/Rotate)."""
    if cid_font:
        font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
                b"/DescendantFonts [6 0 R] >>")
    else:
        font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Rotate %d " % (*size, rotate)
        + b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] "
        b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
    ]
    return objects_pdf(objects)


def objects_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 0 obj the first, the catalog) with its cross-references."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def ruled_grid_content(lines: int, *, step: float = 4.0) -> bytes:
    """A page ruled into lines × lines cells: a pathological page for a table finder."""
    parts = [b"BT /F1 10 Tf 20 10 Td (grid) Tj ET\n0.1 w\n"]
    top = 20 + lines * step
    for i in range(lines + 1):
        at = 20 + i * step
        parts.append(b"20 %g m %g %g l S\n%g 20 m %g %g l S\n" % (at, top, at, at, at, top))
    return b"".join(parts)
