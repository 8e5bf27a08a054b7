"""宣城市文化和旅游局's page 市文旅局2023年项目及绩效目标情况 (安徽, 宣城), as the bureau's site (wlj.xuancheng.gov.cn)
shows it: the breadcrumb (您现在所在的位置: 网站首页> 市文旅局> 财政资金> 部门项目), the record items twice -- first two
to a line, then one a line (索引号, 组配分类, 发布机构 宣城市文化和旅游局(宣城市广播电视新闻出版局), 主题分类, 名称, an
empty 文号:, 发布日期) --, the heading, a 发布时间 … 来源 … 浏览次数 line, then the projects in the Anhui budget-disclosure
prose: 1.非遗传承与保护 (no quotes, no 项目 after it) and its parts numbered 1) … 5) (not (1) … (7) as zzi_04 and
zzq_03 have them), each a paragraph; 2)立项依据 cites two laws with their dates of passing; 5)项目内容 is itself a
numbered list (1. … 4.) run on one line.

What sets it apart: the head names the unit twice, differently -- the 发布机构 and 来源 with the bureau's second name in
brackets (宣城市文化和旅游局(宣城市广播电视新闻出版局)), the 3)实施主体 without it --, the page's 名称 names no project
(项目及绩效目标情况 of the whole bureau), and the one project seen is named only by its numbered line.

The stored page breaks off inside 5)项目内容 (…组织我市的非遗传承): the paragraph is kept as far as it goes; the
6)年度预算安排, 7)绩效目标, the project's target table and any later project are missing.

Decided: the unit is the 实施主体 宣城市文化和旅游局 (the 发布机构's name less its bracketed second name, which the
实施主体 does not write); year 2023 (the page's 2023年, 起止时间 and 发布日期 agree); one project, 非遗传承与保护, as its
numbered line writes it; no budget, funding, goals or indicators are shown."""
from samples.templates import Doc

SOURCE = {
    "url": "https://wlj.xuancheng.gov.cn/OpennessContent/show/2727665.html",
    "title": "市文旅局2023年项目及绩效目标情况",
    "issuer": "宣城市文化和旅游局(宣城市广播电视新闻出版局)",
    "province": "安徽",
    "year": 2023,
    "kind": "项目及绩效目标情况",
    "format": "html",
}
FILE = "市文旅局2023年项目及绩效目标情况.html"
NO_GOLDEN = ("the head of a page cut before its table: the reader finds no project in its prose "
             "(its misses are in real_gaps.json)")

ISSUER = SOURCE["issuer"]
PROSE = [
    "1.非遗传承与保护",
    "1)项目概述。以申报项目和资金为基础,加强专项资金管理和监督,推进徽州文化生态保护区和宣纸文化生态保护区建设,强化展示展演"
    "和推介交流,开展传承人群培训和抢救性采录,充分展示非遗的魅力和活力。",
    "2)立项依据。《中华人民共和国非物质文化遗产法》(2011年2月25日第十一届全国人民代表大会常务委员会第十九次会议通过); "
    "《安徽省非物质文化遗产条例》(2014年8月21日安徽省第十二届人民代表大会常务委员会第13次会议通过)。",
    "3)实施主体。宣城市文化和旅游局。",
    "4)起止时间。2023年1月1日至2023年12月31日。",
    # as far as the stored page goes
    "5)项目内容。1.积极推进长三角一体化发展战略,加强长三角地区非遗合作交流,开展非遗项目展示展演; 2.积极申报2024年度中央和"
    "省级非遗保护资助项目; 3.创新形式,开展2023年“文化与自然遗产日”宣传展示活动。 开展“我们的节日”春节、元宵、清明、端午、"
    "中秋节非遗线上线下展示展演; 4.组织我市非遗项目参加国家、省组织的各类非遗展会。 组织我市的非遗传承",
]


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        "您现在所在的位置: 网站首页> 市文旅局> 财政资金> 部门项目",
        "索引号: 11341700MB1911893J/202305-00010 组配分类: 部门项目",
        f"发布机构: {ISSUER} 主题分类: 商贸、海关、旅游",
        f"名称: {SOURCE['title']} 文号:",
        "发布日期: 2023-05-12",
        "索引号: 11341700MB1911893J/202305-00010",
        "组配分类: 部门项目",
        f"发布机构: {ISSUER}",
        "主题分类: 商贸、海关、旅游",
        f"名称: {SOURCE['title']}",
        "文号:",
        "发布日期: 2023-05-12",
        SOURCE["title"],
        f"发布时间:2023-05-12 15:49 来源:{ISSUER} 浏览次数: 字体:[ ]",
        *PROSE,
    ])
