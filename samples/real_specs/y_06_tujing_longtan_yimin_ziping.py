"""忠县涂井乡's 2021 自评 of a village project (重庆; 龙滩村农村移民安置区精准帮扶, 实施单位 the township
government), as the township's page on the county site shows it (an HTML table) under the page heading
涂井乡2021年度项目绩效自评表: the 中央、市级专项转移支付绩效目标自评表 form with 专项(项目)名称 beside
负责人及电话 (name and number on two lines of one cell), a 市级主管部门 row and a 县级主管部门 | 实施单位 row,
项目资金(万元) merged down beside an empty caption cell over 全年预算数(A) | 全年执行数(B) | 执行率(B/A),
amounts written with their unit (372.29万元), 县级资金 and 其他资金 left blank, 年初设定目标 beside
全年实际完成情况 (the same sentence twice), and a spaced 绩 效 指 标 column merged down beside a header
row whose 二级指标 cell is empty (一级 指标 | (blank) | 三级指标 | 年度指标值 | 全年完成值 |
未完成原因和改进措施); spaced 一级 names (产 出 指 标, 效 益 指 标), "指标1:" numbering in some names and not
in others, lengths in Latin units (524m, 14.7km), a bare year as the 时效 target (2021年), a cost of
713万元 against 372.29万元 of funds, and the same 三级 name (道路交通设施) under 时效, 成本 and 效益 with a
phrase as the 效益 target.  The stored page is cut inside the 社会效益指标 row's 全年完成值 (提高村民收…),
so that row is left out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html",
    "title": "涂井乡2021年度项目绩效自评表",
    "issuer": "忠县涂井乡人民政府",
    "province": "重庆",
    "year": 2021,
    "kind": "中央、市级专项转移支付绩效目标自评表",
    "format": "html",
}
FILE = "涂井乡2021年度项目绩效自评表.html"

TITLE = "涂井乡2021年度项目绩效自评表"
GOAL = "新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。"


def doc() -> Doc:
    g = Grid(7)
    g.add("专项(项目)名称", C("忠县涂井乡龙滩村农村移民安置区精准帮扶项目", 3), "负责人及电话",
          C("廖朝伟\n13635397499", 2))
    g.add("市级主管部门", C("重庆市水利局", 6))
    g.add("县级主管部门", C("忠县水利局", 3), "实施单位", C("忠县涂井乡人民政府", 2))
    g.add(C("项目资金(万元)", down=5), C("", 3), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)")
    g.add(C("年度资金总额:", 3), "372.29万元", "372.29万元", "100%")
    g.add(C("其中:中央、市级补助", 3), "372.29万元", "372.29万元", "100%")
    g.add(C("县级资金", 3), "", "", "")
    g.add(C("其他资金", 3), "", "", "")
    g.add(C("年度总体目标", down=2), C("年初设定目标", 3), C("全年实际完成情况", 3))
    g.add(C(GOAL, 3), C(GOAL, 3))
    g.add(C("绩 效 指 标", down=9), "一级 指标", "", "三级指标", "年度指标值", "全年完成值", "未完成原因和\n改进措施")
    g.add(C("产 出 指 标", down=7), C("数量指标", down=3), "指标1:新建道路", "524m", "524m", "")
    g.add("指标2:硬化道路", "5719m", "5719m", "")
    g.add("指标3:人行便道硬化", "14.7km", "14.7km", "")
    g.add(C("质量指标", down=2), "指标1:工程完工率", "100%", "100%", "")
    g.add("指标2:工程验收合格率", "100%", "100%", "")
    g.add("时效指标", "道路交通设施完成时间", "2021年", "2021年", "")
    g.add("成本指标", "道路交通设施", "713万元", "713万元", "")
    g.add("效 益 指 标", "经济效益指标", "道路交通设施", "降低村民出行和农产品运输成本",
          "降低村民出行和农产品运输成本", "")
    return Doc(TITLE, [TITLE, "中央、市级专项转移支付绩效目标自评表", "(2021年度)", g])
