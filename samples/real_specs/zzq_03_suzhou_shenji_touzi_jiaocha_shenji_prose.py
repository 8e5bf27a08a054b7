"""宿州市审计局's 2024 项目支出预算绩效目标表 for its 政府投资审计及市县交叉审计 (安徽, 宿州), as a copy of the
city's 信息公开 page (sjj.scbtmhb.com, an unrelated domain under the same path, public/2655615/194705671) shows it:
the record block with its first word cut (号: 003187472/202404-00004 信息分类: 部门项目), two items to a line
(成文日期 … 发布日期, 文  号: left empty beside a label cut to 性: 有效, 生效时间 … 废止时间: 暂无), the page's
名  称: line, the heading again and a 来源 … 编辑 line; then the Anhui budget-disclosure prose in seven numbered
parts, each a paragraph, with no "1.“…”项目。" line before them (so no part names the project), and then the
form's heading 项目支出绩效目标表 and (2024年度).  The copy has replaced every 关于 in the cited titles with a
betting site's name (《国务院中国竞彩网加强审计工作的意见》 …); kept as the page shows it.

What sets it apart: the money is written only as two parts of one project in (6)年度预算安排 -- 280万元 for the
协审机构 hired on 政府投资审计 and 200万元 for the 市、县(区)交叉审计 --, never as a total, and (1) says the two are run
as one project (作为一个整体项目执行); (3)实施主体 holds the unit with no closing 。; (7)绩效目标 is one sentence in two
clauses joined by ;.

The stored page breaks off after the table's first cell, 项目名称: that partial row is dropped, so the rebuild ends
with the form's heading and (2024年度): no table is shown, no indicator.

Decided: the unit is the 实施主体 宿州市审计局 (the 发布机构 too); year 2024; one project, named by the page's heading
less its unit, year and form name (宿州市审计局2024年 | 政府投资审计及市县交叉审计 | 项目支出预算绩效目标表); the
budget is the sum of the two parts of (6), 280 + 200 = 480万元 (4,800,000 元), as no total is written; no funding
(the parts are uses of the money, not sources); one goal, the (7) text after its 。, whole."""
from samples.templates import Doc

SOURCE = {
    "url": "http://sjj.scbtmhb.com/public/2655615/194705671.html",
    "title": "宿州市审计局2024年政府投资审计及市县交叉审计项目支出预算绩效目标表",
    "issuer": "宿州市审计局",
    "province": "安徽",
    "year": 2024,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "宿州市审计局2024年政府投资审计及市县交叉审计项目支出预算绩效目标表.html"
NO_GOLDEN = ("the head of a page cut before its table: the reader finds no project in its prose "
             "(its misses are in real_gaps.json)")

PROSE = [
    "(1)项目概述。为充分发挥审计监督作用,实现审计“全覆盖”的要求,我局在政府投资审计(主要是跟踪审计项目)过程中聘请协审"
    "机构参与政府投资审计,并与市、县(区)交叉审计项目作为一个整体项目执行。",
    "(2)立项依据。根据《中华人民共和国审计法》、《国务院中国竞彩网加强审计工作的意见》(国发〔2014〕48号)、《安徽省人民"
    "政府中国竞彩网加强审计工作的意见》(皖政〔2015〕34号)、《审计署办公厅中国竞彩网进一步规范聘请中介机构参与投资审计"
    "工作的通知》等文件安排。",
    "(3)实施主体。宿州市审计局",
    "(4)起止时间。2024年1月1日至2024年12月31日",
    "(5)项目内容。本项目内容主要包括对政府投资审计项目实行全过程监督,在审计过程中聘请协审机构,以及安排市、县(区)交叉审计,"
    "完成全年审计计划任务",
    "(6)年度预算安排。2024年安排政府投资审计项目聘请协审机构产生的业务费用预算280万元,市、县(区)交叉审计业务费用预算"
    "200万元。",
    "(7)绩效目标。加强政府投资审计项目审计监督,全过程保障政府财政资金的有效使用,实现“审计全覆盖”过程监督,持续强化政府"
    "固定资产投资审计工作;完成年度审计计划安排的县(区)交叉审计项目任务。",
]


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        "号: 003187472/202404-00004 信息分类: 部门项目",
        "发布机构: 宿州市审计局",
        "成文日期: 2024-04-12 发布日期: 2024-04-12 11:39",
        "文  号: 性: 有效",
        "生效时间: 废止时间: 暂无",
        f"名  称: {SOURCE['title']}",
        "政策咨询机关: 暂无 政策咨询电话: 暂无",
        SOURCE["title"],
        "来源:宿州市审计局 浏览量: 发表时间:2024-04-12 11:39 编辑:宿州信息公开023",
        *PROSE,
        "项目支出绩效目标表",
        "(2024年度)",
    ])
