"""奉节县应急管理局's 财政项目支出绩效目标审批表 for 12350安全生产举报奖及安全生产专项督查等工作经费 (重庆, the
county's 应急管理局 pages, 财政资金 column, published 2025-09), the 奉节 审批表 of h_03 in another unit's hands, as
the page shows it: everything inside the one table -- 附件3, the title and "( 2023年度)" as full-width rows, then
预算单位: | 奉节县应急管理局 | 金额单位:万元 as a row of the table, not a line above it -- and a year that disagrees
with itself (the form says 2023年度, its 建设周期 is 2025年1月1日-2025年12月31日).  Key rows with two and three
label/value pairs (项目分类 运转类--日常管理类, 项目负责人, 联系电话), a 项目资金 预算执行 10分 block (项目总预算 100,
财政资金科目代码 2240109-应急管理, 年度预算执行率 100%), then the indicator block that starts with 成本指标 and
carries score ranges in the 一级 cells ("成本指标(0-20)分", "产出指标 (40-50)分"), with 分值 and 指标解释 columns.
The three 成本 rows are filled with the system's zeros: 三级指标 "0", 指标值 "0.00%", 分值 "0", and the
template's explanation of the 二级 kept in 指标解释; the first 数量指标 row has its 指标解释 "0".  The stored page
breaks off inside the second 数量指标 row (制作防灾减灾日宣传资料份数 | ≥500份 | …): the rebuild ends after the
12350安全生产举报奖励次数 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("http://www.cqfj.gov.cn/bm_168/yjglj/zwgk_61787/zfxxgkml/jczwgk/aqscly_304286/zdlyxxgk/czzj/"
            "202509/t20250915_15008761.html"),
    "title": "财政项目支出绩效目标审批表(2023年度) 12350安全生产举报奖及安全生产专项督查等工作经费 (附件3)",
    "issuer": "奉节县应急管理局",
    "province": "重庆",
    "year": 2023,
    "kind": "绩效目标审批表",
    "format": "html",
}
FILE = "财政项目支出绩效目标审批表(12350安全生产举报奖及安全生产专项督查等工作经费).html"

OVERVIEW = ("为深入贯彻落实习近平总书记关于安全生产重要论述、防灾减灾救灾重要论述和党的二十大精神,及时发现并排除"
            "重大事故隐患,制止和惩处违法行为,鼓励举报重大事故隐患和安全生产违法行为,提高安全生产群防群治能力。")
GOAL = "全力以赴做好安全生产、防灾减灾救灾工作,保障工作顺利开展。"

COST = [
    ("经济成本指标", "反映实施相关项目所产生的直接经济成本"),
    ("社会成本指标", "反映实施相关项目对社会发展、公共福利等方面可能造成的负面影响"),
    ("生态环境成本指标", "反映实施相关项目对自然生态环境可能造成的负面影响"),
]


def doc() -> Doc:
    g = Grid(7)
    g.add(C("附件3", span=7))
    g.add(C("财政项目支出绩效目标审批表", span=7))
    g.add(C("( 2023年度)", span=7))
    g.add("预算单位:", C("奉节县应急管理局", span=3), C("金额单位:万元", span=3))
    g.add("项目名称", C("12350安全生产举报奖及安全生产专项督查等工作经费", span=3), "项目分类",
          C("运转类--日常管理类", span=2))
    g.add("建设周期", C("2025年1月1日-2025年12月31日", span=3), "业务主管部门", C("奉节县应急管理局", span=2))
    g.add("实施单位", C("奉节县应急管理局", span=2), "项目负责人", "余贵来", "联系电话", "023-56557278")
    g.add("项目审批", C("奉节安委办发〔2021〕69号、奉节委办〔2022〕21号", span=6))
    g.add("项目总体概况", C(OVERVIEW, span=6))
    g.add("年度主要目标 和成果", C(GOAL, span=6))
    g.add(C("项目资金 预算执行 10分", down=5), C("项目总预算", span=2), "100", C("财政资金预算分类", span=2),
          "一般公共预算")
    g.add(C("当年年度预算", span=2), "100", C("", span=3))
    g.add(C("其中:财政资金", span=2), "100", C("财政资金科目代码", span=2), "2240109-应急管理")
    g.add(C("其中:其它资金", span=2), "0", C("", span=3))
    g.add(C("年度预算执行率", span=2), "100%", C("分值", span=2), "10分")
    g.add(C("年度绩效目标(90分)", down=2 + len(COST)), "一级指标", "二级指标", "三级指标", "指标值", "分值",
          "指标解释")
    for i, (level2, note) in enumerate(COST):
        lead = [C("成本指标(0-20)分", down=len(COST))] if i == 0 else []
        g.add(*lead, level2, "0", "0.00%", "0", note)
    g.add("产出指标 (40-50)分", "数量指标", "12350安全生产举报奖励次数", "≥5次", "10", "0")
    return Doc("财政项目支出绩效目标审批表", [g])
