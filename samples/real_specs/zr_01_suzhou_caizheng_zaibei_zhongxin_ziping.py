"""苏州市财政局's 2021 自评 of 市财政灾备中心建设 (江苏, 苏州), as a document archive (keke.chddh.cn) holds the
bureau's PDF "市财政灾备中心建设_自评报告.pdf", here as LibreOffice's print of the rebuilt Word file: the report's cover
title 苏州市级财政支出项目绩效自评价报告 above the table's own title 苏州市级财政支出项目绩效自评表.  The 苏州 市级
form, unlike the national 自评表: no 实施单位 and no 年度总体目标; 项目名称 beside 项目年份 2021; a single
项目主管部门(单位) cell; two money blocks in 万元 -- 市级预算执行情况 (年初预算数 210 | 当年使用上年结余、结转及
当年调整预算数 0 | 财政拨款数 210 | 指标结余数 0) and 市级财政资金使用情况 (财政拨款数 210 | 实际支付数 197.33 |
资金结余、结转数 12.67, with 其中: 结转数 | 财政收回数 under it) -- then 项目资金构成 listing the 子项 with 预算数 and
实际数 (市财政灾备中心建设 203 | 197.33, 监理服务 7 | 5.638, 合计 210 | 210 as the copy reads, although the two
实际数 add up to 202.968).  The indicators are TWO levels only: a vertical 项目绩效实现情况(80分) caption, then
项目类别 (投入目标 / 产出目标 / 结果目标, each merged down) | 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分 --
no 二级指标 column.  投入目标 carries management checks with word targets (充分, 健全, 合规, 规范) scored as
actual 100%; targets are written with a bare "=" (=70%, =2 个, =4 项) and sometimes none (2 小时, 80TB, 0次);
weights are fractions (3.71, 3.74, 3.14, 3.16); 资金节约率's target is "15%及其以下"; the actual storage (120TB)
exceeds the target (80TB); 项目计划完成率 is targeted at =70% (a multi-year build).

The PDF's text comes out column by column, names apart from their values, cell text wrapped every four or five
characters: the names are joined back (可行性研/究充分性 -> 可行性研究充分性, 建设灾备/云节点(8/个) ->
建设灾备云节点(8个)) and matched to the value rows in order; the spacing inside values is kept as the text
has it (=2 个 | 2个, 2 小时).  Inferred: 项目年份 placed beside the two first rows (its "2021" sits between them in
the text); the 12.67 after 财政收回数 put under 结转数 (the money not paid in a 70%-planned year is carried over)
and 财政收回数 left blank; 预算执行率 (100% | 6 | 94% | 4.2, 197.33 of 210) put last under 投入目标; 监理服务
put above 合计.  The stored copy ends inside the name of the seventh 结果目标 row ("出具 1 份监…", its values =1 份 |
3.14 | 1份 | 3.14); that row, and the one after it whose values (100% | 2.66 | 100% | 2.66) come before the cut
but whose name is lost, are left out, so the rebuild ends after 设备有效使用率."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://keke.chddh.cn/archives/y769xb3leggymomzpngj.html",
    "title": "市财政灾备中心建设_自评报告.pdf",
    "issuer": "苏州市财政局",
    "province": "江苏",
    "year": 2021,
    "kind": "苏州市级财政支出项目绩效自评表",
    "format": "pdf",
}
FILE = "市财政灾备中心建设_自评报告.pdf"

NAME = "市财政灾备中心建设"

# 项目类别 -> rows of 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分, as the copy reads them
INPUTS = [
    ("配套设施到位率", "100%", "1", "100%", "1"),
    ("资金节约率", "15%及其以下", "1", "15%及其以下", "1"),
    ("可行性研究充分性", "充分", "1", "100%", "1"),
    ("财务制度健全性", "健全", "1", "100%", "1"),
    ("资金使用合规性", "合规", "3", "100%", "3"),
    ("工程管理规范性", "规范", "5", "100%", "5"),
    ("专款专用率", "100%", "3", "100%", "3"),
    ("政府采购规范性", "规范", "2", "100%", "2"),
    ("业务运维体系健全性", "健全", "1", "100%", "1"),
    ("预算执行率", "100%", "6", "94%", "4.2"),
]
OUTPUTS = [
    ("项目计划完成率", "=70%", "3.71", "70%", "3.71"),
    ("项目验收合格率", "=100%", "3.71", "100%", "3.71"),
    ("购置灾备云系统、备份与恢复系统", "=2 个", "3.71", "2个", "3.71"),
    ("核心系统数据纳入灾备云", "=4 个", "3.71", "4个", "3.71"),
    ("建设灾备云节点(8个)", "=8 个", "3.74", "8个", "3.74"),
    ("开展项目建设监理", "=4 项", "3.71", "4项", "3.71"),
    ("建设灾备云网络节点(2个)", "=2 个", "3.71", "2个", "3.71"),
]
RESULTS = [
    ("灾备恢复速度", "2 小时", "3.14", "2 小时", "3.14"),
    ("灾备切换速度", "5 分钟", "3.14", "5 分钟", "3.14"),
    ("勒索病毒导致系统中断", "0次", "3.16", "0次", "3.16"),
    ("灾备存储空间", "80TB", "3.14", "120TB", "3.14"),
    ("灾备自主灾备演练", "2次", "3.14", "2次", "3.14"),
    ("设备有效使用率", "100%", "3.14", "100%", "3.14"),
]


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C(NAME, span=4), C("项目年份", down=2), C("2021", down=2))
    g.add("项目主管部门(单位)", C("苏州市财政局", span=4))
    g.add(C("市级预算执行情况(万元)", down=2), "年初预算数", C("当年使用上年结余、结转及当年调整预算数", span=2),
          "财政拨款数", C("指标结余数", span=2))
    g.add("210", C("0", span=2), "210", C("0", span=2))
    g.add(C("市级财政资金使用情况(万元)", down=3), C("财政拨款数", down=2), C("实际支付数", down=2),
          C("资金结余、结转数", span=2, down=2), C("其中:", span=2))
    g.add("结转数", "财政收回数")
    g.add("210", "197.33", C("12.67", span=2), "12.67", "")
    g.add(C("项目资金构成(详细列出各子项目名称和金额)", down=4), C("子项名称", span=2), C("预算数(万元)", span=2),
          C("实际数(万元)", span=2))
    g.add(C(NAME, span=2), C("203", span=2), C("197.33", span=2))
    g.add(C("监理服务", span=2), C("7", span=2), C("5.638", span=2))
    g.add(C("合计", span=2), C("210", span=2), C("210", span=2))
    blocks = [("投入目标", INPUTS), ("产出目标", OUTPUTS), ("结果目标", RESULTS)]
    g.add(C("项目绩效实现情况(80分)", down=1 + sum(len(rows) for _, rows in blocks)), "项目类别", "指标名称",
          "目标值", "权重", "实际完成值", "自评分")
    for category, rows in blocks:
        for i, row in enumerate(rows):
            lead = [C(category, down=len(rows))] if i == 0 else []
            g.add(*lead, *row)
    return Doc("市财政灾备中心建设_自评报告", [
        "苏州市级财政支出项目绩效自评价报告",
        "苏州市级财政支出项目绩效自评表",
        g,
    ])
