"""上海市普陀区商务委员会's 2025 部门预算 (PDF of 26 pages, made with WPS 表格 on 2025-07-23), its cover and its last
five pages -- as a public repository keeps the published file: the GovBudgetChecker project
(zxj6827111-blip/GovBudgetChecker) saved it as X/上海市普陀区商务委员会25年预算.pdf (sha256 b0671849…).  Several
projects in one document, and in prose only: page 22 is 其他相关情况说明 (三公 1.00万元, 机关运行经费 171.01万元,
政府采购 38.20万元, 四、绩效目标设置情况: 25 projects with targets, 11381.60万元 -- a count, no project named -- and
no cars), then one page per 项目经费情况说明, four of them, each in Shanghai's seven numbered parts:
科技创新专项经费情况说明 (1720.00万), 生命健康专项（政策资金）经费情况说明 (1170.00万), 商业创新专项（政策资金）
经费情况说明 (1410.00万) and 贸易高质量发展专项（政策资金）经费情况说明 (2921.00万).  Each 六、年度预算安排 is a
sentence "2025年度项目总预算X万，其中 … 合计X万。" whose 其中 parts are USES of the money (支持企业规模化发展 870.00万,
支持引进品牌集聚 340.00万, 区级/市级支持总部经济 1106.00万/1262.00万, 进博会推进专项 153.00万 …), not sources of it,
and whose amounts are bare 万 (money without 元) except one part written 80.00万元; the parts add up to each total
(科技创新's single part equals its total).  Every 七、绩效目标 says only 详见单位的项目绩效目标表: the targets are in
the unit's file, not here (the unit's own 2025 PDF, which the same repository keeps, has no such table either).
Also kept: half-width commas inside 商业创新's 实施方案 (…品牌商业集聚,具有示范带动效应,…), 生命健康's 实施方案 with no
closing 。, 贸易's 立项依据 item 3 writing its two 文号 with round brackets (沪商规（2024）2号, 普投资规范（2023）1号)
where items 1 and 2 use 〔〕 (the same 普投资规范〔2023〕1号 both ways); wrapped lines are joined.
What the truth decides: four projects, each named as its heading names it before 经费情况说明 (the （政策资金） tags
kept: they are part of the name as the department writes it), each budget the 年度预算安排's 总预算 (bare 万 in a
budget sentence read as 万元), no funding (the 其中 parts are uses), no goals (a pointer to another table is not a goal)
and no indicators.  Unit: the cover's 预算主管部门, year 2025."""
from samples.templates import Doc

SOURCE = {
    "url": ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/955489f83ac3f77d45e3c652e34c29cce0d8022a/"
            "X/%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%99%AE%E9%99%80%E5%8C%BA%E5%95%86%E5%8A%A1%E5%A7%94%E5%91%98%E4%BC%9A"
            "25%E5%B9%B4%E9%A2%84%E7%AE%97.pdf"),
    "title": "上海市普陀区2025年区级部门预算 预算主管部门：上海市普陀区商务委员会 项目经费情况说明",
    "issuer": "上海市普陀区商务委员会",
    "province": "上海",
    "year": 2025,
    "kind": "项目经费情况说明 (several projects, no targets in the document)",
    "format": "pdf",
}
FILE = "上海市普陀区商务委员会25年预算.pdf"
NO_GOLDEN = ("a budget explanation in prose the reader finds no project in (its misses are "
             "in tests/documents/real_gaps.json)")

OTHER = [
    "其他相关情况说明",
    "一、2025年“三公”经费预算情况说明",
    "2025年“三公”经费预算数为1.00万元，与2024年预算持平。其中：",
    "（一）因公出国（境）费0万元，与2024年预算持平，主要原因是此部分预算由区外办统一安排。",
    "（二）公务用车购置及运行费0万元，与2024年预算持平，主要原因是无公务用车车辆。其中：公务用车购置费0万元，与2024年预算"
    "持平，主要原因是无公务用车车辆；公务用车运行费0万元，与2024年预算持平，主要原因是无公务用车车辆。",
    "（三）公务接待费1.00万元。与2024年预算持平，主要原因是根据本部门实际业务需求开展公务接待。",
    "二、机关运行经费预算",
    "2025年上海市普陀区商务委员会财政拨款的机关运行经费预算为171.01万元。",
    "三、政府采购预算情况",
    "2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万"
    "元。",
    "四、绩效目标设置情况",
    "2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。",
    "五、国有资产占有使用情况",
    "截至2024年8月31日，上海市普陀区商务委员会共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0"
    "辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不"
    "含车辆）0台（套）。",
    "2025年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执"
    "法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；部门预算安排购置单价100万元（含）以上设备（不含车"
    "辆）0台（套）。",
]

PERIOD = "2025.1.1-2025.12.31"
SUBJECT = "上海市普陀区商务委员会"
POINTER = "详见单位的项目绩效目标表"


def explanation(heading: str, overview: str, basis: list[str], plan: str, budget: str) -> list[str]:
    return [heading, "一、项目概述", overview, "二、立项依据", *basis, "三、实施主体", SUBJECT, "四、实施方案", plan,
            "五、实施周期", PERIOD, "六、年度预算安排", budget, "七、绩效目标", POINTER]


PROJECTS = [
    explanation(
        "科技创新专项经费情况说明",
        "加快推动本区企业创新驱动发展，促进企业加大创新力度、加快成果转化。",
        ["1、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。",
         "2、《普陀区支持科技创新实施意见》（普科合规范〔2023〕3号）。"],
        "根据《普陀区服务企业发展工作实施意见》和《普陀区支持科技创新实施意见》，制定实施流程和细则，明确申报指南，发布项目"
        "申报通知，组织项目审核、跟踪、评估，按程序落实专项资金拨付。",
        "2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万。"),
    explanation(
        "生命健康专项（政策资金）经费情况说明",
        "推动生命健康产业高质量发展，完成经济指标任务。",
        ["1、《普陀区加快发展生命健康产业实施意见》。"],
        "根据《普陀区加快发展生命健康产业实施意见》，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核跟踪、"
        "评估，按程序落实专项资金拨付",
        "2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，支持企业协同化发展"
        "180.00万，支持企业国际化发展50.00万，合计1170.00万。"),
    explanation(
        "商业创新专项（政策资金）经费情况说明",
        "通过专项资金的撬动，加强商旅文体展联动，鼓励企业引进更多高能级的首店和首展首秀项目。",
        ["1、《2024年上海建设国际消费中心城市工作要点》（沪商商贸〔2024〕109号）。",
         "2、《上海市进一步促进商旅文体展联动吸引扩大消费的若干措施》（沪商规〔2024〕3号）。",
         "3、《关于进一步促进上海市首发经济高质量发展的若干措施》（沪商规〔2024〕4号）。"],
        "1、支持引入各能级、高品质品牌商业集聚,具有示范带动效应,促进社会消费品零售总额增长,助力区域商业能级提升；2、支持商业"
        "数字化、智慧化转型,鼓励商业新业态、新模式创新引领发展；3、支持普陀区一刻钟便民生活圈基本商业配套建设,提升社区商业便利"
        "度；4、支持规模以上商业综合体、大中型超市、品牌连锁超市(便利店总部)提升综合服务能力；5、其它支持普陀区商业创新发展、优化"
        "普陀消费环境等方面的商业企业。",
        "2025年度项目总预算1410.00万，其中支持引进品牌集聚340.00万，支持打造示范地标120.00万，支持促消费提质提升800.00万，支"
        "持商业数字化创新70.00万，支持商业综合服务能力提升80.00万元，合计1410.00万。"),
    explanation(
        "贸易高质量发展专项（政策资金）经费情况说明",
        "推动本区贸易高质量发展，完成经济指标任务。",
        ["1、《普陀区加快贸易高质量发展实施意见》（普商务规范〔2023〕3号）。",
         "2、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。",
         "3、《上海市跨国公司地区总部发展资金管理办法》（沪商规（2024）2号）第四条、《普陀区服务企业发展工作实施意见》（普投"
         "资规范（2023）1号）第一条。"],
        "根据《普陀区加快贸易高质量发展实施意见》和《普陀区服务企业发展工作实施意见》，制定实施流程和细则，明确申报指南，发布"
        "项目申报通知，组织项目审核、跟踪、评估，按程序落实专项资金拨付。",
        "2025年度项目总预算2921.00万，其中支持外贸发展370.00万，支持商销稳增长30.00万，区级支持总部经济1106.00万，市级支持总"
        "部经济1262.00万，进博会推进专项153.00万，合计2921.00万。"),
]


def doc() -> Doc:
    return Doc("上海市普陀区2025年区级部门预算（上海市普陀区商务委员会）", [
        "上海市普陀区2025年区级部门预算",
        "预算主管部门：上海市普陀区商务委员会",
        *OTHER,
        *[line for project in PROJECTS for line in project],
    ])
