"""永兴县畜牧兽医水产局's 2017 专项资金绩效目标表 for its 重大动物疫病防控 专项 (永兴县, 郴州, 湖南), as a document
site previews the Word file (专项资金绩效目标表.doc; the site's own download notices above it are left out), here as
a Word file.  The preview is a text extraction that runs the table's columns into each other, so the table is
rebuilt from it: the title, (2017 年度) with its spaces and the 填报单位(盖章): line above the table; then
专项名称 | 重大动物疫病防控 | 专项属性 | 延续专项√新增专项□ (the tick after the word) and 部门名称 | 县动物卫生监督所 |
资金总额(万元) | 50, the two-line labels 部门相应职能职责概述 and 专项立项依据 beside their prose, a 专项实施进度计划
block (专项实施内容 | 计划开始时间 | 计划完成时间, five numbered items with dotted months 2017.01 … 2017.12),
专项长期绩效目标 and 专项年度绩效目标, and the 专项年度绩效指标 block: a caption written down the left, then
一级指标 | 二级指标 | 指标内容 | 指标值 | 备注.  The labels and the 产出指标 cell come out of the extraction a few
characters a line (narrow cells wrapping); they are written here as one line each.

What had to be decided:
- the extraction gives the two goal sentences one after the other; the first (… 在 2020 年前 …) is taken for the
  长期 goal and the second (加强对动物免疫接种 …) for the 年度 goal, in the order of the labels;
- item 2 reads 流行病不 [ 这调查监测 in the preview (the 学 of 流行病学 lost to the extraction): kept as stored;
- the typos are the document's and kept: 各种强制免率 (免疫 without 疫), 分别制在 (控制 without 控), 在现的基础上,
  0.5 、 0.1 、0.5 、和 0.1 个个百分点 with its stray spaces;
- the preview breaks off in the 质量指标 row, whose 指标内容 and 指标值 are both cut (免疫效果好;检疫符合操… and
  提高成活率;让肉产品质量得到保…): the row is left out and the indicator block ends after the one 数量指标 row
  (各种强制免率、屠宰率及检疫率 | 100%).
The unit is the 填报单位 line's 永兴县畜牧兽医水产局 (部门名称 names its 县动物卫生监督所, which does the work); the
budget is 资金总额 50 万元; the goal is the 年度 one."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://360docs.net/doc/a712262401.html",
    "title": "专项资金绩效目标表.doc",
    "issuer": "永兴县畜牧兽医水产局",
    "province": "湖南",
    "year": 2017,
    "kind": "专项资金绩效目标表",
    "format": "doc",
}
FILE = "专项资金绩效目标表(重大动物疫病防控).docx"

DUTIES = "重大动物防控工作、强制扑杀和免疫副反应补助、疫苗和防疫物质储备、监测、检测经费及监督执法等。"
BASIS = "《中华人民共和国动物防疫法》、《重大动物疫情应急条例》、《郴州市重大动物疫病防控工作目标管理责任状》"
PLAN = [
    ("1、应急物质储备及防疫物质采购", "2017.01", "2017.03"),
    ("2、流行病不 [ 这调查监测", "2017.01", "2017.12"),
    ("3、免疫抗体效果评估", "2017.03", "2017.05"),
    ("4、动物卫生监督执法", "2017.03", "2017.05"),
    ("5、强制扑杀和免疫副反应补助", "2017.11", "2017.12"),
]
LONG = "通过项目的实施在 2020 年前,生猪、羊、牛、家禽死亡率分别制在4%、3%、2%、8%以下。"
ANNUAL = ("加强对动物免疫接种、检疫、扑杀等手段和措施,有效控制疫病的发生和流行,将猪、牛、羊、家禽死亡率分别控制在现的"
          "基础上下降0.5 、 0.1 、0.5 、和 0.1 个个百分点。")


def table() -> Grid:
    g = Grid(6)
    g.add("专项名称", C("重大动物疫病防控", span=2), "专项属性", C("延续专项√新增专项□", span=2))
    g.add("部门名称", C("县动物卫生监督所", span=2), "资金总额(万元)", C("50", span=2))
    g.add("部门相应职能职责概述", C(DUTIES, span=5))
    g.add("专项立项依据", C(BASIS, span=5))
    g.add(C("专项实施进度计划", down=len(PLAN) + 1), C("专项实施内容", span=3), "计划开始时间", "计划完成时间")
    for item, start, end in PLAN:
        g.add(C(item, span=3), start, end)
    g.add("专项长期绩效目标", C(LONG, span=5))
    g.add("专项年度绩效目标", C(ANNUAL, span=5))
    g.add(C("专项年度绩效指标", down=2), "一级指标", "二级指标", "指标内容", "指标值", "备注")
    g.add("产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%", "")
    return g


def doc() -> Doc:
    return Doc("专项资金绩效目标表", [
        "专项资金绩效目标表",
        "(2017 年度)",
        "填报单位(盖章):永兴县畜牧兽医水产局",
        table(),
    ])
