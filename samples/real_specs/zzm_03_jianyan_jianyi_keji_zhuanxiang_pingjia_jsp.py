"""科技专项经费支出绩效评价表, the research-funds form of the 检验检疫 绩效考核 system of zm_02, zm_04, zzb_02 …
zze_03, zzm_01 and zzm_02 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/kjzx.jsp, initial
commit of 2016-08-02), as its JSP page shows it: targets and weights written in, the unit's own figures input boxes,
empty here; no unit, year or amount named; breadcrumb and buttons left out.  The shared 11-column layout and the
common 预算绩效 block (财务管理 and 25 each followed by two non-breaking spaces).  This form's own oddities:
- 项目产出 weighs 20 (its siblings 25 or 30) and holds only four rates, all low shares rather than completion rates:
  科研项目核心期刊论文发表率 33%, 科研成果输出率 30% (40 points), 先进成果的产生率 20%, 科研项目省部级以上获奖率 10%;
- 产出时效 and 产出成本 both empty two-row blocks of non-breaking spaces, one after the other;
- 项目效果 (30) with 经济效益 40: two questions merged over FOUR rows each (是否当年产生成果转让收益, 是否成果应用
  节约成本), ① … ④ 理由; the other questions over two rows; 是否提高检验检疫技术保障能力 ends in a non-breaking space;
- 目标值 and (标准) two paragraphs in the second and third headers; 服务对象满意度 an empty block.
Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: the rates are read as written (percent = 33 % …), no bound added; the trailing
non-breaking space is no part of the name; empty rows are no records; the name is the title without 支出绩效评价表."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/kjzx.jsp"),
    "title": "科技专项经费支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "kjzx(科技专项经费支出绩效评价表).html"

TITLE = "科技专项经费支出绩效评价表"
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]


def doc() -> Doc:
    g = Grid(11)
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=2), C("指标", down=2))
    g.add("数据项1", "数据项2")
    g.add(C("预算绩效", down=9), C("50", down=9), C("预算管理", down=6), C("75", down=6),
          "预算执行进度(7月)", "%", "40%", "7", "", "", "")
    g.add("预算执行进度（11月）", "%", "80.21%", "8", "", "", "")
    g.add("预算调整次数（实际调整数）", "次", "0", "5", "", "/", "")
    g.add("项目预算资金是否被核减", "是/否", "否", "25", "", "/", "")
    g.add("结转结余资金率", "%", "-0%", "25", "", "", "")
    g.add("是否开展预算编报考评", "是/否", "是", "5", "", "/", "")
    g.add(C("财务管理\u00a0\u00a0", down=3), C("25\u00a0\u00a0", down=3), "用款计划差错率", "%",
          "-0%", "7", "", "", "")
    g.add("是否存在违规行为", "是/否", "否", "13", "", "/", "")
    g.add("是否开展会计决算报表考评", "是/否", "是", "5", "", "/", "")
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值\n(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=2), C("指标值", down=2))
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=8), C("20", down=8), C("产出数量", down=2), C("60", down=2),
          "科研项目核心期刊论文发表率", "%", "33%", "20", "", "", "")
    g.add("科研成果输出率", "%", "30%", "40", "", "", "")
    g.add(C("产出质量", down=2), C("40", down=2), "先进成果的产生率", "%", "20%", "20", "", "", "")
    g.add("科研项目省部级以上获奖率", "%", "10%", "20", "", "", "")
    g.add(C("产出时效", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", "\u00a0")
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0")
    g.add(C("产出成本", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", "\u00a0")
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0")
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值\n(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    g.add(C("项目效果", down=22), C("30", down=22), C("经济效益", down=8), C("40", down=8),
          C("是否当年产生成果转让收益", down=4), C("是/否", down=4), C("是", down=4), "5",
          C("", down=4), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add("5", C("④", span=2))
    g.add(C("是否成果应用节约成本", down=4), C("是/否", down=4), C("是", down=4), "5",
          C("", down=4), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add("5", C("④", span=2))
    g.add(C("社会效益", down=4), C("20", down=4), C("是否提高检验检疫技术保障能力\u00a0", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否促进外向型经济发展", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("环境效益", down=2), C("10", down=2), C("是否有利于生态环境保护", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("可持续影响", down=6), C("30", down=6), C("是否有利于提高检验检疫执法能力", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否有利于节省人力资源和提高工作效率", down=2), C("是/否", down=2), C("是", down=2),
          "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否有利于促进人民身体健康水平提高", down=2), C("是/否", down=2), C("是", down=2),
          "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("服务对象满意度", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("总分", "100", "得分", "", C("\u00a0", span=7))

    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
