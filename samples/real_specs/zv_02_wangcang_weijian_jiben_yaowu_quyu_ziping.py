"""旺苍县卫生健康局 (广元, 四川) 2021 转移支付区域(项目)绩效目标自评表 for the 基本药物制度补助资金 that keeps the
county's 37 township and community health centres (卫生院, 社区卫生服务中心) and 352 村卫生室 on the essential-drug
system, as the county site (scgw.gov.cn, 财政资金 column, 2022-06-01) shows it in the page; rebuilt as the Word
file the bureau pasted.  The 2021 national transfer-payment self-evaluation form, written by a county bureau:
转移(项目)名称 (sic: 支付 missing from the label), an empty 中央主管部门 row, 地方主管部门 beside 资金使用单位 (the
bureau twice), a 项目资金(万元) block of 全年预算数(A) | 全年执行数(B) | 执行率(B/A) only (no 分值, no 得分) with
年度资金总额 2300.67 = 中央补助 442.43 + 地方资金 1858.24 and an empty 其他资金 line, then 总体目标 | 全年实际完成情况
under 总体目标完成情况 (the 完成情况 slips once: 村卫生室 补助 "471.23元" where the parts add up to 万元).

The indicator block has six columns (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施) and
no 分值/得分: a self-evaluation without scores.  The page shows nothing where the 绩效指标 caption and the 一级指标
(产出指标) cells stand -- empty lines before the header row and before 数量指标 -- so both are rebuilt as empty merged
cells and the rows have no level 1 (as the page reads; the form's 产出指标 is not inferred).  三级 names keep their
指标1:/指标2: numbering and a full stop; the targets are sentences around a count (实施乡镇社区基层医疗机构37个。,
实施基本药物制度补助村卫生室352个。) or a count before its noun (37个基层医疗机构), and the 全年完成值 are sentences
(本年度已完成37个…) or a bare 100%.  No 未完成原因 is given.

The stored copy breaks off inside the second 质量指标 row (指标2:村卫生…): the rebuild ends after the first 质量指标
row, which is left as a single 二级 cell."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://scgw.gov.cn/Detail.aspx?id=20220601112823798",
    "title": "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表",
    "issuer": "旺苍县卫生健康局",
    "province": "四川",
    "year": 2021,
    "kind": "转移支付区域绩效自评表",
    "format": "html",
}
FILE = "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表(2021年度).docx"

TITLE = "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表"
UNIT = "旺苍县卫生健康局"
GOAL = ("实施基本药物制度,按照专款专用的原则把财政安排的补助资金统筹安排使用,保障基层医疗机构和村级卫生室正常运转,"
        "确保国家基本药物制度顺利实施。")
DONE = ("年度完成基层医疗卫生机构实施基本药物制度补助2300.67万元,中央补助442.43万元,地方财政补助1858.24万元;"
        "其中完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元")


def doc() -> Doc:
    g = Grid(7)
    g.add("转移(项目)名称", C("基本药物制度补助资金", span=6))
    g.add("中央主管部门", C("", span=6))
    g.add("地方主管部门", C(UNIT, span=2), "资金使用单位", C(UNIT, span=3))
    g.add(C("项目资金(万元)", down=5), C("", span=3), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)")
    g.add(C("年度资金总额:", span=3), "2300.67", "2300.67", "100%")
    g.add(C("其中:中央补助", span=3), "442.43", "442.43", "100%")
    g.add(C("地方资金", span=3), "1858.24", "1858.24", "100%")
    g.add(C("其他资金", span=3), "", "", "")
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=3), C("全年实际完成情况", span=3))
    g.add(C(GOAL, span=3), C(DONE, span=3))
    g.add(C("", down=4), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施")
    g.add(C("", down=3), C("数量指标", down=2), "指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率",
          "实施乡镇社区基层医疗机构37个。", "本年度已完成37个基层医疗机构基药补助制度实施。", "")
    g.add("指标2:村卫生室实施国家基本药物制度", "实施基本药物制度补助村卫生室352个。",
          "本年度已完成352个村卫生室基药补助的实施。", "")
    g.add("质量指标", "指标1:基层医疗卫生机构实施基本药物制度补助。", "37个基层医疗机构", "100%", "")
    return Doc(TITLE, [TITLE, "(2021年度)", g])
