"""炉霍县卫生健康局's 2021 self-evaluation of the central 重大传染病防治项目 transfer payment (四川, 甘孜州, 炉霍县), as a
mirror of 甘孜州's site (cecfb.org/ganzi, the path of gzz.gov.cn's columns) stores the page: the stored text opens on the
table itself, its first row the year line (2021年度) spanning the width -- whatever title stood above it (the form's
…绩效目标自评表) is not in the stored text, so the document has no heading.

The national 中央对地方转移支付区域绩效目标自评表 (as l_01 has it for 车购税): 转移支付(项目)名称, 中央主管部门 国家卫生健康委,
地方主管部门 甘孜州卫生健康委 beside 资金使用单位 炉霍县卫生健康局, a 项目资金(万元) block with 全年预算数(A) |
全年执行数(B) | 预算执行率(B/A) over 年度资金总额: 811.54 and its split 其中:中央财政资金 730.4 / 地方资金 81.14 (the
rates written three ways: 100%, 100.00%, 100%), 其他资金 empty; then 总体目标完成情况 with 总体目标 beside
全年实际完成情况, both cells holding the same five numbered goals run together on one line (目标1:… 目标2:… 目标5:),
a typo kept (病列率 for 病例率).  The indicator head follows (绩效指标 | 一级 指标 over two lines | 二级指标 | 三级指标 |
指标值 | 全年实际完成值 | 未完成原…); the stored page breaks off inside that head's last cell, so the rebuild ends at the
head, its last cell left empty rather than guessed: no indicator row is readable.

Decided, as l_01 reads this form: the unit is the 资金使用单位 (炉霍县卫生健康局); the project is the 转移支付(项目)名称; the
budget is the 全年预算数 811.54万元, split into its two named sources; the goals are the five 目标 of the 总体目标 cell, each
without its 目标N: prefix and with its closing 。 (as zzc_04 gives its own)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.cecfb.org/ganzi/c105203/202208/7c4bdd8f71aa4f119d9f59eca6022d80.shtml",
    "title": "",  # the stored text opens on the table's (2021年度) row: no heading is kept
    "issuer": "炉霍县卫生健康局",
    "province": "四川",
    "year": 2021,
    "kind": "中央对地方转移支付区域绩效目标自评表",
    "format": "html",
}
FILE = "7c4bdd8f71aa4f119d9f59eca6022d80.html"

GOALS = ("目标1:继续为0-6岁适龄儿童常规接种。目标2:减少艾滋病新发感染,降低艾滋病病列率,艾滋病疫情继续控制在低流行水平,"
         "进一步减少结核感染、患病和死亡,切实降低结核病疾病负担,提高人民群众健康水平。目标3:全面开展包虫病综合防治工作,"
         "基本控制包虫病流行。目标4:开展重大慢性病早期筛查干预项目,落实慢性病及相关危险因素监测。加强严重精神障碍患者筛查、"
         "登记报告随访服务。目标5:分别完成以新冠肺炎为主的病毒性传染病监测、基于国家致病性识别网的细菌性传染病监测。")


def doc() -> Doc:
    g = Grid(8)
    g.add(C("(2021年度)", span=8))
    g.add("转移支付(项目)名称", C("重大传染病防治项目", span=7))
    g.add("中央主管部门", C("国家卫生健康委", span=7))
    g.add("地方主管部门", C("甘孜州卫生健康委", span=3), "资金使用单位", C("炉霍县卫生健康局", span=3))
    g.add(C("项目资金\n(万元)", down=5), C("", span=3), "全年预算数(A)", "全年执行数(B)",
          C("预算执行率(B/A)", span=2))
    g.add(C("年度资金总额:", span=3), "811.54", "811.54", C("100%", span=2))
    g.add(C("其中:中央财政资金", span=3), "730.4", "730.4", C("100.00%", span=2))
    g.add(C("地方资金", span=3), "81.14", "81.14", C("100%", span=2))
    g.add(C("其他资金", span=3), "", "", C("", span=2))
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=4), C("全年实际完成情况", span=3))
    g.add(C(GOALS, span=4), C(GOALS, span=3))
    g.add("绩效指标", "一级\n指标", "二级指标", C("三级指标", span=2), "指标值", "全年实际完成值", "")
    return Doc("7c4bdd8f71aa4f119d9f59eca6022d80", [g])
