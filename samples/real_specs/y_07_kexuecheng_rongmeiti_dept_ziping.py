"""部门整体绩效自评表 of a 融媒体中心 in 西部(重庆)科学城 (重庆), 2021, a .docx shared on yzwku whose preview text is
an OCR of the print.  Chongqing's own whole-unit form, unlike the 一级/二级/三级 template: no 部门名称 anywhere (the
head rows are 主管部门 | (blank) | 财政处室 | (blank) | 自评总分(分) 97.6 and 部门联系人 曾雪莲 | 联系电话 (blank)), a
部门预算执行情况(万元) block whose amounts did not survive (年初预算数 read "O", 全年(调整)预算数 and 全年执行数 empty)
beside 执行率 76%, 执行率权重 10 and 执行率得分 7.6, a 当年绩效目标 block (年初绩效目标 "无", 全年(调整)绩效目标 a
sentence about the 融媒体中心, 全年目标实际完成情况 a sentence about 2021), then the indicators with no level
columns at all: a 绩效指标 caption merged down the left beside 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值
| 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标, the 指标性质 merged in runs (定量指标 over
the nine finance rows, 定性指标 over 管理制度健全性 … 资产管理安全, 定量指标 again from 固定资产利用率), 调整指标值 empty
on every row, two rows (“三公经费变动率, “三公经费控制率 -- opening quote only) with no target at all, 定性 targets 高
and 好, and counts with their unit repeated in the 计量单位 column (次 and 26次).  The OCR's slips are restored where
the word is certain (全年(If整)预算数, the header read 年成值全完值, 性标定指 for 定性指标, tot扁 for 篇, 相)预资5 for
(万元)); the unreadable targets are kept as read (到0次 under 组织宣传活动次数, 第O份 under 制作宣传品数量).  The order
of the cells is read from the order of the OCR text (the 当年绩效目标 row reads 无 first).  The preview is cut
inside the next row (公共服务…): the table ends after 业务保障能力提升."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.yzwku.com/doc/98587.html",
    "title": "部门整体绩效自评表.docx",
    "issuer": None,  # no cell names the unit; its text speaks of the 融媒体中心 of 西部(重庆)科学城
    "province": "重庆",
    "year": 2021,
    "kind": "部门整体绩效自评表",
    "format": "docx",
}
FILE = "部门整体绩效自评表.docx"

PLAN = ("通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。"
        "保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。")
DONE = ("中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,"
        "为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。")

# 指标名称, 计量单位, 年初指标值, 调整指标值, 全年完成值, 得分系数, 指标权重, 指标得分, 是否核心指标
QUANT_1 = [
    ("财政供养人员控制率", "%", "100%", "", "92%", "100%", "2", "2", "否"),
    ("“三公经费变动率", "%", "", "", "", "100%", "2", "2", "否"),
    ("基础信息完善", "%", "100%", "", "100%", "100%", "1", "1", "否"),
    ("预算完成率", "%", "70%", "", "76%", "100%", "2", "2", "是"),
    ("预算调整率", "%", "3%", "", "0", "100%", "2", "2", "否"),
    ("结转结余率", "%", "2%", "", "0", "100%", "2", "2", "是"),
    ("公用经费控制率", "%", "100%", "", "97%", "100%", "2", "2", "是"),
    ("“三公经费控制率", "%", "", "", "", "100%", "2", "2", "否"),
    ("政府采购执行率", "%", "100%", "", "72.74%", "100%", "2", "2", "是"),
]
QUAL = [
    ("管理制度健全性", "", "高", "", "高", "100%", "3", "3", "否"),
    ("资金使用合规性", "", "好", "", "好", "100%", "5", "5", "否"),
    ("预决算信息公开性", "", "高", "", "高", "100%", "1", "1", "否"),
    ("资产管理安全", "", "好", "", "好", "100%", "2", "2", "否"),
]
QUANT_2 = [
    ("固定资产利用率", "%", "90%", "", "100%", "100%", "2", "2", "否"),
    ("党性教育培训次数", "次", "26次", "", "12次", "100%", "5", "5", "是"),
    ("组织宣传活动次数", "次", "到0次", "", "43次", "100%", "10", "10", "是"),
    ("制作宣传品数量", "份", "第O份", "", "20份", "100%", "5", "5", "否"),
    ("播发稿件数量", "篇", "2200篇", "", "2859篇", "100%", "10", "10", "是"),
    ("业务保障能力提升", "%", "90%", "", "95%", "100%", "10", "10", "否"),
]


def doc() -> Doc:
    g = Grid(11)
    g.add(C("主管部门", span=2), C("", span=2), C("财政处室", span=2), C("", span=2),
          C("自评总分(分)", span=2), "97.6")
    g.add(C("部门联系人", span=2), C("曾雪莲", span=3), C("联系电话", span=2), C("", span=4))
    g.add(C("部门预算执行情况\n(万元)", span=2, down=2), C("年初预算数", span=2), C("全年(调整)预算数", span=2),
          C("全年执行数", span=2), "执行率(%)", "执行率权重", "执行率得分(分)")
    g.add(C("O", span=2), C("", span=2), C("", span=2), "76%", "10", "7.6")
    g.add(C("当年绩效目标", span=2, down=2), C("年初绩效目标", span=3), C("全年(调整)绩效目标", span=3),
          C("全年目标实际完成情况", span=3))
    g.add(C("无", span=3), C(PLAN, span=3), C(DONE, span=3))
    rows = len(QUANT_1) + len(QUAL) + len(QUANT_2)
    g.add(C("绩效指标", down=rows + 1), "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值",
          "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标")
    for block, nature in ((QUANT_1, "定量指标"), (QUAL, "定性指标"), (QUANT_2, "定量指标")):
        for i, (name, unit, *rest) in enumerate(block):
            lead = [C(nature, down=len(block))] if i == 0 else []
            g.add(name, unit, *lead, *rest)
    return Doc("部门整体绩效自评表", ["部门整体绩效自评表", g])
