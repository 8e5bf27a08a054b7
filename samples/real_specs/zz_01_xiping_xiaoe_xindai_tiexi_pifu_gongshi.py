"""西平县 (驻马店, 河南) 2024 公示公告 of the approved investment plan for its 脱贫人口小额信贷贴息 project (the
county's site, xiping.gov.cn, under 脱贫攻坚; notice dated 2024年2月5日), here as a Word file of paragraphs.  The
stored page opens on the opening sentence itself: no title line, no page record, and no unit anywhere: the plan
was approved (批复) by 中共西平县委农村工作领导小组, named only in that sentence and as the author of the cited
批复 (西农领〔2023〕6号), and the notice is signed with a date alone; the three 监督方式 telephone lines name 市乡村振兴局,
县乡村振兴局 and 县金融服务中心, none of them as the notice's author.  So the unit is left unknown (null): the
领导小组 approves, it does not submit.  The title used here is made from the project's name and the opening
sentence's own words (投资计划批复公示公告).

Layout: label:value lines (项目名称:, 项目投资及资金来源:, 建设内容: with four numbered items (一)…(四) under it,
建设地点:, 实施期限:, 绩效目标:, 利益联结机制:, 公示时间:, 监督方式:) and the date.  Things a reader could trip on:
- the amount is a sentence, 项目规模共计380万元,其中财政衔接资金380万元: the budget is 380万元 and its one named
  source 财政衔接资金 380万元;
- the four 建设内容 items carry their own amounts with six decimals (18.027813万元, 1.317516万元, 81.427931万元,
  1.57952万元) plus a fifth amount inside item (四) for the planned new loans (277.4万元); they are parts of the
  work, not budget lines, and add up to 379.75278万元, not quite 380;
- item (二) ends with a semicolon, (三) with a full stop, (四) holds two sentences;
- the households 188+35+697+32+1520 make the 2472户 of the 绩效目标 sentence; that sentence ends with a rate
  (受益人口满意度100%) but is one goal in prose under a 绩效目标: label, not an indicator table: no indicator rows
  (as the 叶县 公示 of zx_01);
- 公示时间 is written with a triple hyphen (2024年2月5日---2月14日).
Text kept as the stored page gives it: half-width commas, colons and brackets, full-width 《》“”〔〕."""
from samples.templates import Doc

SOURCE = {
    "url": "http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2024/02/phone1726683529399584.htm",
    # the stored page has no title of its own: this one is made from the project's name and the opening sentence
    "title": "2024年西平县脱贫人口小额信贷贴息项目投资计划批复公示公告",
    "issuer": None,  # the notice names no author; 中共西平县委农村工作领导小组 approved the plan
    "province": "河南",
    "year": 2024,
    "kind": "项目计划批复公示",
    "format": "html",
}
FILE = "2024年西平县脱贫人口小额信贷贴息项目投资计划批复公示公告.docx"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

NAME = "2024年西平县脱贫人口小额信贷贴息项目"
GOAL = ("为2472户脱贫户与监测户创业发展提供资金支持,不断提高其自我发展能力,增强“造血”能力,拓宽增收能力,为巩固拓展"
        "脱贫攻坚成果提供了保障,受益人口满意度100%。")


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        "《关于2024年西平县脱贫人口小额信贷贴息项目投资计划的批复》(西农领〔2023〕6号)已经中共西平县委农村工作领导"
        "小组研究同意,现将该项目投资计划批复公示公告如下:",
        "项目名称:" + NAME,
        "项目投资及资金来源:项目规模共计380万元,其中财政衔接资金380万元。",
        "建设内容:",
        "(一)对2021年188户户贷进行贴息,按照LPR利率全额贴息,共计18.027813万元;",
        "(二)对2022年35户户贷进行贴息,按照LPR利率全额贴息,共计1.317516万元;",
        "(三)对2023年697户户贷进行贴息,按照LPR利率全额贴息,共计81.427931万元。",
        "(四)对2024年32户户贷进行贴息,按照LPR利率全额贴息,共计1.57952万元。计划2024年新增1520户户贷,按照LPR"
        "利率全额贴息进行贴息,共计277.4万元。",
        "建设地点:西平县",
        "实施期限:2024年12月31日前完成",
        "绩效目标:" + GOAL,
        "利益联结机制:通过项目实施,给全县脱贫户、监测对象施以贴息政策,降低脱贫户、监测对象创业风险,解决资金困难,"
        "引导全县脱贫户、监测对象自主发展产业,从而达到巩固脱贫攻坚成果。",
        "公示时间:2024年2月5日---2月14日",
        "监督方式:市乡村振兴局电话:0396-2610268",
        "县乡村振兴局电话:0396-2751711",
        "县金融服务中心电话:0396-3707725",
        "2024年2月5日",
    ])
