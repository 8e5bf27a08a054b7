"""昌宁县供销合作社联合社's 2022年度项目支出绩效自评表 (云南, 保山) of a 县直专项 that built a pig farm for a
cooperative, as the county site shows the attachment (附件3) in its page, here as the Word file: 附件3:, the
title, then one line above the table naming the unit and the date (单位名称:昌宁县供销合作社联合社 填报日期:
2023年4月15日); 项目名称 across, 主管部门 | 昌宁县供销合作社联合社 | 项目实施单位 | 昌宁县昌龙鸿运牧业专业合作社,
two rows of ticked boxes (项目类别: 县直专项 ☑, 项目属性: 持续性项目 ☑), a 预算执行情况(万元)(20分) block of one
row whose 执行率 is a bare 20 and whose 得分 is 20分*执行率 (年度财政资金总额 50 | 10 | 20 | 4), then the
indicators under a label merged down the left, 年度绩效目标 (80分): 一级 | 二级 | 三级 | 年初目标值(A) |
实际完成值(B) | 得分, the 一级 carrying its weight (产出指标(40分)).  Every 三级 still holds the template's
placeholder with the direction and the unit in it (公猪舍(≥**平方米), 化粪池(≥**立方米), 排污沟(≥米),
保育栏(≥套), 种公猪(≥头)), the placeholder never filled in, and the targets are bare numbers (22.8, 180, 76.44,
1); one name keeps its typo (管理用房及消通道).  The stored page is cut inside the 种母猪(≥头) row (its target
and value shown, its 得分 not), so that row and what follows are left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://yncn.gov.cn/info/5102/8340150.htm",
    "title": "2022年度项目支出绩效自评表(昌龙鸿运)",
    "issuer": "昌宁县供销合作社联合社",
    "province": "云南",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2022年度项目支出绩效自评表(昌龙鸿运).docx"

# 三级 (as written) | 年初目标值(A) | 实际完成值(B) | 得分
OUTPUTS = [
    ("公猪舍(≥**平方米)", "22.8", "22.8", "1"),
    ("母猪、保育猪舍(≥**平方米)", "180", "180", "3"),
    ("育肥猪舍(≥**平方米)", "180", "180", "3"),
    ("周转猪舍(≥**平方米)", "180", "180", "3"),
    ("隔离舍(≥**平方米)", "54", "54", "2"),
    ("仓库(≥**平方米)", "104", "104", "2"),
    ("管理用房及消通道(≥**平方米)", "76.44", "76.44", "2"),
    ("化粪池(≥**立方米)", "63", "63", "1"),
    ("堆粪房(≥**平方米)", "29.6", "29.6", "1"),
    ("消毒池(≥**平方米)", "14", "14", "1"),
    ("排污沟(≥米)", "50", "50", "1"),
    ("场地硬化(≥**平方米)", "230", "230", "2"),
    ("粉碎拌合机(11kw)(≥台)", "1", "1", "1"),
    ("产床(全复合双体产床)(≥套)", "2", "2", "1"),
    ("保育栏(≥套)", "4", "4", "1"),
    ("消毒机(≥台)", "1", "1", "1"),
    ("冲洗机(≥台)", "1", "1", "1"),
    ("种公猪(≥头)", "2", "2", "2"),
]


def doc() -> Doc:
    n = len(OUTPUTS)
    g = Grid(7)
    g.add("项目名称", C("昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目", span=6))
    g.add("主管部门", C("昌宁县供销合作社联合社", span=2), C("项目实施单位", span=2),
          C("昌宁县昌龙鸿运牧业专业合作社", span=2))
    g.add("项目类别", C("1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □", span=6))
    g.add("项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", span=6))
    g.add(C("预算执行情况(万元)\n(20分)", span=2), "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分\n(20分*执行率)", span=2))
    g.add(C("年度财政资金总额", span=2), "50", "10", "20", C("4", span=2))
    g.add(C("年度绩效目标\n(80分)", down=n + 1), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    first, *rest = OUTPUTS
    g.add(C("产出指标(40分)", down=n), C("数量指标", down=n), *first)
    for row in rest:
        g.add(*row)
    return Doc("2022年度项目支出绩效自评表", [
        "附件3:",
        "2022年度项目支出绩效自评表",
        "单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日",
        g,
    ])
