"""德化县财政局 and 德化县农业农村局's notice of 2020-10-13 handing down 12万元 of the 2020年市级财政专项扶贫资金(第二批
扶贫开发项目) to 龙门滩镇 and 葛坑镇 (福建, 泉州, 德化县), as a mirror of the county's site (cidudehua.net) stores it: the
notice from its addressee (各有关乡镇财政所、农业服务中心:) -- no heading or record items are kept --, the list of
three 附件, the two senders on one line and the date, then the three attachments, each a sheet-like table whose own
first two rows are the 附件N label and the title.

附件1, the 安排表, is a five-column list: 乡镇、村 | 金额 | 建设项目 | 补助金额 and an empty fifth column, one row a
village (龙门滩镇霞山村, 龙门滩镇磻坑村, 葛坑镇邱村村, 4 each, the works in a sentence: 修复拦水坝3座,水圳350米 …), and
a 合计 row of which the page gives only three cells (合计 | 12 | 12): the second 12 is put under 补助金额 by the sums,
the 建设项目 cell left blank.  附件2, the 任务清单, is 项目单位 | 约束性任务 | 备注 (龙门滩镇 扶持2个村, 葛坑镇 扶持1个村).
附件3 is the 绩效目标表, and what sets it apart is that it lies on its side: one row per 项目单位, the indicators across
as a three-row head -- 项目单位 merged down; 产 出 指 标 (spaced out) over 质量指标 | 数量指标 | 时效指标 and 效 益 指 标
over 社会效益指标, which itself spans two columns; then the 三级 names 资金投向合规率 | 扶持村数 | 资金使用率 |
指标1:改善村人居环境、改善基础设施 | 指标2:资金使用重大违规违纪问题 -- the 质量 column before the 数量 one, the two
社会效益 ones numbered inside their cells.  The stored page breaks off in the first unit's row (龙门…): that partial
row is dropped, so the table ends with its head and not one target value is shown.

Decided: the unit is 德化县农业农村局 -- the notice's second sender and the department the 扶贫 money belongs to (as
zzq_04 reads the same pair's notice); year 2020; one project, the fund of 附件3's title less 绩效目标表, its budget the
notice's 12万元 (120,000 元, also 附件1's 合计); no funding, no goals; no indicators -- the head names five, but every
target sits in a unit's row and none of those rows is shown (the cut 龙门 would be 龙门滩镇, a unit, not a value)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cidudehua.net/plus/view.php?aid=4306",
    "title": "",  # the stored text opens on the notice's addressee: no heading is kept
    "issuer": "德化县农业农村局",
    "province": "福建",
    "year": 2020,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "德化县下达2020年市级财政专项扶贫资金(第二批扶贫开发项目)的通知.html"
NO_GOLDEN = ("a notice whose stored page breaks off before any indicator: no project table "
             "(its misses are in "
             "tests/documents/real_gaps.json)")

FUND = "2020年市级财政专项扶贫资金(第二批扶贫开发项目)"
NOTICE = ("根据《泉州市财政局 泉州市农业农村局关于下达" + FUND + "的通知》(泉财农〔2020〕268号)文件精神,现将市级财政专项"
          "扶贫资金12万元下达给你们(见附件1),款列“2130599其他扶贫支出”科目,同步下达任务清单和绩效目标(见附件2、3)。"
          "请严格按照《泉州市财政局 泉州市农业农村局关于印发<泉州市市级财政专项扶贫资金管理暂行规定>的通知》"
          "(泉财农〔2019〕149号),加强资金监管,确保专款专用。")
VILLAGES = [
    ("龙门滩镇霞山村", "修复农田水利设施,修复拦水坝3座,水圳350米。"),
    ("龙门滩镇磻坑村", "新建蓄水池及修复自来水管道,确保饮水安全。"),
    ("葛坑镇邱村村", "后洋至后洋下角长约1公里,宽3.5米的道路硬化。"),
]


def allocation() -> Grid:
    g = Grid(5)
    g.add(C("附件1", span=5))
    g.add(C(FUND + "安排表", span=5))
    g.add("乡镇、村", "金额", "建设项目", "补助金额", "")
    for village, works in VILLAGES:
        g.add(village, "4", works, "4", "")
    g.add("合计", "12", "", "12", "")
    return g


def tasks() -> Grid:
    g = Grid(3)
    g.add(C("附件2", span=3))
    g.add(C(FUND + "任务清单", span=3))
    g.add("项目单位", "约束性任务", "备注")
    g.add("龙门滩镇", "扶持2个村", "")
    g.add("葛坑镇", "扶持1个村", "")
    return g


def targets() -> Grid:
    g = Grid(6)
    g.add(C("附件3", span=6))
    g.add(C(FUND + "绩效目标表", span=6))
    g.add(C("项目单位", down=3), C("产 出 指 标", span=3), C("效 益 指 标", span=2))
    g.add("质量指标", "数量指标", "时效指标", C("社会效益指标", span=2))
    g.add("资金投向合规率", "扶持村数", "资金使用率", "指标1:改善村人居环境、改善基础设施", "指标2:资金使用重大违规违纪问题")
    return g


def doc() -> Doc:
    return Doc(FUND, [
        "各有关乡镇财政所、农业服务中心:",
        NOTICE,
        "附件:1. " + FUND + "安排表",
        "2. " + FUND + "任务清单",
        "3. " + FUND + "绩效目标表",
        "德化县财政局 德化县农业农村局",
        "2020年10月13日",
        allocation(),
        tasks(),
        targets(),
    ])
