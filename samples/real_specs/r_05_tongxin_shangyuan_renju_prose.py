"""同心县下马关镇 2022 公示 (宁夏) of the targets set for the 上垣、下垣村 living-environment project (500万元
of the 衔接推进乡村振兴 fund), as a text export of the page: the page's own record as a table, then a long
opening paragraph with the fund, the amount (资金总额500万元), the works and the goal (总体绩效目标是…, no
colon), then the targets as prose under 一、产出指标, the value written in words (大于等于10157.6平方米) after
the name and its placeholder.  The stored page is cut after the first target: the text ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202212/t20221215_3889848.html",
    "title": "关于解决同心县2022年下马关镇上垣、下垣村乡村振兴人居环境综合整治示范村项目资金绩效目标设定的公示",
    "issuer": "同心县下马关镇",
    "province": "宁夏",
    "year": 2022,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "同心县2022年下马关镇上垣、下垣村乡村振兴人居环境综合整治示范村项目资金绩效目标设定的公示.txt"

TITLE = "关于解决同心县2022年下马关镇上垣、下垣村乡村振兴人居环境综合整治示范村项目资金绩效目标设定的公示"
OPENING = (
    "根据同心县人民政府办公室关于印发《同心县2022年巩固拓展脱贫攻坚成果同乡村振兴有效衔接实施方案》的通知(同政办发"
    "〔2022〕12号)精神,安排《自治区财政厅关于提前下达2022年中央财政衔接推进乡村振兴资金预算指标的通知》(宁财(农)"
    "指标[2021]558号), 资金用于同心县2022年下马关镇上垣、下垣村乡村振兴人居环境综合整治示范村项目,资金总额500万元,"
    "项目负责人金秀梧,是脱贫攻坚非到户统筹整合项目,项目建设内容:商业段外立面平屋面檐口改造做假坡并粘接屋面瓦,拆除"
    "面积182.2㎡,新做假坡屋面积297.94㎡,商业段外立面墙身(瓷砖)重新喷涂铁锈红真石漆面积520.75㎡,商业段外立面墙身"
    "(砖墙)重新喷涂铁锈红真石漆面积2021.26㎡,商业段外立面门窗刷漆面积525.22㎡,拆除农宅段原有土围墙,新砌砖围墙并"
    "喷涂铁锈红真石漆面积310.8㎡,砌筑高度1.8m,改造商业段外墙,对原有砖围墙只喷涂真石漆,围墙粉刷面积312.45㎡,农宅"
    "东西段外墙重新粉刷面积6169.2㎡,同红公路商业段道路两侧人行道铺装1455㎡,面包砖铺装1164㎡,混凝土道牙花池1244m,"
    "农宅道路硬化300㎡,对农宅段道路两侧进行绿化,休闲步道铺装3571.2㎡,木质廊架17.6m,景石1座,小石桥5座。总体绩效"
    "目标是通过项目实施,有力改善人居环境质量,打造村容村貌焕然一新、群众生活更加便捷、人居环境全面提升的良好局面。"
    "现将绩效目标设定公示如下:")


def record() -> Grid:
    g = Grid(4)
    g.add("索 引 号", "640324032/2022-00044", "发文时间", "2022-03-25")
    g.add("发布机构", "同心县下马关镇", "文 号", "无")
    g.add("公开方式", "主动公开", "有效性", "有效")
    g.add("标 题:", C(TITLE, span=3))
    return g


def doc() -> Doc:
    return Doc(TITLE, [
        record(),
        OPENING,
        "一、产出指标",
        "数量指标:商业段外立面改造(≥**平方米)大于等于10157.6平方米",
    ])
