"""岳阳楼区 (湖南, 岳阳) 2021: a 项目支出预算绩效目标申报表 posted on the district's site on 2021-06-16 with
来源:区发改局 and no title but the form's own, as the stored page gives it: the record's lines (索 引 号, 发布机构
岳阳楼区人民政府, 生成日期 with its .0, 公开日期, 公开方式, 公开范围), the title, the 来源 line, then a
填报单位(盖章): / 单位负责人: line left blank -- the form never names the unit that fills it in.  The Yueyang form of
the late 2010s (the district's 2017 forms are the same): a 项目基本情况 label merged down the left of eight key rows
(项目名称; 项目属性 新增项目□ … 延续项目R; 主管部门 楼区政府 beside 项目起止时间 2021.1-2021.12; 项目负责人 and a
绩效管理联络员 -- the label broken over two lines -- each with a 联系电话; 项目类型 as three checkbox lines; 项目概况;
项目立项依据), the boxes ticked with an R (a Wingdings tick that lost its font) and a run of spaces between the
choices; then a 项目资金情况 label merged down two blocks, both with a 上年度安排资金 column BEFORE the year's
本年度申请资金: 项目资金申请(万元) by level of government (合 计 130 | 300, 区级资金 130 | 300, 市级资金, 省级资金,
中央资金 and 自有资金 empty) and 支出明细预算(万元) by use (合 计 and four numbered lines 1、办公及加班用餐费 10 | 40
… 4、其他 23 | 45, the 测算依据及说明 column empty).  项 目 and 合 计 are spaced.  The stored page breaks off in
the next label (单位已有的(或拟订的)保障项目实施的制度…): the rebuild ends after the 4、其他 row, so neither the
measures nor any 绩效目标 or indicator is shown.

Inferred: where the empty cells of the 市级 … 自有资金 rows and of the 测算依据 column sit (the page gives blank
runs); that 项目基本情况 and 项目资金情况 are merged labels (the page gives only the order of the cells, as in the
district's 2017 forms).

Decided: the unit is the bureau the page names, as it names it, 区发改局 (来源), not the 主管部门 楼区政府 nor the
site's 发布机构; year 2021 (项目起止时间 and the date of posting; the form has no 年度 line); one project; the budget
is the year's 本年度申请资金 合计 300 万元, and funding its one filled source 区级资金 300 万元 -- the 上年度 column is
last year's money and the 支出明细 lines are uses, not sources; no goals, no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.yylq.gov.cn/21487/21535/21748/21750/21907/content_1827850.html",
    "title": "项目支出预算绩效目标申报表",
    "issuer": "区发改局",
    "province": "湖南",
    "year": 2021,
    "kind": "项目支出预算绩效目标申报表",
    "format": "html",
}
FILE = "项目支出预算绩效目标申报表(来源区发改局2021-06-16).html"

TYPES = ("1.基本建设类 □    其中:新建  □    扩建  □    改建  □\n"
         "2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□\n"
         "3.其他专项类 R")
OVERVIEW = ("负责拟订并组织实施全区国民经济和社会发展战略中、长期规划和年度计划;综合管理全区建设项目;贯彻执行国家和省、市"
            "价格方针、政策以及相关法律、法规;协调推进经济发展环境的优化;组织实施国民经济动员和装备动员相关工作等。进一步加强"
            "区本级政府投资项目审批及概算管理,提高政府投资效益和项目管理水平。")
BASIS = "《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号"
# 项目资金申请(万元): 项目, 上年度安排资金, 本年度申请资金
SOURCES = [("合 计", "130", "300"), ("区级资金", "130", "300"), ("市级资金", "", ""), ("省级资金", "", ""),
           ("中央资金", "", ""), ("自有资金", "", "")]
# 支出明细预算(万元): 项目, 上年度安排资金, 本年度申请资金 (测算依据及说明 empty)
USES = [("合 计", "130", "300"), ("1、办公及加班用餐费", "10", "40"), ("2、打字复印及资料印刷费", "9", "55"),
        ("3、编制咨询费", "88", "160"), ("4、其他", "23", "45")]


def doc() -> Doc:
    g = Grid(6)
    g.add(C("项目基本情况", down=8), "项目名称", C("项目前期、项目概算及项目入库建设", span=4))
    g.add("项目属性", C("新增项目□                       延续项目R", span=4))
    g.add("主管部门", "楼区政府", "项目起止时间", C("2021.1-2021.12", span=2))
    g.add("项目负责人", "黄黎明", "联系电话", C("2293555", span=2))
    g.add("绩效管理\n联络员", "李娟", "联系电话", C("2296818", span=2))
    g.add("项目类型", C(TYPES, span=4))
    g.add("项目概况", C(OVERVIEW, span=4))
    g.add("项目立项依据", C(BASIS, span=4))
    down = len(SOURCES) + len(USES) + 2
    g.add(C("项目资金情况", down=down), C("项目资金申请(万元)", down=len(SOURCES) + 1), "项 目", "上年度安排资金",
          C("本年度申请资金", span=2))
    for name, last, this in SOURCES:
        g.add(name, last, C(this, span=2))
    g.add(C("支出明细预算(万元)", down=len(USES) + 1), "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明")
    for name, last, this in USES:
        g.add(name, last, this, "")
    return Doc(SOURCE["title"], [
        "索 引 号:11111/2021-1827850",
        "发布机构:岳阳楼区人民政府",
        "生成日期:2021-06-16 15:34:58.0",
        "公开日期:2021-06-16",
        "公开方式:政府网站",
        "公开范围:全部公开",
        "项目支出预算绩效目标申报表",
        "来源:区发改局 2021-06-16 15:34",
        "填报单位(盖章):                            单位负责人:",
        g,
    ])
