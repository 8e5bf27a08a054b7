"""奉节县云雾土家族乡人民政府 2023 项目支出绩效目标审批表 (重庆, new template): the unit only in a "预算单位:" line above the table, key rows with two and three label/value pairs (项目负责人, 联系电话), a 项目资金 block with 项目总预算/当年年度预算/其中 rows and 年度预算执行率 worth 10分, an indicator block that starts with 成本指标 and carries score ranges in the 一级 cell ("成本指标(0-20)分"), 分值 and 指标解释 columns, empty 社会成本/生态环境成本 rows; the page's copy ends at the first 产出指标 row, so the table is rebuilt up to the 成本指标 block."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cqfj.gov.cn/index/xz_168/ywtjzx/zwxx_61303/gsgg_107031/202402/t20240201_12892054.html",
    "title": "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表",
    "issuer": "奉节县云雾土家族乡人民政府",
    "province": "重庆",
    "year": 2023,
    "kind": "绩效目标审批表",
    "format": "html",
}
FILE = "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表.pdf"

GOAL = ("新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米,室内场坪1800平方米,"
        "C25混凝土,厚15cm;新建厕所1个,长4.5米,宽3米,占地13.5平方米,配套三格式化粪池4.5立方米。")
OVERVIEW = (GOAL + "经济效益:项目建成后能够带动当地20名群众务工增收5000元/年;社会效益:促进当地中药材产业发展,"
            "带动受益总人口200人,其他脱贫人口和监测对象41人;群众满意度:群众满意度达到95%以上。")


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C("2023年云雾土家族乡加工园配套设施建设项目", span=3), "项目分类", C("资产资源类--房屋类", span=2))
    g.add("建设周期", C("2023年4月-2024年2月", span=3), "业务主管部门", C("县民宗委", span=2))
    g.add("实施单位", C("云雾土家族乡", span=2), "项目负责人", "徐德迁", "联系电话", "13452649655")
    g.add("项目审批", C("奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》"
                      "(奉节民宗委发〔2022〕3号)", span=6))
    g.add("项目总体概况", C(OVERVIEW, span=6))
    g.add("年度主要目标     和成果", C(GOAL, span=6))
    g.add(C("项目资金\n预算执行\n10分", down=5), C("项目总预算", span=2), "65", C("财政资金预算分类", span=2), "一般公共预算")
    g.add(C("当年年度预算", span=2), "65", C("", span=3))
    g.add(C("其中:财政资金", span=2), "65", C("财政资金科目代码", span=2), "21305")
    g.add(C("其中:其它资金", span=2), "0", C("", span=3))
    g.add(C("年度预算执行率", span=2), "100%", C("分值", span=2), "10分")
    g.add(C("年度绩效目标(90分)", down=4), "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")
    g.add(C("成本指标(0-20)分", down=3), "经济成本指标", "项目建设成本", "≤65万元", "10", "")
    g.add("社会成本指标", "", "", "", "")
    g.add("生态环境成本指标", "", "", "", "")
    return Doc("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表", [
        "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表",
        "(   2023年度)",
        "预算单位: 奉节县云雾土家族乡人民政府",
        "金额单位:万元",
        g,
    ])
