"""医疗救助补助资金转移支付项目绩效目标自评表 (2024年度), as 霍山县's site shows it in the page (安徽, 六安; an
HTML table): 转移支付(项目)名称 and 中央主管部门 across, 地方主管部门 | 医疗保障局 | 资金使用单位 | 医疗保障局,
资金投入情况(万元) with its amounts written with 万 (3359.62万), then a 资金管理情况 block whose rows look
like indicators but are not (分配科学性 | 资金分配科学 | 暂无, seven of them: 情况说明 beside 存在问题和改进措施),
总体目标 beside 全年实际完成情况, and the indicators under a 绩效指标 column merged down (一级 | 二级 | 三级 |
指标值 | 全年实际完成值 | 未完成原因和改进措施), 产 出 指 标 spaced.  The unit is named only as 医疗保障局 (the
county is the site's).  The stored page is cut inside the second indicator row (医疗救助合规率), which is left
out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahhuoshan.gov.cn/public/6596221/37950404.html",
    "title": "医疗救助补助资金转移支付项目绩效目标自评表",
    "issuer": "霍山县医疗保障局",
    "province": "安徽",
    "year": 2024,
    "kind": "转移支付项目绩效目标自评表",
    "format": "html",
}
FILE = "医疗救助补助资金转移支付项目绩效目标自评表(2024年度).html"

GOAL = ("通过医疗救助的实施将改善困难群众就医待遇,推进防范和化解因病致贫返贫长效机制的建立健全,项目完成后,将强化基本"
        "医疗保险、大病保险、医疗救助综合保障水平,更好的确保困难群众不因罹患重特大疾病影响基本生活。")
DONE = ("2024年度医疗救助惠及11万人次,完成了预期目标,强化了基本医疗保险、大病保险、医疗救助综合保障水平,更好的确保"
        "困难群众不因罹患重特大疾病影响基本生活。")
MANAGEMENT = [
    ("分配科学性", "资金分配科学"), ("下达及时性", "资金下达及时"), ("拨付合规性", "资金拨付合规"),
    ("使用规范性", "资金使用规范"), ("执行准确性", "资金执行准确"), ("预算绩效管理情况", "资金预算绩效管理科学"),
    ("支出责任履行情况", "资金支出责任履行到位"),
]


def doc() -> Doc:
    g = Grid(7)
    g.add("转移支付(项目)名称", C("医疗救助补助资金", span=6))
    g.add("中央主管部门", C("医疗保障局", span=6))
    g.add("地方主管部门", C("医疗保障局", span=2), "资金使用单位", C("医疗保障局", span=3))
    g.add(C("资金投入情况(万元)", down=6), C("", span=2), "全年预算数(A)", "全年执行数(B)",
          C("预算执行率(B/A×100%)", span=2))
    g.add(C("年度资金总额:", span=2), "3359.62万", "3359.62万", C("100%", span=2))
    g.add(C("其中:中央财政资金", span=2), "829.3万", "829.3万", C("100%", span=2))
    g.add(C("彩票公益金用于医疗救助", span=2), "0", "0", C("100%", span=2))
    g.add(C("地方资金", span=2), "2530.32万", "2530.32万", C("100%", span=2))
    g.add(C("其他资金", span=2), "", "", C("", span=2))
    g.add(C("资金管理情况", down=len(MANAGEMENT) + 1), C("", span=2), C("情况说明", span=2), C("存在问题和改进措施", span=2))
    for what, said in MANAGEMENT:
        g.add(C(what, span=2), C(said, span=2), C("暂无", span=2))
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=3), C("全年实际完成情况", span=3))
    g.add(C(GOAL, span=3), C(DONE, span=3))
    g.add(C("绩效指标", down=2), "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施")
    g.add("产 出 指 标", "数量指标", "享受医疗救助人次", "≥50000人次", "110406", "")
    return Doc("医疗救助补助资金转移支付项目绩效目标自评表", [
        "医疗救助补助资金转移支付项目绩效目标自评表", "(2024年度)", g,
    ])
