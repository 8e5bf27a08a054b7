"""黄果树旅游区财政局's 2024 评价 of 黄果树镇人民政府's 2023 村干部报酬项目 (贵州, 安顺), as the district's page
shows the report's first pages, here as the Word file: a cover of lines (the project's name over two lines,
绩效评价报告, 报告编号, 委托单位, 评价机构, 报告时间, 评价分值:88.64分评价等级:良 run together), then the 概要
table with its unit line (单位:万元、类、个) run into the evaluator's line, and rows of three keys and values side
by side (项目名称 | … | 评价年度 | 2023; 主管部门 | 黄果树镇人民政府; 自评方式 | 单位自评 | 自评分值 | 100 | 自评等级
| 优; 各级资金 投入总数 | 246.37 | 抽查资金总数 | 246.37 | 资金抽查占比 | 100%; …), 满意度 情况 78.34%, and a
绩效目标 实现情况 paragraph.  The stored page is cut inside the 评价问题 简要情况 row, which is left out with what
follows: no indicator table is shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://hgsgwh.anshun.gov.cn/xwzx/tzgg/202412/t20241231_86441567.html",
    "title": "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目绩效评价报告",
    "issuer": "黄果树旅游区财政局",
    "province": "贵州",
    "year": 2023,
    "kind": "项目支出绩效评价报告(概要表)",
    "format": "html",
}
FILE = "黄果树镇人民政府2023年村干部报酬项目绩效评价报告.docx"

NAME = "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目"
ACHIEVED = ("黄果树镇人民政府村干部报酬项目2023年绩效目标已完全实现。综合来看,黄果树旅游区黄果树镇人民政府2023年度村干部"
            "报酬项目在项目立项、项目资金投入、资金管理方面的完成情况都相对较好,项目管理制度较为健全,且执行有效。在促进"
            "区域经济、提高村干部工作积极性和村干部报酬可持续增长机制建立方面的成效均较为明显,但还存在绩效目标编制不完整、"
            "绩效指标与绩效目标关联性不强、绩效自评工作质量不高、村干部满意度不高等问题。")


def doc() -> Doc:
    g = Grid(9)
    g.add(C("评价分值:88.64分评价等级:良", span=9))
    g.add(C("概要", span=9))
    g.add(C("评价机构全称(盖章):贵州中略管理咨询有限公司单位:万元、类、个", span=9))
    g.add("项目名称", C(NAME, span=3), "评价年度", C("2023", span=4))
    g.add("财政主管处室", C("预算科", span=3), "联系人及联系方式", C("李朝娥18885350127", span=4))
    g.add("主管部门", C("黄果树镇人民政府", span=3), "联系人及联系方式", C("黄艳18984678067", span=4))
    g.add("自评方式", "单位自评", "自评分值", "100", "自评等级", C("优", span=4))
    g.add("各级资金 投入总数", "246.37", "抽查资金总数", "246.37", "资金抽查占比", C("100%", span=4))
    g.add("区级财政资金拨付数", "246.37", "区级财政资金抽查数", "246.37", "区级财政资金抽查占比", C("100%", span=4))
    g.add("项目类别", "1", "抽查类别", "1", "类别抽查占比", C("100%", span=4))
    g.add("项目数量", "1", "抽查项目数", "1", "项目抽查占比", C("100%", span=4))
    g.add("涉及市县数 或项目点", "1", "抽查市县数或项目点", "1", "抽查 区域", C("1", span=4))
    g.add("发放调查 问卷", "36", "有效调查 问卷", "36", "满意度 情况", C("78.34%", span=4))
    g.add("绩效目标 实现情况", C(ACHIEVED, span=8))
    return Doc("村干部报酬项目绩效评价报告", [
        NAME, "村干部报酬项目", "绩效评价报告", "报告编号:ZL-YSJX-2024-0049", "委托单位:黄果树旅游区财政局",
        "评价机构:贵州中略管理咨询有限公司", "报告时间:2024年12月", g,
    ])
