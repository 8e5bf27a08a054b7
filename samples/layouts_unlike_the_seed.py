"""Layouts unlike the seed: submissions unlike the seed and the templates, as others send them.

Other counties' bureaus (局/委), townships and years (2019–2025), each with the quirks a
careful reader still reads: the unit named only in a labelled paragraph, in a stamped
预算单位(盖章) row, in a folder; the year in Chinese numerals or only in the file name; a
预算数 in 万元 stated by a note outside the table (单位：万元); funding as separate rows;
quarters written 一季度 or 1季度, per quarter instead of cumulative; goals as one
paragraph; separate 指标性质 / 度量单位 columns; an indicator header on two rows; a
text export with a 部门预算收支总表, a table of contents and a signature table that are
not projects.  `tests/documents/test_layouts_unlike_the_seed.py` pins what a human
reader takes from each.

Built with the spec and writers of `samples.templates` (docx, xlsx; the PDF is
LibreOffice's print of the .docx), plus a writer of Word's text export (TAB cells).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples.registry import sample
from samples.soffice import convert
from samples.templates import C, Doc, Grid, kv, levels_down, place, write_docx, write_xlsx

DIR = "layouts_unlike_the_seed"


# --- 平山县农业农村局 2023: national columns, 万元 noted outside the table -------------


def bureau_national() -> Doc:
    """A county bureau: 单位名称 in a paragraph, 单位：万元 above the table, separate
    指标性质 / 度量单位 columns with plain numbers, funding rows, per-quarter plan."""
    g = Grid(7)
    kv(g, "项目名称", "高标准农田建设后期管护")
    g.add("项目编码", C("13010221000000000123", 2), "主管部门", C("平山县农业农村局", 3))
    kv(g, "预算数", "45.60")
    g.add(C("资金来源", down=2), "财政拨款", C("40.00", 5))
    g.add("其他资金", C("5.60", 5))
    g.add(C("资金支出计划", down=2), "一季度", "二季度", C("三季度", 2), C("四季度", 2))
    g.add("10%", "20%", C("30%", 2), C("40%", 2))
    kv(g, "年度绩效目标",
       "1.完成全县5000亩高标准农田工程设施管护；2.工程设施完好率达到95%以上，"
       "保障农田灌溉排水正常。")
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据")
    g.rows.extend(levels_down([
        ["产出指标", "数量指标", "管护农田面积", "≥", "5000", "亩", "年度计划"],
        ["产出指标", "质量指标", "工程设施完好率", "≥", "95", "%", "行业标准"],
        ["产出指标", "时效指标", "管护任务完成时间", "≤", "2023年11月30日", "", "年度计划"],
        ["成本指标", "经济成本指标", "管护经费", "≤", "45.6", "万元", "预算批复"],
        ["效益指标", "经济效益指标", "粮食亩均增产", "≥", "50", "公斤", "历史数据"],
        ["效益指标", "社会效益指标", "受益农户", "≥", "3200", "户", "统计数据"],
        ["效益指标", "生态效益指标", "农田化肥使用量", "定性", "逐年下降", "", "工作经验"],
        ["效益指标", "可持续影响指标", "设施使用年限", "≥", "15", "年", "行业标准"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "%", "工作经验"],
    ], 2))
    h = Grid(7)
    kv(h, "项目名称", "农民技能培训")
    kv(h, "预算数", "30.00")
    kv(h, "年度绩效目标", "（1）开展农民实用技术培训；（2）提高农民科学种养水平。")
    h.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据")
    h.rows.extend(levels_down([
        ["产出指标", "数量指标", "培训农民人次", "", "不低于1200人次", "", "年度计划"],
        ["产出指标", "质量指标", "培训覆盖行政村", "", "100%覆盖", "", "年度计划"],
        ["产出指标", "质量指标", "培训教材", "", "达到国家标准", "", "行业标准"],
        ["产出指标", "时效指标", "培训完成时间", "", "2023年6月30日前", "", "年度计划"],
        ["产出指标", "时效指标", "资金拨付", "", "按期完成", "", "年度计划"],
        ["成本指标", "经济成本指标", "培训总成本", "", "≤30万元", "", "预算批复"],
        ["效益指标", "社会效益指标", "培训期间安全", "", "无安全事故", "", "工作经验"],
        ["效益指标", "社会效益指标", "农民种养技能", "", "显著提高", "", "工作经验"],
        ["效益指标", "可持续影响指标", "培训效果持续时间", "", "3-5年", "", "工作经验"],
        ["效益指标", "可持续影响指标", "技术推广机制", "", "长期", "", "工作经验"],
        ["满意度指标", "服务对象满意度指标", "参训农民满意度", "", "≥98%", "", "工作经验"],
    ], 2))
    blocks: list[str | Grid] = [
        "2023年度项目支出绩效目标申报表", "单位名称：平山县农业农村局", "单位：万元", g,
        "单位：万元", h,
    ]
    return Doc("平山县农业农村局2023年度项目支出绩效目标申报表", blocks)


# --- 滹沱镇人民政府 2024: a two-row header, 效益 with short level2 names -----------------


def township_two_row_header() -> Doc:
    """A township: the unit and year only in the title, the header on two rows (绩效指标
    over 一级/二级/三级), 二级 merged down, 1季度 captions, (1)…；(2)… goals, a budget
    sentence with 县级财政资金 and 镇自筹, 效益 level2s without 指标; a long table."""
    rows = [
        ["产出指标", "数量指标", "改造农村道路里程", "12.5公里", "年度计划"],
        ["产出指标", "数量指标", "新建排水边沟", "3600米", "年度计划"],
        ["产出指标", "数量指标", "安装路灯", "不少于120盏", "年度计划"],
        ["产出指标", "质量指标", "工程验收合格率", "100%", "行业标准"],
        ["产出指标", "质量指标", "路面平整度", "达到设计要求", "行业标准"],
        ["产出指标", "时效指标", "开工时间", "2024年4月", "年度计划"],
        ["产出指标", "时效指标", "竣工时间", "2024年10月底前", "年度计划"],
        ["产出指标", "成本指标", "每公里改造成本", "≤9.6万元", "预算批复"],
        ["效益指标", "经济效益", "降低群众出行成本", "明显降低", "工作经验"],
        ["效益指标", "社会效益", "受益群众", "1.2万人", "统计数据"],
        ["效益指标", "社会效益", "交通安全事故", "0起", "工作经验"],
        ["效益指标", "生态效益", "", "", ""],
        ["效益指标", "可持续影响", "道路使用年限", "10年以上", "行业标准"],
        ["满意度指标", "服务对象满意度", "沿线群众满意度", "95%以上", "工作经验"],
    ]
    g = Grid(5)
    kv(g, "项目名称", "农村道路提升改造工程")
    kv(g, "项目资金主要用途",
       "项目总投资120万元，其中：县级财政资金80万元，镇自筹40万元。"
       "主要用于全镇6个村道路硬化及配套排水、照明设施建设。")
    g.add(C("资金支出计划", down=2), "1季度", "2季度", "3季度", "4季度")
    g.add("20%", "60%", "90%", "100%")
    kv(g, "绩效目标", "（1）完成12.5公里农村道路改造；（2）改善群众出行条件，保障雨季排水通畅。")
    g.add(C("绩效指标", 3), C("指标值", down=2), C("指标值确定依据", down=2))
    g.add("一级指标", "二级指标", "三级指标")
    g.rows.extend(levels_down(rows, 2))
    blocks: list[str | Grid] = ["滹沱镇人民政府2024年度项目支出绩效目标申报表", g]
    return Doc("滹沱镇人民政府2024年度项目支出绩效目标申报表", blocks)


# --- 赞皇县卫生健康委员会 二〇二五年: one project per sheet, 盖章 row, numbers typed ----


def _health_project(name: str, budget: float, rows: list[list[str]]) -> Grid:
    g = Grid(7)
    g.add(C("二〇二五年度项目支出绩效目标表", 7))
    g.add(C("预算单位（盖章）：赞皇县卫生健康委员会", 5), C("金额单位：元", 2))
    kv(g, "项目名称", name)
    g.add("年度资金总额", C(f"{budget:,.2f}", 6, value=budget, fmt="#,##0.00"))
    g.add("其中：财政拨款", C(f"{budget:,.2f}", 6, value=budget, fmt="#,##0.00"))
    kv(g, "年度绩效目标", f"目标1：{name}任务全面完成。")
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据")
    out = levels_down(rows, 2)
    for r in out:  # numbers typed as numbers, the way the clerk's workbook holds them
        v = r[4]
        if isinstance(v, str) and v.replace(".", "", 1).isdigit():
            r[4] = C(v, value=float(v), fmt="General")
    g.rows.extend(out)
    return g


def health_commission_sheets() -> Doc:
    """A county 委员会's workbook: each project on a sheet named after it, a title row
    and a 预算单位（盖章） row merged across, the year only as 二〇二五年度."""
    specs = [
        ("基本公共卫生服务", 1860000.0, [
            ["产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥", "8600", "人", "年度计划"],
            ["产出指标", "质量指标", "电子健康档案建档率", "≥", "90", "%", "上级要求"],
            ["产出指标", "时效指标", "资金拨付时限", "≤", "12", "月", "年度计划"],
            ["成本指标", "经济成本指标", "人均补助标准", "=", "89", "元", "上级政策"],
            ["效益指标", "社会效益指标", "居民健康素养水平", "定性", "稳步提升", "", "工作经验"],
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "85", "%", "工作经验"],
        ]),
        ("村医补助", 420000.0, [
            ["产出指标", "数量指标", "补助村医人数", "=", "140", "人", "年度计划"],
            ["产出指标", "成本指标", "人均补助", "≤", "3000", "元", "上级政策"],
            ["效益指标", "可持续影响指标", "村医队伍稳定", "定性", "是", "", "工作经验"],
            ["满意度指标", "服务对象满意度指标", "村医满意度", "≥", "90", "%", "工作经验"],
        ]),
    ]
    sheets: list[tuple[str, list[str | Grid]]] = [
        (name, [_health_project(name, budget, rows)]) for name, budget, rows in specs
    ]
    blocks: list[str | Grid] = [b for _name, bs in sheets for b in bs]
    return Doc("赞皇县卫生健康委员会项目支出绩效目标", blocks, sheets=sheets)


# --- 元氏县教育局 (the year only in the file name): a text export with other tables ------


def education_text_export() -> Doc:
    """A bureau's whole budget book as Word's text export: a table of contents, a
    部门预算收支总表, four-column project tables (no 描述, no 依据) with 效益指标, and a
    signature table; the year only in the file name."""
    totals = Grid(4)
    totals.add(C("部门预算收支总表", 4))
    totals.add("收入项目", "预算数", "支出项目", "预算数")
    totals.add("一般公共预算拨款", "2,350.00", "教育支出", "2,210.00")
    totals.add("政府性基金预算拨款", "100.00", "社会保障和就业支出", "240.00")
    totals.add("收入合计", "2,450.00", "支出合计", "2,450.00")
    projects = [
        ("学生营养改善计划",
         "预算数86.4万元，全部为财政资金。主要用于全县12所农村学校学生营养餐补助。",
         "保障农村义务教育学生营养餐供应",
         [["产出指标", "数量指标", "受益学生人数", "4800人"],
          ["产出指标", "质量指标", "食品安全事故", "无"],
          ["产出指标", "时效指标", "补助发放时间", "每学期开学后1个月内"],
          ["产出指标", "成本指标", "生均补助标准", "每生每天5元"],
          ["效益指标", "社会效益指标", "学生营养状况", "有所改善"],
          ["满意度指标", "服务对象满意度指标", "家长满意度", "≥95%"]]),
        ("校舍维修改造", "预算数150万元。其中：政府性基金100万元，一般公共预算50万元。"
         "主要用于3所学校屋面防水及门窗更换。",
         "完成3所学校校舍维修，消除安全隐患",
         [["产出指标", "数量指标", "维修校舍面积", "2400平方米"],
          ["产出指标", "质量指标", "工程质量", "合格"],
          ["产出指标", "时效指标", "完成时间", "暑假期间"],
          ["效益指标", "社会效益指标", "校舍安全隐患", "全部消除"],
          ["满意度指标", "服务对象满意度指标", "师生满意度", "90%以上"]]),
    ]
    blocks: list[str | Grid] = [
        "元氏县教育局部门预算", "目  录", "第一部分 部门概况", "第二部分 部门预算表",
        "第三部分 项目绩效目标表", "第一部分 部门概况",
        "一、主要职能", "负责全县教育事业发展规划和管理，指导各级各类学校教育教学工作。",
        "第二部分 部门预算表", "表1", totals, "第三部分 项目绩效目标表",
    ]
    for i, (name, budget, goals, rows) in enumerate(projects, 1):
        g = Grid(4)
        kv(g, "项目名称", name)
        kv(g, "项目资金主要用途", budget)
        kv(g, "绩效目标", goals)
        g.add("一级指标", "二级指标", "三级指标", "指标值")
        g.rows.extend(levels_down(rows, 2))
        blocks += [f"{i}、{name}项目绩效目标表", g]
    sign = Grid(4)
    sign.add("单位负责人：", "李明", "财务负责人：", "张华")
    sign.add("填表人：", "赵磊", "联系电话：", "0311-84021234")
    blocks += ["（以下为签字栏）", sign]
    return Doc("元氏县教育局部门预算", blocks)


def write_text(doc: Doc, target: Path) -> None:
    """Word's "plain text" export as the seed shows it: a row is its cells, each a line
    starting with TAB, then a blank line; a cell spanning columns is written once; a
    cell covered by one merged from above is an empty TAB; paragraphs are plain lines."""
    lines: list[str] = []
    for block in doc.blocks:
        if isinstance(block, str):
            lines += [block, ""]
            continue
        covered: set[tuple[int, int]] = set()
        starts: dict[tuple[int, int], C] = {}
        for r, c, x in place(block):
            starts[r, c] = x
            covered.update((rr, c) for rr in range(r + 1, r + x.down))
        for r in range(len(block.rows)):
            c = 0
            while c < block.ncols:
                if (r, c) in starts:
                    x = starts[r, c]
                    lines.append("\t" + x.text)
                    c += x.span
                else:
                    lines.append("\t")
                    c += 1
            lines.append("")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- 井陉县发展和改革局 2022: a national-template text export -------------------------


def national_text_export() -> Doc:
    """A national-template table as Word's text export: 预算单位(盖章)：… and 金额单位：
    万元 as paragraphs, a bare 预算数 12.5, Q1–Q4 captions, a 序号 column, separate
    指标性质 / 度量单位 cells, 一级 and 二级 left blank under the first of their run."""
    g = Grid(7)
    kv(g, "项目名称", "价格监测经费")
    kv(g, "项目编码", "130121220000000042")
    kv(g, "预算数", "12.5")
    kv(g, "其中：财政拨款", "12.5")
    g.add("资金支出计划（累计）", "Q1", "Q2", "Q3", C("Q4", 3))
    g.add("", "25", "50", "75", C("100", 3))
    kv(g, "绩效目标", "开展重要民生商品价格监测，按时报送监测数据。")
    g.add("序号", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    g.add("1", "产出指标", "数量指标", "监测品种", "≥", "45", "种")
    g.add("2", "", "", "监测报表报送", "=", "52", "期")
    g.add("3", "", "时效指标", "数据报送及时率", "≥", "98", "%")
    g.add("4", "效益指标", "社会效益指标", "价格异常波动预警", "定性", "及时有效", "")
    g.add("5", "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", "90", "%")
    blocks: list[str | Grid] = [
        "井陉县发展和改革局2022年度部门预算", "预算单位(盖章)：井陉县发展和改革局",
        "金额单位：万元", g,
    ]
    return Doc("井陉县发展和改革局2022年度部门预算", blocks)


# --- 城关镇 2020 in a folder: the unit only in the folder name --------------------------


def folder_only_unit() -> Doc:
    """A township's file with no name of its own: the unit only in its folder
    (2020/城关镇/…), 效果指标, a 预算数（万元） row and a signature line in the table."""
    g = Grid(6)
    kv(g, "项目名称", "城乡环卫一体化")
    g.add("预算数（万元）", "68", "财政资金（万元）", "60", "其他资金（万元）", "8")
    g.add("资金支出计划", "第一季度25%", "第二季度50%", "第三季度75%", C("第四季度100%", 2))
    kv(g, "年度绩效目标", "一是实现垃圾日产日清；二是建立长效保洁机制。")
    g.add("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
    g.rows.extend(levels_down([
        ["产出指标", "数量指标", "保洁人员", "配备保洁人员数量", "45名", "年度计划"],
        ["产出指标", "质量指标", "垃圾清运率", "生活垃圾及时清运", "达到100%", "工作经验"],
        ["产出指标", "时效指标", "清运时效", "垃圾清运时间", "当日清运", "工作经验"],
        ["效果指标", "生态效益指标", "镇区环境", "镇区环境卫生状况", "明显改善", "工作经验"],
        ["效果指标", "社会效益指标", "", "", "/", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "群众对环境卫生的满意度", "≥90%",
         "工作经验"],
    ], 2))
    g.add(C("填报人：刘芳   审核人：王强   填报日期：2020年1月8日", 6))
    return Doc("项目绩效目标表", ["项目绩效目标表", g])


# --- registration -------------------------------------------------------------------------

# A clerk's tree, YEAR/UNIT/file: its sample is ingested by this folder, so that the unit
# and year come from the folder names.
FOLDER_TREE = f"{DIR}/2020"
# sample path → (builder, writer)
Writer = Callable[[Doc, Path], None]
VARIANTS: dict[str, tuple[Callable[[], Doc], Writer]] = {
    f"{DIR}/平山县农业农村局_申报表.docx": (bureau_national, write_docx),
    f"{DIR}/滹沱镇人民政府_道路改造.docx": (township_two_row_header, write_docx),
    f"{DIR}/卫健委项目绩效目标.xlsx": (health_commission_sheets, write_xlsx),
    f"{DIR}/元氏县教育局_2019年部门预算.txt": (education_text_export, write_text),
    f"{FOLDER_TREE}/城关镇/项目绩效目标.docx": (folder_only_unit, write_docx),
    f"{DIR}/井陉县发改局.txt": (national_text_export, write_text),
}
# PDFs printed by LibreOffice from the .docx above
PDFS: tuple[str, ...] = (
    f"{DIR}/滹沱镇人民政府_道路改造.docx", f"{DIR}/平山县农业农村局_申报表.docx",
)


def _register(path: str, build: Callable[[], Doc], write: Writer) -> None:
    def make(target: Path) -> None:
        write(build(), target)

    make.__doc__ = (build.__doc__ or path).strip().splitlines()[0]
    in_tree = path.startswith(f"{FOLDER_TREE}/")
    sample(path, ingest_from=FOLDER_TREE if in_tree else None)(make)


def _register_pdf(docx: str) -> None:
    def make(target: Path) -> None:
        convert(Path(__file__).resolve().parent / docx, target, "pdf")

    make.__doc__ = f"LibreOffice's PDF of {docx}"
    sample(docx.removesuffix(".docx") + ".pdf", converted_from=docx)(make)


for _path, (_build, _write) in VARIANTS.items():
    _register(_path, _build, _write)
for _docx in PDFS:
    _register_pdf(_docx)

