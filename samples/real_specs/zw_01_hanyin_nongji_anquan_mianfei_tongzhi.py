"""汉阴县财政局 (安康, 陕西) 2020: the notice passing 3万元 of the 2020年省级农业专项 (农机安全免费管理) down to the
county's 农业农村局 (汉财农〔2020〕28号, dated 2020年6月7日), as the county's page shows it, with the 绩效目标表 it names
(附:绩效目标表) printed under the signature.  The page opens with a 公告 preamble (公告时间:长期, 监督电话, 公告单位,
地址) before the notice proper, and prints the document number without its opening bracket and with a space before
号 (汉财农2020〕28 号), kept as published.  The table is the 中央对地方专项转移支付 project form of 2020: a 专项(项目)名称
row that carries 负责人及电话 beside it (蒋孝军18909152188, the phone run straight on to the name), 中央主管部门 农业农村部
across, then 地方主管部门 (the PROVINCE's 陕西省农业农村厅, not the county's) beside 实施单位 汉阴县农业农村局.  The
project name in the table is much wider than the notice's title: 现代农业机械化装备示范、农机公共服务能力建设和农机安全
免费管理, where the notice and its title speak only of 农机安全免费管理 -- the table's wording is the project's name.  The
stored copy of the page ends on the first word of the next row (项目, the 项目资金 block): the table is rebuilt up to
its last whole row, so it carries no money, no 年度目标 and no indicator; the 3万元 is the notice's, not the table's.
The four-column grid (label | value | label | value, 中央主管部门's value across three) is inferred from the rows as the
page flattens them, one row a line."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.hanyin.gov.cn/Content-2121892.html",
    "title": "汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知",
    "issuer": "汉阴县财政局",
    "province": "陕西",
    "year": 2020,
    "kind": "专项转移支付绩效目标表",
    "format": "html",
}
FILE = "Content-2121892(汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知).html"

PREAMBLE = [
    SOURCE["title"],
    "现将省级农业专项(农机安全免费管理)补助经费安排情况予以公告,公告时间:长期。欢迎社会各界和广大干部群众监督"
    "(内容详见附件)。",
    "监督电话:0915-5273521 12317",
    "公告单位:汉阴县财政局",
    "地址:汉阴县城关镇凤凰大道47号",
]
NOTICE = [
    "汉财农2020〕28 号",
    "汉阴县财政局",
    "关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知",
    "县农业农村局:",
    "根据安康市财政局《关于提前下达2020年省级农业专项资金预算的通知》(安财农〔2019〕130号),现将2020年农机安全"
    "免费管理补助经费3万元下达你局,年终列入政府支出功能分类科目“2130122农业生产发展”。现就有关事项通知如下:",
    "一、请严格按照确定的绩效目标加强管理,及时督促项目实施,严格执行汉阴县财政投资评审和政府采购管理规定,切实加强"
    "资金管理,发挥资金使用绩效。严禁项目实施单位虚报冒领、套取和骗取项目资金。",
    "二、请你单位严格执行资金信息公开和公告公示制度,及时做好公告公示,并在收到资金文件后及时申请拨付资金,项目完工后,"
    "及时按要求组织报账和支付资金,并开展绩效目标自评,同时上报绩效目标自评表。",
    "附:绩效目标表",
    "汉阴县财政局",
    "2020年6月7日",
]
NAME = "现代农业机械化装备示范、农机公共服务能力建设和农机安全免费管理"


def doc() -> Doc:
    g = Grid(4)
    g.add("专项(项目)名称", NAME, "负责人及电话", "蒋孝军18909152188")
    g.add("中央主管部门", C("农业农村部", span=3))
    g.add("地方主管部门", "陕西省农业农村厅", "实施单位", "汉阴县农业农村局")
    return Doc(SOURCE["title"], [*PREAMBLE, *NOTICE, "绩效目标表( 2020年度)", g])
