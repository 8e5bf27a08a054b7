"""深圳市罗湖区南湖街道办事处's 2022 self-evaluation of a special-bond project, 罗湖区全面实施“瓶改管”工程 (南湖街道)
(广东 深圳; the street office's 政府信息公开 page, gkmlpt post_10667539), as the stored page shows it: no heading at all,
the page opens on the table.  A layout none of the others has: the key rows pair 项目名称 with 投向领域 (老旧小区改造领域
15500, the bond's sector code run into its name), then 项目主管部门 (罗湖区住房和建设局) beside 项目单位, a 项目实施内容
paragraph, and 年度 绩效目标 split into 预期目标 | 全年实际完成情况, the expected side numbered 目标1: / 目标2: in one
cell.  The indicator block opens with a bond-only part before the usual header: 当年绩效指标 merged down the left,
then 债券资金管理指标(10分) with one indicator, 总体支出进度 (当年实际支出金额/项目当年下达额度), whose own header row
has 实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 | 得分 and whose second row holds 1,437 three times (no 目标值, no
unit: the amounts are not said to be 万元) and 10 / 10; only then comes the header 一级指标 | 二级指标 | 三级指标 | 目标值
| 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施, shifted one column right of the bond part's (the caption column
covers both).  Values carry their units in the cell (12个, 1785套 against an actual 1806套, 100%); one indicator
name has straight quotes (实现"清瓶"城中村、住宅区数) where the project name has curly ones.  Header words are broken by
spaces where the cells wrap (年度 绩效目标, 实际 完成值).  The stored page breaks off in the second 质量指标 row
(工程竣工验收合格率 | 1…): the rebuild ends after 管道天然气年度改造任务完成率."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.szlh.gov.cn/lhnhjdbsc/gkmlpt/content/10/10667/post_10667539.html?jump=true",
    "title": "罗湖区全面实施“瓶改管”工程 (南湖街道)",
    "issuer": "罗湖区南湖街道办事处",
    "province": "广东",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "post_10667539.html"

NAME = "罗湖区全面实施“瓶改管”工程 (南湖街道)"
CONTENT = ("2022年,我街道按照“应改尽改、能改全改”“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的工作原则,"
           "对辖区11个住宅小区、1个城中村,共计1806户住户开展燃气管道改造。")
EXPECTED = ("目标1:2022年12月30日前实现工程完工,有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及"
            "城中村用气安全。 目标2:罗湖区全面实施瓶改管工程(南湖街道)2022年6月份开工,对南湖街道符合要求的12个住宅小区"
            "以及城中村完成天然气管道改造。")
ACTUAL = ("瓶改管工程于2022年12月14日前完工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造工作,有利于"
          "消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。")


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C(NAME, span=3), "投向领域", C("老旧小区改造领域15500", span=4))
    g.add("项目主管部门", C("罗湖区住房和建设局", span=3), "项目单位", C("罗湖区南湖街道办事处", span=4))
    g.add("项目实施内容", C(CONTENT, span=8))
    g.add(C("年度 绩效目标", down=2), C("预期目标", span=4), C("全年实际完成情况", span=4))
    g.add(C(EXPECTED, span=4), C(ACTUAL, span=4))
    g.add(C("当年绩效指标", down=7), C("债券资金管理指标(10分)", down=2),
          C("总体支出进度 (当年实际支出金额/项目当年下达额度)", down=2),
          "实际支出 金额", "下达 额度", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施")
    g.add("1,437", "1,437", "1,437", "10", "10", "")
    g.add("一级指标", "二级指标", "三级指标", "目标值", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施")
    g.add(C("产出指标 (50分)", down=4), C("数量指标", down=3), "城中村、住宅区任务完成量", "12个", "12个", "10",
          "10", "")
    g.add("城中村、住宅区任务完成套数", "1785套", "1806套", "5", "5", "")
    g.add('实现"清瓶"城中村、住宅区数', "12个", "12个", "5", "5", "")
    g.add("质量指标", "管道天然气年度改造任务完成率", "100%", "100%", "5", "5", "")
    return Doc(SOURCE["title"], [g])
