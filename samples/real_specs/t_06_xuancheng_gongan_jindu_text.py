"""宣城市公安局 2021 禁毒项目绩效支出自评表 (安徽; 禁毒经费), the bureau's page as Word's text export: the
national 自评表 template as 宣城's offices fill it, 主管部门 宣城市公安局 beside 实施单位 禁毒支队 (the detachment
that spends the money); 项目资金(万元) 100 / 100 / 100 with 分值 10, 执行率 100% and 得分 10, "-" under the 其中
lines; a 预期目标 sentence beside its 实际完成情况 sentence; the 一级 cell printed as its weight alone ((50分));
指标1: / 指标2: prefixes; targets ≥1场 and ≥2400份 against 1场 and 3200份, 分值 12; the template's "……" row.
The stored page breaks off inside the first 质量指标 row, which is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://gaj.xuancheng.gov.cn/OpennessContent/show/2572090.html",
    "title": "宣城市公安局禁毒项目绩效支出自评表",
    "issuer": "宣城市公安局",
    "province": "安徽",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "宣城市公安局禁毒项目绩效支出自评表.txt"

GOAL = ("支持公安机关开展禁毒业务工作,补助必须的办案、业务、装备等开支,有效的打击毒品犯罪,遏制毒品蔓延、毒品渗透、"
        "毒品制贩和毒品流入非法渠道,进一步巩固禁种铲毒工作成果,进一步增强全民禁毒意识")
DONE = ("有效的打击了毒品犯罪,遏制了毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道,进一步巩固了禁种铲毒工作成果,"
        "进一步增强了全民禁毒意识,提升了群众安全感和满意度。")


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("禁毒经费", span=8))
    g.add("主管部门", C("宣城市公安局", span=3), "实施单位", C("禁毒支队", span=4))
    g.add(C("项目资金(万元)", down=5), C("", span=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值",
          "执行率(B/A)", "得分")
    g.add(C("年度资金总额:", span=2), "100", "100", "100", "10", "100%", "10")
    g.add(C("其中:本年财政拨款", span=2), "100", "100", "100", "-", "", "-")
    g.add(C("上年结转资金", span=2), "", "", "", "-", "", "-")
    g.add(C("其他资金", span=2), "", "", "", "-", "", "-")
    g.add(C("年度总体目标完成情况", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("年度绩效指标完成情况", down=4), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
          "得分", "偏差原因分析及改进措施")
    g.add(C("(50分)", down=3), C("数量指标", down=3), "指标1:禁毒舞台剧宣传的场次", "≥1场", "1场", "12", "12", "")
    g.add("指标2:毛发检查试剂数量", "≥2400份", "3200份", "12", "12", "")
    g.add("……", "", "", "", "", "")
    return Doc("项目支出绩效自评表", ["项目支出绩效自评表", "(2021年度)", g])
