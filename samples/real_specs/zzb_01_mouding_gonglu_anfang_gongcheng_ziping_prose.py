"""牟定县 (楚雄州, 云南) 2020年第一批公路安全生命防护工程绩效自评报告, as the county government's site shows it in the
section of 牟定县交通运输局 (部门信息公开 >> 牟定县交通运输局 >> 正文; 日期 2021年03月24日): no table at all, a report
in three numbered parts whose indicators sit in prose under (三)绩效指标完成情况分析 as seven numbered items, each a
二级 label ending in a full stop (1.数量指标。 … 7.服务对象满意度指标。) and then a sentence.  No 一级 is written
anywhere, and item 5 is labelled 社会效益目标 (目标, not 指标).  Most items say what was DONE, not what was aimed at:
数量指标 lists three amounts in one sentence (处治里程8公里, 波型护栏1820米, 标志标牌18块 under 完成工程量), 质量指标 tells
the acceptance story before its rate (…评定为“合格工程”,项目(工程)验收合格率为100%), 时效指标 gives two dates (开工
2020年5月20日, 完工2020年6月20日) and no name, 成本指标 the amount given and the amount spent side by side (项目投资56万元,
实际决算金额54.6万元), 社会效益目标 two counts; only items 6 and 7 carry a comparator (≥95%), item 6 behind a two-clause
name (降低交通事故损失,提升公路交通安全保障水平≥95%).  The first paragraph names the plan (建设里程8公里, 下达车购税补助
56万元) and a typo of the source is kept (安全生命防护和为桥改造工程: 为桥 for 危桥).  The page's site header and
breadcrumb are left out; the title and the date line are kept (its runs of spaces made single).  The stored page breaks off inside part 三
(偏离绩效目标的原因…: 该项目下达资金56万元,实际完成投…): the rebuild ends with the heading of part 三.

What I decided for the truth: the unit is 牟定县, the place the heading names (as 宁晋县 and 慈溪市 are read from their
headings); the bureau appears only in the page's breadcrumb.  Each numbered item is a 二级; where its sentence is a name
and an amount, the name is the 三级 and the amount the value (数量指标 and 社会效益目标 split into one row per amount;
成本指标 keeps the amount given, 56万元, not the 54.6万元 spent, as a 自评 keeps the target); 时效指标, which names
nothing and holds two dates, stays one row without a 三级 whose value is its sentence (text)."""
from samples.templates import Doc

SOURCE = {
    "url": "http://mdx.gov.cn/info/1262/17963.htm",
    "title": "牟定县2020年第一批公路安全生命防护工程绩效自评报告",
    "issuer": "牟定县交通运输局",
    "province": "云南",
    "year": 2020,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "牟定县2020年第一批公路安全生命防护工程绩效自评报告.html"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = "牟定县2020年第一批公路安全生命防护工程绩效自评报告"
ROUTES = "涉及两条线路,分别为核桃树河至小利黑、小利黑至竹箐河,共完成工程量波型护栏1820米,标志标牌18块。"


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "日期:2021年03月24日 作者: 来源: 点击:[]",
        "一、绩效目标分解下达情况",
        "牟定县2020年第一批公路安全生命防护工程经楚雄州交通运输局关于转下达2020年第一批安全生命防护和为桥改造工程建设计划"
        "的通知(楚交路〔2020〕1号)下达。建设里程8公里,下达车购税补助56万元。项目通过邀请招标,于2020年5月20日开工建设,"
        "2020年6月20日完工," + ROUTES + "下达资金56万元,实际完成投资54.6万元。",
        "二、绩效目标完成情况分析",
        "(一)资金投入情况分析。该项目下达资金56万元,实际完成投资54.6万元。",
        "(二)总体绩效目标完成情况分析。该项目" + ROUTES,
        "(三)绩效指标完成情况分析。",
        "1.数量指标。该项目处治里程8公里,完成工程量波型护栏1820米,标志标牌18块。",
        "2.质量指标。该项目于2020年6月20日完工,2020年9月29日,通过由县交通运输局、应急管理局和县交警大队三部门联合组成的"
        "验收组验收,评定为“合格工程”,项目(工程)验收合格率为100%。",
        "3.时效指标。项目于2020年5月20日开工建设,2020年6月20日完工。",
        "4.成本指标。项目投资56万元,实际决算金额54.6万元。",
        "5.社会效益目标。项目处治路线2条,覆盖乡镇1个。",
        "6.可持续影响指标。降低交通事故损失,提升公路交通安全保障水平≥95%。",
        "7.服务对象满意度指标。项目区群众满意度≥95%。",
        "三、偏离绩效目标的原因和下一步改进措施",
    ])
