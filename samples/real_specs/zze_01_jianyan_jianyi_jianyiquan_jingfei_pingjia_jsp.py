"""检疫犬经费支出绩效评价表, the detector-dog form of the 检验检疫 绩效考核 system of zm_02, zm_04, zzb_02, zzb_03 and
zzb_05 (repository hktianyi/Meeting, the admin app's WEB-INF/views/task/kpi/jyq.jsp, initial commit of 2016-08-02),
as its JSP page shows it: the port's 检疫犬 (dogs sniffing passengers' luggage and parcels for 禁止进境物 and pests),
the targets and scores written in, what the unit reports (采集数据项, 指标值, 得分, 填报单位, 单位负责人) input
boxes, empty here; no unit, year or amount named anywhere, the project named only by the title; the admin app's
breadcrumb and buttons left out.  The shared 11-column layout (一级指标 | 权重 | 二级指标 | 分值 | 三级指标 |
计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标值), the header repeated before each block
(预算绩效 50, 项目产出 25, 项目效果 25; the first header's 二级指标 followed by a non-breaking space, from the
second header on 目标值 and (标准) two paragraphs), and the system's common 预算绩效 block (40%, 80.21%, 0 次, 否,
-0%, 是 …).  This form's own oddities:
- the 项目产出 block opens with a row holding ONLY 项目产出 and 25 (both merged down seven rows): the page's <tr> has
  two cells and nothing else, an empty line across the other nine columns; it is no record;
- 产出 rates that are low on purpose (截获率 20% and 5%, 有效开箱率 and 考核合格率 50%), and a 产出成本 question
  whose target is 否 (检疫犬生活费支出是否超出定额标准: not over the quota is the good answer);
- in 项目效果 each 是/否 question merged over three rows (5 points a row, 理由 ① … ③), but 社会效益 (30) is ONE
  三级 cell merged over six rows holding TWO questions run together with two non-breaking spaces
  (…认知度  专项资金的投入是否提高通关速度, and two more at its end), beside two separate 是/否 | 是 blocks of
  three rows each: the second block has no 三级 cell of its own;
- 服务对象满意度 (25) is filled (入境旅客/机场/车站/客运码头/邮政运营管理单位 … 是否认同), over five rows
  (理由 ① … ⑤); 可持续影响's question ends in two non-breaking spaces.
Under the table the 填报单位（公章）/ 单位负责人 line and the six 填表说明 notes.
What the truth decides: the two questions of the merged 社会效益 cell are two indicators, each paired with one of
the two 是 blocks in the order written (a reader of the form answers 认知度 in the first block, 通关速度 in the
second; the cell's text is split at the non-breaking spaces, each part trimmed); the empty opening row of
项目产出 is not a record."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
            "admin/src/main/webapp/WEB-INF/views/task/kpi/jyq.jsp"),
    "title": "检疫犬经费支出绩效评价表",
    "issuer": None,  # a 检验检疫 office's system; the page names no unit
    "province": None,  # not stated (a sibling form's 长吉图 points to 吉林)
    "year": None,  # not stated
    "kind": "项目支出绩效评价表",
    "format": "html",
}
FILE = "jyq(检疫犬经费支出绩效评价表).html"

TITLE = "检疫犬经费支出绩效评价表"
NB = "\u00a0"  # the page's &nbsp;
NOTES = [
    "填表说明:",
    "1、填报单位需对数据真实性、准确性、完整性负责。",
    "2、表格中所有格式（包括行、列、公式等）均不得改动。",
    "3、采集数据项量化指标只填写数值，不含中英文字符。",
    "4、采集数据项必须严格按照计量单位填写。",
    "5、项目效果凡确定为“是”的，需在理由栏中举例说明，举例要求真实恰当，举例不全或不符合要求扣减相应分值。",
    "6、表格需盖章、签字，手续完备。",
]
SOCIAL = "专项资金投入是否增加了公众对动植物检疫工作的认知度" + NB * 2 + "专项资金的投入是否提高通关速度" + NB * 2


def header(level2: str, target: str) -> tuple[C, ...]:
    return (C("一级指标", down=2), C("权重", down=2), C(level2, down=2), C("分值", down=2),
            C("三级指标", down=2), C("计量单位", down=2), C(target, down=2), C("分值", down=2),
            C("采集数据项", span=2), C("指标值", down=2))


def answers(g: Grid, lead: list[C | str], rows: int) -> None:
    """A 是/否 | 是 block merged over `rows` rows, 5 points on each, 理由 ① …."""
    g.add(*lead, C("是/否", down=rows), C("是", down=rows), "5", C("", down=rows), C("①", span=2))
    for mark in "②③④⑤"[:rows - 1]:
        g.add("5", C(mark, span=2))


def doc() -> Doc:
    g = Grid(11)
    g.add(*header("二级指标" + NB, "目标值(标准)"))
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

    g.add(*header("二级指标", "目标值\n(标准)"))
    g.add("数据项1", "数据项2")
    # the block's first row: only the two merged cells, nothing else in the page's <tr>
    g.add(C("项目产出", down=7), C("25", down=7), "", "", "", "", "", "", "", "", "")
    g.add(C("产出数量", down=2), C("30", down=2), "禁止进境物检疫犬截获率", "%", "20%", "15", "", "", "")
    g.add("有害生物检疫犬截获率", "%", "5%", "15", "", "", "")
    g.add(C("产出质量", down=2), C("20", down=2), "有效开箱率", "%", "50%", "10", "", "", "")
    g.add("在岗检疫犬考核合格率", "%", "50%", "10", "", "", "")
    g.add("产出时效", "30", "本年投入是否本年产出", "是/否", "是", "30", "", "/", "")
    g.add("产出成本", "20", "检疫犬生活费支出是否超出定额标准", "是/否", "否", "20", "", "/", "")

    hdr = list(header("二级指标", "目标值\n(标准)"))
    g.add(*hdr[:8], C("采集数据项", span=3))
    g.add("数据项1", C("理由", span=2))
    answers(g, [C("项目效果", down=20), C("25", down=20), C("经济效益", down=3), C("15", down=3),
                C("专项资金的投入是否提高了截获率", down=3)], 3)
    answers(g, [C("社会效益", down=6), C("30", down=6), C(SOCIAL, down=6)], 3)
    answers(g, [], 3)  # the second 是 block under the same merged 社会效益 cell
    answers(g, [C("环境效益", down=3), C("15", down=3),
                C("专项资金投入是否可增强动植物有害生物随旅客携带物、邮寄物传入我国的防控能力，保护国内生态安全", down=3)],
            3)
    answers(g, [C("可持续影响", down=3), C("15", down=3),
                C("专项资金投入是否对不法分子携带、邮寄禁止进境物入境形成一定的威慑力" + NB * 2, down=3)], 3)
    answers(g, [C("服务对象满意度", down=5), C("25", down=5),
                C("入境旅客/机场/车站/客运码头/邮政运营管理单位对应用检疫犬查验邮包名录工作表现是否认同", down=5)], 5)
    g.add("总分", "100", "得分", "", C(NB, span=7))
    return Doc(TITLE, [TITLE, g, "填报单位（公章）：  单位负责人：", *NOTES])
