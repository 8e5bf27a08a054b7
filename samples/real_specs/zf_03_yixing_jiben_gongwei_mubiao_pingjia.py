"""An evaluation sheet of 基本公共卫生服务 money on 宜兴市's site (江苏, 无锡; posted 2017-04-20), as the stored page
holds it: no title, no unit, no year, no project name -- the text opens on the table.  Jiangsu's 绩效目标 /
评价 layout, unlike the national forms: a two-part head (绩效目标设置情况 over 目标名称 | 目标值 | 评价指标 | 标准值,
绩效目标完成情况 over 目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分), levels written as numbered captions on
otherwise empty rows (一、投入目标, 二、管理目标, 三、产出目标, and under it 1.数量目标), the targets numbered inside
their names (1.预算投入资金 … 4.专款专用资金), every row carrying both an absolute target (目标值: 6475 with no unit,
941250份, 56950人) and a rate the row is scored on (评价指标 written as a formula, 居民电子健康档案建档率=建立电子健康档案
人数/辖区内常住居民数*100%, with its 标准值 ≥75%), 管理 targets that are phrases or a numbered list ((1)成立管理组织;
(2)…;(3)季度通报), a blank 标准值, fractional scores (1.5) and scoring rules as sentences.  The indicator read
here is 目标名称 with 目标值 (the 设置 half's target), the 评价指标 and 标准值 being how it is scored.  The stored page
breaks off at the third 数量目标 row (孕产妇健康管理…): the table ends after the 0-6岁儿童 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://yixing.gov.cn/doc/2017/04/20/657601.shtml",
    "title": "",  # the stored page has no title
    "issuer": "宜兴市",  # the site; the stored page names no unit
    "province": "江苏",
    "year": None,  # the table states no year (posted 2017-04-20)
    "kind": "绩效评价指标表",
    "format": "html",
}
FILE = "657601.html"

EMPTY8 = ("", "", "", "", "", "", "", "")


def doc() -> Doc:
    g = Grid(9)
    g.add(C("绩效目标设置情况", span=4), C("绩效目标完成情况", span=5))
    g.add("目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值", "评分规则", "得分")
    g.add("一、投入目标", *EMPTY8)
    g.add("1.预算投入资金", "6475", "预算完成率", "100%", "6475", "100%", "1", "预算完成率超出正负10%不得分", "1")
    g.add("2.实际到位资金", "6475", "资金到位率", "100%", "6475", "100%", "1",
          "实际到位资金/预算投入资金≠100%则不得分", "1")
    g.add("3.实际支出", "6475", "实际支出率", "100%", "6475", "100%", "1", "实际支出率≠100%则不得分", "1")
    g.add("4.专款专用资金", "6475", "专款专用率", "100%", "6475", "100%", "1", "专款专用率≠100%则不得分", "1")
    g.add("二、管理目标", *EMPTY8)
    g.add("1.资金管理情况", "专账核算", "项目资金管理要求", "", "专账核算", "项目资金管理要求", "2",
          "专账核算资金/实际投入资金*100%≠100%则不得分", "2")
    g.add("2.财务管理", "支出符合财务管理制度规定", "财务管理规范度", "100%", "符合财务管理制度规定", "财务管理规范度",
          "2", "支出手续不完备酌情扣分,支出不符合项目要求不得分", "1.5")
    g.add("3.项目管理情况", "(1)成立管理组织;(2)季度督导、半年度考核、年度考核;(3)季度通报", "组织管理规范度",
          "100%", "有组织制度、考核制度、通报", "有", "2", "查阅资料", "2")
    g.add("三、产出目标", *EMPTY8)
    g.add("1.数量目标", *EMPTY8)
    g.add("居民电子健康档案建档数", "941250份", "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%",
          "≥75%", "1024410", "81.74%", "5", "查阅资料,根据评价指标得分,≥70%得3分,≥65%得1分,<65%不得分", "5")
    g.add("0-6岁儿童健康管理数", "56950人",
          "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%", "≥90%",
          "68890", "99.83%", "5", "查阅资料,根据评价指标得分,≥85%得3分,≥80%得1分,<80%不得分", "5")
    return Doc("657601", [g])
