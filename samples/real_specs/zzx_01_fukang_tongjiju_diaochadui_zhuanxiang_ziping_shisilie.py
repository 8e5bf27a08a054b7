"""阜康市统计局's 2023 项目支出绩效自评表 of a 国家统计局调查队 fund (新疆, 昌吉州, 阜康市), as the
city's site shows it in the page (an HTML table): the article title (阜康市统计局昌州财行(2022)10号
国家统计局调查队专项经费项目支出绩效自评表, the fund's allocation document number run into the
project's name with one space), a metadata table (索  引  号 | FK020/2024-000112 | 主题分类, 名
称 across, 文        号 | 发布日期 | 2024-09-26 12:55:40, 发文单位 | 阜康市统计局 | 发布机构 | 阜康
市政府网; the labels padded with spaces as the site prints them), then 项目支出绩效自评表 and (2023
年度) above the form.

The form is 新疆's self-evaluation form with its own columns, wider than the national 自评表: 项目名
称 across, 主管部门 beside 实施单位 (both 阜康市统计局); a 项目资金(万元) label merged down beside a
head 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 分值权重 | 执行率 | 得分, the year's budget
cut from 5.28 to 1.96 (年度资金总额 5.28 | 1.96 | 1.96 | 10 | 100.00% | 10; 其中:当年财政拨款 the
same with - in the score cells; 其他资金 0.00 three times), no 上年结转资金 row; 年度总体目标 merged
down over 总体目标 | 总体目标完成情况, the target two numbered sentences run together in one cell
(1.… 2.…; the first still dates its deadline in 2022) and the completion one paragraph; then the
indicator head of thirteen columns: 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设置依据 | 上年
完成值 | 指标分值权重 | 指标赋分规则 | 佐证资料 | 指标实际完成值 | 完成率 | 指标得分 | 偏差原因分析
及改进措施.

Rebuilt: the stored page shows no text in the head row's first column, and its next row opens with a
caption (年度绩效指标完成情况) that must stand in that column, merged down over the indicator rows:
the head row is given an empty first cell.  The stored page is cut right after that caption and the
first 一级 label (产出指标), so that row and all that follows are left out: no indicator row is
readable.

Decided: the unit is the 实施单位 阜康市统计局 (also the 主管部门 and the 发文单位); the year is the
form's 2023年度; the project's name is the 项目名称 cell as written, document number and space
included; the budget is the 年初预算数 5.28万元 (52,800 元), as every truth of a form that has both
columns takes it (the project's budget as set; the 全年预算数 1.96 is what the year cut it to, kept as
a field), its sources 当年财政拨款 5.28 and 其他资金 0.00 as written; the goals are the two numbered
sentences of the 总体目标 cell without their numbers (the 总体目标完成情况 reports what was done).
"""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.fk.gov.cn/gk/yjs/908895.htm",
    "title": "阜康市统计局昌州财行(2022)10号 国家统计局调查队专项经费项目支出绩效自评表",
    "issuer": "阜康市统计局",
    "province": "新疆",
    "year": 2023,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "阜康市统计局国家统计局调查队专项经费项目支出绩效自评表(2023年度).html"

UNIT = "阜康市统计局"
TITLE = "阜康市统计局昌州财行(2022)10号 国家统计局调查队专项经费项目支出绩效自评表"
PROJECT = "昌州财行(2022)10号 国家统计局调查队专项经费"
GOALS = ("1.根据《关于拨付国家统计局昌吉调查队专项经费的通知》在2022年12月31日前至少给120人发放以"
         "36.66元每月的记账户补贴费。生产以居民收入和生活支出为核心的数据产品,满足研究制定城乡统筹"
         "政策和民生政策的需要,为国民经济核算和居民消费价格指数权重制定提供基础数据。2.全面、准确、"
         "及时了解本地区城乡居民收入、消费及其他生活状况,客观监测居民收入分配格局和不同收入层次居民"
         "的生活质量。")
DONE = ("截至2023年12月31日,本项目完成住户数据产品120人,政策咨询建议完成率为100%,2023年2月24日,"
        "政策咨询建议及时率为100%,项目的实施有益于提高统计能力建设 ,有益于统计数据传播环境的营造,"
        "被调查户满意度达100%。")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值",
        "指标分值权重", "指标赋分规则", "佐证资料", "指标实际完成值", "完成率", "指标得分",
        "偏差原因分析及改进措施")


def _meta() -> Grid:
    m = Grid(4)
    m.add("索  引  号", "FK020/2024-000112", "主题分类", "")
    m.add("名        称", C(TITLE, span=3))
    m.add("文        号", "", "发布日期", "2024-09-26 12:55:40")
    m.add("发文单位", UNIT, "发布机构", "阜康市政府网")
    return m


def _money(label: str, first: str, year: str, done: str, score: tuple[str, str, str]
           ) -> list[C | str]:
    weight, rate, got = score
    return [C(label, span=3), C(first, span=2), C(year, span=2), C(done, span=2), C(weight, span=2),
            rate, got]


def doc() -> Doc:
    g = Grid(14)
    g.add(C("项目名称", span=2), C(PROJECT, span=12))
    g.add(C("主管部门", span=2), C(UNIT, span=5), C("实施单位", span=2), C(UNIT, span=5))
    g.add(C("项目资金\n(万元)", down=4), C("资金来源", span=3), C("年初预算数", span=2),
          C("全年预算数", span=2), C("全年执行数", span=2), C("分值权重", span=2), "执行率", "得分")
    g.add(*_money("年度资金总额", "5.28", "1.96", "1.96", ("10", "100.00%", "10")))
    g.add(*_money("其中:当年财政拨款", "5.28", "1.96", "1.96", ("-", "-", "-")))
    g.add(*_money("其他资金", "0.00", "0.00", "0.00", ("-", "-", "-")))
    g.add(C("年度总体目标", down=2), C("总体目标", span=7), C("总体目标完成情况", span=6))
    g.add(C(GOALS, span=7), C(DONE, span=6))
    g.add("", *HEAD)
    return Doc(TITLE, [TITLE, _meta(), "项目支出绩效自评表", "(2023年度)", g])
