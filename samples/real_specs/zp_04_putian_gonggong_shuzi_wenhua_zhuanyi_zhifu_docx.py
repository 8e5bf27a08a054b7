"""莆田市财政局 and 莆田市文化和旅游局 (福建) 2022: their notice passing the 2022年中央支持地方公共文化服务体系建设补助资金
down, as the city's site shows it (the stored copy opens with the first paragraph: no heading, no addressee), its
amount lost in the text ("补助资金 万元"), with both attachments in the page.  附件1 (分配表, 单位:万元) gives 15 to
莆田市图书馆 with a 备注 saying what for, a 合计 row whose label sits in the second column, and a note under the table
(政府预算分类科目:50502商品和服务支出).  附件2, the 公共数字文化建设专项转移支付绩效目标表, is the province's form
passed on unfilled by the city: 项目名称 names two programmes joined by 、; 主管部门(单位)名称及预算编码 is the
PROVINCE's bureau with its nine-digit code run straight on (福建省文化和旅游厅335301302); 资金情况 merged down over
年度金额: 15 | 其中:中央补助 15 | 地方资金 (blank) -- the label with a colon.  The stored page is cut inside the
总体目标 text, so that row and the indicator block are left out.  Rebuilt as a Word file."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.putian.gov.cn/zwgk/zdlyxxgk/shgysyjsly/ggwhtyly/ggwhtyxmjsgl/202202/t20220207_1703836.htm",
    "title": "公共数字文化建设专项转移支付绩效目标表 (莆田市2022年中央支持地方公共文化服务体系建设补助资金附件2)",
    "issuer": "莆田市财政局 莆田市文化和旅游局",
    "province": "福建",
    "year": 2022,
    "kind": "专项转移支付绩效目标表",
    "format": "html",
}
FILE = "莆田市2022年中央支持地方公共文化服务体系建设补助资金(公共数字文化建设专项转移支付绩效目标表).docx"

LETTER = [
    "为支持完善公共文化服务体系,提升公共文化服务水平,根据《福建省财政厅 福建省文化和旅游厅关于提前下达2022年中央"
    "支持地方公共文化服务体系建设补助资金的通知》(闽财教指〔2021〕134号)和《文化和旅游部公共服务司、财务司关于做好"
    "2022年全国智慧图书馆体系建设项目、公共文化云建设项目实施工作的通知》(公共函〔2021〕16号)要求,现下达2022年中央"
    "支持地方公共文化服务体系建设补助资金 万元(详见附件),款列“2079999-其他文化旅游体育与传媒支出”科目。",
    "请切实加强专项资金监管,做好绩效跟踪管理,确保专款专用,切实提高财政资金使用效益。",
    "附件: 1.2022年度中央支持地方公共文化服务体系建设补助资金分配表",
    "2.公共数字文化建设专项转移支付绩效目标表",
    "莆田市财政局 莆田市文化和旅游局",
    "2022年1月26日",
    "(此件主动公开)",
]


def doc() -> Doc:
    alloc = Grid(5)
    alloc.add("序号", "项目单位", "补助项目", "补助金额", "备注")
    alloc.add("1", "莆田市图书馆", "全国智慧图书馆体系建设", "15", "莆田市图书馆知识资源细颗粒度建设和标签标引1万条")
    alloc.add("", "合计", "", "15", "")
    g = Grid(3)
    g.add("项目名称", C("全国智慧图书馆体系建设、公共文化云建设", span=2))
    g.add("主管部门(单位)名称及预算编码", C("福建省文化和旅游厅335301302", span=2))
    g.add(C("资金情况", down=3), "年度金额:", "15")
    g.add("其中:中央补助", "15")
    g.add("地方资金", "")
    return Doc("公共数字文化建设专项转移支付绩效目标表", [
        *LETTER,
        "附件1", "2022年度中央支持地方公共文化服务体系建设补助资金分配表", "单位:万元", alloc,
        "政府预算分类科目:50502商品和服务支出",
        "附件2", "公共数字文化建设专项转移支付绩效目标表", g,
    ])
