"""湖北科技学院's 2021 自评 of its 本专科生奖助学金 project (湖北, 咸宁; a university under the province's
教育厅, funded by the 省财政厅 省教育厅 notice 鄂财教发[2021]40号), as the university's 信息公开网 page shows it,
here as Word's text export of that page (the file named by the university, as its download is): no table head
at all, the heading 2021年度本专科生奖助学金项目自评结果, then prose: 一、自评结论 with its 99.8分, the budget
only in a sentence (实际下达预算2596万元, 全年度实际总支出2595.6208 万元, 执行率99%, with a typo 2021度 and
"我校" for the unit, which the page never names), a "完成的绩效目标。" line without its number, and one table of
five columns whose headers do not name the third level: 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值, no
分值, 得分 or 偏差 columns and no budget block; every row writes its 一级 and 二级 again (nothing merged), the
rows are not grouped (four 质量指标 rows, then the one 数量指标 row, then 质量指标 again), 服务对象满意度指标 is
a 二级 under 效益指标, the count target is a bare 14726 (met by 15935), and one target is 是.  The page goes on
with (三)存在的问题和原因; the stored copy is cut inside its first point's second sentence, which is left out."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "https://xxgkw.hbust.edu.cn/info/1243/1928.htm",
    "title": "2021年度本专科生奖助学金项目自评结果",
    "issuer": "湖北科技学院",
    "province": "湖北",
    "year": 2021,
    "kind": "项目支出绩效自评结果",
    "format": "html",
}
FILE = "湖北科技学院2021年度本专科生奖助学金项目自评结果.txt"

SCORE = "对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评价得分为 99.8分。"
RATE = ("根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》(鄂财教发[2021]40号)文件批复,"
        "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。"
        "项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费,因此笔经费无法达到一名"
        "学生4000元的最低资助标准,将作为我校2022年应征入伍学生国家资助经费使用。因此我校2021年资助项目资金没有全部"
        "执行完。")

ROWS = [
    ("产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%"),
    ("产出指标", "质量指标", "受资助本专科困难学生覆盖率", "99%", "99%"),
    ("产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%"),
    ("产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%"),
    ("产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935"),
    ("产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%"),
    ("效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是"),
    ("效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "100%"),
    ("效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "95%"),
]


def doc() -> Doc:
    g = Grid(5)
    g.add("一级指标", "二级指标", "指标名称", "目标值", "实际完成值")
    for row in ROWS:
        g.add(*row)
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "一、自评结论",
        "(一)评价得分情况。",
        SCORE,
        "(二)绩效目标完成情况",
        "1、执行率情况。",
        RATE,
        "完成的绩效目标。",
        "经过自评,本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表:",
        g,
        "(三)存在的问题和原因",
        "1、受资助本专科困难学生覆盖率有待进一步提高。",
    ])
