"""大庆市部门预算项目支出绩效目标申报表 (黑龙江), the city's blank form as a document site shares it (附1, a .doc
of three pages): ( 年度) and 编制单位(盖章): left empty above the table, a 项目基本情况 block merged down the left
(项目名称 | 项目负责人 | 联系电话 empty; 项目类别 as nineteen ticked boxes, 1.重大课题(规划)□ … 19.其他□; 项目属性
新增项目□ 延续项目□; 项目计划实施时间 年 月 日 至 年 月 日), a 项目资金情况 block (资金来源 (万元) | 项目 |
上年度预算安排 | 上年度实际执行 | 本年度申请金额, 合计 * * *, and six sources whose past-year cells hold dashes
typed every way: ——, -—, —-), a 项目支出内容及明细预算(万元) block (rows 1. 2. 3. ……), 绩效目标情况 (预期目标
内容 | 部门(单位)申报, 预期提供的公共产品和服务的数量, 预期效果, 保障绩效目标实现的措施 组织机构: 管理制度:
质量控制: ……), and a 绩效指标 block unlike the national one: 指标名称 (二级指标 | 三级指标) | 上年度实际水平 |
本年度计划水平 | 指标内容/计算公式, its 二级 rows 目标完成程度 and 项目实施效益 each with 1. 2. 3. …… and
nothing to measure.  Nothing is filled in: a reader must not take the numbered rows or the dashes for
indicators or amounts.  The stored copy is cut at the 财政主管业务科 审核 row, left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.zixin.com.cn/doc/3995614.html",
    "title": "绩效目标申报表.doc",
    "issuer": "大庆市",  # the form's title; no unit fills it in
    "province": "黑龙江",
    "year": None,  # ( 年度) is left empty
    "kind": "项目支出绩效目标申报表",
    "format": "docx",
}
FILE = "大庆市部门预算项目支出绩效目标申报表.docx"
NO_GOLDEN = "a blank form: the reader refuses it, saying so (its gap in real_gaps.json)"

TITLE = "大庆市部门预算项目支出绩效目标申报表"
CATEGORIES = (
    "1.重大课题(规划)□ 2.网络运行维护□ 3.考核奖励□ 4.大型培训□ 5.重大宣传活动□ 6.执法办案□ 7.大宗印刷□ "
    "8.奖学助学□ 9.庆典、节会、论坛、商业演出□ 10.房租□ 11.设备购置□ 12.交通工具购置□ 13.专用材料购置□ "
    "14.房屋建筑物购建□ 15.大型修缮□ 16.信息网络购建□ 17.物资储备□ 18.转移支付□ 19.其他□"
)
SOURCES = (("财政拨款", "——", "——"), ("政府性基金拨款", "-—", "——"), ("财政专户拨款", "——", "—-"),
           ("其他资金", "-—", "——"), ("上年结转", "——", "—-"), ("事业基金弥补差额", "—-", "—-"))
NUMBERED = ("1.", "2.", "3.", "……")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("项目基本情况", down=6), "项目名称", "", "项目负责人", "", "联系电话", "")
    g.add("项目类别", C(CATEGORIES, span=5))
    g.add("项目属性", C("新增项目□ 延续项目□", span=5))
    g.add("项目计划 实施时间", C("年 月 日 至 年 月 日", span=5))
    g.add("项目申请原因(包括设立依据、可行性及必要性)", C("", span=5))
    g.add("以前年度项目绩效情况", C("", span=5))
    g.add(C("项目资金情况", down=8), C("资金来源 (万元)", down=8), C("项目", span=2), "上年度预算安排",
          "上年度实际执行", "本年度申请金额")
    g.add(C("合计", span=2), "*", "*", "*")
    for source, budgeted, spent in SOURCES:
        g.add(C(source, span=2), budgeted, spent, "")
    g.add(C("项目支出内容及明细预算(万元)", down=6), C("项目", span=2), "上年度 预算安排", "上年度 实际执行",
          "本年度申请金额", "资金测算依据及说明")
    g.add(C("合计", span=2), "*", "*", "*", "")
    for n in NUMBERED:
        g.add(C(n, span=2), "", "", "", "")
    g.add(C("绩效目标情况", down=4), C("预期目标", down=3), "内容", C("部门(单位)申报", span=4))
    g.add("预期提供的公共产品和服务的数量", C("", span=4))
    g.add("预期 效果", C("", span=4))
    g.add(C("保障绩效目标实现的措施", span=2), C("组织机构:\n管理制度:\n质量控制:\n……", span=4))
    g.add(C("绩效 指标", down=10), C("指标名称", span=2), "上年度 实际水平", "本年度 计划水平",
          C("指标内容/计算公式", span=2))
    g.add("二级指标", "三级指标", "", "", C("", span=2))
    for level2 in ("目标完成程度", "项目实施效益"):
        g.add(C(level2, down=4), NUMBERED[0], "", "", C("", span=2))
        for n in NUMBERED[1:]:
            g.add(n, "", "", C("", span=2))
    return Doc(TITLE, ["附1:", TITLE, "( 年度)", "编制单位(盖章):", g])
