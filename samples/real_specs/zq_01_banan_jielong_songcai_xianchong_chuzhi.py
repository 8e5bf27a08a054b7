"""接龙镇人民政府 (巴南区, 重庆) 2021: the 项目支出绩效目标表 of 重庆市巴南区接龙镇2020-2021年度松材线虫病除治, as the
town's page shows it (headed 附件1, the page titled 项目支出绩效目标表2020-2021年度松材线虫病除治, so the page title
carries 2020 and 2021 while the form says "( 2021 年度)" with spaces inside the brackets).  The submitting unit is named
only in a 绩效编制单位: row inside the table (重庆市巴南区接龙镇人民政府); 主管部门 is 区林业局 and 实施单位 the town's
接龙镇农业服务中心, then two Chongqing-specific key rows (归口业务科室 | 森防站 | 是否政府采购 | 是; 开始日期 2021.1 |
结束日期 2021.12), a 资金情况 (单位:万元) label merged down three rows (年度资金总额: 179.9, 其中:财政拨款 179.9,
其他资金 0), then 项目概况 and 立项依据 as long label | value rows.  The stored page breaks off inside the 当年绩效目标
cell (…衰弱木、): that row and the indicator block after it are left out, so the table has no indicator rows at all."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://cqbn.gov.cn/bmjz/jz/jlz/zwgk_89345/fdzdgknr_89347/ysjs_89130/ys/202106/t20210621_9409865.html",
    "title": "项目支出绩效目标表2020-2021年度松材线虫病除治",
    "issuer": "巴南区接龙镇",
    "province": "重庆",
    "year": 2021,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "t20210621_9409865(项目支出绩效目标表2020-2021年度松材线虫病除治).html"

NAME = "重庆市巴南区接龙镇2020-2021年度松材线虫病除治"
SURVEY = ("2021年,为保障森林资源安全,预计对接龙镇荷花村、新槐村、桥边村、桂兴村、中山村、碑垭村、塘边村、铁矿村、石磅村、"
          "柴坝村、自力村、关塘村、青山村、春龙村、河咀村、马路村、新湾村共计17个村凡有松树的林地山头(图班)有死亡松树"
          "(包括病死、枯死、疑似感病木、衰弱木、雪压木、风折木、地质滑坡木、火烧木、雷击木、旱死木、未腐烂伐桩及往年除治"
          "焚烧不彻底的所有疫木等)进行完全除治和焚烧碳化。")
BASIS = "巴南重林防指办〔2020〕11号关于开展秋普和编制实施方案的通知"


def doc() -> Doc:
    g = Grid(8)
    g.add(C("项目支出绩效目标表", span=8))
    g.add(C("( 2021 年度)", span=8))
    g.add(C("绩效编制单位:", span=2), C("重庆市巴南区接龙镇人民政府", span=6))
    g.add("项目名称", C(NAME, span=3), C("项目负责人及电话", span=2), C("吕泽18323869586", span=2))
    g.add("主管部门", C("区林业局", span=3), C("实施单位", span=2), C("接龙镇农业服务中心", span=2))
    g.add("归口业务科室", C("森防站", span=3), C("是否政府采购", span=2), C("是", span=2))
    g.add("开始日期", C("2021.1", span=3), C("结束日期", span=2), C("2021.12", span=2))
    g.add(C("资金情况\n(单位:万元)", down=3), C("年度资金总额:", span=2), C("179.9", span=5))
    g.add(C("其中:财政拨款", span=2), C("179.9", span=5))
    g.add(C("其他资金", span=2), C("0", span=5))
    g.add("项目概况", C(SURVEY, span=7))
    g.add("立项依据", C(BASIS, span=7))
    return Doc(SOURCE["title"], [SOURCE["title"], "附件1", g])
