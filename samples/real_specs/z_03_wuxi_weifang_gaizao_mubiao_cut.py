"""巫溪县财政局's letter passing on the 2025 农村危房改造补助资金 to the county's 住房和城乡建设委员会 (重庆), with its
绩效目标表 as 附件1 in the page (an HTML table under the letter), as the county's site shows it.  The letter comes
first: heading, 日期, a document number whose brackets and 号 the stored page has lost (202444), the addressee, the
paragraphs (the 484.45万元 is in the first; its 〔〕 and the 三 of the third point are lost the same way), the
attachment line, the signature and a date reduced to 2024122日.  The table is the 区域 template: 项目名称,
中央主管部门 ([120]住房城乡建设部), 省级财政部门 beside 省级主管部门, 资金情况(万元) merged down over 下达资金总额
(blank), 其中:中央财政补助 | 参见附件1具体金额 (the amount referred to the attachment that is this very table) and
地方资金 (blank); the goal row and the indicator block have no label in the first column (blank cells), then
一级指标 | 二级指标 | 三级指标 | 指标值 and a first indicator whose target is a slogan (应改尽改).  The stored page is
cut inside the second indicator's 三级 name (7度以上抗震设防地区…), so that row and the rest are left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cqwx.gov.cn/bm/xzfcxjw/zwgk_68174/zfxxgkml/jczwgk/ncwfgzly/bzzjgl_ncwf/bzzjysjs/202501/"
           "t20250116_14171946.html",
    "title": "巫溪县财政局关于提前转下达2025年农村危房改造补助 资金预算的函",
    "issuer": "巫溪县财政局",
    "province": "重庆",
    "year": 2025,
    "kind": "区域绩效目标表",
    "format": "html",
}
FILE = "巫溪县财政局关于提前转下达2025年农村危房改造补助资金预算的函.html"

LETTER = [
    "根据重庆市财政局关于提前下达2025年农村危房改造补助资金预算的通知》(渝财建〔2024246要求,2025年农村危房改造"
    "项目资金预算484.45万元提前下达给你们。具体有关要求如下。",
    "一、政府收支分类科目列报:功能科目列“2210105—农村危房改造",
    "二、强化资金管理,确保财政资金安全有效。围绕确保农村低收入群体等重点对象住房安全的政策目标,加强动态监测,发现"
    "一户、改造一户,并在全国农村危房改造信息系统中录入改造信息,及时拨付补助资金,提高预算资金执行进度。",
    "、按照全面实施预算绩效管理的要求,完善绩效目标管理,做好绩效运行监控和绩效评价,确保年度绩效目标实现,并接受有关"
    "部门监督和检查。",
    "附件:1.2025年农村危房改造补助资金绩效目标表",
]
GOAL = "支持农村低收入群体等重点对象实施危房改造和危房抗震改造,保障其基本住房安全。"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("农村危房改造补助资金", span=4))
    g.add("中央主管部门", C("[120]住房城乡建设部", span=4))
    g.add("省级财政部门", "重庆市财政局", "省级主管部门", C("重庆市住房城乡建委", span=2))
    g.add(C("资金情况(万元)", down=3), C("下达资金总额", span=2), C("", span=2))
    g.add(C("其中:中央财政补助", span=2), C("参见附件1具体金额", span=2))
    g.add(C("地方资金", span=2), C("", span=2))
    g.add("", C(GOAL, span=4))
    g.add(C("", down=2), "一级指标", "二级指标", "三级指标", "指标值")
    g.add("产出指标", "数量指标", "农村低收入群体等重点对象危房改造户数", "应改尽改")
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "日期:2025-01-16",
        "202444",
        "巫溪县住房和城乡建设委员会",
        *LETTER,
        "巫溪县财政局",
        "2024122日",
        "附件1",
        "2025年农村危房改造补助资金绩效目标表",
        g,
    ])
