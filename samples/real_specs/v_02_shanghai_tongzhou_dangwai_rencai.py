"""上海市同舟服务中心's 上海市财政支出项目绩效目标申报表 for 2019 (上海), as a document site previews the Word
file: the title, 申报单位名称:上海市同舟服务中心 on a line of its own, then a table of keys and values with
ticked boxes for the choices (项目类型: 市委市政府已确定的新增项目□ … 经常性专项业务费√, on two lines in one
cell; 资金用途: … 其他事业专业类√), 开始时间 2019/1/1 | 结束时间 2019/12/31 side by side, and long rows of prose
(项目概况, 立项依据, 项目设立的必要性).  The preview is cut inside the 保证项目实施的制度、措施 row, which is left
out with what follows: no amount and no indicator is shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://360docs.net/doc/145716245.html",
    "title": "上海市财政支出项目绩效目标申报表",
    "issuer": "上海市同舟服务中心",
    "province": "上海",
    "year": 2019,
    "kind": "财政支出项目绩效目标申报表",
    "format": "doc",
}
FILE = "上海市财政支出项目绩效目标申报表(党外人才专项服务工作经费).docx"

SURVEY = ("根据上海市同舟服务中心召开的2019年财政预算专题汇报会纪要和同舟的职能。本部门立项:党外代表人士体检服务、"
          "主旋律精品文化演出票推送、党外代表人士理论书籍推送。提供知联会、海联会、新联会等统战社团党外代表人士提高"
          "文化素养专项服务。预计全年服务1715人次。")
BASIS = "按照沪编[2015]581号《关于同意调整上海市委统战部所属部分事业单位机构编制的批复》以及实际工作需要。"
NEED = ("积极响应部机关相关职能处室做好三个统战社团的统战服务工作,同时通过提高文化素养、提供优质文化生活等项目,"
        "较为有效地激发党外人才对统战工作的认同感和归属感。通过联情联谊,促进党外人才为上海经济和社会发展做出更大的"
        "贡献。")


def doc() -> Doc:
    g = Grid(4)
    g.add("项目名称", C("党外人才专项服务工作经费", span=3))
    g.add("项目类型", C("市委市政府已确定的新增项目□ 结转项目□ 其他一次性项目□\n经常性专项业务费√ 其他经常性项目□",
                      span=3))
    g.add("资金用途", C("基本建设工程类□ 信息化建设类□ 政策补贴类□政府购买服务□ 资产购置类□ 其他事业专业类√", span=3))
    g.add("开始时间", "2019/1/1", "结束时间", "2019/12/31")
    g.add("项目概况", C(SURVEY, span=3))
    g.add("立项依据", C(BASIS, span=3))
    g.add("项目设立的必要性", C(NEED, span=3))
    return Doc("上海市财政支出项目绩效目标申报表", [
        "上海市财政支出项目绩效目标申报表", "申报单位名称:上海市同舟服务中心", g,
    ])
