"""黄石市图书馆's 2022年度共享工程项目自评表 (湖北), as the library's page shows it (附表2), here as an Excel
workbook: 项目单位(盖章) and 填报日期 above the table, 主管部门 | 黄石市文化和旅游局 | 项目实施单位 | 黄石市图书馆,
three rows of ticked boxes (项目类别, 项目属性, 项目类型), a 预算执行情况(万元)(20分) block of one row (年度财政资金总额
5 | 5 | 100% | 20), then the indicators under a label merged down the left, 年度绩效目标1 (80分): 一级 | 二级 |
三级 | 年初目标值(A) | 实际完成值(B) | 得分, each 一级 with its weight ((40分), (30分)), 二级 written without 指标
(经济效益, 社会效益, 环境效益), two 三级 under most 二级 with one 得分 merged over them (and over 经济效益 and
社会效益 together), 社会效益's two 三级 sharing one merged target and value; targets 25TB, 100%覆盖, a sentence,
全天候可用, ≥360天, 5万 as the cost, 公益性事业, 良好.  The stored page is cut inside the 满意度指标(10分) row,
which is left out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.hsslib.org.cn/info/72903.jspx",
    "title": "2022年度共享工程项目自评表",
    "issuer": "黄石市图书馆",
    "province": "湖北",
    "year": 2022,
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "2022年度共享工程项目自评表.xlsx"

SHARED = "独有数据资源查询,查询范围可扩展到省图"
TEN = C("10", value=10)


def doc() -> Doc:
    g = Grid(7)
    g.add("项目名称", C("共享工程", span=6))
    g.add("主管部门", C("黄石市文化和旅游局", span=2), C("项目实施单位", span=2), C("黄石市图书馆", span=2))
    g.add("项目类别", C("1、部门预算项目 ☑ 2、市直专项", span=6))
    g.add("项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", span=6))
    g.add("项目类型", C("1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □", span=6))
    g.add(C("预算执行情况(万元) (20分)", span=2), "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分 (20分*执行率)", span=2))
    g.add(C("年度财政资金总额", span=2), C("5", value=5), C("5", value=5), C("100%", value=1.0, fmt="0%"),
          C("20", span=2, value=20))
    g.add(C("年度绩效目标1 (80分)", down=13), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标(40分)", down=6), C("数量指标", down=2), "一个存储备份器", "25TB", "25TB",
          C("10", down=2, value=10))
    g.add("WIFI布点全覆盖", "100%覆盖", "100%覆盖")
    g.add("质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", TEN)
    g.add(C("时效指标", down=2), "可保证读者使用时长", "全天候可用", "全天候", C("10", down=2, value=10))
    g.add("2022年全年", "≥360天", "≥360天")
    g.add("成本指标", "以低价位高质量为采购原则", "5万", "5万", TEN)
    g.add(C("效益指标(30分)", down=6), "经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业",
          C("10", down=3, value=10))
    g.add(C("社会效益", down=2), "使读者更方便快捷查找检阅", C(SHARED, down=2), C(SHARED, down=2))
    g.add("促进黄石文化经济发展,丰富市民文化活动")
    g.add(C("环境效益", down=2), "数字图书馆环境优良无污染", "良好", "良好", C("10", down=2, value=10))
    g.add("WIFI全覆盖,绿色环保", "良好", "良好")
    g.add("可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", TEN)
    return Doc("2022年度共享工程项目自评表", [
        "附表2", "2022年度共享工程项目自评表", "项目单位(盖章):黄石市图书馆 主要领导签字:", "填报日期:2023.6.28", g,
    ])
