"""重庆市潼南区五桂镇 2023 一般性项目绩效目标表 (表十二, one block per project stacked in one table): no 一级/二级 columns at all, only 指标 with 指标权重, 计量单位 (人数, %, 万元), 指标性质 (≥, =, 定性) and a bare 指标值; 定性 rows with no value; the unit as "813-潼南区五桂镇" in an 编制单位 row; 当年预算 in 万元; the page's copy is cut inside the third block, so the first two blocks are kept whole."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.cqtn.gov.cn/jz/wgz/zwgk_25192/fdzdgknr_25194/czyjs_25199/ys/202310/t20231019_12445338_wap.html",
    "title": "重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表",
    "issuer": "重庆市潼南区五桂镇人民政府",
    "province": "重庆",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表.docx"


def block(g: Grid, name: str, budget: str, overview: str, basis: str, goal: str,
          rows: list[tuple[str, str, str, str, str]]) -> None:
    g.add("表十二", "", "", "", "", "")
    g.add(C("2023年一般性项目绩效目标表(一级项目)", span=6))
    g.add("编制单位:", C("813-潼南区五桂镇", span=3), C("单位:万元", span=2))
    g.add("专项资金名称", C(name, span=5))
    g.add("业务主管部门", C("813-潼南区五桂镇", span=5))
    g.add("当年预算", C(budget, span=5))
    g.add("项目概况", C(overview, span=5))
    g.add("立项依据", C(basis, span=5))
    g.add("当年绩效目标", C(goal, span=5))
    g.add(C("绩效指标", down=len(rows) + 1), "指标", "指标权重", "计量单位", "指标性质", "指标值")
    for r in rows:
        g.add(*r)


def doc() -> Doc:
    g = Grid(6)
    block(g, "潼南区五桂镇汇总项目库", "229.66", "潼南区五桂镇项目汇总", "潼南区五桂镇项目汇总",
          "按时足额发放,保障权益", [
              ("发放人数", "20", "人数", "≥", "80"),
              ("是否按时足额发放", "10", "%", "≥", "95"),
              ("促进社会和谐", "20", "", "定性", ""),
              ("保障收入", "20", "", "定性", ""),
              ("保障权益", "20", "", "定性", ""),
          ])
    block(g, "在职村村干部补助", "9.31", "对村民委员会村党支部的补助,按月发放给在职村社干部的工资",
          "渝财(2022)00001", "按月及时足额发放在职村社干部的工资。", [
              ("按月发放", "20", "次", "=", "1"),
              ("本土人才满意度", "10", "%", "≥", "95"),
              ("发放金额", "20", "万元", "≥", "9.31"),
              ("领取补助人数", "20", "人", "≥", "100"),
              ("促进经济发展", "20", "", "定性", ""),
          ])
    return Doc("重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表",
               ["重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表", g])
