"""上海市普陀区体育事业管理中心's 2022 项目自评价 (上海), as a document library's copy of the centre's PDF shows
it: the 上海 财政项目支出绩效自评表 (2022 年度) above the table, 项目名称 across, 主管部门 | 上海市普陀区体育局 |
实施单位 | the centre, a 项目资金 (元) block merged down the left (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分; 年度资金总额 250000.00 | 250000.00 | 215,457.6 | 10 | 86.19% | 8.62, then 其中:当年财政拨款,
上年结转资金 and 其他资金 with — in the score columns), 年度总体目标 as 预期目标 (left empty in the copy) | 实际完成情况,
then the indicators under a spaced 绩 效 指 标 label: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施, 产出指标 merged over three rows, targets written with their sign (=100%, >=90%) and
one state (及时), and a 总分 row (100 | 98.62).  The PDF holds a second project (援滇对口支援及结对帮扶经费) whose
indicator values the stored copy cuts off; it is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
    "title": "上海市普陀区体育事业管理中心2022年度项目自评价",
    "issuer": "上海市普陀区体育事业管理中心",
    "province": "上海",
    "year": 2022,
    "kind": "财政项目支出绩效自评表",
    "format": "pdf",
}
FILE = "上海市普陀区体育事业管理中心2022年度项目自评价.pdf"

NAME = "普陀体育中心与委托运营方结算费用"
DASH = "—"


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C(NAME, span=8))
    g.add("主管部门", C("上海市普陀区体育局", span=3), "实施单位", C("上海市普陀区体育事业管理中心", span=4))
    g.add(C("项目资金 (元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          "得分")
    g.add(C("年度资金总额", span=2), "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62")
    g.add(C("其中:当年财政拨款", span=2), "250000.00", "250000.00", "215457.6", DASH, "", DASH)
    g.add(C("上年结转资金", span=2), "0", "0", "", DASH, "", DASH)
    g.add(C("其他资金", span=2), "0", "0", "", DASH, "", DASH)
    g.add(C("年度 总体 目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C("", span=4), C("已完成普陀体育中心与委托运营方费用结算。", span=4))
    g.add(C("绩 效 指 标", down=6), "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分",
          "偏差原因分析及 改进措施")
    g.add(C("产出指标", down=3), "数量指标", "与委托运营方结算完成率", "=100%", "100%", "10", "10", "")
    g.add("质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20", "")
    g.add("时效指标", "费用结算及时性", "及时", "及时", "20", "20", "")
    g.add("效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", "30", "30", "")
    g.add("满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10", "")
    g.add(C("总分", span=6), "100", "98.62", "")
    return Doc("上海市普陀区体育事业管理中心2022年度项目自评价", [
        "财政项目支出绩效自评表", "(2022 年度)", g,
    ])
