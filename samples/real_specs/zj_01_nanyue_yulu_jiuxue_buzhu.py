"""南岳区's 2023 雨露计划绩效目标申报表 for 2023年雨露计划就学补助项目 (湖南, 衡阳 南岳区; on the district finance
bureau's budget pages, 南岳区乡村振兴局's folder, 2023-12-27), as the page shows it: the form's own title rows
(雨露计划绩效目标申报表 / (2023年度)) and a 填报单位(盖章): line with the unit LEFT BLANK (only 单位负责人:谭呈祥),
so the unit is named only as 主管部门 (南岳区乡村振兴局); the ticked box of 专项属性 came through the Word font as a
letter (新增项目□ 延续项目R); 专项立项 依据 left empty; the 专项资金情况 block in columns with every source written,
zeros included (本年度预计投入 7 | 中央 0 | 省级 7 | 市级资金 0 | 本级 0 | 其他 0), the money only in the
省级 column; 中长期绩效 目标 and 本年度绩效 目标 each over two rows (numbered 1. / 2., the second a 补助标准 sentence
with 每生 1500 元/学期 spaced out); the indicator header 三级指标内容 | 指标值及单位, the 一级 written 产出 指标, and
values in the ASCII form >= with a compound unit (>=101人/次) and a rate the wrong way round for its name
(逾期发放率 >=100%).  The stored page breaks off in the 成本指标 row (补助标准 | 15…): the rebuild ends after the
时效指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.nanyue.gov.cn/nyczj/czysgk/2019njyhndyjs/nyqyg/nyncj/20231227/i3224710.html",
    "title": "雨露计划绩效目标申报表(2023年度) 2023年雨露计划就学补助项目",
    "issuer": "南岳区乡村振兴局",
    "province": "湖南",
    "year": 2023,
    "kind": "专项资金绩效目标申报表",
    "format": "html",
}
FILE = "i3224710(雨露计划绩效目标申报表).html"

NAME = "2023年雨露计划就学补助项目"
GAIKUANG = "对就读职业技术学校的脱贫户或监测户子女发放就学补助"
LONG_1 = ("1.就读中等职业学校(含普通中专、职业中专、成人中专、职业高中、技工院校,以下同)、高职高专院校、技师学院已注册"
          "普通全日制正式学籍的本省脱贫家庭子女(含监测帮扶对象家庭)。上述扶持对象在校就读期间(包括顶岗实习),其家庭均可"
          "享受助学补助。辍学、休学和保留学籍学生不纳入扶持范围。")
LONG_2 = "2.补助标准。在享受国家职业教育资助政策基础上,叠加给予助学补助,全省统一补助标准为:每生 1500 元/学期。"
YEAR_1 = "1.对提供就读学籍证明的学生了放就学补助;"
YEAR_2 = "2.补助标准为:每生 1500 元/学期。"


def doc() -> Doc:
    g = Grid(10)
    g.add(C("雨露计划绩效目标申报表", span=10))
    g.add(C("(2023年度)", span=10))
    g.add(C("填报单位(盖章): 单位负责人:谭呈祥", span=10))
    g.add(C("专项基本情况", down=6), "专项名称", C(NAME, span=8))
    g.add("专项属性", C("新增项目□ 延续项目R", span=8))
    g.add("主管部门", C("南岳区乡村振兴局", span=3), C("专项起止时间", span=2), C("2023年1月至12月", span=3))
    g.add("专项负责人", C("欧阳光", span=3), C("联系人及电话", span=2), C("18073426859", span=3))
    g.add("专项概况", C(GAIKUANG, span=8))
    g.add("专项立项 依据", C("", span=8))
    g.add(C("专项资金情况", down=3), C("本年度预计投入(万元)", down=2, span=2), C("财政资金(万元)", span=4),
          C("其他", down=2, span=3))
    g.add("中央", "省级", "市级资金", "本级")
    g.add(C("7", span=2), "0", "7", "0", "0", C("0", span=3))
    g.add(C("单位已有的保证专项实施的制度、措施", span=2), C(GAIKUANG, span=8))
    g.add(C("中长期绩效 目标", down=2, span=2), C(LONG_1, span=8))
    g.add(C(LONG_2, span=8))
    g.add(C("本年度绩效 目标", down=2, span=2), C(YEAR_1, span=8))
    g.add(C(YEAR_2, span=8))
    g.add(C("专项年度绩效指标", down=4), "一级指标", "二级指标", C("三级指标内容", span=4), C("指标值及单位", span=3))
    g.add(C("产出 指标", down=3), "数量指标", C("年度申请就学补助户数", span=4), C(">=101人/次", span=3))
    g.add("质量指标", C("逾期发放率", span=4), C(">=100%", span=3))
    g.add("时效指标", C("就学补助及时发放率", span=4), C(">=100%", span=3))
    return Doc("雨露计划绩效目标申报表", [g])
