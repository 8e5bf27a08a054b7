"""祁东县疾病预防控制中心's 2024 部门整体支出绩效目标表 (湖南 衡阳 祁东县; posted by 祁东县财政局 under 财政信息 >
绩效管理, 2024-12-11), as the stored page shows it: the form's number above its title (预算14表), a 填报单位:(盖章)
line left blank, the unit named only in 部门名称.  The 年度预算申请 (万元) block is the Hunan 部门整体 one: a
资金总额:952.22 row, then two side-by-side columns of "label:amount" cells (按收入性质分:952.22 | 按支出性质分:952.22;
其中:一般公共预算:952.22 | 其中:基本支出:875.22; 政府性基金拨款: (empty) | 项目支出:77; 纳入专户管理的非税收入拨款:
and 其他资金: with nothing after the colon and nothing beside them).  部门职能职责概述 is one long sentence list;
the 整体绩效目标 is not a target but a reference to 2020 provincial programme notices (one of them "202年度", a
typo), in a 2024 table.  The indicator block has a merged caption (部门整体支出 年度绩效指标) beside its header
(一级指标 | 二级指标 | 三级指标 | 指标值及单位); values are phrases with 以上 (2次以上, 200人以上) and the first one
packs three targets into one cell (自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上).
The stored page breaks off in the fourth 数量指标 row (开展宣传活动次数 | 20次以…): the rebuild ends after the third
row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.qdx.gov.cn/xxgk/czzj/jxgl/20241211/i3532884.html",
    "title": "祁东县疾病预防控制中心2024年祁东县部门整体支出绩效目标表",
    "issuer": "祁东县疾病预防控制中心",
    "province": "湖南",
    "year": 2024,
    "kind": "部门整体支出绩效目标表",
    "format": "html",
}
FILE = "i3532884(祁东县疾病预防控制中心2024年部门整体支出绩效目标表).html"

DUTIES = ("中心的职能职责是:承担全县各乡镇疫苗保管、发放、运输及业务指导工作;免疫规划督导、培训、宣传及预防接种;暴发疫情"
          "标本和聚集性病例标本及时检测;结核病防治;地方病、慢性病、重性精神病防治;疟疾防治;艾滋病防治;急性传染病防治;"
          "食品安全风险监测公共卫生监测、职业卫生和环境监测;健康教育宣传;美沙酮维持治疗;承办上级政府交办的其他工作。")
GOAL = ("根据《湖南省卫生健康委疾控处关于印发湖南省202年度结核病防治项目实施方案的通知》、《湖南省卫生健康委员会疾控处"
        "关于印发湖南省2020年度艾滋病防治项目实施方案的通知》、《湖南省卫生健康委疾控处关于印发全省2020年扩大国家免疫"
        "规划项目实施方案的通知》、《湖南省卫生健康委疾控处关于印发2020年度慢性病防控项目实施方案和相关工作说明的通知》"
        "等文件要求完成绩效目标。")


def doc() -> Doc:
    g = Grid(5)
    g.add("部门名称", C("祁东县疾病预防控制中心", span=4))
    g.add(C("年度预算申请\n(万元)", down=6), C("资金总额:952.22", span=4))
    g.add(C("按收入性质分:952.22", span=2), C("按支出性质分:952.22", span=2))
    g.add(C("其中:一般公共预算:952.22", span=2), C("其中:基本支出:875.22", span=2))
    g.add(C("政府性基金拨款:", span=2), C("项目支出:77", span=2))
    g.add(C("纳入专户管理的非税收入拨款:", span=2), C("", span=2))
    g.add(C("其他资金:", span=2), C("", span=2))
    g.add("部门职能\n职责概述", C(DUTIES, span=4))
    g.add("整体绩效目标", C(GOAL, span=4))
    g.add(C("部门整体支出\n年度绩效指标", down=4), "一级指标", "二级指标", "三级指标", "指标值及单位")
    g.add(C("产出指标", down=3), C("数量指标", down=3), "全年检测次数",
          "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上")
    g.add("免疫规划知识培训次数", "2次以上")
    g.add("免疫规划知识培训人次", "200人以上")
    return Doc("祁东县疾病预防控制中心2024年祁东县部门整体支出绩效目标表", [
        "预算14表",
        "2024年祁东县部门整体支出绩效目标表",
        "填报单位:(盖章)",
        g,
    ])
