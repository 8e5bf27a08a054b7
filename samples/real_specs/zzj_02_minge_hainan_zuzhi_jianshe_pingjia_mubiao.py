"""民革海南省委员会's 财政支出项目绩效评价报告 for 组织建设和宣传教育 (海南; the committee's own evaluation of its 2022
project), posted as 2022年项目绩效报告 on its site (mg.hainan.gov.cn, 公告栏, 2023-12-14) with the Word report pasted into
the page: the breadcrumb, the page title and its 时间 line, then the report's cover and its 附件3-2 项目绩效目标表.

The province's evaluation-report template, as zb_01 has it from 2013, but filled in ten years later and through a page
that mangled it: the cover's option words keep the Wingdings letter R for the ticked box (R完成结果评价, R项目单位,
R项目单位评价组) and nothing for the others; the dates lost their 年 and 月 (评价时间: 202211日至20221231日 for 2022年1月1日
至2022年12月31日, 上报时间:2023626日); 主管部门 is left empty; the 评价单位(盖章) is the short 民革海南省委会 where the
项目单位 line has 民革海南省委员会.  The target table: 指标类型 | 绩效指标 | 年初绩效目标 | 调整后绩效目标(如有) | 绩效标准
over four graded columns 优 / 良 / 中 / 差, each headed (年初/调整后) on a second header row; headers and 指标类型 cells
broken over two lines (指标 / 类型, 产出 / 指标, 成效 / 指标); only two levels (产出指标, 成效指标) with the indicator's
name in the second; every target a floor in words (10个以上, 200 人次以上, 5天以上, 满意度95%以上, 目标达成率95%以上),
the 调整后 column restating it in other words (旅程目标达成率95%以上) or with stray spaces (200人   次以上); the grades
are ranges with (含) / (不含) on a second line, one with its units dropped (3(含)至4).

The stored page breaks off inside the third 成效指标 row (培训目的合格率 | 合格率95%以上 | 合格率95%以…): that row, the
rest of the table and the report after it are left out; the 成效指标 merge covers the two rows shown.

Decided, as zb_01 reads this form: the unit is the 项目单位 (民革海南省委员会); the year is 2022 (the evaluation period and
the page title); the project is named by the cover's 项目名称 and has no amount in what is shown; the 指标类型 is the
level 1 (joined over its line break), there is no level 2, the 绩效指标 is the level 3 and the 年初绩效目标 the value."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://mg.hainan.gov.cn/ggl/202312/t20231214_3444227.html",
    "title": "2022年项目绩效报告",
    "issuer": "民革海南省委员会",
    "province": "海南",
    "year": 2022,
    "kind": "项目绩效目标表(财政支出项目绩效评价报告附件)",
    "format": "html",
}
FILE = "2022年项目绩效报告.html"

PROJECT = "组织建设和宣传教育"

COVER = [
    "财政支出项目绩效评价报告",
    "评价类型:实施过程评价      R完成结果评价",
    f"项目名称:              {PROJECT}",
    "项目单位:             民革海南省委员会",
    "主管部门:",
    "评价时间:     202211日至20221231日",
    "组织方式:财政部门     主管部门    R项目单位",
    "评价机构:中介机构     专家组      R项目单位评价组",
    "评价单位(盖章):民革海南省委会",
    "上报时间:2023626日",
]

# 绩效指标, 年初绩效目标, 调整后绩效目标(如有), 优, 良, 中, 差
OUTPUT = [
    ("组织管理支部个数", "10个以上", "10个以上", "10个(含)以上", "6个(含)至10个", "3个(含)至6个", "3个以下"),
    ("培训人数", "200 人次以上", "200人   次以上", "200人次(含)以上", "140人次(含)至200人次", "80人次(含)至140人次",
     "80人次以下"),
    ("旅差天数", "5天以上", "5天以上", "5天以上", "3(含)至4", "2(含)至3", "2天以下"),
]
EFFECT = [
    ("基层组织满意度", "满意度95%以上", "满意度95%以上", "95%以上\n(含)", "80%以上\n(含)", "70%以上\n(含)",
     "70%以下\n(不含)"),
    ("旅程目标达成率", "目标达成率95%以上", "旅程目标达成率95%以上", "95%以上(含)", "80%以上(含)", "70%以上(含)",
     "70%以下\n(不含)"),
]


def targets() -> Grid:
    g = Grid(8)
    g.add(C("指标\n类型", down=2), C("绩效\n指标", down=2), C("年初绩效目标", down=2), C("调整后绩效目标(如有)", down=2),
          C("绩效标准", span=4))
    g.add("优(年初\n/调整后)", "良(年初\n/调整后)", "中(年初\n/调整后)", "差(年初\n/调整后)")
    for label, rows in (("产出\n指标", OUTPUT), ("成效\n指标", EFFECT)):
        for k, row in enumerate(rows):
            g.add(*([C(label, down=len(rows))] if k == 0 else []), *row)
    return g


def doc() -> Doc:
    return Doc("2022年项目绩效报告", [
        "您现在的位置:首页>公告栏",
        "2022年项目绩效报告",
        "时间:2023-12-14 【字号 小  中  大 分享到:",
        *COVER,
        "附件3-2",
        "项目绩效目标表",
        f"项目名称:{PROJECT}",
        targets(),
    ])
