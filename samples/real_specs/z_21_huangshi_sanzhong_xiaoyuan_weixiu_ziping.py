"""黄石市第三中学's 2023年度校园维修改造及设备购置项目自评表 (湖北, 黄石; the school's own site, under the heading
黄石三中2023年度市级部门项目自评表), as the page shows it: 附件: and the table's title above it, the unit in a line
项目单位(盖章):黄石市第三中学 主要领导签字: and a date cut short (填报日期:2024年6月14, no 日), then the Hubei
municipal form (the one of i_01, u_06, z_13) with its checkbox rows left without any box (1、部门预算项目   2、市直专项),
its opening brackets lost in the page (预算执行情况(万元) over "20分)", 执行数B), 执行率B/A), 年度绩效目标 over
"98分)", 年初目标值(A, 实际完成值(B), no 得分 column at all and no 得分(20分*执行率) in the budget block (一级 | 二级 |
三级 | 年初目标值 | 实际完成值 only), the budget as 800万元 with its unit in the cells, a 数量 target that is the
budget again (800万元), a 成本 row whose 三级 holds the amount (本年预算安排800万元) and whose target is 100%, a
时效 三级 that is a sentence about the year (2023年项目完工、投入使用) targeted 100%, and 满意度指标 whose 二级 is
具体指标 twice.  The two closing rows (偏差大或目标未完成原因分析, 改进措施及结果应用方案) are left empty; the
备注 below is kept as far as the stored page goes (it breaks off inside note 3).  The table is whole."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://hssz.hssedu.cn/info/1230/4301.htm",
    "title": "黄石三中2023年度市级部门项目自评表",
    "issuer": "黄石市第三中学",
    "province": "湖北",
    "year": 2023,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "2023年度校园维修改造及设备购置项目自评表.html"

NOTES = [
    "备注:",
    "1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"
    "涉及政府采购的项目支出要设置相关绩效指标反映政府采购管理情况。",
    "2.基于经济性和必要性等因素考虑,满意度指标暂可不作为必评指标。",
    "3.涉及政府采购的项目支出应设置相关政府采购",
]


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("校园维修改造及设备购置", span=5))
    g.add("主管部门", C("黄石市教育局", span=2), "项目实施单位", C("黄石市第三中学", span=2))
    g.add("项目类别", C("1、部门预算项目   2、市直专项", span=5))
    g.add("项目属性", C("1、持续性项目   2、新增性项目", span=5))
    g.add("项目类型", C("1、常年性项目   2、延续性项目      3、一次性项目", span=5))
    g.add(C("预算执行情况(万元)\n20分)", down=2), "", "预算数(A)", "执行数B)", C("执行率B/A)", span=2))
    g.add("年度财政资金总额", "800万元", "800万元", C("100%", span=2))
    g.add(C("年度绩效目标\n98分)", down=9), "一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B")
    g.add(C("产出指标", down=4), "数量指标", "完成校园维修改造及设备购置项目", "800万元", "800万元")
    g.add("质量指标", "校园维修改造及设备购置合格率", "100%", "100%")
    g.add("成本指标", "本年预算安排800万元", "100%", "100%")
    g.add("时效指标", "2023年项目完工、投入使用", "100%", "100%")
    g.add(C("效益指标", down=2), "社会效益指标", "保障校园环境安全、教学工作正常运转", "良好", "良好")
    g.add("可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", "≥95%", "≥95%")
    g.add(C("满意度指标", down=2), "具体指标", "教师满意度", "≥95%", "≥95%")
    g.add("具体指标", "学生满意度", "≥95%", "≥95%")
    g.add(C("偏差大或\n目标未完成\n原因分析", span=2), C("", span=4))
    g.add(C("改进措施及\n结果应用方案", span=2), C("", span=4))
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "附件:",
        "2023年度校园维修改造及设备购置项目自评表",
        "项目单位(盖章):黄石市第三中学 主要领导签字:",
        "填报日期:2024年6月14",
        g,
        *NOTES,
    ])
