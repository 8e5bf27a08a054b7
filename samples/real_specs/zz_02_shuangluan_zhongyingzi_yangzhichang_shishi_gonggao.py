"""中营子村达顺源肉牛奶牛综合养殖场工程项目实施情况公告 (双塔山镇, 双滦区, 承德, 河北; 2021-11-16), as a mirror site
stores the district's page (the path art/2021/11/16/art_3878_869279.html is the district CMS's own), here as a Word
file of paragraphs.  The heading twice (once with the page's date and time run together, 2021-11-1609时49分
浏览次数:, once alone), then a 自评-style report in prose: 一、绩效目标分解下达情况 with 1、 (the money: 投资预算约
30万元, of which 29.862588万元 is asked from the district's 衔接推进乡村振兴补助资金; a later 20万元 from the village's
股份经济合作社 is a follow-up, not part of the budget) and 2、 (the targets), 二、项目验收情况, then a third section
whose numeral was lost (、绩效目标完成情况), with (一) and 1. 2. 3. under it.  Both numbered sub-headings still say
财政专项扶贫资金 though the money is the 衔接 fund.  The stored page is cut inside 3.项目资金管理情况 (… 保障会计核算
准确、财务): the rebuild ends there.

The targets are one paragraph, no table: 产出目标为 … 。效益目标为 … 。满意度目标为 … 。  Read as a careful analyst
would: the three 目标 words are the 一级 (产出目标, 效益目标, 满意度目标, written so; no 二级 is written, though the
semicolons clearly part the template's 二级 groups: 数量 (four works), 质量 (工程合格率), 时效 (工程完工率),
成本 (成本控制率); 经济, 社会, 生态, 可持续 for the 效益 groups).  In 产出 each comma item is a name followed by
its amount (水泥路面22.53m³ — a road in cubic metres, as published — 毛石墙身213.75m³, 毛石挡墙347.15m³,
基础砌石172.6m³, 工程合格率90%, 工程完工率90%, 成本控制率60%): the name and the amount are split there.  In 效益
each semicolon group is one statement whose numbers sit inside the sentence (壮大中营子村集体经济,建设养殖场一座;
中营子村3户脱贫户增收,中营子村脱贫户每人增设扶贫股1股(3户共9股); 生态资源得到有效利用; 中营子村3户脱贫户
持续增收) and the 满意度目标 names a satisfaction with no rate: these are indicator names with no value (as the
statements of r_04).  The same four amounts come back in 二、 as the acceptance result, joined by 、: those are
results, not targets.

No line names the submitting unit: 双塔山镇人民政府 appears only as the body that accepted the works, the heading
names the project only and the page record is not in the stored text, so the unit is left unknown (null).  The
year is the project's, 2021 (the dates of the acceptance and the notice).  The budget is the 投资预算 约30万元
(the word 约 kept in the text); its one named source is the fund asked for, 29.862588万元."""
from samples.templates import Doc

SOURCE = {
    "url": "http://www.sergiomattos.net/art/2021/11/16/art_3878_869279.html",
    "title": "中营子村达顺源肉牛奶牛综合养殖场工程项目实施情况公告",
    "issuer": "双塔山镇人民政府",  # named as the body that accepted the works; the notice is not signed in the stored text
    "province": "河北",
    "year": 2021,
    "kind": "项目实施情况公告",
    "format": "html",
}
FILE = "中营子村达顺源肉牛奶牛综合养殖场工程项目实施情况公告.docx"
NO_GOLDEN = ("a notice in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = SOURCE["title"]
MONEY = ("双滦区双塔山镇中营子村达顺源肉牛奶牛综合养殖场工程投资预算约30万元,拟申请用区财政衔接推进乡村振兴补助资金"
         "29.862588万元,用于毛石坝、混凝土路面等基础设施建设。后续中营子村股份经济合作社会追加投资20万元,同时吸纳股民"
         "入股。")
TARGETS = ("产出目标为水泥路面22.53m³,毛石墙身213.75m³,毛石挡墙347.15m³,基础砌石172.6m³;工程合格率90%;工程完工率90%;"
           "成本控制率60%。效益目标为壮大中营子村集体经济,建设养殖场一座;中营子村3户脱贫户增收,中营子村脱贫户每人增设"
           "扶贫股1股(3户共9股);生态资源得到有效利用;中营子村3户脱贫户持续增收。满意度目标为中营子村脱贫户对达顺源肉牛"
           "奶牛综合养殖场工程的满意度。")
ACCEPTANCE = ("2021年11月15日,双塔山镇人民政府已经对中营子达顺源肉牛奶牛养殖场项目进行验收,验收结果为水泥路面22.53m³、"
              "毛石墙身213.75m³、毛石挡墙347.15m³、基础砌石172.6m³,验收合格。")


def doc() -> Doc:
    return Doc(TITLE, [
        TITLE,
        "2021-11-1609时49分 浏览次数:",
        TITLE,
        "一、绩效目标分解下达情况",
        "1、财政专项扶贫资金下达预算及项目情况",
        MONEY,
        "2、财政专项扶贫资金项目绩效目标设定情况",
        TARGETS,
        "二、项目验收情况",
        ACCEPTANCE,
        "、绩效目标完成情况",
        "(一)资金投入情况",
        "1.项目资金到位情况",
        "资金已到位。",
        "2.项目资金执行情况",
        "所有资金都已经全部及时安排到位,并按项目建设要求和进度全部落实到位。",
        "3.项目资金管理情况",
        "严格按照相应的业务管理制度,规范各项经费的开支。资金使用规范,符合国家财经法规和财务管理以及有关专项资金管理办法"
        "的规定;资金的拨付有完整的审批程序和手续;不存在截留、挤占、挪用、虚列支出等情况。保障会计核算准确、财务",
    ])
