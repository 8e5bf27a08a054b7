"""武川县民族事务委员会 2021 绩效目标申报表 (内蒙古), as a Word plain-text export: the 一级 column
is blank throughout and the 二级 cells of the first four rows (数量 and 质量 indicators) are blank
too, so only 时效指标 and 成本指标 are named; the amount is written inside the label cell
(年度资金总额:50万) with the fund's name and 50 in the next cell; dates are bare months
(2021年7月); cost values per unit (490元/平米). The published page is cut off inside the
成本指标 rows: the table ends after the last row shown whole."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html",
    "title": "绩效目标申报表(2021年度) 大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
    "issuer": "武川县民族事务委员会",
    "province": "内蒙古",
    "year": 2021,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "武川县民委2021年大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目绩效目标申报表.txt"

GOAL = ("大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目(约50万) 沙湾子村是少数民族聚居村,户籍人口76户"
        "174人,常住户26户56人,其中户籍少数民族12户27人。项目新建养殖场占地约6500平米,建棚圈一栋约360平米,"
        "人工配种室、防疫室84平米,饲料库120平米,打井,配电,建围墙约300米。项目实施后受益人口76户174人,"
        "其中户籍少数民族12户27人。")
FUND = "中央衔接推进乡村振兴补助资金(少数民族发展任务)50"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目", "项目负责人及电话",
          C("达布 15947711885", span=2))
    g.add("主管部门", "武川县民族事务委员会", "实施单位", C("武川县民族事务委员会", span=2))
    g.add(C("资金情况 (万元)", down=3), "年度资金总额:50万", C(FUND, span=3))
    g.add("其中:财政拨款", C(FUND, span=3))
    g.add("其他资金", C("", span=3))
    g.add(C("总 体 目 标", down=2), C("年度目标", span=4))
    g.add(C(GOAL, span=4))
    g.add(C("绩 效 指 标", down=12), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("", down=11), C("", down=4), "贫困地区新增特色产业数量", "≥1个")
    g.add("贫困地区建设少数民族聚居村养殖场", "≥1个")
    g.add("养殖动物成活率(目标)", "≥95%")
    g.add("项目(工程)验收合格率", "100%")
    g.add(C("时效指标", down=2), "开工时限", "2021年7月")
    g.add("竣工时限", "2021年9月")
    g.add(C("成本指标", down=5), "打井、配电", "50000元")
    g.add("饲料库120平米", "490元/平米")
    g.add("围墙300米", "300元/米")
    g.add("标准化棚圈360平米", "550元/平米")
    g.add("防疫室84平米", "≥1050元")
    return Doc("绩效目标申报表", ["绩效目标申报表", "(2021年度)", g])
