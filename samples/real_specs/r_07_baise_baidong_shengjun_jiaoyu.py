"""百色市教育局 2024年度预算项目绩效目标公开表 (广西), as a site mirrors the bureau's page, here as an Excel
workbook: a sentence saying how many projects the department publishes sits in the table's first row, the
title in the second; the funding block is 项目资金(万元) merged down beside 合计 | 250, then 一般公共预算拨款
merged down over 小计 | 250, 市本级 | 250 and 中央及自治区补助 (blank), then 政府性基金预算拨款,
国有资本经营预算拨款 and 其他资金 left blank; long rows for 项目实施内容 (a sum worked out in the text:
1304*1.65*0.5=1075.80万元), 项目起止时间, 项目实施进度计划 and 年度绩效目标 (一、… 二、…).  The stored page is
cut inside the 中期绩效目标 row: the table ends before it, with no indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.frenduro.com/zwgk/t17980072.html",
    "title": "2024年度预算项目绩效目标公开表 百色市百东实验初级中学生均教育事业费",
    "issuer": "百色市教育局",
    "province": "广西",
    "year": 2024,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "百色市教育局2024年度预算项目绩效目标公开表.xlsx"

INTRO = ("百色市教育局部门(含所属二层)2024年1月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为百色市百东实验"
         "初级中学生均教育事业费,项目绩效目标详见附件。")
CONTENT = ("根据《百色市教育局委托广西希达教育开发有限公司管理百色市百东实验初级中学协议书》,市人民政府按照生均教育事业费"
           "1.65万元标准拨付办学经费给百色市百东实验初级中学,用于学校办公、水、电及教职工人员经费等。百色市百东实验初级"
           "中学2023年秋季在校学生1304人,1304*1.65*0.5=1075.80万元,2023年已经拨付466.42万元,还需要拨付"
           "1075.8-466.42=609.38万元,本次安排250万元。")
PLAN = ("百色市百东实验初级中学2023年6月份转为公办学校,2023年9月至2024年1月正常办学,2024年1-2月拨付办学经费。")
GOALS = ("一、根据协议支付合作办学经费,确保协议履约,实现学校正常运行。二、引进优质教育品牌、与名校合作办学、实施委托管理"
         "办学等方式,多渠道增加优质教育资源供给,培育和催生一批新的优质教育资源,进一步提升区域教育优质均衡发展水平和教育"
         "品牌影响力。")


def doc() -> Doc:
    g = Grid(6)
    g.add(C(INTRO, span=6))
    g.add(C("2024年度预算项目绩效目标公开表", span=6))
    g.add("项目名称", C("百色市百东实验初级中学生均教育事业费", span=5))
    g.add("项目主管部门", C("百色市教育局", span=2), "项目实施单位", C("百色市教育局", span=2))
    g.add("项目属性", C("经常性", span=5))
    g.add(C("项目资金\n(万元)", down=7), C("合计", span=2), C("250", span=3))
    g.add(C("一般公共预算拨款", down=3), "小计", C("250", span=3))
    g.add("市本级", C("250", span=3))
    g.add("中央及自治区补助", C("", span=3))
    g.add(C("政府性基金预算拨款", span=2), C("", span=3))
    g.add(C("国有资本经营预算拨款", span=2), C("", span=3))
    g.add(C("其他资金", span=2), C("", span=3))
    g.add("项目实施内容", C(CONTENT, span=5))
    g.add("项目起止时间", C("2024年1月1日至12月31日", span=5))
    g.add("项目实施\n进度计划", C(PLAN, span=5))
    g.add("年度绩效目标", C(GOALS, span=5))
    return Doc("2024年度预算项目绩效目标公开表", [g])
