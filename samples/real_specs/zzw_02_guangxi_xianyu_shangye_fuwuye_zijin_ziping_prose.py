"""广西's self-evaluation of the 2022 中央服务业发展资金 for the 县域商业建设行动 (the
region's part of the central transfer, 14680万元), as the 商务厅's site (swt.gxzf.gov.cn,
财政信息) stores the page: three lines of the site's chrome (我要收藏, 公共资源调用站点,
文章分享), no heading, then the report's first part, 一、绩效目标分解下达情况, in numbered
paragraphs.  Rebuilt as the page.

What sets it apart: no table at all -- the 自评表 the text points to ((具体详见自评表)) is
not on the stored page -- and everything a table would hold sits in sentences: the amount
twice (下达中央服务业发展资金(县域商业建设行动)14680万元, and split over eleven cities,
南宁市610万元 … 崇左市900万元, which add up to 14680), the 总体绩效目标 written out twice
word for word (as the centre set it, and as 广西 passed it on: 其中总体要求。以乡镇为重点…),
a count of indicators that are not given (一级指标3个、二级指标5个、三级指标7个), and then
the 具体指标 inline: 产出指标:全区县域商业建设行动试点县数量20个;.  The stored text stops
in the next one (2022年全区县域…).  Kept as found: the first date reads 2012年6月14日 for a
2022 notice (财建〔2022〕153号), and the 财政厅 notice's date (2022年7月14日) and number
(桂财建〔2022〕98号) sit in the same sentence as the split.

Decided: the unit is not named -- the text speaks as 广西, and the 财政厅 only distributes
the money -- so unit_name is null (the site is the 商务厅's, which the page never says); the
year 2022; one project, the fund as the first paragraph names it,
中央服务业发展资金(县域商业建设行动), budget 14680万元 (146,800,000 元); one goal, the
总体绩效目标 sentence (its two halves split by ; stay one goal; the repeat is the same goal);
one indicator, 产出指标 with no second level (none is written),
全区县域商业建设行动试点县数量 = 20个; the cut one (2022年全区县域…) has neither name nor
value and is not read; 3个/5个/7个 count indicators and are not indicators."""
from samples.templates import Doc

SOURCE = {
    "url": "http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/qt/t16697854.shtml",
    "title": "",  # the stored text opens on the site's chrome: no heading is kept
    "issuer": "广西壮族自治区商务厅",
    "province": "广西",
    "year": 2022,
    "kind": "区域绩效自评报告",
    "format": "html",
}
FILE = "2022年中央服务业发展资金(县域商业建设行动)绩效自评.html"
NO_GOLDEN = ("prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

GOAL = ("以乡镇为重点,升级改造一批商贸中心、超市、集贸市场等,发展连锁经营和电子商务,改善农村商业"
        "设施和公共服务短板;完善县乡村物流配送体系,加强资源整合,发展共同配送,畅通工业品下乡和农产品"
        "进城渠道,带动农民增收和农村消费。")
CITIES = ("南宁市610万元、柳州市1080万元、桂林市3240万元、梧州市2150万元、北海市820万元、"
          "防城港市350万元、钦州市1110万元、玉林市1060万元、百色市1870万元、河池市1490万元、"
          "崇左市900万元。")


def doc() -> Doc:
    return Doc("", [
        "我要收藏",
        "公共资源调用站点",
        "文章分享",
        "一、绩效目标分解下达情况",
        "(一)中央下达资金和绩效目标情况",
        "1.资金下达情况。2012年6月14日,广西收到《财政部关于下达2022年服务业发展资金预算的通知》"
        "(财建〔2022〕153号),下达中央服务业发展资金(县域商业建设行动)14680万元。",
        "2.下达绩效目标情况。中央下达广西的总体绩效目标为:" + GOAL + "同时,下达广西具体绩效指标:"
        "包含一级指标3个、二级指标5个、三级指标7个(具体详见自评表)。",
        "(二)广西资金安排、分解下达预算和绩效目标情况",
        "1.资金安排、分解情况。广西采用因素法分配资金,经广西区人民政府同意,广西财政厅于2022年7月"
        "14日以《广西壮族自治区财政厅关于下达2022年中央服务业发展资金(县域商业建设)的通知》"
        "(桂财建〔2022〕98号),将资金切块下达各市,其中:" + CITIES,
        "2.下达绩效目标情况。",
        "广西在下达资金的同时将绩效目标下达至各市,其中总体要求。" + GOAL
        + "具体指标。产出指标:全区县域商业建设行动试点县数量20个;2022年全区县域",
    ])
