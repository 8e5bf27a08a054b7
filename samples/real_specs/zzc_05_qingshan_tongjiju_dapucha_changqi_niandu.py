"""武汉市青山区统计局's 2020 项目支出绩效目标表 for 大型普查经费(经普和人普) (湖北, 武汉), posted on the district's site
(发布机构 武汉市青山区统计局, 2020-01-16) under the title 青山区统计局2020年项目支出绩效目标表, as the stored page gives
it: the record's lines (索引号, 发布机构, 标题) and the title, a 发布时间 / 发布单位 line, then the table's caption
项目基本信息 and (2020年度) above the Wuhan district form that c_03 (青山区教育局, the same year) also uses: 项目名称;
主管部门及编码 [005005]武汉市青山区统计局 beside 实施单位 区统计局机关 (the bureau's own office, not its full name);
项目属性 综合类 beside 项目起止时间 2020-2020; a 项目资金 block in 元 without a unit anywhere (资金总额 2800000.0000 and
当年资金总额: 2800000.0000 with four decimals, 其中:财政拨款 2800000.00 with two, 其他资金 blank); 总体目标 over
中期目标 | 年度目标, each two paragraphs, one per census (经济普查:… / 人口普查:…); a caption row 绩效项目指标表 inside the
table; then 一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度),
一级 written again on every row (no merges) and, unlike c_03, the 长期 side filled and equal to the 年度 one.  The
stored page breaks off in the second indicator row (产出指标 | 数量指标 | 人口普查两员业务培…): only the first row,
经济普查资料开发文章 6篇, is whole, so the rebuild ends there.

Decided: the unit is the 实施单位 as written, 区统计局机关 (the contract puts a 实施单位 cell before the 主管部门 and
the page's 发布机构); the values are the 年度 ones (as templates.long_term); the two 年度 paragraphs are two goals,
each kept with its census label; the amounts are 元."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.qingshan.gov.cn/qzfbm/zfgzbm/tjj/czxx/zjxx/202001/t20200116_1371261.shtml",
    "title": "青山区统计局2020年项目支出绩效目标表",
    "issuer": "武汉市青山区统计局",
    "province": "湖北",
    "year": 2020,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "青山区统计局2020年项目支出绩效目标表.html"

MID = ("经济普查:全面调查我区第二产业和第三产业的发展规模、布局和效益,了解产业组织、产业结构、产业技术、产业形态的现状"
       "以及各生产要素的构成,摸清我区全部法人单位资产负债状况和新兴产业发展情况。\n"
       "人口普查:查清人口在数量、结构、分布和居住环境等方面的情况变化,为科学制定国民经济和社会发展规划,统筹安排人民的"
       "物质和文化生活,实现可持续发展战略,构建社会主义和谐社会,提供科学准确 的统计信息支持。")
YEAR = ("经济普查:根据市经普办统一部署,完成区第四次经济普查资料整理归档、数据开发和工作总结等各项工作。\n"
        "人口普查:根据市人普办统一部署,组建普查机构,两员选调和培训、入户普查登记等各项工作。")


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C("大型普查经费(经普和人普)", span=6))
    g.add("主管部门\n及编码", C("[005005]武汉市青山区统计局", span=2), "实施单位", C("区统计局机关", span=3))
    g.add("项目属性", C("综合类", span=2), "项目起止时间", C("2020-2020", span=3))
    g.add(C("项目资金", down=3), "资金总额", "2800000.0000", "当年资金总额:", C("2800000.0000", span=3))
    g.add("其中:财政拨款", "2800000.00", "其中:当年财政拨款", C("2800000.00", span=3))
    g.add("其他资金", "", "当年其他资金", C("", span=3))
    g.add(C("总体目标", down=2), C("中期目标", span=3), C("年度目标", span=3))
    g.add(C(MID, span=3), C(YEAR, span=3))
    g.add(C("绩效项目指标表", span=7))
    g.add("一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)",
          "指标值(年度)")
    g.add("产出指标", "数量指标", "经济普查资料开发文章", "6篇", "数量指标", "经济普查资料开发文章", "6篇")
    return Doc("青山区统计局2020年项目支出绩效目标表", [
        "青山区统计局2020年项目支出绩效目标表",
        "发布时间:2020-01-16 | 发布单位:武汉市青山区统计局",
        "项目基本信息",
        "(2020年度)",
        g,
    ])
