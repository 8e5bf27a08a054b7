"""国家林业局's filled example of a 项目支出绩效目标申报表 (国家森林病虫害预测预报补助经费, 实施单位 造林司),
published as 附件3 of the 项目支出绩效自评表填写样例 and shared on wenke99, here as Word's text export: no year,
主管部门及代码 "169国家林业局", the 项目资金申请(万元) rows (资金总额: / 其中:当年财政拨款 / 其他资金) left
empty, one 项目绩效目标 paragraph of goals joined by semicolons, and the indicators in three columns only
(指标 | 指标内容 | 指标值, no 二级) beside a label column 项目绩效指标 merged down their left; targets with a
space before the unit (2000 次, 200 人次, 2000 种次), one "各 1 次", bare 85% / 100%, and a 效益 target that is
a phrase (有效减少).  The preview is cut inside the next 效益 row's target, which is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.wenke99.com/p-1167617.html",
    "title": "项目支出绩效自评表填写样例",
    "issuer": "国家林业局",
    "province": None,  # a central ministry's example
    "year": None,  # the example leaves the year out
    "kind": "项目支出绩效目标申报表",
    "format": "doc",
}
FILE = "项目支出绩效目标申报表样例(国家森林病虫害预测预报补助经费).txt"

GOAL = ("全面掌握年度全国林业有害生物发生防控信息;编发年度和半年全国林业有害生物趋势预报;发布危险性、突发重大林业有害"
        "生物短期预警信息;管理维护国家林业有害生物信息管理系统,保障信息系统正常运行;考核、指导各地测报工作及国家级中心"
        "测报点直报信息;推广、应用监测、预报新技术;开展测报员岗位技术培训。")

OUTPUT = [
    ("年度、半年趋势报告次数", "各 1 次"),
    ("发生动态与短期预报报告次数", "2000 次"),
    ("汇总突发事件季度报告次数", "4 次"),
    ("趋势会商会次数", "1 次"),
    ("测报员培训人次", "200 人次"),
    ("上报发生情况月报数据的林业有害生物种次", "2000 种次"),
    ("汇总发生情况月报表次数", "12 次"),
    ("测报准确率", "85%"),
    ("年度、半年趋势报告及时率", "100%"),
    ("当地主要林业有害生物预报发布率", "85%"),
]


def doc() -> Doc:
    g = Grid(4)
    g.add("项 目 名 称", C("国家森林病虫害预测预报补助经费", span=3))
    g.add("主管部门及代码", "169国家林业局", "实施单位", "造林司")
    g.add(C("项目资金申请(万元)", down=3), C("资金总额:", span=3))
    g.add(C("其中:当年财政拨款", span=3))
    g.add(C("其他资金", span=3))
    g.add("项目绩效目标", C(GOAL, span=3))
    g.add(C("项目绩效指标", down=len(OUTPUT) + 2), "指标", "指标内容", "指标值")
    for i, (name, target) in enumerate(OUTPUT):
        lead = [C("产出指标", down=len(OUTPUT))] if i == 0 else []
        g.add(*lead, name, target)
    g.add("效益指标", "森林资源生长因害损失量", "有效减少")
    return Doc("项目支出绩效目标申报表", ["附件3:", "样例", "项目支出绩效目标申报表", g])
