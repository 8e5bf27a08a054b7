"""就业补助资金绩效自评表 (2024年度) of 淮南市田家庵区人力资源和社会保障局 (安徽, 淮南), as the
district's site shows it in the page (an HTML table): the national 转移支付 self-evaluation form,
its title and its year not above the table but in its first two rows, each merged across the width
(就业补助资金绩效自评表, (2024年度)), under the article title that repeats the first.  转移支付(项
目)名称 | 就业补助资金 and 中央主管部门 | 人力资源社会保障部 across; 地方主管部门 holding two
departments in one cell (安徽省人力资源和社会保障厅淮南市人力资源和社会保障局, a space between them)
beside 资金使用单位 | 淮南市田家庵区人力资源和社会保障局; a 资金投入情况 (万元) label merged down
over 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%), the year not fully spent (年度资金总额:
808.1 | 692.98 | 86%, the same on 其中:中央财政资金), 地方财政资金 and 其他资金 empty; a 资金管理情
况 block whose seven rows look like indicators and are not (分配科学性 | 合理分配,优先保障工资社
保。; 下达及时性 and 支出责任履行情况 left blank; the 存在问题和改进措施 column empty throughout);
总体目标完成情况 merged down over 总体目标 | 全年实际完成情况 with one paragraph each; then the
indicator head (绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | …), 一级 指标
printed with a space as the site's copy has it.

The stored page breaks off inside the indicator head, after 全年实际完成值: the head's last cell is
left empty rather than guessed and no indicator row is readable.  The column layout follows the same
province's copy of this form (x_02): the stored text shows where cells are merged only by its run of
separators.

Decided: the unit is the 资金使用单位 (淮南市田家庵区人力资源和社会保障局), as for the other
transfer forms; the project is the 转移支付(项目)名称; the year is the form's 2024年度; the budget
is the 全年预算数 808.1万元 (8,081,000 元), all of it 中央财政资金 (地方财政资金 and 其他资金 are
empty and named no amount); the goal is the 总体目标 cell as one goal (two sentences, unnumbered),
the 全年实际完成情况 reporting what was done."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.tja.gov.cn/public/118323190/1260578519.html",
    "title": "就业补助资金绩效自评表",
    "issuer": "淮南市田家庵区人力资源和社会保障局",
    "province": "安徽",
    "year": 2024,
    "kind": "转移支付绩效自评表",
    "format": "html",
}
FILE = "就业补助资金绩效自评表(2024年度田家庵区).html"

TITLE = "就业补助资金绩效自评表"
LOCAL = "安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局"
USER = "淮南市田家庵区人力资源和社会保障局"
GOAL = ("落实各项就业创业扶持政策,做好各项就业工作,加强公共就业创业服务机构服务能力建设。"
        "就业补助资金主要用于基层特岗人员工资社保、就业见习补贴、公益性岗位补贴、职业培训补贴、"
        "社会保险补贴等。")
DONE = ("各项就业创业工作指标均按要求完成,基层特岗人员工资社保及时发放,就业见习、乡村公益性岗位"
        "开发、职业培训等工作顺利开展,严格规范补贴发放。")
MANAGEMENT = [
    ("分配科学性", "合理分配,优先保障工资社保。"),
    ("下达及时性", ""),
    ("拨付合规性", "严格按照国库集中支付制度有关规定支付资金,未出现违规问题。"),
    ("使用规范性", "严格按照下达预算的科目和项目执行,未出现截留、挤占、挪用或擅自调整等问题。"),
    ("执行准确性", "按照上级下达的金额执行,不存在执行数偏离预算数较多的问题。"),
    ("预算绩效管理情况", "将有关资金纳入本级预算绩效管理,开展绩效监控和绩效评价。"),
    ("支出责任履行情况", ""),
]


def doc() -> Doc:
    g = Grid(7)
    g.add(C(TITLE, span=7))
    g.add(C("(2024年度)", span=7))
    g.add("转移支付(项目)名称", C("就业补助资金", span=6))
    g.add("中央主管部门", C("人力资源社会保障部", span=6))
    g.add("地方主管部门", C(LOCAL, span=2), "资金使用单位", C(USER, span=3))
    g.add(C("资金投入情况 (万元)", down=5), C("", span=2), "全年预算数(A)", "全年执行数(B)",
          C("预算执行率(B/A×100%)", span=2))
    g.add(C("年度资金总额:", span=2), "808.1", "692.98", C("86%", span=2))
    g.add(C("其中:中央财政资金", span=2), "808.1", "692.98", C("86%", span=2))
    g.add(C("地方财政资金", span=2), "", "", C("", span=2))
    g.add(C("其他资金", span=2), "", "", C("", span=2))
    g.add(C("资金管理情况", down=len(MANAGEMENT) + 1), C("", span=2), C("情况说明", span=2),
          C("存在问题和改进措施", span=2))
    for what, said in MANAGEMENT:
        g.add(C(what, span=2), C(said, span=2), C("", span=2))
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=3), C("全年实际完成情况", span=3))
    g.add(C(GOAL, span=3), C(DONE, span=3))
    g.add("绩效指标", "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "")
    return Doc(TITLE, [TITLE, g])
