"""龙岩市民族与宗教事务局 2023 专项转移支付绩效目标表 (福建), inside the notice by which 龙岩市财政局 and the
bureau send the year's 民族发展专项资金 down to the counties, as a policy site (chacewang) mirrors it, here as an
Excel workbook.  The notice text first (its sentence ends turned into commas by the mirror), then 附件1, a 分配表
in 万元 (序号 | 单位 | 项目 | 金额) whose 序号 and 单位 are merged down over each county's projects and its 小计
row, with a 合计 row; then 附件2, the 绩效目标表 of a different fund: the unit only in a 部门(单位)名称 cell with
a 部门预算编码 (230001) beside it, 项目名称 宗教管理经费, a 补助区域 row listing seven counties, 资金情况(万元)
merged down over 资金总额: 30 | 其中:财政拨款 30 | 其他资金 (blank) -- 30, not the 70 of the 分配表 --, a 总体目标
ending in a comma, and an indicator block under a merged 绩效指标 label with a 指标解释 column and no single
指标值: a two-row header whose 区域目标值 spans one target column per county (新罗区 … 漳平市), the counts
2 3 1 2 2 2 2 and the percentages >=95% written seven times.  The mirror's copy ends inside the third indicator
row (项目完成率 | 反映…): the table ends after the 项目资金使用合规性 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news284125.html",
    "title": "2023年龙岩市民族发展专项资金分配表；专项转移支付绩效目标表（宗教管理经费）",
    "issuer": "龙岩市民族与宗教事务局",
    "province": "福建",
    "year": 2023,
    "kind": "专项转移支付绩效目标表",
    "format": "html",
}
FILE = "龙岩市下达2023年民族发展专项资金的通知（附专项转移支付绩效目标表）.xlsx"

BODY = ("相关县(市、区)财政局、民族与宗教事务局:为促进少数民族地区经济社会事业发展,经研究,现下达民族发展专项资金70万元"
        "(详见附表),款列“2012399-其他民族事务支出”,上下级对账时,列市对县补助支出,请加强专项资金管理,并反馈使用情况,")
COUNTIES = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"]


def n(value: int) -> C:
    return C(str(value), value=value)


def plan() -> Grid:
    g = Grid(4)
    g.add("序号", "单位", "项目", "金额")
    g.add(C("1", down=7), C("上杭县", down=7), "龙岩市畲族文化研究会《闽西畲族志》编纂出版项目", n(10))
    g.add("南阳镇双溪村人饮工程二期项目", n(8))
    g.add("下都镇吉安村屋顶安装分布式光伏发电项目", n(8))
    g.add("湖洋镇文光村少数民族文化长廊项目", n(8))
    g.add("南阳镇涂坑村畲族文化交流及文化产业服务基地建设", n(8))
    g.add("中都镇古坊村五驳桥段道路拓宽硬化及沟渠建设项目(百香果产业)", n(8))
    g.add("小计", n(50))
    g.add(C("2", down=5), C("漳平市", down=5), "双洋镇中村村茶山道路硬化项目", n(5))
    g.add("双洋镇坑源村村口村标及绿化项目", n(6))
    g.add("象湖镇科山村畲族文化展览厅项目", n(6))
    g.add("漳平市民族与宗教事务局民族团结进步创建项目", n(3))
    g.add("小计", n(20))
    g.add(C("合计", span=3), n(70))
    return g


def targets() -> Grid:
    g = Grid(12)
    g.add("部门(单位)名称", C("龙岩市民族与宗教事务局", span=5), C("部门预算编码", span=2), C("230001", span=4))
    g.add("项目名称", C("宗教管理经费", span=11))
    g.add("补助区域", C("、".join(COUNTIES), span=11))
    g.add(C("资金情况(万元)", down=3), C("资金总额:", span=4), C("30", span=7, value=30))
    g.add(C("其中:财政拨款", span=4), C("30", span=7, value=30))
    g.add(C("其他资金", span=4), C("", span=7))
    g.add("总体目标", C("为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,", span=11))
    g.add(C("绩效指标", down=4), C("一级指标", down=2), C("二级指标", down=2), C("三级指标", down=2),
          C("指标解释", down=2), C("区域目标值", span=7))
    g.add(*COUNTIES)
    g.add(C("产出指标", down=2), "数量指标", "宗教管理经费补助县(市、区)数量", "反映宗教管理经费补助县(市、区)数量情况",
          *[n(v) for v in (2, 3, 1, 2, 2, 2, 2)])
    g.add("质量指标", "项目资金使用合规性", "反映项目资金使用合规情况", *[">=95%"] * 7)
    return g


def doc() -> Doc:
    return Doc("专项转移支付绩效目标表", [
        BODY,
        "附件:1.2023年龙岩市民族发展专项资金分配表",
        "2.专项转移支付绩效目标表",
        "龙岩市财政局 龙岩市民族与宗教事务局",
        "2023年3月13日",
        "附件1",
        "2023年龙岩市民族发展专项资金分配表",
        "单位:万元",
        plan(),
        "附件2",
        "专项转移支付绩效目标表",
        "(2023年度)",
        targets(),
    ])
