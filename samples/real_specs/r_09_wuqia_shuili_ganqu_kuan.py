"""乌恰县水利局 2021 绩效项目申报表 (新疆, 克孜勒苏州), as the county's page prints it, here as an Excel
workbook: the page's record first (索引号 | 主题分类, 发布机构 | 发布日期, 名称 and 文号 left empty, 来源), then
the table with the title and the year in rows of their own, every row trailing a long run of empty cells
(the page's table is far wider than its text: the stored copy shows hundreds of empty columns), two
label/value pairs a row (项目名称 | … | 项目负责人及联系电话 | 沈飞, 主管部门 | … | 实施单位 | …).  The stored page
is cut after the 主管部门 row: the table ends there, with no amount and no indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://xjwqx.gov.cn/xjwqx/c103065/202104/c8c7f7dd9747439fa669fb81d97f9b0f.shtml",
    "title": "绩效项目申报表",
    "issuer": "乌恰县水利局",
    "province": "新疆",
    "year": 2021,
    "kind": "项目绩效目标申报表",
    "format": "html",
}
FILE = "乌恰县水利局绩效项目申报表(干渠防渗改造项目).xlsx"

EMPTY = 30  # the empty columns every row of the page's table trails


def record() -> Grid:
    g = Grid(4)
    g.add("索 引 号", "WQX018-2021-000006", "主题分类", "")
    g.add("发布机构", "乌恰县水利局", "发布日期", "2021-04-27 18:51")
    g.add("名 称", C("", span=3))
    g.add("文 号", "〔〕号", "有 效 性", "")
    g.add("来 源", C("乌恰县水利局", span=3))
    return g


def table() -> Grid:
    g = Grid(4 + EMPTY)
    g.add(C("绩效项目申报表", span=4), *[""] * EMPTY)
    g.add(C("(2021年度)", span=4), *[""] * EMPTY)
    g.add("项目名称", "干渠防渗改造项目", "项目负责人及联系电话", "沈飞", *[""] * EMPTY)
    g.add("主管部门", "乌恰县水利局", "实施单位", "乌恰县农村供水站", *[""] * EMPTY)
    return g


def doc() -> Doc:
    return Doc("绩效项目申报表", [record(), "绩效项目申报表", table()])
