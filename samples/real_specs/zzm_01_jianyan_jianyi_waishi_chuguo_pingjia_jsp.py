"""外事出国项目专项经费绩效评价表, the outbound-delegation form of the 检验检疫 绩效考核 system of zm_02, zm_04, zzb_02,
zzb_03, zzb_05, zze_01 … zze_03 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/wscgxm.jsp,
initial commit of 2016-08-02), as its JSP page shows it: targets and weights written in, what the unit reports
(采集数据项, 指标值, 得分, 理由, 填报单位, 单位负责人) input boxes, empty here; no unit, year or amount named, the
project named only by the title; the admin app's breadcrumb and buttons left out.  The shared 11-column layout, the
header repeated before each block (here every header reads 目标值(标准) on one line, and the common 预算绩效 block's
财务管理 / 25 carry no trailing spaces, unlike zze_02).  This form's own oddities:
- 项目产出 is almost all 是/否 questions: two rates (出国任务完成率, 境外评审、考核、检验团组的任务完成率, 100%),
  then 产出质量, 产出时效 (its weight cell 20 followed by a non-breaking space) and 产出成本 as 是 questions;
- 项目效果 questions merged over two or four rows with ① … ④ 理由 boxes, and one plain row whose target is 否
  (是否有违反外事纪律事件发生) with 10 points and a / merged over the two 理由 columns;
- the page's HTML drops the <tr> that should open the second 环境效益 question (通过增强国际交流是否为检验检疫创造
  良好的国际环境): its cells follow a </tr> directly and a browser opens the row itself; the rebuild has the row;
- 服务对象满意度 an empty two-row block of non-breaking spaces.
Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: the target is the 目标值(标准) cell (是 / 否 as booleans, 100% as percent); the 计量单位 是/否
is no unit; rows of non-breaking spaces are blank and no records; the name is the title without 绩效评价表."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/wscgxm.jsp"),
    "title": "外事出国项目专项经费绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "wscgxm(外事出国项目专项经费绩效评价表).html"

TITLE = "外事出国项目专项经费绩效评价表"
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
          C("分值", down=2), C("采集数据项", span=2), C("指标值", down=2))
    g.add("数据项1", "数据项2")
    g.add(C("预算绩效", down=9), C("50", down=9), C("预算管理", down=6), C("75", down=6),
          "预算执行进度(7月)", "%", "40%", "7", "", "", "")
    g.add("预算执行进度（11月）", "%", "80.21%", "8", "", "", "")
    g.add("预算调整次数（实际调整数）", "次", "0", "5", "", "/", "")
    g.add("项目预算资金是否被核减", "是/否", "否", "25", "", "/", "")
    g.add("结转结余资金率", "%", "-0%", "25", "", "", "")
    g.add("是否开展预算编报考评", "是/否", "是", "5", "", "/", "")
    g.add(C("财务管理", down=3), C("25", down=3), "用款计划差错率", "%", "-0%", "7", "", "", "")
    g.add("是否存在违规行为", "是/否", "否", "13", "", "/", "")
    g.add("是否开展会计决算报表考评", "是/否", "是", "5", "", "/", "")
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=2), C("指标值", down=2))
    g.add("数据项1", "数据项2")
    g.add(C("项目产出", down=7), C("25", down=7), C("产出数量", down=2), C("40", down=2),
          "出国任务完成率", "%", "100%", "20", "", "", "")
    g.add("境外评审、考核、检验团组的任务完成率", "%", "100%", "20", "", "", "")
    g.add(C("产出质量", down=2), C("30", down=2), "外事任务是否按照规定程序审批", "是/否", "是",
          "15", "", "/", "")
    g.add("是否取得培训、考察、交流成果", "是/否", "是", "15", "", "/", "")
    g.add(C("产出时效", down=2), C("20\u00a0", down=2), "是否及时提交出访总结", "是/否", "是",
          "10", "", "/", "")
    g.add("外事出国取得成果是否得到应用", "是/否", "是", "10", "", "/", "")
    g.add("产出成本", "10", "是否严格执行出国费标准", "是/否", "是", "10", "", "/", "")
    g.add(C("一级指标", down=2), C("权重", down=2), C("二级指标", down=2), C("分值", down=2),
          C("三级指标", down=2), C("计量单位", down=2), C("目标值(标准)", down=2),
          C("分值", down=2), C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    g.add(C("项目效果", down=21), C("25", down=21), C("经济效益", down=6), C("30", down=6),
          C("是否促进地方经济项目推广和外拓", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否保证了检验检疫业务的顺利开展", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("是否提高了国际技术交流效果", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("社会效益", down=3), C("20", down=3),
          C("是否加强对外政策、信息、技术、业务交流", down=2), C("是/否", down=2), C("是", down=2),
          "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("是否有违反外事纪律事件发生", "是/否", "否", "10", "", C("/", span=2))
    g.add(C("环境效益", down=4), C("20", down=4),
          C("是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", down=2),
          C("是/否", down=2), C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("通过增强国际交流是否为检验检疫创造良好的国际环境", down=2), C("是/否", down=2),
          C("是", down=2), "5", C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("可持续影响", down=6), C("30", down=6), C("是否提高检验检疫执法能力", down=4),
          C("是/否", down=4), C("是", down=4), "5", C("", down=4), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add("5", C("③", span=2))
    g.add("5", C("④", span=2))
    g.add(C("是否增加国际合作交流机会", down=2), C("是/否", down=2), C("是", down=2), "5",
          C("", down=2), C("①", span=2))
    g.add("5", C("②", span=2))
    g.add(C("服务对象满意度", down=2), C("\u00a0\u00a0", down=2), "\u00a0", "\u00a0", "\u00a0",
          "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("\u00a0", "\u00a0", "\u00a0", "\u00a0", "\u00a0", C("\u00a0\u00a0", span=2))
    g.add("总分", "100", "得分", "", C("\u00a0", span=7))

    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
