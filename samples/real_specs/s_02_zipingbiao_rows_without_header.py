"""A 部门预算项目支出绩效自评表 (the 四川 预算一体化 form: 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 |
得分 | 未完成原因分析) as a news site's page stores it: the page opens inside the indicator block, with no
title, no 项目名称 and no header row: 产出指标 / 数量指标 rows (足额保障率 = 100 %, 科目调整次数 ≤ 10 次),
时效指标 (按时发放率), 效益指标 / 经济效益指标 (结余率 with its formula in the name), each weighted 22.5,
完成值 and 得分 blank, then 合计 100, 评价结论 / 存在问题 / 改进措施 and the unsigned 项目负责人: / 财务负责人:
line.  Neither the unit nor the year is named."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyrmt.com/article-132779-22.html",
    "title": "部门预算项目支出绩效自评表(续)",
    "issuer": None,  # not named on the stored page
    "province": None,
    "year": None,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "部门预算项目支出绩效自评表(续).docx"


def doc() -> Doc:
    g = Grid(10)
    g.add(C("产出指标", down=3), C("数量指标", down=2), "足额保障率", "=", "100", "%", "", "22.5", "", "")
    g.add("科目调整次数", "≤", "10", "次", "", "22.5", "", "")
    g.add("时效指标", "按时发放率", "=", "100", "%", "", "22.5", "", "")
    g.add("效益指标", "经济效益指标", "结余率(计算方法为:结余数/预算数)", "≤", "5", "%", "", "22.5", "", "")
    g.add(C("合计", span=7), "100", "", "")
    g.add("评价结论", C("及时、足额缴纳。", span=9))
    g.add("存在问题", C("暂无", span=9))
    g.add("改进措施", C("暂无", span=9))
    g.add(C("项目负责人:", span=4), C("财务负责人:", span=4), C("", span=2))
    return Doc("部门预算项目支出绩效自评表", [g])
