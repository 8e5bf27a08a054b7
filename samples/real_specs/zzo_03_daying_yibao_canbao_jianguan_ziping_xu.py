"""The 40th page of a long article on 大英's county media site (dyrmt.com; 四川, 遂宁) that prints 大英县医疗保障局's
部门预算项目支出绩效自评表 one after another (the 预算一体化 form of b_02, r_08 and y_14), as the site shows it in
the page.

The page opens inside a 城乡居民医保参保 project's indicator block, whose name and header are on the page before:
the first row is only 三级 | 性质 | 值 | 单位 | 完成值 | 权重 | 得分 | 原因 (…工作经费发放及时率 = 100 %), its 一级
and 二级 opened a page earlier; the two 成本指标 rows keep their 二级 (merged over both) but not their 一级, one target
in 元 with ≤ (≤ | 101400 | 元), one a rate per person (= | 1 | 元/人) whose name is cut short by the clerk
(…发放成本预); 效益指标 merged over three rows, 社会效益指标 over two; a 定性 row whose target is the grade scale
优良中低差 with an empty 度量单位.  What sets it apart: the self-evaluation was never filled in -- every 完成值
and 得分 cell is empty, only the 权重 column carries numbers (5, 5, 5, 15, 5, 10, 10), 合计 100 is the sum of
weights, and 评价结论 / 存在问题 / 改进措施 still hold the form's own instructions (结合自评情况,说明…(200字以内)).
Then the next project under its heading 部门预算项目支出绩效自评表(2023年度): the code before the name
(51092322T000000431595-城乡居民监管工作经费), 主管部门 ending in 部门, 实施单位 (盖章) on two lines, a 项目年度目标
that speaks of 2022 (45万元 for 14 people, 30000元 each a year, 3万元 of insurance) beside the form's
instruction text in 年度目标完成情况, an empty 2.项目实施内容及过程概述, and the 预算执行情况(10分) header row --
where the stored page ends: no budget figures, no indicators of that project.

Decided: the unit is 大英县医疗保障局 (the second project's 实施单位); the year is the form's 2023年度, though the
goal text says 2022 (the goal was carried over, the form is the 2023 one); two projects: the first nameless with
the seven indicator rows shown, unknown 一级 / 二级 left empty (null) as y_14 leaves them, the cut name
…发放成本预 kept as written; the second with its name (the code apart), its 年度目标 as the goal, no budget (the
page stops at the budget block's header; 45万元 is in the goal's prose only)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyrmt.com/article-159286-40.html",
    "title": "部门预算项目支出绩效自评表(2023年度) 51092322T000000431595-城乡居民监管工作经费",
    "issuer": "大英县医疗保障局",
    "province": "四川",
    "year": 2023,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "article-159286-40.html"  # the page's own name: its first part states no title

HEADING = "部门预算项目支出绩效自评表(2023年度)"
CONCLUSION = "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)"
PROBLEM = "结合自评情况,分析存在的问题及原因。(200字以内)"
MEASURE = "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"
GOAL = ("2022年医疗保障局计划使用财政资金45万元给聘用的14人发放工资及缴纳保险费,其中工资30000元每年每人,保险费共3万元,"
        "以监管全县医院药店医疗保险基金正常使用。")
DONE = "对照年度目标,说明相关任务目标的完成情况(100字以内)"


def fragment() -> Grid:
    # 11 columns as the form has them (绩效指标(90分) caption | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
    # 完成值 | 权重 | 得分 | 未完成原因分析); the rows lack the cells opened on the page before and sit flush left.
    g = Grid(11)
    g.add("城乡居民医保参保工作经费发放及时率", "=", "100", "%", "", "5", "", "")
    g.add(C("成本指标", down=2), "城乡居民参保网络宣传成本预算", "≤", "101400", "元", "", "5", "", "")
    g.add("城乡居民医保参保工作经费发放成本预", "=", "1", "元/人", "", "5", "", "")
    g.add(C("效益指标", down=3), C("社会效益指标", down=2), "城乡居民参保网络宣传群众知晓率", "=", "100", "%", "",
          "15", "", "")
    g.add("城乡居民医保参保工作经费应发尽发率", "=", "100", "%", "", "5", "", "")
    g.add("可持续影响指标", "城乡居民医保参保机制健全性", "定性", "优良中低差", "", "", "10", "", "")
    g.add("满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥", "90", "%", "", "10", "", "")
    g.add(C("合计", span=8), "100", "", "")
    g.add("评价结论", C(CONCLUSION, span=10))
    g.add("存在问题", C(PROBLEM, span=10))
    g.add("改进措施", C(MEASURE, span=10))
    g.add(C("项目负责人:", span=4), C("财务负责人:", span=4), C("", span=3))
    return g


def project() -> Grid:
    g = Grid(11)
    g.add("项目名称", C("51092322T000000431595-城乡居民监管工作经费", span=10))
    g.add("主管部门", C("大英县医疗保障局部门", span=4), C("实施单位\n(盖章)", span=2), C("大英县医疗保障局", span=4))
    g.add(C("项目基本情况", down=3), C("1.项目年度目标完成情况", span=2, down=2), C("项目年度目标", span=4),
          C("年度目标完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("2.项目实施内容及过程概述", span=2), C("", span=8))
    # the stored page ends with this header row of the budget block
    g.add("预算执行情况(10分)", C("年度预算数(万元)", span=2), "年初预算", "调整后预算数", "预算执行数", "预算执行率",
          "权重", "得分", C("原因", span=2))
    return g


def doc() -> Doc:
    return Doc(HEADING, [fragment(), HEADING, project()], landscape=True)
