"""宣城市宣州区医疗保障局's 项目支出绩效目标表 for 二等乙级以上伤残军人医疗费 (安徽, 宣城, 宣州区), as a
traditional-character mirror of the district's 信息公开 page (OpennessContent/show/3484629) prints it: 繁體 with the
mirror's pinyin glosses after many characters (項(xiàng)目, 醫(yī)療, 指標(biāo)) -- the glosses are left out here, as f_01 and zf_02
leave them out; the rest is kept as the mirror has it, 于 and all (關于印發, 主要用于).  The stored page opens on the
table itself: no page title, no (20xx年度) line, no 填报单位 -- the year of the form is nowhere on it.  Anhui's
项目支出绩效目标表 of the budget system (as t_03's 淮北 form): [066] code before the bureau in 主管部门及代码, 项目来源
本级申报项目 / 项目期 1年, a 项目资金(萬元) block of 年度資金總額: / 其中:財政撥款 / 上年結轉 / 其他資金 (100.00,
100.00, 0.00, 0.00), a 立項依據 row citing a 2008 民政 rule, then the year's goal under a label broken over two lines
(年度 / 目標) and the 績效指標 block with its label one character a line.  What sets it apart: a 时效指标 whose value is
an event, not a date (醫療費用發生時 -- the care is paid when the cost arises); two 效益 rows with neither 三级 nor value
(經濟效益指標, 生態效益指標); a 社會效益 三级 that is a whole sentence (對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,
推進軍地共建的影響程度) with a two-word state as its value (影響明顯).  The stored page breaks off after the
可持續影響指標 row's 三级 (…推進軍地共建的持續影響程度): its value cell and everything after it (满意度指标 …) are not
shown, so the rebuild leaves that value empty and ends there.

Decided: the unit is the 实施单位 宣城市宣州區醫療保障局 (also the 主管部门, without its [066] code); the year is not
stated (null) -- the page gives none and the mirror's page number does not say it; one project, named as the
項目名稱 cell; the budget is the 年度資金總額 100.00 萬元; the goal is the 年度目標 text; the two 效益 rows with no 三级
are not indicators; the last row's value is empty as the page shows it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.lxslzpgs.com.cn/OpennessContent/show/3484629.html",
    "title": "二等乙級以上傷殘軍人醫療費",  # the stored page has no title of its own
    "issuer": "宣城市宣州区医疗保障局",
    "province": "安徽",
    "year": None,  # not on the stored page
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "二等乙級以上傷殘軍人醫療費(宣州區醫療保障局項目支出績效目標表).html"

UNIT = "宣城市宣州區醫療保障局"
BASIS = ("依據宣城市宣州區民政局、財政局、衛生局、勞動和社會保障局關于印發《宣州區重點優撫對象醫療保障實施細則"
         "(試行)的通知》(民優字〔2008〕08號)文件規定。")
GOAL = "申請100萬元財政資金,主要用于二等乙級以上傷殘軍人就醫醫藥費用支出,實現二等乙級以上傷殘軍人正常享受醫療待遇。"
SOCIAL = "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的影響程度"
LASTING = "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的持續影響程度"


def doc() -> Doc:
    g = Grid(6)
    g.add("項目名稱", C("二等乙級以上傷殘軍人醫療費", span=5))
    g.add("主管部門及代碼", C("[066]" + UNIT, span=2), "實施單位", C(UNIT, span=2))
    g.add("項目來源", C("本級申報項目", span=2), "項目期", C("1年", span=2))
    g.add(C("項目資金\n(萬元)", down=4), "年度資金總額:", C("100.00", span=4))
    g.add("其中:財政撥款", C("100.00", span=4))
    g.add("上年結轉", C("0.00", span=4))
    g.add("其他資金", C("0.00", span=4))
    g.add("立項依據", C(BASIS, span=5))
    g.add("年度\n目標", C(GOAL, span=5))
    g.add(C("績\n效\n指\n標", down=9), "一級\n指標", "二級指標", "三級指標", C("指標值", span=2))
    g.add(C("產出指標", down=4), "數量指標", "二等乙級以上傷殘軍人數量", C("52人", span=2))
    g.add("質量指標", "住院醫療費用報銷比例", C("100%", span=2))
    g.add("時效指標", "二等乙級以上傷殘軍人及時享受醫療待遇保障時間", C("醫療費用發生時", span=2))
    g.add("成本指標", "項目資金年成本", C("≤100萬元", span=2))
    g.add(C("效益指標", down=4), "經濟效益指標", "", C("", span=2))
    g.add("社會效益指標", SOCIAL, C("影響明顯", span=2))
    g.add("生態效益指標", "", C("", span=2))
    g.add("可持續影響指標", LASTING, C("", span=2))
    return Doc("二等乙級以上傷殘軍人醫療費", [g])
