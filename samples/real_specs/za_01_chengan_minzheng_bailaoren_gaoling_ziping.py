"""成安县民政局's 2020年度预算项目绩效自评表 for 19名百岁老人高龄津贴 (河北, 邯郸; the county's 政府信息公开 page,
published 2021.07.14), as the page shows it: the page's 发布日期/索引号/发布机构 ("民 政 局", spaced)/主题词 lines and
the title again above one table in the Hebei system's layout -- a section column on the left (一、基本情况,
二、预算执行情况, 三、目标完成情况, 四、年度绩效指标完成情况), each section a block of its own shape beside it: the
basic facts in one row of label/value pairs (项目名称:, 是否为专项资金: left blank, 实施(主管)单位 with the unit's
code 314002- in front of its name, 金额单位: 万元 in a cell of its own), three side-by-side money lists (预算数 /
到位数 / 执行数 6.84, each with 其中:财政资金 6.84 and 其他 0.00) and a 预算执行进度(%) 100.00 merged down, two goals
written twice (年度预期目标 and 具体完成情况 word for word) beside a merged 总体完成率(%) 100.00, then the indicator
block with two header rows: 预期指标值 split into 符号 | (a sub-header left empty) | 单位(文字描述), so every
target is three cells (>= | 98 | %(百分比)), and 自评得分 split into 单项指标得分 | 权重占比(%) | 单项指标折算得分.
The page's text puts an explanation after every 三级 name (享受补贴政策人数占符合条件申报对象总数的比例) where the
header says 指标分值: it is rebuilt in that column, as the text orders it.  The levels are the Hebei ones: 效果指标
(not 效益指标) as a 一级, a 时效指标 named 完成率 with a percentage target, and a 预算执行率 row naming itself twice
with every other cell empty.  The stored page ends inside that row; nothing below it is rebuilt."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404",
    "title": "成安县民政局2020年度预算项目绩效自评表",
    "issuer": "成安县民政局",
    "province": "河北",
    "year": 2020,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "成安县民政局2020年度预算项目绩效自评表.html"

GOAL_1 = "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。"
GOAL_2 = "为全县共享改革开放成果,促进社会稳定文明和谐"

# 一级 (None: merged from above), 二级, 三级, the cell under 指标分值, 符号, 值, 单位, 实际完成值, 完成情况,
# 单项指标得分, 权重占比, 折算得分
ROWS = [
    ("产出指标", "质量指标", "符合条件申报对象覆盖率", "享受补贴政策人数占符合条件申报对象总数的比例",
     ">=", "98", "%(百分比)", "100%", "完成", "25.00", "25.00", "6.25"),
    (None, "时效指标", "完成率", "按照要求每月及时完成符合条件对象审批的比例(百分比)",
     ">=", "99", "%(百分比)", "100%", "完成", "25.00", "25.00", "6.25"),
    ("效果指标", "社会效益指标", "补贴发放率", "高龄补贴发放完成率",
     ">=", "75", "%(百分比)", "100%", "完成", "30.00", "30.00", "9.00"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "享受高龄津贴的对象对老龄工作的满意程度",
     ">=", "95", "%(百分比)", "100%", "完成", "10.00", "10.00", "1.00"),
]


def doc() -> Doc:
    g = Grid(13)
    g.add("一、基本情况", "项目名称:", C("19名百岁老人高龄津贴", span=3), "是否为专项资金:", "",
          "实施(主管)单位", C("314002-成安县民政局机关", span=3), C("金额单位: 万元", span=2))
    g.add(C("二、预算执行情况", down=4), C("预算安排情况(调整后)", span=3), C("资金到位情况", span=3),
          C("资金执行情况", span=3), C("预算执行进度(%)", span=3))
    g.add(C("预算数", span=2), "6.84", C("到位数", span=2), "6.84", C("执行数", span=2), "6.84",
          C("100.00", span=3, down=3))
    g.add(C("其中:财政资金", span=2), "6.84", C("其中:财政资金", span=2), "6.84",
          C("其中:财政资金", span=2), "6.84")
    g.add(C("其他", span=2), "0.00", C("其他", span=2), "0.00", C("其他", span=2), "0.00")
    g.add(C("三、目标完成情况", down=3), C("年度预期目标", span=5), C("具体完成情况", span=5),
          C("总体完成率(%)", span=2))
    g.add(C(GOAL_1, span=5), C(GOAL_1, span=5), C("100.00", span=2, down=2))
    g.add(C(GOAL_2, span=5), C(GOAL_2, span=5))
    g.add(C("四、年度绩效指标完成情况", down=3 + len(ROWS)), C("一级指标", down=2), C("二级指标", down=2),
          C("三级指标", down=2), C("指标分值", down=2), C("预期指标值", span=3), C("单项指标实际完成值", down=2),
          C("单项指标完成情况", down=2), C("自评得分", span=3))
    g.add("符号", "", "单位(文字描述)", "单项指标得分", "权重占比(%)", "单项指标折算得分")
    for level1, *rest in ROWS:
        lead = [] if level1 is None else [C(level1, down=2) if level1 == "产出指标" else level1]
        g.add(*lead, *rest)
    g.add("预算执行率", "预算执行率", "", "", "", "", "", "", "", "", "", "")
    return Doc(SOURCE["title"], [
        "成安县民政局2020年度预算项目绩效自评表",
        "发布日期: 2021.07.14 索引号: 00062104-2-0404-2011-1033",
        "发布机构: 民 政 局 文号:",
        "主题 词: 组织机构 主题分类: 组织机构",
        "成安县民政局2020年度预算项目绩效自评表",
        g,
    ])
