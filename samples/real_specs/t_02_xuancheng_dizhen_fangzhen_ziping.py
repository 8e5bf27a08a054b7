"""宣城市地震局 2021 防震减灾项目支出绩效自评表 (安徽; 防震减灾综合保障), the bureau's page as its PDF print:
附件1 above the national 自评表 template, 主管部门 and 实施单位 both 宣城市地震局; 项目资金(万元) 55 / 55 / 55 with
分值 10, 执行率 100% and 得分 10, the 其中 lines with "-" for 分值 and 得分 and zeros for 上年结转 / 其他资金;
预期目标 numbered 目标1: / 目标2: beside 实际完成情况 numbered 1. / 2.; the 一级 cell printed as its weight
alone ((50分)); 三级 cells with 指标1: / 指标2: prefixes; bare-number targets (200, 500) met by 200余人 and
600余人; 100% and ≥95% against 99.12%; deadlines 11月底前 against 10月; 分值 5 or 10.  The stored page breaks
off inside the 成本指标 row: the table ends after the 时效指标 rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.xuancheng.gov.cn/OpennessContent/show/2594005.html",
    "title": "宣城市地震局2021年度防震减灾项目支出绩效自评表",
    "issuer": "宣城市地震局",
    "province": "安徽",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "宣城市地震局2021年度防震减灾项目支出绩效自评表.pdf"

GOALS = "目标1:省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2:全省市级防震减灾综合考核先进单位。"
DONE = "1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。"


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("防震减灾综合保障", span=8))
    g.add("主管部门", C("宣城市地震局", span=3), "实施单位", C("宣城市地震局", span=4))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值",
          "执行率(B/A)", "得分")
    g.add(C("年度资金总额:", span=2), "55", "55", "55", "10", "100%", "10")
    g.add(C("其中:本年财政拨款", span=2), "55", "55", "55", "-", "100%", "-")
    g.add(C("上年结转资金", span=2), "0", "0", "0", "-", "", "-")
    g.add(C("其他资金", span=2), "0", "0", "0", "-", "", "-")
    g.add(C("年度总体目标完成情况", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOALS, span=4), C(DONE, span=4))
    g.add(C("年度绩效指标完成情况", down=7), "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
          "得分", "偏差原因分析及改进措施")
    g.add(C("(50分)", down=6), C("数量指标", down=2), "指标1:接受业务培训人数", "200", "200余人", "10", "10", "")
    g.add("指标2:科普馆参观人数", "500", "600余人", "10", "10", "")
    g.add(C("质量指标", down=2), "指标1:台站正常运行", "100%", "100%", "10", "10", "")
    g.add("指标2:台网运行率", "≥95%", "99.12%", "10", "10", "")
    g.add(C("时效指标", down=2), "指标1:业务培训时限", "11月底前", "10月", "5", "5", "")
    g.add("指标2:科普宣传时限", "11月底前", "10月", "5", "5", "")
    return Doc("防震减灾项目支出绩效自评表", ["附件1", "防震减灾项目支出绩效自评表", "(2021年度)", g])
