"""固原市原州区自然资源局 2022 项目支出绩效目标申报表 (宁夏): the page's caption row is a
metadata line 标题: 项目支出绩效目标申报表; 二级 names carry (必填硬性指标)/(必填)/(选填) on a
second line; the unit of each amount sits in the indicator name (亩, 公里, 人) or as a template
hint (≥**%), (≥**万元), leaving bare numbers as 指标值; 选填 rows hold a sentence and no value.
The published page is cut off after 可持续影响指标: the table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html",
    "title": "项目支出绩效目标申报表",
    "issuer": "固原市原州区自然资源局",
    "province": "宁夏",
    "year": 2022,
    "kind": "项目支出绩效目标申报表",
    "format": "html",
}
FILE = "原州区2022年南部水源涵养林建设项目支出绩效目标申报表.docx"

GOAL = ("在东马场林场、东岳山林场、古树林场、红庄林场、马渠林场、沈河林场、水沟林场 7 个林场和古雁办、"
        "官厅镇、黄铎堡镇、开城镇、彭堡镇、炭山乡、头营镇、寨科乡、张易镇、中河乡、三营镇 11 个乡镇"
        "(街道办事处)实施营造林8万亩。其中:新造林3万亩,未成林抚育提升及退化林改造5万亩;"
        "修建作业道30公里。")


def doc() -> Doc:
    g = Grid(6)
    g.add(C("(2022年度)", span=6))
    g.add("项目名称", C("原州区2022年南部水源涵养林建设项目", span=5))
    g.add("主管部门及代码", C("固原市原州区自然资源局", span=2), "实施单位",
          C("固原市原州区自然资源局", span=2))
    g.add("项目属性", C("新建", span=2), "项目期", C("2022年3月-2023年11月", span=2))
    g.add(C("项目资金 (万元)", down=3), C("年度资金总额:", span=2), C("6070.00", span=3))
    g.add(C("其中:财政拨款", span=2), C("6070.00", span=3))
    g.add(C("其他资金", span=2), C("", span=3))
    g.add("年度总体目标", C(GOAL, span=5))
    g.add(C("绩 效 指 标", down=12), "一级指标", "二级指标", C("三级指标", span=2), "指标值")
    g.add(C("产出指标", down=7), C("数量指标 (必填硬性指标)", down=4), C("实施营造林总面积(亩)", span=2), "80000")
    g.add(C("其中:实施新造林总面积(亩)", span=2), "30000")
    g.add(C("实施未成林抚育提升及退化林改造总面积(亩)", span=2), "50000")
    g.add(C("修建作业道长度(公里)", span=2), "30")
    g.add("质量指标 (必填)", C("苗木成活率(≥**%)", span=2), "85")
    g.add("时效指标 (必填)", C("项目完成时间", span=2), "2023年底")
    g.add("成本指标 (必填硬性指标)", C("项目总投入(≥**万元)", span=2), "6070")
    g.add(C("效益指标", down=4), "经济效益 指标 (选填)", C("增加就业机会,提高农民收入。", span=2), "")
    g.add("社会效益 指标 (必填)", C("受益人数(人)", span=2), "132")
    g.add("生态效益 指标 (选填)", C("提高森林覆盖率,促进生物多样性保护。", span=2), "")
    g.add("可持续影响 指标 (必填)", C("提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。", span=2), "")
    return Doc("项目支出绩效目标申报表", [
        "索 引 号: 640421016/2022-00043    发文时间: 2022-02-23",
        "发布机构: 原州区自然资源局    公开方式: 主动公开    有效性: 有效",
        "标 题: 项目支出绩效目标申报表",
        g,
    ])
