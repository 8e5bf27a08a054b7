"""六安市农业农村局's 2024 项目支出绩效目标申报表 for its 农业技术推广工作经费 (安徽, 六安), as a mirror site
(floridajudgementcollections.com, an unrelated name that copies the 市农业农村局's 信息公开 page under the same path,
p6608321/10480765) shows it: the page title with the mirror's suffix (…预算绩效目标表-欧洲杯网络平台), the copied record
line (浏览次数:信息来源:市农业农村局发布时间:2024-02-07 09:33, run together) and 字号:, then the table.

The form is the Anhui 申报表 of m_05 (the same office's 农产品质检 page, 10480730, two numbers before this one):
the title, (  2024  年度) with its spaces and the 项目责任人(签字): / 单位(盖章): line as the table's first rows;
项目名称 with a category prefix (保障运转类-); 主管部门及代码 [066]六安市农业农村局 beside 实施单位; 项目属性 常年项目,
项目期 3年; a 项目资金 (万元) block with a 中期 and a 年度 half side by side and DIFFERENT (中期资金总额: 39.96 |
年度资金总额: 21.22, each with 其中:财政拨款 and 其他资金 0.00).  What sets it apart: the mirror drops the label of the
goal block -- where m_05 has 总 体 目 标 merged down beside the two captions the copy shows only blank lines -- so
the goals stand under 中期目标(2024年—2026年) and 年度目标 with no 总体目标 caption at all.

The stored page breaks off inside the 年度目标 cell (…农村实用人才培养等相): the 中期 goal is whole, the 年度 goal
is cut mid-word (it repeats the 中期 one word for word up to the cut); no indicator block is shown.

Decided: the unit is 六安市农业农村局 (实施单位 and 主管部门 alike; the mirror's name is no unit); year 2024; one
project, the 项目名称 with its prefix as m_05 keeps its own; budget the 年度资金总额 21.22万元 (212,200 元), not the
中期 39.96; funding the 年度 half's 财政拨款 21.22 and 其他资金 0.00 (written, so kept, as zzi_04 keeps them); no goals,
since the only 年度 goal is cut mid-word (the 中期 goal is the three years', not the year's: as zzi_01 reads a cut
年度 goal); no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://floridajudgementcollections.com/p6608321/10480765.html",
    "title": "六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表-欧洲杯网络平台",
    "issuer": "六安市农业农村局",
    "province": "安徽",
    "year": 2024,
    "kind": "项目支出绩效目标申报表",
    "format": "html",
}
FILE = "六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表.html"

MID_GOAL = ("通过项目实施,承担全市农技推广体系建设。组织实施主要农作物、经济作物、农业生产投入品的新品种、新技术、新成果引进、"
            "试验、示范、推广与保护以及此类重大项目的落实工作。承担土壤肥料技术推广、农作物病虫草害防治、农药监管、农作物品种的"
            "管理和种子市场质量监管、“一村一品”、农业信息、农业产业扶贫、农民教育培训、农村实用人才培养等相关工作。推动我市优势"
            "特色产业向规模化、区域化、商品化、品牌化发展,提升我市农业种植技术水平,实现农业生产节本、提质、增收、增效。")
# as far as the stored page goes
YEAR_GOAL = MID_GOAL[:MID_GOAL.index("关工作。")]


def doc() -> Doc:
    g = Grid(8)
    g.add(C("项目支出绩效目标申报表", span=8))
    g.add(C("(  2024  年度)", span=8))
    g.add(C("项目责任人(签字):", span=4), C("单位(盖章):", span=4))
    g.add(C("项目名称", span=2), C("保障运转类-六安市农业技术推广工作经费", span=6))
    g.add(C("主管部门及代码", span=2), C("[066]六安市农业农村局", span=2), "实施单位", C("六安市农业农村局", span=3))
    g.add(C("项目属性", span=2), C("常年项目", span=2), "项目期", C("3年", span=3))
    g.add(C("项目资金\n(万元)", span=2, down=3), "中期资金总额:", C("39.96", span=2), "年度资金总额:",
          C("21.22", span=2))
    g.add("其中:财政拨款", C("39.96", span=2), "其中:财政拨款", C("21.22", span=2))
    g.add("其他资金", C("0.00", span=2), "其他资金", C("0.00", span=2))
    g.add(C("", span=2, down=2), C("中期目标(2024年—2026年)", span=3), C("年度目标", span=3))
    g.add(C(MID_GOAL, span=3), C(YEAR_GOAL, span=3))
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "浏览次数:信息来源:市农业农村局发布时间:2024-02-07 09:33",
        "字号:",
        g,
    ])
