"""鸡飞镇 (昌宁县, 保山, 云南) 2022年农村危房改造项目自评报告, as the county's site (yncn.gov.cn) shows it under 公开目录
农村危房改造信息, posted 2023-03-08 by 昌宁县鸡飞镇: the site's two links (| 无障碍浏览 | 打开适老化模式, and a stray x),
its record items run into three lines (索引号 … 发布机构 昌宁县鸡飞镇 / 公开目录 … 发布日期 2023-03-08 / 文号 浏览量, and
an empty 主题词), the heading, an opening paragraph, then two numbered parts: 一、项目基本情况, one paragraph, and
二、项目绩效自评工作开展情况, three paragraphs (一是 … 二是 … 三是 …) on how the evaluation was done.  No table, no
money and no 指标 label anywhere.

What sets it apart: the whole evaluation is two sentences.  The first gives the one counted target with what was done
(项目绩效目标14户,实际完成14户,实际完成数占年度目标任务的100%); the second lists seven rates of the national 危房改造
indicator set, separated by 、, and gives them one shared value at the end (当年开工率、完成率、改造验收合格率、…、改造后
入住率均达100%) -- and one of the seven names has a 、 of its own (改造后房屋人畜分离、卫生厕所等基本卫生条件有基本保障的
比例), so splitting at every 、 makes eight rates out of seven.  The project is named two ways: the heading's 2022年
农村危房改造项目, the text's 2022年度农村危房改造及抗震改造项目.

The stored text ends after 二's third paragraph (…有序开展。); whatever followed (a 三、, a table) is not in it.

Decided: the unit is 昌宁县鸡飞镇, the 发布机构 of the record (the heading's 鸡飞镇, the text's 我镇); the year the
heading's 2022; the project the heading's name without 自评报告 (as zzb_01 reads its report); no budget is stated.
Indicators carry no 一级 or 二级 (none is written): the 14户 target is one row with no name (the sentence names the
project, not a measure), read as = 14户; the seven rates are seven rows each with the shared raw value 100% (=100%),
the 人畜分离 name kept whole, since the national set names it so (the rates have no target but the figure the
report states, read as written, as zzb_01 reads its report); 实际完成14户 is what was done, not read."""
from samples.templates import Doc

SOURCE = {
    "url": "https://yncn.gov.cn/info/3908/5977830.htm",
    "title": "鸡飞镇2022年农村危房改造项目自评报告",
    "issuer": "昌宁县鸡飞镇",
    "province": "云南",
    "year": 2022,
    "kind": "项目支出绩效自评报告",
    "format": "html",
}
FILE = "鸡飞镇2022年农村危房改造项目自评报告.html"
NO_GOLDEN = ("a self-evaluation report in prose the reader finds no project in yet (its misses are in "
             "tests/documents/real_gaps.json)")

TITLE = "鸡飞镇2022年农村危房改造项目自评报告"
BASICS = ("鸡飞镇2022年度农村危房改造及抗震改造项目绩效目标14户,实际完成14户,实际完成数占年度目标任务的100%。当年开工率、"
          "完成率、改造验收合格率、改造后房屋满足基本居住功能需要比例、改造后房屋在相当于本地区抗震设防烈度地震中无严重毁损的"
          "比例、改造后房屋人畜分离、卫生厕所等基本卫生条件有基本保障的比例、改造后入住率均达100%。达到年度目标任务标准。")


def doc() -> Doc:
    return Doc(TITLE, [
        "| 无障碍浏览 | 打开适老化模式",
        "x",
        "索引号 1153302501526456X4-/2023-0308001 发布机构 昌宁县鸡飞镇",
        "公开目录 农村危房改造信息 发布日期 2023-03-08",
        "文号 浏览量",
        "主题词",
        TITLE,
        "为充分发挥财政资金在住房保障的效益,我镇明确责任、积极宣传、创新方法、精准实施,让群众住上安全稳固住房,实现住有所居"
        "的目标。我镇根据要求对农村危房改造及抗震改造项目进行自评,现将自评报告如下:",
        "一、项目基本情况",
        BASICS,
        "二、项目绩效自评工作开展情况",
        "一是领导高度重视绩效自评工作,召集项目办、财政所等相关科室人员布置安排绩效自评工作,认真学习文件及项目支出绩效目标"
        "样表,结合去年该项工作经验,确保这项工作能够保质保量完成。",
        "二是根据文件精神迅速组织人手对鸡飞镇2022年度农村危房改造及抗震改造项目情况进行梳理,根据项目绩效目标自评表逐项核实"
        "情况,保障自评情况真实完善。",
        "三是评价结果运用。开展绩效评价以来,我们对财政预算资金管理规范、发挥效益、预算绩效成绩情况有了更深刻的认识,在今后的"
        "绩效评价中对工作更加规范,绩效评价工作能更加有章可循,有序开展。",
    ])
