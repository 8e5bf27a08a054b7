"""A district 城市管理委员's 2020 抗疫特别国债项目绩效目标表(打捆项目) for 疫情期间区域病媒防治环境卫生清洁等费用,
as a budget-disclosure page shows it (the page a mirror of the district's 2020 预算公开; the mirror replaced the
place's name with its own words, so the unit reads 狗万客户端城市管理委员 and the regulation 《狗万客户端市市容环境
卫生管理条例》), here as a Word file and its PDF: the title and (2020年度) inside the table, 项目名称 across,
主管预算部门 | unit | 项目预算金额 (万元) | 5652 on one row, the goal under a label whose characters are spaced out
(绩 效 目 标) as two numbered sentences in one cell, and the indicators under a spaced 绩 效 指 标 label merged
down the left: 一级 | 二级 | 三级 | 指标值, no 指标性质 or unit column; targets 1346.0088万平方米, 485条, 283辆,
100%, 1次/月 twice, a period 2020年1月--2020年11月 (twice, once as a 可持续影响 target), ≤620万/月 as the 人工成本,
≥99% and ≥90%."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html",
    "title": "[预算绩效]疫情期间区域病媒防治环境卫生清洁等费用绩效目标表",
    "issuer": "狗万客户端城市管理委员",  # as the mirror prints it; the district's own name is not recoverable
    "province": None,  # the mirror replaced the place's name
    "year": 2020,
    "kind": "抗疫特别国债项目绩效目标表",
    "format": "html",
}
FILE = "疫情期间区域病媒防治环境卫生清洁等费用绩效目标表.pdf"

GOAL = ("1.按《狗万客户端市市容环境卫生管理条例》及疫情期间各项文件规定,为提升我区环境卫生质量、坚决杜绝病媒传播的"
        "需要,搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。 2.工作由服务外包公司承担,采用服务外包"
        "方式,达到干净整洁、生活垃圾日产日清的效果。")
PERIOD = "2020年1月--2020年11月"


def doc() -> Doc:
    g = Grid(5)
    g.add(C("抗疫特别国债项目绩效目标表(打捆项目)", span=5))
    g.add(C("(2020年度)", span=5))
    g.add("项目名称", C("疫情期间区域病媒防治环境卫生清洁等费用", span=4))
    g.add("主管预算部门", "狗万客户端城市管理委员", "项目预算金额 (万元)", C("5652", span=2))
    g.add("绩 效 目 标", C(GOAL, span=4))
    g.add(C("绩 效 指 标", down=12), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=8), C("数量指标", down=3), "清扫保洁道路面积", "1346.0088万平方米")
    g.add("清扫保洁道路条数", "485条")
    g.add("生活垃圾运输车辆", "283辆")
    g.add("质量指标", "垃圾无害化处理率", "100%")
    g.add(C("时效指标", down=3), "城市道路以克论净量化考核", "1次/月")
    g.add("环境卫生专项考核", "1次/月")
    g.add("各项费用使用周期", PERIOD)
    g.add("成本指标", "人工成本", "≤620万/月")
    g.add(C("效益指标", down=2), "社会效益指标", "清扫保洁覆盖率", "≥99%")
    g.add("可持续影响指标", "保障期限", PERIOD)
    g.add("满意度指标", "服务对象满意度指标", "周围群众满意度", "≥90%")
    return Doc("抗疫特别国债项目绩效目标表", [g])
