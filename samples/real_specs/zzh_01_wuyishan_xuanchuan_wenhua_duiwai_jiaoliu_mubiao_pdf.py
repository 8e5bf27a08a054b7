"""南平市财政局 and 中共南平市委宣传部 (福建) 2026: their notice of 2026-02-12 passing 15万元 of the province's
2026年省级宣传文化事业发展专项资金 to 武夷山市, as the chacewang mirror stores it -- one run of text with the cells and
paragraphs run together and the notice's full stops turned into commas (…要求, ends the body), kept as stored.  No
heading is stored: the text opens with the addressee (武夷山市委宣传部、财政局:).  After the body come the 附件 list,
the two signers and the date, then 附件1, the 安排表 (单位:万元; 县(市、区) | 项目名称 | 单位名称 | 金额, one row:
武夷山市 | 福建省对外文化交流基地建设(武夷星茶业有限公司) | 武夷山市委宣传部 | 15), and 附件2: (with a colon), the
province's 专项资金绩效目标表 (2026年度): 项目名称 with a bracketed sub-name, 主管部门(单位)名称 holding the city's
propaganda department with no 预算编码, 补助区域 武夷山市, 资金情况(万元) merged down over label | amount rows 资金总额:
15 | 其中:财政拨款 15 | 其他资金 0, and a 总体目标 of two numbered aims (①…, ②…) ending in a comma.  Then "15万元"
and the first indicator row with no header row between them in the stored text: 产出指标 | 数量指标 | the 三级指标
written twice (邀请国际友人实习实训涉及国家数量, in the 三级 cell and again in the next, an explanation column filled
with the name) | ≥3个.  The stored text ends there.

Inferred, because the mirror keeps only the order of the words: the label/value geometry; "15万元" read as a cell
beside the 总体目标 (the region's amount), not part of the aim, and the indicator rows carrying no header row; the
second copy of the name as a 指标解释 column.  Printed to PDF, as such an attachment is published.

Decided: unit the form's 主管部门(单位)名称 (武夷山市委宣传部); year 2026; one project named by the form's 项目名称;
budget the 资金总额 15万元, funding 财政拨款 15 and 其他资金 0; the goals the 总体目标 cell's two numbered aims, each without its number and the comma after it (as
every truth here writes goals; the first truth kept them as one text with ① and the comma, mended after the first run); one indicator
row (产出指标 / 数量指标 / 邀请国际友人实习实训涉及国家数量, ≥3个, a count of countries) -- what follows is not stored."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news935414.html",
    "title": "2026年度省级宣传文化事业发展专项资金安排表；专项资金绩效目标表（对外文化交流基地建设）",
    "issuer": "南平市财政局、中共南平市委宣传部",
    "province": "福建",
    "year": 2026,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "2026年度武夷山市省级宣传文化事业发展专项资金安排表及绩效目标表.pdf"

NAME = "福建省省级宣传文化事业发展专项资金(对外文化交流基地建设)"
BODY = ("按照《福建省财政厅中共福建省委宣传部关于提前下达2026年福建省省级宣传文化事业发展专项资金的通知》(闽财教指"
        "〔2025〕85号)精神,现下达你市2026年省级宣传文化事业发展专项资金15万元,收入列“1100247文化旅游体育与传媒共同"
        "财政事权转移支付收入”科目,省级宣传文化事业发展专项资金列入转移支付预算执行常态化监督范围,请你市财政部门在预"
        "算管理一体化系统及时接收登录预算指标,提高转移支付资金管理使用的规范性和有效性,要严格按照《福建省省级宣传文化"
        "事业发展专项资金管理办法》要求,")
GOAL = ("①邀请不少于3名来自不同国家的国际友人(武夷星国际茶文化志愿者)到武夷星进行茶相关知识实习实训,深入了解中国茶文"
        "化、武夷茶文化,②全年度接待不少于100人次国际友人到武夷星体验中国茶文化,感受中国茶文化魅力、武夷岩茶非遗制作技"
        "艺,如2026年中秋邀请在武夷山的海外留学生参与“四季中国茶”品鉴茶会,邀请国际茶文化志愿者参与文化节活动,")
INDICATOR = "邀请国际友人实习实训涉及国家数量"


def doc() -> Doc:
    alloc = Grid(4)
    alloc.add("县(市、区)", "项目名称", "单位名称", "金额")
    alloc.add("武夷山市", "福建省对外文化交流基地建设(武夷星茶业有限公司)", "武夷山市委宣传部", C("15", value=15))
    g = Grid(5)
    g.add("项目名称", C(NAME, span=4))
    g.add("主管部门(单位)名称", C("武夷山市委宣传部", span=4))
    g.add("补助区域", C("武夷山市", span=4))
    g.add(C("资金情况(万元)", down=3), C("资金总额:", span=2), C("15", span=2, value=15))
    g.add(C("其中:财政拨款", span=2), C("15", span=2, value=15))
    g.add(C("其他资金", span=2), C("0", span=2, value=0))
    g.add("总体目标", C(GOAL, span=3), "15万元")
    g.add("产出指标", "数量指标", INDICATOR, INDICATOR, "≥3个")
    return Doc("南平市财政局 中共南平市委宣传部关于下达2026年省级宣传文化事业发展专项资金的通知", [
        "武夷山市委宣传部、财政局:",
        BODY,
        "附件:1.2026年度省级宣传文化事业发展专项资金安排表",
        "2.专项资金绩效目标表",
        "南平市财政局",
        "中共南平市委宣传部",
        "2026年2月12日",
        "附件1",
        "2026年度省级宣传文化事业发展专项资金安排表",
        "单位:万元",
        alloc,
        "附件2:",
        "专项资金绩效目标表",
        "(2026年度)",
        g,
    ])
