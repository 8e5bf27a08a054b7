"""莆田市市场监督管理局's 2024年度市级预算项目绩效自评报告(标准化工作专项补助经费) (福建 莆田; the bureau's site under
政务公开 > 财政资金 > 专项资金, 2025-05-12), as the page shows it: no table, a short report whose 绩效分析 part lists
every indicator as one numbered sentence "1)名称(单位),目标值200,完成值200,分值10,得分10。" — the unit only in
brackets after the name (万元, 项, 家, %, 份, 人), the target a bare number after 目标值 with no operator, the
achieved value, weight and score following in the same sentence.  The 一级 headings are numbered out of order:
"(二) 成本指标" comes first, then "(一) 产出指标", then "(三) 效益指标"; several 二级 headings stand empty with no
sentence under them (2、社会成本指标, 3、生态环境成本指标, 1、经济效益指标).  The bureau is named only in the page's
信息来源 line, the project only in the title's brackets; no budget and no target sentence are given (the 200万元 is
the previous year's grant and the 成本 target).  The report says it set 11 targets; the stored page breaks off at
"3、" after the third 社会效益 sentence, so ten are kept and the dangling "3、" is left out."""
from samples.templates import Doc

SOURCE = {
    "url": "https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm",
    "title": "2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)",
    "issuer": "莆田市市场监督管理局",
    "province": "福建",
    "year": 2024,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "2024年度市级预算项目绩效自评报告(标准化工作专项补助经费).html"

TITLE = "2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)"


def doc() -> Doc:
    return Doc(TITLE, [
        "当前位置:首页 > 政务公开 > 财政资金 > 专项资金",
        TITLE,
        "发布时间:2025-05-12 15:42 信息来源:莆田市市场监督管理局 点击数: 字号: T | T",
        "一、项目基本情况",
        "(一)项目概况",
        "市级财政预算安排的用于补助全市从事标准研制及相关科研项目、参与国际/国内标准化组织及其活动、标准化工作奖励项目、"
        "标准化试点/示范建设项目等工作予以专项补助的费用。",
        "(二)主要成效",
        "联合市财政局下达市级2023年度标准化工作补助经费200万元, 共有24个标准化项目获得补助。",
        "二、绩效分析",
        "本项目绩效自评得分100分,等级为优,设置绩效目标11个,实际完成11个,具体情况如下:",
        "(二) 成本指标",
        "1、经济成本指标",
        "1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。",
        "2、社会成本指标",
        "3、生态环境成本指标",
        "(一) 产出指标",
        "1、数量指标",
        "1)主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。",
        "2)主导制修订行业标准项目数量(项),目标值5,完成值5,分值6,得分6。",
        "3)参与制修订国家标准项目数量(项),目标值2,完成值2,分值6,得分6。",
        "2、质量指标",
        "1)获得标准化工作项目补助奖励的单位数量(家),目标值17,完成值17,分值6,得分6。",
        "2)主导制修订项目数量(项),目标值7,完成值7,分值8,得分8。",
        "3、时效指标",
        "1)项目完成及时率(%),目标值90,完成值100,分值8,得分8。",
        "(三) 效益指标",
        "1、经济效益指标",
        "2、社会效益指标",
        "1)标准文本宣传和解读(份),目标值300,完成值350,分值10,得分10。",
        "2)奖励制修订标准项目(项),目标值4,完成值24,分值10,得分10。",
        "3)强化社会公众的标准化意识(人),目标值2200,完成值2500,分值10,得分10。",
    ])
