"""上海市普陀区人民政府万里街道办事处's 2024 部门预算 (PDF of 33 pages, made with WPS Office on 2024-02-18), its cover
and its last two pages -- as a public repository keeps the published file: the GovBudgetChecker project
(zxj6827111-blip/GovBudgetChecker) saved it as X/上海市普陀区人民政府万里街道办事处24年预算.pdf (sha256 9cf8afd0…).
Not a table: 绩效目标 published in prose, a 街道 (sub-district office) this time.  Page 32 is 其他相关情况说明 (三公
47.91万元 with a 25万元 car, 机关运行经费 443.18万元, 政府采购 1662.44万元 and its 中小企业 share, 四、绩效目标设置情况:
2 个预算单位, 50 projects with targets, 5634.81万元 -- a count, no project named -- and the cars); page 33 the office's
ONLY 项目经费情况说明, whose heading names no project at all (项目经费情况说明, not "{project}项目经费情况说明"): the
project, 万里街道社区公共服务中心新建工程, is named only inside 一、项目概况, in a sentence full of measures
(4000.6平方米, 13459平方米, 8013, 7998, 105, 5356平方米, 29.8米, 7层, 3层, 2层, 50年, 7度) that are the building's,
not targets.  五、实施周期 is not a period but four quarters' tasks (第一季度审价、审计 … 第四季度支付尾款。, single
spaces between them), and 六、年度预算安排 gives no annual sum, only four quarterly 用款计划 of 158.05万元 each.  Typos
kept: 更游校的 (for 更有效的), 社区事物受理 in 一 against 社区事务受理 in 七; the 控制性详细规划局部调整》 whose 》 the
layout pushes to the next line is joined like every other wrapped line (also the lone 。 after 443.18万元).  The
三公 table before page 32 (not rebuilt) shows 47.91 above a note saying the table is empty (本表为空表).
What the truth decides: one project named from 一、项目概况 (the heading has none), its budget the 年度预算安排's four
quarterly amounts added up (4 × 158.05万元 = 632.2万元: the section is the year's budget, given by quarter; the
quarters are a spending plan in money, not the template's cumulative percentages), the 七、绩效目标 paragraph its one
goal (two sentences, kept together as written); no indicators -- neither the building's measures nor page 32's counts
and amounts are targets.  Unit: the cover's 预算主管部门, year 2024."""
from samples.templates import Doc

SOURCE = {
    "url": ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/955489f83ac3f77d45e3c652e34c29cce0d8022a/"
            "X/%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%99%AE%E9%99%80%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E4%B8%87"
            "%E9%87%8C%E8%A1%97%E9%81%93%E5%8A%9E%E4%BA%8B%E5%A4%8424%E5%B9%B4%E9%A2%84%E7%AE%97.pdf"),
    "title": "上海市普陀区2024年区级部门预算 预算主管部门：上海市普陀区人民政府万里街道办事处 项目经费情况说明",
    "issuer": "上海市普陀区人民政府万里街道办事处",
    "province": "上海",
    "year": 2024,
    "kind": "项目经费情况说明 (绩效目标公开 in prose)",
    "format": "pdf",
}
FILE = "上海市普陀区人民政府万里街道办事处24年预算.pdf"
NO_GOLDEN = ("a budget explanation in prose the reader finds no project in (its misses are "
             "in tests/documents/real_gaps.json)")

OTHER = [
    "其他相关情况说明",
    "一、2024年“三公”经费预算情况说明",
    "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：",
    "（一）因公出国（境）费0万元，比2023年预算持平。主要原因是因公出国（境）费保持不变。",
    "（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。其中：公务用车购置费25万元，比"
    "2023年预算增加25万元，主要原因是购置公务用车；公务用车运行费21.56万元，比2023年预算持平，主要原因是公务车用车运行费保持"
    "不变。",
    "（三）公务接待费1.35万元。比2023年预算持平，主要原因是公务接待费保持不变。",
    "二、机关运行经费预算",
    "2024年上海市普陀区人民政府万里街道办事处（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为443.18万元"
    "。",
    "三、政府采购预算情况",
    "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算"
    "752.59万元。",
    "2024年本部门面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万"
    "元。",
    "四、绩效目标设置情况",
    "按照本区预算绩效管理工作的总体要求，本部门2个预算单位开展了2024年项目预算绩效目标编报工作，编报绩效目标的项目50个，"
    "涉及项目预算资金5634.81万元。",
    "五、国有资产占有使用情况",
    "截至2023年8月31日，上海市普陀区人民政府万里街道办事处（部门）共有车辆7辆，其中：部级领导干部用车0辆、主要领导干部用"
    "车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车7辆；单价100万"
    "元（含）以上设备（不含车辆）0台（套）。",
    "2024年部门预算安排购置车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执"
    "法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆；部门预算安排购置单价100万元（含）以上设备（不含车"
    "辆）0台（套）。",
]

PROJECT = [
    "项目经费情况说明",
    "一、项目概况",
    "由上海市普陀区人民政府万里街道办事处建设的万里街道社区公共服务中心新建工程，位于普陀区真金路与交通路路口，东至真金"
    "路，南至规划公共绿地，西至规划住宅地块，北至万里雅筑小区，用地面积约为4000.6平方米（以实测为准）。本工程规划建筑面积约为"
    "13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑"
    "高度为29.8米，地上主楼7层，裙房3层，地下2层。建成后作为万里街道社区事物受理、社区管理、社区文化艺术活动场所。",
    "本工程为二类高层建筑，设计使用年限为50年，建筑耐火等级地上部分为二级，地下部分为一级，抗震设防烈度为7度，抗震重要性"
    "类别为丙类，建筑结构安全等级为二级，主楼、裙楼上部结构采用装配整体式钢筋混凝土框架结构。",
    "二、立项依据",
    "本工程是为了更游校的整合社区公共服务资源，为周边居民提供便捷、优质的社区服务和生活配套设施，根据沪府规【2016】168号"
    "文关于同意《上海市普陀区万里社区W060701单元W-07、W-08街坊、真如城市副中心X101、X102、X103、G1街坊控制性详细规划局部调整"
    "》的批复和普发改投【2017】89号文《关于万里街道社区公共服务中心新建工程可行性研究报告的批复》进行建设。",
    "三、实施主体",
    "本工程由建设单位万里街道办事处建设、招标代理单位对本工程的全部单位进行招标工作，勘察单位对本工程的地质情况和地下管线"
    "进行勘察，设计单位对本工程的建筑效果和使用功能要求进行设计，项目管理单位对本工程的项目工程施工进行跟全过程管理，投资监理"
    "单位对本工程的投资金额进行全过程控制，施工监理对本工程的质量进行全过程控制管理，其他各专业分包单位对相应的分包内容进行施"
    "工。",
    "四、实施方案",
    "本工程紧临两条城市道路路口，充分分析建筑功能需求、基地周边环境及规划条件限制等因素，制定相应合理有效的设计策略：1、"
    "建筑形体方正、简洁，内部空间丰富，平面利用率高；2、总体布局东高西低，减少对北面小区的日照、视觉影响；3、各功能垂直分区，"
    "互不干扰，流线便捷合理；4、建筑里面稳重大气，符合公共服务建筑气质。",
    "五、实施周期",
    "第一季度审价、审计 第二季度审价、审计 第三季度支付尾款 第四季度支付尾款。",
    "六、年度预算安排",
    "第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划158.05万元，第四季度用款计划158.05万元。",
    "七、绩效目标",
    "建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源，为周边居民提供便捷、优"
    "质的社区服务和生活配套设施。",
]


def doc() -> Doc:
    return Doc("上海市普陀区2024年区级部门预算（上海市普陀区人民政府万里街道办事处）", [
        "上海市普陀区2024年区级部门预算",
        "预算主管部门：上海市普陀区人民政府万里街道办事处",
        *OTHER,
        *PROJECT,
    ])
