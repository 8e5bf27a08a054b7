"""龙岩市财政局 and 龙岩市民族与宗教事务局 (福建) 2025: the notice 龙财行指〔2025〕8号 of 2025-04-14 passing 55万元 of
the city's 民族发展专项资金 down to three counties, as the bureau's open-government page gives it (posted 2025-04-16):
the record's lines (索引号, 主题分类, 发布机构, 文号, 公文生成日期, 标题), the title and 发布时间, the body, the 附件
list, the two signers on one line and the date; then 附件1, whose title lacks its last character
(2025年龙岩市民族发展专项资金分配, no 表), a 分配表 of 序号 | 单位 | 项目 | 金额(万元) whose 序号 and 单位 are merged
down over each county's projects and a 小计 row with a blank label (新罗区 10; 上杭县 10 + 13 + 8 = 31; 漳平市 7 + 7 =
14) and a 合计 row with a blank label too (55); then 附件2, the same 专项转移支付绩效目标表 as y_03 (the 2023 table of
this city, from a mirror), here two years on and from the bureau's own page: the caption's year line 2025年度) has
lost its opening bracket; 部门(单位)名称 龙岩市民族与宗教事务局 beside 部门预算编码 230001; 项目名称 民族发展专项资金
-- this time the fund of the 分配表 itself, 55 as there --; 补助区域 县(区); 资金情况(万元) merged down over 资金总额:
55 | 其中:财政拨款 55 | 其他资金 (blank); 总体目标 促进民族乡村经济社会事业发展、铸牢中华民族共同体意识; and the
indicator header under a merged 绩效指标 label: 一级指标 (written 一级 / 指标 on two lines) | 二级指标 | 三级指标 |
指标解释 | 区域目标值 spanning one column per county (新罗区 | 上杭县 | 漳平市).  The stored page breaks off inside the
first indicator row (产出指标 | 数量目标 -- not 数量指标 -- | 基础设施建设、民族文化…): the rebuild ends with the header.

Decided: unit the form's 部门(单位)名称; year 2025; one project, 民族发展专项资金, budget the 资金总额 55万元 (the same
as the 分配表's 合计), funding 财政拨款 55 (其他资金 blank, not a zero); the goal the 总体目标 text; no indicators
(the first row is cut)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://xxgk.longyan.gov.cn/mzyzjsws/gkml/0400/202504/t20250416_2211806.htm",
    "title": "关于下达2025年龙岩市民族发展专项资金的通知",
    "issuer": "龙岩市民族与宗教事务局",
    "province": "福建",
    "year": 2025,
    "kind": "专项转移支付绩效目标表",
    "format": "html",
}
FILE = "关于下达2025年龙岩市民族发展专项资金的通知.html"

RECORD = [
    "索 引 号 LY00106-0400-2025-00001 主题分类 国民经济和社会发展统计信息",
    "发布机构 龙岩市民族与宗教事务局 文 号 龙财行指〔2025〕8号",
    "公文生成日期: 2025-04-14",
    "标 题: 关于下达2025年龙岩市民族发展专项资金的通知",
    "关于下达2025年龙岩市民族发展专项资金的通知",
    "发布时间:2025-04-16 16:11",
]
BODY = [
    "相关县(市、区)财政局、民族与宗教事务局:",
    "为促进少数民族地区经济社会事业发展,经研究,下达民族发展专项资金55万元(详见附表),款列“2120815-农村社会事业支出”,"
    "上下级对账时,列市对县补助支出,望专款专用,并反馈使用情况。",
    "附件:1.2025年龙岩市民族发展专项资金分配表",
    "2.专项转移支付绩效目标表",
    "龙岩市财政局           龙岩市民族与宗教事务局",
    "2025年4月14日",
]
COUNTIES = [
    ("1", "新罗区", [("新罗区“石榴红”民族团结工作室", "10")], ""),
    ("2", "上杭县", [("全省民族团结进步宣传月活动启动仪式", "10"), ("才溪镇大贵村光伏发电基站工程(二期)", "13"),
                   ("南阳镇双溪村道路拓宽修复", "8")], "31"),
    ("3", "漳平市", [("双洋镇中村少数民族行政村茶山机耕道硬化", "7"), ("象湖镇科山村道路修复项目", "7")], "14"),
]


def allocation() -> Grid:
    g = Grid(4)
    g.add("序号", "单位", "项目", "金额(万元)")
    for seq, county, items, subtotal in COUNTIES:
        down = len(items) + (1 if subtotal else 0)
        for i, (item, amount) in enumerate(items):
            lead = [C(seq, down=down), C(county, down=down)] if i == 0 else []
            g.add(*lead, item, amount)
        if subtotal:
            g.add("     ", subtotal)
    g.add(C("         ", span=3), "55")
    return g


def targets() -> Grid:
    g = Grid(8)
    g.add("部门(单位)名称", C("龙岩市民族与宗教事务局", span=3), "部门预算编码", C("230001", span=3))
    g.add("项目名称", C("民族发展专项资金", span=7))
    g.add("补助区域", C("县(区)", span=7))
    g.add(C("资金情况(万元)", down=3), C("资金总额:", span=3), C("55", span=4))
    g.add(C("其中:财政拨款", span=3), C("55", span=4))
    g.add(C("其他资金", span=3), C("", span=4))
    g.add("总体目标", C("促进民族乡村经济社会事业发展、铸牢中华民族共同体意识", span=7))
    g.add(C("绩效\n指标", down=2), C("一级\n指标", down=2), C("二级指标", down=2), C("三级指标", down=2),
          C("指标解释", down=2), C("区域目标值", span=3))
    g.add("新罗区", "上杭县", "漳平市")
    return g


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        *RECORD, *BODY,
        "附件1", "2025年龙岩市民族发展专项资金分配", allocation(),
        "附件2", "专项转移支付绩效目标表", "2025年度)", targets(),
    ])
