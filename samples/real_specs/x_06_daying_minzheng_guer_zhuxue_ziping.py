"""大英县民政局's 2022 自评 of a 中央对地方转移支付 project (四川, 遂宁), as the county's news site reprints the
公示 in the page (an HTML table): the title, two paragraphs of what the 孤儿助学 money is for and how it was paid
(the project's goals, with no label and no 项目名称 anywhere on the page), then a 绩效指标 column merged down
beside 一级 | 二级 | 三级 | 指标值 | 全年实际完成值 | 未完成原因和改进措施, whose 一级 cells are blank for the
产出 and 效益 blocks (the reprint lost them) and only 满意度指标 is written; 二级 names wrap inside their cells
(社会效益\\n指标), one row's target cell holds a name (按季发放助学金 | 发放时间达标率 | 100%), a state is the
target of a count (孤儿助学人数 | 应助尽助 | 9)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://dyrmt.com/article-130322-7.html",
    "title": "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示",
    "issuer": "大英县民政局",
    "province": "四川",
    "year": 2022,
    "kind": "中央对地方转移支付项目绩效自评表",
    "format": "html",
}
FILE = "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示.html"

TITLE = "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示"
AIM = ("按照福利彩票“助残、救孤、济困”的发行宗旨,对已被认定为孤儿身份、年满18周岁后在普通全日制本科学校、普通全日制"
       "专科学校、高等职业学校等高等院校及中等职业学校就读的中专、大专、本科学生和硕士研究生发放助学金,确保顺利完成学业。")
HOW = "按照“本人申请、乡镇(街道、福利机构)核实、民政部门确认”程序认定助学对象,按季发放助学金。"


def doc() -> Doc:
    g = Grid(7)
    g.add(C("绩效指标", down=10), "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值",
          "未完成原因和改进措施")
    g.add(C("", down=5), "数量指标", "孤儿助学人数", "应助尽助", "9", "")
    g.add("质量指标", "保障贫困孤儿完成学业", "100%", "100%", "")
    g.add("时效指标", "按季发放助学金", "发放时间达标率", "100%", "")
    g.add(C("成本指标", down=2), "助学金社会化发放率", "≥95%", "100%", "")
    g.add("资金执行率", "100%", "82%", "动态管理人员减少")
    g.add(C("", down=2), "社会效益\n指标", "孤儿身份、年满18周岁后就学水平情况", "有所提升", "100%", "")
    g.add("可持续影响指标", "助学制度", "进一步完善", "100%", "")
    g.add(C("满意度指标", down=2), C("服务对象\n满意度指标", down=2), "政策知晓率", "≥90%", "≥90%", "")
    g.add("救助对象对社会救助实施的满意度", "≥90%", "≥90%", "")
    return Doc(TITLE, [TITLE, AIM, HOW, g])
