"""部门整体支出绩效评价 score sheet as 达州市农业农村局's site shows it (四川; the page's stored text opens on the
table, with no title, no unit and no year above it; the bureau exists under that name since the 2019 reform), here
as an Excel workbook.  Two tables one after the other, both blank where the scores go.  The first is the
whole-department framework: 一级指标 | 二级指标 | 三级指标 | 得分, every level name carrying its weight
(部门决策(25分) / 目标任务(15分) / 相关性(5分)), 一级 部门决策, 综合管理 and 部门绩效情况 rather than 产出 / 效益, a
三级 written 部门特性指标 under 履职成效(20分) followed by three empty rows left for the unit's own indicators, and
no value anywhere: the 得分 column is empty on every row.  The second is the 项目 score sheet under a
单位名称/ 项目名称 row left blank, with 一级 指标 | 二级 指标 | 三级指标 | 分值 | 得分: its 一级 and 二级 cells keep
only their weights ((20分), (10分), (10), (7分), (3分), (特性指标70分), (20), (50分) -- the names 项目决策,
科学决策 … are not in the page), the 三级 are bare (必要性, 可行性 …, 经济效益(可选项)), the 分值 column holds the
weights 5, 5, 5, 5, 3, 4, 3, 5, 5, 5, 5, 40 and the 得分 column is empty.  The stored page is cut inside the row
after 经济效益(可选项) (社会…): the second table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://nyj.dazhou.gov.cn/xxgk-show-16453.html",
    "title": None,  # the stored text has no title
    "issuer": "达州市农业农村局",
    "province": "四川",
    "year": None,  # the table states no year (the bureau was formed in 2019)
    "kind": "部门整体支出绩效自评表",
    "format": "html",
}
FILE = "部门整体支出绩效评价指标表.xlsx"


def n(value: int) -> C:
    return C(str(value), value=value)


def department() -> Grid:
    g = Grid(4)
    g.add("一级指标", "二级指标", "三级指标", "得分")
    g.add(C("部门决策(25分)", down=5), C("目标任务(15分)", down=3), "相关性(5分)", "")
    g.add("明确性(5分)", "")
    g.add("合理性(5分)", "")
    g.add(C("预算编制(10分)", down=2), "测算依据(5分)", "")
    g.add("目标管理(5分)", "")
    g.add(C("综合管理(30分)", down=16), C("专项资金分配时限(2分)", down=2), "市级财力专项预算分配时限(1分)", "")
    g.add("中央专款分配合规率(1分)", "")
    g.add("中期评估(2分)", "执行中期评估(2分)", "")
    g.add(C("绩效监控(5分)", down=2), "预算执行进度监控(2分)", "")
    g.add("绩效目标动态监控(3分)", "")
    g.add(C("非税收入执收情况(2分)", down=2), "非税收入征收情况(1分)", "")
    g.add("非税收入上缴情况(1分)", "")
    g.add(C("资产管理(6分)", down=3), "资产管理信息化情况(2分)", "")
    g.add("行政事业单位资产报告情况(2分)", "")
    g.add("资产管理与预算管理相结合(2分)", "")
    g.add("内控制度管理(2分)", "内部控制度健全完整(2分)", "")
    g.add(C("信息公开(6分)", down=3), "预算公开(2分)", "")
    g.add("决算公开(2分)", "")
    g.add("绩效信息公开(2分)", "")
    g.add(C("绩效评价(5分)", down=2), "绩效评价开展(2分)", "")
    g.add("评价结果应用(3分)", "")
    g.add(C("部门绩效情况(45分)", down=10), C("履职成效(20分)", down=4), "部门特性指标", "")
    for _ in range(3):
        g.add("", "")
    g.add(C("可持续发展能力(15分)", down=3), "重点改革(重点工作)完成情况(5分)", "")
    g.add("科技(制度、方法、机制等)创新(5分)", "")
    g.add("人才培养(5分)", "")
    g.add(C("满意度(10分)", down=3), "协作部门满意度(3分)", "")
    g.add("管理对象满意度(3分)", "")
    g.add("社会公众满意度(4分)", "")
    return g


def project() -> Grid:
    g = Grid(5)
    g.add(C("单位名称/ 项目名称", span=2), C("", span=3))
    g.add("一级 指标", "二级 指标", "三级指标", "分值", "得分")
    g.add(C("(20分)", down=4), C("(10分)", down=2), "必要性", n(5), "")
    g.add("可行性", n(5), "")
    g.add(C("(10)", down=2), "明确性", n(5), "")
    g.add("合理性", n(5), "")
    g.add(C("(10分)", down=3), C("(7分)", down=2), "资金分配", n(3), "")
    g.add("资金使用", n(4), "")
    g.add("(3分)", "执行规范", n(3), "")
    g.add(C("(特性指标70分)", down=5), C("(20)", down=4), "完成数量", n(5), "")
    g.add("完成质量", n(5), "")
    g.add("完成时效", n(5), "")
    g.add("完成成本", n(5), "")
    g.add("(50分)", "经济效益(可选项)", n(40), "")
    return g


def doc() -> Doc:
    return Doc("部门整体支出绩效评价指标表", [department(), project()])
