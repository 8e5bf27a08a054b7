"""卢龙县人民政府办公室's 2022 财政衔接推进乡村振兴补助资金绩效自评报告 (卢龙县, 秦皇岛, 河北; the county's site,
under 脱贫攻坚领域, dated 2022-12-30), here as a Word file.  The page's own record first, as run-on lines (当前位置:
首页 > 脱贫攻坚领域 / 索引号:… 主题分类:… 发布机构:政府办公室 / 发文日期:2022-12-30 / 名称:…), then the report's
title and four numbered sections in prose (一、绩效自评工作组织开展情况, 二、绩效目标实现情况, 三、绩效目标设定质量
情况, 四、整改措施及结果应用).  No table and no indicator rows: the report speaks of its 产出指标、社会指标满意度指标
without giving any, and its figures are prose (1个 project, 74户次, 不低于20户 脱贫人口和边缘易致贫户, a phrase
of the narrative, not a listed target).  The one project is named inside a sentence (项目名称小额贷款贴息项目,
without a colon) with its 预算金额2.584271万元 (six decimals; the same amount as 实际支出 and as the 贴息 paid),
which is its budget.  The page record's 发布机构 is the short 政府办公室; the unit is the title's
卢龙县人民政府办公室 (我办 in the text).  The stored page is cut inside section 四 (… 完善政策、改): the rebuild
ends there."""
from samples.templates import Doc

SOURCE = {
    "url": "http://info.lulong.gov.cn/article/343/31807.html",
    "title": "卢龙县人民政府办公室2022年财政衔接推进乡村振兴补助资金绩效自评报告",
    "issuer": "卢龙县人民政府办公室",
    "province": "河北",
    "year": 2022,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "卢龙县人民政府办公室2022年财政衔接推进乡村振兴补助资金绩效自评报告.docx"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = SOURCE["title"]


def doc() -> Doc:
    return Doc(TITLE, [
        "当前位置:首页 > 脱贫攻坚领域",
        "索引号:000388404/2023-242895 主题分类:农业农村、扶贫开发、水利 发布机构:政府办公室",
        "发文日期:2022-12-30",
        "名称:" + TITLE,
        TITLE,
        "一、绩效自评工作组织开展情况",
        "2022年我办管理的财政衔接推进乡村振兴补助资金项目1个,项目名称小额贷款贴息项目,预算金额2.584271万元,实际支出"
        "2.584271万元。按照项目实施要求,我办积极开展脱贫人口小额贷款工作,通过为贷款户全额补贴贷款利息,有效帮助贷款户"
        "发展种植养殖产业,2022年4个季度共贴息74户次2.584271万元,资金使用流程严格落实财务管理制度,未被专项检查、审计"
        "提出有关问题。",
        "二、绩效目标实现情况",
        "为了保证项目的顺利实施,达到预期效果,我办一直跟踪项目进展情况,分析并有效解决面临的问题。县金融办积极组织各乡镇、"
        "村加大宣传扶贫小额贷款使用政策,鼓励建档立卡脱贫户和防贫监测户利用好国家扶持政策积极发展致富产业,我办按季度将"
        "利息补贴资金支付到用户,保证财政衔接推进乡村振兴补助资金得到合理有效使用。有效带动不低于20户脱贫人口和边缘易"
        "致贫户发展产业,降低过渡期返贫风险。目前预算金额2.584271万元已全部以贴息形式发放,产出指标、社会指标满意度指标"
        "等绩效目标均符合预期。",
        "三、绩效目标设定质量情况",
        "通过绩效自评结果对比倒查的年初绩效目标设定质量,绩效目标设定较为清晰准确,绩效指标基本全面完整、科学合理,绩效"
        "标准恰当适宜,符合省有关文件要求,基本能够全面准确评定项目实施实际效果。",
        "四、整改措施及结果应用",
        "下步,将继续健全制度、完善政策、改",
    ])
