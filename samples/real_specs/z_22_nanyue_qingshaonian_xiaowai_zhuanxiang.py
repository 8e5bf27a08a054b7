"""南岳区青少年校外活动中心's 2020 专项资金预算绩效目标申报表 (湖南, 衡阳 南岳区; on the district finance
bureau's budget pages), a Word attachment (附件2) shown in the page, here as the Word file: the title, the year and
the unit line (填报单位(盖章):南岳区青少年校外活动中心 单位负责人:陈丽华) all inside the table; a vertical
专项基本情况 caption over 专项名称 / 专项属性 (新增项目 延续项目√, the tick after the word) / 主管部门 beside
专项起止时间 (2020.1-12) / 专项负责人 beside 联系人及电话 / 专项概况 / 专项立项; a 专项资金情况 block in columns
rather than rows: 本年度预计投入(万元) | 财政资金(万元) split into 中央 | 省级 | 市级资金 | 本级 | 其他, with the
amount 25 written twice (预计投入 and 本级) and the other sources left empty; 中长期绩效目标 (numbered, ending in a
semicolon) and 本年度绩效目标 as two rows; then 专项年度绩效指标 with 一级 | 二级 | 三级指标内容 | 指标值, the 一级
written 产出 (not 产出指标), counts with ≥ (≥80次 开放功能室, ≥930人) and rates (≥95%, ≥100%).  The stored page is
cut inside the 时效指标 block, after its first row: the second (资金到位率, its value lost) and everything after
it are left out, so 时效指标 covers one row here."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.nanyue.gov.cn/nyczj/czysgk/2019njyhndyjs/xcg/qsnxwhdzx/20200723/i2101195.html",
    "title": "专项资金预算绩效目标申报表(2020年度) 南岳区青少年学生校外活动教学相关补助费 (附件2)",
    "issuer": "南岳区青少年校外活动中心",
    "province": "湖南",
    "year": 2020,
    "kind": "专项资金预算绩效目标申报表",
    "format": "html",
}
FILE = "南岳区青少年学生校外活动教学相关补助费专项资金预算绩效目标申报表(2020年度).docx"

NAME = "南岳区青少年学生校外活动教学相关补助费"
GAIKUANG = "为南岳区青少年提供教育辅导、心理咨询、特长培训等服务,开展各类公益活动,丰富青少年课余生活,对教学的相关补助。"
ZHIDU = "一、成立专项经费监管小组,确保专款专用;二、制定开展专项活动计划、验收、评比方案等制度。"
GOAL = ("加强基础设施,完善各功能室,建设一个新功能室;开放跆拳道、舞蹈、绘画、小主持、羽毛球馆、心理咨询室等功能室,"
        "开办特长班;开展加油吧,少年!等公益活动,丰富全区青少年业余生活。")


def doc() -> Doc:
    g = Grid(8)
    g.add(C("专项资金预算绩效目标申报表", span=8))
    g.add(C("(2020年度)", span=8))
    g.add(C("填报单位(盖章):南岳区青少年校外活动中心 单位负责人:陈丽华", span=8))
    g.add(C("专项基本情况", down=6), "专项名称", C(NAME, span=6))
    g.add("专项属性", C("新增项目 延续项目√", span=6))
    g.add("主管部门", C("南岳区教育局", span=2), C("专项起止时间", span=2), C("2020.1-12", span=2))
    g.add("专项负责人", C("赵晓青", span=2), C("联系人及电话", span=2), C("18932108258", span=2))
    g.add("专项概况", C(GAIKUANG, span=6))
    g.add("专项立项", C("各级相关文件要求及部门职责等。", span=6))
    g.add(C("专项资金情况", span=2, down=3), C("本年度预计投入(万元)", down=2), C("财政资金(万元)", span=4),
          C("其他", down=2))
    g.add("中央", "省级", "市级资金", "本级")
    g.add("25", "", "", "", "25", "")
    g.add(C("单位已有的保证专项实施的制度、措施", span=2), C(ZHIDU, span=6))
    g.add(C("中长期绩效目标", span=2), C("1.为全区青少年提供活动阵地;", span=6))
    g.add(C("本年度绩效目标", span=2), C(GOAL, span=6))
    g.add(C("专项年度绩效指标", down=8), "一级指标", "二级指标", C("三级指标内容", span=3), C("指标值", span=2))
    g.add(C("产出", down=7), C("数量指标", down=4), C("开放功能室", span=3), C("≥80次", span=2))
    g.add(C("培训班教师人数", span=3), C("≥14人", span=2))
    g.add(C("送课下乡", span=3), C("≥4次", span=2))
    g.add(C("参加培训班学生数", span=3), C("≥930人", span=2))
    g.add(C("质量指标", down=2), C("全区覆盖率", span=3), C("≥95%", span=2))
    g.add(C("活动参与率", span=3), C("≥95%", span=2))
    g.add("时效指标", C("工作完成及时率", span=3), C("≥100%", span=2))
    return Doc("专项资金预算绩效目标申报表", ["附件2", g])
