"""芜湖市卫生健康委 (安徽) 2019 预算项目支出绩效目标申报明细表 for its 特殊人群病种筛查经费, as the commission's
open-government page shows it: the sheet's cells as runs of text padded with spaces, the way a pasted Excel sheet
comes out, rebuilt here as the one-sheet workbook.  A project-only form with no indicator block at all: the
title, (2019年度), an unfilled 申报单位名称:(盖章) line (the unit is nowhere in the table), 项目类型 and 项目属性 as
pairs of options with nothing ticked (部门预算 □ / 切块预算 □, 延续项目 / 新增项目), 起始日期 and 结束日期 written with
the blanks of the form still in them (2019年  1 月 1日, 2021 年 12  月31日: a three-year project), 项目总预算(万元)
75.00 beside 项目当年预算(万元) 25.00, a 项目资金来源情况(万元) head of three sources each written 其中:… (上级财政
补助资金 | 同级财政资金 | 其他) with the amounts on the row below (0.00 | 25.00 | 0.00), 同名项目上年预算额 and
…执行数 left blank, and one 项目绩效目标(含项目概况、设立依据、必要性及预期目标) cell that holds all four, each
on its own line (项目概况:…, 项目立项依据:…, 必要性:…, 预期目标:…).  The amounts are typed numbers shown as 0.00."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://wsjkw.wuhu.gov.cn/openness/public/6596651/15935991.html",
    "title": "2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表",
    "issuer": "芜湖市卫生健康委员会",
    "province": "安徽",
    "year": 2019,
    "kind": "预算项目支出绩效目标申报明细表",
    "format": "html",
}
FILE = "2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表.xlsx"

TARGET = "\n".join([
    "项目概况:用于开展特殊人群病种筛查工作。",
    "项目立项依据:《中华人民共和国传染病防治法》 等",
    "必要性:随着经济的高速发展和社会压力的加剧,我市导致突发公共卫生事件的危险因素持续存在,流动人口问题突出,区域性流行"
    "或跨区域传播风险并存,部分新发传染病传入我市的威胁和风险不容忽视,结核病、人感染H7N9流感等新老传染性疾病不断威胁"
    "人民群众身体健康,必须持续做好特殊人群病种的筛查监测等工作。",
    "预期目标:贯彻落实党中央、国务院和省政府关于特殊人群疾病防治工作决策和部署,依法做好防控工作。",
])


def wan(n: float, span: int = 1) -> C:
    return C(f"{n:.2f}", span=span, value=n, fmt="0.00")


def doc() -> Doc:
    g = Grid(5)
    g.add(C("(2019年度)", span=5))
    g.add(C("申报单位名称:(盖章)", span=5))
    g.add("项目名称", C("特殊人群病种筛查经费", span=4))
    g.add("项目类型", C("部门预算 □", span=2), C("切块预算 □", span=2))
    g.add("项目属性", C("延续项目", span=2), C("新增项目", span=2))
    g.add(C("起始日期:2019年  1 月 1日", span=3), C("结束日期:  2021 年 12  月31日", span=2))
    g.add("项目总预算(万元)", wan(75), C("项目当年预算(万元)", span=2), wan(25))
    g.add(C("项目资金来源情况(万元)", down=2), "其中:上级财政补助资金", "其中:同级财政资金", C("其他", span=2))
    g.add(wan(0), wan(25), wan(0, span=2))
    g.add(C("同名项目上年预算额", span=2), "", "同名项目上年预算执行数", "")
    g.add("项目绩效目标(含项目概况、设立依据、必要性及预期目标)", C(TARGET, span=4))
    return Doc(SOURCE["title"], [SOURCE["title"], g], sheets=[("Sheet1", [SOURCE["title"], g])])
