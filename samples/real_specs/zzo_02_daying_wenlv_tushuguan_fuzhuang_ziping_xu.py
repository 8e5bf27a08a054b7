"""The 29th page of a long article on 大英's county media site (dyrmt.com; 四川, 遂宁) that prints 大英县文化广播电视和
旅游局's 部门预算项目支出绩效自评表 one after another (the 预算一体化 form of b_02, r_08 and y_14: 指标性质 | 指标值 |
度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析), as the site shows it in the page.

The page opens inside a 图书馆免费开放 project's indicator block (its name is on the page before): the first row is
only 三级 | 性质 | 值 | 单位 | 完成值 | 权重 | 得分 | 原因 (公益性讲座知晓率 = 100 %), its 一级 and 二级 cells having been
opened a page earlier; the 可持续影响 row keeps its 二级 but not its 一级, a 定性 row whose target and 完成值 are the
grade pair 好坏 (a scale written as its two ends, not 优良中低差 as y_14 has it) with an empty 度量单位; then the
满意度 rows (two) with 一级 and 二级 merged over them, 合计 100 | 100, a filled-in 评价结论 / 存在问题 / 改进措施 (a
sentence each) and the unsigned 项目负责人: / 财务负责人: line.  The page goes on with the next project's table
under its own heading, 部门预算项目支出绩效自评表(2022年度): the code before the name in 项目名称
(51092322T000000436802-文化市场综合行政执法人员制式服装预算经费), 主管部门 ending in 部门, 实施单位 (盖章) on two
lines, a 项目年度目标 that carries its own money and unit price (3.75万元, 0.4163万元 a person) beside its
完成情况, the 2.项目实施内容及过程概述 text -- and breaks off at the 预算执行情况(10分) cell: no budget figures and
no indicators of that project are on the page.

Decided: the unit is 大英县文化广播电视和旅游局 (the second project's 实施单位; its 主管部门 is the same with 部门);
the year is that project's 2022年度 (the first project's year is not on the page); two projects: the first
nameless, with the four indicator rows shown, the unknown 一级 and 二级 left empty (null) as y_14 leaves them; the
second with its name (the code apart), its 年度目标 as the goal and no budget (the 3.75万元 of the goal text is
not the form's budget cell, which the page does not reach)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyrmt.com/article-133619-29.html",
    "title": "部门预算项目支出绩效自评表(2022年度) 51092322T000000436802-文化市场综合行政执法人员制式服装预算经费",
    "issuer": "大英县文化广播电视和旅游局",
    "province": "四川",
    "year": 2022,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "article-133619-29.html"  # the page's own name: its first part states no title

HEADING = "部门预算项目支出绩效自评表(2022年度)"
CONCLUSION = "通过免费开放,吸引了更多公众走进图书馆,从而使图书馆更好地发挥其社会公共服务职能,得到了读者的一致好评。"
PROBLEM = ("因每年图书馆免开资金不是在年初1月份就到位,上一年的资金按照民生工程要求已经100%落实了支付,资金无结余,这就造成了"
           "当年年初开展工作无经费使用,单位制定资金使用绩效目标的准确性也有一定的影响。")
MEASURE = "及时补充图书馆运营经费,使我县图书馆事业不断发展。"
GOAL = ("2022年年度内,计划使用财政资金3.75万元(每人执法服装单价0.4163万元),购买执法队9名工作人员配备制式服装。"
        "推进规范文明执法。")
DONE = "执法队配备购置服装数量9套,配备制式服装的人员数量9人。"
PROCESS = ("项目实施主体为大英县文化市场综合行政执法大队,实施过程中,严格请求汇报制度。由分管领导牵头组织制订服装购买方案,"
           "根据实际情况匹配相应资金,并报局党组会议讨论通过。")


def fragment() -> Grid:
    # 11 columns as the form has them (绩效指标(90分) caption | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
    # 完成值 | 权重 | 得分 | 未完成原因分析); the rows lack the cells opened on the page before and sit flush left.
    g = Grid(11)
    g.add("公益性讲座知晓率", "=", "100", "%", "100", "5", "5", "")
    g.add("可持续影响指标", "图书馆管理机制健全性", "定性", "好坏", "", "好坏", "5", "5", "")
    g.add(C("满意度指标", down=2), C("服务对象满意度指标", down=2), "活动参与人员满意度", "≥", "95", "%", "95", "5",
          "5", "")
    g.add("聘用人员满意度", "≥", "95", "%", "95", "5", "5", "")
    g.add(C("合计", span=8), "100", "100", "")
    g.add("评价结论", C(CONCLUSION, span=10))
    g.add("存在问题", C(PROBLEM, span=10))
    g.add("改进措施", C(MEASURE, span=10))
    g.add(C("项目负责人:", span=4), C("财务负责人:", span=4), C("", span=3))
    g.add(C("", span=11))
    return g


def project() -> Grid:
    g = Grid(11)
    g.add("项目名称", C("51092322T000000436802-文化市场综合行政执法人员制式服装预算经费", span=10))
    g.add("主管部门", C("大英县文化广播电视和旅游局部门", span=4), C("实施单位\n(盖章)", span=2),
          C("大英县文化广播电视和旅游局", span=4))
    g.add(C("项目基本情况", down=3), C("1.项目年度目标完成情况", span=2, down=2), C("项目年度目标", span=4),
          C("年度目标完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("2.项目实施内容及过程概述", span=2), C(PROCESS, span=8))
    g.add("预算执行情况(10分)")  # the stored page ends with this cell
    return g


def doc() -> Doc:
    return Doc(HEADING, [fragment(), HEADING, project()], landscape=True)
