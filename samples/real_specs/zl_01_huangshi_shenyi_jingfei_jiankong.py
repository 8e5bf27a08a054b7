"""黄石市's 2019 项目支出绩效监控表 for 申遗经费 (湖北 黄石; 项目执行单位 黄石市文物局(湖北水泥遗址博物馆), 主管部门
黄石市文化和旅游局; posted 2019-08-21 under 新闻动态 > 公示公告 of the 黄石 industrial-heritage site), as the stored
page shows it: a mid-year MONITORING table, not a target or self-evaluation form.  The project's name is only in
the title's brackets and in 项目名称 (申遗经费); 项目单位(盖章): left blank on the same line as 单位:万元; 项目属性 with
no box ticked, 项目类型 over two rows with the tick written after its box (常年性项目 □ √); the money block heads
年初预算数 | 1-6月执行数 | 全年预计执行数 and fills only the first two (220 | 87.57), the 全年预计 column empty.  The
indicator block is the Hubei monitoring layout: 一级 指标 | 指标名称 | 指标值 | 半年度 指标执行情况 | 完成目标可能性
(确定能、有可能、不可能) | 备注, with no 二级 column -- the 指标名称 cells hold category words (质量, 时效, 成本,
社会效益); 质量 and 时效 are left empty, 成本's target is a phrase (年度预算220万元) with its progress beside it
(按进度执行,已使用约40%), and the 社会效益 row's only text, a narrative of what was done (activities held, a centre
founded), sits across the 指标值 and 半年度 columns; one-level captions spaced out vertically (产 出 指 标, 效 益 指
标).  Two empty rows close the table (偏差或不能完成目标原因分析, 相关建议或举措), then a numbered 注.  The stored page
breaks off in the note's fourth item (4.相…): the rebuild keeps items 1-3.
The truth reads 指标名称 as the third level (no 二级 column) and leaves out the unfilled 质量 and 时效 rows, as
other truths leave out a template's unfilled rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html",
    "title": "黄石市项目支出绩效监控表 (申遗)",
    "issuer": "黄石市文物局(湖北水泥遗址博物馆)",
    "province": "湖北",
    "year": 2019,
    "kind": "项目支出绩效监控表",
    "format": "html",
}
FILE = "t20190821_663302(黄石市项目支出绩效监控表).html"

SOCIAL = ("开展黄石矿冶工业遗产突出普遍价值研究、学术交流、对外宣传等工作,先后举办有社会影响力的活动5场;成立黄石矿冶"
          "文化研究中心暨矿冶文学陈列馆,凸显黄石工业遗产文化价值,推动申遗工作。")
NOTE = ("注: 1.完成目标可能性:对应所设定的实现绩效目标的路径,分确定能、有可能、不可能三级综合判断完成的可能性。 "
        "2.如“完成目标可能性”出现“有可能”、“不可能”选项,请分别在“偏差或不能完成目标原因分析”与“相关建议或举措”栏"
        "填写从相关原因及拟采取的措施 3.偏差或不能完成目标原因分析:针对与预期目标产生偏差的指标值,根据实际情况从规划"
        "和目标设计、投入保障、制度保障、项目管理等方面进行判断和分析,并说明原因。")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("黄石市项目支出绩效监控表 (申遗)", span=7))
    g.add(C("(2019年度)", span=7))
    g.add(C("项目单位(盖章): 单位:万元", span=7))
    g.add("项目名称", C("申遗经费", span=6))
    g.add("主管部门", C("黄石市文化和旅游局", span=2), "项目执行单位", C("黄石市文物局(湖北水泥遗址博物馆)", span=3))
    g.add("项目属性", C("1、持续性项目 □ 2、新增性项目 □", span=6))
    g.add(C("项目类型", down=2), C("1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □", span=6))
    g.add(C("1、部门预算项目 □ 2、省直专项 □ 3、省对下转移支付项目 □", span=6))
    g.add(C("项目资金 (万元)", span=2), C("年初预算数", span=2), "1-6月执行数", C("全年预计执行数", span=2))
    g.add(C("年度资金总额:", span=2), C("220", span=2), "87.57", C("", span=2))
    g.add(C("其中:当年一般公共预算拨款", span=2), C("220", span=2), "87.57", C("", span=2))
    g.add(C("绩效指标", down=5), "一级 指标", "指标名称", "指标值", "半年度 指标执行情况",
          "完成目标可能性(确定能、有可能、不可能)", "备注")
    g.add(C("产 出 指 标", down=3), "质量", "", "", "", "")
    g.add("时效", "", "", "", "")
    g.add("成本", "年度预算220万元", "按进度执行,已使用约40%", "确定能", "")
    g.add("效 益 指 标", "社会效益", C(SOCIAL, span=2), "确定能", "")
    g.add(C("偏差或不能完成目标原因分析", span=2), C("", span=5))
    g.add(C("相关建议或举措", span=2), C("", span=5))
    return Doc("黄石市项目支出绩效监控表 (申遗)", [g, NOTE])
