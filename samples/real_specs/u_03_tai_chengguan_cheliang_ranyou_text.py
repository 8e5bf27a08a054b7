"""An 安徽 county 城管局's 2023 “城管执法执勤车辆燃油维修费” project as a tender-news site reprints the county's
budget page (names masked with asterisks: 太**, ****城管局, [055]****), here as Word's text export: seven
numbered lines of prose first ((1)项目概述 … (6)年度预算安排 340.00万元, (7) 绩效目标。), then the 项目支出
绩效目标申报表 (2023 年度) with 项目责任人(签字) and 单位(盖章) above the keys, 主管部门及代码 and 实施单位
masked, 项目属性 常年项目 | 项目期 1年, 项目资金 as two columns of keys, 中期资金总额: 170.00 beside 年度资金总额:
340.00 (each with 其中:财政拨款 and 其他资金), a spaced 总 体 目 标 label over 中期目标(2023年—2023年) | 年度目标
with the goal under 中期目标 alone, and a spaced 绩 效 指 标 block of twin columns (一级 | 二级 | 三级 | 指标值 |
二级 | 三级 | 指标值) whose right half repeats the 二级 names and is otherwise empty; targets ≥90辆, 较高,
≥100百分比 twice, 程度较高, 及时支出, a masked cost ≤****000元.  The stored page is cut inside the 社会效益指标 row,
which is left out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://wap.qianlima.com/zb/detail/20240808_439315077.html",
    "title": "“太**城管执法执勤车辆燃油维修费”项目",
    "issuer": None,  # masked on the page (****城管局)
    "province": "安徽",  # the 项目支出绩效目标申报表 of 安徽's budget system ([055] 主管部门及代码, 项目期)
    "year": 2023,
    "kind": "项目支出绩效目标申报表",
    "format": "html",
}
FILE = "城管执法执勤车辆燃油维修费项目支出绩效目标申报表.txt"

GOAL = "保障城管执法巡查车辆、抑尘作业车辆的维修及燃油费用,完成**日常执法及拆违拆旧的出勤任务"
PROSE = [
    "1.“太**城管执法执勤车辆燃油维修费”项目。",
    "(1)项目概述:",
    "****城管局执法车及雾炮车等工程车辆燃油定点采购、执法车辆故障定点维修费",
    "(2)立项依据:中标通知书THXCG****0059-1Z",
    "(3)实施主体:",
    "****",
    "(4)起止时间:",
    "2023年1月1日至2023年12月31日",
    "(5)项目内容:",
    GOAL,
    "(6)年度预算安排:",
    "340.00万元",
    "(7) 绩效目标。",
]


def doc() -> Doc:
    g = Grid(8)
    g.add(C("项目支出绩效目标申报表", span=8))
    g.add(C("( 2023 年度)", span=8))
    g.add(C("项目责任人(签字):韩朝印", span=4), C("单位(盖章):", span=4))
    g.add("项目名称", C("城管执法车辆维修燃油费", span=7))
    g.add("主管部门及代码", C("[055]****", span=3), "实施单位", C("****", span=3))
    g.add("项目属性", C("常年项目", span=3), "项目期", C("1年", span=3))
    g.add(C("项目资金 (万元)", down=3), "中期资金总额:", C("170.00", span=2), "年度资金总额:", C("340.00", span=3))
    g.add("其中:财政拨款", C("170.00", span=2), "其中:财政拨款", C("340.00", span=3))
    g.add("其他资金", C("0.00", span=2), "其他资金", C("0.00", span=3))
    g.add(C("总 体 目 标", down=2), C("中期目标(2023年—2023年)", span=3), C("年度目标", span=4))
    g.add(C(GOAL, span=3), C("", span=4))
    g.add(C("绩 效 指 标", down=9), "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=7), "数量指标", "完成修理养护的设施数量", "≥90辆", "数量指标", "", "")
    g.add(C("质量指标", down=3), "经费支出合规性", "较高", C("质量指标", down=3), "", "")
    g.add("项目验收合格率", "≥100百分比", "", "")
    g.add("养护维修质量合格率", "≥100百分比", "", "")
    g.add(C("时效指标", down=2), "项目完成及时性", "程度较高", C("时效指标", down=2), "", "")
    g.add("经费支出时效性", "及时支出", "", "")
    g.add("成本指标", "项目总成本", "≤****000元", "成本指标", "", "")
    g.add("效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高", "经济效益指标", "", "")
    return Doc("项目支出绩效目标申报表", [*PROSE, g])
