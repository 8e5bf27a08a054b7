"""保山市能源局's 2023 项目支出绩效自评表 for 能源安全检查及新能源项目推进经费 (云南, 保山; posted 2024-04-19 under
公开目录 自评报告), as a mirror of the city's site shows the page, here as a Word file: the site's record of the item
above (索引号 | 发布机构 | 公开目录 | 发布日期 | 文号 | 浏览量, label and value pairs in a table) and no article
heading; then the 云南 system's export of the national 自评表: 项目资金 in 元 with thousands separators
(330,000.00 年初 against 329,998.60 全年预算 and 执行), 执行率 written as a bare 100.00 (no %), an extra 备注
column, empty 上年结转资金 and 其他资金 rows, 年度总体目标 with long 预期目标 / 实际完成情况 texts, and a second
caption row 项目支出绩效指标表 opening the indicator block.  The indicator head is the two-row one (年度指标值 split
into 指标性质 | 指标值 | 度量单位), followed by a row that holds only the block's totals (90.00 | 90.00) under
分值 | 得分; each indicator row repeats its 一级 (产出指标 twice, not merged); the 指标性质 cells carry the system's
operator codes before the operator ("004 >=", "005 <="); the 成本 target is 33 in a 万元 unit cell while its
实际完成值 is 32.9999; the 经济效益 target is "1亿" in a 元 unit cell (1亿元) against an actual 24亿, and that
row's 二级 is written 经济效益 without 指标.  Inferred: the 当年财政拨款 row's lone 100.00 put under 执行率 (the page
drops empty cells), the 90.00 | 90.00 row placed under 分值 | 得分.  The stored page ends after the 经济效益 row,
although the three rows' 分值 (22.50 + 22.50 + 9.00) fall short of the 90.00 total: the rows after it are missing
from the copy and are left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://alkalih2o.com/info/7535/9976364.htm",
    "title": "项目支出绩效自评表",  # the stored page shows no article heading above the table
    "issuer": "保山市能源局",
    "province": "云南",
    "year": 2023,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "项目支出绩效自评表(能源安全检查及新能源项目推进经费).docx"

NAME = "能源安全检查及新能源项目推进经费"
BUREAU = "保山市能源局"
GOAL = ("通过严格能源安全执法检查工作、组织开展应急演练、加大法制宣传力度,力保全市能源运行安全、能源行业建设工程"
        "施工安全、能源行业工程质量安全。立足保山新能源资源优势及地理区位优势,加强能源网络建设、增强能源保障能力,"
        "大力优化能源供给结构,提升能源治理效能。")
DONE = ("2023年,通过开展项目现场踏勘、检查、督导,向上汇报等113次,形成新能源投资增加数24亿元,市内新增电源145.2万"
        "千瓦,确保了能源保障平稳可靠。")


def doc() -> Doc:
    record = Grid(4)
    record.add("索引号", "11533000MB1632050L/20240419-00001", "发布机构", BUREAU)
    record.add("公开目录", "自评报告", "发布日期", "2024-04-19")
    record.add("文号", "", "浏览量", "")
    g = Grid(10)
    g.add(C("项目支出绩效自评表", span=10))
    g.add("项目名称", C(NAME, span=9))
    g.add("主管部门", C(BUREAU, span=4), "实施单位", C(BUREAU, span=4))
    g.add("项目资金(元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", C("备注", span=3))
    g.add("年度资金总额", "330,000.00", "329,998.60", "329,998.60", "10.00", "100.00", "10.00", C("", span=3))
    g.add("其中:当年财政拨款", "330,000.00", "329,998.60", "329,998.60", "", "100.00", "", C("", span=3))
    g.add("上年结转资金", "", "", "", "", "", "", C("", span=3))
    g.add("其他资金", "", "", "", "", "", "", C("", span=3))
    g.add(C("年度 总体 目标", down=2), C("预期目标", span=5), C("实际完成情况", span=4))
    g.add(C(GOAL, span=5), C(DONE, span=4))
    g.add(C("项目支出绩效指标表", span=10))
    g.add(C("绩效指标", span=3), C("年度指标值", span=3), C("实际完成值", down=2), C("分值", down=2),
          C("得分", down=2), C("偏差原因分析及改进措施", down=2))
    g.add("一级 指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    g.add("", "", "", "", "", "", "", "90.00", "90.00", "")
    g.add("产出指标", "数量指标", "开展项目现场踏勘、检查、督导,赴省能源局等汇报工作次数", "004 >=", "20", "次",
          "113", "22.50", "22.50", "")
    g.add("产出指标", "成本指标", "经费支出", "005 <=", "33", "万元", "32.9999", "22.50", "22.50", "")
    g.add("效益指标", "经济效益", "形成新能源投资增加数", "004 >=", "1亿", "元", "24亿", "9.00", "9.00", "")
    return Doc(SOURCE["title"], [record, g], landscape=True)
