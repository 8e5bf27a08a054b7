"""万盛经开区财政局 (重庆) 2025: the letter passing the 2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金
down, as the district's site shows it, with its two attachments in the page.  The letter is addressed to 民政局 and
names no amount; 附件1 (资金分配表, 单位:万元) has a three-row head (老年人福利 over (支出科目:2296002) over 小计 |
老年助餐经费 | 项目区县家庭养老床位建设及居家养老上门服务费) and one row giving 11.7 to 卫生健康局 (not the addressee);
附件2 is the 中央对地方转移支付区域绩效目标表(2025年度) of the whole municipality, the title a paragraph above the
table: 项目名称 cut to 中央专项彩票公益金支持 in the cell itself, 中央主管部门 with its code in brackets ([118]民政部),
省级财政部门 beside 省级主管部门, 资金情况 merged down over 下达资金总额 1916 | 其中:中央财政补助 1916 | 地方资金
(blank) -- the city's 1916万, not the district's 11.7 -- and no 区县 rows, so the only local names are the letter's.
The stored page is cut inside the 年度总体目标 text, so that row and the indicator block are left out.
The unit is the letter's writer in full, as its heading names it (重庆市万盛经开区财政局; the signature
writes 万盛经开区财政局), by the rule every truth follows: a unit as the document names it in full."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://ws.cq.gov.cn/bm/czj/bmgkml/zdzj/202506/t20250630_14761834.html",
    "title": "重庆市万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知",
    "issuer": "万盛经开区财政局",
    "province": "重庆",
    "year": 2025,
    "kind": "区域绩效目标表",
    "format": "html",
}
FILE = "万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知.pdf"

PROGRAMME = "2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金"
LETTER = [
    SOURCE["title"],
    "民政局:",
    "根据《重庆市财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知》"
    "(渝财社〔2025〕49号),现下达你单位2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算。"
    "现将有关事宜通知如下:",
    "一、此次下达的中央财政补助资金,按规定用于支持发展老年助餐服务,具体用于支持各地乡镇(街道)层面具有一定服务规模、"
    "运营相对稳定成熟的老年助餐点购置或更新相关设施设备,并适当向农村地区倾斜,引导建立可持续、可推广复制的运营机制与模式。",
    "二、该项目支出列“2296002用于社会福利的彩票公益金支出”。",
    "三、要加强资金使用管理,努力提高资金使用效益。进一步加强预算绩效管理,对照区域绩效目标表(附件2)完善绩效目标,"
    "确保年度绩效目标如期实现。",
    "万盛经开区财政局",
    "2025年6月30日",
    "(此件主动公开)",
]


def doc() -> Doc:
    alloc = Grid(5)
    alloc.add(C("序号", down=3), C("预算单位", down=3), C("老年人福利", span=3))
    alloc.add(C("(支出科目:2296002)", span=3))
    alloc.add("小计", "老年助餐经费", "项目区县家庭养老床位建设及居家养老上门服务费")
    alloc.add("1", "卫生健康局", "11.7", "11.7", "")
    g = Grid(6)
    g.add("项目名称", C("中央专项彩票公益金支持", span=5))
    g.add("中央主管部门", C("[118]民政部", span=5))
    g.add("省级财政部门", "重庆市财政局", "省级主管部门", C("重庆市民政局", span=3))
    g.add(C("资金情况", down=3), "下达资金总额", C("1916", span=4))
    g.add("其中:中央财政补助", C("1916", span=4))
    g.add("地方资金", C("", span=4))
    return Doc(SOURCE["title"], [
        *LETTER,
        "附件1", PROGRAMME.removesuffix("资金") + "资金分配表", "单位:万元", alloc,
        "附件2", "中央对地方转移支付区域绩效目标表(2025年度)", g,
    ])
