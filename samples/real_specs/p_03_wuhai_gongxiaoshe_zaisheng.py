"""乌海市供销合作社联合社 2021 再生资源回收市场管理经费项目绩效目标表 (内蒙古), an Excel export shown on the
portal as text: coded labels in the key rows ((31)部门预算项目, (433)…(部门), (433001)乌海市供销合作社联合社),
an 投入目标 block with a 资金来源 | 年初安排金额(万元) header row, the 年度目标 as numbered 目标1…目标5 inline, a
long caption row 绩效指标(权重分值90分,…) above a header with both 指标性质 (正向/反向) and 指标方向 (=), every
row repeating its 一级 and 二级 (no merges), amounts printed by the number format #,##0 (so 0, 1, 2 万元), and two
时效 rows whose 目标值 and 计量单位 cells both hold the Excel serial of 2021-12-31 printed as "44,561".  The
stored page ends inside the first 效益指标 row: the table ends after the 成本 rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://gxs.wuhai.gov.cn/whsgxshzslhs/1096934/sjtj/1341823/index.html",
    "title": "再生资源回收市场管理经费项目绩效目标表",
    "issuer": "乌海市供销合作社联合社",
    "province": "内蒙古",
    "year": 2021,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "再生资源回收市场管理经费项目绩效目标表.xlsx"

GOAL = ("围绕国家关于建设节约型社会和发展循环经济的要求,在充分规范整合和利用现有再生资源回收渠道的基础上,合理布局,"
        "规范建设。达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成 "
        "目标4:年度预算总金额3万元 目标5:促进资源循环和高效利用,改善城乡生态环境。")
CAPTION = "绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)"


def n(x: float) -> C:
    return C(format(x, ",.0f"), value=x, fmt="#,##0")


def row(l2: str, l3: str, nature: str, target: float, unit: C | str, weight: float) -> list:
    return ["产出指标", l2, l3, nature, "=", n(target), unit, n(weight), ""]


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("再生资源回收市场管理经费", span=8))
    g.add("项目类别", C("(31)部门预算项目", span=8))
    g.add("归口科室", C("(08)经济贸易科", span=8))
    g.add("主管部门", C("(433)乌海市供销合作社联合社(部门)", span=8))
    g.add("实施单位", C("(433001)乌海市供销合作社联合社", span=8))
    g.add(C("投入目标 (万元)", down=4), C("资金来源", span=4), C("年初安排金额(万元)", span=4))
    g.add(C("资金总额", span=4), C("3", span=4, value=3, fmt="#,##0"))
    g.add(C("其中: 财政拨款数", span=4), C("3", span=4, value=3, fmt="#,##0"))
    g.add(C("其他资金", span=4), C("0", span=4, value=0, fmt="#,##0"))
    g.add("年度目标", C(GOAL, span=8))
    g.add(C(CAPTION, span=9))
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注")
    g.add(*row("数量指标", "出差人数", "正向", 8, "", 4))
    g.add(*row("数量指标", "出差人次", "正向", 24, "人/次", 4))
    g.add(*row("质量指标", "工作任务完成率", "正向", 100, "%", 4))
    g.add(*row("时效指标", "项目财政资金到位时间", "正向", 44561, n(44561), 10))
    g.add(*row("时效指标", "财政资金到位及时支付率", "正向", 100, "%", 4))
    g.add(*row("时效指标", "工作计划按时完成时间", "正向", 44561, n(44561), 4))
    g.add(*row("成本指标", "出差单位成本", "反向", 0, "万元/人", 4))
    g.add(*row("成本指标", "出差总成本", "反向", 1, "万元", 4))
    g.add(*row("成本指标", "劳务人员总成本", "反向", 2, "万元", 4))
    g.add(*row("成本指标", "办公费总成本", "反向", 0, "万元", 4))
    g.add(*row("成本指标", "年度预算总成本", "反向", 3, "万元", 4))
    return Doc("再生资源回收市场管理经费项目绩效目标表",
               ["再生资源回收市场管理经费项目绩效目标表", "(2021年)", g])
