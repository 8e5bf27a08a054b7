"""西青区财政局's 2020 抗疫特别国债项目绩效目标表(打捆项目) for 支持西青区国有企业疫情期间减免房租补贴 (天津,
西青区), as the district's own site (tjxq.gov.cn, 预算决算公开 > 部门预算公开 > 2020年预算公开) shows it in the
page [预算绩效]支持西青区国有企业疫情期间减免房租补贴绩效目标表, posted 2020-11-06 with 来源:西青区财政局: the
page title and that record line above the table, the form's own title and (2020年度) as full-width rows at its top
(as the sibling page of the same series, u_02, has them).

The same district template as u_02 (病媒防治, read from a mirror), here from the district's own site and for a
subsidy, not a service: 项目名称 across, 主管预算部门 | 西青区财政局 | 项目预算金额 / (万元) on two lines | 3360 on one
row, the goal under a label whose characters are spread with runs of spaces (绩           效           目
标) as two numbered sentences in one cell, the indicator label likewise spread (绩            效           指
标) and merged down the left over 一级 | 二级 | 三级 | 指标值.  What sets it apart: two of the targets are not
measures at all -- 补贴期限 is "2020年疫情期间产生的减免房租" (which rents, not a deadline) and the only 成本指标,
补贴标准, is a whole sentence of policy (…实际减免租金超出3个月的部分予以适当补助); an 经济效益指标 reads 扶持国有企业
正常运转 | 100%; the 可持续影响指标 is a count (受益租户数量 ≥800个); floors are written ≥ with units glued on
(≥25个, ≥300000平方米, ≥200人).  The stored page shows the whole table; nothing is cut.

Decided: the unit is the 主管预算部门 西青区财政局 (also the page's 来源); the year is the form's 2020年度; the budget
is the 项目预算金额 3360 万元 (33,600,000 元), with no fund sources named; the goals are the two numbered sentences
without their numbers; 补贴期限's value describes which rents are covered and is read as text, not as a date."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.tjxq.gov.cn/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374854.html",
    "title": "[预算绩效]支持西青区国有企业疫情期间减免房租补贴绩效目标表",
    "issuer": "西青区财政局",
    "province": "天津",
    "year": 2020,
    "kind": "抗疫特别国债项目绩效目标表",
    "format": "html",
}
FILE = "支持西青区国有企业疫情期间减免房租补贴绩效目标表.html"

GOAL = ("1.对疫情期间开展房租减免工作的国有企业进行补助,减轻疫情对国有企业生产经营的影响,扶持国有企业正常运转。\n"
        "2.对国有企业为承租房屋的中小微企业和个体工商户实际减免租金超出3个月的部分予以适当补助,保证补贴资金及时发放到位。")
STANDARD = "对国有企业为承租房屋的中小微企业和个体工商户实际减免租金超出3个月的部分予以适当补助"


def doc() -> Doc:
    g = Grid(5)
    g.add(C("抗疫特别国债项目绩效目标表(打捆项目)", span=5))
    g.add(C("(2020年度)", span=5))
    g.add("项目名称", C("支持西青区国有企业疫情期间减免房租补贴", span=4))
    g.add("主管预算部门", "西青区财政局", "项目预算金额\n(万元)", C("3360", span=2))
    g.add("绩           效           目         标", C(GOAL, span=4))
    g.add(C("绩            效           指                     标", down=13),
          "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=7), C("数量指标", down=2), "补贴国有企业", "≥25个")
    g.add("国有企业免收租金面积", "≥300000平方米")
    g.add(C("质量指标", down=2), "补贴覆盖国有企业率", "100%")
    g.add("补贴发放合规率", "100%")
    g.add(C("时效指标", down=2), "补贴发放及时率", "100%")
    g.add("补贴期限", "2020年疫情期间产生的减免房租")
    g.add("成本指标", "补贴标准", STANDARD)
    g.add(C("效益指标", down=3), "经济效益指标", "扶持国有企业正常运转", "100%")
    g.add("社会效益指标", "稳定相关就业人数", "≥200人")
    g.add("可持续影响指标", "受益租户数量", "≥800个")
    g.add("满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%")
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "发布日期:2020-11-06 来源:西青区财政局",
        g,
    ])
