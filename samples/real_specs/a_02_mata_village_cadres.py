"""井研县马踏镇 2023 部门预算项目绩效目标申报表: one wide sheet, one row per indicator, with
单位名称 (budget code prefixed, "820001-井研县马踏镇人民政府"), 项目名称, 预算数 in 元 and 年度目标
merged down the project's rows, separate 指标性质 (≥ / =), 指标值, 度量单位, 权重 and 指标方向性
columns, an empty last column, a department subtotal row above the unit, and levels in no
order (效益 before 产出).  Only the first project of the unit is kept whole."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml",
    "title": "部门预算项目绩效目标申报表(2023年度)",
    "issuer": "井研县马踏镇人民政府",
    "province": "四川",
    "year": 2023,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "马踏镇2023年部门预算项目绩效目标申报表.xlsx"


def _yuan(text: str) -> C:
    return C(text, value=float(text.replace(",", "")), fmt="#,##0.00")


def _n(text: str) -> C:
    return C(text, value=float(text))


def doc() -> Doc:
    g = Grid(13)
    g.add("单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位", "权重", "指标方向性", "")
    g.add(C("820-马踏镇部门", 2), _yuan("8,827,620.53"), *([""] * 10))
    rows = [
        ("效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10"),
        ("产出指标", "时效指标", "维持时效", "≥", "1", "年", "20"),
        ("产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10"),
        ("效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10"),
        ("产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10"),
        ("效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", "10"),
        ("效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", "10"),
        ("满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", "10"),
    ]
    n = len(rows)
    for i, (l1, l2, l3, op, val, unit, weight) in enumerate(rows):
        lead = [C("820001-井研县马踏镇人民政府", down=n), C("村组干部报酬", down=n),
                C("3,309,840.00", down=n, value=3309840.0, fmt="#,##0.00"),
                C("按时发放村组干部报酬", down=n)] if i == 0 else []
        g.add(*lead, l1, l2, l3, op, _n(val), unit, _n(weight), "正向指标", "")
    return Doc("部门预算项目绩效目标申报表", [
        "部门预算项目绩效目标申报表(2023年度)",
        "金额单位:元",
        g,
    ])
