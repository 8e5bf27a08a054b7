"""The 63rd page of a long article on 大英's county media site (四川, 遂宁) that prints 部门预算项目支出绩效自评表
one after another (the 预算一体化 form of b_02: 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析),
as the site shows it in the page.  The page opens in the middle of a project's indicator block, with no title,
no 项目名称, no unit, no year and no header row: the merged 绩效指标(90分) caption, the 产出指标 cell and the 时效指标
cell were all opened on the page before, so the first row is only 三级 | 性质 | 值 | 单位 | 完成值 | 权重 | 得分 | 原因
(安全警示标志设置及时率 = 100 %), and the three 成本指标 rows that follow keep their 二级 but have lost their 一级
(the rows are shorter than the table and sit flush left, as the page's HTML leaves them).  The targets are split
over 指标性质 (=, ≥, 定性), 指标值 and 度量单位 cells, the 成本 amounts as = | 6 | 万元; the 可持续影响 row's target is
the grade scale 优良中低差 with an empty 度量单位 and the grade 优 as its 完成值; 得分 and 未完成原因分析 are empty on
every row.  Then 合计 100, 评价结论, empty 存在问题 / 改进措施 and the unsigned 项目负责人: / 财务负责人: line.  The
project is a 铁路沿线环境及安全整治 one (its name only survives inside an indicator name)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyrmt.com/article-133731-63.html",
    "title": "部门预算项目支出绩效自评表(续)",
    "issuer": None,  # not named on the stored page
    "province": "四川",
    "year": None,  # not stated on the stored page
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "article-133731-63.html"  # the page's own name: it states no title

CONCLUSION = "预算编制质量较高,完成预算目标,总体评价良好。"


def doc() -> Doc:
    # 11 columns as the form has them (绩效指标(90分) caption | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
    # 完成值 | 权重 | 得分 | 未完成原因分析); the indicator rows lack the caption, whose cell began a page before.
    g = Grid(11)
    g.add("安全警示标志设置及时率", "=", "100", "%", "100", "5", "", "")
    g.add(C("成本指标", down=3), "安全隐患排查成本预算", "=", "6", "万元", "6", "5", "", "")
    g.add("警示标志设置成本预算", "=", "5", "万元", "5", "5", "", "")
    g.add("清理垃圾成本预算", "=", "4", "万元", "4", "5", "", "")
    g.add(C("效益指标", down=3), C("社会效益指标", down=2), "环境治理亮化美化率", "≥", "90", "%", "93", "10",
          "", "")
    g.add("安全隐患排查有效处置率", "≥", "90", "%", "91", "10", "", "")
    g.add("可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", "定性", "优良中低差", "", "优", "10", "", "")
    g.add("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", "96", "10", "", "")
    g.add(C("合计", span=8), "100", "", "")
    g.add("评价结论", C(CONCLUSION, span=10))
    g.add("存在问题", C("", span=10))
    g.add("改进措施", C("", span=10))
    g.add(C("项目负责人:", span=4), C("财务负责人:", span=4), C("", span=3))
    return Doc("部门预算项目支出绩效自评表(续)", [g])
