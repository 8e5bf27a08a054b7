"""Layouts unlike the seed in PDF and Excel: PDFs that are not plain prints of our docx,
clerks' workbooks, and quirky text exports.
`tests/documents/test_layouts_unlike_the_seed_in_pdf_and_excel.py` pins what a human reader
takes.

PDFs (LibreOffice prints, with table properties other than ours): an indicator table of
its own whose header row repeats on every page while a merged 一级指标 cell runs over the
page break; a project whose 项目名称 rows sit at the bottom of page 1 and indicators on
page 2; two small projects on one page, drawn with only horizontal rules, wide cell
margins and exact row heights; and LibreOffice Calc's print of a workbook (a second way
of drawing tables).  Workbooks: several projects stacked on one sheet between blank and
title rows, numbers stored as numbers (0.00, #,##0, 0%: 0.95 shown as 95%), a 时效 date
stored as an Excel date, a 部门预算 summary sheet that is no project, and the same
workbook as .xls.  Text: Word's export with CRLF, a BOM, TABs inside cells, trailing
spaces, rows of different lengths and form feeds between pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from openpyxl.worksheet.properties import PageSetupProperties

from samples.layouts_unlike_the_seed import write_text
from samples.registry import sample
from samples.soffice import convert
from samples.templates import (
    C,
    Doc,
    Grid,
    _fixed_modified,
    kv,
    levels_down,
    write_docx,
    write_xlsx,
)
from samples.wordgen import FIXED_DATE, save, write_zip_deterministic

DIR = "layouts_unlike_the_seed_in_pdf_and_excel"
HEADER = ("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据")


# --- 岗底镇 2023: the indicator table on its own, header repeated, 一级 over the break ---


def _long_rows() -> list[list[str]]:
    works = ["村内道路硬化", "排水沟渠清淤", "路灯安装维护", "公厕改造", "垃圾收集点建设",
             "村庄绿化补植", "河道护坡整治", "文化广场修缮", "便民桥梁维修", "饮水管网改造",
             "农田机耕路修复", "健身器材安装", "村务公开栏更新", "危旧房屋排查", "消防设施配备",
             "防汛物资储备", "秸秆禁烧巡查", "畜禽粪污治理", "农村厕所粪污清运", "坑塘整治"]
    rows = [["产出指标", "数量指标", f"完成{w}任务（第{i}项，按年度计划逐村实施并建立台账）",
             f"{i + 2}处", "年度计划"] for i, w in enumerate(works, 1)]
    rows += [
        ["产出指标", "质量指标", "工程验收合格率", "100%", "行业标准"],
        ["产出指标", "时效指标", "项目完工时间", "2023年11月底前", "年度计划"],
        ["效益指标", "社会效益指标", "受益群众", "≥1.2万人次", "统计数据"],
        ["效益指标", "社会效益指标", "安全事故", "0起（安全事故）", "工作经验"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "工作经验"],
    ]
    return rows


def repeated_header() -> Doc:
    """Project fields in one table, the indicators in a second whose header row repeats
    on each page; the 产出指标 cell is merged down over the page break."""
    info = Grid(4)
    kv(info, "项目名称", "美丽乡村建设提升工程")
    info.add("预算数（万元）", "260", "其中：财政资金（万元）", "260")
    kv(info, "年度绩效目标", "完成20类村庄基础设施提升任务，改善人居环境。")
    ind = Grid(5)
    ind.add(*HEADER)
    ind.rows.extend(levels_down(_long_rows(), 2))
    return Doc("岗底镇2023年项目绩效目标表", ["岗底镇2023年项目绩效目标表", info, ind])


def _repeat_header_rows(table: Table) -> None:
    """Mark the first row as a header repeated on each page, let rows break across pages."""
    if table.rows[0].cells[0].text.strip() != HEADER[0]:
        return
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


# --- 石门镇 2022: the project table starts at the bottom of page 1 ----------------------


def bottom_of_page() -> Doc:
    """Narrative fills page 1; only the 项目名称 and budget rows fit under it, the
    indicators continue on page 2."""
    g = Grid(5)
    kv(g, "项目名称", "农村饮水安全巡查")
    kv(g, "项目资金主要用途", "预算数18.5万元，全部为财政资金。主要用于全镇饮水工程日常巡查维护。")
    g.add(C("资金支出计划", down=2), "第一季度", "第二季度", "第三季度", "第四季度")
    g.add("25%", "50%", "75%", "100%")
    kv(g, "年度绩效目标", "保障全镇32个村饮水安全，水质达标。")
    g.add(*HEADER)
    g.rows.extend(levels_down([
        ["产出指标", "数量指标", "巡查行政村", "32个", "年度计划"],
        ["产出指标", "数量指标", "水质检测", "不少于3次/年", "行业标准"],
        ["产出指标", "质量指标", "水质达标率", "≥95%", "行业标准"],
        ["产出指标", "时效指标", "问题整改时限", "30日内", "工作经验"],
        ["产出指标", "成本指标", "巡查维护成本", "18.5万元以内", "预算批复"],
        ["效益指标", "社会效益指标", "饮水安全事故", "无（重大安全事故）", "工作经验"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "95%（含）以上", "工作经验"],
    ], 2))
    intro = ("石门镇位于县境西部，辖32个行政村，总人口2.6万人。本年度镇政府围绕农村饮水安全、"
             "人居环境整治和基层治理，统筹安排财政资金，严格执行预算管理制度，"
             "确保各项资金用于保障和改善民生。")
    blocks: list[str | Grid] = ["石门镇2022年度项目支出绩效目标", *[intro] * 9, g]
    return Doc("石门镇2022年度项目支出绩效目标", blocks)


# --- 北冶乡 2024: two small projects on one page, only horizontal rules ------------------


def _small(name: str, budget: str, rows: list[list[str]]) -> Grid:
    g = Grid(5)
    kv(g, "项目名称", name)
    kv(g, "预算数", budget)
    kv(g, "绩效目标", f"按计划完成{name}。")
    g.add(*HEADER)
    g.rows.extend(levels_down(rows, 2))
    return g


def two_on_a_page() -> Doc:
    """Two short project tables on one page, drawn with horizontal rules only (no
    vertical borders), wide cell margins and exact row heights."""
    p1 = _small("乡村保洁经费", "12万元", [
        ["产出指标", "数量指标", "保洁员人数", "30名", "年度计划"],
        ["产出指标", "时效指标", "保洁经费发放", "每月10日前", "工作经验"],
        ["效益指标", "生态效益指标", "村容村貌", "明显改善", "工作经验"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90分", "工作经验"],
    ])
    p2 = _small("护林防火经费", "8.6万元", [
        ["产出指标", "数量指标", "护林员", "1.2万余人", "年度计划"],
        ["产出指标", "时效指标", "防火期巡护", "2024年末", "工作经验"],
        ["效益指标", "社会效益指标", "森林火灾", "零发生", "工作经验"],
    ])
    return Doc("北冶乡2024年项目绩效目标", ["北冶乡2024年项目绩效目标", p1, p2])


def _horizontal_rules(table: Table) -> None:
    """Only top, bottom and inside horizontal borders; cell margins 0.3 cm; exact
    row heights of 0.9 cm."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")) + tbl_pr.findall(qn("w:tblStyle")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        borders.append(b)
    for side in ("left", "right", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tbl_pr.append(borders)
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right", "top", "bottom"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "170")
        m.set(qn("w:type"), "dxa")
        mar.append(m)
    tbl_pr.append(mar)
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), "510")
        h.set(qn("w:hRule"), "atLeast")
        tr_pr.append(h)


def write_docx_with(tweak: Callable[[Table], None]) -> Callable[[Doc, Path], None]:
    """write_docx, then change every table's properties with `tweak`."""
    def write(doc: Doc, target: Path) -> None:
        write_docx(doc, target)
        d = Document(str(target))
        for table in d.tables:
            tweak(table)
        save(d, target)

    return write


# --- 南甸镇 2023 workbook: stacked projects, typed numbers, a summary sheet ---------------


def _typed(text: str, value: float | datetime, fmt: str) -> C:
    return C(text, value=value, fmt=fmt)


def clerk_workbook() -> Doc:
    """A summary sheet (部门预算收支总表, no project) and one sheet with two projects
    stacked under title rows and blank rows; key-value rows merged across; numbers
    stored as numbers (#,##0 / 0.00 / 0%), a date in a 时效 row."""
    summary = Grid(4)
    summary.add(C("南甸镇2023年部门预算收支总表", 4))
    summary.add("收入项目", "预算数", "支出项目", "预算数")
    summary.add("一般公共预算拨款", _typed("1,250", 1250, "#,##0"), "一般公共服务支出",
                _typed("900", 900, "#,##0"))
    summary.add("收入合计", _typed("1,250", 1250, "#,##0"), "支出合计",
                _typed("1,250", 1250, "#,##0"))

    def project(name: str, wan: float, rows: list[list[str | C]]) -> Grid:
        g = Grid(5)
        kv(g, "项目名称", name)
        g.add("预算数（万元）", C(f"{wan:.2f}", 4, value=wan, fmt="0.00"))
        g.add(C("资金支出计划", down=2), "一季度", "二季度", "三季度", "四季度")
        g.add(*[_typed(f"{q}%", q / 100, "0%") for q in (25, 50, 75, 100)])
        kv(g, "年度绩效目标", f"完成{name}年度任务。")
        g.add(*HEADER)
        texts = [[c.text if isinstance(c, C) else c for c in r] for r in rows]
        out = levels_down(texts, 2)
        for o, r in zip(out, rows, strict=True):
            if isinstance(r[3], C):
                o[-2] = r[3]
        g.rows.extend(out)
        return g

    p1 = project("村级公益事业建设", 86.5, [
        ["产出指标", "数量指标", "新建村级文化广场", _typed("3", 3, "0"), "年度计划"],
        ["产出指标", "数量指标", "硬化道路面积", _typed("12,600", 12600, "#,##0"), "年度计划"],
        ["产出指标", "质量指标", "验收合格率", _typed("100%", 1.0, "0%"), "行业标准"],
        ["产出指标", "时效指标", "完工时间",
         _typed("2023年10月31日", datetime(2023, 10, 31), 'yyyy"年"m"月"d"日"'), "年度计划"],
        ["产出指标", "成本指标", "工程成本", _typed("86.50", 86.5, "0.00"), "预算批复"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", _typed("95%", 0.95, "0%"),
         "工作经验"],
    ])
    p2 = project("困难群众临时救助", 20.0, [
        ["产出指标", "数量指标", "救助人次", "不少于150人次", "年度计划"],
        ["产出指标", "时效指标", "救助发放时间",
         _typed("2023/12/31", datetime(2023, 12, 31), "yyyy/m/d"), "上级要求"],
        ["效益指标", "社会效益指标", "困难群众基本生活", "有效保障", "工作经验"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", _typed("98.5%", 0.985, "0.0%"),
         "工作经验"],
    ])
    title = "南甸镇2023年度项目支出绩效目标表"
    sheets: list[tuple[str, list[str | Grid]]] = [
        ("收支总表", [summary]),
        ("项目绩效", [title, "单位：南甸镇人民政府", p1, "", title, p2]),
    ]
    blocks = [b for _n, bs in sheets for b in bs]
    return Doc("南甸镇2023年部门预算", blocks, sheets=sheets)


def write_xlsx_fit_width(doc: Doc, target: Path) -> None:
    """write_xlsx with each sheet's print set to one page wide, as clerks set it before
    printing (without it Calc prints the last columns on pages of their own)."""
    write_xlsx(doc, target)
    wb = openpyxl.load_workbook(target)
    for ws in wb.worksheets:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.properties.created = wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    write_zip_deterministic(_fixed_modified(buf.getvalue()), target)


# --- 上寨乡 2021 text export with quirks -----------------------------------------------


def quirky_text() -> Doc:
    g = Grid(6)
    kv(g, "项目名称", "乡村学校少年宫运行经费  ")
    kv(g, "项目资金主要用途", "预算数6万元，全部为财政资金。主要用于少年宫活动器材及辅导员补助。")
    kv(g, "绩效目标", "开展少年宫活动\t不少于40次")
    g.add("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
    g.rows.extend(levels_down([
        ["产出指标", "数量指标", "开展活动次数", "全年开展活动", "不少于40次", "年度计划"],
        ["产出指标", "质量指标", "活动安全", "活动期间安全", "无安全事故 ", "工作经验"],
        ["产出指标", "时效指标", "活动完成时间", "年底前完成", "2021年底", "年度计划"],
        ["效益指标", "社会效益指标", "受益学生", "参加活动学生人数", "≥600人", "统计数据"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "学生及家长满意度", "95%及以上",
         "工作经验"],
    ], 2))
    return Doc("上寨乡2021年项目绩效目标表", ["上寨乡2021年项目绩效目标表", g])


def write_quirky_text(doc: Doc, target: Path) -> None:
    """Word's text export, then the quirks: a BOM, CRLF line ends, a form feed before
    the indicator header, trailing spaces on cells, a TAB inside the goal cell (its second
    half becomes a cell of its own), and a 满意度 row with an extra empty cell."""
    write_text(doc, target)
    text = target.read_text(encoding="utf-8")
    text = text.replace("\t一级指标\n", "\f\t一级指标\n", 1)
    text = text.replace("\t学生及家长满意度\n", "\t学生及家长满意度   \n", 1)
    text = text.replace("\t工作经验\n\n", "\t工作经验\n\t\n\n")  # ragged rows
    target.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))


# --- registration -------------------------------------------------------------------------

Writer = Callable[[Doc, Path], None]
VARIANTS: dict[str, tuple[Callable[[], Doc], Writer]] = {
    f"{DIR}/岗底镇_重复表头.docx": (repeated_header, write_docx_with(_repeat_header_rows)),
    f"{DIR}/石门镇_页底起表.docx": (bottom_of_page, write_docx),
    f"{DIR}/北冶乡_横线表.docx": (two_on_a_page, write_docx_with(_horizontal_rules)),
    f"{DIR}/南甸镇_部门预算.xlsx": (clerk_workbook, write_xlsx_fit_width),
    f"{DIR}/上寨乡_导出.txt": (quirky_text, write_quirky_text),
}
# (source, LibreOffice target): PDFs from Writer and from Calc, .xls from Calc
CONVERTED: tuple[tuple[str, str], ...] = (
    (f"{DIR}/岗底镇_重复表头.docx", "pdf"),
    (f"{DIR}/石门镇_页底起表.docx", "pdf"),
    (f"{DIR}/北冶乡_横线表.docx", "pdf"),
    (f"{DIR}/南甸镇_部门预算.xlsx", "pdf"),
    (f"{DIR}/南甸镇_部门预算.xlsx", "xls"),
)


def _register(path: str, build: Callable[[], Doc], write: Writer) -> None:
    def make(target: Path) -> None:
        write(build(), target)

    make.__doc__ = (build.__doc__ or path).strip().splitlines()[0]
    sample(path)(make)


def _register_converted(source: str, target_format: str) -> None:
    def make(target: Path) -> None:
        convert(Path(__file__).resolve().parent / source, target, target_format)

    make.__doc__ = f"LibreOffice's {target_format} of {source}"
    stem = source.rsplit(".", 1)[0]
    sample(f"{stem}.{target_format}", converted_from=source)(make)


for _path, (_build, _write) in VARIANTS.items():
    _register(_path, _build, _write)
for _source, _fmt in CONVERTED:
    _register_converted(_source, _fmt)
