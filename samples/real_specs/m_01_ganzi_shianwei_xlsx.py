"""甘孜藏族自治州市场监督管理局机关 绩效目标表 (四川, 预算一体化 Excel export shown by the portal's
previewer): no year anywhere, 项目名称 left blank, the unit as "单位信息: 324001-…" (budget code
prefixed), 主管部门 with a code, label rows with empty values (项目经办人, 预算执行率权重(%)),
an 整体目标 line instead of a 年度目标, every row carrying its 一级 and 二级 (no merges, 成本 and
时效 before 数量, 数量/质量 interleaved), a 指标性质 column that is blank except 定性, whose
指标值 is the scale 高中低, units such as 人/天 on money amounts, and a 权重(%) column."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://gzz.gov.cn/preview-service/file_2023120414310206xlsx.html",
    "title": "绩效目标表",
    "issuer": "甘孜藏族自治州市场监督管理局机关",
    "province": "四川",
    "year": None,  # not stated; the file was published 2023-12-04
    "kind": "项目绩效目标表",
    "format": "xlsx",
}
FILE = "file_2023120414310206.xlsx"  # the portal's name for the attachment

GOAL = ("组织协调推进全州食品安全重点工作;承办州食品安全委员会会议及中央活动;组织协调食品安全宣传、培训工作;"
        "承担州政府食品安全委员会的日常工作;组织开展食品安全重大整顿治理和联合检查行动;考核评议州级相关部门"
        "和各县市履行食品安全党政同责目标工作。")


def num(n: float) -> C:
    return C(format(n, "g"), value=n)


def doc() -> Doc:
    g = Grid(7)
    g.add(C("绩效目标表", span=7))
    g.add("单位信息:", C("324001-甘孜藏族自治州市场监督管理局机关", span=3), "项目名称:", C("", span=2))
    g.add("主管部门:", C("324-甘孜州市场监督管理部门", span=3), "项目经办人:", C("", span=2))
    g.add("预算执行率权重(%):", C("", span=6))
    g.add("项目经办人电话:", C("", span=6))
    g.add("整体目标:", C(GOAL, span=6))
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)")
    g.add("产出指标", "成本指标", "检查差旅费", "", num(470), "人/天", num(2))
    g.add("产出指标", "成本指标", "培训费", "", num(320), "人/天", num(3))
    g.add("产出指标", "时效指标", "完成时限", "", num(1), "", num(5))
    g.add("产出指标", "数量指标", "召开食品安委会全体会议", "", num(2), "", num(15))
    g.add("产出指标", "质量指标", "食安委成员单位食品安全工作齐抓共管", "", num(100), "%", num(10))
    g.add("产出指标", "数量指标", "开展食品安全专项整治", "", num(2), "", num(10))
    g.add("产出指标", "数量指标", "组织州县食安委成员单位人员培训", "", num(1), "", num(15))
    g.add("产出指标", "数量指标", "开展食品安全宣传周活动", "", num(1), "", num(10))
    g.add("效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", "", num(10))
    g.add("效益指标", "可持续影响指标", "进一步提高食品安全工作科学化、规范化", "定性", "高中低", "", num(5))
    g.add("满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "定性", "高中低", "", num(5))
    return Doc("绩效目标表", [g])
