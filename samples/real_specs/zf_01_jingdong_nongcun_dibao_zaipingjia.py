"""景东彝族自治县财政局's notice of the 绩效再评价 of 2022年农村最低生活保障专项资金项目 (云南, 普洱; the project is
景东县民政局's), as a chacewang reprint stores it (2023-12-12): no title line, the notice cut down to a run of clauses
joined by commas (委托云南泛正会计师事务所… 二、绩效再评价结论(一)… (二)绩效目标实现情况 … 详见下表:), then the
table, then the rest of the run ending in the signature and date.  The table has no 项目名称, 资金 or 目标 rows at all:
only 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 实际完成值, the operator (>= / = / <=) in its own column and
the unit kept in the value (24500人, 95.00%, 4758万元), the 实际完成值 column holding a verdict (已完成 / 未完成)
instead of a figure, two 成本指标 rows with the same name and different ceilings (农村低保资金 <=4758万元 and
<=9849万元), and a 定性-like row written with = (救助对象生活水平 = 提高).  The unit is taken as the project's
implementing unit the notice names (景东县民政局), as y_13 took the 林业局 over the 财政局 that wrote the notice."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news672170.html",
    "title": "2022年农村最低生活保障专项资金项目绩效再评价",
    "issuer": "景东彝族自治县财政局",
    "province": "云南",
    "year": 2022,
    "kind": "绩效评价结果",
    "format": "html",
}
FILE = "news672170.html"

BEFORE = ("委托云南泛正会计师事务所(普通合伙)对“2022年农村最低生活保障专项资金项目”进行绩效评价,下达景东县民政局农村低保资金"
          "4,758.00万元,下达景东县民政局省级农村低保资金485.00万元,下达景东县民政局农村低保资金592.00万元,下达景东县民政局"
          "农村低保资金1,500.00万元,二、绩效再评价结论(一)绩效再评价综合评分情况经过对农村最低生活保障专项资金项目整体情况的"
          "决策、过程、产出、效果方面进行了绩效再评价,农村最低生活保障专项资金项目的实施使低保对象的基本生活得到有效保障,"
          "存在绩效目标设定不合理、施保不精准、项目档案资料未归集整理的问题,(二)绩效目标实现情况根据再评价情况,"
          "农村最低生活保障专项资金项目部分绩效目标未完成,具体完成情况详见下表:")
AFTER = ("(三)绩效自评与再评价差异农村最低生活保障专项资金项目自评分为97.40分,三、存在问题(一)存在绩效目标设定不合理的情况"
         "绩效目标指标值设置合理性有待提高,(二)存在施保不精准的情况通过对农村低保工作进行抽查,如11月申请发放农村低保金额为"
         "606.39万元,附件:农村最低生活保障专项资金项目绩效再评价报告景东彝族自治县财政局2023年12月12日(此件公开发布)。")


def doc() -> Doc:
    g = Grid(6)
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "实际完成值")
    g.add(C("产出指标", down=8), "数量指标", "农村低保发放人数", ">=", "24500人", "未完成")
    g.add(C("质量指标", down=3), "补助人群精准率", ">=", "95.00%", "已完成")
    g.add("农村低保覆盖率", ">=", "95.00%", "未完成")
    g.add("获补人员条件达标率", "=", "100.00%", "未完成")
    g.add(C("时效指标", down=2), "救助资金发放及时率", ">=", "95.00%", "已完成")
    g.add("农村低保发放及时率", ">=", "95.00%", "已完成")
    g.add(C("成本指标", down=2), "农村低保资金", "<=", "4758万元", "已完成")
    g.add("农村低保资金", "<=", "9849万元", "未完成")
    g.add("效益指标", "社会效益指标", "救助对象生活水平", "=", "提高", "已完成")
    g.add("满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", "95.00%", "已完成")
    return Doc(SOURCE["title"], [BEFORE, g, AFTER])
