"""陈仓区 2020 省级财政水利发展资金绩效目标表 (陕西), the attachment of a 财政局 notice: a 专项 table whose
header names the 市级 and 区级 财政部门 / 主管部门 in pairs instead of a 填报单位; 资金情况 is a small grid
(资金来源 / 资金总额, 其中:财政拨款 500, 其他资金 blank) with no 资金总额 row of its own; the 指标值 cells are
the template's units left unfilled (公里, 万亩, 万人, "≧ %") and the 三级 names carry "指标1:" prefixes
(with the typo 问道 for 河道). The stored page is cut off after the first 质量指标 row: the table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.chencang.gov.cn/col8173/col8180/col8789/col9203/202005/t20200529_126007.html",
    "title": "关于下达2020年第二批省级财政水利发展资金的通知",
    "issuer": "陈仓区财政局",
    "province": "陕西",
    "year": 2020,
    "kind": "绩效目标表",
    "format": "html",
}
FILE = "附件：2020年省级财政水利发展资金绩效目标表.docx"


def doc() -> Doc:
    g = Grid(5)
    g.add("专项(项目)名称", C("农村饮水安全巩固提升工程专项", span=4))
    g.add("市级财政部门", "宝鸡市财政局", "市级主管部门", C("宝鸡市水利局", span=2))
    g.add("区级财政部门", "陈仓区财政局", "区级主管部门", C("陈仓区水利局", span=2))
    g.add(C("资金情况(万元)", down=3), C("资金来源", span=2), C("资金总额", span=2))
    g.add(C("其中:财政拨款", span=2), C("500", span=2))
    g.add(C("其他资金", span=2), C("", span=2))
    g.add("总体目标", C("完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件。", span=4))
    g.add(C("绩效指标", down=6), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=5), C("数量指标", down=4), "指标1:新建堤防、护岸长度", "公里")
    g.add("指标2:灌区节水改造面积", "万亩")
    g.add("指标3:农村饮水工程覆盖服务人口数", "万人")
    g.add("指标4:中小河流治理问道长度", "公里")
    g.add("质量指标", "指标1:工程验收合格率", "≧ %")
    return Doc("2020年省级财政水利发展资金绩效目标表", [
        "附件:2020年省级财政水利发展资金绩效目标表",
        "2020年省级财政水利发展资金绩效目标表",
        "(2020)年度",
        g,
    ])
