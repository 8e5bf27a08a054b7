"""湖北工程学院's 学生资助项目绩效目标自评表 (湖北, 孝感), as a document-sharing site (777doc) shows the text of the
uploaded file -- with every digit and every Latin letter gone from it.  The site's own page counter (1/1) is the only
number left; the form's year is missing from its title and from the 项目名称 (…年学生资助项目绩效目标自评表,
湖北工程学院年学生资助项目), the 填报日期 and the 总分 are bare labels (填报日期:, 总分:分), the numbering of the option
boxes is gone (、部门预算项目☑、省直专项□、省对下转移支付项目□), the (A) and (B) of the heads are empty brackets
(预算数(), 执行数(), 执行率(), 年初目标值(), 实际完成值()), and no amount, target, actual value or score is left but the
unit 分 where a score stood.  The form itself is Hubei's 自评表 for 省直 departments (as u_06 and zzc_01): 项目名称,
主管部门 湖北省教育厅 | 项目实施单位 湖北工程学院, the three option rows (项目类别, 项目属性, 项目类型), a one-row
预算执行情况(万元)(分) block, then 一级 | 二级 | 三级 | 年初目标值() | 实际完成值() | 得分 -- here with no label merged down
the left of the indicators.  What is left of the values: one 得分 of the 数量 rows, which keeps its note
(分(因全校总人数减少,总指标数减少,但奖励、资助比例没减少)), one 分 under 社会效益指标, and the only row whose target is
words, 评审程序是否公正 | 是 | 是, under a 一级 not in the national list, 过程指标.  The site runs the cells together with no
separator; the rows are rebuilt by meaning.

Inferred: the 分 after 年度财政资金总额 is that row's score (the three amounts before it are gone); 数量 (written so,
without 指标) spans the four counts and 成本指标 the three 人均资助 rows, both under 产出指标; the noted 得分 is merged over
the four 数量 rows; 效益指标(分) spans 社会效益指标's two rows and a 服务对象满意度指标 row whose 三级 and values are blank;
过程指标 is a 一级 of its own with an empty 二级 cell.

Decided: the unit is 湖北工程学院 (项目实施单位; the 主管部门 is the province's 教育厅); no year can be read (null): the
digits of the title, the project's name and the date are gone; the project is named as written, without its year;
its budget is null, as no amount is shown; the nine rows with a 三级 name and no value are indicators with empty
values; the 服务对象满意度指标 row names no indicator and holds nothing, and is not one; 是 under 评审程序是否公正 is a
yes (boolean true)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.777doc.com/doc-4336759.html",
    "title": "年学生资助项目绩效目标自评表",
    "issuer": "湖北工程学院",
    "province": "湖北",
    "year": None,  # every digit is gone from the stored text; the project's year cannot be read
    "kind": "项目绩效自评表",
    "format": "html",
}
FILE = "湖北工程学院年学生资助项目绩效目标自评表.html"

NOTE = "分(因全校总人数减少,总指标数减少,但奖励、资助比例没减少)"


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", C("湖北工程学院年学生资助项目", span=5))
    g.add("主管部门", C("湖北省教育厅", span=2), "项目实施单位", C("湖北工程学院", span=2))
    g.add("项目类别", C("、部门预算项目☑、省直专项□、省对下转移支付项目□", span=5))
    g.add("项目属性", C("、持续性项目□、新增性项目☑", span=5))
    g.add("项目类型", C("、常年性项目☑、延续性项目□、一次性项目□", span=5))
    g.add(C("预算执行情况(万元)(分)", span=2), "预算数()", "执行数()", "执行率()", "得分(分*执行率)")
    g.add(C("年度财政资金总额", span=2), "", "", "", "分")
    g.add("一级指标", "二级指标", "三级指标", "年初目标值()", "实际完成值()", "得分")
    g.add(C("产出指标", down=7), C("数量", down=4), "国家奖学金人数", "", "", C(NOTE, down=4))
    g.add("国家励志奖学金人数", "", "")
    g.add("国家助学金人数", "", "")
    g.add("应征入伍人数", "", "")
    g.add(C("成本指标", down=3), "国家奖学金人均资助", "", "", "")
    g.add("国家励志奖学金人均资助", "", "", "")
    g.add("国家助学金人均资助", "", "", "")
    g.add(C("效益指标(分)", down=3), C("社会效益指标", down=2), "资金发放率", "", "", C("分", down=2))
    g.add("困难生完成学业率", "", "")
    g.add("服务对象满意度指标", "", "", "", "")
    g.add("过程指标", "", "评审程序是否公正", "是", "是", "")
    return Doc(SOURCE["title"], [
        "1/1",
        "年学生资助项目绩效目标自评表",
        "填报日期:",
        "总分:分",
        g,
    ])
