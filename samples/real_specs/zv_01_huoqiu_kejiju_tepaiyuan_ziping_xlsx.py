"""霍邱县科学技术局 (六安, 安徽) 2022 项目支出绩效自评表 for 科技特派员创业行动经费, as a mirror of the county's
信息公开 platform (wjbhcs.com, public/6600241/…) shows it on a page titled "霍邱县科学技术局2022年项目支出绩效目标表"
-- the page calls it a 绩效目标表, the table itself is the year-end 自评表 (年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施).  Rebuilt as the workbook the 科技局 fills in: 安徽's county 自评表 (the 棠溪镇 template),
主管部门 and 实施单位 with their budget codes run in (031-霍邱县科学技术局, 031001-霍邱县科学技术局), a 项目资金(万元)
block of 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (25 | 25 | 25 | 10 | 100.00% | 10.00, typed numbers
with Excel formats), a 年度总体目标 row whose 实际完成情况 is left empty, and one 9-column indicator block under a
绩效指标 caption.

What is unusual in the indicator rows:
- the 时效指标 row has no name of its own: its 三级指标 and its 年度指标值 are the same deadline, 2022年底之前;
- most 实际完成值 are the word 达成预期指标 (the target was met), only the counted rows carry a number (3, 5);
- targets are short states (创业能力提升, 农民增收, 能力持续提升, 创业热情高涨) that repeat the tail of the 三级 name,
  and 巩固拓展脱贫攻坚成果 is both the 三级 name and its target;
- an empty 生态效益指标 row sits after 可持续影响指标 with nothing but a 0 in 得分 (no indicator; the 0 is read as the
  template's score formula, placed under 得分 -- the copy only shows the 0 after blank cells);
- the 满意度 row's 二级 is 满意度指标 again, under 满意度指标(10分);
- a 总分 row closes the table (100 | 100.00).

The page lists the bureau's projects one after another; the stored copy breaks off inside the second one (地震经费,
cut in its money header), so the rebuild holds the first table only, ending with its 总分 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.wjbhcs.com/public/6600241/36762723.html",
    "title": "霍邱县科学技术局2022年项目支出绩效目标表",
    "issuer": "霍邱县科学技术局",
    "province": "安徽",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "霍邱县科学技术局2022年项目支出绩效自评表(科技特派员创业行动经费).xlsx"

GOAL = "发挥科技特派员创业带头人作用。"


def n(text: str, v: float, fmt: str = "General") -> C:
    return C(text, value=v, fmt=fmt)


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("科技特派员创业行动经费", span=8))
    g.add("主管部门", C("031-霍邱县科学技术局", span=3), "实施单位", C("031001-霍邱县科学技术局", span=4))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          "得分")
    g.add(C("年度资金总额:", span=2), n("25", 25), n("25", 25), n("25", 25), n("10", 10),
          n("100.00%", 1.0, "0.00%"), n("10.00", 10, "0.00"))
    g.add(C("其中:本年财政拨款", span=2), n("25", 25), n("25", 25), n("25", 25), "", "", "")
    g.add(C("上年结转资金", span=2), n("0", 0), n("0", 0), n("0", 0), "", "", "")
    g.add(C("其他资金", span=2), n("0", 0), n("0", 0), n("0", 0), "", "", "")
    g.add(C("年度总体目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C("", span=4))
    g.add(C("绩效指标", down=10), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施")
    g.add(C("产出指标(50分)", down=4), "数量指标", "开展县域结对交流活动", "≥3次", n("3", 3), n("10", 10),
          n("10", 10), "")
    g.add("质量指标", "科技特派员创业能力提升", "创业能力提升", "达成预期指标", n("20", 20), n("20", 20), "")
    g.add("时效指标", "2022年底之前", "2022年底之前", "达成预期指标", n("10", 10), n("10", 10), "")
    g.add("成本指标", "科技特派员业务培训开展", "≥5万元", n("5", 5), n("10", 10), n("10", 10), "")
    g.add(C("效益指标(30分)", down=4), "经济效益指标", "带动农民增收", "农民增收", "达成预期指标", n("10", 10),
          n("10", 10), "")
    g.add("社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", "达成预期指标", n("10", 10), n("10", 10),
          "")
    g.add("可持续影响指标", "科技特派员创业行动能力持续提升", "能力持续提升", "达成预期指标", n("10", 10),
          n("10", 10), "")
    g.add("生态效益指标", "", "", "", "", n("0", 0), "")
    g.add("满意度指标(10分)", "满意度指标", "群众创业热情高涨", "创业热情高涨", "达成预期指标", n("10", 10),
          n("10", 10), "")
    g.add(C("总分", span=6), n("100", 100), n("100.00", 100, "0.00"), "")
    return Doc("项目支出绩效自评表", ["项目支出绩效自评表", "(2022年度)", g], landscape=True)
