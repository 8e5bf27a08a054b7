"""襄阳市中心医院 2021年度财政项目绩效自评表 (东津院区建设补助): a Hubei municipal 自评表 with the
unit in a 单位名称 line beside 填报日期, checkbox rows for 项目类别/属性/类型, a 预算执行情况 block with
its weight (20分) and one 年度财政资金总额 row, a vertical 年度绩效目标(80分) caption column, 二级
cells shortened to 成本/时效/经济效益, a 三级 cell that is only "1年", and targets written as phrases
(不超过预算, 专款专用) or amounts (1000万元, 5亿元).  The mirror's text (a .docx converted from the
printed PDF: vertical captions jumbled, □ read as 口 and ☑ as 0) is cut inside the 可持续性 row:
the rebuild ends after the 经济效益 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://taowenge.com/d-68000429.html",
    "title": "2021年度财政项目绩效自评表单位名称襄阳市中心医院填报日期2022年3月18日.docx",
    "issuer": "襄阳市中心医院",
    "province": "湖北",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "pdf",
}
FILE = "2021年度财政项目绩效自评表（襄阳市中心医院 东津院区建设补助）.pdf"


def doc() -> Doc:
    g = Grid(7)
    g.add(C("项目名称", span=2), C("东津院区建设补助", span=5))
    g.add(C("主管部门", span=2), C("襄阳市卫生健康委", span=2), "项目实施单位",
          C("襄阳市中心医院", span=2))
    g.add(C("项目类别", span=2), C("1、部门预算项目☑  2、财政专项□  3、市对下转移支付项目□", span=5))
    g.add(C("项目属性", span=2), C("1、持续性项目□  2、新增性项目□", span=5))
    g.add(C("项目类型", span=2), C("1、常年性项目□  2、延续性项目☑  3、一次性项目□", span=5))
    g.add(C("预算执行情况(万元)(20分)", down=2), "", "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分(20分*执行率)", span=2))
    g.add("年度财政资金总额", "1000", "1000", "100%", C("20", span=2))
    g.add(C("年度绩效目标(80分)", down=6), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标", down=4), "数量指标", "成本控制", "不超过预算", "不超过预算", "10")
    g.add("质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", "10")
    g.add("成本", "每年财政补助1000万元", "1000万元", "1000万元", "10")
    g.add("时效", "1年", "1年", "1年", "10")
    g.add("效益指标", "经济效益", "完成东津院区建设,医院东津医疗收入达到5亿元", "5亿元", "6.47亿元",
          "10")
    return Doc("2021年度财政项目绩效自评表", [
        "2021年度财政项目绩效自评表",
        "单位名称:襄阳市中心医院                    填报日期:2022年3月18日",
        g,
    ])
