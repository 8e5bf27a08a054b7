"""广元市昭化区 2021 项目支出绩效目标申报表 for 麻风病防治 (四川; posted by 广元市昭化区卫生计生局 on 2022-03-01 as the
page 麻风病防治项目), as the stored page shows it, under the page's own heading and 发布时间/来源 line.  The same
district template as l_04 (特困家庭再扶助, posted the same day) but another unit and project: the unit is a 预算单位
line naming an abbreviation (区疾控中心); 项目资金(万元) is a nine-row block whose first row is a header (年度资金总额 |
金额(万元)) with no total of its own, then indented (一)/(二)/(三) 小计 lines and numbered sources, zeros written
0.00; 总体 目标 set on two lines over a single 年度目标; "绩效指标" is both the header row's first cell and a caption
merged down the indicator rows; 一级 names are 项目完成指标 and 项目效益指标, each broken over two lines; two rows
under every 二级 but 成本 and 满意度.  Values are mostly words: 覆盖全区所有人员, 明显增加, 良好, 持续加强, a 成本
row whose indicator is a whole sentence (严控成本,严格按照项目资金落实各项工作,不扩大,不增债) and whose value is
another (严格按照指标任务落实工作), a month range (2021年1月-12月) and a deadline with a rate in it (12月底前100%到位);
the disease is misspelt twice as 病风病 in indicator names.  The whole table is in the stored page."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://zhmail.cnzh.gov.cn/News/Detail/20220301121655505.html",
    "title": "麻风病防治项目",
    "issuer": "广元市昭化区卫生计生局",
    "province": "四川",
    "year": 2021,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "20220301121655505(麻风病防治项目).html"

GOAL = "每年开展“世界麻风病日”、“中国麻风节”宣传活动和春节前到两个敬老院看望慰问院内休养员、村外康复者和现症患者,实现慰问全覆盖。"


def doc() -> Doc:
    g = Grid(5)
    g.add(C("项目支出绩效目标申报表", span=5))
    g.add(C("(2021年度)", span=5))
    g.add("项目名称", C("麻风病防治", span=4))
    g.add("预算单位", C("区疾控中心", span=4))
    g.add(C("项目资金(万元)", down=9), C("年度资金总额", span=2), C("金额(万元)", span=2))
    for label, amount in [("   (一)财政拨款小计", "4.00"), ("       1、一般公共预算", "4.00"),
                          ("       2、政府性基金", "0.00"), ("       3、国有资本经营预算", "0.00"),
                          ("   (二)自有资金小计", "0.00"), ("       1、事业收入", "0.00"),
                          ("       2、经营性收入", "0.00"), ("   (三)其他收入", "0.00")]:
        g.add(C(label, span=2), C(amount, span=2))
    g.add(C("总体\n目标", down=2), C("年度目标", span=4))
    g.add(C(GOAL, span=4))
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)")
    g.add(C("绩效指标", down=12), C("项目完成\n指标", down=7), C("数量指标", down=2),
          "每年春节慰问麻风村休养员、村外康复者和现症病人", "32人")
    g.add("宣传教育", "覆盖全区所有人员")
    g.add(C("质量指标", down=2), "麻风村休养员、村外康复者和现症病人生活得到改善", "100%")
    g.add("广大群众对病风病防治知识知晓率显著提升", "100%")
    g.add(C("时效指标", down=2), "项目实施时间", "2021年1月-12月")
    g.add("资金拨付到位情况", "12月底前100%到位")
    g.add("成本指标", "严控成本,严格按照项目资金落实各项工作,不扩大,不增债", "严格按照指标任务落实工作")
    g.add(C("项目效益\n指标", down=4), C("社会效益指标", down=2),
          "政府对麻风村休养员、村外康复者和现症病人的关爱", "明显增加")
    g.add("广大群众对病风病防治意识", "明显增强")
    g.add(C("可持续影响指标", down=2), "项目实施情况", "良好")
    g.add("服务能力提升", "持续加强")
    g.add("满意度指标", "满意度指标", "群众幸福感", "明显提升")
    return Doc("麻风病防治项目", [
        "麻风病防治项目",
        "发布时间:2022-03-01 10:02:35 来源:广元市昭化区卫生计生局",
        g,
    ])
