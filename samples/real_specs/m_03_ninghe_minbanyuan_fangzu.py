"""天津市宁河区教育局 2020 抗疫特别国债项目绩效目标表(打捆项目) (2020年非营利性民办园房租补贴): the
title and (2020年度) as the table's first rows, the budget on the 主管预算部门 row as a second
label/value pair (项目预算金额(万元) | 193.8), spaced captions 绩 效 目 标 / 绩 效 指 标 (the latter
merged down the left of the indicator block), a goal cell with three numbered aims in one line, a
date range as 时效 value (2020.1.1-2020.12.31), a rate in 元/平方米, and 效益 values that are whole
sentences; "附件:" follows the table."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.tjnh.gov.cn/ztzl1/ztzl/nhczzjzdjc/202108/t20210831_5569479.html",
    "title": "抗疫特别国债项目绩效目标表(打捆项目) 2020年非营利性民办园房租补贴",
    "issuer": "天津市宁河区教育局",
    "province": "天津",
    "year": 2020,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "抗疫特别国债项目绩效目标表（2020年非营利性民办园房租补贴）.docx"

GOAL = ("1.根据市政府办公厅《关于印发大力发展学前教育两年行动方案(2019-2020年)的通知》要求,给予宁河区"
        "非营利性民办园房租补贴,满足非营利性民办园租房需求,大力支持民办园特别是普惠性民办园发展。 "
        "2.按照《关于印发大力发展学前教育两年行动方案(2019-2020年)的通知》要求,保证补贴资金及时、足额、"
        "合规发放。 3.保障补贴对象享受政策中房租补贴的权益,促进学前教育普及普惠安全优质发展。")


def doc() -> Doc:
    g = Grid(5)
    g.add(C("抗疫特别国债项目绩效目标表(打捆项目)", span=5))
    g.add(C("(2020年度)", span=5))
    g.add("项目名称", C("2020年非营利性民办园房租补贴", span=4))
    g.add("主管预算部门", "天津市宁河区教育局", "项目预算金额(万元)", C("193.8", span=2))
    g.add("绩 效 目 标", C(GOAL, span=4))
    g.add(C("绩 效 指 标", down=12), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=7), C("数量指标", down=2), "补贴非营利性民办幼儿园数量", "20个")
    g.add("补贴民办园租用面积", "26970.7平方米")
    g.add(C("质量指标", down=2), "补贴覆盖民办幼儿园率", "≥90.91%")
    g.add("补贴发放合规率", "≥95%")
    g.add(C("时效指标", down=2), "补贴发放及时率", "≥95%")
    g.add("补贴期限", "2020.1.1-2020.12.31")
    g.add("成本指标", "补贴标准", "71.86元/平方米")
    g.add(C("效益指标", down=3), C("社会效益指标", down=2), "提升疫情防控期间民办幼儿园扶持力度",
          "显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。")
    g.add("促进学前教育普及普惠优质发展", "显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。")
    g.add("可持续影响指标", "非营利性民办园租房受益期限", "保障疫情期间非营利性民办园房租需求,大力支出民办幼儿园发展")
    g.add("满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%")
    return Doc("抗疫特别国债项目绩效目标表(打捆项目)", [g, "附件:"])
