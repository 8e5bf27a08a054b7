"""检验检疫专项业务费绩效评价表, the general business-expense form of the 检验检疫 绩效考核 system of zm_02, zm_04,
zzb_02 … zze_03 and zzm_01 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/jyzx.jsp, initial
commit of 2016-08-02), as its JSP page shows it: targets and weights written in, the unit's own figures input boxes,
empty here; no unit, year or amount named, the project named only by the title; breadcrumb and buttons left out.
The shared 11-column layout with the common 预算绩效 block (财务管理 and 25 each followed by two non-breaking spaces).
This form's own oddities:
- the first header's last column is headed 指标, not 指标值 (the later headers say 指标值; the third has none);
- 目标值 and (标准) two paragraphs in the second and third headers;
- 产出数量 (weight 70 and a non-breaking space) is nine rates of which six are year-on-year growth rates with
  small targets: 进出口商品检验货值增长率 1%, 批次增长率 1%, 食品化妆品检验检疫批次增长率 -0% (a negative zero),
  进出境运输工具检疫批次增长率 2%, 集装箱标箱增长率 1%; beside them 覆盖率 80%, 正确率 95%, 验证率 90%, 完成率 95%;
- 产出质量 (20 and a non-breaking space): 抽检批次增长率 2% and 风险监控计划完成率 100%; 产出时效 one 是/否 question
  (本年投入是否本年产出); 产出成本 an empty two-row block of non-breaking spaces;
- 项目效果 questions merged over three or two rows with ① … ③ 理由 boxes; one question name ends in a non-breaking
  space (是否有利于保护国民经济安全); 服务对象满意度 an empty block.
Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: a growth-rate target of 1% is read as written, percent = 1 % (no 不低于 is written, and the
siblings' bare targets are read as =); -0% is 0 %; the trailing non-breaking space is no part of the name; empty
rows are no records; the name is the title without 绩效评价表."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/jyzx.jsp"),
    "title": "检验检疫专项业务费绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "jyzx(检验检疫专项业务费绩效评价表).html"

TITLE = "检验检疫专项业务费绩效评价表"
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
    g.add(C("项目产出", down=14), C("25", down=14), C("产出数量", down=9), C("70\u00a0", down=9),
          "进出口商品检验货值增长率", "%", "1%", "8", "", "", "")
    g.add("进出口商品检验批次增长率", "%", "1%", "8", "", "", "")
    g.add("出口企业分类监督管理覆盖率", "%", "80%", "8", "", "", "")
    g.add("食品化妆品检验检疫批次增长率", "%", "-0%", "8", "", "", "")
    g.add("进出境运输工具检疫批次增长率", "%", "2%", "8", "", "", "")
    g.add("进出境集装箱检验检疫标箱增长率", "%", "1%", "8", "", "", "")
    g.add("原产地证书签证正确率", "%", "95%", "7", "", "", "")
    g.add("金伯利进程国际证书验证率", "%", "90%", "7", "", "", "")
    g.add("进出口目录外商品监督抽查完成率", "%", "95%", "8", "", "", "")
    g.add(C("产出质量", down=2), C("20\u00a0", down=2), "进出口商品抽检批次增长率", "%", "2%",
          "10", "", "", "")
    g.add("进出口食品化妆品风险监控计划完成率", "%", "100%", "10", "", "", "")
    g.add("产出时效", "10", "本年投入是否本年产出", "是/否", "是", "10", "", "/", "")
    g.add(C("产出成本", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", "\u00a0")
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0")
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值\n(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    g.add(C("项目效果", down=22), C("25", down=22), C("经济效益", down=6), C("30", down=6),
          C("进口商品是否有对外出证索赔额", down=3), C("是/否", down=3), C("是", down=3), "5",
          C("", down=3), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add(C("检验检疫是否对地方外经作出贡献", down=3), C("是/否", down=3), C("是", down=3), "5",
          C("", down=3), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add(C("社会效益", down=6), C("30", down=6), C("是否有效防止不合格商品流入与流出", down=3),
          C("是/否", down=3), C("是", down=3), "5", C("", down=3), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add(C("是否有效应对国外技术性贸易措施", down=3), C("是/否", down=3), C("是", down=3), "5",
          C("", down=3), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add(C("环境效益", down=2), C("10", down=2), C("是否有利于保护生态环境", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("可持续影响", down=6), C("30", down=6), C("是否有利于保护国民经济安全\u00a0", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否有利于促进商品质量提高", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否有利于保护消费者安全", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("服务对象满意度", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("总分", "100", "得分", "", C("\u00a0", span=7))

    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
