"""同心县农业农村局's 2025 绩效目标设定 (宁夏) for a training course for greenhouse vegetable growers paid from new
government bonds, as a text export of the page: no table (the table is an attachment not published), the page's
own record (索引号 | 发文时间, 发布机构 | 文号 …, 标题:) first as a table, a letter to 县人民政府 whose opening
paragraph gives the 30万元, the content and the 项目总体绩效目标, then the targets as headed prose: 一、产出指标 /
二、效益指标 / 三、满意度指标, each 二级 on its own line as an enumerated heading ((一)数量指标, (二)质量指标 …)
and one indicator per line under it.  Unlike the 2023 公示 of the same county (r_04) the names carry no
placeholders; the value follows the name directly with the less common signs ≧ and ≦ (≧300人, ≦1000元/人), or after
a comma (完成时限,2025年10月底前), and the four 效益 lines end in a bare word (…,增加; …,提高; …,持续提高).  The
满意度 line has no 二级 heading.  Lines end in ; or 。 as written."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.tongxin.gov.cn/zwgk/zfxxgkml/zfwj_54948/202507/t20250707_4954268.html",
    "title": "同心县2025年设施农业技术培训项目绩效目标设定",
    "issuer": "同心县农业农村局",
    "province": "宁夏",
    "year": 2025,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "同心县2025年设施农业技术培训项目绩效目标设定.txt"

TITLE = "同心县2025年设施农业技术培训项目绩效目标设定"
OPENING = ("根据《中共同心县委农村工作领导小组关于印发<同心县2025年巩固拓展脱贫攻坚成果同乡村振兴有效衔接项目实施方案>"
           "的通知》(同党农发〔2025〕2号)和自治区财政厅《关于下达2025年新增政府债劵资金指标的通知(第一批)》"
           "(宁财(债)指标〔2025〕113号)精神,安排同心县2025年设施农业技术培训资金30万元。项目建设内容:吸纳同心县内"
           "300人(户)具有一定规模从事设施蔬菜种植的种植户为培训对象,通过线上线下结合的方式进行培训,培训标准1000元/人,"
           "培训期限3天。项目总体绩效目标:提高种植人员实施蔬菜科学种植技术和管理水平,开拓视野。促进村集体及种植户增收。"
           "现将具体绩效目标设定如下:")


def record() -> Grid:
    g = Grid(4)
    g.add("索 引 号", "640324017/2025-00370", "发文时间", "2025-04-26")
    g.add("发布机构", "同心县农业农村局", "文 号", "无")
    g.add("公开方式", "主动公开", "有效性", "有效")
    g.add("标 题:", C(TITLE, span=3))
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        record(),
        "县人民政府:",
        OPENING,
        "一、产出指标",
        "(一)数量指标",
        "设施温棚种植人员(县内培训)≧300人;",
        "(二)质量指标",
        "参训人员结业率≥100%;",
        "(三)时效指标",
        "完成时限,2025年10月底前;",
        "(四)成本指标",
        "设施农业种植人员(县内培训)≦1000元/人;",
        "二、效益指标",
        "(一)经济效益指标",
        "带动村集体及种植户增收致富,增加;",
        "(二)社会效益指标",
        "学员素质素养和种植技术水平,提高;",
        "(三)生态效益指标",
        "培训人员绿色种植意识,提高。",
        "(四)可持续影响指标",
        "农民综合素质,持续提高。",
        "三、满意度指标",
        "参训学员满意度≥95%。",
        "附件:同心县2025年设施农业技术培训项目绩效目标表",
        "同心县农业农村局",
        "2025年4月26日",
    ])
