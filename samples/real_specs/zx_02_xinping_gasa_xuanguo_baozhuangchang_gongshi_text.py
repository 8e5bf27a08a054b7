"""戛洒镇人民政府 (新平县, 玉溪, 云南) 2023 公示 of a 扶持壮大村级集体经济 project (戛洒镇乡村振兴选果包装厂), as a
Word plain-text export of the notice: no title line (the stored page starts with the opening sentence), then six
sections under 一、 … 六、 headings, each heading on its own line: 一、项目概况 as four 标签:值 lines (项目名称,
实施单位 戛洒镇人民政府, 责任人, 项目地点), 二、 the works as 1. … 4. lines (㎡, m³ and kVA in them), 三、资金规模与来源
with two amounts in one sentence (项目概算总投资552.71万元,其中445万元为中央财政衔接推进乡村振兴补助资金,其余不足部分
由村集体自筹: the project's budget is the 552.71万元 total), 四、 the dates, 五、项目绩效目标 as one sentence with a
stale year in it (确保到2022年… in a 2023 project) and 六、带贫减贫机制实现情况 (项目建成后后, doubled as published;
expected 540万元/年 income, 70万元/年 profit).  Then the 公示时间 line with its stray spaces (2023 年2月24 日, 不少于
10 天), the contacts and the signature with the date.  No indicator table: the figures in 五、 and 六、 are prose.
The stored copy runs the whole notice together on one line, joined by single spaces (the page kept it in one
table cell): the line breaks here, at each heading, label and numbered item, are inferred; the contact line is
kept as one line since its spaces cannot be told from the text's own."""
from samples.templates import Doc

SOURCE = {
    "url": "https://www.xinping.gov.cn/xpxzfxxgk/btxw/20230224/1428823.html",
    # the page's own name is not in the stored copy: this one is made from the project's name
    "title": "新平县2023年扶持壮大村级集体经济项目(戛洒镇乡村振兴选果包装厂建设项目)公示",
    "issuer": "戛洒镇人民政府",
    "province": "云南",
    "year": 2023,
    "kind": "扶贫资金项目公示",
    "format": "html",
}
FILE = "新平县2023年扶持壮大村级集体经济项目(戛洒镇乡村振兴选果包装厂建设项目)公示.txt"

NAME = "新平县2023年扶持壮大村级集体经济项目(戛洒镇乡村振兴选果包装厂建设项目)"
GOAL = ("通过实施项目,盘活资产、优化项目,建立健全“村组联建”利益链接机制,确保到2022年村集体经济经营性收入在5万元"
        "基础上稳定增加、2025年达10万元以上,将全面实现统筹城乡发展和共同富裕的目标。")
LINKS = ("项目建成后后,解决柑橘产业选果阶段不便的问题,为柑橘产业的做大做强创造有利条件,对于带动群众增收致富具有重要"
         "意义。另一方面,通过经营项目,增加社区集体经济收入,为社区的发展和建设创造输血能力,对实现腰街社区乡村振兴具有"
         "重要作用。项目投产后,预计实现收入合计540万元/年,利润70万元/年。")


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        NAME + "已经评审并经县巩固脱贫攻坚推进乡村振兴领导小组批复。为认真执行扶贫资金项目公示公告制度,按照《云南省"
        "全面实施扶贫资金项目公告公示制度的实施意见》的要求,现公示如下:",
        "一、项目概况",
        "项目名称:" + NAME,
        "实施单位:戛洒镇人民政府",
        "责任人:关文荣",
        "项目地点:戛洒镇腰街社区",
        "二、项目建设内容",
        "1.新建1#生产车间建筑面积990㎡,2#生产车间建筑面积810㎡;",
        "2.安装地磅1座,50kVA变压器1台;",
        "3.毛石挡土墙200m³;",
        "4.果品分拣线1条,塑框生产线4条。",
        "三、资金规模与来源",
        "项目概算总投资552.71万元,其中445万元为中央财政衔接推进乡村振兴补助资金,其余不足部分由村集体自筹。",
        "四、项目实施日期",
        "2023年3月至2023年7月。",
        "五、项目绩效目标",
        GOAL,
        "六、带贫减贫机制实现情况",
        LINKS,
        "公示时间自2023 年2月24 日至3月6 日(不少于 10 天)。",
        "联系方式:戛洒镇人民政府: 0877-7391669 新平县扶贫办:0877-7011786 扶贫监督举报电话:12317",
        "戛洒镇人民政府",
        "2023年2月24日",
    ])
