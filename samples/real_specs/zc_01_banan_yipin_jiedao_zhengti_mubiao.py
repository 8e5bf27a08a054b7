"""重庆市巴南区一品街道 2022 部门(单位)整体绩效目标表 (重庆), as the street office's page under 预算/决算 shows it
(巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开, 发布机构 巴南区一品街道, 2022-01-30): the page's title,
the table's own title 2022年部门(单位)整体绩效目标表 and a 单位:万元 line above it, then Chongqing's district form
for a whole unit, which has no 一级/二级/三级 columns at all: one key row with two pairs (部门(单位)名称 | 重庆市巴南区
人民政府一品街道办事处 | 区级支出预算总量 | 3724.39, the amount bare, its unit only in the line above), a 当年整体绩效目标
row holding one long paragraph of clauses split by semicolons, and a 绩效指标 caption merged down the left beside
指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值.  Weights are 10 or 5 with no % sign, the unit (%, 公里) and the operator
(=) stand in their own columns, and the clerk left them out on several rows: two 定性 rows with no unit, no 指标性质
and a phrase as the value (有效保障, 有效改善), a count with neither unit nor operator (开展各种文艺活动场次 | 20), and two
rates with the % but no operator (森林受灾率 | % | | 1, 服务对象满意度 | % | | 95).  The page goes on with the next
table's title (2022年区级一般性项目绩效目标表), its 单位:万元 line and 单位信息:917001-重庆市巴南区人民政府一品街道办事处(本级),
and the stored copy ends there: those three lines are kept below the table, with no table after them.  The page runs
each row's cells together; the columns are read from the header order (预算执行率10%=100 as 10 | % | = | 100)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cqbn.gov.cn/bmjz/jz/ypjd/zwgk_89253/fdzdgknr_89255/ysjs_89130/ys/202201/t20220130_10366377.html",
    "title": "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开",
    "issuer": "重庆市巴南区人民政府一品街道办事处",
    "province": "重庆",
    "year": 2022,
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开.html"

TITLE = "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开"

UNIT = "重庆市巴南区人民政府一品街道办事处"
GOAL = ("2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出、退休人员的医保、健康休养费及节日慰问支出等待遇、"
        "保障临聘人员劳务工资补助;保障各村居人员、办公、党建等经费支出,切实加强基层组织建设;保障辖区民政优抚对象救济补助、"
        "特困人员救助供养补助,有效改善受助对象生活水平;对村居开展安全巡逻,有效保障辖区社会秩序安全稳定;对场镇环境进行"
        "清扫保洁、绿化养护、市政设施维修,保障场镇干净卫生;对辖区125公里农村公路开展养护维修;保障春秋季强制免疫、"
        "免疫密度100%、免疫有效抗体70%以上;促进一品街道经济社会健康有序发展。")

# 指标名称, 指标权重, 计量单位, 指标性质, 指标值
ROWS = [
    ("预算执行率", "10", "%", "=", "100"),
    ("预决算及时编制率", "10", "%", "=", "100"),
    ("政府预决算公开率(除涉密信息外)", "10", "%", "=", "100"),
    ("基层组织建设办公阵地和干部人才保障有效性", "10", "", "", "有效保障"),
    ("民政优抚及特困受助对象生活水平改善情况", "10", "", "", "有效改善"),
    ("民政优抚及特困补助发放及时率", "10", "%", "=", "100"),
    ("农村公路养护里程", "10", "公里", "=", "125"),
    ("开展各种文艺活动场次", "10", "", "", "20"),
    ("森林受灾率", "10", "%", "", "1"),
    ("饲养动物免疫率", "5", "%", "=", "100"),
    ("服务对象满意度", "5", "%", "", "95"),
]


def doc() -> Doc:
    g = Grid(6)
    g.add("部门(单位)名称", C(UNIT, span=2), "区级支出预算总量", C("3724.39", span=2))
    g.add("当年整体绩效目标", C(GOAL, span=5))
    g.add(C("绩效指标", down=len(ROWS) + 1), "指标名称", "指标权重", "计量单位", "指标性质", "指标值")
    for row in ROWS:
        g.add(*row)
    return Doc(TITLE, [
        TITLE,
        "2022年部门(单位)整体绩效目标表",
        "单位:万元",
        g,
        "2022年区级一般性项目绩效目标表",
        "单位:万元",
        "单位信息:917001-重庆市巴南区人民政府一品街道办事处(本级)",
    ])
