"""黄山市公安局 2025年项目绩效目标和指标 (安徽, HTML page of the city's 部门项目绩效 column): one
five-column table (单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标) that lists the
department, its unit, a project category (其他运转类) and then each project on ONE row, levels told
only by leading spaces and by the 单位编码 repeated on unit and project rows; the amounts are in 元 with
no unit stated (92156434 for the department); the 项目内容 cell is a 【项目概况】 paragraph and the
绩效目标 cell holds the whole indicator table as lines: 【总体目标】 and its sentence, then one
【一级指标-二级指标】 heading per category over "指标1:名称(指标值)" lines, the value in brackets
(≥77台, ≥0.97比例 for a 97% rate, <24小时, <1681680元, states 正面支撑 / 有力保障 / 持续保障).  The
stored page breaks off inside the second project (执法办案费, under the category 本级项目): the table
ends after the first project."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "https://www.huangshan.gov.cn/zwgk/public/6615714/11798831.html",
    "title": "黄山市公安局2025年项目绩效目标和指标",
    "issuer": "黄山市公安局",
    "province": "安徽",
    "year": 2025,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "黄山市公安局2025年项目绩效目标和指标.docx"

CONTENT = ("【项目概况】:该项目为市本级雪亮工程后端机房租赁服务,共计77个机柜,租赁周期为36个月。"
           "项目已于2024年7月完成招标采购,服务期限3年,逐年支付费用。")
TARGETS = "\n".join([
    "【总体目标】",
    "保障雪亮工程机房租赁延续,保障机房内所有设备设施运转,保障雪亮工程持续发挥积极作用",
    "【产出指标-数量指标】",
    "指标1:机柜数量(≥77台)",
    "【产出指标-质量指标】",
    "指标1:视频监控在线率(≥0.97比例)",
    "【产出指标-时效指标】",
    "指标1:维护及时性(<24小时)",
    "【产出指标-成本指标】",
    "指标1:维护成本(<1681680元)",
    "【效益指标-经济效益指标】",
    "指标1:为全市经济发展保驾护航(正面支撑)",
    "【效益指标-社会效益指标】",
    "指标1:服务保障民生(有力保障)",
    "【效益指标-生态效益指标】",
    "指标1:为生态环境保护提供支撑(正面支撑)",
    "【效益指标-可持续影响指标】",
    "指标1:持续保障社会发展(持续保障)",
    "【满意度指标-服务对象满意度指标】",
    "指标1:提升群众安全感(≥90%)",
])


def doc() -> Doc:
    g = Grid(5)
    g.add("单位编码", "单位名称(项目类别\n/支出项目)", "年度预算安排", "项目内容", "绩效目标")
    g.add("", "黄山市公安局", "92156434", "", "")
    g.add(" 037001", " 黄山市公安局", "27955180", "", "")
    g.add("", "  其他运转类", "1681680", "", "")
    g.add("   037001", "   黄山市雪亮工程市本级机房租赁2024至2027服务采购项目", "1681680", CONTENT, TARGETS)
    return Doc("黄山市公安局2025年项目绩效目标和指标", ["黄山市公安局2025年项目绩效目标和指标", g])
