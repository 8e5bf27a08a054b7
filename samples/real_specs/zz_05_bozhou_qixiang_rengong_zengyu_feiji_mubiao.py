"""亳州市气象局's 2023 项目支出绩效目标表 for its 人工增雨飞机作业项目 (亳州, 安徽), as a mirror of the province's
open-government platform stores it (OpennessContent/show/…; the stored text opens on the table itself: no page
title, no page record), here as a Word file.  The 安徽 municipal template, as in m_05 (六安): the title and
(2023年度) as the table's first rows; 项目名称; 主管部门及代码 (here the bare name, no [code]) beside 实施单位 (the same
bureau); 项目属性 常规项目 beside 项目期 1年 — while the next rows give a 中期 block for 2023—2025; 项目资金(万元)
with 中期 and 年度 side by side and the amounts written with 万 in the cells though the label already says 万元
(中期资金总额: 449.8万 | 年度资金总额: 189.8万, each with 其中:财政拨款 the same amount and 其他资金 empty);
总体目标 printed vertically (总 / 体 / 目 / 标) over 中期目标(2023年—2025年) beside 年度目标, the 中期 goal one sentence
and the 年度 goal two numbered paragraphs (目标1:飞机增雨作业能力水平:… / 目标2:人影业务协调指挥能力:…, each
carrying a second colon after its own caption); then 绩效指标 (vertical) with the indicator block repeated for
中期 and 年度 in one row (一级 / 指标 on two lines | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值).
The 数量指标 row's target is a sentence of its own (暂定量按15次作业且总航时不少于30小时测算: two figures, an
estimate, no single typed value).

The stored page is cut inside the next row, 质量指标: its 中期 half is there (三级 围绕农业生产、生态环境修复、改善
空气质量等需求, a need rather than a measure, and a five-clause 指标值), its 年度 half stops after one character
(解); as in m_05 the cut row is left out and the table ends after the 数量指标 row.  The truth takes the year's
amount (189.8万 → 1898000 元), its one named source (财政拨款), the 年度 goals without their 目标1:/目标2: numbers,
and the indicator once (the 中期 and 年度 halves say the same)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://567hw.com/OpennessContent/show/2241786.html",
    "title": None,  # the stored text opens on the table, with no page title
    "issuer": "亳州市气象局",
    "province": "安徽",
    "year": 2023,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "亳州市人工增雨飞机作业项目支出绩效目标表(2023年度).docx"

MID = ("目标:亳州市建立较为完善的人工增雨飞机作业体系,形成统一协调、区域联防人影运行新机制,生态建设、大气污染防治明显"
       "提高。")
YEAR = ("目标1:飞机增雨作业能力水平:拥有1架租用作业飞机,作业能力得到极大提高。增雨作业可覆盖面积由现有的1000平方公里"
        "扩展到接近整个亳州市的8522平方公里面积,作业期由目前的季节性作业拓展到常年性作业,作业对象由现在单一冷云为主拓展到"
        "除不适合飞行外的多种冷暖云,联合作业方式由分区作业发展为分区、分层、梯次等多种方式。\n"
        "目标2:人影业务协调指挥能力:建立市级人影业务技术体系,增强省、市、县三级指挥系统,形成统一协调、区域联防作业的"
        "人影业务能力和运行机制,显著提高人影业务保障和区域联合作业能力。")
HOURS = "暂定量按15次作业且总航时不少于30小时测算"


def table() -> Grid:
    g = Grid(8)
    g.add(C("项目支出绩效目标表", span=8))
    g.add(C("(2023年度)", span=8))
    g.add(C("项目名称", span=2), C("亳州市人工增雨飞机作业项目", span=6))
    g.add(C("主管部门及代码", span=2), C("亳州市气象局", span=2), "实施单位", C("亳州市气象局", span=3))
    g.add(C("项目属性", span=2), C("常规项目", span=2), "项目期", C("1年", span=3))
    g.add(C("项目资金\n(万元)", span=2, down=3), "中期资金总额:", C("449.8万", span=2), "年度资金总额:",
          C("189.8万", span=2))
    g.add("其中:财政拨款", C("449.8万", span=2), "其中:财政拨款", C("189.8万", span=2))
    g.add("其他资金", C("", span=2), "其他资金", C("", span=2))
    g.add(C("总\n体\n目\n标", span=2, down=2), C("中期目标(2023年—2025年)", span=3), C("年度目标", span=3))
    g.add(C(MID, span=3), C(YEAR, span=3))
    g.add(C("绩\n效\n指\n标", down=2), "一级\n指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.add("产\n出\n指\n标", "数量指标", "飞机增雨作业航时", HOURS, "数量指标", "飞机增雨作业航时", HOURS)
    return g


def doc() -> Doc:
    return Doc("项目支出绩效目标表", [table()])
