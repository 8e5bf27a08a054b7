"""肇庆市财政局 (广东) 2024: 肇财社〔2024〕116号, the 市级福利彩票公益金 for the 助老颐养 公益项目, as the bidcenter
mirror stores the page -- the heading twice (page title and heading), a 分配明细表 (单位:万元: 肇庆市民政局 15 and
肇庆高新区 35, 合计 50), then the project's 绩效目标表 in Guangdong's 市级 form: 项目名称; 项目类型 beside a
项目等级 (二级项目); 主管部门 beside a 用款单位 that names TWO units joined by 、 (肇庆市民政局、肇庆高新区社会工作局,
no 实施单位 or 填报单位 anywhere); 实施期限 split into 起始年度 2024 | 到期年度 2024; 预算金额 split into 总金额 50万元 |
当年度金额 50万元 (amounts with the unit run in); a 项目概述 row; 总体绩效目标 as a label with 当年度目标 as a sub-label
before the goal text (the goal ends "获得感 。", a space before the stop); and the indicator head 绩效指标 | 一级指标 |
二级指标 | 三级指标 | 当年度指标值 (当年度, not 年度).  The stored page is cut inside the first indicator's 三级 name
(产出指标 | 数量指标 | 满足开展…), so the rebuild ends at the head row: no indicator rows.  Printed to PDF."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-317622543.html",
    "title": "2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表肇财社〔2024〕116号",
    "issuer": "肇庆市财政局",
    "province": "广东",
    "year": 2024,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "2024年市级福利彩票公益金补助资金开展助老颐养公益项目资金分配明细表、绩效目标表(肇财社〔2024〕116号).pdf"

NAME = "2024年开展“助老颐养”公益项目资金"
OVERVIEW = ("中共中央办公厅、国务院办公厅印发《关于推进基本养老服务体系建设的意见》《民政部彩票公益金使用管理办法》,"
            "为推进全社会共同参与助老扶老工作,探索推进热心企业、热心社会组织承接及购买政府职能转移服务新途径,激发社会"
            "力量参与养老颐养活力,申请福彩公益金50万元资助开展“助老颐养”公益项目,用于开展长者饭堂送餐助餐、智慧养老、"
            "居家养老、特殊困难老年人关爱等方面。")
GOAL = ("激发热心企业、热心社会组织等社会力量参与养老颐养活力,按照助老扶老工作公益项目优势及评判社会效益成果程度,"
        "申请福彩公益金50万元资助开展“助老颐养”公益项目。持续提升老年人生活安全感、幸福感、获得感 。")


def doc() -> Doc:
    alloc = Grid(4)
    alloc.add("序号", "县(市、区)", "资助项目内容", "金额")
    alloc.add("1", "肇庆市民政局", "肇庆市民政局开展“福彩杯”\n公益创投活动", "15")
    alloc.add("2", "肇庆高新区",
              "肇庆高新区养老服务体系建设项目(获省民政厅的长者饭堂优秀案例、全国智慧健康养老试点街道项目)", "35")
    alloc.add(C("合计", span=3), "50")
    g = Grid(5)
    g.add("项目名称", C(NAME, span=4))
    g.add("项目类型", "其他事业发展性支出", "项目等级", C("二级项目", span=2))
    g.add("主管部门", "肇庆市民政局", "用款单位", C("肇庆市民政局、肇庆高新区社会工作局", span=2))
    g.add("实施期限", "起始年度", "2024", "到期年度", "2024")
    g.add("预算金额", "总金额", "50万元", "当年度金额", "50万元")
    g.add("项目概述", C(OVERVIEW, span=4))
    g.add("总体绩效目标", "当年度目标", C(GOAL, span=3))
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值")
    return Doc(SOURCE["title"], [SOURCE["title"], "分配明细表", "单位:万元", alloc, "绩效目标表", g])
