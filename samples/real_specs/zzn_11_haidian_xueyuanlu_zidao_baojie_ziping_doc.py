"""北京市海淀区学院路街道城市运行服务中心's 2016 项目支出绩效自评表 for 【体制】自管道路清扫保洁外包工作经费 (北京,
海淀区, 学院路街道办事处), a .doc shared on a document library (天天文库, 项目支出绩效自评表.doc, 2 pages), as the
library's preview text gives it -- the first province-level city of its kind here: Beijing's district self-evaluation
form of 2016.  What sets it apart: the project's name carries Beijing's category tag in lenticular brackets (【体制】,
the 体制 projects of the district budget); 主管部门及代码 names the 街道办事处 with no code, and the 实施单位 label keeps
its colon (实施单位:); the money block is one row narrower than the national one -- 年初预算数(A) | 全年执行数(B) |
分值(10分) | 执行率(B/A) | 得分 | 得分计算方法, no 全年预算数, the 得分计算方法 a sentence in the 年度资金总额 row
(执行率*该指标分值,最高不得超过分值上限。), the rate rounded to 50% for 154.74 of 310.2; 年度总体目标 is two long texts
side by side with no 预期目标 / 实际完成情况 captions; the indicator block puts 分值 BEFORE 年度指标值(A) and 全年实际值(B)
and adds a 得分计算方法 column before 得分 and 未完成原因分析; the one indicator shown is a yes/no question (是否完成绩效
目标申报表中申报的数量) whose 年度指标值 and 实际值 are the row's points, 12.5 -- the clerk wrote the score, not a count;
the 一级 cell 产出指标(50分) carries its weight.

The preview cuts the text into numbered pieces (1、 2、 3、) at fixed lengths, once inside 科学管理 and once inside the
second 12.5 (…申报的数量12.51 / 3、2.512.5…): the pieces are joined here and the markers dropped.  The stored page
breaks off in the second indicator row (质量指标 / 是否达到国…): the rebuild ends after the first row, so 产出指标(50分)
covers one row only.

Decided: the unit is the 实施单位 北京市海淀区学院路街道城市运行服务中心 (the form has no 填报单位; the 主管部门 is the
街道办事处); the year is the form's 2016年度; the project's name is the 项目名称 cell as written, the 【体制】 tag
included (it is part of the name the district's system gives the project); the budget is the 年初预算数(A) 310.2 万元
(154.74 is the 全年执行数); the goal is the left one of the two 年度总体目标 texts (the right one reports what was
done); the joined pieces read 12.5 | 12.5 | 12.5 | 完成值达到指标值… | 12.5 as 分值 | 年度指标值(A) | 全年实际值(B) |
得分计算方法 | 得分."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.wenku365.com/s-60761775.html",
    "title": "项目支出绩效自评表.doc",
    "issuer": "北京市海淀区学院路街道城市运行服务中心",
    "province": "北京",
    "year": 2016,
    "kind": "项目支出绩效自评表",
    "format": "doc",
}
FILE = "项目支出绩效自评表(2016年度 学院路街道 自管道路清扫保洁外包工作经费).doc"

PROJECT = "【体制】自管道路清扫保洁外包工作经费"
GOAL = ("通过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的,实现科学管理,充分发挥项目"
        "资金在地区自管小区、小广告、三级以下道路、无主垃圾渣土清运及重大活动环境卫生保障工作中的作用,将自管道路保洁"
        "进行外包,更好的服务于本地区政治、经济、文化等各项事业的发展")
DONE = ("按照年初设定目标,将辖区20条城市道路清扫保洁、4处居民生活区小广场清扫保洁业务通过公开招投标方式进行了外包,"
        "通过地区自管道路清扫保洁外包项目的实施,使地区环境卫生及社区环境更加优美,为建设全国文明城区及建设美丽学院路"
        "做出了贡献")
RULE = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。"


def doc() -> Doc:
    g = Grid(10)
    g.add("项目名称", C(PROJECT, span=9))
    g.add("主管部门及代码", C("北京市海淀区人民政府学院路街道办事处", span=3), C("实施单位:", span=2),
          C("北京市海淀区学院路街道城市运行服务中心", span=4))
    g.add(C("项目资金(万元)", down=4), C("", span=3), "年初预算数(A)", "全年执行数(B)", "分值(10分)",
          "执行率(B/A)", "得分", "得分计算方法")
    g.add(C("年度资金总额:", span=3), "310.2", "154.74", "10", "50%", "5", "执行率*该指标分值,最高不得超过分值上限。")
    g.add(C("其中:本年一般公共预算拨款", span=3), "310.2", "154.74", "", "", "", "")
    g.add(C("其他资金", span=3), "", "", "", "", "", "")
    g.add("年度总体目标", C(GOAL, span=4), C(DONE, span=5))
    g.add(C("绩效指标", down=2), "一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)",
          "得分计算方法", "得分", "未完成原因分析")
    g.add("产出指标(50分)", "数量指标", "是否完成绩效目标申报表中申报的数量", "12.5", "12.5", "12.5", RULE, "12.5", "")
    return Doc("项目支出绩效自评表", ["项目支出绩效自评表(2016年度)", g], landscape=True)
