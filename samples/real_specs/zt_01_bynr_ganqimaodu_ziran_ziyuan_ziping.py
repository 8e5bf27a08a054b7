"""巴彦淖尔市自然资源局甘其毛都口岸分局 (内蒙古, a county-level branch of the city's 自然资源局 at the 甘其毛都 border
port) 2024 项目支出绩效自评表 for its 自然资源业务支出项目, as the bureau's site shows it at the head of the
branch's 2024年度决算公开报告 page: the report's title as a line, then the table, here rebuilt as a Word file.

The form is the Inner Mongolia 自评表 with twelve columns in the indicator block: 绩效指标 | 一级指标 | 二级指标 |
三级指标 | 指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施.  Two
things in it are laid out against the usual: 指标性质 holds the direction word (正向) and 指标方向 holds the
comparison, written in words (大于等于 / 小于等于 / 等于) -- the reverse of the Sichuan sheets, where 指标性质 is
the ≥ and 指标方向性 the 正向指标; and the comparison disagrees with the direction once (指标2:宣传美工制作个数(个)
is 正向 but 小于等于 1 个).  The target column holds bare numbers (1, 100) with the unit in 计量单位 (次, 个, %),
and the 三级 names carry the unit again in brackets (租车次数(次)).  Under the header row the page has two empty
cells before 数量指标: the 绩效指标 caption column is not merged down (it has its own empty cell) and the 一级指标
cell is empty (no 产出指标 anywhere), so the rows have no level 1.

The money block (万元) is 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 with 年初预算数 0 on every
row (the money came in the year: 2.38 = 0.58 财政拨款 + 1.8 其他资金), —— in the cells that take no figure, and
an 执行率 of 0 beside 其他资金's 1.8 executed of 1.8.  The 年度总体目标 row has 预期目标 (one goal, 目标1:…, ending in a
half-width full stop) and a longer 实际完成情况 that reads like the bureau's duties.

The stored page breaks off at the 时效指标 row (its 三级 cut after 指标): the rebuild ends with the two 质量指标
rows.  The spans of the label and money cells (the page gives only the cells, padded to twelve columns) are
inferred: each block is spread over the twelve columns."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html",
    "title": "2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告",
    "issuer": "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局",
    "province": "内蒙古",
    "year": 2024,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告(项目支出绩效自评表).docx"

UNIT = "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局"
GOAL = "目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要."
DONE = ("负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,"
        "负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;"
        "负责辖区内测绘地理信息管理工作,推动自然资源领域科技发展。")


def doc() -> Doc:
    g = Grid(12)
    g.add(C("项目支出绩效自评表 (2024年度)", span=12))
    g.add(C("项目名称", span=2), C(UNIT + "自然资源业务支出项目", span=10))
    g.add(C("主管部门", span=2), C("内蒙古自治区巴彦淖尔市自然资源局(部门)", span=4),
          C("实施单位", span=2), C(UNIT, span=4))
    g.add(C("项目资金 (万元)", down=4), C("", span=2), C("年初预算数", span=2), C("全年预算数", span=2),
          C("全年执行数", span=2), "分值", "执行率(%)", "得分")
    g.add(C("年度资金总额", span=2), C("0", span=2), C("2.38", span=2), C("2.38", span=2), "10", "100", "10")
    g.add(C("其中:财政拨款", span=2), C("0", span=2), C("0.58", span=2), C("0.58", span=2), "——", "100", "——")
    g.add(C("其他资金", span=2), C("0", span=2), C("1.8", span=2), C("1.8", span=2), "——", "0", "——")
    g.add(C("年度总体目标", down=2), C("预期目标", span=5), C("实际完成情况", span=6))
    g.add(C(GOAL, span=5), C(DONE, span=6))
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值",
          "计量单位", "分值", "得分", "偏差原因分析及改进措施")
    g.add(C("", down=4), C("", down=4), C("数量指标", down=2), "指标1:租车次数(次)", "正向", "大于等于",
          "1", "1", "次", "8", "8", "")
    g.add("指标2:宣传美工制作个数(个)", "正向", "小于等于", "1", "1", "个", "7", "7", "")
    g.add(C("质量指标", down=2), "指标1:租车达标率", "正向", "等于", "100", "100", "%", "8", "8", "")
    g.add("指标2:宣传合格率", "正向", "等于", "100", "100", "%", "7", "7", "")
    return Doc(SOURCE["title"], [SOURCE["title"], g], landscape=True)
