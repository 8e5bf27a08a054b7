"""济南市历城区文化馆's 区级部门预算项目支出绩效自评表 ( 2019 年度) (山东, 济南), posted on the 文化馆's own site
(jnslcqwhg.cn) on 2020-04-27, as the stored page gives it: the page's breadcrumb and 发布时间 / 发布者 line, the title,
( 2019 年度), a 主管部门(盖章): line with a run of spaces before 单位:万元 (kept as one), then the 济南 区级 form: 项目名称
商品和服务支出 (a budget class, not a project) beside 主管部门 济南市历城区文化和旅游局; 项目实施单位 济南市历城区文化馆
beside 项目负责人 and 联系电话; 年度总体目标 merged down over 年初设定目标 (历城区文化馆免费开放) | 年度总体目标完成
情况综述; a 项目预算执行情况(10分) block (年初预算数(A) 45 | 全年执行数(B) 45 | 分值 10 | 执行率(B/A) 100% | 得分 10
and a 得分计算方法 sentence; - in the score cells of 其中:财政拨款 and 其他资金, 其他资金's amounts empty); then the
indicators: 一级 | 二级 | 三级 | 预期指标值(A) | 实际完成指标值(B) | 分值 | 得分 | 未完成原因 | 得分计算方法, under a
label cell down the left whose text the page does not carry (blank lines only: a vertical caption lost), the 一级
cells showing only their weight, (50分) and (30分) (the category names lost the same way, as on 天长's page), every
二级 merged over its indicator and a spare row whose 三级 is a bare - (the template's second slot, left unfilled),
one more spare row after 成本指标 with - in both 二级 and 三级, and the two-sentence 得分计算方法 (定量指标计算 … /
定性指标计算 …) merged down the block.  The cost target is a bare 45万.  The stored page breaks off inside the
社会效益指标 row's 三级 text (促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、…), before
its values: the rebuild ends with the spare row after 经济效益指标, so the 社会效益, 可持续, 满意度 rows and the 总分
are missing.  经济效益指标 is written over two lines in its cell (经济效益 / 指标); it is rebuilt as one line.

Decided: the unit is the 项目实施单位 (the form names no 填报单位; the 主管部门 is the bureau); the 一级 is the weight
as written ((50分)), as the contract keeps a weight-only 一级 cell; the - rows are placeholders, not indicators;
45万 in a 成本指标 row is money (45 万元)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://jnslcqwhg.cn/newsinf_id_308.html",
    "title": "区级部门预算项目支出绩效自评表",
    "issuer": "济南市历城区文化馆",
    "province": "山东",
    "year": 2019,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "区级部门预算项目支出绩效自评表.html"

UNIT = "济南市历城区文化馆"
DONE = "用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。"
METHOD = ("定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n"
          "定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。")
SPARE = ["-", "", "", "", "", ""]  # 三级 - and nothing else (the 二级 above covers it)


def doc() -> Doc:
    g = Grid(10)
    g.add("项目名称", C("商品和服务支出", span=4), C("主管部门", span=2), C("济南市历城区文化和旅游局", span=3))
    g.add("项目实施单位", C(UNIT, span=3), C("项目负责人", span=2), "田延青", "联系电话", C("88894492", span=2))
    g.add(C("年度总体目标", down=2), C("年初设定目标", span=4), C("年度总体目标完成情况综述", span=5))
    g.add(C("历城区文化馆免费开放", span=4), C(DONE, span=5))
    g.add(C("项目预算\n执行情况\n(10分)", down=4), C("", span=2), "年初预算数(A)", "全年执行数(B)", "分值",
          "执行率(B/A)", "得分", C("得分计算方法", span=2))
    g.add(C("年度资金总额", span=2), "45", "45", "10", "100%", "10", C("执行率*该指标分值,最高不得超过分值上限。", span=2))
    g.add(C("其中:财政拨款", span=2), "45", "45", "-", "-", "-", C("", span=2))
    g.add(C("其他资金", span=2), "", "", "-", "-", "-", C("", span=2))
    g.add(C("", down=12), "一级\n指标", "二级\n指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)", "分值", "得分",
          "未完成原因", "得分计算方法")
    g.add(C("(50分)", down=9), C("数量指标", down=2), "全年免费开放", "100%", "100%", "12.5", "12.5", "",
          C(METHOD, down=11))
    g.add(*SPARE)
    g.add(C("质量指标", down=2), "免费开放管理制度健全、执行有效性", "100%", "100%", "12.5", "12.5", "")
    g.add(*SPARE)
    g.add(C("时效指标", down=2), "免费开放率", "100%", "100%", "12.5", "12.5", "")
    g.add(*SPARE)
    g.add(C("成本指标", down=2), "实际成本与工作内容的匹配程度", "45万", "45万", "12.5", "12.5", "")
    g.add(*SPARE)
    g.add("-", "-", "", "", "", "", "")
    g.add(C("(30分)", down=2), C("经济效益指标", down=2), "承担重要公益服务项目、助推民生事业发展", "100%", "100%",
          "10", "10", "")
    g.add(*SPARE)
    return Doc("区级部门预算项目支出绩效自评表", [
        "当前位置:首页 >> 内容详情内容详情",
        "区级部门预算项目支出绩效自评表",
        "发布时间:2020-04-27 发布者:admin",
        "( 2019 年度)",
        "主管部门(盖章): 单位:万元",
        g,
    ])
