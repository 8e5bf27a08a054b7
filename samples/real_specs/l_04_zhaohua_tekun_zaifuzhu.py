"""广元市昭化区 2021 项目支出绩效目标申报表 (特困家庭再扶助): the unit is a 预算单位 line (区卫生健康局);
项目资金 is a nine-row block whose first row is a column header (年度资金总额 | 金额(万元)) with no total of its
own, followed by indented (一)/(二)/(三) 小计 lines and numbered 1、2、3、 sources; 一级 names are not the usual
ones (项目完成指标, 项目效益指标) and are set on two lines; "绩效指标" is both the header row's first cell and a
separate caption merged down the indicator rows; the 指标值 header says (包含数字及文字描述); values mix 63人,
a month range 2021年1月-12月, 12月底到位, a sentence and 长期."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://zhmail.cnzh.gov.cn/News/Detail/20220301121626208.html",
    "title": "特困家庭再扶助(独生子女死亡再扶助)",
    "issuer": "广元市昭化区卫生计生局",
    "province": "四川",
    "year": 2021,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "特困家庭再扶助（独生子女死亡再扶助）项目支出绩效目标申报表.xlsx"


def doc() -> Doc:
    g = Grid(5)
    g.add(C("项目支出绩效目标申报表", span=5))
    g.add(C("(2021年度)", span=5))
    g.add("项目名称", C("特困家庭再扶助(独生子女死亡再扶助)", span=4))
    g.add("预算单位", C("区卫生健康局", span=4))
    g.add(C("项目资金(万元)", down=9), C("年度资金总额", span=2), C("金额(万元)", span=2))
    for label, amount in [("   (一)财政拨款小计", 6.30), ("       1、一般公共预算", 6.30),
                          ("       2、政府性基金", 0.0), ("       3、国有资本经营预算", 0.0),
                          ("   (二)自有资金小计", 0.0), ("       1、事业收入", 0.0),
                          ("       2、经营性收入", 0.0), ("   (三)其他收入", 0.0)]:
        g.add(C(label, span=2), C(f"{amount:.2f}", span=2, value=amount, fmt="0.00"))
    g.add(C("总体\n目标", down=2), C("年度目标", span=4))
    g.add(C("区域内符合计划生育政策、法规生育的独生子女伤残、死亡适龄家庭进行政策特别扶助,达到“老有所依,老有所养”"
            "的目标。增强服务意识,稳定特扶家庭情绪", span=4))
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)")
    g.add(C("绩效指标", down=9), C("项目完成\n指标", down=5), "数量指标",
          "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人")
    g.add("质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审", "100%")
    g.add(C("时效指标", down=2), "项目实施时间", "2021年1月-12月")
    g.add("资金拨付", "12月底到位")
    g.add("成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助")
    g.add(C("项目效益\n指标", down=2), "社会效益\n指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%")
    g.add("可持续影响\n指标", "实现社会稳定和谐发展", "长期")
    g.add(C("满意度指标", down=2), C("满意度指标", down=2), "受益群众满意度", "≥90%")
    g.add("社会满意度", "100%")
    return Doc("项目支出绩效目标申报表", [g])
