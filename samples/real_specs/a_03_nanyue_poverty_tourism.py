"""南岳区 2018 市级专项扶贫资金 绩效目标申报表 under 主管部门 南岳镇政府: key rows with two
label/value pairs (项目名称 | 项目负责人及电话, 主管部门 | 实施单位 with a "[610001]" code before a
company's name), a 资金情况(万元) block whose labels end in ":", a 总体目标 caption over 年度目标 and
an empty 年度总体目标完成情况, a merged 绩效指标 caption column, ASCII ">=" / "<=" values with
rates in 元/亩 and 元/平方米, template placeholders such as "(≥**%)" left in the indicator names,
and three (盖章) review rows closing the table."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html",
    "title": "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表",
    "issuer": "衡阳市南岳区财政局",
    "province": "湖南",
    "year": 2018,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表.docx"

ROWS = [
    ("产出指标", 8, "数量指标", 3, "贫困地区旅游基础设施建设工程", ">=20平方米"),
    (None, 0, None, 0, "贫困地区旅游景点开发数量( ≥**个 )", ">=4个"),
    (None, 0, None, 0, "流转土地", ">=60亩"),
    (None, 0, "质量指标", 1, "*贫困地区旅游基础设施建设质量达标率100%", ">=98%"),
    (None, 0, "时效指标", 1, "贫困地区基础设施建设按期完成率(≥**%)", ">=95%"),
    (None, 0, "成本指标", 3, "流转土地补助标准", "<=475元/亩"),
    (None, 0, None, 0, "景观建设成本", "<=2875元/个"),
    (None, 0, None, 0, "贫困地区旅游基础设施建设工程建设成本", "<=3000元/平方米"),
    ("效益指标", 4, "经济效益指标", 2, "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元"),
    (None, 0, None, 0, "乡村旅游带动增加贫困人口收入(≥**万元)", ">=2.61万元"),
    (None, 0, "社会效益指标", 2, "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=60000人"),
    (None, 0, None, 0, "受益建档立卡贫困人口数≥**人", ">=29人"),
    ("满意度指标", 4, "服务对象满意度指标", 4, "旅游行业经营主体满意度(≥**%)", ">=90%"),
    (None, 0, None, 0, "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%"),
    (None, 0, None, 0, "旅游区居民满意度(≥**%)", ">=90%"),
    (None, 0, None, 0, "游客满意度(≥**%)", ">=90%"),
]


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("2018年市级专项扶贫资金基础设施(人大代表扶贫基地)", 2), "项目负责人及电话",
          C("郭铁梅18932106863", 2))
    g.add("主管部门", C("南岳镇政府", 2), "实施单位", C("[610001]湖南省润山润水生态农业发展有限公司", 2))
    g.add(C("资金情况(万元)", down=3), C("年度资金总额:", 2), C("10", 3))
    g.add(C("其中:财政拨款", 2), C("10", 3))
    g.add(C("其他资金", 2), C("0", 3))
    g.add(C("总体目标", down=2), C("年度目标", 3), C("年度总体目标完成情况", 2))
    g.add(C("为水濂村带来观光游客不少于6万人,村集体收入达6万元。", 3), C("", 2))
    g.add(C("绩效指标", down=len(ROWS) + 1), "一级指标", "二级指标", "三级指标", "指标值", "备注")
    for l1, n1, l2, n2, l3, value in ROWS:
        cells: list[C | str] = []
        if l1:
            cells.append(C(l1, down=n1))
        if l2:
            cells.append(C(l2, down=n2))
        g.add(*cells, l3, value, "")
    g.add(C("财政部门支出股室初审意见", 2), C("(盖章)", 4))
    g.add(C("财政部门绩效评价股审核意见", 2), C("(盖章)", 4))
    g.add(C("区扶贫办审核意见", 2), C("(盖章)", 4))
    return Doc("绩效目标申报表", ["绩效目标申报表", g])
