"""遂宁市市场监督管理局经开区分局 2021年中央对地方专项转移支付区域绩效目标自评表 (四川, HTML page):
a 填报类型:整体□ 区域√ 项目□ checkbox line, no project name at all (only 单位名称 with 联系人及电话
beside it), amounts written with 万 (5.8万) under 转移支付预算数(A)/执行数(B), the four goals and four
results as lines in two cells, an indicator block whose caption and 一级 cells are empty for the
产出 rows (only 二级 数量指标/质量指标/时效指标/成本指标 are written), 三级 names numbered
"指标1." (one "指标5:"), bare-number targets (≥3, ≥124), rows with a name but no target (指标4.
不合格产品处置率, 成本 指标2/3), 2021年底 and 400元/人、天.  The page's copy breaks off inside the
first 效益指标 row: the table ends before it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://snjkq.suining.gov.cn/xinwen/show/10f49cb24dea41a5bf7520b914ece25f.html",
    "title": "2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局)",
    "issuer": "遂宁市市场监督管理局经开区分局",
    "province": "四川",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "2021年中央对地方专项转移支付区域绩效目标自评表（市场监管经开区分局）.docx"

PLANNED = ("目标1:完成两品一械抽检工作\n目标2:加强两品一械企业监管力度\n目标3:加强培训,提高监管人员专业水平\n"
           "目标4:加强两品一械科普宣传力度")
DONE = ("目标1:配合完成抽检148个批次\n目标2:加强了两品一械企业监管力度\n目标3:提高监管人员专业水平,培训率达100%\n"
        "目标4:多次组织两品一械科普宣传活动")


def doc() -> Doc:
    g = Grid(6)
    g.add("单位名称", C("遂宁市市场监督管理局经开区分局", span=2), "联系人及电话", C("田苗苗,15881923688", span=2))
    g.add(C("预算\n执行\n情况\n(万元)", down=2), C("转移支付预算数(A)", span=2), "5.8万", "预算执行率(B/A)", C("100%", down=2))
    g.add(C("转移支付执行数(B)", span=2), "5.8万", "")
    g.add(C("年度\n目标\n完成\n情况", down=2), C("预期目标", span=2), C("目标实际完成情况", span=3))
    g.add(C(PLANNED, span=2), C(DONE, span=3))
    g.add(C("", down=20), "一级\n指标", "二级指标", "三级指标", "指标值", "完成值")
    g.add(C("", down=19), C("数量指标", down=7), "指标1.药品抽验品种", "≥3", "4")
    g.add("指标2.化妆品抽验批次", "≥3", "7")
    g.add("指标3.医疗器械抽验批次", "≥2", "3")
    g.add("指标4.药品监管企业数", "≥124", "253")
    g.add("指标5.化妆品监管企业数", "≥290", "311")
    g.add("指标6.医疗器械监管企业数", "≥21", "85")
    g.add("指标7.药品监管人员人均培训学时", "≥90", "96")
    g.add(C("质量指标", down=8), "指标1.药品抽检完成率", "100%", "100%")
    g.add("指标2.化妆品抽验完成率", "100%", "100%")
    g.add("指标3.医疗器械抽验完成率", "100%", "100%")
    g.add("指标4.不合格产品处置率", "", "")
    g.add("指标5:药品不良反应每百万人口报告数", "≥150", "150")
    g.add("指标6.化妆品不良反应每百万人口报告数", "≥10", "10")
    g.add("指标7.医疗器械不良应每百万人口报告数", "≥30", "30")
    g.add("指标8.培训人员覆盖率", "100%", "100%")
    g.add("时效指标", "任务完成时间", "2021年底", "2021年底")
    g.add(C("成本指标", down=3), "指标1.培训成本", "400元/人、天", "180元/人、天")
    g.add("指标2.药品抽验平均标准", "", "")
    g.add("指标3.化妆品抽验平均标准", "", "")
    return Doc("2021年中央对地方专项转移支付区域绩效目标自评表", [
        "2021年中央对地方专项转移支付区域绩效目标自评表",
        "填报类型:整体□  区域√  项目□",
        g,
    ])
