"""安溪县农业农村局 (福建, 泉州) 2025: its notice of 2025-03-17 passing the 2025年中央财政动物疫病强制免疫补助 (35万) down to
the townships, as the chacewang mirror stores it -- one run of text with the cells and paragraphs run together, the
notice's full stops turned into commas by the mirror (…确保财政资金安全有效, and the 注 under the table ends 进行安排,),
kept as stored.  No heading is stored: the text opens with the addressee (各乡镇财政所、社会事务服务中心:).  After the
body, the 附件 list and the signature come 附件1, a 分配表 of 24 townships (乡镇 | 补助经费(万元) | 备注, amounts 0.5 to 5
with no 备注 filled, a 全县合计 35 row; the 24 amounts add up to 35) with a 注: line under it, and 附件2, the province's
中央财政强制免疫补助资金绩效目标表 (2025年度), the same 福建 transfer form as zp_04's: 项目名称 (强制免疫补助, not the
longer name of the notice); 主管部门(单位)名称及部门预算编码 holding the PROVINCE's bureau with its code run in FRONT
of the name and no separator (331省农业农村厅, no 福建 either -- the county passed the province's form on as it came);
a 补助项目/区域项目 row answered 相关乡镇; 资金情况(万元) merged down over three label/value rows (资金总额: 35 | 其中:财政拨款
35 | 其他资金 blank).  The stored text is cut inside the 总体目标 text (按照国家及我省动物疫病强制免疫计划…), so, as in
zp_04, that row and the indicator block are left out: the rebuild ends with the 其他资金 row and has no indicators.
Inferred: the label/value geometry of the form (the mirror gives only the order of the words) and that the 注 line sits
under the 分配表 rather than in it.  Printed to PDF."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://chacewang.com/newsdetail/news777317.html",
    "title": "2025年中央财政强制免疫补助资金绩效目标表 (安溪县农业农村局2025年3月17日通知附件2)",
    "issuer": "安溪县农业农村局",
    "province": "福建",
    "year": 2025,
    "kind": "专项转移支付绩效目标表",
    "format": "html",
}
FILE = "2025年安溪县中央财政动物强制免疫补助资金分配表及绩效目标表.pdf"

BODY = ("为进一步做好我县动物疫病防控工作,防止非洲猪瘟、口蹄疫、禽流感等重大动物疫病疫情发生,根据《福建省财政厅福建省"
        "农业农村厅关于下达2025年中央财政动物疫病强制免疫补助资金的通知》(闽财农指〔2024〕104号)精神,现将2025年中央"
        "财政动物疫病强制免疫补助35万(附件1)下达给你们,收入列“1100252-农林水共同财政事权转移支付收入”,请各乡镇依据"
        "《财政部农业农村部水利部关于印发农业防灾减灾和水利救灾资金管理办法》的通知(财农﹝2023﹞13号)和绩效目标(附件2),"
        "做好2025年重大动物疫病强制免疫工作,该经费主要用于春、秋两季高致病性禽流感、口蹄疫、小反刍兽疫畜禽集中免疫期间"
        "的技术培训、动物防疫员的补贴、购买防疫服务、消毒灭源、增添疫苗冷藏设施等,各乡镇要加强资金监管,确保财政资金"
        "安全有效,")
TOWNS = [("龙涓镇", "5"), ("长卿镇", "1.5"), ("龙门镇", "2"), ("蓬莱镇", "1.5"), ("湖头镇", "2"), ("官桥镇", "1.5"),
         ("城厢镇", "1.5"), ("西坪镇", "2"), ("蓝田镇", "1"), ("感德镇", "1.5"), ("祥华乡", "1.5"), ("虎邱镇", "1"),
         ("大坪乡", "1.5"), ("尚卿镇", "1"), ("魁斗镇", "1"), ("剑斗镇", "1"), ("金谷镇", "1.5"), ("湖上乡", "1"),
         ("参内镇", "1"), ("芦田镇", "1"), ("桃舟乡", "1"), ("白濑乡", "1"), ("福田乡", "1.5"), ("凤城镇", "0.5")]
NOTE = "注:根据村数结合(家禽、猪、牛羊)养殖量、以及完成省市免疫抗体抽查进行安排,"


def doc() -> Doc:
    alloc = Grid(3)
    alloc.add("乡镇", "补助经费(万元)", "备注")
    for town, amount in TOWNS:
        alloc.add(town, amount, "")
    alloc.add("全县合计", "35", "")
    g = Grid(3)
    g.add("项目名称", C("强制免疫补助", span=2))
    g.add("主管部门(单位)名称及部门预算编码", C("331省农业农村厅", span=2))
    g.add("补助项目/区域项目", C("相关乡镇", span=2))
    g.add(C("资金情况(万元)", down=3), "资金总额:", "35")
    g.add("其中:财政拨款", "35")
    g.add("其他资金", "")
    return Doc("2025年中央财政强制免疫补助资金绩效目标表", [
        "各乡镇财政所、社会事务服务中心:",
        BODY,
        "附件:1.2025年安溪县中央财政动物强制免疫补助资金分配表",
        "2.2025年中央财政强制免疫补助资金绩效目标表",
        "安溪县农业农村局",
        "2025年3月17日",
        "附件1",
        "2025年安溪县中央财政动物强制免疫补助资金分配表",
        alloc,
        NOTE,
        "附件2",
        "中央财政强制免疫补助资金绩效目标表",
        "(2025年度)",
        g,
    ])
