"""清涧县交通运输局 2021 绩效目标申报表 (陕西), an Excel attachment under a 财政局 notice: the
sheet opens with 附表1 and blank rows before the title rows; 资金情况 has no unit (the notice
says 500万元); the side captions are cut to one character (总, 绩); lengths are written 2km;
a 成本 value ≤120万元. The published page is cut off at 效益指标: the table ends after the
成本指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161",
    "title": "清涧县财政局关于提前下达2021年中央财政专项扶贫资金(发展资金)的通知",
    "issuer": "清涧县交通运输局",
    "province": "陕西",
    "year": 2021,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "附表1：2021年中央财政专项扶贫资金绩效表.xlsx"

GOAL = ("1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及"
        "交安实施的建设,解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题")


def doc() -> Doc:
    g = Grid(8)
    g.add(C("附表1", span=8))
    for _ in range(5):
        g.add(C("", span=8))
    g.add(C("绩效目标申报表", span=8))
    g.add(C("(2021年度)", span=8))
    g.add("项目名称", C("2021年交通局寨山石坪、鲍家沟果园路", span=3), "项目负责人及联系电话",
          C("刘志龙09125222043", span=3))
    g.add("主管部门", C("清涧县交通运输局", span=3), "实施单位", C("清涧县交通运输局", span=3))
    g.add(C("资金情况", down=3), "年度资金总额:", C("500", span=6, value=500.0, fmt="0"))
    g.add("其中:财政拨款", C("500", span=6, value=500.0, fmt="0"))
    g.add("其他资金", C("", span=6))
    g.add(C("总", down=2), C("年度目标", span=7))
    g.add(C(GOAL, span=7))
    g.add(C("绩", down=6), "一级指标", "二级指标", C("三级指标", span=2), C("指标值", span=3))
    g.add(C("产出指标", down=5), C("数量指标", down=2), C("寨山石坪村新建水泥路1条", span=2), C("2km", span=3))
    g.add(C("呼家河至鲍家沟新建水泥路1条", span=2), C("2km", span=3))
    g.add("质量指标", C("项目(工程)验收合格率", span=2), C("100%", span=3, value=1.0, fmt="0%"))
    g.add("时效指标", C("项目(工程)完成及时率", span=2), C("100%", span=3, value=1.0, fmt="0%"))
    g.add("成本指标", C("硬化水泥砼公路补助标准", span=2), C("≤120万元", span=3))
    return Doc("2021年中央财政专项扶贫资金绩效表", [
        "清涧县财政局关于提前下达2021年中央财政专项扶贫资金(发展资金)的通知",
        "清财农发[2020]104号",
        "县交通局:",
        "根据《陕西省财政厅关于下达2021年中央财政专项扶贫资金(发展资金)预算的通知》(陕财办农[2020]83号)"
        "文件精神以及第20次县政府党组会议研究决定,现将产业建设资金500万元下达你们,纳入清涧县2021年度统筹"
        "整合财政涉农资金实施方案,积极做好专项资金与项目的对接工作,确保资金安全性、瞄准性和高效运行,"
        "充分发挥资金效益。",
        "政府收支分类功能科目“2130505生产发展”,政府经济科目“50302基础设施建设”。",
        "清涧县财政局",
        "2020年12月14日",
        "附表1:2021年中央财政专项扶贫资金绩效表",
        g,
    ])
