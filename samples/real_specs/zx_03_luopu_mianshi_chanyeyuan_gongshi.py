"""和田地区北京工业园区管理委员会's 2022 公示 (洛浦县, 新疆) of a 乡村振兴衔接资金 project, the 洛浦县特色面食产业园,
as a bidding portal republished it (ixbang.com), here as a Word file of paragraphs: no title in the stored copy, an
opening sentence naming the deciding office, the implementer and the amount (涉及资金1840万元), five items under
一、 … 五、 each a label, a colon and its text, with 实施期限 and 实施单位及负责人 as unnumbered lines after 四、资金来源
及规模:乡村振兴衔接资金1840万元。, then the signature and the date.  The portal masked parts of the text and the
masks are kept as it shows them: "(略)" in place of words (… (略) 房建筑面积 *** ㎡ …, 固定 (略) 有。) and "***" for a
number; its stray spaces inside numbers and words are kept too (3959. 30 ㎡, 建筑 面积, 地上一 层).  The stored
copy also carries a leaked Office tag after the opening sentence (< :namespace prefix = o />): that is the
portal's, not the notice's, and is left out.  The targets (五、绩效目标) are prose in two numbered parts, 1.固定资产
收益 (rent at 8% of the fixed assets for three years, buy-back at 10%-50% over five, proceeds split 30% / 70%) and
2.带动就业致富增收 (300 jobs, 贫困群众不少于30%, 月收入不低于1500元), the second's heading on a line of its own: no
indicator table, so no indicator row; the notice is dated 2022年4月18日 though the works were to run 2022年1月-
2022年3月."""
from samples.templates import Doc

SOURCE = {
    "url": "https://ixbang.com/bid/detail/DA53398E4388C366AF9705DA0CA65FAB.html",
    # the notice's own title is not in the stored copy: this one is made from the project's name
    "title": "洛浦县特色面食产业园及附属配套建设项目公示",
    "issuer": "和田地区北京工业园区管理委员会",
    "province": "新疆",
    "year": 2022,
    "kind": "乡村振兴衔接资金项目公示",
    "format": "html",
}
FILE = "洛浦县特色面食产业园及附属配套建设项目公示.docx"

UNIT = "和田地区北京工业园区管理委员会"
NAME = "洛浦县特色面食产业园及附属配套建设项目"


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        f"经洛浦县乡村振兴工作领导小组办公室研究决定,{NAME}由{UNIT}实施,涉及资金1840万元,现将项目有关情况公示如下:",
        "一、项目名称:" + NAME,
        "二、项目实施地点:洛浦县",
        "三、项目建设内容:新建总建筑面积3959. 30 ㎡, (略) 房建筑面积 *** ㎡,地上一层; (略) 建筑 面积为34. 29㎡,"
        "地上一层;值班室建筑面积29. 81 ㎡,地上一 层。室外配套硬化、围墙、水、电、暖等附属工程及相关设施设备。",
        "四、资金来源及规模:乡村振兴衔接资金1840万元。",
        "实施期限:2022年1月-2022年3月。",
        f"实施单位及负责人:{UNIT}(负责人:罗云飞)",
        "五、绩效目标:1.固定资产收益。项目建成后,由企业有偿使用扶贫资金 (略) 房,合作期前三年,租赁费用按照固定资产"
        "投资的8%计取(以实际决算审定金额为准),企业须于每年7月1日前和12月31日前分两次兑付。合作期满三年后,由企业一次"
        "或分批次进行固定资产回购(不计折旧),按照固定资产投资的10%-50%的比例,在五年内回购完毕, (略) 分在当年不再计算"
        "扶贫收益,回购完成后,固定 (略) 有。",
        "(略) 得收益由项目单位收取后进行分配。受益村根据村实际情况按比例分别用于村集体使用及补助到贫困户,其中30%用于"
        "壮大村集体经济,70%用于补助到贫困户。",
        "2.带动就业致富增收",
        "企业运行过程中,根据工种的不同,可带动生产、运输、包装、销售人员就业300人,其中贫困群众不少于30%,月收入不低于"
        "1500元。促使贫困群众参与企业运营获取劳务报酬增加经济收入。",
        UNIT,
        "2022年4月18日",
    ])
