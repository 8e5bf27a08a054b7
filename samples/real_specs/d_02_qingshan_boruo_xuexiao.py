"""武汉市青山区教育局2020年绩效目标表 (农村义务教育薄弱学校改造补助资金): an old (2015-style)
template where labels and amounts share one cell ("年度资金总额:16", "其中 :上级资金16"), the
level3 column is headed 指标内容, and 社会公众或服务对象满意度指标 is a 二级 under 效益指标
rather than its own 一级; the unit is only the 项目执行单位 cell."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zxzj/ywjygz/202101/t20210105_1589009.shtml",
    "title": "绩效目标表",
    "issuer": "青山区教育局",
    "province": "湖北",
    "year": 2020,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "青山区教育局绩效目标表(2020年度).xlsx"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("农村义务教育薄弱学校改造补助资金", span=4))
    g.add("项目主管部门", "青山区教育局", "项目执行单位", C("化工区学校", span=2))
    g.add(C("资金情况\n(万元)", down=2), C("年度资金总额:16", span=4))
    g.add(C("    其中 :上级资金16", span=4))
    g.add(C("总体目标", down=2), C("年度目标", span=4))
    g.add(C("全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。", span=4))
    g.add(C("绩效指标", down=10), "一级指标", "二级指标", "指标内容", "指标值")
    g.add(C("产出指标", down=6), "数量指标", "农村义务教育学校改造覆盖率", "100%")
    g.add(C("质量指标", down=2), "校舍维修改造质量合格率", "100%")
    g.add("购置设施设备质量合格率", "100%")
    g.add(C("时效指标", down=2), "预算资金当年下达率", "100%")
    g.add("项目按计划完成率", "100%")
    g.add("成本指标", "建设项目成本控制率", "100%")
    g.add(C("效益指标", down=3), "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高")
    g.add(C("社会公众或服务对象满意度指标", down=2), "学生家长满意度", "≥90%")
    g.add("学校满意度", "≥90%")
    return Doc("绩效目标表", ["绩效目标表", "(2020年度)", g])
