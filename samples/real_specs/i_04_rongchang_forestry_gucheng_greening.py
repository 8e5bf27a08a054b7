"""荣昌区林业局 2022 项目绩效目标表 (古昌镇大青冈村乡村振兴绿化美化项目), exported as plain text: an
empty first column that only holds "附件2-1" in the first row, 申报单位 given as "区林业局" without
the district, a 资金情况(万元) block with numbered sources (1.中央资金 … 4.其他资金) of which only
2.市级资金 is filled, 计量单位 and 指标性质 columns before 指标值, and a second 质量指标 row left
empty.  The page's copy is cut at the 时效指标 row: the rebuild ends after the empty 质量指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/t20220907_11085882.html",
    "title": "项目绩效目标表(2022年度) 古昌镇大青冈村乡村振兴绿化美化项目 (附件2-1)",
    "issuer": "重庆市荣昌区林业局",
    "province": "重庆",
    "year": 2022,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "附件2-1 荣昌区林业局2022年项目绩效目标表（古昌镇大青冈村乡村振兴绿化美化项目）.txt"


def doc() -> Doc:
    g = Grid(8)
    g.add("附件2-1", "", "", "", "", "", "", "")
    g.add("", C("项目绩效目标表", span=7))
    g.add("", C("(2022年度)", span=7))
    g.add("", "申报单位", "区林业局", "项目(专项)名称", C("古昌镇大青冈村乡村振兴绿化美化项目", span=4))
    g.add("", "具体实施单位", "区林业局", "项目属性", C("延续", span=4))
    g.add("", "项目负责人", "胡正君", "联系电话", C("19922989736", span=4))
    g.add("", C("资金情况(万元)", down=5), "年度资金总额:", C("153.5184", span=5))
    g.add("", "其中:1.中央资金", C("", span=5))
    g.add("", "2.市级资金", C("153.5184", span=5))
    g.add("", "3.区级资金", C("", span=5))
    g.add("", "4.其他资金", C("", span=5))
    g.add("", "项目概况及立项依据", C("在古昌镇大青杠村事实乡村公路绿化;对周边沿线村民发放李子苗", span=6))
    g.add("", "项目总体目标", C("对古昌镇大青杠村约3500米公路沿线进行绿化美化。", span=6))
    g.add("", "项目年度目标", C("在古昌镇大青杠村约3500米公路沿线,通过地面清表,苗木采购和栽植,区域造景、"
                                "管护等措施,进行绿化和美化,同时向周边沿线村民发放李子苗。", span=6))
    g.add("", C("绩效指标", down=5), "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值")
    g.add("", C("产出指标", down=4), C("数量指标", down=2), "绿化美化公路", "米", "=", "3500")
    g.add("", "购买发放李子苗", "株", "=", "15000")
    g.add("", C("质量指标", down=2), "树木成活率", "%", "≥", "85")
    g.add("", "", "", "", "")
    return Doc("项目绩效目标表", [g])
