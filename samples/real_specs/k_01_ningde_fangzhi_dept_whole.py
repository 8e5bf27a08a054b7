"""中共宁德市委党史和地方志研究室 2019 部门整体支出绩效目标表 (福建, .xls attachment shown as text): a
部门预算编码 beside the name, a 年度预算安排 block (资金总额 / 项目支出 / 基本支出), 年度总体目标 as numbered
lines in one cell, a 年度履职目标 block (部门职能 / 年度目标任务 / 支出项目名称 / 预算金额) with a trailing
empty row, then an indicator block with 指标解释 holding values ("100%(历史标准)") before the real
目标值 column, whose cells read "1" for coverage rates and "100%" for a completion time; heading
"2019年度)" with its opening bracket missing.  The stored page ends inside the 成本指标 row, which
is left out; the exact placement of the empty cells in the 预算安排 block is read from the
text's spacing."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://ndfzw.com/ggl/2019-12-31/7211.html",
    "title": "19年度部门整体支出绩效目标(原方志委) 附件4:部门整体支出绩效目标表(60.8).xls",
    "issuer": "中共宁德市委党史和地方志研究室",
    "province": "福建",
    "year": 2019,
    "kind": "部门整体支出绩效目标表",
    "format": "xls",
}
FILE = "附件4：部门整体支出绩效目标表(60.8).xlsx"


def doc() -> Doc:
    g = Grid(5)
    g.add("部门(单位)名称", "中共宁德市委党史和地方志研究室", "部门预算编码", C("901001033", span=2))
    g.add(C("年度\n预算\n安排\n(万元)", down=3), "", "资金总额", C("171.41", span=2, value=171.41))
    g.add("", "项目支出", C("60.8", span=2, value=60.8))
    g.add("", "基本支出", C("110.61", span=2, value=110.61))
    g.add("年度\n总体\n目标",
          C("目标1:确保本室各人员工资及福利的发放;\n"
            "目标2:对合作社区、退休人员及遗孀、困难群众进行一定程度的补助;\n"
            "目标3:确保本室日常办公所需经费正常运行;\n"
            "目标4:保障志鉴地情相关工作开展所需资金,确保完成2019年度任务。", span=4))
    g.add(C("年度\n履职\n目标", down=5), "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)")
    g.add("组织、指导、编纂、督促和检查地方志、年鉴、地情工作", "保障志鉴地情相关工作开展所需资金,确保完成2019年度任务",
          "地情、市志编纂与年鉴出版经费", C("49.8", value=49.8))
    g.add("确保本室各人员工资及福利的发放", "按时发放2019年人员福利", "地情、市志编纂与年鉴出版经费",
          C("11", value=11))
    g.add("确保日常工作正常运行", "按时发放2019年人员工资待遇", "基本支出", C("171.41", value=171.41))
    g.add("", "", "", "")
    g.add("一级指标", "二级指标", "三级指标", "指标解释", "目标值")
    g.add(C("产出指标", down=6), C("数量指标", down=3), "志鉴地情相关工作开展所需资金的供应时效",
          "100%(历史标准)", "100%")
    g.add("确保日常工作正常运行", "100%", "100%")
    g.add("按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "60%", "≥60%")
    g.add(C("质量指标", down=2), "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率", "90%(计划标准)",
          C("1", value=1))
    g.add("各类书籍审稿率", "100%(计划标准)", C("1", value=1))
    g.add("时效指标", "项目完成时间", "2019年12月(计划标准)", "100%")
    return Doc("部门整体支出绩效目标表", ["部门整体支出绩效目标表", "2019年度)", g])
