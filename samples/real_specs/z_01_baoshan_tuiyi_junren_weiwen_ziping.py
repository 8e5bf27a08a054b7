"""保山市退役军人事务局's 2022 项目支出绩效自评表 of its 春节走访慰问经费 (云南, 保山), as a mirror of the city's
page shows it in the page (an HTML table under "附件1"): the title, then 单位名称:保山市退役军人事务局 and
填报日期:2023年4月6日 on one line above the table; 项目名称 across, 主管部门 and 项目实施单位 both the bureau;
项目类别 and 项目属性 written as tick-box lines whose ticks are Wingdings "R" (1、部门预算项目 R 2、市直专项 □ …);
预算执行情况(万元)(20分) merged down over one money row only (年度财政资金总额 | 34.64 | 34.64 | 100% | 20, no
其中 rows, no 年初预算数); no 年度目标 text at all; then 年度绩效目标(80分) merged down beside 一级指标 | 二级指标 |
三级指标 | 年初目标值(A) | 实际完成值(B) | 得分, the 一级 cells carrying their points (产出指标(60分)), each 一级
block ending in an empty row, a 数量指标 whose 三级 is a whole sentence of counts (慰问伤残军人50人;革命烈士遗属50人;…)
with the target 100%, a 时效 target that is a state (按时限完成), a 社会效益 target 小于5次 met by 无上访; then
总分(100分) | 100 | 自评等级 | 优 and two "无" rows.  The stored page is cut inside the 备注 under the table, so its
second item is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://alkalih2o.com/info/7798/9446904.htm",
    "title": "2022年度项目支出绩效自评表(春节走访慰问经费)",
    "issuer": "保山市退役军人事务局",
    "province": "云南",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2022年度项目支出绩效自评表(春节走访慰问经费).html"

BUREAU = "保山市退役军人事务局"
COUNTS = ("慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;"
          "市直企业军转干部101人;驻保部队8家;边海防官兵320人。")
STABLE = "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生"
SATISFIED = "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率"
NOTE = ("备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际"
        "支出数。")


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C("春节走访慰问经费", span=6))
    g.add("主管部门", C(BUREAU, span=2), "项目实施单位", C(BUREAU, span=3))
    g.add("项目类别", C("1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □", span=6))
    g.add("项目属性", C("1、持续性项目 R 2、新增性项目 □", span=6))
    g.add(C("预算执行情况(万元)\n(20分)", down=2), "", "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分\n(20分*执行率)", span=2))
    g.add("年度财政资金总额", "34.64", "34.64", "100%", C("20", span=2))
    g.add(C("年度绩效目标\n(80分)", down=9), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
          "得分")
    g.add(C("产出指标(60分)", down=4), "数量指标", COUNTS, "100%", "100%", "20")
    g.add("质量指标", "补助经费足额拨付率", "100%", "100%", "20")
    g.add("时效指标", "春节前完成走访慰问", "按时限完成", "100%", "20")
    g.add("", "", "", "", "")
    g.add(C("效益指标(10分)", down=2), "社会效益指标", STABLE, "小于5次", "无上访", "10")
    g.add("", "", "", "", "")
    g.add(C("满意度指标(10分)", down=2), "服务对象满意度指标", SATISFIED, "100%", "100%", "10")
    g.add("", "", "", "", "")
    g.add("总分(100分)", C("100", span=3), "自评等级", C("优", span=2))
    g.add("偏差大或\n目标未完成\n原因分析", C("无", span=6))
    g.add("改进措施及\n结果应用方案", C("无", span=6))
    return Doc(SOURCE["title"], [
        "附件1",
        "2022年度项目支出绩效自评表",
        "单位名称:保山市退役军人事务局 填报日期:2023年4月6日",
        g,
        NOTE,
    ])
