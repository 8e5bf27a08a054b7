"""福建省台湾同胞联谊会's 2017年财政支出项目绩效目标表 (福建, a provincial 群团's own site, 福建台胞之家网, posted
2017-07-31 under 最新公告), the older Fujian form, as the page shows it: a dated source line and a paragraph
citing 闽财绩函[2017]1号 above the title, the unit only in a 主管部门名称: line (trailing blanks and all), one
专项 whose name joins three purposes (台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费), no amount anywhere, 概况
and 总体绩效目标 rows of prose, then an indicator block that is not the 一级/二级/三级 one: its header is 绩效目标 |
评价指标 (two columns wide) | 绩效内容 | 绩效标准 | 全年绩效目标, its "levels" 投入 and 产出 with 成本目标 and 数量目标
under them and a numbering column (目标1, 目标2) in the second half of 评价指标, the indicator itself in 绩效内容,
a 绩效标准 that is sometimes a rate (100%) and sometimes the subsidy rule (台胞困难户每月每人200元、…), and the
year's target in 全年绩效目标 as prose (按实际情况发放, 困难台胞432人、高龄台胞1792人、…) or a copy of the standard.
The stored page breaks off in the third 数量目标 row (目标3 | 困难台胞助学款 | 定…): the rebuild ends after 目标2."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://fjtl.taiwan.cn/zxgg/201707/t20170731_11825756.htm",
    "title": "2017年财政支出项目绩效目标表",
    "issuer": "福建省台湾同胞联谊会",
    "province": "福建",
    "year": 2017,
    "kind": "财政支出项目绩效目标表",
    "format": "html",
}
FILE = "2017年财政支出项目绩效目标表(福建省台湾同胞联谊会).html"

INTRO = ("    根据《福建省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知》(闽财绩函[2017]1号)要求,"
         "对我会2017年财政支出项目绩效目标进行公开,具体参见附件《2017年财政支出项目绩效目标表》。")
OVERVIEW = ("台胞扶贫济困生活补贴包括:台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元);"
            "充分发挥桥梁和纽带作用,创新对台联谊模式,深化同名村、丰收节、青年夏令营等对台交流活动,加强定居台胞"
            "服务工作,推动两岸宗亲交流,少数民族交流、青少年交流,推进闽台深度融合,广泛争取台湾民心")
GOAL = ("台胞扶贫济困生活补贴,为我省台胞解决生活困难,从而调动广大台胞投身海西建设,为祖国和平统一大业;"
        "增进与台湾同胞沟通交流、促进两岸和平统一发展")
RULE = "台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元)"
EVENTS = "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"


def doc() -> Doc:
    g = Grid(6)
    g.add("专项名称", C("台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费", span=5))
    g.add("概况", C(OVERVIEW, span=5))
    g.add("总体绩效目标", C(GOAL, span=5))
    g.add("绩效目标", C("评价指标", span=2), "绩效内容", "绩效标准", "全年绩效目标")
    g.add(C("投入", down=2), C("成本目标", down=2), "目标1", "发放省直困难、高龄台胞", "100%", "按实际情况发放")
    g.add("目标2", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", "100%", "100%")
    g.add(C("产出", down=2), C("数量目标", down=2), "目标1", "困难台胞、高龄台胞困难补助受益", RULE,
          "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人")
    g.add("目标2", "争取台湾民心、增进乡情", EVENTS, EVENTS)
    return Doc(SOURCE["title"], [
        "2017年财政支出项目绩效目标表",
        "2017年07月31日 来源:福建台胞之家网",
        INTRO,
        "2017年财政支出项目绩效目标表",
        "主管部门名称:福建省台湾同胞联谊会      ",
        g,
    ])
