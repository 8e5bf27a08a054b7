"""中共宁德市委党史和地方志研究室's 部门整体支出绩效自评表 (2018年度) (福建, 宁德), the .xls attachment 附件9 of the
office's page 18年度部门整体支出绩效自评(原方志委) (ndfzw.com, 2019-12-31), shown as text under the page; here as the
workbook.  The sibling of k_01 (the same office's 2019 目标表) and of k_02 (宁德市地震局's 2020 自评表, the same city
form), but not their twin: the unit's name with a 部门预算编码 (901001033); a 财政资金安排和使用情况 block with 资金结构
(万元) over eight columns in three groups (预算安排: 年初部门预算安排金额 | 历年结余结转 | 年中调整金额③ | 小计 ④ = ①+②
+③; 拨付情况: 年度拨付金额 | 支出实现率(%) ⑥=⑤/④; 结余情况: 本年度结余金额 ⑦=④-⑤ | 资金结余率(%) ⑧=⑦/④) --
the circled ① ② ⑤ the formulas refer to are missing from their own headers, as written -- and rows 财政资金小计,
①中央及省级财政资金, ②市级财政资金, ③县(市、区)财政资金, 其他资金小计, ①……, 合 计, only the 小计, 市级 and 合计 rows
filled.  The trap: the block says 万元 but its amounts are in 元 (财政资金小计 2537695 | 213722.82 | 0 | 2751417.82 |
2546673.98 | 93% | 204743.84 | 7%; 2537695 万元 would be some 250 亿 for an office whose 2019 budget was 171.41 万元,
and the sums and rates check in 元).  年度总体目标完成情况 pairs three numbered 预期目标 (目标1: … 目标3:) with their
完成情况 lines (基本完成,达成率为90%以上 …).  The indicator head follows (一级 指标 | 二级 指标 | 三级指标 over two
columns, a 指标N label and the name | 指标解释 | 绩效目标值 | 实际完成值 | 指标分值 | 得分); the stored page breaks off
inside the first row (产出 指标 (60分) | 数量 指标 | 指标1 | 按月发放员工工…), so the rebuild ends at the head: no
indicator is readable.  The page's own lines above the table (the attachment's name, 文件类型: .xls and the stored
file's hash name) are not part of the workbook and are left out.

Decided, as k_02 reads the same form: one project named after the unit, its budget the 年初部门预算安排金额 of the
财政资金小计 row, read in 元 (2537695), not in the 万元 the label claims; the goals are the three 目标 without their
目标N: prefixes and closing semicolons (as k_01 gives its own)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://ndfzw.com/ggl/2019-12-31/7212.html",
    "title": "18年度部门整体支出绩效自评(原方志委) 附件9:2018年度部门整体支出绩效自评表(201912330 原方志委).xls",
    "issuer": "中共宁德市委党史和地方志研究室",
    "province": "福建",
    "year": 2018,
    "kind": "部门整体支出绩效自评表",
    "format": "xls",
}
FILE = "附件9:2018年度部门整体支出绩效自评表(201912330 原方志委).xlsx"

UNIT = "中共宁德市委党史和地方志研究室"
GOALS = ("目标1:确保本委在职及退休人员工资、福利的发放;\n目标2:确保本委日常办公所需经费正常运行;\n"
         "目标3:保障志鉴地情相关工作开展所需资金,确保完成2018年度任务。")
DONE = ("目标1完成情况:基本完成,达成率为90%以上\n目标2完成情况:基本完成,达成率为90%以上\n"
        "目标3完成情况:基本完成,达成率为97%")


def n(text: str, fmt: str = "0.00") -> C:
    return C(text, value=float(text), fmt=fmt)


def pct(text: str) -> C:
    return C(text, value=float(text.rstrip("%")) / 100, fmt="0%")


FILLED = [n("2537695", "0"), n("213722.82"), n("0", "0"), n("2751417.82"), n("2546673.98"), pct("93%"),
          n("204743.84"), pct("7%")]
EMPTY = [""] * 8


def doc() -> Doc:
    g = Grid(10)
    g.add(C("部门(单位)名称", span=2), C(UNIT, span=4), C("部门预算编码", span=2), C("901001033", span=2))
    g.add(C("财政资金安排和使用情况", down=9), C("资金结构\n(万元)", down=2), C("预算安排", span=4),
          C("拨付情况", span=2), C("结余情况", span=2))
    g.add("年初部门预算安排金额", "历年结余结转", "年中调整金额③", "小计\n④ = ①+② +③", "年度拨付金额",
          "支出实现率(%)\n⑥=⑤/④", "本年度结余金额\n⑦=④-⑤", "资金结余率\n(%)\n⑧=⑦/④")
    g.add("财政资金小计", *FILLED)
    g.add("①中央及省级财政资金", *EMPTY)
    g.add("②市级财政资金", *FILLED)
    g.add("③县(市、区)财政资金", *EMPTY)
    g.add("其他资金小计", *EMPTY)
    g.add("①……", *EMPTY)
    g.add("合 计", *FILLED)
    g.add(C("年度\n总体\n目标\n完成\n情况", down=2), C("预期目标", span=4), C("目标实际完成情况", span=5))
    g.add(C(GOALS, span=4), C(DONE, span=5))
    g.add(C("年度\n绩效\n指标\n完成\n情况", down=1), "一级\n指标", "二级\n指标", C("三级指标", span=2), "指标解释",
          "绩效目标值", "实际完成值", "指标分值", "得分")
    return Doc("部门整体支出绩效自评表", ["部门整体支出绩效自评表", "(2018年度)", g])
