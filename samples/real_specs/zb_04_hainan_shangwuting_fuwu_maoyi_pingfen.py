"""海南省商务厅's 服务贸易项目绩效自评表 (海南; the unit is 省商务厅服务贸易和商贸服务业处, its address 海口市国兴大道
省政府办公楼), a .docx shared on a document library (冰豆网) whose preview gives the text of its first pages, one cell
a line.  The province's evaluation form, as in zb_01's report: 一、项目基本情况 with 联系电话 left empty, 项目类型
ticked 经常性项目(√), 计划投资额 570 / 实际到位资金 398.88 / 实际使用情况 395.86 (万元) and two 其中: lists side by
side whose zeros are written out (中央财政 0, 省财政 570 | 398.88, 市县财政 0, 其他 0); no 项目名称 row (the name is only
in the title) and no year anywhere.  Then 二、绩效评价指标评分, a scoring sheet rather than a target table: a weight
column after each level, 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, the 一级 项目决策 / 项目管理 /
项目绩效 and their 二级 merged down over their rows, every 三级 a criterion (目标内容, 到位率, 产出数量 …) with its
weight and a full score and no target value at all.  The title is printed twice at the head of the text (the
library's heading and the document's); it is kept once.  The preview is cut after 项目效益 40 经济… : the rebuild
ends after the 产出成本 row, the 项目绩效 merge covering only the rows shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bdocx.com/doc/30238812.html",
    "title": "服务贸易项目绩效自评表.docx",
    "issuer": "省商务厅服务贸易和商贸服务业处",
    "province": "海南",
    "year": None,  # written nowhere in the stored preview
    "kind": "项目绩效自评表",
    "format": "docx",
}
FILE = "服务贸易项目绩效自评表.docx"

# (一级, 分值, [(二级, 分值, [(三级, 分值, 得分)])])
SCORES = [
    ("项目决策", "20", [
        ("项目目标", "4", [("目标内容", "4", "4")]),
        ("决策过程", "8", [("决策依据", "3", "3"), ("决策程序", "5", "5")]),
        ("资金分配", "8", [("分配办法", "2", "2"), ("分配结果", "6", "6")]),
    ]),
    ("项目管理", "25", [
        ("资金到位", "5", [("到位率", "3", "3"), ("到位时效", "2", "2")]),
        ("资金管理", "10", [("资金使用", "7", "7"), ("财务管理", "3", "3")]),
        ("组织实施", "10", [("组织机构", "1", "1"), ("管理制度", "9", "9")]),
    ]),
    ("项目绩效", "55", [
        ("项目产出", "15", [("产出数量", "5", "5"), ("产出质量", "4", "4"), ("产出时效", "3", "3"),
                          ("产出成本", "3", "3")]),
    ]),
]


def basics() -> Grid:
    g = Grid(7)
    g.add(C("项目实施单位", span=2), C("省商务厅服务贸易和商贸服务业处", span=5))
    g.add(C("主管部门", span=2), C("省商务厅", span=2), "项目负责人", C("李鹏", span=2))
    g.add(C("联系电话", span=2), C("", span=5))
    g.add(C("地址", span=2), C("海口市国兴大道省政府办公楼2楼", span=2), "邮编", C("570204", span=2))
    g.add(C("项目类型", span=2), C("经常性项目(√)一次性项目()", span=5))
    g.add(C("计划投资额\n(万元)", span=2), "570", "实际到位资金\n(万元)", "398.88", "实际使用情况(万元)", "395.86")
    g.add(C("其中:", down=4), "中央财政", "0", C("其中:", down=4), "中央财政", "0", "")
    g.add("省财政", "570", "省财政", "398.88", "")
    g.add("市县财政", "0", "市县财政", "0", "")
    g.add("其他", "0", "其他", "0", "")
    return g


def scores() -> Grid:
    g = Grid(7)
    g.add("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分")
    for first, first_weight, seconds in SCORES:
        n1 = sum(len(thirds) for _, _, thirds in seconds)
        for i, (second, second_weight, thirds) in enumerate(seconds):
            for j, (third, weight, got) in enumerate(thirds):
                lead: list[C | str] = []
                if i == 0 and j == 0:
                    lead += [C(first, down=n1), C(first_weight, down=n1)]
                if j == 0:
                    n2 = len(thirds)
                    lead += [C(second, down=n2), C(second_weight, down=n2)] if n2 > 1 else [second, second_weight]
                g.add(*lead, third, weight, got)
    return g


def doc() -> Doc:
    return Doc("服务贸易项目绩效自评表", [
        "服务贸易项目绩效自评表",
        "一、项目基本情况",
        basics(),
        "二、绩效评价指标评分",
        scores(),
    ])
