"""徽州区 (黄山, 安徽) 2025: the 中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表 of the district's one
cinema, as a tender aggregator (知了标讯) reposts the district government's attachment (2026-01-17), rebuilt as the
workbook the 区委宣传部 fills in.  The 2023 national transfer-payment self-evaluation form: 转移支付(项目)名称 (a year
inside the name: 2025年国家电影事业发展专项资金补助地方资金), 省级主管部门, 地方主管部门 beside 资金使用单位 (a company:
黄山市徽州区腾逸电影放映有限公司, the unit as docs/contract.md names it: 资金使用单位 before a 主管部门); a 资金投入情况(万元) block whose header is 全年预算数( A ) | 全年执行数( B ) | 分值 |
预算执行率( B/A×100%) | 得分 with the spaced brackets of the page, amounts 4 | 4 typed, and one "——" on each of the
中央/地方/其他 lines (read here as one cell over 分值, 执行率 and 得分, since the page shows a single dash where the
template has three cells); a 资金管理情况 block of seven rows that look like indicators and are not (分配科学性 |
情况说明 | 分值 | 得分: 6 | 6); 年初设定目标 beside 全年实际完成情况; then the indicators under a spaced 绩 效 指 标 caption,
一级 cells printed one character a line (产/出/指/标, 效/益/指/标) and 经济效益/指标 broken in two, with 年度指标值 |
全年完成值 | 分值 | 得分 | 未完成原因和改进措施.  Targets in 万 (≥4万人次 of viewers, ≥150万元 of takings).  The
aggregator's own lines (项目名称, 招标公司: 黄山市徽州区人民政府, 项目地区) are not the form and are left out; the stored
page breaks off in the 社会效益指标 row (its 三级 cut to "满"): the rebuild ends after the two 经济效益 rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://ah.zhiliaobiaoxun.com/article/88988353",
    "title": "中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表",
    "issuer": "黄山市徽州区人民政府",
    "province": "安徽",
    "year": 2025,
    "kind": "转移支付区域绩效自评表",
    "format": "html",
}
FILE = "中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表(2025年度).xlsx"

GOAL = "加强影院放映设备升级维护及公益放映保障,进一步提升服务质效,为地方文化事业发展贡献力量。"
DONE = ("2025年,影院共维护电影放映设备5套,有效提升影片放映质量,群众满意度不断提升。全年累计接待观影人数达4.4万人次,"
        "营业收入超过188万元。")
MANAGEMENT = [
    ("分配科学性", "全区共1家影院,资金全部拨付至该影院", 6), ("下达及时性", "资金已拨付至影院", 6),
    ("拨付合规性", "按规定拨付", 6), ("使用规范性", "按规定使用", 6), ("执行准确性", "按要求执行", 5),
    ("预算绩效管理情况", "按要求管理", 5), ("支出责任履行情况", "按要求履行责任", 6),
]


def num(n: float, span: int = 1) -> C:
    return C(format(n, "g"), span=span, value=n)


def doc() -> Doc:
    g = Grid(9)
    g.add("转移支付(项目)名称", C("2025年国家电影事业发展专项资金补助地方资金", span=8))
    g.add("省级主管部门", C("中共安徽省委宣传部", span=8))
    g.add("地方主管部门", C("中共黄山市徽州区委宣传部", span=3), C("资金使用单位", span=2),
          C("黄山市徽州区腾逸电影放映有限公司", span=3))
    g.add(C("资金投入情况\n(万元)", down=5), C("", span=3), "全年预算数( A )", "全年执行数( B )", "分值",
          "预算执行率\n( B/A×100%)", "得分")
    g.add(C("年度资金总额:", span=3), num(4), num(4), num(10), "100%", num(10))
    g.add(C("其中:中央财政资金", span=3), num(4), num(4), C("——", span=3))
    g.add(C("地方财政资金", span=3), "", "", C("——", span=3))
    g.add(C("其他资金", span=3), "", "", C("——", span=3))
    g.add(C("资金管理情况", down=len(MANAGEMENT) + 1), C("", span=3), C("情况说明", span=2), "分值", "得分",
          "存在问题和改进措施")
    for what, said, score in MANAGEMENT:
        g.add(C(what, span=3), C(said, span=2), num(score), num(score), "")
    g.add(C("总体目标完成情况", down=2), C("年初设定目标", span=4), C("全年实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("绩 效 指 标", down=5), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分",
          "未完成原因和改进措施")
    g.add(C("产\n出\n指\n标", down=2), "数量指标", "维护电影放映设备数量", "≥5套", "5套", num(20), num(20), "")
    g.add("质量指标", "提升放映质量", "明显", "明显", num(10), num(10), "")
    g.add(C("效\n益\n指\n标", down=2), C("经济效益\n指标", down=2), "全年影院观影人数", "≥4万人次", "4.4万人次",
          num(5), num(5), "")
    g.add("影院营业收入", "≥150万元", "188.6万元", num(5), num(5), "")
    return Doc(SOURCE["title"], [SOURCE["title"], "( 2025 年度)", g])
