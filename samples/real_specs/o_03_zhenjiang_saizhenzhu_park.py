"""镇江博物馆 2024年度 赛珍珠文化公园运转经费 项目绩效公开 (江苏): a five-column sheet whose
key block pairs labels across (项目类型/项目级次, 开始时间/完成时间, 预算单位/项目负责人), a 项目资金
block in 万元 split into 收入 (资金总额, 财政拨款 with 小计 and six named channels, 上年结转资金,
其他资金) and 支出 (半年(程)计划执行数 / 全年(程)预算数), only a 中长期目标, and an indicator
table with two value columns, 半年(程)指标值 and 全年(程)指标值, whose 一级 are the evaluation
categories 决策 / 项目立项 / 绩效目标 rather than 产出/效益.  The page's copy breaks off in the
资金投入 rows: the table ends after the last complete row (绩效目标合理性)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-274516967.html",
    "title": "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开",
    "issuer": "镇江博物馆",
    "province": "江苏",
    "year": 2024,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开.xlsx"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("赛珍珠文化公园运转经费", span=4))
    g.add("实施部门", C("镇江市文化广电和旅游局", span=4))
    g.add("项目类型", "常年安排项目", "项目级次", C("市本级", span=2))
    g.add("开始时间", "2024年", "完成时间", C("2026年", span=2))
    g.add("预算单位", "镇江博物馆", "项目负责人/联系电话", C("", span=2))
    g.add("项目必要性说明", C("赛珍珠文化公园为免费式开放公园,运营服务项目包含了所有设施设备的维护和维修,绿化修剪,"
                            "水电费用度的支出以及物业管理服务。", span=4))
    g.add("项目可行性说明", C("中宣发[2008]2号《关于全国博物馆、纪念馆免费开放的通知》", span=4))
    g.add("项目概述", C("赛珍珠市著名的文学家和社会活动家,赛珍珠文化公园的建成和投入使用,是城市对外交流的靓丽名片,"
                        "对纪念赛珍珠、挖掘镇江深厚的历史文化底蕴发挥了重要的推动作用。运营服务采购项目能保证赛珍珠"
                        "文化公园日常公共文化服务活动,保证赛珍珠文化公园日常运营以及业务活动的开展。", span=4))
    g.add(C("项目资金(万元)", down=12), C("收入", span=3), "全年(程)预算数")
    g.add(C("资金总额", span=3), C("80", value=80, fmt="0"))
    g.add(C("财政拨款", down=6), C("小计", span=2), C("80", value=80, fmt="0"))
    g.add(C("一般公共预算资金", span=2), C("80", value=80, fmt="0"))
    g.add(C("政府性基金", span=2), "")
    g.add(C("财政专户管理资金", span=2), "")
    g.add(C("国有资本金", span=2), "")
    g.add(C("社保基金", span=2), C("0", value=0, fmt="0"))
    g.add(C("上年结转资金", span=3), C("0", value=0, fmt="0"))
    g.add(C("其他资金", span=3), "")
    g.add(C("支出", span=2), "半年(程)计划执行数", "全年(程)预算数")
    g.add(C("赛珍珠文化公园运转经费", span=2), C("0", value=0, fmt="0"), C("80", value=80, fmt="0"))
    g.add("中长期目标", C("加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化公园免费开放运转。", span=4))
    g.add("一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值")
    g.add(C("决策", down=4), C("项目立项", down=2), "立项程序规范性", "规范", "规范")
    g.add("立项依据充分性", "充分", "充分")
    g.add(C("绩效目标", down=2), "绩效指标明确性", "明确", "明确")
    g.add("绩效目标合理性", "合理", "合理")
    return Doc("2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开",
               ["2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开", "2024年度", g],
               sheets=[("项目绩效", ["2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开", "2024年度", g])])
