"""黄石市住房和城乡建设局's 2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表 (湖北, 黄石),
posted as a page of the bureau's 财政资金 column (zjj.huangshi.gov.cn, 2023-07-21): the heading, then the 湖北
市直 self-evaluation form with no 单位名称 / 填报日期 line above it.  项目名称 over the whole width; 主管部门 and
项目实施单位 both 黄石市住房和城乡建设局; checkbox rows 项目类别 (1、部门预算项目 ☑ 2、市直专项, no box after
市直专项), 项目属性 and 项目类型 with ☑ and □ as written; a 预算执行情况(万元) (20分) block whose one row
年度财政资金总额 reads 200 | 195.5 | 97.75% | 19.55; then a vertical 年度绩效目标1 (80分) caption down the
indicator block: 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分, with no 分值 column.
What sets it apart: the 三级 cells hold sentences (完成省级宣传片制作;完成实施方案的编制;完成自评估报告, and
a 时效 三级 上半年完成宣传片制作;下半年完成实施方案 whose 年初目标值 is three milestones: 6月份完成宣传片制作;
9月份完成文本;11月完成专家评审); every 效益 target repeats its 三级 name (统筹海绵城市项目谋划 | 统筹海绵城市
项目谋划 | 完成); the 成本 target is a bare 200万 beside an actual of 195.5万元; the 满意度 block's 二级 is again
满意度指标.  The 二级 names of the 效益 rows are broken over two lines (经济效益 / 指标), kept so.  Below 总分
(99.55分, one cell) the 偏差大或 目标未完成 原因分析 row begins a sentence the stored page cuts after 根据合同:
the rebuild ends there, so the 改进措施 row and any note are not shown.

Decided: the unit is the 主管部门 / 项目实施单位 (the form names no 填报单位); the budget is the 预算数 200 万元;
value_raw is the 年初目标值(A); the three-milestone 时效 target and the two-count 数量 target are text (no one
deadline or count a reader could take); the 效益 and 满意度 phrases and 通过 are qualitative; 200万 in a 成本 row
is money (200 万元)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://zjj.huangshi.gov.cn/xxgk_7967/fdzdgknr/czzj/czzxzj/202307/t20230721_1034104.html",
    "title": "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表",
    "issuer": "黄石市住房和城乡建设局",
    "province": "湖北",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表.html"

TITLE = "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表"
NAME = "黄石市系统化全域海绵城市示范城市的申报工作经费"
BUREAU = "黄石市住房和城乡建设局"
REASON = "2022年12月,第三方咨询单位已编制完成海绵城市自评估报告,并通过专家评审,根据合同"


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C(NAME, span=6))
    g.add("主管部门", C(BUREAU, span=2), "项目实施单位", C(BUREAU, span=3))
    g.add("项目类别", C("1、部门预算项目 ☑ 2、市直专项", span=6))
    g.add("项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", span=6))
    g.add("项目类型", C("1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □", span=6))
    g.add("预算执行情况(万元) (20分)", "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分 (20分*执行率)", span=3))
    g.add("年度财政资金总额", "200", "195.5", "97.75%", C("19.55", span=3))
    g.add(C("年度绩效目标1 (80分)", down=9), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标", down=4), "数量指标", "完成省级宣传片制作;完成实施方案的编制;完成自评估报告",
          "完成1部宣传片,2套方案", "完成1部宣传片,2套方案", "10")
    g.add("质量指标", "通过专家评审", "通过", "通过", "10")
    g.add("时效指标", "上半年完成宣传片制作;下半年完成实施方案",
          "6月份完成宣传片制作;9月份完成文本;11月完成专家评审", "完成", "10")
    g.add("成本指标\n", "省级宣传片制作费、申报文本编制费、自评估报告编制费", "200万", "195.5万元", "10")
    g.add(C("效益指标", down=3), "经济效益\n指标", "统筹海绵城市项目谋划", "统筹海绵城市项目谋划", "完成",
          "10")
    g.add("社会效益\n指标", "指导城市建设", "指导城市建设", "完成", "10")
    g.add("生态效益\n指标", "有利于城市生态、韧性发展", "有利于城市生态、韧性发展", "完成", "10")
    g.add("满意度指标", "满意度指标", "群众满意度", "满意", "完成", "10")
    g.add("总分", C("99.55分", span=6))
    g.add("偏差大或\n目标未完成\n原因分析", C(REASON, span=6))
    return Doc(TITLE, [TITLE, g])
