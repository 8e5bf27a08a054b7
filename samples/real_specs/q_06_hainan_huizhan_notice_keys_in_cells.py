"""海南省财政厅 2022 notice 琼财建〔2022〕429号 下达2021年第四季度省级会展项目奖励资金 (海南), as a policy site
(chacewang) mirrors the province's page: the notice, then 附件1 项目奖励资金分配表 (序号 | 单位名称 | 会展项目名称 |
分配金额(万元), a unit merged down over its several fairs, a 合计 row) and 附件2 项目绩效目标表, a 预算管理一体化
print in which no 项目名称 row is written at all (the fund is named only in the notice's title) and the key
block is label and value in ONE cell, two a row (主管部门:省商务厅 | 资金总额:2430.30, 项目负责人电话:65239479 |
财政拨款:2430.30, 预算执行率权重:10% | 其他资金:), the amounts in 万元 with no unit (the 分配表 says 万元), the
goals as 目标1…目标3 lines beside 总体目标, and an indicator header with required-field stars and 绩效-prefixed
words (一级指标* … 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性*), the weight as 30%.  The
province's own page is cut inside 附件1; the mirror is cut after the first indicator row: the table ends
there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news131288.html",
    "title": "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知",
    "issuer": "海南省财政厅",
    "province": "海南",
    "year": 2022,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知.docx"

BODY = ("为支持我省会展业发展,经省政府同意,现下达你单位2021年第四季度省级会展项目奖励资金(具体项目及金额详见附件),"
        "此项资金列政府支出功能分类科目“2011308招商引资”和政府支出经济分类科目“50799-其他对企业的补助”,请按照《海南省"
        "支持会展业发展资金管理办法》(琼财旅规〔2020〕11号)等有关规定,尽快将资金拨付申报单位,并对照有关绩效目标"
        "(详见附件2)做好绩效监控与绩效评价,确保年度绩效目标如期实现,该项资金实行直达资金管理,纳入直达资金监控系统,"
        "直达资金标识为“01中央直达资金”,请按照直达资金有关规定执行,")
GOALS = "\n".join([
    "目标1:全年实现会展业综合收入不低于280亿元",
    "目标2:培育一批具有影响力的品牌会展项目",
    "目标3:会展业对关联行业的带动作用明显",
])


def allocation() -> Grid:
    g = Grid(4)
    g.add("序号", "单位名称", "会展项目名称", "分配金额\n(万元)")
    g.add("1", "省卫生健康委", "2021第五届海南国际健康产业博览会", "500")
    g.add("2", C("省贸促会", down=2), "2021第十二届中国国际创意设计推广周", "54.3")
    g.add("3", "2021中国(海南)国际海洋产业博览会", "225.6")
    g.add("4", "省林业局", "2021年中国林草经济发展博鳌大会", "287.9")
    g.add("5", C("省旅游和文化广电体育厅", down=3), "2021年(第六届)海南世界休闲旅游博览会", "329.8")
    g.add("6", "2021年(第七届)海南国际旅游美食博览会", "394.7")
    g.add("7", "2021年(第二届)海南国际旅游装备博览会", "638")
    g.add(C("合计", span=3), "2430.3")
    return g


def targets() -> Grid:
    g = Grid(8)
    g.add(C("主管部门:省商务厅", span=4), C("资金总额:2430.30", span=4))
    g.add(C("项目负责人电话:65239479", span=4), C("财政拨款:2430.30", span=4))
    g.add(C("预算执行率权重:10%", span=4), C("其他资金:", span=4))
    g.add("总体目标", C(GOALS, span=7))
    g.add("一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*")
    g.add("产出指标", "数量指标", "全年实现会展业综合收入", "≥", "280", "亿元", "30%", "正向指标")
    return g


def doc() -> Doc:
    return Doc("海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知", [
        "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知",
        "琼财建〔2022〕429号",
        "省卫生健康委员会、省旅游和文化广电体育厅、省林业局、省贸促会:",
        BODY,
        "附件:1.项目奖励资金分配表",
        "2.项目绩效目标表",
        "海南省财政厅",
        "2022年6月29日",
        "(此件主动公开)",
        "附件1",
        "项目奖励资金分配表",
        allocation(),
        "附件2",
        "项目绩效目标表",
        targets(),
    ])
