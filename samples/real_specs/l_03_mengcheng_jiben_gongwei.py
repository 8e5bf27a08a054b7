"""蒙城县 2024 国家基本公共卫生服务项目 项目支出绩效目标申报表 (安徽): the county's share of a 中央/省/市县
专项 (6:2:2) published as a PDF whose text follows the project write-up (items (2)-(7)); the 实施单位 is the
short form 卫健委 and the 主管部门及代码 cell is blank; the funding block has the typo 财政投款; 项目属性 滚动项目,
项目期 长期; side captions set on two lines (总体/目标, 绩效/指标, 产出/指标); values use ≧ (U+2267). Spaces the
page shows around numerals and at line wraps (2279.048 万元, 7 岁, 免 费) are the PDF's text extraction and
are not kept. The stored copy is cut off inside the third 数量指标 row: the table ends after the second."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.mengcheng.gov.cn/XxgkContent/show/2601075.html",
    "title": "项目支出绩效目标申报表(2024年度) 国家基本公共卫生服务项目",
    "issuer": "蒙城县卫生健康委员会",
    "province": "安徽",
    "year": 2024,
    "kind": "绩效目标申报表",
    "format": "pdf",
}
FILE = "蒙城县2024年国家基本公共卫生服务项目绩效目标申报表.pdf"

GOAL = ("针对当前城乡居民存在的主要健康问题,以儿童、孕产妇、老年人、慢性疾病患者为重点人群,面向全体居民免费"
        "提供的最基本的公共卫生服务,促进基本公共卫生服务均等化。")


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("国家基本公共卫生服务项目", span=4))
    g.add("主管部门及代码", "", "实施单位", C("卫健委", span=2))
    g.add("项目属性", "滚动项目", "项目期", C("长期", span=2))
    g.add(C("项目金额\n(万元)", down=3), C("年度资金总额", span=2), C("2279.048万元", span=2))
    g.add(C("其中:财政投款", span=2), C("2279.048万元", span=2))
    g.add(C("其他资金", span=2), C("", span=2))
    g.add("总体\n目标", C(GOAL, span=4))
    g.add(C("绩效\n指标", down=3), "一级\n指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出\n指标", down=2), C("数量指标", down=2), "适龄儿童国家免疫规划疫苗接种率", "≧90%")
    g.add("7岁以下儿童健康管理率", "≧85%")
    return Doc("项目支出绩效目标申报表", [
        "(2)项目立项依据:省财政厅、卫健委、医保局《安徽省公共卫生服务补助资金管理实施办法》(皖财社〔2020〕455号)"
        "第二章:基本公共卫生服务明确为中央、省级与市以下共同财政事权,由中央、省级与市县财政共同承担支出责任。"
        "具体分担办法为:对国家制定的补助基础标准部分,中央、省、市县财政按6:2:2共同分担。安徽省卫健委《关于确定"
        "基本公共卫生服务两卡制第二批试点县名单的通知》(卫基层秘〔2018〕410号)将蒙城县列入第二批试点县,《关于规范"
        "基本公共卫生服务“两卡制”工作的通知》(皖卫基层秘〔2020〕119号)第四页要求“做好妇幼健康系统和基本公共卫生"
        "信息系统的对接”。",
        "(3)实施主体:蒙城县卫生健康委员会。",
        "(4)起止时间:2024年1月1日-2024年12月31日。",
        "(5)项目内容:基本公共卫生服务项目县级配套经费。",
        "(6)年度预算安排:2279.048万元。",
        "(7)绩效目标:发挥绩效评价“指挥棒”的作用,加强结果应用,将评价结果与补助经费挂钩,提高项目资金的使用效益。",
        "项目支出绩效目标申报表",
        "(2024年度)",
        g,
    ])
