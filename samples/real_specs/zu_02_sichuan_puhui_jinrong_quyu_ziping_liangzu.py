"""A 普惠金融发展专项资金 区域绩效自评表 of some 四川 county, as a policy site (chacewang) stores a reprint of it: the
stored text IS the table, with no title, no county, no year and no date anywhere (the only office named is the
province's 四川省财政厅, in a 省级主管部门 row), run together by the reprint and ending "得分合计100。".
What is unusual is the layout.  Key rows: 专项名称, 省级主管部门, then 资金情况(万元) merged down three rows over
two column groups side by side, the budget on the left and its use on the right, each a label cell and an amount
cell: 年度金额(提前下达): 208万元 | 资金使用情况(万元)合计: 109.8万元, then 中央财政 165万元 | 中央财政 84.5万元
and 省级财政 43万元 | 省级财政 25.3万元 (the same source labels twice, 165 + 43 = 208, 84.5 + 25.3 = 109.8);
then a 年度总体目标 row whose goals (目标1:… 目标2:… 目标3:…) stand beside a 完成情况 cell repeating them as
1:… 2:… 3:….  The indicator block sits under a merged caption 绩效目标完成情况 with the header 一级指标 | 二级指标 |
三级指标 | 指标值 | 完成值 | 权重 | 得分: targets and results in adjacent columns (≥10% against 115.25%, ≥2倍 against
10倍, and a 满意度 whose 完成值 repeats its target, ≥80%), the weight written as a percentage (20%, 10%, 5%) and the
score as the same number bare (20, 10, 5).  Inferred: where the reprint has commas between the goals and after
the last one, the cells held line breaks (its other cells run together with no separator at all); the goals are
rebuilt one a line, the sentence-internal commas kept.  The closing 。 after 100 is the reprint's and is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news368066.html",
    "title": "普惠金融发展专项资金(区域绩效自评表)",  # the stored text has no title line
    "issuer": None,  # no county is named; 四川省财政厅 is only the 省级主管部门
    "province": "四川",
    "year": None,  # not stated (年度金额 is marked 提前下达, with no year)
    "kind": "转移支付区域绩效自评表",
    "format": "html",
}
FILE = "news368066(普惠金融发展专项资金区域绩效自评表).html"

GOALS = ("目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面\n"
         "目标2:支持重点群体和符合条件的小微企业融资发展\n"
         "目标3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展")
DONE = ("1:支持农村金融组织体系建设,扩大农村金融服务覆盖面\n"
        "2:支持重点群体和符合条件的小微企业融资发展\n"
        "3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展")


def doc() -> Doc:
    g = Grid(8)
    g.add("专项名称", C("普惠金融发展专项资金", span=7))
    g.add("省级主管部门", C("四川省财政厅", span=7))
    g.add(C("资金情况(万元)", down=3), C("年度金额(提前下达):", span=2), "208万元",
          C("资金使用情况(万元)合计:", span=3), "109.8万元")
    g.add(C("中央财政", span=2), "165万元", C("中央财政", span=3), "84.5万元")
    g.add(C("省级财政", span=2), "43万元", C("省级财政", span=3), "25.3万元")
    g.add("年度总体目标", C(GOALS, span=3), "完成情况", C(DONE, span=3))
    g.add(C("绩效目标完成情况", down=10), "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分")
    g.add(C("产出指标", down=4), "数量指标", "创业担保贷款发放额增长率", "≥10%", "115.25%", "20%", "20")
    g.add(C("质量指标", down=3), "创业担保贷款回收率", "≥90%", "98.70%", "20%", "20")
    g.add("资金足额拨付率", "100%", "100%", "10%", "10")
    g.add("地方配套到位率", "100%", "100%", "10%", "10")
    g.add(C("效益指标", down=2), "经济效益指标", "创业担保基金放大倍数", "≥2倍", "10倍", "10%", "10")
    g.add("社会效益指标", "金融机构网点覆盖率", "≥60%", "85%", "10%", "10")
    g.add(C("满意度指标", down=3), C("服务对象满意度指标", down=3), "申请定向费用补贴金融机构满意度", "≥80%",
          "≥80%", "10%", "10")
    g.add("申报创业担保贷款贴息个人满意度", "≥80%", "100%", "5%", "5")
    g.add("申报创业担保贷款贴息小微企业的满意度", "≥80%", "100%", "5%", "5")
    g.add(C("得分合计", span=7), "100")
    return Doc(SOURCE["title"], [g])
