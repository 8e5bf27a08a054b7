"""阳泉市公路服务中心 2021 市级预算部门(单位)项目支出绩效目标申报表 (山西), as the transport bureau's page
prints it: the title row inside the table, the year on a row of its own, 主管部门及代码 holding a section's
name (经济建设科), 项目属性 and 项目期限 on one row, the budget as 中期预算资金总额 (left blank) beside
年度预算资金总额 | 25 under 项目预算资金(万元), 项目概况 / 立项依据 / 项目设立必要性 / 保证项目实施的制度、措施 /
项目实施计划 as long rows, then a 中期目标 | 年度目标 caption row.  The stored page is cut inside the 总体目标
row that follows: the table ends before it, with no indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://jtysj.yq.gov.cn/yjsgk/202104/t20210422_1152890.html",
    "title": "山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表 “四好农村路”、“三个一号旅游路”工作经费",
    "issuer": "阳泉市公路服务中心",
    "province": "山西",
    "year": 2021,
    "kind": "项目绩效目标申报表",
    "format": "html",
}
FILE = "阳泉市四好农村路三个一号旅游路工作经费项目支出绩效目标申报表.docx"

NAME = "“四好农村路”、“三个一号旅游路”工作经费"
WORK = ("“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;"
        "财务审计、工程竣工验收。")
BASIS = "山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号"
PLAN = ("“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批需20万元;进度督导检查、工程质量监督检查、工程安全运营"
        "检查需20万元;财务审计、工程竣工验收需10万元,合计50万元。")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表", span=7))
    g.add(C("2021年", span=7))
    g.add("项目名称", C(NAME, span=6))
    g.add("主管部门及代码", C("经济建设科", span=2), "实施单位", C("阳泉市公路服务中心", span=3))
    g.add("项目属性", C("延续性项目(阶段开展)", span=2), "项目期限", C("3年", span=3))
    g.add("项目预算资金(万元)", "中期预算资金总额", C("", span=2), "年度预算资金总额", C("25", span=2))
    g.add("项目概况", C(WORK, span=6))
    g.add("立项依据", C(BASIS, span=6))
    g.add("项目设立必要性", C(WORK, span=6))
    g.add("保证项目实施的制度、措施", C(BASIS, span=6))
    g.add("项目实施计划", C(PLAN, span=6))
    g.add("", C("中期目标", span=3), C("年度目标", span=3))
    return Doc("项目支出绩效目标申报表", ["时间:2021-04-22", g])
