"""湘阴县教育局's 项目支出预算绩效目标申报表 (2022年度) for 公办和普惠性民办幼儿园公用经费 (湖南 岳阳 湘阴县;
政府信息公开 page of 2021-10-18), as the page shows it: the site's heading, the page title (the project's name
only) and its 来源 / 发布时间 / 浏览次数 line, the form's title, year and 填报单位 line, then the form.  Not the
national 申报表 but Hunan's county one, laid out as key-value rows under row captions: 项目基本情况 over
项目名称 / 项目属性 (新增项目□ 延续项目√ as check boxes in one cell) / 主管部门 (left empty, 项目起止时间
2022.1—2022.12 beside it) / 项目负责人 and 绩效管理联络员 (each with a 联系电话, the numbers starred out) / 项目类型
(three classes with their sub-boxes, 3.其他专项类 √ ticked, all in one cell); 项目概况 and 项目立项依据 as
two-column captions; then 项目资金情况 over two blocks that both carry TWO money columns, 上年度安排资金 (213.4)
before 本年度申请资金 (259): 项目资金申请(万元) by level (合 计 / 市级资金 / 省级资金 / 中央资金 / 县级资金, only
the 县级 row filled though the 概况 says the province pays 70%) and 支出明细预算(万元) with a 测算依据及说明 column
(合 计 and one line, 幼儿园生均经费).  A page number (2) left between the two halves of the form splits it into two
tables; the second holds the 保障 制度、措施, the 项目年度实施进度计划 (项目实施内容 | 开始时间 | 结束时间, a
second line left as 2、) and 项目年度绩效目标情况 with 长期绩效目标 above 本年度绩效目标.  The stored page breaks
off inside the 本年度绩效目标 (按照省厅要求按人均500): the rebuild ends there, before any indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.xiangyin.gov.cn/31185/32019/32073/32178/58050/content_1915955.html",
    "title": "公办和普惠性民办幼儿园公用经费 项目支出预算绩效目标申报表(2022年度)",
    "issuer": "湘阴县教育局",
    "province": "湖南",
    "year": 2022,
    "kind": "项目支出预算绩效目标申报表",
    "format": "html",
}
FILE = "湘阴县教育局公办和普惠性民办幼儿园公用经费项目支出预算绩效目标申报表(2022年度).html"

NAME = "公办和普惠性民办幼儿园公用经费"
KINDS = ("1.基本建设类 □    其中:新建  □    扩建  □    改建  □2.行政事业类 □    其中: 采购类□    修缮类□    "
         "奖励类□ 3.其他专项类 √")
OVERVIEW = "公办和普惠性民办性幼儿园生均公用经费 每生每年补助500元,其中省级财政补助70%,县级财政配套补助30%。"
BASIS = "根据湘财教﹝2019﹞24号文件精神,按照全县公办园和普惠性民办幼儿园数据实测算"
LONG_GOAL = ("落实并进一步完善学前教育经费保障机制,按标准足额落实学前教育生均补助专项经费,支持我县公办和普惠性民办"
             "幼儿园的优质发展,向社会提供优质普惠性服务。")


def doc() -> Doc:
    g = Grid(6)
    g.add(C("项目基本情况", down=6), "项目名称", C(NAME, span=4))
    g.add("项目属性", C("新增项目□                       延续项目√", span=4))
    g.add("主管部门", "", "项目起止时间", C("2022.1—2022.12", span=2))
    g.add("项目负责人", "杨柳", "联系电话", C("139****8136", span=2))
    g.add("绩效管理联络员", "周哲", "联系电话", C("151****8227", span=2))
    g.add("项目类型", C(KINDS, span=4))
    g.add(C("项目概况", span=2), C(OVERVIEW, span=4))
    g.add(C("项目立项依据", span=2), C("湘财教﹝2019﹞24号", span=4))
    g.add(C("项目资金情况", down=9), C("项目资金申请(万元)", down=6), "项 目", "上年度安排资金",
          C("本年度申请资金", span=2))
    g.add("合 计", "213.4", C("259", span=2))
    g.add("市级资金", "", C("", span=2))
    g.add("省级资金", "", C("", span=2))
    g.add("中央资金", "", C("", span=2))
    g.add("县级资金", "213.4", C("259", span=2))
    g.add(C("支出明细预算(万元)", down=3), "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明")
    g.add("合 计", "213.4", "259", BASIS)
    g.add("幼儿园生均经费", "213.4", "259", "")
    h = Grid(6)
    h.add(C("单位已有的(或拟订的)保障项目实施的制度、措施", span=2), C("建立了幼儿园财金管理制度和审核制度", span=4))
    h.add(C("项目年度实施进度计划", span=2, down=3), C("项目实施内容", span=2), "开始时间", "结束时间")
    h.add(C("1、对全县公办和普惠性幼儿园生均经费的补助", span=2), "2022.1", "2022.12")
    h.add(C("2、", span=2), "", "")
    h.add(C("项目年度绩效目标情况", span=2, down=2), "长期绩效目标", C(LONG_GOAL, span=3))
    h.add("本年度绩效目标", C("按照省厅要求按人均500", span=3))
    return Doc(SOURCE["title"], [
        "政府信息公开",
        NAME,
        "来源: 湘阴县教育局 发布时间: 2021-10-18 15:07 浏览次数: 1",
        "项目支出预算绩效目标申报表",
        "(2022年度)",
        "填报单位:湘阴县教育局",
        g,
        "2",
        h,
    ])
