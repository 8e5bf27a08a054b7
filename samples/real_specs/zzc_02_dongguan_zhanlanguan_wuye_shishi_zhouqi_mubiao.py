"""东莞展览馆's 东莞市财政项目支出绩效目标表 (2022 年度) for its 物业管理费支出 (广东, 东莞), posted on the museum's own
site (dgec.org.cn) on 2022-02-17, as the stored page gives it: the page's 发布时间 / 浏览量 line, the title and
( 2022 年度) (spaces inside the brackets), a 预算单位:东莞展览馆 line, then the table in Dongguan's 市级 form: 项目名称
(written 项目 名称, the cell's line break shown as a space) beside 本年度申请市财政预算资金(万元) | 282.92; 总体目标
merged down over two blocks side by side, 实施周期总目标(2022年--2024年) and 年度目标, each one long paragraph (the
年度 one with a space before the amount: 中标金额为 282.92万元); and the indicators likewise in two blocks side by
side under a 绩效指标 label: 一级 指标 | 二级 指标 | 三级 指标 | 实施周期指标值 on the left and 二级 指标 | 三级 指标 |
当年度指标值 on the right, one 一级 column serving both.  Both blocks repeat the same names and, so far as the page
goes, the same values; 质量指标 is merged down on both sides.  The first target is two areas in one cell
(建筑面积2.6万平方米,展示面积1万平方米), not one amount.  The stored page breaks off at the next row's 三级 name
(维修施工验收合格率, with no value after it): the rebuild ends after the 物业管理各项任务完成达标率 row, so the rest of
the 产出 block, the 效益 and 满意度 rows and anything below the table are missing.

Decided, as the template of 北关镇 (templates.long_term) reads such a table: the values are the 当年度指标值 (the
right block), the goal is the 年度目标, the 实施周期 block is extra.  The area pair is text."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.dgec.org.cn/news_show/1361",
    "title": "东莞市财政项目支出绩效目标表(2022年度) 预算单位:东莞展览馆 物业管理费支出",
    "issuer": "东莞展览馆",
    "province": "广东",
    "year": 2022,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "东莞展览馆2022年物业管理费支出绩效目标表.html"

PERIOD_GOAL = ("东莞展览馆是“十一五”期间我市投资兴建的标志性文化场馆,用于展示我市五千年悠久历史、改革开放成就和未来的规划,"
               "隶属东莞市文化广电旅游体育局,是财政全额拨款的事业单位,位于东莞市中心广场鸿福路97号,每年为维护保养建筑面积"
               "2.6万平方米,展示面积约1万平方米的场馆,我馆物业管理费通过公开招标确定,用于维持场馆正常开放运转,达到场馆环境"
               "舒适优美,增强观众参观舒适感的目的,不断提升服务品质。")
YEAR_GOAL = ("东莞展览馆是“十一五”期间我市投资兴建的标志性文化场馆,用于展示我市五千年悠久历史、改革开放成就和未来的规划,"
             "2022年,为维护建筑面积2.6万平方米,展示面积约1万平方米的场馆正常运转配套,我馆物业管理费2021年7月到期后已通过"
             "公开招标,中标金额为 282.92万元,用于维持场馆正常开放运转配套,达到场馆环境舒适优美,增强观众参观舒适感的目的,"
             "不断提升服务品质。")
AREA = "建筑面积2.6万平方米,展示面积1万平方米"


def doc() -> Doc:
    g = Grid(8)
    g.add("项目 名称", C("物业管理费支出", span=3), C("本年度申请市财政预算资金(万元)", span=2),
          C("282.92", span=2))
    g.add(C("总体目标", down=2), C("实施周期总目标(2022年--2024年)", span=4), C("年度目标", span=3))
    g.add(C(PERIOD_GOAL, span=4), C(YEAR_GOAL, span=3))
    g.add(C("绩效指标", down=4), "一级 指标", "二级 指标", "三级 指标", "实施周期指标值", "二级 指标", "三级 指标",
          "当年度指标值")
    g.add(C("产出指标", down=3), "数量指标", "物管服务面积", AREA, "数量指标", "物管服务面积", AREA)
    g.add(C("质量指标", down=2), "物业管理保障工作合格率", "100%", C("质量指标", down=2), "物业管理保障工作合格率",
          "100%")
    g.add("物业管理各项任务完成达标率", "100%", "物业管理各项任务完成达标率", "100%")
    return Doc("东莞市财政项目支出绩效目标表", [
        "发布时间:2022-02-17 浏览量:32218",
        "东莞市财政项目支出绩效目标表",
        "( 2022 年度)",
        "预算单位:东莞展览馆",
        g,
    ])
