"""临沧市临翔区林业和草原局's 2023 项目支出绩效自评表 of a 国有林场 project (云南, 临沧; new 野生动物收容所 at the
马鹿坑国有林场), as the district's page shows it, here as the page's Word file and its PDF print: the article heading
above, then a table whose first two rows are the title (项目支出绩效自评表) and "( 2023年度)" spanning the width;
项目名称 across, 主管部门 and 实施单位 both the bureau; 项目资金 (万元) merged down beside an empty caption cell over
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, the 年初预算数 left blank in both money rows
(年度资金总额 and 其中:当年财政拨款: 32.4 | 31.69 | 10 | 97.80% | 9, the score repeated in the 其中 row), no
上年结转 or 其他资金 rows; a spaced "年度 总体 目标" over 预期目标 | 实际完成情况; then 绩效指标 merged down beside
一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 产出指标 merged over four rows whose
二级 is written again on its second row (数量指标 twice, not merged), 时效指标 before 质量指标, a 经济效益 target in
元 (≥8400元 务工人员年人均增收), years as a unit (≥15年), a month as a deadline (2023年12月 against 2023年10月),
and "无" in every 偏差 cell.  The stored page is cut inside the 满意度指标 row (after its 三级 name 受益农户满意度),
so that row is left out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ynlx.gov.cn/info/2431/148733.htm",
    "title": "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表",
    "issuer": "临沧市临翔区林业和草原局",
    "province": "云南",
    "year": 2023,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表.pdf"

NAME = "2023年马鹿坑国有林场新建野生动物收容所建设项目"
BUREAU = "临沧市临翔区林业和草原局"
GOAL = ("支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,"
        "及时有效救助各类受到伤害的野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,"
        "能同时收容近百头(只)野生动物。")
DONE = "完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。"


def doc() -> Doc:
    g = Grid(9)
    g.add(C("项目支出绩效自评表", span=9))
    g.add(C("( 2023年度)", span=9))
    g.add("项目名称", C(NAME, span=8))
    g.add("主管部门", C(BUREAU, span=3), "实施单位", C(BUREAU, span=4))
    g.add(C("项目资金 (万元)", down=3), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          "得分")
    g.add(C("年度资金总额", span=2), "", "32.4", "31.69", "10", "97.80%", "9")
    g.add(C("其中:当年财政拨款", span=2), "", "32.4", "31.69", "10", "97.80%", "9")
    g.add(C("年度 总体 目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("绩效指标", down=8), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施")
    g.add(C("产出指标", down=4), "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", "10", "10", "无")
    g.add("数量指标", "钢结构圈养围栏", "≥120米", "121.5米", "10", "10", "无")
    g.add("时效指标", "项目完工时限", "2023年12月", "2023年10月", "15", "15", "无")
    g.add("质量指标", "项目竣工验收率", "100%", "100%", "15", "15", "无")
    g.add(C("效益指标", down=3), "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", "10", "10", "无")
    g.add("社会效益指标", "提供务工岗位", "≥5个", "5个", "10", "10", "无")
    g.add("可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", "10", "10", "无")
    return Doc(SOURCE["title"], [SOURCE["title"], g], landscape=True)
