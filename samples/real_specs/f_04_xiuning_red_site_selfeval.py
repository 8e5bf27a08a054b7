"""休宁县转移支付区域(项目)绩效目标自评表 2023 (皖浙赣省委驻地旧址陈列布展), 安徽 transfer-payment
self-evaluation as a tender site mirrors it: the project named under 转移支付(项目)名称, the unit
under 资金使用单位 (中央主管部门 is a ministry), funding rows with 0s, vertical 产/出/指/标,
三级指标 prefixed 指标1:/指标2:, values 300㎡, <=0%, durations 1个月 / 4个月 and a state
一次性通过省文物局验收; the stored mirror breaks off inside the 成本指标 row, so the table is
rebuilt up to the last row it shows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/news-1-290573675.html",
    "title": "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目",
    "issuer": "休宁县文物局",
    "province": "安徽",
    "year": 2023,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目.docx"

WHY = "展陈方案需通过省委宣传部审核,待展陈方案通过省委宣传部审核后,将尽快实施。"


def doc() -> Doc:
    g = Grid(7)
    g.add(C("休宁县转移支付区域(项目)绩效目标自评表", span=7))
    g.add(C("(2023年度)", span=7))
    g.add("转移支付(项目)名称", C("休宁县中共皖浙赣省委驻地旧址陈列布展项目", span=6))
    g.add("中央主管部门", C("国家文物局", span=6))
    g.add("地方主管部门", C("休宁县文化旅游体育局", span=2), "资金使用单位", C("休宁县文物局", span=3))
    g.add(C("资金情况(万元)", span=4), "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)")
    g.add(C("年度资金总额:", span=4), "127", "27.9996", "22%")
    g.add(C("其中:中央财政资金", span=4), "127", "27.9996", "22%")
    g.add(C("地方资金", span=4), "0", "0", "0")
    g.add(C("其他资金", span=4), "0", "0", "0")
    g.add(C("总体目标", span=4), C("全年实际完成情况", span=3))
    g.add(C("对中共皖浙赣省委驻地旧址进行陈列布展,完成布展面积300平方米,传承弘扬红色文化、发挥红色文化功能作用。", span=4),
          C("因该项目为革命文物展陈,展陈方案需通过省委宣传部审核,导致该项目施工较慢。待展陈方案通过省委宣传部审核后,将尽快实施。",
            span=3))
    g.add(C("绩效指标", down=6), "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施")
    g.add(C("产\n出\n指\n标", down=5), "数量指标", "布展面积", "300㎡", "0", WHY)
    g.add(C("质量指标", down=2), "指标1:工程实施总体质量", "一次性通过省文物局验收", "一次性", "未完成展陈建设")
    g.add("指标2:安全事故发生率", "<=0%", "<=0%", "——")
    g.add(C("时效指标", down=2), "指标1:招投标程序需要的时间(不含多次流标情况)", "1个月", "1个月", "——")
    g.add("指标2:项目完成周期周期", "4个月", "4个月", WHY)
    return Doc("休宁县转移支付区域(项目)绩效目标自评表", [
        "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目",
        g,
    ], landscape=True)
