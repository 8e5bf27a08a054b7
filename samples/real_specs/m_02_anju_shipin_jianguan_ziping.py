"""遂宁市安居区 食品监管补助资金区域绩效目标自评表 (2021, 四川), as Word's plain-text export: no year
in the title (only the 2021年12月31日 deadline tells it), no unit in the table (中央/省级主管部门
are a ministry and a province's bureau; the unit is only in the file name), 自评得分 100 in its
own column beside the key rows, 预算数:/执行数: label cells with the amounts in 万元 written once
as "2.38  万元", 分值 (20, 20, 50) on the caption rows, the 产出 block opening with 质量指标 (no
数量指标), 三级 names prefixed 指标1:…指标6:, one cut short by the clerk (…科普宣传活), values
已完成 / 0次 / 逐步提高.  The page's copy breaks off inside the 可持续影响指标 row: the table ends
after the row before it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html",
    "title": "食品监管补助资金区域绩效目标自评表",
    "issuer": "遂宁市安居区市场监督管理局",
    "province": "四川",
    "year": 2021,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "安居区市场监管局食品监管补助资金区域绩效目标自评表.txt"


def doc() -> Doc:
    g = Grid(7)
    g.add("专项名称", C("食品监管补助资金", span=2), "中央主管部门", C("市场监管总局", span=2), "自评得分")
    g.add("省级财政部门", C("四川省财政厅", span=2), "省级主管部门", C("四川省市场监管局", span=2), "100")
    g.add(C("预算执行情况", down=3), "预算数:", "2.38", "执行数:", C("2.38", span=2), "20")
    g.add("其中:中央补助", "2.38  万元", "其中:中央补助", C("2.38万元", span=2), "")
    g.add("地方资金/其他", "万元", "地方资金/其他", C("万元", span=2), "")
    g.add(C("年度目标完成情况", down=5), C("预期目标", span=2), C("目标实际完成情况", span=3), "20")
    g.add(C("目标1:深入开展食品风险隐患排查整治。", span=2), C("目标1:深入开展食品风险隐患排查整治。", span=3),
          C("", down=4))
    g.add(C("目标2:加大违法行为打击力度。", span=2), C("目标2:加大违法行为打击力度。", span=3))
    g.add(C("目标3:加强基层监管人员监管业务培训。", span=2), C("目标3:加强基层监管人员监管业务培训。", span=3))
    g.add(C("目标4:加大食品安全宣传力度。", span=2), C("目标4:加大食品安全宣传力度。  ", span=3))
    g.add(C("年度绩效指标完成情况", down=10), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50")
    g.add(C("产出指标", down=7), C("质量指标", down=6), "指标1:食品安全监管人员培训", "已完成", "已完成", "5")
    g.add("指标2:违法案件查办率", "100%", "100%", "4")
    g.add("指标3:食品经营环节风险分级", "100%", "100%", "5")
    g.add("指标4:开展食品安全宣传周等科普宣传活", "已完成", "已完成", "3")
    g.add("指标5:进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", "已完成", "3")
    g.add("指标6:食品安全投诉举报处置率", "100%", "100%", "3")
    g.add("时效指标", "指标1:食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", "5")
    g.add(C("效益指标", down=2), C("社会效益指标", down=2),
          "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次", "0次", "3")
    g.add("指标2:辖区内公众食品安全科普知识素养", "逐步提高", "逐步提高", "3")
    return Doc("食品监管补助资金区域绩效目标自评表", ["食品监管补助资金区域绩效目标自评表", g])
