"""A district 区商务局's 2020年市级服务贸易发展资金项目自评表, the Word attachment 12 of a batch named after the
allocation notice (12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.doc), as a document
library (kunmingchi.com) shows its text; here as LibreOffice's .doc of the rebuilt Word file.  The form is
湖北's 市直 self-evaluation form (项目类别 / 项目属性 / 项目类型 checkbox rows, 预算执行情况(万元)(20分),
年度绩效目标(80分), 偏差大或目标未完成原因分析, 改进措施及结果应用方案, the 备注 on 口径 and 计分原则) with
市直专项 turned into 区直专项 by the district; the city is not named anywhere in what is shown, so 湖北 is
read from the form.  Above the table: 单位名称:区商务局 and 填报日期:2021 年 4 月 22 日.  The 主管部门 is
区商务局, the 项目实施单位 投资促进中心.  The library's text loses the ticked boxes (only the □ are left:
1、部门预算项目 2、区直专项□ …), kept as read.  The budget block is one row, 285.84 | 285.84 | 100% | 20.  What
sets it apart: the 一级 cells carry their weights, 产出指标(60分) and 效益指标(40分), inside a block captioned
(80分); the two 数量 rows put the unit in the name, in US dollars (服务外包在岸(万美元) 20000 | 23333.56,
服务外包离岸(万美元) 4500 | 4557.51); the 质量 target is a phrase (获得目的国(地区)受众欢迎 | 受目的国受众欢迎
显著); two 时效 rows are 预算资金执行率 90% and 资金拨付及时性 98%以上; and the 效益 targets are descriptions
or a question (企业把握正确政治导向和文化方向情况的评价, 是否利于企业走出去) with their 实际完成值 as the answer.
The 偏差 and 改进措施 rows are empty; a 单位主要负责人签批意见 row ends the table (签名: 年 月 日).  The library's
text breaks off inside note 2 of the 备注: the rebuild keeps the note up to the last whole sentence shown.  The
spaces the text shows around digits (2020 年, (60 分)) come from its PDF rendering and are left out.

Decided: the unit is the 单位名称 (区商务局); the budget is the 预算数 285.84 万元; value_raw is the
年初目标值(A); an amount whose unit is only in the name takes it from there, 万 belonging to the number
(20000 with (万美元): quantity 200000000 美元, US dollars not being a money unit of the contract); the
question 是否利于企业走出去 and the description 企业把握正确政治导向和文化方向情况的评价 are text, the phrase
获得目的国(地区)受众欢迎 qualitative; 90% as written is = 90 %."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html",
    "title": "12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.doc",
    "issuer": "区商务局",
    "province": "湖北",
    "year": 2020,
    "kind": "项目支出绩效自评表",
    "format": "doc",
}
FILE = "12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.doc"

NOTE = ("备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金"
        "实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("项目名称", span=2), C("2020年市级服务贸易发展资金", span=5))
    g.add(C("主管部门", span=2), C("区商务局", span=2), "项目实施单位", C("投资促进中心", span=2))
    g.add(C("项目类别", span=2), C("1、部门预算项目  2、区直专项□", span=5))
    g.add(C("项目属性", span=2), C("1、持续性项目  2、新增性项目□", span=5))
    g.add(C("项目类型", span=2), C("1、常年性项目  2、延续性项目□  3、一次性项目□", span=5))
    g.add(C("预算执行情况(万元)(20分)", down=2), "", "预算数(A)", "执行数(B)", "执行率(B/A)",
          C("得分(20分*执行率)", span=2))
    g.add("年度财政资金总额", "285.84", "285.84", "100%", C("20", span=2))
    g.add(C("年度绩效目标(80分)", down=9), "一级指标", "二级指标", "三级指标", "年初目标值(A)",
          "实际完成值(B)", "得分")
    g.add(C("产出指标(60分)", down=6), C("数量指标", down=3), "服务外包在岸(万美元)", "20000", "23333.56",
          "10")
    g.add("服务外包离岸(万美元)", "4500", "4557.51", "10")
    g.add("支持服务贸易、服务外包企业数量", "3", "3", "10")
    g.add("质量指标", "企业国际质量提升", "获得目的国(地区)受众欢迎", "受目的国受众欢迎显著", "10")
    g.add(C("时效指标", down=2), "预算资金执行率", "90%", "100%", "10")
    g.add("资金拨付及时性", "98%以上", "100%", "10")
    g.add(C("效益指标(40分)", down=2), "社会效益指标", "企业把握政治导向和文化方向情况",
          "企业把握正确政治导向和文化方向情况的评价", "企业较好把握正确政治导向和文化方向情况的评价", "20")
    g.add("可持续影响指标", "推动企业走出去方面发挥的作用", "是否利于企业走出去", "有利于推动企业走出去", "20")
    g.add(C("总分", span=6), "100")
    g.add(C("偏差大或\n目标未完成\n原因分析", span=2), C("", span=5))
    g.add(C("改进措施及\n结果应用方案", span=2), C("", span=5))
    g.add(C("单位主要负责人\n签批意见", span=2), C("签名:\n年    月    日", span=5))
    return Doc("2020年市级服务贸易发展资金项目自评表", [
        "2020年市级服务贸易发展资金项目自评表",
        "单位名称:区商务局                    填报日期:2021年4月22日",
        g,
        NOTE,
    ])
