"""扎赉特旗人民检察院's 项目绩效目标表 (内蒙古 兴安盟; the procuratorate's own site, 首页>>财务公开, posted
2025-02-06 as 表11 of its budget disclosure, 单位:元), as the page shows it: one wide table of 13 columns holding
every project, its own cells (项目名称, 项目单位 with the budget system's code 776001-, 项目类别 32-专项资金项目,
预算数 in 元 with thousands separators, 年度绩效目标) merged down beside its indicator rows; the 一级 with its
weight in the name (满意度指标(10分), 产出指标(50分)), rows in no canonical order (满意度 first, 二级 names
repeated: 成本 / 质量 / 成本 / 数量 …); the value spread over four columns: 指标性质 (正向 / 反向 / 定性),
指标方向 (the operator in words: 大于等于 / 小于等于 / 等于), 目标值 (a bare number, or the state: 长期,
有效提升, 11月底之前), 计量单位 (empty for counts and states), then 分值.  The table names no year (the
disclosure of February 2025 is the 2025 budget's).  The stored page breaks off inside the second project's
fifth row (质量指标 | 一审案件改…): the rebuild ends after its fourth."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.nmzhalaite.jcy.gov.cn/cwgk/202502/t20250206_6819057.shtml",
    "title": "项目绩效目标表",
    "issuer": "扎赉特旗人民检察院",
    "province": "内蒙古",
    "year": 2025,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "t20250206_6819057(项目绩效目标表).html"

UNIT = "776001-扎赉特旗人民检察院"
KIND = "32-专项资金项目"
GOAL = "保障我院日常办公办案{}需要,充分发挥部门职能,进一步提高办公效率,让全院干警在得到良好保障的办公氛围中工作。"
HEADER = ("项目名称", "项目单位", "项目类别", "预算数", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标方向", "目标值", "计量单位", "分值")


def doc() -> Doc:
    g = Grid(13)
    g.add(*HEADER)
    first = [C(t, down=11) for t in ("业务装备经费", UNIT, KIND, "1,030,700.00", GOAL.format("装备"))]
    g.add(*first, "满意度指标(10分)", "服务对象满意度", "使用人员满意度", "正向", "大于等于", "98", "%", "10")
    g.add(C("效益指标(30分)", down=2), "可持续影响", "推动人民检察院业务装备建设的标准化规范化配置", "定性", "",
          "长期", "", "15")
    g.add("社会效益", "提升工作效率定性", "定性", "", "有效提升", "", "15")
    g.add(C("产出指标(50分)", down=8), "成本指标", "车辆购置成本", "反向", "小于等于", "12", "万元", "5")
    g.add("质量指标", "政府采购率", "正向", "大于等于", "30", "%", "7.5")
    g.add("成本指标", "办公设备购置成本", "反向", "小于等于", "90", "万元", "5")
    g.add("数量指标", "车辆采购数量", "反向", "小于等于", "1", "", "7.5")
    g.add("质量指标", "设备验收合格率", "正向", "等于", "100", "%", "7.5")
    g.add(C("时效指标", down=2), "采购计划完成时间", "定性", "", "11月底之前", "", "5")
    g.add("设备验收及时率", "正向", "大于等于", "98", "%", "5")
    g.add("数量指标", "办公设备采购数量", "正向", "大于等于", "10", "", "7.5")
    second = [C(t, down=4) for t in ("办案(业务)经费", UNIT, KIND, "3,239,300.00", GOAL.format("业务"))]
    g.add(*second, C("产出指标(50分)", down=4), "时效指标", "法定审限内结案率", "正向", "大于等于", "95", "%",
          "5")
    g.add("质量指标", "年度结案率", "正向", "大于等于", "90", "%", "7")
    g.add("数量指标", "办结案件数量", "正向", "大于等于", "70", "", "8")
    g.add("时效指标", "案件办理及时率", "正向", "大于等于", "90", "%", "5")
    return Doc(SOURCE["title"], [
        "今天是: 欢迎访问 内蒙古自治区扎赉特旗人民检察院! 本网站已支持IPv6网络",
        "当前位置:首页>>财务公开",
        "项目绩效目标表",
        "时间:2025-02-06  作者:  新闻来源:  【字号: | |",
        "表11",
        "项目绩效目标表",
        "单位:元",
        g,
    ])
