"""零陵区林业局 2021 部门整体支出绩效自评表 (湖南, HTML page of a Word table), as the portal shows it:
characters lost at cell starts ("2021年度)" without its bracket, the label "级预算单位名称", the
unit " 陵区林业局", the indicator "育补助", the weight "30分)"), labels broken over lines (年度预/
算申请/(万元), 年初/预算数, 数量/指标, 经济效/益指标), a funding block split 按收入性质分 / 按支出性质分
with amounts inside the label cells ("其中: 一般公共预算:1873.66万元"), three numbered goals as
separate lines, weights in the 一级 cells (产出指标/(50)), "……" filler rows, targets 1.2万亩,
每亩300, 2.6亿元, 显著.  The header row's empty cell above 年度资金总额 is assumed (the page does not
show empty cells).  The page's copy breaks off at the 生态效益 row: the table ends before it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml",
    "title": "2021年林业局部门整体支出绩效自评表",
    "issuer": "永州市零陵区林业局",
    "province": "湖南",
    "year": 2021,
    "kind": "部门整体支出绩效自评表",
    "format": "html",
}
FILE = "2021年林业局部门整体支出绩效自评表.docx"

GOALS = "目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩"


def doc() -> Doc:
    g = Grid(8)
    g.add(C("级预算单位名称", span=2), C(" 陵区林业局", span=6))
    g.add(C("年度预\n算申请\n(万元)", down=7), "", "年初\n预算数", "全年预算数", "全年\n执行数", "分值", "执行率", "得分")
    g.add("年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10")
    g.add(C("按收入性质分:", span=3), C("按支出性质分:", span=4))
    g.add(C("  其中: 一般公共预算:1873.66万元", span=3), C("其中:基本支出:1768.16万元", span=4))
    g.add(C("政府性基金拨款:", span=3), C("项目支出:2985.5万元", span=4))
    g.add(C("纳入专户管理的非税收入拨款:", span=3), C("", span=4, down=2))
    g.add(C("其他资金:2880万元", span=3))
    g.add(C("年度总体目标", down=2), C("预期目标", span=3), C("实际完成情况 ", span=4))
    g.add(C(GOALS, span=3), C(GOALS, span=4))
    g.add("一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因\n分析及\n改进措施")
    g.add(C("产出指标\n(50)", down=9), C("数量\n指标", down=3), "造林面积", "1.2万亩", "1.2万亩", "10", "10", " ")
    g.add("病虫害防治面积", "3.45万亩", "3.45万亩", "7", "7", "")
    g.add("森林经营面积", "16.3万亩", "16.3万亩", "7", "7", " ")
    g.add(C("质量\n指标", down=2), "造林成活率", "85%", "85%", "7", "7", " ")
    g.add("……", " ", " ", " ", "", "")
    g.add(C("时效\n指标", down=2), "当期完成", "90%", " 100%", "7", "7", " ")
    g.add("……", " ", " ", " ", "", "")
    g.add(C("成本\n指标", down=2), "造林补助", "每亩300", "每亩300", "6", "6", " ")
    g.add("育补助", "每亩100", "每亩100", "6", "6", " ")
    g.add(C("效益指标\n30分) ", down=4), C("经济效\n益指标", down=2), "木材销售收入", "1100万元", "1093万元", "6", "5", " ")
    g.add("林产品收入", "2.6亿元", "2.45亿元", "6", "5", " ")
    g.add(C("社会效\n益指标", down=2), "提高就业率", " 显著", " 显著", "6", "6", " ")
    g.add("……", " ", " ", " ", "", "")
    return Doc("2021年林业局部门整体支出绩效自评表", ["部门整体支出绩效自评表", "2021年度)", g])
