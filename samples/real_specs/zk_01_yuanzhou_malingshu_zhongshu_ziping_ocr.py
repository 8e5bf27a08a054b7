"""原州区 (宁夏 固原) 2022 绩效目标自评表 of a 自治区-funded 马铃薯种薯繁育示范推广项目, implemented by 原州区农技中心,
as a document-sharing site (bigxun) gives the text of the PDF under 文本内容: -- an OCR of a scan, run together with
no cell separators, so the place of each cell is read from the order of the text.  Ningxia's 专项 自评表 layout, not
the national one: the title with the project's name (马铃薯冲薯繁育… -- 种薯 read as 冲薯), (2022年度), a
项目总得分99分 line above the table, key rows 项目名称 | 项目实施单位/项目负责人 (one cell, 原州区农技中心/杨勃兴),
自治区主管部门 | 专项实施期 (2022年3月-2022年11月), 市县财政部门 | 市县主管部门; the 项目名称 cell itself OCR'd into
nonsense (碟令薯樽轴示施项目) and kept so; a 资金情况(万元) block under 全年预算数(A) | 全年执行数(B) |
执行率(B/A) whose 年度资金总额 row carries only the budget (a bare 300) while the 自治区补助 row carries
300万元 | 259.45万元 | 86.5% (其中中央补助 and 市县资金 empty); one 年度总体目标 text (no 预期/实际 split; it
speaks of 425万粒 while the indicator says 550万粒); then 绩效指标 merged down the left beside 一级 | 二级 | 三级 |
分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施, the 一级 carrying their weights (产出指标(40分),
效益指标(40分)), the 三级 numbered in the cell (指标1免费发放原原种, 指标12021年11月30日前完成资金支付 -- the
number run into a year that is not the budget year), a third 数量 row (一级种薯繁育基地 8000亩 / 8535.5亩) with no
分值 or 得分 (the five other 产出 rows make the 40), a 质量 target that repeats the indicator's name in the value
cell (采购的原原种合格率≥90%), a 时效 target mixing a deadline and a rate (11月底完成100%), 是/是 for 成本 and
是/基本达到 (7 of 8 points) with a 未完成原因 sentence for 可持续影响, and the 生态 row read as 生态效益 | 指标1病害减少…
(the OCR gives 生态效益指标1病害减少 once).  The OCR's ≥ is restored where the reading is certain (290$ and 290% for
≥90%, 250% for ≥50% under a 认知度); the unclear ones are kept as read (工5% under the 经济效益 row, ^80% and 5=50% as
完成值).  The text is cut inside the 满意度指标(20分) row (种薯繁育企业、种植农户调…): the table ends after the
可持续影响指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.bigxun.com/view/1651813082920488962",
    "title": "马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度)",
    "issuer": "原州区农技中心",
    "province": "宁夏",
    "year": 2022,
    "kind": "绩效目标自评表",
    "format": "pdf",
}
FILE = "马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度).pdf"

TITLE = "马铃薯冲薯繁育示范推广项目绩效目标自评表"
GOAL = ("一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种"
        "繁育田850亩;二是企业自行采购马铃薯原原种200万粒,建成原种基地400亩,共计建成原种繁育基地1250亩,平均亩产"
        "马铃薯原种2500公斤")
SUSTAIN = "持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接"


def doc() -> Doc:
    g = Grid(9)
    g.add(C("项目名称", span=2), C("碟令薯樽轴示施项目", span=3), C("项目实施单位/项目负责人", span=2),
          C("原州区农技中心/杨勃兴", span=2))
    g.add(C("自治区主管部门", span=2), C("农业农村厅", span=3), C("专项实施期", span=2),
          C("2022年3月-2022年11月", span=2))
    g.add(C("市县财政部门", span=2), C("原州区财政局", span=3), C("市县主管部门", span=2),
          C("原州区农业农村局", span=2))
    g.add(C("资金情况(万元)", down=5), C("", span=2), C("全年预算数(A)", span=2), C("全年执行数(B)", span=2),
          C("执行率(B/A)", span=2))
    g.add(C("年度资金总额", span=2), C("300", span=2), C("", span=2), C("", span=2))
    g.add(C("其中中央补助", span=2), C("", span=2), C("", span=2), C("", span=2))
    g.add(C("自治区补助", span=2), C("300万元", span=2), C("259.45万元", span=2), C("86.5%", span=2))
    g.add(C("市县资金", span=2), C("", span=2), C("", span=2), C("", span=2))
    g.add(C("年度总体目标", span=2), C(GOAL, span=7))
    g.add(C("绩效指标", down=12), "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
          "未完成原因及改进措施")
    g.add(C("产出指标(40分)", down=6), C("数量指标", down=3), "指标1免费发放原原种", "8", "550万粒", "550万粒", "8", "")
    g.add("指标2企业自行采购", "8", "200万粒", "200万粒", "8", "")
    g.add("指标3一级种薯繁育基地", "", "8000亩", "8535.5亩", "", "")
    g.add("质量指标", "指标1采购的原原种合格率", "8", "采购的原原种合格率≥90%", "≥90%", "8", "")
    g.add("时效指标", "指标12021年11月30日前完成资金支付", "8", "11月底完成100%", "100%", "8", "")
    g.add("成本指标", "指标1种薯采购价格不高于市场价", "8", "是", "是", "8", "")
    g.add(C("效益指标(40分)", down=5), "经济效益指标", "指标1种薯亩均收入较鲜薯亩均收入", "8", "工5%", "工5%", "8",
          "")
    g.add(C("社会效益指标", down=2), "指标1一级种薯推广面积占总面积比例", "8", "80%", "^80%", "8", "")
    g.add("指标2群众对脱毒种薯和主食化专用品种的认知度", "8", "≥50%", "5=50%", "8", "")
    g.add("生态效益", "指标1病害减少,防治病虫害使用的化学农药量较上年减少", "8", "2%", "2%", "8", "")
    g.add("可持续影响指标", SUSTAIN, "8", "是", "基本达到", "7", "加强技术指导,加大宣传力度;加大项目支持力度")
    return Doc(TITLE, [TITLE, "(2022年度)", "项目总得分99分", g], landscape=True)
