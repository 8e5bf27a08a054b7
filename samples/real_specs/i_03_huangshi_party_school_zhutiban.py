"""中共黄石市委党校 2022 项目支出绩效目标批复表 (主体班): a Hubei city approval table whose 一级指标
column is blank for the first four 数量指标 rows and names 产出指标 only from the fifth row down (the
first four rows have no level 1), a 指标值 column beside a 指标标准或依据 heading split into 2021年实际
实现值 / 预期2022年实现值 (both left blank), a 项目金额 row with "其中:当年市级财政资金", a blank 项目
主管部门, ■/口 checkboxes for 项目属性, the goal as one run-on sentence, and the two finance offices'
(盖章) cells as the last row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://czj.huangshi.gov.cn/2020xxgkzn/2020gknr/2020czzj/2020zxzj/202201/t20220125_875008.html",
    "title": "项目支出绩效目标批复表(2022年度) 主体班",
    "issuer": "中共黄石市委党校",
    "province": "湖北",
    "year": 2022,
    "kind": "绩效目标批复表",
    "format": "html",
}
FILE = "中共黄石市委党校2022年度项目支出绩效目标批复表（主体班）.xlsx"


def doc() -> Doc:
    g = Grid(7)
    g.add(C("项目支出绩效目标批复表", span=7))
    g.add(C("(2022年度)", span=7))
    g.add("项目名称", C("主体班", span=3), "项目负责人", C("", span=2))
    g.add("项目金额", C("164万元", span=3), "其中:当年市级财政资金", C("132万元", span=2))
    g.add("项目主管部门", C("", span=3), "实施单位", C("中共黄石市委党校", span=2))
    g.add("项目属性", C("持续性项目■ 新增性项目口", span=3), "项目期", C("2022年", span=2))
    g.add("年度绩效目标(文字)", C("主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;"
                                "开设课程数量220门;高质量完成干部教育培训工作。", span=6))
    g.add(C("绩效指标", down=15), C("一级指标", down=2), C("二级指标", down=2), C("三级指标", down=2),
          C("指标值", down=2), C("指标标准或依据", span=2))
    g.add("2021年实际实现值", "预期2022年实现值")
    g.add("", C("数量指标", down=5), "主体班培训人次", "280人次", "", "")
    g.add("", "邀请校外名师、领导授课人次", "25人次", "", "")
    g.add("", "情景教学或外训批次", "6次", "", "")
    g.add("", "理论教育和党性教育课时比例", "70%", "", "")
    g.add(C("产出指标", down=8), "开设课程数量", "220", "", "")
    g.add(C("质量指标", down=5), "培训完成率", "100%", "", "")
    g.add("邀请校外名师、领导授课完成率", "100%", "", "")
    g.add("情景教学或外训完成率", "100%", "", "")
    g.add("理论教育和党性教育课时比例完成率", "100%", "", "")
    g.add("课程数量达标率", "100%", "", "")
    g.add("时效指标", "及时完成率", "100%", "", "")
    g.add("成本指标", "成本控制率", "100%", "", "")
    g.add("满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "≥95%", "", "")
    g.add(C("财政资金管理科室(盖章) 年 月 日", span=4), C("财政绩效管理科室(盖章) 年 月 日", span=3))
    return Doc("项目支出绩效目标批复表", [g])
