"""石嘴山市疾病预防控制中心 2020 项目绩效目标批复表: Ningxia's export with the whole
hierarchy in ONE column (项目 | 指标值 | 绩效金额), levels told only by indentation (unit,
project, 一级, 二级, indicator), 二级 names suffixed (必填硬性指标)/(必填), 成本指标 first,
the amount 3000000 in 元 on the project row, and an explanatory paragraph above."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.shizuishan.gov.cn/zwgk/zfxxgkml/czyjsgk/bmys_45072/2020n/202012/t20201221_2532187.html",
    "title": "石嘴山市疾病预防控制中心2020年项目支出预算绩效目标公开情况",
    "issuer": "石嘴山市疾病预防控制中心",
    "province": "宁夏",
    "year": 2020,
    "kind": "项目绩效目标批复表",
    "format": "html",
}
FILE = "石嘴山市疾病预防控制中心2020年项目绩效目标批复表.xlsx"

# (indent, text, 指标值, 绩效金额) as the page lists them
ROWS = [
    (1, "石嘴山市疾病预防控制中心", "", ""),
    (2, "狂犬、乙肝、流感等疫苗及美沙酮药物", "", "3000000"),
    (3, "产出指标", "", ""),
    (4, "成本指标(必填硬性指标)", "", ""),
    (5, "按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构", "100%", ""),
    (5, "按照物价部门定价标准采购", "100%", ""),
    (4, "时效指标(必填)", "", ""),
    (5, "疫苗提供及时率", "100%", ""),
    (5, "对美沙酮维持患者及时给予治疗", "100%", ""),
    (4, "数量指标(必填硬性指标)", "", ""),
    (5, "疫苗使用率", "100%", ""),
    (5, "满足海洛因成瘾患者维持治疗需求", "100%", ""),
    (4, "质量指标(必填)", "", ""),
    (5, "质量符合国家标准,有国家颁发的批签发等相关证明文件", "100%", ""),
    (5, "美沙酮药物治疗符合国家相关标准", "100%", ""),
    (3, "满意度指标", "", ""),
    (4, "服务对象满意度指标(必填)", "", ""),
    (5, "服务对象满意度", "100%", ""),
    (3, "效益指标", "", ""),
    (4, "可持续影响指标(必填)", "", ""),
    (5, "通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%", ""),
    (5, "通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用", "90%", ""),
    (4, "社会效益指标(必填)", "", ""),
    (5, "满足辖区居民对常用疫苗的需求", "100%", ""),
    (5, "满足海洛因成瘾患者维持治疗需求", "100%", ""),
]


def _value(text: str) -> C | str:
    if text.endswith("%"):
        return C(text, value=float(text[:-1]) / 100, fmt="0%")
    if text:
        return C(text, value=float(text), fmt="0")
    return ""


def doc() -> Doc:
    g = Grid(3)
    g.add("项目", "指标值", "绩效金额")
    for indent, text, value, amount in ROWS:
        g.add(" " * indent + text, _value(value), _value(amount))
    return Doc("石嘴山市疾病预防控制中心2020年项目绩效目标批复表", [
        "石嘴山市疾病预防控制中心2020年项目绩效目标批复表", "单位:元", g,
    ])
