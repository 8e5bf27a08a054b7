"""南充市林业局's 2023 部门预算项目支出绩效自评表 for 退耕还林工程建设专项工作经费 (四川 南充), as the bidcenter
mirror shows it: the page text a recognition of the attachment's image, opened by the mirror's own warning
(详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)), the form's title the first row of the
table itself.  Sichuan's 11-column form (项目名称 with its 21-character 项目编码 run in, 实施单位(盖章), the
预算执行情况(10分) block of 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 and the
绩效指标(90分) block whose 指标值 is split into 指标性质 | 指标值 | 度量单位) but read off an image: the
主管部门 cut to 南充市林业, the 预算执行数 cell three columns wide (over the 指标性质 | 指标值 | 度量单位 columns of
the block below), the 年度目标 and its 完成情况 under a 1.项目年度目标完成情况 caption that spans two rows, the
完成情况 shorter than the target (the 2018 验收 sentence dropped), no note in the 原因 column, the score of the
总额 row empty, and the unit of the first indicator doubled into its name (会议培训举办次数(次) | ≥ | 1 | 次).  The
stored page breaks off in that first indicator row, after its 完成值 (1): the rebuild ends there, the row's
权重 / 得分 / 未完成原因分析 left empty."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-317588907.html",
    "title": "部门预算项目支出绩效自评表(2023年度) 51130021T000000229367-退耕还林工程建设专项工作经费",
    "issuer": "南充市林业局",
    "province": "四川",
    "year": 2023,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "部门预算项目支出绩效自评表(2023年度)-退耕还林工程建设专项工作经费(南充市林业局).html"

TITLE = "部门预算项目支出绩效自评表(2023年度)"
WARNING = "详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)"
GOAL = ("实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。协助完成国家林业局对我市2018"
        "年度新一轮退耕还林检查验收,以会代训开展退耕还林业务培训,对新从业人员进行培训等。")
DONE = ("实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。以会代训开展退耕还林业务培训,"
        "对新从业人员进行培训等。")


def doc() -> Doc:
    g = Grid(11)
    g.add(C(TITLE, span=11))
    g.add(C("项目名称", span=2), C("51130021T000000229367-退耕还林工程建设专项工作经费", span=9))
    g.add(C("主管部门", span=2), C("南充市林业", span=5), "实施单位(盖章)", C("南充市林业局", span=3))
    g.add(C("项目基本情况", down=3), C("1.项目年度目标完成情况", down=2), C("项目年度目标", span=5),
          C("年度目标完成情况", span=4))
    g.add(C(GOAL, span=5), C(DONE, span=4))
    g.add("2.项目实施内容及过程概述", C(GOAL, span=9))
    g.add(C("预算执行情况(10分)", down=6), "年度预算数(万元)", "年初预算", "调整后预算数",
          C("预算执行数", span=3), "预算执行率", "权重", "得分", "原因")
    g.add("总额", "5.00", "5.00", C("5.00", span=3), "100.00%", "10", "", "")
    g.add("其中:财政资金", "5.00", "5.00", C("5.00", span=3), "100.00%", "/", "/", "")
    g.add("财政专户管理资金", "0.00", "0.00", C("0.00", span=3), "0.00%", "/", "/", "")
    g.add("单位资金", "0.00", "0.00", C("0.00", span=3), "0.00%", "/", "/", "")
    g.add("其他资金", "", "", C("", span=3), "", "/", "/", "")
    g.add(C("绩效指标(90分)", down=2), "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
          "完成值", "权重", "得分", "未完成原因分析")
    g.add("产出指标", "数量指标", "会议培训举办次数(次)", "≥", "1", "次", "1", "", "", "")
    return Doc(TITLE, [WARNING, g], landscape=True)
