"""浮梁县林业局 部门整体绩效目标 (江西), a budget system's sheet: key rows of several label/value pairs
(部门编码: 316 / 部门名称: / *联系人:), required-field asterisks in the labels (*部门职能职责概述,
*年度绩效总目标), section rows (基本信息, 年度绩效目标), separate 计算符号 / 目标值 / 度量单位 columns
and a 指标值说明 column that says 该指标值数据合理 on every row, units also inside the indicator names
(林木采伐监管(万立方米) with 6 and 万立方米), an empty last column, and no budget amount and no year
anywhere in the table.  The stored page is cut off after the first 质量指标 row; the table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://fuliang.gov.cn/xzf/czxx/bmczyjs/t1081473.shtml",
    "title": "部门整体支出绩效目标表 (浮梁县林业局)",
    "issuer": "浮梁县林业局",
    "province": "江西",
    "year": None,  # the table states no year (the page's other sheets name 2025-2026 projects)
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "浮梁县林业局部门整体支出绩效目标表.xlsx"

ROWS = [
    ("保障在职职工人数(人)", "=", "116", "人"),
    ("保障退休职工人数(人)", "=", "81", "人"),
    ("保障遗属人数(人)", "=", "13", "人"),
    ("林木采伐监管(万立方米)", "=", "6", "万立方米"),
    ("野生动植物保护、防火面积(万亩)", "=", "320", "万亩"),
    ("湿地保有量(公顷)", "=", "4900", "公顷"),
    ("林业产业(万亩)", "=", "0.5", "万亩"),
    ("签订野生动物致害保险(单)", "=", "1", "单"),
    ("向各类新闻媒体完成林业新闻信息投稿数(篇)", "=", "30", "篇"),
    ("林业微信公众号完成新闻宣传(篇)", "=", "50", "篇"),
    ("制作宣传横幅、公益宣传牌等(年)", "=", "1", "年"),
    ("自然保护区负氧离子监测点(个)", "=", "4", "个"),
]
NOTE = "该指标值数据合理"
GOAL = "保证林业局职能实现,保障人员经费。"


def doc() -> Doc:
    g = Grid(8)
    g.add(C("部门整体绩效目标", span=8))
    g.add(C("基本信息", span=8))
    g.add("部门编码:", C("316", value=316.0), "部门名称:", "浮梁县林业局", "*联系人:", C("王媛", span=3))
    g.add("联系电话:", C("13879821572", span=7))
    g.add("*部门职能职责概述", C(GOAL, span=7))
    g.add(C("年度绩效目标", span=8))
    g.add("*年度绩效总目标", C(GOAL, span=7))
    g.add("一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明", "")
    for i, (l3, op, val, unit) in enumerate(ROWS):
        lead = [C("产出指标", down=len(ROWS) + 1), C("数量指标", down=len(ROWS))] if i == 0 else []
        g.add(*lead, l3, op, C(val, value=float(val)), unit, NOTE, "")
    g.add("质量指标", "工资发放准确性(%)", "≥", C("95", value=95.0), "%", NOTE, "")
    return Doc("部门整体支出绩效目标表", [g], sheets=[("部门整体支出绩效目标表", [g])])
