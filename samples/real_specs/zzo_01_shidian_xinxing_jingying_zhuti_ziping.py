"""施甸县农业农村局's 项目支出绩效自评表 for the 2019年新型农业经营主体扶持项目 (云南, 保山, 施甸县), as the county's
site (shidian.gov.cn) shows it in the page under 公开目录 绩效评价, posted 2022-08-03: the site's record as a small
table of its own (索引号 | … | 发布机构 | …, 公开目录 | 绩效评价 | 发布日期 | 2022-08-03, 文号 left empty beside
浏览量 28), then the form, whose title, an empty row and the 单位名称 / 填报日期 line are rows of the form's table.

The form is the Yunnan county variant of the Hubei-style 自评表 (as zzj_01 has it: 项目类别 / 项目属性 option rows,
a one-row 预算执行情况(万元)(20分) block, 年度绩效目标 merged down the left over 一级 | 二级 | 三级 | 年初目标值(A) |
实际完成值(B) | 得分).  What sets it apart: every target is a bare number and its unit sits in brackets at the end of
the 三级 name -- 扶持发展新型农业经营主体 / (个) 15, 带动贫困户(人) 11442, 新型经营主体助农增收 / (元) 1980,
满意度(%) 90 -- and one unit contradicts its number (新型经营主体实现产值(%) 8000, met with 12767.36); the label
cells are not merged where a reader expects them: the second 数量指标 row and the second 经济效益指标 row repeat
their 二级 in a cell of their own, while 产出指标 and 效益指标 are merged over their two rows each; the header of the
block is numbered (年度绩效目标1); the option boxes are typed in Wingdings (□ for empty, þ for the ticked 上级专项 and
新增性项目, the last with no space before it); the budget is whole 万元 and the rate a bare fraction (650 | 94 |
0.1 | 2.9); no 年度目标 row at all.  Then 总分 71.7 and the two text rows 偏差大或目标未完成原因分析 and 改进措施及
结果应用方案; the stored page breaks off inside the latter's text (…规范业务管), which the rebuild ends with.

Decided: the unit is the 单位名称 施甸县农业农村局 (also the 项目实施单位; the 主管部门 is the county government); the
form states no year -- the year is the project's 2019 (its money was 2019's; the form was filled in 2022 and posted
then, which is not the year it reports on); the budget is 预算数(A) 650万元; the bracketed unit of a 三级 name is the
unit of its bare target, and 新型经营主体实现产值(%) is read as written (8000 %), however unlikely; no goals."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://shidian.gov.cn/info/4312/182383.htm",
    "title": "项目支出绩效自评表(2019年新型农业经营主体扶持项目)",
    "issuer": "施甸县农业农村局",
    "province": "云南",
    "year": 2019,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "施甸县2019年新型农业经营主体扶持项目绩效自评表.html"

TITLE = "项目支出绩效自评表"
PROJECT = "2019年新型农业经营主体扶持项目"
DEVIATION = ("一是相关台账不健全,部分新型农业经营主体提供带动建档立卡户发展的相关支撑材料不足,与扶持奖补要求和标准有差距;"
             "二是新型农业经营主体自身发展状况欠佳,带动建档立卡户发展的能力有限;三是项目执行先建后补,有的经营主体没有带动"
             "建档立卡户,或建设内容与项目扶持奖补不符,不具备扶持奖补条件,经现场核实综合评价后据实补贴,资金结余,没有100%"
             "执行完毕。")
# as far as the stored page goes
IMPROVE = "一是加大新型农业经营主体管理指导力度,增强管理意识,健全内部管理制度,规范业务管"


def record() -> Grid:
    g = Grid(4)
    g.add("索引号", "01525910-3-/2022-0803002", "发布机构", "施甸县农业农村局")
    g.add("公开目录", "绩效评价", "发布日期", "2022-08-03")
    g.add("文号", "", "浏览量", "28")
    return g


def form() -> Grid:
    g = Grid(7)
    g.add(C(TITLE, span=7))
    g.add(C("", span=7))
    g.add(C("单位名称:施甸县农业农村局", span=4), C("填报日期:2022年7月5日", span=3))
    g.add("项目名称", C(PROJECT, span=6))
    g.add("主管部门", C("施甸县人民政府", span=2), C("项目实施单位", span=2), C("施甸县农业农村局", span=2))
    g.add("项目类别", C("1、部门预算项目 □ 2、上级专项 þ", span=6))
    g.add("项目属性", C("1、持续性项目 □ 2、新增性项目þ", span=6))
    g.add(C("预算执行情况(万元)(20分)", span=2), "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分\n(20分*执行率)", span=2))
    g.add(C("年度财政资金总额", span=2), "650", "94", "0.1", C("2.9", span=2))
    g.add(C("年度绩效目标1\n(80分)", down=6), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标", down=2), "数量指标", "扶持发展新型农业经营主体\n(个)", "15", "6", "8.0")
    g.add("数量指标", "带动贫困户(人)", "11442", "4164", "7.3")
    g.add(C("效益指标", down=2), "经济效益指标", "新型经营主体实现产值(%)", "8000", "12767.36", "31.9")
    g.add("经济效益指标", "新型经营主体助农增收\n(元)", "1980", "2074", "10.5")
    g.add("满意度指标", "服务对象满意度指标", "满意度(%)", "90", "100", "11.1")
    g.add(C("总分", span=6), "71.7")
    g.add("偏差大或\n目标未完成\n原因分析", C(DEVIATION, span=6))
    g.add("改进措施及\n结果应用方案", C(IMPROVE, span=6))
    return g


def doc() -> Doc:
    return Doc(TITLE, [record(), form()])
