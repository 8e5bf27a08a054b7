"""上海市普陀区司法局's 2026 部门预算 (PDF of 23 pages, made with WPS 表格 on 2026-03-09), its cover and its last two
pages -- as a public repository keeps the published file: the GovBudgetChecker project (zxj6827111-blip/GovBudgetChecker)
saved it as tmp/pdfs/shpt_sfj_2026_budget.pdf (the same bytes as its tmp/doc_check/dept_budget.pdf; sha256 c8821d98…).
Not a table: 绩效目标 published in prose.  Page 22 is 其他相关情况说明 (三公 10.81万元 with its parts, 机关运行经费
217.83万元, 政府采购 1486.42万元, then 四、绩效目标设置情况: 2 个预算单位, 20 个 projects with targets, 7054.05万元
-- a count, no project named -- and 五、国有资产占有使用情况 with its cars and zeros); page 23 is the department's ONLY
项目经费情况说明, for 人民调解 (人民调解项目经费情况说明), in the seven numbered parts of Shanghai's template:
一、项目概述 … 六、年度预算安排 (a bare 795万元) and 七、绩效目标 (one sentence).  Unlike 城管's 2026 file (zm_01)
no 财政项目支出绩效目标申报表 follows: the PDF ends with the 说明.  Oddities kept: 五、实施周期 reads 2025年1月1日-
2025年12月31日 in the 2026 budget (last year's text carried over); the 实施方案's fourth item opens a quote it never
closes the same way (“人民调解协议书检查”、优秀调解案例”活动); 三、实施主体 names the 司法局 itself.  Lines the PDF
wraps inside a paragraph are joined (the lone 。 that the layout pushes onto its own line after 1486.42万元 included).
What the truth decides: one project, named as the heading names it before 项目经费情况说明 (人民调解 -- the template
is "{project}项目经费情况说明"), its 795万元 the year's budget, the 七、绩效目标 sentence its goal, no indicators; the
unit is the cover's 预算主管部门 (also the 实施主体), the year the cover's 2026 whatever the 实施周期 says; the page-22
amounts (三公, 机关运行经费, 政府采购, the 20 projects' 7054.05万元) are not projects."""
from samples.templates import Doc

SOURCE = {
    "url": ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/ddcca7fa8334a3f25b3fb232a055be4388d287c0/"
            "tmp/pdfs/shpt_sfj_2026_budget.pdf"),
    "title": "上海市普陀区2026年区级部门预算 预算主管部门：上海市普陀区司法局 人民调解项目经费情况说明",
    "issuer": "上海市普陀区司法局",
    "province": "上海",
    "year": 2026,
    "kind": "项目经费情况说明 (绩效目标公开 in prose)",
    "format": "pdf",
}
FILE = "上海市普陀区司法局2026年度部门预算.pdf"

OTHER = [
    "其他相关情况说明",
    "一、2026年“三公”经费预算情况说明",
    "2026年“三公”经费预算数为10.81万元，比2025年预算持平。其中：",
    "（一）因公出国（境）费0万元，与2025年预算持平，主要原因是因公出国（境）无变化。",
    "（二）公务用车购置及运行费9.98万元，与2025年预算持平，主要原因是公务车用车运行无变化。其中：公务用车购置费0万元，与"
    "2025年预算持平，主要原因是无公车购置计划；公务用车运行费9.98万元，与2025年预算持平，主要原因是公务车用车运行无变化。",
    "（三）公务接待费0.83万元。与2025年预算持平，主要原因是公务接待无变化。",
    "二、机关运行经费预算",
    "2026年上海市普陀区司法局下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为217.83万元。",
    "三、政府采购预算情况",
    "2026年本部门政府采购预算1486.42万元，其中：政府采购货物预算3.66万元、政府采购工程预算36.44万元、政府采购服务预算1446.32"
    "万元。",
    "2026年本部门面向中小企业预留政府采购项目预算金额1486.42万元，其中，预留给小型和微型企业的政府采购项目预算为1486.42万元"
    "。",
    "四、绩效目标设置情况",
    "按照本区预算绩效管理工作的总体要求，本部门2个预算单位开展了2026年项目预算绩效目标编报工作，编报绩效目标的项目20个，涉"
    "及项目预算资金7054.05万元。",
    "五、国有资产占有使用情况",
    "截至2025年8月31日，上海市普陀区司法局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应"
    "急保障用车0辆、执法执勤用车3辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车"
    "辆）0台（套）。",
    "2026年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法"
    "执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0"
    "台（套）。",
]

PROJECT = [
    "人民调解项目经费情况说明",
    "一、项目概述",
    "人民调解承担着化解社会矛盾、维护社会稳定的责任，尤其在专业性、行业性纠纷调解中发挥着重要作用。通过建立政府向区人民调解协"
    "会购买服务工作模式，推行以政府购买服务为主渠道的人民调解经费保障体系，更好地满足人民调解员专业化、职业化建设的发展需要，"
    "从而进一步推进人民调解工作规范化、专业化、社会化发展。",
    "二、立项依据",
    "《关于完善本市人民调解、行政调解、司法调解联动工作体系进一步加强人民调解工作的意见》（沪司规〔2015〕6号）、《财政部、司"
    "法部关于进一步加强人民调解经费保障的意见》（财行〔2007〕179号）；关于转发《财政部、司法部关于进一步加强人民调解经费保障"
    "的意见》的通知（沪财行〔2008〕36号）；关于贯彻《财政部、司法部关于进一步加强人民调解工作经费保障的意见》的实施意见（普财"
    "〔2008〕30号）、《关于加强人民调解员队伍建设的实施意见》（沪司发〔2018〕86号）。",
    "三、实施主体",
    "上海市普陀区司法局",
    "四、实施方案",
    "1.与区人民调解协会签订《普陀区司法局购买人民调解服务合同》，委托其提供专业服务，并对工作情况进行全方位的考核及评估；",
    "2.由区人民调解协会配齐配强各级人民调解组织的调解员，及时化解各类矛盾纠纷；",
    "3.全年开展专题培训；",
    "4.开展“人民调解协议书检查”、优秀调解案例”活动。",
    "五、实施周期",
    "2025年1月1日-2025年12月31日",
    "六、年度预算安排",
    "795万元",
    "七、绩效目标",
    "通过政府购买区人民调解协会服务工作模式，完善人民调解经费保障体系，满足人民调解员专业化、职业化建设的发展需要，从而推动人"
    "民调解工作规范化、专业化、社会化发展。",
]


def doc() -> Doc:
    return Doc("上海市普陀区2026年区级部门预算（上海市普陀区司法局）", [
        "上海市普陀区2026年区级部门预算",
        "预算主管部门：上海市普陀区司法局",
        *OTHER,
        *PROJECT,
    ])
