"""重庆市江津区鼎山街道办事处's 2021 重点项目绩效目标表 (重庆), as the street office's page shows it, here as the
Excel workbook such tables are kept in: the title on a row of its own, then pairs of key and value three to a row
(预算单位 | 项目主管部门 | 项目名称; 项目预计开始时间 1/1/2021 | 预计完成时间 12/31/2021 | 项目申报金额(万元) 2243.02,
dates and the amount as typed cells), 项目属性 延续项目 beside two keys both called 分类 (常年性支出, 重点专项),
long rows for 政策依据, 项目理由 (blank), 项目概况 (the costing, ending 共计22430200元), 项目支出明细,
项目实施进度计划, 项目中期规划绩效目标 (blank) and 项目当年绩效目标.  The stored page is cut at the 绩效指标
caption that follows: the table ends before it, with no indicator."""
from datetime import datetime

from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.jiangjin.gov.cn/jz/dsjdbsc_69043/zwgk_81486/fdzdgknr_81488/czyjs/js/202109/t20210915_9720621.html",
    "title": "重庆市江津区鼎山街道办事处2021年重点项目绩效目标表",
    "issuer": "重庆市江津区鼎山街道办事处",
    "province": "重庆",
    "year": 2021,
    "kind": "重点项目绩效目标表",
    "format": "html",
}
FILE = "重庆市江津区鼎山街道办事处2021年重点项目绩效目标表.xlsx"

UNIT = "重庆市江津区鼎山街道办事处"
SURVEY = ("本项目主要用于主要用于维护老集镇1个,标准5万元/年;背街小巷市政设施维护80万元;黄桷树长廊占地补偿1908株、"
          "单价37元/株,补上年未纳入预算38.01万元;环卫清扫保洁(一级)1344993㎡、单价10元/㎡,环卫清扫保洁(二级)"
          "367493㎡、单价7元/㎡;公厕34座,标准6.2万元/座;桥梁路面清扫保洁(1804㎡*7元/㎡=1.27万元),路面巡查维护"
          "(1804㎡*100元/㎡=18.04万元),护栏刷漆(440米*30元/米=1.32万元),护栏更换维修按护栏总量10%(44米*300元/米"
          "=1.32万元),从2020年1月起管护;应配备临时队员49人,按区财政局50000元/人.年预算标准计算;市政执法车辆2台,"
          "按5.50万元/辆.年计算。共计22430200元。")
GOAL = ("完成1个老集镇的维护,完成1908株黄桷树长廊占地补偿的发放,完成1712486㎡面积的清扫保洁,完成背街小巷166315㎡"
        "面积的管护,完成34座公厕的运行维护,完成3座桥梁的维护,完成背街小巷市政设施的维护,配备临时市政执法队员49人,"
        "保障2辆执法车辆的正常运维,弥补上年预算差额。")


def doc() -> Doc:
    g = Grid(6)
    g.add(C("重庆市江津区鼎山街道办事处2021年重点项目绩效目标表", span=6))
    g.add("预算单位", UNIT, "项目主管部门", UNIT, "项目名称", "市政日常维护经费")
    g.add("项目预计开始时间", C("1/1/2021", value=datetime(2021, 1, 1), fmt="m/d/yyyy"),
          "预计完成时间", C("12/31/2021", value=datetime(2021, 12, 31), fmt="m/d/yyyy"),
          "项目申报金额\n(万元)", C("2243.02", value=2243.02, fmt="0.00"))
    g.add("项目属性", "延续项目", "分类", "常年性支出", "分类", "重点专项")
    g.add("政策依据", C("江津府发【2016】40号", span=5))
    g.add("项目理由", C("", span=5))
    g.add("项目概况", C(SURVEY, span=5))
    g.add("项目支出明细", C("维修(护)费19980200元;委托业务费2450000元", span=5))
    g.add("项目\n实施进度计划", C("2021年12月31日前完成", span=5))
    g.add("项目中期规划绩效目标", C("", span=5))
    g.add("项目当年绩效目标", C(GOAL, span=5))
    return Doc("重点项目绩效目标表", [g])
