"""Other templates in the wild, each as .docx, .xlsx and .pdf from one spec.

Each variant is a small submission of seed-like projects (other townships, 2022) in one
template: the national style with separate 指标性质, 度量单位 and 权重; its 绩效自评表 at
year end; four-column tables with 效果指标; a 部门整体支出绩效目标表; a merged label
column with 指标内容 and 评(扣)分标准; 中长期 and 年度 blocks side by side; one wide
sheet.  A variant is written once as `Doc` (paragraphs and tables whose cells carry
their spans), and `write_docx` / `write_xlsx` render it; the PDF is LibreOffice's print
of the .docx.  Excel cells hold typed numbers with number formats where clerks' files do
(3309840 as #,##0.00, 0.9837 as 0.00%, dates), so that the reader shows them as Excel
does.  The national workbook has one sheet per project, a hidden sheet and styled empty
rows after the table; the others put every project on one sheet.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import openpyxl
from docx.enum.section import WD_ORIENT
from docx.shared import Cm
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samples.registry import sample
from samples.soffice import convert
from samples.wordgen import FIXED_DATE, add_paragraph, new_document, save, write_zip_deterministic

DIR = "templates"


# --- the spec ---------------------------------------------------------------------------


@dataclass(frozen=True)
class C:
    """A cell: its text, how many columns and rows it spans, and optionally the typed
    value and number format an Excel file holds instead of the text."""

    text: str
    span: int = 1
    down: int = 1
    value: float | datetime | None = None
    fmt: str | None = None


Cellish = C | str


@dataclass
class Grid:
    ncols: int
    rows: list[list[Cellish]] = field(default_factory=list)

    def add(self, *cells: Cellish) -> Grid:
        self.rows.append(list(cells))
        return self


@dataclass
class Doc:
    title: str
    blocks: list[str | Grid]
    # Excel: sheet name → the blocks on it; None puts every block on one sheet
    sheets: list[tuple[str, list[str | Grid]]] | None = None
    hidden: list[tuple[str, list[str | Grid]]] = field(default_factory=list)
    trailing_styled_rows: int = 0  # empty rows with borders after the content
    landscape: bool = False


def cell(c: Cellish) -> C:
    return c if isinstance(c, C) else C(c)


def place(grid: Grid) -> list[tuple[int, int, C]]:
    """(row, column, cell) of every cell, skipping the places spans from above cover."""
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, C]] = []
    for r, row in enumerate(grid.rows):
        c = 0
        for raw in row:
            x = cell(raw)
            while (r, c) in taken:
                c += 1
            out.append((r, c, x))
            taken.update((rr, cc) for rr in range(r, r + x.down) for cc in range(c, c + x.span))
            c += x.span
    return out


# --- writers ------------------------------------------------------------------------------


def write_docx(doc: Doc, target: Path) -> None:
    d = new_document(doc.title)
    if doc.landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    usable = 25.0 if doc.landscape else 16.4
    for block in doc.blocks:
        if isinstance(block, str):
            add_paragraph(d, block, _style(block))
            continue
        table = d.add_table(rows=len(block.rows), cols=block.ncols)
        table.style = "Table Grid"
        table.autofit = False
        width = Cm(usable / block.ncols)
        for row in table.rows:
            for c in row.cells:
                c.width = width
        for r, c, x in place(block):
            target_cell = table.cell(r, c)
            if x.span > 1 or x.down > 1:
                target_cell = target_cell.merge(table.cell(r + x.down - 1, c + x.span - 1))
            lines = x.text.split("\n")
            target_cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                target_cell.add_paragraph(line)
    save(d, target)


def _style(text: str) -> str | None:
    if text.startswith("第") and "部分" in text[:5]:
        return "Heading 1"
    if text[:2] in ("一、", "二、", "三、"):
        return "Heading 2"
    if text.endswith("表"):
        return "Heading 3"
    return None


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


def write_xlsx(doc: Doc, target: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for name, blocks in doc.sheets or [("Sheet1", doc.blocks)]:
        _fill_sheet(wb.create_sheet(name), blocks, doc.trailing_styled_rows)
    for name, blocks in doc.hidden:
        ws = wb.create_sheet(name)
        _fill_sheet(ws, blocks, 0)
        ws.sheet_state = "hidden"
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = wb.properties.lastModifiedBy = "乡镇财政所"
    buf = io.BytesIO()
    wb.save(buf)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_zip_deterministic(_fixed_modified(buf.getvalue()), target)


def _fixed_modified(data: bytes) -> bytes:
    """openpyxl stamps docProps/core.xml with the time of saving: put the fixed date back
    so that an unchanged sample rebuilds byte for byte."""
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, part)
            dst.writestr(info, part)
    return out.getvalue()


def _fill_sheet(ws: Worksheet, blocks: list[str | Grid], trailing: int) -> None:
    r0 = 1
    width = max((b.ncols for b in blocks if isinstance(b, Grid)), default=6)
    for block in blocks:
        if isinstance(block, str):
            ws.cell(row=r0, column=1, value=block)
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=width)
            r0 += 1
            continue
        for r, c, x in place(block):
            value = x.value if x.value is not None else x.text or None
            xc = ws.cell(row=r0 + r, column=c + 1, value=value)
            if x.fmt:
                xc.number_format = x.fmt
            if x.span > 1 or x.down > 1:
                ws.merge_cells(start_row=r0 + r, start_column=c + 1,
                               end_row=r0 + r + x.down - 1, end_column=c + x.span)
        for rr in range(r0, r0 + len(block.rows)):
            for cc in range(1, block.ncols + 1):
                ws.cell(row=rr, column=cc).border = BOX
                ws.cell(row=rr, column=cc).alignment = WRAP
        r0 += len(block.rows) + 1  # a blank row between tables
    for rr in range(r0, r0 + trailing):  # formatted but empty: Excel's used range grows
        for cc in range(1, width + 1):
            ws.cell(row=rr, column=cc).border = BOX
    for cc in range(1, width + 1):
        ws.column_dimensions[get_column_letter(cc)].width = 16


# --- helpers for the usual rows -----------------------------------------------------------


def kv(grid: Grid, label: Cellish, value: Cellish) -> None:
    v = cell(value)
    grid.add(label, C(v.text, grid.ncols - 1, 1, v.value, v.fmt))


def money(yuan: float) -> C:
    """An amount in 元 as the clerk typed it: 3,309,840.00 (a number formatted in Excel)."""
    return C(f"{yuan:,.2f}", value=yuan, fmt="#,##0.00")


def wan(amount: float) -> C:
    return C(f"{amount:.2f}", value=amount, fmt="0.00")


def levels_down(rows: list[list[str]], merge_cols: int) -> list[list[Cellish]]:
    """Indicator rows with the first `merge_cols` columns merged down over equal runs."""
    out: list[list[Cellish]] = [[] for _ in rows]
    for col in range(len(rows[0])):
        r = 0
        while r < len(rows):
            n = 1
            if col < merge_cols:
                while (r + n < len(rows) and rows[r + n][col] == rows[r][col]
                       and all(rows[r + n][k] == rows[r][k] for k in range(col))):
                    n += 1
            out[r].append(C(rows[r][col], down=n) if n > 1 else rows[r][col])
            r += n
    return out


# --- the projects: seed-like data -----------------------------------------------------------

# 柳河镇 2022: national style targets, and the self-evaluation of the same projects.
# (一级, 二级, 三级, 指标性质, 指标值, 度量单位, 权重, 依据, 实际完成值, 得分, 偏差原因)
LIUHE: list[dict[str, object]] = [
    {
        "name": "村级组织运转经费", "code": "130521220001",
        "funding": [("(一)财政拨款小计", 3309840.0), ("1、一般公共预算", 2809840.0),
                    ("2、政府性基金", 500000.0), ("(二)其他资金", 0.0)],
        "total": 3309840.0, "spent_wan": 325.60, "rate": 0.9837, "budget_score": "9.84",
        "goals": "目标1：保障全镇24个村级组织正常运转，村干部报酬按时足额发放\n"
                 "目标2：开展党员教育培训，提升基层组织服务能力",
        "achieved": "24个村级组织正常运转，村干部报酬全部按时发放；培训党员650人次。",
        "rows": [
            ("产出指标", "数量指标", "保障村级组织数量", "≥", "24", "个", "10", "年度计划",
             "24个", "10", ""),
            ("产出指标", "数量指标", "党员教育培训人次", ">=", "600", "人次", "10", "工作经验",
             "650人次", "10", ""),
            ("产出指标", "质量指标", "村干部报酬足额发放率", "=", "100", "%", "10", "上级政策",
             "100%", "10", ""),
            ("产出指标", "时效指标", "资金拨付完成时间", "<=", "2022年12月31日", "", "10",
             "年度计划", "2022年12月20日", "10", ""),
            ("成本指标", "经济成本指标", "村级组织运转经费", "≤", "330.984", "万元", "10",
             "预算批复", "325.60万元", "10", ""),
            ("成本指标", "社会成本指标", "对村民生产生活的不利影响", "定性", "无明显影响", "",
             "5", "工作经验", "无明显影响", "5", ""),
            ("成本指标", "生态环境成本指标", "运转过程产生的环境污染", "定性", "不产生", "",
             "5", "工作经验", "未产生", "5", ""),
            ("效益指标", "社会效益指标", "基层组织服务群众能力", "定性", "明显提升", "", "20",
             "工作经验", "明显提升", "18", "部分村服务阵地尚未改造，下年度列入计划"),
            ("效益指标", "可持续影响指标", "村级组织长效运转机制", "定性", "健全", "", "10",
             "工作经验", "健全", "10", ""),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", "95", "%", "10",
             "工作经验", "96%", "10", ""),
        ],
    },
    {
        "name": "防汛抗旱专项经费", "code": "130521220002",
        "funding": [("(一)财政拨款小计", 200000.0), ("1、一般公共预算", 200000.0),
                    ("(二)其他资金", 0.0)],
        "total": 200000.0, "spent_wan": 18.50, "rate": 0.925, "budget_score": "9.25",
        "goals": "目标1：汛前储备防汛物资，汛期无因灾死亡\n目标2：完成河道巡查和应急演练",
        "achieved": "储备防汛物资3批，汛期无因灾死亡；完成应急演练2次。",
        "rows": [
            ("产出指标", "数量指标", "防汛物资储备批次", "≥", "3", "批", "20", "年度计划",
             "3批", "20", ""),
            ("产出指标", "质量指标", "物资验收合格率", "=", "100", "%", "15", "行业标准",
             "100%", "15", ""),
            ("产出指标", "时效指标", "汛前准备完成时间", "≤", "2022年5月31日", "", "15",
             "上级要求", "2022年5月25日", "15", ""),
            ("成本指标", "经济成本指标", "物资采购成本", "<=", "20", "万元", "15", "预算批复",
             "18.5万元", "15", "集中采购价格下降，节约资金1.5万元"),
            ("效益指标", "社会效益指标", "汛期因灾死亡人数", "=", "0", "人", "15", "工作经验",
             "0人", "15", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "20",
             "工作经验", "93%", "20", ""),
        ],
    },
]


def _liuhe_rows(p: dict[str, object]) -> list[tuple[str, ...]]:
    rows = p["rows"]
    assert isinstance(rows, list)
    return rows


def _date_cell(text: str) -> C:
    """A deadline typed into Excel as a date, shown as 2022年12月31日."""
    y, rest = text.split("年")
    m, rest = rest.split("月")
    d = rest.rstrip("日")
    return C(text, value=datetime(int(y), int(m), int(d)), fmt='yyyy"年"m"月"d"日"')


def national_table(p: dict[str, object]) -> Grid:
    g = Grid(8)
    kv(g, "项目名称", str(p["name"]))
    g.add("项目编码", C(str(p["code"]), 3), "主管部门", C("柳河镇人民政府", 3))
    funding = p["funding"]
    assert isinstance(funding, list)
    total = float(p["total"])  # type: ignore[arg-type]
    g.add(C("项目资金（元）", down=1 + len(funding)), C("年度资金总额", 2), _span(money(total), 5))
    for label, amount in funding:
        g.add(C(label, 2), _span(money(amount), 5))
    kv(g, "年度绩效目标", str(p["goals"]))
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）",
          "指标值确定依据")
    rows = [list(r[:8]) for r in _liuhe_rows(p)]
    for row in levels_down(rows, 2):
        row[4] = _date_cell(str(row[4])) if "年" in str(row[4]) else row[4]
        g.rows.append(row)
    return g


def _span(c: C, n: int) -> C:
    return C(c.text, n, c.down, c.value, c.fmt)


def self_eval_table(p: dict[str, object]) -> Grid:
    g = Grid(9)
    kv(g, "项目名称", str(p["name"]))
    g.add("主管部门", C("柳河镇人民政府", 3), "实施单位", C("柳河镇财政所", 4))
    total_wan = float(p["total"]) / 10000  # type: ignore[arg-type]
    spent = float(p["spent_wan"])  # type: ignore[arg-type]
    rate = C(f"{float(p['rate']) * 100:.2f}%", value=float(p["rate"]), fmt="0.00%")  # type: ignore[arg-type]
    g.add(C("项目资金（万元）", down=5), C("", 2), "年初预算数", "全年预算数", "全年执行数",
          "分值", "执行率", "得分")
    g.add(C("年度资金总额", 2), wan(total_wan), wan(total_wan), wan(spent), "10", rate,
          str(p["budget_score"]))
    g.add(C("其中：当年财政拨款", 2), wan(total_wan), wan(total_wan), wan(spent), "—", "—", "—")
    g.add(C("上年结转资金", 2), "0", "0", "0", "—", "—", "—")
    g.add(C("其他资金", 2), "0", "0", "0", "—", "—", "—")
    g.add(C("年度总体目标", down=2), C("预期目标", 4), C("实际完成情况", 4))
    g.add(C(str(p["goals"]), 4), C(str(p["achieved"]), 4))
    rows = [
        [f"{r[0]}(50分)" if r[0] == "产出指标" else r[0], r[1], r[2], _target_text(r), r[8],
         r[6], r[9], r[10]]
        for r in _liuhe_rows(p)
    ]
    g.add(C("绩效指标", down=len(rows) + 1), "一级指标", "二级指标", "三级指标", "年度指标值",
          "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    g.rows.extend(levels_down([[str(x) for x in r] for r in rows], 2))
    total = sum(float(r[6]) for r in _liuhe_rows(p))
    got = sum(float(r[9]) for r in _liuhe_rows(p))
    g.add(C("总分", 6), f"{total:g}", f"{got:g}", "")
    return g


def _target_text(r: tuple[str, ...]) -> str:
    """The target as one cell, the way a self-evaluation restates it: ≥24个."""
    op = {">=": "≥", "<=": "≤", "=": "", "定性": ""}.get(r[3], r[3])
    return f"{op}{r[4]}{r[5]}"


# --- the variants --------------------------------------------------------------------------


def national() -> Doc:
    titles = [f"{i}. {p['name']}项目绩效目标表" for i, p in enumerate(LIUHE, 1)]
    tables = [national_table(p) for p in LIUHE]
    blocks: list[str | Grid] = ["柳河镇2022年预算项目绩效目标"]
    for t, g in zip(titles, tables, strict=True):
        blocks += [t, g]
    old = national_table(LIUHE[1])
    old.rows[0] = ["项目名称", C("防汛抗旱专项经费（旧版，作废）", 7)]
    return Doc(
        "柳河镇2022年预算项目绩效目标", blocks,
        sheets=[(str(p["name"]), [t, g]) for p, t, g in zip(LIUHE, titles, tables, strict=True)],
        hidden=[("旧版", ["防汛抗旱专项经费项目绩效目标表", old])],
        trailing_styled_rows=40,
    )


def self_evaluation() -> Doc:
    blocks: list[str | Grid] = ["柳河镇2022年度项目支出绩效自评", "（2022年度）"]
    for i, p in enumerate(LIUHE, 1):
        blocks += [f"{i}. {p['name']}项目支出绩效自评表", self_eval_table(p)]
    return Doc("柳河镇2022年度项目支出绩效自评", blocks, landscape=True)


def four_column() -> Doc:
    """东坝乡: the seed's key rows, 效果指标, 成本指标 under 产出指标, four columns."""
    projects = [
        ("农村人居环境整治经费",
         "预算数80万元。其中：一般公共预算80万元。主要用于全乡12个村垃圾清运及公厕保洁。",
         "目标1：全乡12个村生活垃圾日产日清\n目标2：村容村貌明显改善",
         [("产出指标", "数量指标", "垃圾清运村数", "12个"),
          ("产出指标", "质量指标", "垃圾清运及时率", "≥98%"),
          ("产出指标", "时效指标", "完成时限", "2022年12月底前"),
          ("产出指标", "成本指标", "垃圾清运费用", "80万"),
          ("效果指标", "社会效益指标", "村容村貌", "明显改善"),
          ("效果指标", "生态效益指标", "生活垃圾无害化处理率", "100%"),
          ("效果指标", "可持续影响指标", "", ""),
          ("满意度指标", "服务对象满意度指标", "村民满意度", "95%以上")]),
        ("乡村道路养护经费",
         "预算数30万元。其中：政府性基金30万元。主要用于乡村道路日常养护。",
         "目标1：完成乡村道路养护45公里",
         [("产出指标", "数量指标", "道路养护里程", "45公里"),
          ("产出指标", "质量指标", "养护合格率", "100%"),
          ("产出指标", "成本指标", "每公里养护成本", "≤0.67万元"),
          ("效果指标", "社会效益指标", "群众出行条件", "明显改善"),
          ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
    ]
    blocks: list[str | Grid] = ["东坝乡2022年部门预算项目绩效目标"]
    for i, (name, budget, goals, rows) in enumerate(projects, 1):
        g = Grid(4)
        kv(g, "项目名称", name)
        kv(g, "项目资金主要用途", budget)
        g.add(C("资金支出计划（累计）", 4))
        g.add("第一季度", "第二季度", "第三季度", "第四季度")
        g.add("25%", "50%", "75%", "100%")
        kv(g, "绩效目标", goals)
        g.add("一级指标", "二级指标", "三级指标", "指标值")
        g.rows.extend(levels_down([list(r) for r in rows], 1))
        blocks += [f"{i}、{name}项目绩效目标表", g]
    return Doc("东坝乡2022年部门预算项目绩效目标", blocks)


def department() -> Doc:
    """西营街道: a narrative 部门整体绩效目标 (a section, not a project), the
    部门整体支出绩效目标表 (a project of kind 整体), then one project table."""
    whole = Grid(5)
    kv(whole, "部门（单位）名称", "西营街道办事处")
    whole.add(C("年度预算（万元）", down=3), "资金总额",
              C("1,260.50", 3, value=1260.5, fmt="#,##0.00"))
    whole.add("其中：一般公共预算", C("1,160.50", 3, value=1160.5, fmt="#,##0.00"))
    whole.add("政府性基金", C("100.00", 3, value=100.0, fmt="#,##0.00"))
    whole.add(C("年度主要任务", down=3), "任务名称", C("主要内容", 2), "预算金额（万元）")
    whole.add("社区治理", C("网格化管理，矛盾纠纷排查化解", 2), "560.00")
    whole.add("民生保障", C("社区养老、困难群众救助", 2), "700.50")
    kv(whole, "年度总体目标",
       "1.推进网格化社区治理，矛盾纠纷化解率达到95%以上\n2.保障辖区困难群众基本生活")
    indicators = [
        ["产出指标", "数量指标", "网格员配备人数", "≥120人"],
        ["产出指标", "质量指标", "矛盾纠纷化解率", "≥95%"],
        ["产出指标", "时效指标", "救助资金发放时限", "每月10日前"],
        ["效益指标", "社会效益指标", "辖区信访总量", "同比下降"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]
    whole.add(C("年度绩效指标", down=len(indicators) + 1), "一级指标", "二级指标", "三级指标",
              "指标值")
    whole.rows.extend(levels_down(indicators, 1))
    project = Grid(6)
    kv(project, "项目名称", "社区养老服务经费")
    kv(project, "项目资金主要用途",
       "预算数120万元。其中：一般公共预算120万元。主要用于辖区4个社区养老驿站运营补贴。")
    kv(project, "绩效目标", "目标1：4个社区养老驿站正常运营")
    project.add("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
    project.rows.extend(levels_down([
        ["产出指标", "数量指标", "养老驿站数量", "运营补贴覆盖的驿站", "4个", "年度计划"],
        ["产出指标", "成本指标", "运营补贴标准", "每个驿站年补贴", "30万元", "上级政策"],
        ["效益指标", "社会效益指标", "老年人助餐服务人次", "全年助餐服务", "≥2万人次",
         "工作经验"],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "抽样调查", "≥95%", "工作经验"],
    ], 1))
    blocks: list[str | Grid] = [
        "第一部分", "西营街道2022年部门整体绩效目标", "一、总体绩效目标",
        "推进网格化社区治理，保障辖区困难群众基本生活，提升社区养老服务水平。",
        "第二部分", "西营街道2022年部门整体支出绩效目标表", whole,
        "第三部分", "1. 社区养老服务经费项目绩效目标表", project,
    ]
    return Doc("西营街道2022年部门预算绩效目标", blocks)


def label_column() -> Doc:
    """南湖镇: a merged 本年度绩效指标 column left of the levels, 指标内容 / 指标名称 for
    三级, 指标值及单位 in one column, 评(扣)分标准 / 绩效标准, non-standard 一级 names,
    满意度 as a 二级 under 效益, review rows after the table."""
    specs = [
        ("智慧农业示范园建设", "本年度绩效指标", "指标内容", "指标值及单位", "评（扣）分标准",
         [["项目完成指标", "数量指标", "建设智能温室", "≥5座", "每少1座扣2分"],
          ["项目完成指标", "质量指标", "工程验收合格率", "100%", "不合格不得分"],
          ["项目完成指标", "时效指标", "建成投用时间", "2022年10月底前", "每延期1月扣1分"],
          ["项目效益指标", "经济效益指标", "带动农户增收", "≥2000元/户", "未达到扣3分"],
          ["项目效益指标", "满意度", "参与农户满意度", "≥90%", "每低1%扣0.5分"]], 150.0),
        ("农村饮水安全维修", "年度绩效指标", "指标名称", "指标值", "绩效标准",
         [["项目完成指标", "数量指标", "维修供水管网", "8.5公里", "计划标准"],
          ["项目完成指标", "成本指标", "维修费用", "<=42万元", "行业标准"],
          ["项目效益指标", "社会效益指标", "受益人口", "1.2万人", "历史标准"],
          ["项目效益指标", "满意度", "群众满意度", ">=95%", "计划标准"]], 42.0),
    ]
    blocks: list[str | Grid] = ["南湖镇2022年预算项目绩效目标"]
    for i, (name, label, l3, value, standard, rows, budget) in enumerate(specs, 1):
        g = Grid(6)
        kv(g, "项目名称", name)
        g.add("项目资金（万元）", "资金总额", C(f"{budget:.2f}", 4, value=budget, fmt="0.00"))
        kv(g, "年度目标", f"完成{name}年度任务")
        g.add(C(label, down=len(rows) + 1), "一级指标", "二级指标", l3, value, standard)
        g.rows.extend(levels_down([list(r) for r in rows], 1))
        g.add("主管部门审核意见", C("同意", 5))
        g.add("财政部门审核意见", C("同意。南湖镇财政所（盖章）", 5))
        g.add(C("填报人：王敏    联系电话：0311-8888666    填报日期：2022年1月10日", 6))
        blocks += [f"{i}. {name}项目绩效目标表", g]
    return Doc("南湖镇2022年预算项目绩效目标", blocks)


def long_term() -> Doc:
    """北关镇: 中长期 and 年度 goals and indicator blocks side by side; ASCII >= and <=."""
    g = Grid(8)
    kv(g, "项目名称", "智慧党建平台建设")
    g.add(C("项目资金（万元）", down=2), "年度资金总额", C("60.00", 6, value=60.0, fmt="0.00"))
    g.add("其中：财政拨款", C("60.00", 6, value=60.0, fmt="0.00"))
    g.add(C("总体目标", down=2), C("中长期目标", 3), C("年度目标", 4))
    g.add(C("三年内建成覆盖全镇的智慧党建平台", 3), C("完成平台一期建设并上线运行", 4))
    rows = [
        ["产出指标", "数量指标", "接入党支部数", "36个", "数量指标", "接入党支部数", ">=24个"],
        ["产出指标", "质量指标", "平台可用率", ">=99%", "质量指标", "平台可用率", ">=98%"],
        ["产出指标", "成本指标", "建设总成本", "<=180万元", "成本指标", "一期建设成本",
         "<=60万元"],
        ["效益指标", "社会效益指标", "党员线上学习覆盖率", "100%", "社会效益指标",
         "党员线上学习覆盖率", ">=80%"],
        ["满意度指标", "服务对象满意度指标", "党员满意度", ">=95%", "服务对象满意度指标",
         "党员满意度", ">=90%"],
    ]
    g.add(C("绩效指标", down=len(rows) + 2), C("一级指标", down=2), C("中长期指标", 3),
          C("年度指标", 3))
    g.add("二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.rows.extend(levels_down(rows, 1))
    blocks: list[str | Grid] = ["北关镇2022年预算项目绩效目标", "智慧党建平台建设项目绩效目标表", g]
    return Doc("北关镇2022年预算项目绩效目标", blocks)


def wide_sheet() -> Doc:
    """石桥镇: one wide sheet, a row per indicator, each project's 序号, 项目名称, 预算数
    and 年度目标 merged down beside its rows; the department total row first."""
    projects = [
        ("1", "镇村环境卫生保洁", 85.0, "全镇18个村环境卫生日常保洁全覆盖",
         [["产出指标", "数量指标", "保洁覆盖村数", "18个", "年度计划"],
          ["产出指标", "质量指标", "保洁考核达标率", "≥95%", "工作经验"],
          ["效益指标", "生态效益指标", "村庄环境", "整洁有序", "工作经验"],
          ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "工作经验"]]),
        ("2", "退役军人服务站运行", 12.5, "保障镇退役军人服务站正常运行",
         [["产出指标", "数量指标", "走访慰问退役军人", "≥300人次", "年度计划"],
          ["产出指标", "时效指标", "慰问完成时间", "2022年春节前", "上级要求"],
          ["满意度指标", "服务对象满意度指标", "退役军人满意度", "≥95%", "工作经验"]]),
        ("3", "农业技术推广培训", 8.0, "开展农业实用技术培训，提高农民种植技能",
         [["产出指标", "数量指标", "培训农民人次", "500人次", "年度计划"],
          ["产出指标", "成本指标", "人均培训成本", "≤160元", "预算批复"],
          ["效益指标", "经济效益指标", "亩均增收", "≥100元", "工作经验"]]),
    ]
    g = Grid(9)
    g.add("序号", "项目名称", "预算数（万元）", "年度绩效目标", "一级指标", "二级指标",
          "三级指标", "指标值", "指标值确定依据")
    g.add("合计", "石桥镇部门预算", C("105.50", value=105.5, fmt="0.00"), "", "", "", "", "", "")
    for seq, name, budget, goal, rows in projects:
        n = len(rows)
        first: list[Cellish] = [
            C(seq, down=n), C(name, down=n),
            C(f"{budget:.2f}", down=n, value=budget, fmt="0.00"), C(goal, down=n),
        ]
        for k, row in enumerate(levels_down(rows, 2)):
            g.rows.append((first if k == 0 else []) + row)
    blocks: list[str | Grid] = ["石桥镇2022年项目支出绩效目标汇总", g]
    return Doc("石桥镇2022年项目支出绩效目标汇总", blocks, landscape=True)


# --- registration -------------------------------------------------------------------------

# variant → (file stem, builder); each is built as .docx, .xlsx and (from the .docx) .pdf
VARIANTS: dict[str, tuple[str, Callable[[], Doc]]] = {
    "national": ("柳河镇_2022_项目绩效目标表", national),
    "self_evaluation": ("柳河镇_2022_项目支出绩效自评表", self_evaluation),
    "four_column": ("东坝乡_2022_四列指标表", four_column),
    "department": ("西营街道_2022_部门整体支出绩效目标", department),
    "label_column": ("南湖镇_2022_标签列指标表", label_column),
    "long_term": ("北关镇_2022_中长期与年度指标", long_term),
    "wide_sheet": ("石桥镇_2022_项目绩效目标汇总", wide_sheet),
}


def path_of(variant: str, ext: str) -> str:
    return f"{DIR}/{VARIANTS[variant][0]}.{ext}"


def _register(variant: str, build: Callable[[], Doc]) -> None:
    doc = (build.__doc__ or variant).strip().splitlines()[0]

    def docx(target: Path) -> None:
        write_docx(build(), target)

    def xlsx(target: Path) -> None:
        write_xlsx(build(), target)

    def pdf(target: Path) -> None:
        convert(Path(__file__).resolve().parent / path_of(variant, "docx"), target, "pdf")

    for fn, ext in ((docx, "docx"), (xlsx, "xlsx"), (pdf, "pdf")):
        fn.__doc__ = f"{variant} ({ext}): {doc}"
    sample(path_of(variant, "docx"))(docx)
    sample(path_of(variant, "xlsx"))(xlsx)
    sample(path_of(variant, "pdf"), converted_from=path_of(variant, "docx"))(pdf)


for _variant, (_stem, _build) in VARIANTS.items():
    _register(_variant, _build)


@sample(path_of("national", "xls"), converted_from=path_of("national", "xlsx"))
def national_xls(target: Path) -> None:
    """national (xls): the national workbook saved by LibreOffice as Excel 97-2003 .xls."""
    convert(Path(__file__).resolve().parent / path_of("national", "xlsx"), target,
            'xls:MS Excel 97')
