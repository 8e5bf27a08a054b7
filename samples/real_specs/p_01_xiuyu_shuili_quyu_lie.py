"""莆田市秀屿区 2025 省级第七批水利专项资金绩效目标表 (福建), inside the bureau's notice to one 街道办 and one
town: the notice text and 附件1 (安排表: 属地 | 金额 | 项目, amounts written "20万元") come first; in 附件2 a
merged 绩效指标 caption column, the 资金情况(万元) row holding three label/value pairs on one line (资金总额 35 |
其中:财政拨款 35 | 其他资金 0), 成本指标 rows before 产出指标, a 指标解释 column, a separate 指标方向 column (≤ /
≥ / 是/否) and then one target column per recipient (笏石街道办 | 埭头镇) instead of a single 指标值; units sit in
the 三级指标 names ("(%)", "(个)"), a deadline is written into an indicator name.  The stored copy (a
re-published text on chacewang) ends inside the first 效益指标 row: the table ends after the 时效指标 row.
The punctuation is as the copy shows it (a 总体目标 ending in a comma)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news886214.html",
    "title": "秀屿区2025年省级第七批水利专项资金绩效目标表",
    "issuer": "莆田市秀屿区水利局",
    "province": "福建",
    "year": 2025,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "秀屿区下达2025年省级第七批水利专项资金的通知.docx"

BODY = ("根据《福建省财政厅福建省水利厅关于下达2025年省级第七批水利专项资金的通知》(闽财农指〔2025〕58号)文件精神,"
        "经研究,现下达2025年省级第七批水利专项资金35万元,用于笏石街道梁厝沟四新段护岸水毁修复工程和埭头镇西坡排洪闸"
        "水毁修复工程,支出列“2136999-其他重大水利工程建设基金”科目,请你们尽快将资金落实到具体项目单位,并严格按照"
        "《福建省水灾害防御专项资金管理办法》(闽财规〔2024〕34号),切实管好用好水利专项资金,加快预算执行,做好绩效"
        "跟踪管理,切实提高省级财政资金使用效益,")


def doc() -> Doc:
    plan = Grid(3)
    plan.add("属地", "金额", "项目")
    plan.add("笏石街道办", "20万元", "笏石街道梁厝沟四新段护岸水毁修复工程")
    plan.add("埭头镇", "15万元", "埭头镇西坡排洪闸水毁修复工程")

    g = Grid(8)
    g.add("项目名称", C("省级第七批水利专项资金", span=7))
    g.add("主管部门(单位)名称", C("秀屿区水利局", span=7))
    g.add("资金情况(万元)", "资金总额", "35", "其中:财政拨款", "35", "其他资金", C("0", span=2))
    g.add("总体目标", C("开展2个防洪水利设施水毁修复,", span=7))
    g.add(C("绩效指标", down=5), "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "笏石街道办", "埭头镇")
    g.add("成本指标", "经济成本指标", "省级财政专项资金投入成本控制率(%)", "反映省级财政专项资金投入成本控制情况",
          "≤", "100%", "100%")
    g.add(C("产出指标", down=3), "数量指标", "开展修复工程(个)", "反映防洪水利设施水毁修复项目开展情况", "≥", "1", "1")
    g.add("质量指标", "已建工程是否存在质量问题", "当年已完工项目是否在检查中发现质量问题", "是/否", "否", "否")
    g.add("时效指标", "截至2026年12月底,项目开展率(%)", "反映修复开展情况", "≥", "100%", "100%")
    return Doc("秀屿区2025年省级第七批水利专项资金", [
        "笏石街道办、埭头镇财政所、水利站:",
        BODY,
        "附件:1.秀屿区2025年省级第七批水利专项资金安排表",
        "2.秀屿区2025年省级第七批水利专项资金绩效目标表",
        "莆田市秀屿区财政局 莆田市秀屿区水利局",
        "2025年9月19日",
        "附件1",
        "秀屿区2025年省级第七批水利专项资金安排表",
        plan,
        "附件2",
        "秀屿区2025年省级第七批水利专项资金绩效目标表",
        g,
    ])
