"""安溪县水利局 2023 notice (福建) passing on 2022年省级第七批水利专项资金 to seven townships, here as an
Excel workbook of the notice: the notice text, 附件1 安排表 (序号 | 乡镇名称 | 项目名称 | 金额 | 备注, 单位:万元
above it, a 合计 row) and 附件2 绩效目标表, in which the 项目名称 row also holds the 主管部门(单位)名称 pair,
资金情况(万元) is three label/value pairs on one line (资金总额 100 | 其中:财政拨款 100 | 其他资金 blank), a
merged 绩效 指标 caption column, a 指标解释 column and then one target column per village (西坪镇尧山村 …
尚卿乡尤俊村) instead of a single 指标值, with no 指标方向 column; the unit in the 三级 name
(开展小型水利工程建设(个)).  The province's page is cut inside the 时效指标 row: the table ends after the
数量指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://fjax.gov.cn/zwgk/zdgkxx/sl/slgcjs/202403/t20240304_3010568.htm",
    "title": "2022年省级第七批水利专项资金绩效目标表",
    "issuer": "安溪县水利局",
    "province": "福建",
    "year": 2022,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "安溪县下达2022年省级第七批水利专项资金的通知.xlsx"

TOWNS = ["西坪镇", "桃舟乡", "芦田镇", "蓬莱镇", "魁斗镇", "龙涓乡", "尚卿乡"]
VILLAGES = ["西坪镇尧山村", "桃舟乡吾培村", "芦田镇三洋村", "蓬莱镇植洋村", "魁斗镇奇观村", "龙涓乡长塔村", "尚卿乡尤俊村"]
PROJECTS = [("尧山村排洪排水工程建设", "20"), ("吾培村前村洋头水圳修复", "15"), ("三洋村坝头溪河道治理", "20"),
            ("植洋村墩后角落溪流河堤修复", "10"), ("奇观村河道护岸修复", "10"), ("长塔村水利设施修复", "10"),
            ("尤俊村堤岸修复", "15")]
BODY = ("根据《福建省财政厅 福建省水利厅关于下达2022年省级第七批水利专项资金的通知》(闽财农指〔2022〕72号),现下达"
        "2022年省级第七批水利专项资金,用于小型水利工程建设,具体金额及项目详见附件。请你们尽快将资金落实到具体项目单位,"
        "管好用好专项资金,督促项目单位加快项目建设和资金支出进度,做好绩效跟踪管理,切实提高财政资金使用效益。")


def allocation() -> Grid:
    g = Grid(5)
    g.add("序号", "乡镇名称", "项 目 名 称", "金额", "备注")
    for i, (town, (name, amount)) in enumerate(zip(TOWNS, PROJECTS, strict=True), start=1):
        g.add(str(i), town, name, amount, "")
    g.add(C("合计", span=3), "100", "")
    return g


def targets() -> Grid:
    g = Grid(12)
    g.add("项目名称", C("省级第七批水利专项资金", span=4), C("主管部门(单位)名称", span=2), C("安溪县水利局", span=5))
    g.add("资金情况(万元)", "资金总额", "100", C("其中:财政拨款", span=2), "100", C("其他资金", span=2),
          C("", span=4))
    g.add("总 体 目 标", C("开展7个小型水利工程建设", span=11))
    g.add(C("绩效\n指标", down=2), "一级指标", "二级指标", "三级指标", "指 标 解 释", *VILLAGES)
    g.add("产出\n指标", "数量指标", "开展小型水利工程建设(个)", "反映小型水利工程建设项目开展情况", *["1"] * 7)
    return g


def doc() -> Doc:
    return Doc("安溪县水利局关于下达2022年省级第七批水利专项资金的通知", [
        "西坪镇、桃舟乡、芦田镇、蓬莱镇、魁斗镇、龙涓乡、尚卿乡人民政府:",
        BODY,
        "附件:1.2022年省级第七批水利专项资金安排表",
        "2.2022年省级第七批水利专项资金绩效目标表",
        "安溪县水利局",
        "2023年3月20日",
        "(此件公开发布)",
        "附件1",
        "2022年省级第七批水利专项资金安排表",
        "单位:万元",
        allocation(),
        "附件2",
        "2022年省级第七批水利专项资金绩效目标表",
        targets(),
    ])
