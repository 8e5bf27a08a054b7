"""南江县财政局's 2024 notice to the county 林业局 (四川, 巴中) passing down the first batch of the 2024 省级财政林业草原
专项资金, with its two attachments, as a reprint on chacewang stores it, here as an Excel workbook of three sheets
(the notice, 附件1, 附件2).  The reprint opens at the salutation (县林业局:) and runs the notice together: it
keeps item 一 and item 三 and drops item 二.  The notice says 2024 throughout, but both attachments are headed
2023年省级财政林业草原专项资金(第一批) (the list of attachments in the notice calls the first one 2024年…).
附件1, the 分配表(任务清单) in 万元, has a two-row head: 预算单位 | 合计 | three funding blocks (自然保护地体系建设
(省级自然保护区补助), 天然林保护(非国有省级公益林生态效益补偿), 林业草原支撑保障体系建设(林业有害生物防治)) | 备注,
and under them a 政府收支分类功能科目代码 row whose blocks split into 小计 and the 科目 code (2110406, 2130209,
2130234); the one data row is 南江县林业局 357.18 = 199 + 134.18 + 24, each amount beside the task it pays for
(光雾山…能力提升建设补助, 103245亩非国有省级公益林生态效益补偿, 林业有害生物防治补助).  附件2, the 区域绩效目标表,
names the money (资金名称 省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)), the 主管部门 南江县林业局
and a 中央补助年度金额(万元) of 158.18 (= 134.18 + 24, though the money is the province's), and the stored copy
ends inside its 总体目标 sentence: the table ends there, with no indicator.  The reprint flattens the tables
into running text; the cells are rebuilt from it (the sums check)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news600558.html",
    "title": "关于下达2024年省级财政林业草原专项资金(第一批)的通知",
    "issuer": "南江县财政局",
    "province": "四川",
    "year": 2024,
    "kind": "区域绩效目标表",
    "format": "html",
}
FILE = "南江县2024年省级财政林业草原专项资金(第一批)分配表及区域绩效目标表.xlsx"

BODY = ("根据省财政厅省林业和草原局《关于下达2024年省级财政林业草原专项资金预算(第一批)的通知》(川财资环〔2024〕26号)"
        "文件,现下达你单位2024年省级财政林业草原专项资金(第一批)如数(详见附表),主要用于自然保护地体系建设、天然林保护、"
        "林业草原支撑保障体系建设等方面支出,并就有关事项通知如下:")
ITEM_1 = ("一、支出请列入2024年政府收支分类功能科目“21104节能环保支出-自然生态保护”“21302农林水支出-林业和草原”相关项级"
          "科目,省级自然保护区补助专项用于光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设,请按照《文旅新区双重管理"
          "机构林业项目资金划转办法》要求办理,")
ITEM_3 = "三、请严格按照专项资金管理相关规定,加强项目资金和预算绩效管理,"
PLAN_TITLE = "2023年省级财政林业草原专项资金(第一批)分配表(任务清单)"
GOAL_TITLE = "2023年省级财政林业草原专项资金(第一批)区域绩效目标表"
FUND = "省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)"


def num(x: float) -> C:
    return C(format(x, "g"), value=x)


def plan() -> Grid:
    g = Grid(9)
    g.add("预算单位", "合计", C("自然保护地体系建设(省级自然保护区补助)", span=2),
          C("天然林保护(非国有省级公益林生态效益补偿)", span=2),
          C("林业草原支撑保障体系建设(林业有害生物防治)", span=2), C("备注", down=2))
    g.add(C("政府收支分类功能科目代码", span=2), "小计", "2110406", "小计", "2130209", "小计", "2130234")
    g.add("南江县林业局", num(357.18), num(199), "光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设补助",
          num(134.18), "103245亩非国有省级公益林生态效益补偿", num(24), "林业有害生物防治补助", "")
    return g


def goals() -> Grid:
    g = Grid(4)
    g.add("资金名称", C(FUND, span=3))
    g.add("主管部门", C("南江县林业局", span=3))
    g.add("中央补助年度金额(万元)", C("158.18", span=3, value=158.18))
    g.add("总体目标", C("加强森林资源管护,林业草原有害生物无公害防治成效", span=3))
    return g


def doc() -> Doc:
    notice: list[str | Grid] = [
        "县林业局:", BODY, ITEM_1, ITEM_3,
        "附件:1.2024年省级财政林业草原专项资金(第一批)分配表(任务清单)",
        "2.2023年省级财政林业草原专项资金(第一批)区域绩效目标表",
        "南江县财政局", "2024年6月7日",
    ]
    sheet1: list[str | Grid] = ["附件1", PLAN_TITLE, "金额单位:万元", plan()]
    sheet2: list[str | Grid] = ["附件2", GOAL_TITLE, goals()]
    return Doc("关于下达2024年省级财政林业草原专项资金(第一批)的通知", notice + sheet1 + sheet2,
               sheets=[("通知", notice), ("附件1", sheet1), ("附件2", sheet2)])
