"""濮阳市财政局's 2021 批复 of 濮阳市档案馆's “库房消防设备改造安装工程” (河南), as the bureau's page shows it,
here as the Word file and its PDF: the 批复 first (濮财效批复〔2021〕88号, the title over two lines, 濮阳市档案馆:,
审核得分为95分, three numbered paragraphs), then the 市级部门预算项目绩效目标表 (2021年度): 项目名称, 部门名称 and
单位名称 each over the row, 项目资金 (万元) merged down over 年度资金总额 24.998, 其中:财政拨款 24.998 and 其他资金
(blank), 年度目标, and the indicators under a spaced 绩 效 指 标 label merged down the left, 一级 | 二级 | 三级 |
指标值 | 指标说明 (empty), five 数量指标 in 套, 个, 只, 台 and 批, 100% twice, 2021年12月31日.  The stored page is
cut inside the 成本指标 row, which is left out with what follows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://caizheng.puyang.gov.cn/pc/fwzx.asp?a=newsview-5868",
    "title": "濮阳市财政局关于“库房消防设备改造安装工程”项目绩效目标的批复",
    "issuer": "濮阳市财政局",
    "province": "河南",
    "year": 2021,
    "kind": "市级部门预算项目绩效目标表(批复)",
    "format": "html",
}
FILE = "关于库房消防设备改造安装工程项目绩效目标的批复.pdf"

UNIT = "濮阳市档案馆"
GOAL = "完成市档案馆5个标准档案库房消防设备的升级改造安装工作,增强消防救援力量,保证馆库和档案实体安全。"
REPLY = [
    "濮财效批复〔2021〕88号",
    "濮阳市财政局",
    "关于“库房消防设备改造安装工程”",
    "项目绩效目标的批复",
    "濮阳市档案馆:",
    "按照预算绩效管理工作要求,你单位申报的“库房消防设备改造安装工程”项目绩效目标审核得分为95分,可以进入预算安排流程,"
    "现就绩效目标予以批复:",
    "一、要以本批复的绩效目标为导向,紧密结合工作实际,以绩效监控和评价为抓手,以改进预算管理为目的,在提高公共产品和"
    "控制节约成本的同时,充分发挥财政资金使用效益。",
    "二、预算年度结束后,要根据濮财效〔2020〕8号文件要求及时上报“项目支出绩效自评表”和“部门项目支出绩效自评总结报告”,"
    "并配合好部门评价或财政绩效评价工作。",
    "三、收到本批复15个工作日内,除涉密事项外,请在本单位网站或市财政局网站中对该绩效目标进行公开,主动接受监督。",
]


def doc() -> Doc:
    g = Grid(7)
    g.add(C("市级部门预算项目绩效目标表", span=7))
    g.add(C("(2021年度)", span=7))
    g.add("项目名称", C("濮阳市档案馆库房消防设备改造安装工程", span=6))
    g.add("部门名称", C(UNIT, span=6))
    g.add("单位名称", C(UNIT, span=6))
    g.add(C("项目资金 (万元)", down=3), "年度资金总额", C("24.998", span=5))
    g.add("其中:财政拨款", C("24.998", span=5))
    g.add("其他资金", C("", span=5))
    g.add("年度目标", C(GOAL, span=6))
    g.add(C("绩 效 指 标", down=9), "一级指标", "二级指标", "三级指标", "指标值", C("指标说明", span=2))
    g.add(C("产出指标", down=8), C("数量指标", down=5), "七氟丙烷式灭火装置及药剂", "10套", C("", span=2))
    g.add("烟感、温感控制设备", "160个", C("", span=2))
    g.add("声光报警、紧急按钮、指示灯", "30只", C("", span=2))
    g.add("气体灭火控制器及报警主机", "4台", C("", span=2))
    g.add("施工材料", "1批", C("", span=2))
    g.add(C("质量指标", down=2), "资金使用合规性", "100%", C("", span=2))
    g.add("项目(工程)验收合格率", "100%", C("", span=2))
    g.add("时效指标", "项目完工时间", "2021年12月31日", C("", span=2))
    return Doc("项目绩效目标的批复", [*REPLY, g])
