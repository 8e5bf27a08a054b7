"""红河州第二人民医院 (a prefecture hospital, 红河, 云南) 2023 绩效自评报告 for the 2.00万元 of 州级 money it received for
the 国家基本公共卫生服务项目, as the prefecture's site (hh.gov.cn, 预算绩效管理 column) shows it: the page record
(索引号, 发布机构 红河州卫生健康委员会, 发布日期 2024-03-20, 时效性), the report's title, then the report in prose — no
table at all.  Its section (三)绩效指标完成情况分析 carries the indicators as lines of prose: a numbered 一级 heading
(1.产出指标完成情况分析。 2.效益指标完成情况分析。 3.满意度指标完成情况分析, this one without its full stop), 二级 lines
((1)数量指标。 (2)成本指标。 社会效益指标。), then one line per indicator: a name, a colon (once followed by a space) and a
sentence.  The page record's lines are bullets on the page (- 索引号: …); the bullets are dropped.

What a reader can trip on:
- the amounts of the 资金 sections (2.00万元 下达, 使用, 结余0万元, 执行率100%) are prose, not indicators;
- the 总体绩效目标 section is two numbered sentences with an OCR-like slip (0毛岁儿童 for 0-6岁儿童);
- the indicators are counts of supervision work, and the 成本指标 lines are not costs (开展技术指导, 开展考核评价);
- each value is a rate and a total in one sentence (一个季度开展工作督导一次,共4次。), the 满意度 value repeats its name
  before the target (服务对象满意度≥80%。), and 满意度 has no 二级 line;
- it is a self-evaluation, so the sentences say what was done; the report gives no separate target column.
The stored page breaks off after the 满意度 line, on the first characters of the next one (宜传…): the rebuild ends with
the 满意度 line.

Truth decisions: unit_name is the hospital the title names (the title comes before the page record's 发布机构 in the
contract's order); year 2023; one project, named as the title names the money (国家基本公共卫生服务项目州级补助资金),
2.00万元.  The two 总体绩效目标 sentences are its goals.  Levels: the 一级 headings read 产出指标完成情况分析 and the like;
a reader takes the category they head (产出指标, 效益指标, 满意度指标) as level 1 — the only place a 一级 is written —
and the 二级 lines as level 2 (null under 满意度).  Values are the sentence after each colon: the rate-plus-total
sentences are text (two amounts, 一次 per quarter and 共4次; the case table makes two amounts in one cell text); the
满意度 sentence is percent >= 80."""
from samples.templates import Doc

SOURCE = {
    "url": "https://www.hh.gov.cn/info/11481/653482.htm",
    "title": "红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告",
    "issuer": "红河州第二人民医院",
    "province": "云南",
    "year": 2023,
    "kind": "项目绩效自评报告(指标在正文中)",
    "format": "html",
}
FILE = "红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告.html"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        "预算绩效管理",
        "索引号: 20240913-201210-563",
        "发布机构: 红河州卫生健康委员会",
        "文号:",
        "发布日期: 2024-03-20",
        "时效性: 有效",
        SOURCE["title"],
        "一、绩效目标完成情况分析",
        "(一)资金投入情况分析。",
        "1.项目资金到位情况分析。",
        "红财社发〔2023〕128号文件下达红河州第二人民医院国家基本公共卫生服务项目州级补助资金2.00万元。",
        "财政资金已全部到位。",
        "2.项目资金执行情况分析。",
        "国家基本公共卫生服务项目州级补助资金2.00万元,截至2023年12月31日,资金已使用2.00万元,结余0万元,"
        "资金执行率100%。",
        "3.项目资金管理情况分析。",
        "医院根据下达额度,启动有关项目实施工作,并结合本地专项资金安排情况,统筹使用财政资金,认真做好项目相关工作。",
        "(二)总体绩效目标完成情况分析。",
        "1.免费向城乡居民提供基本公共卫生服务,促进基本公共卫生服务均等化。",
        "2.按照《国家基本公共卫生服务规范(第三版)》为城乡居民建立健康档案,开展健康教育、预防接种等服务,将0毛岁"
        "儿童、65岁以上老年人、孕产妇、原发性高血压和2型糖尿病患者、严重精神障碍患者、肺结核患者列为重点人群,"
        "提供针对性的健康管理服务。",
        "(三)绩效指标完成情况分析。",
        "1.产出指标完成情况分析。",
        "(1)数量指标。",
        "开展工作督导: 一个季度开展工作督导一次,共4次。",
        "开展绩效考核:一个季度开展绩效考核一次,共4次。",
        "(2)成本指标。",
        "开展技术指导:一个季度开展技术指导一次,共4次。",
        "开展考核评价:一个季度开展考核评价一次,共4次。",
        "2.效益指标完成情况分析。",
        "社会效益指标。",
        "及时发现隐患和薄弱环节:一个季度报送一次,共4次。",
        "3.满意度指标完成情况分析",
        "服务对象满意度:服务对象满意度≥80%。",
    ])
