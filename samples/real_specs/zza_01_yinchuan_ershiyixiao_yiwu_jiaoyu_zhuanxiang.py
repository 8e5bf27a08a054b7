"""宁夏银川市二十一小 (a primary school under 自治区教育厅, 银川, 宁夏) 2019 项目支出预算绩效目标公开, as the school's
page on the 宁夏教育云 site (yun.nxeduyun.com, dated 2019年2月20日) shows it: a two-line heading (宁夏银川市二十一小2019年
项目支出 / 预算绩效目标公开), one paragraph naming the three projects it discloses (义务教育专项资金, 自治区青少年校园足球与
学校体育专项资金, 学校体育设施向社会免费开放), the 附件 line, the school's name and the date, then the first of the three
tables: the 自治区本级部门2019年项目支出预算绩效目标表 of 长庆初级中学's page (c_04), the same five-column template with
the title as the table's first row, [812]自治区教育厅 as 主管部门 and the unit with its bracketed code (【812008】).

What a reader can trip on:
- the project name carries the school after a hyphen (义务教育专项资金-宁夏银川市二十一小);
- the 绩效目标 row is followed on the page by three empty rows (the goal cell merged down over them): rebuilt as a
  label and a goal cell both merged down four rows;
- two 数量指标 rows under one merged 二级 cell, the second restating its name in its value
  (当年在校学生数 | 当年在校学生数4953, no unit); the first value describes a method (按在校学生数核算经费);
- every other value is a clause, not a number: 当年的所有时间 as the 时效 target of 贯穿全年, 确保教学工作正常运行 as a
  成本 target, a 经济效益 value that holds the budget amount inside a sentence (372万元将用于学校运转支出,…), a comma-
  joined clause (自治区政策,长期实施) for 可持续影响;
- 产出 lists 数量, 质量, 时效, 成本 (成本 last), 效益 lists 经济, 社会, 可持续.

The stored page breaks off right after the 满意度指标 cell of the last indicator row (满意度指标 | …): that row and the
two other tables of the page are not in the rebuild; the table ends after the 可持续影响指标 row.

Truth decisions: unit and budget as in c_04 (the school's name without its code; 372万元 → 3 720 000 元, all 财政拨款).
The sentence values are text, as c_04 types its sentence values; 当年在校学生数4953 is a count (quantity 4953, no unit:
the name it repeats is not a unit); 当年的所有时间 ("all of the year", the 时效 target) is read as a deadline at the
year's end, 2019-12-31, like 当年 and 2021年全年 in the case table."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://yun.nxeduyun.com/index.php?cid=71436&id=944986&r=space%2Fschool%2Ftheme%2Fcontent%2Fview",
    "title": "宁夏银川市二十一小2019年项目支出预算绩效目标公开",
    "issuer": "宁夏银川市二十一小",
    "province": "宁夏",
    "year": 2019,
    "kind": "项目支出预算绩效目标表",
    "format": "html",
}
FILE = "宁夏银川市二十一小2019年项目支出预算绩效目标表.docx"

INTRO = ("2019年自治区政府预算草案已经自治区第十二届人民代表大会第二次会议审议通过,根据《中共中央 国务院关于全面实施预算"
         "绩效管理的意见》(中发〔2018〕34号)要求,参照《预算法》预算批复和公开的有关规定,现将我校义务教育专项资金、自治区"
         "青少年校园足球与学校体育专项资金、学校体育设施向社会免费开放2019年部门项目支出预算绩效目标予以公开。")
GOAL = "本年申请372万元,用于弥补公用经费不足。主要用于两校区物业费、冬季采暖费、维修费以及特岗教师工资。"


def doc() -> Doc:
    g = Grid(5)
    g.add(C("自治区本级部门2019年项目支出预算绩效目标表", span=5))
    g.add("项目名称", C("义务教育专项资金-宁夏银川市二十一小", span=4))
    g.add("主管部门", "[812]自治区教育厅", "实施单位", C("【812008】宁夏银川市二十一小", span=2))
    g.add("项目属性", "延续性项目", "项目期", C("2019-2021", span=2))
    g.add(C("项目资金 (万元)", down=3), "年度资金总额", C("372", span=3))
    g.add("其中:财政拨款", C("372", span=3))
    g.add("其他资金", C("", span=3))
    g.add(C("绩效目标", down=4), C(GOAL, span=4, down=4))
    g.add()
    g.add()
    g.add()
    g.add(C("绩效指标", down=9), "一级指标", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=5), C("数量指标", down=2), "按要求合理支付", "按在校学生数核算经费")
    g.add("当年在校学生数", "当年在校学生数4953")
    g.add("质量指标", "义务教育学校正常运转", "按要求完成当年的教育教学工作")
    g.add("时效指标", "贯穿全年", "当年的所有时间")
    g.add("成本指标", "按要求合理支付", "确保教学工作正常运行")
    g.add(C("效益指标", down=3), "经济效益指标", "促进市场繁荣", "372万元将用于学校运转支出,确保教学工作正常运行")
    g.add("社会效益指标", "不增加百姓负担", "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取")
    g.add("可持续影响指标", "长期实施", "自治区政策,长期实施")
    return Doc(SOURCE["title"], [
        "宁夏银川市二十一小2019年项目支出",
        "预算绩效目标公开",
        INTRO,
        "附件:自治区本级部门2019年项目支出预算绩效目标表",
        "宁夏银川市二十一小",
        "2019年2月20日",
        g,
    ])
