"""上海市普陀区建设和管理委员会's 2026 部门预算 (PDF, 24 pages), its last two pages: the 项目经费情况说明 of
兰溪路-真南路下立交工程 and that project's 财政项目支出绩效目标申报表 (2026年度) -- kept, like zm_01's 拆违经费 of the
same district, by the GovBudgetChecker repository as a test fixture of the published PDF's page texts and pdfplumber
page tables (tests/fixtures/jianguanwei_budget_page_data.json, PDF sha256 73528f0b…), from which the cells are
read.  The same Shanghai 8-column form as zm_01, filled differently: the 主管部门 is the 建管委 and the 实施单位 its
上海市普陀区市政工程建设中心; dates written 2026/1/1 and 2027/12/31 (a two-year project); 项目资金总额
771,325,800.00 (both years) beside 年度资金申请总额 226,145,100.00, the zeros written 0 (not 0.00); the goal headers
项目总目标 | 年度总体目标 without years; the indicator block with NO caption in its left column (the column is
there, empty) and the first row's 一级指标 cell EMPTY -- its 二级 reads 生态环境成本指标 (文明施工情况 | 可控), the
成本指标 of the national catalogue never written as a 一级; 社会效益指标 merged over three rows under 效益指标 (four
rows), values a length with its unit run in (985米), =100.00(%) / ≥90.00(%), and states (可控, 及时, 减少, 提升,
健全).  The 说明 before the form gives the year's money in 万元 (22,614.51万元) and lists the contractors as
实施主体.  Line breaks the PDF makes inside narrow cells are not kept (兰溪路-真南路下立交工程, 阶段性项目,
上海市普陀区建设和管理委员会, the goal texts, 生态环境成本指标, 社会效益指标, 可持续影响指标, 满意度指标,
服务对象满意度指标, 项目绩效目标, 项目资金（元）)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/80b8ed41f612447b033fc4ed3f1dd584eb31b721/"
            "tests/fixtures/jianguanwei_budget_page_data.json"),
    "title": "上海市普陀区建设和管理委员会2026年度部门预算公开 财政项目支出绩效目标申报表(兰溪路-真南路下立交工程)",
    "issuer": "上海市普陀区建设和管理委员会",
    "province": "上海",
    "year": 2026,
    "kind": "财政项目支出绩效目标申报表",
    "format": "pdf",
}
FILE = "上海市普陀区建设和管理委员会2026年度部门预算公开(兰溪路-真南路下立交工程).pdf"

NAME = "兰溪路-真南路下立交工程"
OVERVIEW = ("兰溪路-真南路下立交工程范围南起兰溪路桃浦路交叉口，北至真南路新村路交叉口，道路全长约985米。全线分为三段"
            "实施，第一段为桃浦路至兰溪路隧道敞开段起点，第二段为兰溪路隧道敞开段起点至富平路,第三段为富平路至新村路，"
            "兰溪路规划红线宽度为52.5米，真南路规划红线宽度为50米。")
BODIES = [
    "施工单位：上海建工五建集团有限公司；",
    "设计单位：中铁上海设计院有限公司；",
    "监理单位：上海振南工程咨询监理有限责任公司；",
    "勘察单位：上海山南勘测设计有限公司；",
    "代建单位：上海青山建设咨询有限公司；",
]
TOTAL_GOAL = "为居民出行提供快速便捷的通道，完善、提高了路网服务功能分流中环路的交通压力、强化铁路两侧的片区的交通联系，支撑区域一体化发展。"
YEAR_GOAL = "积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。"


def doc() -> Doc:
    g = Grid(8)
    g.add(C("财政项目支出绩效目标申报表", span=8))
    g.add(C("（2026年度）", span=8))
    g.add(C("项目名称", span=2), C(NAME, span=2), "项目性质", "阶段性项目", "项目类别", "特定目标类")
    g.add(C("主管部门", span=2), C("上海市普陀区建设和管理委员会", span=2), "实施单位",
          C("上海市普陀区市政工程建设中心", span=3))
    g.add(C("计划开始日期", span=2), C("2026/1/1", span=2), "计划完成日期", C("2027/12/31", span=3))
    g.add(C("项目资金（元）", span=2, down=4), C("项目资金总额", span=2), "771,325,800.00",
          C("年度资金申请总额", span=2), "226,145,100.00")
    g.add(C("其中：财政资金", span=2, down=2), C("771,325,800.00", down=2), C("其中：当年财政拨款", span=2),
          "226,145,100.00")
    g.add(C("上年结转资金", span=2), "0")
    g.add(C("其他资金", span=2), "0", C("其他资金", span=2), "0")
    g.add(C("项目绩效目标", down=2), C("项目总目标", span=4), C("年度总体目标", span=3))
    g.add(C(TOTAL_GOAL, span=4), C(YEAR_GOAL, span=3))
    g.add(C("", down=10), "一级指标", "二级指标", C("三级指标", span=3), C("年度(/项目)指标值", span=2))
    g.add("", "生态环境成本指标", C("文明施工情况", span=3), C("可控", span=2))
    g.add(C("产出指标", down=3), "数量指标", C("道路建设长度", span=3), C("985米", span=2))
    g.add("质量指标", C("项目验收达标率", span=3), C("=100.00(%)", span=2))
    g.add("时效指标", C("项目完成及时性", span=3), C("及时", span=2))
    g.add(C("效益指标", down=4), C("社会效益指标", down=3), C("道路安全隐患减少情况", span=3), C("减少", span=2))
    g.add(C("道路景观提升情况", span=3), C("提升", span=2))
    g.add(C("道路通行能力提升情况", span=3), C("提升", span=2))
    g.add("可持续影响指标", C("长效管理制度健全性", span=3), C("健全", span=2))
    g.add("满意度指标", "服务对象满意度指标", C("居民群众满意度", span=3), C("≥90.00(%)", span=2))
    blocks: list[str | Grid] = [
        NAME + "项目经费情况说明",
        "一、项目概述", OVERVIEW,
        "二、立项依据", "普建委[2025]127号关于同意兰溪路-真南路下立交工程方案的批复。",
        "三、实施主体", *BODIES,
        "四、实施方案", "本项目主要实施内容为：道路工程、隧道工程排水工程、附属工程等。",
        "五、实施周期", "2026年1月1日至2027年12月31日。",
        "六、年度预算安排", "2026年度预算安排22,614.51万元。",
        "七、绩效目标", "详见单位的项目绩效目标表",
        g,
    ]
    return Doc(SOURCE["title"], blocks)
