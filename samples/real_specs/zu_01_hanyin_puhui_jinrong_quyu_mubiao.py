"""汉阴县财政局 (安康, 陕西) 2022: the notice passing the 2022年第二批中、省普惠金融发展专项资金 down to the county's
人社局 (汉财社字〔2022〕33号, 2022-04-01), as the county's page shows it, with its one attachment, the region form of a
transfer fund rather than a project's: 专项名称 | 市级主管部门 | 县级财政部门 | 县级主管部门 as label | value rows (no
项目名称, no 实施单位, no 中央/省级 rows), then 资金情况 (万元) merged down three rows (年度金额 112, 其中:中央补助 40,
地方资金 72), a 年度总体目标 cell holding two numbered goals (目标1:…。 目标2:…。, the second with "特殊困难群体困难群体"
doubled as published).  The line above the table says 单位:元 while the 资金情况 label says (万元): the amounts are
万元 (112 = 40 + 72; a 4000万元 loan target would be absurd beside 112元).  The indicator block has a spaced caption
(绩 效 指 标) merged down its left, a header whose first cell breaks as 一级 / 指标, a 一级 cell printed vertically one
character a line (产 / 出 / 指 / 标) and others broken in two or three (效益 / 指标; 服务对象 / 满意度 / 指标); the one
数量指标 target is an amount of money (4000万元 of 创业担保贷款), the 经济效益 one a multiple (≥2倍).  The stored page
opens on the notice's second paragraph (该项直达资金标识为…): the addressee and the paragraph naming the amount are not
in it, so the rebuild starts there too; the page's record table (索引号, 发布日期 2022-04-01 10:29, 来源 县财政局,
内容概述) is left out.  Note for the unit: the 市级主管部门 row (市人力资源和社会保障局, no city named) comes before the
county's own 县级主管部门 row, the office the fund is sent to."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.hanyin.gov.cn/Content-2392921.html",
    "title": "汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知",
    "issuer": "汉阴县财政局",
    "province": "陕西",
    "year": 2022,
    "kind": "专项资金区域绩效目标表",
    "format": "html",
}
FILE = "Content-2392921(汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知).html"

TITLE = "2022年第二批中、省普惠金融发展专项资金绩效目标表"
NOTICE = [
    SOURCE["title"],
    "汉财社字〔2022〕33号",
    "该项直达资金标识为“01中央直达资金”,贯穿资金分配、拨付、使用等整个环节,且保持不变。请你局按照陕财办[2019]69号"
    "文件有关规定,切实加强专项资金使用管理,加大信息公开力度,确保专项资金拨付有关单位,不得挤占挪用资金,确保贴息资金"
    "专款专用,形成有效支出,在组织预算执行中对照区域绩效目标做好绩效管理,确保年度绩效目标如期实现,提高贴息资金的使用"
    "效益。",
    f"附件:{TITLE}",
    "2022年4月1日",
    "附件",
]
GOALS = ("目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面。\n"
         "目标2:支持劳动者自主创业、自谋职业,推动解决特殊困难群体困难群体的结构性就业矛盾。")


def doc() -> Doc:
    g = Grid(5)
    g.add("专项名称", C("普惠金融发展专项资金", span=4))
    g.add("市级主管部门", C("市人力资源和社会保障局", span=4))
    g.add("县级财政部门", C("汉阴县财政局", span=4))
    g.add("县级主管部门", C("汉阴县人力资源和社会保障局", span=4))
    g.add(C("资金情况\n(万元)", down=3), C("年度金额", span=2), C("112", span=2))
    g.add(C("其中:中央补助", span=2), C("40", span=2))
    g.add(C("地方资金", span=2), C("72", span=2))
    g.add("年度总体目标", C(GOALS, span=4))
    g.add(C("绩 效 指 标", down=8), "一级\n指标", "二级指标", "三级指标", "指标值")
    g.add(C("产\n出\n指\n标", down=4), "数量指标", "本年度创业担保贷款发放额", "4000万元")
    g.add(C("质量指标", down=3), "创业担保贷款回收率", "≥90%")
    g.add("资金足额拨付率", "100%")
    g.add("地方配套资金到位率", "100%")
    g.add(C("效益\n指标", down=2), "经济效益指标", "创业担保基金放大倍数", "≥2倍")
    g.add("社会效益指标", "金融机构网点覆盖率", "≥60%")
    g.add("满意度指标", "服务对象\n满意度\n指标", "申报定向费用补贴金融机构满意度", "≥80%")
    return Doc(SOURCE["title"], [*NOTICE, TITLE, "(2022年度)", "单位:元", g])
