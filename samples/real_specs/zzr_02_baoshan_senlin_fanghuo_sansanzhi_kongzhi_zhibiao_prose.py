"""保山市林业和草原局's 2021年度项目绩效自评报告 for the 市级森林防火“三三制”补助经费项目 (云南, 保山), as the city's site
(baoshan.gov.cn) shows it: no table and no record items in the stored text, the heading over two lines (保山市林业和草原局
2021年度 / 项目绩效自评报告) with the project in brackets on a third, then a report in three numbered parts: 一、项目
基本情况 (the city's forests, the 国家森林火灾高危区), 二、项目绩效自评工作开展情况, 三、项目绩效实现情况 with (一)项目资金
情况 (three numbered lines: the 75.96万元 allotted by 保山市财政局, 执行率为100%, its management) and (二)项目绩效指标
完成情况, where the indicators are told in two numbered paragraphs, 1.产出指标完成情况。 and 2.效益指标完成情况。, each
opening with 该项指标完成100%.

What sets it apart: the targets are not written as targets.  Each indicator gives what happened and how far it stayed
inside a 控制指标 -- 发生森林火灾3起,低于市财政批复下达的控制指标82起; 市级森林防火物资储备112万元,高于控制指标32万元;
森林受害面积93.24公顷,低于控制指标1169.76公顷; 森林受害率0.0738‰,低于控制指标0.8262个千分点 -- and the figure after
控制指标 is the margin, not the target: the last is a difference in 千分点, and the sums come out round (0.0738 +
0.8262 = 0.9‰, 112 − 32 = 80万元, 93.24 + 1169.76 = 1263公顷, 3 + 82 = 85起).  A reader that takes the number
after 控制指标 for the target gets every one of them wrong.  Between them stand a rate with no target at all
(火案查处率100%) and a clause with no figure (未发生重特大森林火灾,未发生人员伤亡事故).  The two labels name the 一级 only;
no 二级 is written.

The stored page breaks off inside the 效益 paragraph (…为筑牢国家西南): the rebuild ends there, so any 满意度 indicator
and the rest of the report are missing.

Decided: the unit is 保山市林业和草原局 (the heading, and the 我局 the money was allotted to); the year 2021; the project
the bracketed name as written, 市级森林防火“三三制”补助经费项目; the budget the 75.96万元 allotted (759,600 元), no
source named beyond the 市财政局 that allotted it (no funding).  Each figure-bearing clause is an indicator under the
一级 of its paragraph, 二级 null: where a 控制指标 is given, the raw value is the 控制指标 clause as written and the typed
value the target it implies (≤85起, ≥80万元, ≤1263公顷, ≤0.9‰; the direction from 低于/高于); 火案查处率100% is read as
written (= 100%), as zzb_01 reads a report's stated figures; the clause without a figure is not an indicator; the
name is the thing counted (森林火灾 for 发生森林火灾3起)."""
from samples.templates import Doc

SOURCE = {
    "url": "https://baoshan.gov.cn/info/4166/4109044.htm",
    "title": "保山市林业和草原局2021年度项目绩效自评报告(市级森林防火“三三制”补助经费项目)",
    "issuer": "保山市林业和草原局",
    "province": "云南",
    "year": 2021,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "保山市林业和草原局2021年度项目绩效自评报告(市级森林防火三三制补助经费项目).html"
NO_GOLDEN = ("a self-evaluation report in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = "保山市林业和草原局2021年度项目绩效自评报告"
OUTPUT = ("1.产出指标完成情况。该项指标完成100%。2021年森林防火期,我市共发生森林火灾3起,低于市财政批复下达的控制指标82起;"
          "火案查处率100%;市级森林防火物资储备112万元,高于控制指标32万元;未发生重特大森林火灾,未发生人员伤亡事故。")
# as far as the stored page goes
EFFECT = ("2.效益指标完成情况。该项指标完成100%。森林受害面积93.24公顷,低于控制指标1169.76公顷;森林受害率0.0738‰,"
          "低于控制指标0.8262个千分点。最大限度降低了森林火灾所造成的损失,为筑牢国家西南")


def doc() -> Doc:
    return Doc(TITLE, [
        "保山市林业和草原局2021年度",
        "项目绩效自评报告",
        "(市级森林防火“三三制”补助经费项目)",
        "一、项目基本情况",
        "保山市林业和草原局是全市森林防火工作的监督管理部门。全市林地面积145.29万公顷,森林面积133.14万公顷,森林覆盖率"
        "达69.83%,森林蓄积1.26亿立方米。根据云南省林业厅 云南省发展和改革委员会关于印发《云南省森林防火规划(2016-2025"
        "年)》的通知,保山市五县(市、区)均划为国家森林火灾高危区,森林草原防火工作任务十分繁重,面临的形势异常严峻。",
        "二、项目绩效自评工作开展情况",
        "为做好2021年度森林防火工作,保护人民生命财产和森林资源安全,根据财政部门下达的绩效目标,成立了绩效自评工作组,明确"
        "任务分工,加强督促指导,围绕产出、效益和满意度三类指标认真开展自查自评工作,分析原因,提出建议,形成最终自评报告。",
        "三、项目绩效实现情况",
        "(一)项目资金情况",
        "1.项目资金到位情况。保山市财政局下达我局森林防火三三制经费75.96万元,全部到位。",
        "2.项目资金执行情况。2021年度森林防火“三三制”经费执行率为100%。",
        "3.项目资金管理情况。坚持规范操作,程序到位。严格按照财政支农资金管理的相关要求,加强资金管理,实施专款专用,资金"
        "落实到位。",
        "(二)项目绩效指标完成情况",
        OUTPUT,
        EFFECT,
    ])
