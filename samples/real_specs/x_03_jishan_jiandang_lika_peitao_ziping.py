"""稷山县医疗保障局's 2020 项目支出绩效自评表 of 建档立卡个人缴费县级配套资金 (山西, 运城), a workbook a document
library keeps (建档立卡个人缴费县级配套绩效自评表.xlsx): the title 稷山县项目支出绩效自评表 (2020年度), 项目名称
across, 主管部门 | 稷山县医疗保障局 | 实施单位 | 稷山县医疗保险服务中心, a 项目资金(万元) block with typed
numbers (年初预算数 empty; 全年预算数 65.66 | 全年执行数 65.07 | 分值 10 | 执行率 99% | 得分 9; — in the
score cells of the 其中 rows), 预期目标 beside 实际完成情况, then the indicators under a 绩效指标 column merged
down, each level three numbered (指标1:全县参合人数), a bare count as target (8755) and its shortfall explained,
and a 总分 row (100 | 94)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
    "title": "建档立卡个人缴费县级配套绩效自评表.xlsx",
    "issuer": "稷山县医疗保障局",
    "province": "山西",
    "year": 2020,
    "kind": "项目支出绩效自评表",
    "format": "xlsx",
}
FILE = "建档立卡个人缴费县级配套绩效自评表.xlsx"
DASH = "—"


def wan(x: float) -> C:
    return C(f"{x:.2f}", value=x, fmt="0.00")


def pct(x: float) -> C:
    return C(f"{x:.0%}", value=x, fmt="0%")


def n(x: int) -> C:
    return C(str(x), value=float(x), fmt="0")


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("建档立卡个人缴费县级配套资金", span=8))
    g.add("主管部门", C("稷山县医疗保障局", span=3), "实施单位", C("稷山县医疗保险服务中心", span=4))
    g.add(C("项目资金 (万元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    g.add(C("年度资金总额", span=2), "", wan(65.66), wan(65.07), n(10), pct(0.99), n(9))
    g.add(C("其中:当年财政拨款", span=2), "", wan(65.66), wan(65.07), DASH, pct(0.99), DASH)
    g.add(C("上年结转资金", span=2), "", "", "", DASH, "", DASH)
    g.add(C("其他资金", span=2), "", "", "", DASH, "", DASH)
    g.add(C("年度总体目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C("提高医疗保障水平,推进因病致贫问题的根本性解决", span=4),
          C("提高医疗保障水平,推进了因病致贫问题的基本性解决", span=4))
    g.add(C("绩效指标", down=7), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施")
    g.add(C("产出指标 (50分)", down=4), "数量指标", "指标1:全县参合人数", n(8755), n(8676), n(15), n(13),
          "建档立卡中有新增死亡人员,导致有偏差")
    g.add("质量指标", "指标1:资金是否全部纳入医保统筹", pct(1.0), pct(1.0), n(15), n(15), "")
    g.add("时效指标", "指标1:资金是否全部及时纳入", pct(1.0), pct(1.0), n(10), n(10), "")
    g.add("成本指标", "指标1:配套资金每人每年", "75元", "75元", n(10), n(10), "")
    g.add("效益指标(30分)", "社会效益指标", "指标1:是否解决建档立卡人员看病难贵问题", pct(0.95), pct(0.95), n(30), n(27), "")
    g.add("满意度指标(10分)", "服务对象满意度指标", "指标1:是否满意", pct(0.95), pct(0.95), n(10), n(9), "")
    g.add(C("总分", span=6), n(100), n(94), "")
    return Doc("稷山县项目支出绩效自评表", ["稷山县项目支出绩效自评表", "(2020年度)", g])
