"""同心县下马关镇 2023 公示 (宁夏) of the targets set for a grape-growing project paid from the 衔接推进乡村振兴
fund, as a text export of the page: no table at all (the table itself is an attached .xlsx, not published),
the project, its 50万元 and its goal in the opening paragraph, then the targets written as prose under
一、产出指标 / 二、效益指标 / 三、满意度指标 headings: each 二级 label followed by a colon (or a comma) and
its indicators one after another, each name still carrying the template's placeholder (≥**株), (≤**元/株),
and its value after it (>=17600株, ≥80万元, ≤28.40/株), separated by commas, semicolons and full stops;
a 二级 label written as 社会效益目标, one 效益 clause restating 效益指标: before its label, and two
qualitative statements (生态修复功能提高, 持续发展) with no value.  The page's own record (索引号 | 发文时间,
发布机构 | 文号 …, 标题:) comes first, as a table."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/t20230919_4273316.html",
    "title": "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示",
    "issuer": "同心县下马关镇人民政府",
    "province": "宁夏",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示.txt"

OPENING = ("根据《关于下达2023年中央财政衔接推进乡村振兴资金预算指标的通知》(同财农(农)指标〔2023〕2-1号)精神,安排"
           "《自治区财政厅关于提前下达2023年第一批中央财政衔接推进乡村振兴补助资金预算指标的通知》(宁财(农)指标"
           "[2022]605号)资金50万元,实施同心县下马关镇设施农业黄金蜜(葡萄)种植项目,项目负责人金秀梧,项目建设内容:"
           "按照1760株/栋的标准,在10栋设施温棚中种植黄金蜜(葡萄)。项目总体绩效目标是:增加特色产业产值80万元,"
           "受益脱贫户、监测户10户,促使脱贫户、监测户增加收入80万元。现将绩效目标设定如下:")
OUTPUT = ("数量指标:★补助各类瓜果蔬菜种植数量,黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;"
          "时效指标:完成及时率(≥**%)>=100%。成本指标:作物种植补助标准,黄金蜜(葡萄)补助成本(≤**元/株)≤28.40/株。")
EFFECT = ("效益指标:经济效益指标:脱贫地区特色产业产值(≥**万元)≥80万元,促使脱贫户、监测户增加收入(≥**万元)≥80万元;"
          "社会效益目标:★★★受益脱贫户、监测户人口数(≥**户)≥10户。生态效益指标:生态修复功能提高。可持续影响指标,"
          "持续发展。")
TITLE = "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示"


def record() -> Grid:
    g = Grid(4)
    g.add("索 引 号", "640324032/2023-00047", "发文时间", "2023-03-27")
    g.add("发布机构", "同心县下马关镇", "文 号", "无")
    g.add("公开方式", "主动公开", "有效性", "有效")
    g.add("标 题:", C(TITLE, span=3))
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        record(),
        OPENING,
        "一、 产出指标",
        OUTPUT,
        "二、 效益指标",
        EFFECT,
        "三、 满意度指标",
        "服务对象满意度指标,受益脱贫户满意度(≥**%)≥95%。",
        "附件:下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定表.xlsx",
        "同心县下马关镇人民政府",
        "2023年3月27日",
    ])
