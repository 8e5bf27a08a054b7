"""三明市沙县区 (福建) 2023: the joint notice of 三明市沙县区财政局 and 三明市沙县区自然资源局 to 高砂镇财政所 passing
on 2023年省级地质灾害防治专项资金 (100万元 for 高砂镇地质灾害排危除险工程包, dated 2023年1月3日, posted in the
district's 地质灾害 column), with its only attachment, the 沙县区地质灾害防治专项资金绩效目标表, as the stored page
gives it: the notice (款列“2240601地质灾害防治”, 经济分类科目“50302基础设施建设”, 指标来源市财政局; a quarterly
reporting duty and a 2024年2月底 deadline for the 自评表 -- prose, not targets), the signatures and the date, then the
attachment as one twelve-column table whose first two rows are its own caption (附件, then the title), each a label
in the first cell and the rest of the row empty.  The Fujian 省级专项 form: 专项名称 -- a fund, not a project, and
named for 2022 (2022年度省级对下转移支付地质灾害防治专项资金) in a notice about the 2023 money --; the
主管部门(单位)名称及部门预算编码 cell holding the PROVINCIAL authority 福建省自然资源厅 and no code, beside 补助区域
高砂镇 (the township that receives the money, not a unit of the form); a 资金情况 (万元) label merged down three
rows: 资金总额: 100, 其中:财政拨款 100, 其他资金 blank.  The stored page breaks off inside the 年度总体目标 cell, in a
word (省级补助资金100万元用于开展1个排危除险工…): the rebuild ends with that cell as far as it is seen, so no
indicator is shown.

Inferred: the spans (the page gives each row's filled cells and then a run of empty ones, twelve cells a row; how
the row's width is shared between the two pairs of the 主管部门 / 补助区域 row is not known).

Decided: the unit is the district's 主管部门 for the fund, 三明市沙县区自然资源局 (co-signer of the notice; the form's
主管部门 is the province and 高砂镇 only the 补助区域), as j_03 takes the local 主管部门; year 2023, the year of the
money (notice, dates, the 2024 report deadline), not the 2022年度 in the fund's name; one project named by the
专项名称 as written; budget 资金总额 100 万元 (1,000,000 元), funding its 财政拨款 100 万元 (其他资金 blank, so not a
source); no goals (the 年度总体目标 is cut mid-word); no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://fjsx.gov.cn/zwgk/sxzrzy/dzzh/202301/t20230113_1872253.htm",
    "title": "三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知",
    "issuer": "三明市沙县区自然资源局",
    "province": "福建",
    "year": 2023,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知.html"

NOTICE = [
    "根据《三明市财政局 三明市自然资源局关于提前分解下达2023年省级地质灾害防治专项资金(市县第一批)的通知》"
    "(明财(资环)指〔2022〕54号)和区自然资源局《关于要求下达2023年度省级地质灾害防治专项资金的函》,现将下达你单位"
    "高砂镇地质灾害排危除险工程包100万元,款列“2240601地质灾害防治”,政府预算支出经济分类科目“50302基础设施建设”,"
    "指标来源市财政局。有关事项通知如下:",
    "一、请对照绩效目标和任务,加快项目实施和预算执行进度,确保按期完成年度绩效目标,从1月起每个季度末要将项目季度进展"
    "情况和资金使用情况报送区自然资源局,在2024年2月底将资金年度绩效评价自评表与自评报告报送区自然资源局、区财政局,"
    "报送材料需加盖公章并附电子版。",
    "二、要按《福建省地质灾害防治专项资金管理办法》等有关规定,加快推进项目实施和预算执行进度,强化资金监督和绩效管理,"
    "按照项目进度及时更新“福建省地质灾害综合管理”系统实施阶段项目数据,确保如期完成年度任务,切实提高财政资金使用效益。",
    "附件:沙县区地质灾害防治专项资金绩效目标表",
    "三明市沙县区财政局",
    "三明市沙县区自然资源局",
    "2023年1月3日",
]
# as far as the stored page goes
GOAL_CUT = "省级补助资金100万元用于开展1个排危除险工"


def doc() -> Doc:
    g = Grid(12)
    g.add(C("附件", span=12))
    g.add(C("沙县区地质灾害防治专项资金绩效目标表", span=12))
    g.add("专项名称", C("2022年度省级对下转移支付地质灾害防治专项资金", span=11))
    g.add("主管部门(单位)名称及部门预算编码", C("福建省自然资源厅", span=5), "补助区域", C("高砂镇", span=5))
    g.add(C("资金情况 (万元)", down=3), "资金总额:", C("100", span=10))
    g.add("其中:财政拨款", C("100", span=10))
    g.add("其他资金", C("", span=10))
    g.add("年度总体目标", C(GOAL_CUT, span=11))
    return Doc(SOURCE["title"], [SOURCE["title"], "高砂镇财政所:", *NOTICE, g])
