"""大英县司法局 2023 部门预算项目支出绩效自评表 (四川, 遂宁), the 21st page of a long article on the county's
media site that prints the bureau's self-evaluations one after another (the system report of b_02): the
page opens inside the previous project's table, at its 绩效指标(90分) header, with one 成本 indicator
(≤ | 30 | 万元), its 合计, 评价结论 / 存在问题 / 改进措施 and the sign-off row; that project's name is on
the page before, not stored.  Then the next project's table in full: the code before the name in
项目名称, 主管部门 ending in 部门, a 年初预算 of 0.00 beside 调整后预算数 3.36 (money added in the year),
and its indicator header.  The page is cut inside that project's first indicator row: the table ends
at the header."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyxrmt.cn/article-157795-21.html",
    "title": "部门预算项目支出绩效自评表(2023年度) 51092324T000010263357-2023年全县安可替代补助资金项目",
    "issuer": "大英县司法局",
    "province": "四川",
    "year": 2023,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "大英县司法局部门预算项目支出绩效自评表(2023年度).docx"

HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
          "未完成原因分析")
NOTE = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
        "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")


def fragment() -> Grid:
    g = Grid(11)
    g.add(C("绩效指标(90分)", down=2), *HEADER)
    g.add("产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90", "")
    g.add(C("合计", span=8), "100", "", "")
    g.add("评价结论", C("根据财政局资金下达的管理办法,将资金支付给项目施工方。", span=10))
    g.add("存在问题", C("无", span=10))
    g.add("改进措施", C("无", span=10))
    g.add(C("项目负责人:查小兵", span=4), C("财务负责人:唐勇", span=4), C("", span=3))
    return g


def project() -> Grid:
    g = Grid(11)
    g.add("项目名称", C("51092324T000010263357-2023年全县安可替代补助资金项目", span=10))
    g.add("主管部门", C("大英县司法局部门", span=4), C("实施单位", span=2), C("大英县司法局", span=4))
    g.add(C("项目基本情况", down=3), C("1.项目年度目标完成情况", span=2, down=2), C("项目年度目标", span=4),
          C("年度目标完成情况", span=4))
    g.add(C("根据要求购买安可设备,并完成项目资金支付。", span=4), C("完成", span=4))
    g.add(C("2.项目实施内容及过程概述", span=2), C("2023年购买13台安可电脑,并于12月前完成资金支付。", span=8))
    g.add(C("预算执行情况(10分)", down=6), C("年度预算数(万元)", span=2), "年初预算", "调整后预算数",
          "预算执行数", "预算执行率", "权重", "得分", C("原因", span=2))
    g.add(C("总额", span=2), "0.00", "3.36", "3.36", "100.00%", "10", "10", C(NOTE, span=2, down=5))
    g.add(C("其中:财政资金", span=2), "0.00", "3.36", "3.36", "100.00%", "/", "/")
    g.add(C("财政专户管理资金", span=2), "0.00", "0.00", "0.00", "0.00%", "/", "/")
    g.add(C("单位资金", span=2), "0.00", "0.00", "0.00", "0.00%", "/", "/")
    g.add(C("其他资金", span=2), "", "", "", "", "/", "/")
    g.add("绩效指标(90分)", *HEADER)
    return g


def doc() -> Doc:
    return Doc("部门预算项目支出绩效自评表(2023年度)", [
        fragment(),
        "部门预算项目支出绩效自评表(2023年度)",
        project(),
    ], landscape=True)
