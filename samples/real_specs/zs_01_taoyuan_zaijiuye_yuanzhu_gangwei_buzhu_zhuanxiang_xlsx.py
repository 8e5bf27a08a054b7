"""桃源县财政局 (常德, 湖南) 2021: the 专项资金绩效目标表 of 再就业援助对象岗位补贴财政补差资金 (the top-up the county pays
on the 解困工资 of 再就业援助 recipients, posted 2021-02-10 by its 社会保障股 under the page title "2021年再就业援助对象
岗位补贴财政补差资金目标申报表"), rebuilt as the workbook a clerk fills in.  Hunan's 专项 form rather than a project's: a
title and "(2021年)" above a 填报单位 line, then 专项名称 beside 专项属性 whose answer is a pair of check boxes in one cell
(延续专项√ 新增专项□), 部门名称 beside 资金总额(万元) 380 (a typed number, the unit in the label), 专项立项依据 naming a
联席会议 working group's notice, a 专项实施进度计划 block (内容 | 计划开始时间 | 计划完成时间, dates written 2021.01.01),
both a 专项长期绩效目标 and a 专项年度绩效目标, and an indicator block captioned 专项/年度/绩效/指标 down its left with
six columns: 一级 | 二级 | 三级 | 指标内容 (a sentence restating the 三级) | 指标值 | 绩效标准 (计划标准, once 历史标准).
Rates are written per month then person (1130元/月/人, 143元/月/人); the budget line is bounded with the full-width
≦ and a bare 万 (≦380万).  The stored page is cut inside the first 效益指标 row (社会效益 | 社会稳定 | 项目实施对维护社会
稳定产生影响, its 指标值 lost): the rebuild ends after the last whole row (预算成本).  The grid's merges (the 专项名称 and
部门名称 values over three columns, the 进度计划 caption over two rows, 产出指标 and the 质量/成本 二级 cells merged down)
are the standard layout of this form, read from the run-together text of the page; the 长期 goal is kept only in the
sheet."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_123020",
    "title": "2021年再就业援助对象岗位补贴财政补差资金目标申报表",
    "issuer": "桃源县财政局",
    "province": "湖南",
    "year": 2021,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "2021年再就业援助对象岗位补贴财政补差资金目标申报表.xlsx"

NAME = "再就业援助对象岗位补贴财政补差资金"
BASIS = "桃源县处理信访突出问题及群体性事件联席会议退役士兵工作组 《关于提高退役士兵就业援助工资标准的通知》"
LONG_TERM = "组织实施再就业援助对象岗位补贴,维护社会和谐稳定,提高居民参军的积极性。"
ANNUAL = "通过本项目实施,按规定及时发放再就业援助对象岗位补贴,保障了再就业援助对象相关待遇,维护了社会稳定。"

# 三级指标 | 指标内容 | 指标值 | 绩效标准, by 二级指标
ROWS = [
    ("数量指标", [("补助人数", "实际发放解困工资人数", "250人", "计划标准")]),
    ("质量指标", [("补贴覆盖率", "对符合条件的对象发放解困工资的覆盖率", "100%", "历史标准"),
                  ("对象合规率", "补贴对象合规率", "100%", "计划标准"),
                  ("补贴准确率", "补贴发放准确率", "100%", "计划标准")]),
    ("时效指标", [("完成及时率", "各项工作按计划进度及时完成", "100%", "计划标准")]),
    ("成本指标", [("补贴标准", "解困工资发放标准", "1130元/月/人", "计划标准"),
                  ("提标补差标准", "解困工资提标补差标准", "143元/月/人", "计划标准"),
                  ("预算成本", "项目预算成本,预算成本明细详见项目构成分解", "≦380万", "计划标准")]),
]


def doc() -> Doc:
    n = sum(len(rows) for _, rows in ROWS)
    g = Grid(7)
    g.add("专项名称", C(NAME, span=3), "专项属性", C("延续专项√     新增专项□", span=2))
    g.add("部门名称", C("桃源县财政局", span=3), "资金总额\n(万元)", C("380", span=2, value=380))
    g.add("专项立项\n依据", C(BASIS, span=6))
    g.add(C("专项实施进度计划", down=2), C("专项实施内容", span=4), "计划开始时间", "计划完成时间")
    g.add(C("再就业援助对象岗位补贴(按月发放,分两次与县财政结账)", span=4), "2021.01.01", "2021.12.31")
    g.add("专项长期绩效目标", C(LONG_TERM, span=6))
    g.add("专项年度绩效目标", C(ANNUAL, span=6))
    g.add(C("专项\n年度\n绩效\n指标", down=n + 1), "一级指标", "二级指标", "三级指标", "指标内容", "指标值",
          "绩效标准")
    first = True
    for level2, rows in ROWS:
        for i, (level3, content, value, basis) in enumerate(rows):
            lead = [C("产出指标", down=n)] if first else []
            first = False
            mid = [C(level2, down=len(rows))] if i == 0 else []
            g.add(*lead, *mid, level3, content, value, basis)
    return Doc(SOURCE["title"], ["专项资金绩效目标表", "(2021年)", "填报单位:桃源县财政局", g])
