"""南京市财政局's 2018年度市级专项资金绩效目标申报表 for the 农桥建设专项资金 (江苏, 南京),
a Word document (2018年农桥建设专项资金绩效目标申报表.doc) as a document-sharing site (book118)
previews it: 附件1:, the title, 单位:万元, then the Nanjing form.  Rebuilt as the .doc it was
uploaded as (LibreOffice's Word 97 of the .docx).

What sets it apart is the Nanjing 市级专项资金 form itself, unlike the national 申报表: two
label/value pairs a row -- 申报部门(单位) | 南京市财政局 | 项目名称 | 农桥建设专项资金,
then 预算功能科目 | 对村级一事一议的补助2130701 (the subject's name and its code run
together) | 项目属性 | □新增 □延续 (neither box ticked) --, a row of three pairs
(单位负责人 | 项目负责人 | 联系电话, the phone left blank), 项目实施起止时间(年、月) |
2018年, and a 项目概况 label merged down over 立项依据 (the province's and the city's
documents, 苏财基层[2015]18号 and 宁财规[2012]7号) and 必要性 / 可行性 in one cell.  The
preview stops inside that last cell (…改善农村生产生活): the text is kept as far as it goes
and the table ends there -- no amount, no 绩效目标 and no indicator is shown.  单位:万元
above the table names a unit for amounts the stored part never reaches.

Left out: the names in the 单位负责人 and 项目负责人 cells (persons); the cells stay empty.

Decided: the unit is 南京市财政局, the 申报部门(单位); the year 2018 (title and 起止时间);
one project, 农桥建设专项资金; no budget is readable (budget null), no goals, no
indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://max.book118.com/html/2018/0804/8106140025001117.shtm",
    "title": "2018年农桥建设专项资金绩效目标申报表.doc",
    "issuer": "南京市财政局",
    "province": "江苏",
    "year": 2018,
    "kind": "市级专项资金绩效目标申报表",
    "format": "doc",
}
FILE = "2018年农桥建设专项资金绩效目标申报表.doc"

TITLE = "2018年度市级专项资金绩效目标申报表"
BASIS = ("省财政厅《关于做好2016-2018年省级农桥项目库建设相关工作的通知》(苏财基层[2015]18号)"
         "及市财政局《南京市农桥建设项目资金管理实施办法》(宁财规[2012]7号)。")
NEED = ("农桥建设是省、市政府确定的“十大主要任务、百项重点工作”和农村实事工程之一。做好“十三五”"
        "期间农桥建设,启动了2016-2018年省级农桥项目建设工作。为支持农村公益设施建设,进一步发挥"
        "财政资金的引导作用,改善农村生产生活")  # the preview stops here


def doc() -> Doc:
    g = Grid(6)
    g.add("申报部门(单位)", C("南京市财政局", span=2), "项目名称", C("农桥建设专项资金", span=2))
    g.add("预算功能科目", C("对村级一事一议的补助2130701", span=2), "项目属性",
          C("□新增 □延续", span=2))
    g.add("单位负责人", "", "项目负责人", "", "联系电话", "")
    g.add("项目实施\n起止时间(年、月)", C("2018年", span=5))
    g.add(C("项目概况", down=2), "立项依据", C(BASIS, span=4))
    g.add("必要性\n可行性", C(NEED, span=4))
    return Doc(TITLE, ["附件1:", TITLE, "单位:万元", g])
