"""陈仓区 (宝鸡, 陕西) 2021: the 财政局's notice passing 189.42万元 of 中央财政林业生态保护恢复专项资金 down to the
区林业局, as the district's site shows it, with its one attachment, the 2021年林业生态保护恢复资金区域绩效目标申报表.
The notice comes first and carries every figure (天然林保护工程社会劳动保险补助171.62万元 for 163人, 退耕还林 兑现
补助17.80万元 for 1980亩, split 13.84 + 3.96); the 区域 table itself is a five-column form whose key rows are
label | value (spanning four): its first label misprinted 专项名称金 (for 专项名称), then 区级财政部门 and
区级林业主管部门 (no 填报单位, no 市级 pair, no 中央/地方 split of the money: one 年度金额(万元) row, 189.42), a
年度总体目标 that opens "目标:"; then a 绩效指标 caption merged down the left of the 一级 | 二级 | 三级 | 指标值 head,
and five 数量指标 rows whose 三级 names carry the unit in brackets ((人), (万亩)) and whose 指标值 cells are EMPTY:
the province's list of tasks, of which only two are this district's (the numbers are in the notice, not the
table).  The site's copy breaks off after the fifth 数量指标 row: the table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.chencang.gov.cn/col8173/col8180/col16406/202106/t20210623_130060.html",
    "title": "2021年林业生态保护恢复资金区域绩效目标申报表",
    "issuer": "陈仓区财政局",
    "province": "陕西",
    "year": 2021,
    "kind": "区域绩效目标申报表",
    "format": "html",
}
FILE = "t20210623_130060(2021年林业生态保护恢复资金区域绩效目标申报表).html"

NOTICE = [
    "陈仓区林业局:",
    "根据市财政局《关于下达2021年中央财政林业生态恢复资金的通知》(宝市财办资环〔2021〕13号)和市林业局、市财政局"
    "《关于下达2021年林业草原生态保护恢复资金计划的通知》(宝市林发〔2021〕18号)精神,现将2021年中央财政林业生态保护"
    "恢复专项资金189.42万元下达给你局,年终列入相关政府收支分类科目,为做好此项工作,现将有关事项通知如下:",
    "一、天然林保护工程社会劳动保险补助171.62万元,参保人数为163人,年终列入“2110502社会支出补助”政府收支分类科目。",
    "二、完善退耕还林政策兑现补助资金17.80万元,计划兑现面积1980亩,其中:粮食折现补贴13.84万元、现金补贴3.96万元,"
    "年终列入“2110602退耕现金”政府收支分类科目。",
    "三、请你局继续做好退耕还林工作,严格执行有关政策制度的规定,积极做好财政资金绩效监控,确保年度绩效目标如期完成,"
    "切实加强资金管理,确保专款专用,提高财政资金使用效益。",
    "附件:2021年林业生态保护恢复资金区域绩效目标申报表",
]
GOAL = "目标:完成退耕还林政策任务,做好退耕还林政策的兑现,持续发挥林业生态建设保护作用,提高职工社会参保率及职工收入水平。"
TASKS = [
    "天保工程实施单位保险参保人数(人)",
    "上一轮退耕还林补助面积(万亩)",
    "新一轮退耕还林(草)第二次补助面积(万亩)",
    "新一轮退耕还林(草)第三次补助面积(万亩)",
    "草原有害生物防治面积(万亩)",
]


def doc() -> Doc:
    g = Grid(5)
    g.add("专项名称金", C("林业草原生态保护恢复资金", span=4))
    g.add("区级财政部门", C("宝鸡市陈仓区财政局", span=4))
    g.add("区级林业主管部门", C("宝鸡市陈仓区林业局", span=4))
    g.add("年度金额(万元)", C("189.42", span=4))
    g.add("年度总体目标", C(GOAL, span=4))
    g.add(C("绩效指标", down=6), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=5), C("数量指标", down=5), TASKS[0], "")
    for task in TASKS[1:]:
        g.add(task, "")
    return Doc(SOURCE["title"], [*NOTICE, SOURCE["title"], g])
