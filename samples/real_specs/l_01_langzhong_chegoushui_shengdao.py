"""阆中市交通运输局 2021 车购税 (普通省道公路建设) 转移支付绩效目标自评表 (四川): the 一级指标 cells of the
产出 and 效益 blocks are blank and only 满意度指标 is written; the 指标值 and 全年实际完成值 columns hold
scores (20, 10) instead of targets; empty 成本指标 / 可持续影响指标 rows and "……" rows; two-line 二级 cells
(经济效益 / 指标); 项目资金 with 中央补助 / 地方资金 / 其他资金 and a 预算执行率 column; 总体目标 written
with the 全年实际完成情况 cell left blank; a 说明 row. The page carries a second table (农村公路) that the
stored copy does not show; it and the cut-off third note are left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html",
    "title": "中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)",
    "issuer": "阆中市交通运输局",
    "province": "四川",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "中央车购税对地方补助资金绩效目标自评表（普通省道和农村公路）.docx"


def doc() -> Doc:
    g = Grid(8)
    g.add("转移支付(项目)名称", C("车辆购置税收入补助地方资金(普通省道公路建设)", span=7))
    g.add("中央主管部门", C("财政部", span=7))
    g.add("地方主管部门", C("阆中市交通运输局", span=3), "资金使用单位", C("阆中市交通运输局", span=3))
    g.add(C("项目资金\n(万元)", down=5), C("", span=3), "全年预算数(A)", "全年执行数(B)",
          C("预算执行率(B/A)", span=2))
    g.add(C("年度资金总额:", span=3), "4000", "4000", C("100%", span=2))
    g.add(C("其中:中央补助", span=3), "4000", "4000", C("100%", span=2))
    g.add(C("地方资金", span=3), "", "", C("", span=2))
    g.add(C("其他资金", span=3), "", "", C("", span=2))
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=4), C("全年实际完成情况", span=3))
    g.add(C("按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里,保证道路安全畅通。", span=4),
          C("", span=3))
    g.add(C("绩效指标", down=13), "一级\n指标", "二级指标", C("三级指标", span=2), "指标值",
          "全年实际完成值", "未完成原因和改进措施")
    g.add(C("", down=5), "数量指标", C("建设普通省道二级公路32.1公里", span=2), "20", "20", "")
    g.add("质量指标", C("建设符合验收要求", span=2), "20", "20", "")
    g.add("时效指标", C("按期完成投资", span=2), "10", "10", "")
    g.add("成本指标", C("", span=2), "", "", "")
    g.add("……", C("", span=2), "", "", "")
    g.add(C("", down=5), "经济效益\n指标", C("对经济发展的促进作用", span=2), "10", "10", "")
    g.add("社会效益\n指标", C("基本公共服务水平", span=2), "10", "10", "")
    g.add("生态效益\n指标", C("交通建设符合环评审批要求", span=2), "10", "10", "")
    g.add("可持续影响指标", C("", span=2), "", "", "")
    g.add("……", C("", span=2), "", "", "")
    g.add(C("满意度指标", down=2), "服务对象\n满意度指标", C("改善通行服务水平群众满意度", span=2), "20", "20", "")
    g.add("……", C("", span=2), "", "", "")
    g.add("说明", C("", span=7))
    return Doc("中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)", [
        "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评",
        "(2021年度)",
        g,
        "注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。",
        "2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。",
    ], landscape=True)
