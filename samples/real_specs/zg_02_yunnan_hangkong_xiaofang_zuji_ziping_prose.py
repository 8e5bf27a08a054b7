"""云南省2020年度中央自然灾害救灾资金绩效自评报告 (云南省应急管理厅's site, 预算公开, 2021-04-21) as the page shows
it: no table at all, a numbered report whose first fund (森林草原航空消防补助) carries its targets as prose.  The
page has lost every opening bracket ("一、中央自然灾害森林草原航空消防补助)救灾资金", "(一绩效目标…", "二)…",
"1)产出指标", "财资环〔2020〕83号)"), so the level headings read 1)产出指标 / 2)效益指标 / 3)满意度指标 and the 二级
stands in front of a colon inside the sentence (数量指标:…, 生态效益指标:…); each target is followed by what was
achieved (…8架,实际租机7架,未完成指标), two targets share one line split by a semicolon, the ceilings are written
with 需控制在 (6.5次/10万公顷 with no 以下, 1‰以内 in per mille) and the floor with 需达到80%以上, and the 满意度 line
has no 二级 at all.  The same targets appear once more as the 绩效年度目标 sentence (控制在…以下 / 控制在…以内).
The unit is not named in the text (only the province and the fund).  The stored page breaks off just after the
heading 三)偏离绩效目标的原因和下一步改进措施: the rebuild ends with that heading."""
from samples.templates import Doc

SOURCE = {
    "url": "http://yjglt.yn.gov.cn/html/2021/ysgk_0421/25860.html",
    "title": "云南省2020年度中央自然灾害救灾资金绩效自评报告",
    "issuer": "云南省应急管理厅",
    "province": "云南",
    "year": 2020,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "云南省2020年度中央自然灾害救灾资金绩效自评报告.html"

TITLE = "云南省2020年度中央自然灾害救灾资金绩效自评报告"


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "发布时间:2021-04-21 00:00:00",
        "一、中央自然灾害森林草原航空消防补助)救灾资金",
        "(一绩效目标分解下达情况",
        "2020年10月《财政部关于下达2020年中央自然灾害救灾资金森林草原航空消防补助资金)预算的通知》财资环〔2020〕83号)"
        "安排补助救灾资金2513万元,专项用于执行森林草原航空灭火救援任务,以及其他抢险救援任务。",
        "绩效年度目标:云南省森林火灾发生率控制在6.5次/10万公顷以下,年森林火灾受灾率控制在1‰以内。",
        "二)绩效目标完成情况",
        "1.资金投入情况",
        "1)项目资金到位情况。2020年预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为31%。",
        "2)项目资金执行情况。实际执行2513万元,执行率100%。",
        "3)项目资金管理情况。严格落实《中央自然灾害救灾资金管理暂行办法》财建〔2020〕45号),下拨资金全部用于航空应急"
        "救援飞机租赁,所有资金按照合同约定支付。",
        "2.总体绩效目标完成情况",
        "2020年云南省租用7架航空应急救援直升机开展森林航空消防工作。防期内共发生火灾54起,森林火灾发生率约为0.2次/10万公顷,"
        "受害森林面积995.26公顷,受害率为0.038‰。森林航空消防经费投入,极大提升森林火灾扑救效率,较好实现了年度目标。",
        "3.绩效指标完成情况",
        "1)产出指标",
        "数量指标:租机数量8架,实际租机7架,未完成指标",
        "2)效益指标",
        "生态效益指标:年森林火灾发生率需控制在6.5次/10万公顷,实际森林火灾发生率为0.2次/10万公顷;森林火灾受害率需控制在"
        "1‰以内,实际森林火灾受害率为0.038‰。",
        "3)满意度指标",
        "基层群众对森林草原航空消防项目的满意度需达到80%以上,实际满意度为90%。",
        "三)偏离绩效目标的原因和下一步改进措施",
    ])
