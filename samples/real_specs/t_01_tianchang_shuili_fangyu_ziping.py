"""天长市水利局 2022 项目支出绩效自评表 (安徽; 水旱灾害防御经费), as the bureau's page shows it: the national
自评表 template filled only in part.  主管部门 left blank beside 实施单位 天长市水利局; 项目资金(万元) with
年初预算数 / 全年预算数(A) / 全年执行数(B) / 分值 / 执行率(B/A) / 得分 (880 each, 执行率 left empty, "-" under
the 其中 lines); 预期目标 beside 实际完成情况; the 一级 cells printed as their weights alone ((50分), (30分))
where the page lost the vertical 产出指标 / 效益指标, but 满意度指标(10分) whole; every 二级 with the template's
"指标1:" / "指标2:" prompts and a "……" row; most 三级 filled with no 年度指标值 or 实际完成值 at all (only 分值
and 得分 10), one with its target inside the name (年度资金支付完成率100%); 生态效益指标 answered "指标1:/"
with "/" in both value cells; 服务对象满意度 90% → 100%; 总分 100 100.  The template's note under the table
is cut on the stored page and left out.  The index stores the page without its address."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": None,  # the search index holds the page (发布时间 2023-12-05) without its address
    "title": "天长市水利局水旱灾害防御股项目支出绩效自评",
    "issuer": "天长市水利局",
    "province": "安徽",
    "year": 2022,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "天长市水利局水旱灾害防御股项目支出绩效自评.docx"

GOAL = "完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。"


def prompts(g: Grid, level2: str, first: str, target: str = "", actual: str = "",
            weight: str = "10", score: str = "10", level1: C | None = None) -> None:
    """A 二级 block of the template: 指标1 as given, 指标2 left a prompt, then the …… row."""
    lead = [level1] if level1 is not None else []
    g.add(*lead, C(level2, down=3), first, target, actual, weight, score, "")
    g.add("指标2:", "", "", "", "", "")
    g.add("……", "", "", "", "", "")


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("水旱灾害防御经费", span=8))
    g.add("主管部门", C("", span=3), "实施单位", C("天长市水利局", span=4))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值",
          "执行率(B/A)", "得分")
    g.add(C("年度资金总额:", span=2), "880", "880", "880", "10", "", "10")
    g.add(C("其中:本年财政拨款", span=2), "880", "880", "880", "-", "", "-")
    g.add(C("上年结转资金", span=2), "", "", "", "-", "", "-")
    g.add(C("其他资金", span=2), "", "", "", "-", "", "-")
    g.add(C("年度总体目标完成情况", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C("完成年度目标。", span=4))
    g.add(C("年度绩效指标完成情况", down=29), "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
          "得分", "偏差原因分析及改进措施")
    g.add(C("(50分)", down=12), C("数量指标", down=3), "指标1:完成中型灌区节水改造项目数量", "1", "1", "10", "10", "")
    g.add("指标2:完成农业综合水价改革项目", "1", "1", "10", "10", "")
    g.add("……", "", "", "", "", "")
    prompts(g, "质量指标", "指标1:工程质量合格")
    prompts(g, "时效指标", "指标1:年度资金支付完成率100%")
    prompts(g, "成本指标", "指标1:资金执行在预算范围内")
    prompts(g, "经济效益\n指标", "指标1:全市安全度汛", level1=C("(30分)", down=12))
    prompts(g, "社会效益\n指标", "指标1:保护全市人口财产不受损失")
    prompts(g, "生态效益\n指标", "指标1:/", "/", "/", "", "")
    prompts(g, "可持续影\n响指标", "指标1:已建工程良性运行")
    prompts(g, "服务对象\n满意度指标", "指标1:服务对象满意度", "90%", "100%", level1=C("满意度指标\n(10分)", down=3))
    g.add(C("总分", span=5), "100", "100", "")
    return Doc("项目支出绩效自评表", ["项目支出绩效自评表", "(2022年度)", g])
