"""南华县农业农村局 项目支出绩效自评表 (云南, 楚雄州), the county's page for 罗家屯社区's wild-mushroom
processing workshop (续建), here as LibreOffice's PDF of the table: the 财预 self-evaluation template with
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and dashes (—) in the cells that take no figure, the
year stated nowhere in the table, the goals as 目标1:…;目标2:…;目标3:… in one cell (the same text under
预期目标 and 实际完成情况), the 一级 cell weighted (产出指标(50分)), units in the 三级 names
(奖补资金兑付率(%), 任务完成时限(月)), bare targets (550, 10), a 经济效益指标 row inside the 产出 block, a
target and its result written once across both columns (3), and an empty 成本指标 row.  The stored page
ends where the 绩效指标 caption starts again for the 效益 block on the next page: the table ends before it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ynnh.gov.cn/info/17693/347777.htm",
    "title": "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)项目支出绩效自评表",
    "issuer": "南华县农业农村局",
    "province": "云南",
    "year": None,  # the table states none
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目绩效自评表.pdf"

GOALS = ("目标1:1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装,冷库仓储3100元每平方米,投资400万元;"
         "目标2:配套烘干杀菌设备及包装设备购置及安装550万元;目标3:配套电力设施1250KVA变压器3台,完成高压线接入及"
         "土建安装投资150万元。")


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)", span=8))
    g.add("主管部门", C("南华县农业农村局", span=3), "实施单位", C("南华县国有资本管理有限公司", span=4))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          "得分")
    g.add(C("年度资金总额", span=2), "1100", "1100", "1100", "10", "100%", "10")
    g.add(C("其中:当年财政拨款", span=2), "1100", "1100", "1100", "—", "100%", "—")
    g.add(C("上年结转资金", span=2), "", "", "", "—", "", "—")
    g.add(C("其他资金", span=2), "", "", "", "—", "", "—")
    g.add(C("年度总体目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOALS, span=4), C(GOALS, span=4))
    g.add(C("绩 效 指 标", down=7), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
          "得分", "偏差原因分析及改进措施")
    g.add(C("产出指标(50分)", down=6), C("数量指标", down=3),
          "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米", "1290.3平方米", "10.3",
          "10.3", "")
    g.add("配套烘干杀菌设备及包装设备购置及安装", "550", "20", "9.3", "9.3", "")
    g.add("配套电力设施1250KVA变压器3台", C("3", span=2), "9.3", "9.3", "")
    g.add("经济效益\n指标", "奖补资金兑付率(%)", "≥100%", "≥100%", "10.8", "10.8", "")
    g.add("时效指标", "任务完成时限(月)", "10", "10", "10.3", "10.3", "")
    g.add("成本指标", "", "", "", "", "", "")
    return Doc("项目支出绩效自评表", [g])
