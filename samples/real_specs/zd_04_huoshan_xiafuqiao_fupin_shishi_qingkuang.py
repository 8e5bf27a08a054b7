"""霍山县下符桥镇's 2023年扶贫项目实施情况表, the 实施前情况 half (安徽 六安; the county's 政府信息公开 pages), as
the page shows it: a project a row, with no indicator grid: two title rows across the table, a two-row header
(序号 | 项目名称 | 实施期限(月) | 实施单位及责任人 merged down, 资金来源及规模 over 资金来源 | 资金规模(万元),
绩效目标 over three columns named for the 一级 (产出 / 指标, 效益 / 指标, 满意度 / 指标, each broken over two
lines), 受益对象和联农带农机制 merged down), then each project's targets as free text in those three columns: the
产出 cell the whole purchase list (农用拖拉机2台(含开沟机、播种机),收割机1台,…), the 效益 cell two named targets
(受益户数≥200户,受益脱贫户数≥15户), the 满意度 cell one (脱贫人口满意度≥90%).  The stored page breaks off in
the third project's last cell (…且与脱贫户建立): the rebuild keeps the three rows, that cell as the page has it."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahhuoshan.gov.cn/public/6618091/36414345.html",
    "title": "【实施前情况】霍山县下符桥镇2023年扶贫项目实施情况表",
    "issuer": "霍山县下符桥镇人民政府",
    "province": "安徽",
    "year": 2023,
    "kind": "扶贫项目实施情况表(实施前情况)",
    "format": "html",
}
FILE = "【实施前情况】霍山县下符桥镇2023年扶贫项目实施情况表.html"

MACHINES = ("庙岗集村农业机械化服务设备设备采购项目,农用拖拉机2台(含开沟机、播种机),收割机1台,自走式高速插秧机一台,"
            "农用T40无人机1台(含电池)等其他机械设备。")
LINKS = "且与脱贫户建立二种以上利益联结关系。促进特色产业发展,带动脱贫群众增收"
PERSON = "下符桥镇金宏伟"
SATISFIED = "脱贫人口满意度≥90%"


def doc() -> Doc:
    g = Grid(10)
    g.add(C("下符桥镇2023年扶贫项目项目实施情况表", span=10))
    g.add(C("扶贫项目实施前情况", span=10))
    g.add(C("序号", down=2), C("项目名称", down=2), C("实施期限(月)", down=2), C("实施单位及责任人", down=2),
          C("资金来源及规模", span=2), C("绩效目标", span=3), C("受益对象和联农带农机制", down=2))
    g.add("资金来源", "资金规模(万元)", "产出\n指标", "效益\n指标", "满意度\n指标")
    g.add("1", "庙岗集村农机专业化合作社项目", "10", PERSON, "市级", "100", MACHINES,
          "受益户数≥200户,受益脱贫户数≥15户", SATISFIED,
          "资产归村集体所有,发展农业产业化托管业务预计村集体年收益不低于5万元。" + LINKS)
    g.add("2", "庙岗集村农业机械化服务项目", "10", PERSON, "市级", "83", MACHINES,
          "受益户数≥300户,受益脱贫户数≥20户", SATISFIED,
          "资产属村集体所有,通过村级自主经营和提供社会化服务取得收益,预计村集体年收益不低于4.15万元," + LINKS)
    g.add("3", "三尖铺村农机作业服务队项目", "10", PERSON, "市级", "30", "三尖铺村农业作业服务队购买旋耕机1台,化肥喷洒无人机1台。",
          "受益户数≥220户,受益脱贫户数≥20户", SATISFIED,
          "资产属村集体所有,通过出租取得收益,预计村集体年收益不低于1.5万元,且与脱贫户建立")
    return Doc(SOURCE["title"], [SOURCE["title"], g])
