"""温泉县 (博尔塔拉, 新疆) 2019 公示 of its 城乡居民基本医疗保险财政补助资金 project, carried out by 温泉县医疗保障局,
as the county's site (xjwq.gov.cn) stores it: the stored text has no heading (it opens on the announcing sentence:
经县扶贫开发领导小组研究决定,… 现将项目有关情况公示如下:), then a numbered list in the Xinjiang 项目公示 style
(一、… / 1、实施地点 … 7、绩效目标, each label on its own line and its text on the next), a small five-column table of
the per-person subsidy under 3、补助标准 (中央 416元 | 自治区 73元 | 自治州 20元 | 县 80元 | 合计 589元), and under
7、绩效目标 a 部门预算项目支出绩效目标表 (2019年度) in the Sichuan-style template (预算单位, 指标值(包含数字及文字描述)).

What a reader can trip on:
- the prose above the table already states the targets in words (参保43230人, 综合参保率大于95%, 住院报销比例大于68%,
  建档立卡贫困户参保率100%): only the table's rows are indicators;
- the 绩效 table carries an empty last column on every row, and an empty row under (2019年度);
- amounts sit inside label cells (年度资金总额:203, 其中:财政拨款 203), in 万元 though no unit is written there (the
  prose gives 203万元);
- the labels are spaced (总 体 目 标, 绩 效 指 标, 一级 指标), the only 一级 is 项目完成 (the Sichuan form's 项目完成指标
  without 指标), and a 质量指标 name reads 按时到期 where 到位 is meant;
- a value puts its percentage after a phrase (补助资金及时到位100%), another is a whole clause (专项补助使用符合政策
  规定), the 时效 value is a period (2019年1月-2019年12月).
The stored page breaks off after the 时效指标 row (the rows of 成本, 效益 and 满意度 that the form goes on to are not
there): the rebuild ends with it.

Truth decisions: unit_name is the table's 预算单位 温泉县医疗保障局; budget 203万元 → 2 030 000 元, all 财政拨款; the
period's target is its last day (2019-12-31); 补助资金及时到位100% is read as 100 %; the clause is qualitative."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.xjwq.gov.cn/info/1087/54556.htm",
    "title": "",  # the stored text opens on the announcing sentence: no heading is kept
    "issuer": "温泉县医疗保障局",
    "province": "新疆",
    "year": 2019,
    "kind": "项目公示(绩效目标表)",
    "format": "html",
}
FILE = "54556.html"

CONTENT = ("全县城乡居民基本医疗保险参保43230人,户籍人口基本医保综合参保率大于95%,参保人政策范围内住院报销比例大于68%,"
           "建档立卡贫困户参保率100%,减轻参保人员就医负担,缓解社会矛盾。")
GOAL = ("为建立全县统一、城乡一体、惠民高效、公平可及的城乡居民基本医疗保险制度,保障基本医疗需求,有利于进一步改善人民群众"
        "基本生活,保障居民身体健康,减轻家庭经济负担,使所有的参保人员不因病致贫、因病返贫。")


def standard() -> Grid:
    g = Grid(5)
    g.add("中央", "自治区", "自治州", "县", "合计")
    g.add("416元", "73元", "20元", "80元", "589元")
    return g


def targets() -> Grid:
    g = Grid(6)
    g.add(C("部门预算项目支出绩效目标表", span=5), "")
    g.add(C("(2019年度)", span=5), "")
    g.add("", "", "", "", "", "")
    g.add("项目名称", C("城乡居民基本医疗保险财政补助资金", span=4), "")
    g.add("预算单位", C("温泉县医疗保障局", span=4), "")
    g.add(C("项目资金 (万元)", down=3), C("年度资金总额:203", span=4), "")
    g.add(C("其中:财政拨款 203", span=4), "")
    g.add(C("其他资金", span=4), "")
    g.add(C("总 体 目 标", down=2), C("年度目标", span=4), "")
    g.add(C(GOAL, span=4), "")
    g.add(C("绩 效 指 标", down=8), "一级 指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)", "")
    g.add(C("项目完成", down=7), C("数量指标", down=4), "基本医疗保险参保人数", "43230人", "")
    g.add("城乡居民基本医疗参保率", "≥95%", "")
    g.add("贫困人员参保率", "100%", "")
    g.add("基本医疗保险财政补助标准", "589元/人", "")
    g.add(C("质量指标", down=2), "补助资金按时到期", "补助资金及时到位100%", "")
    g.add("符合政策规定", "专项补助使用符合政策规定", "")
    g.add("时效指标", "专项补助使用落实期限", "2019年1月-2019年12月", "")
    return g


def doc() -> Doc:
    return Doc("54556", [
        "经县扶贫开发领导小组研究决定,2019年城乡居民基本医疗保险财政补助资金项目由县医疗保障局实施1个,涉及资金203万元,"
        "现将项目有关情况公示如下:",
        "一、城乡居民基本医疗保险财政补助资金项目",
        "1、实施地点",
        "温泉县",
        "2、建设内容",
        CONTENT,
        "3、补助标准",
        standard(),
        "4、资金来源及规模(其中财政资金203万元)",
        "5、实施期限",
        "2019年1月1日-2019年12月31日",
        "6、实施单位及责任人",
        "实施单位:温泉县医疗保障局 责任人:马玉秀",
        "7、绩效目标",
        targets(),
    ])
