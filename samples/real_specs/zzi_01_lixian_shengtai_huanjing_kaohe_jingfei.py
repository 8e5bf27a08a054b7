"""常德市生态环境局澧县分局 2021 预算项目绩效目标申报表 (湖南, 常德, 澧县), as the county's site shows it in the page
常德市生态环境局澧县分局2021年度绩效目标公开 (信息来源:澧县财政局, 2021-09-27): the same site and day as z_11
(澧县食用菌研究所), but the county's 专项 form, not its 部门整体 one.  Above the table, as lines of their own, the
form's title 预算项目绩效目标申报表, ( 2021 年度), the unit in 填报单位(公章): and the money in a 金额:100 万元
line -- the only place the amount is written (no 资金总额 block, no sources).  Then a two-column list of keys, each on
its own row: 项目名称, 项目填报人, 填报人联系电话 (a mobile number, kept as published), 业务股室 经建股; a long
专项立项依据 citing five documents, the titles nested inside 《 》 in < >, the years in [2019], (2011) and one
﹝2015﹞; a 实施计划 label merged over a header row 实施开始时间 | 实施结束时间 | 实施内容 and one plan row whose dates
are written 2021/1/1 and 2021/12/31 (the page runs them together as 2021/1/12021/12/31; the cut between them is
read from the date format) beside 1、10处水源地规范化建设项目 -- a water-source job under an 考核工作经费 name;
专项长期绩效目标 as four numbered lines in one cell; 专项年度绩效目标 begins a sentence (…进一步改善我县集中式
饮用水水源地水环境) that the stored page cuts there.  The rebuild ends with that row as far as it is seen: no
indicator block is shown.

Decided: the unit is the 填报单位 常德市生态环境局澧县分局; year 2021; one project, the 项目名称 as written; budget the
金额 100 万元 (1,000,000 元); no funding (the form names no source); no goals stated, since the only 年度 goal is
cut mid-sentence (the 长期 goals are not the year's); no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.li-xian.gov.cn/zwgk/public/6616363/1168566731.html",
    "title": "常德市生态环境局澧县分局2021年度绩效目标公开",
    "issuer": "常德市生态环境局澧县分局",
    "province": "湖南",
    "year": 2021,
    "kind": "预算项目绩效目标申报表",
    "format": "html",
}
FILE = "常德市生态环境局澧县分局2021年度绩效目标公开(预算项目绩效目标申报表).html"

UNIT = "常德市生态环境局澧县分局"
BASIS = ("财政部《关于印发<中央对地方重点生态功能区转移支付办法>的通知》(财预[2019]94号);环保部、财政部下发的《关于加强"
         "“十三五”国家重点生态功能区县域生态环境质量监测评价与考核工作的通知》(环办监测函[2017]279号);国家环保部、财政部"
         "联合印发的《国家重点生态功能区县域生态环境质量考核办法》(环发(2011)18号);国家环保部办公厅文件《关于印发<国家重点"
         "生态功能区生态环境质量监测评价与考核指标体系实施细则(试行)>的通知》(环办(2014)96号);环境保护部办公厅文件《关于"
         "印发<2016年国家重点生态功能区县域生态环境质量监测评价与考核工作实施方案>的通知》(环办﹝2015﹞77号)。")
LONG_TERM = ("1、加强生态环境保护,保障群众生产生活环境安全。\n"
             "2、加强环境监察、监测能力建设,进一步提高监察、监测水平。\n"
             "3、开展大气环境、水环境、土壤环境治理战役,促进生态环境质量进一步好转,环境质量总体稳定,污染治理取得实效,"
             "人居生活环境明显改善。\n"
             "4、加大环境监测监管执法力度,从源头预防、控制环境污染和环境破坏。")
# as far as the stored page goes
THIS_YEAR = "通过该项目实施,落实水污染防治工作要求,进一步改善我县集中式饮用水水源地水环境"


def doc() -> Doc:
    g = Grid(4)
    g.add("项目名称", C("环保局县域生态环境质量考核工作经费", span=3))
    g.add("项目填报人", C("雷文剑", span=3))
    g.add("填报人联系电话", C("13875076735", span=3))
    g.add("业务股室", C("经建股", span=3))
    g.add("专项立项依据", C(BASIS, span=3))
    g.add(C("实施计划", down=2), "实施开始时间", "实施结束时间", "实施内容")
    g.add("2021/1/1", "2021/12/31", "1、10处水源地规范化建设项目")
    g.add("专项长期绩效目标", C(LONG_TERM, span=3))
    g.add("专项年度绩效目标", C(THIS_YEAR, span=3))
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "2021-09-27 10:10 信息来源:澧县财政局",
        "预算项目绩效目标申报表",
        "( 2021 年度)",
        f"填报单位(公章):{UNIT}",
        "金额:100 万元",
        g,
    ])
