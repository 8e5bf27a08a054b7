"""Targets published as prose under 一、产出指标 headings (parsers/layout/prose.py): read as
the table a clerk would have filled, and only where no table holds an indicator."""

from __future__ import annotations

import pytest

from jixiao.errors import NoProjects
from jixiao.normalize.goals import split_goals
from jixiao.parsers.grid import Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.layout.prose import prose_as_table
from jixiao.parsers.records import DocumentRecord

TITLE = "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示"
OPENING = ("根据…通知精神,安排资金50万元,实施同心县下马关镇设施农业黄金蜜(葡萄)种植项目,"
           "项目负责人金秀梧。项目总体绩效目标是:增加特色产业产值80万元。现将绩效目标设定如下:")


def read(*texts: str, tables: tuple[Table, ...] = ()) -> DocumentRecord:
    blocks: list[Paragraph | Table] = [*tables, *(Paragraph(t) for t in texts)]
    return to_document_record(SourceDocument(blocks, format="txt"), file_name="公示.txt")


def rows(rec: DocumentRecord) -> list[tuple[str | None, ...]]:
    [p] = rec.projects
    return [(i.level1, i.level2, i.level3, i.value_raw) for i in p.indicators]


def test_each_clause_under_a_level1_heading_holds_named_values() -> None:
    rec = read(TITLE, OPENING, "一、 产出指标",
               "数量指标:★补助种植数量,黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;"
               "时效指标:完成及时率(≥**%)>=100%。成本指标:补助成本(≤**元/株)≤28.40/株。")
    assert rows(rec) == [
        ("产出指标", "数量指标", "★补助种植数量,黄金蜜(葡萄)种植数量(≥**株)", ">=17600株"),
        ("产出指标", "数量指标", "种植作物成活率(≥**%)", ">=85"),
        ("产出指标", "时效指标", "完成及时率(≥**%)", ">=100%"),
        ("产出指标", "成本指标", "补助成本(≤**元/株)", "≤28.40/株"),
    ]


def test_a_restated_level1_a_level_written_with_mubiao_and_a_statement_with_no_value() -> None:
    rec = read(TITLE, OPENING, "二、 效益指标",
               "效益指标:经济效益指标:特色产业产值(≥**万元)≥80万元,增加收入(≥**万元)≥80万元;"
               "社会效益目标:受益人口数(≥**户)≥10户。生态效益指标:生态修复功能提高。可持续影响指标,持续发展。")
    assert rows(rec) == [
        ("效益指标", "经济效益指标", "特色产业产值(≥**万元)", "≥80万元"),
        ("效益指标", "经济效益指标", "增加收入(≥**万元)", "≥80万元"),
        ("效益指标", "社会效益目标", "受益人口数(≥**户)", "≥10户"),
        ("效益指标", "生态效益指标", "生态修复功能提高", None),
        ("效益指标", "可持续影响指标", "持续发展", None),
    ]


def test_a_value_in_words_after_the_name() -> None:
    rec = read(TITLE, OPENING, "一、产出指标",
               "数量指标:外立面改造(≥**平方米)大于等于10157.6平方米")
    assert rows(rec) == [("产出指标", "数量指标", "外立面改造(≥**平方米)", "大于等于10157.6平方米")]


def test_the_project_is_the_one_title_and_text_both_name_with_the_stated_amount_and_goal() -> None:
    rec = read("关于解决同心县2022年上垣村整治示范村项目资金绩效目标设定的公示",
               "安排资金用于同心县2022年上垣村整治示范村项目,资金总额500万元。总体绩效目标是通过项目实施,改善人居环境。",
               "一、产出指标", "数量指标:外立面改造(≥**平方米)>=100平方米")
    [p] = rec.projects
    assert p.name == "同心县2022年上垣村整治示范村项目"
    assert p.budget_raw == "500万元"
    assert p.goals_text == "通过项目实施,改善人居环境。"


def test_the_lines_after_the_targets_are_not_targets() -> None:
    rec = read(TITLE, OPENING, "三、 满意度指标", "服务对象满意度指标,受益脱贫户满意度(≥**%)≥95%。",
               "附件:绩效目标设定表.xlsx", "同心县下马关镇人民政府", "2023年3月27日")
    assert rows(rec) == [("满意度指标", "服务对象满意度指标", "受益脱贫户满意度(≥**%)", "≥95%")]
    assert rec.unit_name == "同心县下马关镇人民政府"


def test_no_heading_no_prose_table_and_a_table_with_indicators_is_read_as_it_is() -> None:
    assert prose_as_table(SourceDocument([Paragraph(OPENING)], format="txt"), "x.txt") is None
    table = Table([row_from_texts(["项目名称", "道路养护"]),
                   row_from_texts(["一级指标", "二级指标", "三级指标", "指标值"], index=1),
                   row_from_texts(["产出指标", "数量指标", "养护里程", "45公里"], index=2)])
    rec = read("一、产出指标", "数量指标:外立面改造>=100平方米", tables=(table,))
    assert rows(rec) == [("产出指标", "数量指标", "养护里程", "45公里")]


def test_the_paragraphs_between_the_blocks_stay_and_only_the_targets_are_read() -> None:
    texts = [TITLE, OPENING, "一、产出指标", "数量指标:种植数量>=17600株", "(说明:以上为年度目标)",
             "二、满意度指标", "服务对象满意度指标,满意度≥95%"]
    src = SourceDocument([Paragraph(t) for t in texts], format="txt")
    prose = prose_as_table(src, "公示.txt")
    assert prose is not None
    kinds = [type(b).__name__ if isinstance(b, Table) else b.text for b in prose.blocks]
    assert kinds == [TITLE, OPENING, "Table", "(说明:以上为年度目标)"]


NOTICE_TITLE = "某区2019年林业有害生物防治项目立项依据、实施主体、预算安排及绩效目标情况公示"


def test_a_notice_in_numbered_sections_is_one_project_with_its_budget_goal_and_office() -> None:
    rec = read(NOTICE_TITLE, "一、立项依据", "《防治实施方案》", "二、实施主体",
               "某市林业局某分局牵头,各镇具体实施。", "三、预算安排",
               "全年预算数为 362万元,执行数为362万元。", "四、绩效目标",
               "防治作业面积19.699万亩,无公害防治率100%。")
    [p] = rec.projects
    assert (p.name, p.budget_raw, p.goals_text) == (
        "某区2019年林业有害生物防治项目", "362万元", "防治作业面积19.699万亩,无公害防治率100%。")
    assert (rec.unit_name, p.indicators) == ("某市林业局某分局", [])


def test_sections_on_one_line_each_read_too() -> None:
    rec = read(NOTICE_TITLE, "(1)项目概述:送戏进万村", "(3)实施主体。某县文化局",
               "(6)年度预算安排:5万元", "(7)绩效目标:完成70村演出。")
    [p] = rec.projects
    assert (p.budget_raw, p.goals_text, p.purpose, rec.unit_name) == (
        "5万元", "完成70村演出。", "送戏进万村", "某县文化局")


def _explained(title: str, overview: str, implementer: str, budget: str, goal: str
               ) -> tuple[str, ...]:
    return (title, "一、项目概述", overview, "二、立项依据", "《某区实施意见》", "三、实施主体",
            implementer, "四、实施方案", "签订服务合同。", "五、实施周期",
            "2025年1月1日-2025年12月31日", "六、年度预算安排", budget, "七、绩效目标", goal)


def test_a_department_budget_explains_each_project_under_a_title_of_its_own() -> None:
    """上海's 部门预算: the department's own sections first (一、“三公”经费 … 四、绩效目标设置
    情况, no project), then X项目经费情况说明 or X经费情况说明 over 一、项目概述 …
    六、年度预算安排 七、绩效目标, a project each; a budget of 万 with no 元; a goal that only
    points to the unit's 绩效目标表 is no goal; the unit is the 预算主管部门 the head
    names."""
    rec = read("某区2025年区级部门预算", "预算主管部门：某区商务委员会", "其他相关情况说明",
               "一、2025年“三公”经费预算情况说明", "“三公”经费预算数为1.00万元。",
               "四、绩效目标设置情况",
               "本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。",
               *_explained("人民调解项目经费情况说明", "化解矛盾纠纷。", "某区商务委员会",
                           "795万元", "完善人民调解经费保障体系。"),
               *_explained("科技创新专项项目情况说明", "推动企业创新。", "某区商务委员会",
                           "2025年度项目总预算1720.00万，其中专精特新认定1720.00万。",
                           "详见单位的项目绩效目标表"))
    assert [(p.name, p.budget_raw, split_goals(p.goals_text)) for p in rec.projects] == [
        ("人民调解", "795万元", ["完善人民调解经费保障体系。"]),
        ("科技创新专项", "1720.00万", []),
    ]
    assert rec.unit_name == "某区商务委员会"


def test_a_nameless_explanation_names_its_project_as_its_overview_does() -> None:
    """项目经费情况说明 naming no project: the 工程 its 概况 names first (由…建设的X工程);
    a budget stated only quarter by quarter is their sum; the office the 实施主体 sentence
    names after 由, written in full where the head names it so."""
    rec = read("某区2024年区级部门预算", "预算主管部门：某区人民政府万里街道办事处",
               *_explained("项目经费情况说明",
                           "由某区人民政府万里街道办事处建设的万里街道社区公共服务中心新建工程，"
                           "位于某路口。",
                           "本工程由建设单位万里街道办事处建设、招标代理单位进行招标工作。",
                           "第一季度用款计划158.05万元，第二季度用款计划158.05万元，"
                           "第三季度用款计划158.05万元，第四季度用款计划158.05万元。",
                           "建成后作为社区事务受理场所。"))
    [p] = rec.projects
    assert (p.name, p.budget_raw, p.fields) == (
        "万里街道社区公共服务中心新建工程", "632.20万元", {"实施单位": "万里街道办事处"})
    assert rec.unit_name == "某区人民政府万里街道办事处"


def test_an_explanation_followed_by_its_table_is_read_from_the_table() -> None:
    """项目经费情况说明 whose 七、绩效目标 says 具体见表格 and the 申报表 follows: the table's
    project, once."""
    table = Table([row_from_texts(r, index=i) for i, r in enumerate([
        ["项目名称", "拆违经费", "实施单位", "某区城管执法局"],
        ["项目资金总额", "349.8万元", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "完成年度拆违计划", "=100%"]])], index=0, ncols=4)
    blocks = [Paragraph(t) for t in _explained(
        "项目经费情况说明", "推动违法建设常态化治理。", "某区城管执法局",
        "本年度拆违经费预算金额为349.80万元。",
        "（包括总目标、年度目标、分解目标等，具体见表格）")]
    rec = to_document_record(SourceDocument([*blocks, table], format="docx"), file_name="a.docx")
    [p] = rec.projects
    assert (p.name, len(p.indicators)) == ("拆违经费", 1)


def test_numbered_paragraphs_without_a_budget_and_a_goal_are_no_notice() -> None:
    with pytest.raises(NoProjects):
        read(NOTICE_TITLE, "一、立项依据", "《防治实施方案》", "二、实施主体", "某市林业局",
             "三、起止时间", "2019年")


def test_numbered_level2_headings_each_over_indicators_a_paragraph_each() -> None:
    """同心县's 2025 设定 (its title the project and 绩效目标设定, no 关于…的公示): (一)数量指标
    over one indicator a paragraph, its value a comparator and a number or what follows
    the last comma; (四)成本指标 under 一、产出指标 is its 二级; a paragraph that does not
    end as an indicator does (附件:…) ends the block."""
    rec = read("同心县2025年设施农业技术培训项目绩效目标设定",
               "安排同心县2025年设施农业技术培训资金30万元。项目总体绩效目标:提高种植人员管理水平,"
               "开拓视野。促进村集体及种植户增收。现将具体绩效目标设定如下:",
               "一、产出指标", "(一)数量指标", "设施温棚种植人员(县内培训)≧300人;",
               "(三)时效指标", "完成时限,2025年10月底前;", "(四)成本指标",
               "设施农业种植人员(县内培训)≦1000元/人;", "二、效益指标", "(一)经济效益指标",
               "带动村集体及种植户增收致富,增加;", "三、满意度指标", "参训学员满意度≥95%。",
               "附件:同心县2025年设施农业技术培训项目绩效目标表", "同心县农业农村局")
    assert rows(rec) == [
        ("产出指标", "数量指标", "设施温棚种植人员(县内培训)", "≧300人"),
        ("产出指标", "时效指标", "完成时限", "2025年10月底前"),
        ("产出指标", "成本指标", "设施农业种植人员(县内培训)", "≦1000元/人"),
        ("效益指标", "经济效益指标", "带动村集体及种植户增收致富", "增加"),
        ("满意度指标", None, "参训学员满意度", "≥95%"),
    ]
    [p] = rec.projects
    assert p.name == "同心县2025年设施农业技术培训项目"
    assert p.goals_text == "提高种植人员管理水平,开拓视野。促进村集体及种植户增收。"
    assert p.budget_raw == "30万元"


def test_targets_led_by_their_level2_with_no_level1_heading_under_a_funded_item() -> None:
    """岳峰镇's 福利彩票公益金 notice (福建): each funded item numbered with its amount, the
    first with its targets as lines led by their 二级 and no 一级 anywhere; what was
    achieved, told after each target (当年实际完成9人), is no indicator."""
    rec = read("2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示",
               "1、2024年百岁老人慰问费1.35万元;",
               "(1)主要用于重阳节慰问百岁及以上老年人。",
               "(2)主要绩效目标及完成情况:",
               "数量指标:慰问人数=9人,当年实际完成9人。",
               "质量指标:慰问对象年龄均≥100岁。",
               "时效指标:百岁及以上老年人慰问款及时发放率=100%,当年实际完成100%。")
    [p] = rec.projects
    assert (p.name, p.budget_raw) == ("2024年百岁老人慰问费", "1.35万元")
    assert rows(rec) == [
        (None, "数量指标", "慰问人数", "=9人"),
        (None, "质量指标", "慰问对象年龄均", "≥100岁"),
        (None, "时效指标", "百岁及以上老年人慰问款及时发放率", "=100%"),
    ]


def test_one_line_led_by_a_level2_is_no_run_of_targets() -> None:
    with pytest.raises(NoProjects):
        read("某镇2024年工作总结", "数量指标:慰问人数=9人,当年实际完成9人。",
             "其他工作按计划推进。")


def test_sentences_that_label_their_target_under_level1_headings_numbered_as_items() -> None:
    """莆田's 自评报告: each indicator one numbered sentence, its target labelled (目标值200)
    and followed by what was achieved and scored; the 一级 headings numbered (二), (一),
    (三) — siblings, not the 二级 of the first (as (四)成本指标 under 一、产出指标 is); the
    project named in brackets after the title's 绩效自评报告."""
    rec = read("2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)", "二、绩效分析",
               "(二) 成本指标", "1、经济成本指标",
               "1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。",
               "2、社会成本指标", "(一) 产出指标", "1、数量指标",
               "1)主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。",
               "(三) 效益指标", "1、经济效益指标", "2、社会效益指标",
               "1)标准文本宣传和解读(份),目标值300,完成值350,分值10,得分10。")
    assert rows(rec) == [
        ("成本指标", "经济成本指标", "获得补助企事业单位获得补助金额(万元)", "200"),
        ("产出指标", "数量指标", "主导制修订国家标准的项目数量(项)", "2"),
        ("效益指标", "社会效益指标", "标准文本宣传和解读(份)", "300"),
    ]
    [p] = rec.projects
    assert p.name == "标准化工作专项补助经费"


def test_a_reports_targets_told_with_what_was_achieved() -> None:
    """云南's 救灾资金 report: under 1)产出指标 … each target a clause, its value a figure
    closing the name (租机数量8架) or what the target asks (需控制在…, 需达到…), followed by
    what was achieved (实际租机7架, 未完成指标), which is no target; the goal after
    绩效年度目标:, its own paragraph only."""
    rec = read("云南省2020年度中央自然灾害救灾资金绩效自评报告",
               "绩效年度目标:云南省森林火灾发生率控制在6.5次/10万公顷以下。",
               "二)绩效目标完成情况", "3.绩效指标完成情况", "1)产出指标",
               "数量指标:租机数量8架,实际租机7架,未完成指标", "2)效益指标",
               "生态效益指标:年森林火灾发生率需控制在6.5次/10万公顷,实际森林火灾发生率为0.2次/10万公顷;"
               "森林火灾受害率需控制在1‰以内,实际森林火灾受害率为0.038‰。", "3)满意度指标",
               "基层群众对森林草原航空消防项目的满意度需达到80%以上,实际满意度为90%。")
    assert rows(rec) == [
        ("产出指标", "数量指标", "租机数量", "8架"),
        ("效益指标", "生态效益指标", "年森林火灾发生率", "需控制在6.5次/10万公顷"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "需控制在1‰以内"),
        ("满意度指标", None, "基层群众对森林草原航空消防项目的满意度", "需达到80%以上"),
    ]
    [p] = rec.projects
    assert p.goals_text == "云南省森林火灾发生率控制在6.5次/10万公顷以下。"


COVER = ["浙江省项目支出绩效评价报告(防尘洗护费)"]


def cover_name(*lines: str) -> str | None:
    table = Table([row_from_texts(["项目负责人", "宁华武", "联系电话", ""], index=0),
                   row_from_texts(["计划安排资金(万元)", "1355.81"], index=1)])
    try:
        rec = to_document_record(SourceDocument([*(Paragraph(t) for t in (*COVER, *lines)),
                                                 table], format="pdf"), file_name="评价报告.pdf")
    except NoProjects:
        return None  # no cover read: the table alone names no project
    return rec.projects[0].name if rec.projects else None


def test_a_covers_labels_run_into_their_values_as_a_scan_reads_them() -> None:
    # the scan cannot show the one blank of 项目名称 防尘洗护费: three such lines are a cover
    assert cover_name("项目名称防尘洗护费", "项目单位武义县环境卫生管理所",
                      "主管部门武义县综合行政执法局") == "防尘洗护费"


def test_two_lines_whose_labels_run_on_are_no_cover() -> None:
    # two lines that open with a label are as likely a sentence's: a run of three, or one
    # line with its blank seen, is needed
    assert cover_name("项目名称防尘洗护费", "项目单位武义县环境卫生管理所") != "防尘洗护费"
    assert cover_name("项目名称 防尘洗护费", "项目单位武义县环境卫生管理所") == "防尘洗护费"


def test_a_label_running_on_into_more_of_a_label_is_no_value() -> None:
    assert cover_name("项目名称及绩效目标表", "项目单位武义县环境卫生管理所",
                      "主管部门武义县综合行政执法局") != "及绩效目标表"


XIPING = [
    "《关于2024年西平县脱贫人口小额信贷贴息项目投资计划的批复》(西农领〔2023〕6号)已经中共"
    "西平县委农村工作领导小组研究同意,现将该项目投资计划批复公示公告如下:",
    "项目名称:2024年西平县脱贫人口小额信贷贴息项目",
    "项目投资及资金来源:项目规模共计380万元,其中财政衔接资金380万元。",
    "建设内容:",
    "(一)对2021年188户户贷进行贴息,按照LPR利率全额贴息,共计18.027813万元;",
    "建设地点:西平县",
    "实施期限:2024年12月31日前完成",
    "绩效目标:为2472户脱贫户与监测户创业发展提供资金支持,受益人口满意度100%。",
    "利益联结机制:通过项目实施,给全县脱贫户、监测对象施以贴息政策。",
    "公示时间:2024年2月5日---2月14日",
]


def test_a_notice_in_labelled_lines_names_its_project_money_sources_and_goal() -> None:
    # 西平's 批复公示: no heading, no numbers; each line a label and its text
    rec = to_document_record(SourceDocument([Paragraph(t) for t in XIPING], format="docx"),
                             file_name="公示公告.docx")
    [p] = rec.projects
    assert p.name == "2024年西平县脱贫人口小额信贷贴息项目"
    assert p.budget_raw == "380万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [("财政衔接资金", "380万元")]
    # a line with a label of its own (利益联结机制:, 公示时间:) ends the goal
    assert p.goals_text == "为2472户脱贫户与监测户创业发展提供资金支持,受益人口满意度100%。"
    assert rec.year == 2024  # (一)对2021年… is an item of a list, not a heading


def test_a_reports_targets_under_a_section_that_names_its_fund_at_length() -> None:
    # 云南's 2022 自评报告: the title names 中央自然灾害资金, the first section the fund more
    # closely; its budget stated as 预算10441万元 with the sources after 其中; the targets
    # under a level's heading numbered (1)产出指标。
    rec = read(
        "云南省2022年度中央自然灾害资金绩效自评报告",
        "一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)",
        "(一)绩效目标分解下达情况。",
        "2022年共投入森林草原航空消防租机补助经费预算10441万元。其中,中央转移支付资金8353万元,"
        "省级配套资金2088万元。",
        "4.绩效指标完成情况分析。",
        "(1)产出指标。",
        "数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时。",
    )
    [p] = rec.projects
    assert p.name == "中央自然灾害救灾资金(森林草原航空消防租机补助经费)"
    assert p.budget_raw == "10441万元"
    assert [(f.source, f.amount_raw) for f in p.funding] == [
        ("中央转移支付资金", "8353万元"), ("省级配套资金", "2088万元")]
    assert rows(rec)[:2] == [("产出指标", "数量指标", "布防飞机数量", "≥6架"),
                             ("产出指标", "数量指标", "飞机飞行时长", "≥928小时")]
