"""南昌县黄马乡蚕茶卫生院 2021 整体支出绩效自评表 (江西, 南昌县), a .docx shared on a document library (优知文库)
whose preview gives the Word file's text: Jiangxi's county form for a whole unit's self-evaluation, unlike the
一级/二级/三级 templates.  Head rows 评价部门名称 | 南昌县黄马乡蚕茶卫生院 | 下属单位个数 | 0; an 整体支出规模 block
with 全年预算数 | 全年执行数 | 执行率 over three rows labelled 资金来源:(1)财政拨款, 资金结构:(1)基本支出 and
(2)项目支出, where only the 执行率 survived (103.21% twice, the last row empty) -- no amount at all, so the table
gives no budget; a 年度总体目标 caption merged down over 年初设定目标 | 全年完成情况 and one sentence under each; then
the indicator block headed 分解目标 | 自评权重 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
偏差及原因分析, where the first level is a 分解目标 merged down with its weight beside it (管理指标 30, 产出指标 25,
效果指标 35) and 管理指标 comes first, its 二级 a management area (预算编审管理 … 资产管理) and its 三级 a bare
measure (完整、准确率, 结余率, 执行率, 安全性、利用率).  Targets are mostly words: 100%, 小于5%, 按规定公开,
不超编、无违规支出, 增加 (the 门诊住院人次 target, done 增372人次), 超上年2%, 95%以上, 按规定时限 (twice, with the
全年完成值 left blank and 得分 below 分值, the deviation explained), 超上年度, and two compound statements under
效果指标.  The preview's own chunk numbers (2、 3、) falling inside cells are dropped, the vertical captions it
scrambles (年度总…体目标, 出标产指) are rebuilt as the form prints them, and two slips are kept as read: an X inside
the 社会效益 target (签约率提高1%X体检率提高2%) and 水电支出减少01万元 in the 生态效益 row's 全年完成值.  Where the
preview runs cells together the split is read from the form's columns and the 分值 sums (4+4+4+4+4+5+5 = 30,
5+5+5+3+4+3 = 25, 13+12+10 = 35).  The preview is cut at the 满意度指标 caption: the table ends after the
生态效益指标 row."""
from collections.abc import Sequence

from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://yzwku.com/doc/291311.html",
    "title": "蚕茶卫生院整体支出绩效自评表.docx",
    "issuer": "南昌县黄马乡蚕茶卫生院",
    "province": "江西",
    "year": 2021,
    "kind": "部门整体支出绩效自评表",
    "format": "docx",
}
FILE = "蚕茶卫生院整体支出绩效自评表.docx"

UNIT = "南昌县黄马乡蚕茶卫生院"
PLAN = "业务收入达到55万元,三公经费控制率达标"
DONE = "业务收入77.57万元,三公经费控制达标"

# 二级指标, 三级指标, 年度指标值, 全年完成值, 分值, 得分, 偏差及原因分析
MANAGEMENT = [
    ("预算编审管理", "完整、准确率", "100%", "100%", "4", "4", ""),
    ("预算执行管理", "完成率、控制率", "100%", "按规定执行", "4", "4", ""),
    ("部门结转结余资金管理", "结余率", "小于5%", "达成目标值", "4", "4", ""),
    ("预决算信息公开管理", "信息公开完善", "按规定公开", "已公开", "4", "4", ""),
    ("部门预算管理", "人员控制、支出规范", "不超编、无违规支出", "全部达成", "4", "4", ""),
    ("政府采购管理", "执行率", "100%", "100%", "5", "5", ""),
    ("资产管理", "安全性、利用率", "无资产损失、利用率高于80%", "达成目标", "5", "5", ""),
]
OUTPUT = [
    ("数量指标", "任务1:门诊住院人次", "增加", "增372人次", "5", "5", ""),
    ("数量指标", "任务2:特殊人群健康管理率", "超上年2%", "达成目标值", "5", "5", ""),
    ("质量指标", "任务1:诊断准确率", "95%以上", "97%", "5", "5", ""),
    ("质量指标", "任务2:健康档案管理率", "100%", "完成", "3", "3", ""),
    ("时效指标", "任务1:医疗文书及时率", "按规定时限", "", "4", "3", "个别人未及时完成"),
    ("时效指标", "任务2:健康档案更新率", "按规定时限", "", "3", "2", "录入有延迟"),
]
EFFECT = [
    ("经济效益指标", "业务收入", "超上年度", "增收27万元", "13", "13", ""),
    ("社会效益指标", "公卫均等化签约完成率、特殊人群体检率", "签约率提高1%X体检率提高2%",
     "签约率提高1%体检率下降1%", "12", "6", "部分群众不愿配合体检或长期在外"),
    ("生态效益指标", "绿化、节能", "绿化良好、水电费开支有下降", "水电支出减少01万元", "10", "10", ""),
]


def _block(g: Grid, goal: str, weight: str, rows: Sequence[tuple[str, ...]], merge_level2: bool) -> None:
    i = 0
    while i < len(rows):
        n = 1
        if merge_level2:
            while i + n < len(rows) and rows[i + n][0] == rows[i][0]:
                n += 1
        for k in range(n):
            level2, *rest = rows[i + k]
            lead: list[C | str] = []
            if i + k == 0:
                lead = [C(goal, down=len(rows)), C(weight, down=len(rows))]
            if k == 0:
                lead.append(C(level2, down=n) if n > 1 else level2)
            g.add(*lead, *rest)
        i += n


def doc() -> Doc:
    g = Grid(9)
    g.add(C("评价部门名称", span=2), C(UNIT, span=3), C("下属单位个数", span=2), C("0", span=2))
    g.add(C("整体支出规模", span=3), C("全年预算数", span=2), C("全年执行数", span=2), C("执行率", span=2))
    g.add(C("资金来源:(1)财政拨款", span=3), C("", span=2), C("", span=2), C("103.21%", span=2))
    g.add(C("资金结构:(1)基本支出", span=3), C("", span=2), C("", span=2), C("103.21%", span=2))
    g.add(C("(2)项目支出", span=3), C("", span=2), C("", span=2), C("", span=2))
    g.add(C("年度总体目标", down=2), C("年初设定目标", span=4), C("全年完成情况", span=4))
    g.add(C(PLAN, span=4), C(DONE, span=4))
    g.add("分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分",
          "偏差及原因分析")
    _block(g, "管理指标", "30", MANAGEMENT, merge_level2=False)
    _block(g, "产出指标", "25", OUTPUT, merge_level2=True)
    _block(g, "效果指标", "35", EFFECT, merge_level2=False)
    return Doc("蚕茶卫生院整体支出绩效自评表", [
        "蚕茶卫生院整体支出绩效自评表",
        "(2021年度)",
        g,
    ])
