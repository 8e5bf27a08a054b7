"""宁夏福利彩票发行中心's 2023 self-evaluation of an APP upgrade paid from the central 彩票市场调控资金 (宁夏), as a
bidding-news site reposts it (2023年福彩中心绩效项目支出自评表): the page says 详情见附件 and gives the attachment's
picture as OCR text under a warning (注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准).  The table is the
central-transfer 自评表: 专项(项目)名称 with an odd dash (﹣) and a slip (宁夏福彩AP系统), 中央主管部门, 自治区主管
部门 beside 资金使用单位, a 项目资金 (万元) block under 全年预算数 | 全年执行数 | 执行率 whose budget cells carry their
unit (50万元) and whose spending cells do not (47.68), an execution rate that does not match them (95.00% for
47.68/50), empty 地方资金 / 其他资金 rows; 总体目标完成情况 over 总体目标 | 全年实际完成情况 (the OCR gives them as
one run: split where the plan, 预计…, turns into what was done, 福彩App升级改造项目,其中:…), then 一级 | 二级 | 三级 |
年度指标值 | 全年完成值 | 未完成原因和改进措施 with no weights or scores, a 时效 target that is a bare month (12月,
done: 已完成), a 成本 target ≤50万元 met by 47.68万元, and 效益 rows whose target is a sentence (同比2022年销量显著
提高) and whose result is 显著提高.  The OCR repeats 数量指标 before the first 三级 (read as the 二级 caption
printed once); its other slips are kept as the page prints them (宣传奔孤生成, 形票销量, 捉升, 通过验后).  The text
is cut inside the 可持续影响指标 row: the rebuild ends after the 社会效益指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-303859372.html",
    "title": "2023年福彩中心绩效项目支出自评表",
    "issuer": "宁夏福利彩票发行中心",
    "province": "宁夏",
    "year": 2023,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "2023年福彩中心绩效项目支出自评表.html"

NAME = "彩票市场调控资金﹣宁夏福彩AP系统改版升级"
GOAL = ("项目预计总预算50万元,项目用于现有宁夏福彩APP优化升级改版,新增公益展示、宣传奔孤生成、扫票验奖、在售刮刮乐"
        "宣传展示模拟体验试刮,并对原有版块优化:新增福彩业主口袋商店,为业主定制专属二维码店铺,方便业主营销活动开展。"
        "预计2023年形票销量14.5亿元,筹集公益金2.35亿元。")
DONE = ("福彩App升级改造项目,其中:宁夏福彩APP系统升级改造扩充服务项目中标价格为29.8万元,宁夏福彩APP升级改造采购"
        "电子地图和技术对接服务项目中标价格为17.88万元,项目严格按照政府采购程序予以公开招标实施,按照合同约定,项目"
        "通过验后,项目费用已全部支付。")


def doc() -> Doc:
    g = Grid(7)
    g.add(C("专项(项目)名称", span=2), C(NAME, span=5))
    g.add(C("中央主管部门", span=2), C("中国福利彩票发行管理中心", span=5))
    g.add(C("自治区主管部门", span=2), C("宁夏回族自治区民政厅", span=2), "资金使用单位",
          C("宁夏福利彩票发行中心", span=2))
    g.add(C("项目资金 (万元)", down=5), C("", span=2), "全年预算数", "全年执行数", C("执行率", span=2))
    g.add(C("年度资金总额", span=2), "50万元", "47.68", C("95.00%", span=2))
    g.add(C("其中:中央财政补助", span=2), "50万元", "47.68", C("95.00%", span=2))
    g.add(C("地方资金", span=2), "", "", C("", span=2))
    g.add(C("其他资金", span=2), "", "", C("", span=2))
    g.add(C("总体目标完成情况", down=2), C("总体目标", span=3), C("全年实际完成情况", span=3))
    g.add(C(GOAL, span=3), C(DONE, span=3))
    g.add(C("绩效指标", down=7), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值",
          "未完成原因和改进措施")
    g.add(C("产出指标", down=4), "数量指标", "福彩APP系统改版升级", "100%", "100%", "")
    g.add("质量指标", "验收合格率", "100%", "100%", "")
    g.add("时效指标", "完成时间", "12月", "已完成", "")
    g.add("成本指标", "项目建设成本", "≤50万元", "47.68万元", "")
    g.add(C("效益指标", down=2), "经济效益指标", "拓展彩票销售渠道,捉升彩票销售量", "同比2022年销量显著提高",
          "显著提高", "")
    g.add("社会效益指标", "提升彩票销量,筹集更多彩票公益金", "同比2022年销量显著提高", "显著提高", "")
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "详情见附件",
        "(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)",
        g,
    ])
