"""A county news site's reprint (大英, 四川, 遂宁) of a 绩效自评报告 on the 双心及文明城市创建专项资金 (2020),
here as an old Word (.doc) file: the stored page opens on the report's indicator table, with no title, no unit
and no 项目名称 above it: a 绩效指标 label (written 绩效\\n指标) merged down the left beside 一级指标 | 二级指标 |
三级指标 | 指标值 | 实施进度, where 实施进度 (已完成100% on every row) stands in for the 实际完成值 and there is
no 分值 or 得分; the 一级 cells hold the evaluation framework's words rather than the target categories
(项目决策 merged over the 数量 / 质量 / 时效 / 成本 rows, 项目效益 over 社会效益\\n指标, then 满意度指标);
targets 至少全年完成2次宣传, 按质按量完成, 1-12月 (under a 三级 written 全年), 10万元, 不断提升, 90%.  Prose
follows: 3.分析评价申报内容…, (三)项目自评步骤及方法, 二、项目资金申报及使用情况, whose paragraph names the
project (该双心及文明城市创建专项资金项目), the year it was applied for (2020年初) and its money (批复下达预算资金
10万元).  The stored page is cut where the 资金到位 table begins; the rebuild ends before it.  The page's own
title is not in the stored text, so the file is named for what it is, with neither unit nor project in the name."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyxrmt.cn/article-147197-19.html",
    "title": "项目支出绩效自评报告(续)",
    "issuer": None,  # not named on the stored page
    "province": "四川",
    "year": 2020,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "项目支出绩效自评报告(续).doc"

APPLIED = ("该双心及文明城市创建专项资金项目于2020年初向财政局进行资金申报工作,根据《关于大英县创建放心舒心消费城市"
           "工作方案的通知》(大府办函〔2017〕75号)《关于印发大英县创建全国县级文明城市测评体系任务分解表的通知》"
           "(大创文指办发〔2020〕1号)等文件申报资料进行审议,批复下达预算资金10万元。")


def doc() -> Doc:
    g = Grid(6)
    g.add(C("绩效\n指标", down=7), "一级指标", "二级指标", "三级指标", "指标值", "实施进度")
    g.add(C("项目决策", down=4), "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%")
    g.add("质量指标", "创建质量", "按质按量完成", "已完成100%")
    g.add("时效指标", "全年", "1-12月", "已完成100%")
    g.add("成本指标", "成本", "10万元", "已完成100%")
    g.add("项目效益", "社会效益\n指标", "提升全县消费者维权意识", "不断提升", "已完成100%")
    g.add("满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%")
    return Doc("项目支出绩效自评报告(续)", [
        g,
        "3.分析评价申报内容是否与实际相符,申报目标是否合理可行",
        "评价申报内容与实际相符,申报目标合理可行。",
        "(三)项目自评步骤及方法",
        "围绕绩效目标,从项目的开展、成效等方面科学设定评价指标体系,采用公众评判、结果比较等方式进行评价。",
        "二、项目资金申报及使用情况",
        "(一)项目资金申报及批复情况。",
        APPLIED,
        "(二)资金计划、到位及使用情况(可用表格形式反映)。",
        "1.资金到位",
    ])
