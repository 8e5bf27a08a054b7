"""东莞市交通运输局 2019 财政项目支出绩效目标批复表 (镇际联网路升级改造工程一期): title, year and
预算单位 as merged rows inside the sheet, a key row with three label/value pairs (项目名称, 中期市
财政预算, 本年度申请市财政预算资金), 中期滚动 and 年度 blocks side by side (the 年度 block has its
own 二级 column whose 时效 label differs from the 中期 one), a leading merged 绩效指标 column, 一级
names 预期产出指标 / 效果指标, and ±3%以内.  The page's copy is cut inside the 可持续影响指标 row:
the rebuild ends after the 社会、经济、生态效益指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm",
    "title": "东莞市财政项目支出绩效目标批复表(镇际联网路升级改造工程一期)",
    "issuer": "东莞市交通运输局",
    "province": "广东",
    "year": 2019,
    "kind": "绩效目标批复表",
    "format": "html",
}
FILE = "东莞市财政项目支出绩效目标批复表（镇际联网路升级改造工程一期）.xlsx"


def doc() -> Doc:
    g = Grid(8)
    g.add(C("东莞市财政项目支出绩效目标批复表", span=8))
    g.add(C("( 2019 年度)", span=8))
    g.add(C("预算单位:东莞市交通运输局", span=8))
    g.add("项目名称", C("镇际联网路升级改造工程一期", span=2), "中期市财政预算(万元)",
          C("284500.00", value=284500.0, fmt="0.00"), C("本年度申请市财政预算资金(万元)", span=2),
          C("919.00", value=919.0, fmt="0.00"))
    g.add(C("总体目标", down=2), C("中期滚动目标(2019年--2021年)", span=4), C("年度目标", span=3))
    g.add(C("新建或改造道路,共29个项目,规划里程169公里。", span=4),
          C("督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个"
            "项目补助尾款结算387万元。", span=3))
    g.add(C("绩效指标", down=6), "一级指标", "二级指标", "三级指标", "指标值(或计划水平)",
          "二级指标", "三级指标", "计划指标值(或计划水平)")
    g.add(C("预期产出指标", down=4), "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "3",
          "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "3")
    g.add("质量指标", "补助款结算误差率", "±3%以内", "质量指标", "补助款结算误差率", "±3%以内")
    g.add("时效指标(工期指标)", "结算款支付及时性", "及时", "时效指标(工期指标、形象进度指标)",
          "结算款支付及时性", "及时")
    g.add("预算(或投资规模)控制指标", "年度预算执行率", "≥90%", "预算(或投资规模)控制指标",
          "年度预算执行率", "≥90%")
    g.add("效果指标", "社会、经济、生态效益指标", "补助款结算争议率", "0%", "社会、经济、生态效益指标",
          "补助款结算争议率", "0%")
    return Doc("东莞市财政项目支出绩效目标批复表", [g])
