"""霍山县特殊教育补助资金转移支付整体绩效目标自评表 (2024年度), as 霍山县's site (安徽, 六安; 教育信息 > 特殊教育,
信息来源 霍山县教育局, posted 2025-03-20) shows it in the page, the page titled with a parenthesis
(学校经费投入及使用情况); rebuilt as the Word table the bureau pasted, under the form's own title and (2024年度).

The form is Anhui's 转移支付整体绩效目标自评表: 转移支付(项目)名称 | 特殊教育补助资金, 市级主管部门 | 六安市教育体育局 (no
county unit is named anywhere in the table), a 项目资金(万元) block with 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 |
预算执行率(B/A) | 得分, then 年度总体目标 split into 年初设定目标 and 全年实际完成情况, then the indicators with
年度指标值 | 全年实际完成值 | 分值 | 得分 | 未完成原因和改进措施.

What a reader can trip on:
- the amount rows carry four 28.1 for three amount headers (年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10, the same under
  其中:中央资金): rebuilt with 年初预算数 spanning two columns, so the extra 28.1 sits under it; 省级/市级/县级/其他资金
  rows are empty;
- the 一级 cell of the seven 产出 rows is blank (only spaces on the page): those rows have no level 1 — the form's
  产出指标 is not inferred; 效益 and 满意度 are written, with line breaks (效益\\n指标, 社会效益\\n指标, 服务对象\\n满意度指标);
- the 数量指标 rows put the quantity into the indicator's name (培智教学软件2套, 台式电脑4台、笔记本电脑4台、班班通设备2套,
  室外康复运动设施1套) and give 100% as the target; one 质量 name drops a unit (台式电脑4、笔记本电脑、…验收合格率);
- 满意度 targets are a bare 90% (no ≥), the 社会效益 target a word (扩大);
- the total row is headed 分总 (sic, for 总分), 100 | 100.
The stored page breaks off inside the 说明 row under the table (注:1.其他资金包括和…): the note is left out.

Truth decisions: no 实施单位/资金使用单位/填报单位 is named; the contract takes a local 主管部门 named in the table before
the heading, so unit_name is 六安市教育体育局 (the city bureau named as 市级主管部门), although the page says the county
bureau posted it.  budget_total_yuan is the 全年预算数 28.1万元, all of it 中央资金.  Targets are the 年度指标值 column."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahhuoshan.gov.cn/public/6596221/37859876.html",
    "title": "霍山县特殊教育补助资金转移支付整体绩效目标自评表 (学校经费投入及使用情况)",
    "issuer": "霍山县教育局",
    "province": "安徽",
    "year": 2024,
    "kind": "转移支付整体绩效目标自评表",
    "format": "html",
}
FILE = "霍山县特殊教育补助资金转移支付整体绩效目标自评表(2024年度).docx"

TITLE = "霍山县特殊教育补助资金转移支付整体绩效目标自评表"
GOAL = ("采购两个年级教学软件,两套班班通,四台台式电脑和四台笔记本电脑,一套室外康复运动器材,使得教育教学条件得到大力改善,"
        "提升特殊教育质量。")
DONE = "严格按照年初预算执行,采购手续合规合法,完成率100%。"

# 二级 (merged over its rows), 三级, 年度指标值, 全年实际完成值, 分值, 得分
OUTPUT = [
    ("数量指标", [("培智教学软件2套", "100%", "100%", "10", "10"),
                  ("台式电脑4台、笔记本电脑4台、班班通设备2套", "100%", "100%", "5", "5"),
                  ("室外康复运动设施1套", "100%", "100%", "5", "5")]),
    ("质量指标", [("培智教学软件验收合格率", "100%", "100%", "10", "10"),
                  ("台式电脑4、笔记本电脑、班班通设备验收合格率", "100%", "100%", "5", "5"),
                  ("室外康复运动设施验收合格率", "100%", "100%", "5", "5")]),
    ("时效指标", [("根据资金到位时间执行项目进度", "100%", "100%", "10", "10")]),
]


def doc() -> Doc:
    g = Grid(9)
    g.add(C("转移支付(项目)名称", span=2), C("特殊教育补助资金", span=7))
    g.add(C("市级主管部门", span=2), C("六安市教育体育局", span=7))
    g.add(C("项目资金(万元)", span=2), C("年初预算数", span=2), "全年预算数(A)", "全年执行数(B)", "分值",
          "预算执行率(B/A)", "得分")
    g.add(C("年度资金总额:", span=2), "28.1", "28.1", "28.1", "28.1", "10", "100%", "10")
    g.add(C("其中:中央资金", span=2), "28.1", "28.1", "28.1", "28.1", "10", "100%", "10")
    for label in ("省级资金", "市级资金", "县级资金", "其他资金"):
        g.add(C(label, span=2), C("", span=2), "", "", "", "", "")
    g.add(C("年度总体目标", down=2), C("年初设定目标", span=4), C("全年实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    n_rows = sum(len(rows) for _, rows in OUTPUT) + 1 + 2
    g.add(C("绩效指标", down=n_rows + 1), "一级\n指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值",
          "分值", "得分", "未完成原因和改进措施")
    first = True
    for level2, rows in OUTPUT:
        for k, (name, target, actual, weight, score) in enumerate(rows):
            lead = [C("", down=7)] if first else []
            first = False
            l2 = [C(level2, down=len(rows))] if k == 0 else []
            g.add(*lead, *l2, name, target, actual, weight, score, "")
    g.add("效益\n指标", "社会效益\n指标", "特殊教育资源", "扩大", "扩大", "30", "30", "")
    g.add(C("满意度指标", down=2), C("服务对象\n满意度指标", down=2), "残疾学生、家长满意度", "90%", "98%", "5", "5", "")
    g.add("特殊教育教师满意度", "90%", "98%", "5", "5", "")
    g.add(C("分总", span=6), "100", "100", "")
    return Doc(SOURCE["title"], [TITLE, "(2024年度)", g])
