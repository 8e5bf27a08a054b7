"""A 2020 长江禁捕 项目自评表 (湖北 template, the same form as i_01's 襄阳 one) for 渔业成品油价格改革补贴, as a
document library (第壹文秘) shows the .docx it was given, here as LibreOffice's print of the rebuilt Word file:
the unit only in a 单位名称:农业工作科 line beside an empty 填报日期:, a 主管部门 that is a district's 区市场监督管理局
beside 项目实施单位 农业科, checkbox rows 项目类别 / 项目属性 / 项目类型 (☑ read as 0, □ as 口, two 项目类别 boxes
ticked and no box at all after 持续性项目 and 常年性项目, as read), a 预算执行情况(万元)(20分) block with one
年度财政资金总额 row (1.56 | 1.56 | 执行率 written 1 | 20), a vertical 年度绩效目标(80分) caption over 一级 | 二级
| 三级 | 年初目标值(A) | 实际完成值(B) | 得分, an 效益指标 row left empty, a 满意度指标 row whose 二级 is
服务对象满意度 and whose 实际完成值 is the reading "290%" (≥90% as the library's text has it), a 总分 row, two
text rows (偏差大或目标未完成原因分析 | 无, 改进措施及结果应用方案 | 无) and the 备注 below.  The library's
text jumbles the vertical captions (度效标O0B年绩目1分EB, 出标产指, 益标效指, 意指斥满度打): they are rebuilt as the
form prints them; the 备注 is kept as far as the stored copy goes (it ends inside note 3)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://1wenmi.com/doc/330418.html",
    "title": "2020年度长江禁捕项目自评表单位名称农业工作科填报日期.docx",
    "issuer": "农业工作科",
    "province": "湖北",
    "year": 2020,
    "kind": "绩效自评表",
    "format": "pdf",
}
FILE = "2020年度长江禁捕项目自评表(渔业成品油价格改革补贴).pdf"

NOTE = ("备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"
        "2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标"
        "(即目标值为2X,得分=权重*BA),反向指标(即目标值为WX,得分=权重*AB),得分不得突破权重总额。定量指标先汇总完成数,"
        "再计算得分。3.定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档,分别按照该指标对应分值区间"
        "100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值。汇总时,以资金额度为")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("项目名称", span=2), C("渔业成品油价格改革补贴", span=5))
    g.add(C("主管部门", span=2), C("区市场监督管理局", span=2), "项目实施单位", C("农业科", span=2))
    g.add(C("项目类别", span=2), C("1、部门预算项目☑  2、市直专项□  3、市对下转移支付项目☑", span=5))
    g.add(C("项目属性", span=2), C("1、持续性项目  2、新增性项目☑", span=5))
    g.add(C("项目类型", span=2), C("1、常年性项目  2、延续性项目□  3、一次性项目☑", span=5))
    g.add(C("预算执行情况(万元)(20分)", down=2), "", "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分(20分*执行率)", span=2))
    g.add("年度财政资金总额", "1.56", "1.56", "1", C("20", span=2))
    g.add(C("年度绩效目标(80分)", down=6), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标", down=3), "数量指标", "补贴渔船数", "6", "6", "20")
    g.add("质量指标", "渔船补贴发放率", "100%", "100%", "10")
    g.add("时效指标", "12月底之前完成", "100%", "100%", "10")
    g.add("效益指标", "", "", "", "", "")
    g.add("满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "290%", "40")
    g.add(C("总分", span=6), "100")
    g.add(C("偏差大或目标未完成原因分析", span=2), C("无", span=5))
    g.add(C("改进措施及结果应用方案", span=2), C("无", span=5))
    return Doc("2020年度长江禁捕项目自评表", [
        "2020年度长江禁捕项目自评表",
        "单位名称:农业工作科                    填报日期:",
        g,
        NOTE,
    ])
