"""宁乡市坝塘镇人民政府 2021 项目绩效目标表 (湖南, 长沙; 镇域内基础设施建设), an uploaded document
shown page by page by renrendoc: the older Hunan 申报 template with the unit only in a "填报单位(盖章):"
line, 项目属性 as checkboxes (新增项目□ 延续项目√), a blank 主管部门编码 and 联系电话, the money in ONE
cell of lines (总额10606.7522万元 / 财政拨款:…(其中:上级财政资金:…;本级财政:0万元) / 二、自有资金:0万元 /
三、其他:3683.3970万元, the first line of the numbered list without its 一、), a 项目立项情况 block of
three label rows, a 项目实施进度计划 with year-only dates, 长期目标 beside 年度目标, and then TWO
indicator blocks stacked, 长期绩效指标 over 年度绩效指标, each with its caption merged down the left
and its own header (一级指标 | 二级指标 | 指标内容 | 指标值 | 备注): no 三级 names at all, the clerk
typed numbers into 指标内容 (88, 68, 20) and 100 into 指标值 on every row; a "…" row after 成本指标;
社会公众或服务对象满意度指标 as a 二级 under 效益指标.  The preview's text runs the cells together and
loses 话 and 项 of "联系电话 | 项目起止时间"; they are restored.  It is cut inside the last row of the
年度 block (社会公众或服务对象满意度指标): the table ends after 可持续影响指标."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://renrendoc.com/paper/307484460.html",
    "title": "项目绩效目标表",
    "issuer": "宁乡市坝塘镇人民政府",
    "province": "湖南",
    "year": 2021,
    "kind": "项目绩效目标表",
    "format": "pdf",
}
FILE = "坝塘镇2021年项目绩效目标表(镇域内基础设施建设).pdf"

FUNDS = "\n".join([
    "总额10606.7522万元",
    "财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)",
    "二、自有资金:0万元",
    "三、其他:3683.3970万元",
])
OUTPUT = [("数量指标", "88"), ("质量指标", "88"), ("时效指标", "88"), ("成本指标", "88")]
EFFECT = [("经济效益指标", "88"), ("社会效益指标", "68"), ("生态效益指标", "20"), ("可持续影响指标", "20"),
          ("社会公众或服务对象满意度指标", "88")]


def block(g: Grid, caption: str, effect: list[tuple[str, str]]) -> None:
    g.add(C(caption, down=2 + len(OUTPUT) + len(effect)), "一级指标", "二级指标", "指标内容", "指标值", "备注")
    for i, (l2, content) in enumerate(OUTPUT):
        lead = [C("产出指标", down=len(OUTPUT) + 1)] if i == 0 else []
        g.add(*lead, l2, content, "100", "")
    g.add("…", "", "", "")
    for i, (l2, content) in enumerate(effect):
        lead = [C("效益指标", down=len(effect))] if i == 0 else []
        g.add(*lead, l2, content, "100", "")


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("镇域内基础设施建设", span=2), "项目属性", C("新增项目□      延续项目√", span=2))
    g.add("主管部门", C("坝塘镇", span=2), "主管部门编码", C("", span=2))
    g.add("项目单位", "坝塘镇", "项目负责人", "蒋建华", "联系电话", "")
    g.add("项目起止时间", C("2021年度", span=5))
    g.add("资金总额及构成", C(FUNDS, span=5))
    g.add("项目概况", C("镇域内水利、道路、机关、学校及乡村振兴等基础设施建设", span=5))
    g.add(C("项目立项情况", down=3), C("项目立项的依据", span=2), C("机关、学校、乡村振兴按发改立项", span=3))
    g.add(C("项目申报的可行性", span=2), C("已申报项目可行性评估", span=3))
    g.add(C("项目申报的必要性", span=2), C("为改善镇域内基础设施、振兴乡村", span=3))
    g.add(C("项目实施进度计划", down=3), C("项目实施内容", span=3), "开始时间", "完成时间")
    g.add(C("1总体概念规划", span=3), "2016", "2020")
    g.add(C("2、核心区规划", span=3), "2021", "2021")
    g.add(C("项目绩效目标", down=2), C("长期目标", span=2), C("年度目标", span=3))
    g.add(C("改善镇域内基础设施,振兴乡村经济", span=2),
          C("全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造", span=3))
    block(g, "长期绩效指标", EFFECT)
    block(g, "年度绩效指标", EFFECT[:-1])
    return Doc("项目绩效目标表", ["项目绩效目标表", "(2021年度)", "填报单位(盖章):宁乡市坝塘镇人民政府", g])
