"""丰都县公安局's 2022年度辅警人员经费绩效自评工作报告 (重庆 丰都县; the county's 政务公开 pages under 财政预决算,
2023-06-27), as the page shows it: the site's record of the document (索引号 | 发文字号 / 主题分类 | 体裁分类 /
发布机构 | 丰都县公安局 / 成文日期 | 发布日期, bracketed labels, a four-column table), the report's title, its
numbered prose (一、基本情况, (一)项目背景、内容。 with the 540 民警 and 539 辅警 counts, (二)项目资金情况。
全年预算数2565万元,全年执行数2565万元,预算执行率100%。), then under (三)绩效目标。 Chongqing's short
indicator table with no levels at all: 指标名称 | 计量单位 | 指标性质 | 指标值, the operator its own column (=,
≤, ≥, or 定性 with a state as the value: 基本建立, 好), bare figures (512, 3584, 1500, 95) with the unit beside
them.  The report goes on with (四)部门(单位)职能职责。, cut mid-sentence on the stored page: the rebuild keeps
that paragraph's first sentence."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "http://www.cqfd.gov.cn/zwgk_200/fdzdgknr/czyjs/xzyjs/202306/t20230627_12096582.html",
    "title": "丰都县公安局2022年度辅警人员经费绩效自评工作报告",
    "issuer": "丰都县公安局",
    "province": "重庆",
    "year": 2022,
    "kind": "绩效自评工作报告(绩效目标)",
    "format": "html",
}
FILE = "丰都县公安局2022年度辅警人员经费绩效自评工作报告.html"

BACKGROUND = ("我局仅有民警编制数540人,占人口比重仅万分之六左右,在全市处于较低水平,根据中市县有关辅警人员管理办法,"
              "可按户籍人口万分之十至十五配置警力,我县研究按万分之十三配置,确定辅警编制额度为539人。目前,我局实有"
              "辅警人员512人,用于协助公安机关参加各类勤务活动,共同维护我县社会治安大局稳定。")
DUTIES = "丰都县公安局是主管全县社会治安的县政府组成部门,有内设所队室22个,派出所17个。"


def doc() -> Doc:
    record = Grid(4)
    record.add("[ 索引号 ]", "11500230008686254D/2023-00041", "[ 发文字号 ]", "")
    record.add("[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算")
    record.add("[ 发布机构 ]", "丰都县公安局", "", "")
    record.add("[ 成文日期 ]", "2023-06-27", "[ 发布日期 ]", "2023-06-27")
    g = Grid(4)
    g.add("指标名称", "计量单位", "指标性质", "指标值")
    g.add("辅警人员", "人", "=", "512")
    g.add("项目持续期", "", "定性", "基本建立")
    g.add("项目成本概算", "万元", "≤", "3584")
    g.add("节约多招录正式民警资金支出", "万元", "≥", "1500")
    g.add("促进社会和谐稳定", "", "定性", "好")
    g.add("受益对象满意度", "%", "≥", "95")
    return Doc(SOURCE["title"], [
        record,
        SOURCE["title"],
        "一、基本情况",
        "(一)项目背景、内容。",
        BACKGROUND,
        "(二)项目资金情况。",
        "全年预算数2565万元,全年执行数2565万元,预算执行率100%。",
        "(三)绩效目标。",
        g,
        "(四)部门(单位)职能职责。",
        DUTIES,
    ])
