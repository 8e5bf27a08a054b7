"""湖北省残疾人联合会's 湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告 (湖北; the federation's site,
新闻中心 > 通知公告, 2018-09-25, 来源:计财处), as the page shows the report's opening: the page's title and
date line, the cover (the title over two lines, 项目单位:…, 评价机构: a firm of accountants, 2018年6月), a
table of contents cut to its 附件 line with dot leaders, 一、基本情况 with the budget in prose (下达…预算资金
100万元, its three uses 74万元、14万元、8万元), a chart's caption and its 单位:万元 line (the chart itself is an
image, not kept), and under (二)绩效目标情况 the report's 表1: a target list of three columns only, 序号 |
三级指标 | 年度指标值, no 一级 or 二级; counts in 次, 个, 期, 人, a bare 1, a rate, and directions as
targets (拓宽, 推动全省提高, 稳步提高).  The stored page breaks off in the 15th row's name (残疾人事业社会关…):
the rebuild ends after the 14th."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "http://www.hbdpf.org.cn/xwzx/hzgw/166877.htm",
    "title": "湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告",
    "issuer": "湖北省残疾人联合会",
    "province": "湖北",
    "year": 2017,
    "kind": "绩效自评报告(表1 绩效目标)",
    "format": "html",
}
FILE = "湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告.html"

BUDGET = ("根据《关于2017年直属单位预算的批复》(鄂财预发[2017]3号)文件,下达湖北省残疾人联合会(以下简称“省残联”)"
          "“湖北省残疾人事业宣传文化工作经费项目”预算资金100万元,资金来源为省级一般公共预算财政拨款。2017年度预算资金"
          "主要用于残疾人事业宣传、残疾人文化建设、全省残联宣文干部培训等,三个部分预算资金分别74万元、14万元、8万元,"
          "预算资金分别占当年预算资金比重为74%、14%、8%。")
ROWS = [
    ("全国助残日活动次数", "1次"), ("报纸杂志专版专栏", "1个"), ("电视专栏节目", "24期"),
    ("广播专题节目", "104期"), ("网络宣传平台", "1个"), ("内部刊物", "12期"), ("开展残疾人文化活动", "1"),
    ("残疾人文化活动参与人数", "60人"), ("举办宣文干部培训班次", "1次"), ("全省残联宣文干部培训班参训人数", "60人"),
    ("宣传覆盖面", "拓宽"), ("残疾人文化活动参与率", "推动全省提高"), ("全省残联宣文干部培训班培训合格率", "100%"),
    ("全省残联宣文干部培训班参训学员工作积极性", "稳步提高"),
]


def doc() -> Doc:
    g = Grid(3)
    g.add("序号", "三级指标", "年度指标值")
    for i, (name, value) in enumerate(ROWS, 1):
        g.add(str(i), name, value)
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "发布时间:2018-09-25 来源:计财处 阅读次数:【字体: 大 中 小】",
        "湖北省残疾人事业宣传文化经费项目",
        "2017年度绩效自评报告",
        "项目单位:湖北省残疾人联合会",
        "评价机构:湖北衡平楚天会计师事务有限公司",
        "2018年6月",
        "目 录",
        "附件:残疾人事业宣传文化经费项目绩效目标自评表........................22",
        "一、基本情况",
        "(一)预算情况",
        BUDGET,
        "图1:湖北省残疾人事业宣传文化工作经费项目2017年度预算明细",
        "单位:万元",
        "(二)绩效目标情况",
        "省残联根据实际情况特设定绩效目标及指标,具体绩效指标如下表所示:",
        "表1:湖北省残疾人事业宣传文化工作经费项目绩效目标",
        g,
    ])
