"""湘潭市环境卫生管理处 2024 项目绩效目标表 (雾炮车抑尘降尘服务), the year after e_01 and in the other
Hunan template: 填报单位(盖章) left blank so the unit is only in 项目实施单位, the 主管部门 cell carries
its code after a space (湘潭市城市管理和综合执法局 308001), the funding is one cell of four paragraphs
(资金总额: 250 / 一、预算资金:250 / 二、自有资金:0 / 三、其他:0), 项目实施进度计划 and 长期/年度目标
blocks above the indicators, dates typed without separators (20246-202516, 20251), targets without
operators or units (10, 180, 80M, 85%), a 成本指标 whose value is a phrase (控制在预算内), empty
经济/生态/可持续 rows, and 服务对象满意度指标 under the merged 效益指标.  The stored page breaks off in
the 其他需说明的问题 row after the table, which is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1349210.html",
    "title": "2024年项目绩效目标表(雾炮车降尘抑尘服务)",
    "issuer": "湘潭市环境卫生管理处",
    "province": "湖南",
    "year": 2024,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "2024年项目绩效目标表（雾炮车降尘抑尘服务）.docx"

SUMMARY = ("2024年,市财政局拨付250万元给市城管执法局,继续采购10台雾炮车用于特殊时段环卫作业,服务周180,"
           "持续改善我市空气质量。市城管执法局已明确该项采购工作由市环卫处负责。")


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("雾炮车抑尘降尘服务", span=2), "项目起止时间", C("20246-202516", span=2))
    g.add("主管部门及其编码", C("湘潭市城市管理和综合执法局 308001", span=2), "项目实施单位",
          C("湘潭市环境卫生管理处", span=2))
    g.add("项目负责人", C("吴华章", span=2), "联系电话", C("13973200376", span=2))
    g.add("项目资金申请\n(万元)", C("资金总额: 250\n一、预算资金:250\n二、自有资金:0\n三、其他:0", span=5))
    g.add("项目概况", C(SUMMARY, span=5))
    g.add(C("项目实施进度计划", down=2), C("项目实施内容", span=3), "开始时间", "完成时间")
    g.add(C("通过采购雾炮车抑尘降尘服务,使市空气质量达到优良", span=3), "20246", "20251")
    g.add(C("项目绩效目标", down=2), C("长期目标", span=2), C("年度目标", span=3))
    g.add(C("持续改善我市空气质量", span=2), C("2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量", span=3))
    g.add(C("年度绩效指标", down=11), "一级指标", "二级指标", "三级指标", "指标值", "绩效标准")
    g.add(C("产出指标", down=5), C("数量指标", down=2), "雾炮车抑尘降尘服务配备车辆数", "10", "计划标准")
    g.add("雾炮车风炮射程", "80M", "计划标准")
    g.add("质量指标", "服务周期内空气质量", "优良", "计划标准")
    g.add("时效指标", "服务周期", "180", "计划标准")
    g.add("成本指标", "控制在预算成本内", "控制在预算内", "计划标准")
    g.add(C("效益指标", down=5), "经济效益指标", "", "", "")
    g.add("社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%", "计划标准")
    g.add("生态效益指标", "", "", "")
    g.add("可持续影响指标", "", "", "")
    g.add("服务对象满意度指标", "满意度", "90%", "计划标准")
    return Doc("2024年项目绩效目标表", ["2024年项目绩效目标表", "填报单位(盖章):", g])
