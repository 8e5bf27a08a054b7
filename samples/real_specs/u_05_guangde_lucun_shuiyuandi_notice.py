"""卢村乡 (广德市, 安徽)'s 2022年度重点项目及绩效目标情况, as the township's page shows it, here as a Word file of
paragraphs and its PDF: the site's record as lines (索引号 … 发布机构: 卢村乡 …), the title twice, then one project
named on a numbered line of its own (1、“水源地保护”项目) and seven numbered sections, each a label and its text on
one line: (1)项目概述 (2)立项依据 (3)实施主体 (卢村乡人民政府根据行动方案明确职责:…) (4)起止时间 2021-2023
(5)项目内容 (6)年度预算安排:500万元。 (7)绩效目标和指标:.  The stored page ends there: the targets (a table on the
page) are cut off, so nothing states the goal or an indicator."""
from samples.templates import Doc

SOURCE = {
    "url": "http://www.guangde.gov.cn/Jczwgk/show/2590647.html",
    "title": "2022年度重点项目及绩效目标情况",
    "issuer": "卢村乡",
    "province": "安徽",
    "year": 2022,
    "kind": "重点项目及绩效目标情况",
    "format": "html",
}
FILE = "2022年度重点项目及绩效目标情况.pdf"

TITLE = "2022年度重点项目及绩效目标情况"
SURVEY = ("广德市卢村水源地保护区范围总面积142.31平方千米,其中包括水域面积3.31平方千米,陆域面积139平方千米。计划联合"
          "农服中心、经发办、城管中队等多部门协同作业,旨在解决养殖污染管控、垃圾收集处理、建设河滨湿地及污水管网、生态"
          "修复治理等多方面综合性问题,确保项目的顺利实施。")
BASIS = "卢村水库系广德市生产生活的唯一水源,是广德市建设生态文明城市、发展生态经济的重要载体。保护水源地,保障饮水安全是首要义务,也是一项长久责任。"
LEAD = ("卢村乡人民政府根据行动方案明确职责:农服中心、水利站、创建办、财政所、城管中队等多个二级机构及所辖13个村社区皆将"
        "水源地保护工作列为中心工作之一,协同作业确保项目顺利实施。")
CONTENT = ("严防养殖污染:积极引导水库上游养殖企业关停或整改,规范养殖家庭限量养殖;卢湖垃圾清运:全域市场化保洁,做到垃圾"
           "日产日清,定期开展水面打捞作业,形成长效保洁;生态修复治理:对水库流域生态破坏、水土流失严重的区域,通过实施生态"
           "修复工程,改善环境,提高环境自净能力;污水管网建设:对沿湖企业、居民加大规范整治力度,确保实现污水“零排放”,同步"
           "推进入户管网建设。")


def doc() -> Doc:
    return Doc(TITLE, [
        "索引号: 11341723003254583L/202212-00005 组配分类: 政府预算",
        "发布机构: 卢村乡 主题分类: 其他",
        f"名称: {TITLE} 文号:",
        "生成日期: 2022-12-06 发布日期: 2022-12-06",
        TITLE,
        "发布时间:2022-12-06 16:47 来源:卢村乡 浏览:0",
        TITLE,
        "1、“水源地保护”项目",
        "(1)项目概述:" + SURVEY,
        "(2)立项依据:" + BASIS,
        "(3)实施主体:" + LEAD,
        "(4)起止时间:2021-2023",
        "(5)项目内容:" + CONTENT,
        "(6)年度预算安排:500万元。",
        "(7)绩效目标和指标:",
    ])
