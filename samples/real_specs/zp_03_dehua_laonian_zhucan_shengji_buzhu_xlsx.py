"""德化县民政局 (泉州, 福建) 2025: the two attachments of its notice passing 10万元 of 老年助餐省级补助资金 to 龙浔镇
(posted 2025-12-16), rebuilt as the workbook a clerk attaches, one sheet per attachment.  附件1, the
2025年老年助餐省级补助资金分配表 (单位:万元), splits the 10 over two 长者食堂 of 龙浔镇 (5 + 5: the 序号 and the
乡镇 merged down two rows).  附件2 is Fujian's 专项转移支付区域绩效目标表 (its title paragraph "(2025年度)" on the
line below): 项目名称 with a bracketed sub-name (…提升行动项目(老年助餐省级补助)), a label 主管部门(单位)名称及
部门预算编码 (broken over two lines) whose value is the unit alone, no code (德化县民政局), and 资金情况(万元) merged
down over label | amount pairs 资金总额 10 | 其中:财政拨款 10 | 其他资金 0 (amounts bare, the 万元 in the label).
The stored page is cut inside the 总体目标 text, so that row and the indicator block are left out.  The amounts are
typed numbers."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://dehua.gov.cn/ztzl/jczwgkbzhgfh/sdlybzzy/ylfw/202512/t20251218_3243154.htm",
    "title": "德化县民政局关于下达2025年老年助餐省级补助资金的通知",
    "issuer": "德化县民政局",
    "province": "福建",
    "year": 2025,
    "kind": "专项转移支付区域绩效目标表",
    "format": "html",
}
FILE = "德化县2025年老年助餐省级补助资金分配表及区域绩效目标表.xlsx"

NAME = "中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助)"


def num(n: float, span: int = 1) -> C:
    return C(format(n, "g"), span=span, value=n)


def doc() -> Doc:
    alloc = Grid(5)
    alloc.add("序号", "乡镇", "(社区)", "补助对象", "补助金额")
    alloc.add(C("1", down=2), C("龙浔镇", down=2), "英山村", "英山村长者食堂", num(5))
    alloc.add("德新社区", "德新社区长者食堂", num(5))
    alloc.add(C("合计", span=4), num(10))
    first = ["附件1", "2025年老年助餐省级补助资金分配表", "单位:万元", alloc]
    g = Grid(3)
    g.add("项目名称", C(NAME, span=2))
    g.add("主管部门(单位)名称及\n部门预算编码", C("德化县民政局", span=2))
    g.add(C("资金情况(万元)", down=3), "资金总额", num(10))
    g.add("其中:财政拨款", num(10))
    g.add("其他资金", num(0))
    second = ["附件2", "专项转移支付区域绩效目标表", "(2025年度)", g]
    return Doc(SOURCE["title"], [*first, *second], sheets=[("附件1", first), ("附件2", second)])
