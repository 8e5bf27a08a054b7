"""六安市金安区体育局 2025 项目支出绩效目标表 (first of the page's tables, 2025金安国际网球公开赛), 安徽
template on an HTML page: vertical labels broken character by character (绩/效/指/标, 年度/目标),
主管部门及代码 with a bracketed code, 项目来源 / 项目期 key pairs, "单位(盖章):" left blank above
the table, 效益 rows whose 三级指标 are sentences and values are states (经济效益良好, 效果良好,
影响可持续), a 生态 row "本项目不适用此指标 | 无", a deadline 2025年年底前."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ja.gov.cn/public/6602051/25929172.html",
    "title": "项目支出绩效目标表(2025年度)",
    "issuer": "六安市金安区体育局",
    "province": "安徽",
    "year": 2025,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "六安市金安区体育局2025年项目支出绩效目标表.xlsx"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("2025金安国际网球公开赛(国际系列赛事)", span=4))
    g.add("主管部门及代码", "[042]六安市金安区体育局", "实施单位", C("六安市金安区体育局", span=2))
    g.add("项目来源", "本级申报项目", "项目期", C("3年", span=2))
    g.add(C("项目资金\n(万元)", down=3), "年度资金总额:", C("1000.00", span=3))
    g.add("其中:财政拨款", C("1000.00", span=3))
    g.add("其他资金", C("0.00", span=3))
    g.add("年度\n目标", C("打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。", span=4))
    g.add(C("绩\n效\n指\n标", down=12), "一级\n指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=6), C("数量指标", down=2), "开展运动种类", "1种")
    g.add("打造品牌赛事种类", "1种")
    g.add(C("质量指标", down=2), "经费支出合规率", "100%")
    g.add("赛事完成率", "100%")
    g.add("时效指标", "完成时间", "2025年年底前")
    g.add("成本指标", "项目总成本", "≤1000万元")
    g.add(C("效益指标", down=4), "经济效益指标",
          "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合", "经济效益良好")
    g.add("社会效益指标", "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。", "效果良好")
    g.add("生态效益指标", "本项目不适用此指标", "无")
    g.add("可持续影响指标", "打造金安国际网球\n公开赛等系列品牌赛事", "影响可持续")
    g.add("满意度指标", "满意度指标", "群众满意度", "≥95%")
    return Doc("项目支出绩效目标表", [
        "项目支出绩效目标表",
        "(2025年度)",
        "项目责任人:",
        "单位(盖章):",
        g,
    ])
